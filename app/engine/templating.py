"""Jinja templates in definitions (a print block's `template`, a register or derive mapping's "{{ … }}")."""

from __future__ import annotations

import functools
from typing import Any, Mapping


def join(sep: str, *parts: Any) -> str:
    """Join the non-empty parts with `sep` (templates use it to avoid ', , ')."""
    return sep.join(str(p).strip() for p in parts if p is not None and str(p).strip())


@functools.lru_cache(maxsize=256)
def template(source: str):
    """The compiled (sandboxed) template; raises with jinja's message for a faulty one."""
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(autoescape=False, keep_trailing_newline=False)
    env.globals["join"] = join
    return env.from_string(source)


def is_template(spec: str) -> bool:
    return "{{" in spec or "{%" in spec


def block_text(block: Mapping[str, Any], values: dict[str, Any]) -> str:
    """The filled-in text of a line, lines or signature block ('' when nothing is filled)."""
    if "template" in block:
        return " ".join(template(block["template"]).render(**values).split())
    return join(block.get("sep", ", "), *(values.get(name, "") for name in block.get("fields", [])))
