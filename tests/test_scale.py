"""What keeps the app fast with a year of a mass arrival on it (issue 7; the benchmark is tests/bench/):
one transaction for a bulk import, the register's index keyed by person, counts kept by triggers,
keyset pages of the draft list, bounded search ranking, catalogue headings without parsing, and a
start-up path that does not import what it does not use."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.engine.catalog import Catalog, Heading, forms_dir, read_heading
from app.store.db import MIGRATIONS, fts_rowid, open_store
from app.store.drafts import batch
from app.store.register import PersonNotFound
from ws_helpers import open_workspace, other_connection

ROOT = Path(__file__).resolve().parents[1]


def _counts(ws) -> dict:
    return {(f, s): n for f, s, n in ws.db.execute("SELECT form_code, status, count(*) FROM drafts GROUP BY 1, 2")}


def _kept_counts(ws) -> dict:
    return {(f, s): n for f, s, n in ws.db.execute("SELECT form_code, status, n FROM draft_counts WHERE n > 0")}


def test_a_batch_is_one_transaction_and_a_failed_write_inside_leaves_nothing(workspace):
    reg = workspace.register
    with batch(workspace.db):
        olena = reg.add_person(surname="Ševčenko", given_name="Olena")
        with pytest.raises(PersonNotFound):
            reg.link(olena, "no-such-person", "hči", "accompanying")
        marija = reg.add_person(surname="Ševčenko", given_name="Marija")
        reg.link(olena, marija, "hči", "accompanying", reverse_relationship="mati")
        draft = workspace.new_draft("ZZ-1")
        # nothing is on disk until the batch ends
        other = other_connection(workspace)
        assert other.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
        other.close()
    assert reg.count() == 2 and len(reg.links(olena)) == 1 and workspace.drafts.get(draft.id)
    with pytest.raises(RuntimeError):
        with batch(workspace.db):
            reg.add_person(surname="Kovalenko", given_name="Tetjana")
            raise RuntimeError("the import stops")
    assert reg.count() == 2  # all of the failed batch rolled back
    assert workspace.drafts.count() == 1


def test_version_4_rekeys_the_register_index_and_counts_forms(tmp_path):
    path = tmp_path / "v3.sqlite3"
    ws = open_workspace(path)
    olena = ws.register.add_person(surname="Ševčenko", given_name="Olena", emso="1403988505125")
    ws.register.add_document(olena, doc_type="potni list", doc_number="FX 418 207")
    for code in ("ZZ-1", "ZZ-1", "ZZ-8"):
        ws.new_draft(code)
    ws.drafts.finish(ws.drafts.list(form_code="ZZ-8")[0].id)
    # as a version 3 database left it: index rows numbered 1, 2, … and none of version 4's tables
    rows = ws.db.execute("SELECT person_id, names, numbers FROM persons_fts").fetchall()
    ws.db.execute("DROP TABLE persons_fts")
    ws.db.execute('CREATE VIRTUAL TABLE persons_fts USING fts5 (person_id UNINDEXED, names, numbers, '
                  'tokenize = "unicode61 remove_diacritics 2")')
    ws.db.conn.executemany("INSERT INTO persons_fts (person_id, names, numbers) VALUES (?, ?, ?)", rows)
    for name in ("drafts_count_insert", "drafts_count_delete", "drafts_count_update"):
        ws.db.execute(f"DROP TRIGGER {name}")
    for name in ("persons_updated", "drafts_form_updated", "drafts_status_updated", "drafts_search"):
        ws.db.execute(f"DROP INDEX {name}")
    ws.db.execute("DROP TABLE draft_counts")
    ws.db.execute("PRAGMA user_version = 3")
    ws.db.execute("DROP TABLE audit_log")  # and none of version 6's
    ws.db.execute("DROP TABLE accounts")
    from ws_helpers import drop_schema_v8  # none of version 8's

    drop_schema_v8(ws.db)
    for trigger in ("persons_ended_insert", "persons_ended_update"):  # and none of version 7's
        ws.db.execute(f"DROP TRIGGER {trigger}")
    ws.db.execute("ALTER TABLE persons DROP COLUMN protection_ended_on")
    ws.db.execute("ALTER TABLE persons DROP COLUMN latin_name")  # and none of version 9's
    for index in ("family_links_relative", "drafts_parent_id", "signed_documents_previous_id", "print_items_signed_id",
                  "card_serials_draft_id", "card_serials_person_id"):
        ws.db.execute(f"DROP INDEX {index}")
    key = ws._key
    ws.close()

    from types import SimpleNamespace

    from app.store.register import Register

    db = open_store(path, key)
    ws = SimpleNamespace(db=db, register=Register(db), close=db.conn.close)
    assert ws.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert ws.db.execute("SELECT rowid FROM persons_fts WHERE person_id = ?", [olena]).fetchone()[0] == fts_rowid(olena)
    for query in ("sevc", "fx418", "1403988505125"):
        assert [p.id for p in ws.register.search(query)] == [olena]
    ws.register.update_person(olena, surname="Kovač")
    assert ws.db.execute("SELECT count(*) FROM persons_fts").fetchone()[0] == 1
    assert [p.id for p in ws.register.search("kova")] == [olena] and ws.register.search("sevc") == []
    assert _kept_counts(ws) == _counts(ws) == {("ZZ-1", "draft"): 2, ("ZZ-8", "finished"): 1}
    ws.close()


def test_counts_follow_every_change(workspace):
    drafts = workspace.drafts
    ids = [workspace.new_draft(code).id for code in ("ZZ-1", "ZZ-1", "ZZ-2", "ZZ-8")]
    drafts.finish(ids[0])
    drafts.reopen(ids[0])
    drafts.finish(ids[1])
    drafts.delete(ids[2])
    workspace.db.execute("UPDATE drafts SET form_code = 'ZZ-9' WHERE id = ?", [ids[3]])
    assert _kept_counts(workspace) == _counts(workspace)
    assert drafts.count() == 3 and drafts.count(form_code="ZZ-1") == 2 and drafts.count(status="finished") == 1
    assert drafts.count(form_code="ZZ-1", status="draft") == 1 and drafts.count(form_code="ZZ-5") == 0
    ws_title = drafts.get(ids[0])
    drafts.save(ws_title.id, {"surname": "Ševčenko", "given_name": "Olena"})
    assert drafts.count(search="sevc") == 1  # a search still counts the matching rows


def test_pages_after_a_row_are_the_pages_at_an_offset(workspace):
    with batch(workspace.db):
        for i in range(23):
            workspace.new_draft("ZZ-1" if i % 3 else "ZZ-8")
    for filters in ({}, {"form_code": "ZZ-1"}, {"status": "draft"}):
        whole = workspace.drafts.list(limit=100, **filters)
        pages, last = [], None
        while True:
            page = workspace.drafts.list(limit=5, after=last, **filters)
            if not page:
                break
            pages += page
            last = page[-1]
        assert [d.id for d in pages] == [d.id for d in whole]
        assert [d.id for d in workspace.drafts.list(limit=5, offset=5, **filters)] == [d.id for d in whole[5:10]]


def test_a_few_matches_are_ranked_and_many_are_listed_by_name(workspace):
    from app.store.register import RANKED

    reg = workspace.register
    with batch(workspace.db):
        for i in range(RANKED + 10):
            reg.add_person(surname=f"Kovalenko{'' if i % 2 else ' Kovač'}", given_name=f"Ana{i:02d}")
        reg.add_person(surname="Kovač", given_name="Žan")
    few = reg.search("kovac", limit=200)  # every match ranked: the index's own order
    ranked = [r[0] for r in workspace.db.execute(
        "SELECT f.person_id FROM persons_fts f WHERE persons_fts MATCH ? ORDER BY rank", ['names : ("kovac"*)'])]
    assert [p.id for p in few] == ranked and len(ranked) == (RANKED + 10) // 2 + 1 <= RANKED
    many = reg.search("kov", limit=200)
    assert len(many) == RANKED + 11
    assert [(p.surname, p.given_name) for p in many] == sorted((p.surname, p.given_name) for p in many)
    some = reg.search("kov", limit=10)  # more match than asked for: ten of them, by name
    assert len(some) == 10 and {p.id for p in some} <= {p.id for p in many}
    assert [(p.surname, p.given_name) for p in some] == sorted((p.surname, p.given_name) for p in some)


def test_headings_are_read_without_parsing_and_agree_with_the_definitions():
    catalog = Catalog(forms_dir())
    fresh = Catalog(forms_dir())
    for code, heading in catalog.headings().items():
        try:
            definition = fresh.get(code)
        except Exception:  # noqa: BLE001 - a definition another change is still writing
            continue
        assert heading == Heading.of(definition), code


def test_a_broken_heading_reads_the_file_and_says_why(tmp_path):
    path = tmp_path / "zz-1.yaml"
    path.write_text("code: ZZ-1\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(Exception):
        read_heading(path)


def test_start_up_imports_only_what_the_first_window_needs(tmp_path):
    """sqlite-utils (~130 ms), jinja2 and YAML (definitions are read after the window is up), the person
    page and the country list are not on the start-up path, nor on an autosave's."""
    made = open_workspace(tmp_path / "db.sqlite3")
    made.new_draft("ZZ-1")
    made.register.add_person(surname="Ševčenko", given_name="Olena", citizenship="UKR")
    made.close()
    script = f"""
import json, sys
import app.cli
sys.path.insert(0, {str(Path(__file__).parent)!r})
from ws_helpers import open_workspace
ws = open_workspace({str(tmp_path / 'db.sqlite3')!r})
from app.ui.app import create_app
from app.ui.main_window import MainWindow
app = create_app([sys.argv[0]])
window = MainWindow(ws)
window.show()
app.processEvents()
at_start = sorted(m for m in ("sqlite_utils", "jinja2", "yaml", "pycountry", "app.ui.person", "app.ui.wizard")
                  if m in sys.modules)
draft = ws.drafts.list()[0]
ws.save(draft.id, {{"surname": "Ševčenko"}}, page="personal")
print(json.dumps(at_start + (["sqlite_utils after a save"] if "sqlite_utils" in sys.modules else [])))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_open_store_gives_sqlite_utils_on_demand(tmp_path):
    db = open_store(tmp_path / "x.sqlite3")
    assert "persons" in db.table_names()
    assert db["settings"].count == 0
    assert list(db.query("SELECT 1 AS one")) == [{"one": 1}]
