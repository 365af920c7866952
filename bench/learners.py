"""A learner driving the site over HTTP, as a browser would (forms, CSRF token, session cookie):
used by bench/load.py and by tests/ops (the production profile's test).

`fetch_plan(env)` asks the target database (through `manage.py shell`, with the environment of the
profile) what there is to learn: courses and toolkit modules with their page ids, lesson ids,
assessment ids and the right answers, and the enrolment keys of the cohorts."""

import requests

from bench.common import manage_shell_json

PLAN_CODE = """
import json
from lms.models import Cohort
from lms.learning.pages import LearningContainerPage
from wagtail.models import Page

plan = []
for page in Page.objects.live().filter(locale__language_code="en").specific():
    if not isinstance(page, LearningContainerPage) or not page.steps:
        continue
    keys = list(
        Cohort.objects.filter(container=page, owner__isnull=True, enrolment_key__isnull=False)
        .values_list("enrolment_key", flat=True)
    )
    if page.enrolment_mode == "invitation" or (page.enrolment_mode == "key" and not keys):
        continue
    steps = []
    for step in page.steps:
        entry = {"id": step.pk, "url": step.url, "assessment": step.completed_by_passing}
        if step.completed_by_passing:
            entry["answers"] = {
                block.id: [str(i) for i, option in enumerate(block.value["options"]) if option["is_correct"]]
                for block in step.questions
            }
            entry["wrong"] = {
                block.id: [
                    str(i) for i, option in enumerate(block.value["options"]) if not option["is_correct"]
                ][:1]
                for block in step.questions
            }
        steps.append(entry)
    plan.append({
        "id": page.pk, "title": page.title, "url": page.url, "mode": page.enrolment_mode,
        "key": keys[0] if page.enrolment_mode == "key" else None,
        "certificate": bool(getattr(page, "issues_certificate", False)), "steps": steps,
    })
print("PLAN " + json.dumps(plan))
"""


def fetch_plan(env):
    return manage_shell_json(env, PLAN_CODE, "PLAN ")


class Learner:
    """One browser: a cookie jar shared by every server it talks to (cookies do not depend on the
    port), so a session opened on one server is used on the other."""

    PASSWORD = "load test pass phrase 42"  # noqa: S105

    def __init__(self, email, timeout=30):
        self.email = email
        self.http = requests.Session()
        self.timeout = timeout

    def get(self, url, **kwargs):
        return self.http.get(url, timeout=self.timeout, allow_redirects=False, **kwargs)

    def post(self, url, data=None, **kwargs):
        data = dict(data or {})
        data["csrfmiddlewaretoken"] = self.csrf_token(url)
        return self.http.post(url, data=data, timeout=self.timeout, allow_redirects=False, **kwargs)

    def csrf_token(self, url):
        token = self.http.cookies.get("csrftoken")
        if token is None:  # first visit: any page with a form sets it
            base = url.split("/", 3)
            self.http.get("/".join(base[:3]) + "/en/accounts/login/", timeout=self.timeout)
            token = self.http.cookies.get("csrftoken")
        return token

    def sign_up(self, base, name="Load Learner"):
        return self.post(
            f"{base}/en/accounts/signup/",
            {
                "email": self.email,
                "full_name": name,
                "institution": "Benchmark Ministry",
                "country": "FR",
                "preferred_language": "en",
                "gender": "female",
                "role": "trainee",
                "password1": self.PASSWORD,
                "password2": self.PASSWORD,
            },
        )

    def log_in(self, base):
        return self.post(f"{base}/en/accounts/login/", {"username": self.email, "password": self.PASSWORD})

    def enrol(self, base, container):
        data = {"key": container["key"]} if container.get("key") else {}
        return self.post(f"{base}/en/learn/enrol/{container['id']}/", data)

    def complete(self, base, step):
        return self.post(f"{base}/en/learn/complete/{step['id']}/")

    def submit(self, base, step, token, right=True):
        data = {"submission_token": token}
        for block_id, chosen in step["answers" if right else "wrong"].items():
            data[f"q-{block_id}"] = chosen
        return self.post(f"{base}/en/learn/assessments/{step['id']}/submit/", data)
