"""Who may reach what: every URL of the site and the admin, generated from the URL conf, for seven
people — anonymous, a learner, another learner, a multiplier, the coordinator of another Action, an
editor and a programme manager. Each URL must fall under one rule of RULES: a new view that no rule
covers fails this test until someone decides who may see it.

The victims are Amina (a learner of Action A, with an attempt, a certificate and a survey answer)
and Marta (a multiplier of Action A with a session and its attendance sheet): URLs that take an id
get theirs, so "another learner" and "the coordinator of another Action" are asked for what is not
theirs, and must not get it, nor see their names anywhere in the admin."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver
from django.utils import timezone

from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.models import AssessmentAttempt, Certificate
from lms.reporting import exports
from lms.reporting.exports import build_export
from tests import factories
from tests.lms.cascade_helpers import certified

from .conftest import answers

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "learner",
    "other_learner",
    "multiplier",
    "other_coordinator",
    "editor",
    "programme_manager",
]
NON_STAFF = {"learner", "other_learner", "multiplier"}
VICTIM_NAMES = ("Amina Matrix", "amina.matrix@example.org", "Marta Matrix", "marta.matrix@example.org")

# (pattern on "name route", rule). The first match wins; every URL must match one.
RULES = [
    (r"^lms:(withdraw|attempt|certificate_pdf|feedback|become_multiplier) ", "owned_by_learner"),
    # A coordinator's invitation to a cohort: only the account of the invited address answers it.
    # Invitations explain themselves to anyone holding their token; answering needs the account.
    (r"^lms:cohort_invitation ", "invitation_owned"),
    (r"^lms:join ", "invitation_link"),
    (r"^lms:(record_session|withdraw_session|session_sheet) ", "owned_by_multiplier"),
    # A learner's file: their multiplier, and staff whom the scoping policy lets see the session.
    (r"^lms:attendance_sheet ", "multiplier_file"),
    (r"^lms:(my_learning|profile|my_data|delete_account|multiplier) ", "signed_in"),
    (r"^lms:(notification_preferences|reset_calendar) ", "signed_in"),
    # A personal secret address (calendar feed, one-click unsubscribe): the token is the key, so a
    # token that is not one answers 404 to everyone, signed in or not.
    (r"^lms:(calendar|unsubscribe) ", "secret_address"),
    (r"^lms:(enrol|complete|submit_assessment) ", "signed_in"),
    (
        r"^(login|logout|signup|password_reset\w*|wagtailcore_login|wagtailcore_authenticate_with_password"
        r"|verify_email|resend_verification) ",
        "anyone",
    ),
    (
        r"^(search|actions|action|how_we_count|certificate_verify\w*|checkin\w*|wagtail_serve|wagtaildocs_serve"
        r"|wagtaildocs_authenticate_with_password) ",
        "public",
    ),
    (r"^None \^media/", "public"),
    (r"^(wagtailadmin_login|wagtailadmin_logout|wagtailadmin_password_reset\w*) ", "anyone"),
    (r"^(wagtailadmin_javascript_catalog|wagtailadmin_sprite) ", "anyone"),  # the admin's static assets
    # Wagtail's deliberate error page ("failwhale"), to try the error reporting: staff get the error.
    (r"^wagtailadmin_error_test ", "admin_error_test"),
    # An Action's read-only overview: its coordinators and programme managers see its learners;
    # editors its content only; the coordinator of another Action gets nothing (the "admin" rule
    # checks that neither sees the victims' names).
    (r"^wagtailsnippets_lms_action:inspect ", "admin"),
    (r"^lms_reports:export_download ", "own_export"),
    (r"^lms_reports:", "reports"),
    (r"^\S+ admin/", "admin"),
]


def url_patterns():
    def walk(patterns, prefix="", namespace=None):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace
                if pattern.namespace:
                    inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
                yield f"{name} {prefix}{pattern.pattern}"

    return sorted(set(walk(get_resolver().url_patterns)))


def rule_for(key):
    return next((rule for pattern, rule in RULES if re.search(pattern, key)), None)


def test_every_url_has_a_rule():
    """Every URL of the project has a rule in the matrix: a new one fails here until someone decides
    who may reach it."""
    missing = [key for key in url_patterns() if rule_for(key) is None]
    assert not missing, "Decide who may reach these URLs and add them to RULES:\n" + "\n".join(missing)


@pytest.fixture
def world(make_course, make_cohort, make_action, finish):
    action_a, action_b = make_action("Matrix Action A"), make_action("Matrix Action B")
    course, _lessons, assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, name="Cohort A", enrolment_key="MATRIX-A", action=action_a)
    make_cohort(course, name="Cohort B", enrolment_key="MATRIX-B", action=action_b)
    people = {}
    people["learner"] = factories.UserFactory(full_name="Amina Matrix", email="amina.matrix@example.org")
    people["multiplier"] = factories.UserFactory(full_name="Marta Matrix", email="marta.matrix@example.org")
    people["other_learner"] = factories.UserFactory(full_name="Omar Other")
    amina = learning.enrol(people["learner"], course, key="MATRIX-A")[0]
    learning.submit_assessment(amina, assessment, answers(assessment, right=False), submission_token="m-1")
    amina = finish(amina)
    learning.issue_certificate(amina)
    learning.record_feedback(
        amina, ratings={"objectives_clear": 4, "relevant": 4, "real_difference": 4, "would_recommend": 4}
    )
    marta = finish(learning.enrol(people["multiplier"], course, key="MATRIX-A")[0])
    multiplier = certified(marta)
    session = cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="p",
        institution="i",
        modules_covered="m",
        female=2,
        male=1,
        other=0,
        sheet=SimpleUploadedFile("sheet.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    learning.enrol(people["other_learner"], course, key="MATRIX-B")
    for role, group in (
        ("other_coordinator", "Coordinators"),
        ("editor", "Editors"),
        ("programme_manager", "Programme managers"),
    ):
        people[role] = factories.UserFactory(is_staff=True, full_name=f"Staff {role}")
        people[role].groups.add(Group.objects.get(name=group))
    action_b.coordinators.add(people["other_coordinator"])
    cohort_invitation = factories.CohortInvitationFactory(cohort=amina.cohort, email=people["learner"].email)
    export = build_export(exports.request_report_export(people["programme_manager"], "enrolments", ""))
    values = {
        "page_id": course.pk,
        "enrolment_id": amina.pk,
        "attempt_id": AssessmentAttempt.objects.filter(enrolment=amina).first().pk,
        "code": Certificate.objects.get(enrolment=amina).code,
        "multiplier_id": multiplier.pk,
        "session_id": session.pk,
        "token": multiplier.invitation_cohort.invitation_token,
        "cohort_id": amina.cohort_id,
        "slug": action_a.slug,
        "uidb64": "MQ",
        "token_reset": "set-password",
        "invitation_id": cohort_invitation.pk,
        "token_cohort_invitation": cohort_invitation.token,
    }
    by_namespace = {
        "lms_action": action_a.pk,
        "lms_cohort": amina.cohort_id,
        "enrolments": amina.pk,
        "multipliers": multiplier.pk,
        "certificates": Certificate.objects.get(enrolment=amina).pk,
        "export_download": export.pk,
        "wagtailusers_users": people["learner"].pk,
    }
    return {"people": people, "values": values, "by_namespace": by_namespace, "action": action_a}


SPECIAL_ROUTES = {
    r"admin/^.*/$": "admin/no-such-screen/",
    r"documents/^(\d+)/(.*)$": "documents/999999/missing.pdf",
    r"^media/(?P<path>.*)$": "media/missing.png",
    r"en/^((?:[\w\-]+/)*)$": "en/",
}


def build_url(key, world):
    name, route = key.split(" ", 1)
    if route in SPECIAL_ROUTES:
        return "/" + SPECIAL_ROUTES[route]
    if "revisions/compare" in route:
        return f"/admin/snippets/lms/action/history/{world['action'].pk}/revisions/compare/earliest...latest/"

    def value(converter, argument):
        if argument == "pk":
            found = next((pk for part, pk in world["by_namespace"].items() if part in name), None)
            return str(found or 1)
        if argument == "token" and name.startswith("password_reset"):
            return world["values"]["token_reset"]
        if argument == "token" and name == "lms:cohort_invitation":
            return world["values"]["token_cohort_invitation"]
        if argument in world["values"]:
            return str(world["values"][argument])
        return "1" if converter == "int" else "x"

    path = route.replace("^", "").replace("$", "")
    path = re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: value(m.group(1), m.group(2)), path)  # path()
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: value("str", m.group(1)), path)  # re_path()
    assert "<" not in path and "^" not in path and "(" not in path, f"cannot build {key}: {path}"
    return "/" + path


def signs_in(response, admin=False):
    location = response.get("Location", "") if response.status_code == 302 else ""
    return ("/admin/login/" if admin else "/accounts/login/") in location


def check(rule, role, method, response, owner_role=None):
    """None when the response is right for this person, else what is wrong."""
    status = response.status_code
    if status >= 500:
        return f"server error {status}"
    body = response.content.decode(errors="replace") if not getattr(response, "streaming", False) else ""
    if rule == "anyone":
        return None
    if rule == "public":
        return None if status not in (401, 403) else f"refused ({status})"
    if rule == "secret_address":
        return None if status == 404 else f"an address with a wrong secret answered {status}"
    if rule == "multiplier_file" and role == "programme_manager":
        if method.upper() != "GET":
            return None if status == 405 else f"a download answered {method} with {status}"
        return None if status == 200 else f"a programme manager's download answered {status}"
    if rule in ("invitation_link", "invitation_owned"):
        if role == "anonymous":
            if method.upper() == "GET":
                return None if status == 200 or signs_in(response) else f"an invitation answered {status}"
            return None if signs_in(response) else f"an answer without an account got {status}"
        rule = "signed_in" if rule == "invitation_link" else "owned_by_learner"
    if rule in ("signed_in", "owned_by_learner", "owned_by_multiplier", "multiplier_file"):
        if role == "anonymous":
            return None if signs_in(response) or status == 405 else f"no sign-in asked ({status})"
        if rule == "signed_in" or role == owner_role:
            return None if status != 403 else "refused its owner"
        return None if status in (404, 405) else f"another person's object answered {status}"
    # The admin: reports, exports and everything else.
    if role == "anonymous" or role in NON_STAFF:
        if status == 200:
            return "a person without admin access got the page"
        return None if signs_in(response, admin=True) or status in (403, 405) else f"answered {status}"
    if role in ("other_coordinator", "editor"):
        leaked = [name for name in VICTIM_NAMES if name in body]
        if leaked:
            return f"shows {leaked}"
    if rule == "own_export":
        if role == "programme_manager":
            return None if status == 200 else f"its author's export answered {status}"
        return None if status in (302, 403, 404) else f"someone else's export answered {status}"
    if rule == "reports" and role == "editor" and status == 200:
        return "an editor sees programme reports"
    return None


OWNERS = {
    "owned_by_learner": "learner",
    "invitation_owned": "learner",
    "owned_by_multiplier": "multiplier",
    "multiplier_file": "multiplier",
}
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
# An event handler attribute (onclick="…") or a javascript: address: inline script too.
INLINE_HANDLER = re.compile(
    r"<[a-z][^>]*\s(on[a-z]+\s*=|(?:href|src|action)\s*=\s*[\"']?\s*javascript:)", re.IGNORECASE
)
DATA_TYPES = ("application/json", "text/template")


def inline_scripts_in(response):
    """The Content-Security-Policy refuses every inline script, site and admin alike: a page (or a
    chooser modal's HTML, sent inside JSON) that still has one would be broken for its reader."""
    if response.status_code != 200 or getattr(response, "streaming", False):
        return None
    kind = response.get("Content-Type", "")
    if kind.startswith("text/html"):
        html = response.content.decode(errors="replace")
    elif kind.startswith("application/json") and isinstance(data := response.json(), dict):
        html = data.get("html") or ""
    else:
        return None
    inline = [
        attrs
        for attrs in SCRIPT_TAG.findall(html)
        if "src=" not in attrs and not any(kind in attrs for kind in DATA_TYPES)
    ]
    inline += INLINE_HANDLER.findall(html)
    return f"{len(inline)} inline script(s) the policy refuses: {inline[:3]}" if inline else None


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, world, role, subtests):
    """Each role reaches exactly what its rule allows on every URL (others' objects are not even
    touched by a POST), and no page has an inline script."""
    if role != "anonymous":
        client.force_login(world["people"][role])
    problems = []
    for key in url_patterns():
        rule = rule_for(key)
        url = build_url(key, world)
        if rule == "admin_error_test":
            if role not in NON_STAFF and role != "anonymous":
                continue
            rule = "admin"
        methods = ["get"]
        if rule in OWNERS and role != OWNERS[rule]:
            methods.append("post")  # someone else's object: not even a POST may touch it
        if rule in ("signed_in", "invitation_link", "invitation_owned") and role == "anonymous":
            methods.append("post")
        if rule in ("admin", "reports", "own_export") and (role == "anonymous" or role in NON_STAFF):
            methods.append("post")
        for method in methods:
            response = getattr(client, method)(url)
            problem = check(rule, role, method, response, OWNERS.get(rule)) or inline_scripts_in(response)
            if problem:
                problems.append(f"{method.upper()} {url} [{key.split()[0]}, {rule}]: {problem}")
        if role != "anonymous" and "_auth_user_id" not in client.session:
            client.force_login(world["people"][role])  # a logout URL was visited
    assert not problems, f"{role}:\n" + "\n".join(problems)
