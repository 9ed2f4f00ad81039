"""A supervisor at the centre, against a real PostgreSQL, a real server process and real stations: the duplicate
queue and the conflicts in a real browser (Chromium under Selenium), every decision audited with the
supervisor's name, CSRF; a case moved to another station and pulled there; server-held code lists pulled."""
from __future__ import annotations

import re

import httpx
import psycopg
import pytest

from app.workspace import sync
from tests.server_helpers import pg_bin
from tests.test_server import dsn, postgres, rows, server, server_cli, valid_form  # noqa: F401  (fixtures)
from tests.test_server_web import PASSWORD, SHOTS, _add_user, _browser, _logged_in
from tests.ws_helpers import ADMIN, new_workspace

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")

SUPERVISOR = "špela.čeh"


@pytest.fixture()
def stations(server, tmp_path):
    made = []

    def make(name):
        ws = new_workspace(tmp_path / f"{len(made)}.sqlite3")
        ws.settings.set("official", f"Uradnik {name}")
        code = server_cli(server.dsn, "enrol-station", name).stdout.strip()
        sync.enrol(ws, server.url, code)
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


def _priloga(ws, *args):
    """The station's command line on the station's database (its own process, logged in as the administrator)."""
    import os
    import subprocess
    import sys

    from tests.server_helpers import ROOT
    from tests.ws_helpers import PASSWORD as STATION_PASSWORD

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PRILOGA_USER": ADMIN, "PRILOGA_PASSWORD": STATION_PASSWORD}
    return subprocess.run([sys.executable, "-m", "app", "--db", str(ws.path), *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def _click_and_wait(driver, button_id: str, message: str) -> None:
    """Click a button of a form and wait for the next page's message (the page is replaced meanwhile)."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.ID, button_id).click()
    WebDriverWait(driver, 20, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
        lambda d: message in d.find_element(By.ID, "sporocilo").text)


def _family(ws, cyrillic: bool) -> dict[str, str]:
    """The Ševčenko family as one station registers it: the father's names in Cyrillic at the second station."""
    reg = ws.register
    father = reg.add_person(surname="Шевченко" if cyrillic else "Ševčenko", given_name="Тарас" if cyrillic else "Taras",
                            birth_date="1980-01-05", sex="M", citizenship="UKR", emso="0501980500018")
    mother = reg.add_person(surname="Ševčenko", given_name="Olena", birth_date="1983-07-21", sex="Z",
                            citizenship="UKR")
    reg.add_document(mother, doc_type="potni list", doc_number="FX 418 207", issued_by="UKR")
    child = reg.add_person(surname="Ševčenko", given_name="Ana", birth_date="2015-09-09", sex="Z", citizenship="UKR")
    reg.link(child, mother, "mati", "accompanying", legal_representative=True, accompanies_minor=True)
    return {"father": father, "mother": mother, "child": child}


def _pairs(dsn) -> dict[frozenset, list[tuple[int, str]]]:
    out: dict[frozenset, list] = {}
    for cid, a, b, reason, status in rows(dsn, "SELECT id, person_a::text, person_b::text, reason, status"
                                               " FROM duplicate_candidates ORDER BY id"):
        out.setdefault(frozenset((a, b)), []).append((cid, reason, status))
    return out


def test_same_family_offline_at_two_stations_synced_and_resolved_by_a_supervisor_in_a_browser(server, stations):
    """The issue's »done when«: two stations register the same family offline, sync, and a supervisor sees the
    duplicates side by side in a browser and resolves them: merge keeps both records, »not the same person«
    closes a candidate; every decision is audited with the supervisor's name."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    brezice, ljubljana = stations("PU Brežice"), stations("PU Ljubljana")
    at_brezice = _family(brezice, cyrillic=False)  # offline: nothing is sent while they register
    at_ljubljana = _family(ljubljana, cyrillic=True)
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(0,)]
    assert sync.sync(brezice).applied == 3
    # the second station syncs by the command the README gives (priloga sync), as an official would
    done = _priloga(ljubljana, "sync")
    assert done.returncode == 0, done.stderr
    assert int(re.search(r"možnih dvojnikov (\d+)", done.stdout)[1]) >= 3
    pairs = _pairs(server.dsn)
    for who in ("father", "mother", "child"):
        assert frozenset((at_brezice[who], at_ljubljana[who])) in pairs, who
    reasons = {who: {r for _, r, _ in pairs[frozenset((at_brezice[who], at_ljubljana[who]))]} for who in at_brezice}
    assert "emso" in reasons["father"] and "document" in reasons["mother"] and "birth_name" in reasons["child"]

    assert _add_user(server.dsn, SUPERVISOR, "supervisor", "PU Brežice").returncode == 0
    driver = _browser(SHOTS / "priloga-supervisor-profile")
    try:
        driver.get(server.url + "/dvojniki")
        assert driver.current_url.endswith("/prijava")
        driver.find_element(By.ID, "ime").send_keys(SUPERVISOR)
        driver.find_element(By.ID, "geslo").send_keys(PASSWORD)
        driver.find_element(By.ID, "prijava").click()
        WebDriverWait(driver, 20).until(lambda d: not d.current_url.endswith("/prijava"))
        driver.find_element(By.ID, "nav-dvojniki").click()
        WebDriverWait(driver, 20).until(lambda d: d.current_url.endswith("/dvojniki"))
        sections = driver.find_elements(By.CSS_SELECTOR, "section.kandidat")
        assert len(sections) == len(pairs)
        father_id = pairs[frozenset((at_brezice["father"], at_ljubljana["father"]))][0][0]
        father = driver.find_element(By.ID, f"kandidat-{father_id}")
        table = {tr.find_element(By.TAG_NAME, "th").text: [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
                 for tr in father.find_elements(By.CSS_SELECTOR, "tr")[1:]}
        # both records side by side: names in both scripts, birth date, EMŠO, station (which side is which
        # follows the candidate's order of ids, so compare as sets)
        assert set(table["Priimek in ime (izvirna pisava)"]) == {"Ševčenko Taras", "Шевченко Тарас"}
        assert set(table["Ime v latinici"]) == {"Ševčenko Taras", "Shevchenko Taras"}
        assert table["Datum rojstva"] == ["05. 01. 1980"] * 2
        assert table["EMŠO"] == ["0501980500018"] * 2
        assert set(table["Postaja"]) == {"PU Brežice", "PU Ljubljana"}
        mother_id = pairs[frozenset((at_brezice["mother"], at_ljubljana["mother"]))][0][0]
        mother = driver.find_element(By.ID, f"kandidat-{mother_id}")
        assert "potni list FX418207 (UKR)" in mother.text
        driver.save_screenshot(str(SHOTS / "priloga-supervisor-duplicates.png"))

        # merge the father and the mother (the left record is the main one), the child is »not the same person«
        for cid in (father_id, mother_id):
            _click_and_wait(driver, f"zdruzi-{cid}-a", f"Kandidat št. {cid}: zapisa sta združena")
        child_id = pairs[frozenset((at_brezice["child"], at_ljubljana["child"]))][0][0]
        _click_and_wait(driver, f"razlicni-{child_id}", f"Kandidat št. {child_id}: označeno, da ni ista oseba")
        assert driver.find_elements(By.ID, "prazno")  # the queue is empty
        driver.save_screenshot(str(SHOTS / "priloga-supervisor-decided.png"))
        driver.get(server.url + "/dvojniki?stanje=merged")
        assert len(driver.find_elements(By.CSS_SELECTOR, "section.kandidat")) == 2
        assert SUPERVISOR in driver.find_element(By.TAG_NAME, "main").text
        # the record merged into the other stays, and its page says where it went
        driver.find_element(By.CSS_SELECTOR, f"#kandidat-{father_id} th:nth-child(3) a").click()
        WebDriverWait(driver, 20).until(lambda d: "/osebe/" in d.current_url)
        assert "Zapis je združen v glavni zapis." in driver.find_element(By.TAG_NAME, "main").text
        driver.save_screenshot(str(SHOTS / "priloga-supervisor-person.png"))
    finally:
        driver.quit()

    # nothing deleted: six persons, the right side of each merged pair points at the left one
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(6,)]
    merged = dict(rows(server.dsn, "SELECT id::text, merged_into::text FROM persons WHERE merged_into IS NOT NULL"))
    for cid in (father_id, mother_id):
        a, b = rows(server.dsn, "SELECT person_a::text, person_b::text FROM duplicate_candidates WHERE id = %s", cid)[0]
        assert merged[b] == a
    assert len(merged) == 2
    after = _pairs(server.dsn)
    for who, status in (("father", "merged"), ("mother", "merged"), ("child", "distinct")):
        # one decision answers every candidate of the pair (e.g. found by EMŠO and by name alike)
        assert {s for _, _, s in after[frozenset((at_brezice[who], at_ljubljana[who]))]} == {status}, who
    audit = rows(server.dsn, "SELECT user_name, action, subject FROM supervisor_decisions ORDER BY id")
    assert audit == [(SUPERVISOR, "merge", f"duplicate:{father_id}"), (SUPERVISOR, "merge", f"duplicate:{mother_id}"),
                     (SUPERVISOR, "distinct", f"duplicate:{child_id}")]
    assert rows(server.dsn, "SELECT DISTINCT decided_by FROM duplicate_candidates") == [(SUPERVISOR,)]
    # the centre's statistics count a merged person once
    from app.server import web

    with psycopg.connect(server.dsn) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM stations")]
        assert len(web.rows(conn, ids)[0]) == 4


def test_decisions_need_the_session_csrf_and_the_supervisors_station(server, stations):
    a, b, c = stations("PU Brežice"), stations("PU Ljubljana"), stations("PU Koper")
    for ws in (a, b):
        ws.register.add_person(surname="Bondar", given_name="Petro", birth_date="1970-02-02")
    sync.sync(a)
    sync.sync(b)
    (cid, pa, _pb), = rows(server.dsn, "SELECT id, person_a::text, person_b::text FROM duplicate_candidates")
    for name, station in (("nadzornik.koper", "PU Koper"), (SUPERVISOR, "PU Brežice")):
        assert _add_user(server.dsn, name, "supervisor", station).returncode == 0
    koper = _logged_in(server, "nadzornik.koper")
    assert "Ni kandidatov" in koper.get("/dvojniki").text  # another station's candidates are not shown
    csrf = re.search(r'name="csrf" value="([^"]+)"', koper.get("/dvojniki").text)[1]
    refused = koper.post(f"/dvojniki/{cid}", data={"csrf": csrf, "odlocitev": "merge", "ohrani": pa})
    assert "ne zadeva vaše postaje" in refused.text
    own = _logged_in(server, SUPERVISOR)
    for forged in ("ponarejen", "žeton-č"):
        assert own.post(f"/dvojniki/{cid}", data={"csrf": forged, "odlocitev": "merge", "ohrani": pa}).status_code == 403
    assert anonymous_post(server, cid, pa).status_code == 303  # no session: to the log-in page, nothing decided
    assert rows(server.dsn, "SELECT status FROM duplicate_candidates") == [("open",)]
    csrf = re.search(r'name="csrf" value="([^"]+)"', own.get("/dvojniki").text)[1]
    assert own.post(f"/dvojniki/{cid}", data={"csrf": csrf, "odlocitev": "merge", "ohrani": pa}).status_code == 303
    again = own.post(f"/dvojniki/{cid}", data={"csrf": csrf, "odlocitev": "distinct"})
    assert "že odločen" in again.text
    assert rows(server.dsn, "SELECT status, decided_by FROM duplicate_candidates") == [("merged", SUPERVISOR)]
    assert rows(server.dsn, "SELECT count(*) FROM supervisor_decisions") == [(1,)]
    c.close()


def anonymous_post(server, cid, keep):
    return httpx.post(f"{server.url}/dvojniki/{cid}", data={"csrf": "x", "odlocitev": "merge", "ohrani": keep},
                      follow_redirects=False)


def _conflict(server, stations):
    """Station A's person, known at B too (after a pull), with the given name changed two ways."""
    a, b = stations("PU Brežice"), stations("PU Ljubljana")
    pid = a.register.add_person(surname="Melnyk", given_name="Oksana", birth_date="1990-04-04")
    sync.sync(a)
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(1,)]
    # B learns of the person as a pulled, moved case would give it; then the case moves back to A
    server_cli(server.dsn, "relocate", pid, "--to", "PU Ljubljana")
    assert sync.sync(b).relocated == [pid]
    server_cli(server.dsn, "relocate", pid, "--to", "PU Brežice")
    a.register.update_person(pid, given_name="Oksanna", phone="040 111 222")
    b.register.update_person(pid, given_name="Oxana", address_si="Ljubljana")
    assert sync.sync(a).applied == 1
    assert sync.sync(b).conflicts == [f"{pid}: given_name"]
    return a, b, pid


def test_a_supervisor_keeps_one_value_of_a_conflict_in_the_browser(server, stations):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    a, b, pid = _conflict(server, stations)
    assert _add_user(server.dsn, SUPERVISOR, "supervisor", "PU Brežice").returncode == 0
    (cid,), = rows(server.dsn, "SELECT id FROM conflicts")
    driver = _browser(SHOTS / "priloga-supervisor-conflict-profile")
    try:
        driver.get(server.url + "/prijava")
        driver.find_element(By.ID, "ime").send_keys(SUPERVISOR)
        driver.find_element(By.ID, "geslo").send_keys(PASSWORD)
        driver.find_element(By.ID, "prijava").click()
        WebDriverWait(driver, 20).until(lambda d: not d.current_url.endswith("/prijava"))
        driver.find_element(By.ID, "nav-konflikti").click()
        WebDriverWait(driver, 20).until(lambda d: d.current_url.endswith("/konflikti"))
        section = driver.find_element(By.ID, f"konflikt-{cid}")
        assert "Melnyk" in section.text and "given_name" in section.text and "Oksana" in section.text
        current = driver.find_element(By.ID, f"konflikt-{cid}-current").text
        incoming = driver.find_element(By.ID, f"konflikt-{cid}-incoming").text
        assert "Oksanna" in current and "PU Brežice" in current and f"uradna oseba: {ADMIN}" in current
        assert "Oxana" in incoming and "PU Ljubljana" in incoming and f"uradna oseba: {ADMIN}" in incoming
        assert re.search(r"čas: \d\d\. \d\d\. \d{4} \d\d:\d\d UTC", current)
        assert re.search(r"čas: \d\d\. \d\d\. \d{4} \d\d:\d\d UTC", incoming)
        driver.save_screenshot(str(SHOTS / "priloga-supervisor-conflicts.png"))
        _click_and_wait(driver, f"ohrani-{cid}-incoming", f"Konflikt št. {cid} je razrešen.")
        assert driver.find_elements(By.ID, "prazno")
    finally:
        driver.quit()
    data = rows(server.dsn, "SELECT data FROM persons WHERE id = %s", pid)[0][0]
    assert (data["given_name"], data["phone"], data["address_si"]) == ("Oxana", "040 111 222", "Ljubljana")
    assert rows(server.dsn, "SELECT decided_by, resolution->>'side' FROM conflicts") == [(SUPERVISOR, "incoming")]
    assert rows(server.dsn, "SELECT user_name, action, detail->>'field' FROM supervisor_decisions") == [
        (SUPERVISOR, "keep_value", "given_name")]
    # the station that holds the person pulls the kept value (it had not changed the field since); a field it
    # changed meanwhile and has not sent yet stays as it is here, and goes out with the next push
    a.register.update_person(pid, phone="041 999 999")
    report = sync.pull(a)
    assert pid in report.updated
    assert (a.register.get(pid)["given_name"], a.register.get(pid)["phone"]) == ("Oxana", "041 999 999")
    assert sync.status(a)["pending"] == 1  # only the local change: a pulled value is not sent back
    assert sync.sync(a).applied == 1
    data = rows(server.dsn, "SELECT data FROM persons WHERE id = %s", pid)[0][0]
    assert (data["given_name"], data["phone"]) == ("Oxana", "041 999 999")
    assert sync.status(a)["pending"] == 0
    # the station whose value came in pulls the decision: its status bar no longer counts the conflict
    assert sync.status(b)["conflicts"] == 1
    sync.sync(b)
    assert sync.status(b)["conflicts"] == 0
    assert b.register.get(pid)["given_name"] == "Oxana"


def test_a_case_moved_to_another_station_is_pulled_there(server, stations, tmp_path):
    """Relocation: the station that holds the person hands the case over; the new station pulls the person,
    documents, photo, the unfinished form to carry on and the finished form as read-only history."""
    from tests.test_retention import jpeg

    a, b = stations("PU Brežice"), stations("Azilni dom Ljubljana")
    pid = a.register.add_person(surname="Ковальчук", given_name="Ірина", birth_date="1979-12-01", sex="Z",
                                citizenship="UKR")
    a.register.add_document(pid, doc_type="potni list", doc_number="GH 112 334", issued_by="UKR")
    a.register.set_photo(pid, jpeg())
    finished = a.import_draft("ZZ-1", valid_form("ZZ-1"))
    a.db.execute("UPDATE drafts SET status = 'finished', finished_at = '2026-03-02T10:00:00Z', person_id = ?"
                 " WHERE id = ?", [pid, finished.id])
    draft = a.new_draft_for_person("ZZ-2", pid)
    answer = sync.relocate(a, pid, "Azilni dom Ljubljana")  # pushes first, then hands the case over
    assert answer["drafts_moved"] == 1
    assert rows(server.dsn, "SELECT s.name FROM persons p JOIN stations s ON s.id = p.station_id") == [
        ("Azilni dom Ljubljana",)]

    report = sync.sync(b)
    assert report.relocated == [pid] and not report.rejected
    person = b.register.get(pid)
    assert (person["surname"], person["given_name"], person["birth_date"]) == ("Ковальчук", "Ірина", "1979-12-01")
    assert b.db.execute("SELECT doc_number, issued_by FROM person_documents WHERE person_id = ?", [pid]).fetchall() == [
        ("GH 112 334", "UKR")]
    photo = "SELECT image FROM person_photos WHERE person_id = ?"
    assert b.db.execute(photo, [pid]).fetchone()[0] == a.db.execute(photo, [pid]).fetchone()[0]
    assert [p.id for p in b.register.search("Ковальчук")] == [pid]
    forms = dict(b.db.execute("SELECT id, status FROM drafts WHERE person_id = ?", [pid]).fetchall())
    assert forms == {finished.id: "finished", draft.id: "draft"}
    from app.store.drafts import DraftFinishedError

    with pytest.raises(DraftFinishedError):
        b.save(finished.id, {**b.drafts.get(finished.id).data, "phone": "1"})
    # the new station carries the case on: its change of the moved draft is accepted by the centre
    b.save(draft.id, {**b.drafts.get(draft.id).data, "surname": "Kovalchuk"})
    pushed = sync.sync(b)
    assert not pushed.rejected, pushed.rejected
    assert rows(server.dsn, "SELECT max(version), count(*) FROM forms WHERE id = %s", draft.id) == [(2, 2)]
    # A no longer holds the case: it may not hand it over again, and a relocation is kept as history
    with pytest.raises(sync.SyncError, match="le postaja, ki jo vodi"):
        sync.relocate(a, pid, "PU Brežice")
    assert rows(server.dsn, "SELECT count(*) FROM relocations") == [(1,)]
    assert sync.sync(b).relocated == []  # pulled once


def test_a_family_moved_together_keeps_its_links_at_the_new_station(server, stations):
    """Mother and son relocated one after the other: whichever arrives second, the new station has both links
    (her son, his mother and legal representative) as the first station recorded them."""
    a, b = stations("PU Dobova"), stations("Nastanitveni center Logatec")
    mother = a.register.add_person(surname="Бондар", given_name="Оксана", birth_date="1985-02-02", sex="Z",
                                   citizenship="UKR")
    son = a.register.add_person(surname="Бондар", given_name="Максим", birth_date="2014-07-07", sex="M",
                                citizenship="UKR")
    a.register.link(son, mother, "mati", "accompanying", legal_representative=True, accompanies_minor=True,
                    reverse_relationship="sin")
    sync.relocate(a, son, "Nastanitveni center Logatec")
    assert sync.sync(b).relocated == [son]
    assert b.register.links(son) == []  # his mother is not here yet
    sync.relocate(a, mother, "Nastanitveni center Logatec")
    assert sync.sync(b).relocated == [mother]
    links = {(l["person_id"], l["relative_id"]): l for l in (
        dict(zip(("person_id", "relative_id", "relationship", "kind", "legal_representative", "accompanies_minor"), r))
        for r in b.db.execute("SELECT person_id, relative_id, relationship, kind, legal_representative,"
                              " accompanies_minor FROM family_links"))}
    assert links[(son, mother)] == {"person_id": son, "relative_id": mother, "relationship": "mati",
                                    "kind": "accompanying", "legal_representative": 1, "accompanies_minor": 1}
    assert links[(mother, son)]["relationship"] == "sin" and len(links) == 2
    assert not sync.sync(b).rejected  # nothing of the links goes back as a change


def test_server_code_lists_are_pulled_by_version(server, stations):
    ws = stations("UE Ljubljana")
    done = server_cli(server.dsn, "codelist-set", "upravne-enote", "ue-test-zalec", "Upravna enota Žalec (Savinjska)")
    assert done.returncode == 0 and "različici 1" in done.stdout, done.stderr
    report = sync.sync(ws)
    assert report.codelists == ["upravne-enote"]
    entries = {v: label for v, label, _changed in ws.codelist("upravne-enote")}
    assert entries["ue-test-zalec"] == "Upravna enota Žalec (Savinjska)"
    assert sync.sync(ws).codelists == []  # the same version is not applied twice
    server_cli(server.dsn, "codelist-set", "upravne-enote", "ue-test-zalec", "Upravna enota Žalec")
    assert sync.sync(ws).codelists == ["upravne-enote"]
    assert dict((v, l) for v, l, _ in ws.codelist("upravne-enote"))["ue-test-zalec"] == "Upravna enota Žalec"
    wrong = server_cli(server.dsn, "codelist-set", "ni-takega", "x", "X")
    assert wrong.returncode == 1 and "Šifranta »ni-takega« ni" in wrong.stderr


def test_a_supervisor_moves_a_case_on_the_persons_page(server, stations):
    a, b = stations("PU Brežice"), stations("Azilni dom Logatec")
    pid = a.register.add_person(surname="Žukova", given_name="Darja", birth_date="1991-06-06")
    sync.sync(a)
    for name, station in ((SUPERVISOR, "PU Brežice"), ("nadzornik.logatec", "Azilni dom Logatec")):
        assert _add_user(server.dsn, name, "supervisor", station).returncode == 0
    other = _logged_in(server, "nadzornik.logatec")
    assert "ni na vaši postaji" in other.get(f"/osebe/{pid}").text
    own = _logged_in(server, SUPERVISOR)
    page = own.get(f"/osebe/{pid}").text
    assert "Žukova Darja" in page and "<option>Azilni dom Logatec</option>" in page and "Oseba ni bila premeščena" in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)[1]
    assert own.post(f"/osebe/{pid}/premestitev", data={"csrf": "x", "postaja": "Azilni dom Logatec"}).status_code == 403
    moved = own.post(f"/osebe/{pid}/premestitev", data={"csrf": csrf, "postaja": "Azilni dom Logatec"})
    assert moved.status_code == 303 and moved.headers["location"].startswith(f"/osebe/{pid}?")
    page = own.get(moved.headers["location"]).text
    assert "PU Brežice → Azilni dom Logatec" in page and "premeščena na postajo" in page
    assert rows(server.dsn, "SELECT user_name, action FROM supervisor_decisions") == [(SUPERVISOR, "relocate")]
    assert rows(server.dsn, "SELECT by_name FROM relocations") == [(SUPERVISOR,)]
    assert sync.sync(b).relocated == [pid]
    assert b.register.get(pid)["surname"] == "Žukova"
    # the person is the other station's now: the supervisor of the first one may no longer move it
    again = own.post(f"/osebe/{pid}/premestitev", data={"csrf": csrf, "postaja": "PU Brežice"})
    assert "Premestiti je mogoče le osebo vaše postaje" in again.text


def test_the_station_whose_value_lost_takes_the_kept_one(server, stations):
    a, b, pid = _conflict(server, stations)
    assert _add_user(server.dsn, "ministrstvo", "ministry").returncode == 0
    ministry = _logged_in(server, "ministrstvo")
    page = ministry.get("/konflikti").text
    (cid,), = rows(server.dsn, "SELECT id FROM conflicts")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)[1]
    assert ministry.post(f"/konflikti/{cid}", data={"csrf": csrf, "ohrani": "current"}).status_code == 303
    assert "Ni odprtih konfliktov" in ministry.get("/konflikti").text
    assert rows(server.dsn, "SELECT data->>'given_name' FROM persons") == [("Oksanna",)]
    report = sync.sync(b)
    assert pid in report.updated and sync.status(b)["conflicts"] == 0
    assert b.register.get(pid)["given_name"] == "Oksanna"
    assert [e.detail["change"] for e in b.audit_entries(action="pull")][0] == "conflict_decided"
    assert sync.sync(b).pushed == 0  # the kept value is the server's already: nothing to send back
    assert rows(server.dsn, "SELECT user_name, detail->>'side' FROM supervisor_decisions") == [("ministrstvo", "current")]
