"""What a user does: every use case of the GUI, the command line and the central server, in one layer.

The UI and the CLI call only this package; it alone reaches the store and the export layer. The plain
values and errors they need from below (a draft's status, the store's errors) are re-exported here.

The names are loaded when first asked for (PEP 562): the login screen imports only what a login needs
(`app.workspace.accounts`), not every use case, so it takes input sooner; the rest loads at the login.
"""

from __future__ import annotations

from app.lazy import lazy_exports

#: each exported name and the module that defines it
_WHERE = {
    "NotAllowed": "app.engine.roles",
    "Draft": "app.store", "DraftSummary": "app.store", "StoreError": "app.store",
    "AccountError": "app.store.accounts",
    "ACTIONS": "app.store.audit",
    "DRAFT": "app.store.drafts", "FINISHED": "app.store.drafts", "DraftFinishedError": "app.store.drafts",
    "DraftNotFound": "app.store.drafts", "DraftSignedError": "app.store.drafts", "fold": "app.store.drafts",
    "PersonNotFound": "app.store.register", "RegisterError": "app.store.register",
    "RetentionError": "app.store.retention",
    "VaultError": "app.store.vault",
    "FamilyMember": "app.workspace.family", "FamilyPaper": "app.workspace.family", "MrzError": "app.workspace.family",
    "MrzReading": "app.workspace.family",
    "AccountDisabled": "app.workspace.core", "FormHasErrors": "app.workspace.core", "Workspace": "app.workspace.core",
    "first_start": "app.workspace.core", "login": "app.workspace.core",
}

__all__ = sorted(_WHERE)


__getattr__, __dir__ = lazy_exports("app.workspace", _WHERE, globals())
