"""Drafts: a form's data saved as it is typed, with its photo, wizard page and status."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from app.store import audit
from app.store.db import batch  # noqa: F401  (kept here for its callers: db.batch() is the same)
from app.store.settings import Settings

DRAFT = "draft"
FINISHED = "finished"
STATUSES = (DRAFT, FINISHED)


class DraftNotFound(LookupError):
    """No draft with that id."""

    def __init__(self, draft_id: str):
        super().__init__(f"osnutka {draft_id} ni v zbirki")
        self.draft_id = draft_id


class DraftFinishedError(Exception):
    """A finished form is not changed in place."""

    def __init__(self, draft_id: str):
        super().__init__(f"obrazec {draft_id} je zaključen; za spremembe ga najprej ponovno odprite za urejanje")
        self.draft_id = draft_id


class DraftSignedError(DraftFinishedError):
    """A signed form is final: it is never reopened; a correction is a new version (Workspace.correct)."""

    def __init__(self, draft_id: str):
        Exception.__init__(self, f"obrazec {draft_id} je podpisan in ga ni več mogoče spreminjati; "
                                 "za popravek naredite novo različico obrazca")
        self.draft_id = draft_id


@dataclass(frozen=True)
class DraftSummary:
    id: str
    form_code: str
    status: str
    title: str
    updated_at: str
    created_at: str
    official: str


@dataclass(frozen=True)
class Draft:
    id: str
    form_code: str
    form_version: str
    status: str
    title: str
    page: str | None
    data: dict
    station_id: str
    station_name: str
    official: str
    created_at: str
    updated_at: str
    finished_at: str | None
    photo_sha256: str | None
    person_id: str | None = None
    parent_id: str | None = None


_last_stamp = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def now() -> str:
    """UTC time as ISO 8601 with microseconds (sortable text), strictly increasing in this process so
    that "last changed" orders two changes even within one tick of a coarse clock."""
    global _last_stamp
    stamp = dt.datetime.now(dt.timezone.utc)
    if stamp <= _last_stamp:
        stamp = _last_stamp + dt.timedelta(microseconds=1)
    _last_stamp = stamp
    return stamp.isoformat(timespec="microseconds").replace("+00:00", "Z")


def fold(text: str) -> str:
    """Lower case without diacritics, for search (Sevcenko finds Ševčenko)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class DraftStore:
    """Every write is one durable transaction (WAL, synchronous=FULL): done means on disk."""

    def __init__(self, db: sqlite_utils.Database, title_fields: dict[str, tuple[str, ...]] | None = None):
        self.db = db
        self.settings = Settings(db)
        self.title_fields = title_fields if title_fields is not None else {}
        #: the last count of the name index's matches, with what it depends on (see _matches)
        self._last_matches: tuple[tuple, int] | None = None

    def _title(self, form_code: str, data: dict) -> str:
        names = self.title_fields.get(form_code, ())
        return " ".join(str(data.get(n, "")).strip() for n in names if str(data.get(n, "") or "").strip())

    def create(self, form_code: str, form_version: str, data: dict | None = None, page: str | None = None,
               official: str | None = None, person_id: str | None = None, parent_id: str | None = None) -> Draft:
        """A new draft; `person_id` ties it to a person of the register, `parent_id` to the form it
        was issued from (a receipt from its application)."""
        draft_id = str(uuid.uuid4())
        data = dict(data or {})
        stamp = now()
        title = self._title(form_code, data)
        with self.db.write():
            self.db.execute(
                "INSERT INTO drafts (id, form_code, form_version, status, title, search_text, page, data, station_id,"
                " station_name, official, created_at, updated_at, person_id, parent_id)"
                " VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [draft_id, form_code, form_version, title, fold(title), page, _dump(data), self.settings.station_id,
                 self.settings.station_name, official if official is not None else self.settings.official, stamp, stamp,
                 person_id, parent_id])
            self._audit("create", draft_id, form_code, person_id,
                        {"fields": sorted(k for k, v in data.items() if v not in (None, "", [], {})),
                         **({"parent_id": parent_id} if parent_id else {})})
        return self.get(draft_id)

    def _audit(self, action: str, draft_id: str, form_code: str | None = None, person_id: str | None = None,
               detail: dict | None = None) -> None:
        if form_code is None:
            row = self.db.execute("SELECT form_code, person_id FROM drafts WHERE id = ?", [draft_id]).fetchone()
            form_code, person_id = (row[0], row[1]) if row else (None, None)
        audit.record(self.db, action, target="draft", target_id=draft_id, form_code=form_code, person_id=person_id,
                     detail=detail)

    def get(self, draft_id: str) -> Draft:
        row = self.db.execute(
            "SELECT d.id, form_code, form_version, status, title, page, data, station_id, station_name, official,"
            " created_at, d.updated_at, finished_at, p.sha256, person_id, parent_id"
            " FROM drafts d LEFT JOIN photos p ON p.draft_id = d.id"
            " WHERE d.id = ?", [draft_id]).fetchone()
        if row is None:
            raise DraftNotFound(draft_id)
        return Draft(*row[:6], json.loads(row[6]), *row[7:])

    def _require_editable(self, draft_id: str) -> None:
        row = self.db.execute("SELECT status FROM drafts WHERE id = ?", [draft_id]).fetchone()
        if row is None:
            raise DraftNotFound(draft_id)
        if row[0] != DRAFT:
            raise DraftFinishedError(draft_id)

    def save(self, draft_id: str, data: dict, page: str | None = None, coalesce=None) -> str:
        """Store the whole data of a draft (and the wizard page when given); return the change time.
        `coalesce(changed fields) -> fields to record` lets the caller leave out of the *change* entry
        the fields already recorded in the same editing burst (no entry when none is left)."""
        stamp = now()
        with self.db.write():
            self._require_editable(draft_id)
            form_code, old, person_id = self.db.execute(
                "SELECT form_code, data, person_id FROM drafts WHERE id = ?", [draft_id]).fetchone()
            title = self._title(form_code, data)
            changed = audit.changed_fields(json.loads(old), data)
            if changed and coalesce is not None:
                changed = coalesce(changed)
            if changed:
                self._audit("change", draft_id, form_code, person_id, {"fields": changed})
            if page is None:
                self.db.execute("UPDATE drafts SET data = ?, title = ?, search_text = ?, updated_at = ? WHERE id = ?",
                                [_dump(data), title, fold(title), stamp, draft_id])
            else:
                self.db.execute("UPDATE drafts SET data = ?, title = ?, search_text = ?, page = ?, updated_at = ?"
                                " WHERE id = ?", [_dump(data), title, fold(title), page, stamp, draft_id])
        return stamp

    def set_page(self, draft_id: str, page: str) -> None:
        with self.db.write():
            if self.db.execute("UPDATE drafts SET page = ? WHERE id = ?", [page, draft_id]).rowcount == 0:
                raise DraftNotFound(draft_id)

    def set_photo(self, draft_id: str, image: bytes, original: bytes | None = None, crop: tuple | None = None,
                  data: dict | None = None, photo_field: str = "photo") -> str:
        """Store the cropped photo and mark it in the data (`photo_field` = "sha256:…"); return the mark."""
        digest = "sha256:" + hashlib.sha256(image).hexdigest()
        stamp = now()
        with self.db.write():
            self._require_editable(draft_id)
            self.db.execute(
                "INSERT INTO photos (draft_id, image, original, crop, sha256, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (draft_id) DO UPDATE SET image = excluded.image, original = excluded.original,"
                " crop = excluded.crop, sha256 = excluded.sha256, updated_at = excluded.updated_at",
                [draft_id, image, original, json.dumps(list(crop)) if crop else None, digest, stamp])
            current = dict(data) if data is not None else self.get(draft_id).data
            current[photo_field] = digest
            self.db.execute("UPDATE drafts SET data = ?, updated_at = ? WHERE id = ?", [_dump(current), stamp, draft_id])
            self._audit("photo", draft_id, detail={"change": "set", "field": photo_field})
        return digest

    def photo(self, draft_id: str) -> tuple[bytes, bytes | None, tuple | None] | None:
        """(cropped image, original, crop rectangle) or None."""
        row = self.db.execute("SELECT image, original, crop FROM photos WHERE draft_id = ?", [draft_id]).fetchone()
        if row is None:
            return None
        return row[0], row[1], tuple(json.loads(row[2])) if row[2] else None

    def remove_photo(self, draft_id: str, data: dict | None = None, photo_field: str = "photo") -> None:
        stamp = now()
        with self.db.write():
            self._require_editable(draft_id)
            self.db.execute("DELETE FROM photos WHERE draft_id = ?", [draft_id])
            current = dict(data) if data is not None else self.get(draft_id).data
            current.pop(photo_field, None)
            self.db.execute("UPDATE drafts SET data = ?, updated_at = ? WHERE id = ?", [_dump(current), stamp, draft_id])
            self._audit("photo", draft_id, detail={"change": "removed", "field": photo_field})

    def finish(self, draft_id: str) -> None:
        stamp = now()
        with self.db.write():
            self._require_editable(draft_id)
            self.db.execute("UPDATE drafts SET status = 'finished', finished_at = ?, updated_at = ? WHERE id = ?",
                            [stamp, stamp, draft_id])
            self._audit("finish", draft_id)

    def reopen(self, draft_id: str) -> None:
        """Make a finished (not yet signed) form editable again."""
        with self.db.write():
            if self.db.execute("SELECT 1 FROM signed_documents WHERE draft_id = ? LIMIT 1", [draft_id]).fetchone():
                raise DraftSignedError(draft_id)
            if self.db.execute("UPDATE drafts SET status = 'draft', finished_at = NULL, updated_at = ? WHERE id = ?",
                               [now(), draft_id]).rowcount == 0:
                raise DraftNotFound(draft_id)
            self._audit("reopen", draft_id)

    def delete(self, draft_id: str) -> None:
        with self.db.write():
            self._require_editable(draft_id)
            self._audit("delete", draft_id)
            self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])

    def for_person(self, person_id: str) -> list[DraftSummary]:
        """Every form filed for a person, the most recently changed first."""
        rows = self.db.execute(
            "SELECT id, form_code, status, title, updated_at, created_at, official FROM drafts WHERE person_id = ?"
            " ORDER BY updated_at DESC", [person_id]).fetchall()
        return [DraftSummary(*row) for row in rows]

    def _where(self, search: str | None, form_code: str | None, status: str | None,
               scan: bool = False) -> tuple[str, list]:
        """The WHERE clause of the filters; with `scan`, every word checked by LIKE in the rows read (the list's
        order read until a page is full), none looked up in the name index."""
        clauses, params = [], []
        if search and search.strip():
            words = fold(search).split()
            # words of three letters or more through the trigram index (schema v10): a quoted word is a phrase
            # of its trigrams in a row, i.e. exactly the names that contain it (both sides folded alike), so
            # it needs no LIKE; a shorter word has no trigram and is checked by LIKE in the rows found (or in
            # every name when no word is long enough)
            indexed = [] if scan else [word for word in words if len(word) >= 3]
            if indexed:
                clauses.append("search_key IN (SELECT rowid FROM drafts_names WHERE drafts_names MATCH ?)")
                params.append(_match(indexed))
            for word in words:
                if word in indexed:
                    continue
                clauses.append("search_text LIKE ? ESCAPE '\\'")
                params.append("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if form_code:
            clauses.append("form_code = ?")
            params.append(form_code)
        if status:
            clauses.append("status = ?")
            params.append(status)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list(self, search: str | None = None, form_code: str | None = None, status: str | None = None,
             limit: int = 200, offset: int = 0, after: DraftSummary | None = None) -> list[DraftSummary]:
        """Drafts matching the filters, the most recently changed first; with `after` (the last row of
        the previous page), the page that follows it: found through the index, where an offset reads
        and skips every row before it (0.2 s at row 100,000 of 300,000)."""
        # from one of two covering indexes (schema v13) when searching by name, never the table's rows
        # (several kB each, the listed columns after the form's data: a decrypted page or more per row):
        # - few matches: each form the name index finds looked up in drafts_search_order, the matches sorted;
        # - many (a common name): drafts_listing read in the list's order, each entry's name checked by LIKE,
        #   until the page is full (no sort of thousands of matches, no second pass of the name index)
        # The work of the first ~ matches, of the second ~ entries read until the page is full, i.e.
        # (offset + limit) * forms / matches; an entry read costs about a quarter of a match sorted.
        index = "drafts_search_order" if _indexed(search) else None
        if index and not (form_code or status):
            # (a word too short for the name index makes the matches fewer than counted: read further)
            matches = self._matches([word for word in fold(search).split() if len(word) >= 3])
            forms = self.db.execute("SELECT coalesce(sum(n), 0) FROM draft_counts").fetchone()[0]
            if matches and 4 * matches * matches > (offset + limit) * forms:
                index = "drafts_listing"
        where, params = self._where(search, form_code, status, scan=index == "drafts_listing")
        if after is not None:
            where += (" AND " if where else " WHERE ") + "updated_at <= ? AND (updated_at < ? OR id > ?)"
            params += [after.updated_at, after.updated_at, after.id]
        columns = "id, form_code, status, title, updated_at, created_at, official"
        if index:
            rows = self.db.execute(f"SELECT {columns} FROM drafts INDEXED BY {index}{where}"
                                   f" ORDER BY updated_at DESC, id LIMIT ? OFFSET ?",
                                   params + [limit, offset]).fetchall()
        else:
            rows = self.db.execute(f"SELECT {columns} FROM drafts{where} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?",
                                   params + [limit, offset]).fetchall()
        return [DraftSummary(*row) for row in rows]

    def count(self, search: str | None = None, form_code: str | None = None, status: str | None = None) -> int:
        if not (search and search.strip()):  # kept per kind and status by triggers (schema v4)
            given = [(column, value) for column, value in (("form_code", form_code), ("status", status)) if value]
            where = (" WHERE " + " AND ".join(f"{column} = ?" for column, _ in given)) if given else ""
            return self.db.execute(f"SELECT coalesce(sum(n), 0) FROM draft_counts{where}",
                                   [value for _, value in given]).fetchone()[0]
        where, params = self._where(search, form_code, status)
        if not _indexed(search):  # too short for the index: every name is read
            return self.db.execute(f"SELECT count(*) FROM drafts INDEXED BY drafts_search{where}",
                                   params).fetchone()[0]
        words = fold(search).split()
        if not (form_code or status) and all(len(word) >= 3 for word in words):
            # every word through the name index, no other filter: its rows are the forms (kept by triggers)
            return self._matches(words)
        # the forms found, checked in the covering index (schema v13), not in the table's rows
        return self.db.execute(f"SELECT count(*) FROM drafts INDEXED BY drafts_search_order{where}",
                               params).fetchone()[0]

    def _matches(self, words: list[str]) -> int:
        """How many forms the name index finds for `words` (all of three letters or more). The list's count
        and its first page both need it: kept with what it depends on, this connection's changes and the
        database's data_version (another connection's commits), and counted again when either moved."""
        match = _match(words)
        key = (match, self.db.conn.total_changes, self.db.execute("PRAGMA data_version").fetchone()[0])
        if self._last_matches is not None and self._last_matches[0] == key:
            return self._last_matches[1]
        found = self.db.execute("SELECT count(*) FROM drafts_names WHERE drafts_names MATCH ?", [match]).fetchone()[0]
        self._last_matches = (key, found)
        return found


def _match(words: list[str]) -> str:
    """The name index's query of words (three letters or more): each a phrase, all of them."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)


def _indexed(search: str | None) -> bool:
    """Whether a search goes through the name index (a word of three letters or more)."""
    return bool(search) and any(len(word) >= 3 for word in fold(search).split())


def _dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
