"""Backups of the encrypted database, and restoring one. No Qt.

A backup is an online, consistent copy made with SQLite's backup API between two SQLCipher connections
keyed with the same data key: the copy is encrypted like the database (the pages are re-encrypted, the
file starts with random bytes) and opens only with that key. Beside it lies a copy of the key file
(`<backup>.keys`), so a backup opens with any user's password as it was when the backup was made.

Every file is written under a temporary name in the target folder, synced and then renamed, so a full
disk or a pulled plug leaves the old backups and no half of a new one. A copy is checked
(`PRAGMA integrity_check`, `PRAGMA cipher_integrity_check`) before it counts as a backup.

Restoring never deletes the current data: the current database and its key file are moved aside as
`<name>-before-restore-YYYYMMDD-HHMMSS.sqlite3` (+ `-wal`, `-shm`, `.keys`), an ordinary database that
still opens with the passwords it had.

Settings (in the database): `backup_folder` (default: `backups` beside the database, i.e. the data
folder's `backups`), `backup_keep` (10), `backup_every_hours` (4; 0 switches scheduled backups off).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.engine.system_messages import os_error_text
from app.store.db import SQLITE_HEADER, DatabaseError, StoreError
from app.store.files import fsync_dir, fsync_file

if TYPE_CHECKING:
    from app.store.db import Database

REASONS = ("manual", "schedule", "exit")
DEFAULT_KEEP = 10
DEFAULT_EVERY_HOURS = 4.0
FOLDER_MODE = 0o700
FILE_MODE = 0o600
#: Space left over on the target disk beyond the estimated size of a backup (bytes).
SPACE_MARGIN = 64 << 10

_NAME = re.compile(r"^priloga-(\d{8})-(\d{6})(?:-(manual|schedule|exit))?(?:-(\d+))?\.sqlite3$")
_PARTIAL = ".partial"


class BackupError(Exception):
    """A backup or restore did not happen; the message says why and what to do (in Slovenian)."""


class BackupFolderError(BackupError):
    """The backup folder cannot be created or written (missing disk, read-only, no rights)."""


class BackupNoSpace(BackupError):
    """The disk is full; nothing of the new backup is left behind."""


class BackupDamaged(BackupError):
    """The backup (or its key file) is damaged, incomplete or not a backup of this program."""


class RestoreRefused(BackupError):
    """The user cannot restore this backup: wrong password, no such active account, or no right to."""


class OtherStation(BackupError):
    """The backup is another station's (or the current station cannot be told): restoring it needs the
    user's explicit yes; the message names both stations."""


class DatabaseInUse(BackupError):
    """The database to be replaced is open in another program (Priloga is still running)."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup in a folder."""

    name: str
    path: Path
    time: dt.datetime  # local time, from the name
    size: int  # bytes of the database copy
    reason: str  # manual, schedule, exit ('' for an unnamed reason)
    has_keys: bool  # its key file is beside it

    @property
    def keys_path(self) -> Path:
        return self.path.with_name(self.path.name + ".keys")


# --- settings ----------------------------------------------------------------------------------------
def default_folder(db_path: str | Path) -> Path:
    """`backups` beside the database: the data folder's `backups` for the usual database."""
    return Path(db_path).parent / "backups"


def backup_folder(db_path: str | Path, setting: str = "", folder: str | Path | None = None) -> Path:
    """The folder backups go to: `folder`, else the setting `backup_folder` (`setting`), else the default
    beside the database at `db_path`; a relative folder is taken beside the database."""
    chosen = folder or setting
    if not chosen:
        return default_folder(db_path)
    chosen = Path(chosen).expanduser()
    return chosen if chosen.is_absolute() else Path(db_path).parent / chosen


def _number(value: str | None, default: float) -> float:
    try:
        return float(value or default)
    except ValueError:
        return default


def keep_setting(value: str | None) -> int:
    """How many backups to keep from the setting `backup_keep` (default 10, at least 1)."""
    return max(1, int(_number(value, DEFAULT_KEEP)))


def every_hours_setting(value: str | None) -> float:
    """Hours between scheduled backups from the setting `backup_every_hours` (default 4; 0 or less: none)."""
    return _number(value, DEFAULT_EVERY_HOURS)


# --- files -------------------------------------------------------------------------------------------


def _copy_file(source: Path, target: Path) -> None:
    """Copy to a new file (never over an existing one), readable by the owner only, synced."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as handle:
        shutil.copyfileobj(handle, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _remove(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-journal", "-wal", "-shm"):
            try:
                Path(str(path) + suffix).unlink()
            except FileNotFoundError:
                pass
            except OSError:  # pragma: no cover - best effort: a leftover temporary file is named .partial
                pass


def _is_no_space(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return True
    text = str(exc).lower()
    return "disk is full" in text or "no space" in text


def _ensure_folder(folder: Path, parents: bool) -> None:
    """Create the folder (owner only) when missing; a chosen folder's parent must exist (a USB disk)."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=parents, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)
    except FileNotFoundError as exc:
        raise BackupFolderError(f"Mapa za varnostne kopije {folder} ni dosegljiva (ni mape {folder.parent}); "
                                f"priključite disk ali izberite drugo mapo v nastavitvah.") from exc
    except OSError as exc:
        raise BackupFolderError(f"Mape za varnostne kopije {folder} ni mogoče ustvariti ({os_error_text(exc)}); "
                                f"izberite drugo mapo v nastavitvah.") from exc


def _backup_name(folder: Path, now: dt.datetime, reason: str) -> str:
    base = f"priloga-{now:%Y%m%d-%H%M%S}-{reason}"
    name, n = f"{base}.sqlite3", 1
    while (folder / name).exists() or (folder / (name + ".keys")).exists():
        n += 1
        name = f"{base}-{n}.sqlite3"
    return name


def _raw_connection(path: Path, key: bytes, read_only: bool = False):
    """A bare SQLCipher connection keyed with the data key (no WAL, no schema work)."""
    from app.store.db import _driver

    if read_only:
        conn = _driver().connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    else:
        conn = _driver().connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        if not conn.execute("PRAGMA cipher_version").fetchone():
            raise StoreError("Knjižnica SQLCipher ne šifrira (različica brez šifriranja); namestite sqlcipher3.")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA temp_store=2")
    except BaseException:
        conn.close()
        raise
    return conn


def check_copy(path: str | Path, key: bytes, name: str | None = None) -> int:
    """Check a database copy: encrypted (no plain SQLite header), opens with `key`, every page
    authentic (cipher_integrity_check) and the structure sound (integrity_check). Returns its schema
    version; raises BackupDamaged (naming the copy `name`, by default its file name)."""
    path = Path(path)
    name = name or path.name
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise BackupDamaged(f"Varnostne kopije {name} ni mogoče prebrati ({os_error_text(exc)}).") from exc
    if header == SQLITE_HEADER:
        raise BackupDamaged(f"Datoteka {name} ni šifrirana; to ni varnostna kopija programa Priloga.")
    if len(header) < 16:
        raise BackupDamaged(f"Datoteka {name} je prazna ali prekratka; varnostna kopija je nepopolna.")
    conn = None
    try:
        conn = _raw_connection(path, key, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if not problems:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            problems = [] if result == ["ok"] else result
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except DatabaseError as exc:
        raise BackupDamaged(f"Varnostna kopija {name} je poškodovana ali ne ustreza svoji datoteki s ključi "
                            f"({exc}); izberite drugo varnostno kopijo.") from exc
    finally:
        if conn is not None:
            conn.close()
    if problems:
        raise BackupDamaged(f"Varnostna kopija {name} je poškodovana ({'; '.join(map(str, problems[:3]))}); "
                            f"izberite drugo varnostno kopijo.")
    return int(version)


# --- backup ------------------------------------------------------------------------------------------
@dataclass
class BackupJob:
    """One backup in three steps, so that the copy can run off the GUI's thread: the workspace prepares
    it (the right, the session, the settings: app.workspace.backup), `run` makes the copy with its own
    connections only, `prune` deletes the backups beyond `keep`."""

    db_path: Path
    key: bytes
    keys_path: Path
    folder: Path
    parents: bool  # the default folder is made with its parents; a chosen one (a USB disk) is not
    keep: int
    reason: str
    now: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown backup reason {self.reason!r}")

    def run(self) -> Path:
        """Make the copy (any thread); the backup's path."""
        return _copy_database(self.db_path, self.key, self.keys_path, self.folder, self.reason,
                              self.now or dt.datetime.now(), parents=self.parents)

    def prune(self) -> list[str]:
        """Delete the backups beyond `keep`; the names deleted."""
        return prune(self.folder, self.keep)


def _estimated_size(conn) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)


def _copy_database(db_path: Path, key: bytes, keys_path: Path, folder: Path, reason: str, now: dt.datetime,
                   parents: bool = True) -> Path:
    """The copy itself (its own connections: safe to run beside the workspace's connection)."""
    from app.store.db import connect

    if not keys_path.is_file():
        raise BackupError(f"Datoteke s ključi {keys_path.name} ni; brez nje varnostne kopije ne bi bilo mogoče "
                          f"odpreti.")
    _ensure_folder(folder, parents)
    name = _backup_name(folder, now, reason)
    final, final_keys = folder / name, folder / (name + ".keys")
    temp, temp_keys = folder / f".{name}{_PARTIAL}", folder / f".{name}.keys{_PARTIAL}"
    source = target = None
    try:
        source = connect(db_path, key)
        free = shutil.disk_usage(folder).free
        needed = _estimated_size(source) + keys_path.stat().st_size + SPACE_MARGIN
        if free < needed:
            raise BackupNoSpace(f"Na disku z mapo {folder} ni dovolj prostora za varnostno kopijo (potrebnih je "
                                f"{_mb(needed)}, prostih {_mb(free)}); sprostite prostor ali izberite drugo mapo.")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)  # owner-only from the start
        os.close(fd)
        target = _raw_connection(temp, key)
        source.backup(target)  # one step: a consistent snapshot; writers go on meanwhile (WAL)
        target.execute("PRAGMA journal_mode=DELETE")  # the copy is one self-contained file
        target.close()
        target = None
        source.close()
        source = None
        fsync_file(temp)
        check_copy(temp, key, name)
        _copy_file(keys_path, temp_keys)
        _write_backup_anchor(temp, key, folder / (name + ".anchor"))
        os.replace(temp_keys, final_keys)
        os.replace(temp, final)  # last: a database without its key file never appears
        fsync_dir(folder)
    except BaseException as exc:
        for conn in (target, source):
            if conn is not None:
                try:
                    conn.close()
                except Exception:  # noqa: BLE001
                    pass
        _remove(temp, temp_keys)
        if not final.exists():
            _remove(final_keys, folder / (name + ".anchor"))
        if isinstance(exc, BackupError):
            raise
        if isinstance(exc, (OSError, *DatabaseError, StoreError)):
            raise _backup_error(exc, folder) from exc
        raise
    return final


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _backup_error(exc: BaseException, folder: Path) -> BackupError:
    if _is_no_space(exc):
        return BackupNoSpace(f"Na disku z mapo {folder} je zmanjkalo prostora; varnostna kopija ni bila narejena "
                             f"(starejše so ostale). Sprostite prostor ali izberite drugo mapo.")
    if isinstance(exc, OSError) or any(w in str(exc).lower() for w in ("readonly", "read-only", "unable to open")):
        reason = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
        return BackupFolderError(f"V mapo za varnostne kopije {folder} ni mogoče pisati ({reason}); preverite, ali "
                                 f"je disk priključen in ni samo za branje, ali izberite drugo mapo.")
    return BackupError(f"Varnostne kopije ni bilo mogoče narediti ({exc}).")


def _write_backup_anchor(copy: Path, key: bytes, target: Path) -> None:
    """The copy's audit head as an anchor beside it (app.store.anchor): a later chain must extend it."""
    from app.store import anchor

    conn = _raw_connection(copy, key, read_only=True)
    try:
        row = conn.execute("SELECT seq, hash, signed_by, signature FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    held = anchor.Anchor(*row) if row else anchor.Anchor(0, "0" * 64)
    target.unlink(missing_ok=True)
    anchor.write_file(target, held)


def prune(folder: str | Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` backups (each with its key file); return the names deleted."""
    removed = []
    for info in list_backups(folder)[max(1, keep):]:
        try:
            info.path.unlink()
            info.keys_path.unlink(missing_ok=True)
            info.path.with_name(info.name + ".anchor").unlink(missing_ok=True)
            removed.append(info.name)
        except OSError:  # pragma: no cover - e.g. a read-only old file: it stays, the next run tries again
            pass
    if removed:
        fsync_dir(Path(folder))
    return removed


def list_backups(folder: str | Path) -> list[BackupInfo]:
    """The backups in a folder, newest first (a missing folder has none)."""
    folder = Path(folder)
    found = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise BackupFolderError(f"Mape za varnostne kopije {folder} ni mogoče prebrati ({os_error_text(exc)}).") \
            from exc
    names = {entry.name for entry in entries}
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        try:
            time = dt.datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S")
            stat = entry.stat()
        except (ValueError, OSError):
            continue
        info = BackupInfo(entry.name, folder / entry.name, time, stat.st_size, match[3] or "",
                          entry.name + ".keys" in names)
        found.append(((time, int(match[4] or 1), stat.st_mtime_ns), info))  # within a second: the later file
    found.sort(key=lambda item: item[0], reverse=True)
    return [item[1] for item in found]


def last_backup_time(folder: str | Path) -> dt.datetime | None:
    """When the newest backup in `folder` was made (local time), or None."""
    try:
        backups = list_backups(folder)
    except BackupError:
        return None
    return backups[0].time if backups else None


def due(folder: str | Path, every_hours: float, now: dt.datetime | None = None) -> bool:
    """Whether a scheduled backup is due: `every_hours` have passed since the newest backup in `folder`,
    or there is none (also when the folder cannot be reached: the attempt reports why). Never due when
    `every_hours` is 0 or less."""
    hours = every_hours
    if hours <= 0:
        return False
    last = last_backup_time(folder)
    now = now or dt.datetime.now()
    return last is None or now - last >= dt.timedelta(hours=hours)


# --- restore -----------------------------------------------------------------------------------------
def _database_in_use(db_path: Path) -> bool:
    """Whether another process has the (WAL) database open: it holds a shared lock on the -shm file's
    "DMS" byte for as long as it is connected. POSIX only (elsewhere renaming an open file fails)."""
    shm = Path(str(db_path) + "-shm")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return False
    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(fd)


def _aside_name(db_path: Path, now: dt.datetime) -> Path:
    base = f"{db_path.stem}-before-restore-{now:%Y%m%d-%H%M%S}"
    candidate, n = db_path.with_name(base + db_path.suffix), 1
    while any(Path(str(candidate) + s).exists() for s in ("", "-wal", "-shm", "-journal", ".keys")):
        n += 1
        candidate = db_path.with_name(f"{base}-{n}{db_path.suffix}")
    return candidate


def _check_account(path: Path, key: bytes, username: str, name: str) -> None:
    from app.engine.roles import NotAllowed, can
    from app.store.vault import normalize_username

    conn = _raw_connection(path, key, read_only=True)
    try:
        row = conn.execute("SELECT role, active FROM accounts WHERE username = ?",
                           [normalize_username(username)]).fetchone()
    except DatabaseError as exc:
        raise BackupDamaged(f"Varnostna kopija {name} nima uporabniških računov ({exc}).") from exc
    finally:
        conn.close()
    if row is None or not row[1]:
        raise RestoreRefused(f"V varnostni kopiji ni dejavnega uporabniškega računa »{username}«; "
                             f"prijavite se z računom, ki je obstajal ob varnostni kopiji.")
    if not can(row[0], "backup"):
        raise RestoreRefused(str(NotAllowed("backup", row[0])))


def backup_station(path: str | Path, key: bytes) -> tuple[str, str]:
    """(station id, station name as set, else "") of a database or a backup, read with its data key."""
    conn = _raw_connection(Path(path), key, read_only=True)
    try:
        rows = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('station_id', 'station_name')"))
    except DatabaseError:
        rows = {}
    finally:
        conn.close()
    return str(rows.get("station_id") or ""), str(rows.get("station_name") or "")


def station_text(station: tuple[str, str]) -> str:
    """A station as a message names it: »name« (id …) or its id."""
    station_id, name = station
    short = station_id[:8] or "brez oznake"
    return f"»{name}« (oznaka {short})" if name else f"oznaka {short}"


#: `restore_backup(station=UNKNOWN_STATION)`: the current database exists but cannot be opened to tell its station
UNKNOWN_STATION = ("?", "")


def restore_backup(backup_file: str | Path, db_path: str | Path, username: str, password: str,
                   *, now: dt.datetime | None = None, station: tuple[str, str] | None = None,
                   other_station: bool = False) -> Path | None:
    """Replace the database at `db_path` with a backup, after checking that the backup opens with the
    user's password through ITS key file, that the user may restore (permission "backup" in the backup)
    and that every page is intact. The current database (+ -wal, -shm, .keys) is moved aside as
    `<stem>-before-restore-YYYYMMDD-HHMMSS<suffix>` (never deleted); the backup and its key file are
    copied into place (temporary name, fsync, rename), and a "restore" entry is written to the
    restored audit trail as the user. Returns the path the previous database was kept as (None when
    there was none). Refusals (RestoreRefused: wrong password; BackupDamaged; DatabaseInUse) change
    nothing. Close every workspace on the database first."""
    from app.store.vault import BadCredentials, LockedOut, Vault, VaultError

    backup_file, db_path = Path(backup_file), Path(db_path)
    now = now or dt.datetime.now()
    if not backup_file.is_file():
        raise BackupError(f"Varnostne kopije {backup_file} ni.")
    backup_keys = Vault(backup_file).path
    if not backup_keys.is_file():
        raise BackupDamaged(f"Ob varnostni kopiji {backup_file.name} ni njene datoteke s ključi ({backup_keys.name}); "
                            f"brez nje je ni mogoče odpreti.")
    if db_path.exists() and db_path.resolve() == backup_file.resolve():
        raise BackupError("Varnostna kopija in obnovljena zbirka podatkov morata biti različni datoteki.")
    folder = db_path.parent
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFolderError(f"Mape {folder} ni mogoče ustvariti ({os_error_text(exc)}).") from exc

    staged = folder / f".{db_path.name}.restoring-{os.getpid()}{_PARTIAL}"
    staged_keys = Vault(staged).path
    _remove(staged, staged_keys)
    try:
        _copy_file(backup_file, staged)
        _copy_file(backup_keys, staged_keys)
        try:  # unlocking the staged copy: failures counted there never touch the backup's key file
            opened = Vault(staged).open(username, password)
            key = opened.key
        except (BadCredentials, LockedOut) as exc:
            raise RestoreRefused(f"Varnostne kopije {backup_file.name} ni mogoče odpreti: {exc} Velja geslo, ki ste "
                                 f"ga imeli ob varnostni kopiji.") from exc
        except VaultError as exc:
            raise BackupDamaged(f"Datoteka s ključi varnostne kopije {backup_file.name} ni uporabna ({exc}).") from exc
        version = check_copy(staged, key, backup_file.name)
        from app.store.db import MIGRATIONS

        if version > len(MIGRATIONS):
            raise BackupError(f"Varnostno kopijo {backup_file.name} je naredila novejša različica programa "
                              f"(shema {version}); posodobite program Priloga.")
        _check_account(staged, key, username, backup_file.name)
        if station is not None and not other_station:
            theirs = backup_station(staged, key)
            if station == UNKNOWN_STATION:
                raise OtherStation(
                    f"Trenutne zbirke {db_path.name} ni mogoče odpreti s tem računom, zato ni mogoče preveriti, ali je "
                    f"varnostna kopija {backup_file.name} (postaja {station_text(theirs)}) kopija te postaje. Če jo "
                    f"res želite obnoviti namesto trenutne zbirke, ponovite ukaz z --other-station.")
            if theirs[0] != station[0]:
                raise OtherStation(
                    f"Varnostna kopija {backup_file.name} je kopija druge postaje, {station_text(theirs)}; ta postaja "
                    f"je {station_text(station)}. Obnova bi register te postaje zamenjala z registrom druge postaje. "
                    f"Če to res želite, ponovite ukaz z --other-station.")
        if _database_in_use(db_path):
            raise DatabaseInUse(f"Zbirko podatkov {db_path} uporablja drug program (je Priloga še odprta?); "
                                f"zaprite ga in poskusite znova.")
        kept = _swap_in(db_path, staged, now)
    except BaseException as exc:
        _remove(staged, staged_keys)
        if made_folder:
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            if _is_no_space(exc):
                raise BackupNoSpace(f"Na disku z mapo {folder} ni dovolj prostora za obnovo; nič ni bilo "
                                    f"spremenjeno.") from exc
            raise BackupError(f"Obnova ni uspela ({os_error_text(exc)}); nič ni bilo spremenjeno.") from exc
        raise
    _record_restore(db_path, key, username, backup_file.name, kept, opened.signing, opened.entry.get("box_public"))
    return kept


def _swap_in(db_path: Path, staged: Path, now: dt.datetime) -> Path | None:
    """Move the current files aside and the staged ones into place; on a failure put everything back."""
    from app.store.vault import Vault

    aside = _aside_name(db_path, now) if any(
        Path(str(db_path) + s).exists() for s in ("", "-wal", "-shm", "-journal", ".keys")) else None
    pairs = []
    if aside is not None:
        pairs = [(Path(str(db_path) + s), Path(str(aside) + s))
                 for s in ("", "-wal", "-shm", "-journal", ".keys", ".anchor")]
    moved: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            if source.exists():
                os.replace(source, target)
                moved.append((source, target))
        os.replace(Vault(staged).path, Vault(db_path).path)
        moved.append((Vault(staged).path, Vault(db_path).path))
        os.replace(staged, db_path)
        fsync_dir(db_path.parent)
    except OSError:
        for source, target in reversed(moved):
            try:
                os.replace(target, source)
            except OSError:  # pragma: no cover - the files are still there under the aside names
                pass
        raise
    return aside if len(moved) > 1 else None  # more than the new key file: something was kept aside


def _record_restore(db_path: Path, key: bytes, username: str, backup_name: str, kept: Path | None,
                    signing=None, box: str | None = None) -> None:
    """Open the restored database as the user (schema brought up to date), write the "restore" entry (signed
    with the user's key) and start the anchor file anew from it (the previous one is kept aside with the
    previous database)."""
    from app.store import anchor, audit
    from app.store.accounts import Accounts
    from app.store.db import open_store
    from app.store.settings import Settings

    try:
        db: Database = open_store(db_path, key)
    except StoreError as exc:  # pragma: no cover - the copy was checked just before
        raise BackupError(f"Obnovljene zbirke podatkov ni mogoče odpreti ({exc}); prejšnja je shranjena kot "
                          f"{kept.name if kept else '–'}.") from exc
    try:
        account = Accounts(db).get(username)
        station = Settings(db).station_id
        db.actor = {"user": account.username, "station": station, "name": account.display_name, "signing": signing}
        if signing is not None and Accounts(db).signing_key(account.username) != audit.public_text(signing):
            Accounts(db).introduce_key(account.username, audit.public_text(signing), "signing_key",  # an older backup
                                       box=box)
        audit.record_now(db, "restore", target="file",
                         detail={"backup": backup_name, "previous_kept_as": kept.name if kept else None})
        try:
            anchor.reset_file(anchor.path_for(db_path), anchor.current(db), station)
        except OSError:  # the next login writes it
            pass
    finally:
        db.conn.close()
