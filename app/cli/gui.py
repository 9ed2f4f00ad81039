"""The graphical interface: `priloga` (or `priloga gui`)."""

from __future__ import annotations

import sys

from app.cli.base import command


@command("gui", "odpri grafični vmesnik (privzeto)")
def gui(args) -> int:
    # The login is the GUI's (first start, login dialog, new password). The workspace and the crypto are
    # imported before Qt: PySide6 reads the source of every module imported after it.
    import argon2.low_level  # noqa: F401
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401

    import app.workspace.accounts  # noqa: F401  (what the login screen needs; the rest loads at the login)
    from app.ui.app import run_gui

    return run_gui(args.db, sys.argv[:1])
