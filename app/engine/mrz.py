"""The machine-readable zone of passports and ID cards (ICAO Doc 9303: TD3, TD1, TD2).

Text typed, pasted or sent by a keyboard-emulating reader is normalised (whitespace, newlines,
lowercase, « for <) and split into lines; check digits are computed with the ``mrz`` package
(PyPI, maintained, implements Doc 9303's 7-3-1 weighting), so the rule is not copied here.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mrz.base.functions import hash_string

class MrzError(ValueError):
    """The text is no valid machine-readable zone; the message is Slovenian and says how to fix it."""


@dataclass(frozen=True)
class MrzData:
    kind: str                 # TD1, TD2, TD3
    document_type: str
    issuing_country: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: dt.date | None
    sex: str                  # M, F or X
    expiry_date: dt.date | None
    lines: tuple[str, ...] = ()   # the zone's lines as checked


def normalise(text: str) -> list[str]:
    """The MRZ lines from raw input: « and ‹ become <, case is raised, blanks dropped."""
    text = text.replace("«", "<").replace("‹", "<").upper()
    lines = [re.sub(r"\s+", "", line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) == 1:  # a reader that sends everything on one line
        whole = lines[0]
        for length, count in ((44, 2), (36, 2), (30, 3)):
            if len(whole) == length * count:
                return [whole[i:i + length] for i in range(0, len(whole), length)]
    return lines


def _date(yymmdd: str, *, past: bool, today: dt.date) -> dt.date | None:
    if not yymmdd.isdigit():
        return None
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    century = today.year // 100 * 100
    year = century + yy
    if past and year > today.year:
        year -= 100
    if not past and year < today.year - 50:
        year += 100
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


def _check(value: str, digit: str, what: str) -> None:
    if hash_string(value) != digit:
        raise MrzError(f"Kontrolna številka {what} v strojno berljivem zapisu ni pravilna "
                       f"(je {digit!r}, mora biti {hash_string(value)!r}): preverite prepisane znake "
                       "ali dokument preberite znova.")


def _names(field: str) -> tuple[str, str]:
    surname, _, given = field.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def parse(text: str, *, today: dt.date | None = None) -> MrzData:
    """Parse and verify an MRZ; raise :class:`MrzError` naming the failing check digit."""
    today = today or dt.date.today()
    lines = normalise(text)
    lengths = {len(line) for line in lines}
    if len(lines) == 2 and lengths == {44}:
        kind = "TD3"
    elif len(lines) == 2 and lengths == {36}:
        kind = "TD2"
    elif len(lines) == 3 and lengths == {30}:
        kind = "TD1"
    else:
        raise MrzError("Strojno berljivi zapis mora imeti dve vrstici po 44 znakov (potni list), "
                       "dve po 36 ali tri po 30 znakov (osebna izkaznica); prejeto: "
                       + ", ".join(str(len(line)) for line in lines) + " znakov.")
    if not all(re.fullmatch(r"[A-Z0-9<]+", line) for line in lines):
        raise MrzError("Strojno berljivi zapis sme vsebovati le velike črke A–Z, številke in znak <.")
    if kind == "TD1":
        l1, l2, l3 = lines
        number, number_cd, optional1 = l1[5:14], l1[14], l1[15:30]
        birth, birth_cd, sex, expiry, expiry_cd = l2[0:6], l2[6], l2[7], l2[8:14], l2[14]
        nationality, optional2, final_cd = l2[15:18], l2[18:29], l2[29]
        composite = l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29]
        surname, given = _names(l3)
    else:
        l1, l2 = lines
        number, number_cd, nationality = l2[0:9], l2[9], l2[10:13]
        birth, birth_cd, sex, expiry, expiry_cd = l2[13:19], l2[19], l2[20], l2[21:27], l2[27]
        if kind == "TD3":
            composite = l2[0:10] + l2[13:20] + l2[21:43]
            if not (l2[42] == "<" and not l2[28:42].strip("<")):
                _check(l2[28:42], l2[42], "osebne številke (dodatni podatki)")
            final_cd = l2[43]
        else:
            composite = l2[0:10] + l2[13:20] + l2[21:35]
            final_cd = l2[35]
        surname, given = _names(l1[5:])
    _check(number, number_cd, "številke dokumenta")
    _check(birth, birth_cd, "datuma rojstva")
    _check(expiry, expiry_cd, "datuma veljavnosti")
    _check(composite, final_cd, "celotnega zapisa (zadnja)")
    return MrzData(kind=kind, document_type=l1[0:2].rstrip("<"), issuing_country=l1[2:5].rstrip("<"),
                   surname=surname, given_names=given, document_number=number.rstrip("<"),
                   nationality=nationality.rstrip("<"), birth_date=_date(birth, past=True, today=today),
                   sex={"M": "M", "F": "F"}.get(sex, "X"),
                   expiry_date=_date(expiry, past=False, today=today), lines=tuple(lines))


def read_image(image: bytes, *, today: dt.date | None = None) -> MrzData:
    """Read the MRZ from a photo or scan of a document's data page (JPEG, PNG, …): PassportEye finds
    the zone and reads it with Tesseract (well kept, used for this very task, and it returns the raw
    lines, which are then checked here as if typed). Raises MrzError when no zone can be read."""
    import io
    import shutil

    if shutil.which("tesseract") is None:
        raise MrzError("Za branje iz slike je potreben program Tesseract (Linux: apt-get install tesseract-ocr); "
                       "strojno berljivi zapis lahko tudi prepišete ali preberete s čitalnikom.")
    from passporteye import read_mrz

    try:
        found = read_mrz(io.BytesIO(image), extra_cmdline_params="")
    except Exception as exc:  # a file that is no image, or one the OCR cannot open
        raise MrzError(f"Slike ni mogoče prebrati ({exc}); izberite fotografijo ali sken strani s podatki.") from exc
    if found is None or not found.aux.get("text"):
        raise MrzError("Na sliki ni mogoče najti strojno berljivega zapisa: fotografirajte celo stran s podatki, "
                       "ostro in brez odseva, ali zapis prepišite.")
    return parse(ocr_letters(found.aux["text"]), today=today)


#: digits the OCR reads where only letters may stand (OCR-B's 0 and O, 1 and I … look alike)
_AS_LETTER = str.maketrans({"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"})


def ocr_letters(text: str) -> str:
    """The zone read by OCR with the letter-only fields (issuing state, nationality, names) put back to
    letters: the check digits do not cover them, so "UT0" would pass unnoticed."""
    lines = normalise(text)
    if len(lines) not in (2, 3):
        return text

    def letters(line: str, start: int, end: int) -> str:
        return line[:start] + line[start:end].translate(_AS_LETTER) + line[end:]

    lines[0] = letters(lines[0], 2, 5)
    if len(lines) == 3:  # TD1: nationality on the second line, the names on the third
        lines[1] = letters(lines[1], 15, 18)
        lines[2] = letters(lines[2], 0, len(lines[2]))
    else:  # TD2, TD3: the names on the first line, nationality on the second
        lines[0] = letters(lines[0], 5, len(lines[0]))
        lines[1] = letters(lines[1], 10, 13)
    return "\n".join(lines)


def _country(code: str) -> str:
    """An MRZ state code as ISO 3166 alpha-3 (Germany is "D" in the MRZ)."""
    return {"D": "DEU"}.get(code, code)


def register_entry(data: MrzData) -> tuple[dict, dict]:
    """The register's person attributes and document from a read MRZ: names as printed (Latin; the
    MRZ's form is also the person's `latin_name`), sex M/Z, dates ISO, countries alpha-3."""
    attributes = {
        "surname": data.surname.title(), "given_name": data.given_names.title(),
        "latin_name": f"{data.surname} {data.given_names}".strip().title(),
        "sex": {"M": "M", "F": "Z"}.get(data.sex), "citizenship": _country(data.nationality),
        "birth_date": data.birth_date.isoformat() if data.birth_date else None,
    }
    document = {
        "doc_type": "potni list" if data.document_type.startswith("P") else "osebna izkaznica",
        "doc_number": data.document_number, "issued_by": _country(data.issuing_country),
        "valid_until": data.expiry_date.isoformat() if data.expiry_date else None,
    }
    return {k: v for k, v in attributes.items() if v}, {k: v for k, v in document.items() if v}
