"""Photos for forms: read an image file, crop it to 35 x 45 mm proportions, store as JPEG (Pillow)."""

from __future__ import annotations

import io
import os
import stat

WIDTH_MM, HEIGHT_MM = 35, 45
#: 35 x 45 mm at 300 dpi
OUTPUT_SIZE = (413, 531)
#: the source kept for moving the crop later is scaled down to this longest side
ORIGINAL_MAX = 1600
MAX_FILE_BYTES = 30 * 1024 * 1024
#: the only formats a photo is decoded as; any other (EPS runs Ghostscript, …) is refused before decoding
ALLOWED_FORMATS = ("JPEG", "PNG")
#: 40 megapixels: a camera photo fits, a decompression bomb does not
MAX_PIXELS = 40_000_000


class PhotoError(ValueError):
    """The file is not a usable photo; the message says why and what to do."""


def read_photo_file(path) -> bytes:
    """The bytes of a photo file: only a regular file, its size checked before reading.

    A device (`/dev/zero`), a pipe or a folder is refused at once; so is a file over MAX_FILE_BYTES.
    Raises PhotoError (or OSError when the file cannot be opened)."""
    fd = os.open(os.fspath(path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise PhotoError("Izbrana pot ni navadna datoteka; izberite fotografijo v obliki JPEG ali PNG.")
        if info.st_size > MAX_FILE_BYTES:
            raise PhotoError(f"Datoteka je prevelika ({info.st_size // (1024 * 1024)} MB); "
                             f"izberite fotografijo, manjšo od 30 MB.")
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read(MAX_FILE_BYTES + 1)
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise PhotoError("Datoteka je prevelika; izberite fotografijo, manjšo od 30 MB.")
    return data


def open_image(data: bytes):
    """A Pillow image upright (EXIF orientation applied), in RGB."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(f"Datoteka je prevelika ({len(data) // (1024 * 1024)} MB); izberite fotografijo, manjšo od 30 MB.")
    try:
        # formats= keeps Pillow from even trying other decoders (EPS would start Ghostscript)
        image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        if image.format not in ALLOWED_FORMATS:
            raise PhotoError("Fotografija mora biti v obliki JPEG ali PNG.")
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PhotoError(f"Fotografija ima preveč točk ({width} x {height}); "
                             f"izberite fotografijo z največ 40 milijoni točk.")
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            SyntaxError, ValueError) as exc:
        if isinstance(exc, PhotoError):
            raise
        raise PhotoError("Datoteka ni slika, ki jo program zna prebrati; izberite fotografijo v obliki JPEG ali PNG.") from exc
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
