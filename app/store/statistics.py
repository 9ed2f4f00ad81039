"""The figures of app.engine.figures counted by SQL from indexed columns (schema v8), and the rows the
deadlines are found in. Each query is built from the engine's definition (a `Daily` spec, the status
and age-group dates), so the central server builds the same SQL for PostgreSQL (`dialect="postgresql"`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from app.engine import figures as F
from app.store import audit
from app.store.kept_counts import create_kept_counts, kept_counts_ddl  # noqa: F401  (schema v8)

if TYPE_CHECKING:
    import sqlite_utils


def _next_day(day: dt.date) -> str:
    return (day + dt.timedelta(days=1)).isoformat()


def _placeholder(dialect: str) -> str:
    if dialect not in ("sqlite", "postgresql"):
        raise ValueError(f"unknown SQL dialect {dialect!r}")
    return "?" if dialect == "sqlite" else "%s"


def _day_expr(column: str, dialect: str) -> str:
    return f"substr({column}, 1, 10)" if dialect == "sqlite" else f"substr(CAST({column} AS text), 1, 10)"


def _conditions(figure: F.Daily, dialect: str) -> tuple[list[str], list]:
    q = _placeholder(dialect)
    clauses, params = [], []
    for c in figure.where:
        if c.op == "=":
            clauses.append(f"{c.column} = {q}")
            params.append(c.value)
        elif c.op == "in":
            clauses.append(f"{c.column} IN ({', '.join([q] * len(c.value))})")
            params.extend(c.value)
        elif c.op == "not null":
            clauses.append(f"{c.column} IS NOT NULL AND {c.column} != ''")
        else:
            raise ValueError(f"unknown condition {c.op!r}")
    return clauses, params


def daily_sql(figure: F.Daily, start: dt.date, end: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    """(SQL, parameters) counting `figure` per day of start…end: rows (day, [group,] count)."""
    q = _placeholder(dialect)
    clauses, params = _conditions(figure, dialect)
    # a range on the column itself (not on an expression of it), so that its index is used
    clauses = [f"{figure.day_column} >= {q}", f"{figure.day_column} < {q}"] + clauses
    params = [start.isoformat(), _next_day(end)] + params
    day = _day_expr(figure.day_column, dialect)
    group = f", {figure.group}" if figure.group else ""
    return (f"SELECT {day} AS day{group}, count(*) FROM {figure.table} WHERE {' AND '.join(clauses)}"
            f" GROUP BY {day}{group}", params)


def kept_daily(db, figure: F.Daily, start: dt.date, end: dt.date) -> dict:
    """`figure` per day from the kept counts (the station's fast path; `daily_sql` counts the rows themselves)."""
    rows = db.execute("SELECT day, grp, n FROM figure_days WHERE figure = ? AND day >= ? AND day <= ? AND n != 0",
                      [figure.key, start.isoformat(), end.isoformat()]).fetchall()
    return {((day, grp) if figure.group else day): n for day, grp, n in rows}


def _present(day: dt.date, q: str, alias: str = "") -> tuple[str, list]:
    a = f"{alias}." if alias else ""
    return (f"{a}created_at < {q} AND ({a}protection_ended_on IS NULL OR {a}protection_ended_on > {q})",
            [_next_day(day), day.isoformat()])


def unaccompanied_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    """Unaccompanied minors on `day` (app.engine.figures.is_unaccompanied_minor) from the eldest accompanying
    relative's birth date that the store keeps per person (schema v8 triggers)."""
    q = _placeholder(dialect)
    where, params = _present(day, q)
    adult = F.years_before(day, F.ADULT_YEARS).isoformat()
    return (f"SELECT count(*) FROM persons{_indexed('persons_minors', dialect)} WHERE birth_date > {q} AND {where}"
            f" AND (eldest_companion_birth IS NULL OR eldest_companion_birth > {q})", [adult] + params + [adult])


def _indexed(name: str, dialect: str) -> str:
    return f" INDEXED BY {name}" if dialect == "sqlite" else ""


def unaccompanied_from_links_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    """Unaccompanied minors on `day` from the family links themselves (for a store that does not keep
    eldest_companion_birth, e.g. the central server's; slower: every minor's relatives are looked up)."""
    q = _placeholder(dialect)
    where, params = _present(day, q, "p")
    adult = F.years_before(day, F.ADULT_YEARS).isoformat()
    return (f"SELECT count(*) FROM persons p WHERE p.birth_date > {q} AND {where} AND NOT EXISTS (SELECT 1"
            f" FROM family_links l JOIN persons r ON r.id = l.relative_id WHERE l.person_id = p.id"
            f" AND l.kind = 'accompanying' AND r.birth_date IS NOT NULL AND r.birth_date != ''"
            f" AND r.birth_date <= {q})", [adult] + params + [adult])


def snapshot_sql(day: dt.date, dialect: str = "sqlite") -> dict[str, tuple[str, list]]:
    """The figures on `day` as small counts, each a range of one covering index (schema v8), no pass over every
    person with a sort: registered, ended and granted (status_on; applicants are the rest), citizenship of
    those present, each age group by sex, and unaccompanied minors. `snapshot` adds them up."""
    q = _placeholder(dialect)
    iso, following = day.isoformat(), _next_day(day)
    present, present_params = _present(day, q)
    out = {
        "registered": (f"SELECT count(*) FROM persons{_indexed('persons_figures', dialect)} WHERE created_at < {q}",
                       [following]),
        "ended": (f"SELECT count(*) FROM persons{_indexed('persons_ended_on', dialect)}"
                  f" WHERE protection_ended_on <= {q} AND created_at < {q}", [iso, following]),
        "granted": (f"SELECT count(*) FROM persons{_indexed('persons_granted_on', dialect)}"
                    f" WHERE protection_granted_on <= {q} AND {present}", [iso] + present_params),
        "citizenship": (f"SELECT citizenship, count(*) FROM persons{_indexed('persons_citizenship', dialect)}"
                        f" WHERE {present} GROUP BY citizenship", present_params),
        "unaccompanied": unaccompanied_sql(day, dialect),
    }
    for label, after, on_or_before in F.age_bounds(day):
        lower, lower_params = (f" AND birth_date > {q}", [after]) if after else (" AND birth_date != ''", [])
        out[f"age:{label}"] = (f"SELECT sex, count(*) FROM persons{_indexed('persons_minors', dialect)}"
                               f" WHERE birth_date <= {q}{lower} AND {present} GROUP BY sex",
                               [on_or_before] + lower_params + present_params)
    return out


def snapshot(results: dict[str, list[tuple]], out: F.Figures) -> None:
    """Fill status, protected, citizenship, age × sex and unaccompanied minors from the rows of `snapshot_sql`'s
    queries (name → fetched rows)."""
    registered, ended, granted = (results[k][0][0] for k in ("registered", "ended", "granted"))
    status = {F.APPLICANT: registered - ended - granted, F.GRANTED: granted, F.ENDED: ended}
    out.status = {k: v for k, v in status.items() if v}
    out.protected = granted
    citizenship: dict[str, int] = {}
    for country, n in results["citizenship"]:
        citizenship[country or ""] = citizenship.get(country or "", 0) + n
    out.citizenship = citizenship
    age_sex: dict[tuple[str, str], int] = {}
    for label, _, _ in F.AGE_GROUPS:
        for sex, n in results[f"age:{label}"]:
            age_sex[(label, sex or "")] = age_sex.get((label, sex or ""), 0) + n
    out.age_sex = age_sex
    out.unaccompanied_minors = results["unaccompanied"][0][0]


def figures(db: sqlite_utils.Database, start: dt.date, end: dt.date) -> F.Figures:
    """Every figure of app.engine.figures for start…end, counted by SQLite: the per-day figures from the counts
    the triggers keep, the figures on the last day from covering indexes."""
    out = F.Figures(start, end)
    for figure in F.DAILY:
        out.daily[figure.key] = kept_daily(db, figure, start, end)
    snapshot({name: db.execute(sql, params).fetchall() for name, (sql, params) in snapshot_sql(end).items()}, out)
    return out


def rows(db: sqlite_utils.Database) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """(persons, forms, cards, links) as plain rows with the columns app.engine.figures reads."""
    persons = [dict(zip(("id", "created_at", "entry_date", "birth_date", "sex", "citizenship",
                         "protection_granted_on", "protection_ended_on"), r)) for r in db.execute(
        "SELECT id, created_at, entry_date, birth_date, sex, citizenship, protection_granted_on, protection_ended_on"
        " FROM persons")]
    forms = [dict(zip(("form_code", "status", "finished_at"), r))
             for r in db.execute("SELECT form_code, status, finished_at FROM drafts")]
    cards = [dict(zip(("status", "issued_at", "voided_at"), r))
             for r in db.execute("SELECT status, issued_at, voided_at FROM card_serials")]
    links = [dict(zip(("person_id", "relative_id", "kind"), r))
             for r in db.execute("SELECT person_id, relative_id, kind FROM family_links")]
    return persons, forms, cards, links


# --- Eurodac and the rows the deadlines read -------------------------------------------------------

def set_eurodac_sent(db: sqlite_utils.Database, person_id: str, day: dt.date | None) -> None:
    """Mark (or with None unmark) the day the person's data was transmitted to Eurodac."""
    with db.write():
        if db.execute("UPDATE persons SET eurodac_sent_on = ? WHERE id = ?",
                      [day.isoformat() if day else None, person_id]).rowcount == 0:
            from app.store.register import PersonNotFound

            raise PersonNotFound(person_id)
        audit.record(db, "register", target="person", target_id=person_id, person_id=person_id,
                     detail={"change": "updated", "fields": ["eurodac_sent_on"]})


def deadline_rows(db: sqlite_utils.Database, owners: list[str] | None = None) -> dict[str, list[dict]]:
    """What app.engine.deadlines reads, as plain rows:
    persons (id, name, status, created_at, protection_granted_on, eurodac_sent_on, has_card, has_zz3),
    forms (id, form_code, status, person_id, title, data, finished_at, has_receipt) of ZZ-1, UP-6/7/8/9.
    With `owners` (persons' ids, and ``draft:<id>`` for forms without a person; app.store.due), only their rows."""
    if owners is not None:
        return _owners_rows(db, owners)
    carded = {r[0] for r in db.execute("SELECT DISTINCT person_id FROM card_serials INDEXED BY card_serials_person_id"
                                        " WHERE person_id IS NOT NULL AND status = 'issued'")}
    offered = {r[0] for r in db.execute("SELECT DISTINCT person_id FROM drafts WHERE form_code = 'ZZ-3'"
                                        " AND person_id IS NOT NULL")}
    persons = [{"id": r[0], "name": r[1], "status": r[2], "created_at": r[3], "protection_granted_on": r[4],
                "eurodac_sent_on": r[5], "has_card": r[0] in carded, "has_zz3": r[0] in offered}
               for r in db.execute(
        "SELECT id, trim(surname || ' ' || given_name), status, created_at, protection_granted_on, eurodac_sent_on"
        " FROM persons WHERE status != 'ended' AND (eurodac_sent_on IS NULL OR status = 'granted')")]
    columns = ("id", "form_code", "status", "person_id", "title", "data", "finished_at")
    select = f"SELECT {', '.join(columns)} FROM drafts"
    found = db.execute(f"{select} WHERE form_code IN ('UP-6', 'UP-7', 'UP-8', 'UP-9')").fetchall()
    # finished applications without a receipt: two sequential index reads and a set difference, not a lookup of
    # every application's receipt (1.3 s at 100,000)
    issued = {r[0] for r in db.execute("SELECT parent_id FROM drafts INDEXED BY drafts_issued_from"
                                       " WHERE form_code = 'ZZ-2' AND parent_id IS NOT NULL")}
    pending = [r[0] for r in db.execute("SELECT id FROM drafts INDEXED BY drafts_receipts"
                                        " WHERE form_code = 'ZZ-1' AND status = 'finished'") if r[0] not in issued]
    for chunk in range(0, len(pending), 500):
        ids = pending[chunk:chunk + 500]
        found += db.execute(f"{select} WHERE id IN ({', '.join('?' * len(ids))})", ids).fetchall()
    forms = [{**dict(zip(columns, r)), "data": json.loads(r[5]), "has_receipt": False} for r in found]
    # a family: a person and the relatives linked to them, named by its first member (the smallest id)
    family = {pid: min(pid, first) for pid, first in db.execute(
        "SELECT person_id, min(relative_id) FROM family_links GROUP BY person_id")}
    heads = set(family.values()) | {row["person_id"] for row in forms if row["person_id"]}
    names = {pid: name for pid, name in db.execute("SELECT id, trim(surname || ' ' || given_name) FROM persons")
             if pid in heads}
    return _families(persons, forms, family, names)


def _families(persons: list[dict], forms: list[dict], family: dict, names: dict) -> dict[str, list[dict]]:
    for row in persons:
        row["family"] = family.get(row["id"], row["id"])
        row["family_name"] = names.get(row["family"], row["name"])
    for row in forms:
        row["family"] = family.get(row["person_id"], row["person_id"]) if row["person_id"] else None
        row["family_name"] = names.get(row["family"], "")
    return {"persons": persons, "forms": forms}


def _in(values) -> str:
    return ", ".join("?" * len(values))


def _owners_rows(db, owners: list[str]) -> dict[str, list[dict]]:
    """deadline_rows of a few owners, each read through an index (app.store.due recomputes the changed ones)."""
    pids = [o for o in owners if not o.startswith("draft:")]
    loose = [o[6:] for o in owners if o.startswith("draft:")]
    persons, forms, family, names = [], [], {}, {}
    columns = ("id", "form_code", "status", "person_id", "title", "data", "finished_at")
    select = f"SELECT {', '.join(columns)} FROM drafts"
    for start in range(0, len(pids), 400):
        ids = pids[start:start + 400]
        carded = {r[0] for r in db.execute(f"SELECT person_id FROM card_serials WHERE person_id IN ({_in(ids)})"
                                           f" AND status = 'issued'", ids)}
        offered = {r[0] for r in db.execute(f"SELECT person_id FROM drafts WHERE person_id IN ({_in(ids)})"
                                            f" AND form_code = 'ZZ-3'", ids)}
        persons += [{"id": r[0], "name": r[1], "status": r[2], "created_at": r[3], "protection_granted_on": r[4],
                     "eurodac_sent_on": r[5], "has_card": r[0] in carded, "has_zz3": r[0] in offered}
                    for r in db.execute(
            f"SELECT id, trim(surname || ' ' || given_name), status, created_at, protection_granted_on,"
            f" eurodac_sent_on FROM persons WHERE id IN ({_in(ids)}) AND status != 'ended'"
            f" AND (eurodac_sent_on IS NULL OR status = 'granted')", ids)]
        forms += db.execute(f"{select} WHERE person_id IN ({_in(ids)}) AND form_code IN"
                            f" ('ZZ-1', 'UP-6', 'UP-7', 'UP-8', 'UP-9')", ids).fetchall()
        family.update({pid: min(pid, first) for pid, first in db.execute(
            f"SELECT person_id, min(relative_id) FROM family_links WHERE person_id IN ({_in(ids)})"
            f" GROUP BY person_id", ids)})
    for start in range(0, len(loose), 400):
        ids = loose[start:start + 400]
        forms += db.execute(f"{select} WHERE id IN ({_in(ids)}) AND person_id IS NULL AND form_code IN"
                            f" ('ZZ-1', 'UP-6', 'UP-7', 'UP-8', 'UP-9')", ids).fetchall()
    applications = [r[0] for r in forms if r[1] == "ZZ-1"]
    issued = set()
    for start in range(0, len(applications), 400):
        ids = applications[start:start + 400]
        issued |= {r[0] for r in db.execute(f"SELECT parent_id FROM drafts WHERE parent_id IN ({_in(ids)})"
                                            f" AND form_code = 'ZZ-2'", ids)}
    forms = [{**dict(zip(columns, r)), "data": json.loads(r[5]), "has_receipt": False} for r in forms
             if r[1] != "ZZ-1" or (r[2] == "finished" and r[0] not in issued)]
    heads = sorted(set(family.values()) | set(pids))
    for start in range(0, len(heads), 400):
        ids = heads[start:start + 400]
        names.update(db.execute(f"SELECT id, trim(surname || ' ' || given_name) FROM persons WHERE id IN ({_in(ids)})",
                                ids).fetchall())
    return _families(persons, forms, family, names)


def figures_from_rows_sql(db: sqlite_utils.Database, start: dt.date, end: dt.date) -> F.Figures:
    """The same figures with the per-day ones counted from the rows by `daily_sql` (what a store without the kept
    counts, e.g. the central server's, runs); tests compare it with `figures` and with the Python definition."""
    out = figures(db, start, end)
    for figure in F.DAILY:
        sql, params = daily_sql(figure, start, end)
        out.daily[figure.key] = {((r[0], r[1]) if figure.group else r[0]): r[-1] for r in db.execute(sql, params)}
    return out
