from django_tasks import task


@task()
def issue_certificate_task(enrolment_id):
    """Background: the certificate of a completed enrolment (idempotent, so a retry is harmless)."""
    from .models import Enrolment
    from .services import issue_certificate

    certificate = issue_certificate(Enrolment.objects.get(pk=enrolment_id))
    return certificate.code if certificate else None
