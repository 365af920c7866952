"""Every upload is limited in size and checked by its content, not its name: Wagtail documents
(single and multiple upload), Wagtail images (decompression bombs), attendance sheets and CSV
imports (in their own tests)."""

import io
import json
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.documents.models import Document
from wagtail.images.models import Image as WagtailImage

from lms.core import uploads

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200


def office(part):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(part, "<xml/>")
    return buffer.getvalue()


def png(width, height, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content, accepted",
    [
        ("guide.pdf", PDF, True),
        ("guide.pdf", EXECUTABLE, False),
        ("notes.docx", office("word/document.xml"), True),
        ("notes.docx", office("something/else.xml"), False),
        ("table.xlsx", office("xl/workbook.xml"), True),
        ("table.xlsx", PDF, False),
        ("list.csv", "name,country\nAmina,SN\nLucía,CR\n".encode(), True),
        ("list.csv", EXECUTABLE, False),
        ("readme.txt", b"\xff\xfe\x00\x00binary", False),
    ],
)
def test_document_content_must_match_its_extension(admin_client, name, content, accepted):
    """A document is accepted only when its content is what its extension says."""
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    created = Document.objects.filter(title=name).exists()
    assert created is accepted, response.content.decode()[:500] if response.status_code == 200 else response
    if not accepted:
        assert response.status_code == 200
        errors = response.context["form"].errors["file"]
        assert len(errors) == 1 and "content is not a" in errors[0]


def test_multiple_document_upload_checks_content_too(admin_client):
    """The multiple upload checks content as the single one does."""
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("evil.pdf", EXECUTABLE)}
    )
    assert json.loads(response.content)["success"] is False
    assert not Document.objects.filter(title__icontains="evil").exists()
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("fine.pdf", PDF)}
    )
    assert json.loads(response.content)["success"] is True


def add_image(client, title, name, content):
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    return response, WagtailImage.objects.filter(title=title).exists()


def test_image_decompression_bombs_and_oversized_files_are_refused(admin_client):
    """Images with too many pixels, too many bytes, or that are not images are refused; a small PNG
    is accepted."""
    bomb = png(8000, 8000, mode="1")  # 64 million pixels, a few kilobytes on disk
    assert len(bomb) < 100_000
    response, created = add_image(admin_client, "bomb", "bomb.png", bomb)
    assert not created and "too many pixels" in response.content.decode()
    response, created = add_image(
        admin_client, "huge", "huge.png", png(10, 10) + b"\x00" * (11 * 1024 * 1024)
    )
    assert not created and "too big" in response.content.decode()
    response, created = add_image(admin_client, "fake", "photo.jpg", EXECUTABLE)
    assert not created and response.status_code == 200
    _response, created = add_image(admin_client, "fine", "fine.png", png(64, 48))
    assert created


def test_image_limits_read_only_the_header():
    """The pixel limit is read from the image header, without decoding the image; an unreadable
    header fails the check."""
    assert uploads.image_within_limits(SimpleUploadedFile("a.png", png(100, 100)))
    assert not uploads.image_within_limits(SimpleUploadedFile("b.png", png(8000, 8000, mode="1")))
    assert not uploads.image_within_limits(SimpleUploadedFile("c.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32))
