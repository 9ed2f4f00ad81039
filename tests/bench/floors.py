"""Floors: what the bare libraries need for the same work, measured in the same run as the app.

Nothing here imports `app` (except photo bytes and test key material made beforehand): each floor is
the least a Qt, reportlab, pyHanko or SQLite program could do, so the app's figure divided by the
floor says how much the app adds.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from io import BytesIO
from pathlib import Path

from measure import process_start, summary, timed

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"

EMPTY_WINDOW = """
import sys, time
t_import = time.time()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.show()
app.processEvents()
{report}
"""


def empty_window(runs: int) -> dict:
    """An empty QApplication + QMainWindow process, from exec to the window shown."""
    return process_start(EMPTY_WINDOW, [], runs)


# --- reportlab ------------------------------------------------------------------------------------

MM = 72 / 25.4
CARD = (91 * MM, 60 * MM)
LINES = [("Priimek / Прізвище", "ŠEVČENKO"), ("Ime / Ім'я", "OLENA"), ("Datum rojstva", "14. 03. 1988"),
         ("Spol", "Ž"), ("EMŠO", "1403988505189"), ("Državljanstvo", "UKRAJINA")]


def _register_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "FloorSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("FloorSans", str(FONT)))


def _draw_card(canvas, photo: str, x: float = 0, y: float = 0) -> None:
    canvas.drawImage(photo, x + 4 * MM, y + 8 * MM, 35 * MM * 0.8, 45 * MM * 0.8)
    top = y + CARD[1] - 8 * MM
    for label, value in LINES:
        canvas.setFont("FloorSans", 5)
        canvas.drawString(x + 37 * MM, top, label)
        canvas.setFont("FloorSans", 8)
        canvas.drawString(x + 37 * MM, top - 3.2 * MM, value)
        top -= 7.5 * MM


def one_card(photo: str) -> bytes:
    """A 91 x 60 mm card: photo (a JPEG file, embedded as is) and six labelled values in an embedded
    TrueType font, plain canvas."""
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=CARD)
    _draw_card(canvas, photo)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def cards_on_sheets(photos: list[str]) -> bytes:
    """The same cards, nine to a landscape A4 sheet, one document."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4))
    for index, photo in enumerate(photos):
        slot = index % 9
        _draw_card(canvas, photo, 12 * MM + (slot % 3) * CARD[0], 15 * MM + (slot // 3) * CARD[1])
        if slot == 8 or index == len(photos) - 1:
            canvas.showPage()
    canvas.save()
    return out.getvalue()


def reportlab_floors(photos: list[bytes], folder: Path, repeat: int, sheet_runs: int) -> dict:
    """The cheapest plain reportlab: JPEG files drawn by name (passed through, never decoded) and binary
    streams (`rl_config.useA85 = 0`; without reportlab's C accelerator, ASCII85 in Python costs more
    than the drawing)."""
    from reportlab import rl_config

    _register_font()
    files = []
    for index, photo in enumerate(photos):
        path = folder / f"floor-photo-{index:04d}.jpg"
        path.write_bytes(photo)
        files.append(str(path))
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        one_card(files[0])
        cycle = iter(range(10 ** 9))
        single = summary(timed(lambda: one_card(files[next(cycle) % len(files)]), repeat))
        many = summary(timed(lambda: cards_on_sheets(files), sheet_runs))
        card_pdf = one_card(files[0])
    finally:
        rl_config.useA85 = saved
    return {"card": single, "cards_1000": many, "card_pdf": card_pdf}


# --- pyHanko --------------------------------------------------------------------------------------

def pyhanko_floor(card_pdf: bytes, p12: bytes, passphrase: str, ca_pem: bytes, repeat: int) -> dict:
    """Bare pyHanko: an ECDSA P-256 approval signature on the card (no appearance, the space for it
    reserved), and its validation against the CA."""
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    signer = signers.SimpleSigner.load_pkcs12_data(p12, passphrase=passphrase.encode(), other_certs=[])
    meta = signers.PdfSignatureMetadata(field_name="Sig", md_algorithm="sha256")

    def sign() -> bytes:  # space reserved up front: no dummy signature to estimate it
        writer = IncrementalPdfFileWriter(BytesIO(card_pdf))
        return signers.sign_pdf(writer, meta, signer=signer, bytes_reserved=8192).getvalue()

    _kind, _headers, der = pem.unarmor(ca_pem)
    root = x509.Certificate.load(der)

    def verify(pdf: bytes) -> None:
        reader = PdfFileReader(BytesIO(pdf))
        status = validate_pdf_signature(reader.embedded_signatures[0],
                                        ValidationContext(trust_roots=[root], allow_fetching=False))
        assert status.intact and status.valid, status

    signed = sign()
    verify(signed)
    return {"sign": summary(timed(sign, repeat)), "verify": summary(timed(lambda: verify(signed), repeat))}


# --- SQLite ---------------------------------------------------------------------------------------

def fts_floor(names: list[str], queries: list[str], repeat: int) -> dict:
    """An FTS5 table of the names (unicode61, remove_diacritics 2) and prefix queries on it."""
    conn = sqlite3.connect(":memory:")
    conn.execute('CREATE VIRTUAL TABLE t USING fts5 (names, tokenize = "unicode61 remove_diacritics 2")')
    conn.executemany("INSERT INTO t (names) VALUES (?)", [(n,) for n in names])
    conn.commit()
    matches = [" AND ".join(f'"{w}"*' for w in q.split()) for q in queries]
    for m in matches:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ? LIMIT 50", [m]).fetchall()
    cycle = iter(range(10 ** 9))
    samples = timed(lambda: conn.execute("SELECT rowid FROM t WHERE t MATCH ? LIMIT 50",
                                         [matches[next(cycle) % len(matches)]]).fetchall(), repeat)
    conn.close()
    return {"rows": len(names), **summary(samples)}


def commit_floor(folder: Path, repeat: int) -> dict:
    """A one-row durable commit: SQLCipher, WAL, synchronous=FULL, on the same file system as the benchmark data."""
    path = folder / "floor-commit.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    import sqlcipher3.dbapi2

    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)  # encrypted, as the app's store
    conn.execute("PRAGMA key = \"x'" + "ab" * 32 + "'\"")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO t VALUES (1, '')")
    cycle = iter(range(10 ** 9))

    def commit():
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE t SET value = ? WHERE id = 1", [str(next(cycle))])
        conn.execute("COMMIT")

    for _ in range(20):
        commit()
    samples = timed(commit, repeat)
    conn.close()
    return summary(samples)


def synthetic_names(count: int, seed: int = 5) -> list[str]:
    """`count` "surname given name" strings from the generator's name lists (for the FTS floor)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import data

    rng = random.Random(seed)
    surnames = data.UA_SURNAMES * 7 + data.UA_CYRILLIC_SURNAMES * 2 + data.SI_SURNAMES
    given = data.UA_FEMALE + data.UA_MALE + data.UA_CYRILLIC_FEMALE + data.UA_CYRILLIC_MALE + data.SI_FEMALE + data.SI_MALE
    return [f"{rng.choice(surnames)} {rng.choice(given)}" for _ in range(count)]


if __name__ == "__main__":  # a quick look: python tests/bench/floors.py
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(empty_window(3))
