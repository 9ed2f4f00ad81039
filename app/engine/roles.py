"""Roles and what each may do. Pure Python: the workspace enforces it, the UI and CLI ask it what to show."""

from __future__ import annotations

ROLES = ("official", "supervisor", "administrator")

#: Names shown to users.
ROLE_NAMES = {
    "official": "uradna oseba",
    "supervisor": "nadzornik",
    "administrator": "skrbnik",
}

#: Every permission, with the words an error uses for it ("Za <words> potrebujete vlogo …").
PERMISSIONS = {
    "fill": "izpolnjevanje obrazcev in vodenje registra",
    "sign": "podpisovanje obrazcev",
    "print": "tiskanje",
    "export": "izvoz obrazcev",
    "void": "razveljavitev izdane izkaznice",
    "correct_signed": "popravek podpisanega obrazca z novo različico",
    "reopen": "ponovno odpiranje zaključenega obrazca",
    "audit": "pregled revizijske sledi",
    "retention": "pregled in izbris podatkov po poteku roka hrambe",
    "subject_export": "izpis podatkov za posameznika",
    "backup": "varnostne kopije in obnovo",
    "transfer": "prenos podatkov postaje v osrednji register",
    "accounts": "upravljanje uporabniških računov",
    "codelists": "urejanje šifrantov",
    "retention_settings": "nastavitve rokov hrambe",
    "settings": "nastavitve postaje",
}

_OFFICIAL = {"fill", "sign", "print", "export"}
_SUPERVISOR = _OFFICIAL | {"void", "correct_signed", "reopen", "audit", "retention", "subject_export", "backup",
                             "transfer"}
_ADMINISTRATOR = _SUPERVISOR | {"accounts", "codelists", "retention_settings", "settings"}

GRANTS: dict[str, frozenset[str]] = {
    "official": frozenset(_OFFICIAL),
    "supervisor": frozenset(_SUPERVISOR),
    "administrator": frozenset(_ADMINISTRATOR),
}


class NotAllowed(Exception):
    """The user's role does not allow the action; the message names the role that does."""

    def __init__(self, permission: str, role: str):
        self.permission = permission
        self.role = role
        needed = lowest_role(permission)
        what = PERMISSIONS.get(permission, permission)
        super().__init__(f"Za {what} potrebujete vlogo »{ROLE_NAMES.get(needed, needed)}« (vaša vloga: "
                         f"{ROLE_NAMES.get(role, role)}); prosite nadzornika ali skrbnika, naj to opravi ali vam "
                         f"dodeli vlogo.")


def can(role: str, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return permission in GRANTS.get(role, frozenset())


def lowest_role(permission: str) -> str:
    """The least role that has the permission."""
    return next((role for role in ROLES if permission in GRANTS[role]), "administrator")


def require(role: str, permission: str) -> None:
    if not can(role, permission):
        raise NotAllowed(permission, role)
