"""Commands about the audit trail: audit, audit-check."""

from __future__ import annotations

import datetime as dt
import sys

from app.cli.base import EXIT_FINDINGS, EXIT_OK, arg, command, count, print_json, workspace


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


@command("audit-check", "preveri verigo revizijske sledi: izhod 0 nedotaknjena, 1 prva pretrgana "
         "povezava (nadzornik)")
def audit_check(args) -> int:
    ws = workspace(args)
    report = ws.audit_check()
    if report.ok:
        print(f"veriga nedotaknjena: {report.entries} vnosov, glava {report.head}")
        return EXIT_OK
    print(f"priloga: veriga je pretrgana pri vnosu {report.first_broken}: {report.reason}", file=sys.stderr)
    return EXIT_FINDINGS
