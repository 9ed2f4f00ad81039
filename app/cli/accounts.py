"""Commands about the station's accounts: init, accounts, account-add, account-reset, account-role,
account-off, rekey, password."""

from __future__ import annotations

import os
import sys

from app.cli.base import EXIT_OK, CliError, arg, command, password, username, workspace

ROLES = ["official", "supervisor", "administrator"]


@command("init", "prvi zagon postaje: ustvari prvega skrbnika in šifrirano zbirko podatkov",
         arg("--name", required=True, help="ime in priimek skrbnika (izpiše se na obrazcih)"))
def init(args) -> int:
    from app.workspace import VaultError, first_start

    user = username(args)
    try:
        ws = first_start(args.db, user, password("Geslo skrbnika: ", confirm=True), args.name)
    except VaultError as exc:
        raise CliError(str(exc)) from None
    print(f"{ws.path}\t{ws.user}\t{ws.account.role_name}")
    ws.close()
    return EXIT_OK


@command("accounts", "seznam uporabniških računov (skrbnik)")
def accounts(args) -> int:
    ws = workspace(args)
    ws.require("accounts")
    for account in ws.list_accounts():
        state = "" if account.active else "\tizklopljen"
        print(f"{account.username}\t{account.display_name}\t{account.role}{state}")
    return EXIT_OK


@command("account-add", "nov uporabniški račun (skrbnik); prvo geslo iz $PRILOGA_NEW_PASSWORD "
         "ali ga vpišite, uporabnik ga ob prvi prijavi zamenja",
         arg("username", metavar="UPORABNIK"),
         arg("--name", required=True, help="ime in priimek uradne osebe"),
         arg("--role", required=True, choices=ROLES))
def account_add(args) -> int:
    ws = workspace(args)
    ws.require("accounts")
    account = ws.add_account(args.username, args.name, args.role,
                             password("Prvo geslo novega uporabnika: ", "PRILOGA_NEW_PASSWORD", confirm=True))
    print(f"{account.username}\t{account.display_name}\t{account.role}")
    return EXIT_OK


@command("account-reset", "novo geslo za uporabnika (skrbnik); iz $PRILOGA_NEW_PASSWORD ali vpišite",
         arg("username", metavar="UPORABNIK"))
def account_reset(args) -> int:
    ws = workspace(args)
    ws.require("accounts")
    ws.reset_password(args.username, password("Novo geslo: ", "PRILOGA_NEW_PASSWORD", confirm=True))
    return EXIT_OK


@command("account-role", "spremeni vlogo uporabnika (skrbnik)",
         arg("username", metavar="UPORABNIK"),
         arg("role", choices=ROLES))
def account_role(args) -> int:
    ws = workspace(args)
    account = ws.set_role(args.username, args.role)
    print(f"{account.username}\t{account.role}")
    return EXIT_OK


@command("account-off", "izklopi uporabniški račun (skrbnik); geslo ne odklene več ničesar, podatkovni ključ "
         "se zamenja (stare datoteke s ključi ne odprejo več zbirke)",
         arg("username", metavar="UPORABNIK"))
def account_off(args) -> int:
    ws = workspace(args)
    ws.set_active(args.username, False, progress=lambda message: print(message, file=sys.stderr, flush=True))
    return EXIT_OK


@command("rekey", "zamenjaj podatkovni ključ (skrbnik; ob sumu, da je ključ ali datoteka s ključi ušla): zbirka "
         "se šifrira z novim ključem, stare datoteke s ključi in varnostne kopije njenih ključev je ne odprejo več")
def rekey(args) -> int:
    ws = workspace(args)
    done = ws.rotate_key("manual", progress=lambda message: print(message, file=sys.stderr, flush=True))
    print(f"ključ zamenjan\t{done.pages} strani\t{done.seconds:.2f} s" +
          (f"\tbrez ključa (potrebujejo novo geslo): {', '.join(done.removed)}" if done.removed else ""))
    return EXIT_OK


@command("password", "zamenjaj svoje geslo (novo iz $PRILOGA_NEW_PASSWORD ali ga vpišite)")
def change_password(args) -> int:
    ws = workspace(args, password_change=True)
    ws.change_password(os.environ.get("PRILOGA_PASSWORD") or password(),
                       password("Novo geslo: ", "PRILOGA_NEW_PASSWORD", confirm=True))
    return EXIT_OK
