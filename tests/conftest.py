"""Shared fixtures. Tests never touch the user's real data folder and never need a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from app.engine import default_catalog  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PRILOGA_DATA_DIR", str(data))
    monkeypatch.delenv("PRILOGA_DB", raising=False)
    # the command line logs in as the test station's administrator (tests/ws_helpers.py)
    from ws_helpers import ADMIN, PASSWORD

    monkeypatch.setenv("PRILOGA_USER", ADMIN)
    monkeypatch.setenv("PRILOGA_PASSWORD", PASSWORD)
    monkeypatch.delenv("PRILOGA_NEW_PASSWORD", raising=False)


@pytest.fixture
def zz1():
    return default_catalog().get("ZZ-1")


@pytest.fixture
def sample(zz1):
    """A deep copy of ZZ-1's sample data (valid)."""
    import copy

    return copy.deepcopy(zz1.sample)


@pytest.fixture
def workspace(tmp_path):
    from ws_helpers import new_workspace

    ws = new_workspace(tmp_path / "test.sqlite3")
    ws.settings.set("official", "Mojca Žagar")
    ws.settings.set("office", "Policijska postaja Brežice")
    yield ws
    ws.close()


@pytest.fixture
def today():
    return dt.date(2025, 9, 20)


# The GUI's language in tests is Slovenian (the source language) unless a test chooses another: the
# machine's locale must not decide what the tests read.
os.environ.setdefault("PRILOGA_LANG", "sl")
