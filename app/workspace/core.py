"""The workspace: one database and the form catalogue, and what users do with them. No Qt.

Both the command line and the GUI call this layer; it joins the engine, the store and export.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.engine import default_catalog
from app.engine.catalog import Catalog
from app.engine.definition import FormDefinition
from app.engine.photo import crop_photo, prepare
from app.engine.roles import NotAllowed, can
from app.engine.rules import Finding
from app.engine.schema import initial_data
from app.workspace.errors import AccountDisabled, FormHasErrors
from app.engine.validate import has_errors, validate
from app.paths import default_db_path
from app.store import Draft, DraftStore, audit, open_store
from app.store.accounts import Account, AccountError, Accounts
from app.store.register import Register
from app.store.vault import KdfParams, Vault, VaultError
from app.workspace.backup import BackupCases
from app.workspace.deadlines import DeadlineCases
from app.workspace.exporting import ExportCases
from app.workspace.family import FamilyCases
from app.workspace.printing import PrintCases
from app.workspace.records import RecordsAccess
from app.workspace.retention import RetentionCases
from app.workspace.signing import SigningCases
from app.workspace.statistics import StatisticsCases
from app.workspace.subject import SubjectCases
from app.workspace.transfer import TransferCases


class Workspace(RecordsAccess, ExportCases, SigningCases, PrintCases, BackupCases, RetentionCases, SubjectCases,
                TransferCases, StatisticsCases, DeadlineCases, FamilyCases):
    """One logged-in user's view of one encrypted database: every use case, the UI's and the command line's.
    The use cases of a kind live in their own module of this package (retention, backup, subject,
    signing, exporting, printing, records, transfer), mixed in here.

    Open it with `login` (or `first_start` on a new station); the constructor takes the data key that
    the vault unwrapped and the account's user name."""

    def __init__(self, db_path: str | Path | None = None, catalog: Catalog | None = None, *, key: bytes, user: str,
                 vault: Vault | None = None, signing=None, box_public: str | None = None):
        self.path = Path(db_path) if db_path else default_db_path()
        self.catalog = catalog or default_catalog()
        self.vault = vault or Vault(self.path)
        self.db = open_store(self.path, key)
        try:
            self.accounts = Accounts(self.db)
            self.account: Account = self.accounts.get(user)
            if not self.account.active:
                raise AccountDisabled(f"Uporabniški račun »{self.account.username}« je izklopljen; "
                                      f"za ponoven vklop prosite skrbnika.")
        except BaseException:
            self.db.conn.close()
            raise
        self._key = key
        self.drafts = DraftStore(self.db, _TitleFields(self.catalog))
        self.settings = self.drafts.settings
        self.db.actor = {"user": self.account.username, "station": self.settings.station_id,
                         "name": self.account.display_name, "signing": signing}
        self._signing = signing  # the user's audit signing key (app.store.audit), from the key file
        self.register = Register(self.db, self.settings)
        if signing is not None:
            public = audit.public_text(signing)
            if self.accounts.signing_key(self.account.username) != public:  # an older station's first login
                self.accounts.introduce_key(self.account.username, public, "signing_key", box=box_public)

    def close(self) -> None:
        self.db.conn.close()
        self._key = b""
        self._signing = None

    # --- who may do what -----------------------------------------------------------------------
    @property
    def user(self) -> str:
        return self.account.username

    @property
    def role(self) -> str:
        return self.account.role

    def can(self, permission: str) -> bool:
        return can(self.account.role, permission)

    def require(self, permission: str) -> None:
        if not can(self.account.role, permission):
            raise NotAllowed(permission, self.account.role)

    def _refresh_account(self) -> None:
        self.account = self.accounts.get(self.account.username)
        self.db.actor = {**(self.db.actor or {}), "name": self.account.display_name}

    def record(self, action: str, **kwargs) -> str:
        """Write an audit entry on its own (for actions that change nothing stored: export, lock)."""
        return audit.record_now(self.db, action, **kwargs)

    def take_vault_events(self) -> None:
        """Move failed logins and lockouts counted in the key file into the audit trail."""
        events, dropped = self.vault.take_events()
        if not events and not dropped:
            return
        with self.db.write():
            for event in events:
                detail = {k: v for k, v in event.items() if k not in ("action", "user", "at")}
                audit.record(self.db, event["action"], target="account", target_id=event["user"], user=event["user"],
                             at=event["at"], detail=detail)
            if dropped:
                audit.record(self.db, "login_failed", target="account", detail={"dropped_events": dropped})

    # --- accounts ------------------------------------------------------------------------------
    def add_account(self, username: str, display_name: str, role: str, password: str) -> Account:
        """A new account with a first password the user changes at the first login."""
        self.require("accounts")
        from app.store.vault import WeakPassword, normalize_username, password_problem

        problem = password_problem(password, normalize_username(username))
        if problem:
            raise WeakPassword(problem)
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        signing = Ed25519PrivateKey.generate()  # the new user's audit signing key, under their first password
        box = X25519PrivateKey.generate()  # the key their data key is sealed to
        account = self.accounts.create(username, display_name, role, self.settings.station_id, created_by=self.user,
                                       must_change_password=True, signing_key=audit.public_text(signing),
                                       box_key=audit.public_text(box))
        self.vault.set_password(account.username, password, self._key, signing, box)
        return account

    def reset_password(self, username: str, password: str) -> None:
        """An administrator gives a user a new password (to be changed at the next login); nothing is re-encrypted."""
        self.require("accounts")
        account = self.accounts.get(username)
        own = self._signing if account.username == self.user else None
        public, box = self.vault.set_password(account.username, password, self._key, own)
        self.accounts.introduce_key(account.username, public, "keys_reset", box=box)  # the administrator vouches
        self.accounts.update(account.username, must_change_password=True, active=True)
        self.record("password", target="account", target_id=account.username, detail={"change": "reset"})

    def change_password(self, old: str, new: str) -> None:
        """The user's own new password; the old one must be right."""
        opened = self.vault.open(self.user, old)
        public, box = self.vault.set_password(self.user, new, self._key, opened.signing)  # same signing key, re-wrapped
        self.accounts.introduce_key(self.user, public, "password_changed", box=box)  # the new box key, self-signed
        if self.account.must_change_password:
            self.accounts.update(self.user, must_change_password=False)
        self.record("password", target="account", target_id=self.user, detail={"change": "changed"})
        self._refresh_account()

    def set_role(self, username: str, role: str) -> Account:
        self.require("accounts")
        account = self.accounts.update(username, role=role)
        if account.username == self.user:
            self._refresh_account()
        return account

    def set_active(self, username: str, active: bool, progress=None) -> Account:
        """Switch an account off (its password no longer unlocks anything) or on (with reset_password)."""
        self.require("accounts")
        if not active and self.accounts.get(username).username == self.user:
            raise AccountError("Svojega računa ne morete izklopiti; to naj stori drug skrbnik.")
        account = self.accounts.update(username, active=active)
        if not active:
            self.vault.remove(account.username)
            self.rotate_key(reason="account_off", progress=progress)
        return account

    def rotate_key(self, reason: str = "manual", progress=None) -> "KeyRotation":
        """A new data key (an administrator's; also when an account is switched off): the database is
        re-encrypted with it (SQLCipher `PRAGMA rekey`), the key is sealed for every active account and the
        old one forgotten, so an old key file (a backup's copy) with an old password no longer opens the live
        database. `progress(message)` hears the start and the end. See app.workspace.rekey."""
        from app.workspace.rekey import rotate

        self.require("accounts")
        return rotate(self, reason, progress)

    def set_display_name(self, name: str) -> None:
        """The user's own name as printed on forms."""
        if " ".join(name.split()) != self.account.display_name:
            self.accounts.update(self.user, display_name=" ".join(name.split()))
            self._refresh_account()

    def set_station(self, **values: str) -> None:
        """The station's settings (name, office, lock and backup settings): an administrator's."""
        self.require("settings")
        for key, value in values.items():
            if key not in ("station_name", "office", "lock_after_minutes", "backup_folder", "backup_keep",
                           "backup_every_hours", "administrative_unit", "default_place"):
                raise KeyError(key)
            if value != self.settings.get(key):
                self.settings.set(key, value)

    # --- the session ---------------------------------------------------------------------------
    def lock(self, reason: str = "user") -> None:
        """The screen is locked (idle time or the shortcut); signing keys loaded in memory are dropped."""
        self.forget_keys()
        self.record("lock", target="account", target_id=self.user, detail={"reason": reason})
        self.write_anchor()

    def unlock(self, password: str) -> None:
        """Unlock the screen with the user's password (a failure counts towards the lockout)."""
        try:
            key = self.vault.unlock(self.user, password)
        except VaultError:
            self.take_vault_events()
            raise
        if key != self._key:
            raise VaultError("Ključ iz datoteke s ključi ne ustreza odprti zbirki podatkov.")
        self.record("unlock", target="account", target_id=self.user)

    def logout(self) -> None:
        self.forget_keys()
        self.record("logout", target="account", target_id=self.user)
        self.write_anchor()
        self.close()

    def audit_head(self) -> tuple[int, str]:
        """(entries, hash of the newest): the head of the audit chain."""
        return audit.head(self.db)

    def audit_entries(self, **filters) -> list:
        self.require("audit")
        return audit.entries(self.db, **filters)

    def audit_check(self, files=()):
        """Verify the chain, its signatures, and that it extends every anchor found: the local anchor file,
        the newest backup's, and those in `files` (transfer files, signed PDFs, anchor files)."""
        from app.workspace.anchors import audit_check

        self.require("audit")
        return audit_check(self, files)

    def write_anchor(self) -> None:
        """Write the chain's head to the anchor file beside the database (app.store.anchor)."""
        from app.workspace.anchors import write_local

        write_local(self)

    # --- forms ---------------------------------------------------------------------------------
    def definition(self, code: str, version: str | None = None) -> FormDefinition:
        """The form's definition, with this station's code-list entries in its choices."""
        definition = self.catalog.get(code, version)
        changes = self._codelist_changes()
        if not changes:
            return definition
        cache = self.__dict__.setdefault("_applied", {})
        key = (definition.code, definition.version)
        if key not in cache:
            from app.engine import codelists

            cache[key] = codelists.apply(definition, changes)
        return cache[key]

    def definition_of(self, draft: Draft) -> FormDefinition:
        """The definition the draft was filled on (its saved version)."""
        return self.definition(draft.form_code, draft.form_version)

    # --- code lists ----------------------------------------------------------------------------
    def _codelist_changes(self) -> dict[str, dict[str, str]]:
        if "_codelists" not in self.__dict__:
            import json

            rows = self.db.execute("SELECT key, value FROM settings WHERE key LIKE 'codelist.%'").fetchall()
            self.__dict__["_codelists"] = {key.split(".", 1)[1]: json.loads(value) for key, value in rows}
        return self.__dict__["_codelists"]

    def codelist_names(self) -> list[str]:
        from app.engine.catalog import forms_dir

        return sorted(p.stem for p in (forms_dir() / "codelists").glob("*.yaml"))

    def codelist(self, name: str) -> list[tuple[str, str, bool]]:
        """(value, label, changed on this station) of every entry of the code list."""
        from app.engine.catalog import forms_dir
        from app.engine.codelists import merged
        from app.engine.definition import Choice, load_codelist

        if name not in self.codelist_names():
            raise KeyError(f"Šifranta »{name}« ni; so: {', '.join(self.codelist_names())}.")
        base = tuple(Choice(str(i["value"]), str(i["label"])) for i in
                     load_codelist(forms_dir() / "codelist.yaml", name))
        changes = self._codelist_changes().get(name, {})
        return [(c.value, c.label, c.value in changes) for c in merged(base, changes)]

    def set_codelist_entry(self, name: str, value: str, label: str) -> None:
        """Add an entry to a code list, or rename one (an administrator's); values are never removed."""
        import json

        from app.engine.codelists import check_entry

        self.require("codelists")
        self.codelist(name)  # the list exists
        value, label = check_entry(value, label)
        changes = dict(self._codelist_changes().get(name, {}))
        changes[value] = label
        self.settings.set(f"codelist.{name}", json.dumps(changes, ensure_ascii=False, sort_keys=True))
        self.__dict__.pop("_codelists", None)
        self.__dict__.pop("_applied", None)

    # --- drafts --------------------------------------------------------------------------------
    def new_draft(self, code: str, data: dict | None = None) -> Draft:
        """A new draft of form `code`, with the defaults (today, the official, the office) filled in."""
        definition = self.definition(code)
        values = initial_data(definition, official=self.settings.official, office=self.settings.office)
        values.update(data or {})
        self.with_station_defaults(definition, values)
        first_page = definition.sections[0].id
        return self.drafts.create(definition.code, definition.version, values, page=first_page)

    def new_draft_for_person(self, code: str, person_id: str, relative_id: str | None = None) -> Draft:
        """A new draft filled with everything the register knows of the person (and their family);
        with `relative_id`, a form about that family member (ZZ-6, ZZ-7) filed by the person."""
        from app.engine.prefill import from_register

        definition = self.definition(code)
        person = self.register.get(person_id)
        links = self.register.links(person_id)
        relative = None
        if relative_id is not None:
            relative = next((link for link in links if link["id"] == relative_id), None)
            if relative is None:
                relative = self.register.get(relative_id)
        values = initial_data(definition, official=self.settings.official, office=self.settings.office)
        values.update(from_register(definition, person, links, self.register.documents(person_id), relative))
        self.with_station_defaults(definition, values)
        draft = self.drafts.create(definition.code, definition.version, values, page=definition.sections[0].id,
                                   person_id=person_id)
        photo = self.register.photo(person_id)
        photo_field = next((f.id for f in definition.fields.values() if f.type == "photo"), None)
        if photo and photo_field:
            self.drafts.set_photo(draft.id, photo, None, None, values, photo_field)
        return self.drafts.get(draft.id)

    def issue_from(self, source_id: str, code: str) -> Draft:
        """A new form issued from a saved one (ZZ-2 from its ZZ-1, ZZ-4/ZZ-5 from ZZ-3), tied to it."""
        from app.engine.prefill import derive

        source = self.drafts.get(source_id)
        definition = self.definition(code)
        derived = derive(definition, self.definition_of(source), source.data)
        if derived is None:
            raise ValueError(f"obrazca {definition.code} ni mogoče izdati iz obrazca {source.form_code} s temi podatki")
        values = initial_data(definition, official=self.settings.official, office=self.settings.office)
        if source.person_id:  # what the register knows (e.g. the EMŠO), then what the source form says
            from app.engine.prefill import from_register

            values.update(from_register(definition, self.register.get(source.person_id)))
        values.update(derived)
        self.with_station_defaults(definition, values)
        return self.drafts.create(definition.code, definition.version, values, page=definition.sections[0].id,
                                  person_id=source.person_id, parent_id=source.id)

    def register_corrections(self, draft_id: str) -> dict:
        """What the form says differently from the register about its person: {attribute: form value}."""
        from app.engine.prefill import register_corrections

        draft = self.drafts.get(draft_id)
        if not draft.person_id:
            return {}
        return register_corrections(self.definition_of(draft), draft.data, self.register.get(draft.person_id))

    def take_corrections(self, draft_id: str) -> dict:
        """Write the form's corrections back to the register in one step; return what changed."""
        corrections = self.register_corrections(draft_id)
        if corrections:
            self.register.update_person(self.drafts.get(draft_id).person_id, **corrections)
        return corrections

    def offered_forms(self, person_id: str) -> list[tuple[str, str | None]]:
        """The next natural forms for a person: (code, source draft id or None), e.g. ZZ-2 from a ZZ-1."""
        from app.engine.prefill import issued_from, offered_for

        person = self.register.get(person_id)
        filed = self.drafts.for_person(person_id)
        children = {row[0] for row in self.db.execute(
            "SELECT parent_id || ':' || form_code FROM drafts WHERE person_id = ? AND parent_id IS NOT NULL",
            [person_id]).fetchall()}
        out: list[tuple[str, str | None]] = []
        for summary in filed:
            draft = self.drafts.get(summary.id)
            for target in issued_from(self.catalog, self.definition_of(draft), draft.data):
                if f"{draft.id}:{target.code}" not in children:
                    out.append((target.code, draft.id))
        for code in offered_for(self.catalog, person, [f.form_code for f in filed]):
            if all(code != c for c, _ in out):
                out.append((code, None))
        return out

    def attach_photo(self, draft_id: str, file_bytes: bytes, crop: tuple | None = None, data: dict | None = None,
                     photo_field: str = "photo") -> str:
        """Keep the photo (its source scaled down and the 35 x 45 mm cut) with the draft."""
        original, _size = prepare(file_bytes)
        image = crop_photo(original, crop)
        return self.drafts.set_photo(draft_id, image, original, crop, data, photo_field)

    def validate(self, code: str, data: dict, version: str | None = None, today: dt.date | None = None) -> list[Finding]:
        return validate(self.definition(code, version), data, today)

    def finish(self, draft_id: str, today: dt.date | None = None) -> list[Finding]:
        """Mark a draft finished when it has no errors; return the warnings that remain."""
        draft = self.drafts.get(draft_id)
        definition = self.definition_of(draft)
        findings = validate(definition, draft.data, today)
        if has_errors(findings):
            raise FormHasErrors(findings)
        spec = definition.serial
        self.settings.station_id  # may write the setting: before the transaction
        with self.db.batch():  # the serial, the card carrying it and its finishing: all or nothing
            if spec and not draft.data.get(spec["field"]):
                # A card's serial number is issued as it is finished (and saved on the card in the same
                # transaction, so a serial is never issued without being recorded on its card).
                from app.store.serials import SerialBook

                serial = SerialBook(self.db, self.settings).issue(
                    draft.data[spec["office_field"]], draft_id=draft.id, person_id=draft.person_id,
                    official=self.settings.official)
                self.drafts.save(draft.id, {**draft.data, spec["field"]: serial})
            self.drafts.finish(draft_id)
        return findings

    def reopen(self, draft_id: str) -> None:
        """Make a finished, unsigned form editable again (supervisor: a finished form is what was handed over)."""
        self.require("reopen")
        self.drafts.reopen(draft_id)
        self.end_edit(draft_id)  # the changes after reopening are recorded anew

    def void_card(self, draft_id: str, reason: str) -> str:
        """Record a spoiled card's serial as void (never reused) and make the card editable again;
        finishing it again issues a new serial. Returns the voided serial."""
        from app.store.serials import SerialBook

        self.require("void")
        draft = self.drafts.get(draft_id)
        spec = self.definition_of(draft).serial
        serial = draft.data.get(spec["field"]) if spec else None
        if not serial:
            raise ValueError("ta obrazec nima izdane serijske številke")
        SerialBook(self.db, self.settings).void(serial, reason)
        if draft.status == "finished":
            self.drafts.reopen(draft_id)
        data = dict(draft.data)
        data.pop(spec["field"])
        self.drafts.save(draft_id, data)
        return serial


    # --- an open draft ---------------------------------------------------------------------------
    def open_draft(self, draft_id: str):
        """The session of an open draft (values, page, findings, saving): app.workspace.session.DraftSession."""
        from app.workspace.session import DraftSession

        return DraftSession(self, self.drafts.get(draft_id))

    # --- possible duplicates (names in two scripts) -------------------------------------------------
    def possible_duplicates(self, attributes: dict, documents=(), exclude: str | None = None):
        """Persons already in the register who may be the one being entered, each with the reasons
        (app.store.register.PossibleDuplicate): same EMŠO, same document, or same date of birth with a
        name that matches across scripts. Shown before a person is saved; `exclude` is the person edited."""
        return self.register.possible_duplicates(attributes, documents, exclude)


def first_start(db_path: str | Path | None, username: str, password: str, display_name: str,
                catalog: Catalog | None = None, kdf: KdfParams | None = None) -> Workspace:
    """The first start of a station: a new data key, the key file with the first administrator, and the
    database encrypted with the key (an existing unencrypted database from an earlier version is
    encrypted in place)."""
    from app.store.accounts import Accounts
    from app.store.db import encrypt_existing

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.store.vault import normalize_username as vault_name

    path = Path(db_path) if db_path else default_db_path()
    vault = Vault(path, kdf)
    signing = Ed25519PrivateKey.generate()
    key = vault.create(username, password, signing)
    try:
        encrypt_existing(path, key)
        db = open_store(path, key)
        try:
            from app.store.settings import Settings

            Accounts(db).create(username, display_name, "administrator", Settings(db).station_id, created_by=username,
                                signing_key=audit.public_text(signing), box_key=vault.box_keys().get(
                                    vault_name(username)))
        finally:
            db.conn.close()
    except BaseException:
        vault.path.unlink(missing_ok=True)
        raise
    workspace = Workspace(path, catalog, key=key, user=username, vault=vault, signing=signing)
    workspace.record("login", target="account", target_id=workspace.user, detail={"first_start": True})
    workspace.write_anchor()
    return workspace


def login(db_path: str | Path | None, username: str, password: str, catalog: Catalog | None = None,
          kdf: KdfParams | None = None) -> Workspace:
    """Unlock the data key with the user's password and open the workspace as that user."""
    from app.workspace.rekey import open_with_rotation

    path = Path(db_path) if db_path else default_db_path()
    vault = Vault(path, kdf)
    opened = vault.open(username, password)
    workspace = open_with_rotation(
        lambda key: Workspace(path, catalog, key=key, user=username, vault=vault, signing=opened.signing,
                              box_public=opened.entry.get("box_public")), vault, opened)
    try:
        workspace.take_vault_events()
        workspace.record("login", target="account", target_id=workspace.user, detail={"role": workspace.role})
        workspace.write_anchor()
    except BaseException:
        workspace.close()
        raise
    return workspace


class _TitleFields(dict):
    """Form code → the fields that name a draft in lists (read from the definition on demand)."""

    def __init__(self, catalog: Catalog):
        super().__init__()
        self.catalog = catalog

    def get(self, code, default=()):
        if code not in self:
            try:
                self[code] = self.catalog.get(code).title_fields
            except LookupError:
                self[code] = ()
        return dict.get(self, code, default)

