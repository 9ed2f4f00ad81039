"""What was printed, when and by whom (print jobs and their items), and each printer's measured offsets. No Qt."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # annotations only: importing sqlite-utils costs ~130 ms at start
    import sqlite_utils

from app.store import audit
from app.store.drafts import now
from app.store.settings import Settings

#: what a print item is
KINDS = ("form", "card", "card_sheet", "blank", "calibration")


@dataclass(frozen=True)
class PrintItem:
    kind: str  # one of KINDS
    draft_id: str | None = None
    signed_id: str | None = None  # the signed version printed, when the form is signed


@dataclass(frozen=True)
class PrintRecord:
    job_id: str
    printer: str
    created_at: str
    official: str
    station_id: str
    position: int
    kind: str
    draft_id: str | None
    signed_id: str | None
    reprint: bool


@dataclass(frozen=True)
class Offsets:
    """A printer's measured misplacement: the sheet is drawn shifted by (dx, dy) mm and scaled."""

    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    @property
    def is_identity(self) -> bool:
        return self.dx_mm == 0 and self.dy_mm == 0 and self.scale_x == 1 and self.scale_y == 1


class PrintLog:
    """Every print job with its items; printing something already printed is recorded as a reprint."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings | None = None):
        self.db = db
        self.settings = settings or Settings(db)

    def record(self, printer: str, items: Iterable[PrintItem | dict], pages: int = 0) -> str:
        """Record one job on `printer`; return its id."""
        items = [item if isinstance(item, PrintItem) else PrintItem(**item) for item in items]
        for item in items:
            if item.kind not in KINDS:
                raise ValueError(f"unknown print item kind {item.kind!r} (expected one of {', '.join(KINDS)})")
        job_id = str(uuid.uuid4())
        with self.db.write():
            self.db.execute("INSERT INTO print_jobs (id, printer, pages, official, station_id, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)",
                            [job_id, printer, pages, self.settings.official, self.settings.station_id, now()])
            seen: set[tuple] = set()
            for position, item in enumerate(items):
                key = (item.kind, item.draft_id, item.signed_id)
                reprint = key in seen or (item.draft_id is not None and self._printed_before(item))
                seen.add(key)
                self.db.execute("INSERT INTO print_items (job_id, position, kind, draft_id, signed_id, reprint)"
                                " VALUES (?, ?, ?, ?, ?, ?)",
                                [job_id, position, item.kind, item.draft_id, item.signed_id, int(reprint)])
                audit.record(self.db, "print", target="draft" if item.draft_id else item.kind, target_id=item.draft_id,
                             detail={"job": job_id, "kind": item.kind, "printer": printer, "reprint": bool(reprint),
                                     **({"signed_id": item.signed_id} if item.signed_id else {})})
        return job_id

    def _printed_before(self, item: PrintItem) -> bool:
        """The same form (a card counts as printed whether alone or on a sheet) was printed before."""
        kinds = ("card", "card_sheet") if item.kind in ("card", "card_sheet") else (item.kind,)
        marks = ", ".join("?" * len(kinds))
        return self.db.execute(f"SELECT 1 FROM print_items WHERE draft_id = ? AND kind IN ({marks}) LIMIT 1",
                               [item.draft_id, *kinds]).fetchone() is not None

    def history(self, draft_id: str) -> list[PrintRecord]:
        """Every time the draft was printed, oldest first."""
        rows = self.db.execute(
            "SELECT j.id, j.printer, j.created_at, j.official, j.station_id, i.position, i.kind, i.draft_id,"
            " i.signed_id, i.reprint FROM print_items i JOIN print_jobs j ON j.id = i.job_id"
            " WHERE i.draft_id = ? ORDER BY j.created_at, i.position", [draft_id]).fetchall()
        return [PrintRecord(*row[:9], bool(row[9])) for row in rows]

    def job(self, job_id: str) -> list[PrintRecord]:
        rows = self.db.execute(
            "SELECT j.id, j.printer, j.created_at, j.official, j.station_id, i.position, i.kind, i.draft_id,"
            " i.signed_id, i.reprint FROM print_items i JOIN print_jobs j ON j.id = i.job_id"
            " WHERE j.id = ? ORDER BY i.position", [job_id]).fetchall()
        return [PrintRecord(*row[:9], bool(row[9])) for row in rows]


class PrinterOffsets:
    """Per-printer offsets measured on the calibration page."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def get(self, printer: str) -> Offsets:
        row = self.db.execute("SELECT dx_mm, dy_mm, scale_x, scale_y FROM printer_offsets WHERE printer = ?",
                              [printer]).fetchone()
        return Offsets(*row) if row else Offsets()

    def set(self, printer: str, offsets: Offsets) -> None:
        for name, value, low, high in (("dx_mm", offsets.dx_mm, -20, 20), ("dy_mm", offsets.dy_mm, -20, 20),
                                       ("scale_x", offsets.scale_x, 0.9, 1.1), ("scale_y", offsets.scale_y, 0.9, 1.1)):
            if not low <= value <= high:
                raise ValueError(f"{name} = {value:g} je zunaj dovoljenega obsega {low:g} … {high:g}")
        with self.db.write():
            self.db.execute(
                "INSERT INTO printer_offsets (printer, dx_mm, dy_mm, scale_x, scale_y, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (printer) DO UPDATE SET dx_mm = excluded.dx_mm,"
                " dy_mm = excluded.dy_mm, scale_x = excluded.scale_x, scale_y = excluded.scale_y,"
                " updated_at = excluded.updated_at",
                [printer, offsets.dx_mm, offsets.dy_mm, offsets.scale_x, offsets.scale_y, now()])

    def printers(self) -> dict[str, Offsets]:
        rows = self.db.execute("SELECT printer, dx_mm, dy_mm, scale_x, scale_y FROM printer_offsets ORDER BY printer")
        return {row[0]: Offsets(*row[1:]) for row in rows.fetchall()}
