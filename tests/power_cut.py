"""Power-cut states of a station at work, rebuilt from its system calls (the method of the ALICE study of
crash consistency, Pillai et al., OSDI 2014).

1. `record`: a station (made beforehand) is opened by a small program that logs in and adds persons one by
   one, printing »CONFIRMED i« after each save returns: what the official was told is saved. It runs under
   `strace -f -y -xx` recording every write, pwrite64, fsync, fdatasync, rename, unlink and truncate, and the
   confirmations on standard output, in the order they happened.
2. `crash_states`: after each fsync/fdatasync everything before it is on the disk; the writes that follow,
   up to the next fsync, may reach it or not: none, any prefix, a prefix with its last write torn (half of it
   written), or a random subset in another order (the disk's cache reorders). Each is a state a power cut
   can leave.
3. `check_state`: each state is rebuilt in a folder of its own (the files as they were before the run, with
   the chosen operations applied), opened by logging in as the station does, and checked: the key file opens,
   SQLCipher's page authentication and SQLite's integrity check pass, the audit chain is intact, and every
   person whose save was confirmed before that moment is there (a lost confirmed write), with no person the
   program never added.

Run it at a larger scale:  PYTHONPATH=$PWD python tests/power_cut.py --persons 40 --reorders 6
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PASSWORD = "geslo-za-preizkus-1"

WORKER = r'''
import sys
sys.path[:0] = [{root!r}, {tests!r}]
from app.workspace import login
ws = login({db!r}, "admin", {password!r})
for i in range({persons}):
    ws.add_person(surname=f"Oseba{{i:04d}}", given_name="Olena", birth_date="1988-03-14")
    sys.stdout.write(f"CONFIRMED {{i}}\n")
    sys.stdout.flush()
    if i == {checkpoint_at}:
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the main file written too, not only the WAL
ws.close()
sys.stdout.write("CLOSED\n")
sys.stdout.flush()
'''


@dataclasses.dataclass
class Op:
    kind: str            # write, sync, rename, unlink, truncate, confirm
    path: str = ""
    offset: int = 0
    data: bytes = b""
    target: str = ""     # rename's new name
    size: int = 0        # truncate's length
    confirmed: int = -1  # confirm: the person's number


_LINE = re.compile(r"^(?:\[pid\s+\d+\]\s+|\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+|\?)")
_FD = re.compile(r"^(-?\d+)<([^>]*)>")


@dataclasses.dataclass
class _Fd:
    fd: str
    path: str

    def group(self, n: int) -> str:
        return self.fd if n == 1 else self.path


def _string(text: str) -> bytes:
    """An strace -xx string literal "\\x41\\x42" as bytes."""
    return ast.literal_eval("b" + text)


def _args(text: str) -> list[str]:
    """Top-level comma-separated arguments of an strace call (strings may hold commas)."""
    out, depth, current, quoted, escape = [], 0, [], False, False
    for ch in text:
        if quoted:
            current.append(ch)
            if escape:
                escape = False
            elif ch == "\\":
                escape = True
            elif ch == '"':
                quoted = False
            continue
        if ch == '"':
            quoted = True
        elif ch in "[{(":
            depth += 1
        elif ch in "]})":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    if current:
        out.append("".join(current).strip())
    return out


def _unquote(arg: str) -> str:
    return _string(arg.split("<")[0] if not arg.startswith('"') else arg).decode("utf-8", "surrogateescape") \
        if arg.startswith('"') else arg


def parse_trace(text: str, folder: str) -> list[Op]:
    """The operations on files under `folder`, and the confirmations, in the order they happened."""
    joined: list[str] = []
    pending: dict[str, str] = {}
    for line in text.splitlines():
        pid = re.match(r"^(?:\[pid\s+)?(\d+)", line)
        key = pid.group(1) if pid else "main"
        if line.endswith("<unfinished ...>"):
            pending[key] = line[: -len("<unfinished ...>")]
            continue
        resumed = re.search(r"<\.\.\. \w+ resumed>", line)
        if resumed and key in pending:
            line = pending.pop(key) + line[resumed.end():]
        joined.append(line)
    ops: list[Op] = []
    offsets: dict[int, int] = {}
    for line in joined:
        match = _LINE.match(line)
        if not match:
            continue
        call, raw, result = match.group(1), match.group(2), match.group(3)
        if result == "?" or result.startswith("-"):
            continue
        args = _args(raw)
        if call in ("openat", "open"):
            fd = int(result)
            flags = args[2] if call == "openat" else args[1]
            path_arg = args[1] if call == "openat" else args[0]
            path = _unquote(path_arg)
            size = os.path.getsize(path) if ("O_APPEND" in flags and os.path.exists(path)) else 0
            offsets[fd] = size
            continue
        fd_match = _FD.match(args[0]) if args else None
        if fd_match:  # -xx writes the path behind a descriptor in \x escapes too
            fd_match = _Fd(fd_match.group(1), _string('"' + fd_match.group(2) + '"').decode("utf-8", "surrogateescape"))
        if call in ("write", "pwrite64") and fd_match:
            fd, path = int(fd_match.group(1)), fd_match.group(2)
            data = _string(args[1])[: int(result)]
            if fd in (1,) and data.startswith(b"CONFIRMED"):
                for number in re.findall(rb"CONFIRMED (\d+)", data):
                    ops.append(Op("confirm", confirmed=int(number)))
                continue
            if call == "pwrite64":
                offset = int(args[3])
            else:
                offset = offsets.get(fd, 0)
                offsets[fd] = offset + len(data)
            if path.startswith(folder):
                ops.append(Op("write", path, offset, data))
        elif call == "lseek" and fd_match:
            offsets[int(fd_match.group(1))] = int(result)
        elif call in ("fsync", "fdatasync") and fd_match:
            if fd_match.group(2).startswith(folder) or fd_match.group(2).rstrip("/") == folder.rstrip("/"):
                ops.append(Op("sync", fd_match.group(2)))
        elif call in ("ftruncate",) and fd_match and fd_match.group(2).startswith(folder):
            ops.append(Op("truncate", fd_match.group(2), size=int(args[1])))
        elif call in ("rename", "renameat", "renameat2"):
            names = [a for a in args if a.startswith('"')]
            old, new = _unquote(names[0]), _unquote(names[1])
            if old.startswith(folder):
                ops.append(Op("rename", old, target=new))
        elif call in ("unlink", "unlinkat"):
            names = [a for a in args if a.startswith('"')]
            if names and _unquote(names[0]).startswith(folder):
                ops.append(Op("unlink", _unquote(names[0])))
    return ops


def record(station: Path, persons: int, workdir: Path) -> tuple[list[Op], dict[str, bytes]]:
    """Run the worker under strace on the station at `station`; (operations, the files before the run)."""
    before = {str(p): p.read_bytes() for p in station.parent.iterdir() if p.is_file()}
    script = workdir / "worker.py"
    script.write_text(WORKER.format(root=str(ROOT), tests=str(HERE), db=str(station), password=PASSWORD,
                                    persons=persons, checkpoint_at=persons // 2), "utf-8")
    trace = workdir / "trace.txt"
    subprocess.run(["strace", "-f", "-y", "-xx", "-s", "4194304", "-o", str(trace), "-e",
                    "trace=openat,write,pwrite64,lseek,fsync,fdatasync,ftruncate,rename,renameat,renameat2,unlink,"
                    "unlinkat", sys.executable, str(script)], check=True, cwd=str(workdir), timeout=600,
                   stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return parse_trace(trace.read_text("utf-8", "surrogateescape"), str(station.parent) + "/"), before


@dataclasses.dataclass
class State:
    ops: list[int]       # indices of the file operations applied, in the order applied
    torn: int | None     # index of a write applied only in its first half
    crash_at: int        # the crash came after this index of the trace (confirmations before it count)
    kind: str


def crash_states(ops: list[Op], reorders: int = 2, seed: int = 15) -> list[State]:
    """Every state a power cut can leave, per window between two syncs (see the module's doc)."""
    rng = random.Random(seed)
    syncs = [i for i, op in enumerate(ops) if op.kind == "sync"]
    bounds = [-1] + syncs + [len(ops)]
    states: list[State] = []
    for start, end in zip(bounds, bounds[1:]):
        durable = [i for i in range(start + 1) if ops[i].kind not in ("sync", "confirm")]
        window = [i for i in range(start + 1, end) if ops[i].kind not in ("sync", "confirm")]
        for j in range(len(window) + 1):  # in order: none, each prefix, all
            crash_at = window[j - 1] if j else max(start, 0)
            states.append(State(durable + window[:j], None, crash_at, "prefix"))
            if j < len(window) and ops[window[j]].kind == "write" and len(ops[window[j]].data) > 1:
                states.append(State(durable + window[:j], window[j], window[j], "torn"))
        for _ in range(reorders if len(window) > 1 else 0):  # the disk's cache wrote some, in its own order
            chosen = [i for i in window if rng.random() < 0.5]
            rng.shuffle(chosen)
            if chosen:
                states.append(State(durable + chosen, None, max(chosen), "reordered"))
    return states


def build(state: State, ops: list[Op], before: dict[str, bytes], folder: Path, original: Path) -> None:
    """The station's folder as `state` leaves it, at `folder` (paths moved from `original`)."""
    files: dict[str, bytearray] = {path: bytearray(data) for path, data in before.items()}

    def apply(op: Op, torn: bool = False) -> None:
        if op.kind == "write":
            data = op.data[: len(op.data) // 2] if torn else op.data
            buffer = files.setdefault(op.path, bytearray())
            if len(buffer) < op.offset:
                buffer.extend(b"\0" * (op.offset - len(buffer)))
            buffer[op.offset:op.offset + len(data)] = data
        elif op.kind == "truncate":
            buffer = files.setdefault(op.path, bytearray())
            del buffer[op.size:]
            if len(buffer) < op.size:
                buffer.extend(b"\0" * (op.size - len(buffer)))
        elif op.kind == "rename":
            if op.path in files:
                files[op.target] = files.pop(op.path)
        elif op.kind == "unlink":
            files.pop(op.path, None)

    for index in state.ops:
        apply(ops[index])
    if state.torn is not None:
        apply(ops[state.torn], torn=True)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    prefix = str(original) + "/"
    for path, data in files.items():
        if path.startswith(prefix):
            (folder / path[len(prefix):]).write_bytes(bytes(data))


@dataclasses.dataclass
class Verdict:
    opened: bool
    intact: bool
    lost: list[int]
    extra: list[str]
    problem: str = ""


def check_state(folder: Path, db_name: str, confirmed: set[int], attempted: int) -> Verdict:
    from app.workspace import login

    try:
        ws = login(folder / db_name, "admin", PASSWORD)
    except Exception as exc:  # the key file or the database does not open: a broken state
        return Verdict(False, False, sorted(confirmed), [], f"{type(exc).__name__}: {exc}")
    try:
        # pages a checkpoint was writing when the power went are still whole in the WAL, which SQLite reads
        # them from; the station's next checkpoint writes them again: check the file after that one
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        cipher = [r[0] for r in ws.db.execute("PRAGMA cipher_integrity_check").fetchall()]
        integrity = [r[0] for r in ws.db.execute("PRAGMA integrity_check").fetchall()]
        chain = ws.audit_check()
        names = [r[0] for r in ws.db.execute("SELECT surname FROM persons").fetchall()]
    finally:
        ws.close()
    present = {int(n[5:]) for n in names if n.startswith("Oseba") and n[5:].isdigit()}
    extra = [n for n in names if not (n.startswith("Oseba") and n[5:].isdigit() and int(n[5:]) < attempted)]
    intact = not cipher and integrity == ["ok"] and getattr(chain, "first_broken", None) is None
    problem = "" if intact else f"cipher={cipher[:2]} integrity={integrity[:2]} chain={getattr(chain, 'first_broken', None)}"
    return Verdict(True, intact, sorted(confirmed - present), extra, problem)


@dataclasses.dataclass
class Report:
    states: int
    syscalls: int
    syncs: int
    confirmed: int
    broken: list[tuple[str, str]]
    lost: int
    seconds: float

    def line(self) -> str:
        return (f"power cut: {self.states} states from {self.syscalls} recorded file operations "
                f"({self.syncs} fsyncs, {self.confirmed} confirmed saves); {len(self.broken)} states unopenable "
                f"or not intact; {self.lost} confirmed writes lost; {self.seconds:.1f} s")


def run(persons: int = 8, reorders: int = 2, max_states: int | None = None, seed: int = 15) -> Report:
    """Record a station at work and check every power-cut state (at most `max_states`, evenly spread)."""
    from ws_helpers import new_workspace

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as temp:
        temp = Path(temp)
        station = temp / "postaja" / "p.sqlite3"
        station.parent.mkdir()
        new_workspace(station).close()
        ops, before = record(station, persons, temp)
        states = crash_states(ops, reorders, seed)
        if max_states and len(states) > max_states:
            step = len(states) / max_states
            states = [states[int(k * step)] for k in range(max_states)]
        confirms = [(i, op.confirmed) for i, op in enumerate(ops) if op.kind == "confirm"]
        broken, lost = [], 0
        for number, state in enumerate(states):
            folder = temp / "stanje"
            build(state, ops, before, folder, station.parent)
            confirmed = {n for i, n in confirms if i < state.crash_at}
            verdict = check_state(folder, station.name, confirmed, persons)
            if not verdict.opened or not verdict.intact or verdict.extra:
                broken.append((f"{number}:{state.kind}", verdict.problem or f"extra={verdict.extra}"))
            lost += len(verdict.lost)
        return Report(len(states), sum(op.kind != "confirm" for op in ops), sum(op.kind == "sync" for op in ops),
                      len(confirms), broken, lost, time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--persons", type=int, default=40)
    parser.add_argument("--reorders", type=int, default=4)
    parser.add_argument("--max-states", type=int, default=0)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    report = run(args.persons, args.reorders, args.max_states or None, args.seed)
    print(report.line())
    for where, problem in report.broken[:20]:
        print(f"  {where}: {problem}")


if __name__ == "__main__":
    main()
