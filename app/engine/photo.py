"""Photos for forms: read an image file, crop it to 35 x 45 mm proportions, store as JPEG (Pillow)."""

from __future__ import annotations

import io

WIDTH_MM, HEIGHT_MM = 35, 45
#: 35 x 45 mm at 300 dpi
OUTPUT_SIZE = (413, 531)
#: the source kept for moving the crop later is scaled down to this longest side
ORIGINAL_MAX = 1600
MAX_FILE_BYTES = 30 * 1024 * 1024


class PhotoError(ValueError):
    """The file is not a usable photo; the message says why and what to do."""


def open_image(data: bytes):
    """A Pillow image upright (EXIF orientation applied), in RGB."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if len(data) > MAX_FILE_BYTES:
        raise PhotoError(f"Datoteka je prevelika ({len(data) // (1024 * 1024)} MB); izberite fotografijo, manjšo od 30 MB.")
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
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
