"""Connections and numbered SQL migrations (``migrations/NNNN_name.sql``), each applied in one transaction."""
from __future__ import annotations

import re
from importlib import resources

import psycopg

MIGRATIONS = "app.server.migrations"


def migrations() -> list[tuple[int, str, str]]:
    found = []
    for item in resources.files(MIGRATIONS).iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", item.name)
        if match:
            found.append((int(match[1]), match[2], item.read_text(encoding="utf-8")))
    return sorted(found)


def migrate(dsn: str) -> list[int]:
    """Apply the migrations the database lacks; returns the versions applied. Several processes may call it
    at once: an advisory lock lets one of them do the work."""
    applied = []
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(4711)")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY,"
                         " name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())")
            done = {row[0] for row in conn.execute("SELECT version FROM schema_version")}
            for version, name, sql in migrations():
                if version in done:
                    continue
                with conn.transaction():
                    conn.execute(sql)
                    conn.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)", (version, name))
                applied.append(version)
            if 3 in applied:  # the name keys of persons pushed before 0003 (computed by the engine, in Python)
                from app.server.records import refresh_name_keys

                refresh_name_keys(conn)
        finally:
            conn.execute("SELECT pg_advisory_unlock(4711)")
    return applied
