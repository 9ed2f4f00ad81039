"""The register: enter a person once; forms are filled from it, and corrections go back to it."""

import io

import pytest

from app.store.register import PersonNotFound, RegisterError


@pytest.fixture
def family(workspace):
    """Olena (applicant), her husband Andrij and daughter Marija accompanying her, a cousin in Ljubljana."""
    reg = workspace.register
    olena = reg.add_person(surname="Ševčenko", given_name="Olena", birth_date="1988-03-14", birth_place="Harkiv",
                           birth_country="UKR", citizenship="UKR", sex="Z", marital_status="married",
                           address_abroad="вул. Сумська 25, Харків", address_si="NC Logatec, Tržaška cesta 148",
                           departure_date="2025-09-02", entry_date="2025-09-12", phone="+386 41 555 218")
    andrij = reg.add_person(surname="Шевченко", given_name="Андрій", birth_date="1985-01-20", sex="M",
                            citizenship="UKR", address_abroad="вул. Сумська 25, Харків")
    marija = reg.add_person(surname="Ševčenko", given_name="Marija", birth_date="2018-06-01", sex="Z",
                            citizenship="UKR", address_abroad="вул. Сумська 25, Харків")
    tetjana = reg.add_person(surname="Kovalenko", given_name="Tetjana", birth_date="1990-11-11",
                             address_si="Celovška cesta 112, Ljubljana")
    reg.link(olena, andrij, "mož", "accompanying", reverse_relationship="žena")
    reg.link(olena, marija, "hči", "accompanying", reverse_relationship="mati")
    reg.link(marija, olena, "mati", "accompanying", legal_representative=True, accompanies_minor=True)
    reg.link(olena, tetjana, "sestrična", "in_slovenia")
    reg.add_document(olena, doc_type="potni list", doc_number="FX 418 207", issued_by="DMS Ukrajine",
                     issued_on="2019-06-04", valid_until="2029-06-04")
    return {"olena": olena, "andrij": andrij, "marija": marija, "tetjana": tetjana}


@pytest.mark.parametrize("query, expected", [
    ("sevcenko", {"olena", "marija", "andrij"}), ("Sevc ol", {"olena"}),
    ("ŠEVČENKO", {"olena", "marija", "andrij"}),
    ("шевч", {"olena", "andrij", "marija"}), ("kova", {"tetjana"}), ("fx418", {"olena"}), ("FX 418 207", {"olena"}),
    ("14. 03. 1988", {"olena"}), ("1988-03-14", {"olena"}), ("nobody", set()), ('"*(', set()),
])
def test_search_without_diacritics(workspace, family, query, expected):
    found = {p.id for p in workspace.register.search(query)}
    assert found == {family[name] for name in expected}


def test_search_by_emso(workspace, family):
    workspace.register.update_person(family["olena"], emso="1403988505125")
    assert [p.id for p in workspace.register.search("1403988505125")] == [family["olena"]]
    assert [p.id for p in workspace.register.search("140398")] == [family["olena"]]


def test_zz1_is_filled_from_the_register(workspace, family):
    draft = workspace.new_draft_for_person("ZZ-1", family["olena"])
    data = draft.data
    assert draft.person_id == family["olena"]
    assert (data["surname"], data["given_name"], data["birth_date"], data["birth_country"], data["sex"]) == (
        "Ševčenko", "Olena", "1988-03-14", "UKR", "Z")
    assert data["entry_date"] == "2025-09-12" and data["address_si"].startswith("NC Logatec")
    assert [r["name"] for r in data["family_accompanying"]] == ["Шевченко Андрій", "Ševčenko Marija"]
    assert data["family_in_slovenia"] == [{"name": "Kovalenko Tetjana", "address": "Celovška cesta 112, Ljubljana"}]
    assert data["documents"][0]["doc_number"] == "FX 418 207"
    assert data["official_name"] == "Mojca Žagar"  # the settings' defaults still apply
    assert "minor_companion" not in data and "legal_rep_surname" not in data


def test_a_minor_gets_legal_representative_and_companion(workspace, family):
    data = workspace.new_draft_for_person("ZZ-1", family["marija"]).data
    assert (data["legal_rep_surname"], data["legal_rep_given_name"], data["legal_rep_birth_date"]) == (
        "Ševčenko", "Olena", "1988-03-14")
    assert data["minor_companion"] == [{"name": "Ševčenko Olena", "address": "вул. Сумська 25, Харків",
                                        "relationship": "mati"}]


def test_register_photo_goes_with_the_form(workspace, family):
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (413, 531), (10, 20, 30)).save(out, "JPEG")
    workspace.register.set_photo(family["olena"], out.getvalue())
    draft = workspace.new_draft_for_person("ZZ-1", family["olena"])
    assert draft.data["photo"].startswith("sha256:") and workspace.drafts.photo(draft.id)[0] == out.getvalue()


def test_a_correction_goes_back_to_the_register_in_one_step(workspace, family):
    draft = workspace.new_draft_for_person("ZZ-1", family["olena"])
    assert workspace.register_corrections(draft.id) == {}
    workspace.save(draft.id, {**draft.data, "birth_place": "Charkiv", "phone": "+386 40 111 222"})
    assert workspace.register_corrections(draft.id) == {"birth_place": "Charkiv", "phone": "+386 40 111 222"}
    assert workspace.take_corrections(draft.id) == {"birth_place": "Charkiv", "phone": "+386 40 111 222"}
    person = workspace.register.get(family["olena"])
    assert person["birth_place"] == "Charkiv" and person["phone"] == "+386 40 111 222"
    assert workspace.register_corrections(draft.id) == {}


def test_forms_filed_for_a_person(workspace, family):
    first = workspace.new_draft_for_person("ZZ-1", family["olena"])
    workspace.new_draft("ZZ-1")  # someone else's
    assert [d.id for d in workspace.drafts.for_person(family["olena"])] == [first.id]
    assert ("ZZ-1", None) not in workspace.offered_forms(family["olena"])
    assert ("ZZ-1", None) in workspace.offered_forms(family["andrij"])


def test_bad_register_input(workspace, family):
    with pytest.raises(RegisterError):
        workspace.register.add_person(surname="X", shoe_size=42)
    with pytest.raises(RegisterError):
        workspace.register.link(family["olena"], family["olena"], "jaz", "accompanying")
    with pytest.raises(RegisterError):
        workspace.register.link(family["olena"], family["andrij"], "mož", "somewhere")
    with pytest.raises(PersonNotFound):
        workspace.register.get("no-such-id")


def test_card_serial_issued_on_finish_and_void_never_reused(workspace, family, sample):
    import copy

    from PIL import Image

    definition = workspace.definition("ZZ-8")
    workspace.register.update_person(family["olena"], emso="1403988505189", status="granted")
    assert ("ZZ-8", None) in workspace.offered_forms(family["olena"])
    card = workspace.new_draft_for_person("ZZ-8", family["olena"])
    assert card.data["emso"] == "1403988505189" and "serial" not in card.data
    data = {k: v for k, v in copy.deepcopy(definition.sample).items() if k not in ("photo", "serial")}
    workspace.save(card.id, data)
    out = io.BytesIO()
    Image.new("RGB", (600, 800), (120, 130, 140)).save(out, "JPEG")
    workspace.attach_photo(card.id, out.getvalue(), data=data)
    workspace.finish(card.id)
    first = workspace.drafts.get(card.id).data["serial"]
    assert first == "LOGATEC-000001"
    assert workspace.void_card(card.id, "napaka pri tisku") == first
    assert "serial" not in workspace.drafts.get(card.id).data
    workspace.finish(card.id)
    assert workspace.drafts.get(card.id).data["serial"] == "LOGATEC-000002"


def test_a_form_about_a_relative_fills_part_one_from_the_relative(workspace, family):
    draft = workspace.new_draft_for_person("ZZ-6", family["olena"], relative_id=family["andrij"])
    data = draft.data
    assert (data["surname"], data["given_name"], data["relationship"]) == ("Шевченко", "Андрій", "mož")
    assert data["protected_phone"] == "+386 41 555 218"
    assert draft.person_id == family["olena"]


def test_values_of_parts_that_do_not_apply_do_not_print(workspace):
    from app.engine.layout import display_values

    definition = workspace.definition("ZZ-3")
    data = {**definition.sample, "reason": "schooling", "health_documentation": True, "health_other": "izvid"}
    values = display_values(definition, data)
    assert values["health_other"] == "" and values["health_documentation"] == ""


def test_relocation_is_to_another_state(workspace):
    from app.engine import validate

    definition = workspace.definition("ZZ-9")
    found = [f for f in validate(definition, {**definition.sample, "relocation_country": "SVN"}) if f.rule == "not_in"]
    assert found and "Slovenija" in found[0].message
