"""Time the PDF layout of long values (issue 15, item 7): a form with one long text value and a person's own-data
export (subject-export) with long register values and a long form value, at 100k, 400k and 1 MB characters.

    PYTHONPATH=$PWD python tests/bench/long_values.py [--sizes 100000,400000,1000000] [--timeout 120]

Each measurement runs in its own process with a time limit, so a layout that never finishes is reported as such."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _text(n: int, words: bool) -> str:
    if words:
        return ("Ševčenko Олена dolga ulica " * (n // 27 + 1))[:n]
    return ("Ž" * n)


def _form(n: int, words: bool, queue) -> None:
    from app.engine import default_catalog
    from app.export import render_pdf

    definition = default_catalog().get("ZZ-1")
    data = dict(definition.sample)
    data["address_si"] = _text(n, words)
    start = time.perf_counter()
    try:
        pdf = render_pdf(definition, data)
        queue.put(("ok", time.perf_counter() - start, len(pdf)))
    except Exception as exc:  # a refusal is a result too
        queue.put((f"{type(exc).__name__}: {str(exc).splitlines()[0][:100]}", time.perf_counter() - start, 0))


def _subject(n: int, words: bool, queue) -> None:
    from ws_helpers import new_workspace

    with tempfile.TemporaryDirectory() as folder:
        ws = new_workspace(Path(folder) / "p.sqlite3")
        long = _text(n, words)
        # the store as an older version or a transfer wrote it: the checks of today are not in the way
        person_id = ws.register.add_person(surname=long, given_name="Olena", address_si=long)
        draft = ws.import_draft("ZZ-1", {"surname": long, "given_name": "Olena", "address_si": long})
        ws.drafts.db.execute("UPDATE drafts SET person_id = ? WHERE id = ?", [person_id, draft.id])
        start = time.perf_counter()
        try:
            pdf = ws.subject_export(person_id)
            queue.put(("ok", time.perf_counter() - start, len(pdf)))
        except Exception as exc:
            queue.put((f"{type(exc).__name__}: {str(exc).splitlines()[0][:100]}", time.perf_counter() - start, 0))
        ws.close()


def measure(target, n: int, words: bool, timeout: float) -> str:
    queue = mp.Queue()
    process = mp.Process(target=target, args=(n, words, queue))
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.kill()
        process.join()
        return f"did not finish in {timeout:.0f} s"
    status, seconds, size = queue.get()
    return f"{seconds:.2f} s, {status}" + (f", {size // 1024} KB" if size else "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,400000,1000000")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()
    for n in [int(s) for s in args.sizes.split(",")]:
        for words in (True, False):
            kind = "words" if words else "one word"
            print(f"form ZZ-1, {n} chars ({kind}): {measure(_form, n, words, args.timeout)}", flush=True)
            print(f"subject-export, {n} chars ({kind}): {measure(_subject, n, words, args.timeout)}", flush=True)


if __name__ == "__main__":
    main()
