"""Commands about electronic signatures: test-pki, sign, verify, trust, key-import."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.engine.system_messages import os_error_text
from app.cli.base import (EXIT_FINDINGS, EXIT_OK, CliError, arg, catalog, command, print_json, read_bytes,
                          workspace)

PASSPHRASE_ENV = "PRILOGA_KEY_PASSPHRASE"
EXIT_UNTRUSTED = 2


def passphrase(label: str) -> str:
    """The key's passphrase: $PRILOGA_KEY_PASSPHRASE, else asked on the terminal (never echoed)."""
    import getpass

    if PASSPHRASE_ENV in os.environ:
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise CliError(f"geslo za ključ {label} ni podano: nastavite spremenljivko {PASSPHRASE_ENV} "
                       "ali zaženite ukaz v terminalu")
    try:
        return getpass.getpass(f"Geslo za ključ {label}: ")
    except (EOFError, KeyboardInterrupt):
        raise CliError("vpis gesla je bil prekinjen; nič ni podpisano") from None


def load_key(file: str):
    from app.workspace.signing import SigningError, load_signer

    p12 = read_bytes(file, "ključa")
    try:
        return load_signer(p12, passphrase(Path(file).name), label=Path(file).name)
    except SigningError as exc:
        raise CliError(str(exc)) from None


def sign_draft(args, ws) -> bytes:
    """Sign a saved, finished form: the signed PDF is kept as its next version (and the form is final)."""
    from app.workspace.signing import SigningError

    signer = load_key(args.sign)
    try:
        return ws.sign_draft(args.draft, signer, name=args.name, office=args.office)
    except SigningError as exc:
        raise CliError(str(exc)) from None


def _write_atomically(output: Path, data: bytes) -> None:
    import tempfile

    try:
        handle, temp = tempfile.mkstemp(dir=output.parent if str(output.parent) else ".", prefix=".priloga-",
                                        suffix=".pdf")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temp, output)
    except OSError as exc:
        raise CliError(f"{output}: zapis ni uspel ({os_error_text(exc)})") from exc


@command("test-pki", "TESTNI overitelj (ca.pem) in TESTNI ključ uradne osebe (official.p12) "
         "za preizkus podpisovanja; nič jim ne zaupa samodejno",
         arg("folder", metavar="MAPA"))
def test_pki(args) -> int:
    from app.workspace.signing import make_test_pki

    given = os.environ.get(PASSPHRASE_ENV) or None
    try:
        ca, p12, made_passphrase = make_test_pki(args.folder, given)
    except OSError as exc:
        raise CliError(f"{args.folder}: zapis ni uspel ({os_error_text(exc)})") from None
    print(ca)
    print(p12)
    if not given:
        print(f"geslo: {made_passphrase}")
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
    match = re.match(r"\s*([A-Z]{1,4}-\d+(?:/\d+)?)\b", title)
    if not match:
        return None
    try:
        return catalog().get(match.group(1))
    except Exception:
        return None


@command("sign", "podpiši PDF s ključem uradne osebe (PAdES B-B, viden podpis)",
         arg("file", metavar="VHOD.pdf"),
         arg("--key", required=True, metavar="KLJUČ.p12", help="ključ PKCS#12; geslo iz $PRILOGA_KEY_PASSPHRASE "
             "ali ga vpišite"),
         arg("-o", "--output", required=True, metavar="IZHOD.pdf"),
         arg("--name", help="ime uradne osebe v vidnem podpisu (privzeto iz nastavitev ali potrdila)"),
         arg("--office", help="organ v vidnem podpisu (privzeto iz nastavitev)"))
def sign(args) -> int:
    from app.workspace.signing import SigningError

    pdf = read_bytes(args.file, "dokumenta")
    signer = load_key(args.key)
    definition = _form_of_pdf(pdf)
    ws = workspace(args)
    try:
        signed = ws.sign_file(pdf, signer, definition, args.name, args.office)
    except SigningError as exc:
        raise CliError(str(exc)) from None
    output = Path(args.output)
    _write_atomically(output, signed)
    print(output)
    return EXIT_OK


@command("verify", "preveri podpis PDF: izhod 0 veljaven, 1 neveljaven ali spremenjen, "
         "2 nepoškodovan, a podpisnik ni znan",
         arg("file", metavar="DATOTEKA.pdf"),
         arg("--trust", action="append", default=[], metavar="CA.pem",
             help="zaupaj temu overitelju (poleg uvoženih); lahko večkrat"),
         arg("--json", action="store_true", help="izpis kot JSON"))
def verify(args) -> int:
    from app.workspace.signing import INVALID, UNSIGNED, UNTRUSTED, VALID, SigningError

    pdf = read_bytes(args.file, "dokumenta")
    extra = [read_bytes(path, "potrdila") for path in args.trust]
    ws = workspace(args)
    try:
        verdict = ws.verify(pdf, extra)
    except SigningError as exc:
        raise CliError(str(exc)) from None

    def local(moment):
        return moment.astimezone().strftime("%d. %m. %Y %H:%M:%S %Z") if moment else ""

    if args.json:
        print_json({"file": args.file, "status": verdict.status, "signer": verdict.signer, "issuer": verdict.issuer,
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


@command("trust", "uvozi potrdilo overitelja (CA), ki mu ta postaja zaupa pri preverjanju podpisov",
         arg("file", metavar="CA.pem"))
def trust(args) -> int:
    from app.workspace.signing import KeyFileError

    data = read_bytes(args.file, "potrdila")
    ws = workspace(args)
    try:
        for ca in ws.trust_ca(data):
            print(f"{ca.fingerprint}\t{ca.subject}")
    except KeyFileError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    return EXIT_OK


@command("key-import", "uvozi ključ uradne osebe (PKCS#12); shrani se šifriran, geslo nikoli",
         arg("file", metavar="KLJUČ.p12"),
         arg("--label", default="", help="ime ključa v seznamu"))
def key_import(args) -> int:
    from app.workspace.signing import KeyFileError

    p12 = read_bytes(args.file, "ključa")
    ws = workspace(args)
    try:
        record = ws.import_key(p12, passphrase(Path(args.file).name), label=args.label or "")
    except KeyFileError as exc:
        raise CliError(str(exc)) from None
    print(f"{record.fingerprint}\t{record.label}\tvelja do {record.not_after[:10]}")
    return EXIT_OK
