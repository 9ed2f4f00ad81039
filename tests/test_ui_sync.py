"""»Sinhroniziraj« in the main window against a real server process and PostgreSQL: the sync runs in a worker
thread, the status bar shows the pending changes and the last sync; an unreachable server and a revoked
station are told in Slovenian, and work on the station goes on."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from app.workspace import sync
from tests.server_helpers import free_port, pg_bin
from tests.test_server import dsn, postgres, rows, server, server_cli  # noqa: F401  (fixtures)
from ws_helpers import new_workspace

pytestmark = pytest.mark.skipif(pg_bin() is None, reason="PostgreSQL is not installed (.ci/run installs it)")

SHOTS = Path(os.environ.get("PRILOGA_SCREENSHOTS", "/tmp/priloga-shots"))


@pytest.fixture()
def station(server, tmp_path):
    ws = new_workspace(tmp_path / "A.sqlite3")
    sync.enrol(ws, server.url, server_cli(server.dsn, "enrol-station", "A").stdout.strip())
    yield ws
    ws.close()


def _window(qtbot, ws):
    from app.ui.main_window import MainWindow

    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.syncer.stop()  # the test drives the sync itself
    window.show()
    return window


def test_sync_action_sends_in_the_background_and_the_status_bar_shows_none_pending(qtbot, server, station):
    station.register.add_person(surname="Ševčenko", given_name="Olena", birth_date="1985-03-02")
    station.register.add_person(surname="Kovalenko", given_name="Ivan", birth_date="1979-11-20")
    window = _window(qtbot, station)
    window._update_audit_head()
    assert "Neposlanih: 2" in window.sync_label.text()
    assert "Še ni bilo sinhronizacije" in window.sync_label.text()
    assert window.sync_action.isVisible() and window.sync_action.shortcut().toString() == "F9"
    with qtbot.waitSignal(window.syncer.synced, timeout=30000) as blocker:
        window.sync_action.trigger()
        assert window.syncer.busy  # the window's thread goes on while the worker syncs
        station.register.add_person(surname="Bondarenko", given_name="Maria")  # typing is never blocked
    assert blocker.args[0].pushed >= 2 and not blocker.args[0].rejected
    assert {r[0] for r in rows(server.dsn, "SELECT data->>'surname' FROM persons")} >= {"Ševčenko", "Kovalenko"}
    with qtbot.waitSignal(window.syncer.synced, timeout=30000):  # the one added meanwhile goes next time
        window.sync_action.trigger()
    text = window.sync_label.text()
    assert "Neposlanih: 0" in text and "⚠" not in text
    today = time.strftime("%d. %m. %Y")
    assert f"Sinhronizirano: {today}" in text
    assert rows(server.dsn, "SELECT count(*) FROM persons") == [(3,)]
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "sync-status.png"))


def test_unreachable_server_and_revoked_station_are_told_and_work_goes_on(qtbot, server, station):
    window = _window(qtbot, station)
    station.settings.set("sync.url", f"http://127.0.0.1:{free_port()}")  # nobody listens there
    with qtbot.waitSignal(window.syncer.failed, timeout=30000) as blocker:
        window.sync_now()
    assert "ni dosegljiv" in blocker.args[0] and "Delo na postaji teče naprej" in blocker.args[0]
    assert "⚠ Register ni dosegljiv" in window.sync_label.text()
    assert "Delo na postaji teče naprej" in window.sync_label.toolTip()
    station.register.add_person(surname="Melnyk", given_name="Oksana")  # offline work is not blocked
    window._update_audit_head()
    assert "Neposlanih: 1" in window.sync_label.text()
    station.settings.set("sync.url", server.url)
    server_cli(server.dsn, "revoke-station", "A")
    with qtbot.waitSignal(window.syncer.failed, timeout=30000) as blocker:
        window.sync_now()
    assert "preklic" in blocker.args[0].lower()
    assert "⚠ Postaja je preklicana" in window.sync_label.text()
    assert "Neposlanih: 1" in window.sync_label.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "sync-revoked.png"))


def test_background_sync_runs_on_its_timer(qtbot, server, station):
    from app.ui.sync_ui import SyncScheduler

    station.settings.set("sync_every_minutes", "1")
    station.register.add_person(surname="Tkachenko", given_name="Petro")
    scheduler = SyncScheduler(station, first_sync_ms=10)
    assert scheduler.timer.interval() == 60_000
    with qtbot.waitSignal(scheduler.synced, timeout=30000):
        pass
    assert sync.status(station)["pending"] == 0 and sync.status(station)["last_sync"] is not None
    station.settings.set("sync_every_minutes", "0")
    off = SyncScheduler(station, first_sync_ms=10)
    assert not off.timer.isActive()
