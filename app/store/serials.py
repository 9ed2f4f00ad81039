"""Serial numbers of ZZ-8 cards (izkaznica osebe z začasno zaščito), per issuing office, in `card_serials`.

Format: the office's code in capitals, a hyphen, the office's running number in six digits —
``LOGATEC-000418`` is the 418th card of Upravna enota Logatec (code ``logatec`` in
`forms/codelists/upravne-enote.yaml`). Numbers start at 1 per office and follow without gaps; a
number is taken inside one BEGIN IMMEDIATE transaction (max(number) + 1), so two stations or processes
issuing at once on one database never get the same number. A spoiled or lost card's serial is voided
(status "void", with the reason and time): it stays in the book and is never issued again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from app.store import audit
from app.store.db import IntegrityError
from app.store.drafts import now
from app.store.settings import Settings

ISSUED = "issued"
VOID = "void"
NUMBER_DIGITS = 6
SEPARATOR = "-"
#: an office code: lower-case letters, digits and hyphens (as in the code list of upravne enote)
OFFICE_CODE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SERIAL = re.compile(r"^([A-Z0-9]+(?:-[A-Z0-9]+)*)-([0-9]{%d,})$" % NUMBER_DIGITS)

_COLUMNS = ("office, number, serial, status, draft_id, person_id, void_reason, official, station_id, "
            "issued_at, voided_at")


class SerialError(Exception):
    """A serial number cannot be issued or voided; the message says why and what to do."""


class InvalidOffice(SerialError, ValueError):
    def __init__(self, office: object):
        self.office = office
        super().__init__(f"Oznaka upravne enote »{office}« ni veljavna; izberite upravno enoto s seznama "
                         f"(oznaka so male črke brez šumnikov, npr. »logatec« ali »ilirska-bistrica«).")


class UnknownSerial(SerialError, LookupError):
    def __init__(self, serial: object):
        self.serial = serial
        super().__init__(f"Serijske številke »{serial}« ni v evidenci izdanih izkaznic; preverite, ali je "
                         f"prepisana pravilno (npr. LOGATEC-000418).")


class SerialAlreadyVoid(SerialError):
    def __init__(self, serial: str, voided_at: str | None, reason: str | None):
        self.serial = serial
        when = f"{voided_at or '?'}: {reason or 'brez razloga'}"
        super().__init__(f"Serijska številka {serial} je že razveljavljena ({when}); "
                         f"razveljavljene številke ni mogoče ponovno razveljaviti ali uporabiti. Za novo "
                         f"izkaznico izdajte novo serijsko številko.")


class VoidReasonMissing(SerialError, ValueError):
    def __init__(self, serial: str):
        self.serial = serial
        super().__init__(f"Za razveljavitev serijske številke {serial} navedite razlog (npr. napaka v tisku, "
                         f"izgubljena ali poškodovana izkaznica).")


@dataclass(frozen=True)
class CardSerial:
    """One row of the serial book."""

    office: str
    number: int
    serial: str
    status: str
    draft_id: str | None
    person_id: str | None
    void_reason: str | None
    official: str
    station_id: str
    issued_at: str
    voided_at: str | None


def format_serial(office: str, number: int) -> str:
    """The printed serial: office code in capitals, hyphen, number in six digits (LOGATEC-000418)."""
    return f"{office.upper()}{SEPARATOR}{number:0{NUMBER_DIGITS}d}"


def parse_serial(serial: str) -> tuple[str, int] | None:
    """(office code, number) of a serial as printed (case and surrounding spaces do not matter)."""
    match = SERIAL.match(str(serial).strip().upper())
    if not match:
        return None
    return match.group(1).lower(), int(match.group(2))


class SerialBook:
    """Issues, voids and lists card serial numbers. Every write is one durable transaction."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings | None = None):
        self.db = db
        self.settings = settings or Settings(db)

    def issue(self, office: str, draft_id: str | None = None, person_id: str | None = None, official: str = "") -> str:
        """Take the office's next number (1, 2, 3 … without gaps) and return its serial."""
        code = str(office or "").strip().lower()
        if not OFFICE_CODE.match(code):
            raise InvalidOffice(office)
        station = self.settings.station_id  # may write the setting: before the transaction
        official = official or self.settings.official
        with self.db.write():
            (last,) = self.db.execute("SELECT max(number) FROM card_serials WHERE office = ?", [code]).fetchone()
            number = (last or 0) + 1
            serial = format_serial(code, number)
            try:
                self.db.execute(
                    f"INSERT INTO card_serials ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL)",
                    [code, number, serial, ISSUED, draft_id, person_id, official, station, now()])
                audit.record(self.db, "issue_serial", target="serial", target_id=serial, person_id=person_id,
                             detail={"draft_id": draft_id})
            except IntegrityError as exc:
                raise SerialError(f"Serijske številke ni mogoče izdati: osnutka {draft_id} ali osebe {person_id} "
                                  f"ni v zbirki ({exc}); izdajte jo iz shranjenega obrazca.") from exc
        return serial

    def void(self, serial: str, reason: str) -> CardSerial:
        """Mark a serial void with the reason and time; its number stays used and is never issued again."""
        current = self.get(serial)
        reason = " ".join(str(reason or "").split())
        if not reason:
            raise VoidReasonMissing(current.serial)
        with self.db.write():
            row = self.db.execute("SELECT status, voided_at, void_reason FROM card_serials"
                                  " WHERE office = ? AND number = ?", [current.office, current.number]).fetchone()
            if row[0] == VOID:
                raise SerialAlreadyVoid(current.serial, row[1], row[2])
            self.db.execute("UPDATE card_serials SET status = ?, void_reason = ?, voided_at = ? "
                            "WHERE office = ? AND number = ?", [VOID, reason, now(), current.office, current.number])
            audit.record(self.db, "void", target="serial", target_id=current.serial, person_id=current.person_id,
                         detail={"draft_id": current.draft_id})
        return self.get(current.serial)

    def get(self, serial: str) -> CardSerial:
        """The book's row of a serial (as printed; case does not matter); UnknownSerial if there is none."""
        parsed = parse_serial(serial)
        if parsed is None:
            raise UnknownSerial(serial)
        row = self.db.execute(f"SELECT {_COLUMNS} FROM card_serials WHERE office = ? AND number = ?",
                              list(parsed)).fetchone()
        if row is None:
            raise UnknownSerial(serial)
        return CardSerial(*row)

    def list(self, office: str | None = None) -> list[CardSerial]:
        """Every serial, or one office's, in order of office and number."""
        if office is None:
            rows = self.db.execute(f"SELECT {_COLUMNS} FROM card_serials ORDER BY office, number").fetchall()
        else:
            rows = self.db.execute(f"SELECT {_COLUMNS} FROM card_serials WHERE office = ? ORDER BY number",
                                   [str(office).strip().lower()]).fetchall()
        return [CardSerial(*row) for row in rows]
