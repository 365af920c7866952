from django_tasks import task

from . import services
from .models import Enrolment


@task()
def issue_certificate_task(enrolment_id):
    """Background: the certificate of a completed enrolment (idempotent, so a retry is harmless)."""
    certificate = services.issue_certificate(Enrolment.objects.get(pk=enrolment_id))
    return certificate.code if certificate else None
