"""Commands about retention and the data subject's rights: retention, erase, subject-export."""

from __future__ import annotations

from app.cli.base import EXIT_OK, arg, command, print_json, today_option, workspace, write_output


@command("retention", "zapisi, ki jim je potekel rok hrambe (nadzornik); --set VRSTA ROK "
         "nastavi rok (skrbnik)",
         arg("--json", action="store_true", help="izpis kot JSON"),
         arg("--today", metavar="LLLL-MM-DD", help="kot da je danes ta dan"),
         arg("--set", nargs=2, metavar=("VRSTA", "ROK"), help="npr. person_ended 5l ali draft_unlinked 6"))
def retention(args) -> int:
    from app.workspace.retention import period_text

    ws = workspace(args)
    if args.set:
        months = ws.set_retention_period(*args.set)
        print(f"{args.set[0]}\t{period_text(months)}")
        return EXIT_OK
    today = today_option(args.today)
    periods = ws.retention_periods()
    due = ws.retention_due(today)
    if args.json:
        print_json({"periods": periods, "due": [{"kind": d.kind, "id": d.id, "name": d.name, "reason": d.reason,
                                                  "due_since": d.due_since.isoformat(), "since": d.since.isoformat(),
                                                  "form_code": d.form_code} for d in due]})
        return EXIT_OK
    for kind, months in periods.items():
        print(f"# {kind}\t{period_text(months)}")
    for d in due:
        print(f"{d.id}\t{d.kind}\t{d.due_since.strftime('%d. %m. %Y')}\t{d.name}\t{d.reason}")
    return EXIT_OK


@command("erase", "izbriši zapise, ki jim je potekel rok hrambe (nadzornik); razlog brez osebnih "
         "podatkov ostane v revizijski sledi",
         arg("ids", nargs="+", metavar="ID"),
         arg("--reason", required=True, metavar="RAZLOG"),
         arg("--compact", action="store_true", help="prepiši vso zbirko (VACUUM)"))
def erase(args) -> int:
    ws = workspace(args)
    report = ws.erase_due(args.ids, args.reason, compact=args.compact)
    print(f"izbrisano: {report.persons} oseb, {report.drafts} obrazcev, {report.print_jobs} tiskalnih opravil")
    return EXIT_OK


@command("subject-export", "izpis osebnih podatkov za posameznika (PDF; --json strojno berljiv) "
         "(nadzornik)",
         arg("person", metavar="ID"),
         arg("-o", "--output", required=True, metavar="IZPIS.pdf"),
         arg("--json", action="store_true"))
def subject_export(args) -> int:
    ws = workspace(args)
    content = (ws.subject_export_json if args.json else ws.subject_export)(args.person)
    return write_output(args.output, content)
