"""Uploads are judged by their content, never by their name: the first bytes (and, for office
files, the parts inside the zip) must be those of the type the name claims; images are opened by
Pillow only far enough to read their size, so a decompression bomb is refused before it is decoded.
An office file is a zip: one with too many parts, or that would unpack to too much, is refused
(ArchiveTooLarge) from its directory alone, before anything in it is decompressed."""

import os
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
# Videos and their captions (lesson video blocks): an ISO media file says "ftyp" in its first box,
# a WebM file is an EBML document of type "webm", a WebVTT file is text that begins with WEBVTT.
EBML_MAGIC = b"\x1a\x45\xdf\xa3"
TEXT_SAMPLE = 64 * 1024
# Far above any real document (a large report with images has a few hundred parts and unpacks to
# tens of megabytes), far below what would tire a server: zip bombs unpack to gigabytes.
ARCHIVE_MAX_MEMBERS = 5_000
ARCHIVE_MAX_DIRECTORY_BYTES = 2 * 1024 * 1024
ARCHIVE_MAX_UNPACKED_BYTES = 256 * 1024 * 1024
END_OF_DIRECTORY = b"PK\x05\x06"
END_OF_DIRECTORY_MAX = 22 + 65_535  # the record and its longest comment


class ArchiveTooLarge(ValueError):
    """An office file whose zip holds too many parts or unpacks to too much to be checked."""


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


def _directory_within_limits(upload):
    """The end-of-directory record (the file's last bytes) gives the number of parts and the size
    of the directory: checked before zipfile reads the directory into memory."""
    upload.seek(0, os.SEEK_END)
    size = upload.tell()
    upload.seek(max(size - END_OF_DIRECTORY_MAX, 0))
    tail = upload.read(END_OF_DIRECTORY_MAX)
    at = tail.rfind(END_OF_DIRECTORY)
    if at < 0 or len(tail) < at + 22:
        raise zipfile.BadZipFile("no end of central directory")
    members = int.from_bytes(tail[at + 10 : at + 12], "little")
    directory_bytes = int.from_bytes(tail[at + 12 : at + 16], "little")
    if members > ARCHIVE_MAX_MEMBERS or directory_bytes > ARCHIVE_MAX_DIRECTORY_BYTES:
        raise ArchiveTooLarge


def _office_part_present(upload, extension):
    """Reads the zip's directory and, for an .odt, at most the length of its expected mimetype:
    never a whole part, whatever size the part claims."""
    try:
        _directory_within_limits(upload)
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if len(members) > ARCHIVE_MAX_MEMBERS or unpacked > ARCHIVE_MAX_UNPACKED_BYTES:
                raise ArchiveTooLarge
            if OFFICE_PARTS[extension] not in {member.filename for member in members}:
                return False
            if extension != "odt":
                return True
            with archive.open("mimetype") as part:
                return part.read(len(ODT_MIMETYPE) + 1) == ODT_MIMETYPE
    except ArchiveTooLarge:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError):
        return False
    finally:
        upload.seek(0)


def content_matches(upload, extension):
    """Whether the file is what its extension says (pdf, office documents, text, images, videos
    and captions).
    Raises ArchiveTooLarge for an office file too large to check once unpacked (a zip bomb)."""
    extension = extension.lower().lstrip(".")
    if extension == "jpeg":
        extension = "jpg"
    if extension in TEXT_EXTENSIONS:
        return _is_text(upload)
    if extension == "vtt":
        return _is_text(upload) and _head(upload, 9).removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT")
    if extension == "mp4":
        return _head(upload, 12)[4:8] == b"ftyp"
    if extension == "webm":
        head = _head(upload, 64)
        return head.startswith(EBML_MAGIC) and b"webm" in head
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
