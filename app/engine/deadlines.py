"""What is due (*Roki*): each kind of deadline defined once, with its rule and article, over plain rows
(app.store.statistics.deadline_rows). Pure Python, no dates of "now" inside: `today` is given.

Each item has the day it is due; it is listed from a day at or before that (`Due.listed_from`) and is
*prihaja* before, *danes* on and *zamuda* after the day (`Due.state`). Periods are settings
(`deadline.<name>`), the defaults from the regulations (DEFAULTS).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Mapping

from app.engine.dates import parse_date

RECEIPT, CARD, POCKET_MONEY, ABSENCE_CENTRE, ABSENCE_SLOVENIA, CHANGE_LATE, PROTECTION_END, EURODAC, RETENTION = (
    "receipt", "card", "pocket_money", "absence_centre", "absence_slovenia", "change_late", "protection_end",
    "eurodac", "retention")

PRAVILNIK = "Pravilnika o obrazcih vlog, potrdil, izkaznice in prepustnice … (Uradni list RS, št. 55/2025)"
UREDBA = "Uredbe o načinu uveljavljanja in zagotavljanja pravic … (Uradni list RS, št. 55/2025)"

#: kind → (what is due, the rule in words with {n} for its period, the article)
KINDS: dict[str, tuple[str, str, str]] = {
    RECEIPT: ("Izdati potrdilo ZZ-2", "potrdilo o prejemu vloge ZZ-1 se izda v {n} dneh od vloge", f"3. člen {PRAVILNIK}"),
    CARD: ("Izdati izkaznico ZZ-8", "osebi z začasno zaščito se izda izkaznica v {n} dneh od priznanja zaščite",
           f"7. člen {PRAVILNIK}"),
    POCKET_MONEY: ("Nova izjava za žepnino (UP-6) je mogoča",
                   "novo izjavo je mogoče podati največ {n} dni pred iztekom obdobja žepnine (UP-7)",
                   f"prvi odstavek 13. člena {UREDBA}"),
    ABSENCE_CENTRE: ("Odsotnost iz nastanitvenega centra nad mejo",
                     "sporoči se odsotnost iz nastanitvenega centra, daljša od {n} ur (UP-9)",
                     f"drugi odstavek 14. člena {UREDBA}"),
    ABSENCE_SLOVENIA: ("Odsotnost iz Republike Slovenije nad mejo",
                       "sporoči se odsotnost iz Republike Slovenije, daljša od {n} dni (UP-9)",
                       f"drugi odstavek 14. člena {UREDBA}"),
    CHANGE_LATE: ("Sprememba ni sporočena v roku (UP-8)",
                  "spremembe se sporočijo v {n} dneh od dneva, ko so nastale oziroma je oseba zanje izvedela",
                  f"56. člen ZZZRO-1 in 14. člen {UREDBA}"),
    PROTECTION_END: ("Začasna zaščita se izteka: ponuditi vlogo ZZ-3",
                     "vloga za prebivanje po poteku začasne zaščite (ZZ-3); na seznamu {n} dni pred iztekom",
                     f"4. člen {PRAVILNIK}"),
    EURODAC: ("Podatki za Eurodac niso označeni kot poslani",
              "podatki upravičenca do začasne zaščite se posredujejo v {n} dneh od registracije",
              "26. člen Uredbe (EU) 2024/1358 (Eurodac; besedila ni med viri — preverite)"),
    RETENTION: ("Rok hrambe je potekel: izbris", "rok hrambe po vrsti zapisa ({n})", "73. člen ZZZRO-1"),
}

#: the rule's words when its period is 0 days
SAME_DAY = {RECEIPT: "potrdilo o prejemu vloge ZZ-1 se izda ob prejemu vloge",
            CARD: "osebi z začasno zaščito se izda izkaznica; na seznamu od dneva priznanja zaščite"}

#: settings `deadline.<name>` and their defaults
DEFAULTS: dict[str, str] = {
    "receipt_days": "0",            # the receipt is issued on receiving the application (3. člen Pravilnika)
    "card_days": "0",               # the card is issued to a person granted protection (7. člen Pravilnika)
    "pocket_money_lead_days": "30",  # 13. člen Uredbe, first paragraph
    "absence_centre_hours": "24",    # 14. člen Uredbe, second paragraph
    "absence_slovenia_days": "15",   # 14. člen Uredbe, second paragraph
    "change_report_days": "8",       # 56. člen ZZZRO-1, 14. člen Uredbe
    "protection_until": "2027-03-04",  # the end of temporary protection as the Council last extended it: check
    "protection_lead_days": "90",    # the station's choice: how early ZZ-3 is offered
    "eurodac_days": "10",            # Regulation (EU) 2024/1358, Art. 26 (as the issue reads it)
}
SETTING_LABELS = {
    "receipt_days": "Potrdilo ZZ-2 izdati v (dneh)", "card_days": "Izkaznico ZZ-8 izdati v (dneh)",
    "pocket_money_lead_days": "Nova izjava UP-6 pred iztekom žepnine (dni)",
    "absence_centre_hours": "Odsotnost iz centra nad (ur)", "absence_slovenia_days": "Odsotnost iz Slovenije nad (dni)",
    "change_report_days": "Sporočanje sprememb v (dneh)", "protection_until": "Začasna zaščita traja do",
    "protection_lead_days": "Ponudba ZZ-3 pred iztekom (dni)", "eurodac_days": "Eurodac v (dneh od registracije)",
}
STATE_LABELS = {"upcoming": "prihaja", "due": "danes", "overdue": "zamuda"}


@dataclass(frozen=True)
class Due:
    kind: str
    due_on: dt.date
    listed_from: dt.date
    name: str                  # the person's name or the form's title, for the official's screen
    person_id: str | None = None
    draft_id: str | None = None
    period: str = ""           # the period the rule uses, as set
    family: str | None = None  # the id that names the person's family (rows of one family sort together)
    family_name: str = ""      # the name of the family's first member

    @property
    def what(self) -> str:
        return KINDS[self.kind][0]

    @property
    def rule(self) -> str:
        if self.period == "0" and self.kind in SAME_DAY:
            return SAME_DAY[self.kind]
        return KINDS[self.kind][1].format(n=self.period)

    @property
    def article(self) -> str:
        return KINDS[self.kind][2]

    def state(self, today: dt.date) -> str:
        return "upcoming" if today < self.due_on else "due" if today == self.due_on else "overdue"


def periods(values: Mapping[str, str] | None = None) -> dict[str, str]:
    """The settings with defaults for the missing ones; a wrong value is an error naming the setting."""
    out = dict(DEFAULTS)
    for key, value in (values or {}).items():
        if key in DEFAULTS and str(value).strip():
            out[key] = str(value).strip()
    for key, value in out.items():
        if key == "protection_until":
            if parse_date(value) is None:
                raise ValueError(f"nastavitev deadline.{key}: »{value}« ni datum (dd. mm. llll)")
        elif not value.isdigit():
            raise ValueError(f"nastavitev deadline.{key}: »{value}« ni celo število dni ali ur")
    return out


def _day(value) -> dt.date | None:
    if value in (None, ""):
        return None
    try:  # ISO, as stored (the fast path: a station's whole register is read)
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return parse_date(str(value))


def _moment(day: dt.date, clock: object, end: bool) -> dt.datetime:
    """A date with its hh:mm, or without one the whole day (its start, or the end of it)."""
    try:
        hours, minutes = (int(x) for x in str(clock).split(":")[:2])
        return dt.datetime.combine(day, dt.time(hours, minutes))
    except (ValueError, TypeError):
        return dt.datetime.combine(day + dt.timedelta(days=1) if end else day, dt.time())


def _family(person: Mapping) -> dict:
    return {"family": person.get("family"), "family_name": person.get("family_name", "")}


def find(rows: Mapping[str, Iterable[Mapping]], today: dt.date | None, settings: Mapping[str, str] | None = None) -> list[Due]:
    """Every deadline listed on `today` from the rows (persons, forms), soonest due first; with `today` None,
    every deadline the rows have, whenever it is listed (app.store.due keeps them)."""
    p = periods(settings)
    n = {k: int(v) for k, v in p.items() if v.isdigit()}
    out: list[Due] = []
    add = out.append
    protection_until = parse_date(p["protection_until"])
    for person in rows.get("persons", ()):
        registered = _day(person.get("created_at"))
        granted = _day(person.get("protection_granted_on"))
        if person.get("status") == "granted" and granted and not person.get("has_card"):
            add(Due(CARD, granted + dt.timedelta(n["card_days"]), granted, person["name"], person["id"],
                    period=p["card_days"], **_family(person)))
        if person.get("status") == "granted" and not person.get("has_zz3") and protection_until:
            add(Due(PROTECTION_END, protection_until, protection_until - dt.timedelta(n["protection_lead_days"]),
                    person["name"], person["id"], period=p["protection_lead_days"], **_family(person)))
        if person.get("status") != "ended" and registered and not person.get("eurodac_sent_on"):
            add(Due(EURODAC, registered + dt.timedelta(n["eurodac_days"]), registered, person["name"], person["id"],
                    period=p["eurodac_days"], **_family(person)))
    latest_up7: dict[str, Mapping] = {}
    up6_dates: dict[str, list[dt.date]] = {}
    for form in rows.get("forms", ()):
        data, code = form.get("data") or {}, form["form_code"]
        name, pid, did = form.get("title") or code, form.get("person_id"), form["id"]
        family, family_name = form.get("family"), form.get("family_name", "")
        if code == "ZZ-1" and form.get("status") == "finished" and not form.get("has_receipt"):
            filed = _day(data.get("date")) or _day(form.get("finished_at"))
            if filed:
                add(Due(RECEIPT, filed + dt.timedelta(n["receipt_days"]), filed, name, pid, did, p["receipt_days"],
                        family, family_name))
        elif code == "UP-7" and form.get("status") == "finished" and pid and _day(data.get("period_to")):
            if pid not in latest_up7 or _day(data["period_to"]) > _day(latest_up7[pid]["data"]["period_to"]):
                latest_up7[pid] = form
        elif code == "UP-6" and pid and _day(data.get("date")):
            up6_dates.setdefault(pid, []).append(_day(data["date"]))
        elif code == "UP-8" and _day(data.get("change_date")):
            due = _day(data["change_date"]) + dt.timedelta(n["change_report_days"])
            reported = _day(data.get("date")) if form.get("status") == "finished" else None
            if reported is None:  # not yet reported: listed from the change
                add(Due(CHANGE_LATE, due, _day(data["change_date"]), name, pid, did, p["change_report_days"], family,
                        family_name))
            elif reported > due:  # reported late: listed from the report
                add(Due(CHANGE_LATE, due, reported, name, pid, did, p["change_report_days"], family, family_name))
        elif code == "UP-9" and form.get("status") == "finished":
            for table, kind, limit, times in (
                    ("absences_centre", ABSENCE_CENTRE, dt.timedelta(hours=n["absence_centre_hours"]), True),
                    ("absences_slovenia", ABSENCE_SLOVENIA, dt.timedelta(days=n["absence_slovenia_days"]), False)):
                for row in data.get(table) or ():
                    first, last = _day(row.get("from_date")), _day(row.get("to_date"))
                    if first is None or last is None:
                        continue
                    begin = _moment(first, row.get("from_time") if times else None, end=False)
                    finish = _moment(last, row.get("to_time") if times else None, end=True)
                    if finish - begin > limit:
                        passed = (begin + limit).date()
                        who = " ".join(filter(None, [row.get("surname"), row.get("given_name")])) or name
                        add(Due(kind, passed, passed, who, pid, did,
                                p["absence_centre_hours" if times else "absence_slovenia_days"], family, family_name))
    lead = dt.timedelta(n["pocket_money_lead_days"])
    for pid, form in latest_up7.items():
        ends = _day(form["data"]["period_to"])
        if any(d >= ends - lead for d in up6_dates.get(pid, ())):
            continue  # a new statement was made
        add(Due(POCKET_MONEY, ends, ends - lead, form.get("title") or "UP-7", pid, form["id"],
                p["pocket_money_lead_days"], form.get("family"), form.get("family_name", "")))
    listed = out if today is None else [d for d in out if d.listed_from <= today]
    return sorted(listed, key=lambda d: (d.due_on, d.kind, d.name))
