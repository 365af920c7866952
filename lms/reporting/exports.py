"""Report spreadsheets: asked for in a request, built in the background, rebuilt when stalled."""

import datetime
import logging
import tempfile

from django.core.exceptions import PermissionDenied
from django.core.files import File
from django.db import transaction
from django.http import HttpRequest, QueryDict
from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from lms.programme.scoping import scope

from .models import ReportExport

logger = logging.getLogger(__name__)

# Report views by their `report_name`, registered by lms.reporting.reports: an export is built by
# the view its author used, as they would see it today.
REPORTS = {}


def register_report(view_class):
    REPORTS[view_class.report_name] = view_class
    return view_class


def build_export(export):
    """Write an export's workbook as its author sees the report today, with the filters they
    chose (scoping is applied again: a coordinator who lost an Action no longer exports it)."""
    try:
        if not scope.sees_learner_data(export.user):
            raise PermissionDenied("This account may no longer see reports.")
        request = HttpRequest()
        view_class = REPORTS[export.report]
        request.method, request.path = "GET", reverse(view_class.index_url_name)
        request.GET, request.user = QueryDict(export.query), export.user
        view = view_class()
        view.setup(request)
        export.rows, export.rows_expected = 0, view.expected_rows()
        export.save(update_fields=["rows", "rows_expected"])

        def progress(rows):
            # Seen at once on the exports page: the task does not run in a transaction.
            ReportExport.objects.filter(pk=export.pk).update(rows=rows)

        with tempfile.TemporaryFile() as output:
            export.rows = view.write_xlsx(view.get_filtered_queryset(), output, progress=progress)
            output.seek(0)
            export.file.save(export.download_name, File(output), save=False)
        export.status = ReportExport.Status.READY
    except Exception:
        export.status = ReportExport.Status.FAILED
        raise
    finally:
        export.finished_at = timezone.now()
        export.save()
    return export


@task()
def build_report_export_task(export_id):
    """Background: a report's spreadsheet (a failure is recorded on the export and re-raised)."""
    export = build_export(ReportExport.objects.select_related("user").get(pk=export_id))
    return export.rows


EXPORTS_KEPT_FOR = datetime.timedelta(days=7)


def request_report_export(user, report, query, *, filters=""):
    """Queue the spreadsheet of a report with its filters (built in the background, once this
    is committed); exports older than a week are removed, files included."""
    for old in user.exports.filter(created_at__lt=timezone.now() - EXPORTS_KEPT_FOR):
        old.file.delete(save=False)
        old.delete()
    export = ReportExport.objects.create(user=user, report=report, query=query, filters=filters[:500])
    transaction.on_commit(lambda: build_report_export_task.enqueue(export.pk))
    return export


# Twenty times the longest export measured (bench/reports.py: 100,000 enrolments in 49 s).
EXPORT_STALLED_AFTER = datetime.timedelta(minutes=15)


def rebuild_stalled_exports(*, requested_before=None):
    """Build, here and now, every export still "being prepared" long after it was asked for:
    django-tasks does not retry, and a worker killed mid-task leaves its export pending for ever.
    Each is built in turn; one that fails again is marked failed, for its author to ask anew.
    Returns the exports rebuilt."""
    if requested_before is None:
        requested_before = timezone.now() - EXPORT_STALLED_AFTER
    stalled = ReportExport.objects.filter(status=ReportExport.Status.PENDING, created_at__lt=requested_before)
    rebuilt = []
    for export in stalled.select_related("user"):
        try:
            build_export(export)
        except Exception:
            logger.exception("Export %s failed again when rebuilt", export.pk)
        rebuilt.append(export)
    return rebuilt
