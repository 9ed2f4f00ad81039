"""Anchors of the audit trail: the chain's head (number, hash, signer and signature of the newest entry) kept
outside the database, so that `audit.check` sees a chain that was cut short, deleted or rewritten — which
signatures alone cannot show (someone holding the data key can drop every entry after a point, or all of them).

An anchor lives in:
- the anchor file `<database>.anchor` beside the database (owner-only, replaced atomically), written at
  login, lock, logout, backup, transfer, signing, sync and after a data-key rotation — not after every
  keystroke's save: the save stays one durable write (the chain must still extend an older anchor, so a
  lagging anchor only leaves the newest few entries to the signatures);
- every backup (`<backup>.anchor` beside it), every transfer file's header (its `audit` object, which
  already named the head: `seq`, `signed_by`, `signature` were added beside `entries` and `head`), every
  signed PDF's document information (`/PrilogaAuditAnchor`), and the central register, which keeps the
  head each station sent and refuses a push that does not extend it (app.server.register).

A station's own user can still replace the local anchor file (it is a file on their disk); the copies that
left the station — backups on another disk, transfer files, PDFs handed out, the central register — they
cannot reach. No Qt.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.store import audit
from app.store.files import fsync_dir

FORMAT = "priloga-anchor-1"
INFO_KEY = "/PrilogaAuditAnchor"


class AnchorError(ValueError):
    """A file holds no readable anchor; the message says which file and why."""


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    signed_by: str | None = None
    signature: str | None = None
    source: str = ""  # where it was read (for messages): "datoteka sidra", a backup's or a file's name
    at: str = ""

    def as_dict(self) -> dict:
        return {"seq": self.seq, "hash": self.hash, "signed_by": self.signed_by, "signature": self.signature,
                **({"at": self.at} if self.at else {})}


def from_dict(data, source: str) -> Anchor:
    """An anchor from its stored form; AnchorError when a field is missing or malformed."""
    if not isinstance(data, dict):
        raise AnchorError(f"{source}: sidro revizijske sledi ni zapisano pravilno")
    seq, digest = data.get("seq"), data.get("hash")
    if not (isinstance(seq, int) and not isinstance(seq, bool) and 0 <= seq < 2 ** 53):
        raise AnchorError(f"{source}: številka vnosa v sidru ni celo število")
    if not (isinstance(digest, str) and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)):
        raise AnchorError(f"{source}: odtis v sidru ni odtis SHA-256")
    signed_by, signature = data.get("signed_by"), data.get("signature")
    if signed_by is not None and not (isinstance(signed_by, str) and len(signed_by) <= 200):
        raise AnchorError(f"{source}: podpisnik v sidru ni zapisan pravilno")
    if signature is not None and not (isinstance(signature, str) and len(signature) <= 200):
        raise AnchorError(f"{source}: podpis v sidru ni zapisan pravilno")
    at = data.get("at") if isinstance(data.get("at"), str) else ""
    return Anchor(seq, digest, signed_by, signature, source, at[:40])


def current(db, source: str = "") -> Anchor:
    """The database's head as an anchor."""
    head = audit.signed_head(db)
    return Anchor(head["seq"], head["hash"], head["signed_by"], head["signature"], source, audit._now())


def path_for(db_path: str | Path) -> Path:
    """The anchor file beside a database or a backup: `<file>.anchor`."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".anchor")


def write_file(path: str | Path, anchor: Anchor, station_id: str = "") -> None:
    """Write an anchor file atomically (temporary file, fsync, rename, fsync of the folder), owner-only.
    An anchor never moves back: a file that names a later entry is left as it is (two programs on one
    database write in any order)."""
    path = Path(path)
    try:
        held = read_file(path)
    except AnchorError:
        held = None
    if held is not None and held.seq > anchor.seq:
        return
    body = {"format": FORMAT, "station_id": station_id, **anchor.as_dict()}
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(body, handle, ensure_ascii=False, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_dir(path.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def reset_file(path: str | Path, anchor: Anchor, station_id: str = "") -> None:
    """Replace the anchor file even with an earlier head (after a restore from a backup, which is recorded)."""
    Path(path).unlink(missing_ok=True)
    write_file(path, anchor, station_id)


def read_file(path: str | Path, source: str | None = None) -> Anchor | None:
    """The anchor in an anchor file (None when there is no file); AnchorError when it is not one."""
    path = Path(path)
    source = source or path.name
    try:
        with open(path, "rb") as handle:
            raw = handle.read(100_000)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnchorError(f"{source}: datoteke sidra ni mogoče prebrati ({exc.strerror or exc})") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError:
        raise AnchorError(f"{source}: datoteka sidra ni berljiva (ni JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise AnchorError(f"{source}: datoteka ni sidro revizijske sledi programa Priloga")
    return from_dict(data, source)


def from_transfer_header(header: dict, source: str) -> Anchor:
    """The anchor of a transfer file's header (`audit`: entries, head, and since signing signed_by, signature)."""
    trail = header.get("audit") if isinstance(header, dict) else None
    if not isinstance(trail, dict):
        raise AnchorError(f"{source}: glava prenosne datoteke nima glave revizijske sledi")
    return from_dict({"seq": trail.get("entries"), "hash": trail.get("head"), "signed_by": trail.get("signed_by"),
                      "signature": trail.get("signature")}, source)


def pdf_info_value(anchor: Anchor) -> str:
    """What a signed PDF's `/PrilogaAuditAnchor` holds: the anchor as compact JSON."""
    return json.dumps(anchor.as_dict(), ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def from_pdf(pdf: bytes, source: str) -> Anchor:
    """The anchor in a signed PDF's document information (AnchorError when it has none)."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        info = reader.trailer_view["/Info"]
        value = str(info[INFO_KEY])
    except Exception:  # noqa: BLE001 - any unreadable PDF or missing entry is "no anchor here"
        raise AnchorError(f"{source}: dokument PDF nima sidra revizijske sledi (podpisan ni bil s programom "
                          f"Priloga ali je starejši)") from None
    try:
        return from_dict(json.loads(value), source)
    except ValueError:
        raise AnchorError(f"{source}: sidro v dokumentu PDF ni berljivo") from None


def from_any_file(path: str | Path) -> Anchor:
    """The anchor in a file the user names: an anchor file, a transfer file or a signed PDF."""
    from app.store.transfer import read_header

    path = Path(path)
    source = path.name
    try:
        with open(path, "rb") as handle:
            start = handle.read(5)
    except OSError as exc:
        raise AnchorError(f"{source}: datoteke ni mogoče prebrati ({exc.strerror or exc})") from exc
    if start.startswith(b"%PDF"):
        if path.stat().st_size > 200 * 1024 * 1024:
            raise AnchorError(f"{source}: dokument PDF je prevelik")
        return from_pdf(path.read_bytes(), source)
    try:
        anchor = read_file(path, source)
    except AnchorError:
        anchor = None
    if anchor is not None:
        return anchor
    try:
        header = read_header(path)
    except Exception as exc:  # noqa: BLE001 - the transfer reader says what is wrong with its own file
        raise AnchorError(f"{source}: datoteka ni sidro, prenosna datoteka ali podpisan PDF ({exc})") from None
    return from_transfer_header(header, source)
