import datetime as dt

import pytest
from mrz.generator.td3 import TD3CodeGenerator

from app.engine.mrz import MrzError, parse

TODAY = dt.date(2026, 12, 4)
ERIKSSON = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n"
       "7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
       "D231458907UTO7408122F1204159<<<<<<<6")


def test_td3_specimen():
    d = parse(ERIKSSON, today=TODAY)
    assert (d.kind, d.surname, d.given_names, d.sex) == ("TD3", "ERIKSSON", "ANNA MARIA", "F")
    assert d.birth_date == dt.date(1974, 8, 12) and d.expiry_date == dt.date(2012, 4, 15)
    assert (d.document_number, d.issuing_country, d.nationality) == ("L898902C3", "UTO", "UTO")


def test_reader_noise_lowercase_and_guillemets():
    noisy = "  " + ERIKSSON.lower().replace("<", "«").replace("\n", "\r\n  ") + "\n\n"
    assert parse(noisy, today=TODAY).surname == "ERIKSSON"
    assert parse(ERIKSSON.replace("\n", ""), today=TODAY).given_names == "ANNA MARIA"


def test_td1_and_td2_specimens():
    for text in (TD1, TD2):
        d = parse(text, today=TODAY)
        assert (d.surname, d.given_names, d.document_number) == ("ERIKSSON", "ANNA MARIA", "D23145890")
        assert d.birth_date == dt.date(1974, 8, 12)


def test_wrong_check_digit_is_named():
    with pytest.raises(MrzError, match="datuma rojstva"):
        parse(ERIKSSON.replace("7408122F", "7408132F"), today=TODAY)
    with pytest.raises(MrzError, match="številke dokumenta"):
        parse(ERIKSSON.replace("L898902C36", "L898902C46"), today=TODAY)
    with pytest.raises(MrzError, match="44 znakov"):
        parse("P<UTOERIKSSON", today=TODAY)


def test_ukrainian_passport_generated():
    code = str(TD3CodeGenerator("P", "UKR", "SHEVCHENKO", "OLENA", "FX123456", "UKR",
                                "150305", "F", "320101", ""))
    d = parse(code, today=TODAY)
    assert (d.surname, d.given_names, d.nationality) == ("SHEVCHENKO", "OLENA", "UKR")
    assert d.birth_date == dt.date(2015, 3, 5) and d.expiry_date == dt.date(2032, 1, 1)


def _data_page(mrz_text: str) -> bytes:
    """A data page as a scanner gives it: white page, some text, the MRZ in a monospace OCR-B-like font."""
    import io
    from pathlib import Path

    from PIL import Image, ImageDraw, ImageFont

    mono = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
    if not mono.exists():
        pytest.skip("DejaVu Sans Mono is not installed (apt-get install fonts-dejavu-core)")
    page = Image.new("L", (1400, 900), 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 60), "PASSPORT / PASSEPORT  UTOPIA", font=ImageFont.truetype(str(mono), 36), fill=0)
    draw.rectangle((60, 140, 360, 520), outline=0, width=3)
    font = ImageFont.truetype(str(mono), 30)
    for i, line in enumerate(mrz_text.splitlines()):
        draw.text((60, 700 + i * 50), line, font=font, fill=0)
    out = io.BytesIO()
    page.save(out, "PNG")
    return out.getvalue()


def test_read_from_a_generated_data_page_image():
    from app.engine.mrz import read_image

    d = read_image(_data_page(ERIKSSON), today=TODAY)
    assert (d.surname, d.given_names, d.document_number) == ("ERIKSSON", "ANNA MARIA", "L898902C3")
    assert d.birth_date == dt.date(1974, 8, 12)
    with pytest.raises(MrzError, match="strojno berljivega zapisa"):
        read_image(_data_page("NO ZONE HERE"), today=TODAY)


def test_register_entry_from_the_mrz(workspace):
    from app.engine.mrz import register_entry

    attributes, document = register_entry(parse(ERIKSSON, today=TODAY))
    assert attributes == {"surname": "Eriksson", "given_name": "Anna Maria", "latin_name": "Eriksson Anna Maria",
                          "sex": "Z", "citizenship": "UTO", "birth_date": "1974-08-12"}
    assert document == {"doc_type": "potni list", "doc_number": "L898902C3", "issued_by": "UTO",
                        "valid_until": "2012-04-15"}
    pid = workspace.register.add_person(**attributes)
    workspace.register.add_document(pid, **document)
    assert [d.person.id for d in workspace.possible_duplicates({}, [document])] == [pid]
