"""A malformed definition names the file and the place; the catalogue is the folder's files. (That every
file in forms/ loads and is sound is test_conformance.py.)"""

import copy
import json

import pytest
import yaml

from app.engine import DefinitionError, default_catalog, load_definition
from app.engine.catalog import Catalog, UnknownFormError, forms_dir

CATALOG = default_catalog()


def test_catalogue_lists_codes_from_file_names():
    assert "ZZ-1" in CATALOG.codes()
    with pytest.raises(UnknownFormError, match="ZZ-1"):
        CATALOG.get("XX-99")


def _raw():
    return yaml.safe_load((forms_dir() / "zz-1.yaml").read_text(encoding="utf-8"))


def _broken(tmp_path, mutate, name="zz-1.yaml"):
    raw = _raw()
    mutate(raw)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("mutate, where, problem", [
    (lambda r: r["fields"][5].update(type="datum"), "id 'surname'", "unknown type 'datum'"),
    (lambda r: r["fields"][5].pop("label"), "fields[5]", "missing 'label'"),
    (lambda r: r["sections"][0]["fields"].append("nonexistent"), "sections[0]", "unknown field 'nonexistent'"),
    (lambda r: r["rules"][2].update(fields=["birth_date", "nonexistent"]), "rules[2]", "unknown field 'nonexistent'"),
    (lambda r: r["rules"][0].update(rule="no_such_rule"), "rules[0]", "unknown rule 'no_such_rule'"),
    (lambda r: r["print"]["blocks"][5].update(fields=["nonexistent"]), "print.blocks[5]", "unknown field"),
    (lambda r: r["sections"][7].update(relevant_when={"minor": {"birth": "nonexistent"}}), "sections[7]", "unknown field"),
    (lambda r: r["fields"].append(copy.deepcopy(r["fields"][5])), "id 'surname'", "duplicate field id"),
    (lambda r: r["source"].update(in_force="19. 7. 2025"), "source.in_force", "not a date"),
])
def test_malformed_definition_names_file_and_field(tmp_path, mutate, where, problem):
    path = _broken(tmp_path, mutate)
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    message = str(caught.value)
    assert str(path) in message and where in message and problem in message


def test_syntax_error_names_the_file(tmp_path):
    path = tmp_path / "zz-1.yaml"
    path.write_text("code: ZZ-1\nfields: [\n", encoding="utf-8")
    with pytest.raises(DefinitionError, match="zz-1.yaml: syntax"):
        load_definition(path)


def test_adding_a_form_is_adding_a_file(tmp_path):
    raw = _raw()
    raw["code"] = "ZZ-99"
    (tmp_path / "zz-99.json").write_text(json.dumps(raw, default=str), encoding="utf-8")
    catalog = Catalog(tmp_path)
    assert catalog.codes() == ["ZZ-99"]
    assert catalog.get("zz-99").title == raw["title"]


def test_a_draft_keeps_the_version_it_was_filled_on(tmp_path):
    raw = _raw()
    (tmp_path / "zz-1.yaml").write_text(yaml.safe_dump({**raw, "version": "2026-01-01"}, allow_unicode=True), "utf-8")
    (tmp_path / "archive").mkdir()
    old = {**raw, "title": "Stara vloga"}
    (tmp_path / "archive" / "zz-1@2025-07-19.yaml").write_text(yaml.safe_dump(old, allow_unicode=True), "utf-8")
    catalog = Catalog(tmp_path)
    assert catalog.get("ZZ-1").version == "2026-01-01"
    assert catalog.get("ZZ-1", "2025-07-19").title == "Stara vloga"
