"""The per-day counts of app.engine.figures kept by triggers (schema v8): the table figure_days and, for each
`Daily` figure, the triggers made from its spec. Imports only the engine, so the migrations can use it."""

from __future__ import annotations

from app.engine import figures as F


def _matches(figure: F.Daily, row: str) -> str:
    """The figure's conditions on a trigger's NEW or OLD row, as SQL."""
    parts = [f"{row}.{figure.day_column} IS NOT NULL", f"{row}.{figure.day_column} != ''"]
    for c in figure.where:
        if c.op == "=":
            parts.append(f"{row}.{c.column} = '{c.value}'")
        elif c.op == "in":
            parts.append(f"{row}.{c.column} IN ({', '.join(repr(v) for v in c.value)})")
        elif c.op == "not null":
            parts.append(f"{row}.{c.column} IS NOT NULL AND {row}.{c.column} != ''")
    return " AND ".join(parts)


def kept_counts_ddl(figure: F.Daily) -> list[str]:
    """Triggers that keep `figure`'s count per day in the table figure_days as its rows are inserted, changed
    and deleted (made from the same spec as `daily_sql`, so both count the same rows)."""
    group = lambda row: f"coalesce({row}.{figure.group}, '')" if figure.group else "''"  # noqa: E731
    add = lambda row, n: (  # noqa: E731
        f"INSERT INTO figure_days (figure, day, grp, n) VALUES ('{figure.key}', substr({row}.{figure.day_column}, 1, 10),"
        f" {group(row)}, {n}) ON CONFLICT (figure, day, grp) DO UPDATE SET n = n + ({n});")
    columns = sorted({figure.day_column, *(c.column for c in figure.where), *([figure.group] if figure.group else [])})
    name = f"figure_days_{figure.key}"
    return [
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {figure.table} WHEN {_matches(figure, 'NEW')} BEGIN"
        f" {add('NEW', 1)} END",
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {figure.table} WHEN {_matches(figure, 'OLD')} BEGIN"
        f" {add('OLD', -1)} END",
        f"CREATE TRIGGER {name}_update_old AFTER UPDATE OF {', '.join(columns)} ON {figure.table}"
        f" WHEN {_matches(figure, 'OLD')} BEGIN {add('OLD', -1)} END",
        f"CREATE TRIGGER {name}_update_new AFTER UPDATE OF {', '.join(columns)} ON {figure.table}"
        f" WHEN {_matches(figure, 'NEW')} BEGIN {add('NEW', 1)} END",
    ]


def create_kept_counts(db) -> None:
    """The table of per-day counts, filled from the rows there are, and its triggers (schema v8)."""
    db.execute("CREATE TABLE figure_days (figure TEXT NOT NULL, day TEXT NOT NULL, grp TEXT NOT NULL DEFAULT '',"
               " n INTEGER NOT NULL, PRIMARY KEY (figure, day, grp)) WITHOUT ROWID")
    for figure in F.DAILY:
        group = f"coalesce({figure.group}, '')" if figure.group else "''"
        db.execute(f"INSERT INTO figure_days (figure, day, grp, n) SELECT '{figure.key}', substr({figure.day_column}, 1, 10),"
                   f" {group}, count(*) FROM {figure.table} WHERE {_matches(figure, figure.table)} GROUP BY 2, 3")
        for ddl in kept_counts_ddl(figure):
            db.execute(ddl)
