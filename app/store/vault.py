"""The key file beside the database: the data key, wrapped once for every user by their password.

The database (SQLCipher) is encrypted with one random 256-bit data key. For each user the file holds
that key encrypted (AES-256-GCM) under a key derived from the user's password with Argon2id
(64 MiB, 3 passes, 4 lanes: RFC 9106's second recommended setting, stronger than OWASP's minimum of
19 MiB and 2 passes). The derived key is never stored: a wrong password fails GCM's authentication.
So changing a password re-wraps 32 bytes and never re-encrypts the database, and an administrator
(who has the data key while logged in) can give a user a new password without losing anything.

Each user also has two key pairs of their own (since the audit trail was signed), their private halves
encrypted (AES-256-GCM) under the same password-derived key: an Ed25519 key that signs the user's audit
entries (so nobody else can write an entry in their name, app.store.audit) and an X25519 key to which the
data key is sealed (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM). Sealing needs only the public key, so
whoever holds the data key can rotate it (`begin_rotation`, `finish_rotation`: switching an account off)
and seal the new one for every remaining account without knowing their passwords. An entry of an older
file (the data key wrapped under the password directly) gets its key pairs at the user's next login.

Repeated failures lock the account out with back-off (counted here, since a failed login cannot write
to the encrypted database); the failures are moved into the audit trail at the next login.
The file is rewritten atomically (temporary file, fsync, rename), so a pulled plug leaves the old or
the new file, never half of one. Roles and the rest of an account live in the encrypted database.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hmac
import sys
import datetime as dt
import errno
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.paths import private_folder
from app.store.files import fsync_dir

FORMAT = "priloga-vault-1"

#: Argon2id parameters for new and changed passwords (memory in KiB).
KDF_MEMORY_KIB = 65536
KDF_TIME_COST = 3
KDF_PARALLELISM = 4

#: Failures in a row that lock an account, the first lock's length, and its cap (it doubles each time).
LOCKOUT_AFTER = 5
LOCKOUT_FIRST_S = 30
LOCKOUT_MAX_S = 15 * 60

PASSWORD_MIN_LENGTH = 10
#: Failure events kept for the audit trail until the next login (older ones are dropped, counted).
EVENTS_KEPT = 1000


class VaultError(Exception):
    """The key file cannot be used; the message says why and what to do."""


class NoVault(VaultError):
    """There is no key file yet: the first start creates the first administrator."""


class BadCredentials(VaultError):
    def __init__(self, remaining: int | None = None):
        self.remaining = remaining
        extra = f" Še {remaining} poskusov, nato se račun začasno zaklene." if remaining is not None and remaining <= 2 else ""
        super().__init__("Napačno uporabniško ime ali geslo. Preverite, ali je vklopljena tipka Caps Lock." + extra)


class LockedOut(VaultError):
    def __init__(self, until: dt.datetime):
        self.until = until
        seconds = max(1, int((until - _utcnow()).total_seconds() + 0.999))
        super().__init__(f"Račun je zaradi ponavljajočih se napačnih gesel začasno zaklenjen še {seconds} s "
                         f"(do {until.astimezone().strftime('%H:%M:%S')}). Počakajte ali prosite skrbnika za novo geslo.")


class WeakPassword(VaultError):
    """The new password does not meet the rules; the message says which."""


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = KDF_MEMORY_KIB
    time_cost: int = KDF_TIME_COST
    parallelism: int = KDF_PARALLELISM


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class _BadEntry(ValueError):
    """A user's entry in the key file holds a value out of bounds (the message says which, in Slovenian)."""


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def normalize_username(name: str) -> str:
    return " ".join(str(name).split()).casefold()


def password_problem(password: str, username: str = "") -> str | None:
    """What is wrong with a new password, or None."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return f"Geslo mora imeti vsaj {PASSWORD_MIN_LENGTH} znakov (ima jih {len(password)})."
    if username and normalize_username(password) == normalize_username(username):
        return "Geslo ne sme biti enako uporabniškemu imenu."
    if len(set(password)) < 4:
        return "Geslo je preveč enolično (vsaj štirje različni znaki)."
    return None


#: Bounds on key-derivation settings read from a file (key file, transfer): beyond them a file is refused with
#: a reason instead of hanging (time_cost 100000) or failing inside Argon2 (4 TiB of memory, lanes without memory).
KDF_MAX_MEMORY_KIB = 4 * 1024 * 1024
KDF_MAX_TIME_COST = 20
KDF_MAX_PARALLELISM = 64


def kdf_problem(memory_kib, time_cost, parallelism) -> str | None:
    """What is wrong with Argon2id settings read from a file, in Slovenian, or None."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (memory_kib, time_cost, parallelism)):
        return "nastavitve izpeljave ključa (Argon2id) niso cela števila"
    if not 1 <= parallelism <= KDF_MAX_PARALLELISM:
        return f"število niti Argon2id ({parallelism}) ni med 1 in {KDF_MAX_PARALLELISM}"
    if not 1 <= time_cost <= KDF_MAX_TIME_COST:
        return f"število prehodov Argon2id ({time_cost}) ni med 1 in {KDF_MAX_TIME_COST}"
    if not 8 * parallelism <= memory_kib <= KDF_MAX_MEMORY_KIB:
        return (f"pomnilnik Argon2id ({memory_kib} KiB) ni med {8 * parallelism} KiB in "
                f"{KDF_MAX_MEMORY_KIB // (1024 * 1024)} GiB")
    return None


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, params.time_cost, params.memory_kib, params.parallelism,
                           32, Type.ID)


def _aad(username: str, part: str = "") -> bytes:
    return (f"{FORMAT}:{username}" + (f":{part}" if part else "")).encode("utf-8")


@dataclass(frozen=True)
class Unlocked:
    """What a right password opens: the data key, the user's signing key (Ed25519), the new data key of a
    rotation under way (None when none is), the user's entry, and whether the entry was just upgraded (an
    older entry got its key pairs: the caller introduces the signing key in the audit trail)."""

    key: bytes
    signing: object
    pending: bytes | None
    entry: dict
    upgraded: bool

    @property
    def signing_public(self) -> str:
        return _b64(_raw_public(self.signing))


def _raw_private(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _raw_public(key) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes, username: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, None, _aad(username, "seal") + ephemeral + recipient).derive(shared)


def seal(key: bytes, recipient_public: bytes, username: str) -> dict:
    """`key` encrypted so that only the holder of the X25519 private key of `recipient_public` opens it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    epk = _raw_public(ephemeral)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_seal_key(shared, epk, recipient_public, username)).encrypt(nonce, key, _aad(username, "seal"))
    return {"epk": _b64(epk), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def unseal(sealed: dict, box, username: str) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    epk = _unb64(sealed["epk"])
    shared = box.exchange(X25519PublicKey.from_public_bytes(epk))
    return AESGCM(_seal_key(shared, epk, _raw_public(box), username)).decrypt(
        _unb64(sealed["nonce"]), _unb64(sealed["wrapped"]), _aad(username, "seal"))


class Vault:
    """The key file `<database>.keys`."""

    def __init__(self, db_path: str | Path, kdf: KdfParams | None = None):
        db_path = Path(db_path)
        self.path = db_path.with_name(db_path.name + ".keys")
        self.kdf = kdf or KdfParams()

    # --- file ----------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def _damaged(self, detail: str) -> VaultError:
        return VaultError(f"Datoteka s ključi {self.path} je poškodovana ({detail}); z njo se ni mogoče prijaviti. "
                          f"Obnovite jo iz varnostne kopije (priloga restore); datoteke program ni spreminjal.")

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            raise NoVault(f"Datoteke s ključi {self.path} ni; ob prvem zagonu ustvarite prvega skrbnika.") from None
        except ValueError as exc:  # not JSON, not UTF-8
            raise self._damaged(str(exc)) from exc
        except OSError as exc:
            raise VaultError(f"Datoteke s ključi {self.path} ni mogoče prebrati ({exc.strerror or exc}); preverite "
                             f"disk in pravice mape ali jo obnovite iz varnostne kopije (priloga restore).") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            if isinstance(data, dict) and "users" in data:
                raise self._damaged("oznaka oblike ne ustreza")
            raise VaultError(f"Datoteka {self.path} ni datoteka s ključi programa Priloga.")
        if "check" not in data and set(data) - {"format", "users", "failures", "events", "dropped_events",
                                                "name_salt", "rotation"}:
            raise self._damaged("kontrolne vsote ni")  # a file written before the check has none, and no other key
        if "check" in data and data["check"] != _checksum(data):
            raise self._damaged("kontrolna vsota ne ustreza")
        if not (isinstance(data.get("users"), dict) and isinstance(data.get("failures", {}), dict)
                and isinstance(data.get("events", []), list)):
            raise self._damaged("zgradba ne ustreza")
        data.setdefault("failures", {})
        data.setdefault("events", [])
        return data

    @contextlib.contextmanager
    def _locked(self, creating: bool = False):
        """Hold the key file's lock for a read-modify-write, so parallel logins and account changes never
        lose each other's updates. On Linux and macOS an exclusive fcntl.flock on the key file's folder
        (the key file itself is replaced by rename, so it cannot carry the lock, and the folder leaves no
        extra file behind); on Windows msvcrt.locking on a `.lock` file beside it. Both come with Python
        and are released by the system when the process dies, so no stale lock remains (filelock would add
        a dependency for the same two calls)."""
        folder = self.path.parent
        if not folder.is_dir():
            if not creating:
                raise NoVault(f"Datoteke s ključi {self.path} ni; ob prvem zagonu ustvarite prvega skrbnika.")
            try:
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as exc:
                raise VaultError(f"Mape {folder} ni mogoče ustvariti ({exc.strerror or exc}).") from exc
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows stations
            import msvcrt
            import time

            fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
            try:
                while True:
                    try:
                        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                        break
                    except OSError:
                        time.sleep(0.05)
                try:
                    yield
                finally:
                    os.lseek(fd, 0, os.SEEK_SET)
                    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            finally:
                os.close(fd)
            return
        import fcntl

        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError as exc:
            raise VaultError(f"Mape {folder} ni mogoče odpreti ({exc.strerror or exc}); preverite pravice.") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _name_label(self, data: dict, username: str) -> str:
        """What the file keeps for a user name that has no account: a keyed hash, never the name as typed
        (a password typed into the name field must not be stored)."""
        salt = data.get("name_salt")
        if not isinstance(salt, str):
            salt = data["name_salt"] = _b64(secrets.token_bytes(16))
        digest = hmac.new(_unb64(salt), username.encode("utf-8"), hashlib.sha256).hexdigest()[:16]
        return f"?{digest}"

    def _write(self, data: dict) -> None:
        """Replace the file atomically (temporary file, fsync, rename, fsync of the folder): a failure or a
        pulled plug leaves the old file as it was. Callers hold `_locked()`."""
        temp = self.path.with_name(self.path.name + f".{os.getpid()}.{secrets.token_hex(4)}.tmp")
        data = {**{k: v for k, v in data.items() if k != "check"}, "check": _checksum(data)}
        try:
            private_folder(self.path.parent)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
            fsync_dir(self.path.parent)
        except OSError as exc:
            try:
                temp.unlink(missing_ok=True)
            except OSError:
                pass
            kept = "Datoteka s ključi je ostala, kot je bila."
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                message = (f"Na disku z mapo {self.path.parent} ni več prostora, zato datoteke s ključi "
                           f"{self.path.name} ni mogoče zapisati; sprostite prostor in poskusite znova. {kept}")
            elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                message = (f"V mapo {self.path.parent} ni mogoče pisati (samo za branje ali brez pravic), zato "
                           f"datoteke s ključi {self.path.name} ni mogoče zapisati; preverite pravice mape ali disk. "
                           f"{kept}")
            else:
                message = (f"Datoteke s ključi {self.path} ni mogoče zapisati ({exc.strerror or exc}); "
                           f"sprostite prostor na disku ali preverite pravice mape. {kept}")
            raise VaultError(message) from exc

    def usernames(self) -> list[str]:
        return sorted(self._read()["users"])

    # --- keys ----------------------------------------------------------------------------------
    def _wrap(self, username: str, password: str, key: bytes, signing=None, box=None) -> dict:
        """A user's entry: their key pairs (new ones unless given) under the password, the data key sealed."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        signing = signing or Ed25519PrivateKey.generate()
        box = box or X25519PrivateKey.generate()
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = derive(password, salt, self.kdf)
        return {
            "kdf": "argon2id",
            "memory_kib": self.kdf.memory_kib,
            "time_cost": self.kdf.time_cost,
            "parallelism": self.kdf.parallelism,
            "salt": _b64(salt),
            "secret_nonce": _b64(nonce),
            "secret": _b64(AESGCM(kek).encrypt(nonce, _raw_private(box) + _raw_private(signing),
                                               _aad(username, "secret"))),
            "box_public": _b64(_raw_public(box)),
            "signing_public": _b64(_raw_public(signing)),
            "sealed": seal(key, _raw_public(box), username),
        }

    def _unwrap(self, username: str, password: str, entry: dict) -> "Unlocked | None":
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        legacy = "secret" not in entry
        try:
            if entry.get("kdf", "argon2id") != "argon2id":
                raise _BadEntry(f"postopek izpeljave ključa »{str(entry.get('kdf'))[:20]}« ni Argon2id")
            params = KdfParams(int(entry["memory_kib"]), int(entry["time_cost"]), int(entry["parallelism"]))
            salt = _unb64(entry["salt"])
            nonce = _unb64(entry["nonce"] if legacy else entry["secret_nonce"])
            wrapped = _unb64(entry["wrapped"] if legacy else entry["secret"])
            problem = kdf_problem(params.memory_kib, params.time_cost, params.parallelism)
            if problem:
                raise _BadEntry(problem)
            if len(nonce) != 12 or not 8 <= len(salt) <= 64:
                raise _BadEntry("dolžina soli ali enkratnega števila ne ustreza")
        except (KeyError, TypeError, ValueError, AttributeError, binascii.Error) as exc:  # damaged, without its check
            reason = str(exc) if isinstance(exc, _BadEntry) else (
                f"manjka podatek {exc}" if isinstance(exc, KeyError) else
                "nastavitve Argon2id, sol ali šifrirani ključ niso veljavni podatki")
            raise self._damaged(f"zapis uporabnika {username}: {reason}") from exc
        kek = derive(password, salt, params)
        try:
            plain = AESGCM(kek).decrypt(nonce, wrapped, _aad(username) if legacy else _aad(username, "secret"))
        except InvalidTag:
            return None
        if legacy:  # the data key itself: make the user's key pairs now, under the same derived key
            signing, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
            fresh = secrets.token_bytes(12)
            upgraded = {k: v for k, v in entry.items() if k not in ("nonce", "wrapped")}
            upgraded.update({
                "secret_nonce": _b64(fresh),
                "secret": _b64(AESGCM(kek).encrypt(fresh, _raw_private(box) + _raw_private(signing),
                                                   _aad(username, "secret"))),
                "box_public": _b64(_raw_public(box)),
                "signing_public": _b64(_raw_public(signing)),
                "sealed": seal(plain, _raw_public(box), username),
            })
            return Unlocked(plain, signing, None, upgraded, True)
        if len(plain) != 64:
            raise self._damaged(f"zapis uporabnika {username}: ključa sta napačne dolžine")
        box = X25519PrivateKey.from_private_bytes(plain[:32])
        signing = Ed25519PrivateKey.from_private_bytes(plain[32:])
        try:
            key = unseal(entry["sealed"], box, username)
            pending = unseal(entry["pending"], box, username) if isinstance(entry.get("pending"), dict) else None
        except (KeyError, TypeError, ValueError, binascii.Error, InvalidTag) as exc:
            raise self._damaged(f"zapečateni ključ uporabnika {username}: {exc or type(exc).__name__}") from exc
        return Unlocked(key, signing, pending, entry, False)

    def create(self, username: str, password: str, signing=None) -> bytes:
        """A new key file with a new random data key, sealed for the first user (with `signing` as their audit
        signing key, a new one when not given); return the key."""
        username = normalize_username(username)
        problem = password_problem(password, username)
        if problem:
            raise WeakPassword(problem)
        key = secrets.token_bytes(32)
        entry = self._wrap(username, password, key, signing)
        with self._locked(creating=True):
            if self.exists():
                raise VaultError(f"Datoteka s ključi {self.path} že obstaja; prijavite se z obstoječim računom.")
            self._write({"format": FORMAT, "users": {username: entry},
                         "failures": {}, "events": [], "dropped_events": 0})
        return key

    def unlock(self, username: str, password: str) -> bytes:
        """The data key (see `open`)."""
        return self.open(username, password).key

    def open(self, username: str, password: str) -> "Unlocked":
        """The data key and the user's signing key, if the password is right and the account is not locked out.

        The whole attempt runs under the key file's lock, so parallel attempts are each counted (a guess
        made while the account is locked is refused and recorded too). An unknown name is kept only as a
        keyed hash."""
        username = normalize_username(username)
        with self._locked():
            return self._unlock(username, password)

    def _unlock(self, username: str, password: str) -> "Unlocked":
        data = self._read()
        now = _utcnow()
        entry = data["users"].get(username)
        label = username if entry is not None else self._name_label(data, username)
        failure = data["failures"].get(label, {})
        until = failure.get("locked_until")
        if until and dt.datetime.fromisoformat(until) > now:
            failure["refused"] = int(failure.get("refused", 0)) + 1
            data["failures"][label] = failure
            data["events"].append({"action": "login_failed", "user": label, "at": now.isoformat(),
                                   "known": entry is not None, "while_locked": True})
            self._trim_events(data)
            self._write(data)
            raise LockedOut(dt.datetime.fromisoformat(until))
        opened = self._unwrap(username, password, entry) if entry else None
        if entry is None:  # the same work as a real attempt: the time does not tell whether the name exists
            derive(password, b"\0" * 16, self.kdf)
        if opened is not None:
            changed = bool(failure)
            if failure:
                data["failures"].pop(username, None)
            if opened.upgraded:  # an entry of an older file: it gets its key pairs now
                data["users"][username] = opened.entry
                changed = True
            if changed:
                self._write(data)
            return opened
        count = int(failure.get("count", 0)) + 1
        failure = {**failure, "count": count, "last": now.isoformat()}
        failure.pop("locked_until", None)
        data["events"].append({"action": "login_failed", "user": label, "at": now.isoformat(),
                               "known": entry is not None})
        if count >= LOCKOUT_AFTER:
            seconds = min(LOCKOUT_MAX_S, LOCKOUT_FIRST_S * 2 ** (count - LOCKOUT_AFTER))
            locked_until = now + dt.timedelta(seconds=seconds)
            failure["locked_until"] = locked_until.isoformat()
            data["events"].append({"action": "lockout", "user": label, "at": now.isoformat(),
                                   "seconds": seconds})
        if entry is not None or len(data["failures"]) < EVENTS_KEPT:
            data["failures"][label] = failure
        self._trim_events(data)
        self._write(data)
        if "locked_until" in failure:
            raise LockedOut(dt.datetime.fromisoformat(failure["locked_until"]))
        raise BadCredentials(LOCKOUT_AFTER - count)

    @staticmethod
    def _trim_events(data: dict) -> None:
        if len(data["events"]) > EVENTS_KEPT:
            data["dropped_events"] = int(data.get("dropped_events", 0)) + len(data["events"]) - EVENTS_KEPT
            data["events"] = data["events"][-EVENTS_KEPT:]

    def set_password(self, username: str, password: str, key: bytes, signing=None, box=None) -> tuple[str, str]:
        """Wrap the user's key pairs under a new password and seal the data key for them (a new user, a change
        or a reset). `signing`: the user's own signing key, kept on their own change; without it (a new user, an
        administrator's reset, who never holds another's key) a new key pair is made; `box`: the X25519 key
        (a new one when not given). Returns both public halves (base64: signing, box), which the caller
        introduces in the audit trail (a rotation seals only to box keys the trail vouches for)."""
        username = normalize_username(username)
        problem = password_problem(password, username)
        if problem:
            raise WeakPassword(problem)
        entry = self._wrap(username, password, key, signing, box)
        with self._locked():
            data = self._read()
            data["users"][username] = entry
            data["failures"].pop(username, None)
            self._write(data)
        return entry["signing_public"], entry["box_public"]

    def remove(self, username: str) -> None:
        with self._locked():
            data = self._read()
            data["users"].pop(normalize_username(username), None)
            self._write(data)

    def box_keys(self) -> dict[str, str]:
        """{user name: the X25519 public key (base64) their data key is sealed to}."""
        return {name: entry["box_public"] for name, entry in self._read()["users"].items()
                if isinstance(entry, dict) and isinstance(entry.get("box_public"), str)}

    def public_keys(self) -> dict[str, str]:
        """{user name: their signing key's public half (base64)} of the accounts that have one."""
        return {name: entry["signing_public"] for name, entry in self._read()["users"].items()
                if isinstance(entry, dict) and isinstance(entry.get("signing_public"), str)}

    # --- rotating the data key -----------------------------------------------------------------------
    def begin_rotation(self, new_key: bytes, boxes: dict[str, str]) -> list[str]:
        """Seal `new_key` beside the current key, which stays until `finish_rotation` (a crash in between leaves
        a file that opens the database with either key), for every account in `boxes` whose X25519 key in this
        file is the one `boxes` names (the keys the audit trail vouches for: app.store.audit.vouched_box_keys;
        a key planted in this file by someone who could write it is not sealed to). Returns the accounts left
        out (switched off, from before the key pairs, or with a key the trail does not vouch for):
        `finish_rotation` removes them; they need a new password from an administrator."""
        with self._locked():
            data = self._read()
            left_out = []
            for name, entry in data["users"].items():
                if isinstance(entry, dict) and entry.get("box_public") is not None \
                        and boxes.get(name) == entry.get("box_public"):
                    entry["pending"] = seal(new_key, _unb64(entry["box_public"]), name)
                else:
                    if isinstance(entry, dict):
                        entry.pop("pending", None)
                    left_out.append(name)
            data["rotation"] = {"started": _utcnow().isoformat()}
            self._write(data)
        return sorted(left_out)

    def finish_rotation(self) -> list[str]:
        """The new key becomes the key (after the database was re-encrypted with it); accounts without it are
        removed. Returns their names."""
        with self._locked():
            data = self._read()
            removed = []
            for name in list(data["users"]):
                entry = data["users"][name]
                if isinstance(entry, dict) and isinstance(entry.get("pending"), dict):
                    entry["sealed"] = entry.pop("pending")
                else:
                    data["users"].pop(name)
                    removed.append(name)
            data.pop("rotation", None)
            self._write(data)
        return removed

    def abandon_rotation(self) -> None:
        """Forget a rotation that never re-encrypted the database (the current key still opens it)."""
        with self._locked():
            data = self._read()
            if "rotation" not in data and not any(isinstance(e, dict) and "pending" in e for e in data["users"].values()):
                return
            for entry in data["users"].values():
                if isinstance(entry, dict):
                    entry.pop("pending", None)
            data.pop("rotation", None)
            self._write(data)

    def take_events(self) -> tuple[list[dict], int]:
        """The failed logins and lockouts since the last call, and how many were dropped; clears them."""
        with self._locked():
            data = self._read()
            events, dropped = list(data.get("events", [])), int(data.get("dropped_events", 0))
            if events or dropped:
                data["events"], data["dropped_events"] = [], 0
                self._write(data)
        return events, dropped


def _checksum(data: dict) -> str:
    """SHA-256 of the file's content without its "check": a damaged file is told from a wrong password
    (which AES-GCM alone cannot tell apart) and never counts as a failed login."""
    body = {k: v for k, v in data.items() if k != "check"}
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                          .encode("utf-8")).hexdigest()


