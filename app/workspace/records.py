"""What the UI and the command line read and write through the Workspace instead of reaching into its
stores (`workspace.drafts`, `.register`, `.signed`, `.keys`, `.settings`, `.accounts`, `.print_log`). No Qt.

The methods of `RecordsAccess` are the Workspace's; each is one store call, so the stores stay an
implementation detail of the workspace layer.
"""

from __future__ import annotations

import contextlib
import time
from typing import Iterable, Iterator

from app.store import Draft, DraftSummary


#: the station settings new forms start from, asked at the first start (Nastavitve changes them):
#: the office's heading stamp (fields with `default: office`), the administrative unit (a value of the
#: code list upravne-enote: every field on that code list) and the default place (fields named `place`)
STATION_DEFAULTS = ("office", "administrative_unit", "default_place")
ADMINISTRATIVE_UNITS = "upravne-enote"


def administrative_units() -> list[tuple[str, str]]:
    """(value, label) of the code list of administrative units as shipped (before any station exists)."""
    from app.engine.catalog import forms_dir
    from app.engine.definition import load_codelist

    return [(str(i["value"]), str(i["label"])) for i in load_codelist(forms_dir() / "codelist.yaml",
                                                                       ADMINISTRATIVE_UNITS)]


# An editing burst of a draft ends when it has not been saved for this long (or is left, finished, reopened).
EDIT_BURST_SECONDS = 60.0


class RecordsAccess:
    """The stored records, read and written through the Workspace (mixed into app.workspace.core.Workspace)."""

    # The clock of editing bursts (a test may replace it); {draft id: (fields recorded, last save)}.
    _burst_clock = staticmethod(time.monotonic)

    # --- the database ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def waiting(self, seconds: float | None) -> Iterator[None]:
        """What runs inside waits at most `seconds` for a database another program holds (None: the
        store's usual wait, 5 s), e.g. the wizard's keystrokes: `with workspace.waiting(0.25): workspace.save(…)`."""
        with self.db.waiting(seconds):
            yield

    # --- station settings ------------------------------------------------------------------------
    def station_setting(self, key: str, default: str = "") -> str:
        """A setting of the station as stored (e.g. "lock_after_minutes", "official"), or `default`."""
        return self.settings.get(key, default)

    def station_defaults(self) -> dict[str, str]:
        """{key: value} of the station settings new forms start from (STATION_DEFAULTS), "" when unset."""
        return {key: self.settings.get(key, "") for key in STATION_DEFAULTS}

    def with_station_defaults(self, definition, values: dict) -> dict:
        """`values` with the station's administrative unit in every empty field on the code list of
        administrative units (ZZ-8's *Upravna enota*) and its default place in an empty `place` field."""
        unit, place = self.settings.get("administrative_unit", ""), self.settings.get("default_place", "")
        for field in definition.fields.values():
            if values.get(field.id) not in (None, ""):
                continue
            if unit and getattr(field, "codelist", None) == ADMINISTRATIVE_UNITS:
                values[field.id] = unit
            elif place and field.id == "place" and field.type in ("text", "line", "place"):
                values[field.id] = place
        return values

    @property
    def station_name(self) -> str:
        return self.settings.station_name

    @property
    def office(self) -> str:
        """The issuing office as on its heading stamp (Nastavitve)."""
        return self.settings.office

    # --- drafts ----------------------------------------------------------------------------------
    def draft(self, draft_id: str) -> Draft:
        """The draft or form with this id (DraftNotFound when there is none)."""
        return self.drafts.get(draft_id)

    def list_drafts(self, search: str | None = None, form_code: str | None = None, status: str | None = None,
                    limit: int = 200, offset: int = 0, after: DraftSummary | None = None) -> list[DraftSummary]:
        """Drafts and forms, newest change first (see DraftStore.list)."""
        return self.drafts.list(search, form_code, status, limit=limit, offset=offset, after=after)

    def count_drafts(self, search: str | None = None, form_code: str | None = None,
                     status: str | None = None) -> int:
        return self.drafts.count(search, form_code, status)

    def drafts_of_person(self, person_id: str) -> list[DraftSummary]:
        """The forms filed for a person of the register, newest first."""
        return self.drafts.for_person(person_id)

    def draft_photo(self, draft_id: str) -> tuple[bytes, bytes | None, tuple | None] | None:
        """(the 35 x 45 mm cut, its source, the crop) of the draft's photo, or None."""
        return self.drafts.photo(draft_id)

    def remove_photo(self, draft_id: str, data: dict | None = None, photo_field: str = "photo") -> None:
        self.drafts.remove_photo(draft_id, data, photo_field)

    def save(self, draft_id: str, data: dict, page: str | None = None) -> str:
        """Store the draft's whole data as typed (every keystroke is durable); return the change time.

        The audit trail gets one *change* entry per field per editing burst, not one per keystroke: a
        field already recorded in the draft's current burst (saves of this user less than
        EDIT_BURST_SECONDS apart) is left out, and a save that changes only such fields writes no entry.
        The chain's entries are never updated: coalescing happens before anything is written."""
        bursts = self.__dict__.setdefault("_edit_bursts", {})
        clock = self._burst_clock()
        recorded, last = bursts.get(draft_id, (frozenset(), None))
        if last is None or clock - last > EDIT_BURST_SECONDS:
            recorded = frozenset()
        seen: list[str] = []

        def coalesce(changed: list[str]) -> list[str]:
            seen.extend(changed)
            return [name for name in changed if name not in recorded]

        stamp = self.drafts.save(draft_id, data, page, coalesce=coalesce)
        bursts[draft_id] = (recorded | frozenset(seen), clock)  # only once the save (and its entry) is written
        return stamp

    def end_edit(self, draft_id: str | None = None) -> None:
        """The editing burst of the draft (of every draft: None) ends: its next change is recorded again.
        Call when the user leaves the draft."""
        bursts = self.__dict__.setdefault("_edit_bursts", {})
        if draft_id is None:
            bursts.clear()
        else:
            bursts.pop(draft_id, None)

    def set_page(self, draft_id: str, page: str) -> None:
        """Remember the wizard page the draft was left on."""
        self.drafts.set_page(draft_id, page)

    def delete_draft(self, draft_id: str) -> None:
        self.drafts.delete(draft_id)

    def import_draft(self, code: str, data: dict, photo: bytes | None = None) -> Draft:
        """A new draft holding `data` as given (no defaults added), with its photo if any: what the command
        line's `import` stores."""
        from app.engine.photo import crop_photo, prepare

        definition = self.definition(code)
        prepared = None
        if photo:  # decoded and cut before the transaction: a bad photo writes nothing, and no lock waits on it
            original, _size = prepare(photo)
            prepared = (crop_photo(original, None), original)
        with self.db.batch():  # the draft and its photo: both or neither, whenever the process ends
            draft = self.drafts.create(definition.code, definition.version, data, page=definition.sections[0].id)
            if prepared is not None:
                self.drafts.set_photo(draft.id, prepared[0], prepared[1], None)
        return draft

    # --- the register ----------------------------------------------------------------------------
    def person(self, person_id: str) -> dict:
        """The person's record (PersonNotFound when there is none)."""
        return self.register.get(person_id)

    def search_persons(self, query: str, limit: int = 50) -> list:
        """Persons matching a name (any case, with or without marks), EMŠO, document number or birth date."""
        return self.register.search(query, limit=limit)

    def count_persons(self) -> int:
        return self.register.count()

    def register_fields(self) -> list:
        """The register's attributes as Fields (app.engine.register_fields), with the forms' choices."""
        fields = self.__dict__.get("_register_fields")
        if fields is None:
            from app.engine.register_fields import choices_of_forms, person_fields

            fields = self.__dict__["_register_fields"] = person_fields(choices_of_forms(self.catalog))
        return fields

    def checked_person(self, attributes: dict, documents: Iterable = ()) -> tuple[dict, list[dict]]:
        """The attributes and documents as the register stores them, after the forms' checks of every value
        (RegisterError naming each field that is wrong and how to fix it)."""
        from app.engine.register_fields import canonical_document, canonical_person, check_document, check_person
        from app.store.register import RegisterError

        fields = self.register_fields()
        attributes = canonical_person(attributes, fields)
        problems = check_person(attributes, fields)
        if not isinstance(documents, (list, tuple)):
            problems.append("»documents« mora biti seznam dokumentov (JSON-seznam objektov)")
            documents = ()
        kept = []
        for number, document in enumerate(documents, 1):
            found = check_document(document, number if len(documents) > 1 else None)
            problems.extend(found)
            if not found:
                kept.append(canonical_document(document))
        if problems:
            raise RegisterError("; ".join(p.rstrip(".") for p in problems))
        return attributes, kept

    def add_person(self, documents: Iterable = (), **attributes) -> str:
        """A new person with their documents, checked as the forms check each value, in one transaction:
        nothing is written when anything is wrong (RegisterError says what)."""
        attributes, documents = self.checked_person(attributes, documents)
        return self.register.add_person(documents=documents, **attributes)

    def update_person(self, person_id: str, **attributes) -> None:
        attributes, _ = self.checked_person(attributes)
        self.register.update_person(person_id, **attributes)

    def add_document(self, person_id: str, **document) -> str:
        from app.engine.register_fields import canonical_document, check_document
        from app.store.register import RegisterError

        problems = check_document(document)
        if problems:
            raise RegisterError("; ".join(p.rstrip(".") for p in problems))
        return self.register.add_document(person_id, **canonical_document(document))

    def person_documents(self, person_id: str) -> list[dict]:
        return self.register.documents(person_id)

    def person_links(self, person_id: str) -> list[dict]:
        """The person's family: each relative's record with the link (relationship, kind, …)."""
        return self.register.links(person_id)

    def link_persons(self, person_id: str, relative_id: str, relationship: str, kind: str,
                     legal_representative: bool = False, accompanies_minor: bool = False) -> None:
        self.register.link(person_id, relative_id, relationship, kind, legal_representative, accompanies_minor)

    def person_photo(self, person_id: str) -> bytes | None:
        return self.register.photo(person_id)

    def set_person_photo(self, person_id: str, image: bytes) -> None:
        self.register.set_photo(person_id, image)

    def attach_person_photo(self, person_id: str, file_bytes: bytes, crop: tuple | None = None) -> str:
        """A photo file for the register (the person's page, the family screen): read as JPEG or PNG only,
        cut to 35 × 45 mm (`crop`, or the proposed cut), kept; returns its reference ``sha256:…``."""
        import hashlib

        from app.engine.photo import crop_photo, prepare

        prepared, _size = prepare(file_bytes)
        image = crop_photo(prepared, crop)
        self.set_person_photo(person_id, image)
        return "sha256:" + hashlib.sha256(image).hexdigest()

    # --- accounts --------------------------------------------------------------------------------
    def list_accounts(self) -> list:
        """Every account of the station (app.store.accounts.Account)."""
        return self.accounts.list()

    # --- signing keys, trusted CAs and signed versions -------------------------------------------
    def signing_keys(self) -> list:
        """The officials' signing keys imported on this station (KeyRecord), newest first."""
        return self.keys.list()

    def import_key(self, p12: bytes, passphrase: str | bytes | None, label: str = ""):
        """Import an official's PKCS#12 key (kept encrypted as it is; the passphrase is never stored)."""
        return self.keys.import_p12(p12, passphrase, label=label)

    def remove_key(self, fingerprint: str) -> None:
        self.keys.remove(fingerprint)

    def trusted_cas(self) -> list:
        return self.keys.trusted()

    def trust_ca(self, pem: str | bytes) -> list:
        """Trust the CA certificates in `pem` when verifying signatures; returns those added."""
        return self.keys.trust_ca(pem)

    def untrust_ca(self, fingerprint: str) -> None:
        self.keys.untrust(fingerprint)

    def latest_signed(self, draft_id: str):
        """The newest signed version of the form (SignedDocument with its PDF), or None."""
        return self.signed.latest(draft_id)

    def signed_versions(self, draft_id: str) -> list:
        return self.signed.versions(draft_id)

    def latest_signed_versions(self, draft_ids: Iterable[str]) -> dict[str, int]:
        """{draft id: newest signed version} of the signed ones among `draft_ids`."""
        return self.signed.latest_versions(draft_ids)
