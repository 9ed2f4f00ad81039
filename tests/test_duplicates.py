"""Possible duplicates shown before a person is saved: same EMŠO, same document, same birth date and name."""
import time


def _olena(workspace):
    reg = workspace.register
    pid = reg.add_person(surname="Шевченко", given_name="Олена", birth_date="1988-03-14", emso="1403988505123")
    reg.add_document(pid, doc_type="potni list", doc_number="FX 418 207", issued_by="UKR")
    reg.add_person(surname="Шевченко", given_name="Андрій", birth_date="1985-01-20")
    return pid


def test_same_birth_date_and_name_across_scripts(workspace):
    olena = _olena(workspace)
    found = workspace.possible_duplicates({"surname": "SEVCENKO", "given_name": "Olena", "birth_date": "14. 03. 1988"})
    assert [(d.person.id, d.reasons) for d in found] == [(olena, ("isti datum rojstva in ime",))]
    assert workspace.possible_duplicates({"surname": "Shevchenko", "given_name": "Iryna", "birth_date": "1988-03-14"}) == []
    assert workspace.possible_duplicates({"surname": "Shevchenko", "given_name": "Olena", "birth_date": "1988-03-15"}) == []


def test_same_emso_or_document(workspace):
    olena = _olena(workspace)
    found = workspace.possible_duplicates({"surname": "Kovalenko", "emso": "1403988505123"},
                                          [{"doc_number": "fx418207", "issued_by": "UKR"}])
    assert [(d.person.id, d.reasons) for d in found] == [(olena, ("isti EMŠO 1403988505123", "isti dokument št. fx418207"))]
    assert workspace.possible_duplicates({}, [{"doc_number": "FX418207", "issued_by": "POL"}]) == []
    assert workspace.possible_duplicates({"emso": "1403988505123"}, exclude=olena) == []


def test_fast_among_many(workspace):
    reg = workspace.register
    with reg.db.write():
        for i in range(5000):
            reg.db.execute("INSERT INTO persons (id, surname, given_name, birth_date, status, station_id, created_at,"
                           " updated_at, extra) VALUES (?, 'Kovalenko', 'Iryna', ?, 'applicant', 's', 'x', 'x', '{}')",
                           [f"p{i}", f"19{50 + i % 50}-01-{1 + i % 28:02d}"])
    start = time.perf_counter()
    for _ in range(20):
        workspace.possible_duplicates({"surname": "Коваленко", "given_name": "Ірина", "birth_date": "1960-01-11",
                                       "emso": "1101960505000"}, [{"doc_number": "AB 1"}])
    assert (time.perf_counter() - start) / 20 < 0.02
    assert workspace.possible_duplicates({"surname": "Коваленко", "given_name": "Ірина", "birth_date": "1960-01-11"})
