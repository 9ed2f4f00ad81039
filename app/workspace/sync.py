"""Sync with the central register (``app.server``) over HTTP: enrol, push the outbox, pull by the server's sequence.

- ``enrol(ws, url, code)``: the one-time code from the central administrator becomes the station's credentials,
  kept in the station's (encrypted) settings ``sync.url``, ``sync.station``, ``sync.secret``.
- ``push(ws)``: the outbox's pending rows are frozen into operations (one per record, with the fields changed
  since the server's last acknowledged values as ``[before, after]``), payloads and batch id stored *before*
  sending; photos are uploaded by SHA-256 first; the audit entries after the server's head travel with the
  batch. A batch left ``sent`` by a crash is resent as it was (same operation UUIDs), so nothing is doubled.
- ``pull(ws)``: changes after the pull position in the server's change sequence, never by device clocks:
  persons whose case moved to this station (relocation: the person, documents, photo, their unfinished forms
  to carry on and their finished forms as read-only history), server changes of this station's persons
  (a supervisor's decision, another station's edit: merged field by field, a field changed here since the
  last sync stays as it is here), server-held code lists (versioned, applied to the station's code list
  store), revoked stations.
- The outbox forgets an operation's payload once the server answered (``outbox.forget_payloads``); the first
  sync queues every record made before the outbox existed (``outbox.backfill``).
- ``sync(ws)``: push, then pull; returns a ``SyncReport``. Offline work never waits for it.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from app.engine.prefill import PERSON_ATTRIBUTES
from app.store import audit, outbox

BATCH = 500


class SyncError(Exception):
    """The server refused or could not be reached; ``str()`` says what to do (Slovenian); ``kind`` is one of
    ``unreachable``, ``revoked``, ``not_enrolled``, ``refused`` (for a short word in the status bar)."""

    def __init__(self, message: str, kind: str = "refused"):
        super().__init__(message)
        self.kind = kind


@dataclass
class SyncReport:
    pushed: int = 0
    applied: int = 0
    rejected: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    duplicates: int = 0
    pulled: int = 0
    revoked_stations: list[str] = field(default_factory=list)
    relocated: list[str] = field(default_factory=list)    # persons whose case moved to this station
    updated: list[str] = field(default_factory=list)      # this station's persons changed at the server
    codelists: list[str] = field(default_factory=list)    # code lists updated from the server
    backfilled: int = 0


def enrol(ws, url: str, code: str, client: httpx.Client | None = None) -> str:
    """Enrol this station with a one-time code (administrator); returns the station id the server gave."""
    ws.require("settings")
    answer = _request(client, "POST", url.rstrip("/") + "/v1/enrol", json={"code": code})
    creds = answer.json()
    with ws.db.write():
        ws.settings.set("sync.url", url.rstrip("/"))
        ws.settings.set("sync.station", creds["station_id"])
        ws.settings.set("sync.secret", creds["secret"])
        audit.record(ws.db, "settings", target="sync", detail={"change": "enrolled"})
        _backfill(ws)
    return creds["station_id"]


def _backfill(ws) -> int:
    """Queue once every record made before the outbox existed (inside the caller's transaction)."""
    if outbox.get_state(ws.db, "backfilled") == "1":
        return 0
    queued = outbox.backfill(ws.db)
    outbox.set_state(ws.db, "backfilled", "1")
    return queued


def _request(client, method, url, **kwargs) -> httpx.Response:
    own = client is None
    client = client or httpx.Client(timeout=60)
    try:
        answer = client.request(method, url, **kwargs)
    except httpx.HTTPError as err:
        raise SyncError(f"Centralni register ({url.split('/v1/')[0]}) ni dosegljiv: {err}. Delo na postaji"
                        " teče naprej; sinhronizirajte, ko bo povezava spet na voljo.", "unreachable") from err
    finally:
        if own:
            client.close()
    if answer.status_code >= 400:
        try:
            detail = answer.json().get("detail")
        except ValueError:
            detail = answer.text
        kind = ("revoked" if answer.status_code == 403 and "preklicana" in str(detail)
                else "not_enrolled" if answer.status_code == 401 else "refused")
        raise SyncError(detail if isinstance(detail, str) else f"Centralni register je zavrnil zahtevo: {detail}", kind)
    return answer


def _auth(ws) -> tuple[str, dict]:
    url, sid, secret = (ws.settings.get(k) for k in ("sync.url", "sync.station", "sync.secret"))
    if not (url and sid and secret):
        raise SyncError("Postaja še ni vpisana v centralni register: priloga enrol URL KODA"
                        " (kodo izda skrbnik centralnega registra).", "not_enrolled")
    return url, {"Authorization": f"Station {sid}:{secret}"}


#: person attributes that travel (created_at and the protection dates: the centre's statistics count each
#: figure as the station does)
_PERSON_COLUMNS = [*PERSON_ATTRIBUTES, "status", "created_at", "protection_granted_on", "protection_ended_on"]


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _rows(ws, sql: str, values: list, *before) -> list:
    """``sql`` with ``{marks}`` for an IN list, over ``values`` in chunks (SQLite's parameter limit); ``before``
    are the parameters ahead of the list."""
    out = []
    for chunk in _chunks(values):
        out += ws.db.execute(sql.format(marks=", ".join("?" * len(chunk))), [*before, *chunk]).fetchall()
    return out


def _bases(ws, records) -> dict[tuple[str, str], tuple[int, str]]:
    """``sync_base`` (version, data) of these ``(kind, record_id)``, by its primary key."""
    out = {}
    for kind in {k for k, _r in records}:
        out.update({(kind, r): (v, d) for r, v, d in _rows(
            ws, "SELECT record_id, version, data FROM sync_base WHERE kind = ? AND record_id IN ({marks})",
            [r for k, r in records if k == kind], kind)})
    return out


def _persons(ws, person_ids: list[str]) -> dict[str, tuple[dict, list[dict], list[str]]]:
    """Each person's attributes, documents and photo hash, read for all of them at once."""
    cols = _PERSON_COLUMNS
    out = {row[0]: dict(zip(cols, row[1:])) for row in _rows(
        ws, f"SELECT id, {', '.join(cols)} FROM persons WHERE id IN ({{marks}})", person_ids)}
    photos = dict(_rows(ws, "SELECT person_id, sha256 FROM person_photos WHERE person_id IN ({marks})", person_ids))
    links: dict[str, list] = {}
    for pid, relative, kind, relationship, represents, accompanies in sorted(_rows(
            ws, "SELECT person_id, relative_id, kind, relationship, legal_representative, accompanies_minor"
                " FROM family_links WHERE person_id IN ({marks})", person_ids)):
        links.setdefault(pid, []).append({"relative_id": relative, "kind": kind, "relationship": relationship,
                                          "legal_representative": bool(represents),
                                          "accompanies_minor": bool(accompanies)})
    docs: dict[str, list] = {}
    for pid, doc_type, number, country, _created in sorted(
            _rows(ws, "SELECT person_id, doc_type, doc_number, issued_by, created_at FROM person_documents"
                      " WHERE person_id IN ({marks})", person_ids), key=lambda r: (r[0], r[4] or "")):
        if number:
            docs.setdefault(pid, []).append({"kind": doc_type or "", "number": number, "country": country or ""})
    result = {}
    for pid, data in out.items():
        data["photo_sha256"] = photos.get(pid)
        data["family_links"] = links.get(pid, [])
        result[pid] = (data, docs.get(pid, []), [photos[pid]] if pid in photos else [])
    return result


def _person(ws, person_id: str) -> tuple[dict | None, list[dict], list[str]]:
    return _persons(ws, [person_id]).get(person_id, (None, [], []))


class _Raw(str):
    """JSON text spliced into an operation as it is."""


def _forms(ws, draft_ids: list[str]) -> dict[str, tuple[dict, list[str]]]:
    """Each draft as an operation's content and its photo hash, read for all of them at once."""
    photos = {d: h.removeprefix("sha256:") for d, h in _rows(  # a form's photo is marked "sha256:<hex>"
        ws, "SELECT draft_id, sha256 FROM photos WHERE draft_id IN ({marks})", draft_ids)}
    serials = {d: (o, n) for d, o, n in _rows(ws, "SELECT draft_id, office, number FROM card_serials"
                                                  " WHERE status = 'issued' AND draft_id IN ({marks})", draft_ids)}
    out = {}
    for did, code, version, status, data, person_id, finished_at in _rows(
            ws, "SELECT id, form_code, form_version, status, data, person_id, finished_at FROM drafts"
                " WHERE id IN ({marks})", draft_ids):
        photo, serial = photos.get(did), serials.get(did)
        out[did] = ({"code": code, "form_version": version, "status": status, "data": _Raw(data),
                     "person_id": person_id, "finished_at": finished_at, "photo_sha256": photo,
                     "serial": {"office": serial[0], "number": serial[1]} if serial else None},
                    [photo] if photo else [])
    return out


def _form(ws, draft_id: str) -> tuple[dict | None, list[str]]:
    data, attachments = _forms(ws, [draft_id]).get(draft_id, (None, []))
    return ({**data, "data": json.loads(data["data"])} if data else None), attachments


def _next_records(ws) -> list[tuple[str, str, int]]:
    """Up to ``BATCH`` records with pending outbox rows, in the order of their first pending row, each with its
    last pending row; read by the (state, seq) index page by page, so a long outbox is not read again for every
    batch. A record with an operation still in flight waits for its answer (its base moves with it)."""
    db = ws.db
    flying = set(db.execute("SELECT DISTINCT kind, record_id FROM outbox WHERE state = 'sent'").fetchall())
    order: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    after = 0
    while len(order) < BATCH:
        page = db.execute("SELECT seq, kind, record_id FROM outbox WHERE state = 'pending' AND seq > ? ORDER BY seq"
                          " LIMIT ?", [after, BATCH * 2]).fetchall()
        if not page:
            break
        for _seq, kind, record_id in page:
            key = (kind, record_id)
            if key not in seen and key not in flying:
                seen.add(key)
                order.append(key)
                if len(order) == BATCH:
                    break
        after = page[-1][0]
    last = {}
    for kind in {k for k, _r in order}:
        last.update({(kind, r): seq for r, seq in _rows(
            ws, "SELECT record_id, max(seq) FROM outbox WHERE state = 'pending' AND kind = ? AND record_id IN ({marks})"
                " GROUP BY record_id", [r for k, r in order if k == kind], kind)})
    return [(kind, record_id, last[(kind, record_id)]) for kind, record_id in order]


def _freeze(ws) -> tuple[str, list[dict]] | None:
    """The next batch to send, frozen (``_freeze_batch``): its id and operations."""
    frozen = _freeze_batch(ws)
    return (frozen[0], [json.loads(p) for p in frozen[2]]) if frozen else None


def _freeze_batch(ws, in_flight: str | None = None) -> tuple[str, list[dict], list[str]] | None:
    """Turn pending outbox rows into one batch, stored before it is sent; a batch already sent is resent as is.
    Returns the batch id, the operations and their JSON as stored (the request is made of it)."""
    db = ws.db
    outbox.ensure(db)
    sent = db.execute("SELECT batch_id FROM outbox WHERE state = 'sent' AND batch_id IS NOT ? ORDER BY seq LIMIT 1",
                      [in_flight]).fetchone()
    if sent:
        payloads = [p for (p,) in db.execute(
            "SELECT payload FROM outbox WHERE batch_id = ? AND payload IS NOT NULL ORDER BY seq", [sent[0]])]
        return sent[0], [json.loads(p) for p in payloads], payloads
    records = _next_records(ws)
    if not records:
        return None
    batch_id = str(uuid.uuid4())
    ops, payloads, marked, gone = [], [], [], []
    with ws.db.write():
        bases = _bases(ws, [(k, r) for k, r, _l in records])
        op_ids = dict(_rows(ws, "SELECT seq, op_id FROM outbox WHERE seq IN ({marks})", [l for _k, _r, l in records]))
        persons = _persons(ws, [r for k, r, _l in records if k == "person"])
        forms = _forms(ws, [r for k, r, _l in records if k not in ("person", "erasure")])
        for kind, record_id, last in records:
            base = bases.get((kind, record_id))
            op = {"op_id": op_ids[last], "kind": kind, "record_id": record_id}
            if kind == "erasure":  # the station erased the person: only the id travels
                pass
            elif kind == "person":
                if record_id not in persons:  # erased before it was sent: nothing to send
                    gone.append(('{"status": "erased"}', kind, record_id))
                    continue
                data, docs, attachments = persons[record_id]
                before = json.loads(base[1]) if base else {}
                op.update(base_version=base[0] if base else 0, documents=docs, attachments=attachments,
                          changes={k: [before.get(k), v] for k, v in data.items() if before.get(k) != v})
            else:
                if record_id not in forms:
                    gone.append(('{"status": "deleted"}', kind, record_id))
                    continue
                data, attachments = forms[record_id]
                op.update(data, version=(base[0] if base else 0) + 1, attachments=attachments)
            raw = op.pop("data") if isinstance(op.get("data"), _Raw) else None
            payload = json.dumps(op, ensure_ascii=False)
            if raw is not None:  # the form's data as the store keeps it (JSON), not decoded and encoded again
                payload = f'{payload[:-1]}, "data": {raw}}}'
            ops.append(op)
            payloads.append(payload)
            marked.append((batch_id, payload, last, kind, record_id))
        db.conn.executemany("UPDATE outbox SET state = 'done', result = ? WHERE kind = ? AND record_id = ?"
                            " AND state = 'pending'", gone)
        db.conn.executemany("UPDATE outbox SET state = 'sent', batch_id = ?1, payload = CASE WHEN seq = ?3 THEN ?2"
                            " END WHERE kind = ?4 AND record_id = ?5 AND state = 'pending' AND seq <= ?3", marked)
    return batch_id, ops, payloads


def _photo(ws, sha256: str, source: tuple[str, str] | None = None) -> bytes | None:
    """An attachment's content; ``source`` (the operation's kind and record) finds it by the record's key."""
    if source is not None:
        sql = ("SELECT image FROM person_photos WHERE person_id = ? AND sha256 = ?" if source[0] == "person" else
               "SELECT image FROM photos WHERE draft_id = ? AND (sha256 = ? OR sha256 = 'sha256:' || ?)")
        row = ws.db.execute(sql, [source[1], sha256, sha256][:sql.count("?")]).fetchone()
        if row:
            return row[0]
    for sql in ("SELECT image FROM person_photos WHERE sha256 = ?",
                "SELECT image FROM photos WHERE sha256 = ? OR sha256 = 'sha256:' || ?"):
        row = ws.db.execute(sql, [sha256] * sql.count("?")).fetchone()
        if row:
            return row[0]
    return None


#: photos are uploaded several to a request, up to about this many bytes each
UPLOAD_BYTES = 4 << 20


def _upload(ws, client, url: str, headers: dict, digests: list[str], sources: dict) -> None:
    """The attachments the server lacks, several to a request (``POST /v1/attachments``)."""
    chunk, size = [], 0
    for digest in digests:
        content = _photo(ws, digest, sources.get(digest))
        if content is None:
            continue
        chunk.append({"sha256": digest, "kind": "photo", "base64": base64.b64encode(content).decode()})
        size += len(content)
        if size >= UPLOAD_BYTES:
            _request(client, "POST", url + "/v1/attachments", json={"attachments": chunk}, headers=headers)
            chunk, size = [], 0
    if chunk:
        _request(client, "POST", url + "/v1/attachments", json={"attachments": chunk}, headers=headers)


def push(ws, client: httpx.Client | None = None, report: SyncReport | None = None) -> SyncReport:
    """Send the outbox batch after batch. While the server applies one batch the station freezes the next (its
    records are never ones still in flight), so the station's and the server's work overlap; answers are recorded
    in order, and a batch is sent only after the previous one's answer is recorded."""
    report = report or SyncReport()
    url, headers = _auth(ws)
    if outbox.get_state(ws.db, "backfilled") != "1":
        with ws.db.write():
            report.backfilled = _backfill(ws)
    own = client is None
    client = client or httpx.Client(timeout=120)
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="priloga-push") as sender:
            in_flight = None
            while True:
                frozen = _freeze_batch(ws, in_flight[1] if in_flight else None)
                if in_flight is not None:
                    future, batch_id, ops, entries = in_flight
                    in_flight = None
                    _record(ws, report, batch_id, ops, entries, future.result())
                if frozen is None:
                    break
                batch_id, ops, payloads = frozen
                hashes = sorted({h for op in ops for h in op.get("attachments") or []})
                if hashes:
                    missing = _request(client, "POST", url + "/v1/attachments/missing", json={"hashes": hashes},
                                       headers=headers).json()["missing"]
                    sources = {h: (op["kind"], op["record_id"]) for op in ops for h in op.get("attachments") or []}
                    _upload(ws, client, url, headers, missing, sources)
                acked = int(outbox.get_state(ws.db, "audit_seq") or 0)
                keys = ("seq", "hash", "prev_hash", "action", "at", "user", "target", "target_id", "signed_by",
                        "signature")
                entries = [dict(zip(keys, row)) for row in ws.db.execute(
                    f"SELECT {', '.join(keys)} FROM audit_log WHERE seq > ? ORDER BY seq", [acked])]
                # the operations as stored at freezing, not encoded a second time
                body = (f'{{"batch_id": {json.dumps(batch_id)}, "audit": '
                        f'{json.dumps({"entries": entries}, ensure_ascii=False)}, "operations": [{", ".join(payloads)}]}}')
                future = sender.submit(lambda body=body: _request(
                    client, "POST", url + "/v1/push", content=body.encode(),
                    headers={**headers, "Content-Type": "application/json"}).json())
                in_flight = (future, batch_id, ops, entries)
    finally:
        if own:
            client.close()
    return report


def _record(ws, report: SyncReport, batch_id: str, ops: list[dict], entries: list[dict], answer: dict) -> None:
    """The server's answer to a batch: outbox states, the acknowledged bases and audit position, in one transaction."""
    by_op = {op["op_id"]: op for op in ops}
    with ws.db.write():
        states, acknowledged = [], []
        for result in answer["results"]:
            op = by_op[result["op_id"]]
            state = {"applied": "done", "stale": "done", "conflict": "conflict"}.get(result["status"], "rejected")
            # `state = 'sent'` lets SQLite use the (state, kind, record_id) index, not scan the outbox per row
            states.append((state, json.dumps(result, ensure_ascii=False), batch_id, op["kind"], op["record_id"]))
            report.pushed += 1
            report.duplicates += len(result.get("duplicates") or [])
            if state == "rejected":
                report.rejected.append(result.get("message", ""))
                continue
            report.applied += state == "done"
            if state == "conflict":
                report.conflicts += [f"{op['record_id']}: {f}" for f in result["conflicts"]]
            acknowledged.append((op, result))
        ws.db.conn.executemany("UPDATE outbox SET state = ?1, result = ?2 WHERE state = 'sent' AND batch_id = ?3"
                               " AND kind = ?4 AND record_id = ?5", states)
        _acknowledge_all(ws, acknowledged)
        if entries:
            outbox.set_state(ws.db, "audit_seq", str(entries[-1]["seq"]))
        outbox.forget_payloads(ws.db, batch_id)  # answered: the personal data leaves the outbox, its hash stays
    if entries:
        ws.write_anchor()  # the head the central register now holds is also the local anchor


def _acknowledge_all(ws, acknowledged: list[tuple[dict, dict]]) -> None:
    """What the server now holds becomes the base of the next operation for each record."""
    bases = {key: data for key, (_v, data) in _bases(ws, [(op["kind"], op["record_id"]) for op, _r in acknowledged]).items()}
    rows = []
    for op, result in acknowledged:
        if op["kind"] == "erasure":  # nothing of an erased person is kept
            continue
        key = (op["kind"], op["record_id"])
        data = json.loads(bases[key]) if key in bases else {}
        if op["kind"] == "person":
            for name, (_before, after) in op["changes"].items():
                if name not in (result.get("conflicts") or []):
                    data[name] = after
        encoded = json.dumps(data, ensure_ascii=False)
        bases[key] = encoded
        rows.append((op["kind"], op["record_id"], int(result.get("version") or 0), encoded))
    ws.db.conn.executemany("INSERT INTO sync_base (kind, record_id, version, data) VALUES (?, ?, ?, ?) ON CONFLICT"
                           " (kind, record_id) DO UPDATE SET version = excluded.version, data = excluded.data", rows)


def pull(ws, client: httpx.Client | None = None, report: SyncReport | None = None) -> SyncReport:
    report = report or SyncReport()
    url, headers = _auth(ws)
    while True:
        since = int(outbox.get_state(ws.db, "pull_seq") or 0)
        answer = _request(client, "GET", url + "/v1/pull", params={"since": since}, headers=headers).json()
        with ws.db.write():
            for change in answer["changes"]:
                report.pulled += 1
                if change["kind"] == "person" and change.get("data") is not None:
                    _pulled_person(ws, change, report, client, url, headers)
                elif change["kind"] == "codelist":
                    _pulled_codelist(ws, change, report)
                elif change["kind"] == "conflict" and change.get("decided"):
                    _pulled_decision(ws, change, report)
                if change["kind"] == "station" and change.get("revoked"):
                    report.revoked_stations.append(change["record_id"])
                    known = set(filter(None, outbox.get_state(ws.db, "revoked_stations").split(",")))
                    outbox.set_state(ws.db, "revoked_stations", ",".join(sorted(known | {change["record_id"]})))
            outbox.set_state(ws.db, "pull_seq", str(answer["upto"]))
        if not answer.get("more"):
            return report


def relocate(ws, person_id: str, to_station: str, client: httpx.Client | None = None) -> dict:
    """Hand a person's case over to another station (relocation to another centre), by that station's name in
    the central register. Push first, so the other station receives everything this one knows."""
    ws.require("fill")
    push(ws, client)
    url, headers = _auth(ws)
    answer = _request(client, "POST", f"{url}/v1/persons/{person_id}/relocate", json={"to_station": to_station},
                      headers=headers).json()
    with ws.db.write():
        audit.record(ws.db, "relocate", target="case", target_id=person_id, person_id=person_id,
                     detail={"to_station": to_station})
    return answer


#: the person's columns a pull writes (what ``_person`` sends, without the derived ones)
_PULLED = ("status", "created_at", "protection_granted_on", "protection_ended_on")


def _pulled_person(ws, change: dict, report: SyncReport, client, url: str, headers: dict) -> None:
    """A person from the server: a case moved to this station is written in full (person, documents, photo,
    forms); a person this station has is merged field by field against the last acknowledged values, so a
    field changed here since the last sync is kept (it goes out with the next push). Never queued back."""
    from app.store.register import Register, _insert, number_key

    pid, data = change["record_id"], change["data"]
    if change.get("erased") or not data:
        return
    cols = [c for c in (*PERSON_ATTRIBUTES, *_PULLED) if c in _person_columns(ws)]
    local = ws.db.execute(f"SELECT {', '.join(cols)} FROM persons WHERE id = ?", [pid]).fetchone()
    stamp = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    if local is None:
        if change.get("owner") != ws.settings.get("sync.station"):
            return  # not this station's case
        row = {c: data.get(c) for c in cols}
        row.update(id=pid, surname=row.get("surname") or "", given_name=row.get("given_name") or "",
                   status=row.get("status") or "applicant", station_id=ws.settings.station_id,
                   official="", created_at=row.get("created_at") or stamp, updated_at=stamp, extra="{}")
        _insert(ws.db, "persons", row)
        for doc in change.get("documents") or []:
            _insert(ws.db, "person_documents", {
                "id": str(uuid.uuid4()), "person_id": pid, "doc_type": doc.get("kind") or "",
                "doc_number": doc.get("number") or "", "doc_number_key": number_key(doc.get("number") or ""),
                "issued_by": doc.get("country") or None, "created_at": stamp})
        if data.get("photo_sha256") and (image := _download(client, url, headers, data["photo_sha256"])):
            ws.db.execute("INSERT OR REPLACE INTO person_photos (person_id, image, sha256, updated_at) VALUES (?, ?, ?, ?)",
                          [pid, image, data["photo_sha256"], stamp])
        forms = _pulled_forms(ws, pid, change.get("forms") or [], client, url, headers, stamp)
        _pulled_links(ws, pid, data.get("family_links") or [], stamp)
        fields = sorted(k for k in cols if data.get(k) not in (None, ""))
        report.relocated.append(pid)
        detail = {"change": "relocated_in", "seq": change["seq"], "forms": forms}
    else:
        base_row = ws.db.execute("SELECT data FROM sync_base WHERE kind = 'person' AND record_id = ?", [pid]).fetchone()
        base = json.loads(base_row[0]) if base_row else {}
        here = dict(zip(cols, local))
        fields = sorted(c for c in cols if c in data and data[c] != here[c] and here[c] == base.get(c)
                        and not (c in ("surname", "given_name") and data[c] is None))
        if fields:
            ws.db.execute(f"UPDATE persons SET {', '.join(f'{c} = ?' for c in fields)}, updated_at = ? WHERE id = ?",
                          [data[c] for c in fields] + [stamp, pid])
            report.updated.append(pid)
        detail = {"change": "updated", "seq": change["seq"], "fields": fields}
    known = {c: data.get(c) for c in (*cols, "photo_sha256", "family_links") if c in data}
    ws.db.execute("INSERT INTO sync_base (kind, record_id, version, data) VALUES ('person', ?, ?, ?) ON CONFLICT"
                  " (kind, record_id) DO UPDATE SET version = excluded.version, data = excluded.data",
                  [pid, int(change.get("version") or 0), json.dumps(known, ensure_ascii=False)])
    Register(ws.db)._index(pid)
    audit.record(ws.db, "pull", target="person", target_id=pid, person_id=pid, detail=detail)


def _pulled_links(ws, pid: str, links: list, stamp: str) -> None:
    """A moved person's family links to relatives this station has, and theirs back to the person (a family
    moved together arrives one person at a time, in any order: each link is made when its second person comes).
    Links are never queued back: the records they are kept in (the persons' data) are the server's already."""
    from app.engine.prefill import LINK_KINDS

    wanted = [(pid, link) for link in links if isinstance(link, dict)]
    relatives = sorted({link.get("relative_id") for _p, link in wanted if isinstance(link.get("relative_id"), str)})
    for relative, known in _rows(ws, "SELECT record_id, data FROM sync_base WHERE kind = 'person'"
                                     " AND record_id IN ({marks})", relatives):
        wanted += [(relative, link) for link in json.loads(known).get("family_links") or []
                   if isinstance(link, dict) and link.get("relative_id") == pid]
    for person, link in wanted:
        relative = link.get("relative_id")
        if link.get("kind") not in LINK_KINDS or relative == person or not all(
                ws.db.execute("SELECT 1 FROM persons WHERE id = ?", [p]).fetchone() for p in (person, relative)):
            continue
        ws.db.execute(
            "INSERT INTO family_links (id, person_id, relative_id, relationship, kind, legal_representative,"
            " accompanies_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, relative_id)"
            " DO NOTHING", [str(uuid.uuid4()), person, relative, str(link.get("relationship") or ""), link["kind"],
                            int(bool(link.get("legal_representative"))), int(bool(link.get("accompanies_minor"))),
                            stamp])


def _person_columns(ws) -> set[str]:
    if "_person_columns" not in ws.__dict__:
        ws.__dict__["_person_columns"] = {r[1] for r in ws.db.execute("PRAGMA table_info(persons)").fetchall()}
    return ws.__dict__["_person_columns"]


def _pulled_forms(ws, pid: str, forms: list[dict], client, url, headers, stamp: str) -> list[str]:
    """The moved person's forms: unfinished ones of the case to carry on here, finished ones (read-only at
    every station) as history; another station's unfinished forms stay with it."""
    from app.store.drafts import fold

    taken = []
    for form in forms:
        finished = form["status"] != "draft"
        if (not finished and form.get("read_only")) or ws.db.execute(
                "SELECT 1 FROM drafts WHERE id = ?", [form["id"]]).fetchone():
            continue
        title = ws.drafts._title(form["code"], form["data"])
        ws.db.execute(
            "INSERT INTO drafts (id, form_code, form_version, status, title, search_text, data, station_id,"
            " station_name, official, created_at, updated_at, finished_at, person_id) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)",
            [form["id"], form["code"], form["form_version"], "finished" if finished else "draft", title, fold(title),
             json.dumps(form["data"], ensure_ascii=False), ws.settings.station_id, form.get("station") or "",
             stamp, stamp, form.get("finished_at") or (stamp if finished else None), pid])
        if form.get("photo_sha256") and (image := _download(client, url, headers, form["photo_sha256"])):
            ws.db.execute("INSERT OR REPLACE INTO photos (draft_id, image, sha256, updated_at) VALUES (?, ?, ?, ?)",
                          [form["id"], image, "sha256:" + form["photo_sha256"], stamp])
        ws.db.execute("INSERT INTO sync_base (kind, record_id, version, data) VALUES ('form', ?, ?, '{}') ON CONFLICT"
                      " (kind, record_id) DO UPDATE SET version = excluded.version", [form["id"], int(form["version"])])
        taken.append(form["id"])
    return taken


def _download(client, url: str, headers: dict, sha256: str) -> bytes | None:
    import hashlib

    content = _request(client, "GET", f"{url}/v1/attachments/{sha256}", headers=headers).content
    return content if hashlib.sha256(content).hexdigest() == sha256 else None


def _pulled_decision(ws, change: dict, report: SyncReport) -> None:
    """A supervisor decided a conflict this station's change caused: the outbox's conflict is closed (the status
    bar stops counting it) and, when this station still holds the value it sent, it takes the kept value."""
    pid, name, kept = change["person_id"], change["field"], change["value"]
    ws.db.execute("UPDATE outbox SET state = 'done' WHERE kind = 'person' AND record_id = ? AND state = 'conflict'",
                  [pid])
    row = ws.db.execute("SELECT data FROM sync_base WHERE kind = 'person' AND record_id = ?", [pid]).fetchone()
    if row is not None:
        base = json.loads(row[0])
        base[name] = kept
        ws.db.execute("UPDATE sync_base SET data = ? WHERE kind = 'person' AND record_id = ?",
                      [json.dumps(base, ensure_ascii=False), pid])
    fields = []
    if name in _person_columns(ws) and name in PERSON_ATTRIBUTES + _PULLED:
        here = ws.db.execute(f"SELECT {name} FROM persons WHERE id = ?", [pid]).fetchone()
        if (here is not None and here[0] == change.get("incoming") and here[0] != kept
                and not (kept is None and name in ("surname", "given_name"))):
            ws.db.execute(f"UPDATE persons SET {name} = ?, updated_at = ? WHERE id = ?",
                          [kept, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), pid])
            from app.store.register import Register

            Register(ws.db)._index(pid)
            fields.append(name)
            report.updated.append(pid)
    if ws.db.execute("SELECT 1 FROM persons WHERE id = ?", [pid]).fetchone():
        audit.record(ws.db, "pull", target="person", target_id=pid, person_id=pid,
                     detail={"change": "conflict_decided", "seq": change["seq"], "field": name,
                             "side": change.get("side"), "fields": fields})


def _pulled_codelist(ws, change: dict, report: SyncReport) -> None:
    """A server-held code list, applied to the station's code list store (settings ``codelist.<name>``) when it
    is newer than the version this station has; the station's own entries stay unless the server renames them."""
    name, version = change["record_id"], int(change.get("version") or 0)
    if version <= int(outbox.get_state(ws.db, f"codelist_version.{name}") or 0):
        return
    current = json.loads(ws.settings.get(f"codelist.{name}") or "{}")
    entries = {**current, **(change.get("entries") or {})}
    if entries != current:
        ws.settings.set(f"codelist.{name}", json.dumps(entries, ensure_ascii=False, sort_keys=True))
    outbox.set_state(ws.db, f"codelist_version.{name}", str(version))
    audit.record(ws.db, "pull", target="codelist", target_id=name,
                 detail={"version": version, "entries": len(change.get("entries") or {})})
    ws.__dict__.pop("_codelists", None)
    ws.__dict__.pop("_applied", None)
    report.codelists.append(name)


def sync(ws, client: httpx.Client | None = None) -> SyncReport:
    ws.require("fill")  # every official's changes go out, whoever is logged in
    own = client is None
    client = client or httpx.Client(timeout=60)  # one connection for the whole sync (not one per request)
    try:
        report = push(ws, client)
        report = pull(ws, client, report)
    except SyncError as err:
        with ws.db.write():
            outbox.set_state(ws.db, "last_error", str(err))
            outbox.set_state(ws.db, "last_error_kind", err.kind)
        raise
    finally:
        if own:
            client.close()
    with ws.db.write():
        outbox.set_state(ws.db, "last_sync", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
        outbox.set_state(ws.db, "last_error", "")
        outbox.set_state(ws.db, "last_error_kind", "")
    return report


#: the default of the setting ``sync_every_minutes`` (0 switches the background sync off)
SYNC_EVERY_MINUTES = 5


def every_minutes(ws) -> int:
    """The background sync's interval in minutes (setting ``sync_every_minutes``; 0: off)."""
    try:
        return max(0, int(ws.settings.get("sync_every_minutes") or SYNC_EVERY_MINUTES))
    except ValueError:
        return SYNC_EVERY_MINUTES


@dataclass(frozen=True)
class SyncJob:
    """A sync that runs off the GUI's thread: ``run()`` opens its own connection to the station's database
    (the same key and account as the session), syncs and closes it; the session's connection is never shared."""

    path: Path
    key: bytes
    user: str
    catalog: object
    signing: object = None  # the user's audit signing key: the sync's own entries are signed in their name

    def run(self, client: httpx.Client | None = None) -> SyncReport:
        from app.workspace.core import Workspace

        own = Workspace(self.path, self.catalog, key=self.key, user=self.user, signing=self.signing)
        try:
            return sync(own, client)
        finally:
            own.close()


def prepare_sync(ws) -> SyncJob:
    """A sync job for a worker thread; refuses a closed session or a station that is not enrolled."""
    ws.require("fill")
    key = getattr(ws, "_key", b"")
    if not key:
        raise SyncError("Seja je zaprta; za sinhronizacijo se znova prijavite.")
    _auth(ws)
    return SyncJob(Path(ws.path), bytes(key), ws.user, ws.catalog, getattr(ws, "_signing", None))


def status(ws) -> dict:
    """For the status bar: pending changes, conflicts kept at the server, the server's sequence reached."""
    outbox.ensure(ws.db)
    counts = dict(ws.db.execute("SELECT state, count(DISTINCT record_id) FROM outbox"
                                " WHERE state IN ('conflict', 'rejected') GROUP BY state").fetchall())
    last = outbox.get_state(ws.db, "last_sync")
    return {"pending": outbox.pending_count(ws.db), "conflicts": counts.get("conflict", 0),
            "rejected": counts.get("rejected", 0), "pulled_upto": int(outbox.get_state(ws.db, "pull_seq") or 0),
            "enrolled": bool(ws.settings.get("sync.secret")),
            "last_sync": dt.datetime.fromisoformat(last) if last else None,
            "last_error": outbox.get_state(ws.db, "last_error") or None,
            "last_error_kind": outbox.get_state(ws.db, "last_error_kind") or None}
