from django_tasks import task


@task()
def issue_certificate_task(enrolment_id):
    """Background: the certificate of a completed enrolment (idempotent, so a retry is harmless)."""
    from .models import Enrolment
    from .services import issue_certificate

    certificate = issue_certificate(Enrolment.objects.get(pk=enrolment_id))
    return certificate.code if certificate else None


@task()
def build_report_export_task(export_id):
    """Background: a report's spreadsheet (a failure is recorded on the export and re-raised)."""
    from .models import ReportExport
    from .reports import build_export

    export = build_export(ReportExport.objects.select_related("user").get(pk=export_id))
    return export.rows
