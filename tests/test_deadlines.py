"""Deadlines (*Roki*): every kind at its boundary (the day before, the day, the day after), and the list
through the workspace on a real station."""

from __future__ import annotations

import datetime as dt

import pytest

from app.engine import deadlines as D
from tests.ws_helpers import new_workspace

DAY = dt.date(2026, 3, 10)
BEFORE, AFTER = DAY - dt.timedelta(1), DAY + dt.timedelta(1)


def _person(**kw):
    return {"id": "p1", "name": "Ševčenko Olena", "status": "granted", "created_at": "2026-01-01T10:00:00Z",
            "protection_granted_on": "2026-01-01", "eurodac_sent_on": "2026-01-02", "has_card": True,
            "has_zz3": True, **kw}


def _form(code, data, status="finished", **kw):
    return {"id": "d1", "form_code": code, "status": status, "person_id": "p1", "title": "Ševčenko Olena",
            "data": data, "finished_at": "2026-01-01T10:00:00Z", "has_receipt": False, **kw}


def _kinds(rows, today, settings=None):
    return [(d.kind, d.state(today)) for d in D.find(rows, today, settings)]


def test_receipt_due_on_the_application_day():
    rows = {"forms": [_form("ZZ-1", {"date": DAY.isoformat()})]}
    assert _kinds(rows, BEFORE) == []
    assert _kinds(rows, DAY) == [(D.RECEIPT, "due")]
    assert _kinds(rows, AFTER) == [(D.RECEIPT, "overdue")]
    assert _kinds({"forms": [_form("ZZ-1", {"date": DAY.isoformat()}, has_receipt=True)]}, AFTER) == []
    assert _kinds({"forms": [_form("ZZ-1", {"date": DAY.isoformat()}, status="draft")]}, AFTER) == []


def test_card_for_a_person_granted_protection():
    rows = {"persons": [_person(protection_granted_on=DAY.isoformat(), has_card=False)]}
    assert _kinds(rows, BEFORE) == []
    assert _kinds(rows, DAY) == [(D.CARD, "due")]
    assert _kinds(rows, AFTER) == [(D.CARD, "overdue")]
    assert _kinds({"persons": [_person(status="applicant", protection_granted_on=None, has_card=False)]}, AFTER) == []
    assert _kinds(rows, DAY + dt.timedelta(2), {"card_days": "3"}) == [(D.CARD, "upcoming")]


def test_pocket_money_statement_may_be_renewed_30_days_before_the_period_ends():
    ends = DAY + dt.timedelta(30)
    rows = {"forms": [_form("UP-7", {"period_to": ends.isoformat()})]}
    assert _kinds(rows, BEFORE) == []
    assert _kinds(rows, DAY) == [(D.POCKET_MONEY, "upcoming")]
    assert _kinds(rows, AFTER) == [(D.POCKET_MONEY, "upcoming")]
    assert [d.due_on for d in D.find(rows, DAY)] == [ends]
    renewed = {"forms": rows["forms"] + [_form("UP-6", {"date": DAY.isoformat()}, id="d2")]}
    assert _kinds(renewed, AFTER) == []


@pytest.mark.parametrize("to_day, listed", [(DAY - dt.timedelta(1), False), (DAY, False), (DAY + dt.timedelta(1), True)])
def test_absence_from_slovenia_longer_than_15_days(to_day, listed):
    start = DAY - dt.timedelta(14)  # start … DAY is 15 whole days
    rows = {"forms": [_form("UP-9", {"absences_slovenia": [{"surname": "Ševčenko", "given_name": "Olena",
                                                             "from_date": start.isoformat(),
                                                             "to_date": to_day.isoformat()}]})]}
    assert bool(D.find(rows, DAY + dt.timedelta(30))) is listed
    if listed:
        item = D.find(rows, DAY + dt.timedelta(30))[0]
        assert item.kind == D.ABSENCE_SLOVENIA and item.due_on == AFTER and "15 dni" in item.rule
        assert _kinds(rows, DAY) == [] and _kinds(rows, AFTER) == [(D.ABSENCE_SLOVENIA, "due")]


@pytest.mark.parametrize("to_time, listed", [("09:59", False), ("10:00", False), ("10:01", True)])
def test_absence_from_the_centre_longer_than_24_hours(to_time, listed):
    rows = {"forms": [_form("UP-9", {"absences_centre": [{"from_date": BEFORE.isoformat(), "from_time": "10:00",
                                                           "to_date": DAY.isoformat(), "to_time": to_time}]})]}
    assert (_kinds(rows, AFTER) == [(D.ABSENCE_CENTRE, "overdue")]) is listed
    if not listed:
        assert _kinds(rows, AFTER) == []
    whole_days = {"forms": [_form("UP-9", {"absences_centre": [{"from_date": DAY.isoformat(),
                                                                 "to_date": DAY.isoformat()}]})]}
    assert _kinds(whole_days, AFTER) == []  # one whole day is 24 hours, not more


def test_change_reported_within_eight_days():
    change = DAY - dt.timedelta(8)
    for reported, listed in ((BEFORE, False), (DAY, False), (AFTER, True)):
        rows = {"forms": [_form("UP-8", {"change_date": change.isoformat(), "date": reported.isoformat()})]}
        assert bool(D.find(rows, AFTER)) is listed, reported
    open_draft = {"forms": [_form("UP-8", {"change_date": change.isoformat()}, status="draft")]}
    assert _kinds(open_draft, BEFORE) == [(D.CHANGE_LATE, "upcoming")]
    assert _kinds(open_draft, DAY) == [(D.CHANGE_LATE, "due")]
    assert _kinds(open_draft, AFTER) == [(D.CHANGE_LATE, "overdue")]


def test_protection_about_to_expire_offers_zz3():
    settings = {"protection_until": (DAY + dt.timedelta(90)).isoformat()}
    rows = {"persons": [_person(has_zz3=False)]}
    assert _kinds(rows, BEFORE, settings) == []
    assert _kinds(rows, DAY, settings) == [(D.PROTECTION_END, "upcoming")]
    assert _kinds(rows, AFTER, settings) == [(D.PROTECTION_END, "upcoming")]
    assert _kinds({"persons": [_person(has_zz3=True)]}, AFTER, settings) == []


def test_eurodac_within_ten_days_of_registration():
    rows = {"persons": [_person(status="applicant", created_at=(DAY - dt.timedelta(10)).isoformat() + "T08:00:00Z",
                                eurodac_sent_on=None)]}
    assert _kinds(rows, BEFORE) == [(D.EURODAC, "upcoming")]
    assert _kinds(rows, DAY) == [(D.EURODAC, "due")]
    assert _kinds(rows, AFTER) == [(D.EURODAC, "overdue")]
    assert _kinds(rows, DAY - dt.timedelta(11)) == []  # before registration


def test_a_wrong_setting_names_itself():
    with pytest.raises(ValueError, match="deadline.eurodac_days"):
        D.periods({"eurodac_days": "deset"})


def test_the_list_on_a_real_station(tmp_path):
    ws = new_workspace(tmp_path / "r.sqlite3")
    granted = ws.add_person(surname="Ševčenko", given_name="Olena", status="granted")
    applicant = ws.add_person(surname="Kovalčuk", given_name="Iryna")
    today = dt.date.today()
    application = ws.new_draft_for_person("ZZ-1", applicant)
    ws.db.execute("UPDATE drafts SET status = 'finished', finished_at = ? WHERE id = ?",
                  [today.isoformat() + "T08:00:00Z", application.id])
    items = ws.deadlines(today)
    kinds = sorted((d.kind, d.person_id) for d in items)
    assert (D.RECEIPT, applicant) in kinds and (D.CARD, granted) in kinds
    assert (D.EURODAC, granted) in kinds and (D.EURODAC, applicant) in kinds
    ws.mark_eurodac_sent(applicant, today)
    ws.issue_from(application.id, "ZZ-2")
    kinds = sorted((d.kind, d.person_id) for d in ws.deadlines(today))
    assert (D.RECEIPT, applicant) not in kinds and (D.EURODAC, applicant) not in kinds
    assert all(d.article and d.rule for d in ws.deadlines(today))
    ws.set_deadline_setting("protection_until", (today + dt.timedelta(10)).strftime("%d. %m. %Y"))
    assert any(d.kind == D.PROTECTION_END and d.person_id == granted for d in ws.deadlines(today))
    # a retention period reached is on the list of those who may erase
    ws.set_retention_period("draft_unlinked", 1)
    old = ws.new_draft("HR-2")
    ws.db.execute("UPDATE drafts SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?", [old.id])
    assert any(d.kind == D.RETENTION and d.draft_id == old.id for d in ws.deadlines(today))
    ws.close()


def test_the_command_line(tmp_path, capsys):
    import json

    from app.cli import main
    from tests.ws_helpers import open_workspace

    db = tmp_path / "c.sqlite3"
    ws = new_workspace(db)
    person = ws.add_person(surname="Ševčenko", given_name="Olena", status="granted", entry_date="2026-03-02")
    ws.close()
    assert main(["--db", str(db), "deadlines", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)["due"]
    assert {(d["kind"], d["person_id"]) for d in due} >= {("card", person), ("eurodac", person)}
    assert main(["--db", str(db), "eurodac-sent", person, "--on", "2026-03-03"]) == 0
    assert main(["--db", str(db), "deadlines", "--set", "eurodac_days", "deset"]) == 2
    assert "deadline.eurodac_days" in capsys.readouterr().err
    assert main(["--db", str(db), "deadlines", "--json"]) == 0
    assert "eurodac" not in {d["kind"] for d in json.loads(capsys.readouterr().out)["due"]}
    assert main(["--db", str(db), "statistics", "--from", "2026-03-01", "--to", "2026-03-31"]) == 0
    assert "arrivals;Prihodi;02. 03. 2026;1" in capsys.readouterr().out
    assert main(["--db", str(db), "statistics", "--from", "2026-03-01", "--to", "2026-03-31",
                 "-o", str(tmp_path / "s.pdf")]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db), "statistics", "--from", "2026-03-31", "--to", "2026-03-01"]) == 2
    assert open_workspace(db).deadline_settings()["eurodac_days"] == "10"


def test_a_family_is_listed_together(tmp_path):
    ws = new_workspace(tmp_path / "fam.sqlite3")
    mother = ws.add_person(surname="Ševčenko", given_name="Olena", status="granted")
    son = ws.add_person(surname="Ševčenko", given_name="Taras", status="granted")
    other = ws.add_person(surname="Kovalčuk", given_name="Iryna", status="granted")
    ws.register.link(son, mother, "mati", "accompanying", reverse_relationship="sin")
    items = ws.deadlines(dt.date.today())
    families = {d.person_id: (d.family, d.family_name) for d in items}
    assert families[mother] == families[son] == (min(mother, son), families[mother][1])
    assert families[mother][1] in ("Ševčenko Olena", "Ševčenko Taras")
    assert families[other] == (other, "Kovalčuk Iryna")
    ws.close()


def _fresh(ws, today):
    """The deadlines as the rules find them over every row now (what the kept table must equal)."""
    from app.store import statistics as S

    return sorted((d.kind, d.due_on, d.name, d.person_id, d.draft_id, d.family, d.family_name)
                  for d in D.find(S.deadline_rows(ws.db), today, ws.deadline_settings()))


def _kept(ws, today):
    return sorted((d.kind, d.due_on, d.name, d.person_id, d.draft_id, d.family, d.family_name)
                  for d in ws.deadlines(today) if d.kind != D.RETENTION)


def test_the_kept_deadlines_follow_every_change(tmp_path):
    """The kept list (app.store.due) equals the rules run over every row after each kind of change, by the
    workspace or by plain SQL (as sync, retention or a restore write), and after a period is changed."""
    ws = new_workspace(tmp_path / "kept.sqlite3")
    today = dt.date.today()
    olena = ws.add_person(surname="Ševčenko", given_name="Olena", status="granted")
    taras = ws.add_person(surname="Ševčenko", given_name="Taras")
    iryna = ws.add_person(surname="Kovalčuk", given_name="Iryna")
    assert _kept(ws, today) == _fresh(ws, today) != []
    application = ws.new_draft_for_person("ZZ-1", taras)
    ws.db.execute("UPDATE drafts SET status = 'finished', finished_at = ? WHERE id = ?",
                  [today.isoformat() + "T08:00:00Z", application.id])
    assert (D.RECEIPT, taras) in {(d.kind, d.person_id) for d in ws.deadlines(today)}
    assert _kept(ws, today) == _fresh(ws, today)
    ws.issue_from(application.id, "ZZ-2")  # the receipt takes the application off the list
    assert (D.RECEIPT, taras) not in {(d.kind, d.person_id) for d in ws.deadlines(today)}
    up8 = ws.new_draft_for_person("UP-8", iryna)
    ws.save(up8.id, dict(up8.data, change_date=(today - dt.timedelta(days=12)).isoformat()))
    assert _kept(ws, today) == _fresh(ws, today)
    ws.register.link(taras, olena, "mati", "accompanying", reverse_relationship="sin")  # a family now
    assert _kept(ws, today) == _fresh(ws, today)
    ws.db.execute("UPDATE persons SET surname = 'Bondarenko' WHERE id = ?", [min(olena, taras)])  # the family renamed
    assert _kept(ws, today) == _fresh(ws, today)
    ws.mark_eurodac_sent(iryna, today)
    ws.db.execute("UPDATE persons SET status = 'ended' WHERE id = ?", [olena])
    assert _kept(ws, today) == _fresh(ws, today)
    ws.set_deadline_setting("eurodac_days", "3")
    assert _kept(ws, today) == _fresh(ws, today)
    ws.delete_draft(up8.id)
    ws.db.execute("DELETE FROM family_links")
    assert _kept(ws, today) == _fresh(ws, today)
    # later days: the kept rows are listed by the day each is listed from
    later = today + dt.timedelta(days=400)
    assert _kept(ws, later) == _fresh(ws, later)
    listed = ws.deadline_list(today)
    assert len(listed) == len(ws.deadlines(today)) and listed.overdue == sum(d.due_on < today for d in listed)
    assert [d.name for d in listed.ordered("name")] == sorted(d.name for d in listed)
    ws.close()


def test_reading_the_whole_list_equals_reading_it_by_index(tmp_path, monkeypatch):
    """Iterating a DueList (one pass over the kept rows, the retention items placed among them) gives the
    same items in the same order as indexing it a page at a time, in every order, both directions."""
    from app.workspace.deadlines import DueList

    monkeypatch.setattr(DueList, "PAGE", 3)  # many pages from a few rows
    ws = new_workspace(tmp_path / "iter.sqlite3")
    today = dt.date.today()
    for i, (surname, given) in enumerate([("Ševčenko", "Olena"), ("Kovalčuk", "Iryna"), ("Bondar", "Taras"),
                                          ("Melnyk", "Oksana"), ("Savčuk", "Petro")]):
        ws.add_person(surname=surname, given_name=given, status="granted" if i % 2 else "applicant")
    ws.set_retention_period("draft_unlinked", 1)
    for code in ("HR-2", "HR-3", "HR-4"):  # retention items (kept elsewhere) to merge in
        old = ws.new_draft(code)
        ws.db.execute("UPDATE drafts SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?", [old.id])
    listed = ws.deadline_list(today)
    assert len(listed.extras) == 3 and len(listed) > 2 * DueList.PAGE
    for order in ("due", "name", "family", "kind"):
        for descending in (False, True):
            items = listed.ordered(order, descending)
            assert list(items) == [items[i] for i in range(len(items))]
    assert ws.deadlines(today) == list(listed)
    ws.close()
