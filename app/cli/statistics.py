"""Commands about statistics and deadlines: statistics, deadlines, eurodac-sent."""

from __future__ import annotations

from app.cli.base import EXIT_OK, CliError, arg, command, print_json, today_option, workspace, write_output


def _day(value: str | None, what: str):
    day = today_option(value)
    if value and day is None:
        raise CliError(f"{what}: »{value}« ni datum LLLL-MM-DD")
    return day


@command("statistics", "statistika obdobja: CSV na izhod ali v datoteko (-o *.csv), PDF z grafi (-o *.pdf)",
         arg("--from", dest="start", required=True, metavar="LLLL-MM-DD", help="prvi dan obdobja"),
         arg("--to", dest="end", required=True, metavar="LLLL-MM-DD", help="zadnji dan obdobja"),
         arg("-o", "--output", metavar="DATOTEKA", help="*.csv ali *.pdf"))
def statistics(args) -> int:
    from app.workspace.statistics import StatisticsError

    ws = workspace(args)
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    try:
        if args.output and args.output.lower().endswith(".pdf"):
            return write_output(args.output, ws.statistics_pdf(start, end))
        text = ws.statistics_csv(start, end)
    except StatisticsError as exc:
        raise CliError(str(exc)) from exc
    if args.output:
        return write_output(args.output, text.encode("utf-8-sig"))
    print(text, end="")
    return EXIT_OK


@command("deadlines", "roki: kaj je na vrsti, z pravilom in členom; --set IME VREDNOST nastavi rok (skrbnik)",
         arg("--today", metavar="LLLL-MM-DD", help="kot da je danes ta dan"),
         arg("--json", action="store_true", help="izpis kot JSON"),
         arg("--set", nargs=2, metavar=("IME", "VREDNOST"), help="npr. eurodac_days 10 ali protection_until 2027-03-04"))
def deadlines(args) -> int:
    ws = workspace(args)
    if args.set:
        try:
            ws.set_deadline_setting(*args.set)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
        print(f"{args.set[0]}\t{ws.deadline_settings()[args.set[0]]}")
        return EXIT_OK
    today = _day(args.today, "--today")
    items = ws.deadlines(today)
    import datetime as dt

    today = today or dt.date.today()
    if args.json:
        print_json({"settings": ws.deadline_settings(), "due": [
            {"kind": d.kind, "due_on": d.due_on.isoformat(), "state": d.state(today), "what": d.what, "name": d.name,
             "person_id": d.person_id, "draft_id": d.draft_id, "rule": d.rule, "article": d.article} for d in items]})
        return EXIT_OK
    for d in items:
        print(f"{d.due_on.strftime('%d. %m. %Y')}\t{d.state(today)}\t{d.what}\t{d.name}\t"
              f"{d.person_id or d.draft_id or ''}\t{d.article}")
    return EXIT_OK


@command("eurodac-sent", "označi, da so podatki osebe poslani v Eurodac (--on dan, privzeto danes; --clear odznači)",
         arg("person", metavar="ID"),
         arg("--on", metavar="LLLL-MM-DD"),
         arg("--clear", action="store_true"))
def eurodac_sent(args) -> int:
    import datetime as dt

    ws = workspace(args)
    ws.mark_eurodac_sent(args.person, None if args.clear else (_day(args.on, "--on") or dt.date.today()))
    return EXIT_OK
