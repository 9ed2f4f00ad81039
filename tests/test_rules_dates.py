"""Dates, periods and clock times on the forms at their boundaries: order, not in the future, school
age, six-month periods from the first of the next month, reporting deadlines, absences, age limits.
No Qt."""

from __future__ import annotations

import datetime as dt

import pytest

from app.engine import validate
from app.engine.rules import add_months
from app.engine.rules import first_of_next_month
from app.engine.rules import period_end
from pdf_helpers import TODAY
from pdf_helpers import assert_in_order
from pdf_helpers import define
from pdf_helpers import errors
from pdf_helpers import findings
from pdf_helpers import form
from pdf_helpers import pdf_of
from pdf_helpers import pdf_text
from pdf_helpers import rules_of
from pdf_helpers import sample
from pdf_helpers import warnings

UP_1_5 = ["UP-1", "UP-2", "UP-3", "UP-4", "UP-5"]


LEGAL_REP_6 = ["legal_rep_surname", "legal_rep_given_name", "legal_rep_birth_date", "legal_rep_birth_place",
               "legal_rep_citizenship"]


@pytest.mark.parametrize("code", ["ZZ-2", "ZZ-4", "ZZ-5"])
def test_receipt_filed_not_after_issued(code):
    data = sample(code)
    data["filed_on"] = data["date"]
    assert errors(code, data) == []
    data["filed_on"] = (dt.date.fromisoformat(data["date"]) + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors(code, data)) == {("date", "date_order")}


@pytest.mark.parametrize("code", ["ZZ-2", "ZZ-4", "ZZ-5"])
def test_receipt_dates_not_in_the_future(code):
    data = sample(code)
    data["filed_on"] = data["date"] = TODAY.isoformat()
    assert errors(code, data) == []
    data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors(code, data)) == {("date", "not_future")}
    data["date"], data["filed_on"] = TODAY.isoformat(), (TODAY + dt.timedelta(days=1)).isoformat()
    assert ("filed_on", "not_future") in rules_of(errors(code, data))


@pytest.mark.parametrize("birth, ok", [
    ("2007-09-01", True),   # turned 18 on the first day of the school year 2025/26
    ("2007-08-31", False),  # turned 18 the day before: the previous school year
    ("2012-05-08", True),   # a minor
    ("1999-01-01", False),
])
def test_zz5_school_age_at_the_filing_date(birth, ok):
    data = sample("ZZ-5")  # filed 9. 3. 2026: school year 1. 9. 2025 – 31. 8. 2026
    data["birth_date"] = birth
    found = [f for f in errors("ZZ-5", data) if f.rule == "school_age"]
    assert (found == []) == ok, found
    if not ok:
        assert "četrti odstavek 23. člena ZZZRO-1" in found[0].message


def test_zz5_school_year_ends_on_31_august():
    data = sample("ZZ-5")  # born 20. 11. 2007: turned 18 in the school year 2025/26
    data["filed_on"], data["date"] = "2026-08-31", "2026-08-31"
    assert errors("ZZ-5", data, today=dt.date(2026, 9, 30)) == []
    data["filed_on"], data["date"] = "2026-09-01", "2026-09-01"
    assert rules_of(errors("ZZ-5", data, today=dt.date(2026, 9, 30))) == {("birth_date", "school_age")}


def test_zz4_has_no_school_age_rule():
    data = sample("ZZ-4")
    assert errors("ZZ-4", data) == []  # a man born 1958: health reasons have no age limit


def test_zz3_application_not_before_birth_and_not_future():
    data = sample("ZZ-3")
    data["date"] = data["birth_date"]
    assert errors("ZZ-3", data) == []
    data["date"] = "1958-04-22"
    assert rules_of(errors("ZZ-3", data)) == {("date", "date_order")}
    data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("ZZ-3", data)) == {("date", "not_future")}


def test_zz6_document_dates():
    data = sample("ZZ-6")
    data["documents"][1]["valid_until"] = data["documents"][1]["issued_on"]
    assert rules_of(errors("ZZ-6", data)) == set()
    data["documents"][1]["valid_until"] = "2022-08-29"
    assert ("documents[1].valid_until", "date_order") in rules_of(errors("ZZ-6", data))


def test_zz7_dates_in_order_equal_passes():
    data = sample("ZZ-7")
    data["departure_date"] = data["arrival_date"] = data["date"] = "2025-11-12"
    assert errors("ZZ-7", data) == []
    data["birth_date"] = data["departure_date"]  # degenerate but in order
    data.update({k: "" for k in LEGAL_REP_6})
    assert [f for f in errors("ZZ-7", data) if f.rule == "date_order"] == []


@pytest.mark.parametrize("field, value, flagged", [
    ("arrival_date", "2025-08-27", "arrival_date"),     # one day before departure (28. 8.)
    ("departure_date", "2025-08-30", "arrival_date"),   # departure one day after arrival (29. 8.)
    ("date", "2025-08-28", "date"),                      # application one day before arrival
    ("departure_date", "1961-02-10", "departure_date"),  # one day before birth
])
def test_zz7_dates_out_of_order_fail(field, value, flagged):
    data = sample("ZZ-7")
    data[field] = value
    found = [f for f in errors("ZZ-7", data) if f.rule == "date_order"]
    assert [f.field for f in found] == [flagged]
    assert "točke 3, 11 in 12 obrazca ZZ-7" in found[0].message


def test_zz7_dates_not_in_the_future():
    data = sample("ZZ-7")
    data["arrival_date"] = data["date"] = TODAY.isoformat()
    assert errors("ZZ-7", data) == []
    data["arrival_date"] = data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("ZZ-7", data)) == {("arrival_date", "not_future"), ("date", "not_future")}


def test_up2_closed_account_not_in_the_future():
    data = sample("UP-2")
    data["accounts"][2]["closed_on"] = TODAY.isoformat()
    assert errors("UP-2", data) == []
    data["accounts"][2]["closed_on"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("UP-2", data)) == {("accounts[2].closed_on", "not_future")}


@pytest.mark.parametrize("code", UP_1_5)
def test_date_not_in_the_future(code):
    data = sample(code)
    data["date"] = TODAY.isoformat()
    assert errors(code, data) == []
    data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert ("date", "not_future") in rules_of(errors(code, data))


def test_up5_filed_not_before_the_death():
    data = sample("UP-5")
    data["date"] = data["death_date"]
    assert errors("UP-5", data) == []
    data["date"] = "2026-01-26"
    assert rules_of(errors("UP-5", data)) == {("date", "date_order")}
    data = sample("UP-5")
    data["death_date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    data["date"] = TODAY.isoformat()
    assert ("death_date", "not_future") in rules_of(errors("UP-5", data))


def test_up4_both_sign_with_place_and_date():
    text = pdf_text(pdf_of("UP-4"))
    assert_in_order(text, ["Vlagatelj", "Najemodajalec oziroma oseba", "Podpis:", "Podpis:", "Kraj in datum:",
                           "Ljubljana, 02. 03. 2026", "Kraj in datum:", "Ljubljana, 27. 02. 2026"])
    data = sample("UP-4")
    data["landlord_date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("UP-4", data)) == {("landlord_date", "not_future")}


def iso(day: dt.date) -> str:
    return day.isoformat()


@pytest.mark.parametrize("day, months, expected", [
    ("2026-01-31", 1, "2026-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2026-08-31", 6, "2027-02-28"),
    ("2026-02-01", 6, "2026-08-01"), ("2026-12-15", 1, "2027-01-15"), ("2026-03-31", -1, "2026-02-28"),
])
def test_add_months(day, months, expected):
    assert add_months(dt.date.fromisoformat(day), months) == dt.date.fromisoformat(expected)


def test_first_of_next_month_and_period_end():
    assert first_of_next_month(dt.date(2026, 1, 31)) == dt.date(2026, 2, 1)
    assert first_of_next_month(dt.date(2026, 12, 1)) == dt.date(2027, 1, 1)
    assert period_end(dt.date(2026, 2, 1), 6) == dt.date(2026, 7, 31)
    assert period_end(dt.date(2026, 9, 1), 6) == dt.date(2027, 2, 28)
    assert period_end(dt.date(2026, 2, 1), 6, dt.date(2026, 5, 15)) == dt.date(2026, 5, 15)
    assert period_end(dt.date(2026, 2, 1), 6, dt.date(2026, 9, 1)) == dt.date(2026, 7, 31)


@pytest.mark.parametrize("statement, ok", [
    ("2026-07-01", True),   # 30 days before 31. 7.
    ("2026-06-30", False),  # 31 days before
    ("2026-07-31", True),   # on the last day
    ("2026-08-05", True),   # after the period: a gap, not too early
])
def test_up6_new_statement_at_most_30_days_before_the_end(statement, ok):
    data = sample("UP-6")
    data["previous_period_to"], data["date"] = "2026-07-31", statement
    found = errors("UP-6", data, today=dt.date(2026, 9, 1))
    if ok:
        assert found == []
    else:
        assert rules_of(found) == {("date", "not_before_end")}
        message = found[0].message
        assert "31 dni" in message and "01. 07. 2026" in message and "13. člena Uredbe" in message


def test_up6_first_statement_has_no_previous_period():
    data = sample("UP-6")
    del data["previous_period_to"]
    assert errors("UP-6", data) == []


@pytest.mark.parametrize("statement, start, ok", [
    ("2026-01-31", "2026-02-01", True),   # statement on 31. 1. → from 1. 2.
    ("2026-01-01", "2026-02-01", True),
    ("2026-01-31", "2026-01-31", False),
    ("2026-01-31", "2026-03-01", False),
    ("2026-02-01", "2026-02-01", False),  # a statement on the 1st: still the next month
    ("2025-12-10", "2026-01-01", True),   # over the new year
])
def test_up7_period_starts_on_the_first_of_the_next_month(statement, start, ok):
    data = sample("UP-7")
    data.update(statement_date=statement, period_from=start, date="2026-02-05",
                period_to=iso(period_end(dt.date.fromisoformat(start), 6)))
    found = [f for f in errors("UP-7", data) if f.rule == "period_from_next_month"]
    assert (found == []) == ok, found
    if not ok:
        expected = first_of_next_month(dt.date.fromisoformat(statement))
        assert found[0].field == "period_from" and expected.strftime("%d. %m. %Y") in found[0].message
        assert "drugi odstavek 13. člena Uredbe" in found[0].message


@pytest.mark.parametrize("end, until, ok", [
    ("2026-07-31", None, True),            # six months from 1. 2.
    ("2026-07-30", None, False),
    ("2026-08-01", None, False),
    ("2026-05-15", "2026-05-15", True),    # protection ends earlier: shorter
    ("2026-07-31", "2026-05-15", False),
    ("2026-07-31", "2026-07-31", True),    # protection ends on the same day
    ("2026-07-31", "2026-08-01", True),    # protection ends later: six months
    ("2026-08-01", "2026-08-01", False),
])
def test_up7_period_lasts_six_months_or_to_the_end_of_protection(end, until, ok):
    data = sample("UP-7")
    data["period_to"] = end
    data.pop("protection_until")
    if until:
        data["protection_until"] = until
    found = errors("UP-7", data)
    assert (found == []) == ok, found
    if not ok:
        assert rules_of(found) == {("period_to", "period_length_months")}
        expected = period_end(dt.date(2026, 2, 1), 6, dt.date.fromisoformat(until) if until else None)
        assert expected.strftime("%d. %m. %Y") in found[0].message and "prvi odstavek 13. člena" in found[0].message
        if until and expected < period_end(dt.date(2026, 2, 1), 6):
            assert "krajše" in found[0].message


def test_up7_protection_ending_before_the_period():
    data = sample("UP-7")
    data["protection_until"] = "2026-01-31"
    assert rules_of(errors("UP-7", data)) == {("protection_until", "period_length_months")}
    data["protection_until"] = "2026-02-01"  # one day of pocket money
    data["period_to"] = "2026-02-01"
    assert errors("UP-7", data) == []


def test_up7_certificate_not_before_the_statement():
    data = sample("UP-7")
    data["date"] = data["statement_date"]
    assert errors("UP-7", data) == []
    data["date"] = "2026-01-11"
    assert rules_of(errors("UP-7", data)) == {("date", "date_order")}


@pytest.mark.parametrize("days, warned", [(0, False), (8, False), (9, True), (30, True)])
def test_up8_change_reported_within_eight_days(days, warned):
    data = sample("UP-8")
    data["change_date"] = iso(dt.date(2026, 2, 6) - dt.timedelta(days=days))
    assert errors("UP-8", data) == []
    found = warnings("UP-8", data)
    assert bool(found) == warned
    if warned:
        assert rules_of(found) == {("change_date", "reported_within")}
        assert "osmih dneh" in found[0].message and f"{days} dni pozneje" in found[0].message


def test_up8_change_announced_ahead_is_fine():
    data = sample("UP-8")
    data["change_date"] = "2026-03-01"
    assert findings("UP-8", data) == []


def _centre(from_date, from_time, to_date, to_time):
    data = sample("UP-9")
    row = data["absences_centre"][0]
    row.update(from_date=from_date, to_date=to_date)
    for key, value in (("from_time", from_time), ("to_time", to_time)):
        row.pop(key)
        if value:
            row[key] = value
    data["absences_centre"] = [row]
    return data


@pytest.mark.parametrize("period, outcome", [
    (("2026-03-06", "16:00", "2026-03-07", "16:01"), "ok"),       # 24 h 1 min
    (("2026-03-06", "16:00", "2026-03-07", "16:00"), "warning"),  # exactly 24 h: not over
    (("2026-03-06", "16:00", "2026-03-06", "20:00"), "warning"),
    (("2026-03-06", "16:00", "2026-03-06", "16:00"), "warning"),  # zero length: short, not reversed
    (("2026-03-06", "16:00", "2026-03-06", "15:59"), "error"),    # reversed by a minute
    (("2026-03-06", None, "2026-03-06", None), "warning"),        # one whole day = 24 h
    (("2026-03-06", None, "2026-03-07", None), "ok"),             # two whole days
    (("2026-03-07", None, "2026-03-06", None), "error"),
])
def test_up9_absence_from_the_centre_over_24_hours(period, outcome):
    data = _centre(*period)
    found = [f for f in findings("UP-9", data) if f.rule == "period_longer_than"]
    if outcome == "ok":
        assert found == []
    else:
        assert [(f.field, f.severity) for f in found] == [("absences_centre[0].to_date", outcome)]
        assert "drugi odstavek 14. člena Uredbe" in found[0].message
        assert ("obrnjeno" if outcome == "error" else "daljša od 1 dan") in found[0].message


@pytest.mark.parametrize("start, end, outcome", [
    ("2026-04-01", "2026-04-16", "ok"),        # 16 days
    ("2026-04-01", "2026-04-15", "warning"),   # 15 days: not over 15
    ("2026-04-01", "2026-04-01", "warning"),
    ("2026-04-01", "2026-03-31", "error"),
])
def test_up9_absence_from_slovenia_over_15_days(start, end, outcome):
    data = sample("UP-9")
    data["absences_slovenia"][0].update(from_date=start, to_date=end)
    found = [f for f in findings("UP-9", data) if f.rule == "period_longer_than"]
    if outcome == "ok":
        assert found == []
    else:
        assert [(f.field, f.severity) for f in found] == [("absences_slovenia[0].to_date", outcome)]
        if outcome == "warning":
            assert "daljša od 15 dni" in found[0].message and "15 dni" in form("UP-9").rules[3]["cite"]


@pytest.mark.parametrize("birth, on, ok", [
    ("2011-02-10", "2026-02-10", False),  # the 15th birthday: exactly 15, not older
    ("2011-02-09", "2026-02-10", True),   # 15 years and a day
    ("2011-02-11", "2026-02-10", False),  # 14
    ("1990-01-01", "2026-02-10", True),
    ("2012-02-29", "2027-02-28", False),  # born on 29 February: the 15th birthday is 28 February
    ("2012-02-29", "2027-03-01", True),
])
def test_hr1_only_for_persons_older_than_15(birth, on, ok):
    data = sample("HR-1")
    data.update(birth_date=birth, received_on=on, date=on)
    found = errors("HR-1", data, today=dt.date(2027, 6, 1))
    assert (found == []) == ok, found
    if not ok:
        assert rules_of(found) == {("birth_date", "older_than")}
        assert "starejša od 15 let" in found[0].message and "2. člena Uredbe o hišnem redu" in found[0].message


def test_hr1_extracts_received_not_after_signing():
    data = sample("HR-1")
    data["received_on"] = "2026-02-11"
    assert rules_of(errors("HR-1", data)) == {("date", "date_order")}


@pytest.mark.parametrize("start, end, ok", [
    ("15:00", "15:01", True), ("15:00", "15:00", False), ("17:30", "15:00", False), ("9:00", "9.30", True),
])
def test_hr2_visiting_hours_from_before_to(start, end, ok):
    data = sample("HR-2")
    data.update(time_from=start, time_to=end)
    found = errors("HR-2", data)
    assert (found == []) == ok, found
    if not ok:
        assert rules_of(found) == {("time_to", "time_order")} and "Priloga 2 Uredbe o hišnem redu" in found[0].message


def test_hr2_time_must_be_a_clock_time_and_permit_issued_beforehand():
    data = sample("HR-2")
    data["time_to"] = "24:00"
    assert rules_of(errors("HR-2", data)) == {("time_to", "type:time")}
    data = sample("HR-2")
    data["visit_date"] = data["date"]
    assert errors("HR-2", data) == []
    data["visit_date"] = "2026-03-11"
    assert rules_of(errors("HR-2", data)) == {("visit_date", "date_order")}


# --- the date rules on a small inline form --------------------------------------------------------

DATES = """\
sections: [{id: all, title: Vse, fields: [born, left, arrived, date]}]
fields:
  - {id: born, type: date, label: Rojen, nature: plain}
  - {id: left, type: date, label: Odhod, nature: plain}
  - {id: arrived, type: date, label: Prihod, nature: plain}
  - {id: date, type: date, label: Datum vloge, nature: plain}
rules:
  - {rule: not_future, fields: [born, left, arrived, date]}
  - {rule: date_order, fields: [born, left, arrived, date], cite: točke 1 do 4 preizkusa}
print: {page: A4, blocks: [{kind: line, label: "Datum:", fields: [date]}]}
"""


@pytest.mark.parametrize("values, flagged", [
    ({"born": "2000-01-01", "left": "2025-08-28", "arrived": "2025-08-29", "date": "2025-09-01"}, []),
    ({"born": "2000-01-01", "left": "2025-08-28", "arrived": "2025-08-28", "date": "2025-08-28"}, []),  # equal: in order
    ({"born": "2000-01-01", "left": "2025-08-28", "arrived": "2025-08-27", "date": "2025-09-01"}, ["arrived"]),
    ({"born": "2025-08-29", "left": "2025-08-28", "date": "2025-09-01"}, ["left"]),  # a gap: compared across it
    ({"left": "2025-08-28", "date": "2025-08-27"}, ["date"]),
])
def test_date_order_flags_the_first_date_out_of_order(tmp_path, values, flagged):
    definition = define(tmp_path, DATES)
    found = [f for f in validate(definition, values, today=TODAY) if f.rule == "date_order"]
    assert [f.field for f in found] == flagged
    assert all(f.severity == "error" and "točke 1 do 4 preizkusa" in f.message for f in found)


def test_not_future_holds_today_and_fails_tomorrow(tmp_path):
    definition = define(tmp_path, DATES)
    assert validate(definition, {"date": TODAY.isoformat()}, today=TODAY) == []
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    found = validate(definition, {"date": tomorrow, "arrived": tomorrow}, today=TODAY)
    assert {(f.field, f.rule) for f in found} == {("date", "not_future"), ("arrived", "not_future")}
