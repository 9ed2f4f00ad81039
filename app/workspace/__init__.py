"""What a user does: every use case of the GUI, the command line and the central server, in one layer.

The UI and the CLI call only this package; it alone reaches the store and the export layer. The plain
values and errors they need from below (a draft's status, the store's errors) are re-exported here.
"""

from app.engine.roles import NotAllowed
from app.store import Draft, DraftSummary, StoreError
from app.store.accounts import AccountError
from app.store.audit import ACTIONS
from app.store.drafts import DRAFT, FINISHED, DraftFinishedError, DraftNotFound, DraftSignedError, fold
from app.store.register import PersonNotFound, RegisterError
from app.store.retention import RetentionError
from app.store.vault import VaultError
from app.workspace.family import FamilyMember, FamilyPaper, MrzError, MrzReading
from app.workspace.core import AccountDisabled, FormHasErrors, Workspace, first_start, login

__all__ = ["ACTIONS", "DRAFT", "FINISHED", "AccountDisabled", "AccountError", "Draft", "DraftFinishedError",
           "DraftNotFound", "DraftSignedError", "DraftSummary", "FamilyMember", "FamilyPaper", "FormHasErrors", "MrzError", "MrzReading", "NotAllowed", "PersonNotFound",
           "RegisterError", "RetentionError", "StoreError", "VaultError", "Workspace", "first_start", "fold", "login"]
