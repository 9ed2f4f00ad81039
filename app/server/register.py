"""What the server does with the stations' operations, on one PostgreSQL connection.

An operation is a dict ``{"op_id": UUID, "kind": "person"|"form", "record_id": UUID, ...}``:

- person: ``base_version`` (the version the station changed, 0 for a new record) and ``changes``
  ``{field: [old, new]}``; fields the server still holds at ``old`` (or already at ``new``) are applied, a
  field the server holds at a third value is a conflict kept for a supervisor — never a silent last write.
- form: ``version``, ``code``, ``form_version``, ``status``, ``data`` (checked with the engine's
  ``validate``), optional ``corrects``, ``person_id``, ``photo_sha256``, ``signed_pdf_sha256``. A finished
  or signed version is never changed; a correction is a new form that names the one it corrects.

A batch is one transaction, applied set-based (``push``): the operations already processed (their ids are kept
in ``processed_operations`` with their answers) are answered as before, so a batch sent twice, or twenty times
at once, applies each operation once; the rest are checked in Python (forms with the engine's ``validate``)
against the register's state read with one query per table, and written with one statement per table. An
invalid operation is refused without losing the rest of the batch.

Duplicates: a person's name is kept as folded keys per birth date (``person_name_keys``, the engine's
``app.engine.names.search_keys``), so the same date of birth with Шевченко, Ševčenko, Shevchenko or Sevcenko
meets; the same EMŠO and the same document (number + issuing country) meet too.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import uuid

import psycopg

from app.engine.catalog import Catalog, UnknownFormError, forms_dir
from app.engine.names import names_meet
from app.engine.rules import ERROR
from app.engine.validate import validate

from app.server.records import Refused, full_name as _full_name, log_change as _log, person_keys, refresh_name_keys  # noqa: F401

FINAL = {"finished", "signed", "void"}


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


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


def put_attachments(conn: psycopg.Connection, items: list[tuple[str, str, bytes]]) -> int:
    """Store several ``(sha256, kind, content)`` at once (each checked against its SHA-256); returns how many
    were new."""
    for sha256, _kind, content in items:
        if hashlib.sha256(content).hexdigest() != sha256:
            raise Refused(f"Vsebina priloge {sha256} se ne ujema z njenim SHA-256; pošljite jo znova.", 400)
    if not items:
        return 0
    with conn.transaction():
        _stage(conn, "attachments", items, ["text", "text", "bytea"])
        cur = conn.execute("INSERT INTO attachments (sha256, kind, size, content) SELECT sha256, kind, length(content),"
                           " content FROM stage_attachments ON CONFLICT (sha256) DO NOTHING")
        return cur.rowcount


def missing_attachments(conn: psycopg.Connection, hashes: list[str]) -> list[str]:
    have = {r[0] for r in conn.execute("SELECT sha256 FROM attachments WHERE sha256 = ANY(%s)", (hashes,))}
    return [h for h in hashes if h not in have]


# --- push -----------------------------------------------------------------------------------------------

class _Invalid(Exception):
    pass


#: at most this many other persons are looked at per EMŠO, document and name key (at one birth date) of a person
#: of the batch: a name or date shared by more people is no evidence on its own, and the search stays linear in
#: the batch (a station of 10,000 families named Ševčenko born on one day does not make 10,000² candidates)
CANDIDATES_PER_KEY = 10
_REASONS = ("emso", "document", "birth_name")


def push(conn: psycopg.Connection, station: uuid.UUID, batch: dict, catalog: Catalog | None = None) -> dict:
    """Apply a batch ``{"batch_id", "audit": {...}, "operations": [...]}``; returns one result per operation.

    One transaction per batch, set-based: the station's row is locked (one station's batches are applied one
    after another; different stations' run side by side), the operations already processed are found with one
    query and answered with their stored result, every form is validated with the engine in Python, and what
    the valid operations change is written with one statement per table (``unnest`` of arrays, ``COPY`` for the
    audit entries). An operation found invalid is answered ``rejected`` (its refusal stored, so sending it again
    gives the same answer) and writes nothing; the rest of the batch is applied."""
    catalog = catalog or _catalog()
    batch_id = batch.get("batch_id")
    with conn.transaction():
        _lock_station(conn, station)
        _check_audit(conn, station, batch.get("audit") or {})
        results = _Batch(conn, station, catalog).apply(batch_id, batch.get("operations") or [])
    return {"batch_id": batch_id, "results": results}


def _lock_station(conn, station) -> None:
    row = conn.execute("SELECT name, revoked_at FROM stations WHERE id = %s FOR NO KEY UPDATE", (station,)).fetchone()
    if row is None:
        raise Refused("Postaja ni vpisana v centralni register; vpišite jo z enkratno kodo (priloga enrol).", 401)
    if row[1] is not None:
        raise Refused(f"Postaja »{row[0]}« je bila preklicana {row[1]:%d. %m. %Y}; centralni register njenih"
                      " sprememb ne sprejema več. Obrnite se na skrbnika centralnega registra.", 403)


def _uuid(value, message: str) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise _Invalid(message)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class _Batch:
    """The operations of one batch against the state the register holds, read once and written once."""

    def __init__(self, conn, station, catalog):
        self.conn, self.station, self.catalog = conn, station, catalog
        self.persons: dict[uuid.UUID, dict] = {}      # id → {"station", "version", "data", "new", "changed", "keys"}
        self.forms: dict[uuid.UUID, tuple] = {}       # id → (version, status, station) of the newest version
        self.new_forms: list[tuple] = []
        self.documents: dict[tuple, dict] = {}
        self.conflicts: list[tuple] = []
        self.log: list[tuple[str, str]] = []
        self.serials: dict[str, int] = {}
        self.touched: dict[uuid.UUID, int] = {}       # person → index of the last operation that changed it

    # -- the pass over the operations ----------------------------------------------------------------------

    def apply(self, batch_id, ops: list[dict]) -> list[dict]:
        conn = self.conn
        answers: list[dict | None] = [None] * len(ops)
        parsed: list[tuple[int, uuid.UUID, dict]] = []
        for index, op in enumerate(ops):
            try:
                parsed.append((index, uuid.UUID(str(op.get("op_id"))), op))
            except ValueError:
                answers[index] = {"op_id": op.get("op_id"), "status": "rejected",
                                  "message": "Operacija nima veljavnega UUID."}
        stored = dict(conn.execute("SELECT op_id, result FROM processed_operations WHERE op_id = ANY(%s)",
                                   ([op_id for _i, op_id, _op in parsed],)).fetchall()) if parsed else {}
        fresh, first = [], {}
        for index, op_id, op in parsed:
            if op_id in stored:
                answers[index] = {**stored[op_id], "op_id": str(op_id), "duplicate": True}
            elif op_id in first:  # the same operation twice in one batch: applied once
                first[op_id].append(index)
            else:
                first[op_id] = [index]
                fresh.append((index, op_id, op))
        checked = [(index, op_id, op, self._check(op)) for index, op_id, op in fresh]
        self._read(checked)
        erasures: list[tuple[uuid.UUID, dict]] = []
        results: dict[uuid.UUID, dict] = {}
        for index, op_id, op, check in checked:
            try:
                if isinstance(check, _Invalid):
                    raise check
                if op.get("kind") == "erasure":
                    erasures.append((op_id, op))
                    continue
                result = self._person(index, op_id, op) if op.get("kind") == "person" else self._form(op, check)
            except _Invalid as refused:
                result = {"status": "rejected", "message": str(refused)}
            results[op_id] = result
        self._write()
        self._duplicates(results, {index: op_id for index, op_id, _op, _c in checked})
        for op_id, op in erasures:  # after the batch's own changes of the person: nothing of theirs stays
            results[op_id] = self._erase(op)
        if results:
            conn.execute("INSERT INTO processed_operations (op_id, station_id, batch_id, result)"
                         " SELECT u.op_id, %s, %s, u.result::jsonb FROM unnest(%s::uuid[], %s::text[]) AS u(op_id, result)"
                         " ON CONFLICT (op_id) DO NOTHING",
                         (self.station, batch_id, list(results), [_json(r) for r in results.values()]))
        for op_id, indexes in first.items():
            answers[indexes[0]] = {**results[op_id], "op_id": str(op_id)}
            for again in indexes[1:]:
                answers[again] = {**results[op_id], "op_id": str(op_id), "duplicate": True}
        return answers

    def _check(self, op: dict):
        """What can be checked without the register's state: the operation's shape and the engine's
        validation of a form. Returns the form's definition and findings, or the refusal."""
        try:
            kind = op.get("kind")
            if kind == "person":
                _uuid(op.get("record_id"), "Oseba nima veljavnega UUID.") or _invalid("Oseba nima veljavnega UUID.")
                changes = op.get("changes") or {}
                if not isinstance(changes, dict) or not all(isinstance(v, list) and len(v) == 2
                                                            for v in changes.values()):
                    raise _Invalid("Spremembe osebe morajo biti {polje: [prej, potem]}.")
                if any(not (isinstance(d, dict) and d.get("number")) for d in op.get("documents") or []):
                    raise _Invalid("Dokument nima številke.")
                return None
            if kind == "erasure":  # the station erased a person (retention): applied after the batch's writes
                _uuid(op.get("record_id"), "Oseba nima veljavnega UUID.") or _invalid("Oseba nima veljavnega UUID.")
                return None
            if kind != "form":
                raise _Invalid(f"Neznana vrsta operacije »{kind}«.")
            return self._check_form(op)
        except _Invalid as refused:
            return refused

    def _check_form(self, op: dict) -> tuple:
        try:
            form_id = uuid.UUID(str(op.get("record_id")))
            version = int(op.get("version", 1))
        except (ValueError, TypeError):
            raise _Invalid("Obrazec nima veljavnega UUID ali različice.")
        code, status, data = op.get("code"), op.get("status", "draft"), op.get("data")
        try:
            definition = self.catalog.get(code, op.get("form_version") or None)
        except (UnknownFormError, KeyError, FileNotFoundError, ValueError, TypeError, AttributeError):
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
        person_id = _uuid(op.get("person_id"), f"Obrazec {code} navaja osebo z neveljavnim UUID.")
        corrects = _uuid(op.get("corrects"), f"Obrazec {code} popravlja obrazec z neveljavnim UUID.")
        serial = op.get("serial")
        office = number = None
        if isinstance(serial, dict) and serial.get("office"):
            try:
                office, number = str(serial["office"]), int(serial.get("number") or 0)
            except (TypeError, ValueError):
                raise _Invalid(f"Serijska številka obrazca {code} ni število.")
        return (form_id, version, definition, len(findings) - len(errors), len(errors), person_id, corrects,
                office, number)

    def _read(self, checked) -> None:
        """The register's state of every record the batch names, read (and the persons locked) at once."""
        conn = self.conn
        hashes = set()
        person_ids, form_ids, offices = set(), set(), set()
        for _index, _op_id, op, check in checked:
            if isinstance(check, _Invalid):
                continue
            if op.get("kind") == "erasure":
                continue
            hashes.update(h for h in op.get("attachments") or [] if isinstance(h, str))
            if op.get("kind") == "person":
                person_ids.add(uuid.UUID(str(op["record_id"])))
            else:
                hashes.update(op[k] for k in ("photo_sha256", "signed_pdf_sha256") if isinstance(op.get(k), str))
                form_ids.add(check[0])
                if check[7]:
                    offices.add(check[7])
        self.have = {r[0] for r in conn.execute("SELECT sha256 FROM attachments WHERE sha256 = ANY(%s)",
                                                (sorted(hashes),))} if hashes else set()
        if person_ids:  # locked in id order: two batches that share persons never wait for each other in a cycle
            for pid, owner, version, data, erased in conn.execute(
                    "SELECT id, station_id, version, data, erased_at FROM persons WHERE id = ANY(%s) ORDER BY id"
                    " FOR UPDATE", (sorted(person_ids),)):
                self.persons[pid] = {"station": owner, "version": version, "data": data, "new": False,
                                     "changed": False, "names": False, "erased": erased}
        if form_ids:
            self.forms = {fid: (version, status, owner) for fid, version, status, owner in conn.execute(
                "SELECT DISTINCT ON (id) id, version, status, station_id FROM forms WHERE id = ANY(%s)"
                " ORDER BY id, version DESC", (sorted(form_ids),))}
        self.books = {}
        if offices:
            conn.execute("INSERT INTO serial_books (office, station_id) SELECT unnest(%s::text[]), %s"
                         " ON CONFLICT (office) DO NOTHING", (sorted(offices), self.station))
            self.books = {office: (holder, name) for office, holder, name in conn.execute(
                "SELECT b.office, s.id, s.name FROM serial_books b JOIN stations s ON s.id = b.station_id"
                " WHERE b.office = ANY(%s)", (sorted(offices),))}

    def _attachments(self, op: dict, extra=()) -> None:
        needed = [h for h in op.get("attachments") or [] if isinstance(h, str)]
        absent = [h for h in needed if h not in self.have]
        if absent:
            raise _Invalid(f"Priloge {', '.join(absent)} še ni na strežniku; najprej jo pošljite, nato zapis.")
        for digest in extra:
            if digest and digest not in self.have:
                raise _Invalid(f"Priloga {digest} obrazca {op.get('code')} še ni na strežniku; najprej jo pošljite,"
                               " nato obrazec.")

    def _person(self, index: int, op_id: uuid.UUID, op: dict) -> dict:
        self._attachments(op)
        person_id = uuid.UUID(str(op["record_id"]))
        changes = op.get("changes") or {}
        held = self.persons.get(person_id)
        if held is None:
            data = {field: new for field, (_old, new) in changes.items()}
            self.persons[person_id] = {"station": self.station, "version": 1, "data": data, "new": True,
                                       "changed": True, "names": True}
            self._documents(person_id, op.get("documents"))
            self.log.append(("person", str(person_id)))
            self.touched[person_id] = index
            return {"status": "applied", "version": 1, "duplicates": []}
        if held.get("erased") is not None:
            raise _Invalid(f"Osebe {person_id} ni več v centralnem registru: njeni podatki so bili izbrisani"
                           f" {held['erased']:%d. %m. %Y}, ko je potekel rok hrambe (73. člen ZZZRO-1); sprememb zanjo"
                           " ni mogoče sprejeti. Če je oseba znova prišla, jo vpišite kot novo osebo.")
        data = held["data"]
        applied, conflicts = [], []
        for field, (old, new) in changes.items():
            current = data.get(field)
            if current == new:
                continue
            if current == old or (old is None and current in (None, "")):
                data[field] = new
                applied.append(field)
            else:
                self.conflicts.append((str(person_id), field, _json(old), _json(current), _json(new), op_id))
                conflicts.append(field)
        if applied:
            held["version"] += 1
            held["changed"] = True
            held["names"] = held["names"] or bool({"surname", "given_name", "latin_name", "birth_date"} & set(applied))
            self.log.append(("person", str(person_id)))
            self.touched[person_id] = index
        self._documents(person_id, op.get("documents"))
        return {"status": "conflict" if conflicts else "applied", "version": held["version"], "merged": applied,
                "conflicts": conflicts, "duplicates": []}

    def _documents(self, person_id, documents) -> None:
        for doc in documents or []:
            key = (person_id, doc.get("kind") or "", _number(doc["number"]), doc.get("country") or "")
            self.documents.setdefault(key, doc)

    def _form(self, op: dict, check: tuple) -> dict:
        form_id, version, definition, warnings, errors, person_id, corrects, office, number = check
        code = op.get("code")
        self._attachments(op, (op.get("photo_sha256"), op.get("signed_pdf_sha256")))
        latest = self.forms.get(form_id)
        if latest is not None:
            if latest[2] != self.station:
                raise _Invalid(f"Obrazec {form_id} je obrazec druge postaje; postaja pošilja le svoje.")
            if latest[1] in FINAL:
                raise _Invalid(f"Obrazec {form_id} je zaključen in se ne spreminja; popravek je nov obrazec,"
                               " povezan s prejšnjim.")
            if version <= latest[0]:
                return {"status": "stale", "version": latest[0]}
        if office:
            holder, name = self.books[office]
            if holder != self.station:
                raise _Invalid(f"Knjiga serijskih številk urada »{office}« je na postaji »{name}«; izkaznice tega"
                               " urada izdaja le ta postaja. Izkaznico izdajte tam ali naj skrbnik knjigo prenese.")
            self.serials[office] = max(self.serials.get(office, 0), number)
        status = op.get("status", "draft")
        self.forms[form_id] = (version, status, self.station)
        self.new_forms.append((str(form_id), version, person_id and str(person_id), code, definition.version, status,
                               _json(op["data"]), corrects and str(corrects), op.get("photo_sha256"),
                               op.get("signed_pdf_sha256"), op.get("finished_at")))
        self.log.append(("form", str(form_id)))
        return {"status": "applied", "version": version, "warnings": warnings, "errors": errors}

    # -- the writes: one statement per table -------------------------------------------------------------

    def _write(self) -> None:
        conn, station = self.conn, self.station
        new = [(pid, p) for pid, p in self.persons.items() if p["new"]]
        if new:
            _stage(conn, "persons", ((str(pid), p["version"], _json(p["data"])) for pid, p in new))
            conn.execute("INSERT INTO persons (id, station_id, version, data) SELECT id, %s, version, data"
                         " FROM stage_persons ON CONFLICT (id) DO NOTHING", (station,))
        changed = [(pid, p) for pid, p in self.persons.items() if p["changed"] and not p["new"]]
        if changed:
            conn.execute("UPDATE persons p SET data = u.data::jsonb, version = u.version, updated_at = now()"
                         " FROM unnest(%s::uuid[], %s::int[], %s::text[]) AS u(id, version, data) WHERE p.id = u.id",
                         ([pid for pid, _p in changed], [p["version"] for _pid, p in changed],
                          [_json(p["data"]) for _pid, p in changed]))
        renamed = [(pid, p) for pid, p in self.persons.items() if p["names"]]
        if renamed:
            stale = [pid for pid, p in renamed if not p["new"]]
            if stale:
                conn.execute("DELETE FROM person_name_keys WHERE person_id = ANY(%s)", (stale,))
            rows = [(pid, p["data"].get("birth_date"), key) for pid, p in renamed if p["data"].get("birth_date")
                    for key in person_keys(p["data"])]
            if rows:
                conn.execute("INSERT INTO person_name_keys (person_id, birth_date, key) SELECT * FROM"
                             " unnest(%s::uuid[], %s::text[], %s::text[]) ON CONFLICT DO NOTHING",
                             tuple(map(list, zip(*rows))))
        if self.documents:
            keys = list(self.documents)
            conn.execute("INSERT INTO documents (person_id, kind, number, country, data) SELECT u.p, u.k, u.n, u.c,"
                         " u.d::jsonb FROM unnest(%s::uuid[], %s::text[], %s::text[], %s::text[], %s::text[])"
                         " AS u(p, k, n, c, d) ON CONFLICT DO NOTHING",
                         (*map(list, zip(*keys)), [_json(self.documents[k]) for k in keys]))
        if self.new_forms:
            _stage(conn, "forms", self.new_forms)
            conn.execute("INSERT INTO forms (id, version, station_id, person_id, code, form_version, status, data,"
                         " corrects, photo_sha256, signed_pdf_sha256, finished_at) SELECT id, version, %s, person_id,"
                         " code, form_version, status, data, corrects, photo, pdf, finished_at FROM stage_forms"
                         " ON CONFLICT (id, version) DO NOTHING", (station,))
        if self.conflicts:
            conn.execute("INSERT INTO conflicts (kind, record_id, field, base, current, incoming, station_id, op_id)"
                         " SELECT 'person', u.r, u.f, u.b::jsonb, u.c::jsonb, u.i::jsonb, %s, u.o FROM unnest(%s::text[],"
                         " %s::text[], %s::text[], %s::text[], %s::text[], %s::uuid[]) AS u(r, f, b, c, i, o)",
                         (station, *map(list, zip(*self.conflicts))))
        if self.serials:
            conn.execute("UPDATE serial_books b SET last_serial = greatest(b.last_serial, u.n) FROM"
                         " unnest(%s::text[], %s::int[]) AS u(o, n) WHERE b.office = u.o",
                         (list(self.serials), list(self.serials.values())))
        if self.log:
            conn.execute("INSERT INTO change_log (kind, record_id, station_id) SELECT u.k, u.r, %s FROM"
                         " unnest(%s::text[], %s::text[]) WITH ORDINALITY AS u(k, r, n) ORDER BY u.n",
                         (station, *map(list, zip(*self.log))))

    def _erase(self, op: dict) -> dict:
        from app.server.supervision import erase_person

        try:
            with self.conn.transaction():  # a savepoint: a refused erasure leaves the rest of the batch
                return erase_person(self.conn, self.station, op.get("record_id"))
        except Refused as refused:
            return {"status": "rejected", "message": str(refused)}

    def _duplicates(self, results: dict[uuid.UUID, dict], op_of_index: dict[int, uuid.UUID]) -> None:
        """The batch's new and changed persons against the register, set-based; each new candidate is told in
        the result of the operation that last changed the later of its two persons."""
        changed = [pid for pid, p in self.persons.items() if p["changed"]]
        if not changed:
            return
        found = find_candidates(self.conn, changed)
        for cid, a, b, reason in found:
            mine = [pid for pid in (a, b) if pid in self.touched]
            pid = max(mine, key=self.touched.get)
            other = b if pid == a else a
            result = results[op_of_index[self.touched[pid]]]
            result.setdefault("duplicates", []).append({"id": cid, "other": str(other), "reason": reason})
        for result in results.values():
            if result.get("duplicates"):
                result["duplicates"].sort(key=lambda d: (_REASONS.index(d["reason"]), d["other"]))


#: temporary tables a batch's bulk rows are copied into (``COPY``, formatted by psycopg's C code) before one
#: ``INSERT … SELECT … ON CONFLICT``; made once per connection, emptied at every commit
_STAGES = {
    "persons": "id uuid, version integer, data jsonb",
    "forms": "id uuid, version integer, person_id uuid, code text, form_version text, status text, data jsonb,"
             " corrects uuid, photo text, pdf text, finished_at text",
    "attachments": "sha256 text, kind text, content bytea",
}


def _stage(conn, name: str, rows, binary_types: list[str] | None = None) -> None:
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS stage_{name} ({_STAGES[name]}) ON COMMIT DELETE ROWS")
    fmt = " (FORMAT BINARY)" if binary_types else ""
    with conn.cursor().copy(f"COPY stage_{name} FROM STDIN{fmt}") as copy:
        if binary_types:
            copy.set_types(binary_types)
        for row in rows:
            copy.write_row(row)


def _invalid(message: str):
    raise _Invalid(message)


def _number(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


# --- audit anchor ---------------------------------------------------------------------------------------

def _check_audit(conn, station, audit: dict) -> None:
    """The batch's audit entries must extend the head the server holds for this station; the new ones are
    copied in (``COPY``), the head moves to the last."""
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
    for before, entry in zip([{"hash": prev_hash, "seq": prev_seq}] + fresh, fresh):
        if (before["hash"] is not None and entry["prev_hash"] != before["hash"]) or int(entry["seq"]) != int(before["seq"]) + 1:
            raise Refused(f"Revizijska sled postaje je pretrgana pri vpisu št. {entry['seq']}.", 409)
    if not fresh:
        return
    with conn.cursor().copy("COPY audit_entries (station_id, seq, hash, prev_hash, entry) FROM STDIN") as copy:
        for entry in fresh:
            copy.write_row((str(station), int(entry["seq"]), entry["hash"], entry["prev_hash"], _json(entry)))
    last = fresh[-1]
    conn.execute("INSERT INTO audit_heads (station_id, seq, hash) VALUES (%s, %s, %s) ON CONFLICT (station_id)"
                 " DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, updated_at = now()",
                 (station, int(last["seq"]), last["hash"]))


# --- duplicates -----------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=65536)
def _names_meet(a: str, b: str) -> bool:
    return names_meet(a, b)


def find_candidates(conn, person_ids: list[uuid.UUID]) -> list[tuple[int, uuid.UUID, uuid.UUID, str]]:
    """Duplicate candidates of these persons for the supervisor's queue, found with one query: the same EMŠO,
    the same document (number + issuing country), or the same date of birth with a name that meets across
    scripts (a shared key from ``person_name_keys``, then ``app.engine.names.names_meet`` on the two names).
    At most ``CANDIDATES_PER_KEY`` others per EMŠO, document and name key. Returns the candidates that are new
    as ``(id, person_a, person_b, reason)``, ``person_a < person_b``."""
    rows = conn.execute(
        """SELECT p.id, o.id, 'emso' FROM persons p CROSS JOIN LATERAL (
                SELECT o.id FROM persons o WHERE o.emso = p.emso AND o.emso <> '' AND o.id <> p.id LIMIT %(n)s) o
             WHERE p.id = ANY(%(ids)s) AND p.emso IS NOT NULL AND p.emso <> ''
           UNION SELECT d.person_id, o.person_id, 'document' FROM documents d CROSS JOIN LATERAL (
                SELECT e.person_id FROM documents e WHERE e.number = d.number AND e.country = d.country
                 AND e.person_id <> d.person_id LIMIT %(n)s) o
             WHERE d.person_id = ANY(%(ids)s)
           UNION SELECT k.person_id, o.person_id, 'birth_name' FROM person_name_keys k CROSS JOIN LATERAL (
                SELECT l.person_id FROM person_name_keys l WHERE l.birth_date = k.birth_date AND l.key = k.key
                 AND l.person_id <> k.person_id LIMIT %(n)s) o
             WHERE k.person_id = ANY(%(ids)s)""", {"ids": list(person_ids), "n": CANDIDATES_PER_KEY}).fetchall()
    pairs = {(min(a, b), max(a, b), reason) for a, b, reason in rows}
    by_name = {(a, b) for a, b, reason in pairs if reason == "birth_name"}
    if by_name:
        names = {pid: _full_name(data) for pid, data in conn.execute(
            "SELECT id, jsonb_build_object('surname', data->'surname', 'given_name', data->'given_name',"
            " 'latin_name', data->'latin_name') FROM persons WHERE id = ANY(%s)",
            (list({pid for pair in by_name for pid in pair}),))}
        pairs = {(a, b, r) for a, b, r in pairs if r != "birth_name" or _names_meet(names[a], names[b])}
    if not pairs:
        return []
    ordered = sorted(pairs, key=lambda p: (_REASONS.index(p[2]), p[0], p[1]))
    return [(cid, a, b, reason) for cid, a, b, reason in conn.execute(
        "INSERT INTO duplicate_candidates (person_a, person_b, reason) SELECT * FROM"
        " unnest(%s::uuid[], %s::uuid[], %s::text[]) ON CONFLICT DO NOTHING RETURNING id, person_a, person_b, reason",
        tuple(map(list, zip(*ordered)))).fetchall()]


def find_duplicates(conn, person_id: uuid.UUID) -> list[dict]:
    """The new candidates of one person (``find_candidates``), as ``{"id", "other", "reason"}``."""
    return [{"id": cid, "other": str(b if a == person_id else a), "reason": reason}
            for cid, a, b, reason in find_candidates(conn, [person_id])]


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


def load_catalog() -> Catalog:
    """Read every form definition now (the server does it at start: the first push does not wait for it)."""
    catalog = _catalog()
    for code in catalog.codes():
        try:
            catalog.get(code)
        except Exception:  # a definition that does not load is refused at the push that names it  # noqa: BLE001
            pass
    return catalog


def _catalog() -> Catalog:
    global _CATALOG
    if _CATALOG is None:
        _CATALOG = Catalog(forms_dir())
    return _CATALOG
