"""Commands about form definitions and form data from files: forms, schema, sample, validate, export,
import, check-forms."""

from __future__ import annotations

import base64
import binascii
import json
import sys
from pathlib import Path

from app.engine.system_messages import json_error_text, os_error_text
from app.cli.base import (EXIT_FINDINGS, EXIT_OK, CliError, arg, catalog, command, print_json, today_option,
                          workspace, write_output)


@command("forms", "seznam obrazcev: oznaka in naslov")
def forms(args) -> int:
    for definition in catalog().all():
        print(f"{definition.code}\t{definition.title}")
    return EXIT_OK


@command("schema", "JSON Schema podatkov obrazca", arg("code", metavar="OZNAKA"))
def schema(args) -> int:
    from app.engine.schema import form_schema

    print_json(form_schema(catalog().get(args.code)))
    return EXIT_OK


@command("sample", "zgled veljavnih podatkov obrazca (JSON)", arg("code", metavar="OZNAKA"))
def sample(args) -> int:
    definition = catalog().get(args.code)
    if not definition.sample:
        raise CliError(f"obrazec {definition.code} nima zgleda podatkov")
    print_json(definition.sample)
    return EXIT_OK


@command("validate", "preveri podatke; ugotovitve kot JSON, izhod 1 ob napaki",
         arg("code", metavar="OZNAKA"),
         arg("file", metavar="DATOTEKA.json"),
         arg("--today", help="preveri, kot da je danes ta dan (LLLL-MM-DD)"))
def validate(args) -> int:
    from app.engine import validate
    from app.engine.validate import has_errors

    definition = catalog().get(args.code)
    data, _photo = read_data(args.file, definition)
    today = today_option(args.today)
    findings = validate(definition, data, today, strict=True)
    print_json([f.to_dict() for f in findings])
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


@command("export", "izvozi PDF obrazca (iz datoteke, osnutka ali prazen)",
         arg("code", metavar="OZNAKA", nargs="?"),
         arg("file", metavar="DATOTEKA.json", nargs="?"),
         arg("-o", "--output", required=True, metavar="IZHOD.pdf"),
         arg("--blank", action="store_true", help="prazen obrazec za izpolnjevanje na roko"),
         arg("--draft", metavar="ID", help="izvozi shranjeni osnutek ali zaključen obrazec"),
         arg("--allow-errors", action="store_true", help="izvozi tudi, če podatki še niso popolni"),
         arg("--sign", metavar="KLJUČ.p12", help="podpiši izvoženi PDF s ključem uradne osebe (PAdES); "
             "geslo iz $PRILOGA_KEY_PASSPHRASE ali ga vpišite"),
         arg("--name", help="ime uradne osebe v vidnem podpisu (privzeto iz nastavitev ali potrdila)"),
         arg("--office", help="organ v vidnem podpisu (privzeto iz obrazca ali nastavitev)"))
def export(args) -> int:
    from app.cli.signing import load_key, sign_draft
    from app.engine import validate
    from app.engine.validate import has_errors
    from app.workspace.exporting import render_blank, render_form

    if args.draft:
        ws = workspace(args)
        if args.sign:
            pdf, signed = sign_draft(args, ws), True
        else:  # a signed form is its signed PDF, as the GUI exports it
            document = ws.form_document(args.draft)
            pdf, signed = document.pdf, document.signed is not None
    else:
        if not args.code:
            raise CliError("navedite oznako obrazca (npr. ZZ-1) ali --draft ID")
        definition = catalog().get(args.code)
        if args.blank:
            pdf = render_blank(definition)
        else:
            if not args.file:
                raise CliError("navedite datoteko s podatki (JSON) ali --blank za prazen obrazec")
            data, photo = read_data(args.file, definition)
            findings = validate(definition, data, strict=True)
            if has_errors(findings) and not args.allow_errors:
                for finding in findings:
                    if finding.severity == "error":
                        print(f"{finding.field}: {finding.message}", file=sys.stderr)
                print("priloga: podatki imajo napake, PDF ni izvožen (--allow-errors izvozi kljub temu)", file=sys.stderr)
                return EXIT_FINDINGS
            pdf = render_form(definition, data, photo)
        if args.sign:  # a PDF exported from a file, not a saved form: nothing is recorded
            from app.workspace.signing import SigningError

            signer = load_key(args.sign)
            try:
                pdf = workspace(args).sign_exported(pdf, signer, definition, {} if args.blank else data,
                                                    args.name, args.office)
            except SigningError as exc:
                raise CliError(str(exc)) from None
    code = write_output(args.output, pdf)
    if args.draft:  # the form left the station as a file: recorded once it is written
        ws.exported(args.draft, signed=signed)
    return code


@command("import", "shrani podatke kot nov osnutek in izpiši njegov id",
         arg("code", metavar="OZNAKA"),
         arg("file", metavar="DATOTEKA.json"))
def import_(args) -> int:
    from app.engine import validate
    from app.engine.validate import has_errors

    definition = catalog().get(args.code)
    data, photo = read_data(args.file, definition)
    findings = validate(definition, data, strict=True)
    bad_shape = [f for f in findings if f.rule.startswith("type:") or f.rule == "unknown_field"]
    if bad_shape:
        raise CliError("podatki niso v obliki obrazca: " + "; ".join(f"{f.field}: {f.message}" for f in bad_shape[:3]))
    ws = workspace(args)
    stored = {k: v for k, v in data.items() if k != "photo"}
    draft = ws.import_draft(definition.code, stored, photo)
    print(draft.id)
    if has_errors(findings):
        print(f"priloga: osnutek je shranjen, a ima še {sum(f.severity == 'error' for f in findings)} napak", file=sys.stderr)
    return EXIT_OK


@command("check-forms", "preveri vse definicije obrazcev v mapi forms/")
def check_forms(args) -> int:
    """Every definition against the published JSON Schema and the engine's checks: file, place, fault."""
    from app.engine.definition import check_file

    forms_catalog = catalog()
    faults = 0
    for code, path in sorted(forms_catalog.paths().items()):
        problems = check_file(path)
        faults += len(problems)
        for problem in problems:
            print(f"{problem.path}: {problem.where}: {problem.problem}")
        if not problems:
            print(f"{code}\tv redu")
    return EXIT_OK if not faults else 1


def read_data(file: str, definition) -> tuple[dict, bytes | None]:
    """The form data from a JSON file ('-' = standard input) and the photo it names, if any."""
    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"{file}: datoteke ni") from None
    except UnicodeDecodeError:
        raise CliError(f"{file}: datoteka ni besedilo v kodiranju UTF-8") from None
    except OSError as exc:
        raise CliError(f"{file}: branje ni uspelo ({os_error_text(exc)})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{file}: neveljaven JSON v vrstici {exc.lineno}, stolpcu {exc.colno} ({json_error_text(exc)})") from None
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
    from app.engine.photo import MAX_FILE_BYTES, PhotoError, read_photo_file

    if value.startswith("data:"):
        encoded = value.split(",", 1)[1] if "," in value else ""
        if len(encoded) > MAX_FILE_BYTES * 4 // 3 + 4:
            raise CliError("fotografija v obliki data: je prevelika; največ 30 MB")
        try:
            return base64.b64decode(encoded, validate=True)
        except binascii.Error:
            raise CliError("fotografija v obliki data: ni veljaven base64") from None
    path = Path(value)
    if not path.is_absolute():
        path = base / path
    try:
        return read_photo_file(path)
    except PhotoError as exc:
        message = str(exc)
        raise CliError(message[:1].lower() + message[1:]) from None
