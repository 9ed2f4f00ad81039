"""Every statistical figure defined once: what counts as an arrival, an application, a person protected
on day D, an unaccompanied minor, an age group, a card issued or voided, a relocation pass, a welfare form.

Pure Python over plain rows (dicts with the register's column names), so that the station (SQLite,
`app.store.statistics`) and the central server (PostgreSQL) compute each figure the same way: a
per-day figure is a small spec (`Daily`: which table, which date column, which conditions) that a store
turns into SQL (`app.store.statistics.daily_sql`) or that `daily_counts` computes here from the same
rows; the figures "on day D" (status, nationality, age groups × sex, unaccompanied minors) are
defined by `status_on`, `age_group` and `is_unaccompanied_minor`, with the dates the SQL compares
against (`age_bounds`) computed here. The README's *Statistics* section states the definitions.

Rows:
- persons: id, created_at (ISO UTC), entry_date, birth_date, sex ('M'/'Z'), citizenship (ISO alpha-3),
  protection_granted_on, protection_ended_on (ISO dates or None)
- forms (drafts): form_code, status ('draft'/'finished'), finished_at (ISO UTC or None)
- cards (card_serials): status ('issued'/'void'), issued_at, voided_at (ISO UTC or None)
- links (family_links): person_id, relative_id, kind ('accompanying'/'in_slovenia'/'abroad')
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Mapping

#: person statuses on a day, in the order charts show them
APPLICANT, GRANTED, ENDED = "applicant", "granted", "ended"
STATUS_LABELS = {APPLICANT: "prosilec", GRANTED: "z začasno zaščito", ENDED: "zaščita prenehala"}
SEX_LABELS = {"M": "moški", "Z": "ženske", "": "ni podatka"}
#: age groups as Eurostat reports temporary protection (migr_asytpsm): (label, from years, below years)
AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("0–13", 0, 14), ("14–17", 14, 18), ("18–34", 18, 35), ("35–64", 35, 65), ("65+", 65, None))
ADULT_YEARS = 18
#: the welfare forms (Uredba o načinu uveljavljanja in zagotavljanja pravic …, Uradni list RS, št. 55/2025)
WELFARE_FORMS = tuple(f"UP-{n}" for n in range(1, 10))


@dataclass(frozen=True)
class Condition:
    """`column op value`: op is '=' or 'in' (value a tuple) or 'not null'."""

    column: str
    op: str
    value: object = None

    def holds(self, row: Mapping) -> bool:
        actual = row.get(self.column)
        if self.op == "=":
            return actual == self.value
        if self.op == "in":
            return actual in self.value
        if self.op == "not null":
            return actual is not None and actual != ""
        raise ValueError(f"unknown condition {self.op!r}")


@dataclass(frozen=True)
class Daily:
    """A count per day: rows of `table` whose `day_column` (its first ten characters, the ISO date) falls in
    the period and that meet every condition; `group` splits the count by a column (e.g. form_code)."""

    key: str
    label: str
    table: str  # persons | drafts | card_serials
    day_column: str
    where: tuple[Condition, ...] = ()
    group: str | None = None
    definition: str = ""


ARRIVALS = Daily("arrivals", "Prihodi", "persons", "entry_date", (Condition("entry_date", "not null"),),
                 definition="oseba v registru, šteta na dan vstopa v Republiko Slovenijo (podatek »datum vstopa«)")
APPLICATIONS = Daily("applications", "Vloge za začasno zaščito", "drafts", "finished_at",
                     (Condition("form_code", "=", "ZZ-1"), Condition("status", "=", "finished")),
                     definition="zaključena vloga ZZ-1, šteta na dan zaključka (UTC)")
CARDS_ISSUED = Daily("cards_issued", "Izdane izkaznice", "card_serials", "issued_at",
                     definition="serijska številka izkaznice ZZ-8, šteta na dan izdaje (tudi kasneje razveljavljena)")
CARDS_VOIDED = Daily("cards_voided", "Razveljavljene izkaznice", "card_serials", "voided_at",
                     (Condition("status", "=", "void"),),
                     definition="razveljavljena serijska številka izkaznice, šteta na dan razveljavitve")
RELOCATION_PASSES = Daily("relocation_passes", "Prepustnice za premestitev (ZZ-9)", "drafts", "finished_at",
                          (Condition("form_code", "=", "ZZ-9"), Condition("status", "=", "finished")),
                          definition="zaključena prepustnica ZZ-9, šteta na dan zaključka (UTC)")
WELFARE = Daily("welfare", "Obrazci za pravice (UP) po vrsti", "drafts", "finished_at",
                (Condition("form_code", "in", WELFARE_FORMS), Condition("status", "=", "finished")), group="form_code",
                definition="zaključen obrazec UP-1 … UP-9, štet po vrsti na dan zaključka (UTC)")
DAILY: tuple[Daily, ...] = (ARRIVALS, APPLICATIONS, CARDS_ISSUED, CARDS_VOIDED, RELOCATION_PASSES, WELFARE)


def day_of(value: object) -> str | None:
    """The ISO date a stored value falls on ('2026-03-04T10:00:00Z' → '2026-03-04')."""
    return str(value)[:10] if value not in (None, "") else None


def daily_counts(figure: Daily, rows: Iterable[Mapping], start: dt.date, end: dt.date) -> dict:
    """The figure per day (ISO date → count) for start…end inclusive; days without any are left out. With
    `group`, (day, group value) → count."""
    low, high = start.isoformat(), end.isoformat()
    out: Counter = Counter()
    for row in rows:
        day = day_of(row.get(figure.day_column))
        if day is None or not (low <= day <= high) or not all(c.holds(row) for c in figure.where):
            continue
        out[(day, row.get(figure.group)) if figure.group else day] += 1
    return dict(out)


# --- on day D ------------------------------------------------------------------------------------

def status_on(person: Mapping, day: dt.date) -> str | None:
    """A person's status at the end of `day`: None before they were registered; 'ended' from the day their
    protection ended; 'granted' from the day it was granted; otherwise 'applicant'."""
    iso = day.isoformat()
    if (day_of(person.get("created_at")) or "9999") > iso:
        return None
    if (person.get("protection_ended_on") or "9999") <= iso:
        return ENDED
    if (person.get("protection_granted_on") or "9999") <= iso:
        return GRANTED
    return APPLICANT


def is_present(person: Mapping, day: dt.date) -> bool:
    """An applicant or a person with temporary protection on `day` (the population of the figures by
    nationality, age and sex, and of unaccompanied minors)."""
    return status_on(person, day) in (APPLICANT, GRANTED)


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` earlier (29 February → 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def age_bounds(day: dt.date) -> list[tuple[str, str | None, str | None]]:
    """Each age group as birth dates: (label, born after (exclusive) or None, born on or before or None).
    A person is N years old on D when born on or before D minus N years (the birthday counts)."""
    out = []
    for label, low, high in AGE_GROUPS:
        latest = years_before(day, low).isoformat()
        earliest_exclusive = years_before(day, high).isoformat() if high is not None else None
        out.append((label, earliest_exclusive, latest))
    return out


def age_group(birth_date: object, day: dt.date) -> str | None:
    """The label of the age group a person born on `birth_date` is in on `day` (None without a date)."""
    born = day_of(birth_date)
    if born is None:
        return None
    for label, after, on_or_before in age_bounds(day):
        if born <= on_or_before and (after is None or born > after):
            return label
    return None  # born after `day`


def is_minor(person: Mapping, day: dt.date) -> bool:
    born = day_of(person.get("birth_date"))
    return born is not None and born > years_before(day, ADULT_YEARS).isoformat()


def is_unaccompanied_minor(person: Mapping, links: Iterable[Mapping], persons_by_id: Mapping[str, Mapping],
                           day: dt.date) -> bool:
    """Under 18 on `day`, present, and without an accompanying adult: no family link of kind 'accompanying'
    from them to a relative who is 18 or older on `day` (Directive 2001/55/EC, Art. 2(f))."""
    if not (is_present(person, day) and is_minor(person, day)):
        return False
    for link in links:
        if link.get("person_id") == person.get("id") and link.get("kind") == "accompanying":
            relative = persons_by_id.get(link.get("relative_id"))
            if relative is not None and day_of(relative.get("birth_date")) is not None and not is_minor(relative, day):
                return False
    return True


@dataclass
class Figures:
    """Every figure for a period (start…end inclusive); the figures "on day D" are for `end`."""

    start: dt.date
    end: dt.date
    daily: dict[str, dict] = field(default_factory=dict)  # Daily.key → daily_counts
    status: dict[str, int] = field(default_factory=dict)  # on `end`
    protected: int = 0  # persons with temporary protection on `end`
    citizenship: dict[str, int] = field(default_factory=dict)  # of persons present on `end`
    age_sex: dict[tuple[str, str], int] = field(default_factory=dict)  # (age group, sex) → persons present
    unaccompanied_minors: int = 0

    def total(self, key: str) -> int:
        return sum(self.daily.get(key, {}).values())

    def welfare_by_kind(self) -> dict[str, int]:
        out: Counter = Counter()
        for (_, code), n in self.daily.get(WELFARE.key, {}).items():
            out[code] += n
        return dict(sorted(out.items(), key=lambda kv: int(kv[0].split("-")[1])))


def compute(persons: list[Mapping], forms: Iterable[Mapping], cards: Iterable[Mapping], links: list[Mapping],
            start: dt.date, end: dt.date) -> Figures:
    """Every figure from plain rows: the definition the SQL of each store must agree with."""
    forms, cards = list(forms), list(cards)
    sources = {"persons": persons, "drafts": forms, "card_serials": cards}
    out = Figures(start, end)
    for figure in DAILY:
        out.daily[figure.key] = daily_counts(figure, sources[figure.table], start, end)
    by_id = {p["id"]: p for p in persons}
    links_of: dict[str, list] = {}
    for link in links:
        links_of.setdefault(link["person_id"], []).append(link)
    status, citizenship, age_sex = Counter(), Counter(), Counter()
    for person in persons:
        state = status_on(person, end)
        if state is None:
            continue
        status[state] += 1
        if state == ENDED:
            continue
        citizenship[person.get("citizenship") or ""] += 1
        group = age_group(person.get("birth_date"), end)
        if group is not None:
            age_sex[(group, person.get("sex") or "")] += 1
        if is_unaccompanied_minor(person, links_of.get(person["id"], ()), by_id, end):
            out.unaccompanied_minors += 1
    out.status, out.citizenship, out.age_sex = dict(status), dict(citizenship), dict(age_sex)
    out.protected = status.get(GRANTED, 0)
    return out


# --- trend and projection --------------------------------------------------------------------------

def trend(values: list[float]) -> tuple[float, float]:
    """Least-squares line through (0, v0), (1, v1), …: (slope, intercept)."""
    n = len(values)
    if n == 0:
        return 0.0, 0.0
    if n == 1:
        return 0.0, float(values[0])
    mean_x, mean_y = (n - 1) / 2, sum(values) / n
    sxx = sum((x - mean_x) ** 2 for x in range(n))
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in enumerate(values))
    slope = sxy / sxx
    return slope, mean_y - slope * mean_x


def series(counts: Mapping[str, int], start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """Every day of the period with its count (0 where none)."""
    out, day, step = [], start, dt.timedelta(days=1)
    while day <= end:
        out.append((day, int(counts.get(day.isoformat(), 0))))
        day += step
    return out


def projection(counts: Mapping[str, int], start: dt.date, end: dt.date, weeks: int = 4) -> list[tuple[dt.date, float]]:
    """The least-squares trend of the period's daily counts carried `weeks` beyond `end` (never below 0):
    a projection, not a forecast of events."""
    values = [n for _, n in series(counts, start, end)]
    slope, intercept = trend(values)
    n = len(values)
    return [(end + dt.timedelta(d), max(0.0, intercept + slope * (n - 1 + d))) for d in range(1, 7 * weeks + 1)]


@dataclass(frozen=True)
class Trendline:
    """A per-day figure over a period with its least-squares line and the line carried on (a projection)."""

    days: list[dt.date]
    counts: list[int]
    fitted: list[float]
    projected: list[tuple[dt.date, float]]


def trendline(counts: Mapping[str, int], start: dt.date, end: dt.date, weeks: int = 4) -> Trendline:
    points = series(counts, start, end)
    slope, intercept = trend([n for _, n in points])
    n = len(points)
    return Trendline([d for d, _ in points], [c for _, c in points], [intercept + slope * x for x in range(n)],
                     [(end + dt.timedelta(d), max(0.0, intercept + slope * (n - 1 + d))) for d in range(1, 7 * weeks + 1)])


def table(figures: Figures) -> list[tuple[str, str, str, int]]:
    """Every figure as rows (figure key, label, category, count), in the order the CSV and PDF list them;
    a day is written dd. mm. yyyy."""
    from app.engine.dates import format_date

    out = []
    for figure in DAILY:
        if figure.group:
            continue
        for day, n in sorted(figures.daily.get(figure.key, {}).items()):
            out.append((figure.key, figure.label, format_date(day), n))
        out.append((figure.key, figure.label, "skupaj", figures.total(figure.key)))
    for code, n in figures.welfare_by_kind().items():
        out.append((WELFARE.key, WELFARE.label, code, n))
    for state in (APPLICANT, GRANTED, ENDED):
        out.append(("status", "Stanje na zadnji dan obdobja", STATUS_LABELS[state], figures.status.get(state, 0)))
    out.append(("protected", "Osebe z začasno zaščito na zadnji dan obdobja", "skupaj", figures.protected))
    for code, n in sorted(figures.citizenship.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(("citizenship", "Državljanstvo (prosilci in osebe z zaščito)", code or "ni podatka", n))
    for label, _, _ in AGE_GROUPS:
        for sex in ("Z", "M", ""):
            n = figures.age_sex.get((label, sex), 0)
            if n or sex:
                out.append(("age_sex", "Starostne skupine in spol", f"{label}, {SEX_LABELS[sex]}", n))
    out.append(("unaccompanied_minors", "Mladoletniki brez spremstva", "skupaj", figures.unaccompanied_minors))
    return out
