"""The register of persons: enter a person once, with documents, photo and family links.

Search is diacritics-insensitive (FTS5, `remove_diacritics 2`): *Sevcenko* finds *Ševčenko*, by
name prefix, EMŠO, document number or date of birth.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import sqlite_utils

from app.engine.dates import parse_date
from app.engine.names import has_cyrillic, index_names, latin_form, names_meet, search_keys  # noqa: F401 (index_names: the store names it)
from app.engine.prefill import DOCUMENT_ATTRIBUTES, LINK_KINDS, PERSON_ATTRIBUTES
from app.store import audit
from app.store.drafts import fold, now
from app.store.settings import Settings
from app.store.db import StoreError, fts_rowid

STATUSES = ("applicant", "granted", "ended")
#: a search matching at most this many persons lists them best match first; more are listed by name
RANKED = 50
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _latin_default(attributes: dict, current: dict | None = None) -> str | None:
    """The Latin form kept for a Cyrillic name when none was given (e.g. from an MRZ)."""
    merged = {**(current or {}), **attributes}
    name = f"{merged.get('surname') or ''} {merged.get('given_name') or ''}".strip()
    if has_cyrillic(name):
        return latin_form(name, nationality=merged.get("citizenship"))
    return None


@dataclass(frozen=True)
class PossibleDuplicate:
    """A person already in the register who may be the one being entered, and why (Slovenian)."""
    person: "PersonSummary"
    reasons: tuple[str, ...]


class PersonNotFound(LookupError):
    """No person with that id in the register."""

    def __init__(self, person_id: str):
        super().__init__(f"osebe {person_id} ni v registru")
        self.person_id = person_id


class RegisterError(ValueError):
    """A register change that cannot be made; the message says why."""


@dataclass(frozen=True)
class PersonSummary:
    id: str
    surname: str
    given_name: str
    birth_date: str | None
    emso: str | None
    citizenship: str | None
    status: str

    @property
    def name(self) -> str:
        return f"{self.surname} {self.given_name}".strip()


def _cell(value):
    """A value as sqlite-utils stores it (its `jsonify_if_needed`): lists and dicts as JSON, dates as ISO text."""
    if value is None or isinstance(value, (str, int, float, bytes)):
        return value
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    if isinstance(value, (dt.date, dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, (dt.timedelta, uuid.UUID)):
        return str(value)
    from decimal import Decimal

    return float(value) if isinstance(value, Decimal) else value


def _insert(db: sqlite_utils.Database, table: str, row: dict) -> None:
    """One row as sqlite-utils' `insert` writes it, without its per-call look-ups of the table's columns:
    a person is added in a third of the time."""
    db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
               [_cell(v) for v in row.values()])


def number_key(text: str) -> str:
    """A document number as searched: upper case, letters and digits only ("FX 418 207" → "FX418207")."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


class Register:
    def __init__(self, db: sqlite_utils.Database, settings: Settings | None = None):
        self.db = db
        self.settings = settings or Settings(db)

    # --- writing -------------------------------------------------------------------------------
    def add_person(self, documents: Iterable[dict] = (), **attributes) -> str:
        """A new person with their `documents`, in one transaction; returns the id (UUID). Unknown attributes
        are refused, and a document that cannot be written leaves no person either."""
        self._check(attributes)
        documents = list(documents)
        for document in documents:
            self._check_document(document)
        person_id = str(uuid.uuid4())
        stamp = now()
        row = {a: attributes.get(a) for a in PERSON_ATTRIBUTES}
        row["latin_name"] = row["latin_name"] or _latin_default(attributes)
        row.update(surname=row["surname"] or "", given_name=row["given_name"] or "", id=person_id,
                   status=attributes.get("status", "applicant"), station_id=self.settings.station_id,
                   official=self.settings.official, created_at=stamp, updated_at=stamp, extra="{}")
        with self.db.write():
            _insert(self.db, "persons", row)
            self._index(person_id)
            audit.record(self.db, "register", target="person", target_id=person_id, person_id=person_id,
                         detail={"change": "created", "fields": sorted(k for k in attributes if attributes[k])})
            for document in documents:
                self.add_document(person_id, **document)
        return person_id

    def update_person(self, person_id: str, **attributes) -> None:
        """Change some attributes of a person (e.g. a correction taken back from a form)."""
        self._check(attributes)
        if not attributes:
            return
        with self.db.write():
            self._require(person_id)
            changes = {**attributes, "updated_at": now()}
            if ("surname" in attributes or "given_name" in attributes) and "latin_name" not in attributes:
                current = self.db.execute("SELECT surname, given_name, citizenship FROM persons WHERE id = ?",
                                          [person_id]).fetchone()
                latin = _latin_default(attributes, dict(zip(("surname", "given_name", "citizenship"), current)))
                if latin:
                    changes["latin_name"] = latin
            self.db.execute(f"UPDATE persons SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                            [_cell(v) for v in changes.values()] + [person_id])
            self._index(person_id)
            audit.record(self.db, "register", target="person", target_id=person_id, person_id=person_id,
                         detail={"change": "updated", "fields": sorted(attributes)})

    def _check(self, attributes: dict) -> None:
        unknown = set(attributes) - set(PERSON_ATTRIBUTES) - {"status"}
        if unknown:
            raise RegisterError(f"neznan podatek o osebi: {', '.join(sorted(unknown))}")
        if attributes.get("status", "applicant") not in STATUSES:
            raise RegisterError(f"stanje osebe je lahko le {', '.join(STATUSES)}")

    def _require(self, person_id: str) -> None:
        if self.db.execute("SELECT 1 FROM persons WHERE id = ?", [person_id]).fetchone() is None:
            raise PersonNotFound(person_id)

    def _index(self, person_id: str) -> None:
        person = self.db.execute("SELECT surname, given_name, emso, latin_name, citizenship FROM persons WHERE id = ?",
                                 [person_id]).fetchone()
        numbers = [r[0] for r in self.db.execute(
            "SELECT doc_number_key FROM person_documents WHERE person_id = ?", [person_id]).fetchall()]
        rowid = fts_rowid(person_id)
        self.db.execute("DELETE FROM persons_fts WHERE rowid = ?", [rowid])
        self.db.execute("INSERT INTO persons_fts (rowid, person_id, names, numbers) VALUES (?, ?, ?, ?)",
                        [rowid, person_id, index_names(person[0], person[1], person[3], person[4]),
                         " ".join([person[2] or ""] + numbers)])

    def _check_document(self, document) -> None:
        if not isinstance(document, dict):
            raise RegisterError("dokument mora biti JSON-objekt s podatki dokumenta")
        unknown = set(document) - set(DOCUMENT_ATTRIBUTES)
        if unknown:
            raise RegisterError(f"neznan podatek o dokumentu: {', '.join(sorted(map(str, unknown)))}")

    def add_document(self, person_id: str, **document) -> str:
        self._check_document(document)
        document_id = str(uuid.uuid4())
        with self.db.write():
            self._require(person_id)
            _insert(self.db, "person_documents", {
                "id": document_id, "person_id": person_id, "created_at": now(),
                **{a: document.get(a) or ("" if a in ("doc_type", "doc_number") else None) for a in DOCUMENT_ATTRIBUTES},
                "doc_number_key": number_key(document.get("doc_number") or "")})
            self._index(person_id)
            audit.record(self.db, "register", target="document", target_id=document_id, person_id=person_id,
                         detail={"change": "created", "doc_type": document.get("doc_type") or ""})
        return document_id

    def link(self, person_id: str, relative_id: str, relationship: str, kind: str, legal_representative: bool = False,
             accompanies_minor: bool = False, reverse_relationship: str | None = None) -> None:
        """Record that `relative_id` is the person's `relationship` (e.g. mati); with
        `reverse_relationship` the link is recorded the other way too (e.g. hči)."""
        if kind not in LINK_KINDS:
            raise RegisterError(f"vrsta povezave je lahko le {', '.join(LINK_KINDS)}")
        if person_id == relative_id:
            raise RegisterError("oseba ne more biti sama svoj družinski član")
        with self.db.write():
            self._require(person_id)
            self._require(relative_id)
            self._upsert_link(person_id, relative_id, relationship, kind, legal_representative, accompanies_minor)
            if reverse_relationship is not None:
                self._upsert_link(relative_id, person_id, reverse_relationship, kind, False, False)
            audit.record(self.db, "register", target="link", target_id=relative_id, person_id=person_id,
                         detail={"change": "linked", "kind": kind, "legal_representative": bool(legal_representative)})

    def _upsert_link(self, person_id, relative_id, relationship, kind, legal_representative, accompanies_minor):
        self.db.execute(
            "INSERT INTO family_links (id, person_id, relative_id, relationship, kind, legal_representative,"
            " accompanies_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, relative_id)"
            " DO UPDATE SET relationship = excluded.relationship, kind = excluded.kind,"
            " legal_representative = excluded.legal_representative, accompanies_minor = excluded.accompanies_minor",
            [str(uuid.uuid4()), person_id, relative_id, relationship, kind, int(legal_representative),
             int(accompanies_minor), now()])

    def set_photo(self, person_id: str, image: bytes) -> None:
        with self.db.write():
            self._require(person_id)
            self.db.execute(
                "INSERT INTO person_photos (person_id, image, sha256, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET image = excluded.image, sha256 = excluded.sha256,"
                " updated_at = excluded.updated_at",
                [person_id, image, hashlib.sha256(image).hexdigest(), now()])
            audit.record(self.db, "photo", target="person", target_id=person_id, person_id=person_id,
                         detail={"change": "set"})

    # --- reading -------------------------------------------------------------------------------
    def get(self, person_id: str) -> dict:
        """The person's attributes (with id and status)."""
        rows = list(self.db.query("SELECT * FROM persons WHERE id = ?", [person_id]))
        if not rows:
            raise PersonNotFound(person_id)
        person = rows[0]
        person.pop("extra", None)
        return person

    def documents(self, person_id: str) -> list[dict]:
        return [{a: row[a] for a in DOCUMENT_ATTRIBUTES} for row in self.db.query(
            "SELECT * FROM person_documents WHERE person_id = ? ORDER BY created_at", [person_id])]

    def links(self, person_id: str) -> list[dict]:
        """The person's relatives: each the relative's attributes plus relationship, kind and flags."""
        out = []
        for row in self.db.query(
                "SELECT l.relationship, l.kind, l.legal_representative, l.accompanies_minor, p.* FROM family_links l"
                " JOIN persons p ON p.id = l.relative_id WHERE l.person_id = ? ORDER BY p.birth_date, p.surname",
                [person_id]):
            row.pop("extra", None)
            row["legal_representative"] = bool(row["legal_representative"])
            row["accompanies_minor"] = bool(row["accompanies_minor"])
            out.append(row)
        return out

    def photo(self, person_id: str) -> bytes | None:
        row = self.db.execute("SELECT image FROM person_photos WHERE person_id = ?", [person_id]).fetchone()
        return row[0] if row else None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM persons").fetchone()[0]

    def search(self, query: str, limit: int = 50) -> list[PersonSummary]:
        """Persons by name prefix (diacritics and case ignored), EMŠO, document number or date of birth:
        up to RANKED of them best match first; when more match, `limit` of them by name."""
        query = (query or "").strip()
        columns = "p.id, p.surname, p.given_name, p.birth_date, p.emso, p.citizenship, p.status"
        if not query:
            rows = self.db.execute(f"SELECT {columns} FROM persons p ORDER BY p.updated_at DESC LIMIT ?", [limit])
            return [PersonSummary(*r) for r in rows.fetchall()]
        day = parse_date(query)
        if day is not None:
            rows = self.db.execute(f"SELECT {columns} FROM persons p WHERE p.birth_date = ? ORDER BY p.surname, "
                                   f"p.given_name LIMIT ?", [day.isoformat(), limit])
            return [PersonSummary(*r) for r in rows.fetchall()]
        tokens = _TOKEN.findall(fold(query))
        if not tokens:
            return []
        # each word as typed (diacritics ignored by the index) or as any of its folded keys (any script)
        names = " AND ".join("(" + " OR ".join(dict.fromkeys(f'"{k}"*' for k in [t, *search_keys(t)])) + ")"
                             for t in tokens)
        key = number_key(fold(query))  # "FX 418 207" is one document number
        match = f"names : ({names})" + (f' OR numbers : ("{key}"*)' if key else "")
        try:
            found = [r[0] for r in self.db.execute(
                "SELECT person_id FROM persons_fts WHERE persons_fts MATCH ? LIMIT ?", [match, limit + 1])]
            if len(found) <= min(limit, RANKED):  # a few: every match, best first (bm25), as the index ranks them
                rows = self.db.execute(
                    f"SELECT {columns} FROM (SELECT person_id, rank FROM persons_fts WHERE persons_fts MATCH ?) f"
                    f" JOIN persons p INDEXED BY persons_listing ON p.id = f.person_id ORDER BY f.rank",
                    [match]).fetchall()
            else:
                # Many (a few letters match thousands at 100,000 persons): `limit` of them by name. Ranking
                # costs ~12 µs a match: every match of a short prefix ~70 ms, even 200 of them more than
                # the rest of the search.
                # The rows shown are read from one covering index (persons_listing, schema v11), not from the
                # table: 200 persons at random places of a register of 100,000 cost ~200 page reads (each
                # decrypted) in the table, a few in the index (cycling the queries: median 4.6 → 1.4 ms).
                shown = found[:limit]
                rows = self.db.execute(
                    f"SELECT {columns} FROM persons p INDEXED BY persons_listing WHERE p.id IN"
                    f" ({', '.join('?' * len(shown))}) ORDER BY p.surname, p.given_name", shown).fetchall()
        except Exception as exc:  # a query FTS cannot parse is no match, not a crash
            raise StoreError(f"iskanje »{query}« ni uspelo ({exc})") from exc
        return [PersonSummary(*r) for r in rows]

    def possible_duplicates(self, attributes: dict, documents=(), exclude: str | None = None) -> list[PossibleDuplicate]:
        """Persons who may be the one described by `attributes` (and their `documents`): the same EMŠO,
        a document with the same number (spaces and case ignored; the same issuer when both name one),
        or the same date of birth with a name that matches across scripts. Every look-up is indexed."""
        columns = "p.id, p.surname, p.given_name, p.birth_date, p.emso, p.citizenship, p.status"
        reasons: dict[str, list[str]] = {}
        emso = (attributes.get("emso") or "").strip()
        if emso:
            for (pid,) in self.db.execute("SELECT id FROM persons WHERE emso = ?", [emso]).fetchall():
                reasons.setdefault(pid, []).append(f"isti EMŠO {emso}")
        for doc in documents or ():
            key = number_key(doc.get("doc_number") or "")
            if not key:
                continue
            for pid, issued_by in self.db.execute(
                    "SELECT person_id, issued_by FROM person_documents WHERE doc_number_key = ?", [key]).fetchall():
                issuer = (doc.get("issued_by") or "").strip()
                if issuer and issued_by and fold(issuer) != fold(issued_by):
                    continue
                reasons.setdefault(pid, []).append(f"isti dokument št. {doc.get('doc_number')}")
        day = attributes.get("birth_date")
        day = day.isoformat() if isinstance(day, dt.date) else parse_date(str(day)).isoformat() \
            if day and parse_date(str(day)) else None
        name = f"{attributes.get('surname') or ''} {attributes.get('given_name') or ''}"
        if day and name.strip():
            both = f"{name} {attributes.get('latin_name') or ''}"
            for pid, surname, given_name, latin in self.db.execute(
                    "SELECT id, surname, given_name, latin_name FROM persons WHERE birth_date = ?", [day]).fetchall():
                if names_meet(both, f"{surname} {given_name} {latin or ''}"):
                    reasons.setdefault(pid, []).append("isti datum rojstva in ime")
        reasons.pop(exclude, None)
        if not reasons:
            return []
        rows = self.db.execute(f"SELECT {columns} FROM persons p WHERE p.id IN ({', '.join('?' * len(reasons))})"
                               f" ORDER BY p.surname, p.given_name", list(reasons)).fetchall()
        return [PossibleDuplicate(PersonSummary(*r), tuple(dict.fromkeys(reasons[r[0]]))) for r in rows]
