"""argparse in Slovenian. argparse asks gettext for every text it prints ("usage: ", "options",
"the following arguments are required: %s" …) through the module's `_` and `ngettext`; Python ships no
catalogue for them, so this is one: a `gettext.NullTranslations` over the table below, installed on the
argparse module by `install()` (the CLI's only use of gettext; texts not in the table stay as they are)."""

from __future__ import annotations

import argparse
import gettext

#: argparse's msgids (Python 3.11–3.13) → Slovenian
MESSAGES = {
    "usage: ": "uporaba: ",
    "positional arguments": "argumenti",
    "options": "možnosti",
    "optional arguments": "možnosti",
    "show this help message and exit": "izpiši to pomoč in končaj",
    "show program's version number and exit": "izpiši različico programa in končaj",
    "%(prog)s: error: %(message)s\n": "%(prog)s: napaka: %(message)s\n",
    "the following arguments are required: %s": "manjkajo obvezni argumenti: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "neveljavna izbira: %(value)r (izberite med: %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "neveljavna izbira: %(value)r, ste mislili %(closest)r? (izberite med: %(choices)s)",
    "unrecognized arguments: %s": "neznani argumenti: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "neveljavna vrednost (%(type)s): %(value)r",
    "expected one argument": "pričakovan je en argument",
    "expected at most one argument": "pričakovan je največ en argument",
    "expected at least one argument": "pričakovan je vsaj en argument",
    "ambiguous option: %(option)s could match %(matches)s": "nejasna možnost: %(option)s se lahko ujema z %(matches)s",
    "not allowed with argument %s": "ni dovoljeno skupaj z argumentom %s",
    "one of the arguments %s is required": "obvezen je eden od argumentov %s",
    "ignored explicit argument %r": "argument %r je bil prezrt",
    "can't open '%(filename)s': %(error)s": "datoteke »%(filename)s« ni mogoče odpreti: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "neznan ukaz %(parser_name)r (mogoči: %(choices)s)",
    "unexpected option string: %s": "nepričakovana možnost: %s",
    "option '%(option)s' is deprecated": "možnost »%(option)s« je opuščena",
    "command '%(parser_name)s' is deprecated": "ukaz »%(parser_name)s« je opuščen",
    "argument '%(argument_name)s' is deprecated": "argument »%(argument_name)s« je opuščen",
}
#: plural msgids → Slovenian forms for 1, 2, 3–4, 5+ (…01, …02, …03–04, other)
PLURALS = {
    ("expected %s argument", "expected %s arguments"):
        ("pričakovan je %s argument", "pričakovana sta %s argumenta", "pričakovani so %s argumenti",
         "pričakovanih je %s argumentov"),
    ("conflicting option string: %s", "conflicting option strings: %s"):
        ("možnost se podvaja: %s", "možnosti se podvajata: %s", "možnosti se podvajajo: %s", "možnosti se podvajajo: %s"),
}


class SlovenianArgparse(gettext.NullTranslations):
    """gettext's interface over MESSAGES and PLURALS (Slovenian has four plural forms)."""

    def gettext(self, message: str) -> str:
        return MESSAGES.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = PLURALS.get((singular, plural))
        if forms is None:
            return singular if n == 1 else plural
        rest = n % 100
        return forms[0 if rest == 1 else 1 if rest == 2 else 2 if rest in (3, 4) else 3]


def install() -> SlovenianArgparse:
    """Make argparse speak Slovenian in this process (its help, usage and errors)."""
    catalogue = SlovenianArgparse()
    argparse._ = catalogue.gettext
    argparse.ngettext = catalogue.ngettext
    return catalogue
