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
