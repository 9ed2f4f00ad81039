"""Commands about the central register: enrol, sync."""

from __future__ import annotations

from app.cli.base import EXIT_FINDINGS, EXIT_OK, CliError, arg, command, workspace


@command("enrol", "vpiši postajo v centralni register z enkratno kodo (skrbnik)",
         arg("url", metavar="URL", help="naslov centralnega registra, npr. https://register.example"),
         arg("code", metavar="KODA", help="enkratna koda skrbnika centralnega registra"))
def enrol(args) -> int:
    from app.workspace import sync

    ws = workspace(args)
    try:
        station = sync.enrol(ws, args.url, args.code)
    except sync.SyncError as exc:
        raise CliError(str(exc)) from None
    print(f"postaja je vpisana v centralni register ({station})")
    return EXIT_OK


@command("sync", "sinhroniziraj s centralnim registrom: pošlji spremembe, prevzemi nove")
def sync_now(args) -> int:
    from app.workspace import sync

    ws = workspace(args)
    try:
        report = sync.sync(ws)
    except sync.SyncError as exc:
        raise CliError(str(exc)) from None
    print(f"poslano {report.pushed}, sprejeto {report.applied}, zavrnjeno {len(report.rejected)}, "
          f"sporov {len(report.conflicts)}, možnih dvojnikov {report.duplicates}, prevzeto {report.pulled}")
    for message in report.rejected:
        print(f"zavrnjeno: {message}")
    for conflict in report.conflicts:
        print(f"spor (odloči nadzornik v centralnem registru): {conflict}")
    for person_id in report.relocated:
        print(f"premeščeno na to postajo: oseba {person_id}")
    if report.codelists:
        print(f"posodobljeni šifranti: {', '.join(report.codelists)}")
    return EXIT_FINDINGS if report.rejected or report.conflicts else EXIT_OK
