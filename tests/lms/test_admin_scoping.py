"""Coordinator scoping, as a matrix generated from the URL conf: a coordinator of Action A, in
every admin view of Actions, cohorts, enrolments, multipliers and certificates (and the bulk
enrolment and exports), never sees Action B's objects, and guessing their ids is refused."""

import pytest
from django.urls import get_resolver, reverse

from lms.cascade import services as cascade
from lms.learning import services as learning
from tests import factories

pytestmark = pytest.mark.django_db

SCOPED_NAMESPACES = (
    "wagtailsnippets_lms_action",
    "wagtailsnippetchoosers_lms_action",
    "wagtailsnippets_lms_cohort",
    "wagtailsnippetchoosers_lms_cohort",
    "enrolments",
    "multipliers",
    "certificates",
)


def scoped_url_names():
    """Every URL name of the scoped admin namespaces, and the bulk enrolment."""
    resolver = get_resolver()
    names = []
    for namespace in SCOPED_NAMESPACES:
        sub = resolver.namespace_dict[namespace][1]
        names += [f"{namespace}:{name}" for name in sub.reverse_dict if isinstance(name, str)]
    return sorted(set(names)) + ["lms_cohort_bulk_enrol"]


@pytest.fixture
def world(make_course, make_cohort, make_action, finish):
    """Two Actions with a cohort, a learner who completed and became a multiplier, a certificate."""
    objects = {}
    for label in ("A", "B"):
        action = make_action(f"Action {label} Scoped")
        action.save_revision()
        course, _lessons, _assessment = make_course("key")
        course.trains_multipliers = True
        course.save_revision().publish()
        cohort = make_cohort(
            course, name=f"Cohort {label} Scoped", enrolment_key=f"SCOPE-{label}", action=action
        )
        learner = factories.UserFactory(full_name=f"Learner {label} Scoped")
        enrolment = finish(learning.enrol(learner, course, key=f"SCOPE-{label}")[0])
        multiplier = cascade.become_multiplier(enrolment)
        certificate = factories.CertificateFactory(enrolment=enrolment)
        objects[label] = {
            "action": action,
            "cohort": cohort,
            "enrolment": enrolment,
            "multiplier": multiplier,
            "certificate": certificate,
            "revision": action.latest_revision,
        }
    objects["coordinator"] = factories.CoordinatorFactory(
        full_name="Coordinator of A", actions=[objects["A"]["action"]]
    )
    return objects


def url_for(name, target):
    """The URL `name` pointed at Action B's object of the right kind (or without an object)."""
    kinds = {
        "lms_action": "action",
        "lms_cohort": "cohort",
        "enrolments": "enrolment",
        "multipliers": "multiplier",
        "certificates": "certificate",
    }
    kind = next((v for k, v in kinds.items() if k in name), "cohort")
    obj = target[kind]
    for kwargs in (
        {},
        {"pk": obj.pk},
        {"cohort_id": obj.pk},
        {"pk": obj.pk, "revision_id": target["revision"].pk},
        {"pk": obj.pk, "revision_id_a": "earliest", "revision_id_b": "latest"},
    ):
        try:
            return reverse(name, kwargs=kwargs), bool(kwargs)
        except Exception:  # noqa: S112 - try the next argument shape
            continue
    raise AssertionError(f"cannot build {name}")


@pytest.mark.parametrize("name", scoped_url_names())
def test_coordinator_never_reaches_another_actions_objects(client, world, name):
    """GET or POST, Action B's objects are not shown to A's coordinator, and an address naming one
    is refused or sends them elsewhere."""
    client.force_login(world["coordinator"])
    url, names_an_object = url_for(name, world["B"])
    for method in ("get", "post"):
        response = getattr(client, method)(url)
        body = response.content.decode(errors="replace")
        leaked = [text for text in ("Action B Scoped", "Cohort B Scoped", "Learner B Scoped") if text in body]
        assert not leaked, f"{method.upper()} {url} shows {leaked}"
        if names_an_object:
            assert response.status_code in (302, 403, 404, 405), (
                f"{method.upper()} {url}: {response.status_code}"
            )
            if response.status_code == 302:
                assert not response["Location"].startswith(url)


def test_coordinator_sees_and_exports_their_own(client, world):
    """A's coordinator lists, exports and edits A's cohort and learners, and bulk-enrols there."""
    client.force_login(world["coordinator"])
    assert "Cohort A Scoped" in client.get(reverse("wagtailsnippets_lms_cohort:list")).content.decode()
    assert "Action A Scoped" in client.get(reverse("wagtailsnippets_lms_action:list")).content.decode()
    listing = client.get(reverse("enrolments:index")).content.decode()
    assert "Learner A Scoped" in listing
    export = client.get(reverse("enrolments:index"), {"export": "csv"})
    content = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "Learner A Scoped" in content and "Learner B Scoped" not in content
    assert (
        client.get(reverse("wagtailsnippets_lms_cohort:edit", args=[world["A"]["cohort"].pk])).status_code
        == 200
    )
    assert client.get(reverse("lms_cohort_bulk_enrol", args=[world["A"]["cohort"].pk])).status_code == 200


def test_programme_managers_see_every_action(client, world):
    """A programme manager, not a superuser, sees both Actions' learners."""
    client.force_login(factories.ProgrammeManagerFactory())
    listing = client.get(reverse("enrolments:index")).content.decode()
    assert "Learner A Scoped" in listing and "Learner B Scoped" in listing
