"""Commands about saved drafts and forms: drafts, finish, new, issue."""

from __future__ import annotations

import sys

from app.cli.base import EXIT_OK, CliError, arg, cell, command, print_json, workspace


@command("drafts", "seznam osnutkov in obrazcev, najprej zadnji spremenjeni",
         arg("--form", metavar="OZNAKA"),
         arg("--status", choices=["draft", "finished"]),
         arg("--search", metavar="IME"),
         arg("--json", action="store_true", help="izpis kot JSON"))
def drafts(args) -> int:
    ws = workspace(args)
    rows = ws.list_drafts(search=args.search, form_code=args.form.upper() if args.form else None,
                          status=args.status, limit=1_000_000)
    if args.json:
        print_json([row.__dict__ for row in rows])
    else:
        for row in rows:
            print(f"{row.id}\t{row.form_code}\t{row.status}\t{row.updated_at}\t{cell(row.title)}")
    return EXIT_OK


@command("finish", "zaključi osnutek (če nima napak)", arg("draft_id", metavar="ID"))
def finish(args) -> int:
    ws = workspace(args)
    warnings = ws.finish(args.draft_id)
    for finding in warnings:
        print(f"opozorilo: {finding.field}: {finding.message}", file=sys.stderr)
    print(args.draft_id)
    return EXIT_OK


@command("new", "nov osnutek obrazca za osebo iz registra (izpolnjen z znanimi podatki)",
         arg("code", metavar="OZNAKA"),
         arg("--person", metavar="ID", required=True))
def new(args) -> int:
    ws = workspace(args)
    print(ws.new_draft_for_person(args.code, args.person).id)
    return EXIT_OK


@command("issue", "izdaj obrazec iz shranjenega (npr. ZZ-2 iz vloge ZZ-1)",
         arg("code", metavar="OZNAKA"),
         arg("--from", dest="source", metavar="ID", required=True))
def issue(args) -> int:
    ws = workspace(args)
    try:
        print(ws.issue_from(args.source, args.code).id)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return EXIT_OK
