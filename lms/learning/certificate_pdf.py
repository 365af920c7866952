"""The certificate PDF, drawn with ReportLab: name, course, hours and Action as issued (stored
with the certificate, so that a later change to the profile or the course does not alter it),
completion date, and a QR code to the public verification page."""

import io
from pathlib import Path

from django.utils import formats, translation
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# DejaVu covers Latin, Cyrillic and Greek names (Debian's fonts-dejavu-core); the built-in
# Helvetica only Latin-1.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
if (DEJAVU / "DejaVuSans.ttf").exists() and (DEJAVU / "DejaVuSans-Bold.ttf").exists():
    pdfmetrics.registerFont(TTFont("Body", str(DEJAVU / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Body-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
    REGULAR, BOLD = "Body", "Body-Bold"
else:
    REGULAR, BOLD = "Helvetica", "Helvetica-Bold"

BRAND = HexColor("#0b4f6c")
INK = HexColor("#1c2430")
MUTED = HexColor("#5a6472")


def _qr(value, size):
    widget = QrCodeWidget(value)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def certificate_pdf(certificate, *, verify_url):
    """A one-page landscape A4 PDF as a file-like object, in the learner's preferred language."""
    enrolment = certificate.enrolment
    user = enrolment.user
    buffer = io.BytesIO()
    width, height = landscape(A4)
    with translation.override(user.preferred_language or "en"):
        pdf = canvas.Canvas(buffer, pagesize=(width, height), pageCompression=1)
        pdf.setTitle(_("Certificate of completion"))
        pdf.setAuthor("Relais")
        pdf.setStrokeColor(BRAND)
        pdf.setLineWidth(6)
        pdf.rect(24, 24, width - 48, height - 48)
        pdf.setFillColor(BRAND)
        pdf.setFont(BOLD, 14)
        pdf.drawString(60, height - 80, "RELAIS")
        pdf.setFillColor(INK)
        pdf.setFont(BOLD, 30)
        pdf.drawCentredString(width / 2, height - 150, _("Certificate of completion"))
        pdf.setFont(REGULAR, 14)
        pdf.drawCentredString(width / 2, height - 195, _("This certifies that"))
        pdf.setFont(BOLD, 26)
        pdf.drawCentredString(width / 2, height - 235, certificate.learner_name)
        pdf.setFont(REGULAR, 14)
        pdf.drawCentredString(width / 2, height - 275, _("has completed the course"))
        pdf.setFont(BOLD, 18)
        pdf.drawCentredString(width / 2, height - 305, certificate.course_title[:90])
        details = []
        if certificate.hours:
            details.append(_("%(hours)s hours of learning") % {"hours": formats.localize(certificate.hours)})
        details.append(
            _("Completed on %(date)s") % {"date": formats.date_format(enrolment.completed_at, "DATE_FORMAT")}
        )
        if certificate.action_name:
            details.append(_("Delivered through the Action %(action)s") % {"action": certificate.action_name})
        multiplier = getattr(enrolment, "multiplier", None)
        if multiplier is not None and multiplier.is_confirmed:
            pdf.setFillColor(BRAND)
            pdf.setFont(BOLD, 16)
            pdf.drawCentredString(width / 2, height - 410, _("Certified multiplier"))
        pdf.setFont(REGULAR, 13)
        pdf.setFillColor(MUTED)
        for index, line in enumerate(details):
            pdf.drawCentredString(width / 2, height - 345 - index * 20, line)
        renderPDF.draw(_qr(verify_url, 110), pdf, width - 170, 50)
        pdf.setFont(REGULAR, 9)
        pdf.drawString(60, 70, _("Verify this certificate at:"))
        pdf.drawString(60, 56, verify_url)
        pdf.drawString(60, 42, _("Certificate code: %(code)s") % {"code": certificate.display_code})
        pdf.showPage()
        pdf.save()
    buffer.seek(0)
    return buffer
