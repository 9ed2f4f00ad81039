"""Countries with their Slovenian names (ISO 3166-1 alpha-3 codes, from pycountry)."""

from __future__ import annotations

import functools
import gettext
import unicodedata

#: ICAO 9303 code for a stateless person; used where a form asks for citizenship.
STATELESS = "XXA"
STATELESS_NAME = "brez državljanstva"


@functools.lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(alpha-3 code, Slovenian name) of every country, sorted by the Slovenian name."""
    import pycountry

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["sl"])
        translate = translation.gettext
    except OSError:  # pragma: no cover - pycountry always ships the sl catalogue
        translate = str
    rows = []
    for country in pycountry.countries:
        # The short name officials use ("Južna Koreja", not "Korea, Republic of"): the translated
        # common name, else the translated name, else the Slovenian exonym the catalogue lacks.
        name = OVERRIDES.get(country.alpha_3)
        for msgid in (getattr(country, "common_name", None), country.name):
            if name is None and msgid and translate(msgid) != msgid:
                name = translate(msgid)
        rows.append((country.alpha_3, name or country.name))
    return tuple(sorted(rows, key=lambda row: sort_key(row[1])))


#: Slovenian names the iso-codes catalogue does not translate (it keeps newer English short names).
OVERRIDES = {
    "CZE": "Češka", "MKD": "Severna Makedonija", "TUR": "Turčija", "SWZ": "Esvatini", "CPV": "Zelenortski otoki",
    "HKG": "Hongkong", "LAO": "Laos", "SYR": "Sirija", "IRN": "Iran", "VEN": "Venezuela", "VNM": "Vietnam",
    "RUS": "Rusija", "MDA": "Moldavija", "BOL": "Bolivija", "TZA": "Tanzanija", "PSE": "Palestina",
}


@functools.lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    table = dict(countries())
    table[STATELESS] = STATELESS_NAME
    return table


def sort_key(name: str) -> str:
    """Collation key close to Slovenian order (č after c, š after s, ž after z)."""
    out = []
    for ch in name.casefold():
        if ch in "čšž":
            out.append(unicodedata.normalize("NFD", ch)[0] + "\uffff")
        else:
            out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def country_name(code: object) -> str | None:
    """The Slovenian name of a code, or None when the code is unknown."""
    if not isinstance(code, str):
        return None
    return _by_code().get(code.strip().upper())


def is_country(code: object, allow_stateless: bool = False) -> bool:
    """True when `code` is a known alpha-3 code (or XXA where statelessness is allowed)."""
    if not isinstance(code, str):
        return False
    code = code.strip().upper()
    if code == STATELESS:
        return allow_stateless
    return code in _by_code()


def country_code(text: str) -> str | None:
    """The code for a typed code or Slovenian name (case and diacritics ignored), else None."""
    text = text.strip()
    if not text:
        return None
    if text.upper() in _by_code():
        return text.upper()
    if len(text) == 2 and text.isalpha():
        return _alpha2().get(text.upper())
    wanted = sort_key(text)
    for code, name in _by_code().items():
        if sort_key(name) == wanted:
            return code
    return None


@functools.lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}
