"""The Statistika and Roki tabs under pytest-qt (offscreen), with screenshots."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.test_figures import D, START, station  # noqa: F401  (the generated station with known answers)
from ui_helpers import ui_app  # noqa: F401

pytest.importorskip("pytestqt")
SHOTS = os.environ.get("PRILOGA_SCREENSHOTS", "")


def _shot(widget, name, tmp_path):
    path = (os.path.join(SHOTS, name) if SHOTS else str(tmp_path / name))
    assert widget.grab().save(path)
    return path


def test_statistics_view_draws_the_known_figures_and_exports(qtbot, ui_app, station, tmp_path):  # noqa: F811
    from app.ui.statistics import StatisticsView

    view = StatisticsView(station, today=D)
    qtbot.addWidget(view)
    view.resize(1300, 860)
    view.set_period(START, D)
    view.show()
    view.refresh()
    assert view.figures.total("arrivals") == 7 and view.figures.unaccompanied_minors == 2
    assert "prihodov 7, vlog 2" in view.summary.text() and "z začasno zaščito 2" in view.summary.text()
    names = [item.name() for item in view.daily_chart.plotItem.listDataItems()]
    assert "projekcija prihodov (ni napoved)" in names and "trend prihodov (najmanjši kvadrati)" in names
    projection = view.daily_chart.plotItem.listDataItems()[names.index("projekcija prihodov (ni napoved)")]
    assert len(projection.xData) == 1 + 28  # from the period's last day, four weeks on
    bars = [i for i in view.age_chart.plotItem.items if i.__class__.__name__ == "BarGraphItem"]
    assert [list(b.opts["height"]) for b in bars] == [[0, 2, 0, 2, 0], [1, 0, 1, 0, 1]]
    assert view.last_seconds < 2
    view.set_period(START, dt.date(2026, 3, 9))  # drawn again in place: on the 9th A, B and F (not yet ended)
    view.refresh()
    assert [list(b.opts["height"]) for b in bars] == [[0, 0, 0, 1, 0], [1, 0, 0, 1, 0]]
    assert len(projection.xData) == 1 + 28 and projection.xData[0] == 8
    view.set_period(START, D)
    view.refresh()
    png = _shot(view, "statistika.png", tmp_path)
    assert os.path.getsize(png) > 20000
    assert view.export_csv(str(tmp_path / "s.csv")).read_text(encoding="utf-8-sig").startswith("podatek;oznaka")
    assert view.export_pdf(str(tmp_path / "s.pdf")).read_bytes().startswith(b"%PDF")


def test_a_reversed_period_is_refused(qtbot, ui_app, station, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    from app.ui.statistics import StatisticsView

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    view = StatisticsView(station)
    qtbot.addWidget(view)
    view.set_period(D, START)
    view.refresh()
    assert view.figures is None and "pred začetkom" in shown[0]


def test_deadlines_tab_counts_sorts_and_opens(qtbot, ui_app, station, tmp_path):  # noqa: F811
    from PySide6.QtCore import Qt

    from app.ui.main_window import MainWindow

    today = dt.date.today()
    granted = station.add_person(surname="Ševčenko", given_name="Olena", status="granted")
    up8 = station.new_draft_for_person("UP-8", granted)
    data = dict(up8.data, change_date=(today - dt.timedelta(days=12)).isoformat())
    station.save(up8.id, data)
    win = MainWindow(station)
    qtbot.addWidget(win)
    win.resize(1300, 700)
    win.show()
    view = win.deadlines_view
    qtbot.waitUntil(lambda: len(view.items) > 0)  # counted once the window is up
    count = len(view.items)
    assert count >= 3  # a card and Eurodac for Olena, the late change, and the station's other persons
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert f"Roki ({count})" in titles and "Statistika" in titles
    model = view.model
    days = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [i.due_on for i in view.items] == sorted(i.due_on for i in view.items)
    assert all(len(d) == 12 and d[2:4] == ". " for d in days)
    view.table.sortByColumn(0, Qt.DescendingOrder)
    assert [i.due_on for i in view.items] == sorted((i.due_on for i in view.items), reverse=True)
    view.table.sortByColumn(1, Qt.AscendingOrder)
    assert model.index(0, 1).data() == "zamuda"
    opened = []
    view.open_person.disconnect()
    view.open_draft.disconnect()
    view.open_person.connect(lambda pid: opened.append(("person", pid)))
    view.open_draft.connect(lambda did: opened.append(("draft", did)))
    late = next(r for r in range(model.rowCount()) if view.item_at(r).kind == "change_late")
    view.table.doubleClicked.emit(model.index(late, 2))
    card = next(r for r in range(model.rowCount())
                if view.item_at(r).kind == "card" and view.item_at(r).person_id == granted)
    view.table.doubleClicked.emit(model.index(card, 2))
    retention = [r for r in range(model.rowCount()) if view.item_at(r).draft_id and not view.item_at(r).person_id]
    assert opened == [("person", granted), ("person", granted)]
    assert model.index(late, 4).data() == "Ševčenko Olena"  # the family column names a person alone too
    if retention:
        view.table.doubleClicked.emit(model.index(retention[0], 0))
        assert opened[-1] == ("draft", view.item_at(retention[0]).draft_id)
    win.tabs.setCurrentWidget(view)
    _shot(win, "roki.png", tmp_path)
    assert win.statistics_view is None  # the charts' library is loaded when the tab is first opened
    win.tabs.setCurrentIndex(titles.index("Statistika"))
    assert win.statistics_view.figures is not None  # drawn when the tab is first shown


def test_eurodac_marked_and_periods_set_from_the_deadlines_tab(qtbot, ui_app, workspace, monkeypatch):
    from PySide6.QtCore import QItemSelectionModel, QTimer
    from PySide6.QtWidgets import QLineEdit

    from app.ui.deadlines import DeadlinesView

    person = workspace.add_person(surname="Ševčenko", given_name="Olena")
    view = DeadlinesView(workspace)
    qtbot.addWidget(view)
    view.refresh()
    row = next(r for r in range(view.model.rowCount()) if view.item_at(r).kind == "eurodac")
    assert not view.eurodac_button.isEnabled()
    view.table.selectionModel().select(view.model.index(row, 0), QItemSelectionModel.ClearAndSelect
                                       | QItemSelectionModel.Rows)
    assert view.eurodac_button.isEnabled()
    view.eurodac_button.click()
    assert not any(i.kind == "eurodac" and i.person_id == person for i in view.items)

    def fill():
        dialog = view._settings_dialog
        edits = dialog.findChildren(QLineEdit)
        edits[-2].setText("5")  # the lead for ZZ-3
        edits[-1].setText("12")  # Eurodac
        dialog.accept()

    QTimer.singleShot(0, fill)
    view.settings_button.click()
    assert workspace.deadline_settings()["eurodac_days"] == "12"
    assert workspace.deadline_settings()["protection_lead_days"] == "5"
