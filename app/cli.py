"""Command line: `python -m app` (or `priloga`) starts the GUI; subcommands script the same work."""

from __future__ import annotations

import argparse
import base64
import binascii
import datetime as dt
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A clear one-line reason the command cannot run."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="priloga",
        description="Priloga: obrazci začasne zaščite razseljenih oseb. Brez ukaza se odpre grafični vmesnik.",
    )
    parser.add_argument("--db", help="zbirka podatkov (privzeto v uporabnikovi podatkovni mapi ali $PRILOGA_DB)")
    parser.add_argument("--user", help="uporabniško ime za prijavo (ali $PRILOGA_USER); geslo iz $PRILOGA_PASSWORD "
                        "ali ga vpišite")
    sub = parser.add_subparsers(dest="command", metavar="UKAZ")
    sub.add_parser("gui", help="odpri grafični vmesnik (privzeto)")
    sub.add_parser("forms", help="seznam obrazcev: oznaka in naslov")
    p = sub.add_parser("schema", help="JSON Schema podatkov obrazca")
    p.add_argument("code", metavar="OZNAKA")
    p = sub.add_parser("sample", help="zgled veljavnih podatkov obrazca (JSON)")
    p.add_argument("code", metavar="OZNAKA")
    p = sub.add_parser("validate", help="preveri podatke; ugotovitve kot JSON, izhod 1 ob napaki")
    p.add_argument("code", metavar="OZNAKA")
    p.add_argument("file", metavar="DATOTEKA.json")
    p.add_argument("--today", help="preveri, kot da je danes ta dan (LLLL-MM-DD)")
    p = sub.add_parser("export", help="izvozi PDF obrazca (iz datoteke, osnutka ali prazen)")
    p.add_argument("code", metavar="OZNAKA", nargs="?")
    p.add_argument("file", metavar="DATOTEKA.json", nargs="?")
    p.add_argument("-o", "--output", required=True, metavar="IZHOD.pdf")
    p.add_argument("--blank", action="store_true", help="prazen obrazec za izpolnjevanje na roko")
    p.add_argument("--draft", metavar="ID", help="izvozi shranjeni osnutek ali zaključen obrazec")
    p.add_argument("--allow-errors", action="store_true", help="izvozi tudi, če podatki še niso popolni")
    p.add_argument("--sign", metavar="KLJUČ.p12", help="podpiši izvoženi PDF s ključem uradne osebe (PAdES); "
                   "geslo iz $PRILOGA_KEY_PASSPHRASE ali ga vpišite")
    p.add_argument("--name", help="ime uradne osebe v vidnem podpisu (privzeto iz nastavitev ali potrdila)")
    p.add_argument("--office", help="organ v vidnem podpisu (privzeto iz obrazca ali nastavitev)")
    p = sub.add_parser("import", help="shrani podatke kot nov osnutek in izpiši njegov id")
    p.add_argument("code", metavar="OZNAKA")
    p.add_argument("file", metavar="DATOTEKA.json")
    p = sub.add_parser("drafts", help="seznam osnutkov in obrazcev, najprej zadnji spremenjeni")
    p.add_argument("--form", metavar="OZNAKA")
    p.add_argument("--status", choices=["draft", "finished"])
    p.add_argument("--search", metavar="IME")
    p.add_argument("--json", action="store_true", help="izpis kot JSON")
    p = sub.add_parser("finish", help="zaključi osnutek (če nima napak)")
    p.add_argument("draft_id", metavar="ID")
    p = sub.add_parser("persons", help="register oseb: iskanje po imenu (brez strešic), EMŠO, dokumentu, datumu rojstva")
    p.add_argument("query", metavar="ISKANJE", nargs="?", default="")
    p.add_argument("--json", action="store_true", help="izpis kot JSON")
    p = sub.add_parser("person-add", help="vpiši osebo v register iz JSON (podatki osebe, neobvezno documents)")
    p.add_argument("file", metavar="DATOTEKA.json")
    p = sub.add_parser("new", help="nov osnutek obrazca za osebo iz registra (izpolnjen z znanimi podatki)")
    p.add_argument("code", metavar="OZNAKA")
    p.add_argument("--person", metavar="ID", required=True)
    p = sub.add_parser("issue", help="izdaj obrazec iz shranjenega (npr. ZZ-2 iz vloge ZZ-1)")
    p.add_argument("code", metavar="OZNAKA")
    p.add_argument("--from", dest="source", metavar="ID", required=True)
    p = sub.add_parser("check-forms", help="preveri vse definicije obrazcev v mapi forms/")
    p = sub.add_parser("test-pki", help="TESTNI overitelj (ca.pem) in TESTNI ključ uradne osebe (official.p12) "
                       "za preizkus podpisovanja; nič jim ne zaupa samodejno")
    p.add_argument("folder", metavar="MAPA")
    p = sub.add_parser("sign", help="podpiši PDF s ključem uradne osebe (PAdES B-B, viden podpis)")
    p.add_argument("file", metavar="VHOD.pdf")
    p.add_argument("--key", required=True, metavar="KLJUČ.p12", help="ključ PKCS#12; geslo iz $PRILOGA_KEY_PASSPHRASE "
                   "ali ga vpišite")
    p.add_argument("-o", "--output", required=True, metavar="IZHOD.pdf")
    p.add_argument("--name", help="ime uradne osebe v vidnem podpisu (privzeto iz nastavitev ali potrdila)")
    p.add_argument("--office", help="organ v vidnem podpisu (privzeto iz nastavitev)")
    p = sub.add_parser("verify", help="preveri podpis PDF: izhod 0 veljaven, 1 neveljaven ali spremenjen, "
                       "2 nepoškodovan, a podpisnik ni znan")
    p.add_argument("file", metavar="DATOTEKA.pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CA.pem",
                   help="zaupaj temu overitelju (poleg uvoženih); lahko večkrat")
    p.add_argument("--json", action="store_true", help="izpis kot JSON")
    p = sub.add_parser("trust", help="uvozi potrdilo overitelja (CA), ki mu ta postaja zaupa pri preverjanju podpisov")
    p.add_argument("file", metavar="CA.pem")
    p = sub.add_parser("init", help="prvi zagon postaje: ustvari prvega skrbnika in šifrirano zbirko podatkov")
    p.add_argument("--name", required=True, help="ime in priimek skrbnika (izpiše se na obrazcih)")
    sub.add_parser("accounts", help="seznam uporabniških računov (skrbnik)")
    p = sub.add_parser("account-add", help="nov uporabniški račun (skrbnik); prvo geslo iz $PRILOGA_NEW_PASSWORD "
                       "ali ga vpišite, uporabnik ga ob prvi prijavi zamenja")
    p.add_argument("username", metavar="UPORABNIK")
    p.add_argument("--name", required=True, help="ime in priimek uradne osebe")
    p.add_argument("--role", required=True, choices=["official", "supervisor", "administrator"])
    p = sub.add_parser("account-reset", help="novo geslo za uporabnika (skrbnik); iz $PRILOGA_NEW_PASSWORD ali vpišite")
    p.add_argument("username", metavar="UPORABNIK")
    p = sub.add_parser("account-role", help="spremeni vlogo uporabnika (skrbnik)")
    p.add_argument("username", metavar="UPORABNIK")
    p.add_argument("role", choices=["official", "supervisor", "administrator"])
    p = sub.add_parser("account-off", help="izklopi uporabniški račun (skrbnik); geslo ne odklene več ničesar")
    p.add_argument("username", metavar="UPORABNIK")
    sub.add_parser("password", help="zamenjaj svoje geslo (novo iz $PRILOGA_NEW_PASSWORD ali ga vpišite)")
    p = sub.add_parser("audit", help="revizijska sled, najprej najnovejši vnosi (nadzornik)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--person", metavar="ID")
    p.add_argument("--user-filter", dest="user_filter", metavar="UPORABNIK")
    p.add_argument("--json", action="store_true", help="izpis kot JSON")
    sub.add_parser("audit-check", help="preveri verigo revizijske sledi: izhod 0 nedotaknjena, 1 prva pretrgana "
                   "povezava (nadzornik)")
    p = sub.add_parser("transfer", help="zapakiraj podatke postaje za osrednji register (šifrirano, z glavo "
                       "revizijske sledi); geslo iz $PRILOGA_TRANSFER_PASSPHRASE ali ga vpišite (nadzornik)")
    p.add_argument("-o", "--output", required=True, metavar="PRENOS.priloga")
    p = sub.add_parser("transfer-check", help="preveri datoteko prenosa: geslo, celovitost, verigo revizijske sledi")
    p.add_argument("file", metavar="PRENOS.priloga")
    p = sub.add_parser("codelist", help="šifrant (npr. upravne-enote): izpis; --set OZNAKA \"Ime\" doda ali "
                       "preimenuje vnos (skrbnik)")
    p.add_argument("name", metavar="ŠIFRANT", nargs="?")
    p.add_argument("--set", nargs=2, metavar=("OZNAKA", "IME"))
    p = sub.add_parser("backup", help="šifrirana varnostna kopija zbirke in datoteke s ključi zdaj (nadzornik)")
    p.add_argument("--folder", metavar="MAPA", help="mapa kopij (privzeto nastavitev ali backups ob zbirki)")
    p = sub.add_parser("backups", help="seznam varnostnih kopij, najprej najnovejša")
    p.add_argument("--folder", metavar="MAPA")
    p.add_argument("--json", action="store_true", help="izpis kot JSON")
    p = sub.add_parser("restore", help="obnovi zbirko iz varnostne kopije (prejšnja zbirka ostane shranjena ob "
                       "njej); prijava z geslom, veljavnim ob času kopije (nadzornik)")
    p.add_argument("file", metavar="KOPIJA.sqlite3")
    p = sub.add_parser("retention", help="zapisi, ki jim je potekel rok hrambe (nadzornik); --set VRSTA ROK "
                       "nastavi rok (skrbnik)")
    p.add_argument("--json", action="store_true", help="izpis kot JSON")
    p.add_argument("--today", metavar="LLLL-MM-DD", help="kot da je danes ta dan")
    p.add_argument("--set", nargs=2, metavar=("VRSTA", "ROK"), help="npr. person_ended 5l ali draft_unlinked 6")
    p = sub.add_parser("erase", help="izbriši zapise, ki jim je potekel rok hrambe (nadzornik); razlog brez osebnih "
                       "podatkov ostane v revizijski sledi")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--reason", required=True, metavar="RAZLOG")
    p.add_argument("--compact", action="store_true", help="prepiši vso zbirko (VACUUM)")
    p = sub.add_parser("subject-export", help="izpis osebnih podatkov za posameznika (PDF; --json strojno berljiv) "
                       "(nadzornik)")
    p.add_argument("person", metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="IZPIS.pdf")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("key-import", help="uvozi ključ uradne osebe (PKCS#12); shrani se šifriran, geslo nikoli")
    p.add_argument("file", metavar="KLJUČ.p12")
    p.add_argument("--label", default="", help="ime ključa v seznamu")
    _add_sync_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "gui":
            return _gui(args)
        return COMMANDS[command](args)
    except CliError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(__import__("os").devnull, "w")
        return EXIT_OK
    except Exception as exc:  # every other fault is still one clear line, never a traceback
        from app.engine import DefinitionError, UnknownFormError
        from app.store import DraftFinishedError, DraftNotFound, StoreError
        from app.store.register import PersonNotFound, RegisterError
        from app.engine.roles import NotAllowed
        from app.store.accounts import AccountError
        from app.store.retention import RetentionError
        from app.store.vault import VaultError
        from app.workspace import AccountDisabled, FormHasErrors

        if isinstance(exc, UnknownFormError):
            message = f"neznan obrazec {exc.code!r}; znani so: {', '.join(_catalog().codes())}"
        elif isinstance(exc, (DefinitionError, StoreError, DraftNotFound, DraftFinishedError, FormHasErrors,
                              PersonNotFound, RegisterError, NotAllowed, AccountError, VaultError,
                              AccountDisabled, RetentionError)):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
        else:
            message = f"nepričakovana napaka ({type(exc).__name__}: {exc})"
        print(f"priloga: {message}", file=sys.stderr)
        return EXIT_USAGE


def _catalog():
    from app.engine import default_catalog

    return default_catalog()


def _username(args) -> str:
    import os

    name = args.user or os.environ.get("PRILOGA_USER", "")
    if not name:
        if sys.stdin.isatty():
            name = input("Uporabnik: ")
        if not name.strip():
            raise CliError("navedite uporabnika: --user IME ali $PRILOGA_USER")
    return name


def _password(prompt: str = "Geslo: ", env: str = "PRILOGA_PASSWORD", confirm: bool = False) -> str:
    import getpass
    import os

    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CliError(f"geslo: nastavite ${env} ali zaženite ukaz v terminalu, kjer ga vpišete")
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ponovite geslo: ") != value:
        raise CliError("gesli se ne ujemata")
    return value


def _workspace(args):
    from app.store.vault import NoVault, VaultError
    from app.workspace import login

    try:
        return login(args.db, _username(args), _password())
    except NoVault:
        raise CliError("ta postaja še nima uporabnikov: najprej zaženite `priloga init --user IME --name "
                       "\"Ime Priimek\"` (ali odprite program, ki vas vodi skozi prvi zagon)") from None
    except VaultError as exc:
        raise CliError(str(exc)) from None


def _gui(args) -> int:
    # The login is the GUI's (first start, login dialog, new password). The workspace and the crypto are
    # imported before Qt: PySide6 reads the source of every module imported after it.
    import argon2.low_level  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401

    import app.workspace  # noqa: F401
    from app.ui.app import run_gui

    return run_gui(args.db, sys.argv[:1])


def _forms(args) -> int:
    for definition in _catalog().all():
        print(f"{definition.code}\t{definition.title}")
    return EXIT_OK


def _schema(args) -> int:
    from app.engine.schema import form_schema

    _print_json(form_schema(_catalog().get(args.code)))
    return EXIT_OK


def _sample(args) -> int:
    definition = _catalog().get(args.code)
    if not definition.sample:
        raise CliError(f"obrazec {definition.code} nima zgleda podatkov")
    _print_json(definition.sample)
    return EXIT_OK


def _validate(args) -> int:
    from app.engine import validate
    from app.engine.validate import has_errors

    definition = _catalog().get(args.code)
    data, _photo = _read_data(args.file, definition)
    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise CliError(f"--today {args.today!r} ni datum v obliki LLLL-MM-DD") from None
    findings = validate(definition, data, today, strict=True)
    _print_json([f.to_dict() for f in findings])
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def _export(args) -> int:
    from app.engine import validate
    from app.engine.validate import has_errors
    from app.export import render_pdf

    if args.draft:
        workspace = _workspace(args)
        if args.sign:
            pdf = _sign_draft(args, workspace)
        else:
            pdf = workspace.export_pdf(args.draft)
    else:
        if not args.code:
            raise CliError("navedite oznako obrazca (npr. ZZ-1) ali --draft ID")
        definition = _catalog().get(args.code)
        if args.blank:
            pdf = render_pdf(definition, {}, None, blank=True)
        else:
            if not args.file:
                raise CliError("navedite datoteko s podatki (JSON) ali --blank za prazen obrazec")
            data, photo = _read_data(args.file, definition)
            findings = validate(definition, data, strict=True)
            if has_errors(findings) and not args.allow_errors:
                for finding in findings:
                    if finding.severity == "error":
                        print(f"{finding.field}: {finding.message}", file=sys.stderr)
                print("priloga: podatki imajo napake, PDF ni izvožen (--allow-errors izvozi kljub temu)", file=sys.stderr)
                return EXIT_FINDINGS
            pdf = render_pdf(definition, data, photo)
        if args.sign:
            pdf = _sign_export(args, pdf, definition, {} if args.blank else data)
    code = _write_output(args.output, pdf)
    if args.draft:  # the form left the station as a file: recorded once it is written
        workspace.exported(args.draft, signed=bool(args.sign))
    return code


def _import(args) -> int:
    from app.engine import validate
    from app.engine.validate import has_errors

    definition = _catalog().get(args.code)
    data, photo = _read_data(args.file, definition)
    findings = validate(definition, data, strict=True)
    bad_shape = [f for f in findings if f.rule.startswith("type:") or f.rule == "unknown_field"]
    if bad_shape:
        raise CliError("podatki niso v obliki obrazca: " + "; ".join(f"{f.field}: {f.message}" for f in bad_shape[:3]))
    workspace = _workspace(args)
    stored = {k: v for k, v in data.items() if k != "photo"}
    draft = workspace.drafts.create(definition.code, definition.version, stored, page=definition.sections[0].id)
    if photo:
        workspace.attach_photo(draft.id, photo)
    print(draft.id)
    if has_errors(findings):
        print(f"priloga: osnutek je shranjen, a ima še {sum(f.severity == 'error' for f in findings)} napak", file=sys.stderr)
    return EXIT_OK


def _drafts(args) -> int:
    workspace = _workspace(args)
    rows = workspace.drafts.list(search=args.search, form_code=args.form.upper() if args.form else None,
                                 status=args.status, limit=1_000_000)
    if args.json:
        _print_json([row.__dict__ for row in rows])
    else:
        for row in rows:
            print(f"{row.id}\t{row.form_code}\t{row.status}\t{row.updated_at}\t{row.title}")
    return EXIT_OK


def _finish(args) -> int:
    workspace = _workspace(args)
    warnings = workspace.finish(args.draft_id)
    for finding in warnings:
        print(f"opozorilo: {finding.field}: {finding.message}", file=sys.stderr)
    print(args.draft_id)
    return EXIT_OK


def _check_forms(args) -> int:
    catalog = _catalog()
    for code in catalog.codes():
        catalog.get(code)
        print(f"{code}\tv redu")
    return EXIT_OK


def _persons(args) -> int:
    workspace = _workspace(args)
    rows = workspace.register.search(args.query, limit=1000)
    if args.json:
        _print_json([{**row.__dict__, "name": row.name} for row in rows])
    else:
        for row in rows:
            print(f"{row.id}\t{row.name}\t{row.birth_date or ''}\t{row.emso or ''}\t{row.status}")
    return EXIT_OK


def _person_add(args) -> int:
    from app.engine.prefill import PERSON_ATTRIBUTES

    try:
        raw = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{args.file}: branje ni uspelo ({exc})") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{args.file}: neveljaven JSON v vrstici {exc.lineno}, stolpcu {exc.colno} ({exc.msg})") from None
    if not isinstance(raw, dict):
        raise CliError(f"{args.file}: pričakovan je JSON-objekt s podatki osebe")
    documents = raw.pop("documents", [])
    unknown = set(raw) - set(PERSON_ATTRIBUTES) - {"status"}
    if unknown:
        raise CliError(f"neznani podatki o osebi: {', '.join(sorted(unknown))} (znani: {', '.join(PERSON_ATTRIBUTES)})")
    workspace = _workspace(args)
    person_id = workspace.register.add_person(**raw)
    for document in documents:
        workspace.register.add_document(person_id, **document)
    print(person_id)
    return EXIT_OK


def _new(args) -> int:
    workspace = _workspace(args)
    print(workspace.new_draft_for_person(args.code, args.person).id)
    return EXIT_OK


def _issue(args) -> int:
    workspace = _workspace(args)
    try:
        print(workspace.issue_from(args.source, args.code).id)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK


# --- signatures -------------------------------------------------------------------------------------

PASSPHRASE_ENV = "PRILOGA_KEY_PASSPHRASE"


def _passphrase(label: str) -> str:
    """The key's passphrase: $PRILOGA_KEY_PASSPHRASE, else asked on the terminal (never echoed)."""
    import getpass
    import os

    if PASSPHRASE_ENV in os.environ:
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(f"geslo za ključ {label} ni podano: nastavite spremenljivko {PASSPHRASE_ENV} "
                       "ali zaženite ukaz v terminalu")
    try:
        return getpass.getpass(f"Geslo za ključ {label}: ")
    except (EOFError, KeyboardInterrupt):
        raise CliError("vpis gesla je bil prekinjen; nič ni podpisano") from None


def _read_bytes(file: str, what: str) -> bytes:
    try:
        return Path(file).read_bytes()
    except FileNotFoundError:
        raise CliError(f"{file}: datoteke ni") from None
    except OSError as exc:
        raise CliError(f"{file}: {what} ni mogoče prebrati ({exc.strerror})") from None


def _load_key(file: str):
    from app.export.signing import SigningError, load_signer

    p12 = _read_bytes(file, "ključa")
    try:
        return load_signer(p12, _passphrase(Path(file).name), label=Path(file).name)
    except SigningError as exc:
        raise CliError(str(exc)) from None


def _sign_export(args, pdf: bytes, definition, data: dict) -> bytes:
    """Sign an exported PDF (from a file, not a saved form: nothing is recorded)."""
    from app.export.signing import SigningError, sign_pdf, signature_label

    signer = _load_key(args.sign)
    workspace = _workspace(args)
    name, office = workspace.stamp_identity(definition, data, signer, args.name, args.office)
    card = (definition.print_layout or {}).get("page") == "card"
    try:
        return sign_pdf(pdf, signer, name, office, visible=not card, label=signature_label(definition))
    except SigningError as exc:
        raise CliError(str(exc)) from None


def _sign_draft(args, workspace) -> bytes:
    """Sign a saved, finished form: the signed PDF is kept as its next version (and the form is final)."""
    from app.export.signing import SigningError

    signer = _load_key(args.sign)
    try:
        return workspace.sign_draft(args.draft, signer, name=args.name, office=args.office)
    except SigningError as exc:
        raise CliError(str(exc)) from None


def _write_atomically(output: Path, data: bytes) -> None:
    import os
    import tempfile

    try:
        handle, temp = tempfile.mkstemp(dir=output.parent if str(output.parent) else ".", prefix=".priloga-",
                                        suffix=".pdf")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, output)
    except OSError as exc:
        raise CliError(f"{output}: zapis ni uspel ({exc.strerror})") from exc


def _test_pki(args) -> int:
    import os

    from app.export.signing import make_test_pki

    given = os.environ.get(PASSPHRASE_ENV) or None
    try:
        ca, p12, passphrase = make_test_pki(args.folder, given)
    except OSError as exc:
        raise CliError(f"{args.folder}: zapis ni uspel ({exc.strerror})") from None
    print(ca)
    print(p12)
    if not given:
        print(f"geslo: {passphrase}")
    print("priloga: TESTNI ključ in overitelj (TEST, ni za uradno rabo); nič jima ne zaupa, dokler overitelja "
          "ne uvozite (trust) ali podate z --trust", file=sys.stderr)
    return EXIT_OK


def _form_of_pdf(pdf: bytes):
    """The form definition a PDF was exported from (its title starts with the form code), or None."""
    import re

    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(pdf)
        try:
            title = document.get_metadata_value("Title") or ""
        finally:
            document.close()
    except Exception:
        return None
    match = re.match(r"\s*([A-Z]{1,4}-\d+)\b", title)
    if not match:
        return None
    try:
        return _catalog().get(match.group(1))
    except Exception:
        return None


def _sign(args) -> int:
    from app.export.signing import SigningError, sign_pdf, signature_label

    pdf = _read_bytes(args.file, "dokumenta")
    signer = _load_key(args.key)
    definition = _form_of_pdf(pdf)
    workspace = _workspace(args)
    if definition is not None:
        name, office = workspace.stamp_identity(definition, {}, signer, args.name, args.office)
        label, visible = signature_label(definition), (definition.print_layout or {}).get("page") != "card"
    else:
        name = args.name or workspace.settings.get("official") or signer.name
        office = args.office if args.office is not None else workspace.settings.office
        label, visible = None, True
    try:
        signed = sign_pdf(pdf, signer, name, office, visible=visible, label=label)
    except SigningError as exc:
        raise CliError(str(exc)) from None
    output = Path(args.output)
    _write_atomically(output, signed)
    print(output)
    return EXIT_OK


EXIT_UNTRUSTED = 2


def _verify(args) -> int:
    from app.export.signing import INVALID, UNSIGNED, UNTRUSTED, VALID, SigningError

    pdf = _read_bytes(args.file, "dokumenta")
    extra = [_read_bytes(path, "potrdila") for path in args.trust]
    workspace = _workspace(args)
    try:
        verdict = workspace.verify(pdf, extra)
    except SigningError as exc:
        raise CliError(str(exc)) from None

    def local(moment):
        return moment.astimezone().strftime("%d. %m. %Y %H:%M:%S %Z") if moment else ""

    if args.json:
        _print_json({"file": args.file, "status": verdict.status, "signer": verdict.signer, "issuer": verdict.issuer,
                     "signing_time": verdict.signing_time.isoformat() if verdict.signing_time else None,
                     "timestamp": verdict.timestamp.isoformat() if verdict.timestamp else None,
                     "modified_after_signing": verdict.modified_after_signing, "intact": verdict.intact,
                     "trusted": verdict.trusted, "subfilter": verdict.subfilter, "signatures": verdict.signatures,
                     "fingerprint": verdict.fingerprint, "message": verdict.message})
    else:
        print(f"Datoteka: {args.file}")
        if verdict.status != UNSIGNED and verdict.signer:
            print(f"Podpisnik: {verdict.signer}")
            print(f"Izdajatelj potrdila: {verdict.issuer}")
            print(f"Čas podpisa: {local(verdict.signing_time)}")
            if verdict.timestamp:
                print(f"Časovni žig: {local(verdict.timestamp)}")
            print(f"Vrsta podpisa: {verdict.subfilter}")
            print(f"Spremenjen po podpisu: {'da' if verdict.modified_after_signing else 'ne'}")
        print(f"Ocena: {verdict.status_text}")
        print(verdict.message)
    return {VALID: EXIT_OK, UNTRUSTED: EXIT_UNTRUSTED, INVALID: EXIT_FINDINGS, UNSIGNED: EXIT_FINDINGS}[verdict.status]


def _trust(args) -> int:
    from app.store.keys import KeyFileError

    data = _read_bytes(args.file, "potrdila")
    workspace = _workspace(args)
    try:
        for ca in workspace.keys.trust_ca(data):
            print(f"{ca.fingerprint}\t{ca.subject}")
    except KeyFileError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    return EXIT_OK


def _key_import(args) -> int:
    from app.store.keys import KeyFileError

    p12 = _read_bytes(args.file, "ključa")
    workspace = _workspace(args)
    try:
        record = workspace.keys.import_p12(p12, _passphrase(Path(args.file).name), label=args.label or "")
    except KeyFileError as exc:
        raise CliError(str(exc)) from None
    print(f"{record.fingerprint}\t{record.label}\tvelja do {record.not_after[:10]}")
    return EXIT_OK


def _init(args) -> int:
    from app.store.vault import VaultError
    from app.workspace import first_start

    username = _username(args)
    try:
        workspace = first_start(args.db, username, _password("Geslo skrbnika: ", confirm=True), args.name)
    except VaultError as exc:
        raise CliError(str(exc)) from None
    print(f"{workspace.path}\t{workspace.user}\t{workspace.account.role_name}")
    workspace.close()
    return EXIT_OK


def _accounts(args) -> int:
    workspace = _workspace(args)
    workspace.require("accounts")
    for account in workspace.accounts.list():
        state = "" if account.active else "\tizklopljen"
        print(f"{account.username}\t{account.display_name}\t{account.role}{state}")
    return EXIT_OK


def _account_add(args) -> int:
    workspace = _workspace(args)
    workspace.require("accounts")
    account = workspace.add_account(args.username, args.name, args.role,
                                    _password("Prvo geslo novega uporabnika: ", "PRILOGA_NEW_PASSWORD", confirm=True))
    print(f"{account.username}\t{account.display_name}\t{account.role}")
    return EXIT_OK


def _account_reset(args) -> int:
    workspace = _workspace(args)
    workspace.require("accounts")
    workspace.reset_password(args.username, _password("Novo geslo: ", "PRILOGA_NEW_PASSWORD", confirm=True))
    return EXIT_OK


def _account_role(args) -> int:
    workspace = _workspace(args)
    account = workspace.set_role(args.username, args.role)
    print(f"{account.username}\t{account.role}")
    return EXIT_OK


def _account_off(args) -> int:
    workspace = _workspace(args)
    workspace.set_active(args.username, False)
    return EXIT_OK


def _change_password(args) -> int:
    import os

    workspace = _workspace(args)
    workspace.change_password(os.environ.get("PRILOGA_PASSWORD") or _password(),
                              _password("Novo geslo: ", "PRILOGA_NEW_PASSWORD", confirm=True))
    return EXIT_OK


def _audit(args) -> int:
    from app.store.audit import ACTIONS

    workspace = _workspace(args)
    entries = workspace.audit_entries(limit=args.limit, person_id=args.person, user=args.user_filter)
    if args.json:
        _print_json([{**e.__dict__} for e in entries])
        return EXIT_OK
    for e in entries:
        what = " ".join(x for x in (e.form_code or "", e.target or "", (e.target_id or "")[:8]) if x)
        fields = ", ".join(e.detail.get("fields", [])) if isinstance(e.detail.get("fields"), list) else ""
        when = dt.datetime.fromisoformat(e.at).astimezone().strftime("%d. %m. %Y %H:%M:%S")
        print(f"{e.seq}\t{when}\t{e.user}\t{ACTIONS.get(e.action, e.action)}\t{what}\t{fields}")
    count, head = workspace.audit_head()
    print(f"# {count} vnosov, glava verige {head}")
    return EXIT_OK


def _audit_check(args) -> int:
    workspace = _workspace(args)
    report = workspace.audit_check()
    if report.ok:
        print(f"veriga nedotaknjena: {report.entries} vnosov, glava {report.head}")
        return EXIT_OK
    print(f"priloga: veriga je pretrgana pri vnosu {report.first_broken}: {report.reason}", file=sys.stderr)
    return EXIT_FINDINGS


def _transfer(args) -> int:
    from app.store.transfer import TransferError

    workspace = _workspace(args)
    workspace.require("transfer")
    passphrase = _password("Geslo za prenos: ", "PRILOGA_TRANSFER_PASSPHRASE", confirm=True)
    try:
        info = workspace.transfer(args.output, passphrase)
    except TransferError as exc:
        raise CliError(str(exc)) from None
    print(f"{info.path}\t{sum(info.counts.values())} zapisov\trevizijska sled {info.audit_entries} vnosov, "
          f"glava {info.audit_head}")
    return EXIT_OK


def _transfer_check(args) -> int:
    from app.store.transfer import TransferError, read_transfer

    try:
        header, _records = read_transfer(args.file, _password("Geslo za prenos: ", "PRILOGA_TRANSFER_PASSPHRASE"))
    except TransferError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"prenos nedotaknjen: postaja {header['station_id']}, {header['created_at']}, "
          f"revizijska sled {header['audit']['entries']} vnosov, glava {header['audit']['head']}")
    return EXIT_OK


def _codelist(args) -> int:
    from app.engine.codelists import CodelistError

    workspace = _workspace(args)
    if not args.name:
        print("\n".join(workspace.codelist_names()))
        return EXIT_OK
    try:
        if args.set:
            workspace.set_codelist_entry(args.name, *args.set)
        entries = workspace.codelist(args.name)
    except (KeyError, CodelistError) as exc:
        raise CliError(exc.args[0]) from None
    for value, label, changed in entries:
        print(f"{value}\t{label}" + ("\t(postaja)" if changed else ""))
    return EXIT_OK


def _backup(args) -> int:
    from app.store.backup import BackupError, make_backup

    workspace = _workspace(args)
    workspace.require("backup")
    try:
        path = make_backup(workspace, folder=args.folder, reason="manual")
    except BackupError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print(path)
    return EXIT_OK


def _backups(args) -> int:
    from app.store.backup import backup_folder, list_backups

    workspace = _workspace(args)
    backups = list_backups(backup_folder(workspace, args.folder))
    if args.json:
        _print_json([{"name": b.name, "path": str(b.path), "time": b.time.isoformat(), "bytes": b.size,
                      "reason": b.reason, "has_keys": b.has_keys} for b in backups])
        return EXIT_OK
    for b in backups:
        keys = "" if b.has_keys else "\tbrez datoteke s ključi"
        print(f"{b.name}\t{b.time.astimezone().strftime('%d. %m. %Y %H:%M')}\t{b.size // 1024} KB\t{b.reason}{keys}")
    return EXIT_OK


def _restore(args) -> int:
    from app.paths import default_db_path
    from app.store.backup import BackupError, restore_backup

    db_path = Path(args.db) if args.db else default_db_path()
    try:
        kept = restore_backup(args.file, db_path, _username(args), _password())
    except BackupError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"obnovljeno iz {args.file}" + (f"; prejšnja zbirka shranjena kot {kept}" if kept else ""))
    return EXIT_OK


def _retention(args) -> int:
    from app.store.retention import list_due, period_text, retention_periods, set_retention_period

    workspace = _workspace(args)
    if args.set:
        months = set_retention_period(workspace, *args.set)
        print(f"{args.set[0]}\t{period_text(months)}")
        return EXIT_OK
    today = None
    if args.today:
        try:
            today = dt.date.fromisoformat(args.today)
        except ValueError:
            raise CliError(f"--today {args.today!r} ni datum v obliki LLLL-MM-DD") from None
    periods = retention_periods(workspace)
    due = list_due(workspace, today)
    if args.json:
        _print_json({"periods": periods, "due": [{"kind": d.kind, "id": d.id, "name": d.name, "reason": d.reason,
                                                   "due_since": d.due_since.isoformat(), "since": d.since.isoformat(),
                                                   "form_code": d.form_code} for d in due]})
        return EXIT_OK
    for kind, months in periods.items():
        print(f"# {kind}\t{period_text(months)}")
    for d in due:
        print(f"{d.id}\t{d.kind}\t{d.due_since.strftime('%d. %m. %Y')}\t{d.name}\t{d.reason}")
    return EXIT_OK


def _erase(args) -> int:
    from app.store.retention import erase_ids

    workspace = _workspace(args)
    report = erase_ids(workspace, args.ids, args.reason, compact=args.compact)
    print(f"izbrisano: {report.persons} oseb, {report.drafts} obrazcev, {report.print_jobs} tiskalnih opravil")
    return EXIT_OK


def _subject_export(args) -> int:
    from app.export.subject import subject_export, subject_export_json

    workspace = _workspace(args)
    content = (subject_export_json if args.json else subject_export)(workspace, args.person)
    return _write_output(args.output, content)


def _write_output(path: str, content: bytes) -> int:
    """Write what a command made to the file the user named, and print its path."""
    output = Path(path)
    try:
        output.write_bytes(content)
    except OSError as exc:
        raise CliError(f"{output}: zapis ni uspel ({exc.strerror})") from exc
    print(output)
    return EXIT_OK


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _read_data(file: str, definition) -> tuple[dict, bytes | None]:
    """The form data from a JSON file ('-' = standard input) and the photo it names, if any."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{file}: datoteke ni") from None
    except UnicodeDecodeError:
        raise CliError(f"{file}: datoteka ni besedilo v kodiranju UTF-8") from None
    except OSError as exc:
        raise CliError(f"{file}: branje ni uspelo ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{file}: neveljaven JSON v vrstici {exc.lineno}, stolpcu {exc.colno} ({exc.msg})") from None
    if not isinstance(data, dict):
        raise CliError(f"{file}: pričakovan je JSON-objekt s polji obrazca {definition.code}, ne {type(data).__name__}")
    photo = None
    photo_fields = [f.id for f in definition.fields.values() if f.type == "photo"]
    for field_id in photo_fields:
        value = data.get(field_id)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise CliError(f"{file}: polje {field_id!r} mora biti pot do slike ali data:image/…;base64,…")
        photo = _load_photo(value, Path(file).parent if file != "-" else Path.cwd())
        from app.engine.photo import PhotoError, crop_photo

        try:
            photo = crop_photo(photo)
        except PhotoError as exc:
            raise CliError(f"{file}: {field_id}: {exc}") from None
        data[field_id] = "sha256:" + __import__("hashlib").sha256(photo).hexdigest()
    from app.engine.validate import normalize

    return normalize(definition, data), photo


def _load_photo(value: str, base: Path) -> bytes:
    if value.startswith("data:"):
        try:
            return base64.b64decode(value.split(",", 1)[1], validate=True)
        except (IndexError, binascii.Error):
            raise CliError("fotografija v obliki data: ni veljaven base64") from None
    path = Path(value)
    if not path.is_absolute():
        path = base / path
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"{path}: fotografije ni mogoče prebrati ({exc.strerror})") from None


COMMANDS = {
    "forms": _forms, "schema": _schema, "sample": _sample, "validate": _validate, "export": _export,
    "import": _import, "drafts": _drafts, "finish": _finish, "check-forms": _check_forms,
    "persons": _persons, "person-add": _person_add, "new": _new, "issue": _issue,
    "test-pki": _test_pki, "sign": _sign, "verify": _verify, "trust": _trust, "key-import": _key_import,
    "init": _init, "accounts": _accounts, "account-add": _account_add, "account-reset": _account_reset,
    "account-role": _account_role, "account-off": _account_off, "password": _change_password, "audit": _audit,
    "audit-check": _audit_check, "transfer": _transfer, "transfer-check": _transfer_check,
    "codelist": _codelist, "backup": _backup, "backups": _backups, "restore": _restore,
    "retention": _retention, "erase": _erase, "subject-export": _subject_export,
}


# --- the central register: enrol, sync ---------------------------------------------------------------------

def _add_sync_parsers(sub) -> None:
    p = sub.add_parser("enrol", help="vpiši postajo v centralni register z enkratno kodo (skrbnik)")
    p.add_argument("url", metavar="URL", help="naslov centralnega registra, npr. https://register.example")
    p.add_argument("code", metavar="KODA", help="enkratna koda skrbnika centralnega registra")
    sub.add_parser("sync", help="sinhroniziraj s centralnim registrom: pošlji spremembe, prevzemi nove")


def _enrol(args) -> int:
    from app.workspace import sync

    workspace = _workspace(args)
    try:
        station = sync.enrol(workspace, args.url, args.code)
    except sync.SyncError as exc:
        raise CliError(str(exc)) from None
    print(f"postaja je vpisana v centralni register ({station})")
    return EXIT_OK


def _sync(args) -> int:
    from app.workspace import sync

    workspace = _workspace(args)
    try:
        report = sync.sync(workspace)
    except sync.SyncError as exc:
        raise CliError(str(exc)) from None
    print(f"poslano {report.pushed}, sprejeto {report.applied}, zavrnjeno {len(report.rejected)}, "
          f"sporov {len(report.conflicts)}, možnih dvojnikov {report.duplicates}, prevzeto {report.pulled}")
    for message in report.rejected:
        print(f"zavrnjeno: {message}")
    for conflict in report.conflicts:
        print(f"spor (odloči nadzornik v centralnem registru): {conflict}")
    return EXIT_FINDINGS if report.rejected or report.conflicts else EXIT_OK


COMMANDS.update({"sync": _sync, "enrol": _enrol})
