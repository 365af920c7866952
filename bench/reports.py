"""Report budgets over a large data set (DESIGN.md, Budgets), on SQLite and on PostgreSQL.

    .venv/bin/python bench/reports.py --enrolments 100000
    .venv/bin/python bench/reports.py --enrolments 2000            # a quick check of the harness

On a fresh database per engine made for this run (a file in a temporary folder; a PostgreSQL
database created, then dropped, by this script), each step in its own subprocess, each bounded by
--step-timeout, with DJANGO_SETTINGS_MODULE=relais.settings.dev, DATABASE_URL set and DEBUG off:

1. migrate, load_demo, seed_scale: not measured, so both databases are prepared side by side
   (--serial-setup: one after the other);
then for each database in turn, nothing else running:
2. logged in as the demo superuser with Django's test Client: for every report, one warm-up request,
   then the median time of 3 requests for the first page and its number of SQL queries;
3. in a fresh subprocess that does nothing else: the full CSV export of the enrolments report,
   streamed and consumed, its time and its peak memory (ru_maxrss, minus the subprocess's own
   ru_maxrss right after django.setup()).
4. in another fresh subprocess: the Excel export of the same report, built as the background task
   builds it (time, peak memory, rows).

Then one table per database and the budget ratios (≤ 1.00 is within budget). A report that answers
404 is shown as "missing". Every figure printed was measured in this run.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import POSTGRES, DatabaseUnavailable, marked_json, postgres_database  # noqa: E402

SETTINGS = "relais.settings.dev"
ADMIN_EMAIL = "admin@relais.example"
MARK = "BENCH-RESULT "
# (report, URL to measure, URL name tried when that URL answers 404)
REPORTS = [
    ("enrolments", "/admin/reports/enrolments/", "lms_reports:enrolments"),
    ("outcomes", "/admin/reports/outcomes/", "lms_reports:outcomes"),
    ("reach", "/admin/reports/reach/", "lms_reports:reach"),
    ("feedback", "/admin/reports/feedback/", "lms_reports:feedback"),
    ("impact", "/admin/reports/impact/", "lms_reports:impact"),
]
EXPORT_REPORT = "enrolments"
EXPORT_QUERY = "export=csv"
BUDGETS = {"page_s": 1.0, "queries": 10, "export_s": 30.0, "export_mb": 256.0}
PAGE_RATIOS = [("time / 1 s", "seconds", BUDGETS["page_s"]), ("queries / 10", "queries", BUDGETS["queries"])]
EXPORT_RATIOS = [
    ("export seconds / 30", "seconds", BUDGETS["export_s"]),
    ("export MB / 256", "peak_mb", BUDGETS["export_mb"]),
]
RUNS = 3


# Children: run inside Django --------------------------------------------------------------------------


def setup_django():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def admin_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    client.force_login(get_user_model().objects.get(email=ADMIN_EMAIL))
    return client


def consume(response):
    """Bytes and lines of the body, reading a streamed one chunk by chunk."""
    size = lines = 0
    chunks = response.streaming_content if response.streaming else [response.content]
    for chunk in chunks:
        chunk = chunk.encode() if isinstance(chunk, str) else chunk
        size += len(chunk)
        lines += chunk.count(b"\n")
    response.close()
    return size, lines


def fetch(client, url):
    """One request, its body consumed: (status, seconds, queries, bytes, lines, streaming, type)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        # Before the body is read: what the view did up front (a streamed body comes later).
        headers_at = time.perf_counter() - started
        headers_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        size, lines = consume(response)
        elapsed = time.perf_counter() - started
    return {
        "status": response.status_code,
        "seconds": elapsed,
        "headers_seconds": headers_at,
        "headers_maxrss_mb": headers_kb / 1024,
        "queries": len(queries.captured_queries),
        "bytes": size,
        "lines": lines,
        "streaming": response.streaming,
        "content_type": response.get("Content-Type", ""),
    }


def fallback_url(name):
    from django.urls import reverse

    try:
        return reverse(name)
    except Exception:  # noqa: BLE001 (no such URL, or the URLconf does not load yet)
        return None


def first_response(client, path, name, query=""):
    """The warm-up request: at `path`, or where `name` resolves when `path` answers 404."""
    suffix = f"?{query}" if query else ""
    result = fetch(client, path + suffix)
    if result["status"] == 404:
        other = fallback_url(name)
        if other and other != path:
            path = other
            result = fetch(client, path + suffix)
    return path + suffix, result


def error_text(error):
    return f"{type(error).__name__}: {error}".splitlines()[0][:160]


def child_measure():
    setup_django()
    client = admin_client()
    results = []
    for report, path, name in REPORTS:
        entry = {"report": report, "url": path}
        try:
            url, warm = first_response(client, path, name)
            entry.update(url=url, status=warm["status"])
            if warm["status"] == 200:
                runs = [fetch(client, url) for _ in range(RUNS)]
                entry.update(
                    seconds=statistics.median(r["seconds"] for r in runs),
                    queries=max(r["queries"] for r in runs),
                    warmup_seconds=warm["seconds"],
                    bytes=runs[-1]["bytes"],
                )
        except Exception as error:  # noqa: BLE001 (a report being written may fail: report it)
            entry.update(status="error", error=error_text(error))
        results.append(entry)
    print(MARK + json.dumps(results))


def child_export():
    setup_django()
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _report, path, name = next(r for r in REPORTS if r[0] == EXPORT_REPORT)
    entry = {"report": EXPORT_REPORT, "url": f"{path}?{EXPORT_QUERY}", "baseline_mb": baseline_kb / 1024}
    try:
        client = admin_client()
        from django.urls import get_resolver

        get_resolver().url_patterns  # noqa: B018 (imports every view module, as a first request would)
        entry["ready_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        url, result = first_response(client, path, name, EXPORT_QUERY)
        entry.update(url=url, **result)
    except Exception as error:  # noqa: BLE001
        entry.update(status="error", error=error_text(error))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    entry["peak_mb"] = (peak_kb - baseline_kb) / 1024
    print(MARK + json.dumps(entry))


def child_xlsx():
    """The Excel export of the whole enrolments report, as the background task builds it."""
    setup_django()
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    entry = {"report": EXPORT_REPORT, "baseline_mb": baseline_kb / 1024}
    try:
        from lms.models import ReportExport, User
        from lms.reporting.exports import build_export

        export = ReportExport.objects.create(user=User.objects.get(email=ADMIN_EMAIL), report=EXPORT_REPORT)
        started = time.perf_counter()
        build_export(export)
        entry.update(
            status=200,
            seconds=time.perf_counter() - started,
            rows=export.rows,
            bytes=export.file.size,
        )
    except Exception as error:  # noqa: BLE001
        entry.update(status="error", error=error_text(error))
    entry["peak_mb"] = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline_kb) / 1024
    print(MARK + json.dumps(entry))


# Parent: databases, steps, tables ---------------------------------------------------------------------


class StepFailed(Exception):
    pass


def run_step(label, command, env, timeout):
    started = time.perf_counter()
    try:
        done = subprocess.run(  # noqa: S603 (our own interpreter and scripts)
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise StepFailed(f"{label}: no result after {timeout} s") from error
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-8:])
        raise StepFailed(f"{label} exited with {done.returncode}:\n{tail}")
    return done.stdout, elapsed


def result_of(output):
    return marked_json(output, MARK)


def manage(*args):
    return [sys.executable, str(ROOT / "manage.py"), *args]


def child(mode):
    return [sys.executable, str(Path(__file__).resolve()), "--child", mode]


@contextmanager
def run_folder(prefix, args):
    """A temporary folder for the run (media, static, the SQLite file), removed unless --keep."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield workdir
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def sqlite(args):
    with run_folder("relais-bench-sqlite-", args) as workdir:
        yield "SQLite", f"sqlite:///{workdir / 'bench.sqlite3'}", workdir


@contextmanager
def postgres(args):
    """A database created for this run on the server (dropped afterwards), and a folder."""
    name = f"relais_bench_{os.getpid()}_{int(time.time())}"
    with (
        postgres_database(args.postgres.rstrip("/"), name) as url,
        run_folder("relais-bench-postgres-", args) as workdir,
    ):
        yield "PostgreSQL", url, workdir


DATABASES = {"sqlite": sqlite, "postgres": postgres}


def new_outcome(label, env=None, error=None):
    return {
        "label": label,
        "env": env,
        "steps": {},
        "pages": [],
        "export": None,
        "xlsx": None,
        "error": error,
        "seed": "",
    }


def environment(database_url, workdir, args):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url,
        "DEBUG": "1" if args.debug else "0",
        # load_demo writes images and documents: into the run's folder, not the project's.
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private-media"),
        "STATIC_ROOT": str(workdir / "static"),
    }


def step(outcome, name, command, timeout):
    print(f"[{outcome['label']}] {name} …", flush=True)
    output, outcome["steps"][name] = run_step(name, command, outcome["env"], timeout)
    return output


def prepare(outcome, args):
    """migrate, load_demo, seed_scale."""
    try:
        step(outcome, "migrate", manage("migrate", "--noinput", "-v0"), args.step_timeout)
        step(outcome, "load_demo", manage("load_demo"), args.step_timeout)
        seed = manage(
            "seed_scale",
            f"--enrolments={args.enrolments}",
            f"--progress-per-enrolment={args.progress_per_enrolment}",
            f"--course-lessons={args.course_lessons}",
            f"--seed={args.seed}",
        )
        outcome["seed"] = step(outcome, "seed_scale", seed, args.step_timeout)
    except StepFailed as error:
        outcome["error"] = str(error)
    return outcome


def measure(outcome, args):
    """The reports' first pages, then the export in a fresh process."""
    try:
        outcome["pages"] = result_of(step(outcome, "reports", child("measure"), args.step_timeout))
        outcome["export"] = result_of(step(outcome, "export", child("export"), args.step_timeout))
        outcome["xlsx"] = result_of(step(outcome, "xlsx", child("xlsx"), args.step_timeout))
    except StepFailed as error:
        outcome["error"] = str(error)
    return outcome


def page_cell(entry):
    status = entry.get("status")
    if status == 404:
        return "missing"
    if status == "error":
        return "error"
    if status != 200:
        return f"HTTP {status}"
    return None


def print_table(outcome, enrolments):
    steps = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in outcome["steps"].items())
    print(f"\n== {outcome['label']} — {enrolments:,} enrolments ({steps or 'no step ran'})")
    seeded = [line for line in outcome["seed"].splitlines() if line.strip()]
    if seeded:
        print("seed_scale: " + "; ".join(" ".join(line.split()) for line in seeded))
    if outcome["error"]:
        print(f"FAILED: {outcome['error']}")
    if outcome["pages"]:
        print(f"{'report':<12} {'url':<44} {'first page (median of 3)':>25} {'queries':>8}")
        for entry in outcome["pages"]:
            cell = page_cell(entry)
            time_cell = cell or f"{entry['seconds']:.3f} s"
            queries = "" if cell else str(entry["queries"])
            print(f"{entry['report']:<12} {entry['url']:<44} {time_cell:>25} {queries:>8}")
            if entry.get("error"):
                print(f"{'':<12} {entry['error']}")
    export = outcome["export"]
    if export:
        cell = page_cell(export)
        print(f"CSV export   {export['url']}")
        if cell:
            print(f"             {cell}" + (f" ({export['error']})" if export.get("error") else ""))
        else:
            print(
                f"             {export['seconds']:.2f} s, peak memory +{export['peak_mb']:.1f} MB"
                f" (baseline after django.setup() {export['baseline_mb']:.1f} MB;"
                f" +{export['peak_mb'] + export['baseline_mb'] - export['ready_mb']:.1f} MB over the process"
                f" with its URLconf loaded, {export['ready_mb']:.1f} MB),"
                f" {export['lines']:,} lines, {export['bytes'] / 2**20:.1f} MB,"
                f" {'streamed' if export['streaming'] else 'NOT streamed'},"
                f" {export['content_type']}, {export['queries']} queries"
            )
            print(
                f"             before the body was read: {export['headers_seconds']:.2f} s,"
                f" peak memory +{export['headers_maxrss_mb'] - export['baseline_mb']:.1f} MB"
            )

    xlsx = outcome.get("xlsx")
    if xlsx:
        cell = page_cell(xlsx)
        print("XLSX export  (the background task, in a fresh process)")
        if cell:
            print(f"             {cell}" + (f" ({xlsx['error']})" if xlsx.get("error") else ""))
        else:
            print(
                f"             {xlsx['seconds']:.2f} s, peak memory +{xlsx['peak_mb']:.1f} MB"
                f" (baseline {xlsx['baseline_mb']:.1f} MB), {xlsx['rows']:,} rows,"
                f" {xlsx['bytes'] / 2**20:.1f} MB"
            )


def ratio(value, budget):
    return f"{value / budget:.2f}"


def print_ratios(outcomes):
    print("\n== Budget ratios (figures of this run; ≤ 1.00 is within budget)")
    rows = []
    for report, _path, _name in REPORTS:
        for metric, key, budget in PAGE_RATIOS:
            cells = []
            for outcome in outcomes:
                entry = next((e for e in outcome["pages"] if e["report"] == report), None)
                if entry is None:
                    cells.append("n/a")
                else:
                    cells.append(page_cell(entry) or ratio(entry[key], budget))
            rows.append((f"{report} {metric}", cells))
    for metric, key, budget in EXPORT_RATIOS:
        cells = []
        for outcome in outcomes:
            export = outcome["export"]
            if export is None:
                cells.append("n/a")
            else:
                cells.append(page_cell(export) or ratio(export[key], budget))
        rows.append((metric, cells))
    cells = []
    for outcome in outcomes:
        xlsx = outcome.get("xlsx")
        cells.append(
            "n/a" if xlsx is None else page_cell(xlsx) or ratio(xlsx["peak_mb"], BUDGETS["export_mb"])
        )
    rows.append(("XLSX task MB / 256", cells))
    print(f"{'':<30}" + "".join(f"{o['label']:>14}" for o in outcomes))
    for label, cells in rows:
        print(f"{label:<30}" + "".join(f"{cell:>14}" for cell in cells))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--enrolments", type=int, default=100_000)
    parser.add_argument("--progress-per-enrolment", type=float, default=10)
    parser.add_argument(
        "--course-lessons",
        type=int,
        default=20,
        help="Every cohort on one course of this many lessons (0: the demo courses).",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--databases", default="sqlite,postgres", help="Comma-separated, in order: sqlite, postgres."
    )
    parser.add_argument("--postgres", default=POSTGRES, help="Server URL, without a database.")
    parser.add_argument("--step-timeout", type=int, default=1800, help="Seconds allowed to each step.")
    parser.add_argument("--debug", action="store_true", help="Run Django with DEBUG on (default: off).")
    parser.add_argument(
        "--serial-setup", action="store_true", help="Prepare the databases one after the other."
    )
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folders.")
    parser.add_argument("--child", choices=["measure", "export", "xlsx"], help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child == "measure":
        return child_measure()
    if args.child == "export":
        return child_export()
    if args.child == "xlsx":
        return child_xlsx()

    names = [d.strip() for d in args.databases.split(",") if d.strip()]
    for name in names:
        if name not in DATABASES:
            parser.error(f"unknown database {name!r}")
    started = time.perf_counter()
    with ExitStack() as stack:
        outcomes = []
        for name in names:
            try:
                label, url, workdir = stack.enter_context(DATABASES[name](args))
            except DatabaseUnavailable as error:
                outcomes.append(new_outcome(name, error=str(error)))
                continue
            outcomes.append(new_outcome(label, env=environment(url, workdir, args)))
        ready = [o for o in outcomes if o["env"] is not None]
        # Setting up is not measured: the databases are prepared side by side, unless told not to.
        if args.serial_setup:
            for outcome in ready:
                prepare(outcome, args)
        else:
            with ThreadPoolExecutor(max_workers=max(len(ready), 1)) as pool:
                list(pool.map(lambda outcome: prepare(outcome, args), ready))
        # Measuring is: one database at a time, nothing else running.
        for outcome in ready:
            if outcome["error"] is None:
                measure(outcome, args)
    print(f"\nDone in {time.perf_counter() - started:.0f} s.")
    for outcome in outcomes:
        print_table(outcome, args.enrolments)
    print_ratios(outcomes)
    return 1 if any(o["error"] for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
