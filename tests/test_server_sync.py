"""Stations (real encrypted workspaces) syncing with a real server process over HTTP."""
from __future__ import annotations

import json
import uuid

import httpx
import psycopg
import pytest

from app.workspace import sync
from tests.server_helpers import pg_bin
from tests.test_server import dsn, enrol, postgres, rows, server, server_cli  # noqa: F401  (fixtures)
from ws_helpers import new_workspace

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")


@pytest.fixture()
def stations(server, tmp_path):
    made = []

    def make(name):
        ws = new_workspace(tmp_path / f"{name}.sqlite3")
        code = server_cli(server.dsn, "enrol-station", name).stdout.strip()
        sync.enrol(ws, server.url, code)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


def outbox_states(ws):
    return dict(ws.db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())


def test_change_goes_to_the_outbox_in_its_transaction_and_is_pushed_once(server, stations):
    ws = stations("A")
    pid = ws.register.add_person(surname="Ševčenko", given_name="Olena", birth_date="1985-03-02")
    ws.register.update_person(pid, phone="040 123 456")
    assert sync.status(ws)["pending"] == 1
    report = sync.sync(ws)
    assert report.pushed == 1 and report.applied == 1 and not report.rejected
    assert rows(server.dsn, "SELECT data->>'surname', data->>'phone', version FROM persons") == [
        ("Ševčenko", "040 123 456", 1)]
    assert sync.status(ws)["pending"] == 0 and outbox_states(ws) == {"done": 2}
    # the station's audit chain is anchored at the server
    head = ws.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert rows(server.dsn, "SELECT seq, hash FROM audit_heads")[0][1] in {
        h for (h,) in ws.db.execute("SELECT hash FROM audit_log")}
    assert sync.sync(ws).pushed == 0  # nothing more to send
    assert rows(server.dsn, "SELECT count(*) FROM processed_operations") == [(1,)]
    assert head


def test_crash_after_server_commit_resends_the_same_operations(server, stations):
    ws = stations("A")
    ws.register.add_person(surname="Kovalenko", given_name="Ivan")
    # the station froze and sent the batch, the server committed, the answer never came back
    batch_id, ops = sync._freeze(ws)
    url, headers = sync._auth(ws)
    httpx.post(url + "/v1/push", json={"batch_id": batch_id, "operations": ops, "audit": {"entries": []}},
               headers=headers)
    assert outbox_states(ws) == {"sent": 1}
    report = sync.push(ws)  # resent as it was: same UUIDs
    assert report.pushed == 1 and not report.rejected
    assert rows(server.dsn, "SELECT count(*), max(version) FROM persons") == [(1, 1)]
    assert rows(server.dsn, "SELECT count(*) FROM processed_operations") == [(1,)]
    assert outbox_states(ws) == {"done": 1}


def test_two_stations_merge_different_fields_and_keep_a_conflict_on_the_same_field(server, stations):
    a, b = stations("A"), stations("B")
    pid = a.register.add_person(surname="Melnyk", given_name="Oksana")
    sync.sync(a)
    # B has the same record (as after a relocation) with the same base the server acknowledged
    b.db.execute("INSERT INTO persons (id, surname, given_name, station_id, created_at, updated_at) VALUES (?, ?, ?, 'x', '', '')",
                 [pid, "Melnyk", "Oksana"])
    base = a.db.execute("SELECT version, data FROM sync_base WHERE record_id = ?", [pid]).fetchone()
    from app.store import outbox
    outbox.ensure(b.db)
    b.db.execute("INSERT INTO sync_base (kind, record_id, version, data) VALUES ('person', ?, ?, ?)", [pid, *base])
    b.db.conn.commit()
    a.register.update_person(pid, phone="040 111 222", given_name="Oksanna")
    b.register.update_person(pid, address_si="Ljubljana", given_name="Oxana")
    assert sync.sync(a).applied == 1
    report = sync.sync(b)
    assert report.conflicts == [f"{pid}: given_name"]
    data = rows(server.dsn, "SELECT data FROM persons WHERE id = %s", pid)[0][0]
    assert (data["phone"], data["address_si"], data["given_name"]) == ("040 111 222", "Ljubljana", "Oksanna")
    assert rows(server.dsn, "SELECT field, current, incoming FROM conflicts") == [("given_name", "Oksanna", "Oxana")]
    assert sync.status(b)["conflicts"] == 1


def test_same_family_at_two_stations_is_a_duplicate_candidate(server, stations):
    a, b = stations("A"), stations("B")
    for ws in (a, b):
        ws.register.add_person(surname="Ševčenko", given_name="Taras", birth_date="1980-01-05")
        ws.register.add_person(surname="Ševčenko", given_name="Ana", birth_date="2015-09-09")
    sync.sync(a)
    assert sync.sync(b).duplicates == 2
    assert rows(server.dsn, "SELECT reason, status FROM duplicate_candidates") == [("birth_name", "open")] * 2


def test_revoked_station_is_told_clearly_and_keeps_its_work(server, stations):
    ws = stations("PU Brežice")
    ws.register.add_person(surname="Bondar", given_name="Petro")
    server_cli(server.dsn, "revoke-station", "PU Brežice")
    with pytest.raises(sync.SyncError, match="preklicana"):
        sync.sync(ws)
    assert sync.status(ws)["pending"] == 1  # nothing lost at the station
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(0,)]


def test_unreachable_server_is_a_clear_message(server, stations):
    ws = stations("A")
    ws.settings.set("sync.url", "http://127.0.0.1:9")
    with pytest.raises(sync.SyncError, match="ni dosegljiv"):
        sync.sync(ws)


def test_draft_with_photo_uploads_the_photo_first(server, stations, sample):
    ws = stations("A")
    draft = ws.new_draft("ZZ-1", sample)
    assert sync.sync(ws).applied == 1
    assert rows(server.dsn, "SELECT code, status FROM forms") == [("ZZ-1", "draft")]


def test_command_line_enrol_and_sync(server, tmp_path):
    import os
    import subprocess
    import sys

    from tests.server_helpers import ROOT
    from ws_helpers import ADMIN, PASSWORD

    db = tmp_path / "cli.sqlite3"
    new_workspace(db).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PRILOGA_USER": ADMIN, "PRILOGA_PASSWORD": PASSWORD}

    def priloga(*args):
        return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=120)

    not_enrolled = priloga("sync")
    assert not_enrolled.returncode == 2 and "priloga enrol" in not_enrolled.stderr
    code = server_cli(server.dsn, "enrol-station", "UE Ljubljana").stdout.strip()
    assert priloga("enrol", server.url, code).returncode == 0
    person = tmp_path / "p.json"
    person.write_text(json.dumps({"surname": "Žagar", "given_name": "Ana"}), encoding="utf-8")
    assert priloga("person-add", str(person)).returncode == 0
    done = priloga("sync")
    assert done.returncode == 0, done.stderr
    assert "sprejeto 1" in done.stdout
    assert rows(server.dsn, "SELECT data->>'surname' FROM persons") == [("Žagar",)]


def test_first_sync_of_a_larger_station_in_batches(server, stations):
    ws = stations("A")
    ids = [ws.register.add_person(surname=f"Ševčenko{i}", given_name="Olena", birth_date="1985-03-02")
           for i in range(1200)]  # more than two batches of 500
    report = sync.sync(ws)
    assert report.pushed == 1200 and report.applied == 1200 and not report.rejected
    assert rows(server.dsn, "SELECT count(*), count(DISTINCT id) FROM persons") == [(1200, 1200)]
    assert {str(r[0]) for r in rows(server.dsn, "SELECT id FROM persons")} == set(ids)
    assert outbox_states(ws) == {"done": 1200}
    station_head = ws.db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert rows(server.dsn, "SELECT seq, hash FROM audit_heads")[0][0] >= 1200
    assert station_head[0] >= 1200


def test_family_typed_in_cyrillic_at_one_station_and_latin_at_another_is_in_the_supervisors_queue(server, stations):
    a, b = stations("PU Brežice"), stations("UE Ljubljana")
    cyrillic = [("Шевченко", "Олена", "1985-03-02"), ("Шевченко", "Тарас", "1983-11-20"),
                ("Шевченко", "Софія", "2016-07-09")]
    latin = [("Ševčenko", "Olena", "1985-03-02"), ("Shevchenko", "Taras", "1983-11-20"),
             ("Sevcenko", "Sofija", "2016-07-09")]
    ids_a = [a.register.add_person(surname=s, given_name=g, birth_date=d) for s, g, d in cyrillic]
    ids_b = [b.register.add_person(surname=s, given_name=g, birth_date=d) for s, g, d in latin]
    b.register.add_person(surname="Shevchenko", given_name="Olena", birth_date="1985-03-03")  # another day: not her
    b.register.add_person(surname="Kovalenko", given_name="Olena", birth_date="1985-03-02")  # another name: not her
    assert sync.sync(a).duplicates == 0
    assert sync.sync(b).duplicates == 3
    queue = rows(server.dsn, "SELECT person_a::text, person_b::text, reason, status FROM duplicate_candidates")
    assert sorted(tuple(sorted(r[:2])) for r in queue) == sorted(tuple(sorted(p)) for p in zip(ids_a, ids_b))
    assert {r[2:] for r in queue} == {("birth_name", "open")}
    # synced again, nothing new is queued twice
    b.register.update_person(ids_b[0], phone="040 123 456")
    assert sync.sync(b).duplicates == 0
    assert len(rows(server.dsn, "SELECT id FROM duplicate_candidates")) == 3
