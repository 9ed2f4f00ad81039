"""Names a package exports, loaded when first asked for (PEP 562): ``app.engine`` and ``app.workspace`` use it
so the GUI's login screen does not load the catalogue, the rules and every use case before it takes input."""

from __future__ import annotations

import importlib
from typing import Callable


def lazy_exports(package: str, where: dict[str, str], namespace: dict) -> tuple[Callable, Callable]:
    """The package's ``__getattr__`` and ``__dir__``: each name in `where` is imported from its module on first
    use and kept in the package's `namespace` (its ``globals()``)."""

    def __getattr__(name: str):
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(where[name]), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(where))

    return __getattr__, __dir__
