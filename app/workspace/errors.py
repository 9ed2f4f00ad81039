"""What a use case refuses with, shared by the Workspace and the draft session."""

from __future__ import annotations

from app.engine.rules import Finding


class FormHasErrors(Exception):
    """A form with errors cannot be finished; `findings` lists them."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        errors = [f for f in findings if f.severity == "error"]
        super().__init__(f"obrazec ima {len(errors)} napak: " + "; ".join(f.message for f in errors[:3]))


class AccountDisabled(Exception):
    """The account exists but an administrator has switched it off."""
