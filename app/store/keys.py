"""Signing keys, trusted certification authorities and signed documents (versions). No Qt.

A key is either a PKCS#12 file kept exactly as imported (the private key stays encrypted under its
passphrase; the passphrase itself is never stored) or a reference to a key on a smart card or token
(`pkcs11_uri`). Trust is explicit: only the CA certificates imported here are trusted; the product
trusts nothing by default. A signed document is final: its versions are kept, a correction is a new
version that refers to the previous one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # annotations only: importing sqlite-utils costs ~130 ms at start
    import sqlite_utils

from app.store import audit
from app.store.drafts import DraftNotFound, now
from app.store.settings import Settings

PKCS12, PKCS11 = "pkcs12", "pkcs11"


class KeyFileError(ValueError):
    """A PKCS#12 file cannot be used: not a PKCS#12, wrong passphrase, no private key …"""


class KeyNotFound(LookupError):
    def __init__(self, fingerprint: str):
        super().__init__(f"ključa s prstnim odtisom {fingerprint} ni med uvoženimi ključi")
        self.fingerprint = fingerprint


# --- certificates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CertInfo:
    """What a certificate says about its holder, as text for lists and messages."""

    common_name: str
    subject: str
    issuer: str
    serial: str
    fingerprint: str  # SHA-256 of the DER certificate, lower-case hex
    not_before: dt.datetime  # UTC
    not_after: dt.datetime  # UTC
    is_ca: bool = False


def cert_info(cert) -> CertInfo:
    """CertInfo of a `cryptography` certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    try:
        is_ca = bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        is_ca = False
    return CertInfo(
        common_name=str(names[0].value) if names else cert.subject.rfc4514_string(),
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        serial=format(cert.serial_number, "x"),
        fingerprint=hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        is_ca=is_ca,
    )


def show_date(moment: dt.datetime) -> str:
    """dd. mm. yyyy in local time (as dates print on the forms)."""
    return moment.astimezone().strftime("%d. %m. %Y")


def _passphrase_bytes(passphrase: str | bytes | None) -> bytes | None:
    if passphrase is None or passphrase in ("", b""):
        return None
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def read_p12(p12: bytes, passphrase: str | bytes | None, label: str = ""):
    """(private key, certificate, other certificates) of a PKCS#12 file, opened with the passphrase.

    Raises KeyFileError with a one-line Slovenian reason: not a PKCS#12 file, wrong passphrase, no key.
    """
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.primitives.serialization import pkcs12

    name = f" »{label}«" if label else ""
    try:
        pfx = asn1_pkcs12.Pfx.load(bytes(p12))
        pfx["version"].native, pfx["auth_safe"]["content_type"].native  # noqa: B018 (parse now)
    except Exception:
        raise KeyFileError(f"Datoteka{name} ni ključ PKCS#12 (.p12, .pfx) ali pa je poškodovana.") from None
    try:
        key, cert, others = pkcs12.load_key_and_certificates(bytes(p12), _passphrase_bytes(passphrase))
    except ValueError:
        raise KeyFileError(f"Napačno geslo za ključ{name}; vnesite geslo, ki ste ga dobili s ključem.") from None
    except Exception as exc:  # an unsupported algorithm and the like
        raise KeyFileError(f"Ključa{name} ni mogoče odpreti ({exc}).") from None
    if key is None or cert is None:
        raise KeyFileError(f"V datoteki{name} ni zasebnega ključa s potrdilom; uvozite datoteko .p12 uradne osebe.")
    return key, cert, list(others or [])


def load_pem_certificates(data: str | bytes):
    """Every certificate in PEM text (one or more) or a DER file, as `cryptography` certificates."""
    from cryptography import x509

    raw = data.encode("ascii", "ignore") if isinstance(data, str) else bytes(data)
    try:
        if b"-----BEGIN" in raw:
            certs = x509.load_pem_x509_certificates(raw)
        else:
            certs = [x509.load_der_x509_certificate(raw)]
    except ValueError:
        raise KeyFileError("Datoteka ni potrdilo X.509 (PEM ali DER).") from None
    if not certs:
        raise KeyFileError("V datoteki ni nobenega potrdila.")
    return certs


# --- records --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyRecord:
    id: str
    kind: str  # pkcs12 | pkcs11
    label: str
    subject: str
    issuer: str
    serial: str
    fingerprint: str
    not_before: str | None
    not_after: str | None
    official: str
    imported_at: str
    pkcs11_uri: str | None = None
    p12: bytes | None = None  # only from get()


@dataclass(frozen=True)
class TrustedCA:
    fingerprint: str
    subject: str
    pem: str
    imported_at: str


@dataclass(frozen=True)
class SignedDocument:
    id: str
    draft_id: str
    form_code: str
    version: int
    previous_id: str | None
    sha256: str
    signer: str
    key_fingerprint: str
    signed_at: str
    official: str
    station_id: str
    pdf: bytes | None = None  # only from get() / latest()


_KEY_COLUMNS = ("id, kind, label, subject, issuer, serial, fingerprint, not_before, not_after, official, imported_at,"
                " pkcs11_uri")


class KeyStore:
    """The officials' signing keys and the trusted CAs of this station."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings | None = None):
        self.db = db
        self.settings = settings or Settings(db)

    # keys -----------------------------------------------------------------------------------------
    def import_p12(self, p12: bytes, passphrase: str | bytes | None, label: str = "",
                   official: str | None = None) -> KeyRecord:
        """Check the file opens with the passphrase and keep it AS IS (never the passphrase).

        An expired certificate is refused; importing the same certificate again replaces the file."""
        _key, cert, _others = read_p12(p12, passphrase, label)
        info = cert_info(cert)
        if info.not_after < dt.datetime.now(dt.timezone.utc):
            raise KeyFileError(f"Potrdilo ključa je poteklo {show_date(info.not_after)} (veljalo je od "
                               f"{show_date(info.not_before)} do {show_date(info.not_after)}); uvozite veljavno potrdilo.")
        return self._upsert(PKCS12, info, label or info.common_name, official, p12=bytes(p12))

    def add_pkcs11(self, uri: str, certificate: str | bytes, label: str = "", official: str | None = None) -> KeyRecord:
        """Register a key on a smart card or token: its PKCS#11 URI and its certificate (PEM or DER)."""
        if not uri.startswith("pkcs11:"):
            raise KeyFileError("Naslov ključa na kartici mora biti URI PKCS#11 (pkcs11:…).")
        info = cert_info(load_pem_certificates(certificate)[0])
        return self._upsert(PKCS11, info, label or info.common_name, official, uri=uri)

    def _upsert(self, kind: str, info: CertInfo, label: str, official: str | None, p12: bytes | None = None,
                uri: str | None = None) -> KeyRecord:
        with self.db.write():
            self.db.execute(
                "INSERT INTO signing_keys (id, kind, label, subject, issuer, serial, fingerprint, not_before, not_after,"
                " p12, pkcs11_uri, official, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (fingerprint) DO UPDATE SET kind = excluded.kind, label = excluded.label,"
                " p12 = excluded.p12, pkcs11_uri = excluded.pkcs11_uri, official = excluded.official,"
                " imported_at = excluded.imported_at",
                [str(uuid.uuid4()), kind, label, info.subject, info.issuer, info.serial, info.fingerprint,
                 info.not_before.isoformat(), info.not_after.isoformat(), p12, uri,
                 official if official is not None else self.settings.official, now()])
            audit.record(self.db, "key", target="signing_key", target_id=info.fingerprint[:16],
                         detail={"change": "imported", "kind": kind})
        return self.get(info.fingerprint)

    def list(self) -> list[KeyRecord]:
        rows = self.db.execute(f"SELECT {_KEY_COLUMNS} FROM signing_keys ORDER BY imported_at DESC").fetchall()
        return [KeyRecord(*row) for row in rows]

    def get(self, fingerprint: str) -> KeyRecord:
        """The key (with its PKCS#12 bytes); a unique prefix of the fingerprint is enough."""
        fingerprint = fingerprint.lower().replace(":", "").strip()
        rows = self.db.execute(f"SELECT {_KEY_COLUMNS}, p12 FROM signing_keys WHERE fingerprint LIKE ? || '%'",
                               [fingerprint]).fetchall() if len(fingerprint) >= 8 else []
        if len(rows) != 1:
            raise KeyNotFound(fingerprint)
        return KeyRecord(*rows[0])

    def remove(self, fingerprint: str) -> None:
        record = self.get(fingerprint)
        with self.db.write():
            self.db.execute("DELETE FROM signing_keys WHERE fingerprint = ?", [record.fingerprint])
            audit.record(self.db, "key", target="signing_key", target_id=record.fingerprint[:16],
                         detail={"change": "removed"})

    # trust ----------------------------------------------------------------------------------------
    def trust_ca(self, pem: str | bytes) -> list[TrustedCA]:
        """Trust the CA certificates in the file (PEM, one or more, or DER). An end-entity certificate
        is refused: trusting a signer's own (e.g. self-signed) certificate would make it look valid."""
        from cryptography.hazmat.primitives import serialization

        certs = load_pem_certificates(pem)
        infos = [cert_info(c) for c in certs]
        for info in infos:
            if not info.is_ca:
                raise KeyFileError(f"Potrdilo »{info.common_name}« ni potrdilo overitelja (CA); zaupati je mogoče "
                                   "le izdajatelju potrdil, ne posameznemu podpisniku.")
        with self.db.write():
            for cert, info in zip(certs, infos):
                self.db.execute(
                    "INSERT INTO trusted_cas (fingerprint, subject, pem, imported_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (fingerprint) DO NOTHING",
                    [info.fingerprint, info.subject, cert.public_bytes(serialization.Encoding.PEM).decode("ascii"), now()])
                audit.record(self.db, "key", target="trusted_ca", target_id=info.fingerprint[:16],
                             detail={"change": "trusted"})
        return [ca for ca in self.trusted() if ca.fingerprint in {i.fingerprint for i in infos}]

    def untrust(self, fingerprint: str) -> None:
        with self.db.write():
            self.db.execute("DELETE FROM trusted_cas WHERE fingerprint = ?", [fingerprint.lower()])
            audit.record(self.db, "key", target="trusted_ca", target_id=fingerprint.lower()[:16],
                         detail={"change": "untrusted"})

    def trusted(self) -> list[TrustedCA]:
        rows = self.db.execute("SELECT fingerprint, subject, pem, imported_at FROM trusted_cas"
                               " ORDER BY imported_at").fetchall()
        return [TrustedCA(*row) for row in rows]

    def trusted_pems(self) -> list[str]:
        return [ca.pem for ca in self.trusted()]


_SIGNED_COLUMNS = ("id, draft_id, form_code, version, previous_id, sha256, signer, key_fingerprint, signed_at, official,"
                   " station_id")


class SignedDocuments:
    """Signed PDFs, kept for good. Versions count along a form's corrections: a correction (a new
    draft of the same form whose parent is the signed draft) signs as the next version."""

    def __init__(self, db: sqlite_utils.Database, settings: Settings | None = None):
        self.db = db
        self.settings = settings or Settings(db)

    def record(self, draft_id: str, pdf: bytes, signer: str, key_fingerprint: str) -> str:
        """Keep a signed PDF of the draft as the next version; return its id."""
        doc_id = str(uuid.uuid4())
        with self.db.write():
            row = self.db.execute("SELECT form_code FROM drafts WHERE id = ?", [draft_id]).fetchone()
            if row is None:
                raise DraftNotFound(draft_id)
            previous = self._newest_in_lineage(draft_id)
            version = previous[1] + 1 if previous else 1
            self.db.execute(
                f"INSERT INTO signed_documents ({_SIGNED_COLUMNS}, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc_id, draft_id, row[0], version, previous[0] if previous else None, hashlib.sha256(pdf).hexdigest(),
                 signer, key_fingerprint, now(), self.settings.official, self.settings.station_id, pdf])
            audit.record(self.db, "sign", target="draft", target_id=draft_id, form_code=row[0],
                         detail={"version": version, "signed_id": doc_id, "key": key_fingerprint[:16]})
        return doc_id

    def _lineage(self, draft_id: str) -> list[str]:
        """The draft and the drafts it corrects (same form, via parent_id), oldest first."""
        chain: list[str] = []
        current: str | None = draft_id
        form_code = None
        while current and current not in chain:
            row = self.db.execute("SELECT form_code, parent_id FROM drafts WHERE id = ?", [current]).fetchone()
            if row is None or (form_code is not None and row[0] != form_code):
                break  # a form issued from another form (ZZ-2 from ZZ-1) is not a correction of it
            form_code = row[0]
            chain.append(current)
            current = row[1]
        return list(reversed(chain))

    def _newest_in_lineage(self, draft_id: str) -> tuple[str, int] | None:
        lineage = self._lineage(draft_id)
        if not lineage:
            return None
        marks = ", ".join("?" * len(lineage))
        return self.db.execute(f"SELECT id, version FROM signed_documents WHERE draft_id IN ({marks})"
                               " ORDER BY version DESC, signed_at DESC LIMIT 1", lineage).fetchone()

    def versions(self, draft_id: str) -> list[SignedDocument]:
        """Every signed version of the form: of the drafts it corrects and of the draft itself, oldest first."""
        lineage = self._lineage(draft_id)
        if not lineage:
            return []
        marks = ", ".join("?" * len(lineage))
        rows = self.db.execute(f"SELECT {_SIGNED_COLUMNS} FROM signed_documents WHERE draft_id IN ({marks})"
                               " ORDER BY version, signed_at", lineage).fetchall()
        return [SignedDocument(*row) for row in rows]

    def latest(self, draft_id: str) -> SignedDocument | None:
        """The newest signed PDF of this draft itself (None when it was never signed)."""
        row = self.db.execute(f"SELECT {_SIGNED_COLUMNS}, pdf FROM signed_documents WHERE draft_id = ?"
                              " ORDER BY version DESC, signed_at DESC LIMIT 1", [draft_id]).fetchone()
        return SignedDocument(*row) if row else None

    def get(self, doc_id: str) -> SignedDocument:
        row = self.db.execute(f"SELECT {_SIGNED_COLUMNS}, pdf FROM signed_documents WHERE id = ?", [doc_id]).fetchone()
        if row is None:
            raise LookupError(f"podpisanega dokumenta {doc_id} ni v zbirki")
        return SignedDocument(*row)

    def is_signed(self, draft_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM signed_documents WHERE draft_id = ? LIMIT 1", [draft_id]).fetchone() is not None

    def latest_versions(self, draft_ids: Iterable[str]) -> dict[str, int]:
        """{draft id: its newest signed version} for the signed ones among `draft_ids` — one query for a
        whole page of a list (SQLite's limit on parameters is respected in chunks of 500)."""
        ids = list(dict.fromkeys(draft_ids))
        out: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT draft_id, MAX(version) FROM signed_documents WHERE draft_id IN ({marks})"
                                       " GROUP BY draft_id", chunk).fetchall())
        return out
