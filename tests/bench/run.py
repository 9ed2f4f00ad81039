"""Benchmarks of the foundation (kept out of the normal test run).

    .venv/bin/python tests/bench/run.py [--quick] [--no-record]

Reports median and p95 of: app start to main window shown (whole process), opening the ZZ-1 wizard,
one full validation of ZZ-1, one durable autosave, PDF export of ZZ-1; and appends a JSON line to
tests/bench/results.jsonl (date, machine, figures).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

START_SCRIPT = """
import sys, time
from app.workspace import Workspace
from app.ui.app import create_app
from app.ui.main_window import MainWindow
app = create_app([sys.argv[0]])
window = MainWindow(Workspace(sys.argv[1]))
window.show()
app.processEvents()
"""

EMPTY_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
"""


def timed(function, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        function()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(p95, 3), "n": len(ordered)}


def process_ms(script: str, *args: str, repeat: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return timed(lambda: subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env, check=True), repeat)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    n = 20 if args.quick else 100

    from app.engine import default_catalog, validate
    from app.export import render_pdf
    from app.workspace import Workspace

    definition = default_catalog().get("ZZ-1")
    sample = definition.sample
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "bench.sqlite3")
        ws = Workspace(db)
        draft = ws.new_draft("ZZ-1")
        ws.save(draft.id, sample)
        ws.close()
        results["start_to_window_process"] = summary(process_ms(START_SCRIPT, db, repeat=5 if args.quick else 10))
        results["floor_empty_window_process"] = summary(process_ms(EMPTY_WINDOW, repeat=5 if args.quick else 10))

        from app.ui.app import create_app
        from app.ui.wizard import FormWizard

        app = create_app([sys.argv[0]])
        ws = Workspace(db)
        stored = ws.drafts.get(draft.id)

        def open_wizard():
            wizard = FormWizard(ws, stored)
            wizard.show()
            app.processEvents()
            wizard.close()
            wizard.deleteLater()
            app.processEvents()

        open_wizard()
        results["wizard_open"] = summary(timed(open_wizard, n // 2))
        validate(definition, sample)
        results["validate_zz1"] = summary(timed(lambda: validate(definition, sample), n * 5))
        counter = iter(range(10**9))
        results["autosave_durable"] = summary(timed(
            lambda: ws.save(draft.id, {**sample, "officer_findings": str(next(counter))}, page="personal"), n * 5))
        render_pdf(definition, sample)
        results["pdf_export_zz1"] = summary(timed(lambda: render_pdf(definition, sample), n))
        ws.close()

    record = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "suite": "foundation" + (" quick" if args.quick else ""),
        "results": results,
    }
    for name, figures in results.items():
        print(f"{name:32s} median {figures['median_ms']:9.2f} ms   p95 {figures['p95_ms']:9.2f} ms   (n={figures['n']})")
    if not args.no_record:
        with open(Path(__file__).with_name("results.jsonl"), "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
