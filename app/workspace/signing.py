"""Signing policy: who may sign, what is signed and how a correction becomes a new version. No Qt.

`sign_draft` signs a finished form and keeps the signed PDF as its next version; a signed form is
final, `correct` makes a correction: a new draft whose parent is the form, its next version once signed.
`sign_exported` and `sign_file` sign what the command line exports or is given (nothing is kept). Every
form's PDF is signed through `sign_form_pdf`. The values the UI and the command line need (verdicts,
errors) are re-exported here, so that neither imports the export layer or the store.
"""

from __future__ import annotations

import functools

from app.store import Draft
from app.store.keys import KeyFileError, cert_info, load_pem_certificates  # noqa: F401

_LAZY = frozenset((
    "INVALID", "STATUS_TEXT", "UNSIGNED", "UNTRUSTED", "VALID", "Pkcs11KeyRef", "Signer", "SigningError", "Verdict",
    "load_signer", "make_test_pki"))


def __getattr__(name: str):
    """The export layer's values re-exported here, imported when first asked for (start-up does not
    pay for reportlab and pyHanko)."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from app.export import signing

    return getattr(signing, name)


def sign_form_pdf(pdf: bytes, signer, definition, name: str, office: str, info: dict | None = None) -> bytes:
    """Sign a form's rendered PDF: the visible box on the form's signature place (none on a card)."""
    from app.export.signing import sign_pdf, signature_label

    card = (definition.print_layout or {}).get("page") == "card"
    return sign_pdf(pdf, signer, name, office, visible=not card, label=signature_label(definition), info=info)


def _anchor_info(db) -> dict:
    """The audit trail's head for a signed PDF's document information (app.store.anchor)."""
    from app.store import anchor

    return {anchor.INFO_KEY: anchor.pdf_info_value(anchor.current(db))}


class SigningCases:
    """Signing use cases of the Workspace (mixed into app.workspace.core.Workspace): the officials' keys,
    signing a finished form (the "sign" permission; a signed form is final), verifying, corrections as
    new versions (the "correct_signed" permission), and signing PDFs exported from files."""

    @functools.cached_property
    def keys(self):
        """The officials' signing keys and the trusted CAs (app.store.keys.KeyStore)."""
        from app.store.keys import KeyStore

        return KeyStore(self.db, self.settings)

    @functools.cached_property
    def signed(self):
        """Signed PDFs and their versions (app.store.keys.SignedDocuments)."""
        from app.store.keys import SignedDocuments

        return SignedDocuments(self.db, self.settings)

    def signer(self, key, passphrase: str | bytes | None = None):
        """A loaded signer for `key`: PKCS#12 bytes, the fingerprint of an imported key, a Pkcs11KeyRef
        or a Signer. Loaded once per session (RSA keys are re-validated on every load); the passphrase
        is never stored — the cache only remembers a keyed hash of it, in memory, to reuse the key."""
        import hashlib
        import hmac
        import secrets

        from app.export.signing import Pkcs11KeyRef, Signer, load_signer

        if isinstance(key, Signer):
            return key
        if isinstance(key, str):
            record = self.keys.get(key)
            key = Pkcs11KeyRef(record.pkcs11_uri) if record.kind == "pkcs11" else record.p12
        cache = self.__dict__.setdefault("_signers", {})
        salt = self.__dict__.setdefault("_signer_salt", secrets.token_bytes(16))
        secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else (passphrase or b"")
        ident = key.uri.encode("utf-8") if isinstance(key, Pkcs11KeyRef) else hashlib.sha256(bytes(key)).digest()
        cache_key = hmac.new(salt, ident + b"\0" + secret, hashlib.sha256).digest()
        if cache_key not in cache:
            if isinstance(key, Pkcs11KeyRef):
                cache[cache_key] = key.load_signer(passphrase.decode() if isinstance(passphrase, bytes) else passphrase)
            else:
                cache[cache_key] = load_signer(bytes(key), passphrase)
        return cache[cache_key]

    def forget_keys(self) -> None:
        """Drop the keys loaded in this session (e.g. when the official steps away)."""
        self.__dict__.pop("_signers", None)

    def stamp_identity(self, definition, data: dict, signer, name: str | None = None,
                       office: str | None = None) -> tuple[str, str]:
        """(name, office) for the visible signature: given, else the official set in Nastavitve (else the
        certificate's name), and the form's own office field (else the office in Nastavitve)."""
        if not name:
            name = self.settings.get("official") or signer.name
        if office is None:
            office_fields = [f.id for f in definition.fields.values() if getattr(f, "default", None) == "office"]
            office = next((str(data[f]) for f in office_fields if str(data.get(f) or "").strip()), "") \
                or self.settings.office
        return name, office

    def sign_draft(self, draft_id: str, key, passphrase: str | bytes | None = None, name: str | None = None,
                   office: str | None = None) -> bytes:
        """Sign a finished form (PAdES B-B, visible box on its signature place) and keep the signed PDF
        as its next version; return the PDF. A wrong passphrase or an expired key writes nothing."""
        from app.export.signing import SigningError
        from app.store.drafts import FINISHED

        self.require("sign")
        draft = self.drafts.get(draft_id)
        if draft.status != FINISHED:
            raise SigningError("Podpisati je mogoče le zaključen obrazec; obrazec najprej zaključite.")
        signer = self.signer(key, passphrase)
        definition = self.definition_of(draft)
        name, office = self.stamp_identity(definition, draft.data, signer, name, office)
        pdf = sign_form_pdf(self.export_pdf(draft_id), signer, definition, name, office, _anchor_info(self.db))
        self.signed.record(draft_id, pdf, signer.name, signer.fingerprint)
        self.write_anchor()
        return pdf

    def verify(self, pdf: bytes, extra_trust=None):
        """The verdict on a signed PDF, trusting the CAs imported on this station and `extra_trust` (PEMs)."""
        from app.export.signing import verify_pdf

        return verify_pdf(pdf, self.keys.trusted_pems() + list(extra_trust or []))

    def correct(self, draft_id: str) -> Draft:
        """A correction of a finished (signed) form: a NEW draft with the same data and photo whose
        parent is the form; once signed it becomes the next version. The original stays as it is."""
        from app.store.drafts import FINISHED

        self.require("correct_signed")
        draft = self.drafts.get(draft_id)
        if draft.status != FINISHED:
            raise ValueError(f"obrazec {draft_id} še ni zaključen; osnutek lahko popravite kar v njem")
        definition = self.definition_of(draft)
        new = self.drafts.create(draft.form_code, draft.form_version, draft.data, page=definition.sections[0].id,
                                 person_id=draft.person_id, parent_id=draft.id)
        photo = self.drafts.photo(draft_id)
        if photo:
            photo_field = next((f.id for f in definition.fields.values() if f.type == "photo"), "photo")
            self.drafts.set_photo(new.id, photo[0], photo[1], photo[2], dict(draft.data), photo_field)
        return self.drafts.get(new.id)

    def signed_pdf(self, draft_id: str) -> bytes | None:
        """The newest signed PDF of the form, or None when it is not signed."""
        latest = self.signed.latest(draft_id)
        return latest.pdf if latest else None

    def sign_exported(self, pdf: bytes, signer, definition, data: dict, name: str | None = None,
                      office: str | None = None) -> bytes:
        """Sign a PDF exported from a file (not a saved form: nothing is recorded or kept)."""
        name, office = self.stamp_identity(definition, data, signer, name, office)
        return sign_form_pdf(pdf, signer, definition, name, office, _anchor_info(self.db))

    def sign_file(self, pdf: bytes, signer, definition=None, name: str | None = None,
                  office: str | None = None) -> bytes:
        """Sign any PDF: as a form's when `definition` (the form it was exported from) is known, else with
        the box at the bottom of the last page; name and office from the arguments, else Nastavitve."""
        if definition is not None:
            name, office = self.stamp_identity(definition, {}, signer, name, office)
            return sign_form_pdf(pdf, signer, definition, name, office, _anchor_info(self.db))
        from app.export.signing import sign_pdf

        name = name or self.settings.get("official") or signer.name
        office = office if office is not None else self.settings.office
        return sign_pdf(pdf, signer, name, office, visible=True, label=None, info=_anchor_info(self.db))
