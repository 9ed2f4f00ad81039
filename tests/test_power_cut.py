"""Power cuts (issue 15): the writes and fsyncs of a station at work are recorded with strace, the files are
rebuilt as a power cut would leave them (everything up to a chosen fsync, later writes dropped, applied in
part, torn or reordered), and every state is opened and checked against what was confirmed. The method is
in tests/power_cut.py; `python tests/power_cut.py --persons 40` is the larger run."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

import power_cut
from ws_helpers import new_workspace

pytestmark = pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed (apt-get install strace)")


def test_no_power_cut_state_loses_a_confirmed_save_or_breaks_the_station():
    report = power_cut.run(persons=6, reorders=2, max_states=220)
    print(report.line())
    assert report.states >= 200 and report.syncs >= 10 and report.confirmed == 6
    assert report.broken == [], report.broken[:5]
    assert report.lost == 0


def test_the_states_include_torn_and_reordered_writes_and_the_check_can_fail():
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        station = temp / "postaja" / "p.sqlite3"
        station.parent.mkdir()
        new_workspace(station).close()
        ops, before = power_cut.record(station, 3, temp)
        states = power_cut.crash_states(ops, reorders=2)
        assert {s.kind for s in states} == {"prefix", "torn", "reordered"}
        confirms = [i for i, op in enumerate(ops) if op.kind == "confirm"]
        # a control: a disk that lies (loses the WAL written before the first confirmation although it was
        # synced) must be caught as a lost confirmed write
        frames = {i for i, op in enumerate(ops[:confirms[0]]) if op.kind == "write" and op.path.endswith("-wal")}
        assert frames and any(op.kind == "sync" and op.path.endswith("-wal") for op in ops[:confirms[0]])
        kept = [i for i in range(confirms[0] + 1) if ops[i].kind not in ("sync", "confirm") and i not in frames]
        lying = power_cut.State(kept, None, confirms[0] + 1, "lying disk")
        folder = temp / "stanje"
        power_cut.build(lying, ops, before, folder, station.parent)
        verdict = power_cut.check_state(folder, station.name, {ops[confirms[0]].confirmed}, 3)
        assert verdict.lost == [0] or not verdict.opened


def test_a_checkpoint_cut_by_a_power_cut_leaves_a_station_that_opens():
    """A torn write of the main file during a checkpoint (its WAL still whole) left the file not a whole number
    of pages, and the station refused to open (»datoteka je odrezana«) although SQLite recovers it."""
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        station = temp / "postaja" / "p.sqlite3"
        station.parent.mkdir()
        new_workspace(station).close()
        ops, before = power_cut.record(station, 4, temp)
        main_file = str(station)
        torn = [s for s in power_cut.crash_states(ops, reorders=0)
                if s.kind == "torn" and ops[s.torn].path == main_file]
        assert torn
        confirms = [(i, op.confirmed) for i, op in enumerate(ops) if op.kind == "confirm"]
        for state in torn:
            folder = temp / "stanje"
            power_cut.build(state, ops, before, folder, station.parent)
            verdict = power_cut.check_state(folder, station.name, {n for i, n in confirms if i < state.crash_at}, 4)
            assert verdict.opened and verdict.intact and not verdict.lost, verdict.problem
