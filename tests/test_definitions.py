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
    """ZZ-1 as written, its fragments included (so a copy in another folder loads on its own)."""
    from app.engine.definition import resolve

    path = forms_dir() / "zz-1.yaml"
    return resolve(yaml.safe_load(path.read_text(encoding="utf-8")), path)


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


# --- the loader: one YAML reader, the published schema, fragments, default labels, the heading cache ---


@pytest.mark.parametrize("code", CATALOG.codes())
def test_the_c_and_the_pure_yaml_loader_read_every_form_alike(code):
    from app.engine.definition import read_definition_file

    path = CATALOG.paths()[code]
    pure = read_definition_file(path, pure_yaml=True)
    assert pure == read_definition_file(path, pure_yaml=False)
    assert load_definition(path, pure_yaml=True) is not None


def test_every_form_matches_the_published_schema():
    from app.engine.definition import SCHEMA_PATH, check_file, schema_problems

    assert SCHEMA_PATH.name == "definition.schema.json" and SCHEMA_PATH.parent == forms_dir()
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))["$schema"].endswith("2020-12/schema")
    for code, path in CATALOG.paths().items():
        assert check_file(path) == [], code
    assert schema_problems({"code": "ZZ-1"})  # the schema is not empty: a stub fails it


def test_check_file_reports_every_schema_fault_with_its_place(tmp_path):
    from app.engine.definition import check_file

    def mutate(r):
        r["title"] = 5
        r["fields"][3]["required"] = "da"
        r["offer"] = {"person_status": ["nobody"]}

    problems = check_file(_broken(tmp_path, mutate))
    places = {(p.where, p.problem.split(" is ")[0]) for p in problems}
    assert ("title", "5") in places
    assert ("fields[3].required", "'da'") in places
    assert ("offer.person_status[0]", "'nobody'") in places
    assert all(p.path.endswith("zz-1.yaml") for p in problems)


def test_an_unknown_top_level_key_is_a_schema_fault(tmp_path):
    with pytest.raises(DefinitionError, match="top level.*'colour' was unexpected"):
        load_definition(_broken(tmp_path, lambda r: r.update(colour="modra")))


def _with_fragment(tmp_path, fragment: str, mutate):
    (tmp_path / "fragments").mkdir()
    (tmp_path / "fragments" / "surname.yaml").write_text(fragment, encoding="utf-8")
    (tmp_path / "codelists").mkdir()
    for path in (forms_dir() / "codelists").iterdir():
        (tmp_path / "codelists" / path.name).write_bytes(path.read_bytes())
    return load_definition(_broken(tmp_path, mutate))


def test_a_field_includes_a_fragment_and_overrides_its_keys(tmp_path):
    def mutate(r):
        index = next(i for i, f in enumerate(r["fields"]) if f["id"] == "surname")
        r["fields"][index] = {"include": "surname", "help": "Kot v potnem listu."}

    definition = _with_fragment(tmp_path, "id: surname\ntype: text\nlabel: Priimek\nrequired: true\nhelp: iz fragmenta\n",
                                mutate)
    surname = definition.fields["surname"]
    assert (surname.label, surname.required, surname.help) == ("Priimek", True, "Kot v potnem listu.")


def test_a_missing_fragment_names_the_field_and_the_file(tmp_path):
    def mutate(r):
        r["fields"][5] = {"include": "no_such_fragment"}

    with pytest.raises(DefinitionError, match=r"fields\[5\].*no_such_fragment"):
        _with_fragment(tmp_path, "id: surname\ntype: text\nlabel: Priimek\n", mutate)


def test_a_line_and_a_table_column_print_the_fields_label_when_they_give_none(tmp_path):
    from app.engine.model import walk_blocks

    def mutate(r):
        r["print"]["blocks"].append({"kind": "line", "fields": ["phone"]})
        r["print"]["blocks"].append({"kind": "table", "table": "documents", "columns": [{"field": "doc_number"}]})

    definition = load_definition(_broken(tmp_path, mutate))
    line, table = list(walk_blocks(definition.print_layout.blocks))[-2:]
    assert line["label"] == definition.fields["phone"].label + ":"
    assert table["columns"][0]["header"] == definition.fields["documents"].column("doc_number").label


def test_headings_come_from_the_cache_while_the_file_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.setenv("PRILOGA_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "zz-1.yaml").write_bytes((forms_dir() / "zz-1.yaml").read_bytes())
    for sub in ("codelists", "fragments"):
        (folder / sub).mkdir()
        for path in (forms_dir() / sub).iterdir():
            (folder / sub / path.name).write_bytes(path.read_bytes())
    assert Catalog(folder).headings()["ZZ-1"].title == CATALOG.get("ZZ-1").title
    cached = json.loads((tmp_path / "cache" / "catalog-headings.json").read_text(encoding="utf-8"))
    assert len(cached["files"]) == 1
    # the cache answers for an unchanged file (a changed entry shows it is what was read) …
    entry = next(iter(cached["files"].values()))
    entry["heading"][1] = "Iz predpomnilnika"
    (tmp_path / "cache" / "catalog-headings.json").write_text(json.dumps(cached), encoding="utf-8")
    assert Catalog(folder).headings()["ZZ-1"].title == "Iz predpomnilnika"
    # … and a changed file is read again
    text = (folder / "zz-1.yaml").read_text(encoding="utf-8")
    (folder / "zz-1.yaml").write_text(text.replace("title: Vloga za priznanje", "title: Nova vloga za priznanje", 1),
                                      encoding="utf-8")
    assert Catalog(folder).headings()["ZZ-1"].title.startswith("Nova vloga za priznanje")


# --- the field-type registry ---------------------------------------------------------------------------


def test_every_field_type_is_declared_once_with_an_editor_kind():
    from app.engine.types import cell_types, field_type, field_types

    assert "date" in field_types() and "table" not in cell_types() and "photo" not in cell_types()
    assert {field_type(name).editor for name in field_types()} <= {
        "text", "date", "choice", "country", "boolean", "table", "photo"}
    with pytest.raises(ValueError, match="declared twice"):
        from app.engine.types import FieldType, register_type

        register_type(FieldType("date"))
