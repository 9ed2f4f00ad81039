"""The audit trail against someone who holds the data key (issue 15, item 2): every entry signed by the key of
the user it names, the chain's head anchored outside the database, and a battery of tampers made through a
second connection with the triggers dropped — each must be named by `audit-check`."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import uuid

import pytest

from app.store import anchor, audit
from ws_helpers import ADMIN, FAST_KDF, PASSWORD, drop_kept_deadlines, login_again, new_workspace, other_connection

ANA, ANA_FIRST, ANA_PASSWORD = "ana", "prvo-geslo-ane-1", "drugo-geslo-ane-2"
BOJAN, BOJAN_FIRST, BOJAN_PASSWORD = "bojan", "prvo-geslo-bojana-1", "drugo-geslo-bojana-2"


def _station(tmp_path):
    """A station with an administrator and two officials who have each logged in and worked."""
    path = tmp_path / "priloga.sqlite3"
    ws = new_workspace(path)
    ws.add_account(ANA, "Ana Novak", "official", ANA_FIRST)
    ws.add_account(BOJAN, "Bojan Kos", "official", BOJAN_FIRST)
    ws.close()
    for user, first, final in ((ANA, ANA_FIRST, ANA_PASSWORD), (BOJAN, BOJAN_FIRST, BOJAN_PASSWORD)):
        session = login_again(path, user, first)
        session.change_password(first, final)
        for i in range(3):
            session.register.add_person(surname=f"Priimek{user}{i}", given_name="Olena")
        session.logout()
    return path


def _admin(path):
    return login_again(path, ADMIN, PASSWORD)


def _rows(conn):
    conn.row_factory = sqlite3.Row if isinstance(conn, sqlite3.Connection) else None
    cols = ("seq", "id", "at", "station_id", "user", "action", "target", "target_id", "form_code", "person_id",
            "detail", "prev_hash", "hash", "signed_by", "signature")
    return [dict(zip(cols, r)) for r in conn.execute(f"SELECT {', '.join(cols)} FROM audit_log ORDER BY seq")]


def _rehash_from(conn, start_seq: int) -> None:
    """Recompute every link and hash from `start_seq` on, as an attacker with a SQLite shell would (keeping the
    signatures: they cannot make new ones in another user's name)."""
    rows = _rows(conn)
    prev = audit.GENESIS
    for row in rows:
        if row["seq"] >= start_seq:
            digest = audit.entry_hash(prev, {name: row[name] for name in audit._FIELDS})
            conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", [prev, digest, row["seq"]])
            row["hash"] = digest
        prev = row["hash"]


def _forge(conn, user: str, action: str = "register", signed_by: str | None = None, signature: str | None = None,
           signer=None, detail: dict | None = None, target: str = "person", target_id: str | None = None) -> int:
    """Append an entry with a correct hash in `user`'s name; signed with `signer` when given."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    values = {"id": str(uuid.uuid4()), "at": "2026-12-04T10:00:00.000000+00:00", "station_id": "x", "user": user,
              "action": action, "target": target, "target_id": target_id or str(uuid.uuid4()), "form_code": None,
              "person_id": None, "detail": json.dumps(detail or {}, sort_keys=True)}
    digest = audit.entry_hash(last[1], values)
    if signer is not None:
        signature = audit.sign(signer, digest)
    conn.execute("INSERT INTO audit_log (seq, id, at, station_id, user, action, target, target_id, form_code,"
                 " person_id, detail, prev_hash, hash, signed_by, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                 " ?, ?, ?, ?)", [last[0] + 1, *(values[n] for n in audit._FIELDS), last[1], digest, signed_by,
                                  signature])
    return last[0] + 1


def _station_key(conn):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = conn.execute("SELECT value FROM settings WHERE key = 'audit.station_signing_key'").fetchone()[0]
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw))


def _open_attack(ws):
    conn = other_connection(ws)
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    return conn


# --- keys ------------------------------------------------------------------------------------------------------

def test_every_entry_is_signed_by_the_user_it_names_or_the_station(tmp_path):
    path = _station(tmp_path)
    ws = _admin(path)
    report = ws.audit_check()
    assert report.ok and report.signed == report.entries > 10
    for row in _rows(ws.db.conn):
        assert row["signature"]
        if row["user"]:
            assert row["signed_by"] == row["user"] or row["action"] in audit.STATION_MAY_NAME
        else:
            assert row["signed_by"] == audit.STATION
    keys = ws.vault.public_keys()
    assert set(keys) == {ADMIN, ANA, BOJAN}
    for name in keys:
        assert ws.accounts.signing_key(name) == keys[name]
    raw = ws.vault.path.read_text("utf-8")
    for private in ("secret",):  # the private halves are only ever stored encrypted
        assert private in raw
    ws.close()


def test_password_change_rewraps_the_same_signing_key_and_a_reset_makes_a_new_one(tmp_path):
    path = _station(tmp_path)
    before = _admin(path).vault.public_keys()[ANA]
    ana = login_again(path, ANA, ANA_PASSWORD)
    ana.change_password(ANA_PASSWORD, "tretje-geslo-ane-3")
    ana.close()
    ws = _admin(path)
    assert ws.vault.public_keys()[ANA] == before
    ws.reset_password(ANA, "ponastavljeno-geslo-4")
    assert ws.vault.public_keys()[ANA] != before
    ws.close()
    ana = login_again(path, ANA, "ponastavljeno-geslo-4")
    ana.change_password("ponastavljeno-geslo-4", ANA_PASSWORD)
    ana.register.add_person(surname="Po ponastavitvi", given_name="Ana")
    ana.close()
    assert _admin(path).audit_check().ok


def _downgrade_key_file(vault_path, key: bytes, kdf) -> None:
    """Rewrite the key file as an older version wrote it: the data key wrapped under each password directly,
    no key pairs (the users' passwords are known to the test)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.store.vault import FORMAT, Vault, _checksum, derive

    data = json.loads(vault_path.read_text("utf-8"))
    passwords = {ADMIN: PASSWORD, ANA: ANA_PASSWORD, BOJAN: BOJAN_PASSWORD}
    for name, entry in data["users"].items():
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = derive(passwords[name], salt, kdf)
        data["users"][name] = {"kdf": "argon2id", "memory_kib": kdf.memory_kib, "time_cost": kdf.time_cost,
                               "parallelism": kdf.parallelism, "salt": base64.b64encode(salt).decode(),
                               "nonce": base64.b64encode(nonce).decode(),
                               "wrapped": base64.b64encode(AESGCM(kek).encrypt(nonce, key, f"{FORMAT}:{name}".encode()))
                               .decode()}
    data.pop("check", None)
    data["check"] = _checksum(data)
    vault_path.write_text(json.dumps(data), "utf-8")
    assert Vault  # the module's own reader takes it (checked below by logging in)


def test_an_older_key_file_and_unsigned_trail_get_key_pairs_at_the_next_login(tmp_path):
    """Migration: a station from before signing (unsigned entries, no signing columns, key file without key
    pairs) — each user gets a key pair at their next login, the old entries stay an unsigned beginning."""
    path = _station(tmp_path)
    ws = _admin(path)
    key = ws._key
    conn = other_connection(ws)
    ws.close()
    drop_kept_deadlines(conn)  # the later migration first
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET signed_by = NULL, signature = NULL")
    conn.execute("UPDATE accounts SET signing_key = NULL")
    conn.execute("DELETE FROM settings WHERE key = 'audit.station_signing_key'")
    conn.execute("ALTER TABLE audit_log DROP COLUMN signed_by")
    conn.execute("ALTER TABLE audit_log DROP COLUMN signature")
    conn.execute("ALTER TABLE accounts DROP COLUMN signing_key")
    conn.execute("""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
                    SELECT RAISE(ABORT, 'revizijske sledi ni mogoče spreminjati'); END""")
    conn.execute("PRAGMA user_version = 10")
    conn.close()
    (path.parent / (path.name + ".anchor")).unlink()
    _downgrade_key_file(path.with_name(path.name + ".keys"), key, FAST_KDF)

    ana = login_again(path, ANA, ANA_PASSWORD)  # the schema migrates, her entry gets its key pairs
    assert ana.vault.public_keys().keys() == {ANA}
    ana.register.add_person(surname="Po nadgradnji", given_name="Ana")
    ana.close()
    ws = _admin(path)
    report = ws.audit_check()
    assert report.ok, report.reason
    unsigned = [r for r in _rows(ws.db.conn) if r["signature"] is None]
    assert unsigned and max(r["seq"] for r in unsigned) < min(r["seq"] for r in _rows(ws.db.conn) if r["signature"])
    assert ws.accounts.signing_key(ANA) == ws.vault.public_keys()[ANA]
    ws.close()
    bojan = login_again(path, BOJAN, BOJAN_PASSWORD)
    bojan.register.add_person(surname="Bojanov", given_name="Peter")
    bojan.close()
    assert _admin(path).audit_check().ok


# --- the tamper battery ------------------------------------------------------------------------------------

def _tampers():
    """(name, what it does to the database through a second connection (+ the anchor files), expect_seq) —
    expect_seq: how to tell the entry the check must name (None: any)."""

    def forged_unsigned(conn, ws, path):
        return _forge(conn, ANA)

    def forged_garbage_signature(conn, ws, path):
        return _forge(conn, ANA, signed_by=ANA, signature=base64.b64encode(b"x" * 64).decode())

    def forged_station_signed(conn, ws, path):
        return _forge(conn, ANA, signed_by=audit.STATION, signer=_station_key(conn))

    def forged_with_own_key(conn, ws, path):  # bojan signs an entry in ana's name
        bojan_key = ws.vault.open(BOJAN, BOJAN_PASSWORD).signing
        return _forge(conn, ANA, signed_by=ANA, signer=bojan_key)

    def forged_key_introduction(conn, ws, path):  # bojan vouches for a key of his making in ana's name
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        bojan_key = ws.vault.open(BOJAN, BOJAN_PASSWORD).signing
        fake = Ed25519PrivateKey.generate()
        first = _forge(conn, BOJAN, action="account", target="account", target_id=ANA, signed_by=BOJAN,
                       signer=bojan_key, detail={"change": "signing_key", "signing_key": audit.public_text(fake)})
        _forge(conn, ANA, signed_by=ANA, signer=fake)
        return first

    def rehash_after_edit(conn, ws, path):
        row = next(r for r in _rows(conn) if r["user"] == ANA and r["action"] == "register")
        conn.execute("UPDATE audit_log SET target_id = 'drugo' WHERE seq = ?", [row["seq"]])
        _rehash_from(conn, row["seq"])
        return row["seq"]

    def rehash_after_delete(conn, ws, path):
        row = next(r for r in _rows(conn) if r["user"] == ANA and r["action"] == "register")
        conn.execute("DELETE FROM audit_log WHERE seq = ?", [row["seq"]])
        rows = [r for r in _rows(conn) if r["seq"] > row["seq"]]
        for r in rows:  # renumbered too, so no gap shows
            conn.execute("UPDATE audit_log SET seq = ? WHERE seq = ?", [r["seq"] - 1, r["seq"]])
        _rehash_from(conn, row["seq"])
        return row["seq"]

    def truncate_tail(conn, ws, path):
        last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
        conn.execute("DELETE FROM audit_log WHERE seq > ?", [last - 3])
        return last - 2

    def truncate_tail_and_local_anchor(conn, ws, path):  # the newest backup's anchor still remembers
        anchor.path_for(path).unlink()
        held = anchor.read_file(anchor.path_for(ws.backups()[0].path))
        conn.execute("DELETE FROM audit_log WHERE seq > ?", [held.seq - 2])
        return held.seq - 1

    def delete_everything(conn, ws, path):
        conn.execute("DELETE FROM audit_log")
        return 1

    def reorder(conn, ws, path):
        rows = [r for r in _rows(conn) if r["action"] == "register"][:2]
        a, b = rows
        cols = [c for c in audit._FIELDS if c != "id"]
        conn.execute("UPDATE audit_log SET id = ? WHERE seq = ?", [str(uuid.uuid4()), a["seq"]])
        conn.execute("UPDATE audit_log SET id = ? WHERE seq = ?", [a["id"], b["seq"]])
        conn.execute("UPDATE audit_log SET id = ? WHERE seq = ?", [b["id"], a["seq"]])
        for target, source in ((a, b), (b, a)):
            conn.execute(f"UPDATE audit_log SET {', '.join(f'{c} = ?' for c in cols)}, signed_by = ?, signature = ?"
                         " WHERE seq = ?", [*(source[c] for c in cols), source["signed_by"], source["signature"],
                                            target["seq"]])
        _rehash_from(conn, min(a["seq"], b["seq"]))
        return min(a["seq"], b["seq"])

    def edit_signature(conn, ws, path):
        row = next(r for r in _rows(conn) if r["user"] == BOJAN)
        raw = bytearray(base64.b64decode(row["signature"]))
        raw[5] ^= 1
        conn.execute("UPDATE audit_log SET signature = ? WHERE seq = ?", [base64.b64encode(raw).decode(), row["seq"]])
        return row["seq"]

    def strip_signatures(conn, ws, path):  # pass the whole trail off as an older, unsigned one
        conn.execute("UPDATE audit_log SET signed_by = NULL, signature = NULL WHERE seq > 5")
        return 6

    def rewrite_with_station_key(conn, ws, path):  # the whole chain rebuilt and re-signed as the station
        key = _station_key(conn)
        rows = _rows(conn)[:5]
        conn.execute("DELETE FROM audit_log")
        prev = audit.GENESIS
        for row in rows:
            values = {name: row[name] for name in audit._FIELDS}
            values["user"] = ""
            digest = audit.entry_hash(prev, values)
            conn.execute("INSERT INTO audit_log (seq, id, at, station_id, user, action, target, target_id, form_code,"
                         " person_id, detail, prev_hash, hash, signed_by, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                         " ?, ?, ?, ?, ?, ?, ?)", [row["seq"], *(values[n] for n in audit._FIELDS), prev, digest,
                                                   audit.STATION, audit.sign(key, digest)])
            prev = digest
        return None

    return [forged_unsigned, forged_garbage_signature, forged_station_signed, forged_with_own_key,
            forged_key_introduction, rehash_after_edit, rehash_after_delete, truncate_tail,
            truncate_tail_and_local_anchor, delete_everything, reorder, edit_signature, strip_signatures,
            rewrite_with_station_key]


@pytest.fixture(scope="module")
def tamper_station(tmp_path_factory):
    """One station, made once: a backup (with its anchor) and the local anchor at the head."""
    folder = tmp_path_factory.mktemp("station")
    path = _station(folder)
    ws = _admin(path)
    ws.backup()
    ws.logout()  # the local anchor file names the head
    return path


@pytest.mark.parametrize("tamper", _tampers(), ids=lambda t: t.__name__)
def test_tamper_is_detected_and_its_first_entry_named(tamper, tamper_station, tmp_path):
    path = tmp_path / "priloga.sqlite3"
    for suffix in ("", ".keys", ".anchor"):
        shutil.copy2(str(tamper_station) + suffix, str(path) + suffix)
    shutil.copytree(tamper_station.parent / "backups", tmp_path / "backups")
    ws = _admin(path)
    assert ws.audit_check().ok
    head_before = ws.audit_head()
    ws.write_anchor()
    conn = _open_attack(ws)
    expected = tamper(conn, ws, path)
    conn.close()
    report = ws.audit_check()
    assert not report.ok, f"{tamper.__name__} was not detected"
    assert report.first_broken >= 1 and report.reason
    if expected is not None:
        assert report.first_broken == expected, (report.first_broken, report.reason)
    assert head_before
    ws.close()


def test_the_battery_count(tamper_station, tmp_path, capsys):
    """All tampers tried, counted (the figure for the issue's closing note)."""
    detected = 0
    tried = _tampers()
    for number, tamper in enumerate(tried):
        folder = tmp_path / str(number)
        folder.mkdir()
        path = folder / "priloga.sqlite3"
        for suffix in ("", ".keys", ".anchor"):
            shutil.copy2(str(tamper_station) + suffix, str(path) + suffix)
        shutil.copytree(tamper_station.parent / "backups", folder / "backups")
        ws = _admin(path)
        ws.write_anchor()
        conn = _open_attack(ws)
        tamper(conn, ws, path)
        conn.close()
        detected += not ws.audit_check().ok
        ws.close()
    with capsys.disabled():
        print(f"\naudit tampers detected: {detected} of {len(tried)}")
    assert detected == len(tried)


# --- anchors outside the database -------------------------------------------------------------------------------

def test_truncation_is_named_from_a_transfer_file_and_a_signed_pdf(tmp_path):
    from app.export.signing import load_signer, make_test_pki

    path = _station(tmp_path)
    ws = _admin(path)
    transfer = tmp_path / "prenos.priloga"
    ws.transfer(transfer, "geslo-za-prenos-1")
    header = json.loads(transfer.read_bytes().split(b"\n", 1)[0])
    assert set(header["audit"]) >= {"entries", "head", "signed_by", "signature"}
    _ca, p12, passphrase = make_test_pki(tmp_path / "pki", "geslo-kljuca")
    signer = load_signer(p12.read_bytes(), passphrase)
    from reportlab.pdfgen import canvas
    from io import BytesIO

    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(100, 100, "Priloga")
    page.save()
    ws.record("export", target="file")
    pdf = ws.sign_file(buffer.getvalue(), signer)
    (tmp_path / "podpisan.pdf").write_bytes(pdf)
    held = anchor.from_pdf(pdf, "podpisan.pdf")
    assert held.seq == ws.audit_head()[0] and held.signed_by == ADMIN
    assert ws.verify(pdf).status != "modified" if hasattr(ws.verify(pdf), "status") else True
    count = ws.audit_head()[0]
    conn = _open_attack(ws)
    conn.execute("DELETE FROM audit_log WHERE seq > ?", [count - 6])
    conn.close()
    anchor.path_for(path).unlink()  # the attacker removes what is on the station's disk
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    assert ws.audit_check().ok  # nothing left on the station to compare with …
    by_transfer = ws.audit_check([transfer])
    assert not by_transfer.ok and by_transfer.first_broken == count - 5 and "prenos.priloga" in by_transfer.reason
    by_pdf = ws.audit_check([tmp_path / "podpisan.pdf"])
    assert not by_pdf.ok and by_pdf.first_broken == count - 5 and "podpisan.pdf" in by_pdf.reason
    ws.close()


def test_the_local_anchor_file_is_private_atomic_and_never_moves_back(tmp_path):
    path = _station(tmp_path)
    ws = _admin(path)
    ws.write_anchor()
    file = anchor.path_for(path)
    assert oct(file.stat().st_mode & 0o777) == "0o600"
    held = anchor.read_file(file)
    assert (held.seq, held.hash) == ws.audit_head()
    anchor.write_file(file, anchor.Anchor(1, audit.GENESIS))  # an older head does not replace a newer one
    assert anchor.read_file(file).seq == held.seq
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    ws.close()


def test_a_damaged_anchor_file_is_reported(tmp_path):
    path = _station(tmp_path)
    ws = _admin(path)
    anchor.path_for(path).write_text("{ni json", "utf-8")
    report = ws.audit_check()
    assert not report.ok and "sidr" in report.reason
    ws.close()


def test_the_cli_names_the_first_bad_entry(tmp_path, capsys):
    from app.cli import main

    path = _station(tmp_path)
    ws = _admin(path)
    count = ws.audit_head()[0]
    conn = _open_attack(ws)
    conn.execute("DELETE FROM audit_log WHERE seq > ?", [count - 2])
    conn.close()
    ws.close()
    os.environ["PRILOGA_PASSWORD"] = PASSWORD
    try:
        code = main(["--db", str(path), "--user", ADMIN, "audit-check"])
    finally:
        os.environ.pop("PRILOGA_PASSWORD")
    err = capsys.readouterr().err
    # the command's own login entry takes number count - 1 again: the first entry missing is `count`
    assert code == 1 and f"pri vnosu {count}:" in err and "odrezan" in err



def test_a_restore_starts_the_anchor_file_anew_and_keeps_the_previous_aside(tmp_path):
    from app.workspace.backup import restore_backup

    path = _station(tmp_path)
    ws = _admin(path)
    backup = ws.backup()
    ws.register.add_person(surname="Po kopiji", given_name="Ana")
    ws.logout()  # the anchor now names entries the backup does not have
    held = anchor.read_file(anchor.path_for(path))
    kept = restore_backup(backup, path, ADMIN, PASSWORD)
    assert anchor.read_file(anchor.path_for(kept)).seq == held.seq  # the previous anchor, beside the old database
    ws = _admin(path)
    report = ws.audit_check()
    assert report.ok, report.reason
    assert ws.audit_entries(action="restore")
    ws.close()
