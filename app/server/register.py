"""What the server does with the stations' operations, on one PostgreSQL connection.

An operation is a dict ``{"op_id": UUID, "kind": "person"|"form", "record_id": UUID, ...}``:

- person: ``base_version`` (the version the station changed, 0 for a new record) and ``changes``
  ``{field: [old, new]}``; fields the server still holds at ``old`` (or already at ``new``) are applied, a
  field the server holds at a third value is a conflict kept for a supervisor — never a silent last write.
- form: ``version``, ``code``, ``form_version``, ``status``, ``data`` (checked with the engine's
  ``validate``), optional ``corrects``, ``person_id``, ``photo_sha256``, ``signed_pdf_sha256``. A finished
  or signed version is never changed; a correction is a new form that names the one it corrects.

Each operation runs in its own savepoint with its id recorded in ``processed_operations`` first: a batch
sent twice, or twenty times at once, applies each operation once, and an invalid operation is refused
without losing the rest of the batch.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import unicodedata
import uuid

import psycopg
from psycopg.types.json import Jsonb

from app.engine.catalog import Catalog, UnknownFormError, forms_dir
from app.engine.rules import ERROR
from app.engine.validate import validate

FINAL = {"finished", "signed", "void"}


class Refused(Exception):
    """A request the server will not serve; ``str()`` is the message shown at the station (Slovenian)."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.status = status


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def ascii_name(text: str | None) -> str:
    """Plain ASCII folding of a name for matching (Ševčenko → sevcenko); cross-script matching comes later."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return " ".join("".join(ch for ch in decomposed if ch.isascii() and (ch.isalnum() or ch == " ")).split())


# --- stations -------------------------------------------------------------------------------------------

def create_station(conn: psycopg.Connection, name: str) -> str:
    """A station to enrol; returns the one-time code an administrator gives to the station."""
    code = "-".join(secrets.token_hex(3).upper() for _ in range(3))
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM stations WHERE name = %s", (name,)).fetchone()
        if exists:
            raise Refused(f"Postaja »{name}« je že vpisana; izberite drugo ime ali jo najprej prekličite.", 409)
        conn.execute("INSERT INTO stations (id, name, enrol_code_hash) VALUES (%s, %s, %s)",
                     (uuid.uuid4(), name, _hash(code)))
    return code


def enrol(conn: psycopg.Connection, code: str) -> dict:
    """Exchange a one-time code for the station's credentials (usable once)."""
    secret = secrets.token_urlsafe(32)
    with conn.transaction():
        row = conn.execute("UPDATE stations SET enrol_code_hash = NULL, secret_hash = %s, enrolled_at = now()"
                           " WHERE enrol_code_hash = %s AND revoked_at IS NULL RETURNING id, name",
                           (_hash(secret), _hash(code.strip().upper()))).fetchone()
    if row is None:
        raise Refused("Enkratna koda ni veljavna ali je že bila uporabljena; skrbnik centralnega registra naj"
                      " postaji izda novo (priloga-server enrol-station).", 403)
    return {"station_id": str(row[0]), "name": row[1], "secret": secret}


def revoke(conn: psycopg.Connection, name: str) -> None:
    with conn.transaction():
        row = conn.execute("UPDATE stations SET revoked_at = now(), secret_hash = NULL, enrol_code_hash = NULL"
                           " WHERE name = %s AND revoked_at IS NULL RETURNING id", (name,)).fetchone()
        if row is None:
            raise Refused(f"Ni postaje »{name}«, ki bi jo bilo mogoče preklicati.", 404)
        conn.execute("INSERT INTO change_log (kind, record_id) VALUES ('station', %s)", (str(row[0]),))


def authenticate(conn: psycopg.Connection, station_id: str, secret: str) -> uuid.UUID:
    try:
        sid = uuid.UUID(station_id)
    except ValueError:
        raise Refused("Postaja ni vpisana v centralni register; vpišite jo z enkratno kodo (priloga enrol).", 401)
    row = conn.execute("SELECT secret_hash, revoked_at, name FROM stations WHERE id = %s", (sid,)).fetchone()
    if row is None:
        raise Refused("Postaja ni vpisana v centralni register; vpišite jo z enkratno kodo (priloga enrol).", 401)
    if row[1] is not None:
        raise Refused(f"Postaja »{row[2]}« je bila preklicana {row[1]:%d. %m. %Y}; centralni register njenih"
                      " sprememb ne sprejema več. Obrnite se na skrbnika centralnega registra.", 403)
    if row[0] is None or not hmac.compare_digest(row[0], _hash(secret)):
        raise Refused("Poverilnice postaje niso pravilne; postajo znova vpišite z novo enkratno kodo.", 401)
    return sid


# --- attachments ----------------------------------------------------------------------------------------

def put_attachment(conn: psycopg.Connection, sha256: str, kind: str, content: bytes) -> bool:
    """Store content under its SHA-256 (checked); returns False when it was already there."""
    if hashlib.sha256(content).hexdigest() != sha256:
        raise Refused("Vsebina priloge se ne ujema z njenim SHA-256; pošljite jo znova.", 400)
    with conn.transaction():
        row = conn.execute("INSERT INTO attachments (sha256, kind, size, content) VALUES (%s, %s, %s, %s)"
                           " ON CONFLICT (sha256) DO NOTHING RETURNING sha256",
                           (sha256, kind, len(content), content)).fetchone()
    return row is not None


def missing_attachments(conn: psycopg.Connection, hashes: list[str]) -> list[str]:
    have = {r[0] for r in conn.execute("SELECT sha256 FROM attachments WHERE sha256 = ANY(%s)", (hashes,))}
    return [h for h in hashes if h not in have]


# --- push -----------------------------------------------------------------------------------------------

class _Invalid(Exception):
    pass


def push(conn: psycopg.Connection, station: uuid.UUID, batch: dict, catalog: Catalog | None = None) -> dict:
    """Apply a batch ``{"batch_id", "audit": {...}, "operations": [...]}``; returns one result per operation."""
    catalog = catalog or _catalog()
    results = []
    with conn.transaction():
        _check_audit(conn, station, batch.get("audit") or {})
        for op in batch.get("operations", []):
            results.append(_apply_once(conn, station, batch.get("batch_id"), op, catalog))
    return {"batch_id": batch.get("batch_id"), "results": results}


def _apply_once(conn, station, batch_id, op, catalog) -> dict:
    try:
        op_id = uuid.UUID(str(op.get("op_id")))
    except ValueError:
        return {"op_id": op.get("op_id"), "status": "rejected", "message": "Operacija nima veljavnega UUID."}
    try:
        with conn.transaction():  # a savepoint: a refused operation leaves the rest of the batch
            claimed = conn.execute("INSERT INTO processed_operations (op_id, station_id, batch_id, result)"
                                   " VALUES (%s, %s, %s, '{}') ON CONFLICT (op_id) DO NOTHING RETURNING op_id",
                                   (op_id, station, batch_id)).fetchone()
            if claimed is None:
                stored = conn.execute("SELECT result FROM processed_operations WHERE op_id = %s", (op_id,)).fetchone()
                return {**stored[0], "op_id": str(op_id), "duplicate": True}
            result = _apply(conn, station, op_id, op, catalog)
            conn.execute("UPDATE processed_operations SET result = %s WHERE op_id = %s", (Jsonb(result), op_id))
            return {**result, "op_id": str(op_id)}
    except _Invalid as refused:
        result = {"status": "rejected", "message": str(refused)}
        with conn.transaction():  # a refusal is an answer too: the same operation sent again gets it again
            conn.execute("INSERT INTO processed_operations (op_id, station_id, batch_id, result) VALUES (%s, %s, %s, %s)"
                         " ON CONFLICT (op_id) DO NOTHING", (op_id, station, batch_id, Jsonb(result)))
        return {**result, "op_id": str(op_id)}


def _apply(conn, station, op_id, op, catalog) -> dict:
    kind = op.get("kind")
    needed = [h for h in op.get("attachments") or [] if isinstance(h, str)]
    if needed and (absent := missing_attachments(conn, needed)):
        raise _Invalid(f"Priloge {', '.join(absent)} še ni na strežniku; najprej jo pošljite, nato zapis.")
    if kind == "person":
        return _apply_person(conn, station, op_id, op)
    if kind == "form":
        return _apply_form(conn, station, op, catalog)
    if kind == "erasure":  # the station erased a person (retention): app.server.supervision.erase_person
        from app.server.supervision import erase_person

        try:
            return erase_person(conn, station, op.get("record_id"))
        except Refused as refused:
            raise _Invalid(str(refused))
    raise _Invalid(f"Neznana vrsta operacije »{kind}«.")


def _apply_person(conn, station, op_id, op) -> dict:
    try:
        person_id = uuid.UUID(str(op.get("record_id")))
    except ValueError:
        raise _Invalid("Oseba nima veljavnega UUID.")
    changes = op.get("changes") or {}
    if not isinstance(changes, dict) or not all(isinstance(v, list) and len(v) == 2 for v in changes.values()):
        raise _Invalid("Spremembe osebe morajo biti {polje: [prej, potem]}.")
    row = conn.execute("SELECT station_id, version, data FROM persons WHERE id = %s FOR UPDATE", (person_id,)).fetchone()
    if row is None:
        data = {field: new for field, (_old, new) in changes.items()}
        conn.execute("INSERT INTO persons (id, station_id, version, data, folded_name) VALUES (%s, %s, 1, %s, %s)",
                     (person_id, station, Jsonb(data), _folded(data)))
        _documents(conn, person_id, op.get("documents"))
        _log(conn, "person", person_id, station)
        found = find_duplicates(conn, person_id)
        return {"status": "applied", "version": 1, "duplicates": found}
    owner, version, data = row
    applied, conflicts = [], []
    for field, (old, new) in changes.items():
        current = data.get(field)
        if current == new:
            continue
        if current == old or (old is None and current in (None, "")):
            data[field] = new
            applied.append(field)
        else:
            conn.execute("INSERT INTO conflicts (kind, record_id, field, base, current, incoming, station_id, op_id)"
                         " VALUES ('person', %s, %s, %s, %s, %s, %s, %s)",
                         (str(person_id), field, Jsonb(old), Jsonb(current), Jsonb(new), station, op_id))
            conflicts.append(field)
    if applied:
        version += 1
        conn.execute("UPDATE persons SET data = %s, version = %s, folded_name = %s, updated_at = now() WHERE id = %s",
                     (Jsonb(data), version, _folded(data), person_id))
        _log(conn, "person", person_id, station)
    _documents(conn, person_id, op.get("documents"))
    return {"status": "conflict" if conflicts else "applied", "version": version, "merged": applied,
            "conflicts": conflicts, "duplicates": find_duplicates(conn, person_id) if applied else []}


def _documents(conn, person_id, documents) -> None:
    for doc in documents or []:
        if not doc.get("number"):
            raise _Invalid("Dokument nima številke.")
        conn.execute("INSERT INTO documents (person_id, kind, number, country, data) VALUES (%s, %s, %s, %s, %s)"
                     " ON CONFLICT DO NOTHING", (person_id, doc.get("kind") or "", _number(doc["number"]),
                                                  doc.get("country") or "", Jsonb(doc)))


def _number(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _folded(data: dict) -> str:
    return ascii_name(f"{data.get('surname') or ''} {data.get('given_name') or ''}")


def _apply_form(conn, station, op, catalog) -> dict:
    try:
        form_id = uuid.UUID(str(op.get("record_id")))
        version = int(op.get("version", 1))
    except (ValueError, TypeError):
        raise _Invalid("Obrazec nima veljavnega UUID ali različice.")
    code, status, data = op.get("code"), op.get("status", "draft"), op.get("data")
    try:
        definition = catalog.get(code, op.get("form_version") or None)
    except (UnknownFormError, KeyError, FileNotFoundError, ValueError):
        raise _Invalid(f"Neznan obrazec »{code}«.")
    if not isinstance(data, dict):
        raise _Invalid(f"Podatki obrazca {code} niso preslikava polj v vrednosti.")
    try:
        findings = validate(definition, data, strict=True)
    except (TypeError, ValueError) as err:
        raise _Invalid(f"Obrazec {code} ni veljaven: {err}")
    errors = [f for f in findings if f.severity == ERROR]
    if errors and status in FINAL:
        first = errors[0]
        raise _Invalid(f"Obrazec {code} ({form_id}) ima {len(errors)} napak in ga ni mogoče sprejeti kot"
                       f" zaključenega; prva: {first.field}: {first.message}")
    for key in ("photo_sha256", "signed_pdf_sha256"):
        if op.get(key) and missing_attachments(conn, [op[key]]):
            raise _Invalid(f"Priloga {op[key]} obrazca {code} še ni na strežniku; najprej jo pošljite, nato obrazec.")
    serial = op.get("serial")
    if isinstance(serial, dict) and serial.get("office"):
        _claim_serial(conn, station, serial["office"], int(serial.get("number") or 0))
    latest = conn.execute("SELECT version, status, station_id FROM forms WHERE id = %s ORDER BY version DESC LIMIT 1"
                          " FOR UPDATE", (form_id,)).fetchone()
    if latest is not None:
        if latest[2] != station:
            raise _Invalid(f"Obrazec {form_id} je obrazec druge postaje; postaja pošilja le svoje.")
        if latest[1] in FINAL:
            raise _Invalid(f"Obrazec {form_id} je zaključen in se ne spreminja; popravek je nov obrazec,"
                           " povezan s prejšnjim.")
        if version <= latest[0]:
            return {"status": "stale", "version": latest[0]}
    conn.execute("INSERT INTO forms (id, version, station_id, person_id, code, form_version, status, data, corrects,"
                 " photo_sha256, signed_pdf_sha256, finished_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                 (form_id, version, station, op.get("person_id"), code, definition.version, status, Jsonb(data),
                  op.get("corrects"), op.get("photo_sha256"), op.get("signed_pdf_sha256"), op.get("finished_at")))
    _log(conn, "form", form_id, station)
    return {"status": "applied", "version": version, "warnings": len(findings) - len(errors), "errors": len(errors)}


def _claim_serial(conn, station, office: str, number: int) -> None:
    """An office's serial book lives at one station: the first that pushes a card of the office holds it."""
    conn.execute("INSERT INTO serial_books (office, station_id) VALUES (%s, %s) ON CONFLICT (office) DO NOTHING",
                 (office, station))
    holder = conn.execute("SELECT s.id, s.name FROM serial_books b JOIN stations s ON s.id = b.station_id"
                          " WHERE b.office = %s", (office,)).fetchone()
    if holder[0] != station:
        raise _Invalid(f"Knjiga serijskih številk urada »{office}« je na postaji »{holder[1]}«; izkaznice tega urada"
                       " izdaja le ta postaja. Izkaznico izdajte tam ali naj skrbnik knjigo prenese.")
    conn.execute("UPDATE serial_books SET last_serial = greatest(last_serial, %s) WHERE office = %s", (number, office))


def _log(conn, kind, record_id, station, target=None) -> None:
    conn.execute("INSERT INTO change_log (kind, record_id, station_id, target_station) VALUES (%s, %s, %s, %s)",
                 (kind, str(record_id), station, target))


# --- audit anchor ---------------------------------------------------------------------------------------

def _check_audit(conn, station, audit: dict) -> None:
    """The batch's audit entries must extend the head the server holds for this station."""
    entries = audit.get("entries") or []
    if not entries:
        return
    head = conn.execute("SELECT seq, hash FROM audit_heads WHERE station_id = %s FOR UPDATE", (station,)).fetchone()
    prev_seq, prev_hash = head if head else (0, None)
    fresh = [e for e in entries if int(e["seq"]) > prev_seq]
    if head and fresh and fresh[0]["prev_hash"] != prev_hash or (fresh and int(fresh[0]["seq"]) != prev_seq + 1):
        raise Refused(f"Revizijska sled postaje se ne nadaljuje od zadnjega vpisa, ki ga hrani centralni register"
                      f" (št. {prev_seq}); sled je bila spremenjena ali obnovljena iz starejše varnostne kopije."
                      " Pošiljanje je ustavljeno; obvestite nadzornika.", 409)
    for before, entry in zip([{"hash": prev_hash}] + fresh, fresh):
        if before["hash"] is not None and entry["prev_hash"] != before["hash"]:
            raise Refused(f"Revizijska sled postaje je pretrgana pri vpisu št. {entry['seq']}.", 409)
        conn.execute("INSERT INTO audit_entries (station_id, seq, hash, prev_hash, entry) VALUES (%s, %s, %s, %s, %s)",
                     (station, int(entry["seq"]), entry["hash"], entry["prev_hash"], Jsonb(entry)))
    if fresh:
        last = fresh[-1]
        conn.execute("INSERT INTO audit_heads (station_id, seq, hash) VALUES (%s, %s, %s) ON CONFLICT (station_id)"
                     " DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, updated_at = now()",
                     (station, int(last["seq"]), last["hash"]))


# --- duplicates -----------------------------------------------------------------------------------------

def find_duplicates(conn, person_id: uuid.UUID) -> list[dict]:
    """Candidates for the supervisor's queue: same EMŠO, same document (number + country), or same birth date
    with the same folded name. Returns the new candidates."""
    found = conn.execute(
        """SELECT o.id, 'emso' FROM persons p JOIN persons o ON o.emso = p.emso AND o.id <> p.id
             WHERE p.id = %(id)s AND p.emso IS NOT NULL AND p.emso <> ''
           UNION SELECT d2.person_id, 'document' FROM documents d1
             JOIN documents d2 ON d2.number = d1.number AND d2.country = d1.country AND d2.person_id <> d1.person_id
             WHERE d1.person_id = %(id)s
           UNION SELECT o.id, 'birth_name' FROM persons p JOIN persons o ON o.birth_date = p.birth_date
             AND o.folded_name = p.folded_name AND o.id <> p.id
             WHERE p.id = %(id)s AND p.birth_date IS NOT NULL AND p.folded_name <> ''""", {"id": person_id}).fetchall()
    new = []
    for other, reason in found:
        a, b = sorted([person_id, other])
        row = conn.execute("INSERT INTO duplicate_candidates (person_a, person_b, reason) VALUES (%s, %s, %s)"
                           " ON CONFLICT DO NOTHING RETURNING id", (a, b, reason)).fetchone()
        if row:
            new.append({"id": row[0], "other": str(other), "reason": reason})
    return new


def merge(conn, candidate_id: int, keep: str) -> None:
    """A supervisor's decision: both records stay, the other one points at ``keep`` (``merged_into``)."""
    with conn.transaction():
        row = conn.execute("SELECT person_a, person_b FROM duplicate_candidates WHERE id = %s AND status = 'open'"
                           " FOR UPDATE", (candidate_id,)).fetchone()
        if row is None:
            raise Refused(f"Kandidata za združitev št. {candidate_id} ni ali je že odločen.", 404)
        keep_id = uuid.UUID(keep)
        if keep_id not in row:
            raise Refused("Ohraniti je mogoče le eno od obeh oseb kandidata.", 400)
        other = row[1] if keep_id == row[0] else row[0]
        conn.execute("UPDATE persons SET merged_into = %s, updated_at = now() WHERE id = %s", (keep_id, other))
        conn.execute("UPDATE duplicate_candidates SET status = 'merged', decided_at = now() WHERE id = %s", (candidate_id,))
        _log(conn, "person", other, None)


# --- pull -----------------------------------------------------------------------------------------------

def pull(conn, station: uuid.UUID, since: int, limit: int = 1000) -> dict:
    """Changes after ``since`` in the server's sequence that this station needs: persons moved to it, code lists
    and revoked stations (never its own changes back)."""
    # persons moved to this station, and this station's persons changed by someone else (a supervisor's
    # decision, another station's edit): app.server.supervision.person_bundle has what the station needs
    rows = conn.execute(
        "SELECT seq, kind, record_id FROM change_log c WHERE seq > %(since)s AND (kind IN ('codelist', 'station')"
        " OR target_station = %(me)s OR (kind = 'person' AND station_id IS DISTINCT FROM %(me)s AND EXISTS"
        " (SELECT 1 FROM persons p WHERE p.id = CASE WHEN c.kind = 'person' THEN c.record_id::uuid END"
        " AND p.station_id = %(me)s))) ORDER BY seq LIMIT %(limit)s",
        {"since": since, "me": station, "limit": limit}).fetchall()
    last = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log WHERE seq > %s", (since,)).fetchone()[0]
    changes = []
    for seq, kind, record_id in rows:
        item = {"seq": seq, "kind": kind, "record_id": record_id}
        if kind == "person":
            from app.server.supervision import person_bundle

            item.update(person_bundle(conn, record_id) or {})
        elif kind == "codelist":
            from app.server.supervision import codelist

            item.update(codelist(conn, record_id))
        elif kind == "conflict":
            from app.server.supervision import conflict_decision

            item.update(conflict_decision(conn, record_id))
        elif kind == "station":
            item.update(revoked=True)
        changes.append(item)
    upto = rows[-1][0] if len(rows) == limit else max(last, since)
    return {"changes": changes, "upto": upto, "more": len(rows) == limit}


_CATALOG: Catalog | None = None


def _catalog() -> Catalog:
    global _CATALOG
    if _CATALOG is None:
        _CATALOG = Catalog(forms_dir())
    return _CATALOG
