"""Item 0 of issue 13: on Linux without the libraries of Qt's xcb plugin, `priloga` explains itself."""

import os
import subprocess
import sys

import pytest

from app.ui.platform_check import XCB_LIBRARIES, missing_platform_packages, platform_message, uses_xcb


def test_a_library_that_cannot_load_names_its_package():
    libraries = {"libc.so.6": "libc6", "libpriloga-ni-je.so.9": "libpriloga-ni-je9"}
    missing = missing_platform_packages(libraries, environ={"QT_QPA_PLATFORM": "xcb"}, platform="linux")
    assert missing[0] == "libpriloga-ni-je9"
    assert "libc6" not in missing
    line = platform_message(missing)
    assert "sudo apt-get install libpriloga-ni-je9" in line and "\n" not in line


def test_only_the_xcb_platform_on_linux_is_checked():
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert not uses_xcb({}, "win32")
    assert missing_platform_packages({"libpriloga-ni-je.so.9": "x"}, environ={"QT_QPA_PLATFORM": "offscreen"},
                                     platform="linux") == []


def test_the_readme_names_every_package_checked():
    readme = open(os.path.join(os.path.dirname(__file__), "..", "README.md"), encoding="utf-8").read()
    for package in XCB_LIBRARIES.values():
        assert package in readme, package


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_priloga_on_this_machine_exits_2_with_one_line_or_starts(tmp_path):
    """The real command under the xcb platform: when this machine lacks xcb libraries (the CI image lacks
    libxcb-icccm4 and libxcb-keysyms1) it prints the apt line and exits 2, never a Qt abort."""
    missing = missing_platform_packages(environ={"QT_QPA_PLATFORM": "xcb"}, platform="linux")
    if not missing:
        pytest.skip("every xcb library is installed here")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99")
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "p.db"), "gui"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "apt-get install" in lines[0] and missing[0] in lines[0]
