"""Sync benchmark: a generated station's first sync to an empty central register, against a bare ``COPY`` of
the same rows into the same schema, and one changed draft's round trip (target p95 ≤ 200 ms).

    PYTHONPATH=$PWD python tests/bench/sync_bench.py 1000 10000 [--rounds 40]

A real PostgreSQL (initdb in a temp folder, fsync off as in the tests) and ``priloga-server serve`` as a real
process, as tests/server_helpers.py starts them. Prints one JSON line per size and appends it to results.jsonl.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import psycopg  # noqa: E402

from tests.bench import data  # noqa: E402
from tests.server_helpers import Postgres, ServerProcess  # noqa: E402

TABLES = ("stations", "attachments", "persons", "documents", "forms")


def _fill_outbox(ws) -> int:
    """A station whose records predate its outbox: every person and draft once (as the audit would have)."""
    from app.store import outbox

    outbox.ensure(ws.db)
    if outbox.pending_count(ws.db):
        return 0
    with ws.db.write():
        persons = [r[0] for r in ws.db.execute("SELECT id FROM persons")]
        drafts = [r[0] for r in ws.db.execute("SELECT id FROM drafts")]
        for pid in persons:
            outbox.enqueue(ws.db, "update", "person", pid, pid)
        for did in drafts:
            outbox.enqueue(ws.db, "update", "draft", did, None)
    return len(persons) + len(drafts)


def _copy_baseline(pg: Postgres, synced_dsn: str) -> tuple[float, dict]:
    """The same rows the sync left in the register, COPYed (binary) into an empty database of the same schema."""
    from app.server.db import migrate

    dumps = {}
    with psycopg.connect(synced_dsn) as src:
        counts = {t: src.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        for table in TABLES:
            buf = io.BytesIO()
            with src.cursor().copy(f"COPY {table} TO STDOUT (FORMAT binary)") as cp:
                for chunk in cp:
                    buf.write(chunk)
            dumps[table] = buf.getvalue()
    target = pg.create_database("copy_baseline")
    migrate(target)
    with psycopg.connect(target) as dst:
        start = time.perf_counter()
        for table in TABLES:
            with dst.cursor().copy(f"COPY {table} FROM STDIN (FORMAT binary)") as cp:
                cp.write(dumps[table])
        dst.commit()
        seconds = time.perf_counter() - start
    return seconds, counts


def run(persons: int, rounds: int, log=print) -> dict:
    from app.server import register
    from app.workspace import sync

    pg = Postgres().start()
    server = None
    try:
        dsn = pg.create_database("register")
        server = ServerProcess(dsn).start()
        with tempfile.TemporaryDirectory(prefix="priloga-sync-bench-") as folder:
            path, info = data.database(persons, Path(folder) / "station.sqlite3", log=log, valid=True)
            ws = data.open_bench(path)
            with psycopg.connect(dsn, autocommit=True) as conn:
                code = register.create_station(conn, "bench")
            sync.enrol(ws, server.url, code)
            filled = _fill_outbox(ws)
            pending = sync.status(ws)["pending"]
            log(f"{persons:,} persons: {pending:,} records to send (outbox filled here: {filled:,})")
            start = time.perf_counter()
            report = sync.sync(ws)
            first = time.perf_counter() - start
            log(f"  first sync {first:.1f} s: pushed {report.pushed:,}, applied {report.applied:,},"
                f" rejected {len(report.rejected)}, duplicates {report.duplicates}")
            reasons: dict[str, int] = {}
            for message in report.rejected:
                key = re.sub(r"\([0-9a-f-]{36}\) ima \d+ napak", "", message)[:140]
                reasons[key] = reasons.get(key, 0) + 1
            for key, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:6]:
                log(f"    rejected {n:,}× {key}")
            copy_s, counts = _copy_baseline(pg, dsn)
            log(f"  COPY of the same rows {copy_s:.2f} s ({counts})")
            # one changed draft, round trip (save is not timed: the station's own write)
            draft_id = ws.new_draft("ZZ-1").id
            sync.sync(ws)
            samples = []
            for i in range(rounds):
                ws.save(draft_id, {**ws.drafts.get(draft_id).data, "email": f"r{i}@example.si"})
                start = time.perf_counter()
                sync.sync(ws)
                samples.append((time.perf_counter() - start) * 1000)
            samples.sort()
            p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
            ws.close()
        result = {"bench": "sync", "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                  "persons": persons, "records": pending, "first_sync_s": round(first, 2),
                  "copy_s": round(copy_s, 3), "ratio_to_copy": round(first / copy_s, 1), "rows": counts,
                  "rejected": len(report.rejected), "rejected_why": dict(sorted(reasons.items(), key=lambda kv: -kv[1])[:6]), "round_trip_ms": {
                      "p50": round(samples[len(samples) // 2], 1), "p95": round(p95, 1), "max": round(samples[-1], 1),
                      "rounds": rounds}, "round_trip_target_ms": 200}
        log(json.dumps(result, ensure_ascii=False))
        with open(Path(__file__).with_name("results.jsonl"), "a", encoding="utf-8") as out:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        return result
    finally:
        if server is not None:
            server.stop()
        pg.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args(argv)
    for size in args.sizes:
        run(size, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
