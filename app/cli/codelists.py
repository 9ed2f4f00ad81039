"""Commands about the code lists: codelist."""

from __future__ import annotations

from app.cli.base import EXIT_OK, CliError, arg, command, workspace


@command("codelist", "šifrant (npr. upravne-enote): izpis; --set OZNAKA \"Ime\" doda ali "
         "preimenuje vnos (skrbnik)",
         arg("name", metavar="ŠIFRANT", nargs="?"),
         arg("--set", nargs=2, metavar=("OZNAKA", "IME")))
def codelist(args) -> int:
    from app.engine.codelists import CodelistError

    ws = workspace(args)
    if not args.name:
        print("\n".join(ws.codelist_names()))
        return EXIT_OK
    try:
        if args.set:
            ws.set_codelist_entry(args.name, *args.set)
        entries = ws.codelist(args.name)
    except (KeyError, CodelistError) as exc:
        raise CliError(exc.args[0]) from None
    for value, label, changed in entries:
        print(f"{value}\t{label}" + ("\t(postaja)" if changed else ""))
    return EXIT_OK
