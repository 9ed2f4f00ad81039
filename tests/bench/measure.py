"""Timing, percentiles, memory (from /proc) and whole-process start measurements for the benchmarks."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("PRILOGA_BENCH_CACHE", "/tmp/priloga-bench"))

# Printed by a child process at the moment its window is up; the parent subtracts its own clock at spawn.
REPORT = """
import json as _json, os as _os, time as _time
def _report(**extra):
    status = open("/proc/self/status").read().split("\\n")
    kb = {l.split(":")[0]: int(l.split()[1]) for l in status if l.startswith(("VmHWM", "VmRSS"))}
    print("BENCH " + _json.dumps({"t": _time.time(), "hwm_kb": kb["VmHWM"], "rss_kb": kb["VmRSS"], **extra}), flush=True)
    _os._exit(0)
"""


def timed(function, repeat: int) -> list[float]:
    """Milliseconds of `repeat` calls."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        function()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def timed_cpu(function, repeat: int) -> tuple[list[float], list[float]]:
    """Milliseconds of `repeat` calls, by the wall clock and by this thread's CPU time (on a machine shared
    with other work the wall clock's tail is mostly time spent waiting for a core)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.thread_time()
        function()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
    return wall, cpu


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(percentile(ordered, 0.95), 3),
            "n": len(ordered)}


def child_env() -> dict:
    """The environment of a measured process: as installed, i.e. with the app's modules compiled once
    (pip and PyInstaller ship bytecode; PYTHONDONTWRITEBYTECODE would recompile every module at each start).
    The bytecode goes to a cache under /tmp, not into the checkout."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPYCACHEPREFIX": str(CACHE / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(script: str, args: list[str], env: dict | None = None, timeout: float = 120) -> dict:
    """Run `script` (with REPORT prepended) in a new interpreter; its report plus `ms` from spawn to report."""
    code = REPORT + script.replace("{report}", "_report()")
    t0 = time.time()
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env or child_env(),
                          capture_output=True, text=True, timeout=timeout)
    line = next((l for l in done.stdout.splitlines() if l.startswith("BENCH ")), None)
    if line is None:
        raise RuntimeError(f"the measured process did not report (exit {done.returncode}):\n{done.stderr[-3000:]}")
    report = json.loads(line[6:])
    report["ms"] = (report["t"] - t0) * 1000
    return report


def _start_summary(reports: list[dict]) -> dict:
    out = summary([r["ms"] for r in reports])
    peaks = sorted(r["hwm_kb"] / 1024 for r in reports)
    out["peak_rss_mb"] = round(statistics.median(peaks), 1)
    out["peak_rss_mb_max"] = round(peaks[-1], 1)
    return out


def process_start(script: str, args: list[str], runs: int, env: dict | None = None) -> dict:
    """Median and p95 of spawn-to-window over `runs` processes (after one unmeasured warm-up run, which
    also writes the bytecode cache), and their peak RSS."""
    return process_starts({"only": (script, args)}, runs, env)["only"]


def process_starts(scripts: dict[str, tuple[str, list[str]]], runs: int, env: dict | None = None) -> dict:
    """`process_start` of several scripts with their runs interleaved (a, b, a, b, …), so that a figure
    and its floor see the same machine load."""
    for script, args in scripts.values():
        run_child(script, args, env)
    reports: dict[str, list] = {name: [] for name in scripts}
    for _ in range(runs):
        for name, (script, args) in scripts.items():
            reports[name].append(run_child(script, args, env))
    return {name: _start_summary(r) for name, r in reports.items()}


def reset_peak() -> bool:
    """Reset this process's peak RSS (VmHWM) to its current RSS (Linux ≥ 4.0)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def memory_mb() -> dict:
    """Current and peak RSS of this process, from /proc/self/status."""
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        import resource

        return {"peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    kb = {l.split(":")[0]: int(l.split()[1]) for l in lines if l.startswith(("VmHWM", "VmRSS"))}
    return {"rss_mb": round(kb["VmRSS"] / 1024, 1), "peak_rss_mb": round(kb["VmHWM"] / 1024, 1)}
