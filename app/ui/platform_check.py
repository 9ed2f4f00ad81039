"""Before the QApplication exists on Linux: are the system libraries Qt's xcb (X11) platform plugin loads
there? Without them Qt aborts with a message that names one library of several (issue 13, item 0); here
the user gets one Slovenian line with the whole apt command instead, and the exit code 2."""

from __future__ import annotations

import ctypes
import os
import re
import sys

from pathlib import Path

# The shared libraries the xcb plugin (libqxcb.so → libQt6XcbQpa.so.6) links beyond libxcb itself, and the
# Debian/Ubuntu package of each (measured with `ldd` on PySide6 6.x's plugin).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}

APT_COMMAND = "sudo apt-get install"


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Will Qt start its xcb platform? Linux only, when QT_QPA_PLATFORM asks for xcb or names nothing
    on an X11 (not a Wayland) session."""
    if not platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if asked:
        return asked == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland")


def _qt_xcb_library() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    return path if path.is_file() else None


def missing_platform_packages(libraries: dict[str, str] | None = None, environ=os.environ,
                              platform: str = sys.platform) -> list[str]:
    """The system packages to install before Qt's xcb platform can start (empty when nothing is
    missing, or when Qt will not use xcb here). Each library is loaded with ctypes as Qt would; then
    Qt's own xcb library is loaded, so a library missing from the list is still named."""
    if not uses_xcb(environ, platform):
        return []
    libraries = XCB_LIBRARIES if libraries is None else libraries
    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    if not missing:
        qt_library = _qt_xcb_library()
        if qt_library is not None:
            try:
                ctypes.CDLL(str(qt_library))
            except OSError as exc:
                named = re.search(r"(lib[\w.+-]+\.so[\d.]*)", str(exc))
                missing.append(named.group(1) if named else str(exc))
    return missing


def platform_message(missing: list[str]) -> str:
    """One Slovenian line: what is missing and the command that installs it."""
    return ("Priloga se ne more odpreti, ker v sistemu manjkajo knjižnice za okna Qt (xcb); "
            f"namestite jih z ukazom: {APT_COMMAND} {' '.join(missing)}")
