"""Drafts in SQLite: saved whole, found by name without diacritics, listed by last change."""

import sqlite3
import uuid

import pytest

from app.store import DraftFinishedError, DraftNotFound, StoreError
from app.store.db import MIGRATIONS, open_store
from app.workspace import FormHasErrors


def test_new_database_in_the_data_folder(tmp_path, monkeypatch):
    from app.paths import default_db_path
    from ws_helpers import new_workspace

    monkeypatch.setenv("PRILOGA_DATA_DIR", str(tmp_path / "nested" / "Priloga"))
    ws = new_workspace(None)
    assert ws.path == default_db_path() == tmp_path / "nested" / "Priloga" / "priloga.sqlite3"
    assert ws.path.exists()
    assert ws.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    ws.close()


def test_draft_round_trip_with_identity(workspace, sample):
    draft = workspace.new_draft("ZZ-1")
    assert uuid.UUID(draft.id).version == 4
    assert draft.form_version == workspace.definition("ZZ-1").version
    assert draft.station_id == workspace.settings.station_id and draft.official == "Mojca Žagar"
    assert draft.data["official_name"] == "Mojca Žagar" and draft.data["office"] == "Policijska postaja Brežice"
    workspace.save(draft.id, sample, page="documents")
    again = workspace.drafts.get(draft.id)
    assert again.data == sample and again.page == "documents"
    assert again.title == "Ševčenko Olena"


def test_search_sort_and_filter(workspace):
    names = [("Ševčenko", "Olena"), ("Kovalenko", "Tetjana"), ("Шевченко", "Андрій")]
    ids = []
    for surname, given in names:
        draft = workspace.new_draft("ZZ-1")
        workspace.save(draft.id, {"surname": surname, "given_name": given})
        ids.append(draft.id)
    assert [d.id for d in workspace.drafts.list(search="sevc")] == [ids[0]]
    assert [d.id for d in workspace.drafts.list(search="ŠEVČENKO olena")] == [ids[0]]
    assert [d.id for d in workspace.drafts.list(search="шевч")] == [ids[2]]
    assert [d.id for d in workspace.drafts.list()] == ids[::-1]
    workspace.save(ids[0], {"surname": "Ševčenko", "given_name": "Olena", "phone": "+386 41 000 000"})
    assert workspace.drafts.list()[0].id == ids[0]
    assert workspace.drafts.count(form_code="ZZ-1") == 3
    assert workspace.drafts.count(status="finished") == 0
    assert workspace.drafts.list(search="100%_") == []


def test_finish_only_without_errors_and_then_locked(workspace, sample):
    draft = workspace.new_draft("ZZ-1")
    with pytest.raises(FormHasErrors) as caught:
        workspace.finish(draft.id)
    assert caught.value.findings
    workspace.save(draft.id, sample)
    workspace.finish(draft.id)
    assert workspace.drafts.get(draft.id).status == "finished"
    with pytest.raises(DraftFinishedError):
        workspace.save(draft.id, {**sample, "surname": "X"})
    assert workspace.drafts.get(draft.id).data == sample
    workspace.drafts.reopen(draft.id)
    workspace.save(draft.id, {**sample, "surname": "X"})


def test_photo_stored_with_the_draft(workspace, sample):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (200, 150, 100)).save(buffer, "JPEG")
    draft = workspace.new_draft("ZZ-1")
    digest = workspace.attach_photo(draft.id, buffer.getvalue(), crop=(100, 0, 466, 600), data=sample)
    stored = workspace.drafts.get(draft.id)
    assert stored.data["photo"] == digest == stored.photo_sha256
    image, original, crop = workspace.drafts.photo(draft.id)
    assert Image.open(io.BytesIO(image)).size == (413, 531)
    assert crop == (100, 0, 466, 600) and original
    workspace.drafts.remove_photo(draft.id)
    assert workspace.drafts.photo(draft.id) is None and "photo" not in workspace.drafts.get(draft.id).data


def test_unknown_draft(workspace):
    with pytest.raises(DraftNotFound):
        workspace.drafts.get(str(uuid.uuid4()))


def test_corrupt_database_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="varnostne kopije"):
        open_store(path)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(StoreError, match="novejša različica"):
        open_store(path)


def test_locked_database_keeps_data_and_says_so(workspace, sample):
    draft = workspace.new_draft("ZZ-1")
    from ws_helpers import other_connection

    other = other_connection(workspace)
    other.execute("BEGIN EXCLUSIVE")
    workspace.db.conn.execute("PRAGMA busy_timeout = 100")
    try:
        with pytest.raises(StoreError, match="drug program"):
            workspace.save(draft.id, sample)
    finally:
        other.rollback()
        other.close()
    workspace.save(draft.id, sample)
    assert workspace.drafts.get(draft.id).data == sample


# --- the unit of work ------------------------------------------------------------------------------------------------

def test_one_unit_of_work_nests_and_rolls_back_only_what_failed(workspace, sample):
    """`with db.write():` is one durable transaction; a write inside another is a savepoint: its failure
    undoes it alone, the outer one still commits; a failure of the outer one undoes everything."""
    db = workspace.db
    draft = workspace.new_draft("ZZ-1")
    with db.write():
        workspace.save(draft.id, {**sample, "surname": "Ena"})
        with pytest.raises(RuntimeError):
            with db.write():
                workspace.save(draft.id, {**sample, "surname": "Dva"})
                raise RuntimeError("inner")
        assert workspace.draft(draft.id).data["surname"] == "Ena"
    assert not db.conn.in_transaction and workspace.draft(draft.id).data["surname"] == "Ena"
    with pytest.raises(RuntimeError):
        with db.write():
            workspace.save(draft.id, {**sample, "surname": "Tri"})
            raise RuntimeError("outer")
    assert workspace.draft(draft.id).data["surname"] == "Ena"


def test_a_wait_for_a_held_database_is_the_stores_setting(workspace, sample):
    """`db.write(wait=…)` and `workspace.waiting(…)` wait that long for a database another program holds,
    say so in the store's words, and leave the usual wait (5 s) as it was."""
    import time

    from ws_helpers import other_connection

    draft = workspace.new_draft("ZZ-1")
    other = other_connection(workspace)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="drug program"):
            with workspace.db.write(wait=0.1):
                pass
        with pytest.raises(StoreError, match="drug program"):
            with workspace.waiting(0.1):
                workspace.save(draft.id, sample)
        assert time.monotonic() - started < 2.5
    finally:
        other.rollback()
        other.close()
    assert workspace.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    with workspace.waiting(0.1):
        workspace.save(draft.id, sample)
    assert workspace.draft(draft.id).data == sample


def _found_by_scan(workspace, search):
    """What the list showed before the name index: every word a substring of the folded name."""
    from app.store.drafts import fold

    words = fold(search).split()
    rows = workspace.db.execute("SELECT id, search_text FROM drafts ORDER BY updated_at DESC, id").fetchall()
    return [row[0] for row in rows if all(word in row[1] for word in words)]


def test_name_search_through_the_trigram_index_finds_what_the_scan_found(workspace):
    names = [("Ševčenko", "Olena"), ("Kovalenko", "Tetjana"), ("Шевченко", "Андрій"), ("Sevcenko", "Mykola"),
             ("O'Brien", "Ana"), ("Žagar", "Li"), ("Kovač", "Oleh \"Olja\"")]
    ids = []
    for surname, given in names:
        draft = workspace.new_draft("ZZ-1")
        workspace.save(draft.id, {"surname": surname, "given_name": given})
        ids.append(draft.id)
    plan = " ".join(str(r) for r in workspace.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM drafts" + workspace.drafts._where("sevc", None, None)[0],
        workspace.drafts._where("sevc", None, None)[1]).fetchall())
    assert "drafts_names" in plan and "VIRTUAL TABLE INDEX" in plan
    queries = ["sevc", "SEVČ", "ševčenko olena", "шевч", "enko", "ko", "li", "o'br", "oleh \"olja", "kov ole",
               "nobody", "100%_", "čenko myk", "ŠEVČENKO", "АНДРІЙ", "ndr", "enko enko", "a b c",
               "sevc ol", "enko o", "o enko"]

    def check():
        for query in queries:
            expected = _found_by_scan(workspace, query)
            assert [d.id for d in workspace.drafts.list(search=query)] == expected, query
            assert workspace.drafts.count(search=query) == len(expected), query
            # a page at a time (keyset, as the list scrolls; and by offset) gives the same rows in the same order
            paged, last = [], None
            while True:
                page = workspace.drafts.list(search=query, limit=2, after=last)
                if not page:
                    break
                paged += [d.id for d in page]
                last = page[-1]
            assert paged == expected, query
            assert [d.id for d in workspace.drafts.list(search=query, limit=2, offset=1)] == expected[1:3], query
            # one row a page by offset: the first pages read the list's order (many matches for the rows
            # wanted), the later ones look the matches up and sort them; the same rows either way
            assert [workspace.drafts.list(search=query, limit=1, offset=k)[0].id for k in range(len(expected))] \
                == expected, query
            # with the filters of kind and status
            finished = set(r[0] for r in workspace.db.execute("SELECT id FROM drafts WHERE status = 'finished'"))
            assert [d.id for d in workspace.drafts.list(search=query, form_code="ZZ-1", status="finished")] == \
                [i for i in expected if i in finished], query
            assert workspace.drafts.count(search=query, status="finished") == len(finished & set(expected)), query
            assert workspace.drafts.count(search=query, form_code="ZZ-2") == 0, query

    check()
    workspace.drafts.finish(ids[1])
    workspace.drafts.finish(ids[2])
    check()
    assert [d.id for d in workspace.drafts.list(search="sevc")] == [ids[3], ids[0]]
    assert workspace.drafts.count(search="sevc", form_code="ZZ-1") == 2
    # a renamed draft is found by its new name only, a deleted one no longer
    workspace.save(ids[0], {"surname": "Bondarenko", "given_name": "Olena"})
    workspace.drafts.delete(ids[3])
    assert workspace.drafts.list(search="sevc") == [] and workspace.drafts.count(search="bondar") == 1
    check()
    # VACUUM may renumber the drafts' rowids: the index is keyed by a number kept in the row
    workspace.db.execute("VACUUM")
    check()
    fresh = workspace.new_draft("ZZ-1")
    workspace.save(fresh.id, {"surname": "Ševčuk", "given_name": "Ivan"})
    assert [d.id for d in workspace.drafts.list(search="sevc")] == [fresh.id]
    check()


def test_the_name_index_migration_indexes_the_drafts_already_there(tmp_path):
    from app.store.db import connect, migrate
    from sqlite_utils import Database

    db = Database(connect(tmp_path / "old.sqlite3"))
    db.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    for number in range(len(MIGRATIONS) - 1):
        with db.conn:
            db.execute("BEGIN IMMEDIATE")
            MIGRATIONS[number](db)
    for n, title in enumerate(["sevcenko olena", "kovalenko tetjana"]):  # search_text is folded
        db.execute("INSERT INTO drafts (id, form_code, form_version, title, search_text, data, station_id, created_at,"
                   " updated_at) VALUES (?, 'ZZ-1', '1', ?, ?, '{}', 's', ?, ?)",
                   [f"d{n}", title, title, f"2026-01-0{n + 1}", f"2026-01-0{n + 1}"])
    db.conn.commit()
    migrate(db)
    from app.store.drafts import DraftStore

    store = DraftStore(db)
    assert [d.id for d in store.list(search="sevc")] == ["d0"] and store.count(search="enko") == 2
    db.conn.close()
