"""The catalogue: every definition in `forms/`, found by code."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from app.engine.definition import FormDefinition, Source, load_definition

SUFFIXES = (".yaml", ".yml", ".json")


class UnknownFormError(LookupError):
    """No form with that code is in the catalogue."""

    def __init__(self, code: str, known: list[str]):
        self.code = code
        super().__init__(f"unknown form {code!r}; known forms: {', '.join(known) or 'none'}")


def forms_dir() -> Path:
    """The folder of form definitions: $PRILOGA_FORMS_DIR, else `forms/` beside the `app` package."""
    env = os.environ.get("PRILOGA_FORMS_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "forms"


class Catalog:
    """Loads definitions lazily: listing reads file names only; a form is parsed when first asked for."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self._loaded: dict[str, FormDefinition] = {}

    def paths(self) -> dict[str, Path]:
        """Form code → file; the file name is the code in lower case (`zz-1.yaml` is ZZ-1), a "/" written
        as "-" (`tuj-1-1.yaml` is TUJ-1/1; see `code_of_file`)."""
        out = {}
        if self.folder.is_dir():
            for path in sorted(self.folder.iterdir()):
                if path.suffix in SUFFIXES and not path.name.startswith((".", "_")):
                    out[code_of_file(path.stem)] = path
        return out

    def codes(self) -> list[str]:
        return sorted(self.paths(), key=_code_key)

    def get(self, code: str, version: str | None = None) -> FormDefinition:
        """The current definition of `code`; with `version`, the one a draft was filled on.

        Superseded definitions are kept as `forms/archive/<code>@<version>.yaml`, so a draft saved
        before a regulation changed is shown and printed as it was filled."""
        key = normal_code(code)
        if version is not None:
            current = self.get(code)
            if current.version == version:
                return current
            for suffix in SUFFIXES:
                path = self.folder / "archive" / f"{file_stem(key)}@{version}{suffix}"
                if path.is_file():
                    return self._loaded.setdefault(f"{key}@{version}", load_definition(path))
            return current
        if key not in self._loaded:
            paths = self.paths()
            if key not in paths:
                raise UnknownFormError(code, self.codes())
            definition = load_definition(paths[key])
            if definition.code.upper() != key:
                from app.engine.definition import DefinitionError

                raise DefinitionError(paths[key], "code", f"{definition.code!r} does not match the file name")
            self._loaded[key] = definition
        return self._loaded[key]

    def all(self) -> list[FormDefinition]:
        return [self.get(code) for code in self.codes()]

    def heading(self, code: str) -> "Heading":
        """What a list of forms shows (code, title, annex, citation), read from the top of the file
        without parsing the rest: the catalogue at start-up. The whole definition (and its checks) is
        read by `get`, when the form is used."""
        key = normal_code(code)
        if key in self._loaded:
            return Heading.of(self._loaded[key])
        paths = self.paths()
        if key not in paths:
            raise UnknownFormError(code, self.codes())
        return read_heading(paths[key])

    def headings(self) -> dict[str, "Heading | Exception"]:
        """`heading` of every form, in catalogue order, from one listing of the folder; a file whose
        heading cannot be read gives the error instead."""
        paths = self.paths()
        out: dict[str, Heading | Exception] = {}
        for code in sorted(paths, key=_code_key):
            try:
                out[code] = Heading.of(self._loaded[code]) if code in self._loaded else read_heading(paths[code])
            except Exception as exc:  # noqa: BLE001 - shown with the form, never stops the list
                out[code] = exc
        return out


#: a code of the residence-permit series, obrazec št. N/M of the Pravilnik (TUJ-1/1, TUJ-30/3), as a file
#: name writes it: the "/" as "-" (a file name cannot hold "/")
_SLASHED_STEM = re.compile(r"([A-Z]+-[0-9]+)-([0-9]+)")


def code_of_file(stem: str) -> str:
    """The form code a definition's file name stands for: `zz-1` → ZZ-1, `tuj-1-1` → TUJ-1/1."""
    stem = stem.strip().upper()
    match = _SLASHED_STEM.fullmatch(stem)
    return f"{match.group(1)}/{match.group(2)}" if match else stem


def file_stem(code: str) -> str:
    """The file name (without suffix) of a form code: ZZ-1 → `zz-1`, TUJ-1/1 → `tuj-1-1`; also the safe
    spelling of a code in the name of an exported PDF."""
    return code.strip().lower().replace("/", "-")


def normal_code(code: str) -> str:
    """A code as typed (`tuj-1/1`, `TUJ-1-1`, ` zz-1 `) in the catalogue's spelling (TUJ-1/1, ZZ-1)."""
    return code_of_file(code.strip().upper().replace("/", "-"))


#: the order of the series in the catalogue (as in FORMS.md): temporary protection first
SERIES = ("ZZ", "UP", "HR", "TUJ")


@dataclass(frozen=True)
class Heading:
    code: str
    title: str
    annex: str
    citation: str

    @classmethod
    def of(cls, definition: FormDefinition) -> "Heading":
        return cls(definition.code, definition.title, definition.annex, definition.source.citation())


HEADING_KEYS = ("code", "title", "annex", "source")


def read_heading(path: Path) -> Heading:
    """The heading keys from the top of a definition file, without parsing the rest: lines written
    plainly are read as they are (no YAML library at start-up); anything unusual goes to YAML's event
    parser, which also stops once the keys are read. A JSON file, or one whose heading is not at the
    top level, is read in full (and its DefinitionError says what is wrong)."""
    found: dict | None = None
    if path.suffix != ".json":
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = None
        if text is not None:
            found = _plain_heading(text)
            if found is None:
                found = _yaml_heading(text)
    source = (found or {}).get("source")
    if not found or not all(k in found for k in HEADING_KEYS) or not isinstance(source, dict) or \
            not all(k in source for k in _SOURCE_KEYS):
        return Heading.of(load_definition(path))
    try:
        in_force = dt.date.fromisoformat(str(source["in_force"]))
    except ValueError:
        return Heading.of(load_definition(path))
    citation = Source("", str(source["gazette"]), source["item"], in_force).citation()
    return Heading(str(found["code"]), str(found["title"]), str(found["annex"]), citation)


_SOURCE_KEYS = ("gazette", "item", "in_force")
_KEY_LINE = re.compile(r"([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$")
#: plain YAML scalars that are not text (YAML 1.1 booleans and null, numbers, dates): left to the parser
_NOT_TEXT = re.compile(r"(?i:y|yes|n|no|true|false|on|off|null|~)|[-+]?[\d._:]+|[-+]?\.(?i:inf|nan)|\d{4}-\d\d?-\d\d?.*")
_BLOCK = (">", ">-", "|", "|-")


def _indented(line: str) -> bool:
    return line[:1] in (" ", "\t")


def _blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _plain_scalar(value: str) -> str | None:
    """A one-line YAML scalar that is text, as text; None when it is anything else or not simple."""
    value = value.strip()
    if not value:
        return None
    if value[0] in "\"'":
        quote, inner = value[0], value[1:-1]
        if len(value) < 2 or value[-1] != quote or "\\" in value or (quote == '"' and '"' in inner):
            return None
        if quote == "'":
            if "'" in inner.replace("''", ""):
                return None
            inner = inner.replace("''", "'")
        return inner
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()
    if value[0] in "[]{}>|*&!%@`,?:-#" or ": " in value or value.endswith(":") or "\t" in value:
        return None
    if _NOT_TEXT.fullmatch(value):
        return None
    return value


def _source_value(key: str, value: str):
    """gazette (text), item (a whole number or text) and in_force (a date, quoted or not) as YAML reads them."""
    value = value.strip()
    if " #" in value and value[0] not in "\"'":
        value = value.split(" #", 1)[0].rstrip()
    if key == "item" and re.fullmatch(r"[1-9]\d*", value):
        return int(value)
    if key == "in_force" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value
    return _plain_scalar(value)


def _plain_heading(text: str) -> dict | None:
    """code, title, annex and source (gazette, item, in_force) when they are written plainly at the
    top of the file; None as soon as something there needs a YAML parser."""
    lines = text.splitlines()
    out: dict = {}
    i = 0

    def complete() -> bool:
        source = out.get("source")
        return all(k in out for k in HEADING_KEYS[:3]) and isinstance(source, dict) and \
            all(k in source for k in _SOURCE_KEYS)

    while i < len(lines) and not complete():
        line = lines[i]
        i += 1
        if _blank(line):
            continue
        match = None if _indented(line) or line.startswith(("---", "...", "%")) else _KEY_LINE.match(line)
        if match is None:
            return None
        key, value = match.group(1), (match.group(2) or "").strip()
        if key in out:
            return None
        if key == "source":
            if value:
                return None
            out["source"], i = _plain_block(lines, i)
            if out["source"] is None:
                return None
        elif key in HEADING_KEYS[:3]:
            if value == ">-":
                out[key], i = _folded(lines, i)
                if out[key] is None:
                    return None
                continue
            out[key] = _plain_scalar(value)
            if out[key] is None or (i < len(lines) and _indented(lines[i]) and not _blank(lines[i])):
                return None  # not simple, or continued on the next line
        elif not value or value in _BLOCK:
            while i < len(lines) and (_blank(lines[i]) or _indented(lines[i])):
                i += 1  # a nested block or a block scalar of a key we do not need
        elif _plain_scalar(value) is None and _source_value("item", value) is None:
            if value[0] in "[{\"'":
                return None  # a flow collection or a quoted text that may span lines
    return out if complete() else None


def _plain_block(lines: list[str], i: int) -> tuple[dict | None, int]:
    """The `source:` mapping under its key: its one-line values (block scalars skipped)."""
    out: dict = {}
    indent = None
    skipping = False
    while i < len(lines):
        line = lines[i]
        if _blank(line):
            i += 1
            continue
        if not _indented(line):
            break
        width = len(line) - len(line.lstrip(" "))
        if "\t" in line[:width + 1] or (indent is not None and width < indent):
            return None, i
        if indent is None:
            indent = width
        if width > indent:
            if not skipping:
                return None, i  # a value continued on the next line
            i += 1
            continue
        match = _KEY_LINE.match(line[indent:])
        if match is None:
            return None, i
        key, value = match.group(1), (match.group(2) or "").strip()
        i += 1
        skipping = value in _BLOCK or not value
        if key in out:
            return None, i
        if key in _SOURCE_KEYS:
            out[key] = _source_value(key, value)
            if out[key] is None:
                return None, i
        elif not skipping and value[0] in "[{\"'&*!|>":
            return None, i
    return out, i


def _folded(lines: list[str], i: int) -> tuple[str | None, int]:
    """A `>-` block scalar of one paragraph at one indentation: its lines joined by spaces."""
    parts, indent = [], None
    while i < len(lines) and lines[i].strip() and lines[i][:1] == " ":
        width = len(lines[i]) - len(lines[i].lstrip(" "))
        if indent is None:
            indent = width
        if width != indent or "\t" in lines[i]:
            return None, i
        parts.append(lines[i].strip())
        i += 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    if not parts or (i < len(lines) and _indented(lines[i])):
        return None, i
    return " ".join(parts), i


def _yaml_heading(text: str) -> dict:
    import yaml

    try:
        return _top_level(yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    except yaml.YAMLError:
        return {}


def _top_level(events) -> dict:
    """Top-level scalar values and one-level mappings of scalars, until HEADING_KEYS are all read."""
    import yaml

    out: dict = {}
    stream = iter(events)
    for event in stream:
        if isinstance(event, yaml.MappingStartEvent):
            break
    else:
        return out
    while not all(k in out for k in HEADING_KEYS):
        key = next(stream, None)
        if not isinstance(key, yaml.ScalarEvent):
            break
        value = next(stream, None)
        if isinstance(value, yaml.ScalarEvent):
            out[key.value] = value.value
        elif isinstance(value, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            nested, depth, pending = {}, 1, None
            flat = isinstance(value, yaml.MappingStartEvent)
            for event in stream:
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    depth, flat = depth + 1, False
                elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    depth -= 1
                    if depth == 0:
                        break
                elif isinstance(event, yaml.ScalarEvent) and depth == 1 and flat:
                    if pending is None:
                        pending = event.value
                    else:
                        nested[pending], pending = event.value, None
            if flat:
                out[key.value] = nested
        else:
            break
    return out


def _code_key(code: str):
    prefix, _, number = code.partition("-")
    head = number.split("/", 1)[0]
    rank = SERIES.index(prefix) if prefix in SERIES else len(SERIES)
    return (rank, prefix, int(head) if head.isdigit() else 0, code)


@functools.lru_cache(maxsize=None)
def _catalog_for(folder: str) -> Catalog:
    return Catalog(folder)


def default_catalog() -> Catalog:
    return _catalog_for(str(forms_dir()))
