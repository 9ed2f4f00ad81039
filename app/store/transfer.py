"""A station's records packed for the central register: one encrypted file with the audit chain's head.

The file is a short JSON header line (format, station, time, counts, the audit chain's head, the key
derivation's parameters) followed by the records: every row of the station's tables (BLOBs in
base64), compressed and encrypted with AES-256-GCM under a key derived from a transfer passphrase
with Argon2id. The header is authenticated with the records (GCM associated data), so neither can be
changed alone. `read_transfer` decrypts, recomputes the audit chain from the records and refuses a file
whose chain does not end at the head its header names.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.engine.system_messages import os_error_text
from app.paths import PRIVATE_FILE
from app.store import audit
from app.store.files import fsync_dir
from app.store.vault import KdfParams, derive, kdf_problem, password_problem

FORMAT = "priloga-transfer-1"

#: The tables a transfer carries, in an order that satisfies their references.
TABLES = ("settings", "accounts", "persons", "person_photos", "person_documents", "family_links", "drafts", "photos",
          "card_serials", "signed_documents", "print_jobs", "print_items", "audit_log")
#: Never carried: signing keys (each official's own) and this station's printer offsets and trusted CAs.
LEFT_OUT = ("signing_keys", "trusted_cas", "printer_offsets")


class TransferError(Exception):
    """The transfer file cannot be written or read; the message says why."""


@dataclass(frozen=True)
class TransferInfo:
    path: Path
    station_id: str
    created_at: str
    counts: dict
    audit_entries: int
    audit_head: str


def _rows(db, table: str) -> list[dict]:
    cursor = db.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    out = []
    for row in cursor:
        item = {}
        for name, value in zip(names, row):
            if isinstance(value, (bytes, memoryview)):
                value = {"base64": base64.b64encode(bytes(value)).decode("ascii")}
            item[name] = value
        out.append(item)
    return out


def write_transfer(db, path: str | Path, passphrase: str, station_id: str, kdf: KdfParams | None = None) -> TransferInfo:
    """Write every record of the station to `path`, encrypted under `passphrase`."""
    problem = password_problem(passphrase)
    if problem:
        raise TransferError("Geslo za prenos: " + problem)
    kdf = kdf or KdfParams()
    count, head = audit.head(db)
    check = audit.check(db, signatures=False)  # the links and hashes (the reader checks the same); signatures and
    if not check.ok:                             # anchors are audit-check's (~0.1–0.4 ms per entry to verify)
        raise TransferError(f"Revizijska sled je pretrgana pri vnosu {check.first_broken} ({check.reason}); "
                            f"prenos ni mogoč, dokler nadzornik tega ne razišče.")
    payload = {name: _rows(db, name) for name in TABLES}
    header = {
        "format": FORMAT,
        "station_id": station_id,
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "counts": {name: len(rows) for name, rows in payload.items()},
        "audit": {"entries": count, "head": head, **_signed(db, count)},  # the head is an anchor (app.store.anchor)
        "kdf": {"name": "argon2id", "memory_kib": kdf.memory_kib, "time_cost": kdf.time_cost,
                "parallelism": kdf.parallelism, "salt": base64.b64encode(secrets.token_bytes(16)).decode("ascii")},
        "nonce": base64.b64encode(secrets.token_bytes(12)).decode("ascii"),
    }
    header_line = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = derive(passphrase, base64.b64decode(header["kdf"]["salt"]), kdf)
    body = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 6)
    sealed = AESGCM(key).encrypt(base64.b64decode(header["nonce"]), body, header_line)
    path = Path(path)
    temp = path.with_name(path.name + ".part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(header_line + b"\n" + sealed)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise TransferError(f"{path}: prenosa ni mogoče zapisati ({os_error_text(exc)}); preverite prostor in "
                            f"pravice na ciljnem disku.") from exc
    return TransferInfo(path, station_id, header["created_at"], header["counts"], count, head)


def _signed(db, count: int) -> dict:
    """The head's signer and signature (an older reader ignores them)."""
    head = audit.signed_head(db)
    return {"signed_by": head["signed_by"], "signature": head["signature"]} if head["seq"] == count else {}


def read_header(path: str | Path) -> dict:
    try:
        with open(path, "rb") as handle:
            line = handle.readline(1_000_000)  # a header is a few hundred bytes; never read a whole device
        header = json.loads(line)
    except OSError as exc:
        raise TransferError(f"{path}: datoteke ni mogoče prebrati ({os_error_text(exc)}).") from exc
    except ValueError:
        raise TransferError(f"{path}: to ni datoteka prenosa programa Priloga.") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise TransferError(f"{path}: to ni datoteka prenosa programa Priloga (ali je iz novejše različice).")
    problem = header_problem(header)
    if problem:
        raise TransferError(f"{path}: glava datoteke prenosa ni veljavna ({problem}); datoteka je poškodovana ali "
                            f"spremenjena, zahtevajte nov prenos.")
    return header


def _b64_length(value) -> int | None:
    import binascii

    if not isinstance(value, str) or len(value) > 1000:
        return None
    try:
        return len(base64.b64decode(value.encode("ascii"), validate=True))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None


def header_problem(header: dict) -> str | None:
    """What is wrong with a transfer file's header (every field bounded before it is used), or None."""
    def is_int(value, low=0, high=10**12):
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high

    if not isinstance(header.get("station_id"), str) or not 0 < len(header["station_id"]) <= 200:
        return "oznaka postaje"
    if not isinstance(header.get("created_at"), str) or len(header["created_at"]) > 40:
        return "čas nastanka"
    try:
        dt.datetime.fromisoformat(header["created_at"])
    except ValueError:
        return "čas nastanka"
    counts = header.get("counts")
    if not isinstance(counts, dict) or set(counts) - set(TABLES) or not all(is_int(v) for v in counts.values()):
        return "števila zapisov"
    trail = header.get("audit")
    if not (isinstance(trail, dict) and is_int(trail.get("entries")) and isinstance(trail.get("head"), str)
            and len(trail["head"]) == 64 and all(c in "0123456789abcdef" for c in trail["head"])):
        return "glava revizijske sledi"
    if not all(trail.get(name) is None or isinstance(trail[name], str) and len(trail[name]) <= 200
               for name in ("signed_by", "signature")):
        return "podpis glave revizijske sledi"
    spec = header.get("kdf")
    if not isinstance(spec, dict) or spec.get("name") != "argon2id":
        return "izpeljava ključa ni Argon2id"
    problem = kdf_problem(spec.get("memory_kib"), spec.get("time_cost"), spec.get("parallelism"))
    if problem:
        return problem
    salt = _b64_length(spec.get("salt"))
    if salt is None or not 8 <= salt <= 64:
        return "sol izpeljave ključa"
    if _b64_length(header.get("nonce")) != 12:
        return "enkratno število (nonce) ni dolgo 12 bajtov"
    return None


def read_transfer(path: str | Path, passphrase: str) -> tuple[dict, dict]:
    """(header, records) of a transfer file, after checking the passphrase, integrity and audit chain."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = read_header(path)
    raw = Path(path).read_bytes()
    header_line, _newline, sealed = raw.partition(b"\n")
    spec = header["kdf"]
    key = derive(passphrase, base64.b64decode(spec["salt"]),
                 KdfParams(int(spec["memory_kib"]), int(spec["time_cost"]), int(spec["parallelism"])))
    try:
        body = AESGCM(key).decrypt(base64.b64decode(header["nonce"]), sealed, header_line)
    except InvalidTag:
        raise TransferError(f"{path}: napačno geslo za prenos ali pa je bila datoteka spremenjena.") from None
    try:
        records = json.loads(zlib.decompress(body))
        if not isinstance(records, dict) or not isinstance(records.get("audit_log", []), list):
            raise ValueError("records")
        prev = audit.GENESIS
        for row in records.get("audit_log", []):
            values = {name: row[name] for name in audit._FIELDS}
            if row["prev_hash"] != prev or audit.entry_hash(prev, values) != row["hash"]:
                raise TransferError(f"{path}: revizijska sled v prenosu je pretrgana pri vnosu {row['seq']}.")
            prev = row["hash"]
    except (ValueError, KeyError, TypeError, zlib.error) as exc:
        raise TransferError(f"{path}: zapisov v prenosu ni mogoče prebrati ({type(exc).__name__}); zahtevajte "
                            f"nov prenos.") from None
    if prev != header["audit"]["head"] or len(records.get("audit_log", [])) != header["audit"]["entries"]:
        raise TransferError(f"{path}: revizijska sled v prenosu se ne konča pri glavi iz glave datoteke.")
    return header, records
