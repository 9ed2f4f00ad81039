"""*Statistika*: the station's figures for a chosen period as charts (pyqtgraph), with the trend line and
a labelled projection of arrivals, exported as PDF or CSV through the workspace."""

from __future__ import annotations

import datetime as dt
import time

import pyqtgraph as pg
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.workspace.statistics import AGE_GROUPS, APPLICANT, ENDED, GRANTED, STATUS_LABELS, StatisticsError
from app.ui.i18n import message_text

BLUE, ORANGE, GREEN, GREY, RED = "#1f77b4", "#ff7f0e", "#2ca02c", "#7f7f7f", "#d62728"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class _DayAxis(pg.AxisItem):
    """Day numbers from the period's start, labelled dd. mm."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.start = dt.date.today()

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (Qt override)
        return [(self.start + dt.timedelta(days=int(round(v)))).strftime("%d. %m.") for v in values]


class _Chart(pg.PlotWidget):
    def __init__(self, title: str, parent=None, axis=None):
        super().__init__(parent, background="w", axisItems={"bottom": axis} if axis else None)
        self.setTitle(title, color="#000", size="10pt")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(y=True, alpha=0.2)
        self.setMinimumHeight(190)
        self.getAxis("left").setWidth(52)  # room for 100 000

    def bars(self, labels: list[str], series: list[tuple[str, list[int], str]]) -> None:
        """Grouped bars: each series (name, values, colour) side by side over the labels. The items are made once
        and updated in place on every refresh (making them anew costs more than counting at 100,000 persons)."""
        if not hasattr(self, "_bars"):
            self._bars, self._labels = [], []
            if len(series) > 1:
                self.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 230))
            for name, _, colour in series:
                item = pg.BarGraphItem(x=[0], height=[0], width=0.5, brush=colour, pen=colour, name=name)
                self.addItem(item)
                self._bars.append(item)
        width = 0.8 / max(1, len(series))
        shown = 0
        for index, (item, (_, values, _)) in enumerate(zip(self._bars, series)):
            xs = [i - 0.4 + width * (index + 0.5) for i in range(len(labels))]
            item.setOpts(x=xs, height=values, width=width * 0.9)
            for x, v in zip(xs, values):
                if shown == len(self._labels):
                    text = pg.TextItem("", color="#000", anchor=(0.5, 1))
                    self.addItem(text)
                    self._labels.append(text)
                self._labels[shown].setText(str(v))
                self._labels[shown].setPos(x, v)
                self._labels[shown].show()
                shown += 1
        for text in self._labels[shown:]:
            text.hide()
        self.getAxis("bottom").setTicks([[(i, label) for i, label in enumerate(labels)]])
        top = max([max(v) for _, v, _ in series if v] + [1])
        self.setYRange(0, top * 1.15, padding=0)
        self.setXRange(-0.6, max(0, len(labels) - 1) + 0.6, padding=0)


class StatisticsView(QWidget):
    """The Statistika tab: a period, the charts, *Izvozi PDF* and *Izvozi CSV*."""

    refreshed = Signal(float)  # seconds it took to count and draw

    def __init__(self, workspace, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.figures = None
        self.last_seconds = 0.0
        today = today or dt.date.today()
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit, day in ((self.start_edit, today - dt.timedelta(days=89)), (self.end_edit, today)):
            edit.setDisplayFormat("dd. MM. yyyy")
            edit.setCalendarPopup(True)
            edit.setDate(_qdate(day))
        self.refresh_button = QPushButton(self.tr("Prikaži"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Izvozi PDF"), self)
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.csv_button = QPushButton(self.tr("Izvozi CSV"), self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Obdobje od"), self), self.start_edit, QLabel(self.tr("do"), self), self.end_edit,
                       self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)
        self.day_axis = _DayAxis("bottom")
        self.daily_chart = _Chart(self.tr("Prihodi in vloge na dan, trend in projekcija prihodov"), self, self.day_axis)
        self.daily_chart.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 230), pen=pg.mkPen("#bbb"))
        self.daily_chart.plotItem.setClipToView(True)
        self.status_chart = _Chart(self.tr("Stanje oseb na zadnji dan obdobja"), self)
        self.nationality_chart = _Chart(self.tr("Državljanstvo (prosilci in osebe z zaščito)"), self)
        self.age_chart = _Chart(self.tr("Starostne skupine in spol"), self)
        self.documents_chart = _Chart(self.tr("Izkaznice, prepustnice ZZ-9, mladoletniki brez spremstva"), self)
        self.welfare_chart = _Chart(self.tr("Obrazci za pravice (UP) po vrsti"), self)
        grid = QGridLayout()
        grid.addWidget(self.daily_chart, 0, 0, 1, 3)
        for index, chart in enumerate((self.status_chart, self.nationality_chart, self.age_chart,
                                       self.documents_chart, self.welfare_chart)):
            grid.addWidget(chart, 1 + index // 3, index % 3)
        grid.setRowStretch(0, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())

    def set_period(self, start: dt.date, end: dt.date) -> None:
        self.start_edit.setDate(_qdate(start))
        self.end_edit.setDate(_qdate(end))

    def refresh(self) -> None:
        t0 = time.perf_counter()
        start, end = self.period()
        try:
            figures = self.workspace.statistics(start, end)
        except StatisticsError as exc:
            QMessageBox.warning(self, self.tr("Statistika"), message_text(exc))
            return
        self.figures = figures
        self._draw_daily(figures)
        states = (APPLICANT, GRANTED, ENDED)
        self.status_chart.bars([STATUS_LABELS[s] for s in states],
                               [(self.tr("osebe"), [figures.status.get(s, 0) for s in states], BLUE)])
        top = sorted(figures.citizenship.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        self.nationality_chart.bars([c or "?" for c, _ in top], [(self.tr("osebe"), [n for _, n in top], BLUE)])
        groups = [label for label, _, _ in AGE_GROUPS]
        self.age_chart.bars(groups, [(self.tr("ženske"), [figures.age_sex.get((g, "Z"), 0) for g in groups], ORANGE),
                                     (self.tr("moški"), [figures.age_sex.get((g, "M"), 0) for g in groups], BLUE)])
        self.documents_chart.bars(
            [self.tr("izdane"), self.tr("razveljavljene"), self.tr("ZZ-9"), self.tr("brez spremstva")],
            [(self.tr("število"), [figures.total("cards_issued"), figures.total("cards_voided"),
                                   figures.total("relocation_passes"), figures.unaccompanied_minors], GREEN)])
        welfare = figures.welfare_by_kind()
        self.welfare_chart.bars(list(welfare), [(self.tr("obrazci"), list(welfare.values()), BLUE)])
        self.summary.setText(self.tr(
            "{start} – {end}: prihodov {arrivals}, vlog {applications}; na {end} z začasno zaščito {protected}, "
            "mladoletnikov brez spremstva {minors}. Projekcija je podaljšana premica trenda (najmanjši kvadrati), "
            "ne napoved.").format(start=start.strftime("%d. %m. %Y"), end=end.strftime("%d. %m. %Y"),
                                  arrivals=figures.total("arrivals"), applications=figures.total("applications"),
                                  protected=figures.protected, minors=figures.unaccompanied_minors))
        self.last_seconds = time.perf_counter() - t0
        self.refreshed.emit(self.last_seconds)

    def _draw_daily(self, figures) -> None:
        chart = self.daily_chart
        self.day_axis.start = figures.start
        arrivals = self.workspace.arrivals_trend(figures)
        applications = self.workspace.applications_trend(figures)
        if not hasattr(self, "_daily"):
            self._daily = {
                "arrivals": chart.plot([], [], pen=pg.mkPen(BLUE, width=1.5), name=self.tr("prihodi")),
                "applications": chart.plot([], [], pen=pg.mkPen(GREEN, width=1.5), name=self.tr("vloge ZZ-1")),
                "trend": chart.plot([], [], pen=pg.mkPen(BLUE, width=1, style=Qt.DotLine),
                                    name=self.tr("trend prihodov (najmanjši kvadrati)")),
                "projection": chart.plot([], [], pen=pg.mkPen(ORANGE, width=2, style=Qt.DashLine),
                                         name=self.tr("projekcija prihodov (ni napoved)"))}
            self._projection_label = pg.TextItem(self.tr("projekcija"), color=ORANGE, anchor=(0.5, 1))
            self._period_end = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(GREY, style=Qt.DashLine))
            chart.addItem(self._projection_label)
            chart.addItem(self._period_end)
        xs = list(range(len(arrivals.days)))
        self._daily["arrivals"].setData(xs, arrivals.counts)
        self._daily["applications"].setData(xs, applications.counts)
        self._daily["trend"].setData(xs, arrivals.fitted)
        px = [xs[-1]] + [xs[-1] + i + 1 for i in range(len(arrivals.projected))] if xs else []
        py = [arrivals.fitted[-1]] + [v for _, v in arrivals.projected] if xs else []
        self._daily["projection"].setData(px, py)
        if px:
            self._projection_label.setPos(px[len(px) // 2], max(py[len(py) // 2], 0))
            self._period_end.setPos(xs[-1])
        chart.setXRange(0, (px[-1] if px else 1), padding=0.02)
        chart.setYRange(0, max(arrivals.counts + applications.counts + [1]) * 1.15, padding=0)

    def export_pdf(self, path: str | None = None):
        return self._export("PDF (*.pdf)", ".pdf", path, self.workspace.export_statistics_pdf)

    def export_csv(self, path: str | None = None):
        return self._export("CSV (*.csv)", ".csv", path, self.workspace.export_statistics_csv)

    def _export(self, pattern: str, suffix: str, path, write):
        start, end = self.period()
        if path is None:
            from app.ui.documents import remember_folder, start_path  # the last used or the documents folder

            path, _ = QFileDialog.getSaveFileName(self, self.tr("Izvoz statistike"),
                                                  start_path(f"statistika-{start:%Y%m%d}-{end:%Y%m%d}{suffix}"), pattern)
            if not path:
                return None
            remember_folder(path)
        try:
            return write(path, start, end)
        except (OSError, StatisticsError) as exc:
            QMessageBox.warning(self, self.tr("Izvoz statistike"),
                                self.tr("Izvoz ni uspel: {error}. Izberite drugo mapo ali obdobje.").format(error=message_text(exc)))
            return None
