"""A keystroke in the wizard, on the largest forms: the checking alone (a full run of validate, required
fields and relevant sections, against the incremental update) and the whole keystroke in the wizard
(checking, the durable save, the view). Run: QT_QPA_PLATFORM=offscreen python tests/bench/keystroke.py"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def _ms(xs: list[float]) -> str:
    return f"median {statistics.median(xs) * 1000:.3f} ms, p90 {sorted(xs)[int(len(xs) * 0.9)] * 1000:.3f} ms"


def engine(code: str) -> None:
    from app.engine.definition import load_definition
    from app.engine.incremental import IncrementalValidation
    from app.engine.validate import relevant_sections, required_fields, validate

    definition = load_definition(ROOT / "forms" / f"{code.lower()}.yaml")
    data = dict(definition.sample)
    live = IncrementalValidation(definition, data)
    fields = [f for s in definition.sections for f in s.fields]
    full, incremental = [], []
    for _ in range(20):
        for field_id in fields:
            started = time.perf_counter()
            validate(definition, data), required_fields(definition, data), relevant_sections(definition, data)
            full.append(time.perf_counter() - started)
            started = time.perf_counter()
            live.update([field_id]), live.required_fields(), live.relevant_sections()
            incremental.append(time.perf_counter() - started)
    print(f"{code} checking, a keystroke in each of {len(fields)} fields: full {_ms(full)}; incremental {_ms(incremental)}")


def wizard(code: str) -> None:
    from PySide6.QtWidgets import QApplication
    from ws_helpers import new_workspace

    from app.ui.wizard import FormWizard

    app = QApplication.instance() or QApplication([])
    workspace = new_workspace(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    definition = workspace.definition(code)
    sample = {k: v for k, v in definition.sample.items() if definition.fields[k].type != "photo"}
    draft = workspace.new_draft(code, sample)
    window = FormWizard(workspace, workspace.drafts.get(draft.id))
    window.show()
    field_id = next(f for f in definition.title_fields if definition.fields[f].type == "text")
    window.go_to_field(field_id)
    line = window.editors[field_id].line
    text = "Ševčenko Olena Marija Kovalenko"
    times = []
    for i in range(len(text) * 10):
        started = time.perf_counter()
        line.setText(text[: i % len(text) + 1])
        times.append(time.perf_counter() - started)
    app.processEvents()
    print(f"{code} wizard keystroke in {field_id!r} (check, durable save, view): {_ms(times)}")
    window.close()
    workspace.close()


if __name__ == "__main__":
    for code in ("UP-2", "ZZ-1"):
        engine(code)
        wizard(code)
