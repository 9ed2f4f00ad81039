"""A family's papers in one step (Workspace.family_papers): cards only for those granted protection, a
card that cannot be finished reported with what it lacks (and left as a draft), nothing printed twice."""

import datetime as dt

from ui_helpers import jpeg_bytes


def _granted(workspace, given_name: str, emso: str | None, photo: bool) -> str:
    from app.engine.photo import crop_photo, prepare

    pid = workspace.add_person(surname="Шевченко", given_name=given_name, latin_name=f"Shevchenko {given_name}",
                               sex="Z", birth_date="1988-03-14", citizenship="UKR", emso=emso, status="granted")
    if photo:
        workspace.set_person_photo(pid, crop_photo(prepare(jpeg_bytes())[0], None))
    return pid


def test_cards_for_the_granted_with_what_is_missing_named(workspace):
    workspace.set_station(administrative_unit="logatec")
    ready = _granted(workspace, "Olena", "1403988505189", photo=True)
    no_photo = _granted(workspace, "Iryna", None, photo=False)
    applicant = workspace.add_person(surname="Kovalenko", given_name="Taras", status="applicant")
    seen = []
    papers = workspace.family_papers([ready, no_photo, applicant], progress=lambda *a: seen.append(a))
    assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
    assert [(p.person_id, p.form_code, bool(p.problem)) for p in papers] == [(ready, "ZZ-8", False),
                                                                            (no_photo, "ZZ-8", True)]
    problem = papers[1].problem
    assert "EMŠO" in problem and "otograf" in problem, problem
    card = workspace.draft(papers[0].draft_id)
    assert card.status == "finished" and card.data["surname"] == "Shevchenko" and card.data["office"] == "logatec"
    assert workspace.draft(papers[1].draft_id).status != "finished"
    jobs = workspace.family_print_jobs(papers)
    assert [(j.kind, len(j.items)) for j in jobs] == [("card_folds", 1)]
    workspace.record_print("PDF", jobs[0].items, pages=jobs[0].pages)
    # a second run: the printed card is not made again, the draft still lacks the same
    again = workspace.family_papers([ready, no_photo])
    assert [(p.person_id, bool(p.problem)) for p in again] == [(no_photo, True)]
    assert again[0].draft_id == papers[1].draft_id
    assert dt.date.today().isoformat() == card.data["issue_date"]
