"""The app's translations: extract, update, build and check (`python -m app.tools.i18n update|build|check`).

Slovenian is the source language. Two kinds of text are translated, both kept in
`resources/i18n/priloga_<lang>.ts` (Qt Linguist's format, edited with `pyside6-linguist` or any editor):

- the UI's texts: every `self.tr("…")`, `QCoreApplication.translate("ctx", "…")`, the modules' `_tr("…")`
  wrappers and `QT_TRANSLATE_NOOP("ctx", "…")` markers in `app/ui` (context = the class or the wrapper's
  context, as Qt looks them up at run time; a subclass gets its bases' texts, because PySide's `self.tr`
  looks up the class of the object);
- the messages of the layers below the UI (engine, store, export, workspace: errors, validation findings),
  context `messages`: every Slovenian string, f-string or concatenation there, as a template whose
  `{…}` are the values filled in at run time (`{label}`, `{path}` …). The UI translates a message at the
  boundary with `app.ui.i18n.message_text`, which matches it against these templates.

`pyside6-lupdate` is not used for extraction: it does not see the modules' `_tr` wrappers, the strings
passed through constants, or the layers below the UI; this extractor reads the same Python AST for all of
them. `pyside6-lrelease` (shipped with PySide6-Essentials) compiles the .ts files to .qm.
`update` keeps every translation already made, adds new texts as unfinished and drops vanished ones,
so it can be rerun after any change. `check` lists what is missing (exit 1 if anything).
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from app.paths import APP_NAME, resources_dir

APP_DIR = Path(__file__).resolve().parent.parent
UI_DIR = APP_DIR / "ui"
MESSAGE_LAYERS = ("engine", "store", "export", "workspace")
MESSAGES_CONTEXT = "messages"
#: the app's own catalogue: language code → the .ts file's language attribute
LANGUAGES = {"en": "en_GB"}
#: Qt's own strings that Qt's Slovenian catalogue (qt_sl.qm) lacks, shipped as our own
QT_EXTRA = "qt_extra_sl"
_SLOVENIAN = re.compile(r"[čšžČŠŽ]|\b(je|ni|in|na|za|se|ali|ki|pri|od|do|le|še|ter|kot|bo|so|ga|jo|iz|ne|po|"
                        r"obrazec|obrazca|oseba|osebe|datoteka|datoteke|napaka|vrstica|podpis|geslo|izberite|"
                        r"vpišite|preverite|manjka|prazno|veljaven|veljavna)\b", re.IGNORECASE)


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


@dataclass
class Message:
    context: str
    source: str
    translation: str = ""
    finished: bool = False


# --- the .ts format ---------------------------------------------------------------------------------
def read_ts(path: str | Path) -> list[Message]:
    """The messages of a Qt .ts file, in file order (obsolete and vanished ones left out)."""
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            out.append(Message(name, message.findtext("source") or "",
                               (translation.text or "") if translation is not None else "",
                               kind == "" and bool(translation is not None and translation.text)))
    return out


def write_ts(path: str | Path, language: str, messages: list[Message], source_language: str = "sl_SI") -> None:
    """Write `messages` as a Qt .ts file (contexts and messages sorted, so a rerun changes only what changed)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=source_language)
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for m in sorted(by_context[name], key=lambda m: m.source):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = m.source
            translation = ET.SubElement(message, "translation")
            translation.text = m.translation
            if not (m.finished and m.translation):
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    Path(path).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


# --- extraction -------------------------------------------------------------------------------------
def _template(node: ast.AST, source: str) -> str | None:
    """A string literal, f-string, concatenation or "…".format(…) as a template with `{…}` for the values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = ""
        for value in node.values:
            if isinstance(value, ast.Constant):
                out += str(value.value)
            else:
                out += "{" + (ast.get_source_segment(source, value.value) or "") + "}"
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left, source), _template(node.right, source)
        if left is None and right is None:
            return None
        left = left if left is not None else "{" + (ast.get_source_segment(source, node.left) or "") + "}"
        right = right if right is not None else "{" + (ast.get_source_segment(source, node.right) or "") + "}"
        return left + right
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _template(node.func.value, source)
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


_MESSAGE_NAMES = re.compile(r"(message|msg|reason|detail|problem|hint|note|warning|error|text|what|why|"
                            r"REQUIRED|TOO_MANY|UNKNOWN|LABELS?$|TEXTS?$|TEMPLATE|^ACTIONS$|NAMES$|^KINDS$|^SAME_DAY$)", re.IGNORECASE)
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|WHERE|PRAGMA|DROP|ALTER|JOIN|VALUES)\b|\b(OR|AND)\b ?\"")


def _message_nodes(tree: ast.AST):
    """The expressions whose strings a user may see: what is raised, a finding's template, a check's
    problem, a named message or label, a table of labels."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            yield node.exc, False
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr if isinstance(
                node.func, ast.Attribute) else ""
            if name in ("Finding", "_cited"):  # a finding's template is always shown
                position = 2 if name == "Finding" else 0
                if len(node.args) > position:
                    yield node.args[position], True
            elif name in ("Problem", "Due", "Check") or name.endswith(("Error", "Exception")):
                for arg in [*node.args, *(k.value for k in node.keywords)]:
                    yield arg, False
        elif isinstance(node, (ast.Yield, ast.Return)) and isinstance(node.value, ast.Tuple) and node.value.elts:
            yield node.value.elts[0], False
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id if isinstance(t, ast.Name) else t.attr if isinstance(t, ast.Attribute) else "" for t in targets]
            if any(_MESSAGE_NAMES.search(n) for n in names):
                yield node.value, any(re.search(r"LABELS?$|TEXTS?$|^ACTIONS$|NAMES$", n) for n in names)


def extract_messages(app_dir: Path = APP_DIR) -> set[str]:
    """The Slovenian message templates of the layers below the UI (errors, findings, labels users see)."""
    found: set[str] = set()
    for layer in MESSAGE_LAYERS:
        for path in sorted((app_dir / layer).rglob("*.py")):
            source = path.read_text(encoding="utf-8")
            tree = ast.parse(source)
            for root, is_table in _message_nodes(tree):
                parents = {id(child): node for node in ast.walk(root) for child in ast.iter_child_nodes(node)}
                for node in ast.walk(root):
                    if not isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                        continue
                    parent = parents.get(id(node))
                    if isinstance(parent, (ast.JoinedStr, ast.BinOp, ast.FormattedValue, ast.Subscript, ast.Compare)):
                        continue
                    if isinstance(parent, ast.Dict) and node in parent.keys:
                        continue
                    text = _template(node, source)
                    if not text or _SQL.search(text) or not _SLOVENIAN.search(text) and not is_table:
                        continue
                    if " " in text.strip() or (is_table and re.search(r"[^\W\d_]", text)):
                        found.add(text)
    return found


class _UiModule:
    """What one UI module passes to Qt's translation: {(context, source)}, class bases, warnings."""

    def __init__(self, path: Path):
        self.path = path
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)
        self.constants: dict[str, list[str]] = {}
        self.wrappers: dict[str, str] = {}
        self.bases: dict[str, list[str]] = {}
        self.entries: set[tuple[str, str]] = set()
        self.warnings: list[str] = []
        self.imports: dict[str, str] = {}
        self._scan()

    @staticmethod
    def _strings(node: ast.AST, dict_values: bool = True) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.Dict):
            items = node.values if dict_values else node.keys
            return [s for v in items if v is not None for s in _UiModule._strings(v)]
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            return [s for v in node.elts for s in _UiModule._strings(v)]
        if isinstance(node, ast.Call):  # a table of specs: the texts marked with _("…") in it
            if isinstance(node.func, ast.Name) and node.func.id in ("_", "QT_TR_NOOP") and node.args:
                return _UiModule._strings(node.args[0])
            if isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP" and len(node.args) > 1:
                return _UiModule._strings(node.args[1])
            return [s for v in [*node.args, *(k.value for k in node.keywords)] if not isinstance(v, ast.Constant)
                    for s in _UiModule._strings(v)]
        return []

    @staticmethod
    def _constant(node: ast.AST) -> list[str]:
        """The texts of a constant: those marked with _() / QT_TR_NOOP() if any are marked, else all."""
        marked = [s for call in ast.walk(node) if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                  and call.func.id in ("_", "QT_TR_NOOP", "QT_TRANSLATE_NOOP")
                  for s in _UiModule._strings(call)]
        return marked or _UiModule._strings(node)

    def _imported(self, name: str) -> list[str] | None:
        """The strings of a constant imported from another module of the app (re-exports followed)."""
        module = self.imports.get(name)
        seen = 0
        while module and module.startswith("app.") and seen < 4:
            seen += 1
            path = APP_DIR.parent / (module.replace(".", "/") + ".py")
            if not path.is_file():
                return None
            tree = ast.parse(path.read_text(encoding="utf-8"))
            module = None
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                    return self._constant(node.value)
                if isinstance(node, ast.ImportFrom) and any(a.name == name for a in node.names):
                    module = node.module
        return None

    def _scan(self) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                self.imports.update({a.asname or a.name: node.module for a in node.names})
            if isinstance(node, ast.ClassDef):  # class constants (self.COLUMNS)
                for item in node.body:
                    if isinstance(item, ast.Assign):
                        for target in item.targets:
                            if isinstance(target, ast.Name):
                                self.constants.setdefault(target.id, self._constant(item.value))
        for node in self.tree.body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if isinstance(target, ast.Name) and getattr(node, "value", None) is not None:
                    self.constants[target.id] = self._constant(node.value)
            if isinstance(node, ast.FunctionDef) and node.args.args:
                param = node.args.args[0].arg
                for inner in ast.walk(node):
                    if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                            and inner.func.attr == "translate" and len(inner.args) >= 2
                            and isinstance(inner.args[0], ast.Constant) and isinstance(inner.args[1], ast.Name)
                            and inner.args[1].id == param):
                        self.wrappers[node.name] = inner.args[0].value
        self._walk(self.tree, None, [])

    def _resolve(self, arg: ast.AST, loops: list[ast.For]) -> list[str] | None:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            return [arg.value]
        if isinstance(arg, ast.IfExp):
            a, b = self._resolve(arg.body, loops), self._resolve(arg.orelse, loops)
            return None if a is None or b is None else a + b
        if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
            if arg.value.id in self.constants:
                return self.constants[arg.value.id]
            return self._imported(arg.value.id)
        if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name):
            arg = arg.value  # spec.text: the texts marked in the table the loop runs over
        if isinstance(arg, ast.Name):
            if arg.id in self.constants:
                return self.constants[arg.id]
            for loop in reversed(loops):
                names = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
                if arg.id in names:
                    for n in ast.walk(loop.iter):
                        if isinstance(n, ast.Name) and n.id in self.constants:
                            return self.constants[n.id]
                        if isinstance(n, ast.Name) and n.id in self.imports:
                            return self._imported(n.id)
                        if isinstance(n, ast.Attribute) and n.attr in self.constants:
                            return self.constants[n.attr]
                        if isinstance(n, (ast.List, ast.Tuple, ast.Dict)):
                            return self._strings(n)
        return None

    def _call(self, call: ast.Call, klass: str | None, loops: list[ast.For]) -> None:
        func = call.func
        context, arg = None, None
        if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args:
            if isinstance(func.value, ast.Name) and func.value.id == "self" and klass:
                context, arg = klass, call.args[0]
            elif isinstance(func.value, ast.Name) and func.value.id[:1].isupper():
                context, arg = func.value.id, call.args[0]
            else:
                self.warnings.append(f"{self.path.name}:{call.lineno}: tr() of another object: its context is that "
                                     f"object's class at run time; use QCoreApplication.translate(\"Class\", …)")
                return
        elif ((isinstance(func, ast.Attribute) and func.attr == "translate") or
              (isinstance(func, ast.Name) and func.id in ("tr", "QT_TRANSLATE_NOOP"))) and len(call.args) >= 2:
            if isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str):
                context, arg = call.args[0].value, call.args[1]
            elif not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "painter"):
                self.warnings.append(f"{self.path.name}:{call.lineno}: translate() with a context that is not a literal")
                return
        elif isinstance(func, ast.Name) and func.id in self.wrappers and call.args:
            context, arg = self.wrappers[func.id], call.args[0]
        if context is None:
            return
        if isinstance(arg, ast.Name) and any(
                isinstance(f, ast.FunctionDef) and f.args.args and f.args.args[0].arg == arg.id and f.name in self.wrappers
                for f in self.tree.body):
            return  # the wrapper's own body
        texts = self._resolve(arg, loops)
        if texts is None:
            self.warnings.append(f"{self.path.name}:{call.lineno}: a text passed to translation that is not a literal "
                                 f"({ast.get_source_segment(self.source, arg)}); mark it with QT_TRANSLATE_NOOP")
            return
        self.entries.update((context, text) for text in texts if text)

    def _walk(self, node: ast.AST, klass: str | None, loops: list[ast.For]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                self.bases[child.name] = [b.id for b in child.bases if isinstance(b, ast.Name)]
                self._walk(child, child.name, loops)
                continue
            if isinstance(child, ast.Call):
                self._call(child, klass, loops)
            if isinstance(child, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                loops = loops + list(child.generators)
            self._walk(child, klass, loops + [child] if isinstance(child, ast.For) else loops)


def extract_ui(ui_dir: Path = UI_DIR) -> tuple[set[tuple[str, str]], list[str]]:
    """{(context, source)} of every text the UI translates, and warnings for texts the extractor cannot see."""
    modules = [_UiModule(p) for p in sorted(ui_dir.rglob("*.py"))]
    entries: set[tuple[str, str]] = set()
    bases: dict[str, list[str]] = {}
    warnings: list[str] = []
    for module in modules:
        entries |= module.entries
        bases.update(module.bases)
        warnings += module.warnings
    by_context: dict[str, set[str]] = {}
    for context, text in entries:
        by_context.setdefault(context, set()).add(text)

    def ancestors(name: str, seen: frozenset = frozenset()) -> set[str]:
        out = set()
        for base in bases.get(name, []):
            if base not in seen:
                out |= {base} | ancestors(base, seen | {name})
        return out

    for klass in bases:  # a subclass looks up its bases' self.tr texts under its own name
        for base in ancestors(klass):
            entries |= {(klass, text) for text in by_context.get(base, ())}
    return entries, warnings


# --- update, build, check ---------------------------------------------------------------------------
def ts_path(language: str) -> Path:
    return i18n_dir() / f"priloga_{language}.ts"


def update(language: str = "en", app_dir: Path = APP_DIR) -> dict:
    """Bring `priloga_<language>.ts` up to date with the sources: keep translations, add new texts as
    unfinished, drop vanished ones. Returns counts and the extractor's warnings."""
    path = ts_path(language)
    old = {(m.context, m.source): m for m in read_ts(path)} if path.exists() else {}
    ui, warnings = extract_ui(app_dir / "ui")
    wanted = set(ui) | {(MESSAGES_CONTEXT, text) for text in extract_messages(app_dir)}
    by_source = {}
    for m in old.values():  # a text moved to another context keeps its translation
        if m.translation:
            by_source.setdefault(m.source, m)
    messages = []
    for context, source in wanted:
        known = old.get((context, source)) or by_source.get(source)
        messages.append(Message(context, source, known.translation if known else "", bool(known and known.finished)))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_ts(path, LANGUAGES.get(language, language), messages)
    return {"file": str(path), "texts": len(messages), "new": len(wanted - set(old)),
            "dropped": len(set(old) - wanted), "unfinished": sum(1 for m in messages if not m.finished),
            "warnings": warnings}


def _lrelease() -> str | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations if spec and spec.submodule_search_locations else []):
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return str(Path(folder) / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_dir() -> Path:
    """Where the .qm files go: beside the .ts files, or the user's cache folder when that is read-only."""
    folder = i18n_dir()
    if os.access(folder, os.W_OK):
        return folder
    from platformdirs import user_cache_dir

    return Path(os.environ.get("PRILOGA_CACHE_DIR") or user_cache_dir(APP_NAME, appauthor=False)) / "i18n"


def build(force: bool = False) -> list[Path]:
    """Compile every .ts in resources/i18n to .qm with pyside6-lrelease (only those older than their .ts
    unless `force`); returns the .qm files. Raises RuntimeError when lrelease is missing or fails."""
    out_dir = compiled_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(i18n_dir().glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = _lrelease()
            if tool is None:
                raise RuntimeError("pyside6-lrelease ni nameščen (del paketa PySide6-Essentials); namestite ga: "
                                   "pip install PySide6-Essentials")
            part = qm.with_name(f".{qm.name}.{os.getpid()}.part")  # two programs starting at once never read half a file
            result = subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], capture_output=True, text=True)
            if result.returncode != 0 or not part.exists():
                part.unlink(missing_ok=True)
                raise RuntimeError(f"prevod {ts.name} ni preveden v .qm: {result.stderr.strip() or result.stdout.strip()}")
            os.replace(part, qm)
        built.append(qm)
    return built


def ensure_built() -> Path | None:
    """The folder with up-to-date .qm files (built now if needed), or None when they cannot be built."""
    try:
        build()
    except (OSError, RuntimeError) as exc:
        print(f"Priloga: prevodov ni bilo mogoče pripraviti: {exc}", file=sys.stderr)
        return None
    return compiled_dir()


def missing(language: str = "en", app_dir: Path = APP_DIR) -> dict[str, list[tuple[str, str]]]:
    """What the catalogue lacks: texts in the sources not in the .ts ('absent'), and entries without a
    finished translation ('unfinished'), each as (context, source)."""
    path = ts_path(language)
    have = {(m.context, m.source): m for m in read_ts(path)} if path.exists() else {}
    ui, _ = extract_ui(app_dir / "ui")
    wanted = set(ui) | {(MESSAGES_CONTEXT, t) for t in extract_messages(app_dir)}
    return {"absent": sorted(wanted - set(have)),
            "unfinished": sorted(k for k in wanted & set(have) if not have[k].finished)}


#: how the UI shows an exception's text; each must go through app.ui.i18n.message_text (the message is
#: Slovenian, from the layers below the UI)
_RAW_ERRORS = (
    (re.compile(r"(?<!message_text\()\bstr\((exc|error)\.args\[0\]\)"), r"message_text(str(\1.args[0]))"),
    (re.compile(r"(?<![\w.])str\((exc|error)\)"), r"message_text(\1)"),
    (re.compile(r"\b(error)=(exc|error)(?=[,)])"), r"\1=message_text(\2)"),
)
_NOT_SHOWN = {"i18n.py", "platform_check.py"}  # no user-facing message shown from an exception there
_IMPORT = "from app.ui.i18n import message_text\n"


def raw_errors(ui_dir: Path = UI_DIR) -> list[str]:
    """Places in app/ui that show an exception's text without translating it (file:line: code)."""
    found = []
    for path in sorted(ui_dir.glob("*.py")):
        if path.name in _NOT_SHOWN:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(regex.search(line) for regex, _ in _RAW_ERRORS[1:]):
                found.append(f"{path.relative_to(ui_dir.parent.parent)}:{number}: {line.strip()}")
    return found


def wrap_errors(ui_dir: Path = UI_DIR) -> list[Path]:
    """Route every exception text the UI shows through message_text (rerunnable after a merge)."""
    changed = []
    for path in sorted(ui_dir.glob("*.py")):
        if path.name in _NOT_SHOWN:
            continue
        text = original = path.read_text(encoding="utf-8")
        for regex, replacement in _RAW_ERRORS:
            text = regex.sub(replacement, text)
        if text != original:
            if _IMPORT not in text:
                lines = text.splitlines(keepends=True)
                tree = ast.parse(original)
                imports = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
                           and not (isinstance(n, ast.ImportFrom) and n.module == "__future__")]
                at = imports[-1].end_lineno if imports else 0
                lines.insert(at, _IMPORT)
                text = "".join(lines)
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.tools.i18n", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="posodobi resources/i18n/priloga_<jezik>.ts iz virov")
    sub.add_parser("build", help="prevedi .ts v .qm (pyside6-lrelease)")
    sub.add_parser("check", help="izpiši neprevedena besedila; izhod 1, če kaj manjka")
    sub.add_parser("wrap-errors", help="besedila izjem v app/ui speljaj skozi message_text (prevod sporočil)")
    args = parser.parse_args(argv)
    if args.command == "wrap-errors":
        for path in wrap_errors():
            print(path)
        return 0
    if args.command == "update":
        for language in LANGUAGES:
            report = update(language)
            print(f"{report['file']}: {report['texts']} besedil, novih {report['new']}, odstranjenih "
                  f"{report['dropped']}, neprevedenih {report['unfinished']}")
            for warning in report["warnings"]:
                print("  opozorilo:", warning)
        return 0
    if args.command == "build":
        for qm in build(force=True):
            print(qm)
        return 0
    bad = 0
    for language in LANGUAGES:
        for kind, items in missing(language).items():
            for context, source in items:
                bad += 1
                print(f"{language}\t{kind}\t{context}\t{source!r}")
    for place in raw_errors():
        bad += 1
        print(f"neprevedeno sporočilo izjeme (python -m app.tools.i18n wrap-errors): {place}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
