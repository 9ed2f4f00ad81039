from app.engine.names import fold, has_cyrillic, latin_form, names_meet, search_keys, transliterate


def test_every_spelling_of_shevchenko_meets():
    keys = {tuple(search_keys(n)) for n in ("Шевченко", "Ševčenko", "Shevchenko", "Sevcenko", "ŠEVČENKO")}
    assert keys == {("sevcenko",)}


def test_ukrainian_kmu_2010_and_russian_icao():
    assert transliterate("Шевченко Олена Юріївна") == "Shevchenko Olena Yuriivna"
    assert transliterate("Згурський Єлизавета") == "Zghurskyi Yelyzaveta"  # KMU: зг → zgh, є → ye
    assert transliterate("Иванов Пётр") == "Ivanov Petr"  # Russian-only letter: ICAO Doc 9303
    assert transliterate("Ivanov") == "Ivanov"


def test_latin_form_prefers_the_mrz():
    assert latin_form("Шевченко", mrz_name="SHEVCHENKO<<OLENA") == "Shevchenko Olena"
    assert latin_form("Шевченко Олена") == "Shevchenko Olena"
    assert not has_cyrillic(latin_form("Щербина Григорій"))


def test_folding_rules():
    assert fold("Hryhorii") == fold("Grigorij") == "hrihori"
    assert fold("Yuliia") == fold("Julija")
    assert search_keys("Шев") == ["sev"]
    assert names_meet("Шевченко Олена", "SEVCENKO OLENA")
    assert not names_meet("Шевченко Олена", "Shevchenko Iryna")


def test_card_refuses_cyrillic_and_offers_the_transliteration():
    import datetime as dt

    from pdf_helpers import form

    from app.engine import validate

    zz8 = form("ZZ-8")
    data = {**zz8.sample, "surname": "Шевченко", "given_name": "Олена"}
    findings = [f for f in validate(zz8, data, today=dt.date(2026, 6, 1)) if f.rule == "latin_script"]
    assert [f.field for f in findings] == ["surname", "given_name"]
    assert "»Shevchenko«" in findings[0].message and "latinici" in findings[0].message
    data.update(surname="Shevchenko", given_name="Olena")
    assert not [f for f in validate(zz8, data, today=dt.date(2026, 6, 1)) if f.rule == "latin_script"]
