"""What protection costs: unlock time, and autosave and search on the encrypted store against plain SQLite.

    .venv/bin/python tests/bench/security.py [--persons 10000] [--saves 400] [--no-record]

Both stores are made in the same run with the same code and data (Register.add_person, DraftStore.save),
one opened with a data key (SQLCipher: AES-256 pages, HMAC-SHA512) and one without (plain SQLite);
their measurements are interleaved so that the machine's load falls on both alike. Unlock is the real
login path: Argon2id (64 MiB, t=3, p=4) and AES-GCM unwrap of the data key, then opening the store.
Appends one line to tests/bench/results.jsonl (suite "security") unless --no-record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.engine import default_catalog  # noqa: E402
from app.store.db import open_store  # noqa: E402
from app.store.drafts import DraftStore, batch  # noqa: E402
from app.store.register import Register  # noqa: E402

SURNAMES = ["Ševčenko", "Kovalenko", "Bondarenko", "Шевченко", "Коваленко", "Melnyk", "Tkačenko", "Kravčenko",
            "Oliinyk", "Lysenko", "Novak", "Horvat", "Кравченко", "Boiko", "Ткаченко"]
GIVEN = ["Olena", "Andrij", "Marija", "Оксана", "Taras", "Iryna", "Петро", "Natalija", "Dmytro", "Ганна"]
QUERIES = ["sevc", "kova", "шевч", "olena", "bondarenko marija", "tkac", "krav", "1403988", "horv", "ганна"]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def fill(db, persons: int, rng: random.Random) -> None:
    register = Register(db)
    with batch(db):
        for i in range(persons):
            register.add_person(surname=rng.choice(SURNAMES), given_name=rng.choice(GIVEN),
                                emso=f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}9{rng.randint(50, 99)}50{i % 1000:03d}"[:13],
                                birth_date=f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=400)
    parser.add_argument("--unlocks", type=int, default=7)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="priloga-bench-security-"))
    key = secrets.token_bytes(32)
    stores = {"encrypted": open_store(folder / "enc.sqlite3", key), "plain": open_store(folder / "plain.sqlite3")}
    for name, db in stores.items():
        db.actor = {"user": "bench", "station": "bench"}
        t0 = time.perf_counter()
        fill(db, args.persons, random.Random(11))
        print(f"{name}: {args.persons} persons in {time.perf_counter() - t0:.1f} s", flush=True)

    zz1 = default_catalog().get("ZZ-1")
    data = dict(zz1.sample)
    drafts = {name: DraftStore(db, {"ZZ-1": zz1.title_fields}) for name, db in stores.items()}
    ids = {name: store.create("ZZ-1", zz1.version, data).id for name, store in drafts.items()}
    saves: dict[str, list[float]] = {name: [] for name in stores}
    text = "Ševčenko Шевченко Olena " * 4
    for i in range(args.saves):
        data["officer_findings"] = text[: i % len(text) + 1]
        for name in rng.sample(list(stores), 2):  # interleaved, in random order
            t0 = time.perf_counter()
            drafts[name].save(ids[name], data)
            saves[name].append((time.perf_counter() - t0) * 1000)

    searches: dict[str, list[float]] = {name: [] for name in stores}
    registers = {name: Register(db) for name, db in stores.items()}
    for _ in range(20):
        for query in QUERIES:
            for name in rng.sample(list(stores), 2):
                t0 = time.perf_counter()
                registers[name].search(query)
                searches[name].append((time.perf_counter() - t0) * 1000)

    # unlock: the real login path with the real Argon2id parameters
    from app.workspace import first_start, login

    station = folder / "station.sqlite3"
    first_start(station, "bench", "bench-geslo-123", "Bench Official").close()
    unlocks, opens = [], []
    for _ in range(args.unlocks):
        t0 = time.perf_counter()
        from app.store.vault import Vault

        Vault(station).unlock("bench", "bench-geslo-123")
        t1 = time.perf_counter()
        ws = login(station, "bench", "bench-geslo-123")
        t2 = time.perf_counter()
        ws.close()
        unlocks.append((t1 - t0) * 1000)
        opens.append((t2 - t1) * 1000)

    def summary(values):
        return {"median_ms": round(statistics.median(values), 3), "p95_ms": round(pct(values, 0.95), 3)}

    result = {
        "suite": "security",
        "at": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "persons": args.persons,
        "autosave": {name: summary(v) for name, v in saves.items()},
        "search": {name: summary(v) for name, v in searches.items()},
        "ratio_autosave_median": round(statistics.median(saves["encrypted"]) / statistics.median(saves["plain"]), 2),
        "ratio_autosave_p95": round(pct(saves["encrypted"], 0.95) / pct(saves["plain"], 0.95), 2),
        "ratio_search_median": round(statistics.median(searches["encrypted"]) / statistics.median(searches["plain"]), 2),
        "ratio_search_p95": round(pct(searches["encrypted"], 0.95) / pct(searches["plain"], 0.95), 2),
        "unlock_argon2id_unwrap": summary(unlocks),
        "login": summary(opens),  # app.workspace.login: Argon2id + unwrap, open the store, record the login
        "file_bytes": {name: (folder / f"{'enc' if name == 'encrypted' else 'plain'}.sqlite3").stat().st_size
                       for name in stores},
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if not args.no_record:
        with open(Path(__file__).with_name("results.jsonl"), "a", encoding="utf-8") as handle:
            handle.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
