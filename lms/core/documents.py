"""Documents uploaded in the admin are checked by content (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from . import uploads


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload), refusing a file whose content is
    not what its extension says: a renamed executable is not a PDF."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload is not self.original_file:
            extension = upload.name.rsplit(".", 1)[-1] if "." in upload.name else ""
            try:
                matches = uploads.content_matches(upload, extension)
            except uploads.ArchiveTooLarge:
                raise forms.ValidationError(
                    _(
                        "This file holds more than %(parts)s parts or unpacks to more than %(size)s MB, "
                        "so it cannot be checked and is refused. Save it again from your office "
                        "program, or split it."
                    ),
                    code="content_mismatch",
                    params={
                        "parts": uploads.ARCHIVE_MAX_MEMBERS,
                        "size": uploads.ARCHIVE_MAX_UNPACKED_BYTES // (1024 * 1024),
                    },
                ) from None
            if not matches:
                raise forms.ValidationError(
                    _("This file's content is not a .%(extension)s file. Upload the document itself."),
                    code="content_mismatch",
                    params={"extension": extension.lower()},
                )
        return upload

    def _post_clean(self):
        # Wagtail's Document.clean() then checks the extension of a file the form already refused
        # (an empty name by now) and adds a confusing second message: keep ours alone.
        super()._post_clean()
        errors = self.errors.as_data().get("file", [])
        mismatch = [error for error in errors if error.code == "content_mismatch"]
        if mismatch and len(errors) > 1:
            self.errors["file"] = self.error_class([message for e in mismatch for message in e.messages])
