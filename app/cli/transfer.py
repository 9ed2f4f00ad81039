"""Commands about the transfer to the central register: transfer, transfer-check."""

from __future__ import annotations

import sys

from app.cli.base import EXIT_FINDINGS, EXIT_OK, CliError, arg, command, password, workspace


@command("transfer", "zapakiraj podatke postaje za osrednji register (šifrirano, z glavo "
         "revizijske sledi); geslo iz $PRILOGA_TRANSFER_PASSPHRASE ali ga vpišite (nadzornik)",
         arg("-o", "--output", required=True, metavar="PRENOS.priloga"))
def transfer(args) -> int:
    from app.workspace.transfer import TransferError

    ws = workspace(args)
    ws.require("transfer")
    passphrase = password("Geslo za prenos: ", "PRILOGA_TRANSFER_PASSPHRASE", confirm=True)
    try:
        info = ws.transfer(args.output, passphrase)
    except TransferError as exc:
        raise CliError(str(exc)) from None
    print(f"{info.path}\t{sum(info.counts.values())} zapisov\trevizijska sled {info.audit_entries} vnosov, "
          f"glava {info.audit_head}")
    return EXIT_OK


@command("transfer-check", "preveri datoteko prenosa: geslo, celovitost, verigo revizijske sledi",
         arg("file", metavar="PRENOS.priloga"))
def transfer_check(args) -> int:
    from app.workspace.transfer import TransferError, check_transfer

    try:
        header, _records = check_transfer(args.file, password("Geslo za prenos: ", "PRILOGA_TRANSFER_PASSPHRASE"))
    except TransferError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"prenos nedotaknjen: postaja {header['station_id']}, {header['created_at']}, "
          f"revizijska sled {header['audit']['entries']} vnosov, glava {header['audit']['head']}")
    return EXIT_OK
