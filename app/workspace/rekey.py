"""Rotating the data key: when an account is switched off, or by hand after a suspected compromise. No Qt.

The order makes a crash at any point harmless: (1) the new key is sealed for every active account in the key
file BESIDE the current one (app.store.vault.begin_rotation: atomic write); (2) the database is re-encrypted
with it in one SQLCipher transaction (app.store.rekey); (3) the new key replaces the old in the key file
(finish_rotation: atomic write) and the accounts without it are removed. A login after a crash between (1)
and (2) opens the database with the old key and forgets the new one; between (2) and (3), the old key no
longer opens it, the new one does, and the login completes step (3) (`open_with_rotation`).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KeyRotation:
    seconds: float  # the re-encryption
    pages: int
    removed: tuple[str, ...]  # accounts that lost their key (switched off, or from before the key pairs)


def _say(progress, message: str) -> None:
    if progress is not None:
        progress(message)


def rotate(ws, reason: str = "manual", progress=None) -> KeyRotation:
    from app.store.audit import vouched_box_keys
    from app.store.rekey import opens_with, page_count, rekey

    new_key = secrets.token_bytes(32)
    active = {account.username for account in ws.accounts.list() if account.active}
    vouched = vouched_box_keys(ws.db)  # only keys the signed trail vouches for are sealed to
    ws.vault.begin_rotation(new_key, {name: box for name, box in vouched.items() if name in active})
    pages = page_count(ws.db)
    _say(progress, f"Zamenjava ključa: zbirko podatkov ({pages} strani, {pages * 4096 // 1_000_000} MB) šifriram "
                   f"z novim ključem …")
    started = time.monotonic()
    try:
        rekey(ws.db, new_key)
    except BaseException:
        if opens_with(ws.path, ws._key):  # nothing was re-encrypted: the rotation is forgotten
            ws.vault.abandon_rotation()
        raise
    seconds = time.monotonic() - started
    ws._key = new_key
    _say(progress, f"Zbirka podatkov je šifrirana z novim ključem ({seconds:.1f} s); zapisujem datoteko s ključi …")
    removed = tuple(ws.vault.finish_rotation())
    ws.record("key", target="data_key", detail={"change": "rotated", "reason": reason, "removed": list(removed),
                                                "pages": pages, "seconds": round(seconds, 2)})
    ws.write_anchor()
    _say(progress, f"Ključ je zamenjan v {time.monotonic() - started:.1f} s."
                   + (f" Brez ključa so ostali: {', '.join(removed)}." if removed else ""))
    return KeyRotation(seconds, pages, removed)


def open_with_rotation(make, vault, opened):
    """The workspace opened with the key the key file gave (`opened`: app.store.vault.Unlocked), completing or
    forgetting a rotation a crash interrupted. `make(key)` opens the workspace with a data key
    (app.workspace.core.login passes it: this module does not import the workspace)."""
    from app.store.db import WrongKey

    try:
        workspace = make(opened.key)
    except WrongKey:
        if opened.pending is None:
            raise
        workspace = make(opened.pending)
        try:
            removed = vault.finish_rotation()
            workspace.record("key", target="data_key", detail={"change": "rotation_completed",
                                                                "removed": removed})
        except BaseException:
            workspace.close()
            raise
        return workspace
    if opened.pending is not None:
        vault.abandon_rotation()
    return workspace
