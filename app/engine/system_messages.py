"""What the operating system and the JSON reader report, in Slovenian words: an OSError's `strerror` and a
JSONDecodeError's `msg` come in English from the C library and from Python, so every layer that shows
one to a user says it with these instead (`os_error_text(exc)`, `json_error_text(exc)`)."""

from __future__ import annotations

import errno
import json

#: errno → what it means for the user (the usual faults of files, disks and the network)
OS_ERRORS = {
    errno.ENOENT: "datoteke ali mape ni",
    errno.EACCES: "ni dovoljenja za dostop",
    errno.EPERM: "dejanje ni dovoljeno",
    errno.EEXIST: "datoteka s tem imenom že obstaja",
    errno.ENOSPC: "na disku ni več prostora",
    errno.EROFS: "disk je samo za branje",
    errno.EISDIR: "to je mapa, ne datoteka",
    errno.ENOTDIR: "del poti ni mapa",
    errno.ENOTEMPTY: "mapa ni prazna",
    errno.EBUSY: "datoteko ali napravo uporablja drug program",
    errno.EIO: "napaka pri branju ali pisanju na napravi",
    errno.ENAMETOOLONG: "ime datoteke je predolgo",
    errno.EMFILE: "odprtih je preveč datotek",
    errno.ENFILE: "odprtih je preveč datotek",
    errno.EXDEV: "premik med različnima diskoma ni mogoč",
    errno.EAGAIN: "vir trenutno ni na voljo; poskusite znova",
    errno.ENODEV: "naprave ni",
    errno.ENXIO: "naprave ali naslova ni",
    errno.EINVAL: "neveljaven argument",
    errno.EFBIG: "datoteka je prevelika",
    errno.ECONNREFUSED: "povezava je bila zavrnjena",
    errno.ECONNRESET: "povezavo je prekinila druga stran",
    errno.ECONNABORTED: "povezava je bila prekinjena",
    errno.ETIMEDOUT: "povezava je potekla (ni odziva)",
    errno.EHOSTUNREACH: "strežnik ni dosegljiv",
    errno.ENETUNREACH: "omrežje ni dosegljivo",
    errno.ENETDOWN: "omrežje ne deluje",
    errno.EPIPE: "povezava je bila prekinjena",
    errno.EADDRINUSE: "naslov je že v uporabi",
}
for _name, _text in (("EDQUOT", "presežena je kvota diska"), ("ETXTBSY", "datoteko uporablja drug program")):
    if hasattr(errno, _name):
        OS_ERRORS[getattr(errno, _name)] = _text

#: the messages of Python's json module (json.decoder) → Slovenian
JSON_ERRORS = {
    "Expecting value": "pričakovana je vrednost",
    "Expecting ',' delimiter": "manjka vejica",
    "Expecting ':' delimiter": "manjka dvopičje",
    "Expecting property name enclosed in double quotes": "ime lastnosti mora biti v dvojnih narekovajih",
    "Unterminated string starting at": "niz ni zaključen",
    "Invalid control character at": "neveljaven kontrolni znak",
    "Invalid control character": "neveljaven kontrolni znak",
    "Invalid \\escape": "neveljavno ubežno zaporedje",
    "Invalid \\uXXXX escape": "neveljavno zaporedje \\uXXXX",
    "Extra data": "za koncem so še odvečni podatki",
    "Illegal trailing comma before end of object": "odvečna vejica pred koncem objekta",
    "Illegal trailing comma before end of array": "odvečna vejica pred koncem seznama",
}


def os_error_text(exc: BaseException) -> str:
    """An OS error in Slovenian words (its errno), else its own text."""
    number = getattr(exc, "errno", None)
    if number in OS_ERRORS:
        return OS_ERRORS[number]
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def json_error_text(exc: json.JSONDecodeError) -> str:
    """What is wrong with a JSON text, in Slovenian (the caller says where: exc.lineno, exc.colno)."""
    return JSON_ERRORS.get(exc.msg, exc.msg)
