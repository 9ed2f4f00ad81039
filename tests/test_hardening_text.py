"""Control characters and direction overrides are refused in fields; the command line prints stored text
safely (issue 15, item 11). Before: a ZZ-1 with U+202E in the surname validated clean and was finished, and
`drafts` wrote raw terminal escape sequences."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from app.cli.base import terminal_safe
from app.engine import default_catalog
from app.engine.model import Field
from app.engine.types import check_value, hidden_character
from app.engine.validate import validate
from ws_helpers import with_station

REFUSED = ["\u202e", "\u202a", "\u202b", "\u202c", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
           "\u200f", "\x00", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ud800", "\ufffe"]
#: what names and addresses really use
ALLOWED = ["O’Brien", "D'Angelo", "Ana-Marija", "Ševčenko", "Шевченко Ольга", "Zoe\u0308", "S\u030cevc\u030cenko",
           "Nguyễn Thị", "Ørsted Åse", "Müller-Lüdenscheidt", "Jean-Luc St. Pierre", "Ḥusayn", "محمد",
           "Jürgen (Jo)", "Ulica 5\nBrežice", "Ulica\t5", "فاطمه\u200cزهرا", "\u0915\u094d\u200d\u0937"]


@pytest.mark.parametrize("ch", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
def test_each_control_or_direction_character_is_refused_with_its_code(ch):
    field = Field("surname", "text", "Priimek", max_length=100)
    (template, params), = check_value(field, f"Koval{ch}enko")
    message = template.format(**params)
    assert f"U+{ord(ch):04X}" in message and "Priimek" in message and "6. mestu" in message
    assert ch not in message  # named, never repeated


@pytest.mark.parametrize("text", ALLOWED)
def test_what_names_really_use_is_allowed(text):
    assert hidden_character(text) is None
    assert check_value(Field("surname", "text", "Priimek", max_length=100, multiline=True), text) == []


def test_a_zz1_with_a_direction_override_in_the_surname_has_an_error():
    definition = default_catalog().get("ZZ-1")
    data = {**definition.sample, "surname": "Kovalenko\u202eokne"}
    errors = [f for f in validate(definition, data) if f.severity == "error"]
    assert [f.field for f in errors] == ["surname"]
    assert "U+202E" in errors[0].message


def test_a_draft_with_an_override_cannot_be_finished_and_drafts_prints_it_escaped(tmp_path, capsys):
    definition = default_catalog().get("ZZ-1")
    db = tmp_path / "p.sqlite3"
    data = {**definition.sample, "surname": "\x1b[2J\x1b]0;pwned\x07Kovalenko\u202eokne\nFAKE\tROW"}
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert main(with_station(["--db", db, "import", "ZZ-1", path])) == 2
    assert "U+001B" in capsys.readouterr().err
    from ws_helpers import login_again

    ws = login_again(db)  # as an older version stored it, before fields refused such characters
    draft_id = ws.import_draft("ZZ-1", {k: v for k, v in data.items() if k != "photo"}).id
    ws.close()
    assert main(["--db", str(db), "finish", draft_id]) != 0
    assert "U+001B" in capsys.readouterr().err
    assert main(["--db", str(db), "drafts"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\u001b[2J" in out and "\\u202e" in out
    assert len(out.strip().splitlines()) == 1  # the stored line break cannot start a row of its own
    assert main(["--db", str(db), "drafts", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)  # the JSON still reads back to the stored title
    assert "\u202e" in row["title"] and "\x1b" in row["title"]


def test_persons_prints_a_stored_name_escaped(workspace, tmp_path, capsys):
    # as an older version stored it, before the register checked its values
    workspace.register.add_person(surname="Kovalenko\u202eokne\x1b[31m", given_name="Olena\nX\tY")
    path = workspace.path
    workspace.close()
    assert main(["--db", str(path), "persons"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\x1b" not in out
    assert "\\u202e" in out and len(out.strip().splitlines()) == 1


def test_terminal_safe_keeps_letters_and_line_breaks():
    assert terminal_safe("Ševčenko Ольга\n\tx") == "Ševčenko Ольга\n\tx"
    assert terminal_safe("a\x1bb\u202ec\u200dd") == "a\\u001bb\\u202ec\u200dd"
