"""Slovenian counts: 1 napaka, 2 napaki, 3 napake, 5 napak."""

from __future__ import annotations


def count_text(n: int, one: str, two: str, few: str, many: str) -> str:
    """`n` with the Slovenian plural form for it (the forms hold "{n}")."""
    rest = n % 100
    form = one if rest == 1 else two if rest == 2 else few if rest in (3, 4) else many
    return form.format(n=n)
