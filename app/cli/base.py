"""The command registry: each command declares its arguments beside its handler (`@command`), in the
module of its group; `main` builds the parser from the registry and runs the command."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Callable

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A clear one-line reason the command cannot run."""


def arg(*names: str, **options: Any) -> tuple[tuple[str, ...], dict[str, Any]]:
    """One argument of a command, as argparse's add_argument takes it."""
    return names, options


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    handler: Callable[[argparse.Namespace], int]
    arguments: tuple = field(default_factory=tuple)


#: every command, in the order `priloga --help` lists them (the order the group modules are imported)
COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, *arguments: tuple[tuple[str, ...], dict[str, Any]]):
    """Register the decorated function as the handler of `priloga NAME` with these arguments."""

    def register(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        if name in COMMANDS:
            raise ValueError(f"command {name!r} is declared twice")
        COMMANDS[name] = Command(name, help, handler, tuple(arguments))
        return handler

    return register


def build_parser() -> argparse.ArgumentParser:
    from app.cli import argparse_sl

    argparse_sl.install()  # usage, help and errors in Slovenian
    parser = argparse.ArgumentParser(
        prog="priloga",
        description="Priloga: obrazci začasne zaščite razseljenih oseb. Brez ukaza se odpre grafični vmesnik.",
    )
    parser.add_argument("--db", help="zbirka podatkov (privzeto v uporabnikovi podatkovni mapi ali $PRILOGA_DB)")
    parser.add_argument("--user", help="uporabniško ime za prijavo (ali $PRILOGA_USER); geslo iz $PRILOGA_PASSWORD "
                        "ali ga vpišite")
    sub = parser.add_subparsers(dest="command", metavar="UKAZ")
    for cmd in COMMANDS.values():
        p = sub.add_parser(cmd.name, help=cmd.help)
        for names, options in cmd.arguments:
            p.add_argument(*names, **_slovenian_metavar(names, options))
    for action in parser._actions:
        if action.dest in METAVARS and action.metavar is None:
            action.metavar = METAVARS[action.dest]
    return parser


#: the placeholder shown in help for an option's value (argparse would show the English DEST in capitals)
METAVARS = {"db": "POT", "user": "UPORABNIK", "today": "DATUM", "limit": "ŠTEVILO", "name": "IME",
            "label": "NAZIV", "office": "ORGAN", "role": "VLOGA", "status": "STANJE"}


def _slovenian_metavar(names: tuple[str, ...], options: dict[str, Any]) -> dict[str, Any]:
    if names and names[0].startswith("-") and "metavar" not in options and "choices" not in options \
            and options.get("action") in (None, "store", "append"):
        dest = options.get("dest") or names[-1].lstrip("-").replace("-", "_")
        if dest in METAVARS:
            return {**options, "metavar": METAVARS[dest]}
    return options


def terminal_safe(text: str) -> str:
    """Text as the command line prints it: control characters (ESC starts a terminal's escape sequences),
    direction overrides and other invisible format characters written as \\uXXXX escapes, so a stored value
    can neither drive the terminal nor reorder the line it is on; line breaks and tabs stay."""
    import unicodedata

    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in "\n\t" or (" " <= ch <= "~"):
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn") and ch not in "\u200c\u200d":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def cell(value) -> str:
    """A value as one column of a tab-separated line: its tabs and line breaks become spaces, so a stored value
    cannot start a line of its own."""
    return " ".join(str(value if value is not None else "").replace("\t", " ").splitlines())


class SafeStream:
    """A text stream that writes through `terminal_safe`: every command's output and messages. In JSON
    output the escapes are JSON's own, so the data read back is the same."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def count(text: str) -> int:
    """An argparse type: a whole number from 0 to 1,000,000 (a count of entries, rows, days)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"»{text}« ni celo število") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{value} ni med 0 in 1000000")
    return value


#: arguments that name files: any bytes the system allows in a file name are fine there
_PATH_ARGUMENTS = {"db", "file", "output", "folder", "trust", "key", "sign"}


def _undecodable(args: argparse.Namespace) -> str | None:
    """The first argument (not a file name) holding bytes that are not UTF-8 text (Python keeps them as lone
    surrogates, which neither the database nor the terminal can take), or None."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        if name in _PATH_ARGUMENTS:
            continue
        for item in values:
            if isinstance(item, str) and any("\udc80" <= ch <= "\udcff" for ch in item):
                return name
    return None


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    bad = _undecodable(args)
    if bad is not None:
        print(f"priloga: argument {bad.replace('_', '-')} ni besedilo v kodiranju UTF-8 (vsebuje bajte, ki niso "
              f"znaki); preverite kodiranje terminala ali vpišite vrednost znova", file=sys.stderr)
        return EXIT_USAGE
    out, err = sys.stdout, sys.stderr
    if args.command not in (None, "gui"):
        sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        return _run(args)
    finally:
        if isinstance(sys.stdout, SafeStream):
            sys.stdout = out
        if isinstance(sys.stderr, SafeStream):
            sys.stderr = err


def _run(args) -> int:
    try:
        return COMMANDS[args.command or "gui"].handler(args)
    except CliError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except Exception as exc:  # every other fault is still one clear line, never a traceback
        from app.engine import DefinitionError, UnknownFormError
        from app.workspace import (AccountDisabled, AccountError, DraftFinishedError, DraftNotFound, FormHasErrors,
                                   NotAllowed, PersonNotFound, RegisterError, RetentionError, StoreError, VaultError)

        if isinstance(exc, UnknownFormError):
            message = f"neznan obrazec {exc.code!r}; znani so: {', '.join(catalog().codes())}"
        elif isinstance(exc, (DefinitionError, StoreError, DraftNotFound, DraftFinishedError, FormHasErrors,
                              PersonNotFound, RegisterError, NotAllowed, AccountError, VaultError,
                              AccountDisabled, RetentionError)):
            message = str(exc)
        elif isinstance(exc, RecursionError):  # e.g. JSON nested a hundred thousand levels deep
            message = ("podatki so pregloboko gnezdeni (seznami ali objekti v tisočih ravneh), zato jih ni mogoče "
                       "prebrati; preverite, ali je datoteka res podatkovna datoteka programa Priloga")
        elif isinstance(exc, OSError):
            from app.engine.system_messages import os_error_text

            message = f"{exc.filename or ''}: {os_error_text(exc)}".lstrip(": ")
        else:
            message = f"nepričakovana napaka ({type(exc).__name__}: {exc})"
        print(f"priloga: {message}", file=sys.stderr)
        return EXIT_USAGE


# --- what many commands share -------------------------------------------------------------------------------------

def _os_error(exc: OSError) -> str:
    from app.engine.system_messages import os_error_text

    return os_error_text(exc)


def catalog():
    from app.engine import default_catalog

    return default_catalog()


def username(args) -> str:
    name = args.user or os.environ.get("PRILOGA_USER", "")
    if not name:
        if sys.stdin.isatty():
            name = input("Uporabnik: ")
        if not name.strip():
            raise CliError("navedite uporabnika: --user IME ali $PRILOGA_USER")
    return name


def password(prompt: str = "Geslo: ", env: str = "PRILOGA_PASSWORD", confirm: bool = False) -> str:
    import getpass

    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"geslo: nastavite ${env} ali zaženite ukaz v terminalu, kjer ga vpišete")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ponovite geslo: ") != value:
        raise CliError("gesli se ne ujemata")
    return value


def workspace(args, *, password_change: bool = False):
    """The logged-in workspace (user from --user or $PRILOGA_USER, password from $PRILOGA_PASSWORD or asked).
    A first or reset password opens nothing but its own change (`password_change`)."""
    from app.workspace import VaultError, login
    from app.workspace.accounts import NoVault

    try:
        ws = login(args.db, username(args), password())
        if ws.account.must_change_password and not password_change:
            ws.close()
            raise CliError("geslo je prvo ali ponastavljeno: najprej ga zamenjajte z `priloga password` "
                           "(novo geslo vnesete dvakrat ali v PRILOGA_NEW_PASSWORD), nato ponovite ukaz")
        return ws
    except NoVault:
        raise CliError("ta postaja še nima uporabnikov: najprej zaženite `priloga init --user IME --name "
                       "\"Ime Priimek\"` (ali odprite program, ki vas vodi skozi prvi zagon)") from None
    except VaultError as exc:
        raise CliError(str(exc)) from None


def today_option(value: str | None):
    """The date of --today (LLLL-MM-DD), or None."""
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(f"--today {value!r} ni datum v obliki LLLL-MM-DD") from None


def write_output(path: str, content: bytes) -> int:
    """Write what a command made to the file the user named, and print its path."""
    from pathlib import Path

    from app.paths import write_private

    output = Path(path)
    try:
        write_private(output, content)
    except OSError as exc:
        raise CliError(f"{output}: zapis ni uspel ({_os_error(exc)})") from exc
    print(output)
    return EXIT_OK


def print_json(value) -> None:
    import json

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def read_bytes(file: str, what: str) -> bytes:
    from pathlib import Path

    try:
        return Path(file).read_bytes()
    except FileNotFoundError:
        raise CliError(f"{file}: datoteke ni") from None
    except OSError as exc:
        raise CliError(f"{file}: {what} ni mogoče prebrati ({_os_error(exc)})") from None
