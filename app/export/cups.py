"""Printing a PDF through the system's print service (CUPS: `lp`, `lpstat`), at 100 %, without Qt.

The Qt print dialog (app/ui/printing.py) stays the way to print interactively; this path sends a PDF
to a named queue (batch printing, a print server, tests against a real print system). Every job asks
for A4 (or the 91 x 60 mm card) with no scaling: `-o media=A4 -o fit-to-page=false -o print-scaling=none`.
A landscape page (a sheet of cards) is turned onto the A4 sheet by CUPS, never shrunk.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time

#: lp options per kind of paper
MEDIA = {
    "A4": ["-o", "media=A4"],
    "card": ["-o", "media=Custom.91x60mm"],
}
NO_SCALING = ["-o", "fit-to-page=false", "-o", "print-scaling=none"]
#: duplex for a sheet of cards and its back: card.py mirrors the columns (flip on the short edge)
DUPLEX = {"short": "two-sided-short-edge", "long": "two-sided-long-edge", None: None}
TIMEOUT = 30  # seconds for one lp/lpstat call


class CupsError(Exception):
    """Printing through CUPS failed; the message says why (in Slovenian)."""


def available() -> bool:
    """True when this computer has the CUPS client commands (lp, lpstat)."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(args: list[str], data: bytes | None = None) -> str:
    if not available():
        raise CupsError("Na tem računalniku ni tiskalnega sistema CUPS (ukaza lp in lpstat manjkata).")
    try:
        result = subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise CupsError(f"Tiskalni sistem se ni odzval v {TIMEOUT} s ({args[0]}).") from None
    except OSError as exc:
        raise CupsError(f"Ukaza {args[0]} ni mogoče zagnati ({exc.strerror}).") from None
    out = result.stdout.decode("utf-8", "replace")
    if result.returncode != 0:
        err = (result.stderr.decode("utf-8", "replace") or out).strip().splitlines()
        raise CupsError(f"Tiskanje ni uspelo: {err[-1] if err else f'{args[0]} je vrnil {result.returncode}'}")
    return out


def queues() -> list[str]:
    """The names of the print queues (destinations) CUPS knows."""
    try:
        out = _run(["lpstat", "-e"])
    except CupsError:
        return []
    return [line.strip() for line in out.splitlines() if line.strip()]


def default_queue() -> str | None:
    try:
        out = _run(["lpstat", "-d"])
    except CupsError:
        return None
    match = re.search(r"destination:\s*(\S+)", out)
    return match.group(1) if match else None


def print_pdf(pdf: bytes, queue: str, title: str = "Priloga", media: str = "A4", copies: int = 1,
              duplex: str | None = None, options: dict[str, str] | None = None) -> str:
    """Send a PDF to `queue` at 100 % and return the CUPS job id (e.g. "PrilogaPDF-12").

    `media` is "A4" or "card" (91 x 60 mm card stock); `duplex` "short" or "long" for two-sided
    printing (a sheet of cards and its back)."""
    if media not in MEDIA:
        raise ValueError(f"media must be one of {', '.join(MEDIA)}, not {media!r}")
    if not pdf.startswith(b"%PDF"):
        raise CupsError("Za tisk ni dokumenta PDF.")
    args = ["lp", "-d", queue, "-t", _safe_title(title), "-n", str(max(1, int(copies)))]
    args += MEDIA[media] + NO_SCALING
    if DUPLEX.get(duplex):
        args += ["-o", f"sides={DUPLEX[duplex]}"]
    for key, value in (options or {}).items():
        args += ["-o", f"{key}={value}"]
    out = _run(args + ["--", "-"], data=pdf)
    match = re.search(r"request id is (\S+)", out)
    if not match:
        raise CupsError(f"Tiskalni sistem ni vrnil številke posla ({out.strip() or 'brez odgovora'}).")
    return match.group(1)


def _safe_title(title: str) -> str:
    """A job title without characters print back ends turn into file names badly."""
    return re.sub(r"[^\w.\- ]+", "_", title, flags=re.ASCII).strip() or "Priloga"


def job_completed(job_id: str) -> bool:
    """True when CUPS lists the job among the completed ones of its queue."""
    queue = job_id.rsplit("-", 1)[0]
    out = _run(["lpstat", "-W", "completed", "-o", queue])
    return any(line.split()[:1] == [job_id] for line in out.splitlines())


def wait_for(job_id: str, timeout: float = 60.0, interval: float = 0.25) -> bool:
    """Wait until the job is completed; False when it is not done after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if job_completed(job_id):
            return True
        time.sleep(interval)
    return False
