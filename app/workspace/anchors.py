"""The audit trail's anchors as the workspace uses them: the local anchor file, the newest backup's anchor,
and the files a supervisor names, checked with the chain (app.store.anchor, app.store.audit). No Qt."""

from __future__ import annotations

from pathlib import Path

from app.store import anchor as _anchor
from app.store import audit
from app.store.anchor import Anchor, AnchorError  # noqa: F401

LOCAL_SOURCE = "datoteka sidra ob zbirki"


def write_local(ws) -> bool:
    """Write the head to the anchor file beside the database; False when the disk refused (the work goes on:
    the anchor is a check, and the next lock, backup or logout writes it again)."""
    try:
        _anchor.write_file(_anchor.path_for(ws.path), _anchor.current(ws.db), ws.settings.station_id)
    except OSError:
        return False
    return True


def found_anchors(ws, files=()) -> tuple[list[Anchor], list[str]]:
    """The anchors found (local file, newest backup's, the named files) and what could not be read."""
    anchors, problems = [], []
    try:
        local = _anchor.read_file(_anchor.path_for(ws.path), LOCAL_SOURCE)
        if local is not None:
            anchors.append(local)
    except AnchorError as exc:
        problems.append(str(exc))
    try:
        for info in ws.backups():
            held = _anchor.read_file(_anchor.path_for(info.path), f"varnostna kopija {info.name}")
            if held is not None:
                anchors.append(held)
                break
    except AnchorError as exc:
        problems.append(str(exc))
    except Exception:  # noqa: BLE001 - an unreachable backup folder (a USB disk away) has no anchor to give
        pass
    for path in files:
        anchors.append(_anchor.from_any_file(Path(path)))  # a named file without an anchor is an error
    return anchors, problems


def audit_check(ws, files=()):
    """`audit.check` against every anchor found; unreadable anchors are reported as problems."""
    from dataclasses import replace

    anchors, problems = found_anchors(ws, files)
    report = audit.check(ws.db, anchors)
    if problems and report.ok:
        return replace(report, first_broken=0, reason="; ".join(problems))
    return report
