"""A process killed mid-edit (SIGKILL, as a pulled plug) loses nothing that was saved before it died."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

EDITOR = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, os.path.join(os.getcwd(), "tests"))
    from ws_helpers import open_workspace
    ws = open_workspace(sys.argv[1])
    draft = ws.new_draft("ZZ-1")
    print("draft", draft.id, flush=True)
    data = dict(draft.data)
    text = "Ševčenko-Шевченко " * 40
    for i, ch in enumerate(text):
        data["surname"] = text[: i + 1]          # one keystroke
        data["officer_findings"] = str(i)
        ws.save(draft.id, data, page="personal")
        print("saved", i, flush=True)              # the UI would confirm now
""")


@pytest.mark.parametrize("kill_after", [1, 37, 150])
def test_kill_during_typing_loses_no_saved_keystroke(tmp_path, kill_after):
    db = tmp_path / "kill.sqlite3"
    proc = subprocess.Popen([sys.executable, "-c", EDITOR, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    draft_id, confirmed = None, -1
    for line in proc.stdout:
        kind, value = line.split()
        if kind == "draft":
            draft_id = value
        else:
            confirmed = int(value)
            if confirmed >= kill_after:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    from ws_helpers import open_workspace

    store = open_workspace(db).db
    assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    data = json.loads(store.execute("SELECT data FROM drafts WHERE id = ?", [draft_id]).fetchone()[0])
    text = "Ševčenko-Шевченко " * 40
    saved = int(data["officer_findings"])
    assert saved >= confirmed  # every confirmed keystroke is on disk (one more may have landed)
    assert data["surname"] == text[: saved + 1]


WIZARD_TYPIST = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from app.ui.app import create_app
    from app.ui.wizard import FormWizard
    sys.path.insert(0, os.path.join(os.getcwd(), "tests"))
    from ws_helpers import open_workspace
    app = create_app([sys.argv[0]])
    ws = open_workspace(sys.argv[1])
    draft = ws.new_draft("ZZ-1")
    print("draft", draft.id, flush=True)
    wizard = FormWizard(ws, draft)
    wizard.show()
    line = wizard.editors["surname"].line
    line.setFocus()
    text = sys.argv[2]
    for i, ch in enumerate(text):
        QApplication.sendEvent(line, QKeyEvent(QEvent.KeyPress, Qt.Key_unknown, Qt.NoModifier, ch))
        app.processEvents()
        print("typed", i, flush=True)
    app.exec()
""")


def test_kill_the_gui_while_typing(tmp_path):
    """The real wizard, keystroke by keystroke, killed mid-word: every key it had taken is on disk."""
    db = tmp_path / "gui-kill.sqlite3"
    text = "Ševčenko Шевченко Олена " * 4
    proc = subprocess.Popen([sys.executable, "-c", WIZARD_TYPIST, str(db), text], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    draft_id, confirmed = None, -1
    for line in proc.stdout:
        kind, value = line.split()
        if kind == "draft":
            draft_id = value
        else:
            confirmed = int(value)
            if confirmed >= 40:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL and confirmed >= 40

    from ws_helpers import open_workspace

    store = open_workspace(db).db
    assert store.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    data = json.loads(store.execute("SELECT data FROM drafts WHERE id = ?", [draft_id]).fetchone()[0])
    typed = text[: confirmed + 1]  # every key the wizard had handled when it was killed
    assert text.startswith(data["surname"].rstrip())  # nothing but what was typed (one more key at most)
    assert data["surname"].startswith(typed.rstrip())


# --- the crash loop: hundreds of kills at random moments of real work, one growing database ------------------------

#: A lean fork server (no Qt): it imports the store and the workspace once, then forks one child per iteration
#: that logs in and writes until the server SIGKILLs it after the iteration's delay (the server, not the test,
#: kills: the child is not reaped before the kill, so its pid cannot have been reused). A new Python process
#: per iteration would spend ~0.3 s on imports alone; a fork is a real separate process with its own database
#: connection, opened after the fork. Each write prints "try" before and "ok" after it returns (= the UI's
#: confirmation) as one line of JSON.
CRASH_SERVER = textwrap.dedent(r"""
    import io, json, os, random, signal, sys, tempfile, time, traceback
    sys.path.insert(0, os.path.join(os.getcwd(), "tests"))
    from PIL import Image
    from ws_helpers import open_workspace
    from app.engine import default_catalog
    from app.engine.validate import has_errors

    DB = sys.argv[1]
    CATALOG = default_catalog()
    CARD = {k: v for k, v in CATALOG.get("ZZ-8").sample.items() if k not in ("serial", "photo")}
    TEXTS = ["Ševčenko Шевченко ", "Žiga Čuček Šuštar ", "Олена Коваленко ", "Đurđa Čehovin Žnidaršič "]
    from app.engine.names import has_cyrillic

    NAMES = ["Ševčenko", "Шевченко", "Kovalenko", "Žagar", "Čuk", "Бондаренко", "Šuštar"]
    PHOTOS = []
    for i in range(6):
        buffer = io.BytesIO()
        Image.new("RGB", (180, 240), (40 * i, 120, 200 - 30 * i)).save(buffer, "JPEG")
        PHOTOS.append(buffer.getvalue())

    def out(kind, record):
        sys.stdout.write(kind + " " + json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        sys.stdout.flush()

    def editable(ws, rng, form=None):
        rows = ws.db.execute("SELECT id FROM drafts WHERE status = 'draft'" + (" AND form_code = ?" if form else "")
                             + " ORDER BY id", [form] if form else []).fetchall()
        return rng.choice(rows)[0] if rows else None

    def new(ws, rng, mark, code=None):
        code = code or rng.choice(["ZZ-1", "ZZ-1", "ZZ-8"])
        data = dict(CARD) if code == "ZZ-8" else {}
        if code == "ZZ-8":  # the card is printed in Latin script and refuses Cyrillic (latin_script rule)
            data.update(surname=rng.choice([n for n in NAMES if n.isascii() or not has_cyrillic(n)]),
                        given_name="Olena " + mark)
        else:
            data.update(surname=rng.choice(NAMES), given_name="Олена " + mark)
        out("try", {"op": "new", "form": code, "mark": mark})
        draft = ws.new_draft(code, data)
        out("ok", {"op": "new", "id": draft.id, "form": code, "data": draft.data, "page": draft.page})
        return draft.id

    def type_text(ws, rng, mark):
        draft_id = editable(ws, rng)
        if draft_id is None:
            return new(ws, rng, mark)
        data = dict(ws.drafts.get(draft_id).data)
        field = rng.choice(["surname", "given_name", "birth_place"])
        text = rng.choice(TEXTS) * 2
        start = rng.randrange(len(text))
        for i in range(rng.randint(1, 12)):  # keystrokes, each saved as the wizard saves it
            data[field] = text[start:start + i + 1]
            page = rng.choice([None, "personal", "person"])
            out("try", {"op": "save", "id": draft_id, "data": data, "page": page})
            ws.save(draft_id, data, page=page)
            out("ok", {"op": "save", "id": draft_id})

    def photo(ws, rng, mark, draft_id=None):
        draft_id = draft_id or editable(ws, rng)
        if draft_id is None:
            return
        out("try", {"op": "photo", "id": draft_id})
        digest = ws.attach_photo(draft_id, rng.choice(PHOTOS), data=dict(ws.drafts.get(draft_id).data))
        out("ok", {"op": "photo", "id": draft_id, "digest": digest})

    def person_add(ws, rng, mark):
        attrs = {"surname": rng.choice(NAMES), "given_name": "Тетяна " + mark, "birth_date": "1990-05-17",
                 "address_si": "Cesta 4. julija 12, Brežice", "phone": "+386 41 %06d" % rng.randrange(10 ** 6)}
        out("try", {"op": "person_add", "attrs": attrs})
        person_id = ws.register.add_person(**attrs)
        out("ok", {"op": "person_add", "id": person_id, "attrs": attrs})

    def person_update(ws, rng, mark):
        rows = ws.db.execute("SELECT id FROM persons ORDER BY id").fetchall()
        if not rows:
            return person_add(ws, rng, mark)
        person_id = rng.choice(rows)[0]
        attrs = {"surname": rng.choice(NAMES) + " " + mark, "address_si": rng.choice(TEXTS).strip()}
        out("try", {"op": "person_update", "id": person_id, "attrs": attrs})
        ws.register.update_person(person_id, **attrs)
        out("ok", {"op": "person_update", "id": person_id, "attrs": attrs})

    def card(ws, rng, mark):
        draft_id = editable(ws, rng, "ZZ-8") if rng.random() < 0.5 else None
        if draft_id is not None and has_errors(ws.validate("ZZ-8", ws.drafts.get(draft_id).data)):
            draft_id = None  # typing may have left it without a name
        if draft_id is None:
            draft_id = new(ws, rng, mark, "ZZ-8")
        photo(ws, rng, mark, draft_id)
        out("try", {"op": "finish", "id": draft_id})
        ws.finish(draft_id)
        out("ok", {"op": "finish", "id": draft_id, "serial": ws.drafts.get(draft_id).data["serial"]})

    OPS = [(new, 3), (type_text, 10), (photo, 1), (person_add, 3), (person_update, 3), (card, 2)]

    def child(seed):
        rng = random.Random(seed)
        ws = open_workspace(DB, catalog=CATALOG)
        out("login", {})
        for n in range(400):
            op = rng.choices([o for o, _ in OPS], [w for _, w in OPS])[0]
            op(ws, rng, "%x-%d" % (seed, n))
        ws.close()
        out("done", {})

    with tempfile.TemporaryDirectory() as warm:  # every lazy import and cache, before the first fork
        ws = open_workspace(os.path.join(warm, "warm.sqlite3"), catalog=CATALOG)
        rng = random.Random(0)
        for op, _ in OPS:
            op(ws, rng, "warm")
        ws.close()
    out("ready", {})
    for line in sys.stdin:
        seed, delay = line.split()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                child(int(seed))
                code = 0
            except BaseException:
                out("fail", {"error": traceback.format_exc()})
                code = 3
            os._exit(code)
        time.sleep(float(delay))
        try:
            os.kill(pid, signal.SIGKILL)  # not reaped yet: the pid is still the child's
        except ProcessLookupError:
            pass
        _, status = os.waitpid(pid, 0)
        out("exit", {"signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
                     "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None})
""")

CRASH_ITERATIONS = int(os.environ.get("PRILOGA_CRASH_ITERATIONS", "200"))
#: the kill comes 0 … this many seconds after the fork (logging in takes ~15 ms, a write 1–15 ms)
CRASH_MAX_DELAY_S = float(os.environ.get("PRILOGA_CRASH_MAX_DELAY", "0.12"))


class CrashModel:
    """What the database must hold: every confirmed write, plus at most the one write in flight at the kill."""

    def __init__(self):
        self.drafts: dict[str, dict] = {}    # id -> {"form", "data", "status", "photo", "page"}
        self.persons: dict[str, dict] = {}   # id -> the attributes written
        self.serials: dict[str, str] = {}    # serial -> card id (confirmed finishes)
        self.confirmed = 0                   # confirmed writes, all checked
        self.audit = (0, "0" * 64)           # (seq, hash) of the newest audit entry whose chain was checked
        self.pending: list[dict] = []        # confirmed in this iteration, checked at its end

    def apply(self, record: dict) -> None:
        op = record["op"]
        if op == "new":
            self.drafts[record["id"]] = {"form": record["form"], "data": record["data"], "status": "draft",
                                         "photo": None, "page": record["page"]}
        elif op == "save":
            draft = self.drafts[record["id"]]
            draft["data"] = record["data"]
            if record["page"] is not None:
                draft["page"] = record["page"]
        elif op == "photo":
            draft = self.drafts[record["id"]]
            draft["photo"] = record["digest"]
            draft["data"] = {**draft["data"], "photo": record["digest"]}
        elif op == "person_add":
            self.persons[record["id"]] = dict(record["attrs"])
        elif op == "person_update":
            self.persons[record["id"]].update(record["attrs"])
        elif op == "finish":
            draft = self.drafts[record["id"]]
            draft["status"] = "finished"
            draft["data"] = {**draft["data"], "serial": record["serial"]}
            self.serials[record["serial"]] = record["id"]


def _stored_drafts(db) -> dict[str, dict]:
    rows = db.execute("SELECT d.id, d.form_code, d.data, d.status, p.sha256, d.page FROM drafts d"
                      " LEFT JOIN photos p ON p.draft_id = d.id").fetchall()
    return {r[0]: {"form": r[1], "data": json.loads(r[2]), "status": r[3], "photo": r[4], "page": r[5]} for r in rows}


def _stored_persons(db) -> dict[str, dict]:
    return {row["id"]: row for row in db.query("SELECT * FROM persons")}


def _check_audit(db, model: CrashModel, whole: bool) -> list[str]:
    """The audit chain: whole (app.store.audit.check), or from the last checked entry on (the same hashes;
    the whole chain costs ~40 µs an entry, every iteration would make the loop quadratic)."""
    from app.store import audit

    if whole:
        chain = audit.check(db)
        if not chain.ok:
            return [f"audit chain broken at {chain.first_broken}: {chain.reason}"]
        model.audit = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return []
    fields = audit._FIELDS  # what an entry's hash covers, in order
    seq, head = model.audit
    if seq and db.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone() != (head,):
        return [f"audit entry {seq} changed or vanished"]
    for row in db.execute(f"SELECT seq, {', '.join(fields)}, prev_hash, hash FROM audit_log WHERE seq > ?"
                          " ORDER BY seq", [seq]):
        values = dict(zip(fields, row[1:-2]))
        if row[-2] != head or audit.entry_hash(head, values) != row[-1]:
            return [f"audit chain broken at entry {row[0]}"]
        seq, head = row[0], row[-1]
    model.audit = (seq, head)
    return []


def _check_iteration(db, model: CrashModel, inflight: dict | None, whole_audit: bool = True) -> list[str]:
    """Compare the reopened database with the model; adopt what the write in flight left. Returns problems."""
    problems = []
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA cipher_integrity_check").fetchall() == []
    problems += _check_audit(db, model, whole_audit)
    counts = dict(((f, s), n) for f, s, n in db.execute("SELECT form_code, status, n FROM draft_counts WHERE n != 0"))
    real = dict(((f, s), n) for f, s, n in db.execute("SELECT form_code, status, count(*) FROM drafts GROUP BY 1, 2"))
    if counts != real:
        problems.append(f"draft_counts {counts} != real counts {real}")

    drafts, persons = _stored_drafts(db), _stored_persons(db)
    op = inflight["op"] if inflight else None
    # a new draft or person may have been committed just before the kill, unconfirmed: adopt it (that one only)
    unknown = set(drafts) - set(model.drafts)
    if unknown:
        if op != "new" or len(unknown) != 1:
            problems.append(f"drafts nobody confirmed or attempted: {sorted(unknown)}")
        else:
            draft_id = unknown.pop()
            stored = drafts[draft_id]
            if stored["form"] != inflight["form"] or not stored["data"]["given_name"].endswith(inflight["mark"]):
                problems.append(f"unconfirmed new draft {draft_id} is not the one attempted: {stored}")
            model.drafts[draft_id] = stored
    unknown = set(persons) - set(model.persons)
    if unknown:
        if op != "person_add" or len(unknown) != 1:
            problems.append(f"persons nobody confirmed or attempted: {sorted(unknown)}")
        else:
            person_id = unknown.pop()
            if any(persons[person_id][k] != v for k, v in inflight["attrs"].items()):
                problems.append(f"unconfirmed new person {person_id} is not the one attempted")
            model.persons[person_id] = {k: persons[person_id][k] for k in inflight["attrs"]}

    # the one existing object the write in flight touched: the old value or the new one, nothing else
    if op in ("save", "photo", "finish"):
        draft_id, stored, expected = inflight["id"], drafts.get(inflight["id"]), model.drafts[inflight["id"]]
        ok = stored is not None
        if ok and op == "save":
            new_page = inflight["page"] if inflight["page"] is not None else expected["page"]
            ok = stored["status"] == expected["status"] and (stored["data"], stored["page"]) in (
                (expected["data"], expected["page"]), (inflight["data"], new_page))
        elif ok and op == "photo":
            ok = stored["status"] == "draft" and (
                (stored["photo"], stored["data"]) == (expected["photo"], expected["data"])
                or (stored["photo"] is not None and stored["data"] == {**expected["data"], "photo": stored["photo"]}))
        elif ok and op == "finish":
            # three transactions (issue the serial, write it on the card, mark finished): any prefix of them
            serial = stored["data"].get("serial")
            others = {k: v for k, v in stored["data"].items() if k != "serial"}
            ok = others == {k: v for k, v in expected["data"].items() if k != "serial"} and (
                serial is None and stored["status"] == "draft" or serial is not None and db.execute(
                    "SELECT 1 FROM card_serials WHERE serial = ? AND draft_id = ? AND status = 'issued'",
                    [serial, draft_id]).fetchone() is not None)
            if ok and stored["status"] == "finished":
                model.serials[serial] = draft_id
        if not ok:
            problems.append(f"the write in flight ({op} {draft_id}) left neither the old nor the new value: {stored}")
        else:
            model.drafts[draft_id] = stored
    elif op == "person_update":
        person_id, stored = inflight["id"], persons.get(inflight["id"])
        old = model.persons[person_id]
        now = {k: stored[k] for k in old} if stored else None
        if now not in (old, {**old, **inflight["attrs"]}):
            problems.append(f"the update in flight of person {person_id} left neither value: {now}")
        else:
            model.persons[person_id] = now

    # every confirmed write, of this iteration and all before: present with its exact value
    for draft_id, expected in model.drafts.items():
        stored = drafts.get(draft_id)
        if stored is None:
            problems.append(f"confirmed draft {draft_id} is gone")
        elif stored != expected:
            problems.append(f"draft {draft_id}: stored {stored} != confirmed {expected}")
    for person_id, expected in model.persons.items():
        stored = persons.get(person_id)
        if stored is None or any(stored[k] != v for k, v in expected.items()):
            problems.append(f"person {person_id}: stored {stored and {k: stored[k] for k in expected}} != {expected}")
    book = {r[0]: r[1:] for r in db.execute("SELECT serial, draft_id, status FROM card_serials")}
    for serial, draft_id in model.serials.items():
        if book.get(serial) != (draft_id, "issued"):
            problems.append(f"serial {serial} of card {draft_id}: book says {book.get(serial)}")
    for office, numbers in _numbers_by_office(db).items():
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"serial numbers of {office} have gaps: {numbers}")
    return problems


def _numbers_by_office(db) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for office, number in db.execute("SELECT office, number FROM card_serials ORDER BY office, number"):
        out.setdefault(office, []).append(number)
    return out


@pytest.mark.slow
def test_crash_loop_loses_no_confirmed_write(tmp_path, record_property):
    """≥200 SIGKILLs at random moments of a random mix of real writes on one growing encrypted database;
    after each: integrity_check ok, SQLCipher's page HMACs ok, the audit chain whole, the draft counts
    right, and every write that had been confirmed present with its exact value.
    Reproduce a failure with PRILOGA_CRASH_SEED=<the printed seed>."""
    import random
    import time

    from ws_helpers import new_workspace, open_workspace

    master_seed = int(os.environ.get("PRILOGA_CRASH_SEED", random.SystemRandom().randrange(2 ** 32)))
    print(f"crash loop: PRILOGA_CRASH_SEED={master_seed}, {CRASH_ITERATIONS} iterations")
    master = random.Random(master_seed)
    db_path = tmp_path / "crash.sqlite3"
    new_workspace(db_path).close()
    server = subprocess.Popen([sys.executable, "-c", CRASH_SERVER, str(db_path)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, encoding="utf-8",
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    model = CrashModel()
    started = time.monotonic()
    killed = kills_mid_write = lost = 0
    checking = 0.0
    try:
        for line in server.stdout:  # the warm-up's own writes first
            if line.startswith(("ready", "fail")):
                break
        assert line.startswith("ready"), f"the crash server did not start: {line}"
        for iteration in range(CRASH_ITERATIONS):
            seed, delay = master.randrange(2 ** 32), master.uniform(0.0, CRASH_MAX_DELAY_S)
            where = (f"iteration {iteration}, child seed {seed}, kill after {delay:.4f} s "
                     f"(PRILOGA_CRASH_SEED={master_seed})")
            server.stdin.write(f"{seed} {delay:.6f}\n")
            server.stdin.flush()
            inflight, confirmed_now = None, []
            while True:
                line = server.stdout.readline()
                assert line, f"the crash server died: {where}"
                if not line.endswith("\n"):  # a line cut by the kill confirms nothing
                    continue
                kind, _, payload = line.partition(" ")
                try:
                    record = json.loads(payload)
                except ValueError:
                    continue
                if kind == "try":
                    inflight = record
                elif kind == "ok":
                    model.apply({**(inflight or {}), **record})  # a save's data is on its "try" line
                    confirmed_now.append(record)
                    inflight = None
                elif kind == "fail":
                    pytest.fail(f"the child failed ({where}):\n{record['error']}")
                elif kind == "exit":
                    break
            killed += record["signal"] == signal.SIGKILL
            kills_mid_write += inflight is not None
            reopened = time.monotonic()
            ws = open_workspace(db_path)
            try:
                whole = iteration % 25 == 0 or iteration == CRASH_ITERATIONS - 1
                problems = _check_iteration(ws.db, model, inflight, whole_audit=whole)
            finally:
                ws.close()
            checking += time.monotonic() - reopened
            if problems:
                lost += len(problems)
                pytest.fail(f"{where}: {len(problems)} problems, e.g.\n" + "\n".join(problems[:10]))
            model.confirmed += len(confirmed_now)
    finally:
        server.stdin.close()
        server.kill()
        server.wait(timeout=10)
    elapsed = time.monotonic() - started
    ws = open_workspace(db_path)
    try:  # finishing a card issues its serial, writes it on the card and finishes it in one transaction:
        # a kill inside it leaves all of it or none
        unwritten = sum(1 for serial, data in ws.db.execute(
            "SELECT s.serial, d.data FROM card_serials s JOIN drafts d ON d.id = s.draft_id WHERE s.status = 'issued'")
            if json.loads(data).get("serial") != serial)
    finally:
        ws.close()
    summary = (f"crash loop: {CRASH_ITERATIONS} iterations ({killed} SIGKILLed, {kills_mid_write} of them inside a "
               f"write), {model.confirmed} confirmed writes checked, {lost} lost; {len(model.drafts)} drafts, "
               f"{len(model.persons)} persons, {len(model.serials)} cards finished ({unwritten} serials issued but "
               f"not on their card); database "
               f"{db_path.stat().st_size // 1024} KiB; {elapsed:.1f} s ({checking:.1f} s reopening and checking); "
               f"PRILOGA_CRASH_SEED={master_seed}")
    print(summary)
    record_property("crash_loop", summary)
    assert killed >= CRASH_ITERATIONS * 0.9
    assert lost == 0
    assert unwritten == 0
