"""The station's sync outbox against a real server: records made before the outbox existed are queued once at
enrolment; an answered operation keeps its id, hash and answer but not the personal data; erasure clears the
erased person's outbox rows and sync base and queues an erasure that the centre carries out. What is left is
checked in the database file's decrypted pages, as the retention tests do."""
from __future__ import annotations

import hashlib
import json

import pytest

from app.store import outbox
from app.workspace import sync
from tests.server_helpers import pg_bin
from tests.test_retention import EMSO, SURNAME, decrypted_pages, ended, traces  # noqa: F401  (fixture)
from tests.test_server import dsn, postgres, rows, server, server_cli  # noqa: F401  (fixtures)
from tests.ws_helpers import new_workspace

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")


def _enrol(ws, server, name="PU Brežice"):
    code = server_cli(server.dsn, "enrol-station", name).stdout.strip()
    return sync.enrol(ws, server.url, code)


def test_records_made_before_the_outbox_existed_are_queued_once(server, tmp_path):
    ws = new_workspace(tmp_path / "old.sqlite3")
    try:
        ids = [ws.register.add_person(surname=f"Kravčenko{i}", given_name="Olha") for i in range(3)]
        draft = ws.import_draft("ZZ-1", {})
        # a database from before the outbox: the changes above left no rows
        ws.db.execute("DROP TABLE outbox")
        ws.db.execute("DROP TABLE sync_state")
        ws.db._priloga_outbox = False
        assert outbox.pending_count(ws.db) == 0
        _enrol(ws, server)
        assert outbox.pending_count(ws.db) == 4  # queued at enrolment
        with ws.db.write():
            assert outbox.backfill(ws.db) == 0  # idempotent: a queued record is not queued again
        report = sync.sync(ws)
        assert report.pushed == 4 and not report.rejected, report.rejected
        assert {r[0] for r in rows(server.dsn, "SELECT id::text FROM persons")} == set(ids)
        assert rows(server.dsn, "SELECT id::text FROM forms") == [(draft.id,)]
        with ws.db.write():
            assert outbox.backfill(ws.db) == 0  # acknowledged records are never queued again either
        assert sync.sync(ws).pushed == 0
        assert rows(server.dsn, "SELECT count(*) FROM processed_operations") == [(4,)]
    finally:
        ws.close()


def test_an_answered_operation_keeps_its_id_hash_and_answer_not_the_personal_data(server, tmp_path):
    ws = new_workspace(tmp_path / "s.sqlite3")
    try:
        _enrol(ws, server)
        pid = ws.register.add_person(surname="Ščuklježič", given_name="Ђурђиница", emso=EMSO)
        batch_id, ops = sync._freeze(ws)  # frozen before sending: the payload is needed for a resend
        (payload,) = [p for (p,) in ws.db.execute("SELECT payload FROM outbox WHERE payload IS NOT NULL")]
        assert SURNAME in payload
        sent = payload.encode()
        report = sync.push(ws)
        assert report.applied == 1
        (op_id, state, kept, digest, result), = ws.db.execute(
            "SELECT op_id, state, payload, payload_sha256, result FROM outbox WHERE record_id = ?", [pid]).fetchall()
        assert (op_id, state, kept) == (ops[0]["op_id"], "done", None)
        assert digest == hashlib.sha256(sent).hexdigest()
        assert json.loads(result)["status"] == "applied"
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # the operation's text (the person's values as [before, after]) is nowhere in the file any more
        assert f'[null, "{SURNAME}"]'.encode() not in decrypted_pages(ws.path, ws._key)
    finally:
        ws.close()


def test_erasure_clears_the_outbox_and_reaches_the_centre(server, workspace, ended):
    ws, pid = workspace, ended["pid"]
    _enrol(ws, server)
    first = sync.sync(ws)
    assert first.pushed >= 4
    photo = rows(server.dsn, "SELECT data->>'photo_sha256' FROM persons WHERE id = %s", pid)[0][0]
    assert photo and rows(server.dsn, "SELECT count(*) FROM attachments WHERE sha256 = %s", photo) == [(1,)]
    # one change waits in the outbox, one more was frozen into a batch whose answer never came
    ws.register.update_person(pid, phone="+386 41 000 111")
    sync._freeze(ws)
    ws.register.update_person(pid, marital_status="widowed")
    assert ws.db.execute("SELECT count(*) FROM outbox WHERE record_id = ? AND payload IS NOT NULL",
                         [pid]).fetchone()[0] == 1
    assert ws.db.execute("SELECT count(*) FROM sync_base WHERE record_id = ?", [pid]).fetchone()[0] == 1
    ws.erase_due([pid], "potek roka hrambe po 73. členu ZZZRO-1")

    assert traces(decrypted_pages(ws.path, ws._key)) == []  # outbox and sync base included
    assert ws.db.execute("SELECT count(*) FROM outbox WHERE record_id IN (?, ?, ?, ?) AND payload IS NOT NULL",
                         [pid, *ended["drafts"]]).fetchone()[0] == 0
    assert ws.db.execute("SELECT count(*) FROM sync_base WHERE record_id IN (?, ?, ?, ?)",
                         [pid, *ended["drafts"]]).fetchone()[0] == 0
    assert ws.db.execute("SELECT DISTINCT state FROM outbox WHERE kind = 'person' AND record_id = ?",
                         [pid]).fetchall() == [("done",)]
    answers = [json.loads(r) for (r,) in ws.db.execute(
        "SELECT result FROM outbox WHERE record_id IN (?, ?, ?, ?) AND kind <> 'erasure'", [pid, *ended["drafts"]])]
    assert answers and all(set(a) == {"status"} for a in answers)  # the answers keep only their status
    assert {"erased", "applied"} <= {a["status"] for a in answers}
    assert ws.db.execute("SELECT state FROM outbox WHERE kind = 'erasure'").fetchall() == [("pending",)]

    report = sync.sync(ws)
    assert not [m for m in report.rejected if pid in m], report.rejected
    (data, erased_at), = rows(server.dsn, "SELECT data, erased_at FROM persons WHERE id = %s", pid)
    assert data == {} and erased_at is not None
    assert rows(server.dsn, "SELECT count(*) FROM documents WHERE person_id = %s", pid) == [(0,)]
    assert rows(server.dsn, "SELECT count(*) FROM forms WHERE person_id = %s AND data <> '{}'", pid) == [(0,)]
    assert rows(server.dsn, "SELECT count(*) FROM attachments WHERE sha256 = %s", photo) == [(0,)]
    with __import__("psycopg").connect(server.dsn) as conn:
        dump = json.dumps([list(map(str, r)) for t in ("persons", "documents", "forms", "processed_operations")
                           for r in conn.execute(f"SELECT * FROM {t}")], ensure_ascii=False)
    assert SURNAME not in dump and EMSO not in dump
    # the son stays at the centre as he is at the station
    assert rows(server.dsn, "SELECT data->>'surname' FROM persons WHERE id = %s", ended["son"]) == [("Ščuklja",)]
    assert ws.db.execute("SELECT payload FROM outbox WHERE kind = 'erasure'").fetchone()[0] is None
