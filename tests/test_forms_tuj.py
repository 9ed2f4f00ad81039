"""TUJ-1/1 and TUJ-20/1 (Pravilnik o načinu izdaje dovoljenja za prebivanje …, Uradni list RS,
št. 55/2025, item 2263; Zakon o tujcih, ZTuj-2): codes with a slash in the catalogue and on the command
line, the official wording in order in the printed PDF (pdftotext), every rule at its boundary, the
register, blank forms. No Qt."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.engine import default_catalog
from app.engine.catalog import code_of_file, file_stem, normal_code
from app.engine.prefill import from_register
from app.export import render_pdf
from pdf_helpers import assert_in_order, form, make_emso, rules_of, sample, squash

CODES = ["TUJ-1/1", "TUJ-2/1", "TUJ-3/1", "TUJ-8/1", "TUJ-9/1", "TUJ-10/1", "TUJ-13/1", "TUJ-14/1", "TUJ-17/1", "TUJ-19/1",
         "TUJ-20/1", "TUJ-21/1", "TUJ-22/1", "TUJ-24/1", "TUJ-25/1", "TUJ-6/3", "TUJ-7/3",
         "TUJ-30/3"]
#: the certificates of Priloga 2, issued from their applications
CERTIFICATES = ["TUJ-6/3", "TUJ-7/3", "TUJ-30/3"]
#: the applications for a residence permit (IZDAJO – PODALJŠANJE, photo, document, fingerprints)
PERMITS = ["TUJ-1/1", "TUJ-3/1", "TUJ-8/1", "TUJ-10/1", "TUJ-13/1", "TUJ-17/1", "TUJ-19/1", "TUJ-20/1", "TUJ-22/1",
           "TUJ-24/1", "TUJ-25/1"]
#: every form with a date of entry, a travel document, photo and the official's permit dates
RESIDENCE = PERMITS + ["TUJ-21/1"]
TODAY = dt.date(2026, 6, 1)  # after every sample's dates
SOURCE = (Path(__file__).resolve().parents[2] / "shared" / "sources"
          / "ul-55-2025-2263-pravilnik-dovoljenje-za-prebivanje.txt")
SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶", "123456")
PDFTOTEXT = shutil.which("pdftotext")


def findings(code, data, today=TODAY):
    from app.engine import validate

    return validate(form(code), data, today=today, strict=True)


def errors(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "error"]


def warnings(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "warning"]


def iso(day: dt.date) -> str:
    return day.isoformat()


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text by poppler's pdftotext in drawing order (`-raw`: the photo box's caption beside
    a wrapped label would otherwise be read into the middle of it)."""
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    text = subprocess.run([PDFTOTEXT, "-raw", str(path), "-"], check=True, capture_output=True, text=True).stdout
    # the running header ("Obrazec št. 1/1") of every further page, which may fall inside a text that
    # continues on the next page, is left out
    return re.sub(r"\x0c[^\n]*\n", "\x0c", text)


def source_part(code: str) -> str:
    """The text of one obrazec of the Pravilnik, from its heading to the next one."""
    text = SOURCE.read_text(encoding="utf-8")
    number = code.split("-", 1)[1]
    heading = f"Obrazec št. {number} " if f"Obrazec št. {number} " in text else f"Obrazec {number}\n"
    start = text.index(heading)
    end = min((i for i in (text.find(" Obrazec št. ", start + 20), text.find(" Obrazec ", start + 20)) if i > 0),
              default=len(text))
    part = text[start:end if end > 0 else None]
    # footnote 4 of obrazec 1/1 stands in the middle of an attachment (at the foot of its page): the
    # part is given once as printed and once without it
    part = part + re.sub(r"(?m)^\d\s+Polje \d+ se izpolni[^\n]*prebivanje\. *$", "", part)
    return part + part.replace("4 Polje 32 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali izdaje enotnega "
                        "dovoljenja kot nadaljnjega dovoljenja za začasno \n\nprebivanje.  \n", "")


def official(text: str) -> str:
    """Gazette text as the comparison sees it: no whitespace, no hyphen the extraction left at a line
    break, the footnote numbers the extraction glued to item numbers as plain digits."""
    return squash(text.translate(SUPERSCRIPT)).replace("-", "")


# --- catalogue and file names ----------------------------------------------------------------------


def test_codes_with_a_slash_are_file_names_with_a_hyphen():
    assert code_of_file("tuj-1-1") == "TUJ-1/1" and code_of_file("tuj-30-3") == "TUJ-30/3"
    assert code_of_file("zz-1") == "ZZ-1" and code_of_file("up-2") == "UP-2"
    assert file_stem("TUJ-1/1") == "tuj-1-1" and file_stem("ZZ-1") == "zz-1"
    assert normal_code(" tuj-20/1 ") == normal_code("TUJ-20-1") == "TUJ-20/1"
    catalog = default_catalog()
    for code in CODES:
        assert code in catalog.codes()
        assert catalog.get(code.lower()).code == code
        assert catalog.get(code.replace("/", "-")).code == code
        assert catalog.heading(code).code == code
        assert Path(catalog.paths()[code]).name == f"{file_stem(code)}.yaml"
    # TUJ comes after the temporary-protection series, and 1/1 before 20/1
    codes = catalog.codes()
    assert codes.index("ZZ-1") < codes.index("TUJ-1/1") < codes.index("TUJ-20/1")


@pytest.mark.parametrize("code", CODES)
def test_command_line_round_trip(code, tmp_path, capsys):
    assert main(["sample", code]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == sample(code)
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", code, str(tmp_path / "data.json"), "--today", "2026-06-01"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    out = tmp_path / f"{file_stem(code)}.pdf"
    assert main(["export", code, str(tmp_path / "data.json"), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    blank = tmp_path / "blank.pdf"
    assert main(["export", code, "--blank", "-o", str(blank)]) == 0
    from app.cli.signing import _form_of_pdf

    assert _form_of_pdf(out.read_bytes()).code == code


# --- the official wording, in order ------------------------------------------------------------------

# Each form's printed wording in the order of the Priloga, as the gazette prints it (superscript
# footnote numbers where the extraction glued them to the item number).
WORDING = {
    "TUJ-1/1": [
        "Obrazec št. 1/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "ENOTNEGA DOVOLJENJA ZA PREBIVANJE IN DELO",
        "(37. člen Zakona o tujcih)", "Ref. št.:", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Državljanstvo:",
        "6. Rojstni datum (dan, mesec, leto):", "7. Zakonski stan:", "8. Rojstni kraj (država, kraj):",
        "9¹. Imetnik vizuma za dolgoročno bivanje", "DA", "NE", "Nekdanji imetnik modre karte EU",
        "Nekdanji imetnik enotnega dovoljenja ICT",
        "Nekdanji imetnik dovoljenja za začasno prebivanje zaradi opravljanja raziskovalnega dela",
        "Nekdanji imetnik dovoljenja za začasno prebivanje zaradi študija",
        "Družinski član nekdanjega imetnika dovoljenja za začasno prebivanje zaradi opravljanja raziskovalnega dela",
        "Tujec, ki mu je prenehal status mednarodne zaščite", "Oseba s priznano subsidiarno zaščito",
        "¹ Polje 9 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno prebivanje",
        "ali če je oseba s priznano subsidiarno zaščito.",
        "10. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "11². Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "12³. Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "13. Datum vstopa na območje Republike Slovenije:", "14. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "15. Način zagotovitve (viri) sredstev za preživljanje:",
        "16. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost:",
        "17. Podatek o zdravstvenem zavarovanju:", "18. Davčna številka:",
        "19. Imetnik dovoljenja, ki omogoča zaposlitev – mednarodna pogodba:",
        "V primeru, da je tujec imetnik dovoljenja za zaposlitev, se vpiše številka tega dovoljenja:",
        ", polj od št. 20 do vključno št. 31 pa ni potrebno izpolnjevati.",
        "20. Firma ali ime delodajalca oziroma naročnika storitve:", "21. Sedež ali naslov delodajalca oziroma naročnika storitve:",
        "22. Podatek o prijavi potrebe po delavcu, ki jo pri Zavodu Republike Slovenije za zaposlovanje na obrazcu "
        "»PDM - kontrola trga dela« vloži delodajalec, pri katerem se bo tujec zaposlil (številka PDM obrazca):",
        "23. Matična številka delodajalca oziroma naročnika storitve:",
        "24. Davčna številka delodajalca oziroma naročnika storitve:",
        "25. Vrsta in raven strokovne izobrazbe ali nacionalna poklicna kvalifikacija:",
        "26. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "27. Naziv delovnega mesta za katero se sklepa delovno razmerje:", "28. Opis del in nalog delovnega mesta:",
        "29. Kraj opravljanja dela: (ustrezno označiti)", "na sedežu delodajalca /", "na terenu – lokacija /",
        "² Polje 11 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "³ Polje 12 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "30. Poklicna oziroma strokovna izobrazba ali nacionalna poklicna kvalifikacija, ki se zahteva za zasedbo delovnega mesta:",
        "31. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "32⁴. Način osebne vročitve enotnega dovoljenja: (ustrezno označiti)",
        "pri pristojnem organu, ki je dovoljenje izdal", "po pošti, na naslov:", "33. Datum vložitve prošnje:",
        "34. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "Številka izdane izkaznice dovoljenja za prebivanje oziroma odločbe/sklepa:", "Datum izdaje:",
        "Dovoljenje velja od:", "do:", "Opombe:", "Prošnjo sprejel:", "Prošnjo rešil:",
        "Podatek o roki in prstu, s katere je bil zajet prstni odtis (označite):", "LEVA:", "kazalec", "sredinec",
        "prstanec", "palec", "DESNA:", "kazalec", "sredinec", "prstanec", "palec",
        "Nezmožnost zajema prstnih odtisov (označite):", "TRAJNA", "ZAČASNA",
        "⁴ Polje 32 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali izdaje enotnega dovoljenja kot "
        "nadaljnjega dovoljenja za začasno prebivanje.",
        "A - Prošnji za izdajo prvega enotnega dovoljenja na podlagi soglasja zavoda za zaposlitev", "A1 Tujec, ki se bo zaposlil",
        "B - Prošnji za izdajo ali podaljšanje enotnega dovoljenja", "(ustrezno obkrožiti)", "B1", "B2", "B3", "B4",
        "C - Prošnji za podaljšanje enotnega dovoljenja", "D - Prošnji za izdajo prvega enotnega dovoljenja",
        "D1 Prošnji za podaljšanje", "E - Prošnji za izdajo ali podaljšanje", "F - Prošnji za izdajo prvega",
        "F1 Prošnji za podaljšanje", "G - Prošnji za izdajo ali podaljšanje", "G1 - oseba, ki namerava",
        "G2 - poročevalec za tuje medije ali tuj dopisnik:", "G3 - tujec, ki uveljavlja interes Republike Slovenije",
        "Informacija glede varstva osebnih podatkov:",
        "osebni podatki z obrazca se za namen izdaje dovoljenja za prebivanje obdelujejo v skladu s 93. členom Zakona o tujcih;",
        "upravljavec vaše podatke hrani skladno s 115. členom Zakona o tujcih;", "elektronska pošta: dpo.mnz@gov.si;",
        "če ste mnenja, da se vaši podatki obdelujejo nezakonito, lahko vložite pritožbo pri Informacijskem pooblaščencu.",
    ],
    "TUJ-2/1": [
        "Obrazec št. 2/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "ZA PODAJO SOGLASJA K (označite)", "ZAMENJAVI DELOVNEGA MESTA PRI ISTEM DELODAJALCU", "ZAMENJAVI DELODAJALCA",
        "ZAPOSLITVI PRI DVEH ALI VEČ DELODAJALCIH", "(peti odstavek 37. člena Zakona o tujcih)",
        "1. EMŠO, če je določena:", "2. Priimek in ime:", "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:",
        "5. Državljanstvo:", "6. Rojstni datum (dan, mesec, leto):", "7. Rojstni kraj (država, kraj):",
        "8. Začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "9. Datum izdaje enotnega dovoljenja in njegova veljavnost do:", "10. Podatek o zdravstvenem zavarovanju:",
        "11. Trenutni delodajalec in delovno mesto:", "12.¹ Trenutni delodajalec in bodoče delovno mesto:",
        "13.² Bodoči delodajalec oziroma delodajalci in delovno mesto pri bodočem delodajalcu / delodajalcih:",
        "14. Podatek o prijavi potrebe po delavcu, ki jo pri Zavodu Republike Slovenije za zaposlovanje na obrazcu "
        "»PDM – kontrola trga dela« vloži delodajalec, pri katerem se bo tujec zaposlil (številka PDM obrazca):",
        "¹ Polje 12 se izpolni le v primeru prošnje za podajo soglasja k zamenjavi delovnega mesta pri istem delodajalcu.",
        "² Polje 13 se izpolni le v primeru prošnje za podajo soglasja k zamenjavi delodajalca ali zaposlitev pri dveh ali več delodajalcih.",
        "15. Firma ali ime bodočega delodajalca:", "16. Sedež ali naslov bodočega delodajalca:",
        "17. Matična številka bodočega delodajalca:", "18. Davčna številka bodočega delodajalca:",
        "19. Vrsta in raven strokovne izobrazbe ali nacionalna poklicna kvalifikacija tujca:",
        "20. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "21. Naziv delovnega mesta za katero se sklepa delovno razmerje:", "22. Opis del in nalog delovnega mesta:",
        "23. Kraj opravljanja dela: (ustrezno označiti)", "na sedežu delodajalca", "na terenu – lokacija:",
        "24. Poklicna oziroma strokovna izobrazba ali nacionalna poklicna kvalifikacija, ki se zahteva za zasedbo delovnega mesta:",
        "25. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "26. Datum vložitve prošnje:", "27. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA", "Številka izdane odločbe/sklepa",
        "Datum izdaje:", "Opombe:", "Prošnjo sprejel:", "Prošnjo rešil:",
        "A - Prošnji za podajo soglasja k zamenjavi delovnega mesta pri istem delodajalcu",
        "zagotavlja nastanitev tujcu ali ne.",
        "V postopku podaje soglasja k zamenjavi delovnega mesta pri istem delodajalcu bo Zavod Republike Slovenije za "
        "zaposlovanje po uradni dolžnosti preveril, da v evidenci brezposelnih oseb ni ustrezne brezposelne osebe.",
        "B - Prošnji za podajo soglasja k zamenjavi delodajalca", "B1 Tujec, ki se bo zaposlil v podjetju",
        "C - Prošnji za podajo soglasja k zaposlitvi pri dveh ali več delodajalcih",
        "da je od dneva vključitve v socialna zavarovanja na podlagi prva zaposlitve potekel najmanj en mesec;",
        "C1 Tujec, ki se bo zaposlil v podjetju", "D - Prošnji za zamenjavo delovnega mesta pri istem delodajalcu",
        "D1 Tujec z izobrazbo najmanj na 4. ravni SOK", "D2 Tujec, ki je bil v zadnjih treh letih",
        "D3 Tujec, ki je zadnji letnik šolanja končal", "na 6.ravni SOK", "D4 Tujec, ki je v Republiki Sloveniji zaključil",
        "V postopku podaje soglasja bo Zavod Republike Slovenije za zaposlovanje po uradni dolžnosti pridobil naslednje podatke:",
        "Informacija glede varstva osebnih podatkov:", "elektronska pošta: dpo.mnz@gov.si;",
    ],
    "TUJ-3/1": [
        "Obrazec št. 3/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "ENOTNEGA DOVOLJENJA ZARADI OPRAVLJANJA DELA KOT SAMOZAPOSLENA OSEBA",
        "(37.b člen Zakona o tujcih)", "Ref. št. :", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Državljanstvo:",
        "6. Rojstni datum (dan, mesec, leto):", "7. Zakonski stan:", "8. Rojstni kraj (država, kraj):",
        "9¹. Imetnik vizuma za dolgoročno bivanje", "DA", "NE", "Oseba s priznano subsidiarno zaščito",
        "¹ Polje 9 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno prebivanje",
        "10. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "11². Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "12³. Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "13. Datum vstopa na območje Republike Slovenije:", "14. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "15. Način zagotovitve (viri) sredstev za preživljanje:", "16. Podatek o zdravstvenem zavarovanju:",
        "17. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "18. Matična številka osebne gospodarske družbe ali podjetnika posameznika:",
        "19. Davčna številka osebne gospodarske družbe ali podjetnika posameznika:",
        "20. Sedež ali naslov osebne gospodarske družbe ali podjetnika posameznika:",
        "21⁴. Način osebne vročitve enotnega dovoljenja: (ustrezno označiti)",
        "pri pristojnem organu, ki je dovoljenje izdal", "po pošti, na naslov:",
        "22. Datum vložitve prošnje:", "23. Podpis vlagatelja:",
        "² Polje 11 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "³ Polje 12 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "IZPOLNI URADNA OSEBA", "Številka izdane izkaznice dovoljenja za prebivanje oziroma odločbe/sklepa:",
        "Datum izdaje:", "Dovoljenje velja od:", "do:", "Opombe:", "Prošnjo sprejel:", "Prošnjo rešil:",
        "Podatek o roki in prstu, s katere je bil zajet prstni odtis (označite):", "LEVA:", "DESNA:",
        "Nezmožnost zajema prstnih odtisov (označite):", "TRAJNA", "ZAČASNA",
        "⁴ Polje 21 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali izdaje enotnega dovoljenja kot "
        "nadaljnjega dovoljenja za začasno prebivanje.",
        "A - Prošnji za izdajo ali podaljšanje enotnega dovoljenja zaradi opravljanja dela kot samozaposlena oseba",
        "samostojno poklicno dejavnost so requests.", "B - Prošnji za izdajo ali podaljšanje enotnega dovoljenja",
        "(ustrezno obkrožiti)", "B1", "- Tujec z izobrazbo najmanj na 4. ravni SOK", "B2", "B3", "B4",
        "Informacija glede varstva osebnih podatkov:", "elektronska pošta: dpo.mnz@gov.si;",
    ],
    "TUJ-8/1": [
        "Obrazec št. 8/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "ENOTNEGA DOVOLJENJA ZARADI VISOKOKVALIFICIRANE ZAPOSLITVE –",
        "MODRA KARTA EU", "(39. 40.a in 41. člen Zakona o tujcih)", "Ref. št.:", "1. EMŠO, če je določena:",
        "2. Davčna številka:", "3. Priimek in ime:", "4. Priimek pred sklenitvijo zakonske zveze:", "5. Spol:",
        "6. Državljanstvo:", "7. Rojstni datum (dan, mesec, leto):", "8. Zakonski stan:", "9. Rojstni kraj (država, kraj):",
        "10. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "11¹. Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "12². Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "¹ Polje 11 se izpolni v primeru prošnje za izdajo prvega dovoljenja za začasno prebivanje.",
        "² Polje 12 se izpolni v primeru prošnje za podaljšanje dovoljenja za začasno prebivanje.",
        "13. Datum vstopa na območje Republike Slovenije:", "14. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "15³. Imetnik vizuma za dolgoročno prebivanje", "Nekdanji imetnik enotnega dovoljenja za sezonsko delo",
        "Tujec, ki ima priznano mednarodno zaščito v RS", "Tujec, ki ima priznano mednarodno zaščito v drugi državi članici EU",
        "16⁴. Država članica EU, ki je vlagatelju izdala modro karto EU in veljavnost izdane modre karte EU (do):",
        "Država članica EU, ki je vlagatelju priznala mednarodno zaščito (datum in številka odločbe).",
        "17. Podatek o zdravstvenem zavarovanju:", "18. Firma ali ime delodajalca:", "19. Sedež ali naslov delodajalca:",
        "(številka PDM obrazca):", "21. Matična številka delodajalca:", "22. Davčna številka delodajalca:",
        "23. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "³ Polje 15 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno bivanje",
        "če je oseba s priznano mednarodno zaščito v Republiki Sloveiji",
        "⁴ Polje 16 se izpolni v primeru, če ima tujec veljavno modro karto EU",
        "24. Vrsta in raven visokošolske kvalifikacije oziroma navedba o visoki poklicni usposobljenosti delavca:",
        "25. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "26. Naziv delovnega mesta za katero se sklepa delovno razmerje:", "27. Opis del in nalog delovnega mesta:",
        "28. Kraj opravljanja dela: (označite)", "na sedežu delodajalca", "na terenu – lokacija:",
        "29. Poklicna oziroma strokovna izobrazba, ki se zahteva za zasedbo delovnega mesta:",
        "30. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "31⁵. Način osebne vročitve dovoljenja za začasno prebivanje: (ustrezno označiti)",
        "32. Datum vložitve prošnje:", "33. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "Podatek o roki in prstu, s katere je bil zajet prstni odtis (označite):", "TRAJNA", "ZAČASNA",
        "⁵ Polje 31 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega "
        "dovoljenja za začasno prebivanje.",
        "A - Prošnji za izdajo prvega enotnega dovoljenja zaradi visokokvalificirane zaposlitve - modra karta EU",
        "B - Prošnji za podaljšanje enotnega dovoljenja zaradi visokokvalificirane zaposlitve - modra karta EU",
        "(le v prvih dveh letih zaposlitve).", "Informacija glede varstva osebnih podatkov:",
        "elektronska pošta dpo.mnz@gov.si;",
    ],
    "TUJ-9/1": [
        "Obrazec št. 9/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IMETNIKA MODRE KARTE EU ZA PODAJO SOGLASJA K", "ZAMENJAVI DELODAJALCA –",
        "ZAMENJAVI DELOVNEGA MESTA PRI ISTEM DELODAJALCU (označite)", "(četrti odstavek 39. Zakona o tujcih)",
        "1. EMŠO, če je določena:", "2. Priimek in ime:", "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:",
        "5. Državljanstvo:", "6. Rojstni datum (dan, mesec, leto):", "7. Rojstni kraj (država, kraj):", "8. Zakonski stan:",
        "9. Davčna številka:", "10. Začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "11. Datum izdaje modre karte EU in njena veljavnost do:", "12. Podatek o zdravstvenem zavarovanju:",
        "13¹. Trenutni delodajalec in delovno mesto:", "14. Trenutni delodajalec in bodoče delovno mesto:",
        "15. Bodoči delodajalec in bodoče delovno mesto:", "16. Firma ali ime delodajalca:",
        "17. Sedež ali naslov delodajalca:",
        "18. Vrsta in raven visokošolske kvalifikacije ali navedba o visoki poklicni usposobljenosti delavca:",
        "¹ Polja od 13 do 17 se izpolnijo v primeru prošnje za podajo soglasja k zamenjavi delodajalca.",
        "19. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "20. Naziv delovnega mesta za katero se sklepa delovno razmerje:", "21. Opis del in nalog delovnega mesta:",
        "22. Kraj opravljanja dela: (označite)", "23. Poklicna oziroma strokovna izobrazba, ki se zahteva za zasedbo delovnega mesta:",
        "(številka PDM obrazca):", "25. Matična številka delodajalca:", "26. Davčna številka delodajalca:",
        "27. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "28. Datum vložitve prošnje oziroma obvestila:", "29. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "Številka izdane odločbe/sklepa:", "Datum izdaje:", "Opombe:", "Prošnjo sprejel:", "Prošnjo rešil:",
        "A - Prošnji za podajo soglasja k zamenjavi delovnega mesta pri istem delodajalcu",
        "nazadnje objavljene v zadnjem listu Republike Slovenije, dokazilo o ustreznem zdravstvenem zavarovanju",
        "kvalifikacijie", "za čas zaposloval delavce, in nima neporavnanih zapadlih davčnih obveznosti.",
        "B - Prošnji za podajo soglasja k zamenjavi delodajalca", "najmanj 1,5 povprečne letne bruto plače",
        "V postopku podaje soglasja k zamenjavi delodajalca, bo Zavod Republike Slovenije za zaposlovanje pridobil naslednje podatke:",
        "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-10/1": [
        "Obrazec št. 10/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE DOVOLJENJA (označite)",
        "ZA ZAČASNO PREBIVANJE ZA DRUŽINSKEGA ČLANA IMETNIKA MODRE KARTE EU", "(42. člen Zakona o tujcih)",
        "Ref. št.:", "1¹. EMŠO vlagatelja:", "2. Priimek in ime vlagatelja:",
        "3². Država članica EU, ki je vlagatelju izdala modro karto EU in njena veljavnost (do):",
        "4. Sedanje začasno oziroma stalno prebivališče vlagatelja v Republiki Sloveniji ali v tujini (naselje, ulica in hišna številka):",
        "5³. EMŠO družinskega člana, če je določena:", "6. Priimek in ime:", "7. Priimek pred sklenitvijo zakonske zveze:",
        "8. Spol:", "9. Državljanstvo:", "10. Rojstni datum (dan, mesec, leto):", "11. Rojstni kraj (država, kraj):",
        "¹ V polja od 1 do 4 in v polje 25 se vpisujejo podatki o vlagatelju prošnje.",
        "² Polje 3 se izpolni v primeru, da je vlagatelj prošnje imetnik modre karte EU, ki jo je izdala druga država članica Evropske unije.",
        "³ V polja od 5 do 23 se vpišejo podatki o tujcu, za katerega se vlaga prošnja za izdajo dovoljenja za začasno prebivanje.",
        "12. Zakonski stan:", "13. Poklic:",
        "14. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "15. Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "16. Datum vstopa na območje Republike Slovenije:", "17. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "18. Sorodstveno oziroma drugo razmerje z vlagateljem:",
        "19. Država članica EU, v kateri ima družinski član tujca, s priznano mednarodno zaščito, dovoljenje za začasno "
        "prebivanje za družinskega člana osebe, s priznano mednarodno zaščito (datum izdaje in številka odločbe):",
        "20. Način zagotovitve (viri) sredstev za preživljanje:", "21. Podatek o zdravstvenem zavarovanju:",
        "22. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "23. Vrsta in raven strokovne izobrazbe ali nacionalna poklicna kvalifikacija ali dokazilo o visoki poklicni usposobljenosti::",
        "24. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "25. Naziv delovnega mesta za katero se sklepa delovno razmerje:", "26. Opis del in nalog delovnega mesta:",
        "27. Kraj opravljanja dela: (označite)",
        "28. Poklicna oziroma strokovna izobrazba ali nacionalna poklicna kvalifikacija, ki se zahteva za zasedbo delovnega mesta:",
        "29⁴. Način osebne vročitve dovoljenja za začasno prebivanje: (ustrezno označiti)",
        "30. Datum vložitve prošnje:", "31. Podpis vlagatelja:",
        "⁴ Polje 29 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega dovoljenja za začasno prebivanje.",
        "IZPOLNI URADNA OSEBA", "Nezmožnost zajema prstnih odtisov (označite):",
        "Prošnji za izdajo ali podaljšanje dovoljenja za začasno prebivanje za družinskega člana imetnika modre karte EU je treba priložiti:",
        "dokazila o sorodstvenem razmerju, če matična dejstva niso vpisana v matični register v Republiki Sloveniji.",
        "V postopku bo upravna enota po uradni dolžnosti pridobila naslednje podatke:",
        "Informacija glede varstva osebnih podatkov:", "njihov izbris.",
    ],
    "TUJ-13/1": [
        "Obrazec št. 13/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "ENOTNEGA DOVOLJENJA ZARADI OPRAVLJANJA PRIPRAVNIŠTVA",
        "(44.d člen Zakona o tujcih)", "Ref. št..:", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Rojstni datum (dan, mesec, leto):",
        "6. Rojstni kraj (država, kraj):", "7. Državljanstvo:", "8. Zakonski stan:",
        "9¹. Imetnik vizuma za dolgoročno bivanje", "Nekdanji imetnik dovoljenja za začasno prebivanje zaradi študija",
        "Družinski član nekdanjega imetnika dovoljenja za začasno prebivanje zaradi študija",
        "Tujec, ki mu je prenehal status mednarodne zaščite", "Oseba s priznano subsidiarno zaščito",
        "10. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "¹ Polje 9 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno bivanje",
        "11². Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "12³. Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka) / Naslov, na "
        "katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "13. Datum vstopa na območje Republike Slovenije:", "14. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "15. Način zagotovitve (viri) sredstev za preživljanje:",
        "16. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost:",
        "17. Vrsta in raven strokovne izobrazbe:", "18. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "19. Naziv delovnega mesta za katero se sklepa pogodba o zaposlitvi ali pogodba civilnega prava:",
        "20. Opis del in nalog delovnega mesta:", "21. Kraj opravljanja dela: (ustrezno označiti)", "na sedežu delodajalca",
        "na terenu:", "22. Strokovna izobrazba, ki se zahteva za zasedbo delovnega mesta:",
        "23. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "² Polje 11 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "³ Polje 12 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "24. Podatek o zdravstvenem zavarovanju:", "25. Davčna številka delodajalca oziroma naročnika dela:",
        "26. Firma ali ime delodajalca oziroma naročnika dela :", "27. Matična številka delodajalca oziroma naročnika dela:",
        "28. Sedež ali naslov delodajalca oziroma naročnika dela:", "pri katerem se bo tujec zaposlil ali opravljal delo (številka PDM obrazca):",
        "30⁴. Način osebne vročitve dovoljenja za začasno prebivanje: (ustrezno označiti)",
        "31. Datum vložitve prošnje:", "32. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "⁴ Polje 30 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega dovoljenja za začasno prebivanje.",
        "Prošnji za izdajo ali podaljšanje enotnega dovoljenja na podlagi soglasja zavoda za opravljanje pripravništva",
        "podpisano izjavo delodajalca/naročnika dela ali zagotavlja nastanitev tujca ali ne",
        "investiral najmanj 50.000 eurov v dejavnost, v okviru katere bo tujec opravljal pripravništvo",
        "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-14/1": [
        "Obrazec št. 14/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "ZA PODAJO SOGLASJA K ZAPOSLITVI PRIPRAVNIKA PRI DVEH ALI VEČ DELODAJALCIH",
        "(četrti odstavek 44.d člen Zakona o tujcih)", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Državljanstvo:",
        "6. Rojstni datum (dan, mesec, leto):", "7. Rojstni kraj (država, kraj):",
        "8. Začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "9. Datum izdaje enotnega dovoljenja in njegova veljavnost do:", "10. Trenutni delodajalec in delovno mesto:",
        "11. Bodoči delodajalec oziroma delodajalci in delovno mesto pri bodočem delodajalcu / delodajalcih:",
        "12. Firma ali ime bodočega delodajalca:", "13. Sedež ali naslov bodočega delodajalca:",
        "pri katerem se bo tujec zaposlil (številka PDM obrazca):", "15. Matična številka bodočega delodajalca:",
        "16. Davčna številka bodočega delodajalca:", "17. Vrsta in raven strokovne izobrazbe tujca:",
        "18. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "19. Naziv delovnega mesta za katero se sklepa pogodba o zaposlitvi:", "20. Opis del in nalog delovnega mesta:",
        "21. Kraj opravljanja dela: (ustrezno označiti)", "na sedežu delodajalca /", "na terenu – lokacija:",
        "22. Strokovna izobrazba, ki se zahteva za zasedbo delovnega mesta:",
        "23. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "24. Datum vložitve prošnje:", "25. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA", "Številka izdane odločbe/sklepa:",
        "Datum izdaje:", "Dovoljenje velja od:", "do:", "Opombe:", "Prošnjo sprejel:", "Prošnjo rešil:",
        "A - Prošnji za podajo soglasja k zaposlitvi pri dveh ali več delodajalcih", "na 7.ravni SOK tujca",
        "pridobil podatke :", "A1 Tujec, ki se bo zaposlil v podjetju", "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-17/1": [
        "Obrazec št. 17/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "ENOTNEGA DOVOLJENJA ZA OSEBO, PREMEŠČENO ZNOTRAJ GOSPODARSKE DRUŽBE",
        "(45.b, 45.c in 45.d člen Zakona o tujcih)", "Ref. št.:", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Državljanstvo:",
        "6. Rojstni datum (dan, mesec, leto):", "7. Zakonski stan:", "8. Rojstni kraj (država, kraj):",
        "9. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "10¹. Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "11². Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "¹ Polje 10 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "² Polje 11 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "13. Datum vstopa na območje Republike Slovenije:", "14. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "15³. Država članica EU, ki je vlagatelju prva izdala enotno dovoljenje za osebo, premeščeno znotraj gospodarske "
        "družbe (»ICT«) in veljavnost (do):",
        "16. Način zagotovitve (viri) sredstev za preživljanje:", "17. Podatek o zdravstvenem zavarovanju:",
        "18. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "19. Tuji delodajalec:", "20. Firma subjekta gostitelja:", "21. Matična številka subjekta gostitelja:",
        "22. Davčna številka subjekta gostitelja:", "23. Sedež subjekta gostitelja:", "24. Vrsta in raven strokovne izobrazbe:",
        "25 Opis del in nalog:", "a) vodstveno delo:", "b) posebna znanja in poklicne izkušnje:",
        "c) poklicni razvoj ali usposabljanje v poslovnih tehnikah ali metodah:",
        "26. Druga potrebna dodatna znanja, ki se zahtevajo za opravljanje del in nalog:",
        "27⁴. Način osebne vročitve enotnega dovoljenja: (ustrezno označiti)", "28. Datum vložitve prošnje:",
        "29. Podpis vlagatelja:", "³ Polje 15 se izpolni v primeru prošnje za izdajo enotnega dovoljenja za osebo",
        "⁴ Polje 27 se izpolni v primeru prošnje za podaljšanje dovoljenja", "IZPOLNI URADNA OSEBA",
        "A - Prošnji za izdajo ali podaljšanje enotnega dovoljenja za osebo, premeščeno znotraj gospodarske družbe kot vodstveni delavec",
        "B - Prošnji za izdajo ali podaljšanje enotnega dovoljenja za osebo, premeščeno znotraj gospodarske družbe kot strokovnjak",
        "C - Prošnji za izdajo ali podaljšanje enotnega dovoljenja za osebo, premeščeno znotraj gospodarske družbe kot zaposleni na usposabljanju",
        "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-19/1": [
        "Obrazec št. 19/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "ENOTNEGA DOVOLJENJA ZA DNEVNEGA DELOVNEGA MIGRANTA",
        "(46. člen Zakona o tujcih)", "Ref. št.:", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Državljanstvo:",
        "6. Rojstni datum (dan, mesec, leto):", "7. Zakonski stan:", "8. Rojstni kraj (država, kraj):",
        "9¹. Imetnik vizuma za dolgoročno bivanje", "Oseba s priznano subsidiarno zaščito",
        "¹ Polje 9 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno prebivanje",
        "10. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "11². Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "12³. Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "13. Datum vstopa na območje Republike Slovenije:", "14. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "15. Način zagotovitve (viri) sredstev za preživljanje:",
        "16. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "17. Podatek o zdravstvenem zavarovanju:", "18. Davčna številka:",
        "19. Firma ali ime delodajalca oziroma naročnika storitve:", "20. Sedež ali naslov delodajalca oziroma naročnika storitve:",
        "»PDM – kontrola trga dela«", "22. Matična številka delodajalca oziroma naročnika storitve:",
        "23. Davčna številka delodajalca oziroma naročnika storitve:",
        "24. Vrsta in raven strokovne izobrazbe ali nacionalna poklicna kvalifikacija:",
        "25. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "26. Naziv delovnega mesta za katerega se sklepa delovno razmerje:", "27. Opis del in nalog delovnega mesta:",
        "28. Opis del in nalog delovnega mesta:", "na sedežu delodajalca", "na terenu – lokacija:",
        "29. Poklicna oziroma strokovna izobrazba ali nacionalna poklicna kvalifikacija, ki se zahteva za zasedbo delovnega mesta:",
        "² Polje 11 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "³ Polje 12 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "30. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "31⁴. Način osebne vročitve enotnega dovoljenja za začasno prebivanje: (ustrezno označiti)",
        "32. Datum vložitve prošnje:", "33. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "⁴ Polje 31 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali za izdajo enotnega dovoljenja",
        "A - Prošnji za izdajo prvega enotnega dovoljenja na podlagi soglasja zavoda za zaposlitev", "A1 Tujec",
        "B - Prošnji za izdajo ali podaljšanje", "B1", "B2", "B3", "B4", "C – Prošnji za podaljšanje enotnega dovoljenja",
        "D – Prošnji za izdajo prvega enotnega dovoljenja", "D1 Prošnji za podaljšanje", "E – Prošnji za izdajo ali podaljšanje",
        "F – Prošnji za izdajo prvega enotnega dovoljenja", "F1 Prošnji za podaljšanje", "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-21/1": [
        "Obrazec št. 21/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "ZA IZDAJO DOVOLJENJA ZA STALNO PREBIVANJE ZA DRUŽINSKEGA ČLANA BEGUNCA", "(47.a člen Zakona o tujcih)",
        "Ref. št.:", "1¹. EMŠO vlagatelja:", "2. Priimek in ime vlagatelja:",
        "3. Sedanje stalno prebivališče vlagatelja v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "4². EMŠO družinskega člana, če je določena:", "5. Priimek in ime:", "6. Priimek pred sklenitvijo zakonske zveze:",
        "7. Spol:", "8. Državljanstvo:", "9. Rojstni datum (dan, mesec, leto):", "10. Rojstni kraj (država, kraj):",
        "11. Zakonski stan:", "12. Poklic:",
        "13. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "¹ V polja od 1 do 3 in v polje 25 se vpisujejo podatki o vlagatelju prošnje.",
        "² V polja od 4 do 21 se vpišejo podatki o tujcu, za katerega se vlaga prošnja za izdajo dovoljenja za stalno prebivanje.",
        "14. Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "15. Datum vstopa na območje Republike Slovenije:", "16. Imetnik vizuma za dolgoročno bivanje", "DA", "NE",
        "Družinski član imetnika modre karte EU s priznano mednarodno zaščito v RS", "DA", "NE",
        "17. Razlog ali namen prebivanja v Republiki Sloveniji:", "18. Sorodstveno oziroma drugo razmerje z vlagateljem:",
        "19³. Način zagotovitve (viri) sredstev za preživljanje:", "20⁴. Podatek o zdravstvenem zavarovanju:",
        "21. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "22. Datum vložitve prošnje:", "23. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "Nezmožnost zajema prstnih odtisov (označite):",
        "³ Polji 19 in 20 se izpolnita v primeru, kadar prošnja za izdajo dovoljenja za stalno prebivanje za družinskega "
        "člana begunca ni vložena v roku 90 dni od priznanja statusa begunca.",
        "⁴ Polji 19 in 20 se izpolnita v primeru, kadar prošnja",
        "Prošnji za izdajo dovoljenja za stalno prebivanje za družinskega člana osebe s priznanim statusom begunca je treba priložiti:",
        "stalno prebivan je", "V postopku bo organ po uradni dolžnosti pridobil naslednje podatke:", "o statusu vlagatelja;",
        "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-22/1": [
        "Obrazec št. 22/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)",
        "DOVOLJENJA ZA ZAČASNO PREBIVANJE ZA DRUŽINSKEGA ČLANA OSEBE S SUBSIDIARNO ZAŠČITO", "(47.b člen Zakona o tujcih)",
        "Ref. št.:", "1¹. EMŠO vlagatelja:", "2. Priimek in ime vlagatelja:",
        "3. Sedanje stalno ali začasno prebivališče vlagatelja v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "4². EMŠO družinskega člana, če je določena:", "5. Priimek in ime:", "6. Priimek pred sklenitvijo zakonske zveze:",
        "7. Spol:", "8. Državljanstvo:", "9. Rojstni datum (dan, mesec, leto):", "10. Rojstni kraj (država, kraj):",
        "¹ V polja od 1 do 3 in v polje 25 se vpisujejo podatki o vlagatelju prošnje.",
        "² V polja od 4 do 21 se vpišejo podatki o tujcu, za katerega se vlaga prošnja za izdajo dovoljenja za stalno prebivanje.",
        "11. Zakonski stan:", "12. Poklic:",
        "13. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "14³. Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "15⁴. Datum vstopa na območje Republike Slovenije:", "16. Imetnik vizuma za dolgoročno bivanje",
        "Družinski član imetnika modre karte EU s priznano mednarodno zaščito v RS",
        "17. Razlog ali namen prebivanja v Republiki Sloveniji:", "18. Sorodstveno oziroma drugo razmerje z vlagateljem:",
        "19⁵. Način zagotovitve (viri) sredstev za preživljanje:", "20. Podatek o zdravstvenem zavarovanju:",
        "21. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "22. Datum vložitve prošnje:", "23. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "³ Polje 14 se izpolni v primeru prošnje za izdajo prvega dovoljenja za začasno prebivanje.",
        "⁴ Polje 15 se izpolni v primeru prošnje za podaljšanje dovoljenja za začasno prebivanje.",
        "⁵ Polji 19 in 20 se izpolnita v primeru, kadar prošnja za izdajo dovoljenja za stalno prebivanje za družinskega člana begunca",
        "Prošnji za izdajo dovoljenja za začasno prebivanje za družinskega člana osebe s priznano subsidiarno zaščito je treba priložiti:",
        "če jih;", "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-6/3": [
        "Obrazec 6/3", "REPUBLIKA SLOVENIJA", "(organ, pristojen za izdajo potrdila)", "POTRDILO",
        "O VLOŽENI PROŠNJI ZA IZDAJO PRVE MODRE KARTE EU", "(ustrezno označiti)", "TUJCU",
        "To potrdilo velja kot dovoljenje za začasno prebivanje do pravnomočne odločitve o prošnji in tujcu ne dovoljuje "
        "zaposlitve na ozemlju Republike Slovenije (tretji odstavek 40. člena Zakona o tujcih).",
        "TUJCU, KI MU JE STATUS MEDNARDNE ZAŠČITE PRENEHAL PO VLOŽITVI PROŠNJE ZA IZDAJO PRVE MODRE KARTE EU",
        "To potrdilo tujcu dovoljuje prebivanje in delo do pravnomočne odločitve o prošnji (drugi odstavek 40.a člena Zakona o tujcih).",
        "TUJCU, S PRIZNANO MEDNARODNO ZAŠČITO V DRUGI DRŽAVI ČLANICI EU",
        "To potrdilo velja kot dovoljenje za začasno prebivanje do pravnomočne odločitve o prošnji (tretji odstavek 40.a člena Zakona o tujcih).",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Datum vložitve prošnje:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "TUJ-7/3": [
        "Obrazec 7/3", "REPUBLIKA SLOVENIJA", "(organ, pristojen za izdajo potrdila)", "POTRDILO",
        "O VLOŽENI PROŠNJI ZA IZDAJO:", "(ustrezno označiti)",
        "MODRE KARTE EU V REPUBLIKI SLOVENIJI ZA IMETNIKA MODRE KARTE EU, IZDANE V DRUGI DRŽAVI ČLANICI EVROPSKE UNIJE",
        "(drugi odstavek 41. člena Zakona o tujcih).",
        "PRVEGA DOVOLJENJA ZA ZAČASNO PREBIVANJE ZA DRUŽINSKEGA ČLANA IMETNIKA MODRE KARTE EU, IZDANE V DRUGI DRŽAVI ČLANICI EVROPSKE UNIJE",
        "(drugi odstavek 42. člena Zakona o tujcih).",
        "PRVEGA DOVOLJENJA ZA ZAČASNO PREBIVANJE ZA DRUŽINSKEGA ČLANA IMETNIKA MODRE KARTE EU S PRIZNANO MEDNARODNO "
        "ZAŠČITO V DRUGI DRŽAVI ČLANICI EVROPSKE UNIJE",
        "To potrdilo velja kot dovoljenje za začasno prebivanje do dokončne odločitve o prošnji (tretji odstavek 42. člena Zakona o tujcih).",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Datum vložitve prošnje:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "TUJ-30/3": [
        "Obrazec 30/3", "REPUBLIKA SLOVENIJA", "(upravna enota)", "POTRDILO",
        "O DOVOLJENEM PREBIVANJU ZARADI ISKANJA NOVE VISOKOKVALIFICIRANE ZAPOSLITVE",
        "To potrdilo velja kot dovoljenje za začasno prebivanje do pravnomočne odločitve o prošnji oziroma v primeru "
        "zavrnitve prošnje za podaljšanje modre karte EU zaradi razloga na strani delodajalca za čas treh mesecev",
        "(šesti odstavek 40. člena Zakona o tujcih).",
        "Priimek in ime:", "Rojstni datum:", "Državljanstvo:", "Sedanje prebivališče v Republiki Sloveniji:",
        "Veljavnost potrdila do:", "Datum izdaje potrdila:", "Uradna oseba:", "Žig:",
    ],
    "TUJ-24/1": [
        "Obrazec št. 24/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA", "IZDAJO –",
        "PODALJŠANJE (ustrezno označiti)",
        "ENOTNEGA DOVOLJENJA ZA TUJCA, KI IMA STATUS REZIDENTA ZA DALJŠI ČAS V DRUGI DRŽAVI ČLANICI EVROPSKE UNIJE IN BO "
        "V REPUBLIKI SLOVENIJI PREBIVAL ZARADI ZAPOSLITVE ALI DELA OZIROMA BO DNEVNI DELOVNI MIGRANT",
        "(48. člen Zakona o tujcih)", "Ref. št.:", "1. EMŠO, če je določena:", "2. Priimek in ime:",
        "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:", "5. Državljanstvo:", "6. Rojstni datum (dan, mesec, leto):",
        "7. Zakonski stan:", "8. Rojstni kraj (država, kraj):",
        "9. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "10¹. Nameravani kraj prebivanja", "11². Naslov, na katerega naj se vlagatelju vročajo pošiljke",
        "¹ Polje 10 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "² Polje 11 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "12. Datum vstopa na območje Republike Slovenije:", "13. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "14. Država članica EU, v kateri ima tujec status rezidenta za daljši čas in veljavnost dovoljenja (do):",
        "15. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "16. Podatek o zdravstvenem zavarovanju:", "17. Davčna številka:", "18. Firma ali ime delodajalca:",
        "19. Sedež ali naslov delodajalca:", "20. Podatek o prijavi potrebe po delavcu , ki jo pri Zavodu",
        "21. Matična številka delodajalca:", "22. Davčna številka delodajalca:",
        "23. Vrsta in raven strokovne izobrazbe ali nacionalna poklicna kvalifikacija:",
        "24. Koda poklica po standardni klasifikaciji poklicev, ki ga bo tujec opravljal:",
        "25. Naziv delovnega mesta za katerega se sklepa delovno razmerje:", "26. Opis del in nalog delovnega mesta:",
        "27. Kraj opravljanja dela: (ustrezno označiti)",
        "28. Vrsta in raven izobrazbe ali nacionalna poklicna kvalifikacija, ki se zahteva za zasedbo delovnega mesta:",
        "29. Druga potrebna dodatna znanja, ki se zahtevajo za zasedbo delovnega mesta:",
        "30.³ Način osebne vročitve enotnega dovoljenja: (ustrezno označiti)", "31. Datum vložitve prošnje:",
        "32. Podpis vlagatelja:", "³ Polje 30 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja",
        "IZPOLNI URADNA OSEBA", "A – Prošnji za izdajo prvega enotnega dovoljenja", "A1 Tujec",
        "B – Prošnji za izdajo ali podaljšanje", "B1", "B2", "B3", "B4", "C – Prošnji za podaljšanje",
        "D – Prošnji za izdajo ali podaljšanje", "D1 Prošnji za podaljšanje", "E – Prošnji za izdajo ali podaljšanje",
        "F – Prošnji za izdajo prvega", "F1 - Prošnji za podaljšanje", "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-25/1": [
        "Obrazec št. 25/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA", "IZDAJO –",
        "PODALJŠANJE (ustrezno označiti)",
        "ENOTNEGA DOVOLJENJA ZA TUJCA, KI IMA STATUS REZIDENTA ZA DALJŠI ČAS V DRUGI DRŽAVI ČLANICI EVROPSKE UNIJE, KI BO "
        "V REPUBLIKI SLOVENIJI PREBIVAL ZARADI SAMOZAPOSLITVE", "(48. člen Zakona o tujcih)", "Ref. št.:",
        "1. EMŠO, če je določena:", "2. Priimek in ime:", "3. Priimek pred sklenitvijo zakonske zveze:", "4. Spol:",
        "5. Državljanstvo:", "6. Rojstni datum (dan, mesec, leto):", "7. Zakonski stan:", "8. Rojstni kraj (država, kraj):",
        "9. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "10¹. Nameravani kraj prebivanja", "11². Naslov, na katerega naj se vlagatelju vročajo pošiljke",
        "¹ Polje 10 se izpolni v primeru prošnje za izdajo prvega enotnega dovoljenja.",
        "² Polje 11 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja.",
        "12. Datum vstopa na območje Republike Slovenije:", "13. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "14. Država članica EU, v kateri ima tujec status rezidenta za daljši čas in veljavnost dovoljenja (do):",
        "15. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "16. Način zagotovitve (viri) sredstev za preživljanje:", "17. Podatek o zdravstvenem zavarovanju:",
        "18. Davčna številka tujca:", "19. Matična številka osebne gospodarske družbe ali podjetnika posameznika:",
        "20. Davčna številka osebne gospodarske družbe ali podjetnika posameznika:",
        "21. Sedež ali naslov osebne gospodarske družbe ali podjetnika posameznika:",
        "22³ Način osebne vročitve enotnega dovoljenja: (ustrezno označiti)", "23. Datum vložitve prošnje:",
        "24. Podpis vlagatelja:", "IZPOLNI URADNA OSEBA",
        "³ Polje 22 se izpolni v primeru prošnje za podaljšanje enotnega dovoljenja ali za izdajo enotnega dovoljenja",
        "A – Prošnji za izdajo ali podaljšanje enotnega dovoljenja zaradi opravljanja dela kot samozaposlena oseba",
        "B – Prošnji za izdajo ali podaljšanje", "(ustrezno obkrožiti), je treba priložiti:", "B1", "– Tujec z izobrazbo",
        "B2", "B3", "B4", "Informacija glede varstva osebnih podatkov:",
    ],
    "TUJ-20/1": [
        "Obrazec št. 20/1", "REPUBLIKA SLOVENIJA", "(organ, pristojen za sprejem prošnje)", "PROŠNJA",
        "IZDAJO –", "PODALJŠANJE (označite)", "DOVOLJENJA ZA ZAČASNO PREBIVANJE ZARADI ZDRUŽITVE DRUŽINE",
        "(47. člen Zakona o tujcih)", "Ref. št.:", "1¹. EMŠO vlagatelja:", "2. Priimek in ime vlagatelja:",
        "3. Sedanje začasno oziroma stalno prebivališče vlagatelja v Republiki Sloveniji ali v tujini (naselje, ulica in hišna številka):",
        "4². EMŠO družinskega člana, če je določena:", "5. Priimek in ime:", "6. Priimek pred sklenitvijo zakonske zveze:",
        "7. Spol:", "8. Državljanstvo:", "9. Rojstni datum (dan, mesec, leto):", "10. Rojstni kraj (država, kraj):",
        "11. Zakonski stan:", "12. Poklic:",
        "13. Zadnje stalno oziroma začasno prebivališče v tujini ali v Republiki Sloveniji (država, kraj, ulica in hišna številka):",
        "¹ V polja od 1 do 3 in v polje 23 se vpisujejo podatki o vlagatelju prošnje.",
        "² V polja od 4 do 21 se vpišejo podatki o tujcu, za katerega se vlaga prošnja za izdajo dovoljenja za začasno prebivanje.",
        "14³. Nameravani kraj prebivanja v Republiki Sloveniji oziroma sedanje začasno prebivališče v Republiki Sloveniji (naselje, ulica in hišna številka):",
        "15⁴. Naslov, na katerega naj se vlagatelju vročajo pošiljke (država, kraj, ulica in hišna številka):",
        "16. Datum vstopa na območje Republike Slovenije:", "17. Razlog ali namen prebivanja v Republiki Sloveniji:",
        "18⁵. Imetnik vizuma za dolgoročno bivanje", "DA", "NE", "Nekdanji imetnik modre karte EU",
        "Oseba s priznano subsidiarno zaščito",
        "Družinski član imetnika modre karte EU s priznano mednarodno zaščito v drugi državi članici EU",
        "19. Sorodstveno oziroma drugo razmerje z vlagateljem:", "20. Način zagotovitve (viri) sredstev za preživljanje:",
        "21. Podatek o zdravstvenem zavarovanju:",
        "22. Vrsta in številka potnega lista oziroma druge listine, datum in kraj izdaje ter njena veljavnost (do):",
        "23⁶. Način osebne vročitve dovoljenja za začasno prebivanje: (ustrezno označiti)",
        "pri pristojnem organu, ki je dovoljenje izdal", "po pošti, na naslov:",
        "24. Datum vložitve prošnje:", "25. Podpis vlagatelja:",
        "³ Polje 14 se izpolni v primeru prošnje za izdajo prvega dovoljenja za začasno prebivanje.",
        "⁴ Polje 15 se izpolni v primeru prošnje za podaljšanje dovoljenja za začasno prebivanje.",
        "⁵ Polje 18 se izpolni, kadar ima tujec v Republiki Sloveniji izdan vizum za dolgoročno bivanje",
        "družinski član imetika modre karte EU s priznano mednarodno zaščito v drugi državi članici EU.",
        "⁶ Polje 23 se izpolni v primeru prošnje za podaljšanje dovoljenja ali za izdajo dovoljenja kot nadaljnjega "
        "dovoljenja za začasno prebivanje.",
        "IZPOLNI URADNA OSEBA", "Številka izdane izkaznice dovoljenja za prebivanje oziroma odločbe/sklepa:",
        "Datum izdaje:", "Dovoljenje velja od:", "do:", "Opombe:", "Prošnjo sprejel:", "Prošnjo rešil:",
        "Podatek o roki in prstu, s katere je bil zajet prstni odtis (označite):", "LEVA:", "DESNA:",
        "Nezmožnost zajema prstnih odtisov (označite):", "TRAJNA", "ZAČASNA",
        "Prošnji za izdajo ali podaljšanje dovoljenja za začasno prebivanje zaradi združitve družine je treba priložiti:",
        "fotografijo tujca ali referenčno številko iz elektronskega odložišča fotografij;",
        "dokazila o sorodstvenem razmerju, če matična dejstva niso vpisana v matični register Republike Slovenije.",
        "Od 28. novembra 2023 do vključno 31. oktobra 2024 mora polnoletni družinski član",
        "Od 1. novembra 2024 mora polnoletni družinski član", "– dokazilom, da je družinski član starejši od 60 let ali",
        "V postopku bo upravna enota po uradni dolžnosti pridobil naslednje podatke:",
        "Informacija glede varstva osebnih podatkov:",
        "osebni podatki z obrazca se za namen izdaje dovoljenja za prebivanje obdelujejo v skladu s 93.členom Zakona o tujcih;",
    ],
}


@pytest.mark.parametrize("code", CODES)
def test_wording_is_the_gazettes(code):
    """Every expected text (and every attachment a box stands for) is in the Priloga as printed."""
    part = official(source_part(code))
    notices = [b for b in form(code).print_layout["blocks"] if b["kind"] == "notice"]
    assert len(notices) == (0 if code in CERTIFICATES else 1)
    for notice in notices:
        assert len(notice["paragraphs"]) == 7 and not any("Obrazec" in p for p in notice["paragraphs"])
    for text in WORDING[code]:
        assert official(text) in part, f"{text!r} is not in the Priloga's text of {code}"
    for field in form(code).fields.values():
        if field.id.startswith("att_") and not field.id.endswith("_chosen"):
            assert official(field.label) in part, field.label


@pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils' pdftotext is not installed")
@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("blank", [False, True])
def test_pdf_prints_the_wording_in_order(code, blank, tmp_path):
    definition = form(code)
    text = pdftotext(render_pdf(definition, None if blank else definition.sample, blank=blank), tmp_path)
    assert_in_order(text, WORDING[code])
    labels = [f.label for f in definition.fields.values() if f.id.startswith("att_") and not f.id.endswith("_chosen")]
    assert_in_order(text, labels)
    boxes = text.count("☐") + text.count("☒")
    statuses = sum(1 for name in definition.fields if name.startswith("status_"))
    kind = 2 if "application_kind" in definition.fields else 0
    fingers = 8 + 2 if "fp_inability" in definition.fields else 0
    assert boxes >= len(labels) + 2 * statuses + kind + fingers
    if blank:
        assert "☒" not in text
    elif kind:
        assert "☒ IZDAJO" in text and "☐ PODALJŠANJE" in text
    elif "consent_kind" in definition.fields:
        assert "☒ ZAMENJAVI DELODAJALCA" in text and "☒ ZAMENJAVI DELOVNEGA MESTA" not in text


@pytest.mark.parametrize("code", CODES)
def test_pdf_fonts_are_embedded(code, tmp_path):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed")
    path = tmp_path / "f.pdf"
    path.write_bytes(render_pdf(form(code), form(code).sample))
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert lines and all(re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", line) for line in lines), lines


def test_ticked_attachments_and_marks_print_as_crossed_boxes(tmp_path):
    data = sample("TUJ-1/1")
    data.update(att_b2_chosen=True, att_g2_1=True, status_subsidiary="da", fp_inability="trajna")
    text = pdftotext(render_pdf(form("TUJ-1/1"), data), tmp_path)
    assert "☒ dokazilo o akreditaciji v Republiki Sloveniji" in text
    assert "☒ DA" in text and "☒ TRAJNA" in text and "☒ kazalec" in text
    assert "☒ fotografijo tujca ali referenčno številko" in text


# --- rules at their boundaries -------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_sample_is_clean(code):
    assert [f.to_dict() for f in findings(code, sample(code))] == []


@pytest.mark.parametrize("code", RESIDENCE)
def test_birth_entry_application_in_order(code):
    data = sample(code)
    birth = day(data["birth_date"])
    data["entry_date"] = iso(birth)
    assert not errors(code, data)
    data["entry_date"] = iso(birth - dt.timedelta(days=1))
    assert ("entry_date", "date_order") in rules_of(errors(code, data))
    data = sample(code)
    data["date"] = data["entry_date"]
    assert not errors(code, data)
    data["date"] = iso(day(data["entry_date"]) - dt.timedelta(days=1))
    assert ("date", "date_order") in rules_of(errors(code, data))
    data = sample(code)
    data["date"] = iso(TODAY + dt.timedelta(days=1))
    assert ("date", "not_future") in rules_of(errors(code, data))


@pytest.mark.parametrize("code", RESIDENCE)
def test_document_dates(code):
    data = sample(code)
    document = data["document"][0]
    document["valid_until"] = document["issued_on"]
    assert ("document[0].valid_until", "date_order") not in rules_of(errors(code, data))
    document["valid_until"] = iso(day(document["issued_on"]) - dt.timedelta(days=1))
    assert ("document[0].valid_until", "date_order") in rules_of(errors(code, data))
    # expired before the application: a warning (33. člen (3) ZTuj-2), not an error
    data = sample(code)
    data["document"][0]["valid_until"] = data["date"]
    assert ("document[0].valid_until", "not_expired") not in rules_of(warnings(code, data))
    data["document"][0]["valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert ("document[0].valid_until", "not_expired") in rules_of(warnings(code, data))
    assert not errors(code, data)


@pytest.mark.parametrize("code", PERMITS)
def test_document_valid_three_months_beyond_the_permit(code):
    from app.engine.rules import add_months

    data = sample(code)
    data["permit_valid_from"], data["permit_valid_to"] = "2025-11-01", "2026-10-31"
    data["document"][0]["valid_until"] = iso(add_months(day("2026-10-31"), 3))
    assert not warnings(code, data)
    data["document"][0]["valid_until"] = iso(add_months(day("2026-10-31"), 3) - dt.timedelta(days=1))
    found = warnings(code, data)
    assert rules_of(found) == {("document[0].valid_until", "valid_beyond")}
    assert "31. 01. 2027" in found[0].message and "tretji odstavek 33. člena ZTuj-2" in found[0].message
    # without the permit's end, against the application date
    data.pop("permit_valid_to")
    data["document"][0]["valid_until"] = iso(add_months(day(data["date"]), 3))
    assert not warnings(code, data)
    data["document"][0]["valid_until"] = iso(add_months(day(data["date"]), 3) - dt.timedelta(days=1))
    assert ("document[0].valid_until", "valid_beyond") in rules_of(warnings(code, data))


@pytest.mark.parametrize("code", RESIDENCE)
def test_permit_dates(code):
    data = sample(code)
    data["permit_valid_from"] = data["permit_valid_to"] = "2025-11-01"
    data["permit_issued_on"] = data["date"]
    assert not errors(code, data)
    data["permit_valid_to"] = "2025-10-31"
    assert ("permit_valid_to", "date_order") in rules_of(errors(code, data))
    data = sample(code)
    data["permit_issued_on"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert ("permit_issued_on", "date_order") in rules_of(errors(code, data))


@pytest.mark.parametrize("code", PERMITS)
def test_exactly_one_of_issue_or_extension(code):
    data = sample(code)
    data.pop("application_kind")
    assert "application_kind" in {f.field for f in errors(code, data)}
    data["application_kind"] = "oboje"
    assert "application_kind" in {f.field for f in errors(code, data)}
    data["application_kind"] = "PODALJŠANJE"  # the label as printed is understood
    from app.engine.validate import normalize

    assert normalize(form(code), data)["application_kind"] == "podaljsanje"


@pytest.mark.parametrize("code, first, extension", [
    ("TUJ-10/1", None, ["delivery"]),
    ("TUJ-1/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-3/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-8/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-13/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-17/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-19/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-22/1", "intended_residence", []),
    ("TUJ-24/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-25/1", "intended_residence", ["delivery_address_field", "delivery"]),
    ("TUJ-20/1", "intended_residence", ["delivery_address_field", "delivery"]),
])
def test_footnotes_require_their_fields(code, first, extension):
    if first:
        data = sample(code)
        data.pop(first)
        assert first in {f.field for f in errors(code, data)}
    data = sample(code)
    data["application_kind"] = "podaljsanje"
    for name in extension:
        data.pop(name, None)
    assert set(extension) <= {f.field for f in errors(code, data)}
    if "delivery" not in form(code).fields:
        assert not errors(code, data)
        return
    data["delivery"] = "posta"
    if "delivery_address_field" in form(code).fields:
        data["delivery_address_field"] = "Ljubljana, Celovška cesta 112"
    assert {f.field for f in errors(code, data)} == {"delivery_address"}
    data["delivery_address"] = "Celovška cesta 112, 1000 Ljubljana"
    assert not errors(code, data)


@pytest.mark.parametrize("code, field", [("TUJ-1/1", "emso"), ("TUJ-3/1", "emso"), ("TUJ-19/1", "emso"), ("TUJ-25/1", "emso")])
def test_emso_agrees_with_birth_date_and_sex(code, field):
    data = sample(code)
    data[field] = make_emso("1988-03-15", "Z")
    assert (field, "emso_matches") in rules_of(errors(code, data))
    data[field] = make_emso("1988-03-14", "M")
    assert (field, "emso_matches") in rules_of(errors(code, data))
    data[field] = make_emso("1988-03-14", "Z")
    assert not errors(code, data)


def test_family_member_emso_agrees_and_vlagatelj_is_born():
    data = sample("TUJ-20/1")
    data["emso"] = make_emso(data["birth_date"], "M")
    assert ("emso", "emso_matches") in rules_of(errors("TUJ-20/1", data))
    data["emso"] = make_emso(data["birth_date"], "Z")
    assert not errors("TUJ-20/1", data)
    data["sponsor_emso"] = make_emso(data["date"], "M")
    assert not errors("TUJ-20/1", data)
    data["sponsor_emso"] = make_emso(iso(day(data["date"]) + dt.timedelta(days=1)), "M")
    assert ("sponsor_emso", "emso_birth_not_after") in rules_of(errors("TUJ-20/1", data))


def test_employer_tax_and_registration_numbers():
    data = sample("TUJ-1/1")
    data["employer_tax_number"] = "82646717"
    assert "employer_tax_number" in {f.field for f in errors("TUJ-1/1", data)}
    data = sample("TUJ-1/1")
    data["tax_number"] = "53168428"
    assert "tax_number" in {f.field for f in errors("TUJ-1/1", data)}
    for good in ("5043611", "5043611000"):
        data = sample("TUJ-1/1")
        data["employer_registration"] = good
        assert not errors("TUJ-1/1", data)
    data["employer_registration"] = "5043612"
    found = errors("TUJ-1/1", data)
    assert rules_of(found) == {("employer_registration", "registration_number")} and "kontrolno števko" in found[0].message
    data["employer_registration"] = "50436"
    found = errors("TUJ-1/1", data)
    assert rules_of(found) == {("employer_registration", "registration_number")} and "7 ali 10 števk" in found[0].message


def test_work_permit_holder_need_not_name_an_employer():
    data = sample("TUJ-1/1")
    for name in ("employer_name", "employer_address", "employer_registration", "employer_tax_number"):
        data.pop(name)
    assert {f.field for f in errors("TUJ-1/1", data)} == {
        "employer_name", "employer_address", "employer_registration", "employer_tax_number"}
    data["work_permit_holder"] = "da"
    assert {f.field for f in errors("TUJ-1/1", data)} == {"work_permit_number"}
    data["work_permit_number"] = "DD-2024-001873"
    assert not errors("TUJ-1/1", data)


def test_work_on_site_needs_a_location():
    data = sample("TUJ-1/1")
    data["work_place"] = "teren"
    assert {f.field for f in errors("TUJ-1/1", data)} == {"work_location"}
    data["work_location"] = "gradbišče Novo mesto, Seidlova cesta"
    assert not errors("TUJ-1/1", data)


@pytest.mark.parametrize("code", RESIDENCE)
def test_photo_or_its_reference(code):
    data = sample(code)
    data.pop("photo_reference")
    assert ("photo", "one_of") in rules_of(errors(code, data))


# --- register ------------------------------------------------------------------------------------------


def test_single_permit_is_filled_from_the_register():
    person = {"surname": "Ševčenko", "given_name": "Olena", "birth_date": "1988-03-14", "sex": "Z", "citizenship": "UKR",
              "birth_country": "UKR", "birth_place": "Harkiv", "emso": "1403988505014", "address_si": "Novo mesto, Ljubljanska cesta 27",
              "entry_date": "2025-09-12", "tax_number": "53168429"}
    documents = [{"doc_type": "potni list", "doc_number": "FX418207", "issued_by": "Harkiv", "issued_on": "2019-06-04",
                  "valid_until": "2029-06-04"}]
    data = from_register(form("TUJ-1/1"), person, documents=documents)
    assert data["surname"] == "Ševčenko" and data["intended_residence"] == "Novo mesto, Ljubljanska cesta 27"
    assert data["document"] == [{**documents[0]}]


def test_family_reunification_takes_the_relative_as_the_family_member():
    person = {"surname": "Kravčenko", "given_name": "Andrij", "emso": "1102984500174", "address_si": "Celovška cesta 112, 1000 Ljubljana"}
    relative = {"surname": "Kravčenko", "given_name": "Sofija", "birth_date": "2020-07-03", "sex": "Z", "citizenship": "UKR",
                "relationship": "hči", "address_abroad": "Ukrajina, Harkiv"}
    data = from_register(form("TUJ-20/1"), person, relative=relative)
    assert (data["sponsor_surname"], data["sponsor_emso"]) == ("Kravčenko", "1102984500174")
    assert (data["given_name"], data["relationship"], data["last_residence"]) == ("Sofija", "hči", "Ukrajina, Harkiv")


# --- TUJ-2/1: consent to a change of post or employer ------------------------------------------------


def test_consent_is_one_of_three_changes():
    data = sample("TUJ-2/1")
    data.pop("consent_kind")
    assert "consent_kind" in {f.field for f in errors("TUJ-2/1", data)}


def test_consent_footnotes_require_items_12_and_13():
    data = sample("TUJ-2/1")
    data["consent_kind"] = "mesto"
    assert {f.field for f in errors("TUJ-2/1", data)} == {"future_job_same_employer"}
    data["future_job_same_employer"] = "Krka, d. d. – vodja laboratorija"
    assert not errors("TUJ-2/1", data)
    data = sample("TUJ-2/1")
    data["consent_kind"] = "vec"
    data.pop("future_employers")
    assert {f.field for f in errors("TUJ-2/1", data)} == {"future_employers"}


def test_consent_needs_a_valid_single_permit():
    data = sample("TUJ-2/1")
    data["permit_valid_until"] = data["date"]
    assert not warnings("TUJ-2/1", data)
    data["permit_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-2/1", data)) == {("permit_valid_until", "not_expired")}
    data["permit_valid_until"] = iso(day(data["permit_issued"]) - dt.timedelta(days=1))
    assert ("permit_valid_until", "date_order") in rules_of(errors("TUJ-2/1", data))
    data = sample("TUJ-2/1")
    data["permit_issued"] = iso(day(data["date"]) + dt.timedelta(days=1))
    assert ("date", "date_order") in rules_of(errors("TUJ-2/1", data))


def test_future_employer_numbers():
    data = sample("TUJ-2/1")
    data["employer_registration"] = "5043612"
    assert rules_of(errors("TUJ-2/1", data)) == {("employer_registration", "registration_number")}
    data = sample("TUJ-2/1")
    data["employer_tax_number"] = "82646717"
    assert {f.field for f in errors("TUJ-2/1", data)} == {"employer_tax_number"}
    data = sample("TUJ-2/1")
    data["emso"] = make_emso("1988-03-14", "M")
    assert ("emso", "emso_matches") in rules_of(errors("TUJ-2/1", data))


def test_self_employed_company_numbers():
    data = sample("TUJ-3/1")
    for name in ("company_registration", "company_tax_number", "company_address"):
        data.pop(name)
    assert {f.field for f in errors("TUJ-3/1", data)} == {"company_registration", "company_tax_number", "company_address"}
    data = sample("TUJ-3/1")
    data["company_registration"] = "9331320000"
    assert rules_of(errors("TUJ-3/1", data)) == {("company_registration", "registration_number")}
    data = sample("TUJ-3/1")
    data["company_tax_number"] = "82646717"
    assert {f.field for f in errors("TUJ-3/1", data)} == {"company_tax_number"}


def test_blue_card_of_another_member_state_and_protection():
    data = sample("TUJ-8/1")
    data["blue_card_state"] = "DEU"
    assert {f.field for f in errors("TUJ-8/1", data)} == {"blue_card_valid_until"}
    data["blue_card_valid_until"] = data["date"]
    assert not errors("TUJ-8/1", data) and not warnings("TUJ-8/1", data)
    data["blue_card_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-8/1", data)) == {("blue_card_valid_until", "not_expired")}
    data = sample("TUJ-8/1")
    data["status_protection_eu"] = "da"
    assert {f.field for f in errors("TUJ-8/1", data)} == {"protection_state"}
    data["protection_state"] = "AUT"
    assert {f.field for f in errors("TUJ-8/1", data)} == {"protection_decision"}
    data["protection_decision"] = "12. 3. 2024, W123 2289911-1"
    assert not errors("TUJ-8/1", data)


def test_blue_card_employer_is_required():
    data = sample("TUJ-8/1")
    for name in ("employer_name", "employer_address", "employer_registration", "employer_tax_number", "qualification"):
        data.pop(name)
    assert {f.field for f in errors("TUJ-8/1", data)} == {
        "employer_name", "employer_address", "employer_registration", "employer_tax_number", "qualification"}


def test_blue_card_holder_change_of_employer_or_post():
    data = sample("TUJ-9/1")
    for name in ("current_employer", "future_employer", "employer_name", "employer_address"):
        data.pop(name)
    assert {f.field for f in errors("TUJ-9/1", data)} == {"current_employer", "future_employer", "employer_name", "employer_address"}
    data["consent_kind"] = "mesto"
    assert {f.field for f in errors("TUJ-9/1", data)} == {"future_job_same_employer"}
    data["future_job_same_employer"] = "Outfit7 Limited – vodja razvojne skupine"
    assert not errors("TUJ-9/1", data)
    data = sample("TUJ-9/1")
    data["permit_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert ("permit_valid_until", "not_expired") in rules_of(warnings("TUJ-9/1", data))
    data = sample("TUJ-9/1")
    data["document"][0]["valid_until"] = iso(day("2027-11-30") + dt.timedelta(days=91))
    assert not warnings("TUJ-9/1", data)
    data["document"][0]["valid_until"] = "2028-02-28"
    assert rules_of(warnings("TUJ-9/1", data)) == {("document[0].valid_until", "valid_beyond")}


def test_blue_card_holders_family_member():
    data = sample("TUJ-10/1")
    data.pop("sponsor_blue_card_valid_until")
    assert {f.field for f in errors("TUJ-10/1", data)} == {"sponsor_blue_card_valid_until"}
    data["sponsor_blue_card_valid_until"] = data["date"]
    assert not warnings("TUJ-10/1", data)
    data["sponsor_blue_card_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-10/1", data)) == {("sponsor_blue_card_valid_until", "not_expired")}
    data = sample("TUJ-10/1")
    data.pop("sponsor_blue_card_state"), data.pop("sponsor_blue_card_valid_until")
    assert not errors("TUJ-10/1", data)


def test_trainee_needs_an_employer_and_education():
    data = sample("TUJ-13/1")
    for name in ("employer_tax_number", "employer_name", "employer_registration", "employer_address", "education"):
        data.pop(name)
    assert {f.field for f in errors("TUJ-13/1", data)} == {
        "employer_tax_number", "employer_name", "employer_registration", "employer_address", "education"}
    data = sample("TUJ-13/1")
    data["employer_registration"] = "5043612"
    assert rules_of(errors("TUJ-13/1", data)) == {("employer_registration", "registration_number")}


def test_trainee_consent_for_more_employers():
    data = sample("TUJ-14/1")
    for name in ("current_employer", "future_employers", "employer_name", "employer_address", "employer_registration",
                 "employer_tax_number"):
        data.pop(name)
    assert {f.field for f in errors("TUJ-14/1", data)} == {
        "current_employer", "future_employers", "employer_name", "employer_address", "employer_registration",
        "employer_tax_number"}
    data = sample("TUJ-14/1")
    data["permit_valid_until"] = data["date"]
    assert not warnings("TUJ-14/1", data)
    data["permit_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-14/1", data)) == {("permit_valid_until", "not_expired")}


def test_intra_corporate_transferee():
    data = sample("TUJ-17/1")
    data.pop("duties_manager")
    assert rules_of(errors("TUJ-17/1", data)) == {("duties_manager", "at_least_one")}
    data["duties_trainee"] = "Usposabljanje v metodah vodenja proizvodnje."
    assert not errors("TUJ-17/1", data)
    data = sample("TUJ-17/1")
    data["ict_state"] = "POL"
    assert {f.field for f in errors("TUJ-17/1", data)} == {"ict_valid_until"}
    data["ict_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-17/1", data)) == {("ict_valid_until", "not_expired")}
    data = sample("TUJ-17/1")
    data["host_registration"] = "5043612"
    assert rules_of(errors("TUJ-17/1", data)) == {("host_registration", "registration_number")}


# --- certificates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code, source", [("TUJ-6/3", "TUJ-8/1"), ("TUJ-30/3", "TUJ-8/1")])
def test_certificate_is_issued_from_its_application(code, source):
    from app.engine.prefill import derive

    data = sample(source)
    if code == "TUJ-30/3":
        assert derive(form(code), form(source), data) is None  # only from an extension
        data["application_kind"] = "podaljsanje"
    else:
        data["application_kind"] = "izdaja"
    issued = derive(form(code), form(source), data)
    assert issued["full_name"] == f"{data['surname']} {data['given_name']}"
    assert (issued["birth_date"], issued["citizenship"]) == (data["birth_date"], data["citizenship"])
    assert issued["residence_si"] == data["intended_residence"]
    if code == "TUJ-6/3":
        assert issued["filed_on"] == data["date"]


def test_blue_card_certificate_of_another_member_state():
    from app.engine.prefill import derive

    data = sample("TUJ-8/1")
    assert derive(form("TUJ-7/3"), form("TUJ-8/1"), data) is None
    data["blue_card_state"], data["blue_card_valid_until"] = "DEU", "2027-01-31"
    assert derive(form("TUJ-7/3"), form("TUJ-8/1"), data)["filed_on"] == data["date"]
    assert derive(form("TUJ-7/3"), form("TUJ-10/1"), sample("TUJ-10/1"))["full_name"] == "Kravčenko Sofija"


@pytest.mark.parametrize("code", ["TUJ-6/3", "TUJ-7/3"])
def test_certificate_of_a_filed_application(code):
    data = sample(code)
    data["filed_on"] = data["date"]
    assert not errors(code, data)
    data["filed_on"] = iso(day(data["date"]) + dt.timedelta(days=1))
    assert ("date", "date_order") in rules_of(errors(code, data))
    data = sample(code)
    data.pop("kind")
    assert "kind" in {f.field for f in errors(code, data)}


def test_certificate_for_seeking_new_employment_runs_to_a_date():
    data = sample("TUJ-30/3")
    data["valid_until"] = data["date"]
    assert not errors("TUJ-30/3", data)
    data["valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert ("valid_until", "date_order") in rules_of(errors("TUJ-30/3", data))


def test_long_term_resident_of_another_member_state():
    data = sample("TUJ-24/1")
    data.pop("resident_state"), data.pop("resident_valid_until")
    assert {f.field for f in errors("TUJ-24/1", data)} == {"resident_state", "resident_valid_until"}
    data = sample("TUJ-24/1")
    data["resident_valid_until"] = data["date"]
    assert not warnings("TUJ-24/1", data)
    data["resident_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-24/1", data)) == {("resident_valid_until", "not_expired")}


def test_self_employed_long_term_resident():
    data = sample("TUJ-25/1")
    data.pop("resident_state"), data.pop("company_registration")
    assert {f.field for f in errors("TUJ-25/1", data)} == {"resident_state", "company_registration"}
    data = sample("TUJ-25/1")
    data["resident_valid_until"] = iso(day(data["date"]) - dt.timedelta(days=1))
    assert rules_of(warnings("TUJ-25/1", data)) == {("resident_valid_until", "not_expired")}
    data = sample("TUJ-25/1")
    data["company_registration"] = "9331320000"
    assert rules_of(errors("TUJ-25/1", data)) == {("company_registration", "registration_number")}
