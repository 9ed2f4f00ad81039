"""The catalogue: every definition in `forms/`, found by code."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
from dataclasses import dataclass
import re
from pathlib import Path

from app.engine.cachedir import cache_dir
from app.engine.model import FormDefinition


def load_definition(path: str | Path) -> FormDefinition:
    """The loader (app/engine/definition.py), imported when a definition is first read: listing the
    catalogue from its heading cache needs neither the loader nor its checkers."""
    from app.engine.definition import load_definition as load

    return load(path)


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
                if path.suffix in SUFFIXES and not path.name.startswith((".", "_")) and "." not in path.stem:
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
        """What a list of forms shows (code, title, annex, citation): the catalogue at start-up, from the
        heading cache (keyed by the file's hash) when the file is unchanged. The whole definition (and its
        checks) is read by `get`, when the form is used."""
        key = normal_code(code)
        if key in self._loaded:
            return Heading.of(self._loaded[key])
        paths = self.paths()
        if key not in paths:
            raise UnknownFormError(code, self.codes())
        cache = _HeadingCache()
        try:
            return cache.get(paths[key])
        finally:
            cache.save()

    def headings(self) -> dict[str, "Heading | Exception"]:
        """`heading` of every form, in catalogue order, from one listing of the folder; a file whose
        heading cannot be read gives the error instead."""
        paths = self.paths()
        out: dict[str, Heading | Exception] = {}
        cache = _HeadingCache()
        for code in sorted(paths, key=_code_key):
            try:
                out[code] = cache.get(paths[code], self._loaded.get(code))
            except Exception as exc:  # noqa: BLE001 - shown with the form, never stops the list
                out[code] = exc
        cache.save()
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


def read_heading(path: Path) -> Heading:
    """The heading of one definition file: from the heading cache when the file is unchanged, else
    the whole file is loaded (and checked; its DefinitionError says what is wrong)."""
    return _HeadingCache().get(path)


class _HeadingCache:
    """Headings of definition files, kept in the user's cache folder keyed by each file's SHA-256, so
    the start-up catalogue needs neither YAML nor a check of every definition; a changed file is read
    in full once. The cache is only a copy: lost or unreadable, it is rebuilt."""

    VERSION = 1

    def __init__(self):
        self.path = _cache_dir() / "catalog-headings.json"
        self.entries: dict[str, dict] = {}
        self.changed = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == self.VERSION and isinstance(data.get("files"), dict):
                self.entries = data["files"]
        except (OSError, ValueError, AttributeError):
            pass

    def get(self, path: Path, loaded: FormDefinition | None = None) -> Heading:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        entry = self.entries.get(str(path.resolve()))
        if entry and entry.get("sha256") == digest:
            return Heading(*entry["heading"])
        heading = Heading.of(loaded or load_definition(path))
        self.entries[str(path.resolve())] = {"sha256": digest, "heading": list(dataclasses.astuple(heading))}
        self.changed = True
        return heading

    def save(self) -> None:
        if not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"version": self.VERSION, "files": self.entries}, ensure_ascii=False),
                                 encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:  # a read-only home: the headings are read again next time
            pass


def _cache_dir() -> Path:
    return cache_dir()


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
