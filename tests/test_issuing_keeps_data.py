"""Item 2 of issue 13: ZZ-2 issued from ZZ-1 keeps the organ, the official and the date of filing; an EMŠO
typed on ZZ-2 is offered back to the register and is then on the person's next form (ZZ-8)."""

from __future__ import annotations

import pytest

from tests.ws_helpers import new_workspace

ORGAN = "Republika Slovenija\nUpravna enota Ljubljana\nTaborska 2, 1000 Ljubljana"


@pytest.fixture
def station(tmp_path):
    workspace = new_workspace(tmp_path / "p.db")
    yield workspace
    workspace.close()


def test_zz2_from_zz1_keeps_organ_official_and_dates_and_gives_the_emso_back(station):
    person_id = station.add_person(surname="Ševčenko", given_name="Olena", birth_date="1988-03-14",
                                   citizenship="UKR", sex="Z")
    application = station.new_draft_for_person("ZZ-1", person_id)
    station.save(application.id, {**application.data, "office": ORGAN, "official_name": "Janez Kranjc",
                                  "date": "2026-03-09"})
    receipt = station.issue_from(application.id, "ZZ-2")
    assert receipt.data["office"] == ORGAN
    assert receipt.data["official_name"] == "Janez Kranjc"
    assert receipt.data["filed_on"] == "2026-03-09"
    assert receipt.data["full_name"] == "Ševčenko Olena" and receipt.data["birth_date"] == "1988-03-14"

    assert station.register_corrections(receipt.id) == {}
    station.save(receipt.id, {**receipt.data, "emso": "1403988505010"})
    assert station.register_corrections(receipt.id) == {"emso": "1403988505010"}
    assert station.take_corrections(receipt.id) == {"emso": "1403988505010"}
    assert station.person(person_id)["emso"] == "1403988505010"
    assert station.register_corrections(receipt.id) == {}

    card = station.new_draft_for_person("ZZ-8", person_id)
    assert card.data["emso"] == "1403988505010"  # not typed again


def test_a_receipt_issued_for_a_known_person_takes_the_emso_from_the_register(station):
    person_id = station.add_person(surname="Kovalenko", given_name="Tetjana", birth_date="1990-11-11",
                                   emso="1111990505012")
    application = station.new_draft_for_person("ZZ-1", person_id)
    receipt = station.issue_from(application.id, "ZZ-2")
    assert receipt.data["emso"] == "1111990505012"
    assert receipt.data["full_name"] == "Kovalenko Tetjana"
