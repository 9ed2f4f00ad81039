"""Signing policy: who may sign, what is signed and how a correction becomes a new version. No Qt.

`Workspace.sign_draft`, `Workspace.correct` and `Workspace.signer` (app.workspace.core) sign a finished
form and keep the signed PDF as its next version; a signed form is final, a correction is a new draft
whose parent is the form. This module signs what the command line exports from a file (nothing is
kept), and re-exports the values the UI and the command line need (verdicts, errors), so that neither
imports the export layer or the store.
"""

from __future__ import annotations

from app.store.keys import KeyFileError, cert_info, load_pem_certificates  # noqa: F401

_LAZY = {name: "app.export.signing" for name in (
    "INVALID", "STATUS_TEXT", "UNSIGNED", "UNTRUSTED", "VALID", "Pkcs11KeyRef", "Signer", "SigningError", "Verdict",
    "load_signer", "make_test_pki")}


def __getattr__(name: str):
    """The export layer's values re-exported here, imported when first asked for (start-up does not
    pay for reportlab and pyHanko)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def sign_form_pdf(pdf: bytes, signer, definition, name: str, office: str) -> bytes:
    """Sign a form's rendered PDF: the visible box on the form's signature place (none on a card)."""
    from app.export.signing import sign_pdf, signature_label

    card = (definition.print_layout or {}).get("page") == "card"
    return sign_pdf(pdf, signer, name, office, visible=not card, label=signature_label(definition))


class SigningCases:
    """Signing use cases of the Workspace beside sign_draft/correct (mixed into app.workspace.core.Workspace)."""

    def sign_exported(self, pdf: bytes, signer, definition, data: dict, name: str | None = None,
                      office: str | None = None) -> bytes:
        """Sign a PDF exported from a file (not a saved form: nothing is recorded or kept)."""
        name, office = self.stamp_identity(definition, data, signer, name, office)
        return sign_form_pdf(pdf, signer, definition, name, office)

    def sign_file(self, pdf: bytes, signer, definition=None, name: str | None = None,
                  office: str | None = None) -> bytes:
        """Sign any PDF: as a form's when `definition` (the form it was exported from) is known, else with
        the box at the bottom of the last page; name and office from the arguments, else Nastavitve."""
        if definition is not None:
            name, office = self.stamp_identity(definition, {}, signer, name, office)
            return sign_form_pdf(pdf, signer, definition, name, office)
        from app.export.signing import sign_pdf

        name = name or self.settings.get("official") or signer.name
        office = office if office is not None else self.settings.office
        return sign_pdf(pdf, signer, name, office, visible=True, label=None)
