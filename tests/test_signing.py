"""Signed PDFs (PAdES B-B, offline): round trip with a TEST PKI checked by pyHanko and poppler's pdfsig,
tampering, refusals (expired, not yet valid, wrong passphrase), trust, versions and corrections, every
ZZ form, the B-T/B-LT hook with a local test TSA, and the time and size a signature costs. No Qt."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from ws_helpers import with_station

from app.engine import default_catalog
from app.export import render_pdf
from app.export.signing import (
    INVALID, UNSIGNED, UNTRUSTED, VALID, Pkcs11KeyRef, SigningError, extend_signature, load_signer, make_test_pki,
    make_test_tsa, sign_pdf, signature_label, signature_place, validation_context, verify_pdf,
)
from app.store.drafts import DraftSignedError
from app.store.keys import KeyFileError

PASSPHRASE = "TEST-geslo-ŠČŽ"
NAME = "Mojca Žagar"
OFFICE = "Policijska uprava Novo mesto, Policijska postaja Brežice"


# --- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pki")
    ca, p12, passphrase = make_test_pki(folder, PASSPHRASE)
    return SimpleNamespace(folder=folder, ca=ca, p12=p12, passphrase=passphrase, ca_pem=ca.read_text(),
                           p12_bytes=p12.read_bytes())


@pytest.fixture(scope="module")
def signer(pki):
    return load_signer(pki.p12_bytes, pki.passphrase)


def _sample(code: str, tmp: Path):
    """(definition, data, photo) of a form's sample, read as the command line reads a JSON file."""
    from app.cli import _read_data

    definition = default_catalog().get(code)
    if not definition.sample:
        pytest.skip(f"{code} has no sample")
    path = tmp / f"{code.replace('/', '-')}.json"  # TUJ-1/1: a file name holds no "/"
    path.write_text(json.dumps(definition.sample, ensure_ascii=False), encoding="utf-8")
    data, photo = _read_data(str(path), definition)
    return definition, data, photo


@pytest.fixture(scope="module")
def zz1(tmp_path_factory):
    definition, data, photo = _sample("ZZ-1", tmp_path_factory.mktemp("zz1"))
    return SimpleNamespace(definition=definition, data=data, photo=photo,
                           pdf=render_pdf(definition, data, photo))


@pytest.fixture(scope="module")
def signed_zz1(zz1, signer):
    return sign_pdf(zz1.pdf, signer, NAME, OFFICE, label=signature_label(zz1.definition))


def _pdfsig(pdf: bytes, tmp_path: Path, name: str = "signed.pdf") -> str:
    if shutil.which("pdfsig") is None:
        pytest.skip("poppler's pdfsig is not installed")
    path = tmp_path / name
    path.write_bytes(pdf)
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return result.stdout + result.stderr


def _incremental(signed: bytes, change) -> bytes:
    """`signed` with one incremental update made by `change(writer)` (pyHanko's writer)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _byte_range(pdf: bytes) -> list[int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return [int(g) for g in match.groups()]


# --- round trip -------------------------------------------------------------------------------------


def test_round_trip_is_valid_trusted_and_intact(signed_zz1, pki):
    verdict = verify_pdf(signed_zz1, [pki.ca_pem])
    assert verdict.status == VALID and verdict.ok
    assert verdict.intact and verdict.trusted and not verdict.modified_after_signing
    assert verdict.signer == "TEST uradna oseba Mojca Žagar"
    assert "Priloga TEST CA" in verdict.issuer
    assert verdict.subfilter == "ETSI.CAdES.detached"
    assert abs(verdict.signing_time - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=10)
    assert "veljaven" in verdict.message.lower() or "veljaven" in verdict.status_text


def test_pyhanko_itself_says_valid_trusted_intact_pades(signed_zz1, pki):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    sig = PdfFileReader(io.BytesIO(signed_zz1)).embedded_signatures[0]
    status = validate_pdf_signature(sig, validation_context([pki.ca_pem]))
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    signed_attrs = sig.signer_info["signed_attrs"]
    types = {attr["type"].native for attr in signed_attrs}
    assert "signing_certificate_v2" in types  # PAdES: the signing-certificate-v2 attribute
    assert "signing_time" not in types  # PAdES B-B keeps the time in the signature dictionary (/M)
    embedded = [c.chosen.subject.human_friendly for c in sig.signed_data["certificates"]]
    assert any("TEST uradna oseba" in subject for subject in embedded)  # the certificate is embedded
    assert str(sig.sig_object["/SubFilter"]) == "/ETSI.CAdES.detached"


def test_pdfsig_says_valid_pades(signed_zz1, tmp_path):
    out = _pdfsig(signed_zz1, tmp_path)
    assert "Signature is Valid." in out
    assert "Signature Type: ETSI.CAdES.detached" in out
    assert "Total document signed" in out
    assert "TEST uradna oseba Mojca Žagar" in out


def _stamp_font_programs(signed: bytes) -> list[bytes]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(signed))
    out = []
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            if widget.get("/FT") == "/Sig" and "/AP" in widget:
                for font in _appearance_fonts(widget["/AP"]["/N"].get_object()):
                    descendant = font["/DescendantFonts"][0].get_object()
                    out.append(descendant["/FontDescriptor"]["/FontFile2"].get_object().get_data())
    return out


def test_signatures_in_a_row_reuse_the_cut_stamp_font_and_all_verify(zz1, signer, pki, tmp_path):
    from fontTools.ttLib import TTFont

    when = dt.datetime(2026, 3, 4, 9, 15)
    label = signature_label(zz1.definition)
    first = sign_pdf(zz1.pdf, signer, NAME, OFFICE, label=label, when=when)
    second = sign_pdf(zz1.pdf, signer, NAME, OFFICE, label=label, when=when)
    other = sign_pdf(zz1.pdf, signer, "Ljudmila Ševčenko-Qwyx", OFFICE, label=label, when=when)
    for number, signed in enumerate((first, second, other)):
        assert verify_pdf(signed, [pki.ca_pem]).status == VALID
        out = _pdfsig(signed, tmp_path, f"row{number}.pdf")
        assert "Signature Validation: Signature is Valid." in out and "Total document signed" in out
    programs = [_stamp_font_programs(signed) for signed in (first, second, other)]
    assert all(len(p) == 1 for p in programs)
    assert programs[0] == programs[1]  # the same glyphs: the font program cut once, embedded again
    for signed, name in ((first, NAME), (other, "Ljudmila Ševčenko-Qwyx")):
        cmap = TTFont(io.BytesIO(_stamp_font_programs(signed)[0])).getBestCmap()
        assert all(ord(ch) in cmap for ch in name if not ch.isspace())  # every letter of this stamp is embedded
    assert ord("Q") not in TTFont(io.BytesIO(programs[0][0])).getBestCmap()  # and only the glyphs it uses


def test_signing_appends_and_keeps_the_original_bytes(zz1, signed_zz1):
    assert signed_zz1.startswith(zz1.pdf) and len(signed_zz1) > len(zz1.pdf)


def test_visible_box_sits_on_the_officials_signature_line(zz1, signed_zz1):
    import pypdf

    place = signature_place(zz1.pdf, signature_label(zz1.definition))
    assert place.found and place.page == 2  # ZZ-1 signs on its third page
    reader = pypdf.PdfReader(io.BytesIO(signed_zz1))
    widgets = [a.get_object() for page in reader.pages for a in page.get("/Annots", [])
               if a.get_object().get("/FT") == "/Sig"]
    assert len(widgets) == 1
    widget = widgets[0]
    assert widget["/P"].get_object() == reader.pages[2].get_object() or widget.indirect_reference is not None
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    assert (x1, y1, x2, y2) == pytest.approx(place.box, abs=0.01)
    # the label's rule: the box starts right of the printed name, on the rule, and below the line above
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(zz1.pdf)
    textpage = document[2].get_textpage()
    search = textpage.search("Osebno ime in podpis uradne osebe:", match_case=True)
    start, count = search.get_next()
    label_bottom = textpage.get_charbox(start)[1]
    name_hit = textpage.search(NAME, match_case=True).get_next()
    name_right = max(textpage.get_charbox(k)[2] for k in range(name_hit[0], name_hit[0] + name_hit[1]))
    textpage.close()
    document.close()
    assert x1 > name_right  # the printed name stays readable
    assert label_bottom - 4 < y1 < label_bottom + 2  # on the signature line
    assert 25 < y2 - y1 < 32 and 35 * 2.83 < x2 - x1 <= 80 * 2.84
    # the stamp: name, office, dd. mm. yyyy HH:MM, in embedded DejaVu Sans with proper widths
    appearance = widget["/AP"]["/N"].get_object()
    text = _appearance_text(appearance)
    assert "Mojca Žagar" in text and "Brežice" in text
    assert re.search(r"\d\d\. \d\d\. \d{4} \d\d:\d\d", text)
    fonts = _appearance_fonts(appearance)
    assert fonts and all("DejaVuSans" in str(f["/BaseFont"]) for f in fonts)
    for font in fonts:
        descendant = font["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"]
        widths = [w for entry in descendant["/W"] if isinstance(entry, list) for w in entry]
        assert widths and max(widths) <= 1000  # 1000 units per em: letters not spread apart


def _appearance_text(stream) -> str:
    """The stamp's text lines, from the /ActualText pyHanko puts on every line (PDFDocEncoding or UTF-16)."""
    from pypdf.generic import decode_pdfdocencoding

    out = []
    for obj in [stream, *_xobjects(stream)]:
        for match in re.finditer(rb"/ActualText\s*\(((?:\\.|[^\\)])*)\)", obj.get_data()):
            raw = re.sub(rb"\\([0-7]{1,3})", lambda m: bytes([int(m.group(1), 8)]), match.group(1))
            raw = re.sub(rb"\\(.)", rb"\1", raw)
            out.append(raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else decode_pdfdocencoding(raw))
    return "\n".join(out)


def _xobjects(stream):
    resources = stream.get("/Resources") or {}
    for xobject in (resources.get("/XObject") or {}).values():
        xobject = xobject.get_object()
        yield xobject
        yield from _xobjects(xobject)


def _appearance_fonts(stream):
    fonts = []
    for obj in [stream, *_xobjects(stream)]:
        resources = obj.get("/Resources") or {}
        fonts.extend(f.get_object() for f in (resources.get("/Font") or {}).values())
    return fonts


# --- tampering ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["content", "first_range_start", "second_range"])
def test_any_changed_byte_in_the_signed_range_is_tampered(signed_zz1, pki, where):
    start1, length1, start2, length2 = _byte_range(signed_zz1)
    position = {"content": length1 // 2, "first_range_start": 20, "second_range": start2 + length2 // 3}[where]
    tampered = bytearray(signed_zz1)
    tampered[position] ^= 0x01
    verdict = verify_pdf(bytes(tampered), [pki.ca_pem])
    assert verdict.status == INVALID and not verdict.ok
    assert verdict.modified_after_signing


def test_an_added_annotation_after_signing_is_reported_modified(signed_zz1, pki, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import NameObject as N

    def add_note(writer):
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        note = writer.add_object(generic.DictionaryObject({
            N("/Type"): N("/Annot"), N("/Subtype"): N("/FreeText"),
            N("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (100, 100, 300, 130)]),
            N("/Contents"): generic.TextStringObject("Rojstni datum: 1. 1. 1990"),
            N("/DA"): generic.pdf_string("/Helv 12 Tf 0 g")}))
        page[N("/Annots")] = generic.ArrayObject([*(page.get("/Annots") or []), note])
        writer.update_container(page)

    modified = _incremental(signed_zz1, add_note)
    verdict = verify_pdf(modified, [pki.ca_pem])
    assert verdict.intact  # the signed revision itself is untouched …
    assert verdict.modified_after_signing and verdict.status == INVALID  # … but the document changed
    assert "spremenjen" in verdict.message
    assert "Total document signed" not in _pdfsig(modified, tmp_path)


def test_changed_page_content_after_signing_is_reported_modified(signed_zz1, pki):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import NameObject as N

    def replace_content(writer):
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        page[N("/Contents")] = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 700 Td (X) Tj ET"))
        writer.update_container(page)

    verdict = verify_pdf(_incremental(signed_zz1, replace_content), [pki.ca_pem])
    assert verdict.status == INVALID and verdict.modified_after_signing


def test_changed_field_value_after_signing_is_reported_modified(signed_zz1, pki):
    """A new text field with a value (a "corrected" entry) appended after signing."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import NameObject as N

    def add_field(writer):
        page_ref = writer.root["/Pages"]["/Kids"][0]
        page = page_ref.get_object()
        field = writer.add_object(generic.DictionaryObject({
            N("/Type"): N("/Annot"), N("/Subtype"): N("/Widget"), N("/FT"): N("/Tx"),
            N("/T"): generic.TextStringObject("priimek"), N("/V"): generic.TextStringObject("Kovač"),
            N("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (100, 700, 300, 720)]),
            N("/P"): page_ref}))
        page[N("/Annots")] = generic.ArrayObject([*(page.get("/Annots") or []), field])
        writer.update_container(page)
        form = writer.root["/AcroForm"]
        form["/Fields"].append(field)
        writer.update_container(form)

    verdict = verify_pdf(_incremental(signed_zz1, add_field), [pki.ca_pem])
    assert verdict.status == INVALID and verdict.modified_after_signing


def test_swapped_pages_resaved_are_invalid(signed_zz1, pki):
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(signed_zz1)))
    kids = writer._pages.get_object()["/Kids"]  # noqa: SLF001 (swap two pages in place)
    kids[0], kids[1] = kids[1], kids[0]
    out = io.BytesIO()
    writer.write(out)
    verdict = verify_pdf(out.getvalue(), [pki.ca_pem])
    assert verdict.status == INVALID and not verdict.ok


def test_unsigned_and_garbage(zz1):
    assert verify_pdf(zz1.pdf, []).status == UNSIGNED
    assert verify_pdf(b"not a pdf at all", []).status == INVALID


# --- trust --------------------------------------------------------------------------------------------


def test_without_the_ca_the_signer_is_unknown_never_valid(signed_zz1, pki, tmp_path):
    assert verify_pdf(signed_zz1, []).status == UNTRUSTED
    other_ca, _p12, _ = make_test_pki(tmp_path / "other", "x")
    verdict = verify_pdf(signed_zz1, [other_ca.read_text()])
    assert verdict.status == UNTRUSTED and verdict.intact and not verdict.trusted
    assert "ni znan" in verdict.message


def test_a_self_signed_signer_is_untrusted_and_cannot_be_trusted(zz1, pki, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12

    from app.export.signing import _certificate, _name
    from app.store.keys import KeyStore
    from app.store.db import open_store

    key = ec.generate_private_key(ec.SECP256R1())
    name = _name("TEST samopodpisana oseba")
    now = dt.datetime.now(dt.timezone.utc)
    cert = _certificate(name, name, key.public_key(), key, now - dt.timedelta(days=1), now + dt.timedelta(days=9),
                        False, {"digital_signature": True, "content_commitment": True})
    p12 = pkcs12.serialize_key_and_certificates(b"x", key, cert, None, serialization.BestAvailableEncryption(b"pw"))
    signed = sign_pdf(zz1.pdf, load_signer(p12, "pw"), NAME, OFFICE)
    assert verify_pdf(signed, [pki.ca_pem]).status == UNTRUSTED
    assert verify_pdf(signed, []).status == UNTRUSTED
    store = KeyStore(open_store(tmp_path / "k.sqlite3"))
    with pytest.raises(KeyFileError, match="ni potrdilo overitelja"):
        store.trust_ca(cert.public_bytes(serialization.Encoding.PEM))
    assert store.trusted() == []


# --- refusals -----------------------------------------------------------------------------------------


def _date(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d. %m. %Y")


def test_expired_certificate_is_refused_with_its_dates(tmp_path):
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    start, end = now - dt.timedelta(days=800), now - dt.timedelta(days=70)
    _ca, p12, passphrase = make_test_pki(tmp_path, "x", valid_from=start, valid_until=end)
    with pytest.raises(SigningError) as caught:
        load_signer(p12.read_bytes(), passphrase)
    message = str(caught.value)
    assert message.startswith("Potrdilo je poteklo " + _date(end))
    assert _date(start) in message and _date(end) in message


def test_not_yet_valid_certificate_is_refused_with_its_dates(tmp_path):
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    start, end = now + dt.timedelta(days=30), now + dt.timedelta(days=400)
    _ca, p12, passphrase = make_test_pki(tmp_path, "x", valid_from=start, valid_until=end)
    with pytest.raises(SigningError, match=re.escape(f"Potrdilo še ne velja: velja šele od {_date(start)}")) as caught:
        load_signer(p12.read_bytes(), passphrase)
    assert _date(end) in str(caught.value)


def test_wrong_passphrase_is_a_clear_error(pki):
    with pytest.raises(SigningError, match="^Napačno geslo za ključ"):
        load_signer(pki.p12_bytes, "napačno")
    with pytest.raises(SigningError, match="ni ključ PKCS#12"):
        load_signer(b"\x30\x03\x02\x01\x03 not a key", "x")


def test_pkcs11_without_the_module_says_it_is_not_available():
    pytest.importorskip("pyhanko")
    try:
        import pkcs11  # noqa: F401
        pytest.skip("python-pkcs11 is installed here")
    except ImportError:
        pass
    ref = Pkcs11KeyRef("pkcs11:token=Kartica;object=Podpis?module-path=/usr/lib/opensc-pkcs11.so")
    assert ref.attributes() == {"token": "Kartica", "object": "Podpis", "module-path": "/usr/lib/opensc-pkcs11.so"}
    with pytest.raises(SigningError, match="na tem računalniku ni na voljo"):
        ref.load_signer("1234")


# --- command line -------------------------------------------------------------------------------------


def _cli(capsys, *args):
    from app.cli import main

    code = main(with_station(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_test_pki_sign_verify_exit_codes(capsys, tmp_path, monkeypatch, zz1):
    monkeypatch.setenv("PRILOGA_KEY_PASSPHRASE", "cli-geslo")
    code, out, err = _cli(capsys, "test-pki", tmp_path / "pki")
    assert code == 0 and (tmp_path / "pki" / "ca.pem").exists() and (tmp_path / "pki" / "official.p12").exists()
    assert "geslo:" not in out and "TEST" in err
    source = tmp_path / "in.pdf"
    source.write_bytes(zz1.pdf)
    signed = tmp_path / "out.pdf"
    code, out, _ = _cli(capsys, "sign", source, "--key", tmp_path / "pki" / "official.p12", "-o", signed)
    assert code == 0 and signed.exists()
    code, out, _ = _cli(capsys, "verify", signed)
    assert code == 2 and "neznan podpisnik" in out and "TEST uradna oseba Mojca Žagar" in out
    code, out, _ = _cli(capsys, "verify", signed, "--trust", tmp_path / "pki" / "ca.pem")
    assert code == 0 and "Ocena: veljaven" in out and "Spremenjen po podpisu: ne" in out
    assert re.search(r"Čas podpisa: \d\d\. \d\d\. \d{4} \d\d:\d\d", out)
    tampered = bytearray(signed.read_bytes())
    tampered[len(tampered) // 4] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(tampered))
    code, out, _ = _cli(capsys, "verify", bad, "--trust", tmp_path / "pki" / "ca.pem")
    assert code == 1 and "NEVELJAVEN" in out
    code, out, _ = _cli(capsys, "verify", source)
    assert code == 1 and "ni podpisan" in out
    code, out, _ = _cli(capsys, "verify", signed, "--trust", tmp_path / "pki" / "ca.pem", "--json")
    assert code == 0 and json.loads(out)["status"] == "valid"


def test_cli_generated_passphrase_is_printed(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("PRILOGA_KEY_PASSPHRASE", raising=False)
    code, out, _ = _cli(capsys, "test-pki", tmp_path)
    passphrase = re.search(r"^geslo: (\S+)$", out, re.M).group(1)
    assert code == 0 and load_signer((tmp_path / "official.p12").read_bytes(), passphrase).name.startswith("TEST")


def test_cli_wrong_passphrase_writes_nothing(capsys, tmp_path, monkeypatch, pki, zz1):
    source = tmp_path / "in.pdf"
    source.write_bytes(zz1.pdf)
    output = tmp_path / "out.pdf"
    monkeypatch.setenv("PRILOGA_KEY_PASSPHRASE", "napačno")
    code, _, err = _cli(capsys, "sign", source, "--key", pki.p12, "-o", output)
    assert code == 2 and "Napačno geslo za ključ" in err and len(err.strip().splitlines()) == 1
    assert not output.exists() and list(tmp_path.iterdir()) == [source]
    sample = tmp_path / "zz1.json"
    sample.write_text(json.dumps(default_catalog().get("ZZ-1").sample, ensure_ascii=False), encoding="utf-8")
    code, _, err = _cli(capsys, "export", "ZZ-1", sample, "-o", output, "--sign", pki.p12)
    assert code == 2 and "Napačno geslo" in err and not output.exists()


def test_cli_without_tty_and_passphrase_is_a_clear_error(capsys, tmp_path, monkeypatch, pki, zz1):
    monkeypatch.delenv("PRILOGA_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    source = tmp_path / "in.pdf"
    source.write_bytes(zz1.pdf)
    code, _, err = _cli(capsys, "sign", source, "--key", pki.p12, "-o", tmp_path / "out.pdf")
    assert code == 2 and "PRILOGA_KEY_PASSPHRASE" in err and not (tmp_path / "out.pdf").exists()


def test_cli_export_sign_of_a_file_and_of_a_finished_draft(capsys, tmp_path, monkeypatch, pki):
    monkeypatch.setenv("PRILOGA_KEY_PASSPHRASE", pki.passphrase)
    db = tmp_path / "cli.sqlite3"
    sample = tmp_path / "zz2.json"
    sample.write_text(json.dumps(default_catalog().get("ZZ-2").sample, ensure_ascii=False), encoding="utf-8")
    code, _, _ = _cli(capsys, "export", "ZZ-2", sample, "-o", tmp_path / "zz2.pdf", "--sign", pki.p12)
    assert code == 0 and verify_pdf((tmp_path / "zz2.pdf").read_bytes(), [pki.ca_pem]).status == VALID
    code, out, _ = _cli(capsys, "--db", db, "import", "ZZ-2", sample)
    draft_id = out.strip()
    assert _cli(capsys, "--db", db, "finish", draft_id)[0] == 0
    code, _, _ = _cli(capsys, "--db", db, "export", "--draft", draft_id, "-o", tmp_path / "d.pdf", "--sign", pki.p12)
    assert code == 0 and verify_pdf((tmp_path / "d.pdf").read_bytes(), [pki.ca_pem]).ok
    assert _cli(capsys, "--db", db, "trust", pki.ca)[0] == 0
    code, out, _ = _cli(capsys, "--db", db, "verify", tmp_path / "d.pdf")  # trusted from the database now
    assert code == 0
    from ws_helpers import open_workspace

    workspace = open_workspace(db)
    try:
        assert [v.version for v in workspace.signed.versions(draft_id)] == [1]
        with pytest.raises(DraftSignedError):
            workspace.drafts.reopen(draft_id)
    finally:
        workspace.close()


def test_cli_export_of_a_signed_form_is_its_signed_pdf_as_in_the_gui(capsys, tmp_path, monkeypatch, pki):
    """`export --draft ID` of a signed form writes the PDF that was signed (not a fresh unsigned render),
    the same bytes the GUI exports (Workspace.form_document), and records the export as signed."""
    monkeypatch.setenv("PRILOGA_KEY_PASSPHRASE", pki.passphrase)
    db = tmp_path / "cli.sqlite3"
    sample = tmp_path / "zz2.json"
    sample.write_text(json.dumps(default_catalog().get("ZZ-2").sample, ensure_ascii=False), encoding="utf-8")
    draft_id = _cli(capsys, "--db", db, "import", "ZZ-2", sample)[1].strip()
    assert _cli(capsys, "--db", db, "finish", draft_id)[0] == 0
    code, _, _ = _cli(capsys, "--db", db, "export", "--draft", draft_id, "-o", tmp_path / "unsigned.pdf")
    assert code == 0 and verify_pdf((tmp_path / "unsigned.pdf").read_bytes()).status == UNSIGNED
    assert _cli(capsys, "--db", db, "export", "--draft", draft_id, "-o", tmp_path / "signed.pdf",
                "--sign", pki.p12)[0] == 0
    code, _, _ = _cli(capsys, "--db", db, "export", "--draft", draft_id, "-o", tmp_path / "again.pdf")
    again = (tmp_path / "again.pdf").read_bytes()
    assert code == 0 and again == (tmp_path / "signed.pdf").read_bytes()
    assert verify_pdf(again, [pki.ca_pem]).status == VALID
    from ws_helpers import open_workspace

    workspace = open_workspace(db)
    try:
        document = workspace.form_document(draft_id)  # what the GUI saves, prints and opens
        assert document.pdf == again and document.signed.version == 1
        assert [e.detail["signed"] for e in workspace.audit_entries(action="export")] == [True, True, False]
    finally:
        workspace.close()


# --- the workspace: keys, signed forms are final, corrections are versions ---------------------------


def _finished_draft(workspace, code: str = "ZZ-1"):
    import copy

    definition = workspace.definition(code)
    data = copy.deepcopy(definition.sample)
    data.pop("photo", None)
    draft = workspace.new_draft(code, data)
    workspace.finish(draft.id)
    return draft


def test_sign_draft_records_version_and_the_form_becomes_final(workspace, pki):
    draft = _finished_draft(workspace)
    pdf = workspace.sign_draft(draft.id, pki.p12_bytes, pki.passphrase)
    assert workspace.verify(pdf, [pki.ca_pem]).ok
    assert workspace.verify(pdf).status == UNTRUSTED  # nothing trusts the TEST CA by default
    latest = workspace.signed.latest(draft.id)
    assert latest.version == 1 and latest.previous_id is None and latest.pdf == pdf
    assert latest.signer == "TEST uradna oseba Mojca Žagar" and latest.key_fingerprint
    with pytest.raises(DraftSignedError, match="podpisan"):
        workspace.drafts.reopen(draft.id)
    assert workspace.drafts.get(draft.id).status == "finished"


def test_correction_is_version_2_referring_to_version_1(workspace, pki, signer):
    draft = _finished_draft(workspace)
    workspace.sign_draft(draft.id, signer)
    first = workspace.signed.latest(draft.id)
    correction = workspace.correct(draft.id)
    assert correction.id != draft.id and correction.parent_id == draft.id and correction.status == "draft"
    data = dict(correction.data)
    data["officer_findings"] = "Popravek: prosilka je predložila tudi rojstni list."
    workspace.save(correction.id, data)
    workspace.finish(correction.id, today=dt.date(2025, 9, 20))
    pdf = workspace.sign_draft(correction.id, signer)
    second = workspace.signed.latest(correction.id)
    assert second.version == 2 and second.previous_id == first.id
    assert [v.version for v in workspace.signed.versions(correction.id)] == [1, 2]
    assert workspace.signed.get(first.id).pdf != pdf  # both kept
    assert workspace.drafts.get(draft.id).status == "finished"
    assert workspace.verify(pdf, [pki.ca_pem]).ok


def test_unfinished_draft_is_not_signed_and_wrong_passphrase_writes_nothing(workspace, pki):
    draft = workspace.new_draft("ZZ-1")
    with pytest.raises(SigningError, match="le zaključen obrazec"):
        workspace.sign_draft(draft.id, pki.p12_bytes, pki.passphrase)
    finished = _finished_draft(workspace)
    with pytest.raises(SigningError, match="Napačno geslo"):
        workspace.sign_draft(finished.id, pki.p12_bytes, "napačno")
    assert workspace.signed.versions(finished.id) == []
    workspace.drafts.reopen(finished.id)  # not signed: still reopens


def test_keystore_keeps_the_p12_as_is_and_never_the_passphrase(workspace, pki):
    record = workspace.keys.import_p12(pki.p12_bytes, pki.passphrase, label="Mojca")
    assert record.kind == "pkcs12" and record.label == "Mojca" and "TEST uradna oseba" in record.subject
    assert workspace.keys.get(record.fingerprint).p12 == pki.p12_bytes
    assert workspace.keys.get(record.fingerprint[:12]).fingerprint == record.fingerprint
    assert [k.fingerprint for k in workspace.keys.list()] == [record.fingerprint]
    with pytest.raises(KeyFileError, match="Napačno geslo"):
        workspace.keys.import_p12(pki.p12_bytes, "napačno")
    draft = _finished_draft(workspace)
    pdf = workspace.sign_draft(draft.id, record.fingerprint, pki.passphrase)  # by fingerprint
    assert workspace.signed.latest(draft.id).key_fingerprint == record.fingerprint
    workspace.keys.trust_ca(pki.ca_pem)
    assert workspace.verify(pdf).ok  # trusted from the store now
    workspace.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = workspace.path.read_bytes() + Path(str(workspace.path) + "-wal").read_bytes() \
        if Path(str(workspace.path) + "-wal").exists() else workspace.path.read_bytes()
    for secret in (pki.passphrase.encode("utf-8"), pki.passphrase.encode("utf-16-le")):
        assert secret not in raw


# --- every ZZ form -------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", default_catalog().codes())
def test_every_form_exports_signed_and_verifies_with_pyhanko_and_pdfsig(code, signer, pki, tmp_path):
    definition, data, photo = _sample(code, tmp_path)
    pdf = render_pdf(definition, data, photo)
    card = (definition.print_layout or {}).get("page") == "card"
    label = signature_label(definition)
    signed = sign_pdf(pdf, signer, NAME, OFFICE, visible=not card, label=label)
    verdict = verify_pdf(signed, [pki.ca_pem])
    assert verdict.status == VALID, verdict.message
    out = _pdfsig(signed, tmp_path, f"{code.replace('/', '-')}.pdf")
    assert "Signature is Valid." in out and "ETSI.CAdES.detached" in out and "Total document signed" in out
    if label:
        assert signature_place(pdf, label).found, f"{code}: the signature place »{label}« was not found"


# --- B-T / B-LT hook -----------------------------------------------------------------------------------


def test_extension_with_a_local_test_tsa_keeps_the_signature_valid(signed_zz1, pki, tmp_path):
    stamper, tsa_root = make_test_tsa()
    extended = extend_signature(signed_zz1, stamper, validation_context([pki.ca_pem, tsa_root]))
    assert extended.startswith(signed_zz1)
    verdict = verify_pdf(extended, [pki.ca_pem, tsa_root])
    assert verdict.status == VALID and not verdict.modified_after_signing
    assert verdict.timestamp is not None and abs(verdict.timestamp - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=10)
    assert verify_pdf(extended, [pki.ca_pem]).timestamp is None  # an untrusted TSA's time is not claimed
    assert b"/DSS" in extended[len(signed_zz1):]
    assert "Signature is Valid." in _pdfsig(extended, tmp_path).split("Signature #2")[0]
    with pytest.raises(SigningError, match="ni podpisan"):
        extend_signature(render_pdf(default_catalog().get("ZZ-2"), default_catalog().get("ZZ-2").sample),
                         stamper, validation_context([tsa_root]))


# --- cost ----------------------------------------------------------------------------------------------


def test_sign_and_verify_times_and_size(zz1, signer, pki, capsys):
    label = signature_label(zz1.definition)
    sign_pdf(zz1.pdf, signer, NAME, OFFICE, label=label)  # warm: font subset, imports
    sign_times, verify_times = [], []
    signed = b""
    for _ in range(21):
        start = time.perf_counter()
        signed = sign_pdf(zz1.pdf, signer, NAME, OFFICE, label=label)
        sign_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert verify_pdf(signed, [pki.ca_pem]).ok
        verify_times.append(time.perf_counter() - start)
    sign_ms, verify_ms = statistics.median(sign_times) * 1000, statistics.median(verify_times) * 1000
    overhead = len(signed) - len(zz1.pdf)
    with capsys.disabled():
        print(f"\nZZ-1 signature: sign median {sign_ms:.0f} ms, verify median {verify_ms:.0f} ms (21 runs), "
              f"size {len(zz1.pdf)} → {len(signed)} bytes (+{overhead} bytes, +{overhead / len(zz1.pdf):.0%})")
    assert sign_ms < 2000 and verify_ms < 1000
    assert overhead < 60_000
