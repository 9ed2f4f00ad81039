"""The targets of the last scale run in results.jsonl as a Markdown table: target, floor, the figure at each
size, pass or miss (at the largest size), and the growth from the smallest to the largest.

    python tests/bench/table.py [--line N]   # N: which line of results.jsonl (default: the last scale run)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _value(figures: dict | None, stat: str):
    if not figures or "error" in figures:
        return None
    return figures.get({"median": "median_ms", "p95": "p95_ms", "value": "value"}[stat])


def table(record: dict) -> str:
    from suite import TARGETS

    results = record["results"]
    sizes = sorted(int(s) for s in results["sizes"])
    floors = {row["target"]: row for row in results["targets"]}
    head = ["measure", "target", "floor"] + [f"{s:,}" for s in sizes] + ["result", "growth"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, (limit, unit, stat, _floor) in TARGETS.items():
        values = []
        for size in sizes:
            figures = results["sizes"][str(size)].get(name)
            if name == "start_rss":
                figures = {"value": results["sizes"][str(size)]["start"]["peak_rss_mb"]}
            values.append(_value(figures, stat))
        row = floors.get(name, {})
        if all(v is None for v in values):
            continue
        last = next((v for v in reversed(values) if v is not None), None)
        verdict = "—" if limit is None or last is None else ("pass" if last <= limit else "**MISS**")
        first = next((v for v in values if v), None)
        grow = f"×{last / first:.2f}" if first and last and len([v for v in values if v is not None]) > 1 else ""
        floor = row.get("floor")
        cells = [f"{name} ({stat})", "—" if limit is None else f"≤ {limit} {unit}",
                 "—" if floor is None else f"{floor:.2f}"]
        cells += ["—" if v is None else f"{v:.2f}" for v in values] + [verdict, grow]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--line", type=int, help="the line of results.jsonl (1 = first; default the last scale run)")
    args = parser.parse_args()
    records = [json.loads(line) for line in (HERE / "results.jsonl").read_text(encoding="utf-8").splitlines() if line]
    if args.line:
        record = records[args.line - 1]
    else:
        record = next(r for r in reversed(records) if str(r.get("suite", "")).startswith("scale"))
    print(f"{record['date']} — {record['suite']}\n\n{table(record)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
