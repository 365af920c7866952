"""The production profile (bin/prod): two gunicorn servers on two ports, one PostgreSQL database,
Redis, the django-tasks database worker. No state lives in a server process: both answer the same,
a session opened on one is valid on the other, a write through one is read through the other, and
the certificate is issued in the background by the worker."""

import os
import re
import time
import uuid
from pathlib import Path

import pytest

from bench.learners import Learner, fetch_plan

from .conftest import needs_services

pytestmark = [pytest.mark.ops, needs_services]

PUBLIC_PAGES = ["/en/", "/en/courses/", "/en/toolkit/", "/en/actions/", "/fr/", "/en/certificates/verify/"]
# Per-request values: CSRF tokens (masked anew each time) and CSP nonces.
VOLATILE = re.compile(r'(csrfmiddlewaretoken" value="|nonce="|csrf-token" content=")[^"]*')


def same_page(body):
    return VOLATILE.sub(r"\1…", body)


def test_both_servers_answer_the_same(profile):
    """Both servers answer the public pages the same, and serve hashed, immutable static files."""
    for path in PUBLIC_PAGES:
        first = Learner("anonymous@example.org").get(profile.base(0) + path)
        second = Learner("anonymous@example.org").get(profile.base(1) + path)
        assert first.status_code == second.status_code == 200, path
        assert same_page(first.text) == same_page(second.text), path
    # Static files from whitenoise, with their hashed names, on both.
    stylesheet = re.search(r'href="(/static/[^"]+\.css)"', first.text).group(1)
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet)
    for index in (0, 1):
        response = Learner("anonymous@example.org").get(profile.base(index) + stylesheet)
        assert response.status_code == 200 and "immutable" in response.headers["Cache-Control"]


def test_a_session_and_the_writes_of_one_server_hold_on_the_other(profile):
    """A learner signs up on one server and goes on on the other, step by step across both; the
    worker issues the certificate; signing out on one ends the session on both."""
    plan = fetch_plan(profile.manage_env())
    course = next(c for c in plan if c["mode"] == "open" and c["certificate"])
    a, b = profile.base(0), profile.base(1)
    learner = Learner(f"twoservers-{uuid.uuid4().hex[:8]}@example.org")

    signed_up = learner.sign_up(a, name="Two Servers")
    assert signed_up.status_code == 302, signed_up.text[:2000]
    profile_page = learner.get(f"{b}/en/learn/profile/")
    assert profile_page.status_code == 200  # not a redirect to the login page
    assert 'value="Two Servers"' in profile_page.text

    assert learner.enrol(b, course).status_code == 302  # CSRF token from A, accepted by B
    assert course["title"] in learner.get(f"{a}/en/learn/").text
    for number, step in enumerate(course["steps"]):
        server = (a, b)[number % 2]  # alternate servers: each step sees the previous one's write
        if step["assessment"]:
            response = learner.submit(server, step, token=uuid.uuid4().hex)
        else:
            response = learner.complete(server, step)
        assert response.status_code == 302, (step, response.text[:2000])

    # The completion queued the certificate; the db_worker issues it in the background.
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        page = learner.get(f"{a}/en/learn/").text
        if "/pdf/" in page:
            break
        time.sleep(0.5)
    else:
        raise AssertionError("no certificate 60 s after completion")
    certificate = re.search(r'href="(/en/learn/certificates/[^"]+/pdf/)"', page).group(1)
    pdf = learner.get(b + certificate)
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")

    # Signing out on B ends the session everywhere.
    assert learner.post(f"{b}/en/accounts/logout/").status_code == 302
    assert learner.get(f"{a}/en/learn/").status_code == 302


def test_ctrl_c_stops_every_process(profile):
    """Ctrl-C stops bin/prod and every process it started."""
    pid = profile.process.pid
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    assert len(children) >= 3  # two gunicorn masters, a db_worker (and maybe a certificate sweep)
    assert profile.stop() == 0
    for child in children:
        with pytest.raises(ProcessLookupError):
            os.kill(int(child), 0)
