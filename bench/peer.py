"""Relais against its closest peer on the same stack, wagtail-lms, and against a static file
(issue 6, items 11 and 12).

    .venv/bin/python bench/peer.py --seconds 20 --concurrency 20
    .venv/bin/python bench/peer.py --seconds 5 --concurrency 10      # a quick check of the harness

In one run:

1. a separate virtual environment, bench/.peer-venv, with wagtail-lms, gunicorn, psycopg and redis
   from PyPI (made on the first run, reused after; --reinstall to make it anew);
2. a minimal Django/Wagtail project for the peer, written into a temporary folder, set up as
   wagtail-lms's README says (INSTALLED_APPS, its URLs, migrate; a base.html of our own, since the
   package's templates extend one);
3. one fresh PostgreSQL database for each project, created and dropped by this script; Relais runs
   with its production settings (migrate, load_demo, collectstatic), DEBUG off, both with the
   same cache (Redis at --redis, or local memory with --redis '') and persistent connections
   (CONN_MAX_AGE 60);
4. the same course in both: --lessons lessons directly under one course, each with the same
   body (--body-kb KB of paragraphs, in one rich-text block each), and one learner enrolled;
5. SQL queries per page, in each project's own interpreter, with Django's test Client and
   CaptureQueriesContext: the second request of a URL ("served", what a request costs once the
   site is warm) and a first render (the same URL with an unused query string);
6. both served by gunicorn, the same number of sync workers (--workers), then for each page and
   visitor the same load from wrk (Debian's `wrk`: --concurrency connections, --seconds, after a
   2-second warm-up), Relais and the peer one after the other: requests per second and the 95th
   percentile latency;
7. a copy of Relais' anonymous lesson page, saved into its STATIC_ROOT before the server starts,
   requested from the same server under /static/ (WhiteNoise): the physical limit of item 12.

The peer's lessons ask anonymous visitors to sign in (302), so only its learner lesson is compared.
Every figure printed was measured in this run.
"""

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import POSTGRES, DatabaseUnavailable, marked_json, postgres_database  # noqa: E402

PEER_VENV = ROOT / "bench" / ".peer-venv"
PEER_PACKAGES = ["wagtail-lms", "gunicorn", "psycopg[binary]", "redis"]
MARK = "BENCH-RESULT "
WRK_MARK = "WRK-RESULT "
LEARNER_PASSWORD = "bench-learner-password-1"  # noqa: S105 (a throwaway database)
BODY_MARK = "benchmark-body-"
STATIC_COPY = "bench/lesson.html"
PROSE = (
    "public administrations cooperate on migration through peer exchanges where experts share "
    "practice with colleagues from partner institutions while trainers adapt each session to "
    "local law reception integration return and the protection of people on the move"
)
WORDS = PROSE.split()
PAGES = [("course", "anonymous"), ("course", "learner"), ("lesson", "anonymous"), ("lesson", "learner")]
SITES = ("Relais", "wagtail-lms")


def body_paragraphs(lesson, kb):
    """Paragraphs of plain prose adding up to `kb` KB, the same for both projects."""
    paragraphs, size, n = [], 0, 0
    while size < kb * 1024:
        n += 1
        words = " ".join(WORDS[(lesson * 7 + n * 3 + i) % len(WORDS)] for i in range(90))
        text = f"<p>{BODY_MARK}{lesson} paragraph {n}: {words}.</p>"
        paragraphs.append(text)
        size += len(text)
    return paragraphs


def course_intro():
    return " ".join(WORDS[:40]).capitalize() + "."


# Children: run inside one project's Django -----------------------------------------------------------


def measure_queries(client, url):
    """Queries of the second request of `url` (served) and of a first render (unused query string)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm per-process caches (content types, site root paths) and any page cache
    with CaptureQueriesContext(connection) as served:
        response = client.get(url)
    with CaptureQueriesContext(connection) as rendered:
        client.get(f"{url}?bench-render={uuid.uuid4().hex}")
    body = response.content.decode() if response.status_code == 200 else ""
    return {
        "status": response.status_code,
        "served": len(served),
        "rendered": len(rendered),
        "bytes": len(response.content),
        "has_body": BODY_MARK in body,
    }


def page_queries(urls, user):
    from django.test import Client

    anonymous = Client()
    learner = Client()
    learner.force_login(user)
    from django.conf import settings

    cookie = learner.cookies[settings.SESSION_COOKIE_NAME].value
    queries = {}
    for page, visitor in PAGES:
        client = anonymous if visitor == "anonymous" else learner
        queries[f"{page} {visitor}"] = measure_queries(client, urls[page])
    return queries, {"name": settings.SESSION_COOKIE_NAME, "value": cookie}


def publish_course(course, lesson_model, args):
    """Publishes `course` and --lessons lessons of `lesson_model` under it; returns the middle one."""
    course.save_revision().publish()
    lessons = []
    for n in range(1, args.lessons + 1):
        body = [{"type": "paragraph", "value": text} for text in body_paragraphs(n, args.body_kb)]
        lesson = course.add_child(instance=lesson_model(title=f"Lesson {n}", slug=f"lesson-{n}", body=body))
        lesson.save_revision().publish()
        lessons.append(lesson)
    return lessons[len(lessons) // 2]


def child_build_relais(args):
    import django

    django.setup()
    from django.test import Client

    from courses.models import CourseIndexPage, CoursePage, LessonPage
    from lms.learning import services as learning
    from lms.models import User

    index = CourseIndexPage.objects.get(locale__language_code="en")
    course = index.add_child(
        instance=CoursePage(
            title="Benchmark course",
            slug="benchmark-course",
            summary=course_intro(),
            learning_outcomes=f"<p>{course_intro()}</p>",
        )
    )
    lesson = publish_course(course, LessonPage, args)
    user = User.objects.create_user(
        email="bench-learner@example.org", password=LEARNER_PASSWORD, full_name="Bench Learner"
    )
    learning.enrol(user, CoursePage.objects.get(pk=course.pk))
    urls = {"course": course.get_url(), "lesson": lesson.get_url()}
    queries, cookie = page_queries(urls, user)
    # Item 12: the anonymous lesson page, saved as a file under STATIC_ROOT before the server starts.
    from django.conf import settings

    copy = Path(settings.STATIC_ROOT) / STATIC_COPY
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(Client().get(urls["lesson"]).content)
    print(
        MARK
        + json.dumps(
            {"urls": urls, "queries": queries, "cookie": cookie, "static_bytes": copy.stat().st_size}
        )
    )


def child_build_peer(args):
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from wagtail.models import Site
    from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage

    root = Site.objects.get(is_default_site=True).root_page
    course = root.add_child(
        instance=CoursePage(
            title="Benchmark course", slug="benchmark-course", description=f"<p>{course_intro()}</p>"
        )
    )
    lesson = publish_course(course, H5PLessonPage, args)
    user = get_user_model().objects.create_user(
        username="bench-learner", email="bench-learner@example.org", password=LEARNER_PASSWORD
    )
    CourseEnrollment.objects.create(user=user, course=course)
    urls = {"course": course.get_url(), "lesson": lesson.get_url()}
    queries, cookie = page_queries(urls, user)
    print(MARK + json.dumps({"urls": urls, "queries": queries, "cookie": cookie}))


# The peer's project, written at run time ----------------------------------------------------------------

PEER_SETTINGS = """\
# A minimal Wagtail project for wagtail-lms, as its README and Wagtail's "Integrating Wagtail into
# a Django project" say; written by bench/peer.py.
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "bench-only-insecure-key"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [
    "wagtail_lms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "peerproject.urls"
WSGI_APPLICATION = "peerproject.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]
DATABASES = {"default": %(database)r}
CACHES = %(caches)r
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
WAGTAIL_SITE_NAME = "wagtail-lms peer"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
"""

PEER_URLS = """\
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("lms/", include("wagtail_lms.urls")),
    path("", include(wagtail_urls)),
]
"""

PEER_WSGI = """\
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peerproject.settings")
application = get_wsgi_application()
"""

# wagtail-lms's templates extend "base.html", which a project provides.
PEER_BASE_HTML = """\
{% load static %}<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{% block title %}{% if page %}{{ page.title }} · {% endif %}wagtail-lms{% endblock %}</title>
  <link rel="stylesheet" href="{% static 'wagtail_lms/css/course.css' %}">
</head>
<body>
  <header><a href="/">wagtail-lms peer</a></header>
  <main>{% block content %}{% endblock %}</main>
  <footer><p>Benchmark peer project.</p></footer>
</body>
</html>
"""

WRK_SCRIPT = """\
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d,'
    .. ' "max_us": %d, "connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}\\n',
    "WRK-RESULT ", summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def write_peer_project(folder, database, caches):
    package = folder / "peerproject"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "settings.py").write_text(PEER_SETTINGS % {"database": database, "caches": caches})
    (package / "urls.py").write_text(PEER_URLS)
    (package / "wsgi.py").write_text(PEER_WSGI)
    (folder / "templates").mkdir()
    (folder / "templates" / "base.html").write_text(PEER_BASE_HTML)
    (folder / "manage.py").write_text(
        textwrap.dedent(
            """\
            import os
            import sys

            from django.core.management import execute_from_command_line

            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peerproject.settings")
            execute_from_command_line(sys.argv)
            """
        )
    )


# Parent: environments, databases, servers, load ---------------------------------------------------------


class BenchFailed(Exception):
    pass


def run(label, command, *, env, cwd, timeout):
    print(f"  {label} …", flush=True)
    started = time.perf_counter()
    try:
        done = subprocess.run(  # noqa: S603 (our interpreters and scripts)
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise BenchFailed(f"{label}: no result after {timeout} s") from error
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise BenchFailed(f"{label} exited with {done.returncode}:\n{tail}")
    print(f"  {label}: {time.perf_counter() - started:.0f} s", flush=True)
    return done.stdout


def result_of(output):
    return marked_json(output, MARK)


def peer_python():
    return PEER_VENV / "bin" / "python"


def ensure_peer_venv(reinstall, timeout):
    """bench/.peer-venv with PEER_PACKAGES, made or completed when needed; returns the versions."""
    if reinstall and PEER_VENV.exists():
        shutil.rmtree(PEER_VENV)
    if not peer_python().exists():
        print(f"Making {PEER_VENV.relative_to(ROOT)} …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)  # noqa: S603
    probe = (
        "import wagtail_lms, gunicorn, psycopg, redis, importlib.metadata as m;"
        " print(', '.join(f'{p} {m.version(p)}' for p in ('wagtail-lms', 'wagtail', 'Django', 'gunicorn')))"
    )
    done = subprocess.run([str(peer_python()), "-c", probe], capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        print(f"Installing {', '.join(PEER_PACKAGES)} into {PEER_VENV.relative_to(ROOT)} …", flush=True)
        subprocess.run(  # noqa: S603
            [str(peer_python()), "-m", "pip", "install", "--quiet", *PEER_PACKAGES],
            check=True,
            timeout=timeout,
        )
        done = subprocess.run([str(peer_python()), "-c", probe], capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise BenchFailed(f"{PEER_VENV} is unusable (try --reinstall):\n{done.stderr.strip()}")
    return done.stdout.strip()


def relais_versions():
    import importlib.metadata as metadata

    return ", ".join(f"{name} {metadata.version(name)}" for name in ("wagtail", "Django", "gunicorn"))


def django_database(url):
    parts = urlsplit(url)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": parts.username or "",
        "PASSWORD": parts.password or "",
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_get(port, path, cookie=None):
    """(status, headers, body) of one GET, redirects not followed."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@contextmanager
def gunicorn(label, python, app, *, cwd, env, workers, logs):
    port = free_port()
    log = open(logs / f"gunicorn-{label}.log", "w")  # noqa: SIM115 (closed below)
    command = [
        str(python), "-m", "gunicorn", app, "--workers", str(workers), "--bind", f"127.0.0.1:{port}",
        "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                http_get(port, "/")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    tail = "\n".join((logs / f"gunicorn-{label}.log").read_text().splitlines()[-15:])
                    raise BenchFailed(f"gunicorn for {label} did not start:\n{tail}") from None
                time.sleep(0.3)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def wrk(url, *, cookie, seconds, concurrency, script):
    command = [
        "wrk", f"-t{min(2, concurrency)}", f"-c{concurrency}", f"-d{seconds}s", "--timeout", "10s",
        "-s", str(script),
    ]  # fmt: skip
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    done = subprocess.run(  # noqa: S603
        [*command, url], capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith(WRK_MARK)), None)
    if done.returncode != 0 or line is None:
        raise BenchFailed(f"wrk {url} failed:\n{done.stdout}\n{done.stderr}")
    result = json.loads(line[len(WRK_MARK) :])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    return result


def check_page(label, port, path, cookie, expect_body):
    status, headers, body = http_get(port, path, cookie)
    text = body.decode(errors="replace")
    if status != 200:
        return {"status": status, "location": headers.get("Location", "")}
    if expect_body and BODY_MARK not in text:
        raise BenchFailed(f"{label}: {path} answered 200 without the lesson's body")
    return {"status": 200, "bytes": len(body), "cache_control": headers.get("Cache-Control", "")}


def load(site, port, path, cookie, args, script):
    url = f"http://127.0.0.1:{port}{path}"
    wrk(url, cookie=cookie, seconds=2, concurrency=args.concurrency, script=script)  # warm-up
    result = wrk(url, cookie=cookie, seconds=args.seconds, concurrency=args.concurrency, script=script)
    print(
        f"    {site:<12} {path:<44} {result['rps']:8.1f} req/s  p95 {result['p95_us'] / 1000:7.1f} ms"
        + (f"  errors {result['errors']}" if result["errors"] else ""),
        flush=True,
    )
    return result


def median_of(results, key):
    return statistics.median(r[key] for r in results)


def cell_rps(results):
    return f"{median_of(results, 'rps'):.1f}" if results else "—"


def cell_p95(results):
    return f"{median_of(results, 'p95_us') / 1000:.1f}" if results else "—"


def print_report(args, versions, builds, checks, runs, static_runs):
    relais, peer = builds["Relais"], builds["wagtail-lms"]
    print(
        f"\n== Relais vs wagtail-lms — {args.lessons} lessons of {args.body_kb} KB, gunicorn {args.workers}"
        f" sync workers each, PostgreSQL, cache {'Redis ' + args.redis if args.redis else 'local memory'},"
        f" wrk {args.concurrency} connections × {args.seconds} s × {args.rounds} round(s) (median)"
    )
    print(f"Relais: {versions['Relais']}")
    print(f"peer:   {versions['wagtail-lms']}")
    head = (
        f"{'page':<18} {'Relais req/s':>12} {'p95 ms':>7} {'peer req/s':>11} {'p95 ms':>7} {'ratio':>6}"
        f"   {'queries Relais':>15} {'queries peer':>13}"
    )
    print("\n" + head)
    print(f"{'':<18} {'':>12} {'':>7} {'':>11} {'':>7} {'':>6}   {'served/render':>15} {'served/render':>13}")
    ratios = {}
    for page, visitor in PAGES:
        key = f"{page} {visitor}"
        r_runs, p_runs = runs[("Relais", key)], runs[("wagtail-lms", key)]
        rq, pq = relais["queries"][key], peer["queries"][key]
        r_queries = f"{rq['served']}/{rq['rendered']}" if rq["status"] == 200 else f"HTTP {rq['status']}"
        p_queries = f"{pq['served']}/{pq['rendered']}" if pq["status"] == 200 else f"HTTP {pq['status']}"
        peer_note = checks[("wagtail-lms", key)]
        if p_runs:
            ratio = median_of(r_runs, "rps") / median_of(p_runs, "rps")
            ratios[key] = ratio
            ratio_cell = f"{ratio:.2f}"
        else:
            ratio_cell = "—"
        print(
            f"{key:<18} {cell_rps(r_runs):>12} {cell_p95(r_runs):>7}"
            f" {cell_rps(p_runs):>11} {cell_p95(p_runs):>7} {ratio_cell:>6}   {r_queries:>15} {p_queries:>13}"
            + ("" if p_runs else f"  (peer: HTTP {peer_note['status']}, sign-in required)")
        )
    sizes = ", ".join(
        f"{key}: Relais {checks[('Relais', key)].get('bytes', 0) / 1024:.0f} KB,"
        f" peer {checks[('wagtail-lms', key)].get('bytes', 0) / 1024:.0f} KB"
        for key in ("course learner", "lesson learner")
    )
    print(f"page sizes: {sizes}")
    print(
        f"static copy of Relais' anonymous lesson page ({relais['static_bytes'] / 1024:.0f} KB, WhiteNoise on"
        f" the same gunicorn): {cell_rps(static_runs)} req/s, p95 {cell_p95(static_runs)} ms"
    )

    print("\n== Item 11: Relais / wagtail-lms (target: throughput ≥ 2.00, never more queries per page)")
    for key, ratio in ratios.items():
        rq, pq = relais["queries"][key], peer["queries"][key]
        verdict = "met" if ratio >= 2 else "MISSED"
        queries = "≤" if rq["served"] <= pq["served"] else "MORE than"
        print(
            f"{key:<18} throughput ×{ratio:.2f} ({verdict});"
            f" p95 {cell_p95(runs[('Relais', key)])} ms vs {cell_p95(runs[('wagtail-lms', key)])} ms;"
            f" queries served {rq['served']} {queries} {pq['served']} (first render {rq['rendered']} vs"
            f" {pq['rendered']})"
        )
    print(
        "\n== Item 12: Relais page throughput / the same server's static file (target for anonymous ≥ 0.50)"
    )
    static_rps = median_of(static_runs, "rps")
    for page, visitor in PAGES:
        key = f"{page} {visitor}"
        fraction = median_of(runs[("Relais", key)], "rps") / static_rps
        target = (" (met)" if fraction >= 0.5 else " (MISSED)") if visitor == "anonymous" else ""
        print(f"{key:<18} {fraction:.2f}{target}")
    cache_control = [
        f"{site} {key}: {check.get('cache_control') or '(none)'}" for (site, key), check in checks.items()
    ]
    print("Cache-Control: " + "; ".join(cache_control))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=20, help="Length of each measured load.")
    parser.add_argument("--concurrency", type=int, default=20, help="wrk connections.")
    parser.add_argument(
        "--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers."
    )
    parser.add_argument("--rounds", type=int, default=1, help="Repeat the loads, alternating who goes first.")
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--body-kb", type=int, default=20, help="Size of each lesson's body.")
    parser.add_argument("--postgres", default=POSTGRES, help="Server URL, without a database.")
    parser.add_argument(
        "--redis", default="redis://127.0.0.1:6379/14", help="Cache for both projects ('' for local memory)."
    )
    parser.add_argument("--reinstall", action="store_true", help="Make bench/.peer-venv anew.")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary folder.")
    parser.add_argument("--step-timeout", type=int, default=900)
    parser.add_argument("--child", choices=["build-relais", "build-peer"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "build-relais":
        return child_build_relais(args)
    if args.child == "build-peer":
        return child_build_peer(args)

    if shutil.which("wrk") is None:
        parser.error("needs wrk on PATH (Debian: apt-get install wrk)")
    started = time.perf_counter()
    try:
        versions = {
            "Relais": relais_versions(),
            "wagtail-lms": ensure_peer_venv(args.reinstall, args.step_timeout),
        }
        with ExitStack() as stack:
            report = bench(args, versions, stack)
    except (BenchFailed, DatabaseUnavailable) as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    print(f"\nDone in {time.perf_counter() - started:.0f} s.")
    print_report(args, versions, *report)
    return 0


def bench(args, versions, stack):
    workdir = Path(tempfile.mkdtemp(prefix="relais-peer-bench-"))
    if args.keep:
        print(f"Temporary folder: {workdir}")
    else:
        stack.callback(shutil.rmtree, workdir, ignore_errors=True)
    server = args.postgres.rstrip("/")
    relais_db = stack.enter_context(postgres_database(server, f"relais_peer_bench_{os.getpid()}_relais"))
    peer_db = stack.enter_context(postgres_database(server, f"relais_peer_bench_{os.getpid()}_peer"))
    script = workdir / "report.lua"
    script.write_text(WRK_SCRIPT)
    common = [f"--lessons={args.lessons}", f"--body-kb={args.body_kb}"]

    relais_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "relais.settings.production",
        "SECRET_KEY": "bench-only-insecure-key",
        "DEBUG": "0",
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": relais_db,
        "DB_CONN_MAX_AGE": "60",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "MEDIA_ROOT": str(workdir / "relais-media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "relais-private-media"),
        "STATIC_ROOT": str(workdir / "relais-static"),
    }
    relais_env.pop("REDIS_URL", None)
    if args.redis:
        relais_env["REDIS_URL"] = args.redis
    caches = (
        {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": args.redis,
                     "KEY_PREFIX": f"peer-bench-{os.getpid()}"}}
        if args.redis
        else {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    )  # fmt: skip
    peer_dir = workdir / "peer"
    write_peer_project(peer_dir, django_database(peer_db), caches)
    peer_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    peer_env["DJANGO_SETTINGS_MODULE"] = "peerproject.settings"
    me = str(Path(__file__).resolve())
    timeout = args.step_timeout

    def setup_relais():
        manage = [sys.executable, str(ROOT / "manage.py")]
        run(
            "Relais: migrate",
            [*manage, "migrate", "--noinput", "-v0"],
            env=relais_env,
            cwd=ROOT,
            timeout=timeout,
        )
        run("Relais: load_demo", [*manage, "load_demo"], env=relais_env, cwd=ROOT, timeout=timeout)
        run("Relais: collectstatic", [*manage, "collectstatic", "--noinput", "-v0"], env=relais_env, cwd=ROOT,
            timeout=timeout)  # fmt: skip
        build = [sys.executable, me, "--child", "build-relais", *common]
        output = run("Relais: course, learner, queries", build, env=relais_env, cwd=ROOT, timeout=timeout)
        return result_of(output)

    def setup_peer():
        python = str(peer_python())
        run("peer: migrate", [python, "manage.py", "migrate", "--noinput", "-v0"], env=peer_env, cwd=peer_dir,
            timeout=timeout)  # fmt: skip
        output = run("peer: course, learner, queries", [python, me, "--child", "build-peer", *common],
                     env=peer_env, cwd=peer_dir, timeout=timeout)  # fmt: skip
        return result_of(output)

    print("Setting up both projects (not measured) …", flush=True)
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {"Relais": pool.submit(setup_relais), "wagtail-lms": pool.submit(setup_peer)}
        builds = {site: future.result() for site, future in futures.items()}

    ports = {
        "Relais": stack.enter_context(
            gunicorn("relais", sys.executable, "relais.wsgi:application", cwd=ROOT, env=relais_env,
                     workers=args.workers, logs=workdir)
        ),
        "wagtail-lms": stack.enter_context(
            gunicorn("peer", peer_python(), "peerproject.wsgi:application", cwd=peer_dir, env=peer_env,
                     workers=args.workers, logs=workdir)
        ),
    }  # fmt: skip

    def cookie_of(site, visitor):
        if visitor == "anonymous":
            return None
        cookie = builds[site]["cookie"]
        return f"{cookie['name']}={cookie['value']}"

    checks = {}
    for site in SITES:
        for page, visitor in PAGES:
            key = f"{page} {visitor}"
            path = builds[site]["urls"][page]
            expect_body = page == "lesson" and visitor == "learner"
            checks[(site, key)] = check_page(
                f"{site} {key}", ports[site], path, cookie_of(site, visitor), expect_body
            )
    status, _headers, _body = http_get(ports["Relais"], f"/static/{STATIC_COPY}")
    if status != 200:
        raise BenchFailed(f"the static copy answered HTTP {status}")

    print("Loading (measured) …", flush=True)
    runs = {(site, f"{page} {visitor}"): [] for site in SITES for page, visitor in PAGES}
    static_runs = []
    for round_number in range(args.rounds):
        order = SITES if round_number % 2 == 0 else tuple(reversed(SITES))
        for page, visitor in PAGES:
            key = f"{page} {visitor}"
            print(f"  {key}", flush=True)
            for site in order:
                if checks[(site, key)]["status"] != 200:
                    continue
                path = builds[site]["urls"][page]
                runs[(site, key)].append(
                    load(site, ports[site], path, cookie_of(site, visitor), args, script)
                )
        print("  static copy", flush=True)
        static_runs.append(load("static", ports["Relais"], f"/static/{STATIC_COPY}", None, args, script))
    return builds, checks, runs, static_runs


if __name__ == "__main__":
    sys.exit(main())
