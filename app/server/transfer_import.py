"""A station without a network sends its records as an encrypted transfer file (``Workspace.transfer``); the
central administrator imports it: ``priloga-server import-transfer FILE --station NAME``.

The file is opened and checked as the station side does (passphrase, integrity, the audit chain ending at the
head its header names: ``app.store.transfer.read_transfer``). Its records become one batch in the push format
and go through the same ``register.push`` (the same engine validation, conflicts kept, duplicates queued, the
audit chain anchored). The transfer is a snapshot, not a list of changes: each record is compared with what the
register holds, and only what differs becomes an operation (a person's changed fields as ``[held, file]``, a
form's new content as its next version). Operation ids are derived from the file's content and the version the
register held, so importing the same file again changes nothing: every record already matches. A file older
than the last one imported (its audit chain shorter than the head the register holds) is refused.
"""
from __future__ import annotations

import base64
import hashlib
import json
import uuid
from pathlib import Path

import psycopg

from app.engine.prefill import PERSON_ATTRIBUTES
from app.server import register
from app.store.transfer import read_transfer

#: uuid5 namespace of the operations made from transfer files
NAMESPACE = uuid.UUID("5d0f6f1e-8c55-4b8e-9d0c-7a6b1b0f2a11")


def _blob(value) -> bytes:
    return base64.b64decode(value["base64"]) if isinstance(value, dict) else bytes(value or b"")


def _op_id(station: uuid.UUID, kind: str, record_id: str, base: int, content) -> str:
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return str(uuid.uuid5(NAMESPACE, f"{station}:{kind}:{record_id}:{base}:{digest}"))


def station_id(conn: psycopg.Connection, name: str) -> uuid.UUID:
    row = conn.execute("SELECT id, revoked_at FROM stations WHERE name = %s", (name,)).fetchone()
    if row is None:
        raise register.Refused(f"Postaje »{name}« ni v centralnem registru; najprej jo dodajte"
                               f" (priloga-server enrol-station {name}), nato uvozite njen prenos.", 404)
    if row[1] is not None:
        raise register.Refused(f"Postaja »{name}« je bila preklicana {row[1]:%d. %m. %Y}; njenega prenosa"
                               " centralni register ne sprejme.", 403)
    return row[0]


def operations(conn: psycopg.Connection, station: uuid.UUID, records: dict) -> tuple[list[dict], dict[str, bytes]]:
    """The operations that bring the register to the file's records, and the attachments they need."""
    attachments: dict[str, bytes] = {}
    photo_of_person = {}
    for row in records.get("person_photos", []):
        attachments[row["sha256"]] = _blob(row["image"])
        photo_of_person[row["person_id"]] = row["sha256"]
    photo_of_draft = {}
    for row in records.get("photos", []):  # a form's photo is marked "sha256:<hex>"
        digest = row["sha256"].removeprefix("sha256:")
        attachments[digest] = _blob(row["image"])
        photo_of_draft[row["draft_id"]] = digest
    docs: dict[str, list[dict]] = {}
    for row in sorted(records.get("person_documents", []), key=lambda r: r.get("created_at") or ""):
        if row.get("doc_number"):
            docs.setdefault(row["person_id"], []).append(
                {"kind": row.get("doc_type") or "", "number": row["doc_number"], "country": row.get("issued_by") or ""})
    held_docs: dict[str, set] = {}
    for pid, kind, number, country in conn.execute("SELECT person_id::text, kind, number, country FROM documents"
                                                   " WHERE person_id IN (SELECT id FROM persons WHERE station_id = %s)",
                                                   (station,)):
        held_docs.setdefault(pid, set()).add((kind, number, country))
    held = {pid: (version, data) for pid, version, data in conn.execute(
        "SELECT id::text, version, data FROM persons WHERE id = ANY(%s)",
        ([uuid.UUID(p["id"]) for p in records.get("persons", [])],))}
    ops = []
    for person in records.get("persons", []):
        pid = person["id"]
        data = {name: person.get(name) for name in (*PERSON_ATTRIBUTES, "status")}
        data["photo_sha256"] = photo_of_person.get(pid)
        version, current = held.get(pid, (0, {}))
        changes = {k: [current.get(k), v] for k, v in data.items() if current.get(k) != v}
        if pid not in held:
            changes = {k: [None, v] for k, v in data.items()}
        documents = docs.get(pid, [])
        have = held_docs.get(pid, set())
        new_docs = [d for d in documents if (d["kind"], register._number(d["number"]), d["country"]) not in have]
        if pid in held and not changes and not new_docs:
            continue
        ops.append({"op_id": _op_id(station, "person", pid, version, [changes, new_docs]), "kind": "person",
                    "record_id": pid, "base_version": version, "changes": changes, "documents": new_docs,
                    "attachments": [data["photo_sha256"]] if data["photo_sha256"] else []})
    serials = {row["draft_id"]: {"office": row["office"], "number": row["number"]}
               for row in records.get("card_serials", []) if row.get("status") == "issued" and row.get("draft_id")}
    latest = {fid: (version, code, status, data) for fid, version, code, status, data in conn.execute(
        "SELECT DISTINCT ON (id) id::text, version, code, status, data FROM forms WHERE id = ANY(%s)"
        " ORDER BY id, version DESC", ([uuid.UUID(d["id"]) for d in records.get("drafts", [])],))}
    for draft in records.get("drafts", []):
        did = draft["id"]
        data = json.loads(draft["data"]) if isinstance(draft["data"], str) else draft["data"]
        version, code, status, current = latest.get(did, (0, None, None, None))
        if (code, status, current) == (draft["form_code"], draft["status"], data):
            continue
        form = {"code": draft["form_code"], "form_version": draft.get("form_version"), "status": draft["status"],
                "data": data, "person_id": draft.get("person_id"), "photo_sha256": photo_of_draft.get(did),
                "serial": serials.get(did)}
        ops.append({"op_id": _op_id(station, "form", did, version, form), "kind": "form", "record_id": did,
                    "version": version + 1, **form,
                    "attachments": [form["photo_sha256"]] if form["photo_sha256"] else []})
    needed = {h for op in ops for h in op["attachments"]}
    return ops, {h: content for h, content in attachments.items() if h in needed}


def import_transfer(conn: psycopg.Connection, path: str | Path, passphrase: str, station_name: str,
                    catalog=None) -> dict:
    """Import a transfer file for the station ``station_name``; returns ``{"applied", "conflicts",
    "rejected": [messages], "duplicates", "unchanged", "audit_entries"}``. A second import of the same file
    finds every record unchanged."""
    header, records = read_transfer(path, passphrase)
    station = station_id(conn, station_name)
    held = conn.execute("SELECT seq, hash FROM audit_heads WHERE station_id = %s", (station,)).fetchone()
    if held and int(header["audit"]["entries"]) < held[0]:
        raise register.Refused(f"Prenos {Path(path).name} je starejši od zadnjega, ki ga hrani centralni register"
                               f" (revizijska sled postaje do vpisa št. {held[0]}, v prenosu do št."
                               f" {header['audit']['entries']}); njegovi podatki bi prepisali novejše. Uvozite"
                               " najnovejši prenos postaje.", 409)
    ops, attachments = operations(conn, station, records)
    for digest, content in attachments.items():
        register.put_attachment(conn, digest, "photo", content)
    keys = ("seq", "hash", "prev_hash", "action", "at", "user", "target", "target_id")
    entries = [{k: row.get(k) for k in keys} for row in records.get("audit_log", [])]
    file_hash = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    batch = {"batch_id": str(uuid.uuid5(NAMESPACE, f"file:{file_hash}")), "operations": ops,
             "audit": {"entries": entries}}
    answer = register.push(conn, station, batch, catalog)
    summary = {"applied": 0, "conflicts": 0, "rejected": [], "duplicates": 0,
               "unchanged": len(records.get("persons", [])) + len(records.get("drafts", [])) - len(ops),
               "audit_entries": header["audit"]["entries"]}
    for result in answer["results"]:
        if result["status"] == "rejected":
            summary["rejected"].append(result.get("message", ""))
        elif result["status"] == "conflict":
            summary["conflicts"] += 1
        else:
            summary["applied"] += 1
        summary["duplicates"] += len(result.get("duplicates") or [])
    return summary
