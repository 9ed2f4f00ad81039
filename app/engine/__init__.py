"""The form engine: definitions, types, rules and validation. Pure Python, no Qt.

The names below are loaded when first asked for (PEP 562): a module that needs one small part of the
engine (e.g. ``app.engine.system_messages`` or ``app.engine.roles``) does not load the catalogue, the rules and
the validation with it, so the login screen of the GUI takes input sooner.
"""

from __future__ import annotations

import sys
import types

from app.lazy import lazy_exports

_WHERE = {
    "Catalog": "app.engine.catalog", "UnknownFormError": "app.engine.catalog", "default_catalog": "app.engine.catalog",
    "FormDefinition": "app.engine.model",
    "Finding": "app.engine.rules",
    "has_errors": "app.engine.validate", "validate": "app.engine.validate",
    # the loader and its checkers: imported when a definition is first read, not at start-up
    "DefinitionError": "app.engine.definition", "load_definition": "app.engine.definition",
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = lazy_exports("app.engine", _WHERE, globals())


class _Engine(types.ModuleType):
    """The package's module: importing the submodule ``app.engine.validate`` does not replace the function
    ``validate`` the package exports (Python sets a submodule as its package's attribute once loaded)."""

    def __setattr__(self, name: str, value) -> None:
        if name == "validate" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Engine
