"""Commands about the audit trail: audit, audit-check."""

from __future__ import annotations

import datetime as dt
import sys

from app.cli.base import EXIT_FINDINGS, EXIT_OK, CliError, arg, command, count, print_json, workspace


@command("audit", "revizijska sled, najprej najnovejši vnosi (nadzornik)",
         arg("--limit", type=count, default=50),
         arg("--person", metavar="ID"),
         arg("--user-filter", dest="user_filter", metavar="UPORABNIK"),
         arg("--json", action="store_true", help="izpis kot JSON"))
def audit(args) -> int:
    from app.workspace import ACTIONS

    ws = workspace(args)
    entries = ws.audit_entries(limit=args.limit, person_id=args.person, user=args.user_filter)
    if args.json:
        print_json([{**e.__dict__} for e in entries])
        return EXIT_OK
    for e in entries:
        what = " ".join(x for x in (e.form_code or "", e.target or "", (e.target_id or "")[:8]) if x)
        fields = ", ".join(e.detail.get("fields", [])) if isinstance(e.detail.get("fields"), list) else ""
        when = dt.datetime.fromisoformat(e.at).astimezone().strftime("%d. %m. %Y %H:%M:%S")
        print(f"{e.seq}\t{when}\t{e.user}\t{ACTIONS.get(e.action, e.action)}\t{what}\t{fields}")
    count, head = ws.audit_head()
    print(f"# {count} vnosov, glava verige {head}")
    return EXIT_OK


@command("audit-check", "preveri verigo revizijske sledi, podpise vnosov in sidra (datoteka sidra ob zbirki, "
         "najnovejša varnostna kopija, navedene prenosne datoteke in podpisani PDF-ji): izhod 0 nedotaknjena, "
         "1 prvi neustrezni vnos (nadzornik)",
         arg("anchors", nargs="*", metavar="DATOTEKA",
             help="prenosna datoteka, podpisan PDF ali datoteka sidra, ki jo mora veriga nadaljevati"))
def audit_check(args) -> int:
    from app.workspace.anchors import AnchorError

    ws = workspace(args)
    try:
        report = ws.audit_check(args.anchors)
    except AnchorError as exc:
        raise CliError(str(exc)) from None
    sources = ", ".join(f"{a.source} ({a.seq})" for a in report.anchors) or "nobenega"
    if report.ok:
        print(f"veriga nedotaknjena: {report.entries} vnosov, {report.signed} podpisanih, glava {report.head}; "
              f"sidra: {sources}")
        return EXIT_OK
    if report.first_broken == 0:
        print(f"priloga: sidra revizijske sledi ni mogoče prebrati: {report.reason}", file=sys.stderr)
    else:
        print(f"priloga: veriga je pretrgana pri vnosu {report.first_broken}: {report.reason}", file=sys.stderr)
    return EXIT_FINDINGS
