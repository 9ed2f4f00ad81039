"""UP-1 … UP-5 (Priloge 1–5 of the Uredba, Uradni list RS, št. 55/2025, item 2257): definitions, samples,
every rule at its boundary, children ordered from the youngest, the printed wording and order of each
Priloga (checked against the gazette text itself), tables that continue on further pages, the new print
block kinds, the register, and the command line. No Qt."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from io import BytesIO
from pathlib import Path

import pytest

from ws_helpers import with_station
from pypdf import PdfReader
from stdnum import iban as stdnum_iban
from stdnum.si import ddv, emso as stdnum_emso

from app.cli import main
from app.engine.definition import read_definition_file
from app.engine import DefinitionError, default_catalog, validate
from app.engine.definition import build_definition
from app.engine.layout import display_values
from app.engine.prefill import check_prefill_spec, from_register
from app.engine.schema import form_schema
from app.engine.tables import first_out_of_order, sorted_rows
from app.engine.validate import normalize
from app.export import render_pdf
from pdf_helpers import assert_in_order, form, make_emso, page_texts, pdf_text, rules_of, sample, squash

CODES = ["UP-1", "UP-2", "UP-3", "UP-4", "UP-5"]
TODAY = dt.date(2026, 6, 1)  # after every sample's dates
SOURCE = Path(__file__).resolve().parents[2] / "shared" / "sources" / "ul-55-2025-2257-uredba-pravice-zacasna-zascita.txt"
CATALOG = default_catalog()


# --- helpers ----------------------------------------------------------------------------------


def findings(code, data, today=TODAY):
    return validate(form(code), data, today=today, strict=True)


def errors(code, data, today=TODAY):
    return [f for f in findings(code, data, today) if f.severity == "error"]


def make_tax(seven: str) -> str:
    return seven + ddv.calc_check_digit(seven)


def make_si_iban(bban13: str) -> str:
    """A valid Slovenian IBAN (always SI56) with the national check digits computed."""
    for check in range(100):
        number = f"SI56{bban13}{check:02d}"
        if stdnum_iban.is_valid(number):
            return stdnum_iban.format(number)
    raise AssertionError(bban13)


def bad_check_digit(number: str) -> str:
    """The same number with its last digit changed (a checksum error at the boundary)."""
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def printed_labels(definition) -> list[str]:
    """Every fixed text of the print blocks, in print order (built from the definition)."""
    layout = definition.print_layout
    out = list(layout.get("running_header") or [])

    def walk(blocks):
        for block in blocks:
            kind = block["kind"]
            if kind in ("annex_label", "title", "heading", "text", "bullet", "footnote"):
                out.append(block["text"])
            elif kind in ("stamp", "caption_line"):
                out.append(block["caption"])
            elif kind in ("line", "signature"):
                out.append(block["label"])
            elif kind == "pair_line":
                out.extend(cell["label"] for cell in block["cells"] if cell["label"])
            elif kind == "answer":
                out.extend(x for x in (block.get("marker"), block["word"], block.get("caption")) if x)
            elif kind == "caption_row":
                out.extend(cell["caption"] for cell in block["cells"])
            elif kind == "stacked_table":
                for column in block["columns"]:
                    out.extend(column["header"] if isinstance(column["header"], list) else [column["header"]])
            elif kind == "grid":
                for row in block["rows"]:
                    for cell in row:
                        out.extend(cell[key] for key in ("text", "label") if key in cell)
            elif kind == "keep_together":
                walk(block["blocks"])
            elif kind == "table":
                out.extend(column["header"] for column in block["columns"])

    walk(layout["blocks"])
    return out


def gazette_annex(number: int) -> str:
    """The text of Priloga `number` as published (from its heading to the next Priloga's)."""
    if not SOURCE.is_file():
        pytest.skip("the gazette text (../shared/sources) is not beside the project")
    text = SOURCE.read_text(encoding="utf-8")
    start = re.search(rf"^\s*Priloga {number}\s*$", text, re.M).start()
    end = re.search(rf"^\s*Priloga {number + 1}\s*$", text, re.M).start()
    return text[start:end]


_PDFS: dict = {}


def pdf_of(code, blank=False) -> bytes:
    key = (code, blank)
    if key not in _PDFS:
        _PDFS[key] = render_pdf(form(code), None if blank else form(code).sample, blank=blank)
    return _PDFS[key]


STATEMENT_23 = [
    "Izjavljam:",
    "da so vsi podatki, navedeni v vlogi, resnični, točni in popolni in da za svojo izjavo prevzemam vso "
    "materialno in kazensko odgovornost,",
    "da bom naslovnemu organu sporočil vsa dejstva in okoliščine oziroma spremembe, ki vplivajo na odločitev o "
    "dodelitvi pravice, in sicer v osmih dneh od dneva, ko so nastale oziroma sem zanje izvedel.",
    "(kraj in datum)", "(podpis vlagatelja/skrbnika)",
]

# The official wording of each Priloga in print order, typed from the gazette (not from the definitions).
GAZETTE = {
    "UP-1": [
        "Priloga 1", "VLOGA ZA UVELJAVLJANJE PRAVICE DO VEČJEGA OBSEGA ZDRAVSTVENEGA VARSTVA", "Vlagatelj",
        "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Telefon:*", "E-pošta:*",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Priimek:", "Ime:", "Naslov prebivanja:", "Telefon:*", "E-pošta:*", "* neobvezno",
        "V skladu s 45. členom Zakona o začasni zaščiti razseljenih oseb (Uradni list RS, št. …) uveljavljam "
        "pravico do večjega obsega zdravstvenega varstva.",
        "(kraj in datum)", "(podpis vlagatelja/skrbnika)", "Priloge (obkrožite ustrezno):",
        "1.", "kopija medicinske dokumentacije;", "2. drugo:",
    ],
    "UP-2": [
        "Priloga 2", "VLOGA ZA UVELJAVLJANJE PRAVICE DO DENARNE POMOČI", "I. PODATKI O OSEBAH, KI UVELJAVLJAJO PRAVICE",
        "1. Vlagatelj", "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:", "Davčna številka:", "Telefon:*",
        "E-pošta:*", "Številka plačilnega računa vlagatelja:", "odprt pri:",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Številka plačilnega računa skrbnika, če izplačilo vlagatelju ni možno:", "odprt pri:",
        "2. Zakonec ali zunajzakonski partner", "Davčna številka:", "* neobvezno",
        "3. Otroci (v vrstnem redu od najmlajšega do najstarejšega)", "Priimek", "Ime", "Sorodstveno razmerje",
        "EMŠO", "Davčna številka", "Naziv vzgojno-izobraževalnega zavoda (če je vključen v izobraževanje)",
        "Izobraževalni program",
        "II. PODATKI O DRUGIH OSEBAH, KI PREBIVAJO V REPUBLIKI SLOVENIJI",
        "Navedejo se tudi drugi družinski člani oziroma zavezanci za preživljanje, ki v Republiki Sloveniji "
        "prebivajo poleg vlagatelja in družinskih članov, za katere se podaja vloga.",
        "III. PODATKI O ODPRTIH PLAČILNIH IN DENARNIH RAČUNIH",
        "Navedejo se vsi odprti plačilni in denarni računi vlagatelja, družinskih članov in zavezancev v "
        "Republiki Sloveniji in izven Republike Slovenije. Navedejo se tudi plačilni in denarni računi, zaprti "
        "v zadnjih treh mesecih oziroma v obdobju od oddaje zadnje vloge.",
        "Številka plačilnega ali denarnega računa", "Odprt pri", "Datum zaprtja plačilnega računa",
        "Pojasnila o prihodkih na plačilnih in denarnih računih:",
        "Osebe, ki bi lahko prejemale pokojnino, napišite, ali ste upravičeni do pokojnine in v kakšni višini:",
        "Druga dodatna pojasnila k vlogi:",
        "IV. DRUGI PODATKI O OSEBAH, KI UVELJAVLJAJO PRAVICE",
        "1. Ali prebivate v Republiki Sloveniji? (obkrožite in izpolnite)", "DA",
        "(priimek in ime osebe ali oseb iz I. točke te vloge, ki prebiva/-jo v Republiki Sloveniji)", "NE",
        "(priimek in ime osebe ali oseb iz I. točke te vloge, ki ne prebiva/-jo v Republiki Sloveniji)",
        "2. Ali ste vi ali katera od oseb iz I. točke te vloge prijavljeni v evidenco brezposelnih oseb pri "
        "Zavodu Republike Slovenije za zaposlovanje? (obkrožite in izpolnite)",
        "ČE NE, ZAKAJ NE (navedite razlog):",
        "3. Ali živite v enostarševski družini? (obkrožite)", "4. Ali ste v postopku razveze? (obkrožite)",
        "5. Ali prejemate sodno določeno preživnino? (obkrožite)",
        "(priimek in ime osebe ali oseb, za katero/-e prejemate preživnino in mesečni znesek)",
        "V. PODATKI O DOHODKIH IN PREJEMKIH V PRETEKLIH TREH MESECIH",
        "1. Jaz in moji družinski člani smo v preteklih treh mesecih pred mesecem vložitve vloge prejeli "
        "naslednje dohodke in prejemke:", "Vrsta dohodka", "Višina dohodka",
        "2. Ali ste vi ali katera od oseb iz I. točke te vloge v mesecu vložitve vloge začeli prejemati dohodke "
        "in prejemke? (obkrožite)", "NE",
        "DA (če da, navedite priimek in ime osebe ali oseb, vrsto dohodka, višino dohodka in datum začetka "
        "prejemanja dohodka)",
        "3. Ali ste vi ali katera od oseb iz I. točke te vloge v mesecu vložitve vloge prenehali prejemati "
        "dohodke in prejemke? (obkrožite)",
        "DA (če da, navedite priimek in ime osebe ali oseb, vrsto dohodka, višino dohodka in datum prenehanja "
        "prejemanja dohodka)",
        "VI. PODATKI O PREMOŽENJU",
        "Ali imate vi ali katera od oseb iz I. točke te vloge premoženje v Republiki Sloveniji ali v tujini, "
        "razen premoženja v izvorni državi, kakor je navedeno spodaj v 1. do 4. točki? (obkrožite)",
        "DA (če da, izpolnite spodnje točke od 1. do 4.)", "NE", "1. PRIHRANKI", "Prihranki v gotovini",
        "Ime in priimek lastnika gotovine", "Znesek", "Valuta", "Prihranki na plačilnem in denarnem računu",
        "Ime in priimek lastnika plačilnega ali denarnega računa",
        "2. PREMIČNO PREMOŽENJE – osebna in druga vozila, vodna plovila in drugo premično premoženje",
        "Ime in priimek lastnika premičnega premoženja", "Vrsta premičnega premoženja",
        "Znamka, komercialna oznaka, datum prve registracije, prostornina motorja", "Identifikacijska številka (VIN)",
        "3. NEPREMIČNO PREMOŽENJE IZVEN IZVORNE DRŽAVE", "Ime in priimek lastnika nepremičnega premoženja",
        "Delež premoženja", "Opis premoženja", "Vrednost premoženja (znesek in valuta)",
        "4. LASTNIŠKI DELEŽI GOSPODARSKIH DRUŽB ALI ZADRUG, VREDNOSTNI PAPIRJI", "Ime in priimek lastnika premoženja",
        "Vrsta premoženja", "Druga dodatna pojasnila:",
        "IZJAVA", "Izjavljam:",
        "da bomo jaz in moji družinski člani v času prejemanja denarne pomoči prebivali v Republiki Sloveniji,",
        *STATEMENT_23[1:],
        "Priloge (obkrožite ustrezno):",
        "1.", "izpis vseh transakcij na vseh plačilnih in denarnih računih vlagatelja in njegovih družinskih članov "
        "za pretekle tri mesece pred mesecem vložitve vloge;",
        "2.", "izpis vseh transakcij na vseh plačilnih in denarnih računih zavezanca, ki je vlagatelja v skladu s "
        "predpisi Republike Slovenije dolžan in zmožen preživljati, za pretekle tri mesece pred mesecem vložitve vloge;",
        "3.", "izpis stanja na vseh plačilnih in denarnih računih vlagatelja in njegovih družinskih članov ter "
        "zavezanca, ki je vlagatelja v skladu s predpisi Republike Slovenije dolžan in zmožen preživljati, na dan "
        "podaje vloge;",
        "4.", "kopija pogodbe o zaposlitvi oziroma kopije drugih pogodb v zvezi z opravljanjem dela;",
        "5.", "kopija plačilnih list za pretekle štiri mesece pred mesecem vložitve vloge;",
        "6.", "kopija potrdila o šolanju v tujini;",
        "7.", "kopija prometnih dovoljenj vozil, navedenih v točki VI. 2. te vloge, registriranih v tujini;",
        "8. drugo:",
    ],
    "UP-3": [
        "Priloga 3", "VLOGA ZA UVELJAVLJANJE PRAVICE DO DENARNE POMOČI ZA ZASEBNO NASTANITEV",
        "I. PODATKI O OSEBAH, KI UVELJAVLJAJO PRAVICE", "1. Vlagatelj", "Priimek:", "Ime:", "Naslov prebivanja:",
        "EMŠO:", "Davčna številka:", "Telefon:*", "E-pošta:*", "Številka plačilnega računa vlagatelja:", "odprt pri:",
        "Podatki o zakonitem zastopniku oziroma skrbniku, če je vlagatelj postavljen pod skrbništvo:",
        "Številka plačilnega računa skrbnika, če izplačilo vlagatelju ni možno:",
        "Zakonec ali zunajzakonski partner", "* neobvezno",
        "Otroci (v vrstnem redu od najmlajšega do najstarejšega)", "Sorodstveno razmerje", "EMŠO",
        "Davčna številka", "Naziv vzgojno-izobraževalnega zavoda (če je vključen v izobraževanje)",
        "Izobraževalni program",
        "2. Druge osebe, navedene v najemni pogodbi ali dogovoru o uporabi nepremičnine, ki jih niste navedli "
        "pri točkah 1. ali 2.",
        "Priimek", "Ime", "Sorodstveno razmerje", "EMŠO", "Davčna številka", "Druga dodatna pojasnila:",
        "IZJAVA", "Izjavljam:",
        "da bomo jaz in moji družinski člani v času prejemanja denarne pomoči za zasebno nastanitev prebivali v "
        "Republiki Sloveniji,",
        *STATEMENT_23[1:],
        "Priloge (obkrožite ustrezno):",
        "1.", "kopija najemne pogodbe z vsemi dodatki (aneksi) oziroma kopija dogovora o uporabi nepremičnine z "
        "vsemi dodatki (aneksi);",
        "2.", "kopije računov za plačilo stroškov v zvezi z uporabo nepremičnine za pretekle tri mesece pred "
        "vložitvijo vloge;",
        "3.", "soglasje za nakazilo denarne pomoči za zasebno nastanitev najemodajalcu oziroma osebi, ki je "
        "sklenila dogovor o uporabi nepremičnine;",
        "4. drugo:",
    ],
    "UP-4": [
        "Priloga 4", "S O G L A S J E",
        "ZA NEPOSREDNO IZPLAČILO DENARNE POMOČI ZA ZASEBNO NASTANITEV NAJEMODAJALCU OZIROMA OSEBI, KI JE SKLENILA "
        "DOGOVOR O UPORABI NEPREMIČNINE",
        "Vlagatelj vloge za denarno pomoč za zasebno nastanitev:", "Ime in priimek:", "Davčna številka:",
        "Naslov prebivanja:", "EMŠO:", "in najemodajalec:",
        "kadar je najemodajalec oziroma oseba, ki je sklenila dogovor o uporabi nepremičnine, fizična oseba",
        "kadar je najemodajalec oziroma oseba, ki je sklenila dogovor o uporabi nepremičnine, pravna oseba",
        "Naziv pravne osebe:", "Ime in priimek najemodajalca:", "Ime in priimek zakonitega zastopnika pravne osebe:",
        "Naslov najemodajalca:", "Naslov sedeža pravne osebe:", "Davčna številka najemodajalca:",
        "Davčna številka pravne osebe:", "Številka plačilnega računa:", "Številka plačilnega računa:",
        "Plačilni račun odprt pri:", "Plačilni račun odprt pri:", "soglašava,",
        "da se denarna pomoč za zasebno nastanitev v celoti nakazuje na zgoraj navedeni plačilni račun "
        "najemodajalca oziroma osebe, ki je sklenila dogovor o uporabi nepremičnine",
        "Vlagatelj", "Najemodajalec oziroma oseba, ki je sklenila dogovor o uporabi nepremičnine",
        "Podpis:", "Podpis:", "Kraj in datum:", "Kraj in datum:",
    ],
    "UP-5": [
        "Priloga 5",
        "VLOGA ZA UVELJAVLJANJE PRAVICE DO POSEBNE OBLIKE DENARNE POMOČI PO SMRTI DRUŽINSKEGA ČLANA IN POSEBNE "
        "OBLIKE DENARNE POMOČI KOT POMOČ PRI KRITJU STROŠKOV POGREBA",
        "I. PODATKI O OSEBI, KI UVELJAVLJA PRAVICO", "Priimek:", "Ime:", "Naslov prebivanja:", "EMŠO:",
        "Davčna številka:", "Telefon:*", "E-pošta:*", "Številka plačilnega računa vlagatelja:", "odprt pri:",
        "Sorodstveno razmerje do pokojne osebe:",
        "Ali ste bili na dan smrti pokojnika upravičeni do denarne pomoči ali žepnine? (obkrožite)", "DA", "NE",
        "II. PODATKI O POKOJNI OSEBI", "Priimek:", "Ime:", "Številka izkaznice osebe z začasno zaščito:", "EMŠO:",
        "Datum smrti:", "III. UVELJAVLJAM NASLEDNJE PRAVICE:",
        "1.", "Posebna oblika denarne pomoči po smrti družinskega člana",
        "2.", "Posebna oblika denarne pomoči kot pomoč pri kritju stroškov pogreba", "* neobvezno",
        "IZJAVA", "Izjavljam:",
        "da so vsi podatki, ki sem jih navedel v vlogi, resnični, točni in popolni in da za svojo izjavo "
        "prevzemam vso materialno in kazensko odgovornost,",
        "da bom naslovnemu organu sporočil vsa dejstva in okoliščine oziroma spremembe, ki vplivajo na odločitev "
        "o dodelitvi pravic, in sicer v osmih dneh od dne, ko so nastale oziroma sem zanje izvedel.",
        "(kraj in datum)", "(podpis vlagatelja/skrbnika)", "Priloge (obkrožite ustrezno):",
        "1.", "predračun o višini stroškov pogreba oziroma račun za opravljeni pogreb;", "2. drugo:",
    ],
}


# --- definitions and samples --------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_definition_loads(code):
    definition = form(code)
    assert definition.code == code and CATALOG.paths()[code].name == f"{code.lower()}.yaml"
    assert definition.annex == f"Priloga {code.split('-')[1]}"
    assert definition.source.gazette == "Uradni list RS, št. 55/2025" and definition.source.item == 2257
    assert definition.source.in_force == dt.date(2025, 7, 19) and "22/25" in definition.source.legal_basis
    assert definition.date_field == "date" and definition.fields["date"].required


@pytest.mark.parametrize("code", CODES)
def test_sample_is_valid_with_no_findings(code):
    assert [f.to_dict() for f in findings(code, sample(code))] == []
    assert set(sample(code)) <= set(form_schema(form(code))["properties"])


@pytest.mark.parametrize("code", CODES)
def test_sample_numbers_are_real(code):
    """The sample's tax numbers, IBANs and EMŠOs pass python-stdnum (with their check digits)."""
    definition, data = form(code), sample(code)
    for name, field in definition.fields.items():
        values = [data.get(name)] if field.type != "table" else []
        columns = {}
        if field.type == "table":
            columns = {c.id: c.type for c in field.columns}
            values = [row.get(c) for row in data.get(name) or [] for c in columns]
        kinds = [field.type] if field.type != "table" else [columns[c] for row in data.get(name) or [] for c in columns]
        for kind, value in zip(kinds, values):
            if value in (None, ""):
                continue
            if kind == "tax_number":
                assert ddv.is_valid(value), value
            elif kind == "iban":
                assert stdnum_iban.is_valid(value), value
            elif kind == "emso":
                assert stdnum_emso.is_valid(value), value


@pytest.mark.parametrize("code", CODES)
def test_every_rule_cites_its_source(code):
    for spec in form(code).rules:
        if spec["rule"] != "not_future":
            assert spec.get("cite") and ("Priloge" in spec["cite"] or "Priloga" in spec["cite"]), spec


@pytest.mark.parametrize("code", CODES)
def test_samples_have_slovenian_and_cyrillic_letters(code):
    text = json.dumps(sample(code), ensure_ascii=False)
    assert re.search("[čšžČŠŽ]", text) and re.search("[А-Яа-яІіЇїЄє]", text), code


# --- optional "*" fields ---------------------------------------------------------------------------


STARRED = {
    "UP-1": ["phone", "email", "legal_rep_phone", "legal_rep_email"],
    "UP-2": ["phone", "email", "legal_rep_phone", "legal_rep_email"],
    "UP-3": ["phone", "email", "legal_rep_phone", "legal_rep_email"],
    "UP-5": ["phone", "email"],
}


@pytest.mark.parametrize("code", sorted(STARRED))
def test_starred_fields_are_really_optional(code):
    data = sample(code)
    for name in STARRED[code]:
        data.pop(name, None)
        assert not form(code).fields[name].required and form(code).fields[name].required_when is None
        assert name not in form_schema(form(code))["required"]
    assert findings(code, data) == []
    assert "* neobvezno" in pdf_text(render_pdf(form(code), data))


def _heights(page, wanted: str) -> list[float]:
    """The heights (pt above the bottom edge) at which `wanted` is drawn on a page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip() == wanted:
            found.append(cm[5] + tm[5])

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("code", sorted(STARRED))
def test_footnote_sits_at_the_foot_of_the_first_page(code, blank):
    pages = PdfReader(BytesIO(pdf_of(code, blank))).pages
    first = pages[0].extract_text()
    assert "Telefon:*" in squash(first) and "E-pošta:*" in squash(first)
    heights = _heights(pages[0], "* neobvezno")
    assert len(heights) == 1 and heights[0] < 15 * 72 / 25.4  # in the bottom margin, under the text
    assert all(_heights(page, "* neobvezno") == [] for page in pages[1:])


# --- tax numbers, IBANs, EMŠO -----------------------------------------------------------------------


@pytest.mark.parametrize("code, path", [
    ("UP-2", "tax_number"), ("UP-2", "spouse_tax_number"), ("UP-2", "children[1].tax_number"),
    ("UP-2", "other_persons[0].tax_number"), ("UP-3", "tax_number"), ("UP-3", "children[0].tax_number"),
    ("UP-4", "tax_number"), ("UP-4", "natural_tax_number"), ("UP-5", "tax_number"),
])
def test_tax_number_checksum(code, path):
    data = sample(code)
    container, key = _cell(data, path)
    good = container[key]
    assert ddv.is_valid(good)
    container[key] = "SI " + good  # the VAT form with the country prefix is the same number
    assert errors(code, data) == []
    container[key] = bad_check_digit(good)
    found = errors(code, data)
    assert rules_of(found) == {(path, "type:tax_number")}
    assert "kontrolno števko" in found[0].message and "FURS" in found[0].message
    container[key] = good[:7]
    assert "8 števk" in errors(code, data)[0].message


@pytest.mark.parametrize("code, path", [
    ("UP-2", "iban"), ("UP-2", "accounts[1].iban"), ("UP-2", "accounts[2].iban"), ("UP-2", "savings_accounts[0].iban"),
    ("UP-3", "iban"), ("UP-4", "natural_iban"), ("UP-5", "iban"),
])
def test_iban_checked(code, path):
    data = sample(code)
    container, key = _cell(data, path)
    good = container[key]
    container[key] = good.replace(" ", "").lower()  # compact and lower case: still the same account
    assert errors(code, data) == []
    container[key] = bad_check_digit(good.replace(" ", ""))
    found = errors(code, data)
    assert rules_of(found) == {(path, "type:iban")} and "IBAN" in found[0].message
    container[key] = "0201 0025 6289 486"  # the old domestic form without SI56
    assert rules_of(errors(code, data)) == {(path, "type:iban")}


def test_iban_is_stored_formatted():
    data = sample("UP-2")
    data["iban"] = "si56020100256289486"
    data["accounts"][0]["iban"] = "SI56020100256289486"
    stored = normalize(form("UP-2"), data)
    assert stored["iban"] == "SI56 0201 0025 6289 486" and stored["accounts"][0]["iban"] == "SI56 0201 0025 6289 486"


@pytest.mark.parametrize("code, path", [
    ("UP-1", "emso"), ("UP-2", "emso"), ("UP-2", "spouse_emso"), ("UP-2", "children[2].emso"),
    ("UP-3", "emso"), ("UP-4", "emso"), ("UP-5", "emso"), ("UP-5", "deceased_emso"),
])
def test_emso_checksum(code, path):
    data = sample(code)
    container, key = _cell(data, path)
    container[key] = bad_check_digit(container[key])
    found = errors(code, data)
    assert (path, "type:emso") in rules_of(found)


@pytest.mark.parametrize("born, ok", [("2026-01-27", True), ("2026-01-26", True), ("2026-01-28", False)])
def test_up5_deceased_emso_born_not_after_death(born, ok):
    data = sample("UP-5")  # died 27. 1. 2026
    data["deceased_emso"] = make_emso(born, "M", 31)
    found = errors("UP-5", data)
    if ok:
        assert found == []
    else:
        assert rules_of(found) == {("deceased_emso", "emso_birth_not_after")}
        assert "28. 01. 2026" in found[0].message and "27. 01. 2026" in found[0].message
        assert "Priloge 5" in found[0].message


@pytest.mark.parametrize("code", ["UP-1", "UP-2", "UP-3"])
def test_minor_by_emso_needs_a_legal_representative(code):
    data = sample(code)
    filed = dt.date.fromisoformat(data["date"])
    for key in [k for k in data if k.startswith("legal_rep_")]:
        del data[key]
    eighteen = filed.replace(year=filed.year - 18)
    data["emso"] = make_emso(eighteen.isoformat(), "M", 41)  # 18 on the day of filing: adult
    assert errors(code, data) == []
    data["emso"] = make_emso((eighteen + dt.timedelta(days=1)).isoformat(), "M", 41)  # one day short
    found = errors(code, data)
    assert {("legal_rep_surname", "emso_minor_requires"), ("legal_rep_given_name", "emso_minor_requires")} <= rules_of(found)
    assert "mladoleten (17 let)" in found[0].message


def _cell(data: dict, path: str) -> tuple[dict, str]:
    match = re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+)", path)
    if match:
        return data[match.group(1)][int(match.group(2))], match.group(3)
    return data, path


# --- children from the youngest to the oldest -------------------------------------------------------


@pytest.mark.parametrize("code", ["UP-2", "UP-3"])
def test_children_out_of_order_warn_and_normalize_sorts(code):
    data = sample(code)
    youngest_first = [row["given_name"] for row in data["children"]]
    data["children"].reverse()
    found = findings(code, data)
    assert [(f.field, f.severity, f.rule) for f in found] == [("children[1]", "warning", "rows_sorted")]
    message = found[0].message
    assert "od najmlajšega do najstarejšega" in message and "8. člena" in message and "razvrsti" in message
    assert errors(code, data) == []  # only a warning: the data is not wrong, only its order
    stored = normalize(form(code), data)
    assert [row["given_name"] for row in stored["children"]] == youngest_first
    assert findings(code, stored) == []
    assert form(code).fields["children"].sort["note"].startswith("Otroci so razvrščeni od najmlajšega")


def test_children_order_boundary_twins_and_unknown_emso():
    data = sample("UP-2")
    sofija, maksym, daryna = data["children"]
    twin = {**maksym, "given_name": "Bohdan", "emso": make_emso("2014-10-15", "M", 90), "tax_number": ""}
    data["children"] = [sofija, maksym, twin, daryna]  # equal birth dates: in order either way
    assert findings("UP-2", data) == []
    data["children"] = [sofija, twin, maksym, daryna]
    assert findings("UP-2", data) == []
    data["children"] = [sofija, daryna, maksym]
    assert [(f.field, f.rule) for f in findings("UP-2", data)] == [("children[2]", "rows_sorted")]
    # a row whose EMŠO is not known yet is not compared (the required finding says what is missing)
    data["children"] = [{**daryna, "emso": ""}, sofija, maksym]
    assert [(f.field, f.rule) for f in findings("UP-2", data)] == [("children[0].emso", "required")]
    stored = normalize(form("UP-2"), data)
    assert [row["given_name"] for row in stored["children"]] == ["Sofija", "Maksym", "Daryna"]


def test_sorting_is_generic_for_date_number_and_text_columns():
    raw = {
        "code": "XX-7", "title": "Preizkus", "annex": "Priloga 97", "version": "1",
        "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1, "in_force": "2025-01-01"},
        "sections": [{"id": "all", "title": "Vse", "fields": ["rows"]}],
        "fields": [{"id": "rows", "type": "table", "label": "Vrstice", "sort": {"by": "day"},
                    "columns": [{"id": "day", "type": "date", "nature": "plain", "label": "dan"}, {"id": "n", "type": "number", "label": "n"},
                                {"id": "t", "type": "text", "label": "t"}]}],
        "rules": [{"rule": "rows_sorted", "table": "rows", "cite": "preizkus"},
                  {"rule": "rows_sorted", "table": "rows", "by": "n", "order": "desc", "cite": "preizkus"}],
        "print": {"page": "A4", "blocks": [{"kind": "text", "text": "x"}]},
    }
    definition = build_definition(raw)
    table = definition.fields["rows"]
    rows = [{"day": "2024-03-01", "n": "2,5", "t": "b"}, {"day": "01. 02. 2024", "n": "10", "t": "Č"}, {}, {"t": "brez"}]
    assert [r.get("t") for r in sorted_rows(table, rows)] == ["Č", "b", "brez", None]
    assert first_out_of_order(table, rows) == (1, 0)
    assert first_out_of_order(table, rows, by="n", order="desc") == (1, 0)
    assert [r.get("t") for r in sorted_rows(table, rows, by="t")] == ["b", "brez", "Č", None]
    found = validate(definition, {"rows": rows}, today=TODAY)
    assert [(f.field, f.rule, f.severity) for f in found] == [("rows[1]", "rows_sorted", "warning")] * 2
    assert "od najzgodnejšega do najpoznejšega datuma" in found[0].message


@pytest.mark.parametrize("sort, problem", [
    ({"by": "nope"}, "not a column"), ({"by": "day", "order": "up"}, "asc or desc"), ({"order": "asc"}, "needs"),
    ({"by": "day", "colour": 1}, "unknown key"),
])
def test_sort_option_is_checked(sort, problem):
    raw = {
        "code": "XX-7", "title": "Preizkus", "annex": "Priloga 97", "version": "1",
        "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1, "in_force": "2025-01-01"},
        "sections": [{"id": "all", "title": "Vse", "fields": ["rows"]}],
        "fields": [{"id": "rows", "type": "table", "label": "Vrstice", "sort": sort,
                    "columns": [{"id": "day", "type": "date", "nature": "plain", "label": "dan"}]}],
        "print": {"page": "A4", "blocks": [{"kind": "text", "text": "x"}]},
    }
    with pytest.raises(DefinitionError, match=problem):
        build_definition(raw)


# --- repeat tables: limits and pages ------------------------------------------------------------------


@pytest.mark.parametrize("code, table, limit", [
    ("UP-2", "children", 15), ("UP-2", "other_persons", 15), ("UP-2", "accounts", 20), ("UP-2", "incomes", 30),
    ("UP-2", "savings_cash", 10), ("UP-2", "savings_accounts", 20), ("UP-2", "movables", 10),
    ("UP-3", "children", 15), ("UP-3", "lease_persons", 15),
])
def test_too_many_rows_is_an_error(code, table, limit):
    data = sample(code)
    row = data[table][-1]
    if table == "children":
        data[table] = [{**row, "given_name": f"Otrok{i}", "emso": make_emso(f"20{10 + i // 12:02d}-{i % 12 + 1:02d}-01", "Z", 60),
                        "tax_number": ""} for i in range(limit)]
        data[table] = sorted_rows(form(code).fields[table], data[table])
    else:
        data[table] = [copy.deepcopy(row) for _ in range(limit)]
    assert findings(code, data) == []
    assert form_schema(form(code))["properties"][table]["maxItems"] == limit
    data[table].append(copy.deepcopy(data[table][-1]))
    assert rules_of(errors(code, data)) == {(table, "max_rows")}


def _family_of_five():
    """The UP-2 applicant with her husband and three children, two accounts and three incomes."""
    data = sample("UP-2")
    data["accounts"] = data["accounts"][:2]
    assert len(data["children"]) == 3 and data["spouse_surname"] and len(data["incomes"]) == 3
    return data


def test_up2_family_of_five_two_accounts_three_incomes_exports_every_row():
    data = _family_of_five()
    assert findings("UP-2", data) == []
    text = squash(pdf_text(render_pdf(form("UP-2"), data)))
    for value in ["Kravčenko", "Oksana", "Andrij", "2105986505176", "1102984500174", "53168429", "64021939"]:
        assert squash(value) in text
    for row in data["children"]:
        for key in ("given_name", "emso", "tax_number", "school", "programme"):
            assert squash(row[key]) in text, row[key]
    for row in data["accounts"]:
        assert squash(row["iban"]) in text and squash(row["bank"]) in text
    for row in data["incomes"]:
        assert squash(f"{row['kind']}{row['amount']}") in text


def test_children_print_youngest_first():
    text = squash(pdf_text(pdf_of("UP-2")))
    assert text.index("Sofija") < text.index("Maksym") < text.index("Daryna")


LONG = "Javno delniško društvo Ukrsibbank, podružnica Dnipro, Kharkivska regionalna direkcija, Ukrajina"


@pytest.mark.parametrize("code, table, rows, long, header", [
    ("UP-2", "accounts", 20, "bank", "Odprt pri"),
    ("UP-2", "incomes", 30, "kind", "Vrsta dohodka"),
    ("UP-2", "other_persons", 15, "relationship", "Sorodstveno razmerje"),
    ("UP-3", "lease_persons", 15, "relationship", "Davčna številka"),
])
def test_long_table_continues_on_another_page_with_its_header(code, table, rows, long, header):
    data = sample(code)
    template = data[table][0]
    data[table] = [{**template, "surname": f"Vrstica{i:02d}", long: LONG[:form(code).fields[table].column(long).max_length]}
                   for i in range(rows)]
    assert findings(code, data) == []
    pages = page_texts(render_pdf(form(code), data))
    holding = [p for p in pages if re.search(r"Vrstica\d\d", p)]
    assert len(holding) >= 2
    for page in holding:
        assert squash(header) in squash(page)  # the header row is repeated
    everything = "\n".join(pages)
    assert sorted(set(re.findall(r"Vrstica\d\d", everything))) == [f"Vrstica{i:02d}" for i in range(rows)]


@pytest.mark.parametrize("code", ["UP-2", "UP-3"])
def test_fifteen_children_continue_with_the_stacked_header(code):
    data = sample(code)
    data["children"] = [{"surname": f"Otrok{i:02d}", "given_name": f"Ime{i:02d}", "relationship": "hči",
                         "emso": make_emso(f"20{24 - i:02d}-05-01", "Z", 70), "school": f"Šola {i}, {LONG}",
                         "programme": f"program {i}"} for i in range(15)]
    assert findings(code, data) == []
    pages = page_texts(render_pdf(form(code), data))
    holding = [squash(p) for p in pages if re.search(r"Otrok\d\d", p)]
    assert len(holding) >= 2
    for page in holding:
        assert "Izobraževalniprogram" in page and "Davčnaštevilka" in page
    everything = squash("\n".join(pages))
    for i in range(15):
        assert f"Otrok{i:02d}" in everything and f"Ime{i:02d}" in everything and f"program{i}" in everything
    assert everything.index("Otrok00") < everything.index("Otrok14")  # youngest (2024) first


# --- UP-2 questions -----------------------------------------------------------------------------------


def test_up2_iban_required_unless_paid_to_the_guardian():
    data = sample("UP-2")
    del data["iban"]
    assert rules_of(errors("UP-2", data)) == {("iban", "required")}
    data.update(legal_rep_surname="Шевченко", legal_rep_given_name="Олена", legal_rep_iban=make_si_iban("1910001002337"))
    assert rules_of(errors("UP-2", data)) == {("legal_rep_bank", "required")}
    data["legal_rep_bank"] = "Deželna banka Slovenije d.d."
    assert errors("UP-2", data) == []


def test_up2_bank_required_with_the_account():
    data = sample("UP-2")
    del data["bank"]
    assert rules_of(errors("UP-2", data)) == {("bank", "required")}


@pytest.mark.parametrize("yes, no, ok", [
    ("Kravčenko Oksana", "", True), ("", "Kravčenko Andrij", True), ("Kravčenko Oksana", "Kravčenko Andrij", True), ("", "", False),
])
def test_up2_iv1_names_under_da_or_ne(yes, no, ok):
    data = sample("UP-2")
    data["resides_yes"], data["resides_no"] = yes, no
    found = errors("UP-2", data)
    assert (found == []) == ok
    if not ok:
        assert rules_of(found) == {("resides_yes", "one_of")} and "IV.1" in found[0].message


def test_up2_iv2_reason_when_not_registered():
    data = sample("UP-2")
    data["unemployed_yes"] = data["unemployed_no"] = data["unemployed_reason"] = ""
    assert rules_of(errors("UP-2", data)) == {("unemployed_yes", "one_of")}
    data["unemployed_no"] = "Kravčenko Andrij"
    assert rules_of(errors("UP-2", data)) == {("unemployed_reason", "required")}
    data["unemployed_reason"] = "zaposlen"
    assert errors("UP-2", data) == []


@pytest.mark.parametrize("question, details", [
    ("maintenance", "maintenance_details"), ("income_started", "income_started_details"),
    ("income_stopped", "income_stopped_details"),
])
def test_up2_da_needs_its_details(question, details):
    data = sample("UP-2")
    data[question] = "da"
    assert rules_of(errors("UP-2", data)) == {(details, "required")}
    data[details] = "Kravčenko Andrij, plača, 655,40 EUR, od 2. 2. 2026"
    assert errors("UP-2", data) == []
    del data[question]
    assert (question, "required") in rules_of(errors("UP-2", data))


def test_up2_property_tables_only_with_da():
    data = sample("UP-2")
    data["has_property"] = "ne"
    assert errors("UP-2", data) == []
    text = squash(pdf_text(render_pdf(form("UP-2"), data)))
    assert "TMBCS21Z0C2012345" not in text and "412,37" not in text  # what does not apply does not print
    data["has_property"] = "DA"  # the printed label is accepted and stored as its value
    assert normalize(form("UP-2"), data)["has_property"] == "da"


def test_up2_closed_account_not_in_the_future():
    data = sample("UP-2")
    data["accounts"][2]["closed_on"] = TODAY.isoformat()
    assert errors("UP-2", data) == []
    data["accounts"][2]["closed_on"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("UP-2", data)) == {("accounts[2].closed_on", "not_future")}


@pytest.mark.parametrize("code", CODES)
def test_date_not_in_the_future(code):
    data = sample(code)
    data["date"] = TODAY.isoformat()
    assert errors(code, data) == []
    data["date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert ("date", "not_future") in rules_of(errors(code, data))


def test_answers_are_ringed_when_chosen():
    def rings(pdf: bytes) -> int:
        reader = PdfReader(BytesIO(pdf))
        return sum(len(re.findall(rb"\sc\n", page.get_contents().get_data())) for page in reader.pages)

    assert rings(pdf_of("UP-2", blank=True)) == 0
    data = sample("UP-2")
    base = rings(render_pdf(form("UP-2"), data))
    data["maintenance"], data["maintenance_details"] = "da", "Kravčenko Maksym, 120 EUR"
    assert rings(render_pdf(form("UP-2"), data)) == base  # the ring moved from NE to DA
    data["attach_schooling"] = True
    assert rings(render_pdf(form("UP-2"), data)) > base


# --- UP-4 --------------------------------------------------------------------------------------------


def _legal_landlord():
    data = sample("UP-4")
    for key in [k for k in data if k.startswith("natural_")]:
        del data[key]
    data.update(landlord_kind="legal", legal_name="Stanovanjski sklad Šiška d.o.o.", legal_rep_name="Boštjan Čeh",
                legal_address="Celovška cesta 200, 1000 Ljubljana", legal_tax_number=make_tax("8402716"),
                legal_iban=make_si_iban("0201001895341"), legal_bank="NLB d.d.")
    return data


def test_up4_landlord_natural_or_legal():
    assert errors("UP-4", _legal_landlord()) == []
    text = squash(pdf_text(render_pdf(form("UP-4"), _legal_landlord())))
    assert squash("Stanovanjski sklad Šiška d.o.o.") in text and squash("Boštjan Čeh") in text
    mixed = {**_legal_landlord(), "natural_name": "Marjeta Žnidaršič"}  # left over from the other column
    assert errors("UP-4", mixed) == [] and "Žnidaršič" not in pdf_text(render_pdf(form("UP-4"), mixed))
    data = _legal_landlord()
    del data["legal_tax_number"], data["legal_name"]
    assert rules_of(errors("UP-4", data)) == {("legal_tax_number", "required"), ("legal_name", "required")}
    data = sample("UP-4")
    del data["landlord_kind"]
    assert rules_of(errors("UP-4", data)) == {("landlord_kind", "required")}
    data = sample("UP-4")
    del data["natural_iban"]
    assert rules_of(errors("UP-4", data)) == {("natural_iban", "required")}


def test_up4_legal_tax_number_and_iban_checked():
    data = _legal_landlord()
    data["legal_tax_number"] = bad_check_digit(data["legal_tax_number"])
    data["legal_iban"] = bad_check_digit(data["legal_iban"].replace(" ", ""))
    assert rules_of(errors("UP-4", data)) == {("legal_tax_number", "type:tax_number"), ("legal_iban", "type:iban")}


def test_up4_both_sign_with_place_and_date():
    text = pdf_text(pdf_of("UP-4"))
    assert_in_order(text, ["Vlagatelj", "Najemodajalec oziroma oseba", "Podpis:", "Podpis:", "Kraj in datum:",
                           "Ljubljana, 02. 03. 2026", "Kraj in datum:", "Ljubljana, 27. 02. 2026"])
    data = sample("UP-4")
    data["landlord_date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    assert rules_of(errors("UP-4", data)) == {("landlord_date", "not_future")}


# --- UP-5 --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("death, funeral, ok", [(True, True, True), (True, False, True), (False, True, True),
                                                (False, False, False)])
def test_up5_at_least_one_right_claimed(death, funeral, ok):
    data = sample("UP-5")
    data["claim_death_aid"], data["claim_funeral_aid"] = death, funeral
    found = errors("UP-5", data)
    assert (found == []) == ok
    if not ok:
        assert rules_of(found) == {("claim_death_aid", "at_least_one")} and "III" in found[0].message


def test_up5_filed_not_before_the_death():
    data = sample("UP-5")
    data["date"] = data["death_date"]
    assert errors("UP-5", data) == []
    data["date"] = "2026-01-26"
    assert rules_of(errors("UP-5", data)) == {("date", "date_order")}
    data = sample("UP-5")
    data["death_date"] = (TODAY + dt.timedelta(days=1)).isoformat()
    data["date"] = TODAY.isoformat()
    assert ("death_date", "not_future") in rules_of(errors("UP-5", data))


@pytest.mark.parametrize("field", ["deceased_card_number", "deceased_emso", "death_date", "relationship", "entitled"])
def test_up5_required(field):
    data = sample("UP-5")
    del data[field]
    assert rules_of(errors("UP-5", data)) == {(field, "required")}


# --- the printed forms --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_every_printed_label_is_gazette_wording(code):
    """Each fixed text the definition prints occurs in its Priloga as published."""
    annex = squash(gazette_annex(int(code.split("-")[1])))
    missing = [label for label in printed_labels(form(code)) if squash(label) not in annex]
    # the gazette's table layout interleaves these header words in its text (UP-3: "Priimek in … ime")
    assert [m for m in missing if m not in ("Priimek in ime",)] == []


@pytest.mark.parametrize("code", CODES)
def test_gazette_list_is_the_gazette(code):
    annex = squash(gazette_annex(int(code.split("-")[1])))
    for item in GAZETTE[code]:
        assert squash(item) in annex or squash(item) in ("1.", "2.", "3.", "4.", "5.", "6.", "7."), item


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("code", CODES)
def test_every_label_in_order(code, blank):
    text = pdf_text(pdf_of(code, blank))
    assert_in_order(text, printed_labels(form(code)))
    assert_in_order(text, GAZETTE[code])


@pytest.mark.parametrize("code", CODES)
def test_statements_printed_exactly(code):
    text = squash(pdf_text(pdf_of(code)))
    annex = gazette_annex(int(code.split("-")[1]))
    start = annex.find("Izjavljam")
    if code == "UP-1":
        sentence = annex[annex.index("V skladu s 45. členom"):annex.index("varstva.", annex.index("V skladu")) + 8]
        assert squash(sentence) in text
        return
    if code == "UP-4":
        assert squash("soglašava, da se denarna pomoč za zasebno nastanitev v celoti nakazuje") in text
        return
    statement = annex[start:annex.index("(kraj in datum)", start)]
    for part in statement.split("\u0336"):  # the gazette's dash before each item
        assert squash(part) in text, part


@pytest.mark.parametrize("code", CODES)
def test_sample_values_are_printed_and_blank_has_none(code):
    definition = form(code)
    values = display_values(definition, definition.sample)
    sample_text = squash(pdf_text(pdf_of(code)))
    blank_text = squash(pdf_text(pdf_of(code, blank=True)))
    shown = []
    for name, value in values.items():
        field = definition.fields[name]
        if field.type == "boolean" or field.type == "choice":
            continue  # a ticked attachment or a chosen DA/NE is circled, not written
        if isinstance(value, list):
            shown.extend(v for row in value for v in row.values())
        else:
            shown.extend(value.split("\n"))
    for value in filter(None, shown):
        assert squash(value) in sample_text, (code, value)
        assert squash(value) not in blank_text, (code, value)


@pytest.mark.parametrize("code", CODES)
def test_pages_are_a4_with_embedded_dejavu_and_the_running_header(code):
    for pdf in (pdf_of(code), pdf_of(code, blank=True)):
        assert b"Helvetica" not in pdf
        reader = PdfReader(BytesIO(pdf))
        for page in reader.pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
            assert f"Priloga {code[-1]}" in page.extract_text()
            for ref in page["/Resources"]["/Font"].values():
                font = ref.get_object()
                assert "DejaVuSans" in font["/BaseFont"] and "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize("code, pages", [("UP-1", 1), ("UP-2", 7), ("UP-3", 3), ("UP-4", 1), ("UP-5", 2)])
def test_page_count(code, pages):
    assert len(PdfReader(BytesIO(pdf_of(code))).pages) == pages
    assert len(PdfReader(BytesIO(pdf_of(code, blank=True))).pages) == pages


@pytest.mark.parametrize("code", CODES)
def test_slovenian_and_cyrillic_letters_round_trip(code):
    data = sample(code)
    data["surname"] = "Шевченко Žužek-Čač"
    data["address_si"] = "вул. Сумська 25, Ljubljana-Šiška"
    text = pdf_text(render_pdf(form(code), data))
    assert "Шевченко Žužek-Čač" in text and "вул. Сумська 25, Ljubljana-Šiška" in text


# --- the new print block kinds, generically -----------------------------------------------------------


def _raw_with(blocks):
    fields = [
        {"id": "name", "type": "text", "label": "Ime"},
        {"id": "when", "type": "date", "nature": "plain", "label": "Datum"},
        {"id": "yes", "type": "choice", "label": "DA/NE", "choices": [{"value": "da", "label": "DA"}, {"value": "ne", "label": "NE"}]},
        {"id": "tick", "type": "boolean", "label": "Priloga"},
        {"id": "kids", "type": "table", "label": "Otroci",
         "columns": [{"id": "a", "type": "text", "label": "a"}, {"id": "b", "type": "text", "label": "b"},
                     {"id": "c", "type": "text", "label": "c"}]},
    ]
    return {
        "code": "XX-6", "title": "Preizkus", "annex": "Priloga 96", "version": "1",
        "source": {"regulation": "Preizkus", "gazette": "Uradni list RS, št. 1/2099", "item": 1, "in_force": "2025-01-01"},
        "sections": [{"id": "all", "title": "Vse", "fields": [f["id"] for f in fields]}],
        "fields": fields,
        "print": {"page": "A4", "blocks": blocks},
    }


def test_new_block_kinds_render_generically():
    blocks = [
        {"kind": "answer", "word": "DA", "fields": ["name"], "caption": "(ime osebe)"},
        {"kind": "answer", "word": "NE", "field": "yes", "value": "ne"},
        {"kind": "answer", "word": "kopija listine;", "marker": "1.", "field": "tick"},
        {"kind": "caption_row", "cells": [{"fields": ["when"], "caption": "(datum)"}, {"caption": "(podpis)", "width_mm": 50}]},
        {"kind": "stacked_table", "table": "kids", "min_rows": 2,
         "columns": [{"header": ["A", "B"], "fields": ["a", "b"], "width": 0.6}, {"header": "C", "fields": ["c"]}]},
        {"kind": "grid", "rows": [[{"text": "levo"}, {"text": "desno", "bold": True}],
                                  [{"label": "Ime:", "fields": ["name"]}, {}]]},
        {"kind": "footnote", "text": "* opomba"},
    ]
    definition = build_definition(_raw_with(blocks))
    data = {"name": "Ана Žnidaršič", "when": "2024-02-29", "yes": "ne", "tick": True,
            "kids": [{"a": "a1", "b": "b1", "c": "c1"}] * 3}
    text = pdf_text(render_pdf(definition, data))
    assert_in_order(text, ["DA", "Ана Žnidaršič", "(ime osebe)", "NE", "1.", "kopija listine;", "29. 02. 2024",
                           "(datum)", "(podpis)", "A", "B", "C", "a1", "b1", "c1", "a1", "a1", "levo", "desno",
                           "Ime:", "Ана Žnidaršič", "* opomba"])
    blank = pdf_text(render_pdf(definition, data, blank=True))
    assert "Žnidaršič" not in blank and "a1" not in blank and "* opomba" in blank


@pytest.mark.parametrize("block, problem", [
    ({"kind": "answer", "word": "DA", "field": "name", "value": "x"}, "not a choice or boolean"),
    ({"kind": "answer", "word": "DA", "field": "yes", "value": "morda"}, "not a choice"),
    ({"kind": "answer", "word": "DA", "value": "da"}, "value needs field"),
    ({"kind": "answer", "word": "DA", "caption": "(x)"}, "caption belongs under a blank"),
    ({"kind": "answer", "word": "DA", "marker": "1.", "fields": ["name"]}, "without a blank"),
    ({"kind": "caption_row", "cells": [{"fields": ["name"]}]}, "with a caption"),
    ({"kind": "caption_row", "cells": [{"caption": "x", "fields": ["nope"]}]}, "unknown field 'nope'"),
    ({"kind": "stacked_table", "table": "name", "columns": [{"header": "x", "fields": ["a"]}]}, "not a table field"),
    ({"kind": "stacked_table", "table": "kids", "columns": [{"header": "x", "fields": ["a", "b", "c"]}]}, "one or two"),
    ({"kind": "stacked_table", "table": "kids", "columns": [{"header": "x", "fields": ["z"]}]}, "unknown column 'z'"),
    ({"kind": "grid", "rows": [[{"text": "a"}], [{"text": "a"}, {"text": "b"}]]}, "needs 1 cells"),
    ({"kind": "grid", "rows": [[{"colour": "red"}]]}, "unknown key 'colour'"),
    ({"kind": "grid", "rows": [[{"label": "x", "align": "middle"}]]}, "align must be one of"),
    ({"kind": "footnote"}, "footnote needs 'text'"),
])
def test_new_block_kinds_are_checked(block, problem):
    with pytest.raises(DefinitionError) as caught:
        build_definition(_raw_with([block]))
    assert problem in str(caught.value) and "print.blocks[0]" in str(caught.value)


# --- the register ------------------------------------------------------------------------------------


FAMILY = [
    {"kind": "accompanying", "relationship": "mož", "surname": "Kravčenko", "given_name": "Andrij",
     "address_si": "Nastanitveni center Logatec", "emso": "1102984500174", "tax_number": "64021939"},
    {"kind": "accompanying", "relationship": "hči", "surname": "Kravčenko", "given_name": "Daryna",
     "emso": "2801011505198", "tax_number": "90114370"},
    {"kind": "in_slovenia", "relationship": "sin", "surname": "Kravčenko", "given_name": "Maksym", "emso": "1510014500180"},
    {"kind": "accompanying", "relationship": "Hči", "surname": "Kravčenko", "given_name": "Sofija", "emso": "0307019505187"},
    {"kind": "in_slovenia", "relationship": "tašča", "surname": "Кравченко", "given_name": "Галина", "emso": "3011958505208"},
    {"kind": "abroad", "relationship": "brat", "surname": "Kravčenko", "given_name": "Petro"},
]
PERSON = {"surname": "Kravčenko", "given_name": "Oksana", "emso": "2105986505176", "tax_number": "53168429",
          "iban": "SI56 0201 0025 6289 486", "address_si": "Nastanitveni center Logatec", "card_number": "LOGATEC-000412"}


@pytest.mark.parametrize("code", CODES)
def test_register_sections_are_sound(code):
    assert "register" in read_definition_file(form(code).path)
    assert check_prefill_spec(read_definition_file(form(code).path), form(code).fields) is None


def test_up2_prefilled_from_the_register():
    data = from_register(form("UP-2"), PERSON, FAMILY)
    assert {k: data[k] for k in ("surname", "emso", "tax_number", "iban", "address_si")} == {
        "surname": "Kravčenko", "emso": "2105986505176", "tax_number": "53168429", "iban": "SI56 0201 0025 6289 486",
        "address_si": "Nastanitveni center Logatec"}
    assert (data["spouse_given_name"], data["spouse_emso"], data["spouse_tax_number"]) == ("Andrij", "1102984500174", "64021939")
    assert [row["given_name"] for row in data["children"]] == ["Sofija", "Maksym", "Daryna"]  # youngest first
    assert data["children"][2] == {"surname": "Kravčenko", "given_name": "Daryna", "relationship": "hči",
                                   "emso": "2801011505198", "tax_number": "90114370"}
    assert [row["given_name"] for row in data["other_persons"]] == ["Галина"]  # the brother abroad is not in Slovenia
    assert first_out_of_order(form("UP-2").fields["children"], data["children"]) is None


def test_up3_up4_up5_prefilled_from_the_register():
    data = from_register(form("UP-3"), PERSON, FAMILY)
    assert data["spouse_surname"] == "Kravčenko" and len(data["children"]) == 3 and "lease_persons" not in data
    data = from_register(form("UP-4"), PERSON, FAMILY)
    assert data == {"surname": "Kravčenko", "given_name": "Oksana", "tax_number": "53168429",
                    "address_si": "Nastanitveni center Logatec", "emso": "2105986505176"}
    husband = {**FAMILY[0], "card_number": "LOGATEC-000411"}
    data = from_register(form("UP-5"), PERSON, FAMILY, relative=husband)
    assert (data["deceased_given_name"], data["deceased_emso"], data["deceased_card_number"]) == (
        "Andrij", "1102984500174", "LOGATEC-000411")
    assert data["iban"] == PERSON["iban"] and data["tax_number"] == PERSON["tax_number"]


def test_up1_legal_representative_from_the_register():
    mother = {"kind": "accompanying", "relationship": "mati", "legal_representative": True, "surname": "Мельник",
              "given_name": "Ірина", "address_si": "Nastanitveni center Logatec", "phone": "+386 31 742 905"}
    data = from_register(form("UP-1"), {"surname": "Melnyk", "given_name": "Artem", "emso": "1209016500410"}, [mother])
    assert (data["legal_rep_surname"], data["legal_rep_phone"]) == ("Мельник", "+386 31 742 905")


@pytest.mark.parametrize("mutate, problem", [
    (lambda r: r["register"]["tables"]["children"].update(kinds=["nowhere"]), "is not one of"),
    (lambda r: r["register"]["tables"]["children"].update(relationship="sin"), "list of words"),
    (lambda r: r["register"]["link_fields"][0]["fields"].update(nope="surname"), "unknown field 'nope'"),
    (lambda r: r["register"]["link_fields"][0]["fields"].update(spouse_surname="shoe_size"), "unknown attribute"),
    (lambda r: r["register"]["link_fields"].append({"fields": {}}), "needs relationship"),
])
def test_register_filters_are_checked(mutate, problem):
    raw = copy.deepcopy(read_definition_file(form("UP-2").path))
    mutate(raw)
    assert problem in check_prefill_spec(raw, form("UP-2").fields)[1]


# --- command line ------------------------------------------------------------------------------------


def run(capsys, *args):
    code = main(with_station(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("code", CODES)
def test_cli_schema_sample_validate_export(capsys, tmp_path, code):
    status, out, _ = run(capsys, "schema", code.lower())
    schema = json.loads(out)
    assert status == 0 and schema["type"] == "object" and set(form(code).fields) <= set(schema["properties"])
    assert "phone" not in schema["required"] and "email" not in schema["required"]
    status, out, _ = run(capsys, "sample", code)
    assert status == 0 and json.loads(out) == json.loads(json.dumps(form(code).sample))
    data = tmp_path / "sample.json"
    data.write_text(out, encoding="utf-8")
    status, out, _ = run(capsys, "validate", code, str(data), "--today", TODAY.isoformat())
    assert status == 0 and json.loads(out) == []
    pdf = tmp_path / "out.pdf"
    status, _, err = run(capsys, "export", code, str(data), "-o", str(pdf))
    assert status == 0, err
    assert_in_order(pdf_text(pdf.read_bytes()), GAZETTE[code])
    blank = tmp_path / "blank.pdf"
    status, _, err = run(capsys, "export", code, "--blank", "-o", str(blank))
    assert status == 0, err
    assert_in_order(pdf_text(blank.read_bytes()), GAZETTE[code])


def test_cli_validate_reports_a_bad_tax_number_and_exit_1(capsys, tmp_path):
    data = sample("UP-2")
    data["tax_number"] = bad_check_digit(data["tax_number"])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", "UP-2", str(path), "--today", TODAY.isoformat())
    assert status == 1 and [(f["field"], f["rule"]) for f in json.loads(out)] == [("tax_number", "type:tax_number")]


def test_cli_sorts_the_children_it_is_given(capsys, tmp_path):
    data = sample("UP-2")
    data["children"].reverse()
    path = tmp_path / "unsorted.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status, out, _ = run(capsys, "validate", "UP-2", str(path), "--today", TODAY.isoformat())
    assert status == 0 and json.loads(out) == []  # read in stored form: sorted, so nothing to warn about
    pdf = tmp_path / "out.pdf"
    status, _, err = run(capsys, "export", "UP-2", str(path), "-o", str(pdf))
    text = squash(pdf_text(pdf.read_bytes()))
    assert status == 0 and text.index("Sofija") < text.index("Maksym") < text.index("Daryna")


def test_cli_forms_lists_the_codes(capsys):
    status, out, _ = run(capsys, "forms")
    listed = [line.split("\t")[0] for line in out.splitlines()]
    assert status == 0 and set(CODES) <= set(listed)
