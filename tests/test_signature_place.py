"""The renderer reports where it drew each signature rule, and the signer's box sits there: the same
place a search of the printed PDF finds, on every A4 form, without reading the PDF back."""

import pytest

from app.engine import default_catalog
from app.export import render_pdf
from app.export.pdf import RenderedPdf
from app.export.signing import signature_label, signature_place

CATALOG = default_catalog()
A4 = [code for code in CATALOG.codes() if not CATALOG.get(code).print_layout.is_card]


@pytest.mark.parametrize("code", A4)
def test_the_reported_place_is_the_one_the_printed_pdf_shows(code, monkeypatch):
    definition = CATALOG.get(code)
    pdf = render_pdf(definition, definition.sample)
    assert isinstance(pdf, RenderedPdf) and pdf.page_count >= 1
    label = signature_label(definition)
    searched = signature_place(bytes(pdf), label)  # plain bytes: found by reading the PDF back

    import pypdfium2

    monkeypatch.setattr(pypdfium2, "PdfDocument", None)  # the reported place needs no PDF reader
    reported = signature_place(pdf, label)
    assert (reported.page, reported.found) == (searched.page, searched.found)
    x0, y0, x1, _y1 = reported.box
    assert x0 == pytest.approx(searched.box[0], abs=1.5)  # after the printed name, on the rule
    assert y0 == pytest.approx(searched.box[1], abs=1.5)
    assert x1 == pytest.approx(searched.box[2], abs=1.5)


def test_every_signature_and_caption_line_is_reported():
    definition = CATALOG.get("ZZ-1")
    pdf = render_pdf(definition, definition.sample)
    drawn = [b for b in definition.blocks() if b.kind in ("signature", "caption_line")]
    assert len(pdf.signature_places) == len(drawn) > 0
    assert [p.label for p in pdf.signature_places] == [str(b.get("label") or b.get("caption")) for b in drawn]
    assert all(p.x1 > p.x0 and 0 <= p.page < pdf.page_count for p in pdf.signature_places)
