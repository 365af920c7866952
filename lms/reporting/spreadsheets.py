"""Exports at the speed of the database: a report's rows as the database writes them.

The rows come from one queryset of plain values (texts made spreadsheet-safe, codes put into
words, dates as text for CSV, all in SQL), so that no model instance is built per row. On
PostgreSQL the CSV is written by the server itself (COPY … TO STDOUT, streamed in blocks);
elsewhere the same query is read in chunks and written by Python's csv module: the rows are the
same either way. Workbooks are written by openpyxl in write-only mode from the same rows, with
their progress recorded as they go. Memory stays bounded whatever the number of rows.
"""

import csv
import datetime
import time
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Case, CharField, F, Func, Value, When
from django.utils.encoding import force_str
from django.utils.text import capfirst
from django_countries import countries
from django_countries.fields import Country, CountryField
from openpyxl import Workbook
from wagtail.admin.views.mixins import SpreadsheetExportMixin

BYTE_ORDER_MARK = "\ufeff"  # so that spreadsheet programs read accents (Quirós, Sofía) as UTF-8
STREAM_BLOCK = 256 * 1024  # bytes sent at a time (a CSV line each would be a million writes)
FETCH_ROWS = 5000
PROGRESS_EVERY_ROWS = 10_000  # a workbook's progress is recorded this often,
PROGRESS_EVERY_SECONDS = 1  # and at most once in this long


ISO_DATETIME = "%Y-%m-%dT%H:%M:%SZ"  # ISO 8601 in UTC, to the second: the one way every export writes a time


def iso_datetime(value):
    """A datetime as every CSV export writes it: "2025-03-01T14:05:09Z" (UTC, no microseconds)."""
    if value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)
    return value.strftime(ISO_DATETIME)


class CsvDateTime(Func):
    """A datetime as text for CSV as iso_datetime() writes it, "2025-03-01T14:05:09Z" (UTC, the
    database's time zone), written the same by PostgreSQL and SQLite."""

    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="""to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')""",
            **extra_context,
        )

    def as_sqlite(self, compiler, connection, **extra_context):
        template = "strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', %(expressions)s)"
        return self.as_sql(compiler, connection, template=template, **extra_context)


def country_in_words(lookup):
    """A country field as the country's name (in the active language) in SQL, for exports the
    database writes itself; an empty or unknown code stays as it is."""
    return Case(
        *[When(**{lookup: code}, then=Value(str(name))) for code, name in countries],
        default=F(lookup),
        output_field=CharField(),
    )


class CsvDecimal(Func):
    """A decimal as text for CSV with two places ("85.50", "100.00"), the same from PostgreSQL
    and SQLite (which would write 100 or 85.5); NULL stays NULL (an empty cell)."""

    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"(({sql})::numeric(12, 2))::text", params

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"CASE WHEN ({sql}) IS NULL THEN NULL ELSE printf('%%.2f', {sql}) END", (*params, *params)


class _Line:
    """A file-like object for csv.writer that hands back the line it was given."""

    def write(self, value):
        return value


def csv_writer():
    """Writes a row as one line of text, ended and quoted as PostgreSQL's COPY does: a line feed
    at the end, quotes around fields that hold a comma, a quote, a line feed or a carriage return
    (Python's csv quotes those that hold a character of its line ending: "\r\n", cut off after)."""
    writer = csv.writer(_Line(), lineterminator="\r\n")
    return lambda values: writer.writerow(values)[:-2] + "\n"


def csv_line(values):
    return csv_writer()(values)


def stream_csv(headings, rows):
    """The CSV file of `rows` (a values_list queryset) under `headings`, in blocks of text or
    bytes for a StreamingHttpResponse."""
    yield BYTE_ORDER_MARK + csv_line(headings)
    if connection.vendor == "postgresql":
        yield from copy_csv(rows)
    else:
        yield from fetched_csv(rows)


def copy_csv(rows):
    """PostgreSQL writes the CSV itself: COPY of the queryset's own SQL (its filters and scoping
    included, parameters bound by psycopg), read in blocks."""
    sql, params = rows.query.sql_with_params()
    block = bytearray()
    statement = f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)"
    with connection.cursor() as cursor, cursor.cursor.copy(statement, params) as copy:
        for data in copy:
            block += data
            if len(block) >= STREAM_BLOCK:
                yield bytes(block)
                block.clear()
    if block:
        yield bytes(block)


def fetched_csv(rows):
    """The same CSV as copy_csv() for databases without COPY: the rows in chunks, csv-written."""
    line = csv_writer()
    block = []
    for row in rows.iterator(chunk_size=FETCH_ROWS):
        block.append(line(row))
        if len(block) >= FETCH_ROWS:
            yield "".join(block)
            block.clear()
    if block:
        yield "".join(block)


def write_workbook(headings, rows, output, *, progress=None):
    """An .xlsx of `rows` (a values_list queryset, or any iterable of tuples) under `headings`,
    written to `output` in openpyxl's write-only mode; `progress(rows written)` is called as it
    goes (PROGRESS_EVERY_…). Returns the number of rows written."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Sheet1")
    sheet.append(list(headings))
    written = 0
    reported_at = time.monotonic()
    source = rows.iterator(chunk_size=FETCH_ROWS) if hasattr(rows, "iterator") else rows
    for row in source:
        sheet.append([excel_value(value) for value in row])
        written += 1
        if (
            progress
            and written % PROGRESS_EVERY_ROWS == 0
            and time.monotonic() - reported_at >= PROGRESS_EVERY_SECONDS
        ):
            progress(written)
            reported_at = time.monotonic()
    workbook.save(output)
    return written


def excel_value(value):
    """Excel has no time zones: datetimes are written as UTC, the database's time zone, to the
    second (as the CSV files)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.replace(microsecond=0)
    return value


# Every spreadsheet Wagtail writes for us (a ModelViewSet's `list_export`, a ReportView's rows)
# passes each cell through SpreadsheetExportMixin.preprocess_field_value and names each column
# with get_heading: that is where they are put in words, once, for every export.


@cache
def _model_field(model, path):
    """The model field at the end of `path` ("user.country", "user__country"), or None."""
    field = None
    for part in path.replace("__", ".").split("."):
        if model is None:
            return None
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return None
        model = field.related_model
    return field


def readable_value(model, field, value, export_format):
    """A cell in words: a code with choices as its label, a country as its name; a time in ISO
    8601 (UTC, to the second) for CSV, as a time to the second in UTC for Excel; a date in ISO
    8601 for CSV."""
    model_field = _model_field(model, field) if model is not None else None
    if isinstance(value, Country):
        return value.name or value.code
    if model_field is not None and isinstance(model_field, CountryField) and isinstance(value, str):
        return countries.name(value) or value
    if model_field is not None and model_field.choices and isinstance(value, (str, int)):
        labels = {str(key): label for key, label in model_field.flatchoices}
        return force_str(labels.get(str(value), value))
    if isinstance(value, datetime.datetime):
        return iso_datetime(value) if export_format == "csv" else excel_value(value)
    if isinstance(value, datetime.date) and export_format == "csv":
        return value.isoformat()
    return value


def readable_heading(model, field):
    """A column's heading: the field's verbose name, also across relations ("user.country":
    "Country"), rather than the path."""
    model_field = _model_field(model, field) if model is not None else None
    if model_field is not None and hasattr(model_field, "verbose_name"):
        return capfirst(force_str(model_field.verbose_name))
    return None


def write_every_export_in_words():
    """Make every CSV and Excel download of the admin readable (see above). Called from
    LmsConfig.ready(), after lms.core.masking made every cell spreadsheet-safe."""
    preprocess = SpreadsheetExportMixin.preprocess_field_value
    get_heading = SpreadsheetExportMixin.get_heading

    def readable_preprocess(view, field, value, export_format):
        model = getattr(view, "model", None)
        return preprocess(view, field, readable_value(model, field, value, export_format), export_format)

    def readable_get_heading(view, queryset, field):
        if view.export_headings.get(field):
            return force_str(view.export_headings[field])
        model = getattr(queryset, "model", None) or getattr(view, "model", None)
        return readable_heading(model, field) or get_heading(view, queryset, field)

    SpreadsheetExportMixin.preprocess_field_value = readable_preprocess
    SpreadsheetExportMixin.get_heading = readable_get_heading
