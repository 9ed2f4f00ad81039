"""The language of the GUI: which one (the user's choice in *Nastavitve*, else $PRILOGA_LANG, else the
system's), Qt's translators for it, and the messages of the layers below the UI in that language.

Slovenian is the source language. For Slovenian, Qt's own dialogs get Qt's catalogue (`qt_sl.qm`, old)
plus ours for what it lacks (`resources/i18n/qt_extra_sl.ts`); for English, the app's `priloga_en`.
The .qm files are built from the .ts files at first start (`app.tools.i18n.ensure_built`)."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app.tools import i18n as catalogue

SOURCE_LANGUAGE = "sl"
#: language code → its name in that language (as offered in Nastavitve)
LANGUAGES = {"sl": "Slovenščina", "en": "English"}
SETTING = "language"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _settings() -> QSettings:
    """The settings of the computer's user on this station, in `gui.ini` in the data folder (the language
    is needed before the app's login, so it is not kept in the database)."""
    from app.paths import data_dir

    return QSettings(str(data_dir() / "gui.ini"), QSettings.IniFormat)


def stored_language() -> str:
    """The language the user chose in Nastavitve ("" = none chosen: follow the system)."""
    chosen = str(_settings().value(SETTING, "") or "")
    return chosen if chosen in LANGUAGES else ""


def chosen_language() -> str:
    """The user's choice in Nastavitve, else $PRILOGA_LANG, else the system's language if the app has it,
    else Slovenian."""
    chosen = stored_language()
    if chosen:
        return chosen
    env = os.environ.get("PRILOGA_LANG", "")[:2].lower()
    if env in LANGUAGES:
        return env
    system = QLocale.system()
    if system.language() == QLocale.English:
        return "en"
    return SOURCE_LANGUAGE


def set_chosen_language(language: str | None) -> None:
    """Keep the user's choice (None or "" = follow the system); it takes effect at the next start."""
    from app.paths import data_dir, private_folder

    private_folder(data_dir())  # the first start may not have made it yet
    settings = _settings()
    if language:
        if language not in LANGUAGES:
            raise ValueError(f"neznan jezik {language!r}; mogoči: {', '.join(LANGUAGES)}")
        settings.setValue(SETTING, language)
    else:
        settings.remove(SETTING)
    settings.sync()


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators for `language` (default: `chosen_language()`); returns them (kept alive
    on the app). Replaces translators installed before."""
    language = language or chosen_language()
    for old in getattr(app, "_priloga_translators", []):
        app.removeTranslator(old)
    folder = catalogue.ensure_built()
    translators = []
    if language == SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Slovenian), "qt", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            translators.append(qt)
        extra = QTranslator(app)
        if folder is not None and extra.load(catalogue.QT_EXTRA, str(folder)):
            translators.append(extra)  # installed after qt_sl, so it is asked first
    else:
        own = QTranslator(app)
        if folder is not None and own.load(f"priloga_{language}", str(folder)):
            translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app._priloga_translators = translators
    app.setProperty("priloga_language", language)
    _patterns.cache_clear()
    return translators


def current_language() -> str:
    app = QCoreApplication.instance()
    return (app.property("priloga_language") if app is not None else None) or SOURCE_LANGUAGE


@lru_cache(maxsize=4)
def _patterns(language: str) -> list[tuple[re.Pattern, list[str], str]]:
    """The message templates of the layers below the UI, as (regex, placeholder names, translation),
    longest literal text first so the most specific template wins."""
    path = catalogue.ts_path(language)
    if not path.exists():
        return []
    out = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        if context.findtext("name") != catalogue.MESSAGES_CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or not translation.text or translation.get("type"):
                continue
            names = _PLACEHOLDER.findall(source)
            pieces = _PLACEHOLDER.split(source)
            regex = "".join(re.escape(p) if i % 2 == 0 else "(.*?)" for i, p in enumerate(pieces))
            out.append((len(_PLACEHOLDER.sub("", source)), re.compile(regex + r"\Z", re.DOTALL), names, translation.text))
    out.sort(key=lambda item: -item[0])
    return [item[1:] for item in out]


def message_text(message, language: str | None = None, _depth: int = 0) -> str:
    """A message of the engine, store, export or workspace (an exception or its text) in the GUI's
    language: the Slovenian text is matched against the catalogue's templates (context `messages`) and the
    values in it are kept (each translated again if it is a message itself, e.g. an OS error inside)."""
    text = message if isinstance(message, str) else str(message)
    language = language or current_language()
    if language == SOURCE_LANGUAGE or not text or _depth > 3:
        return text
    found = _lookup(text, language, _depth)
    if found is not None:
        return found
    cited = _CITED.match(text)  # a rule's "template (citation)." : the citation stays as the law words it
    if cited:
        found = _lookup(cited.group(1), language, _depth)
        if found is not None:
            return found + (f" ({cited.group(2)})" if cited.group(2) else "") + "."
    return text


_NESTED = re.compile(r"exc|err|detail|problem|reason|template|where|message|what|strerror")
_CITED = re.compile(r"(.+?)(?: \(((?:[^()]|\([^()]*\))*)\))?\.\Z", re.DOTALL)


def _lookup(text: str, language: str, depth: int) -> str | None:
    for regex, names, translation in _patterns(language):
        match = regex.match(text)
        if match is None:
            continue
        values = {}
        for name, value in zip(names, match.groups()):  # a message inside (an error's text) is translated too,
            nested = _NESTED.search(name) and len(value) > 3  # a form's label or a value never
            values.setdefault(name, message_text(value, language, depth + 1) if nested else value)
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), translation)
    return None


def finding_text(finding, language: str | None = None) -> str:
    """An engine finding in the GUI's language (its template, with the form's own labels as they are)."""
    return message_text(finding.message, language)
