"""The draft session without Qt: incremental validation equals a full run; save, retry, corrections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine.definition import load_definition
from app.engine.incremental import IncrementalValidation, dependency_index
from app.engine.validate import relevant_sections, required_fields, validate

FORMS = sorted((Path(__file__).resolve().parent.parent / "forms").glob("*.yaml"))
TODAY = dt.date.today()


def _values(definition, field):
    """Values worth trying in a field: the sample's, others' samples (wrong types), dates, text, empty."""
    sample = definition.sample or {}
    out = [None, "", "x", "2000-01-01", "2010-06-15", "2031-02-29", "1. 2. 2024", True, False, 7, [], [{}]]
    if field.id in sample:
        out.append(sample[field.id])
        value = sample[field.id]
        if isinstance(value, list) and value:
            out += [value[:1], value[::-1], value + value]
    out += [v for k, v in sample.items() if k != field.id][:10]
    for choice in getattr(field, "choices", None) or []:
        out.append(choice.get("value") if isinstance(choice, dict) else choice)
    return out


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_incremental_findings_equal_a_full_run(path, data):
    definition = load_definition(path)
    start = dict(definition.sample or {}) if data.draw(st.booleans(), label="start from sample") else {}
    values = dict(start)
    live = IncrementalValidation(definition, values, TODAY)
    assert live.findings == validate(definition, values, TODAY)
    field_ids = sorted(definition.fields)
    for _ in range(data.draw(st.integers(1, 12), label="edits")):
        field_id = data.draw(st.sampled_from(field_ids), label="field")
        value = data.draw(st.sampled_from(_values(definition, definition.fields[field_id])), label="value")
        if value is None:
            values.pop(field_id, None)
        else:
            values[field_id] = value
        found = live.update([field_id])
        assert found == validate(definition, values, TODAY), (field_id, value)
        assert live.required_fields() == required_fields(definition, values, TODAY)
        assert live.relevant_sections() == relevant_sections(definition, values, TODAY)


def test_the_index_names_the_checks_a_field_triggers():
    definition = load_definition(Path(__file__).resolve().parent.parent / "forms" / "zz-1.yaml")
    index = dependency_index(definition)
    assert index is dependency_index(definition)  # built once per definition
    # every field triggers at least its own check; a rule is triggered by each field it names
    for field_id in index.fields:
        assert field_id in index.field_checks[field_id]
    for number, spec in enumerate(definition.rules):
        named = {v for k, v in spec.items() if k != "rule" and isinstance(v, str) and v in definition.fields}
        for field_id in named:
            assert number in index.rule_checks[field_id]


# --- the draft session, without Qt ------------------------------------------------------------------


def test_an_edit_is_saved_at_once_and_checked_like_a_full_run(workspace):
    from app.workspace.session import DraftSession

    session = DraftSession(workspace, workspace.new_draft("ZZ-1"))
    assert session.findings == validate(session.definition, session.data)
    assert session.set_value("surname", "Ševčenko", page="person")
    assert session.set_value("birth_date", "2031-01-01")  # in the future: the rules that read it find it
    assert session.last_saved is not None and not session.pending and session.save_error is None
    assert session.findings == validate(session.definition, session.data)
    assert any(f.field == "birth_date" for f in session.findings)
    assert session.set_value("surname", "")  # emptied: the value goes
    stored = workspace.drafts.get(session.draft_id)
    assert "surname" not in stored.data and stored.data["birth_date"] == "2031-01-01" and stored.page == "person"
    assert session.set_page("documents") and workspace.drafts.get(session.draft_id).page == "documents"
    again = workspace.open_draft(session.draft_id)  # reopening restores values and page
    assert again.data == session.data and again.page == "documents" and again.findings == session.findings


def test_a_held_database_makes_a_keystroke_wait_briefly_and_the_retry_saves_everything(workspace):
    import time

    from ws_helpers import other_connection

    from app.workspace.session import AUTOSAVE_WAIT_S, RETRY_WAIT_S

    session = workspace.open_draft(workspace.new_draft("ZZ-1").id)
    session.set_value("surname", "Šev")
    other = other_connection(workspace)
    other.execute("BEGIN IMMEDIATE")  # another program holds the database
    try:
        started = time.monotonic()
        assert not session.set_value("surname", "Ševčenko")
        first = time.monotonic() - started
        assert session.pending and "drug program" in session.save_error
        started = time.monotonic()
        assert not session.set_value("given_name", "Olena")
        second = time.monotonic() - started
        assert AUTOSAVE_WAIT_S - 0.05 <= first < AUTOSAVE_WAIT_S + 0.5, first
        assert second < RETRY_WAIT_S + 0.3, second
        assert not session.retry() and session.pending
        assert session.data == {**session.data, "surname": "Ševčenko", "given_name": "Olena"}  # nothing lost
        # the store's own wait is as it was for every other write
        assert workspace.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert session.retry() and not session.pending and session.save_error is None
    stored = workspace.drafts.get(session.draft_id).data
    assert stored["surname"] == "Ševčenko" and stored["given_name"] == "Olena"


def test_finish_refuses_errors_then_finishes_and_reopens(workspace):
    from app.store.drafts import DraftFinishedError
    from app.workspace import FormHasErrors

    session = workspace.open_draft(workspace.new_draft("ZZ-8").id)
    with pytest.raises(FormHasErrors):
        session.finish()
    assert session.has_errors() and not session.read_only
    sample = session.definition.sample
    session.set_values({k: v for k, v in sample.items() if k not in ("serial", "photo")})
    session.attach_photo(_jpeg(), None, "photo")
    if session.has_errors():
        pytest.fail([f.message for f in session.findings if f.severity == "error"])
    session.finish()
    assert session.read_only and session.finished_at and session.data.get("serial")  # the card's number
    assert session.findings == validate(session.definition, session.data)
    with pytest.raises(DraftFinishedError):
        session.set_value("surname", "Drugače")
    session.reopen()
    assert not session.read_only and workspace.drafts.get(session.draft_id).status == "draft"


def _jpeg() -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (350, 450), (180, 150, 120)).save(out, "JPEG")
    return out.getvalue()


def test_corrections_go_back_to_the_register_in_one_step(workspace):
    person = workspace.register.add_person(surname="Ševčenko", given_name="Olena", birth_date="1988-03-14")
    session = workspace.open_draft(workspace.new_draft_for_person("ZZ-1", person).id)
    assert session.corrections() == ({}, False)
    session.set_value("given_name", "Olena Maria")
    corrections, photo = session.corrections()
    assert corrections == {"given_name": "Olena Maria"} and not photo
    session.attach_photo(_jpeg(), None, "photo")
    assert session.corrections()[1] and not session.register_has_photo()
    taken = session.take_corrections()
    assert taken == {"given_name": "Olena Maria", "photo": True}
    assert workspace.register.get(person)["given_name"] == "Olena Maria" and session.register_has_photo()
    assert session.corrections() == ({}, False)
    assert session.relatives() == [] and session.register_person()["surname"] == "Ševčenko"
