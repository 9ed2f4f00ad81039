"""The English UI is complete: the catalogue resources/i18n/priloga_en.ts has every text the sources
translate, each with a finished translation; and with English installed, the main window and the dialogs
show nothing but the catalogue's translations, form content (the statutory forms' wording stays
Slovenian) and data — every visible text is collected and checked, and every lookup Qt makes for the
app's texts finds a translation."""

import functools
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402

from app.tools import i18n as catalogue  # noqa: E402
from i18n_helpers import visible_texts  # noqa: E402
from ui_helpers import ui_app  # noqa: E402,F401

FORMS = Path(__file__).resolve().parent.parent / "forms"
_PLACEHOLDER = re.compile(r"\\\{[^{}]*\\\}")


def test_every_source_text_is_in_the_catalogue_with_a_finished_translation():
    missing = catalogue.missing("en")
    assert missing["absent"] == [], ("texts not in priloga_en.ts (run `python -m app.tools.i18n update` and "
                                     f"translate them): {missing['absent']}")
    ui = [item for item in missing["unfinished"] if item[0] != catalogue.MESSAGES_CONTEXT]
    assert ui == [], f"UI texts without a finished English translation: {ui}"


def test_every_message_of_the_lower_layers_is_translated():
    messages = [s for c, s in catalogue.missing("en")["unfinished"] if c == catalogue.MESSAGES_CONTEXT]
    assert messages == [], f"messages without a finished English translation: {messages}"


def test_the_ui_shows_exceptions_through_the_message_catalogue():
    raw = catalogue.raw_errors()
    assert raw == [], f"exception texts shown untranslated (run `python -m app.tools.i18n wrap-errors`): {raw}"


def test_translations_keep_their_placeholders():
    bad = []
    for m in catalogue.read_ts(catalogue.ts_path("en")):
        if m.finished and sorted(re.findall(r"\{[^{}]*\}", m.source)) != sorted(re.findall(r"\{[^{}]*\}", m.translation)):
            bad.append((m.context, m.source, m.translation))
    assert bad == []


def test_the_extractor_sees_what_the_code_translates(tmp_path):
    texts, warnings = catalogue.extract_ui()
    assert warnings == []
    assert ("MainWindow", "&Nov obrazec") in texts  # through the ACTIONS table
    assert ("MainWindow", "Oro&dja") in texts  # QT_TR_NOOP in MENUS
    assert ("MainWindow", "new") not in texts  # an action's name in that table is not a text
    assert ("dialogs", "Prekliči") in texts  # a module's _tr wrapper
    assert ("DeadlinesView", "zamuda") in texts  # a constant imported from the engine
    (tmp_path / "demo.py").write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "LABELS = {'a': 'prva beseda', 'b': 'druga beseda'}\n"
        "class Base(QObject):\n"
        "    def f(self):\n"
        "        return self.tr('osnova')\n"
        "class Child(Base):\n"
        "    def g(self, key):\n"
        "        return QCoreApplication.translate('ctx', LABELS[key])\n"
        "    def h(self, other):\n"
        "        return other.tr('ne vem, čigav')\n", encoding="utf-8")
    texts, warnings = catalogue.extract_ui(tmp_path)
    assert {("Base", "osnova"), ("Child", "osnova"), ("ctx", "prva beseda"), ("ctx", "druga beseda")} <= texts
    assert len(warnings) == 1 and "demo.py:10" in warnings[0]  # another object's tr(): its class is unknown


# --- the English UI, walked ---------------------------------------------------------------------------
class Recorder(QTranslator):
    """Asked first: notes every lookup the installed translators cannot answer."""

    def __init__(self, parent, translators):
        super().__init__(parent)
        self.translators = translators
        self.contexts = {context for context, _ in catalogue.extract_ui()[0]}  # the app's own, not Qt's or pyqtgraph's
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in self.contexts and source and not any(
                t.translate(context, source, disambiguation, n) for t in self.translators):
            self.missed.add((context, source))
        return None  # a null string: Qt asks the next translator

    def isEmpty(self):  # noqa: N802 (Qt override)
        return False


@pytest.fixture
def english(ui_app):
    from app.ui import i18n

    translators = i18n.install(ui_app, "en")
    recorder = Recorder(ui_app, translators)
    ui_app.installTranslator(recorder)
    yield recorder
    ui_app.removeTranslator(recorder)
    i18n.install(ui_app, "sl")


def _strip(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"(?m)^[✖⚠✔]\s*", "", text)  # a finding's mark
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


#: values that are words of the program (a role, a status), so they must be English too
CHECKED_VALUES = ("role", "status", "state", "kind", "action")


def _english_templates() -> list[tuple[re.Pattern, list[str]]]:
    out = []
    for m in catalogue.read_ts(catalogue.ts_path("en")):
        if m.finished:
            for line in [m.translation, *m.translation.split("\n")]:
                text = _strip(line)
                if re.search(r"[^\W\d_]", re.sub(r"\{[^{}]*\}", "", text)):  # not a bare {value}
                    names = re.findall(r"\{([^{}]*)\}", text)
                    out.append((re.compile(_PLACEHOLDER.sub("(.+?)", re.escape(text)) + r"\Z", re.DOTALL), names))
    return out


def _form_content() -> set[str]:
    """Every text of the form definitions and code lists (labels, titles, help, choices), and the
    Slovenian country names the country fields offer."""
    import yaml

    from app.engine.countries import countries

    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            found.add(_strip(value))
            found.update(_strip(line) for line in value.split("\n"))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in FORMS.rglob("*.yaml"):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    for _code, name in countries():
        found.add(_strip(name))
    from app.engine.countries import country_name

    found.add(country_name("XXA") or "")
    return found


@functools.lru_cache(maxsize=1)
def _known() -> tuple[list, frozenset]:
    return _english_templates(), frozenset(_form_content())


def unknown_texts(texts, data: tuple[str, ...]) -> list[str]:
    templates, content = _known()

    def matches(text: str) -> bool:
        for regex, names in templates:
            match = regex.match(text)
            if match and all(known(value) for name, value in zip(names, match.groups()) if name in CHECKED_VALUES):
                return True
        return False

    def known(text: str) -> bool:
        if text in content or re.fullmatch(r"[0-9a-f]{16,}", text) or matches(text):
            return True
        if LEGAL_CITATION.search(text):  # where a form comes from, as the law is cited: form content
            return True
        if text.endswith(":") and len(text) > 1 and known(text[:-1]):  # a label (the "{label}:" template)
            return True
        for value in sorted(data, key=len, reverse=True):  # data inside a translated text ("admin (you)")
            text = text.replace(value, " ")
        text = re.sub(r"\b[0-9a-f]{8,}\b", " ", text)  # a record's id
        text = " ".join(text.split())
        return not re.search(r"[^\W\d_]", text) or text in content or matches(text)

    def known_parts(text: str) -> bool:  # "ZZ-1 – title — name", "1. Priimek *": each part known
        for line in text.split("\n"):
            pair = re.fullmatch(r"(.+?) \((.+)\)", line)  # "rule (article)"
            if pair and known(pair.group(1)) and known(pair.group(2)):
                continue
            parts = [p.strip(" *") for p in re.split(r" [–—] |, |: ", line)]
            if not known(line.strip(" *")) and not all(known(p) for p in parts if p):
                return False
        return True

    bad = []
    for text in texts:
        text = _strip(text)
        if not known(text) and not known_parts(text):
            bad.append(text)
    return bad


LEGAL_CITATION = re.compile(r"Uradni list RS|^Priloga \d")
#: data of the test station (names, settings' keys) that any language shows as they are
DATA = ("office", "official", "station_name", "Mojca Žagar", "Policijska postaja Brežice", "admin", "Ševčenko Olena", "Ševčenko", "Olena", "Priloga",
        "CUPS", "PrilogaPDF", "A4", "Slovenščina", "English")  # a language is offered in its own name


def _open(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    QCoreApplication.processEvents()
    return widget


def test_main_window_and_dialogs_in_english(english, qtbot, workspace, tmp_path):
    from app.ui.accounts_dialog import AccountsDialog
    from app.ui.audit_dialog import AuditDialog
    from app.ui.codelists_dialog import CodelistsDialog
    from app.ui.family_screen import FamilyScreen
    from app.ui.login import ChangePasswordDialog, FirstStartDialog, LoginDialog
    from app.ui.person_entry import PersonEntryDialog
    from app.ui.main_window import MainWindow
    from app.ui.person import PersonPage
    from app.ui.print_queue import PrintQueueDialog
    from app.ui.retention_dialog import RetentionDialog
    from app.ui.settings_dialog import SettingsDialog
    from app.ui.signing import KeysDialog
    from app.ui.wizard import FormWizard

    person = workspace.add_person(surname="Ševčenko", given_name="Olena")
    draft = workspace.new_draft("ZZ-1", {"surname": "Ševčenko", "given_name": "Olena"})
    window = _open(qtbot, MainWindow(workspace))
    window.refresh()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    assert "&Form" in [a.text() for a in window.menuBar().actions()]
    shown = {"main window": visible_texts(window)}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        shown[f"tab {index}"] = visible_texts(window)
    for name, make in (("settings", lambda: SettingsDialog(workspace)), ("accounts", lambda: AccountsDialog(workspace)),
                       ("audit", lambda: AuditDialog(workspace)), ("code lists", lambda: CodelistsDialog(workspace)),
                       ("print queue", lambda: PrintQueueDialog(workspace)),
                       ("retention", lambda: RetentionDialog(workspace)), ("keys", lambda: KeysDialog(workspace)),
                       ("person", lambda: PersonPage(workspace, person)),
                       ("wizard", lambda: FormWizard(workspace, draft)),
                       ("login", lambda: LoginDialog(workspace.path)),
                       ("change password", lambda: ChangePasswordDialog(workspace)),
                       ("first start", lambda: FirstStartDialog(tmp_path / "nova.sqlite3")),
                       ("family, new", lambda: FamilyScreen(workspace)),
                       ("family, entered", lambda: FamilyScreen(workspace, person_id=person)),
                       ("person entry", lambda: PersonEntryDialog(workspace))):
        dialog = _open(qtbot, make())
        shown[name] = visible_texts(dialog)
        if name == "wizard":  # every page of the form, and the summary
            while dialog.currentId() != -1 and dialog.nextId() != -1:
                dialog.next()
                QCoreApplication.processEvents()
                shown[f"wizard page {dialog.currentId()}"] = visible_texts(dialog)
        dialog.hide()  # hidden first: the first start's dialog asks before quitting only while it is shown
        dialog.close()
    bad = {name: unknown_texts(texts, DATA) for name, texts in shown.items()}
    bad = {name: texts for name, texts in bad.items() if texts}
    assert bad == {}, f"texts shown in English that are neither translated, form content nor data: {bad}"
    assert english.missed == set(), f"Qt asked for these texts and the English catalogue has none: {english.missed}"


def test_language_chosen_in_settings_applies_at_the_next_start(ui_app, qtbot, workspace, monkeypatch):
    from app.ui import i18n
    from app.ui.settings_dialog import SettingsDialog

    monkeypatch.delenv("PRILOGA_LANG", raising=False)
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: i18n.QLocale(i18n.QLocale.Slovenian)))
    assert i18n.stored_language() == "" and i18n.chosen_language() == "sl"
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", "sl", "en"]
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert i18n.stored_language() == "en" and i18n.chosen_language() == "en"
    assert QCoreApplication.translate("MainWindow", "&Nov obrazec") == "&Nov obrazec"  # not live: next start
    try:
        i18n.install(ui_app)  # what the next start does
        assert QCoreApplication.translate("MainWindow", "&Nov obrazec") == "&New form"
        assert i18n.message_text("»Priimek« je obvezen podatek; vpišite ga.") == "»Priimek« is required; fill it in."
    finally:
        i18n.set_chosen_language(None)
        i18n.install(ui_app, "sl")
    assert i18n.chosen_language() == "sl"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: i18n.QLocale(i18n.QLocale.English)))
    assert i18n.chosen_language() == "en"  # no choice made: the system's language, when the app has it


def test_messages_of_lower_layers_in_english(ui_app):
    from app.ui import i18n

    try:
        i18n.install(ui_app, "en")
        text = i18n.message_text
        assert text("Vrstica 2 v »Otroci«: »Datum rojstva« je obvezen podatek; vpišite ga.") == (
            "Row 2 in »Otroci«: »Datum rojstva« is required; fill it in.")
        assert text("Označite enega od razlogov: a, b (3. člen Pravilnika).") == "Tick one of the reasons: a, b (3. člen Pravilnika)."
        assert text("Fotografije ni mogoče prebrati: /tmp/x.jpg (datoteke ali mape ni).") == (
            "The photo cannot be read: /tmp/x.jpg (the file or folder does not exist).")
        assert text("Nekaj, česar ni v katalogu.") == "Nekaj, česar ni v katalogu."  # unknown text stays as it is
        assert text(ValueError("ta obrazec nima izdane serijske številke")) == "this form has no serial number issued"
    finally:
        i18n.install(ui_app, "sl")
    assert i18n.message_text("ta obrazec nima izdane serijske številke") == "ta obrazec nima izdane serijske številke"


def test_the_catalogues_build_with_lrelease(tmp_path, monkeypatch):
    """A fresh checkout has only the .ts files: the .qm are built by pyside6-lrelease (here into a copy of
    resources/i18n), and Qt reads them."""
    import shutil

    from app.tools import i18n as tool

    folder = tmp_path / "resources" / "i18n"
    shutil.copytree(tool.i18n_dir(), folder, ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(tool, "i18n_dir", lambda: folder)
    built = tool.build()
    assert sorted(p.name for p in built) == ["priloga_en.qm", "qt_extra_sl.qm"]
    translator = QTranslator()
    assert translator.load("priloga_en", str(folder))
    assert translator.translate("MainWindow", "&Nov obrazec") == "&New form"
    assert tool.build() == built  # up to date: nothing is rebuilt
