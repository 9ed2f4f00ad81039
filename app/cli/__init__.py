"""Command line: `python -m app` (or `priloga`) starts the GUI; subcommands script the same work.

One module per group of commands; each command declares its arguments beside its handler with
`@command` (app.cli.base), so adding a command touches only its group's module. The groups are
imported here in the order `priloga --help` lists them. Commands call only the workspace (app.workspace).
"""

from __future__ import annotations

from app.cli import gui, forms, drafts, register, signing, accounts, audit, transfer, codelists, backup  # noqa: F401,I001
from app.cli import retention  # noqa: F401
from app.cli import statistics  # noqa: F401
from app.cli import sync  # noqa: F401
from app.cli.base import COMMANDS, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, CliError, build_parser, run
from app.cli.forms import read_data as _read_data  # noqa: F401  (tests read data files as the CLI does)


def main(argv: list[str] | None = None) -> int:
    return run(argv)


__all__ = ["COMMANDS", "EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "CliError", "build_parser", "main"]
