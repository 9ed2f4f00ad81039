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
