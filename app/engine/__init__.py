"""The form engine: definitions, types, rules and validation. Pure Python, no Qt."""

from app.engine.catalog import Catalog, UnknownFormError, default_catalog
from app.engine.definition import DefinitionError, FormDefinition, load_definition
from app.engine.rules import Finding
from app.engine.validate import has_errors, validate

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
