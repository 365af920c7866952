"""Private files (attendance sheets, report exports): kept outside MEDIA_ROOT, never served by
the web server, handed out only by views that ask the scoping policy first."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_storage():
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
