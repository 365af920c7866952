"""Load and faults on the production profile, on loopback (README, Performance):

    .venv/bin/python bench/load.py                    # 50 learners for 60 s, then the checks
    .venv/bin/python bench/load.py --faults           # the same, killing a gunicorn worker (SIGKILL)
                                                      # and restarting PostgreSQL during the load

1. creates a fresh PostgreSQL database and starts bin/prod on it (two gunicorn servers, the
   django-tasks worker, the certificate sweep every --sweep-every seconds), media in a temporary
   folder;
2. --users threads (arriving at --spawn-rate a second), each one learner with its own cookie
   jar, for --duration seconds (the run is bounded: each thread stops at the deadline, each request
   times out after 30 s): sign up, browse
   (home, course list, course, lesson), enrol in a course or toolkit module (with the cohort's key
   where needed), mark its lessons complete, submit its assessment (a third of the time wrong
   first), sign out and in again, next course. Each request goes to either server at random. A read
   whose connection broke is sent once more (as browsers do); a
   write that fails with a connection error or a 5xx is sent again (at most 3 times, 0.5 s apart):
   every write is idempotent (enrolment once per course, completion once per lesson, attempt once
   per submission token);
3. once the load stops and the task queue is drained: the database's counts against the requests
   that succeeded (enrolments, lesson completions, attempts by id, completed enrolments,
   certificates), the invariants (no enrolment through a cohort without its cohort, every completed
   enrolment of a certificate-issuing course has its certificate), and the figures: requests per
   second, p50/p95 per kind, 5xx (with --faults: inside or outside the fault windows);
4. stops bin/prod and drops the database.

The load generator runs on the same two cores as the servers. Every figure printed is measured
in this run.
"""

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from bench.common import POSTGRES, drop_database, manage_shell_json  # noqa: E402
from bench.learners import Learner, fetch_plan  # noqa: E402

RETRIES = 3

CHECK_CODE = """
import json
from django.db.models import Q
from django_tasks_db.models import DBTaskResult
from lms.models import AssessmentAttempt, Certificate, Enrolment, StepCompletion, User
from lms.learning.services import enrolments_missing_certificates
from wagtail.models import Page
prefix = PREFIX
enrolments = Enrolment.objects.filter(user__email__startswith=prefix)
certificate_tasks = DBTaskResult.objects.filter(task_path="lms.learning.tasks.issue_certificate_task")
print("CHECK " + json.dumps({
    "users": User.objects.filter(email__startswith=prefix).count(),
    "enrolments": sorted([e.user.email, e.container_id] for e in enrolments.select_related("user")),
    "completions": sorted([c.enrolment.user.email, c.enrolment.container_id, c.step_key.hex]
        for c in StepCompletion.objects.filter(enrolment__in=enrolments).select_related("enrolment__user")),
    "attempt_ids": sorted(
        AssessmentAttempt.objects.filter(enrolment__in=enrolments).values_list("pk", flat=True)
    ),
    "completed": enrolments.filter(completed_at__isnull=False).count(),
    "certificates": Certificate.objects.filter(enrolment__in=enrolments).count(),
    "missing_certificates": enrolments_missing_certificates().filter(user__email__startswith=prefix).count(),
    "cohort_lost": enrolments.filter(~Q(source="self"), cohort__isnull=True).count(),
    "key_course_without_cohort": enrolments.filter(container__in=KEY_COURSES, cohort__isnull=True).count(),
    "tasks": {
        s: certificate_tasks.filter(status=s).count() for s in ("READY", "RUNNING", "FAILED", "SUCCESSFUL")
    },
    "step_keys": {str(pk): key.hex for pk, key in Page.objects.values_list("pk", "translation_key")},
}))
"""


def log(message):
    print(f"[load] {message}", flush=True)


class Recorder:
    def __init__(self, start):
        self.start = start
        self.lock = threading.Lock()
        self.requests = []  # (kind, status or error name, seconds, t since start)
        self.retries = Counter()
        self.done = {"signup": set(), "enrol": set(), "complete": set(), "attempt": set(), "finished": set()}
        self.signed_out = 0  # writes answered with a redirect to the sign-in page
        self.unknown = Counter()  # writes whose outcome is not known (gave up retrying)

    def add(self, kind, status, seconds, at):
        with self.lock:
            self.requests.append((kind, status, seconds, at - self.start))


class Fault:
    def __init__(self):
        self.windows = []  # (name, start, end) in seconds since the load started


def signed_out(response):
    """A redirect to the sign-in page: the session was not recognised, nothing was written."""
    return response.status_code == 302 and "/accounts/login/" in response.headers.get("Location", "")


def send(recorder, kind, call, *, write=False):
    """One request. A write that failed with no answer or a 5xx is sent again (RETRIES in all); a
    read whose connection broke (a kept-alive connection closed by the server) is sent once more,
    as browsers do."""
    tries = RETRIES if write else 2
    for attempt in range(tries):
        started = time.monotonic()
        try:
            response = call()
        except requests.RequestException as error:
            recorder.add(kind, type(error).__name__, time.monotonic() - started, started)
            response = None
            if not write and not isinstance(error, requests.ConnectionError):
                return None
        else:
            recorder.add(kind, response.status_code, time.monotonic() - started, started)
            if response.status_code < 500 or not write:
                return response
        if attempt + 1 < tries:
            with recorder.lock:
                recorder.retries[kind] += 1
            time.sleep(0.5)
    return None


def learner_loop(number, prefix, plan, servers, deadline, recorder, seed):
    rng = random.Random(seed)  # noqa: S311 (a workload, not a secret)
    learner = Learner(f"{prefix}{number}@load.example")

    def server():
        return rng.choice(servers)

    def browse(container):
        send(recorder, "browse", lambda: learner.get(server() + "/en/"))
        send(recorder, "browse", lambda: learner.get(server() + "/en/courses/"))
        send(recorder, "browse", lambda: learner.get(server() + container["url"]))

    response = send(recorder, "signup", lambda: learner.sign_up(server(), name=f"Load {number}"), write=True)
    if response is None or response.status_code != 302:
        with recorder.lock:
            recorder.unknown["signup"] += response is None
        return
    with recorder.lock:
        recorder.done["signup"].add(learner.email)
    order = plan[:]
    rng.shuffle(order)
    for container in order:
        if time.monotonic() > deadline:
            return
        browse(container)
        response = send(recorder, "enrol", lambda c=container: learner.enrol(server(), c), write=True)
        if response is None:
            with recorder.lock:
                recorder.unknown["enrol"] += 1
            continue
        if signed_out(response):
            with recorder.lock:
                recorder.unknown["enrol"] += 1
                recorder.signed_out += 1
            continue
        if response.status_code != 302 or response.headers["Location"].endswith(container["url"]):
            continue  # refused (shown as a message on the course page)
        with recorder.lock:
            recorder.done["enrol"].add((learner.email, container["id"]))
        finished = True
        for step in container["steps"]:
            if time.monotonic() > deadline:
                return
            send(recorder, "browse", lambda s=step: learner.get(server() + s["url"]))
            if step["assessment"]:
                tries = [False, True] if rng.random() < 1 / 3 else [True]
                for right in tries:
                    token = uuid.uuid4().hex  # one per form, reused by the retries
                    response = send(
                        recorder,
                        "submit",
                        lambda s=step, t=token, r=right: learner.submit(server(), s, t, right=r),
                        write=True,
                    )
                    location = response.headers.get("Location", "") if response is not None else ""
                    if "/learn/attempts/" in location:
                        with recorder.lock:
                            recorder.done["attempt"].add(int(location.rstrip("/").rsplit("/", 1)[1]))
                    else:
                        finished = False
                        with recorder.lock:
                            recorder.unknown["submit"] += response is None
            else:
                response = send(
                    recorder, "complete", lambda s=step: learner.complete(server(), s), write=True
                )
                if (
                    response is not None
                    and response.status_code == 302
                    and not response.headers["Location"].endswith(step["url"])
                    and not signed_out(response)
                ):
                    with recorder.lock:
                        recorder.done["complete"].add((learner.email, container["id"], step["id"]))
                else:
                    finished = False
                    with recorder.lock:
                        recorder.unknown["complete"] += response is None
        if finished:
            with recorder.lock:
                recorder.done["finished"].add((learner.email, container["id"]))
        send(recorder, "browse", lambda: learner.get(server() + "/en/learn/"))
        # Sign out and in again (the session moves between servers all the time anyway).
        send(recorder, "logout", lambda: learner.post(server() + "/en/accounts/logout/"), write=True)
        send(recorder, "login", lambda: learner.log_in(server()), write=True)


def gunicorn_workers(prod_pid):
    """{master pid: [worker pids]} of the gunicorn servers started by bin/prod."""
    result = {}
    for child in Path(f"/proc/{prod_pid}/task/{prod_pid}/children").read_text().split():
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
        if any(b"gunicorn" in part for part in cmdline[:2]):
            result[int(child)] = [
                int(pid) for pid in Path(f"/proc/{child}/task/{child}/children").read_text().split()
            ]
    return result


def inject_faults(prod_pid, start, duration, fault, stop_event):
    def at(seconds):
        while time.monotonic() < start + seconds:
            if stop_event.wait(0.1):
                return False
        return True

    if not at(duration / 3):
        return
    workers = gunicorn_workers(prod_pid)
    master, pids = next(iter(workers.items()))
    victim = pids[0]
    began = time.monotonic() - start
    os.kill(victim, signal.SIGKILL)
    log(f"t={began:.1f}s: SIGKILL gunicorn worker {victim} (of master {master})")
    fault.windows.append(("worker killed", began, began + 5))
    if not at(duration * 0.55):
        return
    began = time.monotonic() - start
    log(f"t={began:.1f}s: restarting PostgreSQL (pg_ctlcluster 15 main restart --mode fast)")
    subprocess.run(["pg_ctlcluster", "15", "main", "restart", "--mode", "fast"], check=True)  # noqa: S607
    ended = time.monotonic() - start
    log(f"t={ended:.1f}s: PostgreSQL is back ({ended - began:.1f} s)")
    fault.windows.append(("PostgreSQL restart", began, ended + 5))


def percentile(values, fraction):
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(fraction * (len(values) - 1))))]


def check_database(env, prefix, key_courses):
    code = CHECK_CODE.replace("PREFIX", json.dumps(prefix)).replace("KEY_COURSES", json.dumps(key_courses))
    return manage_shell_json(env, code, "CHECK ")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--spawn-rate", type=float, default=10, help="learners arriving per second")
    parser.add_argument("--faults", action="store_true")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers per server")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--sweep-every", type=float, default=15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the database and the folder")
    args = parser.parse_args()

    name = f"relais_load_{os.getpid()}_{int(time.time())}"
    url = f"{POSTGRES}/{name}"
    folder = Path(tempfile.mkdtemp(prefix="relais-load-"))
    env = {
        **os.environ,
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private-media"),
        "STATIC_ROOT": str(folder / "static"),
        "LOG_LEVEL": "ERROR",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    ports = [8011, 8012]
    command = [
        sys.executable,
        str(ROOT / "bin" / "prod"),
        f"--database-url={url}",
        f"--ports={','.join(map(str, ports))}",
        f"--workers={args.workers}",
        f"--threads={args.threads}",
        f"--sweep-every={args.sweep_every}",
        f"--state-dir={folder / 'state'}",
    ]
    prod_log = folder / "prod.log"
    prod = None
    try:
        log(f"database {name}; bin/prod log in {prod_log}")
        with open(prod_log, "w") as handle:
            prod = subprocess.Popen(command, env=env, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)  # noqa: S603
        deadline = time.monotonic() + 300
        while "[prod] ready" not in prod_log.read_text():
            if prod.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"bin/prod did not start:\n{prod_log.read_text()[-3000:]}")
            time.sleep(0.5)
        manage_env = env | {
            "DJANGO_SETTINGS_MODULE": "relais.settings.production",
            "SECRET_KEY": (folder / "state" / "secret_key").read_text().strip(),
            "DATABASE_URL": url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        }
        plan = fetch_plan(manage_env)
        key_courses = [c["id"] for c in plan if c["mode"] == "key"]
        log(
            f"{len(plan)} courses and modules ({len(key_courses)} with a key); "
            f"{args.users} learners for {args.duration:.0f} s{' with faults' if args.faults else ''}"
        )
        servers = [f"http://127.0.0.1:{port}" for port in ports]
        prefix = f"load-{uuid.uuid4().hex[:6]}-"
        start = time.monotonic()
        recorder = Recorder(start)
        fault, stop_event = Fault(), threading.Event()
        threads = [
            threading.Thread(
                target=learner_loop,
                args=(n, prefix, plan, servers, start + args.duration, recorder, args.seed * 1000 + n),
            )
            for n in range(args.users)
        ]
        if args.faults:
            threads.append(
                threading.Thread(
                    target=inject_faults, args=(prod.pid, start, args.duration, fault, stop_event)
                )
            )
        for number, thread in enumerate(threads):
            # Learners arrive at --spawn-rate per second (as locust's spawn rate), then stay.
            time.sleep(
                max(0.0, start + number / args.spawn_rate - time.monotonic()) if number < args.users else 0
            )
            thread.start()
        for thread in threads[: args.users]:
            thread.join()
        elapsed = time.monotonic() - start
        stop_event.set()
        for thread in threads[args.users :]:
            thread.join()

        # Drain: wait for the certificate tasks (and the sweep) to finish.
        drain_start = time.monotonic()
        while True:
            check = check_database(manage_env, prefix, key_courses)
            if (check["tasks"]["READY"] == 0 and check["missing_certificates"] == 0) or (
                time.monotonic() - drain_start > 120
            ):
                break
            time.sleep(3)
        drained = time.monotonic() - drain_start
        report(args, recorder, fault, check, elapsed, drained)
    finally:
        if prod is not None and prod.poll() is None:
            prod.send_signal(signal.SIGINT)
            try:
                prod.wait(timeout=60)
            except subprocess.TimeoutExpired:
                prod.kill()
        if not args.keep:
            drop_database(POSTGRES, name)
            shutil.rmtree(folder, ignore_errors=True)
        else:
            log(f"kept database {name} and folder {folder}")


def report(args, recorder, fault, check, elapsed, drained):
    by_kind = defaultdict(list)
    for kind, status, seconds, at in recorder.requests:
        by_kind[kind].append((status, seconds, at))
    print()
    print(
        f"{'kind':<10}{'requests':>10}{'2xx/3xx':>10}{'4xx':>6}{'5xx':>6}{'no answer':>11}"
        f"{'p50 ms':>9}{'p95 ms':>9}"
    )
    total = 0
    for kind in ("signup", "browse", "enrol", "complete", "submit", "logout", "login"):
        rows = by_kind.get(kind, [])
        total += len(rows)
        ok = sum(1 for s, _, _ in rows if isinstance(s, int) and s < 400)
        client = sum(1 for s, _, _ in rows if isinstance(s, int) and 400 <= s < 500)
        server = sum(1 for s, _, _ in rows if isinstance(s, int) and s >= 500)
        errors = sum(1 for s, _, _ in rows if not isinstance(s, int))
        times = [seconds * 1000 for s, seconds, _ in rows if isinstance(s, int) and s < 400]
        print(
            f"{kind:<10}{len(rows):>10}{ok:>10}{client:>6}{server:>6}{errors:>11}"
            f"{percentile(times, 0.5):>9.0f}{percentile(times, 0.95):>9.0f}"
        )
    all_times = [
        seconds * 1000 for _, s_rows in by_kind.items() for s, seconds, _ in s_rows if isinstance(s, int)
    ]
    print(
        f"\n{total} requests in {elapsed:.1f} s: {total / elapsed:.1f} requests/s; "
        f"p50 {statistics.median(all_times):.0f} ms, p95 {percentile(all_times, 0.95):.0f} ms"
        " (answered requests)"
    )
    # (kind, status, start, end): a failed request counts in a fault window if it was under way
    # during it (queued requests may have started well before).
    failures = [
        (kind, s, at, at + seconds)
        for kind, rows in by_kind.items()
        for s, seconds, at in rows
        if not isinstance(s, int) or s >= 500
    ]
    print(
        f"retries: {dict(recorder.retries) or 0}; "
        f"writes given up (outcome unknown): {dict(recorder.unknown) or 0}"
    )

    def window_of(started, ended):
        return next((name for name, begin, end in fault.windows if started <= end and ended >= begin), None)

    outside = [f for f in failures if window_of(f[2], f[3]) is None]
    if args.faults:
        for name, begin, end in fault.windows:
            inside = Counter(str(s) for _, s, at, until in failures if at <= end and until >= begin)
            print(f"fault '{name}' at t={begin:.1f}-{end:.1f} s: failed requests {dict(inside) or 0}")
    print(f"5xx or no answer outside fault windows: {len(outside)} {Counter(str(f[1]) for f in outside)}")

    keys = check["step_keys"]
    db_enrolments = {(email, container) for email, container in check["enrolments"]}
    db_completions = {(email, container, key) for email, container, key in check["completions"]}
    ok_completions = {
        (email, container, keys[str(step)]) for email, container, step in recorder.done["complete"]
    }
    ok_enrolments = {tuple(e) for e in recorder.done["enrol"]}
    db_attempts = set(check["attempt_ids"])
    lost = {
        "signups": len(recorder.done["signup"]) - check["users"]
        if check["users"] < len(recorder.done["signup"])
        else 0,
        "enrolments": len(ok_enrolments - db_enrolments),
        "completions": len(ok_completions - db_completions),
        "attempts": len(recorder.done["attempt"] - db_attempts),
    }
    extra = {
        "enrolments": len(db_enrolments - ok_enrolments),
        "completions": len(db_completions - ok_completions),
        "attempts": len(db_attempts - recorder.done["attempt"]),
    }
    print(
        f"\nwrites answered with a redirect to sign in (session not recognised): {recorder.signed_out}"
        f"\nsucceeded requests vs database: users {len(recorder.done['signup'])}/{check['users']}, "
        f"enrolments {len(recorder.done['enrol'])}/{len(db_enrolments)}, "
        f"lesson completions {len(ok_completions)}/{len(db_completions)}, "
        f"attempts {len(recorder.done['attempt'])}/{len(db_attempts)}, "
        f"courses finished {len(recorder.done['finished'])} "
        f"(completed enrolments in the database {check['completed']})"
    )
    print(f"in the database but not acknowledged (a write whose answer was lost): {extra}")
    print(
        f"certificate tasks {check['tasks']}; certificates {check['certificates']}, "
        f"missing {check['missing_certificates']} (after {drained:.0f} s of draining)"
    )
    print(
        f"enrolments through a cohort without it: {check['cohort_lost']}; "
        f"in a key course without a cohort: {check['key_course_without_cohort']}"
    )
    five_xx = sum(1 for rows in by_kind.values() for s, _, _ in rows if isinstance(s, int) and s >= 500)
    print()
    if args.faults:
        print(f"VERDICT failures only inside fault windows: {'yes' if not outside else 'NO'}")
    else:
        print(f"VERDICT zero 5xx: {'yes' if five_xx == 0 else f'NO ({five_xx})'}")
    print(f"VERDICT no lost write: {'yes' if not any(lost.values()) else f'NO {lost}'}")
    print(
        "VERDICT nothing half-written: "
        + (
            "yes"
            if check["cohort_lost"] == 0
            and check["key_course_without_cohort"] == 0
            and check["missing_certificates"] == 0
            else "NO"
        )
    )


if __name__ == "__main__":
    main()
