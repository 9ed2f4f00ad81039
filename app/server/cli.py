"""``priloga-server``: migrate, enrol-station NAME, revoke-station NAME, add-user NAME --role R [--station S],
relocate PERSON --to STATION, codelist-set NAME VALUE LABEL, serve --host --port [--workers N], import-transfer FILE --station NAME (the passphrase from
``$PRILOGA_TRANSFER_PASSPHRASE`` or a prompt).

The database comes from ``--dsn`` or ``$PRILOGA_SERVER_DSN`` (a libpq connection string)."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

import psycopg

from app.server import register
from app.server.api import DSN_ENV
from app.server.db import migrate

PASSPHRASE_ENV = "PRILOGA_TRANSFER_PASSPHRASE"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="priloga-server", description="Centralni register Priloga")
    parser.add_argument("--dsn", default=os.environ.get(DSN_ENV), help="PostgreSQL (libpq) connection string")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="apply the schema's migrations")
    p = sub.add_parser("enrol-station", help="a new station; prints its one-time code")
    p.add_argument("name")
    p = sub.add_parser("revoke-station", help="refuse a station from now on")
    p.add_argument("name")
    p = sub.add_parser("add-user", help="a web user (password from $PRILOGA_WEB_PASSWORD or asked)")
    p.add_argument("name")
    p.add_argument("--role", choices=["supervisor", "ministry"], required=True)
    p.add_argument("--station", help="the supervisor's station (its name)")
    p = sub.add_parser("import-transfer", help="import a station's encrypted transfer file (a station without network)")
    p.add_argument("file")
    p.add_argument("--station", required=True, help="the station's name in the register (enrol-station NAME)")
    p = sub.add_parser("relocate", help="move a person's case to another station (relocation)")
    p.add_argument("person_id")
    p.add_argument("--to", required=True, help="the station's name")
    p = sub.add_parser("codelist-set", help="add or rename an entry of a server-held code list (stations pull it)")
    p.add_argument("name")
    p.add_argument("value")
    p.add_argument("label")
    p = sub.add_parser("serve", help="run the HTTP API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    if not args.dsn:
        print("Manjka povezava do baze PostgreSQL: --dsn ali $PRILOGA_SERVER_DSN.", file=sys.stderr)
        return 2
    try:
        if args.command == "migrate":
            applied = migrate(args.dsn)
            print("uporabljene migracije: " + (", ".join(map(str, applied)) or "nobena (shema je na zadnji različici)"))
        elif args.command == "enrol-station":
            with psycopg.connect(args.dsn, autocommit=True) as conn:
                print(register.create_station(conn, args.name))
        elif args.command == "revoke-station":
            with psycopg.connect(args.dsn, autocommit=True) as conn:
                register.revoke(conn, args.name)
            print(f"postaja »{args.name}« je preklicana")
        elif args.command == "add-user":
            import getpass

            from app.server import web

            password = os.environ.get("PRILOGA_WEB_PASSWORD") or getpass.getpass("Geslo: ")
            migrate(args.dsn)
            try:
                with psycopg.connect(args.dsn, autocommit=True) as conn:
                    web.add_user(conn, args.name, password, args.role, args.station)
            except ValueError as err:
                print(str(err), file=sys.stderr)
                return 1
            print(f"uporabnik »{args.name}« ({args.role}) je dodan")
        elif args.command in ("relocate", "codelist-set"):
            from app.server import supervision

            with psycopg.connect(args.dsn, autocommit=True) as conn:
                if args.command == "relocate":
                    supervision.relocate(conn, args.person_id, supervision.station_id(conn, args.to),
                                         "skrbnik (priloga-server)")
                    print(f"oseba {args.person_id} je premeščena na postajo »{args.to}«")
                else:
                    version = supervision.set_codelist_entry(conn, args.name, args.value, args.label)
                    print(f"šifrant »{args.name}« je na različici {version}")
        elif args.command == "import-transfer":
            return _import_transfer(args)
        elif args.command == "serve":
            import uvicorn

            migrate(args.dsn)
            os.environ[DSN_ENV] = args.dsn
            uvicorn.run("app.server.api:app_from_env", factory=True, host=args.host, port=args.port,
                        workers=args.workers, log_level="warning")
    except register.Refused as refused:
        print(str(refused), file=sys.stderr)
        return 1
    except psycopg.OperationalError as err:
        print(f"Baza PostgreSQL ni dosegljiva: {err}".strip(), file=sys.stderr)
        return 1
    return 0


def _import_transfer(args) -> int:
    from app.server.transfer_import import import_transfer
    from app.store.transfer import TransferError

    passphrase = os.environ.get(PASSPHRASE_ENV) or getpass.getpass("Geslo za prenos: ")
    migrate(args.dsn)
    try:
        with psycopg.connect(args.dsn, autocommit=True) as conn:
            summary = import_transfer(conn, args.file, passphrase, args.station)
    except TransferError as err:
        print(str(err), file=sys.stderr)
        return 1
    print(f"uvoženo: {summary['applied']}, nespremenjenih: {summary['unchanged']}, konfliktov: {summary['conflicts']},"
          f" kandidatov za združitev: {summary['duplicates']}, zavrnjenih: {len(summary['rejected'])}")
    for message in summary["rejected"]:
        print("zavrnjeno: " + message, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
