"""The family screen opened on a family already in the register (from a person's page): every member with
their document, relationship both ways and status, as the register keeps them."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui_helpers import ui_app  # noqa: E402,F401


def test_an_entered_family_shows_each_members_document_and_relationships(qtbot, ui_app, workspace):
    from app.ui.family_screen import FamilyScreen

    mother = workspace.add_person(surname="Шевченко", given_name="Олена", latin_name="Shevchenko Olena", sex="Z",
                                  birth_date="1988-03-14", citizenship="UKR", status="granted")
    workspace.register.add_document(mother, doc_type="potni list", doc_number="FX4182071", issued_by="UKR")
    son = workspace.add_person(surname="Shevchenko", given_name="Ivan", sex="M", birth_date="2014-02-03",
                               citizenship="UKR", status="applicant")
    workspace.register.add_document(son, doc_type="osebna izkaznica", doc_number="004718255", issued_by="UKR")
    workspace.register.link(son, mother, "mati", "accompanying", legal_representative=True, accompanies_minor=True,
                            reverse_relationship="sin")
    screen = FamilyScreen(workspace, person_id=mother)
    qtbot.addWidget(screen)
    assert screen.entered and screen.person_ids == [mother, son]
    cells = [[screen.table.item(r, c).text() if screen.table.item(r, c) else "" for c in range(3)]
             for r in range(screen.table.rowCount())]
    assert "FX4182071 UKR" in cells[0][2] and "004718255 UKR" in cells[1][2], cells
    assert "sin / mati" in screen.table.item(1, 3).text()


def test_a_register_photo_from_a_file_is_cut_kept_and_named_by_its_hash(workspace):
    import hashlib

    import pytest
    from ui_helpers import jpeg_bytes

    pid = workspace.add_person(surname="Koval", given_name="Iryna")
    reference = workspace.attach_person_photo(pid, jpeg_bytes(800, 600))
    kept = workspace.person_photo(pid)
    assert reference == "sha256:" + hashlib.sha256(kept).hexdigest()
    with pytest.raises(Exception) as refused:  # not a JPEG or PNG: refused, nothing kept in its place
        workspace.attach_person_photo(pid, b"%!PS-Adobe-3.0 EPSF-3.0\n")
    assert "Traceback" not in str(refused.value) and workspace.person_photo(pid) == kept
