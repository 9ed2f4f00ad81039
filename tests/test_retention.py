"""Retention and erasure: periods per kind of record (settings with documented defaults), the list of what
is due, erasure of a person with everything of theirs in one transaction with an audit entry and nothing
left readable in the database file, and the data subject's own copy (PDF and JSON)."""

import datetime as dt
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.engine.roles import NotAllowed  # noqa: E402
from app.store import audit, retention  # noqa: E402
from app.store.db import MIGRATIONS, fts_rowid, open_store  # noqa: E402
from app.store.retention import (  # noqa: E402
    DEFAULTS, DRAFT_UNLINKED, FORM_UNLINKED, PERSON_ENDED, PERSON_INACTIVE, PRINT_LOG, NotDue, RetentionError,
)
from app.store.serials import SerialBook  # noqa: E402

TODAY = dt.date.today()
#: the erased person's names: unique in the database, with č, š, ž and Cyrillic
SURNAME, GIVEN = "Ščuklježič", "Ђурђиница"
FOLDED = "scuklje"  # how the search index and the list of forms keep the name (without diacritics)
EMSO = "0205980505123"


def jpeg(colour=(120, 130, 140)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (350, 450), colour).save(out, "JPEG")
    return out.getvalue()


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file, decrypted (AES-256-CBC with the raw key; the IV is in each page's
    reserved tail of 80 bytes, page 1 starts with the 16-byte salt): what is on the disk, readable."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    data = Path(path).read_bytes()
    size, reserve = 4096, 80
    pages = []
    for number in range(len(data) // size):
        raw = data[number * size:(number + 1) * size]
        iv = raw[size - reserve:size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(raw[16 if number == 0 else 0:size - reserve]) + decryptor.finalize())
    return b"".join(pages)


def traces(blob: bytes) -> list[str]:
    """Which of the erased person's values are in the bytes."""
    needles = {SURNAME: SURNAME.encode(), GIVEN: GIVEN.encode(), FOLDED: FOLDED.encode(), EMSO: EMSO.encode(),
               "FX 977": b"FX 977 312", "FX977": b"FX977312", "address": "Ulica Ščuklježičev".encode()}
    return [name for name, needle in needles.items() if needle in blob]


@pytest.fixture
def ended(workspace):
    """A person whose protection ended in March 2015, with a son (protection ended 2016), a document, a
    photo, a signed ZZ-1 with a ZZ-2 issued from it, a card with its serial and photo, print jobs; and
    an unrelated person with a form printed in the same job."""
    ws = workspace
    reg = ws.register
    pid = reg.add_person(surname=SURNAME, given_name=GIVEN, birth_date="1980-05-02", sex="Z", citizenship="UKR",
                         emso=EMSO, address_si="Ulica Ščuklježičev 5, Logatec", marital_status="married")
    son = reg.add_person(surname="Ščuklja", given_name="Žan", birth_date="2015-01-01", sex="M", citizenship="UKR")
    other = reg.add_person(surname="Kovalenko", given_name="Tetjana", birth_date="1990-11-11")
    reg.link(pid, son, "sin", "accompanying", reverse_relationship="mati")
    reg.link(son, pid, "mati", "accompanying", legal_representative=True, accompanies_minor=True)
    reg.add_document(pid, doc_type="potni list", doc_number="FX 977 312", issued_on="2019-06-04")
    reg.set_photo(pid, jpeg())
    zz1 = ws.new_draft_for_person("ZZ-1", pid)
    ws.save(zz1.id, {**ws.drafts.get(zz1.id).data, "phone": "+386 41 555 218"})
    ws.drafts.finish(zz1.id)
    signed_id = ws.signed.record(zz1.id, b"%PDF-1.4 " + SURNAME.encode() * 3, "Mojca Žagar", "ab" * 32)
    zz2 = ws.drafts.create("ZZ-2", ws.definition("ZZ-2").version, {"surname": SURNAME}, person_id=pid,
                           parent_id=zz1.id)
    card = ws.new_draft_for_person("ZZ-8", pid)
    ws.attach_photo(card.id, jpeg((90, 100, 110)), data=ws.drafts.get(card.id).data)
    serial = SerialBook(ws.db).issue("logatec", draft_id=card.id, person_id=pid)
    other_form = ws.new_draft_for_person("ZZ-1", other)
    shared_job = ws.print_log.record("HP LaserJet", [{"kind": "form", "draft_id": zz1.id, "signed_id": signed_id},
                                                     {"kind": "form", "draft_id": other_form.id}], pages=4)
    own_job = ws.print_log.record("Evolis", [{"kind": "card", "draft_id": card.id}], pages=1)
    for person, day in ((pid, "2015-03-01"), (son, "2016-02-10")):
        reg.update_person(person, status="ended")
        ws.db.execute("UPDATE persons SET protection_ended_on = ? WHERE id = ?", [day, person])
    return {"pid": pid, "son": son, "other": other, "drafts": [zz1.id, zz2.id, card.id], "zz1": zz1.id,
            "card": card.id, "signed_id": signed_id, "serial": serial, "other_form": other_form.id,
            "shared_job": shared_job, "own_job": own_job}


def login_as(workspace, role: str):
    """A second session on the workspace's station as a new user with `role`."""
    from ws_helpers import FAST_KDF

    from app.workspace import login

    password = f"geslo-za-{role}-42"
    workspace.add_account(role[:8], f"Preizkus {role}", role, password)
    return login(workspace.path, role[:8], password, kdf=FAST_KDF)


# --- periods ---------------------------------------------------------------------------------------


def test_default_periods_and_their_words(workspace):
    assert retention.periods(workspace.db) == DEFAULTS == {
        PERSON_ENDED: 60, PERSON_INACTIVE: 60, FORM_UNLINKED: 60, DRAFT_UNLINKED: 6, PRINT_LOG: 24}
    assert set(DEFAULTS) == set(retention.KINDS) == set(retention.KIND_NAMES) == set(retention.KIND_FROM)
    assert "73. člen ZZZRO-1" in retention.__doc__ and "115. člen" in retention.__doc__
    assert [retention.period_text(m) for m in (60, 24, 6, 18, 1, 3, 0)] == [
        "5 let", "2 leti", "6 mesecev", "1 leto in 6 mesecev", "1 mesec", "3 meseci", "brez roka (se ne briše)"]
    assert [retention.parse_period(t) for t in ("60", "6m", "5y", "5 let", "2l", "0")] == [60, 6, 60, 60, 24, 0]
    for bad in ("", "pet let", "-1", "200 let"):
        with pytest.raises(RetentionError):
            retention.parse_period(bad)
    add = retention.add_months
    assert add(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)
    assert add(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add(dt.date(2025, 3, 31), -1) == dt.date(2025, 2, 28)
    # a setting that does not parse falls back to the default instead of breaking the list
    workspace.settings.set("retention.print_log", "dve leti")
    assert retention.periods(workspace.db)[PRINT_LOG] == 24


def test_the_day_protection_ended_is_recorded(workspace):
    reg = workspace.register
    pid = reg.add_person(surname="Novak", given_name="Ana")
    assert reg.get(pid)["protection_ended_on"] is None
    reg.update_person(pid, status="ended")
    assert reg.get(pid)["protection_ended_on"] == reg.get(pid)["updated_at"][:10]
    reg.update_person(pid, surname="Novak-Kos")  # another change keeps the day
    workspace.db.execute("UPDATE persons SET protection_ended_on = '2020-01-31' WHERE id = ?", [pid])
    reg.update_person(pid, phone="+386 1 000 000")
    assert reg.get(pid)["protection_ended_on"] == "2020-01-31"
    reg.update_person(pid, status="granted")  # protection again: no end
    assert reg.get(pid)["protection_ended_on"] is None
    born_ended = reg.add_person(surname="Kos", given_name="Bor", status="ended")
    assert reg.get(born_ended)["protection_ended_on"] == reg.get(born_ended)["created_at"][:10]


def test_migration_gives_persons_already_ended_the_day_of_their_last_change(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = open_store(path)
    from app.store.register import Register

    reg = Register(db)
    pid = reg.add_person(surname="Novak", given_name="Ana", status="ended")
    other = reg.add_person(surname="Kos", given_name="Bor")
    db.execute("UPDATE persons SET updated_at = '2019-04-05T10:00:00.000000Z' WHERE id = ?", [pid])
    from ws_helpers import drop_schema_v8

    drop_schema_v8(db)
    for trigger in ("persons_ended_insert", "persons_ended_update"):  # as version 6 left it
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("ALTER TABLE persons DROP COLUMN protection_ended_on")
    db.execute("ALTER TABLE persons DROP COLUMN latin_name")  # added by version 9
    for index in ("family_links_relative", "drafts_parent_id", "signed_documents_previous_id", "print_items_signed_id",
                  "card_serials_draft_id", "card_serials_person_id"):
        db.execute(f"DROP INDEX {index}")
    db.execute("PRAGMA user_version = 6")
    db.conn.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 7
    assert dict(db.execute("SELECT id, protection_ended_on FROM persons").fetchall()) == {pid: "2019-04-05",
                                                                                        other: None}
    db.conn.close()


# --- what is due -----------------------------------------------------------------------------------


def test_settings_change_what_is_due(workspace):
    ws = workspace
    reg = ws.register
    pid = reg.add_person(surname="Novak", given_name="Ana", status="ended")
    three_years_ago = retention.add_months(TODAY, -36)
    ws.db.execute("UPDATE persons SET protection_ended_on = ? WHERE id = ?", [three_years_ago.isoformat(), pid])
    draft = ws.new_draft("ZZ-1")  # tied to nobody, never finished
    assert ws.retention_due() == []

    ws.set_retention_period(PERSON_ENDED, "2l")
    (item,) = ws.retention_due()
    assert (item.kind, item.id, item.name) == (PERSON_ENDED, pid, "Novak Ana")
    assert item.due_since == retention.add_months(three_years_ago, 24) and item.since == three_years_ago
    assert item.reason == f"začasna zaščita prenehala {three_years_ago:%d. %m. %Y}; rok hrambe 2 leti"
    assert [e.detail for e in audit.entries(ws.db, action="settings", limit=1)] == [{}]
    assert audit.entries(ws.db, action="settings", limit=1)[0].target_id == "retention.person_ended"

    # the unfinished draft: due after 6 months of no change, not after 7 when the period is 12
    later = retention.add_months(TODAY, 7)
    assert [(i.kind, i.id) for i in ws.retention_due(later) if i.kind == DRAFT_UNLINKED] == [
        (DRAFT_UNLINKED, draft.id)]
    ws.set_retention_period(DRAFT_UNLINKED, 12)
    assert [i for i in ws.retention_due(later) if i.kind == DRAFT_UNLINKED] == []
    ws.set_retention_period(PERSON_ENDED, 0)  # never
    assert ws.retention_due(later) == []
    # periods given directly (the dialog's preview, tests)
    assert [i.id for i in retention.due_for_erasure(ws.db, later, {DRAFT_UNLINKED: 3})] == [draft.id]


def test_inactive_persons_forms_and_print_log(workspace):
    ws = workspace
    applicant = ws.register.add_person(surname="Novak", given_name="Ana")
    ws.new_draft_for_person("ZZ-1", applicant)
    finished = ws.new_draft("ZZ-1")
    ws.drafts.finish(finished.id)
    job = ws.print_log.record("HP", [{"kind": "blank"}])
    assert ws.retention_due(retention.add_months(TODAY, 23)) == []
    in_two_years = retention.add_months(TODAY, 25)
    assert [(i.kind, i.id) for i in ws.retention_due(in_two_years)] == [(PRINT_LOG, job)]
    in_five_years = retention.add_months(TODAY, 61)
    due = ws.retention_due(in_five_years)
    assert {(i.kind, i.id) for i in due} == {(PRINT_LOG, job), (PERSON_INACTIVE, applicant),
                                             (FORM_UNLINKED, finished.id)}
    assert [i.due_since for i in due] == sorted(i.due_since for i in due)  # the longest overdue first
    (person_item,) = [i for i in due if i.kind == PERSON_INACTIVE]
    assert "(prosilec)" in person_item.reason and person_item.name == "Novak Ana"
    # activity moves the day: a change of the person's form today + 1 year
    ws.db.execute("UPDATE drafts SET updated_at = ? WHERE person_id = ?",
                  [retention.add_months(TODAY, 12).isoformat() + "T08:00:00.000000Z", applicant])
    assert PERSON_INACTIVE not in {i.kind for i in ws.retention_due(in_five_years)}

    report = ws.erase_due([job, finished.id], "potek roka hrambe", today=in_five_years)
    assert (report.print_jobs, report.drafts, report.persons) == (1, 1, 0)
    assert ws.db.execute("SELECT count(*) FROM print_jobs").fetchone()[0] == 0
    with pytest.raises(Exception):
        ws.drafts.get(finished.id)


def test_a_family_is_due_together(workspace, ended):
    ws = workspace
    son_ended = "2016-02-10"
    due = {i.id: i for i in ws.retention_due()}
    assert set(due) == {ended["pid"], ended["son"]}
    family_day = retention.add_months(dt.date.fromisoformat(son_ended), 60)
    assert due[ended["pid"]].due_since == due[ended["son"]].due_since == family_day
    assert "z družino (2 osebi), rok poteče z zadnjim družinskim članom" in due[ended["pid"]].reason
    # the son's protection again: his mother's record stays while it is needed for his procedure
    ws.register.update_person(ended["son"], status="granted")
    assert ws.retention_due() == []


# --- erasure ---------------------------------------------------------------------------------------


def test_erase_a_person_with_everything_of_theirs(workspace, ended):
    ws = workspace
    pid, drafts = ended["pid"], ended["drafts"]
    head_before = audit.head(ws.db)[0]
    counts = retention.contents(ws.db, [i for i in ws.retention_due() if i.id == pid])
    assert counts == {"persons": 1, "drafts": 3, "signed_documents": 1, "person_documents": 1, "person_photos": 1,
                      "photos": 2, "family_links": 2, "print_jobs": 0, "serials": 1}

    report = ws.erase_due([pid], "potek roka hrambe po 73. členu ZZZRO-1")

    assert audit.head(ws.db)[0] == head_before + 1  # one entry, appended; none removed
    assert (report.persons, report.drafts, report.serials_kept) == (1, 0, 1)
    assert report.rows == {"persons": 1, "persons_fts": 1, "drafts": 3, "photos": 2, "signed_documents": 1,
                           "print_items": 2, "print_jobs": 1, "person_documents": 1, "person_photos": 1,
                           "family_links": 2}
    assert report.checkpointed and report.drafts_unlinked == 0
    assert report.erased["persons"] == [pid] and sorted(report.erased["drafts"]) == sorted(drafts)
    assert report.erased["print_jobs"] == []
    one = lambda sql, *params: ws.db.execute(sql, params).fetchone()[0]  # noqa: E731
    marks = ", ".join("?" * len(drafts))
    assert one("SELECT count(*) FROM persons WHERE id = ?", pid) == 0
    assert one("SELECT count(*) FROM person_documents WHERE person_id = ?", pid) == 0
    assert one("SELECT count(*) FROM person_photos WHERE person_id = ?", pid) == 0
    assert one("SELECT count(*) FROM family_links WHERE person_id = ? OR relative_id = ?", pid, pid) == 0
    assert one(f"SELECT count(*) FROM drafts WHERE id IN ({marks}) OR person_id = ?", *drafts, pid) == 0
    assert one(f"SELECT count(*) FROM photos WHERE draft_id IN ({marks})", *drafts) == 0
    assert one(f"SELECT count(*) FROM signed_documents WHERE draft_id IN ({marks})", *drafts) == 0
    assert one(f"SELECT count(*) FROM print_items WHERE draft_id IN ({marks}) OR signed_id = ?", *drafts,
               ended["signed_id"]) == 0
    assert one("SELECT count(*) FROM print_jobs WHERE id = ?", ended["own_job"]) == 0  # nothing else was in it
    assert [r.draft_id for r in ws.print_log.job(ended["shared_job"])] == [ended["other_form"]]
    assert one("SELECT count(*) FROM persons_fts WHERE rowid = ?", fts_rowid(pid)) == 0
    assert one("SELECT count(*) FROM persons_fts WHERE person_id = ?", pid) == 0
    assert ws.register.search("scuklje") == [] and ws.register.search("FX977") == []
    # the serial number stays used, without its person and form
    row = SerialBook(ws.db).get(ended["serial"])
    assert (row.status, row.person_id, row.draft_id) == ("issued", None, None)
    assert SerialBook(ws.db).issue("logatec") == "LOGATEC-000002"
    # the son stays (his own erasure is the supervisor's choice), without the links to his mother
    assert ws.register.get(ended["son"])["surname"] == "Ščuklja" and ws.register.links(ended["son"]) == []
    assert [p.id for p in ws.register.search("scuklja")] == [ended["son"]]
    # the list of forms still counts right (kept by triggers)
    assert one("SELECT coalesce(sum(n), 0) FROM draft_counts") == one("SELECT count(*) FROM drafts")
    assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []

    # the audit trail: nothing erased from it, one »erase« entry for the person with ids and counts only
    assert audit.check(ws.db).ok
    (entry,) = audit.entries(ws.db, action="erase")
    assert (entry.target, entry.target_id, entry.person_id, entry.user) == ("person", pid, pid, "admin")
    assert entry.detail["kind"] == PERSON_ENDED and entry.detail["reason"] == "potek roka hrambe po 73. členu ZZZRO-1"
    assert entry.detail["counts"]["drafts"] == 3 and sorted(entry.detail["drafts"]) == sorted(drafts)
    assert entry.detail["serials"] == [ended["serial"]]
    stored = ws.db.execute("SELECT * FROM audit_log").fetchall()
    assert not traces(json.dumps(stored, ensure_ascii=False).encode()), "an audit entry holds a value"
    assert len(audit.entries(ws.db, person_id=pid, limit=1000)) > 5  # the history of the person stays, as ids


def test_nothing_of_the_erased_person_is_left_in_the_file(workspace, ended):
    """The encrypted file's pages, decrypted with the data key: before the erasure the values are there,
    after it (secure delete, the search index merged, the WAL checkpointed) they are not."""
    ws = workspace
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert ws.db.execute("PRAGMA secure_delete").fetchone()[0] == 1  # SQLCipher's default: changes are zeroed too
    assert set(traces(decrypted_pages(ws.path, ws._key))) >= {SURNAME, GIVEN, FOLDED, EMSO, "FX977", "address"}
    ws.erase_due([ended["pid"]], "potek roka hrambe")
    wal = Path(str(ws.path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert traces(decrypted_pages(ws.path, ws._key)) == []
    assert ws.db.execute("PRAGMA secure_delete").fetchone()[0] == 1  # as it was


@pytest.mark.parametrize("renamed, compact, secure", [(False, False, 1), (True, True, 0)])
def test_plain_database_keeps_no_copy_after_erasure(tmp_path, renamed, compact, secure):
    """On a plain (unencrypted) store, read byte by byte: with secure delete on, as the store opens every
    database, the erasure leaves nothing; on a SQLite that did not zero deleted content all along, copies
    left in free space earlier (old values, and old segments of the search index merged while it was off)
    go with `compact` (VACUUM) — without it they may stay, depending on where the index's merges fell."""
    from app.store.drafts import DraftStore
    from app.store.register import Register

    path = tmp_path / "plain.sqlite3"
    db = open_store(path)
    db.execute(f"PRAGMA secure_delete = {secure}")
    reg = Register(db)
    drafts = DraftStore(db, {"ZZ-1": ("surname", "given_name")})
    for n in range(40):
        reg.add_person(surname=f"Drugi{n}", given_name="Ana", address_si="Cesta " * 30)
    pid = reg.add_person(surname="Prej" if renamed else SURNAME, given_name=GIVEN, emso=EMSO,
                         address_si="Ulica Ščuklježičev 5")
    reg.add_document(pid, doc_type="potni list", doc_number="FX 977 312")
    draft = drafts.create("ZZ-1", "1", {"surname": SURNAME, "given_name": GIVEN}, person_id=pid)
    for n in range(5):
        drafts.save(draft.id, {"surname": SURNAME, "given_name": GIVEN, "note": "x" * n * 400})
    if renamed:
        reg.update_person(pid, surname=SURNAME)
        reg.update_person(pid, surname="Potem")
    reg.update_person(pid, status="ended")
    db.execute("UPDATE persons SET protection_ended_on = '2015-01-01' WHERE id = ?", [pid])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert SURNAME.encode() in path.read_bytes()

    items = [i for i in retention.due_for_erasure(db) if i.id == pid]
    report = retention.erase(db, items, "potek roka hrambe", compact=compact)

    assert report.persons == 1 and report.compacted == compact and report.checkpointed
    content = path.read_bytes() + (Path(str(path) + "-wal").read_bytes() if Path(str(path) + "-wal").exists() else b"")
    assert traces(content) == []
    assert b"Potem" not in content and b"potem" not in content
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == secure  # the connection's setting is restored
    db.conn.close()


def test_what_erasure_refuses(workspace, ended):
    ws = workspace
    pid = ended["pid"]
    for reason in ("", "   "):
        with pytest.raises(RetentionError, match="razlog"):
            ws.erase_due([pid], reason)
    for reason in (f"na zahtevo {GIVEN} {SURNAME}", "na zahtevo ga. scukljezic", f"EMŠO {EMSO}", "potni list FX977312"):
        with pytest.raises(RetentionError, match="osebnih podatkov"):
            ws.erase_due([pid], reason)
    with pytest.raises(NotDue):
        ws.erase_due([ended["other"]], "potek roka hrambe")  # not due: nothing erased
    with pytest.raises(NotDue):
        ws.erase_due([pid, ended["other"]], "potek roka hrambe")
    with pytest.raises(RetentionError):
        ws.erase_due([], "potek roka hrambe")
    # due on the list, but no longer when erased (the protection was reinstated meanwhile)
    items = ws.retention_due()
    ws.register.update_person(pid, status="granted")
    with pytest.raises(NotDue):
        retention.erase(ws.db, items, "potek roka hrambe")
    assert ws.register.get(pid)["surname"] == SURNAME and audit.entries(ws.db, action="erase") == []
    assert audit.check(ws.db).ok


def test_roles(workspace, ended):
    official = login_as(workspace, "official")
    supervisor = login_as(workspace, "supervisor")
    try:
        for call in (lambda: official.retention_due(), lambda: official.retention_periods(),
                     lambda: official.erase_due([ended["pid"]], "potek roka hrambe"),
                     lambda: official.set_retention_period(PRINT_LOG, 12),
                     lambda: supervisor.set_retention_period(PRINT_LOG, 12)):
            with pytest.raises(NotAllowed):
                call()

        with pytest.raises(NotAllowed):
            official.subject_export(ended["pid"])
        with pytest.raises(NotAllowed):
            official.subject_export_json(ended["pid"])
        assert {i.id for i in supervisor.retention_due()} == {ended["pid"], ended["son"]}
        assert supervisor.subject_export(ended["pid"]).startswith(b"%PDF")
        supervisor.erase_due([ended["son"]], "potek roka hrambe")
        assert audit.entries(workspace.db, action="erase")[0].user == "supervis"
        assert workspace.set_retention_period(PRINT_LOG, "3l") == 36  # the administrator's
    finally:
        official.close()
        supervisor.close()


# --- the data subject's copy ---------------------------------------------------------------------


def pdf_texts(pdf: bytes, tmp_path: Path) -> list[str]:
    """The PDF's text as pypdf reads it and, independently, as poppler's pdftotext does (when installed)."""
    from pypdf import PdfReader

    texts = ["\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)]
    if shutil.which("pdftotext"):
        target = tmp_path / "izpis.pdf"
        target.write_bytes(pdf)
        texts.append(subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                                    check=True).stdout)
    return texts


def test_subject_export_pdf(workspace, ended, tmp_path):

    ws = workspace
    pdf = ws.subject_export(ended["pid"])
    assert pdf.startswith(b"%PDF") and b"DejaVu" in pdf
    texts = pdf_texts(pdf, tmp_path)
    for text in texts:
        for name in (SURNAME, GIVEN, f"{SURNAME} {GIVEN}", "Ščuklja Žan", "Ulica Ščuklježičev"):
            assert name in text, name
    text = texts[-1]
    for expected in ("Izpis osebnih podatkov", f"{SURNAME} {GIVEN}", GIVEN, SURNAME, "02. 05. 1980", "Ukrajina",
                     "Ulica Ščuklježičev 5, Logatec", "FX 977 312", "Ščuklja Žan", "sin", "spremlja",
                     "ZZ-1 – Vloga za priznanje statusa začasne zaščite", "+386 41 555 218", "ZZ-8", "ZZ-2",
                     "zaključen, podpisan", "HP LaserJet", "Evolis", ended["serial"], "Mojca Žagar",
                     "Rok hrambe", "5 let od prenehanja začasne zaščite", f"{TODAY:%d. %m. %Y}"):
        assert expected in text, expected
    (entry,) = audit.entries(ws.db, action="subject_export")
    assert (entry.target_id, entry.person_id, entry.detail["format"], entry.detail["forms"]) == (
        ended["pid"], ended["pid"], "pdf", 3)
    assert not traces(json.dumps(entry.detail, ensure_ascii=False).encode())


def test_subject_export_json_round_trips(workspace, ended):
    from app.export.subject import FORMAT
    from app.workspace.subject import collect

    ws = workspace
    raw = ws.subject_export_json(ended["pid"])
    content = json.loads(raw.decode("utf-8"))
    assert content["format"] == FORMAT and content["person"]["name"] == f"{SURNAME} {GIVEN}"
    assert json.loads(json.dumps(content, ensure_ascii=False)) == content
    attributes = {a["id"]: a for a in content["person"]["attributes"]}
    assert attributes["birth_date"] == {"id": "birth_date", "label": "Datum rojstva", "value": "1980-05-02",
                                        "text": "02. 05. 1980"}
    assert attributes["citizenship"]["text"] == "Ukrajina" and attributes["sex"]["text"] == "ženski"
    import base64

    assert base64.b64decode(content["photo"]["base64"]) == ws.register.photo(ended["pid"])
    assert [(f["relationship"], f["name"]) for f in content["family"]] == [("sin", "Ščuklja Žan")]
    forms = {f["code"]: f for f in content["forms"]}
    assert set(forms) == {"ZZ-1", "ZZ-2", "ZZ-8"}
    fields = {f["id"]: f for f in forms["ZZ-1"]["fields"]}
    assert fields["surname"]["value"] == SURNAME and fields["surname"]["label"] == "1. Priimek"
    assert forms["ZZ-1"]["signatures"][0]["version"] == 1 and forms["ZZ-1"]["prints"][0]["printer"] == "HP LaserJet"
    assert forms["ZZ-8"]["photo"]["sha256"] and forms["ZZ-8"]["prints"][0]["kind"] == "card"
    assert content["serials"][0]["serial"] == ended["serial"]
    assert content["retention"] == {"kind": PERSON_ENDED, "period": "5 let", "from": "od prenehanja začasne zaščite",
                                    "since": "2015-03-01", "due_since": "2020-03-01"}
    # the same content as `collect` (apart from when it was made)
    again = json.loads(json.dumps(collect(ws, ended["pid"]), ensure_ascii=False, default=str))
    for key in ("made_at", "made_on"):
        again.pop(key), content.pop(key)
    assert again == content
    assert audit.entries(ws.db, action="subject_export")[0].detail["format"] == "json"


# --- the GUI -------------------------------------------------------------------------------------


@pytest.fixture
def answer(monkeypatch):
    """Answer the next dialogs in order: each answer fills its dialog and returns True (OK) or False."""
    answers = []

    def run_dialog(dialog):
        assert answers, f"unexpected dialog {type(dialog).__name__} {dialog.windowTitle()!r}"
        return answers.pop(0)(dialog)

    monkeypatch.setattr("app.ui.dialogs.run_dialog", run_dialog)
    yield answers
    assert answers == [], "dialogs that never came"


def test_retention_dialog(qtbot, workspace, ended, answer):
    from ui_helpers import ui_app  # noqa: F401

    from app.ui.app import create_app
    from app.ui.retention_dialog import EraseConfirmDialog, RetentionDialog

    create_app()
    ws = workspace
    ws.new_draft("ZZ-1")  # an unfinished draft of nobody: due in 6 months
    dialog = RetentionDialog(ws, today=retention.add_months(TODAY, 7))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Roki hrambe in izbris"
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert f"{SURNAME} {GIVEN}" in names and "Ščuklja Žan" in names and len(names) == 3
    assert not dialog.erase_button.isEnabled()
    assert dialog.save_periods_button.isVisible()  # an administrator edits the periods
    assert dialog.spins[PERSON_ENDED].value() == 60 and dialog.period_labels[PERSON_ENDED].text() == "5 let"
    dialog.set_checked([ended["pid"]])
    assert dialog.erase_button.isEnabled() and dialog.count_label.text() == "Za izbris: 3, izbranih: 1"
    Path("/tmp/ui_shots").mkdir(parents=True, exist_ok=True)
    dialog.grab().save("/tmp/ui_shots/retention.png")

    seen = []

    def cancel(confirm):
        assert isinstance(confirm, EraseConfirmDialog)
        seen.append(confirm.summary.text() + "\n" + confirm.names.text() + "\n" + confirm.warning.text())
        confirm.grab().save("/tmp/ui_shots/retention-confirm.png")
        return False

    def confirm_with(reason):
        def run(confirm):
            confirm.reason.setText(reason)
            assert confirm.erase_button.isEnabled()
            return True
        return run

    answer.append(cancel)
    assert dialog.erase_checked() is None and ws.register.get(ended["pid"])
    assert "Izbrisali boste: 1 oseba z vsemi podatki v registru, 3 obrazci, 1 podpisan PDF, 1 dokument, " \
           "3 fotografije, 2 družinski povezavi." in seen[0]
    assert f"{SURNAME} {GIVEN}" in seen[0] and "ni mogoče razveljaviti" in seen[0]

    answer.append(confirm_with(f"zahteva {SURNAME}"))  # a name in the reason: refused, nothing erased
    assert dialog.erase_checked() is None and ws.register.get(ended["pid"])
    assert "nič ni izbrisano" in dialog.message.text()

    erased = []
    dialog.erased.connect(erased.append)
    dialog.set_checked([ended["pid"]])
    answer.append(confirm_with("potek roka hrambe po 73. členu ZZZRO-1"))
    report = dialog.erase_checked()
    assert report.persons == 1 and erased == [report]
    assert dialog.message.text().startswith("Izbrisano: 1 oseba")
    assert sorted(dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())) == sorted(
        n for n in names if n != f"{SURNAME} {GIVEN}")

    # the administrator changes a period; the list follows
    dialog.spins[DRAFT_UNLINKED].setValue(12)
    assert dialog.period_labels[DRAFT_UNLINKED].text() == "1 leto"
    assert dialog.save_periods()
    assert retention.periods(ws.db)[DRAFT_UNLINKED] == 12
    assert dialog.table.rowCount() == 1  # the draft is not due under 12 months
    dialog.close()


def test_retention_dialog_for_a_supervisor_and_an_official(qtbot, workspace, ended):
    from app.ui.app import create_app
    from app.ui.retention_dialog import RetentionDialog

    create_app()
    supervisor = login_as(workspace, "supervisor")
    official = login_as(workspace, "official")
    try:
        dialog = RetentionDialog(supervisor)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 2
        assert not dialog.save_periods_button.isVisible() and dialog.spins[PRINT_LOG].isReadOnly()
        with pytest.raises(NotAllowed):
            RetentionDialog(official)
        dialog.close()
    finally:
        supervisor.close()
        official.close()


def test_person_page_saves_the_subject_export(qtbot, workspace, ended, answer, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from app.ui.app import create_app
    from app.ui.person import PersonPage

    create_app()
    page = PersonPage(workspace, ended["pid"])
    qtbot.addWidget(page)
    page.show()
    assert page.subject_export_button.text() == "Izpis za posameznika…" and page.subject_export_button.isEnabled()
    target = tmp_path / "izpis.pdf"

    def choose(dialog):
        assert isinstance(dialog, QFileDialog) and dialog.windowTitle() == "Izpis za posameznika"
        dialog.selectFile(str(target))
        return True

    answer.append(choose)
    assert page.export_subject() == target
    assert target.read_bytes().startswith(b"%PDF") and GIVEN in pdf_texts(target.read_bytes(), tmp_path)[0]
    assert audit.entries(workspace.db, action="subject_export")[0].person_id == ended["pid"]
    page.close()
    new = PersonPage(workspace, None)  # a person not yet entered: nothing to export
    qtbot.addWidget(new)
    assert not new.subject_export_button.isEnabled()
    new.close()


def test_cli_retention_erase_and_subject_export(workspace, tmp_path, capsys):
    from app.cli import main

    person = workspace.register.add_person(surname="Шевченко", given_name="Olena", emso="1403988505125")
    workspace.register.update_person(person, status="ended")
    workspace.close()
    db = ["--db", str(workspace.path)]
    assert main([*db, "subject-export", person, "-o", str(tmp_path / "izpis.pdf")]) == 0
    assert (tmp_path / "izpis.pdf").read_bytes().startswith(b"%PDF")
    assert main([*db, "subject-export", person, "-o", str(tmp_path / "izpis.json"), "--json"]) == 0
    assert "Шевченко" in (tmp_path / "izpis.json").read_text("utf-8")
    capsys.readouterr()
    assert main([*db, "retention", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == []
    assert main([*db, "retention", "--today", "2099-01-01", "--json"]) == 0
    due = json.loads(capsys.readouterr().out)["due"]
    assert [d["id"] for d in due] == [person]
    assert main([*db, "erase", person, "--reason", "potek roka hrambe"]) == 2  # not due today
    assert "" != capsys.readouterr().err
    assert main([*db, "retention", "--set", "person_ended", "0"]) == 0
    assert main([*db, "retention", "--set", "nothing", "5"]) == 2
