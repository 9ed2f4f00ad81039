"""Any change after signing is reported as modified, never "unmodified" (issue 15, item 9)."""

from __future__ import annotations

import io
import re
from types import SimpleNamespace

import pytest

from app.engine import default_catalog
from app.export import render_pdf
from app.export.signing import VALID, load_signer, make_test_pki, sign_pdf, signature_label, verify_pdf

PASSPHRASE = "TEST-geslo-ŠČŽ"


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pki")
    ca, p12, passphrase = make_test_pki(folder, PASSPHRASE)
    definition = default_catalog().get("ZZ-1")
    pdf = render_pdf(definition, {"surname": "Ševčenko", "given_name": "Olena"}, None)
    pdf = sign_pdf(pdf, load_signer(p12.read_bytes(), passphrase), "Mojca Žagar", "PP Brežice",
                   label=signature_label(definition))
    return SimpleNamespace(pdf=pdf, ca=ca.read_text())


def test_the_untouched_file_is_valid(signed):
    verdict = verify_pdf(signed.pdf, [signed.ca])
    assert verdict.status == VALID and not verdict.modified_after_signing


def _title_update(pdf: bytes) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    info = generic.DictionaryObject({generic.NameObject("/Title"): generic.TextStringObject("Ponaredek")})
    writer.set_info(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _junk_after_eof(pdf: bytes) -> bytes:
    return pdf + b"\nnekaj dodanega po koncu datoteke\n"


def _padding_byte(pdf: bytes) -> bytes:
    match = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", pdf)
    hex_start, hex_end = match.span(1)
    tail = pdf[hex_start:hex_end].rstrip(b"0")
    position = hex_start + len(tail) + 10  # inside the zero padding after the CMS structure
    assert position < hex_end
    changed = bytearray(pdf)
    changed[position] = ord("1")
    return bytes(changed)


@pytest.mark.parametrize("tamper", [_title_update, _junk_after_eof, _padding_byte])
def test_a_change_after_signing_is_reported(signed, tamper):
    changed = tamper(signed.pdf)
    assert changed != signed.pdf
    verdict = verify_pdf(changed, [signed.ca])
    assert verdict.status != VALID and verdict.modified_after_signing, verdict.message
    assert "ni bil spremenjen" not in verdict.message
