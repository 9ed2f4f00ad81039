"""The CLI makes a first or reset password be changed before anything else (issue 15, item 8)."""

from __future__ import annotations

from app.cli import main
from ws_helpers import FAST_KDF, new_workspace


def test_a_first_password_opens_only_priloga_password(tmp_path, capsys, monkeypatch):
    path = tmp_path / "p.sqlite3"
    admin = new_workspace(path)
    admin.vault.kdf = FAST_KDF
    admin.add_account("marko", "Marko Horvat", "official", "prvo-geslo-123")
    admin.close()
    monkeypatch.setenv("PRILOGA_USER", "marko")
    monkeypatch.setenv("PRILOGA_PASSWORD", "prvo-geslo-123")
    for command in (["drafts"], ["persons"]):
        assert main(["--db", str(path), *command]) == 2
        assert "priloga password" in capsys.readouterr().err
    monkeypatch.setenv("PRILOGA_NEW_PASSWORD", "markovo-geslo-456")
    assert main(["--db", str(path), "password"]) == 0
    monkeypatch.setenv("PRILOGA_PASSWORD", "markovo-geslo-456")
    assert main(["--db", str(path), "drafts"]) == 0
    capsys.readouterr()
