"""The central register's web pages (Slovenian) for supervisors and the ministry: statistics over the stations,
the counts the EU Regulation asks for on a cut-off date (CSV, PDF), each station's sync health, and the
supervisor's queues (``/dvojniki`` duplicate candidates side by side, ``/konflikti`` same-field conflicts,
``/osebe/ID`` a person with the relocation of the case; decisions in ``app.server.supervision``).

Nothing comes from the internet: the page's style is inline, the charts are SVG drawn here on the server.
Every figure is computed by ``app.engine.figures.compute`` from the server's rows (the one definition the
station's SQL agrees with), so the centre and a station give the same number for the same data.

Log-in: ``web_users`` (Argon2id hashes, ``priloga-server add-user NAME --role supervisor|ministry``); the
session is a random token in an HttpOnly, SameSite=Strict cookie (its SHA-256 in ``web_sessions``); every
POST carries a CSRF token (the session's, or for the log-in form a double-submit cookie). A supervisor sees
their station only; the ministry sees all of them.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import math
import secrets
import uuid
from urllib.parse import parse_qs, urlencode

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from app.engine import figures as F
from app.engine.dates import format_date

COOKIE, LOGIN_COOKIE = "priloga_seja", "priloga_prijava"
SESSION_HOURS = 8
ROLES = ("supervisor", "ministry")
_hasher = PasswordHasher()


# --- users and sessions -----------------------------------------------------------------------------------

def add_user(conn: psycopg.Connection, name: str, password: str, role: str, station: str | None = None) -> None:
    """A web user; a supervisor belongs to one station (by name), the ministry sees every station."""
    if role not in ROLES:
        raise ValueError(f"Vloga »{role}« ne obstaja; izberite supervisor ali ministry.")
    station_id = None
    if role == "supervisor":
        row = conn.execute("SELECT id FROM stations WHERE name = %s", (station or "",)).fetchone()
        if row is None:
            raise ValueError(f"Postaja »{station or ''}« ne obstaja; nadzornik potrebuje --station IME vpisane postaje.")
        station_id = row[0]
    if len(password) < 10:
        raise ValueError("Geslo mora imeti vsaj 10 znakov.")
    conn.execute("INSERT INTO web_users (name, role, station_id, password_hash) VALUES (%s, %s, %s, %s)"
                 " ON CONFLICT (name) DO UPDATE SET role = EXCLUDED.role, station_id = EXCLUDED.station_id,"
                 " password_hash = EXCLUDED.password_hash, disabled_at = NULL",
                 (name, role, station_id, _hasher.hash(password)))


def _login(conn, name: str, password: str) -> str | None:
    row = conn.execute("SELECT id, password_hash FROM web_users WHERE name = %s AND disabled_at IS NULL",
                       (name,)).fetchone()
    if row is None:
        _hasher.hash(password)  # the same time whether or not the name exists
        return None
    try:
        _hasher.verify(row[1], password)
    except (VerificationError, InvalidHashError):
        return None
    token = secrets.token_urlsafe(32)
    conn.execute("DELETE FROM web_sessions WHERE expires_at < now()")  # expired sessions go at the next log-in
    conn.execute("INSERT INTO web_sessions (token_hash, user_id, csrf, expires_at) VALUES (%s, %s, %s,"
                 " now() + make_interval(hours => %s))", (_sha(token), row[0], secrets.token_urlsafe(24), SESSION_HOURS))
    return token


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _session(conn, token: str | None) -> dict | None:
    if not token:
        return None
    row = conn.execute("SELECT u.id, u.name, u.role, u.station_id, s.csrf FROM web_sessions s JOIN web_users u"
                       " ON u.id = s.user_id WHERE s.token_hash = %s AND s.expires_at > now()"
                       " AND u.disabled_at IS NULL", (_sha(token),)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "name": row[1], "role": row[2], "station_id": row[3], "csrf": row[4]}


def visible_stations(conn, user: dict) -> list[tuple[uuid.UUID, str]]:
    """The stations whose data the user may see: the ministry all, a supervisor their own."""
    if user["role"] == "ministry":
        return [tuple(r) for r in conn.execute("SELECT id, name FROM stations ORDER BY name")]
    return [tuple(r) for r in conn.execute("SELECT id, name FROM stations WHERE id = %s", (user["station_id"],))]


# --- the rows the figures are computed from ----------------------------------------------------------------

def rows(conn, station_ids: list[uuid.UUID]) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """persons, forms, cards, links as ``app.engine.figures`` reads them, from the server's tables.
    A person merged into another (a duplicate) is counted once, as the one kept; a form counts in its latest
    version. Card serials stay in the station's serial book, so the centre has no card rows."""
    persons, links = [], []
    for pid, data, first_seen in conn.execute(
            "SELECT p.id, p.data, (SELECT min(c.at) FROM change_log c WHERE c.kind = 'person'"
            " AND c.record_id = p.id::text) FROM persons p WHERE p.station_id = ANY(%s) AND p.merged_into IS NULL",
            (station_ids,)):
        created = data.get("created_at") or (first_seen.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                                              if first_seen else None)
        persons.append({"id": str(pid), "created_at": created, "entry_date": data.get("entry_date"),
                        "birth_date": data.get("birth_date"), "sex": data.get("sex"),
                        "citizenship": data.get("citizenship"),
                        "protection_granted_on": data.get("protection_granted_on"),
                        "protection_ended_on": data.get("protection_ended_on")})
        for link in data.get("family_links") or []:
            links.append({"person_id": str(pid), "relative_id": link.get("relative_id"), "kind": link.get("kind")})
    forms = [{"form_code": code, "status": status, "finished_at": finished_at}
             for code, status, finished_at in conn.execute(
                 "SELECT DISTINCT ON (id) code, status, finished_at FROM forms WHERE station_id = ANY(%s)"
                 " ORDER BY id, version DESC", (station_ids,))]
    return persons, forms, [], links


def compute(conn, station_ids: list[uuid.UUID], start: dt.date, end: dt.date) -> F.Figures:
    persons, forms, cards, links = rows(conn, station_ids)
    return F.compute(persons, forms, cards, links, start, end)


def eu_counts(conn, stations: list[tuple[uuid.UUID, str]], day: dt.date) -> list[tuple[str, int, int]]:
    """(station, persons with temporary protection, unaccompanied minors) on `day` per station, and the total
    (Regulation (EU) 2020/851 amending Regulation (EC) No 862/2007 on migration statistics, Art. 4(3))."""
    out = []
    total = [0, 0]
    for sid, name in stations:
        fig = compute(conn, [sid], day, day)
        out.append((name, fig.protected, fig.unaccompanied_minors))
        total[0] += fig.protected
        total[1] += fig.unaccompanied_minors
    out.append(("skupaj", total[0], total[1]))
    return out


def sync_health(conn, stations: list[tuple[uuid.UUID, str]]) -> list[dict]:
    out = []
    for sid, name in stations:
        row = conn.execute(
            "SELECT s.enrolled_at, s.revoked_at, (SELECT max(at) FROM processed_operations WHERE station_id = s.id),"
            " (SELECT count(*) FROM processed_operations WHERE station_id = s.id),"
            " (SELECT count(*) FROM processed_operations WHERE station_id = s.id AND result->>'status' = 'rejected'),"
            " (SELECT count(*) FROM conflicts WHERE station_id = s.id AND resolved_at IS NULL),"
            " (SELECT count(*) FROM duplicate_candidates d JOIN persons a ON a.id = d.person_a JOIN persons b"
            "  ON b.id = d.person_b WHERE d.status = 'open' AND (a.station_id = s.id OR b.station_id = s.id)),"
            " (SELECT seq FROM audit_heads WHERE station_id = s.id) FROM stations s WHERE s.id = %s", (sid,)).fetchone()
        out.append({"name": name, "enrolled_at": row[0], "revoked_at": row[1], "last_sync": row[2],
                    "operations": row[3], "rejected": row[4], "conflicts": row[5],
                    "duplicates": row[6], "audit_seq": row[7]})
    return out


# --- drawing -------------------------------------------------------------------------------------------

STYLE = """body{font-family:'DejaVu Sans',sans-serif;margin:0;color:#1d1d1b;background:#f6f6f4}
header{background:#1f4e79;color:#fff;padding:.6em 1.2em;display:flex;justify-content:space-between;align-items:center}
header a{color:#fff;margin-right:1em}main{padding:1em 1.2em;max-width:1100px}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left}
td.n{text-align:right}section{background:#fff;padding:.5em 1em;margin-bottom:1em;border:1px solid #ddd}
.napaka{color:#a00;font-weight:bold}form.inline{display:inline}svg text{font-size:11px}
.sporocilo{background:#e2efda;border:1px solid #70ad47;padding:.4em .8em}td.enako{background:#fff2cc}
.odlocitve button{margin:.2em .4em .2em 0;padding:.3em .8em}table.ob td,table.ob th{vertical-align:top;min-width:14em}"""


def bar_chart(title: str, items: list[tuple[str, float]], chart_id: str, width: int = 640, height: int = 220) -> str:
    """A bar chart as inline SVG (one <rect class="stolpec"> per item, its value in a <title>)."""
    left, bottom, top = 40, 40, 20
    peak = max([v for _, v in items] + [1])
    step = (width - left - 10) / max(len(items), 1)
    parts = [f'<svg id="{chart_id}" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
             f' role="img" aria-label="{html.escape(title)}">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 5}" y2="{height - bottom}" stroke="#555"/>',
             f'<text x="2" y="{top - 6}">{html.escape(title)} (največ {peak:g})</text>']
    label_every = max(1, math.ceil(48 / max(step, 1)))  # a label needs about 48 px
    for i, (label, value) in enumerate(items):
        h = (height - bottom - top) * value / peak
        x = left + i * step
        parts.append(f'<rect class="stolpec" x="{x + 1:.1f}" y="{height - bottom - h:.1f}" width="{max(step - 2, 1):.1f}"'
                     f' height="{h:.1f}" fill="#2e75b6"><title>{html.escape(label)}: {value:g}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - bottom + 14}" text-anchor="middle">'
                         f'{html.escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _page(title: str, body: str, user: dict | None = None) -> HTMLResponse:
    nav = ""
    if user:
        role = "ministrstvo" if user["role"] == "ministry" else "nadzornik postaje"
        nav = (f'<nav><a href="/">Statistika</a><a href="/porocilo">Poročilo EU</a><a href="/sinhronizacija">'
               f'Sinhronizacija</a><a href="/dvojniki" id="nav-dvojniki">Možni dvojniki</a><a href="/konflikti"'
               f' id="nav-konflikti">Konflikti</a></nav><div>{html.escape(user["name"])} ({role}) <form class="inline" method="post"'
               f' action="/odjava"><input type="hidden" name="csrf" value="{user["csrf"]}"><button>Odjava</button>'
               f'</form></div>')
    return HTMLResponse(f'<!doctype html><html lang="sl"><head><meta charset="utf-8"><title>{html.escape(title)} —'
                        f' Priloga</title><style>{STYLE}</style></head><body><header><strong>Priloga — centralni'
                        f' register</strong>{nav}</header><main><h1>{html.escape(title)}</h1>{body}</main></body></html>',
                        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
                                 " form-action 'self'; frame-ancestors 'none'", "X-Frame-Options": "DENY",
                                 "Cache-Control": "no-store"})


def _date(text: str | None, default: dt.date) -> dt.date:
    if not text:
        return default
    return dt.date.fromisoformat(text)


def _rows_table(head: list[str], body: list[list], numeric_from: int = 1, table_id: str = "") -> str:
    out = [f'<table id="{table_id}"><tr>' + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr>"]
    for row in body:
        out.append("<tr>" + "".join(
            f'<td{" class=n" if i >= numeric_from else ""}>{html.escape(str(v))}</td>' for i, v in enumerate(row)) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _station_picker(stations, chosen: str) -> str:
    """A choice of station for the ministry (a supervisor has one station, so none)."""
    if len(stations) < 2:
        return ""
    opts = ['<option value="">vse postaje</option>'] + [
        f'<option value="{sid}"{" selected" if str(sid) == chosen else ""}>{html.escape(name)}</option>'
        for sid, name in stations]
    return f' Postaja <select name="postaja" id="postaja">{"".join(opts)}</select>'


def statistics_html(fig: F.Figures, stations: list, chosen: str) -> str:
    period = f"{format_date(fig.start.isoformat())} – {format_date(fig.end.isoformat())}"
    body = [f'<p>Obdobje: <strong id="obdobje">{period}</strong>; stanje na zadnji dan obdobja. Vsaka številka je'
            ' izračunana po isti definiciji kot na postaji (README, »Statistics and deadlines«).</p>',
            '<form method="get">Od <input type="date" name="od" value="' + fig.start.isoformat() + '"> do'
            ' <input type="date" name="do" value="' + fig.end.isoformat() + '">'
            + _station_picker(stations, chosen) + ' <button>Prikaži</button></form>']
    summary = [[F.ARRIVALS.label, fig.total("arrivals")], [F.APPLICATIONS.label, fig.total("applications")],
               [F.RELOCATION_PASSES.label, fig.total("relocation_passes")],
               ["Osebe z začasno zaščito", fig.protected], ["Mladoletniki brez spremstva", fig.unaccompanied_minors]]
    body.append('<section><h2>Povzetek</h2>' + _rows_table(["Številka", "Vrednost"], summary, table_id="povzetek")
                + '<p>Izkaznice (ZZ-8) se štejejo na postaji: knjiga serijskih številk ostane na postaji, ki jih izdaja.</p>'
                + '</section>')
    for figure in (F.ARRIVALS, F.APPLICATIONS):
        line = F.trendline(fig.daily.get(figure.key, {}), fig.start, fig.end)
        items = [(d.strftime("%d. %m."), n) for d, n in zip(line.days, line.counts)]
        body.append(f'<section><h2>{html.escape(figure.label)} po dnevih</h2>'
                    + bar_chart(figure.label, items, f"graf-{figure.key}") + '</section>')
    status = [(F.STATUS_LABELS[s], fig.status.get(s, 0)) for s in (F.APPLICANT, F.GRANTED, F.ENDED)]
    body.append('<section><h2>Stanje na zadnji dan obdobja</h2>' + bar_chart("Stanje", status, "graf-stanje", 400)
                + _rows_table(["Stanje", "Osebe"], [list(s) for s in status], table_id="stanje") + '</section>')
    ages = [(f"{label} {F.SEX_LABELS[sex][0]}", fig.age_sex.get((label, sex), 0))
            for label, _, _ in F.AGE_GROUPS for sex in ("Z", "M")]
    body.append('<section><h2>Starostne skupine in spol (prosilci in osebe z zaščito)</h2>'
                + bar_chart("Starost in spol", ages, "graf-starost") + '</section>')
    body.append('<section><h2>Vse številke</h2>' + _rows_table(
        ["Številka", "Kategorija", "Vrednost"], [[label, cat, n] for _k, label, cat, n in F.table(fig)],
        numeric_from=2, table_id="vse") + '</section>')
    return "".join(body)


def eu_csv(counts: list[tuple[str, int, int]], day: dt.date) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["presečni dan", "postaja", "osebe z začasno zaščito", "mladoletniki brez spremstva"])
    for name, protected, minors in counts:
        writer.writerow([format_date(day.isoformat()), name, protected, minors])
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: spreadsheets read č, š, ž


def eu_pdf(counts: list[tuple[str, int, int]], day: dt.date) -> bytes:
    """The counts as an A4 PDF with DejaVu Sans embedded (as every PDF of app/export)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from app.export.fonts import register_fonts

    regular, bold = register_fonts()
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=regular)
    pdf.setTitle(f"Začasna zaščita na dan {format_date(day.isoformat())}")
    width, height = A4
    y = height - 60
    pdf.setFont(bold, 14)
    pdf.drawString(50, y, f"Začasna zaščita — stanje na dan {format_date(day.isoformat())}")
    y -= 18
    pdf.setFont(regular, 9)
    pdf.drawString(50, y, "Uredba (EU) 2020/851 o spremembi Uredbe (ES) št. 862/2007 (statistika migracij), člen 4(3)")
    y -= 28
    pdf.setFont(bold, 10)
    for x, text in ((50, "Postaja"), (300, "Osebe z začasno zaščito"), (450, "Mladoletniki brez spremstva")):
        pdf.drawString(x, y, text)
    pdf.setFont(regular, 10)
    for name, protected, minors in counts:
        y -= 16
        if y < 60:
            pdf.showPage()
            pdf.setFont(regular, 10)
            y = height - 60
        pdf.drawString(50, y, name)
        pdf.drawRightString(420, y, str(protected))
        pdf.drawRightString(560, y, str(minors))
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


# --- routes --------------------------------------------------------------------------------------------

def router(pool) -> APIRouter:
    web = APIRouter(include_in_schema=False)

    def run(fn, *args):
        def work():
            with pool.connection() as conn:
                conn.autocommit = True
                return fn(conn, *args)
        return run_in_threadpool(work)

    async def user_of(request: Request) -> dict | None:
        return await run(_session, request.cookies.get(COOKIE))

    async def form_of(request: Request) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs((await request.body()).decode("utf-8", "replace")).items()}

    def to_login() -> RedirectResponse:
        return RedirectResponse("/prijava", status_code=303)

    def login_page(message: str = "") -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        error = f'<p class="napaka" id="napaka">{html.escape(message)}</p>' if message else ""
        page = _page("Prijava", f'{error}<form method="post" action="/prijava"><input type="hidden" name="csrf"'
                     f' value="{token}"><p><label>Uporabniško ime <input name="ime" id="ime" required'
                     f' autocomplete="username"></label></p><p><label>Geslo <input name="geslo" id="geslo"'
                     f' type="password" required autocomplete="current-password"></label></p>'
                     f'<p><button id="prijava">Prijava</button></p></form>')
        page.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/prijava")
        if message:
            page.status_code = 401
        return page

    @web.get("/prijava")
    async def login_form() -> HTMLResponse:
        return login_page()

    @web.post("/prijava")
    async def login(request: Request) -> Response:
        form = await form_of(request)
        if not form.get("csrf") or form.get("csrf") != request.cookies.get(LOGIN_COOKIE):
            return login_page("Obrazec za prijavo je potekel; poskusite znova.")
        token = await run(_login, form.get("ime", ""), form.get("geslo", ""))
        if token is None:
            return login_page("Uporabniško ime ali geslo ni pravilno.")
        answer = RedirectResponse("/", status_code=303)
        answer.set_cookie(COOKIE, token, httponly=True, samesite="strict", max_age=SESSION_HOURS * 3600,
                          secure=request.url.scheme == "https")
        answer.delete_cookie(LOGIN_COOKIE, path="/prijava")
        return answer

    @web.post("/odjava")
    async def logout(request: Request) -> Response:
        user = await user_of(request)
        form = await form_of(request)
        if user is None or form.get("csrf") != user["csrf"]:
            return Response("Zahteva nima veljavnega žetona CSRF; osvežite stran in poskusite znova.", status_code=403)
        await run(lambda conn: conn.execute("DELETE FROM web_sessions WHERE token_hash = %s",
                                            (_sha(request.cookies[COOKIE]),)))
        answer = to_login()
        answer.delete_cookie(COOKIE)
        return answer

    def chosen_stations(conn, user, chosen: str):
        stations = visible_stations(conn, user)
        ids = [sid for sid, _ in stations if not chosen or str(sid) == chosen]
        return stations, ids

    @web.get("/")
    async def statistics(request: Request, od: str | None = None, do: str | None = None,
                         postaja: str = "") -> Response:
        user = await user_of(request)
        if user is None:
            return to_login()
        today = dt.datetime.now(dt.timezone.utc).date()
        try:
            end = _date(do, today)
            start = _date(od, end - dt.timedelta(days=29))
        except ValueError:
            return _page("Statistika", '<p class="napaka">Datum ni veljaven; vpišite ga kot dd. mm. llll.</p>', user)
        if start > end:
            start, end = end, start

        def work(conn):
            stations, ids = chosen_stations(conn, user, postaja)
            return stations, compute(conn, ids, start, end)
        stations, fig = await run(work)
        return _page("Statistika", statistics_html(fig, stations, postaja), user)

    @web.get("/porocilo")
    async def report(request: Request, na_dan: str | None = None, oblika: str = "html") -> Response:
        user = await user_of(request)
        if user is None:
            return to_login()
        try:
            day = _date(na_dan, dt.datetime.now(dt.timezone.utc).date())
        except ValueError:
            return _page("Poročilo EU", '<p class="napaka">Presečni dan ni veljaven datum.</p>', user)
        counts = await run(lambda conn: eu_counts(conn, visible_stations(conn, user), day))
        name = f"zacasna-zascita-{day.isoformat()}"
        if oblika == "csv":
            return Response(eu_csv(counts, day), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
        if oblika == "pdf":
            return Response(await run_in_threadpool(eu_pdf, counts, day), media_type="application/pdf",
                            headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'})
        query = {"na_dan": day.isoformat()}
        body = (f'<p>Osebe z začasno zaščito in mladoletniki brez spremstva na presečni dan, kot jih zahteva Uredba (EU)'
                f' 2020/851 (statistika migracij, člen 4(3)).</p><form method="get">Presečni dan <input type="date"'
                f' name="na_dan" value="{day.isoformat()}"> <button>Prikaži</button></form>'
                + _rows_table(["Postaja", "Osebe z začasno zaščito", "Mladoletniki brez spremstva"],
                              [list(c) for c in counts], table_id="eu")
                + f'<p><a id="izvoz-csv" href="/porocilo?{urlencode({**query, "oblika": "csv"})}">Izvoz CSV</a> · '
                f'<a id="izvoz-pdf" href="/porocilo?{urlencode({**query, "oblika": "pdf"})}">Izvoz PDF</a></p>')
        return _page(f"Poročilo EU na dan {format_date(day.isoformat())}", body, user)

    @web.get("/sinhronizacija")
    async def health(request: Request) -> Response:
        user = await user_of(request)
        if user is None:
            return to_login()
        states = await run(lambda conn: sync_health(conn, visible_stations(conn, user)))

        def when(value):
            return value.astimezone(dt.timezone.utc).strftime("%d. %m. %Y %H:%M UTC") if value else "še nikoli"
        body = _rows_table(
            ["Postaja", "Stanje", "Zadnja sinhronizacija", "Prejete operacije", "Zavrnjene",
             "Odprti konflikti", "Možni dvojniki", "Revizijska sled (zadnji vpis)"],
            [[s["name"], "preklicana" if s["revoked_at"] else ("vpisana" if s["enrolled_at"] else "čaka na vpis"),
              when(s["last_sync"]), s["operations"], s["rejected"], s["conflicts"], s["duplicates"],
              s["audit_seq"] if s["audit_seq"] is not None else "—"] for s in states], numeric_from=3,
            table_id="sinhronizacija")
        note = ('<p>Strežnik vidi operacije, ki jih je prejel (vsako enkrat, tudi če je poslana večkrat); kar še čaka v'
                ' odložišču postaje, pokaže postaja sama (priloga sync).</p>')
        return _page("Sinhronizacija postaj", body + note, user)

    _supervision_routes(web, run, user_of, form_of, to_login)
    return web


# --- the supervisor's queues: duplicate candidates and conflicts ------------------------------------------

def _when(value) -> str:
    return value.astimezone(dt.timezone.utc).strftime("%d. %m. %Y %H:%M UTC") if value else "—"


def _value(value) -> str:
    if value is None or value == "":
        return "(prazno)"
    if isinstance(value, str):
        return format_date(value) if len(value) == 10 and value[4] == "-" and value[7] == "-" else value
    return str(value)


def _latin_already(data: dict) -> str:
    """A name written in Latin letters is its own Latin form (the station keeps ``latin_name`` only for others)."""
    name = " ".join(filter(None, [data.get("surname"), data.get("given_name")]))
    return name if name and all(ord(ch) < 0x250 for ch in name) else ""


#: the rows of the side-by-side comparison: (label, how to read it from a person of supervision._person)
_COMPARE = (
    ("Priimek in ime (izvirna pisava)", lambda p: " ".join(filter(None, [p["data"].get("surname"),
                                                                        p["data"].get("given_name")]))),
    ("Ime v latinici", lambda p: p["data"].get("latin_name") or _latin_already(p["data"])),
    ("Datum rojstva", lambda p: format_date(p["data"].get("birth_date")) if p["data"].get("birth_date") else ""),
    ("Kraj in država rojstva", lambda p: ", ".join(filter(None, [p["data"].get("birth_place"),
                                                                 p["data"].get("birth_country")]))),
    ("Spol", lambda p: p["data"].get("sex") or ""),
    ("Državljanstvo", lambda p: p["data"].get("citizenship") or ""),
    ("EMŠO", lambda p: p["data"].get("emso") or ""),
    ("Dokumenti", lambda p: "; ".join(f"{d['kind'] or 'dokument'} {d['number']}" + (f" ({d['country']})" if d["country"]
                                                                                       else "") for d in p["documents"])),
    ("Vpisano na postaji", lambda p: format_date((p["data"].get("created_at") or "")[:10]) if p["data"].get(
        "created_at") else ""),
    ("Postaja", lambda p: p["station"]),
    ("Obrazci", lambda p: "; ".join(f"{f['code']} ({'osnutek' if f['status'] == 'draft' else 'zaključen'},"
                                    f" {f['station']})" for f in p["forms"])),
)


def duplicate_html(candidate: dict, csrf: str) -> str:
    a, b, cid = candidate["a"], candidate["b"], candidate["id"]
    rows = []
    for label, read in _COMPARE:
        left, right = read(a) or "—", read(b) or "—"
        same = ' class="enako"' if left == right and left != "—" else ""
        rows.append(f"<tr><th>{html.escape(label)}</th><td{same}>{html.escape(left)}</td>"
                    f"<td{same}>{html.escape(right)}</td></tr>")

    def button(action: str, label: str, button_id: str, keep: str = "") -> str:
        keep_field = f'<input type="hidden" name="ohrani" value="{keep}">' if keep else ""
        return (f'<form class="inline" method="post" action="/dvojniki/{cid}"><input type="hidden" name="csrf"'
                f' value="{csrf}"><input type="hidden" name="odlocitev" value="{action}">{keep_field}'
                f'<button id="{button_id}">{html.escape(label)}</button></form>')
    actions = "" if candidate["status"] != "open" else (
        '<p class="odlocitve">'
        + button("merge", "Združi — glavni zapis je levi", f"zdruzi-{cid}-a", a["id"])
        + button("merge", "Združi — glavni zapis je desni", f"zdruzi-{cid}-b", b["id"])
        + button("distinct", "Ni ista oseba", f"razlicni-{cid}") + "</p>"
        '<p>Združitev ohrani oba zapisa: drugi zapis dobi oznako, da je združen v glavnega (nič se ne izbriše).</p>')
    return (f'<section class="kandidat" id="kandidat-{cid}"><h2>Kandidat št. {cid}: {html.escape(candidate["reason_text"])}'
            f'</h2><table class="ob"><tr><th></th><th><a href="/osebe/{a["id"]}">Levi zapis</a> ({html.escape(a["station"])})'
            f'</th><th><a href="/osebe/{b["id"]}">Desni zapis</a> ({html.escape(b["station"])})</th></tr>{"".join(rows)}'
            f'</table>{actions}</section>')


def person_html(person: dict, stations: list[tuple], relocations: list[tuple], csrf: str, may_move: bool) -> str:
    rows = "".join(f"<tr><th>{html.escape(label)}</th><td>{html.escape(read(person) or '—')}</td></tr>"
                   for label, read in _COMPARE)
    merged = (f'<p>Zapis je združen v <a href="/osebe/{person["merged_into"]}">glavni zapis</a>.</p>'
              if person["merged_into"] else "")
    history = "".join(f"<li>{_when(at)}: {html.escape(src)} → {html.escape(dst)} ({html.escape(by)})</li>"
                      for at, src, dst, by in relocations)
    body = [f'<table class="ob" id="oseba">{rows}</table>{merged}',
            f'<h2>Premestitve</h2><ul id="premestitve">{history or "<li>Oseba ni bila premeščena.</li>"}</ul>']
    others = [name for sid, name in stations if sid != person["station_id"]]
    if may_move and others:
        options = "".join(f'<option>{html.escape(n)}</option>' for n in others)
        body.append(f'<form method="post" action="/osebe/{person["id"]}/premestitev"><input type="hidden" name="csrf"'
                    f' value="{csrf}"><label>Premesti primer na postajo <select name="postaja" id="postaja">{options}'
                    f'</select></label> <button id="premesti">Premesti</button><p>Oseba in njeni nezaključeni obrazci'
                    f' preidejo na izbrano postajo; zaključeni obrazci ostanejo zgodovina postaje, ki jih je izdala,'
                    f' in jih nova postaja prejme le za branje.</p></form>')
    return "".join(body)


#: the person's attributes (app.engine.prefill.PERSON_ATTRIBUTES) as the conflicts page names them
FIELD_LABELS = {
    "surname": "Priimek", "given_name": "Ime", "birth_date": "Datum rojstva", "birth_place": "Kraj rojstva",
    "birth_country": "Država rojstva", "sex": "Spol", "citizenship": "Državljanstvo", "emso": "EMŠO",
    "marital_status": "Zakonski stan", "address_si": "Naslov v Sloveniji", "address_abroad": "Naslov v tujini",
    "departure_date": "Datum odhoda", "entry_date": "Datum vstopa v Slovenijo", "phone": "Telefon",
    "email": "E-pošta", "card_number": "Številka izkaznice", "tax_number": "Davčna številka", "iban": "IBAN",
    "latin_name": "Ime v latinici", "status": "Stanje", "protection_granted_on": "Začasna zaščita od",
    "protection_ended_on": "Začasna zaščita do", "photo_sha256": "Fotografija", "family_links": "Družinske povezave",
}


def conflict_html(conflict: dict, csrf: str) -> str:
    cid = conflict["id"]
    cells = []
    for side, label in (("current", "Vrednost v registru"), ("incoming", "Prispela vrednost")):
        info = conflict[side]
        cells.append(
            f'<td class="stran" id="konflikt-{cid}-{side}"><strong>{html.escape(label)}</strong><br>'
            f'<span class="vrednost">{html.escape(_value(info["value"]))}</span><br>postaja:'
            f' {html.escape(info["station"])}<br>uradna oseba: {html.escape(info["official"] or "—")}<br>čas:'
            f' {_when(info["at"])}<br><form method="post" action="/konflikti/{cid}"><input type="hidden" name="csrf"'
            f' value="{csrf}"><input type="hidden" name="ohrani" value="{side}"><button id="ohrani-{cid}-{side}">'
            f'Ohrani to vrednost</button></form></td>')
    field = conflict["field"]
    label = FIELD_LABELS.get(field, field)
    person = (f'<a href="/osebe/{conflict["record_id"]}">{html.escape(conflict["name"] or conflict["record_id"])}</a>'
              if conflict["kind"] == "person" else html.escape(conflict["record_id"]))
    return (f'<section class="konflikt" id="konflikt-{cid}"><h2>{person}: polje »{html.escape(label)}«'
            f' <small>({html.escape(field)})</small></h2><p>Pred spremembo: {html.escape(_value(conflict["base"]))}</p>'
            f'<table class="ob"><tr>{"".join(cells)}</tr></table></section>')


def _supervision_routes(web: APIRouter, run, user_of, form_of, to_login) -> None:
    from app.server import supervision
    from app.server.register import Refused

    def flash(request: Request) -> str:
        text = request.query_params.get("sporocilo")
        return f'<p class="sporocilo" id="sporocilo">{html.escape(text)}</p>' if text else ""

    async def posted(request: Request):
        """The logged-in user and the form, or a refusal: no session, or a POST without the session's CSRF."""
        user = await user_of(request)
        if user is None:
            return None, None, to_login()
        form = await form_of(request)
        if not secrets.compare_digest(form.get("csrf", "").encode(), user["csrf"].encode()):
            return user, form, Response("Zahteva nima veljavnega žetona CSRF; osvežite stran in poskusite znova.",
                                        status_code=403)
        return user, form, None

    @web.get("/dvojniki")
    async def duplicates(request: Request, stanje: str = "open") -> Response:
        user = await user_of(request)
        if user is None:
            return to_login()
        stanje = stanje if stanje in ("open", "merged", "distinct") else "open"
        queue = await run(supervision.duplicate_queue, user, stanje)
        tabs = " · ".join(f'<a href="/dvojniki?stanje={k}">{v}</a>' for k, v in
                          (("open", "odprti"), ("merged", "združeni"), ("distinct", "niso ista oseba")))
        intro = (f'<p>Osebe, ki jih je centralni register našel dvakrat (enak EMŠO, enak dokument ali enak datum'
                 f' rojstva in ime v katerikoli pisavi). Preverite oba zapisa in odločite. {tabs}</p>')
        if not queue:
            body = '<p id="prazno">Ni kandidatov za združitev.</p>'
        else:
            body = "".join(duplicate_html(c, user["csrf"]) if stanje == "open" else
                           duplicate_html(c, user["csrf"]) + f'<p>Odločil(a): {html.escape(c["decided_by"] or "—")},'
                           f' {_when(c["decided_at"])}</p>' for c in queue)
        return _page("Možni dvojniki", flash(request) + intro + body, user)

    @web.post("/dvojniki/{candidate_id}")
    async def decide(candidate_id: int, request: Request) -> Response:
        user, form, refused = await posted(request)
        if refused is not None:
            return refused
        action = form.get("odlocitev", "")
        try:
            await run(supervision.decide_duplicate, user, candidate_id, action, form.get("ohrani"))
        except Refused as err:
            return _page("Možni dvojniki", f'<p class="napaka" id="napaka">{html.escape(str(err))}</p>'
                         '<p><a href="/dvojniki">Nazaj na seznam</a></p>', user)
        text = (f"Kandidat št. {candidate_id}: zapisa sta združena (oba ostaneta)." if action == "merge"
                else f"Kandidat št. {candidate_id}: označeno, da ni ista oseba.")
        return RedirectResponse("/dvojniki?" + urlencode({"sporocilo": text}), status_code=303)

    @web.get("/konflikti")
    async def conflicts(request: Request) -> Response:
        user = await user_of(request)
        if user is None:
            return to_login()
        found = await run(supervision.conflict_list, user)
        intro = ('<p>Isto polje je bilo na dveh postajah spremenjeno različno. Register ni izbral sam: odločite,'
                 ' katera vrednost ostane; postaje jo prejmejo ob naslednji sinhronizaciji.</p>')
        body = "".join(conflict_html(c, user["csrf"]) for c in found) or '<p id="prazno">Ni odprtih konfliktov.</p>'
        return _page("Konflikti", flash(request) + intro + body, user)

    @web.post("/konflikti/{conflict_id}")
    async def resolve(conflict_id: int, request: Request) -> Response:
        user, form, refused = await posted(request)
        if refused is not None:
            return refused
        try:
            await run(supervision.resolve_conflict, user, conflict_id, form.get("ohrani", ""))
        except Refused as err:
            return _page("Konflikti", f'<p class="napaka" id="napaka">{html.escape(str(err))}</p>'
                         '<p><a href="/konflikti">Nazaj na seznam</a></p>', user)
        return RedirectResponse("/konflikti?" + urlencode({"sporocilo": f"Konflikt št. {conflict_id} je razrešen."}),
                                status_code=303)

    @web.get("/osebe/{person_id}")
    async def person(person_id: str, request: Request) -> Response:
        user = await user_of(request)
        if user is None:
            return to_login()
        try:
            pid = uuid.UUID(person_id)
        except ValueError:
            return _page("Oseba", '<p class="napaka">Oseba nima veljavnega UUID.</p>', user)

        def work(conn):
            if conn.execute("SELECT 1 FROM persons WHERE id = %s", (pid,)).fetchone() is None:
                return None
            found = supervision._person(conn, pid)
            seen = user["role"] == "ministry" or found["station_id"] == user["station_id"] or conn.execute(
                "SELECT 1 FROM duplicate_candidates d JOIN persons o ON o.id = CASE WHEN d.person_a = %s THEN"
                " d.person_b ELSE d.person_a END WHERE (d.person_a = %s OR d.person_b = %s) AND o.station_id = %s",
                (pid, pid, pid, user["station_id"])).fetchone() is not None or conn.execute(
                "SELECT 1 FROM relocations WHERE person_id = %s AND from_station = %s",  # a case it handed over
                (pid, user["station_id"])).fetchone() is not None
            if not seen:
                return None
            stations = list(conn.execute("SELECT id, name FROM stations WHERE revoked_at IS NULL AND enrolled_at IS"
                                         " NOT NULL ORDER BY name"))
            moves = list(conn.execute("SELECT r.at, a.name, b.name, r.by_name FROM relocations r JOIN stations a ON"
                                      " a.id = r.from_station JOIN stations b ON b.id = r.to_station WHERE"
                                      " r.person_id = %s ORDER BY r.id", (pid,)))
            return found, stations, moves
        found = await run(work)
        if found is None:
            return _page("Oseba", '<p class="napaka">Te osebe ni ali ni na vaši postaji.</p>', user)
        person_, stations, moves = found
        may_move = user["role"] == "ministry" or person_["station_id"] == user["station_id"]
        name = " ".join(filter(None, [person_["data"].get("surname"), person_["data"].get("given_name")])) or "Oseba"
        return _page(name, flash(request) + person_html(person_, stations, moves, user["csrf"], may_move), user)

    @web.post("/osebe/{person_id}/premestitev")
    async def relocate(person_id: str, request: Request) -> Response:
        user, form, refused = await posted(request)
        if refused is not None:
            return refused

        def work(conn):
            target = supervision.station_id(conn, form.get("postaja", ""))
            return supervision.relocate(conn, person_id, target, user["name"], user=user)
        try:
            await run(work)
        except Refused as err:
            return _page("Premestitev", f'<p class="napaka" id="napaka">{html.escape(str(err))}</p>', user)
        text = f"Oseba je premeščena na postajo »{form.get('postaja', '')}«; postaja jo prejme ob sinhronizaciji."
        return RedirectResponse(f"/osebe/{person_id}?" + urlencode({"sporocilo": text}), status_code=303)
