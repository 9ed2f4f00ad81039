"""The wizard opens every page of every residence-permit form (TUJ-…) with its sample, and finishes it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.engine import default_catalog  # noqa: E402
from app.ui.wizard import FormWizard  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401

CODES = [code for code in default_catalog().codes() if code.startswith("TUJ-")]


@pytest.mark.parametrize("code", CODES)
def test_wizard_walks_every_page(code, qtbot, ui_app, workspace):
    definition = default_catalog().get(code)
    draft = workspace.drafts.create(definition.code, definition.version, dict(definition.sample),
                                    page=definition.sections[0].id)
    wizard = FormWizard(workspace, workspace.drafts.get(draft.id))
    qtbot.addWidget(wizard)
    wizard.show()
    seen = [wizard.current_section_id()]
    for _ in range(len(definition.sections) + 2):
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            break
        seen.append(wizard.current_section_id())
    sections = [s.id for s in definition.sections]
    assert [s for s in seen if s in sections] == sections, f"{code}: pages {seen}"
    for field_id in definition.fields:
        assert field_id in wizard.editors or definition.fields[field_id].type == "photo", field_id


def test_pdf_file_names_hold_no_slash():
    from app.ui.documents import pdf_file_name

    assert pdf_file_name("TUJ-1/1", "Ševčenko Olena") == "TUJ-1-1_Sevcenko_Olena.pdf"
    assert pdf_file_name("ZZ-1", "Ševčenko Olena") == "ZZ-1_Sevcenko_Olena.pdf"
