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


def status_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    """Persons by their status at the end of `day` (app.engine.figures.status_on)."""
    q = _placeholder(dialect)
    return (f"SELECT CASE WHEN protection_ended_on <= {q} THEN '{F.ENDED}' WHEN protection_granted_on <= {q}"
            f" THEN '{F.GRANTED}' ELSE '{F.APPLICANT}' END AS state, count(*) FROM persons WHERE created_at < {q}"
            f" GROUP BY state", [day.isoformat(), day.isoformat(), _next_day(day)])


def _present(day: dt.date, q: str, alias: str = "") -> tuple[str, list]:
    a = f"{alias}." if alias else ""
    return (f"{a}created_at < {q} AND ({a}protection_ended_on IS NULL OR {a}protection_ended_on > {q})",
            [_next_day(day), day.isoformat()])


def citizenship_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    q = _placeholder(dialect)
    where, params = _present(day, q)
    return f"SELECT coalesce(citizenship, ''), count(*) FROM persons WHERE {where} GROUP BY 1", params


def age_sex_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    q = _placeholder(dialect)
    where, params = _present(day, q)
    cases, case_params = [], []
    for label, after, on_or_before in F.age_bounds(day):
        if after is None:
            cases.append(f"WHEN birth_date <= {q} THEN {q}")
            case_params += [on_or_before, label]
        else:
            cases.append(f"WHEN birth_date <= {q} AND birth_date > {q} THEN {q}")
            case_params += [on_or_before, after, label]
    return (f"SELECT CASE {' '.join(cases)} END AS age_group, coalesce(sex, ''), count(*) FROM persons"
            f" WHERE {where} AND birth_date IS NOT NULL AND birth_date != '' AND birth_date <= {q}"
            f" GROUP BY 1, 2", case_params + params + [day.isoformat()])


def unaccompanied_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    q = _placeholder(dialect)
    where, params = _present(day, q, "p")
    adult = F.years_before(day, F.ADULT_YEARS).isoformat()
    return (f"SELECT count(*) FROM persons p WHERE {where} AND p.birth_date IS NOT NULL AND p.birth_date != ''"
            f" AND p.birth_date > {q} AND NOT EXISTS (SELECT 1 FROM family_links l JOIN persons r ON r.id = l.relative_id"
            f" WHERE l.person_id = p.id AND l.kind = 'accompanying' AND r.birth_date IS NOT NULL"
            f" AND r.birth_date != '' AND r.birth_date <= {q})", params + [adult, adult])


def figures(db: sqlite_utils.Database, start: dt.date, end: dt.date) -> F.Figures:
    """Every figure of app.engine.figures for start…end, counted by SQLite."""
    out = F.Figures(start, end)
    for figure in F.DAILY:
        sql, params = daily_sql(figure, start, end)
        rows = db.execute(sql, params).fetchall()
        out.daily[figure.key] = {((r[0], r[1]) if figure.group else r[0]): r[-1] for r in rows}
    sql, params = status_sql(end)
    out.status = {r[0]: r[1] for r in db.execute(sql, params).fetchall()}
    out.protected = out.status.get(F.GRANTED, 0)
    sql, params = citizenship_sql(end)
    out.citizenship = {r[0]: r[1] for r in db.execute(sql, params).fetchall()}
    sql, params = age_sex_sql(end)
    out.age_sex = {(r[0], r[1]): r[2] for r in db.execute(sql, params).fetchall()}
    sql, params = unaccompanied_sql(end)
    out.unaccompanied_minors = db.execute(sql, params).fetchone()[0]
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


def deadline_rows(db: sqlite_utils.Database) -> dict[str, list[dict]]:
    """What app.engine.deadlines reads, as plain rows:
    persons (id, name, status, created_at, protection_granted_on, eurodac_sent_on, has_card, has_zz3),
    forms (id, form_code, status, person_id, title, data, finished_at, has_receipt) of ZZ-1, UP-6/7/8/9."""
    persons = [dict(zip(("id", "name", "status", "created_at", "protection_granted_on", "eurodac_sent_on",
                         "has_card", "has_zz3"), r)) for r in db.execute(
        "SELECT p.id, trim(p.surname || ' ' || p.given_name), p.status, p.created_at, p.protection_granted_on,"
        " p.eurodac_sent_on,"
        " EXISTS (SELECT 1 FROM card_serials c WHERE c.person_id = p.id AND c.status = 'issued'),"
        " EXISTS (SELECT 1 FROM drafts d WHERE d.person_id = p.id AND d.form_code = 'ZZ-3')"
        " FROM persons p WHERE p.status != 'ended' AND (p.eurodac_sent_on IS NULL OR p.status = 'granted')")]
    forms = []
    for r in db.execute(
            "SELECT d.id, d.form_code, d.status, d.person_id, d.title, d.data, d.finished_at,"
            " EXISTS (SELECT 1 FROM drafts c WHERE c.parent_id = d.id AND c.form_code = 'ZZ-2')"
            " FROM drafts d WHERE d.form_code IN ('UP-6', 'UP-7', 'UP-8', 'UP-9') OR (d.form_code = 'ZZ-1'"
            " AND d.status = 'finished' AND NOT EXISTS (SELECT 1 FROM drafts c WHERE c.parent_id = d.id"
            " AND c.form_code = 'ZZ-2'))"):
        forms.append(dict(zip(("id", "form_code", "status", "person_id", "title", "data", "finished_at",
                               "has_receipt"), r[:5] + (json.loads(r[5]),) + r[6:])))
    return {"persons": persons, "forms": forms}
