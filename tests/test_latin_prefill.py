"""The card (ZZ-8) is filled from the register in Latin script: the register keeps the Latin form of a
name as one string (`latin_name`, the MRZ's or the transliteration); it is split into surname and name."""

import datetime as dt

from app.engine.names import latin_parts
from app.engine.prefill import from_register, register_corrections
from app.engine.validate import validate


def test_latin_parts_split_where_the_typed_surname_ends():
    assert latin_parts("Шевченко", "Олена", "Shevchenko Olena") == ("Shevchenko", "Olena")
    # the MRZ writes a hyphen as a filler: two parts of the surname stay the surname
    assert latin_parts("Іванова-Петренко", "Олена Іванівна", "Ivanova Petrenko Olena Ivanivna") == (
        "Ivanova Petrenko", "Olena Ivanivna")
    assert latin_parts("Іванова-Петренко", "Олена", "Ivanova-Petrenko Olena") == ("Ivanova-Petrenko", "Olena")
    assert latin_parts("Де ла Крус", "Марія", "De La Krus Mariia") == ("De La Krus", "Mariia")
    # no Latin form kept: each part transliterated on its own (KMU 2010 for Ukrainian); Latin stays as typed
    assert latin_parts("Шевченко", "Олена Іванівна", None) == ("Shevchenko", "Olena Ivanivna")
    assert latin_parts("Ševčenko", "Olena", None) == ("Ševčenko", "Olena")
    # a Latin form that does not fit the typed name's parts is not cut in the wrong place
    assert latin_parts("Шевченко", "Олена", "Shevchenko") == ("Shevchenko", "Olena")


def test_the_card_from_the_register_is_in_latin_script(workspace):
    zz8 = workspace.definition("ZZ-8")
    person = {"surname": "Шевченко", "given_name": "Олена", "latin_name": "Shevchenko Olena", "citizenship": "UKR",
              "birth_date": "1988-03-14", "sex": "Z", "emso": "1403988505189"}
    data = from_register(zz8, person)
    assert (data["surname"], data["given_name"]) == ("Shevchenko", "Olena")
    assert not [f for f in validate(zz8, data, today=dt.date(2026, 6, 1)) if f.rule == "latin_script"]
    assert register_corrections(zz8, data, person) == {}  # the card does not »correct« the Cyrillic name
    assert register_corrections(zz8, {**data, "given_name": "Olha"}, person) == {"latin_name": "Shevchenko Olha"}
    # a form that is not in Latin script still takes the name as typed
    zz1 = workspace.definition("ZZ-1")
    assert from_register(zz1, person)["surname"] == "Шевченко"


def test_a_card_started_for_a_person_and_its_correction(workspace):
    person_id = workspace.add_person(surname="Шевченко", given_name="Олена", citizenship="UKR",
                                     latin_name="Shevchenko Olena", status="granted")
    card = workspace.new_draft_for_person("ZZ-8", person_id)
    assert (card.data["surname"], card.data["given_name"]) == ("Shevchenko", "Olena")
    assert workspace.register_corrections(card.id) == {}
    workspace.save(card.id, {**card.data, "given_name": "Olha"})
    assert workspace.take_corrections(card.id) == {"latin_name": "Shevchenko Olha"}
    person = workspace.person(person_id)
    assert (person["surname"], person["given_name"], person["latin_name"]) == ("Шевченко", "Олена", "Shevchenko Olha")

    typed = workspace.add_person(surname="Коваленко", given_name="Андрій", citizenship="UKR", status="granted")
    card = workspace.new_draft_for_person("ZZ-8", typed)  # no MRZ: the register's transliteration (KMU 2010)
    assert (card.data["surname"], card.data["given_name"]) == ("Kovalenko", "Andrii")
