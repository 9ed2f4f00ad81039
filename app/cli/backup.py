"""Commands about backups: backup, backups, restore."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.base import EXIT_FINDINGS, EXIT_OK, arg, command, password, print_json, username, workspace


@command("backup", "šifrirana varnostna kopija zbirke in datoteke s ključi zdaj (nadzornik)",
         arg("--folder", metavar="MAPA", help="mapa kopij (privzeto nastavitev ali backups ob zbirki)"))
def backup(args) -> int:
    from app.workspace.backup import BackupError

    ws = workspace(args)
    ws.require("backup")
    try:
        path = ws.backup(folder=args.folder, reason="manual")
    except BackupError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print(path)
    return EXIT_OK


@command("backups", "seznam varnostnih kopij, najprej najnovejša",
         arg("--folder", metavar="MAPA"),
         arg("--json", action="store_true", help="izpis kot JSON"))
def backups(args) -> int:
    ws = workspace(args)
    found = ws.backups(args.folder)
    if args.json:
        print_json([{"name": b.name, "path": str(b.path), "time": b.time.isoformat(), "bytes": b.size,
                     "reason": b.reason, "has_keys": b.has_keys} for b in found])
        return EXIT_OK
    for b in found:
        keys = "" if b.has_keys else "\tbrez datoteke s ključi"
        print(f"{b.name}\t{b.time.astimezone().strftime('%d. %m. %Y %H:%M')}\t{b.size // 1024} KB\t{b.reason}{keys}")
    return EXIT_OK


@command("restore", "obnovi zbirko iz varnostne kopije (prejšnja zbirka ostane shranjena ob "
         "njej); prijava z geslom, veljavnim ob času kopije (nadzornik)",
         arg("file", metavar="KOPIJA.sqlite3"),
         arg("--other-station", action="store_true",
             help="obnovi tudi kopijo druge postaje (register te postaje bo zamenjan z njenim)"))
def restore(args) -> int:
    from app.paths import default_db_path
    from app.workspace.backup import BackupError, current_station, restore_backup

    db_path = Path(args.db) if args.db else default_db_path()
    user, secret = username(args), password()
    try:
        station = current_station(db_path, user, secret)
        kept = restore_backup(args.file, db_path, user, secret, station=station, other_station=args.other_station)
    except BackupError as exc:
        print(f"priloga: {exc}", file=sys.stderr)
        return EXIT_FINDINGS
    print(f"obnovljeno iz {args.file}" + (f"; prejšnja zbirka shranjena kot {kept}" if kept else ""))
    return EXIT_OK
