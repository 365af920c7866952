"""Uploads cannot exhaust the server: an office document is checked from its zip directory and
at most a few bytes of one part, so a zip bomb (gigabytes once unpacked, or thousands of parts) is
refused at once with a message that says why; a request body over RELAIS_MAX_REQUEST_BODY is
refused (413) before any of it is read."""

import io
import struct
import time
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents.models import Document

from lms.core import uploads

pytestmark = pytest.mark.django_db

MIB = 1024 * 1024


def deflated_zeros(mebibytes):
    """A raw deflate stream of `mebibytes` MiB of zero bytes, and its CRC, without compressing
    them all: after a full flush every MiB compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mebibytes):
        crc = zlib.crc32(bytes(MIB), crc)
    return block * mebibytes + compressor.flush(zlib.Z_FINISH), crc


def zip_of(members):
    """A valid zip from (name, deflated bytes, crc, unpacked size), written by hand so that the
    bomb's part need not be compressed here."""
    body, directory = io.BytesIO(), io.BytesIO()
    for name, data, crc, size in members:
        encoded = name.encode()
        offset = body.tell()
        body.write(
            struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        )
        body.write(encoded + data)
        directory.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        directory.write(encoded)
    start, listing = body.tell(), directory.getvalue()
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(listing), start, 0)
    return body.getvalue() + listing + end


def small(name, text=b"<xml/>"):
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, compressor.compress(text) + compressor.flush(), zlib.crc32(text), len(text)


def docx_bomb(mebibytes=1024):
    data, crc = deflated_zeros(mebibytes)
    return zip_of([small("[Content_Types].xml"), ("word/document.xml", data, crc, mebibytes * MIB)])


def docx_of_many_parts(count=uploads.ARCHIVE_MAX_MEMBERS + 1):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<xml/>")
        for number in range(count):
            archive.writestr(f"word/media/p{number}.xml", "")
    return buffer.getvalue()


def test_the_bomb_is_a_real_zip():
    """The test's bomb is what an attacker would send: a docx of 1 GiB once unpacked, built like a
    valid one (its CRC checked here on a 2 MiB one, to keep the test quick)."""
    bomb = docx_bomb()
    assert len(bomb) < 2 * MIB
    with zipfile.ZipFile(io.BytesIO(bomb)) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1024 * MIB
    with zipfile.ZipFile(io.BytesIO(docx_bomb(2))) as archive:
        assert archive.testzip() is None


@pytest.mark.parametrize("content", [docx_bomb(), docx_of_many_parts()], ids=["1-gib", "5001-parts"])
def test_a_zip_bomb_is_refused_without_unpacking_it(content):
    started = time.monotonic()
    with pytest.raises(uploads.ArchiveTooLarge):
        uploads.content_matches(SimpleUploadedFile("report.docx", content), "docx")
    assert time.monotonic() - started < 1


def test_an_odt_is_checked_on_a_few_bytes_of_its_mimetype():
    """Even within the limits, only the first bytes of the mimetype part are unpacked."""
    data, crc = deflated_zeros(200)
    odt = zip_of([("mimetype", data, crc, 200 * MIB), small("content.xml")])
    started = time.monotonic()
    assert uploads.content_matches(SimpleUploadedFile("notes.odt", odt), "odt") is False
    assert time.monotonic() - started < 0.5


def test_a_zip_bomb_upload_is_refused_with_a_clear_message(admin_client):
    """The admin's document upload refuses the bomb and says why."""
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "bomb", "file": SimpleUploadedFile("bomb.docx", docx_bomb()), "collection": 1},
    )
    assert response.status_code == 200
    assert not Document.objects.filter(title="bomb").exists()
    assert "unpacks to more than 256 MB" in response.content.decode()


class UnreadBody(io.RawIOBase):
    """A request body that counts what is read from it."""

    def __init__(self):
        self.bytes_read = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        size = len(buffer)
        buffer[:size] = b"x" * size
        self.bytes_read += size
        return size


@override_settings(RELAIS_MAX_REQUEST_BODY=MIB)
@pytest.mark.parametrize("url_name", ["login", "wagtaildocs:add"])
def test_an_oversized_body_is_refused_before_it_is_read(client, url_name):
    body = UnreadBody()
    response = client.generic(
        "POST",
        reverse(url_name),
        data=b"",
        content_type="multipart/form-data; boundary=x",
        **{"CONTENT_LENGTH": str(5 * 1024 * MIB), "wsgi.input": body},
    )
    assert response.status_code == 413
    assert body.bytes_read == 0


@override_settings(RELAIS_MAX_REQUEST_BODY=MIB)
def test_a_body_within_the_limit_is_served(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "guide",
            "file": SimpleUploadedFile("guide.pdf", b"%PDF-1.4\n" + bytes(1000)),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    assert Document.objects.filter(title="guide").exists()
