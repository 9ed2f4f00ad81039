"""The scale benchmark (issue 7): a station's year of a mass arrival, against targets and floors.

    python tests/bench/suite.py [--quick] [--sizes 1000,10000,100000] [--no-record]

Generates (once, cached under /tmp/priloga-bench) registers of 1,000 / 10,000 / 100,000 persons in
families with three forms each, made with the app's own code (see data.py); measures start, wizard,
validation, autosave, register search and the draft list at every size, and PDF export, cards, signing
and verifying once; measures every floor again with bare library calls (floors.py); prints each target
as measured, its floor, the ratio and pass/fail, and growth from size to size. A full run appends one
JSON line to results.jsonl. `--quick` is 1,000 persons with fewer repeats (under two minutes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import data  # noqa: E402
import floors  # noqa: E402
from measure import CACHE, memory_mb, process_starts, reset_peak, run_child, summary, timed, timed_cpu  # noqa: E402

# The real entry point (`python -m app --db FILE`: the CLI opens the workspace, then imports Qt and starts
# the GUI), reporting once the main window is shown and the event loop has run the work queued at start
# (the catalogue's titles): from then on the official can type.
START_APP = """
import sys
import app.cli
import app.ui.dialogs as dialogs
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def run_dialog(dialog):
    # The login dialog is the first screen: report once it is shown and the event loop has run what was
    # queued at start (from then on the official can type); the run ends there.
    def interactive():
        QApplication.processEvents()
        {report}
        QApplication.exit(0)
        sys.exit(0)
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, interactive))
    return dialog.exec() == 1
dialogs.run_dialog = run_dialog
app.cli.main(["--db", sys.argv[1]])
"""

# Logged in: the main window after the login (Argon2id, the store opened), once the work queued at start (the
# deadlines' count, the first lists) has run; its peak memory is the station's at work.
LOGGED_IN = """
import sys, time
sys.path.insert(0, "tests/bench")
import data
from app.ui.app import create_app
from app.ui.main_window import MainWindow
app = create_app([sys.argv[0]])
ws = data.open_bench(sys.argv[1])
status = open("/proc/self/status").read().splitlines()
kdf_peak_kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM"))
# the login's Argon2id (64 MiB) is freed once the key is unwrapped: the peak from here on is the station's at work
open("/proc/self/clear_refs", "w").write("5")
window = MainWindow(ws)
window.backups.stop()
window.show()
until = time.perf_counter() + 2
while time.perf_counter() < until:
    app.processEvents()
    time.sleep(0.01)
_report(kdf_peak_kb=kdf_peak_kb)
"""

TARGETS = {  # name: (limit, unit, statistic, floor)
    "start": (500, "ms", "median", "start_floor"),
    "start_rss": (150, "MB", "value", "start_floor_rss"),
    "login_to_window": (350, "ms", "median", None),
    "login_rss": (150, "MB", "value", "start_floor_rss"),
    "wizard_open": (100, "ms", "p95", None),
    "validate_largest": (2, "ms", "p95", None),
    "autosave": (5, "ms", "p95", "floor_commit"),
    "register_search": (5, "ms", "p95", "floor_fts"),
    "register_search_cyrillic": (5, "ms", "p95", "floor_fts"),
    "register_search_latin": (5, "ms", "p95", "floor_fts"),
    "register_search_english": (5, "ms", "p95", "floor_fts"),
    "duplicate_check": (10, "ms", "p95", None),
    "keystroke": (5, "ms", "p95", "floor_commit"),
    "drafts_list_search": (10, "ms", "p95", None),
    "deadlines_list": (100, "ms", "median", None),
    "deadlines_view": (100, "ms", "median", None),
    "family_print": (None, "ms", "median", None),
    "drafts_list_open": (None, "ms", "p95", None),
    "drafts_list_scroll": (None, "ms", "p95", None),
    "pdf_zz1": (60, "ms", "median", None),
    "pdf_card": (25, "ms", "median", "floor_card"),
    "cards_1000": (5000, "ms", "median", "floor_cards_1000"),
    "sign_zz1": (40, "ms", "median", "floor_sign"),
    "sign_card": (40, "ms", "median", "floor_sign"),
    "verify_zz1": (25, "ms", "median", "floor_verify"),
    "verify_card": (25, "ms", "median", "floor_verify"),
    "statistics_view": (200, "ms", "median", "statistics_floor"),
}
GROWTH = {"start": ("start", "median_ms"), "search": ("register_search", "p95_ms"),
          "open": ("wizard_open", "p95_ms"), "save": ("autosave", "p95_ms"),
          "drafts_list": ("drafts_list_open", "p95_ms"), "keystroke": ("keystroke", "p95_ms"),
          "search_cyrillic": ("register_search_cyrillic", "p95_ms"),
          "search_english": ("register_search_english", "p95_ms"), "deadlines": ("deadlines_list", "median_ms")}


def log(*parts) -> None:
    print(*parts, flush=True)


# --- the app, in process --------------------------------------------------------------------------

def search_queries(ws, count: int = 60) -> list[str]:
    """What an official types: a surname's first letters (without diacritics), surname and the first
    letters of the name, a whole EMŠO, a document number as printed and its start; Cyrillic names are
    typed in Cyrillic."""
    from app.store.drafts import fold

    rows = ws.db.execute("SELECT surname, given_name, emso FROM persons WHERE rowid % 97 = 3 LIMIT ?", [count]).fetchall()
    docs = [r[0] for r in ws.db.execute("SELECT doc_number FROM person_documents WHERE rowid % 89 = 5 LIMIT ?",
                                        [count // 3]).fetchall()]
    out = []
    for i, (surname, given, emso) in enumerate(rows):
        out.append(fold(surname)[:3 + i % 4])
        out.append(f"{fold(surname)} {fold(given)[:2]}")
        if emso:
            out.append(emso)
    return out + docs + [d[:5] for d in docs]


def plan_kind(lines: list[str]) -> str:
    """'indexed', or what the query does without an index. Scanning and sorting what is bounded is fine: a
    subquery kept whole (MATERIALIZE, its LIMIT bounds it), the rows an index search found, the two
    rows per form kind of draft_counts."""
    kept = {l.split()[1] for l in lines if l.startswith(("MATERIALIZE ", "CO-ROUTINE "))} | {"draft_counts"}
    scans = [l for l in lines if l.startswith("SCAN ") and "VIRTUAL TABLE" not in l and l.split()[1] not in kept]
    if any("USING" not in l for l in scans):
        return "full table scan"
    by_key = all("autoindex" in l or "PRIMARY KEY" in l for l in lines if l.startswith("SEARCH "))
    if any("USE TEMP B-TREE FOR ORDER BY" in l for l in lines) and (scans or not by_key):
        return "sorts every match"
    if any("COVERING INDEX" in l for l in scans):
        return "reads every index entry"
    return "indexed"


def query_plans(ws) -> dict:
    """EXPLAIN QUERY PLAN of the draft list's queries (a page and the count, for each filter), the register's
    first list and its search."""
    store = ws.drafts
    plans = {}
    cases = {"none": (None, None, None), "form": (None, "ZZ-8", None), "status": (None, None, "finished"),
             "form+status": (None, "ZZ-1", "draft"), "search": ("sevc", None, None)}
    for name, (search, form, status) in cases.items():
        where, params = store._where(search, form, status)
        keyset = (" AND " if where else " WHERE ") + "updated_at <= ? AND (updated_at < ? OR id > ?)"
        table = "drafts INDEXED BY drafts_search_order" if search else "drafts"  # as DraftStore.list (schema v13)
        for kind, sql, args in (
                ("page", f"SELECT id FROM {table}{where} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?", params + [200, 0]),
                ("next page", f"SELECT id FROM {table}{where}{keyset} ORDER BY updated_at DESC, id LIMIT ?",
                 params + ["2026", "2026", "x", 200])):
            lines = [r[3] for r in ws.db.execute("EXPLAIN QUERY PLAN " + sql, args)]
            how = plan_kind(lines)
            if how == "reads every index entry" and not any("TEMP B-TREE" in line for line in lines):
                how = "indexed"  # an index read in the page's order: its LIMIT ends the read
            plans[f"drafts {kind} [{name}]"] = {"plan": lines, "kind": how}
        if search:
            lines = [r[3] for r in ws.db.execute(  # as DraftStore.count: through the name index (trigram)
                f"EXPLAIN QUERY PLAN SELECT count(*) FROM {table}{where}", params)]
        else:  # as DraftStore.count: the counts kept per kind and status
            given = [(c, v) for c, v in (("form_code", form), ("status", status)) if v]
            where_counts = (" WHERE " + " AND ".join(f"{c} = ?" for c, _ in given)) if given else ""
            lines = [r[3] for r in ws.db.execute(f"EXPLAIN QUERY PLAN SELECT sum(n) FROM draft_counts{where_counts}",
                                                 [v for _, v in given])]
        plans[f"drafts count [{name}]"] = {"plan": lines, "kind": plan_kind(lines)}
    for name, sql, args in (
            ("persons first list", "SELECT p.id FROM persons p ORDER BY p.updated_at DESC LIMIT 200", []),
            ("persons search (matches)", "SELECT person_id FROM persons_fts WHERE persons_fts MATCH ? LIMIT 201",
             ['names : ("sevc"*)']),
            ("persons search (a few, ranked)", "SELECT p.id FROM (SELECT person_id, rank FROM persons_fts WHERE"
                                               " persons_fts MATCH ?) f JOIN persons p ON p.id = f.person_id ORDER BY f.rank",
             ['names : ("sevcenko"* AND "ol"*)']),
            ("persons search (many, by name)", "SELECT p.id FROM persons p WHERE p.id IN (?, ?, ?)"
                                               " ORDER BY p.surname, p.given_name", ["a", "b", "c"])):
        lines = [r[3] for r in ws.db.execute("EXPLAIN QUERY PLAN " + sql, args)]
        plans[name] = {"plan": lines, "kind": plan_kind(lines)}
    return plans


def login_to_window(db, app, runs: int) -> dict:
    """From the login (Argon2id, unwrapping the key, opening the store) to the main window shown."""
    from app.ui.main_window import MainWindow

    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        ws = data.open_bench(db)
        window = MainWindow(ws)
        window.show()
        app.processEvents()
        samples.append((time.perf_counter() - t0) * 1000)
        window.backups.stop()
        window.hide()
        window.deleteLater()
        app.processEvents()
        ws.close()
    return summary(samples)


def measure_core(ws, app, quick: bool) -> dict:
    """What grows with the register: the wizard of every kind, validation, autosave, search, the draft list."""
    from PySide6.QtCore import QEvent

    from app.engine import validate
    from app.ui.drafts_model import DraftsModel
    from app.ui.fields import LineEditor
    from app.ui.main_window import MainWindow
    from app.ui.register_panel import LIMIT as PANEL_LIMIT

    res: dict = {}
    reps = 4 if quick else 8

    def flush():
        app.processEvents()
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        app.processEvents()

    window = MainWindow(ws)
    window.backups.stop()  # a scheduled backup (its copy and checks in a thread) must not run during the measurements
    # nor the backup made when the window closes: at 100,000 persons (1.6 GB) its copy and integrity checks take
    # minutes (see the README); the measurements close this window, the station is not closed
    window.backups.on_exit = lambda: None
    window.show()
    settle = time.perf_counter() + 1.5  # the window up for a moment: its idle work (the definitions) done
    while time.perf_counter() < settle:
        app.processEvents()
    flush()

    # --- every form's wizard, opened from the main window ---
    opens, per_code, first = [], {}, None
    for code in ws.catalog.codes():
        row = ws.db.execute("SELECT id FROM drafts WHERE form_code = ? ORDER BY status = 'draft' DESC, updated_at DESC"
                            " LIMIT 1", [code]).fetchone()
        if row is None:
            continue
        samples = []
        for _ in range(reps):
            t0 = time.perf_counter()
            wizard = window.open_draft(row[0])
            app.processEvents()
            samples.append((time.perf_counter() - t0) * 1000)
            if wizard is not None:
                wizard.close()
            flush()
        first = samples[0] if first is None else first
        per_code[code] = summary(samples[1:])
        opens += samples[1:]
    res["wizard_open"] = {**summary(opens), "first_in_process_ms": round(first, 1), "forms": len(per_code),
                          "slowest_form": max(per_code, key=lambda c: per_code[c]["median_ms"]),
                          "per_form_median_ms": {c: s["median_ms"] for c, s in per_code.items()}}

    # --- validation of the largest form, on a filled draft ---
    definitions = []
    for code in ws.catalog.codes():
        try:
            definitions.append(ws.definition(code))
        except Exception:  # noqa: BLE001 - a definition another change is still writing
            pass
    largest = max(definitions, key=lambda d: sum(1 + len(d.fields[f].columns or ()) for f in d.fields))
    row = ws.db.execute("SELECT id FROM drafts WHERE form_code = ? LIMIT 1", [largest.code]).fetchone()
    values = {**(largest.sample or {}), **(ws.drafts.get(row[0]).data if row else {})}
    validate(largest, values)
    res["validate_largest"] = {**summary(timed(lambda: validate(largest, values), 100 if quick else 400)),
                               "form": largest.code, "fields": len(largest.fields)}

    # --- a durable autosave, and a keystroke in the wizard (save, checks, what the window shows) ---
    zz1 = ws.db.execute("SELECT id FROM drafts WHERE form_code = 'ZZ-1' AND status = 'draft' AND person_id IS NOT NULL"
                        " ORDER BY updated_at DESC LIMIT 1").fetchone()[0]
    draft = ws.drafts.get(zz1)
    counter = iter(range(10 ** 9))
    ws.save(zz1, draft.data, page="personal")
    res["autosave"] = summary(timed(lambda: ws.save(zz1, {**draft.data, "officer_findings": f"opomba {next(counter)}"},
                                                    page="personal"), 100 if quick else 400))
    wizard = window.open_draft(zz1)
    app.processEvents()
    editor = next((e for f, e in wizard.editors.items() if isinstance(e, LineEditor) and e.isVisible()
                   and f not in wizard.definition.title_fields), None)
    if editor is not None:
        def keystroke():
            editor.line.insert("a")
            app.processEvents()
        keystroke()
        res["keystroke"] = summary(timed(keystroke, 30 if quick else 100))
    wizard.close()
    flush()

    # --- register search, end to end in Register.search, as the panel calls it ---
    queries = search_queries(ws)
    for q in queries:
        ws.register.search(q, limit=PANEL_LIMIT)
    cycle = iter(range(10 ** 9))
    samples, cpu = timed_cpu(lambda: ws.register.search(queries[next(cycle) % len(queries)], limit=PANEL_LIMIT),
                             len(queries) * (3 if quick else 10))
    slowest = {q: min(timed(lambda q=q: ws.register.search(q, limit=PANEL_LIMIT), 3)) for q in queries}
    worst = max(slowest, key=slowest.get)
    res["register_search"] = {**summary(samples), "cpu_median_ms": summary(cpu)["median_ms"],
                              "cpu_p95_ms": summary(cpu)["p95_ms"], "queries": len(queries), "slowest_query": worst,
                              "slowest_query_ms": round(slowest[worst], 2)}
    res["register_first_list"] = summary(timed(lambda: ws.register.search("", limit=PANEL_LIMIT), 20))
    res["_search_queries"] = queries

    # --- the draft list: the first page, scrolling, a page deep down, the filters, their query plans ---
    total = ws.drafts.count()
    res["drafts_list_open"] = {**summary(timed(lambda: DraftsModel(ws.drafts), 10 if quick else 30)), "total": total}
    model = DraftsModel(ws.drafts)
    scroll, scroll_cpu = [], []
    for _ in range(10 if quick else 50):
        if not model.canFetchMore():
            break
        t0, c0 = time.perf_counter(), time.thread_time()
        model.fetchMore()
        scroll.append((time.perf_counter() - t0) * 1000)
        scroll_cpu.append((time.thread_time() - c0) * 1000)
    # the CPU time of the same pages: a wall-clock p95 far above it is time the process was not running
    # (other processes on the 2 cores), not work of the list (20-30 ms wall for 1-2 ms CPU on a busy machine)
    cpu = summary(scroll_cpu)
    res["drafts_list_scroll"] = {**summary(scroll), "cpu_median_ms": cpu.get("median_ms"), "cpu_p95_ms": cpu.get("p95_ms"),
                                 "rows_loaded": model.rowCount(), "of": model.total}
    deep = ws.drafts.list(limit=1, offset=max(0, total - 201))
    if deep:
        res["drafts_list_page_at_end"] = summary(timed(lambda: ws.drafts.list(limit=200, after=deep[0]), 5))
        res["drafts_list_page_at_end_by_offset"] = summary(timed(
            lambda: ws.drafts.list(limit=200, offset=max(0, total - 200)), 3))
    filters = {"form": ("", "ZZ-8", None), "status": ("", None, "finished"), "form+status": ("", "ZZ-1", "draft"),
               "search": ("sevc", None, None)}
    res["drafts_list_filters"] = {name: summary(timed(lambda f=f: model.set_filters(*f), 5 if quick else 10))
                                  for name, f in filters.items()}
    names = ["sevc", "mykola", "ševčenko", "olena koval", "kovalenko"]
    cycle_names = iter(range(10 ** 9))
    # each name's first search in the process included (its index pages read and decrypted then: the p95 of 30)
    search_wall, search_cpu = timed_cpu(lambda: model.set_filters(names[next(cycle_names) % len(names)], None, None),
                                        len(names) * (2 if quick else 6))
    res["drafts_list_search"] = {**summary(search_wall), "cpu_median_ms": summary(search_cpu)["median_ms"],
                                 "cpu_p95_ms": summary(search_cpu)["p95_ms"], "first_of_each_ms":
                                     [round(search_wall[i], 2) for i in range(len(names))], "queries": names}
    res["query_plans"] = query_plans(ws)
    window.close()
    flush()
    return res


def measure_documents(ws, quick: bool, photos: list[bytes], folder: Path) -> dict:
    """PDF export of ZZ-1 and of a card with photos, 1,000 cards with 1,000 photos on sheets, signing and verifying."""
    from app.export.card import CardRenderer
    from app.store.drafts import batch

    res: dict = {}
    zz1 = ws.db.execute("SELECT id FROM drafts WHERE form_code = 'ZZ-1' AND status = 'draft' ORDER BY updated_at"
                        " LIMIT 1").fetchone()[0]
    ws.attach_photo(zz1, photos[0], data=ws.drafts.get(zz1).data)
    ws.export_pdf(zz1)
    res["pdf_zz1"] = summary(timed(lambda: ws.export_pdf(zz1), 10 if quick else 40))
    card_ids = [r[0] for r in ws.db.execute("SELECT id FROM drafts WHERE form_code = 'ZZ-8' ORDER BY updated_at DESC"
                                            " LIMIT 1000").fetchall()]
    photo_field = next(f.id for f in ws.definition("ZZ-8").fields.values() if f.type == "photo")
    with batch(ws.db):  # the photos the officials attached (already cut to 35 x 45 mm), then finished
        for i, card_id in enumerate(card_ids):
            ws.db.execute("UPDATE drafts SET status = 'draft' WHERE id = ?", [card_id])
            ws.drafts.set_photo(card_id, photos[i % len(photos)], None, None, None, photo_field)
            ws.drafts.finish(card_id)
    ws.export_pdf(card_ids[0])
    res["pdf_card"] = summary(timed(lambda: ws.export_pdf(card_ids[0]), 20 if quick else 80))

    definition = ws.definition("ZZ-8")
    cards = [(ws.drafts.get(card_ids[i % len(card_ids)]).data, photos[i]) for i in range(len(photos))]
    reset_peak()
    before = memory_mb()
    pdf = CardRenderer(definition).render_sheets(cards)
    res["cards_1000"] = {**summary(timed(lambda: CardRenderer(definition).render_sheets(cards), 1 if quick else 3)),
                         "cards": len(cards), "pdf_mb": round(len(pdf) / 2 ** 20, 1),
                         "peak_rss_growth_mb": round(memory_mb()["peak_rss_mb"] - before.get("rss_mb", 0), 1)}
    try:  # the print queue's own path: 1,000 finished cards read from the store and laid out on sheets
        from app.ui.print_queue import build_jobs

        ids = (card_ids * (1000 // max(1, len(card_ids)) + 1))[:1000]
        res["cards_1000_print_queue"] = summary(timed(lambda: build_jobs(ws, ids), 1))
    except Exception as exc:  # noqa: BLE001 - the print queue is another change in progress
        res["cards_1000_print_queue"] = {"error": f"{type(exc).__name__}: {exc}"}
    res.update(measure_signing(ws, zz1, card_ids[0], folder, quick))
    return res


def measure_signing(ws, zz1_id: str, card_id: str, folder: Path, quick: bool) -> dict:
    try:
        from app.export.signing import make_test_pki, sign_pdf, signature_label, verify_pdf
    except ImportError as exc:
        return {"signing": {"error": f"app.export.signing is not available ({exc})"}}
    ca, p12, passphrase = make_test_pki(folder / "pki")
    trust = [ca.read_bytes()]
    signer = ws.signer(p12.read_bytes(), passphrase)
    reps = 5 if quick else 20
    out = {}
    for name, draft_id, visible in (("zz1", zz1_id, True), ("card", card_id, False)):
        definition = ws.definition_of(ws.drafts.get(draft_id))
        pdf = ws.export_pdf(draft_id)
        label = signature_label(definition)
        sign = lambda: sign_pdf(pdf, signer, "Mojca Žagar", "Upravna enota Brežice", visible=visible, label=label)  # noqa: E731
        signed = sign()
        out[f"sign_{name}"] = summary(timed(sign, reps))
        assert verify_pdf(signed, trust).ok
        out[f"verify_{name}"] = summary(timed(lambda: verify_pdf(signed, trust), reps))
    if ws.drafts.get(zz1_id).status != "finished":
        ws.drafts.finish(zz1_id)
    out["sign_draft_zz1_end_to_end"] = summary(timed(lambda: ws.sign_draft(zz1_id, signer), reps))
    out["_pki"] = (str(ca), str(p12), passphrase)
    return out


# --- what this wave built: search in every script, duplicates, deadlines, the family print job ------

def script_queries(ws, count: int = 30) -> dict[str, list[str]]:
    """What officials type for a name, by script: Cyrillic as in the passport (whole surnames and their first
    letters, with the name's first letters), Latin as Slovenian transliteration (with and without
    diacritics), English transliteration (as on the MRZ or a foreign document: Shevchenko, Kovalchuk)."""
    from translitua import UkrainianKMU, translit

    rows = ws.db.execute("SELECT surname, given_name, latin_name FROM persons WHERE rowid % 89 = 7 LIMIT ?",
                         [count * 4]).fetchall()
    cyr = [(s, g) for s, g, _ in rows if any("\u0400" <= ch <= "\u04ff" for ch in s)][:count]
    lat = [(s, g) for s, g, _ in rows if not any("\u0400" <= ch <= "\u04ff" for ch in s)][:count]
    out = {"cyrillic": [], "latin": [], "english": []}
    for i, (surname, given) in enumerate(cyr):
        out["cyrillic"].append(surname if i % 3 == 0 else surname[:3 + i % 4] if i % 3 == 1 else f"{surname} {given[:2]}")
        english = translit(surname, UkrainianKMU)
        out["english"].append(english if i % 2 == 0 else f"{english} {translit(given, UkrainianKMU)[:2]}")
    for i, (surname, given) in enumerate(lat):
        out["latin"].append(surname if i % 3 == 0 else surname[:3 + i % 4] if i % 3 == 1 else f"{surname} {given[:2]}")
    out["english"] += ["shevchenko", "kovalchuk", "tkachenko", "kravchenko", "zhuk", "shcherbak", "bondarenko"]
    return out


def measure_wave(ws, app, quick: bool, folder: Path, photos: list[bytes]) -> dict:
    """Register search by script, the duplicate check while registering, the deadlines (the list and the
    Roki view drawn) and the family print job."""
    from app.ui.register_panel import LIMIT as PANEL_LIMIT

    res: dict = {}
    rounds = 3 if quick else 10
    everything, cpu_all = [], []
    for script, queries in script_queries(ws).items():
        for q in queries:
            ws.register.search(q, limit=PANEL_LIMIT)
        cycle = iter(range(10 ** 9))
        samples, cpu = timed_cpu(lambda: ws.register.search(queries[next(cycle) % len(queries)], limit=PANEL_LIMIT),
                                 len(queries) * rounds)
        everything += samples
        cpu_all += cpu
        slowest = {q: min(timed(lambda q=q: ws.register.search(q, limit=PANEL_LIMIT), 3)) for q in queries}
        worst = max(slowest, key=slowest.get)
        res[f"register_search_{script}"] = {**summary(samples), "cpu_median_ms": summary(cpu)["median_ms"],
                                            "cpu_p95_ms": summary(cpu)["p95_ms"], "queries": len(queries),
                                            "slowest_query": worst,
                                            "slowest_query_ms": round(slowest[worst], 2), "examples": queries[:6]}
    res["register_search_any_script"] = {**summary(everything), "cpu_p95_ms": summary(cpu_all)["p95_ms"]}

    # the duplicate check while registering: the registration dialog asks on every change of the name, the
    # date of birth, EMŠO or a document (attributes of persons already in the register, typed in the other
    # script or as the English transliteration, and new persons who match nobody)
    from translitua import UkrainianKMU, translit

    sample = ws.db.execute("SELECT p.surname, p.given_name, p.birth_date, p.emso, d.doc_number, d.issued_by"
                           " FROM persons p LEFT JOIN person_documents d ON d.person_id = p.id"
                           " WHERE p.rowid % 83 = 11 LIMIT 40").fetchall()
    cases = []
    for i, (surname, given, birth, emso, doc, issuer) in enumerate(sample):
        if i % 4 == 0:
            surname, given = translit(surname, UkrainianKMU), translit(given, UkrainianKMU)
        attributes = {"surname": surname, "given_name": given, "birth_date": birth,
                      "emso": emso if i % 3 == 0 else None}
        documents = [{"doc_number": doc, "issued_by": issuer}] if doc and i % 2 == 0 else []
        if i % 5 == 4:  # somebody new
            attributes = {"surname": "Novakovska", "given_name": "Ivanna", "birth_date": f"19{60 + i}-03-0{1 + i % 9}"}
            documents = [{"doc_number": f"ZZ {i:03d} 999"}]
        cases.append((attributes, documents))
    found = sum(1 for a, d in cases if ws.possible_duplicates(a, d))
    cycle = iter(range(10 ** 9))

    def check():
        attributes, documents = cases[next(cycle) % len(cases)]
        ws.possible_duplicates(attributes, documents)
    res["duplicate_check"] = {**summary(timed(check, len(cases) * rounds)), "cases": len(cases), "found": found}

    # the deadlines: the list the workspace gives, and the Roki view refreshed and drawn
    from app.ui.deadlines import DeadlinesView

    items = ws.deadlines()
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1

    def first_rows():  # what the Roki view reads: the length, the overdue count and the first page
        listed = ws.deadline_list()
        return len(listed), listed.overdue, listed[:listed.PAGE]
    res["deadlines_list"] = {**summary(timed(first_rows, 3 if quick else 7)), "items": len(items), "by_kind": kinds}
    # every item read (Workspace.deadlines, as the command line's list): no target, it grows with the register
    res["deadlines_all"] = summary(timed(ws.deadlines, 3 if quick else 5))
    view = DeadlinesView(ws)
    view.resize(1300, 800)
    view.show()

    def draw():
        view.refresh()
        view.repaint()
        app.processEvents()
    draw()
    res["deadlines_view"] = summary(timed(draw, 3 if quick else 7))
    view.close()
    res.update(measure_family_print(ws, folder, photos, 2 if quick else 5))
    return res


def measure_family_print(ws, folder: Path, photos: list[bytes], reps: int) -> dict:
    """The print job of a family of five at the counter: each member's receipt ZZ-2 and card ZZ-8 (finished,
    with a photo), as the print queue builds them (forms as PDF, cards on A4 sheets), merged into one
    spooled PDF written durably; through a real CUPS queue too when one is set up."""
    from app.engine.prefill import from_register
    from app.engine.schema import initial_data
    from app.workspace.printing import cups_available, cups_queues, merge_pdfs

    row = ws.db.execute("SELECT person_id FROM family_links WHERE kind = 'accompanying' GROUP BY person_id"
                        " HAVING count(*) = 4 LIMIT 1").fetchone()
    if row is None:
        return {"family_print": {"error": "no family of five in this register"}}
    members = [row[0]] + [r[0] for r in ws.db.execute("SELECT relative_id FROM family_links WHERE person_id = ?"
                                                      " AND kind = 'accompanying'", [row[0]])]
    card = ws.definition("ZZ-8")
    photo_field = next(f.id for f in card.fields.values() if f.type == "photo")
    ids = []
    for i, pid in enumerate(members):
        receipt = ws.db.execute("SELECT id, status FROM drafts WHERE person_id = ? AND form_code = 'ZZ-2'", [pid]).fetchone()
        if receipt[1] != "finished":
            ws.drafts.finish(receipt[0])
        ids.append(receipt[0])
    for i, pid in enumerate(members):
        person = ws.register.get(pid)
        data = {**{k: v for k, v in (card.sample or {}).items() if k != photo_field},
                **initial_data(card, official=ws.settings.official, office=ws.settings.office),
                **from_register(card, person, ws.register.links(pid), ws.register.documents(pid), None)}
        draft = ws.drafts.create(card.code, card.version, data, page=card.sections[0].id, person_id=pid)
        ws.drafts.set_photo(draft.id, photos[i], None, None, None, photo_field)
        ws.drafts.finish(draft.id)
        ids.append(draft.id)
    spool = folder / "spool"
    spool.mkdir(exist_ok=True)
    counter = iter(range(10 ** 9))

    def job():
        jobs = ws.print_jobs(ids)
        pdf = merge_pdfs([d for j in jobs for d in j.documents])
        with open(spool / f"family-{next(counter)}.pdf", "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        return jobs, pdf
    jobs, pdf = job()
    out = {"family_print": {**summary(timed(job, reps)), "members": len(members), "forms": len(ids),
                            "jobs": [j.kind for j in jobs], "pdf_kb": round(len(pdf) / 1024)}}
    if cups_available():
        queues = cups_queues()
        queue = "PrilogaPDF" if "PrilogaPDF" in queues else (queues[0] if queues else None)
        if queue:
            from app.workspace.printing import cups_print

            out["family_print_cups"] = {**summary(timed(lambda: cups_print(job()[1], queue, "Družina"), reps)),
                                        "queue": queue}
    else:
        out["family_print_cups"] = {"error": "no CUPS scheduler running here: spooled to a PDF file only"}
    return out


# --- per size, and the floors ---------------------------------------------------------------------

def measure_statistics(ws, app, quick: bool) -> dict:
    """The Statistika view of the generated arrivals (count every figure and draw every chart), against its floor:
    the same SQL counts alone (app.store.statistics, no Python definitions, no drawing)."""
    from app.store import statistics as stats_store
    from app.ui.statistics import StatisticsView

    # from the first arrival to today: every person of the register counts in the figures on the last day
    start, end = dt.date(2025, 1, 1), dt.date.today()
    view = StatisticsView(ws)
    view.resize(1300, 860)
    view.set_period(start, end)
    view.show()

    def draw():
        view.refresh()
        view.repaint()
        app.processEvents()

    draw()
    reps = 5 if quick else 15
    out = {"statistics_view": summary(timed(draw, reps)),
           "statistics_floor": summary(timed(lambda: stats_store.figures(ws.db, start, end), reps))}
    view.close()
    return out


def measure_size(size: int, args, app, photos, folder: Path, documents: bool) -> dict:
    db, info = data.database(size, folder / f"bench-{size}.sqlite3", log=log)
    res = {"data": {**info, **_counts(db)}}
    log(f"[{size:,} persons] start ×{args.start_runs}, with the empty-window floor in between …")
    starts = process_starts({"app": (START_APP, [str(db)]), "floor": (floors.EMPTY_WINDOW, [])}, args.start_runs)
    res["start"], res["start_floor"] = starts["app"], starts["floor"]
    log(f"[{size:,} persons] login to window ×{max(3, args.start_runs // 2)} …")
    res["login_to_window"] = login_to_window(db, app, max(3, args.start_runs // 2))
    logged = [run_child(LOGGED_IN, [str(db)], timeout=300) for _ in range(3)]
    res["login_rss"] = {"value": round(statistics.median(r["hwm_kb"] / 1024 for r in logged), 1),
                        "max_mb": round(max(r["hwm_kb"] / 1024 for r in logged), 1),
                        "with_login_kdf_mb": round(statistics.median(r["kdf_peak_kb"] / 1024 for r in logged), 1)}
    log(f"[{size:,} persons] in process …")
    ws = data.open_bench(db)
    try:
        res.update(measure_core(ws, app, args.quick))
        log(f"[{size:,} persons] statistics view …")
        res.update(measure_statistics(ws, app, args.quick))
        log(f"[{size:,} persons] search by script, duplicates, deadlines, family print …")
        res.update(measure_wave(ws, app, args.quick, folder, photos))
        if documents:
            log(f"[{size:,} persons] PDF, cards, signing …")
            res.update(measure_documents(ws, args.quick, photos, folder))
    finally:
        ws.close()
    return res


def _counts(db: Path) -> dict:
    from app.store.db import connect
    from app.store.vault import Vault

    conn = connect(db, Vault(db).unlock(data.BENCH_USER, data.BENCH_PASSWORD))
    try:
        return {"persons": conn.execute("SELECT count(*) FROM persons").fetchone()[0],
                "forms": conn.execute("SELECT count(*) FROM drafts").fetchone()[0],
                "forms_by_kind": dict(conn.execute("SELECT form_code, count(*) FROM drafts GROUP BY 1").fetchall()),
                "db_mb": round(db.stat().st_size / 2 ** 20, 1)}
    finally:
        conn.close()


def measure_floors(args, photos, folder: Path, pki, queries: list[str]) -> dict:
    from app.store.drafts import fold

    log("floors …")
    out = {}
    rl = floors.reportlab_floors(photos, folder, 20 if args.quick else 100, 1 if args.quick else 3)
    out["floor_card"], out["floor_cards_1000"] = rl["card"], rl["cards_1000"]
    if pki:
        ca, p12, passphrase = pki
        hanko = floors.pyhanko_floor(rl["card_pdf"], Path(p12).read_bytes(), passphrase, Path(ca).read_bytes(),
                                     5 if args.quick else 20)
        out["floor_sign"], out["floor_verify"] = hanko["sign"], hanko["verify"]
    names = [fold(q) for q in queries if not any(ch.isdigit() for ch in q)]
    out["floor_fts"] = floors.fts_floor(floors.synthetic_names(100_000), names, len(names) * 5)
    out["floor_commit"] = floors.commit_floor(folder, 100 if args.quick else 400)
    return out


# --- report -----------------------------------------------------------------------------------------

def _stat(figures, how: str):
    if not figures or "error" in figures:
        return None
    return figures.get({"median": "median_ms", "p95": "p95_ms", "value": "value"}[how])


def targets(results: dict, sizes: list[int]) -> list[dict]:
    big = results["sizes"][str(max(sizes))]
    documents = next((results["sizes"][str(s)] for s in sizes if "pdf_zz1" in results["sizes"][str(s)]), big)
    source = {**{k: v for k, v in documents.items() if k in TARGETS}, **{k: v for k, v in big.items() if k in TARGETS},
              "start_rss": {"value": big["start"]["peak_rss_mb"]}, "login_rss": big.get("login_rss")}
    floors_ = {**results["floors"], "start_floor": big["start_floor"],
               "start_floor_rss": {"value": big["start_floor"]["peak_rss_mb"]},
               "statistics_floor": big.get("statistics_floor")}
    rows = []
    for name, (limit, unit, how, floor_key) in TARGETS.items():
        measured = _stat(source.get(name), how)
        floor = _stat(floors_.get(floor_key), how) if floor_key else None
        rows.append({"target": name, "measured": measured, "unit": unit, "stat": how, "limit": limit, "floor": floor,
                     "ratio": round(measured / floor, 2) if measured and floor else None,
                     "pass": None if limit is None or measured is None else measured <= limit})
    return rows


def growth(results: dict, sizes: list[int]) -> dict:
    out = {}
    for name, (key, stat) in GROWTH.items():
        values = [results["sizes"][str(s)].get(key, {}).get(stat) for s in sizes]
        entry: dict = {str(s): v for s, v in zip(sizes, values)}
        if len(sizes) > 1 and values[0] and values[-1]:
            ratio = values[-1] / values[0]
            span = sizes[-1] / sizes[0]
            entry["ratio_last_first"] = round(ratio, 2)
            entry["shape"] = ("flat" if ratio < 1.5 else "logarithmic or less" if ratio <= 1 + math.log10(span)
                              else "linear" if ratio > span / 3 else "sub-linear, more than logarithmic")
        out[name] = entry
    return out


def print_report(results: dict, sizes: list[int]) -> None:
    log(f"\nTargets at {max(sizes):,} persons / {results['sizes'][str(max(sizes))]['data']['forms']:,} forms")
    log(f"{'target':20s} {'measured':>12s} {'floor':>9s} {'ratio':>7s} {'limit':>7s}  result")
    for row in results["targets"]:
        m = "—" if row["measured"] is None else f"{row['measured']:.2f} {row['unit']}"
        f = "—" if row["floor"] is None else f"{row['floor']:.2f}"
        r = "—" if row["ratio"] is None else f"{row['ratio']:.2f}×"
        lim = "—" if row["limit"] is None else f"≤{row['limit']}"
        verdict = "info" if row["pass"] is None else ("PASS" if row["pass"] else "MISS")
        log(f"{row['target']:20s} {m:>12s} {f:>9s} {r:>7s} {lim:>7s}  {verdict} ({row['stat']})")
    log("\nGrowth " + " → ".join(f"{s:,}" for s in sizes) + " persons")
    for name, entry in results["growth"].items():
        values = "  ".join(f"{(entry.get(str(s)) or 0):9.2f}" for s in sizes)
        ratio = f"×{entry['ratio_last_first']}" if "ratio_last_first" in entry else ""
        log(f"{name:14s} {values}   {entry.get('shape', '')} {ratio}")
    big = results["sizes"][str(max(sizes))]
    docs = next((results["sizes"][str(s)] for s in sizes if "pdf_zz1" in results["sizes"][str(s)]), {})
    slow = sorted(big["wizard_open"]["per_form_median_ms"].items(), key=lambda kv: -kv[1])[:4]
    log(f"\nAt {max(sizes):,}: first wizard of the process {big['wizard_open']['first_in_process_ms']} ms, slowest forms "
        f"{', '.join(f'{c} {v:.0f} ms' for c, v in slow)} (median); autosave median {big['autosave']['median_ms']} ms; keystroke p95 {big.get('keystroke', {}).get('p95_ms')} ms; search's "
        f"slowest query »{big['register_search']['slowest_query']}« {big['register_search']['slowest_query_ms']} ms; "
        f"draft list scroll p95 {big['drafts_list_scroll']['p95_ms']} ms, last page "
        f"{big.get('drafts_list_page_at_end', {}).get('median_ms')} ms (by offset "
        f"{big.get('drafts_list_page_at_end_by_offset', {}).get('median_ms')} ms); filters "
        + ", ".join(f"{k} {v['median_ms']} ms" for k, v in big["drafts_list_filters"].items()))
    if docs:
        queue = docs["cards_1000_print_queue"]
        log(f"1,000 cards through the print queue {queue.get('median_ms', queue.get('error'))} ms; sign_draft ZZ-1 end to "
            f"end {docs.get('sign_draft_zz1_end_to_end', {}).get('median_ms')} ms; cards PDF "
            f"{docs['cards_1000']['pdf_mb']} MB, peak RSS +{docs['cards_1000']['peak_rss_growth_mb']} MB")
    unindexed = {k: v["kind"] for k, v in big["query_plans"].items() if v["kind"] != "indexed"}
    log("Query plans not served by an index: " + (json.dumps(unindexed, ensure_ascii=False) if unindexed else "none"))


def machine() -> str:
    cpu = ""
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                   if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        ram = round(int(Path("/proc/meminfo").read_text().split()[1]) / 2 ** 20, 1)
    except (OSError, ValueError, IndexError):
        ram = "?"
    import PySide6

    return (f"{platform.node()} {platform.machine()} {os.cpu_count()} cores {cpu}, {ram} GB RAM, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, SQLite {sqlite3.sqlite_version}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,000 persons, fewer repeats; not recorded")
    parser.add_argument("--sizes", help="persons per register, comma separated (default 1000,10000,100000)")
    parser.add_argument("--no-record", action="store_true", help="do not append to results.jsonl")
    parser.add_argument("--record", action="store_true", help="append even a --quick or partial run")
    parser.add_argument("--start-runs", type=int, help="process starts per size (default 10, quick 5)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in (args.sizes or ("1000" if args.quick else "1000,10000,100000")).split(","))
    args.start_runs = args.start_runs or (5 if args.quick else 10)
    t0 = time.perf_counter()

    from app.ui.app import create_app

    app = create_app([sys.argv[0]])
    photos = data.photos(1000, log=log)
    results: dict = {"sizes": {}}
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        folder = Path(tmp)
        queries, pki = [], None
        for size in sizes:
            res = measure_size(size, args, app, photos, folder, documents=size == max(sizes))
            queries = res.pop("_search_queries")
            pki = res.pop("_pki", pki)
            results["sizes"][str(size)] = res
        results["floors"] = measure_floors(args, photos, folder, pki, queries)
    results["targets"] = targets(results, sizes)
    results["growth"] = growth(results, sizes)
    results["seconds"] = round(time.perf_counter() - t0, 1)
    print_report(results, sizes)
    log(f"\n{results['seconds']} s")
    full = not args.quick and sizes == [1000, 10000, 100000]
    if (full or args.record) and not args.no_record:
        record = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "machine": machine(),
                  "suite": "scale" + (" quick" if args.quick else "") + ("" if full else f" sizes={sizes}"),
                  "results": results}
        with open(HERE / "results.jsonl", "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        log(f"recorded in {HERE / 'results.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
