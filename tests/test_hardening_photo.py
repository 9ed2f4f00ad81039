"""Photos are decoded only as JPEG or PNG, from regular files of bounded size (issue 15, item 1)."""

import io
import json
import time

import pytest
from PIL import Image

from ws_helpers import with_station

from app.cli import main
from app.engine.photo import MAX_FILE_BYTES, PhotoError, crop_photo, prepare, read_photo_file

EPS = b"""%!PS-Adobe-3.0 EPSF-3.0
%%BoundingBox: 0 0 400 500
/Helvetica findfont 12 scalefont setfont
newpath 0 0 moveto 400 500 lineto stroke
showpage
%%EOF
"""


def _image(fmt: str, size=(700, 900)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (90, 120, 160)).save(out, fmt)
    return out.getvalue()


def test_eps_renamed_jpg_is_refused_without_ghostscript(monkeypatch):
    import PIL.EpsImagePlugin as eps

    def no_ghostscript(*args, **kwargs):
        raise AssertionError("Ghostscript was started for a photo")

    monkeypatch.setattr(eps, "Ghostscript", no_ghostscript)
    with pytest.raises(PhotoError, match="JPEG ali PNG"):
        crop_photo(EPS)


@pytest.mark.parametrize("fmt", ["BMP", "GIF", "TIFF", "WEBP"])
def test_other_formats_are_refused(fmt):
    with pytest.raises(PhotoError, match="JPEG ali PNG"):
        prepare(_image(fmt))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_jpeg_and_png_are_read(fmt):
    assert crop_photo(_image(fmt))[:3] == b"\xff\xd8\xff"


def test_pixel_limit_refuses_a_decompression_bomb():
    bomb = _image("PNG", (8000, 8000))  # 64 Mpx of one colour compresses to a small file
    assert len(bomb) < MAX_FILE_BYTES
    with pytest.raises(PhotoError, match="preveč točk"):
        prepare(bomb)


def test_dev_zero_is_refused_at_once():
    started = time.monotonic()
    with pytest.raises(PhotoError, match="ni navadna datoteka"):
        read_photo_file("/dev/zero")
    assert time.monotonic() - started < 1


def test_size_is_checked_before_reading(tmp_path):
    big = tmp_path / "big.jpg"
    with open(big, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: reading it all would be the bug
    with pytest.raises(PhotoError, match="prevelika"):
        read_photo_file(big)


def test_cli_refuses_eps_photo_and_dev_zero(capsys, tmp_path):
    (tmp_path / "p.jpg").write_bytes(EPS)
    for photo in (str(tmp_path / "p.jpg"), "/dev/zero"):
        data = tmp_path / "d.json"
        data.write_text(json.dumps({"photo": photo}))
        started = time.monotonic()
        code = main(with_station(("validate", "ZZ-1", str(data))))
        _out, err = capsys.readouterr()
        assert code != 0 and ("JPEG ali PNG" in err or "ni navadna datoteka" in err), err
        assert time.monotonic() - started < 5
