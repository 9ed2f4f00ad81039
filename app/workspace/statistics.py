"""Statistics of a period (figures, trend line and projection of arrivals, CSV and PDF export). No Qt.

The figures are defined in app.engine.figures and counted by app.store.statistics; the central
server computes them from the same definitions."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from app.engine.figures import (AGE_GROUPS, APPLICANT, DAILY, ENDED, GRANTED, SEX_LABELS, STATUS_LABELS,  # noqa: F401
                                Figures, Trendline, table, trendline)
from app.store import statistics as _store

#: how many weeks the arrivals' trend is carried beyond the period (labelled a projection)
PROJECTION_WEEKS = 4
CSV_HEADER = ("podatek", "oznaka", "kategorija", "število")


class StatisticsError(ValueError):
    """A period that cannot be counted (end before start)."""


def _check(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise StatisticsError(f"konec obdobja ({end:%d. %m. %Y}) je pred začetkom ({start:%d. %m. %Y}); "
                              f"zamenjajte datuma")


class StatisticsCases:
    """Statistics use cases of the Workspace (mixed into app.workspace.core.Workspace)."""

    def statistics(self, start: dt.date, end: dt.date) -> Figures:
        """Every figure for start…end (the figures "on day D" for `end`)."""
        self.require("fill")
        _check(start, end)
        return _store.figures(self.db, start, end)

    def arrivals_trend(self, figures: Figures, weeks: int = PROJECTION_WEEKS) -> Trendline:
        return trendline(figures.daily.get("arrivals", {}), figures.start, figures.end, weeks)

    def applications_trend(self, figures: Figures, weeks: int = PROJECTION_WEEKS) -> Trendline:
        return trendline(figures.daily.get("applications", {}), figures.start, figures.end, weeks)

    def statistics_csv(self, start: dt.date, end: dt.date) -> str:
        """Every figure as CSV (semicolons, UTF-8), the projection of arrivals labelled as such."""
        figures = self.statistics(start, end)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for key, label, category, n in table(figures):
            writer.writerow((key, label, category, n))
        for day, value in self.arrivals_trend(figures).projected:
            writer.writerow(("arrivals_projection", "Prihodi: projekcija trenda (ni napoved)",
                             f"{day:%d. %m. %Y}", f"{value:.1f}".replace(".", ",")))
        return out.getvalue()

    def export_statistics_csv(self, path: str | Path, start: dt.date, end: dt.date) -> Path:
        path = Path(path)
        path.write_text(self.statistics_csv(start, end), encoding="utf-8-sig")
        self.record("export", target="statistics", detail={"format": "csv", "from": start.isoformat(),
                                                           "to": end.isoformat()})
        return path

    def statistics_pdf(self, start: dt.date, end: dt.date) -> bytes:
        from app.export.statistics import statistics_pdf

        return statistics_pdf(self.statistics(start, end), self.settings.station_name, PROJECTION_WEEKS)

    def export_statistics_pdf(self, path: str | Path, start: dt.date, end: dt.date) -> Path:
        path = Path(path)
        path.write_bytes(self.statistics_pdf(start, end))
        self.record("export", target="statistics", detail={"format": "pdf", "from": start.isoformat(),
                                                           "to": end.isoformat()})
        return path
