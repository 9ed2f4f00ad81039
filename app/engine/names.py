"""A person's name in two scripts, and the folding that lets every spelling of it meet.

The name is kept as typed (Cyrillic too) and in Latin script. The Latin form is the MRZ's when a
document was read; otherwise the national transliteration: Ukrainian by the Cabinet of Ministers'
resolution no. 55 of 2010 (KMU 2010, `translitua`), Russian and other Cyrillic by ICAO Doc 9303
(`iuliia`, the scheme of Russian passports since 2013). Both are maintained libraries with the
official tables, so no table is copied here.

`search_keys` folds a name to ASCII keys in which Шевченко, Ševčenko, Shevchenko and Sevcenko are
one word ("sevcenko"): sh/š/s, ch/č/c, zh/ž/z, kh/h/g, ts/c, y/j/i meet and doubled letters collapse.
"""
from __future__ import annotations

import re
import unicodedata

import iuliia
from translitua import UkrainianKMU, translit

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_UKRAINIAN_ONLY = re.compile(r"[ІіЇїЄєҐґ]")
_RUSSIAN_ONLY = re.compile(r"[ЫыЭэЁёЪъ]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: digraphs first (longest first), then single letters, applied to lower-case ASCII
_FOLDS = (("shch", "sc"), ("sch", "sc"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("ts", "c"),
          ("tz", "c"), ("g", "h"), ("y", "i"), ("j", "i"), ("w", "v"), ("q", "k"), ("x", "ks"))


def has_cyrillic(text: str | None) -> bool:
    return bool(text and _CYRILLIC.search(text))


def transliterate(text: str, *, nationality: str | None = None) -> str:
    """Latin script of `text`: Ukrainian KMU 2010 for Ukrainian (its letters, or a Ukrainian national
    without Russian-only letters), ICAO Doc 9303 otherwise. Latin text is returned as it is."""
    if not has_cyrillic(text):
        return text
    ukrainian = bool(_UKRAINIAN_ONLY.search(text)) or (
        not _RUSSIAN_ONLY.search(text) and (nationality or "UKR").upper() in ("UKR", "UA"))
    if ukrainian:
        return translit(text, UkrainianKMU)
    return iuliia.ICAO_DOC_9303.translate(text)


def latin_form(name: str, *, mrz_name: str | None = None, nationality: str | None = None) -> str:
    """The Latin form of a name: the MRZ's (capitalised as a name) when there is one, else the
    transliteration of the name as typed."""
    if mrz_name and mrz_name.strip():
        return " ".join(_capitalise(w) for w in mrz_name.replace("<", " ").split())
    return transliterate(name or "", nationality=nationality).strip()


def latin_parts(surname: str | None, given_name: str | None, latin_name: str | None = None, *,
                nationality: str | None = None) -> tuple[str, str]:
    """The Latin surname and given name of a person whose register entry keeps `latin_name` as one string
    ("Shevchenko Olena", the MRZ's or the transliteration; the surname first, as everywhere in the register).

    The typed surname says how many name parts the surname has (»Іванова-Петренко« two: the MRZ writes
    them as IVANOVA<PETRENKO, "Ivanova Petrenko"; a transliteration keeps the hyphen), so the string
    splits where the surname ends. Without a `latin_name` (or when it cannot be split so) each part is
    transliterated on its own; a Latin name comes back as typed."""
    surname, given_name = " ".join((surname or "").split()), " ".join((given_name or "").split())
    words = (latin_name or "").split()
    wanted = len(re.split(r"[\s-]+", surname)) if surname else 0
    if words and wanted:
        count = 0
        for index, word in enumerate(words):
            count += len([p for p in word.split("-") if p])
            if count == wanted:
                latin_surname, latin_given = " ".join(words[:index + 1]), " ".join(words[index + 1:])
                if bool(latin_given) == bool(given_name):  # both halves there, as in the typed name
                    return latin_surname, latin_given
                break
            if count > wanted:
                break
    if not words or has_cyrillic(f"{surname} {given_name}"):
        return (transliterate(surname, nationality=nationality).strip(),
                transliterate(given_name, nationality=nationality).strip())
    return surname, given_name


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def fold(word: str) -> str:
    """One Latin word to its ASCII search key."""
    text = unicodedata.normalize("NFKD", word.lower()).replace("đ", "dj").replace("ł", "l").replace("ß", "ss")
    text = "".join(c for c in text if c.isascii() and c.isalpha())
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


def search_keys(text: str | None, *, nationality: str | None = None) -> list[str]:
    """The folded ASCII keys of every word of a name in any script (deduplicated, in order). A Cyrillic
    word gives the keys of both its Ukrainian and its Russian transliteration."""
    keys: list[str] = []
    for word in _WORD.findall(text or ""):
        spellings = [word]
        if has_cyrillic(word):
            spellings = [translit(word, UkrainianKMU), iuliia.ICAO_DOC_9303.translate(word)]
        for spelling in spellings:
            key = fold(spelling)
            if key and key not in keys:
                keys.append(key)
    return keys


def query_keys(word: str) -> list[str]:
    """The keys a typed search word (a prefix) is looked up by."""
    return search_keys(word)


def names_meet(a: str | None, b: str | None) -> bool:
    """Whether two full names are the same across scripts and spellings (same set of folded words)."""
    ka, kb = set(search_keys(a)), set(search_keys(b))
    return bool(ka) and bool(ka & kb) and (ka <= kb or kb <= ka or len(ka & kb) >= 2)


def index_names(surname: str | None, given_name: str | None, latin_name: str | None = None,
                citizenship: str | None = None) -> str:
    """The `names` column of a person in the search index: the name as typed, its Latin form and the
    folded ASCII keys of both (app.engine.names.search_keys), so a search meets it in any script."""
    typed = f"{surname or ''} {given_name or ''}".strip()
    keys = search_keys(f"{typed} {latin_name or ''}", nationality=citizenship)
    return " ".join(part for part in (typed, latin_name or "", " ".join(keys)) if part)
