"""Item 9 of issue 13: one audit *change* entry per field per editing burst, not one per keystroke."""

from __future__ import annotations

import pytest

from app.workspace.records import EDIT_BURST_SECONDS
from tests.ws_helpers import new_workspace


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def station(tmp_path):
    workspace = new_workspace(tmp_path / "p.db")
    workspace._burst_clock = Clock()
    yield workspace
    workspace.close()


def changes(workspace, draft_id):
    return [e.detail["fields"] for e in reversed(workspace.audit_entries(action="change", limit=1000))
            if e.target_id == draft_id]


def type_into(workspace, draft_id, field, text, seconds_per_key=0.3):
    data = dict(workspace.draft(draft_id).data)
    for end in range(1, len(text) + 1):
        workspace._burst_clock.now += seconds_per_key
        data[field] = text[:end]
        workspace.save(draft_id, data)
    return data


def test_a_surname_of_eight_letters_is_one_change_entry(station):
    draft = station.new_draft("ZZ-1")
    type_into(station, draft.id, "surname", "Žagarjev")
    assert station.draft(draft.id).data["surname"] == "Žagarjev"  # every keystroke was saved
    assert changes(station, draft.id) == [["surname"]]
    assert station.audit_check().ok


def test_each_field_once_per_burst_and_again_after_a_pause_or_leaving(station):
    draft = station.new_draft("ZZ-1")
    type_into(station, draft.id, "surname", "Novak")
    type_into(station, draft.id, "given_name", "Ana")
    type_into(station, draft.id, "surname", "Novakova")  # back to a field of the same burst
    assert changes(station, draft.id) == [["surname"], ["given_name"]]

    station._burst_clock.now += EDIT_BURST_SECONDS + 1  # a pause ends the burst
    type_into(station, draft.id, "surname", "Novak-Horvat")
    assert changes(station, draft.id)[-1] == ["surname"] and len(changes(station, draft.id)) == 3

    station.end_edit(draft.id)  # the user left the draft and came back
    type_into(station, draft.id, "given_name", "Ana Marija")
    assert changes(station, draft.id) == [["surname"], ["given_name"], ["surname"], ["given_name"]]
    assert station.audit_check().ok


def test_bursts_are_per_draft(station):
    first, second = station.new_draft("ZZ-1"), station.new_draft("ZZ-1")
    type_into(station, first.id, "surname", "Kos")
    type_into(station, second.id, "surname", "Kos")
    assert changes(station, first.id) == [["surname"]] and changes(station, second.id) == [["surname"]]


def test_a_save_that_fails_records_nothing_and_does_not_count_as_recorded(station):
    from app.store import DraftFinishedError

    draft = station.new_draft("ZZ-1")
    station.drafts.finish(draft.id)
    with pytest.raises(DraftFinishedError):
        station.save(draft.id, {**draft.data, "surname": "Kos"})
    assert changes(station, draft.id) == []
    station.drafts.reopen(draft.id)
    station.save(draft.id, {**draft.data, "surname": "Kos"})
    assert changes(station, draft.id) == [["surname"]]
