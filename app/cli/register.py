"""Commands about the register of persons: persons, person-add."""

from __future__ import annotations

import json
from pathlib import Path

from app.engine.system_messages import json_error_text, os_error_text
from app.cli.base import EXIT_OK, CliError, arg, cell, command, print_json, workspace


@command("persons", "register oseb: iskanje po imenu (brez strešic), EMŠO, dokumentu, datumu rojstva",
         arg("query", metavar="ISKANJE", nargs="?", default=""),
         arg("--json", action="store_true", help="izpis kot JSON"))
def persons(args) -> int:
    ws = workspace(args)
    rows = ws.search_persons(args.query, limit=1000)
    if args.json:
        print_json([{**row.__dict__, "name": row.name} for row in rows])
    else:
        from app.engine.prefill import STATUS_TEXT

        for row in rows:
            status = STATUS_TEXT.get(row.status or "", row.status or "")
            print(f"{row.id}\t{cell(row.name)}\t{cell(row.birth_date)}\t{cell(row.emso)}\t{status}")
    return EXIT_OK


@command("person-add", "vpiši osebo v register iz JSON (podatki osebe, neobvezno documents)",
         arg("file", metavar="DATOTEKA.json"))
def person_add(args) -> int:
    from app.engine.prefill import PERSON_ATTRIBUTES

    try:
        raw = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))  # a BOM from Notepad is no error
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{args.file}: branje ni uspelo ({os_error_text(exc) if isinstance(exc, OSError) else 'datoteka ni besedilo v kodiranju UTF-8'})") from None
    except json.JSONDecodeError as exc:
        raise CliError(f"{args.file}: neveljaven JSON v vrstici {exc.lineno}, stolpcu {exc.colno} ({json_error_text(exc)})") from None
    if not isinstance(raw, dict):
        raise CliError(f"{args.file}: pričakovan je JSON-objekt s podatki osebe")
    documents = raw.pop("documents", [])
    unknown = set(raw) - set(PERSON_ATTRIBUTES) - {"status"}
    if unknown:
        raise CliError(f"neznani podatki o osebi: {', '.join(sorted(unknown))} (znani: {', '.join(PERSON_ATTRIBUTES)})")
    ws = workspace(args)
    person_id = ws.add_person(documents=documents, **raw)  # checked as the forms check; one transaction
    print(person_id)
    return EXIT_OK
