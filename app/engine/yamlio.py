"""The one YAML reader of the engine: PyYAML's safe loader, in C (libyaml) when present, else pure Python.

Both load every definition the same way (a test loads every form with each). `PRILOGA_PURE_YAML=1`
forces the pure loader. PyYAML is imported on first use: the start-up catalogue comes from its cache
(app/engine/catalog.py) without it.
"""

from __future__ import annotations

import os
from typing import Any


class YamlSyntaxError(ValueError):
    """The text is not valid YAML; the message says where (line and column)."""


def safe_loader(pure: bool | None = None):
    """The safe loader class: libyaml's CSafeLoader unless `pure` (or $PRILOGA_PURE_YAML) asks otherwise."""
    import yaml

    if pure is None:
        pure = os.environ.get("PRILOGA_PURE_YAML", "") not in ("", "0")
    if pure:
        return yaml.SafeLoader
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str, pure: bool | None = None) -> Any:
    """Parse YAML text with the safe loader; YamlSyntaxError (a ValueError) names the place of a fault."""
    import yaml

    try:
        return yaml.load(text, Loader=safe_loader(pure))
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc).replace("\n", " ")) from exc
