"""The central register's web pages against a real PostgreSQL and a real uvicorn process: the same figures as a
station (SQLite) on the same data pushed through sync; log-in, roles, CSRF; and a real browser (Chromium under
Selenium) that logs in, reads the statistics, sees the SVG charts and exports the CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import psycopg
import pytest

from app.engine import figures as F
from app.server import web
from app.store import statistics as S
from app.store.register import Register
from app.workspace import sync
from tests.server_helpers import ROOT, pg_bin
from tests.test_figures import known_persons
from tests.test_server import dsn, postgres, server, server_cli, valid_form  # noqa: F401  (fixtures)
from tests.ws_helpers import new_workspace

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")

START, D = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
PASSWORD = "nadzor-2026-geslo"
SHOTS = Path(os.environ.get("PRILOGA_SCREENSHOTS", tempfile.gettempdir()))


def _station_data(ws) -> None:
    """The known-answer data of tests/test_figures.py, with finished applications the server accepts."""
    db, reg = ws.db, Register(ws.db)
    known_persons(reg, db)
    for finished_at in ("2026-03-01T23:59:59.999999Z", "2026-03-02T00:00:00.000000Z", "2026-04-01T00:00:00.000000Z",
                        None):
        draft = ws.import_draft("ZZ-1", valid_form("ZZ-1"))
        if finished_at:
            db.execute("UPDATE drafts SET status = 'finished', finished_at = ? WHERE id = ?", [finished_at, draft.id])


@pytest.fixture()
def synced(server, tmp_path):
    """Two stations, each with the known data, pushed to the server; returns (server, [workspaces])."""
    made = []
    for name in ("PU Brežice", "PU Ljubljana"):
        ws = new_workspace(tmp_path / f"{len(made)}.sqlite3")
        code = server_cli(server.dsn, "enrol-station", name).stdout.strip()
        sync.enrol(ws, server.url, code)
        _station_data(ws)
        report = sync.sync(ws)
        assert not report.rejected, report.rejected
        made.append(ws)
    yield server, made
    for ws in made:
        ws.close()


def _add_user(dsn, name, role, station=None) -> subprocess.CompletedProcess:
    args = ["add-user", name, "--role", role] + (["--station", station] if station else [])
    return subprocess.run([sys.executable, "-m", "app.server.cli", "--dsn", dsn, *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=60,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PRILOGA_WEB_PASSWORD": PASSWORD})


def test_centre_computes_every_figure_as_the_station_does(synced):
    server, stations = synced
    at_station = S.figures(stations[0].db, START, D)
    assert at_station.protected == 2 and at_station.unaccompanied_minors == 2
    assert at_station.daily["applications"] == {"2026-03-01": 1, "2026-03-02": 1}
    with psycopg.connect(server.dsn, autocommit=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM stations ORDER BY name")]
        one = web.compute(conn, ids[:1], START, D)
        both = web.compute(conn, ids, START, D)
        counts = web.eu_counts(conn, list(conn.execute("SELECT id, name FROM stations ORDER BY name")), D)
    for key in ("arrivals", "applications"):
        assert one.daily[key] == at_station.daily[key]
    assert (one.status, one.protected, one.citizenship, one.age_sex, one.unaccompanied_minors) == (
        at_station.status, at_station.protected, at_station.citizenship, at_station.age_sex,
        at_station.unaccompanied_minors)
    assert both.protected == 4 and both.unaccompanied_minors == 4
    assert both.daily["arrivals"]["2026-03-10"] == 2 * at_station.daily["arrivals"]["2026-03-10"]
    assert counts == [("PU Brežice", 2, 2), ("PU Ljubljana", 2, 2), ("skupaj", 4, 4)]


def _logged_in(server, name) -> httpx.Client:
    client = httpx.Client(base_url=server.url, follow_redirects=False)
    page = client.get("/prijava")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]
    answer = client.post("/prijava", data={"csrf": token, "ime": name, "geslo": PASSWORD})
    assert answer.status_code == 303, answer.text
    return client


def test_log_in_roles_and_csrf(synced):
    server, _ = synced
    assert _add_user(server.dsn, "nadzornik", "supervisor", "PU Brežice").returncode == 0
    assert _add_user(server.dsn, "ministrstvo", "ministry").returncode == 0
    refused = _add_user(server.dsn, "brez", "supervisor", "Ni take postaje")
    assert refused.returncode == 1 and "Ni take postaje" in refused.stderr
    hashes = [h for (h,) in psycopg.connect(server.dsn).execute("SELECT password_hash FROM web_users")]
    assert all(h.startswith("$argon2id$") for h in hashes)

    anonymous = httpx.get(server.url + "/", follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"] == "/prijava"
    client = httpx.Client(base_url=server.url)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/prijava").text)[1]
    wrong = client.post("/prijava", data={"csrf": token, "ime": "nadzornik", "geslo": "napačno geslo"})
    assert wrong.status_code == 401 and "ni pravilno" in wrong.text
    forged = httpx.post(server.url + "/prijava", data={"csrf": "x", "ime": "nadzornik", "geslo": PASSWORD})
    assert forged.status_code == 401 and web.COOKIE not in forged.cookies

    supervisor = _logged_in(server, "nadzornik")
    csv_text = supervisor.get("/porocilo", params={"na_dan": D.isoformat(), "oblika": "csv"}).content.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(csv_text), delimiter=";"))[1:] == [
        ["31. 03. 2026", "PU Brežice", "2", "2"], ["31. 03. 2026", "skupaj", "2", "2"]]
    assert "PU Ljubljana" not in supervisor.get("/sinhronizacija").text
    other = psycopg.connect(server.dsn).execute("SELECT id FROM stations WHERE name = 'PU Ljubljana'").fetchone()[0]
    peek = supervisor.get("/", params={"od": START.isoformat(), "do": D.isoformat(), "postaja": str(other)}).text
    own = supervisor.get("/", params={"od": START.isoformat(), "do": D.isoformat()}).text
    protected = r"Osebe z začasno zaščito</td><td class=n>(\d+)<"
    assert re.search(protected, own)[1] == "2" and re.search(protected, peek)[1] == "0"  # another station: nothing
    ministry = _logged_in(server, "ministrstvo")
    health = ministry.get("/sinhronizacija").text
    assert "PU Ljubljana" in health and "PU Brežice" in health and "še nikoli" not in health
    pdf = ministry.get("/porocilo", params={"na_dan": D.isoformat(), "oblika": "pdf"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf.content)).pages[0]
    text = page.extract_text()
    assert "31. 03. 2026" in text and "PU Ljubljana" in text and "začasno zaščito" in text
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts and all("DejaVu" in str(f["/BaseFont"]) and "/FontFile2" in f["/FontDescriptor"].get_object()
                         for f in fonts), [f["/BaseFont"] for f in fonts]

    # a POST without the session's CSRF token is refused; with it, the session ends
    assert ministry.post("/odjava", data={"csrf": "forged"}).status_code == 403
    assert ministry.get("/", params={"od": START.isoformat(), "do": D.isoformat()}).status_code == 200
    csrf = re.search(r'name="csrf" value="([^"]+)"', ministry.get("/").text)[1]
    assert ministry.post("/odjava", data={"csrf": csrf}).status_code == 303
    assert ministry.get("/").status_code == 303


def _browser(download_dir: Path):
    pytest.importorskip("selenium")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not (chromium and driver_path):
        pytest.skip("Chromium and chromedriver are not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                f"--user-data-dir={download_dir / 'profile'}", "--window-size=1200,1600"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(driver_path), options=options)


def test_a_supervisor_in_a_real_browser(synced, tmp_path):
    server, stations = synced
    assert _add_user(server.dsn, "ministrstvo", "ministry").returncode == 0
    from selenium.webdriver.common.by import By

    driver = _browser(tmp_path)
    try:
        driver.get(server.url + "/")
        assert driver.current_url.endswith("/prijava")
        driver.find_element(By.ID, "ime").send_keys("ministrstvo")
        driver.find_element(By.ID, "geslo").send_keys(PASSWORD)
        driver.find_element(By.ID, "prijava").click()
        from selenium.webdriver.support.ui import WebDriverWait

        WebDriverWait(driver, 20).until(lambda d: not d.current_url.endswith("/prijava"))
        driver.get(f"{server.url}/?od={START.isoformat()}&do={D.isoformat()}")
        assert driver.find_element(By.ID, "obdobje").text == "01. 03. 2026 – 31. 03. 2026"
        summary = {r.find_elements(By.TAG_NAME, "td")[0].text: int(r.find_elements(By.TAG_NAME, "td")[1].text)
                   for r in driver.find_elements(By.CSS_SELECTOR, "#povzetek tr")[1:]}
        station = S.figures(stations[0].db, START, D)
        assert summary == {F.ARRIVALS.label: 2 * station.total("arrivals"),
                           F.APPLICATIONS.label: 2 * station.total("applications"),
                           F.RELOCATION_PASSES.label: 0, "Osebe z začasno zaščito": 4,
                           "Mladoletniki brez spremstva": 4}
        # the charts are drawn: one bar per day of March, with the day's count in its title
        bars = driver.find_elements(By.CSS_SELECTOR, "#graf-arrivals rect.stolpec")
        assert len(bars) == 31
        heights = [float(b.get_attribute("height")) for b in bars]
        assert heights[9] == max(heights) > 0 and heights[1] == 0  # 10 March: four arrivals; 2 March: none
        assert len(driver.find_elements(By.CSS_SELECTOR, "#graf-stanje rect.stolpec")) == 3
        driver.save_screenshot(str(SHOTS / "priloga-centre-statistics.png"))

        driver.get(f"{server.url}/porocilo?na_dan={D.isoformat()}")
        table = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
                 for tr in driver.find_elements(By.CSS_SELECTOR, "#eu tr")[1:]]
        assert table == [["PU Brežice", "2", "2"], ["PU Ljubljana", "2", "2"], ["skupaj", "4", "4"]]
        href = driver.find_element(By.ID, "izvoz-csv").get_attribute("href")
        cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
        exported = httpx.get(href, cookies=cookies).content.decode("utf-8-sig")
        assert [row[1:] for row in csv.reader(io.StringIO(exported), delimiter=";")][1:] == table
        driver.get(server.url + "/sinhronizacija")
        assert len(driver.find_elements(By.CSS_SELECTOR, "#sinhronizacija tr")) == 3
        driver.save_screenshot(str(SHOTS / "priloga-centre-sync.png"))
    finally:
        driver.quit()
