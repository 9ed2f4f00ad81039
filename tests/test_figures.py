"""Every figure on a generated station: exact known answers, and the same answer from SQL (the store)
and from the engine's pure-Python definition over the same rows."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from app.engine import figures as F
from app.store import statistics as S
from app.store.register import Register
from tests.ws_helpers import new_workspace

D = dt.date(2026, 3, 31)
START = dt.date(2026, 3, 1)


def _person(reg, db, created, entry, birth, sex, citizenship, granted=None, ended=None):
    status = "ended" if ended else ("granted" if granted else "applicant")
    pid = reg.add_person(surname="Ševčenko", given_name="Olena", birth_date=birth, sex=sex, citizenship=citizenship,
                         entry_date=entry, status=status)
    db.execute("UPDATE persons SET created_at = ?, protection_granted_on = ?, protection_ended_on = ? WHERE id = ?",
               [created + "T09:00:00.000000Z", granted, ended, pid])
    return pid


def _form(ws, code, finished_at=None):
    draft = ws.new_draft(code)
    if finished_at:
        ws.db.execute("UPDATE drafts SET status = 'finished', finished_at = ? WHERE id = ?", [finished_at, draft.id])
    return draft.id


def _card(db, number, issued_at, voided_at=None):
    db.execute("INSERT INTO card_serials (office, number, serial, status, station_id, issued_at, voided_at)"
               " VALUES ('UE', ?, ?, ?, 's', ?, ?)", [number, f"ZZ{number:06d}", "void" if voided_at else "issued",
                                                      issued_at, voided_at])


def known_persons(reg, db) -> dict[str, str]:
    """The persons of the known-answer station (ids by letter) and their family links; the centre's test
    (tests/test_server_web.py) pushes the same people."""
    p = {}
    p["A"] = _person(reg, db, "2026-03-02", "2026-03-01", "1990-01-01", "Z", "UKR", granted="2026-03-05")
    p["B"] = _person(reg, db, "2026-03-02", "2026-03-01", "2015-06-01", "M", "UKR")
    p["C"] = _person(reg, db, "2026-03-10", "2026-03-10", "2009-03-31", "Z", "SYR")  # 17 on D, alone
    p["D"] = _person(reg, db, "2026-03-10", "2026-03-10", "2008-03-31", "M", "UKR")  # 18 on D exactly
    p["E"] = _person(reg, db, "2026-03-10", "2026-02-28", "2008-04-01", "Z", "UKR")  # 17, with a minor only
    p["F"] = _person(reg, db, "2026-01-10", "2026-01-09", "1980-01-01", "M", "UKR", granted="2026-01-15",
                     ended="2026-03-20")
    p["G"] = _person(reg, db, "2026-04-02", "2026-03-31", "1985-01-01", "M", "UKR")  # registered after D
    p["H"] = _person(reg, db, "2026-03-15", "2026-03-15", "1950-01-01", "M", "UKR", granted="2026-03-31")
    p["I"] = _person(reg, db, "2026-03-20", "2026-03-20", "1990-05-05", "Z", "UKR", granted="2026-04-05")
    reg.link(p["B"], p["A"], "mati", "accompanying", reverse_relationship="sin")
    reg.link(p["E"], p["C"], "sestra", "accompanying", reverse_relationship="sestra")
    return p


@pytest.fixture()
def station(tmp_path):
    ws = new_workspace(tmp_path / "f.sqlite3")
    db, reg = ws.db, Register(ws.db)
    p = known_persons(reg, db)
    _form(ws, "ZZ-1", "2026-03-01T23:59:59.999999Z")
    _form(ws, "ZZ-1", "2026-03-02T00:00:00.000000Z")
    _form(ws, "ZZ-1", "2026-04-01T00:00:00.000000Z")
    _form(ws, "ZZ-1", "2026-02-28T23:59:59.999999Z")
    _form(ws, "ZZ-1")
    _form(ws, "ZZ-9", "2026-03-31T12:00:00.000000Z")
    _form(ws, "ZZ-9")
    _form(ws, "UP-6", "2026-03-05T08:00:00.000000Z")
    _form(ws, "UP-6", "2026-03-05T09:00:00.000000Z")
    _form(ws, "UP-9", "2026-03-06T09:00:00.000000Z")
    _form(ws, "UP-6")
    _card(db, 1, "2026-03-03T10:00:00.000000Z")
    _card(db, 2, "2026-02-27T10:00:00.000000Z", "2026-03-04T10:00:00.000000Z")
    _card(db, 3, "2026-03-04T10:00:00.000000Z", "2026-04-02T10:00:00.000000Z")
    yield ws
    ws.close()


def test_known_answers_from_sql_and_from_the_definition(station):
    by_sql = S.figures(station.db, START, D)
    by_python = F.compute(*S.rows(station.db), START, D)
    for got in (by_sql, by_python, S.figures_from_rows_sql(station.db, START, D)):
        assert got.daily["arrivals"] == {"2026-03-01": 2, "2026-03-10": 2, "2026-03-15": 1, "2026-03-20": 1,
                                         "2026-03-31": 1}
        assert got.daily["applications"] == {"2026-03-01": 1, "2026-03-02": 1}
        assert got.daily["relocation_passes"] == {"2026-03-31": 1}
        assert got.welfare_by_kind() == {"UP-6": 2, "UP-9": 1}
        assert got.daily["cards_issued"] == {"2026-03-03": 1, "2026-03-04": 1}
        assert got.daily["cards_voided"] == {"2026-03-04": 1}
        assert got.status == {"applicant": 5, "granted": 2, "ended": 1}
        assert got.protected == 2
        assert got.citizenship == {"UKR": 6, "SYR": 1}
        assert got.age_sex == {("35–64", "Z"): 2, ("0–13", "M"): 1, ("14–17", "Z"): 2, ("18–34", "M"): 1,
                               ("65+", "M"): 1}
        assert got.unaccompanied_minors == 2
    assert by_sql == by_python


def test_protected_on_the_day_before_and_after(station):
    assert S.figures(station.db, START, dt.date(2026, 3, 30)).protected == 1  # H from the 31st
    assert S.figures(station.db, START, dt.date(2026, 4, 5)).protected == 3  # I from the 5th of April
    assert F.status_on({"created_at": "2026-03-20T00:00:00Z", "protection_granted_on": "2026-04-05"},
                       dt.date(2026, 4, 4)) == "applicant"


def test_age_groups_at_birthdays_and_leap_days():
    assert F.age_group("2008-03-31", D) == "18–34"
    assert F.age_group("2008-04-01", D) == "14–17"
    assert F.age_group("2012-03-31", D) == "14–17"
    assert F.age_group("2012-04-01", D) == "0–13"
    assert F.age_group("2027-01-01", D) is None
    leap = dt.date(2024, 2, 29)
    assert F.age_group("2006-02-28", leap) == "18–34"  # 18 on 28 February in a year without the 29th
    assert F.age_group("2006-03-01", leap) == "14–17"


def test_trend_and_projection():
    assert F.trend([1, 2, 3, 4]) == (1.0, 1.0)
    counts = {"2026-03-01": 2, "2026-03-02": 4, "2026-03-03": 6}
    projected = F.projection(counts, dt.date(2026, 3, 1), dt.date(2026, 3, 3), weeks=1)
    assert projected[0] == (dt.date(2026, 3, 4), 8.0) and len(projected) == 7
    assert F.projection({"2026-03-01": 5}, dt.date(2026, 3, 1), dt.date(2026, 3, 2), weeks=1)[-1][1] == 0.0


def test_generated_station_same_by_sql_and_by_definition(tmp_path):
    ws = new_workspace(tmp_path / "g.sqlite3")
    db, reg, rng = ws.db, Register(ws.db), random.Random(16)

    def day(low, high):
        return (low + dt.timedelta(rng.randint(0, (high - low).days))).isoformat()

    ids = []
    with db.batch():
        for _ in range(400):
            born = day(dt.date(1940, 1, 1), dt.date(2026, 3, 1)) if rng.random() > 0.02 else "2008-02-29"
            created = day(dt.date(2024, 1, 1), dt.date(2024, 6, 30))
            granted = day(dt.date.fromisoformat(created), dt.date(2024, 8, 1)) if rng.random() < 0.6 else None
            ended = day(dt.date.fromisoformat(granted), dt.date(2024, 9, 1)) if granted and rng.random() < 0.2 else None
            ids.append(_person(reg, db, created, day(dt.date(2024, 1, 1), dt.date(2024, 6, 30)), born,
                               rng.choice(["M", "Z", None]), rng.choice(["UKR", "SYR", "RUS", None]), granted, ended))
        for _ in range(300):
            a, b = rng.sample(ids, 2)
            reg.link(a, b, "sorodnik", rng.choice(["accompanying", "accompanying", "in_slovenia", "abroad"]))
        for _ in range(200):
            code = rng.choice(["ZZ-1", "ZZ-1", "ZZ-9", "UP-6", "UP-7", "UP-9", "HR-1"])
            _form(ws, code, day(dt.date(2024, 1, 1), dt.date(2024, 9, 1)) + "T23:59:59.000000Z"
                  if rng.random() < 0.8 else None)
        for n in range(150):
            issued = day(dt.date(2024, 1, 1), dt.date(2024, 9, 1)) + "T12:00:00.000000Z"
            _card(db, n + 1, issued, day(dt.date.fromisoformat(issued[:10]), dt.date(2024, 9, 30)) + "T08:00:00Z"
                  if rng.random() < 0.1 else None)
    rows = S.rows(db)
    for start, end in ((dt.date(2024, 1, 1), dt.date(2024, 2, 29)), (dt.date(2024, 3, 1), dt.date(2024, 6, 30)),
                       (dt.date(2024, 2, 29), dt.date(2024, 9, 1)), (dt.date(2023, 1, 1), dt.date(2023, 12, 31))):
        by_sql, by_python = S.figures(db, start, end), F.compute(*rows, start, end)
        assert by_sql == by_python == S.figures_from_rows_sql(db, start, end), (start, end)
        sql, params = S.unaccompanied_from_links_sql(end)
        assert db.execute(sql, params).fetchone()[0] == by_python.unaccompanied_minors
    assert by_sql.status == {}  # before anyone was registered
    assert S.figures(db, dt.date(2024, 1, 1), dt.date(2024, 6, 30)).unaccompanied_minors > 0  # the case is there
    # relatives born again, links removed and changed: the store's kept companion dates follow
    with db.batch():
        for pid in rng.sample(ids, 60):
            db.execute("UPDATE persons SET birth_date = ? WHERE id = ?", [day(dt.date(1950, 1, 1), dt.date(2024, 1, 1)), pid])
        for link_id, in db.execute("SELECT id FROM family_links ORDER BY id LIMIT 60").fetchall():
            db.execute("DELETE FROM family_links WHERE id = ?", [link_id])
        db.execute("UPDATE family_links SET kind = 'accompanying' WHERE kind = 'abroad'")
        db.execute("DELETE FROM persons WHERE id = ?", [ids[0]])
    rows = S.rows(db)
    for end in (dt.date(2024, 2, 29), dt.date(2024, 6, 30), dt.date(2024, 9, 1)):
        assert S.figures(db, dt.date(2024, 1, 1), end) == F.compute(*rows, dt.date(2024, 1, 1), end), end
    # forms reopened, finished again, deleted; a card voided: the kept per-day counts follow
    with db.batch():
        db.execute("UPDATE drafts SET status = 'draft', finished_at = NULL WHERE rowid % 7 = 0")
        db.execute("UPDATE drafts SET finished_at = '2024-05-05T10:00:00Z' WHERE rowid % 5 = 0 AND status = 'finished'")
        db.execute("UPDATE drafts SET form_code = 'UP-9' WHERE rowid % 11 = 0")
        db.execute("DELETE FROM drafts WHERE rowid % 13 = 0")
        db.execute("UPDATE card_serials SET status = 'void', voided_at = '2024-05-06T10:00:00Z' WHERE number % 9 = 0")
        db.execute("UPDATE persons SET entry_date = '2024-05-07' WHERE rowid % 6 = 0")
    rows = S.rows(db)
    start, end = dt.date(2024, 1, 1), dt.date(2024, 9, 1)
    assert S.figures(db, start, end) == F.compute(*rows, start, end) == S.figures_from_rows_sql(db, start, end)
    ws.close()


def test_counts_use_indexes(station):
    plans = []
    for figure in F.DAILY:
        sql, params = S.daily_sql(figure, START, D)
        plans.append(" ".join(r[-1] for r in station.db.execute("EXPLAIN QUERY PLAN " + sql, params)))
    for sql, params in S.snapshot_sql(D).values():
        plans.append(" ".join(r[-1] for r in station.db.execute("EXPLAIN QUERY PLAN " + sql, params)))
    for plan in plans:
        assert "INDEX" in plan, plan


def test_postgresql_sql_has_its_placeholders():
    sql, params = S.daily_sql(F.WELFARE, START, D, dialect="postgresql")
    assert "?" not in sql and sql.count("%s") == len(params)


def test_csv_and_pdf_of_the_period(station, tmp_path):
    import subprocess

    csv_path = station.export_statistics_csv(tmp_path / "s.csv", START, D)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "applications;Vloge za začasno zaščito;01. 03. 2026;1" in text
    assert "unaccompanied_minors;Mladoletniki brez spremstva;skupaj;2" in text
    assert "Prihodi: projekcija trenda (ni napoved);28. 04. 2026" in text
    pdf = station.export_statistics_pdf(tmp_path / "s.pdf", START, D)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts and "Helvetica" not in fonts and "Times" not in fonts
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Prihodi: projekcija (ni napoved)" in words and "Mladoletniki brez spremstva" in words
    assert "ženske" in words and "Starostne skupine in spol" in words


def test_trendline_agrees_with_projection():
    counts = {"2026-03-01": 3, "2026-03-04": 7, "2026-03-09": 2}
    line = F.trendline(counts, dt.date(2026, 3, 1), dt.date(2026, 3, 10), weeks=2)
    assert line.projected == F.projection(counts, dt.date(2026, 3, 1), dt.date(2026, 3, 10), weeks=2)
    assert len(line.days) == len(line.counts) == len(line.fitted) == 10 and sum(line.counts) == 12
