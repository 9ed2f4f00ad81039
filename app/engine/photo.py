"""Photos for forms: read an image file, crop it to 35 x 45 mm proportions, store as JPEG (Pillow)."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path
from app.engine.system_messages import os_error_text

WIDTH_MM, HEIGHT_MM = 35, 45
#: 35 x 45 mm at 300 dpi
OUTPUT_SIZE = (413, 531)
#: the source kept for moving the crop later is scaled down to this longest side
ORIGINAL_MAX = 1600
MAX_FILE_BYTES = 30 * 1024 * 1024
#: the only formats decoded: a photo is a JPEG or a PNG. Pillow would otherwise hand other formats to
#: their decoders (an EPS file named .jpg to Ghostscript, a program outside Pillow).
FORMATS = ("JPEG", "PNG")
#: largest image decoded (pixels): a 40-megapixel camera photo; a larger header is refused before decoding
MAX_PIXELS = 40_000_000


class PhotoError(ValueError):
    """The file is not a usable photo; the message says why and what to do."""


def _too_large(size: int) -> PhotoError:
    return PhotoError(f"Datoteka je prevelika ({size // (1024 * 1024)} MB); izberite fotografijo, manjšo od 30 MB.")


def read_photo_file(path: str | Path) -> bytes:
    """The bytes of a photo file: only a regular file (not a device, pipe or folder), its size checked
    before anything is read, never more than MAX_FILE_BYTES read."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise PhotoError(f"Fotografije ni mogoče prebrati: datoteke {path} ni; izberite obstoječo fotografijo.") from None
    except OSError as exc:
        raise PhotoError(f"Fotografije ni mogoče prebrati: {path} ({os_error_text(exc)}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise PhotoError(f"{path} ni navadna datoteka; izberite fotografijo v obliki JPEG ali PNG.")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(info.st_size)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PhotoError(f"Fotografije ni mogoče prebrati: {path} ({os_error_text(exc)}).") from None
    if len(data) > MAX_FILE_BYTES:  # grew while being read
        raise _too_large(len(data))
    return data


def open_image(data: bytes):
    """A Pillow image upright (EXIF orientation applied), in RGB. Only JPEG and PNG are decoded, and
    only up to MAX_PIXELS (checked from the header, before decoding)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    not_a_photo = "Datoteka ni fotografija v obliki JPEG ali PNG; izberite fotografijo v eni od teh oblik."
    too_many = ("Fotografija je prevelika ({width} x {height} točk); izberite fotografijo z največ "
                f"{MAX_PIXELS // 1_000_000} milijoni točk.")
    try:
        image = Image.open(io.BytesIO(data), formats=FORMATS)
    except Image.DecompressionBombError as exc:
        raise PhotoError(too_many.format(width="več kot 180 milijonov", height="")
                         .replace(" x  točk", " točk")) from exc
    except (UnidentifiedImageError, OSError) as exc:
        raise PhotoError(not_a_photo) from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoError(too_many.format(width=width, height=height))
    try:
        image.load()
    except (OSError, Image.DecompressionBombError, ValueError) as exc:
        raise PhotoError(not_a_photo) from exc
    image = ImageOps.exif_transpose(image)
    if image.mode != "RGB":
        image = image.convert("RGB")
    if min(image.size) < 100:
        raise PhotoError(f"Fotografija je premajhna ({image.size[0]} x {image.size[1]} točk); "
                         f"za 35 x 45 mm potrebujete vsaj 300 x 390 točk.")
    return image


def default_crop(width: int, height: int, ratio: float = WIDTH_MM / HEIGHT_MM) -> tuple[int, int, int, int]:
    """The largest centred rectangle of the photo's proportions (x, y, w, h)."""
    if width / height > ratio:
        w, h = round(height * ratio), height
    else:
        w, h = width, round(width / ratio)
    return (width - w) // 2, (height - h) // 2, w, h


def clamp_crop(crop: tuple[float, float, float, float], width: int, height: int,
               ratio: float = WIDTH_MM / HEIGHT_MM) -> tuple[int, int, int, int]:
    """Keep a crop rectangle inside the image and at the photo's proportions."""
    x, y, w, h = crop
    w = max(10.0, min(float(w), width, height * ratio))
    h = w / ratio
    x = min(max(0.0, float(x)), width - w)
    y = min(max(0.0, float(y)), height - h)
    return round(x), round(y), round(w), round(h)


def prepare(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """The source kept with the draft (JPEG, longest side ≤ ORIGINAL_MAX) and its size."""
    image = open_image(data)
    image.thumbnail((ORIGINAL_MAX, ORIGINAL_MAX))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue(), image.size


def crop_photo(data: bytes, crop: tuple[float, float, float, float] | None = None) -> bytes:
    """The 35 x 45 mm photo cut from `data` (JPEG bytes at 300 dpi)."""
    from PIL import Image

    image = open_image(data)
    box = clamp_crop(crop, *image.size) if crop else default_crop(*image.size)
    x, y, w, h = box
    cut = image.crop((x, y, x + w, y + h)).resize(OUTPUT_SIZE, Image.LANCZOS)
    out = io.BytesIO()
    cut.save(out, "JPEG", quality=90, dpi=(300, 300))
    return out.getvalue()
