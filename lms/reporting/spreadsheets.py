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

from django.db import connection
from django.db.models import CharField, Func
from openpyxl import Workbook

BYTE_ORDER_MARK = "\ufeff"  # so that spreadsheet programs read accents (Quirós, Sofía) as UTF-8
STREAM_BLOCK = 256 * 1024  # bytes sent at a time (a CSV line each would be a million writes)
FETCH_ROWS = 5000
PROGRESS_EVERY_ROWS = 10_000  # a workbook's progress is recorded this often,
PROGRESS_EVERY_SECONDS = 1  # and at most once in this long


class CsvDateTime(Func):
    """A datetime as text for CSV, "2025-03-01 14:05:09" in UTC (the database's time zone),
    written the same by PostgreSQL and SQLite."""

    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')",
            **extra_context,
        )

    def as_sqlite(self, compiler, connection, **extra_context):
        template = "strftime('%%Y-%%m-%%d %%H:%%M:%%S', %(expressions)s)"
        return self.as_sql(compiler, connection, template=template, **extra_context)


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
    """Excel has no time zones: datetimes are written as UTC, the database's time zone."""
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.UTC).replace(tzinfo=None)
    return value
