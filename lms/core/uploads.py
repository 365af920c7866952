"""Uploads are judged by their content, never by their name: the first bytes (and, for office
files, the parts inside the zip) must be those of the type the name claims; images are opened by
Pillow only far enough to read their size, so a decompression bomb is refused before it is decoded."""

import warnings
import zipfile

from django.conf import settings
from PIL import Image

SIGNATURES = {b"%PDF-": "pdf", b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg", b"PK\x03\x04": "zip"}
OFFICE_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
    "odt": "mimetype",
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
TEXT_EXTENSIONS = {"txt", "csv"}
TEXT_SAMPLE = 64 * 1024


def _head(upload, size):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def signature_kind(upload):
    """ "pdf", "png", "jpg" or "zip" from the first bytes; None for anything else."""
    head = _head(upload, 8)
    return next((kind for signature, kind in SIGNATURES.items() if head.startswith(signature)), None)


def _is_text(upload):
    sample = _head(upload, TEXT_SAMPLE)
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample may cut a character in two at its end; anything earlier is not UTF-8.
        return error.start >= len(sample) - 3
    return True


def _office_part_present(upload, extension):
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if OFFICE_PARTS[extension] not in names:
                return False
            return extension != "odt" or archive.read("mimetype") == ODT_MIMETYPE
    except (zipfile.BadZipFile, KeyError, OSError):
        return False
    finally:
        upload.seek(0)


def content_matches(upload, extension):
    """Whether the file is what its extension says (pdf, office documents, text, images)."""
    extension = extension.lower().lstrip(".")
    if extension == "jpeg":
        extension = "jpg"
    if extension in TEXT_EXTENSIONS:
        return _is_text(upload)
    kind = signature_kind(upload)
    if extension in OFFICE_PARTS:
        return kind == "zip" and _office_part_present(upload, extension)
    return kind == extension


def image_within_limits(upload, max_pixels=None):
    """Pillow reads the header only: the pixel count is checked before anything is decoded, and a
    file Pillow itself calls a decompression bomb is refused too."""
    max_pixels = max_pixels or settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                width, height = image.size
                if width * height > max_pixels:
                    return False
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, OSError, SyntaxError, ValueError):
        return False
    finally:
        upload.seek(0)
    return True
