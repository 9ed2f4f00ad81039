"""A photo is decoded only as JPEG or PNG, within a size and pixel limit, from a regular file: no other
decoder (Ghostscript for EPS) is ever started, and a device such as /dev/zero is refused at once."""

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.engine.photo import MAX_FILE_BYTES, PhotoError, open_image, prepare, read_photo_file

ROOT = Path(__file__).resolve().parent.parent

EPS = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 400 500\n%%EndComments\n"
       b"newpath 0 0 moveto 400 500 lineto stroke\nshowpage\n%%EOF\n")


def _image(fmt: str, size=(400, 520)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 120, 90)).save(out, fmt)
    return out.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims `width` x `height` pixels (with a correct CRC)."""
    data = bytearray(_image("PNG", (8, 8)))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4:ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr:ihdr + 17])) & 0xFFFFFFFF
    data[ihdr + 17:ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_jpeg_and_png_are_read(fmt):
    prepared, size = prepare(_image(fmt))
    assert prepared[:3] == b"\xff\xd8\xff" and size == (400, 520)


@pytest.mark.parametrize("data", [EPS, _image("BMP"), _image("GIF"), _image("TIFF"), b"GIF89a" + b"\0" * 40],
                         ids=["eps", "bmp", "gif", "tiff", "junk"])
def test_other_formats_are_refused_with_a_reason(data):
    with pytest.raises(PhotoError, match="JPEG ali PNG"):
        open_image(data)


def test_a_header_claiming_too_many_pixels_is_refused_before_decoding():
    with pytest.raises(PhotoError, match="prevelika"):
        open_image(_png_claiming(60_000, 60_000))


def test_a_device_is_refused_at_once_and_a_large_file_before_it_is_read(tmp_path):
    with pytest.raises(PhotoError, match="ni navadna datoteka"):
        read_photo_file("/dev/zero")
    big = tmp_path / "big.jpg"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(PhotoError, match="prevelika"):
        read_photo_file(big)
    with pytest.raises(PhotoError, match="ni navadna datoteka"):
        read_photo_file(tmp_path)


def _cli(args, cwd, env):
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, env=env)


@pytest.mark.parametrize("photo", ["portret.jpg", "/dev/zero"])
def test_validate_and_import_never_start_another_decoder(tmp_path, photo):
    """An EPS named .jpg (or a device) given as a form's photo: a one-line refusal, and Ghostscript — here a
    stand-in `gs` first on PATH that leaves a mark — is never started."""
    (tmp_path / "portret.jpg").write_bytes(EPS)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    mark = tmp_path / "gs-was-run"
    fake = bin_dir / "gs"
    fake.write_text(f"#!/bin/sh\ntouch {mark}\nexit 1\n")
    fake.chmod(0o755)
    sample = json.loads(_cli(["sample", "ZZ-1"], ROOT, None).stdout)
    sample["photo"] = photo
    (tmp_path / "data.json").write_text(json.dumps(sample, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "PYTHONPATH": str(ROOT),
           "PRILOGA_DATA_DIR": str(tmp_path / "data")}
    result = _cli(["validate", "ZZ-1", str(tmp_path / "data.json")], ROOT, env)
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "JPEG ali PNG" in result.stderr or "ni navadna datoteka" in result.stderr
    assert not mark.exists()
