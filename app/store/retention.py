"""Retention periods and erasure: what is due for erasure, and erasing it with a record of the erasure.

Kinds of record, each with its own retention period in months (setting ``retention.<kind>``; ``0``
means the kind is never due). The periods run from a day the register knows:

=================  ==========  ===========================================================================
kind               default     runs from
=================  ==========  ===========================================================================
person_ended       60 (5 let)  the day the person's temporary protection ended (``protection_ended_on``,
                               recorded when the status becomes »začasna zaščita prenehala«)
person_inactive    60 (5 let)  a person whose protection is not recorded as ended (applicant, granted):
                               the last change of anything of theirs (register record, documents, photo,
                               family links, forms, signatures, printing)
form_unlinked      60 (5 let)  a finished form not tied to a person of the register: its last change,
                               signature or print
draft_unlinked     6           an unfinished draft not tied to a person: its last change
print_log          24 (2 leti) a print job (who printed what, when, on which printer): the day it printed
=================  ==========  ===========================================================================

A person is erased with everything of theirs: documents, photo, family links (both ways), every form
filed for them with its photo, its signed PDFs and its lines in the print log. Signed PDFs follow
their form; they have no period of their own. A card's serial number stays in the serial book (numbers
are never reused) without its references to the person and the form. The audit trail stays as it is:
it holds identifiers, field names and counts, never values.

A family is erased together: a person is due only when every person linked to them (and everyone
linked to those) is due, from the latest of their days — a mother's record stays while it is needed
for her child's procedure.

WHY THESE DEFAULTS. The forms' privacy notices say the data are kept »skladno s 73. členom Zakona o
začasni zaščiti razseljenih oseb« (ZZZRO-1); the text of that article was not at hand when these
defaults were chosen, so they are an analogy, not a citation: the Zakon o tujcih (ZTuj-2, Uradni list
RS, št. 91/21 – UPB9), 115. člen, keeps the records of temporary residence permits and of persons
accommodated in a centre five years after the permit expired or the decision was made (biometric
photos five years after the decision) — hence five years after protection ended, or after the last
activity when no end is recorded. A draft never finished nor tied to a person has no legal effect:
six months is enough to finish it (GDPR 5(1)(e), storage limitation). The print log is an operational
record (the audit trail keeps every print event without personal data): two years.
**The periods must be checked against 73. člen ZZZRO-1 by the controller; they are settings** that an
administrator changes (``set_period``, the retention dialog) without a new version of the program.

Erasure runs in ONE transaction with ``PRAGMA secure_delete = ON`` (deleted rows and freed pages are
overwritten with zeros), rebuilds the name search index into one segment (FTS5 keeps deleted terms in
old segments until they are merged) and then checkpoints the WAL (``wal_checkpoint(TRUNCATE)``), so
that no readable copy of the erased values is left in the database file or its journal. ``compact``
(VACUUM) also rewrites every page, which removes older versions of the values left in free space by
earlier changes (before secure deletion was on); it takes memory and time of the order of the
database's size (≈ 5 s and 0.7 GB at 100,000 persons).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:
    from app.store.db import Database

from app.engine.dates import format_date
from app.store import audit, outbox
from app.store.db import fts_rowid
from app.store.drafts import fold
from app.store.settings import Settings

PERSON_ENDED = "person_ended"
PERSON_INACTIVE = "person_inactive"
FORM_UNLINKED = "form_unlinked"
DRAFT_UNLINKED = "draft_unlinked"
PRINT_LOG = "print_log"

#: every kind of record with a retention period, in the order screens list them
KINDS = (PERSON_ENDED, PERSON_INACTIVE, FORM_UNLINKED, DRAFT_UNLINKED, PRINT_LOG)

#: Default retention periods in months (0: never due). Chosen by analogy (see the module's docstring);
#: TO BE CHECKED against 73. člen ZZZRO-1 — every one is a setting an administrator can change.
DEFAULTS: dict[str, int] = {
    PERSON_ENDED: 60,     # 5 years after temporary protection ended (cf. ZTuj-2, 115. člen: 5 years)
    PERSON_INACTIVE: 60,  # 5 years after the last activity when no end of protection is recorded
    FORM_UNLINKED: 60,    # finished forms filled without the register: as a person's forms
    DRAFT_UNLINKED: 6,    # unfinished drafts of nobody in the register: 6 months of inactivity
    PRINT_LOG: 24,        # the print log: 2 years
}

#: What each kind is, in Slovenian (screens, the README)
KIND_NAMES = {
    PERSON_ENDED: "oseba, ki ji je začasna zaščita prenehala, z vsemi obrazci",
    PERSON_INACTIVE: "oseba brez sprememb (prosilec ali oseba z začasno zaščito), z vsemi obrazci",
    FORM_UNLINKED: "zaključen obrazec, ki ni vezan na osebo v registru",
    DRAFT_UNLINKED: "nedokončan osnutek, ki ni vezan na osebo v registru",
    PRINT_LOG: "evidenca tiskanja",
}

#: From when each kind's period runs, in Slovenian
KIND_FROM = {
    PERSON_ENDED: "od prenehanja začasne zaščite",
    PERSON_INACTIVE: "od zadnje spremembe osebe ali njenih obrazcev",
    FORM_UNLINKED: "od zadnje spremembe, podpisa ali tiskanja obrazca",
    DRAFT_UNLINKED: "od zadnje spremembe osnutka",
    PRINT_LOG: "od tiskanja",
}

SETTING_PREFIX = "retention."
MAX_MONTHS = 1200  # 100 years

_PERSON_KINDS = (PERSON_ENDED, PERSON_INACTIVE)
_DRAFT_KINDS = (FORM_UNLINKED, DRAFT_UNLINKED)


class RetentionError(ValueError):
    """An erasure or a period that cannot be done or set; the message says why (in Slovenian)."""


class NotDue(RetentionError):
    """Some of the records asked to be erased are not (or no longer) due for erasure."""

    def __init__(self, ids: list[str]):
        self.ids = ids
        super().__init__(f"Za izbris ni (več) na vrsti: {', '.join(ids)}. Izbrisati je mogoče le zapise, ki jim je "
                         f"potekel rok hrambe; osvežite seznam.")


@dataclass(frozen=True)
class DueItem:
    """A record due for erasure, as the supervisor's list shows it."""

    kind: str           # one of KINDS
    id: str             # the person's, the draft's or the print job's id
    name: str           # the person's name, the form's title, the printer: for the supervisor's screen only
    reason: str         # why it is due, in Slovenian
    due_since: dt.date  # the day its retention period ended
    since: dt.date      # the day the period runs from
    form_code: str | None = None
    status: str | None = None  # the person's or the draft's status


@dataclass
class EraseReport:
    """What an erasure removed (rows per table) and how the database was cleaned afterwards."""

    persons: int = 0
    drafts: int = 0
    print_jobs: int = 0
    rows: dict[str, int] = field(default_factory=dict)  # table → rows deleted
    serials_kept: int = 0       # serial numbers kept in the book without their references
    drafts_unlinked: int = 0    # forms kept that referred to an erased form (parent_id cleared)
    #: what is gone: "persons", "drafts" (also those of the persons) and "print_jobs" → ids, e.g. for the
    #: windows of the GUI to close what they show of them
    erased: dict[str, list[str]] = field(default_factory=lambda: {"persons": [], "drafts": [], "print_jobs": []})
    checkpoint: tuple | None = None  # (busy, WAL frames, frames checkpointed) of wal_checkpoint(TRUNCATE)
    compacted: bool = False     # VACUUM ran

    @property
    def checkpointed(self) -> bool:
        """The WAL was copied into the database and emptied (another reader can keep it from that)."""
        return self.checkpoint is not None and self.checkpoint[0] == 0

    def _add(self, counts: Mapping[str, int]) -> None:
        for table, n in counts.items():
            if table.startswith("_"):
                continue
            if table == "serials_kept":
                self.serials_kept += n
            elif table == "drafts_unlinked":
                self.drafts_unlinked += n
            elif n:
                self.rows[table] = self.rows.get(table, 0) + n


# --- periods ---------------------------------------------------------------------------------------


def setting_key(kind: str) -> str:
    return SETTING_PREFIX + kind


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise RetentionError(f"neznana vrsta zapisa »{kind}«; mogoče so: {', '.join(KINDS)}")


def parse_period(text: object) -> int:
    """Months from "60", "6m", "5y" / "5l" (years, let) or "0" (never); RetentionError otherwise."""
    raw = str(text if text is not None else "").strip().lower().replace(" ", "")
    match = re.fullmatch(r"(\d{1,4})(m|mes|meseci?|mesecev|y|l|let|leta?|leti)?", raw)
    if not match:
        raise RetentionError(f"rok hrambe »{text}« ni veljaven; vpišite število mesecev (npr. 6) ali let (npr. 5l)")
    months = int(match.group(1)) * (12 if (match.group(2) or "m")[0] in "yl" else 1)
    if months > MAX_MONTHS:
        raise RetentionError(f"rok hrambe je lahko največ {MAX_MONTHS // 12} let")
    return months


def periods(source: Database | Settings) -> dict[str, int]:
    """Every kind's period in months (0: never due): the setting, else the default."""
    settings = source if isinstance(source, Settings) else Settings(source)
    out = {}
    for kind in KINDS:
        value = settings.get(setting_key(kind), "")
        try:
            out[kind] = parse_period(value) if value.strip() else DEFAULTS[kind]
        except RetentionError:  # a setting written by hand that does not parse: the default, not a crash
            out[kind] = DEFAULTS[kind]
    return out


def set_period(db: Database, kind: str, months: int | str) -> int:
    """Set a kind's period (months, or text such as "5l"); the change is in the audit trail (settings)."""
    _check_kind(kind)
    value = parse_period(months)
    Settings(db).set(setting_key(kind), str(value))
    return value


def period_text(months: int) -> str:
    """»5 let«, »2 leti«, »6 mesecev«, »1 leto in 6 mesecev«; »brez roka« for 0."""
    if not months:
        return "brez roka (se ne briše)"
    years, rest = divmod(int(months), 12)
    parts = []
    if years:
        parts.append(f"{years} {_plural(years, 'leto', 'leti', 'leta', 'let')}")
    if rest:
        parts.append(f"{rest} {_plural(rest, 'mesec', 'meseca', 'meseci', 'mesecev')}")
    return " in ".join(parts)


def _plural(n: int, one: str, two: str, few: str, many: str) -> str:
    """Slovenian number forms: 1 (101, …) one, 2 two, 3–4 few, otherwise many."""
    last = n % 100
    if last == 1:
        return one
    if last == 2:
        return two
    if last in (3, 4):
        return few
    return many


# --- dates -----------------------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), on the month's last day when it has no such day
    (31. 8. + 6 months = 28. 2. or 29. 2.)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _latest_start(today: dt.date, months: int) -> dt.date:
    """The latest day a period of `months` can start on and have ended by `today` (add_months ≤ today)."""
    start = add_months(today, -months)
    if today.day == calendar.monthrange(today.year, today.month)[1]:  # 31. 8. … 31. 3. → 28. 2. and later
        start = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def _day(stamp: str | None) -> dt.date | None:
    """The date of a stored ISO text (a date or a UTC timestamp)."""
    if not stamp:
        return None
    try:
        return dt.date.fromisoformat(str(stamp)[:10])
    except ValueError:
        return None


def _next_day(day: dt.date) -> str:
    return (day + dt.timedelta(days=1)).isoformat()


# --- what is due -----------------------------------------------------------------------------------

#: The last change of anything of a person's (their record, documents, photo, links, forms, signatures, prints)
_PERSON_LAST = """max(p.updated_at,
    coalesce((SELECT max(d.updated_at) FROM drafts d WHERE d.person_id = p.id), ''),
    coalesce((SELECT max(s.signed_at) FROM drafts d JOIN signed_documents s ON s.draft_id = d.id
              WHERE d.person_id = p.id), ''),
    coalesce((SELECT max(j.created_at) FROM drafts d JOIN print_items i ON i.draft_id = d.id
              JOIN print_jobs j ON j.id = i.job_id WHERE d.person_id = p.id), ''),
    coalesce((SELECT max(created_at) FROM person_documents WHERE person_id = p.id), ''),
    coalesce((SELECT updated_at FROM person_photos WHERE person_id = p.id), ''),
    coalesce((SELECT max(created_at) FROM family_links WHERE person_id = p.id), ''))"""

_DRAFT_LAST = """max(d.updated_at,
    coalesce((SELECT max(signed_at) FROM signed_documents WHERE draft_id = d.id), ''),
    coalesce((SELECT max(j.created_at) FROM print_items i JOIN print_jobs j ON j.id = i.job_id
              WHERE i.draft_id = d.id), ''))"""

_STATUS_TEXT = {"applicant": "prosilec", "granted": "oseba z začasno zaščito", "ended": "zaščita prenehala"}


def due_for_erasure(db: Database, today: dt.date | None = None,
                    settings: Settings | Mapping[str, int] | None = None) -> list[DueItem]:
    """Everything whose retention period has ended by `today`, the longest overdue first.

    `settings`: the periods ({kind: months}) or the Settings to read them from (default: the database's)."""
    today = today or dt.date.today()
    months = dict(settings) if isinstance(settings, Mapping) else periods(settings or db)
    for kind in KINDS:
        months.setdefault(kind, DEFAULTS[kind])
    items = _persons_due(db, today, months) + _drafts_due(db, today, months) + _print_jobs_due(db, today, months)
    items.sort(key=lambda i: (i.due_since, KINDS.index(i.kind), fold(i.name), i.id))
    return items


def _name(surname: str | None, given: str | None) -> str:
    return f"{surname or ''} {given or ''}".strip() or "(brez imena)"


def _persons_due(db: Database, today: dt.date, months: Mapping[str, int]) -> list[DueItem]:
    # Each person's own due day: from the end of protection, or from their last activity.
    own: dict[str, tuple[str, dt.date, dt.date, str, str]] = {}  # id → (kind, since, due, name, status)
    if months[PERSON_ENDED]:
        limit = _next_day(_latest_start(today, months[PERSON_ENDED]))
        for pid, surname, given, ended, updated in db.execute(
                "SELECT id, surname, given_name, protection_ended_on, updated_at FROM persons WHERE status = 'ended'"
                " AND coalesce(protection_ended_on, substr(updated_at, 1, 10)) < ?", [limit]).fetchall():
            since = _day(ended) or _day(updated)
            if since is not None:
                own[pid] = (PERSON_ENDED, since, add_months(since, months[PERSON_ENDED]), _name(surname, given), "ended")
    if months[PERSON_INACTIVE]:
        limit = _next_day(_latest_start(today, months[PERSON_INACTIVE]))
        for pid, surname, given, status, last in db.execute(
                f"WITH c AS MATERIALIZED (SELECT p.id, p.surname, p.given_name, p.status, {_PERSON_LAST} AS last"
                f" FROM persons p WHERE p.status != 'ended' AND p.updated_at < ?) SELECT * FROM c WHERE last < ?",
                [limit, limit]).fetchall():
            since = _day(last)
            if since is not None:
                own[pid] = (PERSON_INACTIVE, since, add_months(since, months[PERSON_INACTIVE]), _name(surname, given),
                            status)
    own = {pid: row for pid, row in own.items() if row[2] <= today}
    if not own:
        return []
    # A family is erased together: the due day of everyone linked (through links, both ways) is the latest
    # of theirs, and nobody of a family with a member not yet due is due.
    parent = {pid: pid for pid in own}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    blocked: set[str] = set()
    for a, b in _links_of(db, list(own)):
        if a in own and b in own:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
        else:
            blocked.add(a if a in own else b)
    groups: dict[str, list[str]] = {}
    for pid in own:
        groups.setdefault(find(pid), []).append(pid)
    items = []
    for members in groups.values():
        if any(m in blocked for m in members):
            continue
        family_due = max(own[m][2] for m in members)
        for m in members:
            kind, since, due, name, status = own[m]
            if kind == PERSON_ENDED:
                reason = f"začasna zaščita prenehala {format_date(since)}; rok hrambe {period_text(months[kind])}"
            else:
                reason = (f"brez sprememb od {format_date(since)} ({_STATUS_TEXT.get(status, status)}); "
                          f"rok hrambe {period_text(months[kind])}")
            n = len(members)
            if n > 1:
                family = f"{n} {_plural(n, 'oseba', 'osebi', 'osebe', 'oseb')}"
                reason += f"; z družino ({family}), rok poteče z zadnjim družinskim članom"
            items.append(DueItem(kind, m, name, reason, family_due, since, status=status))
    return items


def _links_of(db: Database, person_ids: list[str]) -> list[tuple[str, str]]:
    """The family links that touch any of the persons, either way."""
    out: list[tuple[str, str]] = []
    for start in range(0, len(person_ids), 400):
        chunk = person_ids[start:start + 400]
        marks = ", ".join("?" * len(chunk))
        out += db.execute(f"SELECT person_id, relative_id FROM family_links WHERE person_id IN ({marks})",
                          chunk).fetchall()
        out += db.execute(f"SELECT person_id, relative_id FROM family_links WHERE relative_id IN ({marks})",
                          chunk).fetchall()
    return out


def _drafts_due(db: Database, today: dt.date, months: Mapping[str, int]) -> list[DueItem]:
    items = []
    for kind, status in ((FORM_UNLINKED, "finished"), (DRAFT_UNLINKED, "draft")):
        if not months[kind]:
            continue
        limit = _next_day(_latest_start(today, months[kind]))
        for draft_id, code, title, last in db.execute(
                f"WITH c AS MATERIALIZED (SELECT d.id, d.form_code, d.title, {_DRAFT_LAST} AS last FROM drafts d"
                f" WHERE d.status = ? AND d.person_id IS NULL AND d.updated_at < ?) SELECT * FROM c WHERE last < ?",
                [status, limit, limit]).fetchall():
            since = _day(last)
            if since is None:
                continue
            due = add_months(since, months[kind])
            if due > today:
                continue
            what = "zaključen obrazec" if status == "finished" else "nedokončan osnutek"
            reason = (f"{what} {code}, ki ni vezan na osebo v registru; zadnja sprememba {format_date(since)}; "
                      f"rok hrambe {period_text(months[kind])}")
            items.append(DueItem(kind, draft_id, title or "(brez imena)", reason, due, since, form_code=code,
                                 status=status))
    return items


def _print_jobs_due(db: Database, today: dt.date, months: Mapping[str, int]) -> list[DueItem]:
    if not months[PRINT_LOG]:
        return []
    limit = _next_day(_latest_start(today, months[PRINT_LOG]))
    items = []
    for job_id, printer, created, n in db.execute(
            "SELECT j.id, j.printer, j.created_at, count(i.position) FROM print_jobs j"
            " LEFT JOIN print_items i ON i.job_id = j.id WHERE j.created_at < ? GROUP BY j.id", [limit]).fetchall():
        since = _day(created)
        if since is None:
            continue
        due = add_months(since, months[PRINT_LOG])
        if due > today:
            continue
        reason = (f"natisnjeno {format_date(since)} ({n} {_plural(n, 'postavka', 'postavki', 'postavke', 'postavk')});"
                  f" rok hrambe {period_text(months[PRINT_LOG])}")
        items.append(DueItem(PRINT_LOG, job_id, printer or "(tiskalnik)", reason, due, since))
    return items


def person_retention(db: Database, person_id: str, today: dt.date | None = None,
                     settings: Settings | Mapping[str, int] | None = None) -> dict[str, Any]:
    """The period that applies to a person now: {kind, months, period, since, due_since} (dates may be
    None: a person whose protection has not ended is kept while there is activity)."""
    months = dict(settings) if isinstance(settings, Mapping) else periods(settings or db)
    row = db.execute(f"SELECT p.status, p.protection_ended_on, {_PERSON_LAST} FROM persons p WHERE p.id = ?",
                     [person_id]).fetchone()
    if row is None:
        raise LookupError(person_id)
    status, ended, last = row
    kind = PERSON_ENDED if status == "ended" else PERSON_INACTIVE
    since = _day(ended) if kind == PERSON_ENDED and ended else _day(last)
    n = months.get(kind, DEFAULTS[kind])
    return {"kind": kind, "months": n, "period": period_text(n), "from": KIND_FROM[kind],
            "since": since, "due_since": add_months(since, n) if since and n else None}


# --- erasing ---------------------------------------------------------------------------------------


def contents(db: Database, items: Iterable[DueItem]) -> dict[str, int]:
    """What erasing the items removes, for the confirmation: persons, drafts (forms), signed_documents,
    person_documents, person_photos, photos (of forms), family_links, print_jobs and serials (kept, unlinked)."""
    items = list(dict.fromkeys(items))
    persons = [i.id for i in items if i.kind in _PERSON_KINDS]
    drafts = [i.id for i in items if i.kind in _DRAFT_KINDS]
    out = {"persons": len(persons), "drafts": 0, "signed_documents": 0, "person_documents": 0, "person_photos": 0,
           "photos": 0, "family_links": 0, "print_jobs": sum(1 for i in items if i.kind == PRINT_LOG), "serials": 0}
    serials: set[str] = set()
    for start in range(0, len(persons), 400):
        chunk = persons[start:start + 400]
        m = _marks(chunk)
        drafts += [r[0] for r in db.execute(f"SELECT id FROM drafts WHERE person_id IN ({m})", chunk).fetchall()]
        out["person_documents"] += _count(db, f"SELECT count(*) FROM person_documents WHERE person_id IN ({m})", chunk)
        out["person_photos"] += _count(db, f"SELECT count(*) FROM person_photos WHERE person_id IN ({m})", chunk)
        out["family_links"] += _count(db, f"SELECT count(*) FROM family_links WHERE person_id IN ({m})"
                                          f" OR relative_id IN ({m})", chunk + chunk)
        serials.update(r[0] for r in db.execute(f"SELECT serial FROM card_serials WHERE person_id IN ({m})", chunk))
    drafts = list(dict.fromkeys(drafts))
    out["drafts"] = len(drafts)
    for start in range(0, len(drafts), 400):
        chunk = drafts[start:start + 400]
        m = _marks(chunk)
        out["signed_documents"] += _count(db, f"SELECT count(*) FROM signed_documents WHERE draft_id IN ({m})", chunk)
        out["photos"] += _count(db, f"SELECT count(*) FROM photos WHERE draft_id IN ({m})", chunk)
        serials.update(r[0] for r in db.execute(f"SELECT serial FROM card_serials WHERE draft_id IN ({m})", chunk))
    out["serials"] = len(serials)
    return out


def erase(db: Database, items: Iterable[DueItem], reason: str, *, today: dt.date | None = None,
          settings: Settings | Mapping[str, int] | None = None, compact: bool = False) -> EraseReport:
    """Erase the items (from `due_for_erasure`) in ONE transaction, each with an »erase« audit entry
    (identifiers, counts and the reason; never names or other values).

    Every item must still be due on `today` (checked inside the transaction: NotDue, nothing erased).
    `reason` (e.g. »potek roka hrambe po 73. členu ZZZRO-1«) must not contain the erased persons' names,
    EMŠO or document numbers: it goes into the audit trail, which is never erased."""
    items = list(dict.fromkeys(items))
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise RetentionError("Navedite razlog izbrisa (npr. »potek roka hrambe po 73. členu ZZZRO-1«).")
    if len(reason) > 300:
        raise RetentionError("Razlog izbrisa je predolg (največ 300 znakov).")
    report = EraseReport()
    if not items:
        return report
    outer = db.conn.in_transaction  # part of a caller's transaction: no VACUUM or checkpoint inside it
    secure = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        with db.write():
            due = {(i.kind, i.id) for i in due_for_erasure(db, today, settings)}
            late = [i.id for i in items if (i.kind, i.id) not in due]
            if late:
                raise NotDue(late)
            _check_reason(db, items, reason)
            for item in items:
                if item.kind in _PERSON_KINDS:
                    counts = _erase_person(db, item.id)
                    report.persons += 1
                    report.erased["persons"].append(item.id)
                    report.erased["drafts"] += counts["_ids"]["drafts"]
                    target, form_code = "person", None
                elif item.kind in _DRAFT_KINDS:
                    counts = _erase_drafts(db, [item.id])
                    report.drafts += 1
                    report.erased["drafts"].append(item.id)
                    target, form_code = "draft", item.form_code
                else:
                    counts = _erase_print_job(db, item.id)
                    report.print_jobs += 1
                    report.erased["print_jobs"].append(item.id)
                    target, form_code = "print_job", None
                report._add(counts)
                # the sync outbox forgets them too and, for a person, tells the central register (app.store.outbox)
                outbox.erase(db, item.id if target == "person" else None,
                             counts["_ids"]["drafts"] if target == "person" else [item.id] if target == "draft" else [])
                audit.record(db, "erase", target=target, target_id=item.id, form_code=form_code,
                             person_id=item.id if target == "person" else None,
                             detail={"kind": item.kind, "reason": reason,
                                     "counts": {k: v for k, v in sorted(counts.items()) if v and k[0] != "_"},
                                     **counts.get("_ids", {})})
            if report.persons:
                # FTS5 keeps the terms of deleted (and of earlier, changed) rows in older segments until they
                # are merged: merge the whole index into one segment now (≈ 1 s at 100,000 persons).
                db.execute("INSERT INTO persons_fts (persons_fts) VALUES ('optimize')")
        if compact and not outer:
            db.execute("VACUUM")
            report.compacted = True
    finally:
        db.execute(f"PRAGMA secure_delete = {int(secure)}")
    if not outer:
        report.checkpoint = tuple(db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone())
    return report


def _check_reason(db: Database, items: list[DueItem], reason: str) -> None:
    """The reason goes into the audit trail for good: refuse one that names an erased person."""
    words = set(re.findall(r"\w+", fold(reason)))
    digits = re.sub(r"\D", "", reason)
    packed = re.sub(r"[^0-9A-Z]", "", fold(reason).upper())
    for item in items:
        values: list[str] = []
        numbers: list[str] = []
        if item.kind in _DRAFT_KINDS:
            row = db.execute("SELECT title FROM drafts WHERE id = ?", [item.id]).fetchone()
            values += [row[0] or ""] if row else []
        if item.kind in _PERSON_KINDS:
            row = db.execute("SELECT surname, given_name, emso FROM persons WHERE id = ?", [item.id]).fetchone()
            if row:
                values += [row[0] or "", row[1] or ""]
                numbers += [row[2] or ""]
            numbers += [r[0] for r in db.execute("SELECT doc_number_key FROM person_documents WHERE person_id = ?",
                                                 [item.id]).fetchall()]
        names = {w for v in values for w in re.findall(r"\w+", fold(v)) if len(w) >= 3 and not w.isdigit()}
        if names & words or any(n and len(n) >= 5 and (n in digits or fold(n).upper() in packed) for n in numbers):
            raise RetentionError("Razlog izbrisa ne sme vsebovati osebnih podatkov (imena, EMŠO, številke dokumenta), "
                                 "ker ostane v revizijski sledi; navedite le podlago, npr. »potek roka hrambe po "
                                 "73. členu ZZZRO-1«.")


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def _count(db: Database, sql: str, params: list) -> int:
    return db.execute(sql, params).fetchone()[0]


def _erase_drafts(db: Database, draft_ids: list[str]) -> dict[str, Any]:
    """Delete drafts with their photos, signed PDFs and print lines; unlink their serial numbers and the
    drafts and signed versions that refer to them. Returns the rows per table (and "_ids")."""
    counts: dict[str, Any] = {}
    if not draft_ids:
        return counts
    ids = list(draft_ids)
    m = _marks(ids)
    signed = [r[0] for r in db.execute(f"SELECT id FROM signed_documents WHERE draft_id IN ({m})", ids).fetchall()]
    sm = _marks(signed) or "NULL"
    jobs = [r[0] for r in db.execute(
        f"SELECT DISTINCT job_id FROM print_items WHERE draft_id IN ({m}) OR signed_id IN ({sm})",
        ids + signed).fetchall()]
    counts["print_items"] = db.execute(f"DELETE FROM print_items WHERE draft_id IN ({m}) OR signed_id IN ({sm})",
                                       ids + signed).rowcount
    counts["print_jobs"] = 0
    for job in jobs:  # a job left without items is nothing but the printer and the time
        counts["print_jobs"] += db.execute(
            "DELETE FROM print_jobs WHERE id = ? AND NOT EXISTS (SELECT 1 FROM print_items WHERE job_id = ?)",
            [job, job]).rowcount
    serials = [r[0] for r in db.execute(f"SELECT serial FROM card_serials WHERE draft_id IN ({m})", ids).fetchall()]
    counts["serials_kept"] = db.execute(f"UPDATE card_serials SET draft_id = NULL WHERE draft_id IN ({m})",
                                        ids).rowcount
    counts["drafts_unlinked"] = db.execute(
        f"UPDATE drafts SET parent_id = NULL WHERE parent_id IN ({m}) AND id NOT IN ({m})", ids + ids).rowcount
    if signed:
        db.execute(f"UPDATE signed_documents SET previous_id = NULL WHERE previous_id IN ({sm}) AND id NOT IN ({sm})",
                   signed + signed)
        counts["signed_documents"] = db.execute(f"DELETE FROM signed_documents WHERE id IN ({sm})", signed).rowcount
    counts["photos"] = _count(db, f"SELECT count(*) FROM photos WHERE draft_id IN ({m})", ids)
    counts["drafts"] = db.execute(f"DELETE FROM drafts WHERE id IN ({m})", ids).rowcount  # photos: ON DELETE CASCADE
    counts["_ids"] = {"signed_ids": signed, "serials": serials, "print_jobs": jobs}
    return counts


def _erase_person(db: Database, person_id: str) -> dict[str, Any]:
    """Delete a person with everything of theirs; their serial numbers stay in the book, unlinked."""
    drafts = [r[0] for r in db.execute("SELECT id FROM drafts WHERE person_id = ?", [person_id]).fetchall()]
    counts = _erase_drafts(db, drafts)
    ids = counts.pop("_ids", {"signed_ids": [], "serials": [], "print_jobs": []})
    counts["person_documents"] = _count(db, "SELECT count(*) FROM person_documents WHERE person_id = ?", [person_id])
    counts["family_links"] = _count(db, "SELECT count(*) FROM family_links WHERE person_id = ? OR relative_id = ?",
                                    [person_id, person_id])
    counts["person_photos"] = _count(db, "SELECT count(*) FROM person_photos WHERE person_id = ?", [person_id])
    serials = [r[0] for r in db.execute("SELECT serial FROM card_serials WHERE person_id = ?", [person_id]).fetchall()]
    db.execute("UPDATE card_serials SET person_id = NULL WHERE person_id = ?", [person_id])
    counts["serials_kept"] = len(set(ids["serials"]) | set(serials))
    counts["persons_fts"] = db.execute("DELETE FROM persons_fts WHERE rowid = ?", [fts_rowid(person_id)]).rowcount
    # person_documents, person_photos and family_links (both ways) go with the person: ON DELETE CASCADE
    counts["persons"] = db.execute("DELETE FROM persons WHERE id = ?", [person_id]).rowcount
    counts["_ids"] = {"drafts": drafts, "signed_ids": ids["signed_ids"], "print_jobs": ids["print_jobs"],
                      "serials": sorted(set(ids["serials"]) | set(serials))}
    return counts


def _erase_print_job(db: Database, job_id: str) -> dict[str, Any]:
    counts: dict[str, Any] = {"print_items": db.execute("DELETE FROM print_items WHERE job_id = ?", [job_id]).rowcount}
    counts["print_jobs"] = db.execute("DELETE FROM print_jobs WHERE id = ?", [job_id]).rowcount
    return counts
