"""The draft session without Qt: incremental validation equals a full run; save, retry, corrections."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine.definition import load_definition
from app.engine.incremental import IncrementalValidation, dependency_index
from app.engine.validate import validate

FORMS = sorted((Path(__file__).resolve().parent.parent / "forms").glob("*.yaml"))
TODAY = dt.date.today()


def _values(definition, field):
    """Values worth trying in a field: the sample's, others' samples (wrong types), dates, text, empty."""
    sample = definition.sample or {}
    out = [None, "", "x", "2000-01-01", "2010-06-15", "2031-02-29", "1. 2. 2024", True, False, 7, [], [{}]]
    if field.id in sample:
        out.append(sample[field.id])
        value = sample[field.id]
        if isinstance(value, list) and value:
            out += [value[:1], value[::-1], value + value]
    out += [v for k, v in sample.items() if k != field.id][:10]
    for choice in getattr(field, "choices", None) or []:
        out.append(choice.get("value") if isinstance(choice, dict) else choice)
    return out


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_incremental_findings_equal_a_full_run(path, data):
    definition = load_definition(path)
    start = dict(definition.sample or {}) if data.draw(st.booleans(), label="start from sample") else {}
    values = dict(start)
    live = IncrementalValidation(definition, values, TODAY)
    assert live.findings == validate(definition, values, TODAY)
    field_ids = sorted(definition.fields)
    for _ in range(data.draw(st.integers(1, 12), label="edits")):
        field_id = data.draw(st.sampled_from(field_ids), label="field")
        value = data.draw(st.sampled_from(_values(definition, definition.fields[field_id])), label="value")
        if value is None:
            values.pop(field_id, None)
        else:
            values[field_id] = value
        found = live.update([field_id])
        assert found == validate(definition, values, TODAY), (field_id, value)


def test_the_index_names_the_checks_a_field_triggers():
    definition = load_definition(Path(__file__).resolve().parent.parent / "forms" / "zz-1.yaml")
    index = dependency_index(definition)
    assert index is dependency_index(definition)  # built once per definition
    # every field triggers at least its own check; a rule is triggered by each field it names
    for field_id in index.fields:
        assert field_id in index.field_checks[field_id]
    for number, spec in enumerate(definition.rules):
        named = {v for k, v in spec.items() if k != "rule" and isinstance(v, str) and v in definition.fields}
        for field_id in named:
            assert number in index.rule_checks[field_id]
