"""The form engine: definitions, types, rules and validation. Pure Python, no Qt."""

from app.engine.catalog import Catalog, UnknownFormError, default_catalog
from app.engine.model import FormDefinition
from app.engine.rules import Finding
from app.engine.validate import has_errors, validate


def __getattr__(name: str):
    # the loader and its checkers are imported when a definition is first read, not at start-up
    if name in ("DefinitionError", "load_definition"):
        from app.engine import definition

        return getattr(definition, name)
    raise AttributeError(name)


__all__ = [
    "Catalog",
    "DefinitionError",
    "Finding",
    "FormDefinition",
    "UnknownFormError",
    "default_catalog",
    "has_errors",
    "load_definition",
    "validate",
]
