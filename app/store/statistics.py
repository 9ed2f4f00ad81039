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
    """Unaccompanied minors on `day` (app.engine.figures.is_unaccompanied_minor) from the eldest accompanying
    relative's birth date that the store keeps per person (schema v8 triggers)."""
    q = _placeholder(dialect)
    where, params = _present(day, q)
    adult = F.years_before(day, F.ADULT_YEARS).isoformat()
    index = " INDEXED BY persons_minors" if dialect == "sqlite" else ""  # the minors' range, covering
    return (f"SELECT count(*) FROM persons{index} WHERE birth_date > {q} AND {where}"
            f" AND (eldest_companion_birth IS NULL OR eldest_companion_birth > {q})", [adult] + params + [adult])


def persons_on_sql(day: dt.date, dialect: str = "sqlite") -> tuple[str, list]:
    """Persons registered by the end of `day`, counted by (status on the day, citizenship, age group, sex) in one
    pass over one covering index; status, nationality and age × sex are sums of these rows (`persons_on`)."""
    q = _placeholder(dialect)
    cases, case_params = ["WHEN birth_date IS NULL OR birth_date = '' THEN NULL"], []
    for label, after, on_or_before in F.age_bounds(day):
        if after is None:
            cases.append(f"WHEN birth_date <= {q} THEN {q}")
            case_params += [on_or_before, label]
        else:
            cases.append(f"WHEN birth_date <= {q} AND birth_date > {q} THEN {q}")
            case_params += [on_or_before, after, label]
    index = " INDEXED BY persons_figures" if dialect == "sqlite" else ""  # one pass over the covering index
    return (f"SELECT CASE WHEN protection_ended_on <= {q} THEN '{F.ENDED}' WHEN protection_granted_on <= {q}"
            f" THEN '{F.GRANTED}' ELSE '{F.APPLICANT}' END AS state, coalesce(citizenship, ''),"
            f" CASE {' '.join(cases)} END AS age_group, coalesce(sex, ''), count(*) FROM persons{index}"
            f" WHERE created_at < {q} GROUP BY 1, 2, 3, 4",
            [day.isoformat(), day.isoformat()] + case_params + [_next_day(day)])


def persons_on(rows, out: F.Figures) -> None:
    """Fill status, protected, citizenship and age × sex from the rows of `persons_on_sql`."""
    status, citizenship, age_sex = {}, {}, {}
    for state, country, group, sex, n in rows:
        status[state] = status.get(state, 0) + n
        if state == F.ENDED:
            continue
        citizenship[country] = citizenship.get(country, 0) + n
        if group is not None:
            age_sex[(group, sex)] = age_sex.get((group, sex), 0) + n
    out.status, out.citizenship, out.age_sex = status, citizenship, age_sex
    out.protected = status.get(F.GRANTED, 0)


def figures(db: sqlite_utils.Database, start: dt.date, end: dt.date) -> F.Figures:
    """Every figure of app.engine.figures for start…end, counted by SQLite."""
    out = F.Figures(start, end)
    for figure in F.DAILY:
        sql, params = daily_sql(figure, start, end)
        rows = db.execute(sql, params).fetchall()
        out.daily[figure.key] = {((r[0], r[1]) if figure.group else r[0]): r[-1] for r in rows}
    sql, params = persons_on_sql(end)
    persons_on(db.execute(sql, params).fetchall(), out)
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
    carded = {r[0] for r in db.execute("SELECT DISTINCT person_id FROM card_serials INDEXED BY card_serials_person_id"
                                        " WHERE person_id IS NOT NULL AND status = 'issued'")}
    offered = {r[0] for r in db.execute("SELECT DISTINCT person_id FROM drafts WHERE form_code = 'ZZ-3'"
                                        " AND person_id IS NOT NULL")}
    persons = [{"id": r[0], "name": r[1], "status": r[2], "created_at": r[3], "protection_granted_on": r[4],
                "eurodac_sent_on": r[5], "has_card": r[0] in carded, "has_zz3": r[0] in offered}
               for r in db.execute(
        "SELECT id, trim(surname || ' ' || given_name), status, created_at, protection_granted_on, eurodac_sent_on"
        " FROM persons WHERE status != 'ended' AND (eurodac_sent_on IS NULL OR status = 'granted')")]
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
