"""Sync benchmark: a generated station's first sync to an empty central register, against a bare ``COPY`` of
the same rows into the same schema, and one changed draft's round trip (target p95 ≤ 200 ms).

    PYTHONPATH=$PWD python tests/bench/sync_bench.py 1000 10000 [--rounds 40] [--stations 10 --ops 1000]

A real PostgreSQL (initdb in a temp folder, fsync off as in the tests) and ``priloga-server serve`` as a real
process, as tests/server_helpers.py starts them. Prints one JSON line per size and appends it to results.jsonl.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
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


def _cpu_seconds(pids) -> float:
    """User + system CPU time of these processes (from /proc; 0 for one that is gone)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / tick


def _postgres_pids(pg: Postgres) -> list[int]:
    """The postmaster and its children (the backends serving the server's connections)."""
    master = int((pg.data / "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == master:
                children.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            pass
    return [master, *children]


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


def concurrent_stations(stations: int = 10, ops_each: int = 1000, batch: int = 500, log=print) -> dict:
    """`stations` stations push `ops_each` operations each (half new persons, half finished ZZ-1 forms, which the
    server validates), all at once, to a server of two worker processes; then every batch is sent a second
    time (answers lost). Counts what the register holds: nothing lost, nothing doubled."""
    import random
    import uuid
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from app.engine.catalog import Catalog, forms_dir
    from app.server import register

    sample = Catalog(forms_dir()).get("ZZ-1").sample
    pg = Postgres().start()
    server = None
    try:
        dsn = pg.create_database("concurrent")
        server = ServerProcess(dsn, workers=2).start()
        with psycopg.connect(dsn, autocommit=True) as conn:
            codes = [register.create_station(conn, f"Postaja {n + 1}") for n in range(stations)]
        headers = []
        for code in codes:
            creds = httpx.post(server.url + "/v1/enrol", json={"code": code}).json()
            headers.append({"Authorization": f"Station {creds['station_id']}:{creds['secret']}"})
        rng = random.Random(12)
        bodies = []
        for _station in range(stations):
            ops = []
            for n in range(ops_each):
                if n % 2 == 0:
                    person = {"surname": rng.choice(data.UA_SURNAMES + data.UA_CYRILLIC_SURNAMES),
                              "given_name": rng.choice(data.UA_FEMALE + data.UA_MALE),
                              "birth_date": f"{rng.randint(1950, 2020)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
                    ops.append({"op_id": str(uuid.uuid4()), "kind": "person", "record_id": str(uuid.uuid4()),
                                "base_version": 0, "changes": {k: [None, v] for k, v in person.items()}})
                else:
                    ops.append({"op_id": str(uuid.uuid4()), "kind": "form", "record_id": str(uuid.uuid4()),
                                "code": "ZZ-1", "status": "finished", "version": 1,
                                "data": {**sample, "email": f"p{n}@example.si"}})
            bodies.append([{"batch_id": str(uuid.uuid4()), "operations": ops[i:i + batch], "audit": {"entries": []}}
                           for i in range(0, len(ops), batch)])

        def send(index: int) -> list[dict]:
            with httpx.Client(timeout=300) as client:
                out = []
                for body in bodies[index]:
                    answer = client.post(server.url + "/v1/push", json=body, headers=headers[index])
                    answer.raise_for_status()
                    out += answer.json()["results"]
                return out

        with ThreadPoolExecutor(stations) as pool:
            start = time.perf_counter()
            first = list(pool.map(send, range(stations)))
            seconds = time.perf_counter() - start
            again = list(pool.map(send, range(stations)))
        total = stations * ops_each
        with psycopg.connect(dsn) as conn:
            held = conn.execute("SELECT (SELECT count(*) FROM persons), (SELECT count(DISTINCT id) FROM persons),"
                                " (SELECT count(*) FROM forms), (SELECT count(DISTINCT id) FROM forms),"
                                " (SELECT count(*) FROM processed_operations),"
                                " (SELECT count(*) FROM change_log WHERE kind IN ('person', 'form'))").fetchone()
        applied = sum(r["status"] == "applied" for results in first for r in results)
        duplicates = sum(bool(r.get("duplicate")) for results in again for r in results)
        result = {"stations": stations, "operations": total, "seconds": round(seconds, 2),
                  "ops_per_s": round(total / seconds), "applied": applied, "resent_answered_as_duplicates": duplicates,
                  "persons": held[0], "forms": held[2], "lost": total - held[0] - held[2],
                  "doubled": (held[0] - held[1]) + (held[2] - held[3]) + (held[5] - total),
                  "processed_operations": held[4]}
        log(f"  {stations} stations × {ops_each:,} operations at once: {seconds:.1f} s, {total / seconds:,.0f} op/s;"
            f" applied {applied:,}, lost {result['lost']}, doubled {result['doubled']}; resent: {duplicates:,}"
            " answered as already applied")
        return result
    finally:
        if server is not None:
            server.stop()
        pg.stop()


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
            pg_pids = _postgres_pids(pg)
            cpu_before = (time.process_time(), _cpu_seconds([server.proc.pid]), _cpu_seconds(pg_pids))
            start = time.perf_counter()
            report = sync.sync(ws)
            first = time.perf_counter() - start
            pg_pids = sorted(set(pg_pids) | set(_postgres_pids(pg)))
            cpu = {"station": round(time.process_time() - cpu_before[0], 1),
                   "server": round(_cpu_seconds([server.proc.pid]) - cpu_before[1], 1),
                   "postgres": round(_cpu_seconds(pg_pids) - cpu_before[2], 1)}
            log(f"  CPU seconds during the first sync: {cpu} (load average {os.getloadavg()[0]:.1f} on"
                f" {os.cpu_count()} cores)")
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
                  "persons": persons, "records": pending, "first_sync_s": round(first, 2), "first_sync_cpu_s": cpu,
                  "load_average": round(os.getloadavg()[0], 1),
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
    parser.add_argument("--stations", type=int, default=10, help="stations pushing at once (0: skip)")
    parser.add_argument("--ops", type=int, default=1000, help="operations of each of those stations")
    args = parser.parse_args(argv)
    for size in args.sizes:
        run(size, args.rounds)
    if args.stations:
        result = {"bench": "sync_concurrent", "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                  **concurrent_stations(args.stations, args.ops)}
        print(json.dumps(result, ensure_ascii=False))
        with open(Path(__file__).with_name("results.jsonl"), "a", encoding="utf-8") as out:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
