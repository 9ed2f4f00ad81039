"""What a user does: every use case of the GUI, the command line and the central server, in one layer.

The UI and the CLI call only this package; it alone reaches the store and the export layer.
"""

from app.workspace.core import AccountDisabled, FormHasErrors, Workspace, first_start, login

__all__ = ["AccountDisabled", "FormHasErrors", "Workspace", "first_start", "login"]
