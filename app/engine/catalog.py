"""The catalogue: every definition in `forms/`, found by code."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from app.engine.definition import FormDefinition, load_definition

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
        """Form code → file; the file name is the code in lower case (`zz-1.yaml` is ZZ-1)."""
        out = {}
        if self.folder.is_dir():
            for path in sorted(self.folder.iterdir()):
                if path.suffix in SUFFIXES and not path.name.startswith((".", "_")):
                    out[path.stem.upper()] = path
        return out

    def codes(self) -> list[str]:
        return sorted(self.paths(), key=_code_key)

    def get(self, code: str, version: str | None = None) -> FormDefinition:
        """The current definition of `code`; with `version`, the one a draft was filled on.

        Superseded definitions are kept as `forms/archive/<code>@<version>.yaml`, so a draft saved
        before a regulation changed is shown and printed as it was filled."""
        key = code.strip().upper()
        if version is not None:
            current = self.get(code)
            if current.version == version:
                return current
            for suffix in SUFFIXES:
                path = self.folder / "archive" / f"{key.lower()}@{version}{suffix}"
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


#: the order of the series in the catalogue (as in FORMS.md): temporary protection first
SERIES = ("ZZ", "UP", "HR", "TUJ")


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
