"""Officials' accounts: name printed on forms, role, active. Passwords are not here (see app.store.vault)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.engine.roles import ROLE_NAMES, ROLES
from app.store import audit
from app.store.drafts import now
from app.store.vault import normalize_username


class AccountError(Exception):
    """An account cannot be created or changed; the message says why."""


class UnknownAccount(AccountError):
    def __init__(self, username: str):
        super().__init__(f"Uporabniškega računa »{username}« ni.")


@dataclass(frozen=True)
class Account:
    username: str
    id: str
    display_name: str
    role: str
    active: bool
    must_change_password: bool
    station_id: str
    created_by: str
    created_at: str

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


_COLUMNS = "username, id, display_name, role, active, must_change_password, station_id, created_by, created_at"


class Accounts:
    def __init__(self, db):
        self.db = db

    def _row(self, row) -> Account:
        return Account(row[0], row[1], row[2], row[3], bool(row[4]), bool(row[5]), row[6], row[7], row[8])

    def get(self, username: str) -> Account:
        username = normalize_username(username)
        row = self.db.execute(f"SELECT {_COLUMNS} FROM accounts WHERE username = ?", [username]).fetchone()
        if row is None:
            raise UnknownAccount(username)
        return self._row(row)

    def list(self) -> list[Account]:
        return [self._row(r) for r in self.db.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY username")]

    def count_active(self, role: str | None = None) -> int:
        sql, params = "SELECT count(*) FROM accounts WHERE active = 1", []
        if role:
            sql, params = sql + " AND role = ?", [role]
        return self.db.execute(sql, params).fetchone()[0]

    def create(self, username: str, display_name: str, role: str, station_id: str, created_by: str = "",
               must_change_password: bool = False, signing_key: str | None = None,
               box_key: str | None = None) -> Account:
        """A new account; `signing_key`, `box_key`: the public halves of its audit signing key and of the key
        its data key is sealed to (both introduced in the trail)."""
        username = normalize_username(username)
        if not username or len(username) > 64 or any(ch in username for ch in "/\\:\0") or username[0] == "@":
            raise AccountError("Uporabniško ime mora imeti od 1 do 64 znakov, brez znakov / \\ : in ne sme se "
                               "začeti z @.")
        if role not in ROLES:
            raise AccountError(f"Neznana vloga »{role}«; mogoče so: " + ", ".join(ROLE_NAMES[r] for r in ROLES) + ".")
        if not display_name.strip():
            raise AccountError("Vpišite ime in priimek uradne osebe (izpiše se na obrazcih).")
        with self.db.write():
            if self.db.execute("SELECT 1 FROM accounts WHERE username = ?", [username]).fetchone():
                raise AccountError(f"Uporabniški račun »{username}« že obstaja; izberite drugo ime.")
            stamp = now()
            self.db.execute(
                f"INSERT INTO accounts ({_COLUMNS}, updated_at, signing_key) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
                [username, str(uuid.uuid4()), display_name.strip(), role, int(must_change_password), station_id,
                 created_by, stamp, stamp, signing_key])
            audit.record(self.db, "account", target="account", target_id=username,
                         detail={"change": "created", "role": role,
                                 **({"signing_key": signing_key} if signing_key else {}),
                                 **({"box_key": box_key} if box_key else {})})
        return self.get(username)

    def update(self, username: str, **changes) -> Account:
        """Change display_name, role, active or must_change_password."""
        username = normalize_username(username)
        allowed = {"display_name", "role", "active", "must_change_password"}
        unknown = set(changes) - allowed
        if unknown:
            raise AccountError(f"unknown account attributes: {sorted(unknown)}")
        if "role" in changes and changes["role"] not in ROLES:
            raise AccountError(f"Neznana vloga »{changes['role']}«.")
        current = self.get(username)
        with self.db.write():
            if current.role == "administrator" and current.active and (
                    changes.get("role", "administrator") != "administrator" or changes.get("active", True) is False):
                if self.count_active("administrator") <= 1:
                    raise AccountError("To je edini dejavni skrbnik; najprej dodelite vlogo skrbnika še komu.")
            values = {k: int(v) if isinstance(v, bool) else v for k, v in changes.items()}
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(f"UPDATE accounts SET {sets}, updated_at = ? WHERE username = ?",
                                [*values.values(), now(), username])
                audit.record(self.db, "account", target="account", target_id=username,
                             detail={"change": "updated", "fields": sorted(values),
                                     **({"role": changes["role"]} if "role" in changes else {})})
        return self.get(username)

    def signing_key(self, username: str) -> str | None:
        """The public half (base64) of the account's audit signing key, as the database holds it."""
        row = self.db.execute("SELECT signing_key FROM accounts WHERE username = ?",
                              [normalize_username(username)]).fetchone()
        return row[0] if row else None

    def introduce_key(self, username: str, public: str, change: str, box: str | None = None) -> None:
        """Record a new signing key of the account, in the trail (signed by whoever is logged in: the user
        themselves, or the administrator who gave them a new password) and in the account."""
        username = normalize_username(username)
        with self.db.write():
            self.db.execute("UPDATE accounts SET signing_key = ?, updated_at = ? WHERE username = ?",
                            [public, now(), username])
            audit.record(self.db, "account", target="account", target_id=username,
                         detail={"change": change, "signing_key": public, **({"box_key": box} if box else {})})
