"""The central register against a real PostgreSQL and a real uvicorn process, over HTTP."""
from __future__ import annotations

import concurrent.futures
import hashlib
import subprocess
import sys
import uuid

import httpx
import psycopg
import pytest

from app.engine.catalog import Catalog, forms_dir
from app.engine.validate import has_errors, validate
from tests.server_helpers import ROOT, Postgres, ServerProcess, pg_bin

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")


@pytest.fixture(scope="session")
def postgres():
    pg = Postgres().start()
    yield pg
    pg.stop()


@pytest.fixture()
def dsn(postgres, request):
    return postgres.create_database("t_" + uuid.uuid4().hex[:12])


def server_cli(dsn: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.server.cli", "--dsn", dsn, *args], capture_output=True,
                          text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=60)


@pytest.fixture()
def server(dsn):
    assert server_cli(dsn, "migrate").returncode == 0
    proc = ServerProcess(dsn).start()
    yield proc
    proc.stop()


def enrol(server, name: str) -> dict:
    code = server_cli(server.dsn, "enrol-station", name).stdout.strip()
    answer = httpx.post(server.url + "/v1/enrol", json={"code": code})
    assert answer.status_code == 200, answer.text
    creds = answer.json()
    return {"Authorization": f"Station {creds['station_id']}:{creds['secret']}"}


def push(server, headers, operations, audit=None, batch_id=None):
    body = {"batch_id": batch_id or str(uuid.uuid4()), "operations": operations, "audit": audit or {"entries": []}}
    return httpx.post(server.url + "/v1/push", json=body, headers=headers, timeout=60)


def person_op(record_id=None, base=0, **changes):
    return {"op_id": str(uuid.uuid4()), "kind": "person", "record_id": record_id or str(uuid.uuid4()),
            "base_version": base, "changes": {k: list(v) if isinstance(v, tuple) else [None, v] for k, v in changes.items()}}


def rows(dsn, sql, *params):
    with psycopg.connect(dsn) as conn:
        return conn.execute(sql, params).fetchall()


def valid_form(code="ZZ-1"):
    definition = Catalog(forms_dir()).get(code)
    assert definition.sample and not has_errors(validate(definition, definition.sample, strict=True))
    return definition.sample


def test_migrate_is_numbered_and_runs_once(dsn):
    first = server_cli(dsn, "migrate")
    assert first.returncode == 0 and "1" in first.stdout
    again = server_cli(dsn, "migrate")
    assert again.returncode == 0 and "nobena" in again.stdout
    from app.server.db import migrations

    assert rows(dsn, "SELECT version FROM schema_version ORDER BY version") == [(v,) for v, _, _ in migrations()]


def test_openapi_describes_the_push(server):
    spec = httpx.get(server.url + "/openapi.json").json()
    assert {"/v1/push", "/v1/pull", "/v1/enrol"} <= set(spec["paths"])


def test_one_time_code_works_once_and_wrong_credentials_are_refused(server):
    code = server_cli(server.dsn, "enrol-station", "PU Brežice").stdout.strip()
    assert httpx.post(server.url + "/v1/enrol", json={"code": code}).status_code == 200
    again = httpx.post(server.url + "/v1/enrol", json={"code": code})
    assert again.status_code == 403 and "Enkratna koda" in again.json()["detail"]
    sid = rows(server.dsn, "SELECT id FROM stations")[0][0]
    bad = push(server, {"Authorization": f"Station {sid}:wrong"}, [person_op(surname="X")])
    assert bad.status_code == 401 and "Poverilnice" in bad.json()["detail"]
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(0,)]


def test_same_batch_pushed_twice_changes_nothing_the_second_time(server):
    headers = enrol(server, "A")
    ops = [person_op(surname="Ševčenko", given_name="Olena", birth_date="1985-03-02")]
    batch_id = str(uuid.uuid4())
    first = push(server, headers, ops, batch_id=batch_id).json()
    before = rows(server.dsn, "SELECT seq FROM change_log")
    second = push(server, headers, ops, batch_id=batch_id).json()
    assert first["results"][0]["status"] == "applied" and second["results"][0]["duplicate"] is True
    assert rows(server.dsn, "SELECT count(*), max(version) FROM persons") == [(1, 1)]
    assert rows(server.dsn, "SELECT seq FROM change_log") == before


def test_twenty_concurrent_pushes_of_one_operation_make_one_row(dsn):
    assert server_cli(dsn, "migrate").returncode == 0
    proc = ServerProcess(dsn, workers=2).start()
    try:
        headers = enrol(proc, "A")
        op = person_op(surname="Kovalenko", given_name="Ivan")
        with concurrent.futures.ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(lambda _: push(proc, headers, [op]), range(20)))
        assert all(a.status_code == 200 for a in answers)
        assert sum(not a.json()["results"][0].get("duplicate") for a in answers) == 1
        assert rows(dsn, "SELECT count(*) FROM persons") == [(1,)]
        assert rows(dsn, "SELECT count(*) FROM processed_operations") == [(1,)]
        assert rows(dsn, "SELECT count(*) FROM change_log WHERE kind = 'person'") == [(1,)]
    finally:
        proc.stop()


def test_invalid_form_is_refused_without_losing_the_rest_of_the_batch(server):
    headers = enrol(server, "A")
    good = {"op_id": str(uuid.uuid4()), "kind": "form", "record_id": str(uuid.uuid4()), "code": "ZZ-1",
            "status": "finished", "data": valid_form()}
    bad = {**good, "op_id": str(uuid.uuid4()), "record_id": str(uuid.uuid4()), "data": {}}
    unknown = {**good, "op_id": str(uuid.uuid4()), "record_id": str(uuid.uuid4()), "code": "ZZ-99"}
    person = person_op(surname="Bondar")
    results = push(server, headers, [good, bad, unknown, person]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "applied"]
    assert "napak" in results[1]["message"] and "ZZ-99" in results[2]["message"]
    assert rows(server.dsn, "SELECT id::text, status FROM forms") == [(good["record_id"], "finished")]
    # the refusal is kept: sending the bad operation again gives the same answer, and stores nothing
    again = push(server, headers, [bad]).json()["results"][0]
    assert again["status"] == "rejected" and again["duplicate"] is True
    # a finished form is never changed; a correction is a new form linked to it
    change = {**good, "op_id": str(uuid.uuid4()), "version": 2}
    assert push(server, headers, [change]).json()["results"][0]["status"] == "rejected"
    correction = {**good, "op_id": str(uuid.uuid4()), "record_id": str(uuid.uuid4()), "corrects": good["record_id"]}
    assert push(server, headers, [correction]).json()["results"][0]["status"] == "applied"
    assert rows(server.dsn, "SELECT count(*) FROM forms WHERE corrects = %s", good["record_id"]) == [(1,)]


def test_missing_attachment_is_refused_until_uploaded_by_hash(server):
    headers = enrol(server, "A")
    photo = b"\xff\xd8\xff\xe0" + b"photo" * 100
    digest = hashlib.sha256(photo).hexdigest()
    form = {"op_id": str(uuid.uuid4()), "kind": "form", "record_id": str(uuid.uuid4()), "code": "ZZ-1",
            "status": "draft", "data": valid_form(), "photo_sha256": digest}
    first = push(server, headers, [form]).json()["results"][0]
    assert first["status"] == "rejected" and digest in first["message"]
    assert httpx.post(server.url + "/v1/attachments/missing", json={"hashes": [digest]},
                      headers=headers).json() == {"missing": [digest]}
    wrong = httpx.put(server.url + f"/v1/attachments/{digest}", content=photo + b"x", headers=headers)
    assert wrong.status_code == 400
    assert httpx.put(server.url + f"/v1/attachments/{digest}", content=photo, headers=headers).json() == {"stored": True}
    assert httpx.put(server.url + f"/v1/attachments/{digest}", content=photo, headers=headers).json() == {"stored": False}
    assert push(server, headers, [{**form, "op_id": str(uuid.uuid4())}]).json()["results"][0]["status"] == "applied"
    assert rows(server.dsn, "SELECT sha256, size FROM attachments") == [(digest, len(photo))]


def test_different_fields_merge_and_the_same_field_two_ways_is_a_conflict(server):
    a, b = enrol(server, "A"), enrol(server, "B")
    pid = str(uuid.uuid4())
    push(server, a, [person_op(pid, surname="Melnyk", given_name="Oksana", phone="")])
    ra = push(server, a, [person_op(pid, 1, address=(None, "Ljubljana"))]).json()["results"][0]
    rb = push(server, b, [person_op(pid, 1, phone=("", "040 111 222"))]).json()["results"][0]
    assert ra["merged"] == ["address"] and rb["merged"] == ["phone"]
    c1 = push(server, a, [person_op(pid, 3, given_name=("Oksana", "Oksanna"))]).json()["results"][0]
    c2 = push(server, b, [person_op(pid, 3, given_name=("Oksana", "Oxana"))]).json()["results"][0]
    assert c1["status"] == "applied" and c2["status"] == "conflict" and c2["conflicts"] == ["given_name"]
    data = rows(server.dsn, "SELECT data FROM persons WHERE id = %s", pid)[0][0]
    assert data["address"] == "Ljubljana" and data["phone"] == "040 111 222" and data["given_name"] == "Oksanna"
    assert rows(server.dsn, "SELECT field, current, incoming, resolved_at FROM conflicts") == [
        ("given_name", "Oksanna", "Oxana", None)]


def test_same_family_at_two_stations_gives_duplicate_candidates_and_merge_keeps_both(server):
    a, b = enrol(server, "A"), enrol(server, "B")
    family_a = [person_op(surname="Ševčenko", given_name="Taras", birth_date="1980-01-05", emso="0501980500000"),
                {**person_op(surname="Shevchenko", given_name="Maria", birth_date="1982-06-01"),
                 "documents": [{"kind": "passport", "number": "FX 418207", "country": "UKR"}]},
                person_op(surname="Sevcenko", given_name="Ana", birth_date="2015-09-09")]
    family_b = [person_op(surname="Ševčenko", given_name="Taras", birth_date="1980-01-06", emso="0501980500000"),
                {**person_op(surname="Ševčenková", given_name="Marija", birth_date="1982-06-01"),
                 "documents": [{"kind": "passport", "number": "FX418207", "country": "UKR"}]},
                person_op(surname="Ševčenko", given_name="Ana", birth_date="2015-09-09")]
    push(server, a, family_a)
    results = push(server, b, family_b).json()["results"]
    assert [[d["reason"] for d in r["duplicates"]] for r in results] == [["emso"], ["document"], ["birth_name"]]
    queue = rows(server.dsn, "SELECT id, person_a, person_b FROM duplicate_candidates ORDER BY id")
    assert len(queue) == 3
    cid, pa, pb = queue[0]
    stranger = enrol(server, "C")  # holds neither person: may not decide
    answer = httpx.post(server.url + f"/v1/duplicates/{cid}/merge", json={"keep": str(pa)}, headers=stranger)
    assert answer.status_code == 403 and "ne zadeva vaše postaje" in answer.json()["detail"]
    answer = httpx.post(server.url + f"/v1/duplicates/{cid}/merge", json={"keep": str(pa)}, headers=a)
    assert answer.status_code == 204
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(6,)]
    assert rows(server.dsn, "SELECT merged_into FROM persons WHERE id = %s", pb) == [(pa,)]
    assert rows(server.dsn, "SELECT user_name, action, subject FROM supervisor_decisions") == [
        ("postaja A", "merge", f"duplicate:{cid}")]
    again = httpx.post(server.url + f"/v1/duplicates/{cid}/merge", json={"keep": str(pa)}, headers=a)
    assert again.status_code == 404 and "že odločen" in again.json()["detail"]


def test_revoked_station_is_refused_with_a_clear_message(server):
    headers = enrol(server, "PU Brežice")
    assert server_cli(server.dsn, "revoke-station", "PU Brežice").returncode == 0
    answer = push(server, headers, [person_op(surname="X")])
    assert answer.status_code == 403
    assert "preklicana" in answer.json()["detail"] and "PU Brežice" in answer.json()["detail"]
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(0,)]


def chain(n, start=1, prev="0" * 64):
    entries = []
    for seq in range(start, start + n):
        digest = hashlib.sha256(f"{seq}{prev}".encode()).hexdigest()
        entries.append({"seq": seq, "hash": digest, "prev_hash": prev, "action": "create"})
        prev = digest
    return entries


def test_push_whose_audit_chain_does_not_extend_the_head_is_refused(server):
    headers = enrol(server, "A")
    entries = chain(3)
    assert push(server, headers, [person_op(surname="A")], {"entries": entries}).status_code == 200
    # resent entries the server has are skipped; the next ones must extend the head
    more = chain(2, 4, entries[-1]["hash"])
    assert push(server, headers, [], {"entries": entries + more}).status_code == 200
    forged = chain(1, 6, "f" * 64)
    answer = push(server, headers, [person_op(surname="B")], {"entries": forged})
    assert answer.status_code == 409 and "Revizijska sled" in answer.json()["detail"]
    assert rows(server.dsn, "SELECT seq FROM audit_heads") == [(5,)]
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(1,)]  # nothing of the refused batch


def test_server_killed_mid_batch_then_resent_applies_each_operation_once(dsn):
    assert server_cli(dsn, "migrate").returncode == 0
    proc = ServerProcess(dsn).start()
    headers = enrol(proc, "A")
    ops = [person_op(surname=f"Oseba{i}", given_name="Test") for i in range(3000)]
    body = {"batch_id": str(uuid.uuid4()), "operations": ops, "audit": {"entries": []}}
    station = headers["Authorization"].split()[1].split(":")[0]
    # another session holds the last operation's id uncommitted: the server applies the whole batch and then
    # waits at its last statement (the processed operations), in the middle of its transaction, and is killed there
    blocker = psycopg.connect(dsn)
    blocker.execute("INSERT INTO processed_operations (op_id, station_id, result) VALUES (%s, %s, '{}')",
                    (ops[-1]["op_id"], station))
    with pytest.raises(httpx.HTTPError):
        with httpx.Client(timeout=60) as client:
            import threading

            def kill_when_waiting():
                for _ in range(600):
                    if rows(dsn, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                 " AND strpos(query, 'processed_operations') > 0")[0][0]:
                        break
                    threading.Event().wait(0.05)
                proc.kill()

            threading.Thread(target=kill_when_waiting, daemon=True).start()
            client.post(proc.url + "/v1/push", json=body, headers=headers)
    blocker.rollback()
    blocker.close()
    assert rows(dsn, "SELECT count(*) FROM persons")[0][0] == 0  # one transaction: nothing of it stays
    proc = ServerProcess(dsn).start()
    try:
        answer = httpx.post(proc.url + "/v1/push", json=body, headers=headers, timeout=120)
        assert answer.status_code == 200
        assert rows(dsn, "SELECT count(*), count(DISTINCT id) FROM persons") == [(3000, 3000)]
        assert rows(dsn, "SELECT count(*) FROM processed_operations") == [(3000,)]
    finally:
        proc.stop()


def test_out_of_order_batches_keep_the_newest_form_version(server):
    headers = enrol(server, "A")
    fid = str(uuid.uuid4())
    v = lambda n: {"op_id": str(uuid.uuid4()), "kind": "form", "record_id": fid, "code": "ZZ-1", "status": "draft",
                   "version": n, "data": valid_form()}
    assert push(server, headers, [v(2)]).json()["results"][0]["status"] == "applied"
    assert push(server, headers, [v(1)]).json()["results"][0]["status"] == "stale"
    assert rows(server.dsn, "SELECT max(version), count(*) FROM forms") == [(2, 1)]


def test_pull_by_change_sequence_gives_revoked_stations(server):
    a = enrol(server, "A")
    enrol(server, "B")
    push(server, a, [person_op(surname="X")])
    first = httpx.get(server.url + "/v1/pull", params={"since": 0}, headers=a).json()
    assert first["changes"] == [] and first["upto"] >= 1  # its own change is not sent back
    server_cli(server.dsn, "revoke-station", "B")
    second = httpx.get(server.url + "/v1/pull", params={"since": first["upto"]}, headers=a).json()
    assert [c["kind"] for c in second["changes"]] == ["station"] and second["changes"][0]["revoked"]


def test_an_offices_serial_book_lives_at_one_station(server):
    a, b = enrol(server, "A"), enrol(server, "B")
    card = lambda n: {"op_id": str(uuid.uuid4()), "kind": "form", "record_id": str(uuid.uuid4()), "code": "ZZ-1",
                      "status": "draft", "data": valid_form(), "serial": {"office": "UE Brežice", "number": n}}
    assert push(server, a, [card(1), card(2)]).json()["results"][1]["status"] == "applied"
    refused = push(server, b, [card(3)]).json()["results"][0]
    assert refused["status"] == "rejected" and "»A«" in refused["message"]
    assert rows(server.dsn, "SELECT office, last_serial FROM serial_books") == [("UE Brežice", 2)]
    assert rows(server.dsn, "SELECT count(*) FROM forms") == [(2,)]


def test_candidates_by_name_across_scripts_emso_and_document_found_for_a_whole_batch(server):
    a, b = enrol(server, "A"), enrol(server, "B")
    push(server, a, [person_op(surname="Шевченко", given_name="Олена", birth_date="1985-03-02"),
                     person_op(surname="Бондаренко", given_name="Іван", birth_date="1970-01-01", emso="0101970500006"),
                     {**person_op(surname="Мельник", given_name="Ірина", birth_date="1990-05-05"),
                      "documents": [{"kind": "potni list", "number": "FE 123 456", "country": "UKR"}]}])
    renamed = str(uuid.uuid4())
    results = push(server, b, [person_op(surname="Sevcenko", given_name="Olena", birth_date="1985-03-02"),
                               person_op(surname="Bondarenko", given_name="Ivan", birth_date="1970-01-02",
                                         emso="0101970500006"),
                               {**person_op(surname="Melnyk", given_name="Iryna", birth_date="1991-05-05"),
                                "documents": [{"kind": "potni list", "number": "FE123456", "country": "UKR"}]},
                               person_op(renamed, surname="Petrenko", given_name="Olena", birth_date="1985-03-02"),
                               person_op(surname="Shevchenko", given_name="Oleh", birth_date="1985-03-02")]).json()["results"]
    assert [[d["reason"] for d in r["duplicates"]] for r in results] == [["birth_name"], ["emso"], ["document"], [], []]
    # a name changed later is matched by its new keys
    again = push(server, b, [person_op(renamed, 1, surname=("Petrenko", "Ševčenko"))]).json()["results"][0]
    assert [d["reason"] for d in again["duplicates"]] == ["birth_name", "birth_name"]
    assert rows(server.dsn, "SELECT count(*) FROM duplicate_candidates") == [(5,)]


def test_many_people_of_one_name_and_birth_date_give_a_bounded_number_of_candidates(server):
    from app.server.register import CANDIDATES_PER_KEY

    headers = enrol(server, "A")
    ops = [person_op(surname="Коваленко", given_name="Марія", birth_date="2000-01-01") for _ in range(300)]
    results = push(server, headers, ops).json()["results"]
    assert all(r["status"] == "applied" for r in results)
    count = rows(server.dsn, "SELECT count(*) FROM duplicate_candidates")[0][0]
    assert 0 < count <= 300 * CANDIDATES_PER_KEY * 2


def test_an_erasure_in_a_batch_comes_after_the_batchs_edits_and_later_edits_are_refused(server):
    headers = enrol(server, "A")
    pid = str(uuid.uuid4())
    push(server, headers, [person_op(pid, surname="Шевченко", given_name="Олена", birth_date="1985-03-02",
                                     emso="0203985505005")])
    erase = {"op_id": str(uuid.uuid4()), "kind": "erasure", "record_id": pid}
    results = push(server, headers, [person_op(pid, 1, surname=("Шевченко", "Ševčenko")), erase]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"] and results[1]["erased"] is True
    assert rows(server.dsn, "SELECT data, erased_at IS NOT NULL FROM persons WHERE id = %s", pid) == [({}, True)]
    assert rows(server.dsn, "SELECT count(*) FROM person_name_keys WHERE person_id = %s", pid) == [(0,)]
    late = push(server, headers, [person_op(pid, 2, given_name=("Олена", "Olena"))]).json()["results"][0]
    assert late["status"] == "rejected" and "73. člen" in late["message"] and "izbrisani" in late["message"]
    assert rows(server.dsn, "SELECT data FROM persons WHERE id = %s", pid) == [({},)]
    # the same erasure sent again changes nothing and gets the same answer
    again = push(server, headers, [erase]).json()["results"][0]
    assert again["duplicate"] and again["erased"] is True
