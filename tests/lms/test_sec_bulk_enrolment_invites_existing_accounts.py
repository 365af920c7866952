"""Security issue 13, class 4: a coordinator's bulk import must not pull an existing account into
their view. Listing an address only invites it; the dry run and the import's message read the same
whether the address has an account or not; the person appears in no coordinator listing, report,
export or dashboard until they accept, signed in as that address's account, before the invitation
expires and unless they declined."""

import re
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lms.core import exceptions
from lms.learning import services as learning
from lms.models import CohortInvitation, Enrolment
from lms.privacy.services import forget_learner
from lms.programme.bulk import import_enrolments, parse_enrolment_csv
from lms.programme.scoping import scope
from tests import factories

pytestmark = pytest.mark.django_db

NADIA = "nadia.existing@example.org"
NEWCOMER = "nobody.yet@example.org"


@pytest.fixture
def world(make_course, make_cohort, make_action):
    """Action "Open Doors" with a key course and a cohort, run by its coordinator; Nadia has an
    account, a gender and a country, and is enrolled (with progress) in the same course through
    another Action's group, which the coordinator must not learn."""
    action = make_action("Open Doors")
    course, lessons, _assessment = make_course("key")
    cohort = make_cohort(course, name="Open Doors group", action=action, enrolment_key="DOORS-1")
    make_cohort(course, name="Elsewhere group", action=make_action("Elsewhere"), enrolment_key="ELSE-1")
    coordinator = factories.CoordinatorFactory(full_name="Carla Coordinator", actions=[action])
    nadia = factories.UserFactory(
        email=NADIA, full_name="Nadia Existing", gender="female", country="NE", preferred_language="fr"
    )
    enrolment, _created = learning.enrol(nadia, course, key="ELSE-1")
    learning.complete_step(enrolment, lessons[0])
    return {"action": action, "course": course, "cohort": cohort, "coordinator": coordinator, "nadia": nadia}


def csv_of(*emails):
    return (
        "email,full_name\n" + "".join(f"{email},Listed Person {n}\n" for n, email in enumerate(emails))
    ).encode()


def bulk_url(cohort):
    return reverse("lms_cohort_bulk_enrol", args=[cohort.pk])


def dry_run(client, cohort, content):
    response = client.post(
        bulk_url(cohort), {"file": SimpleUploadedFile("people.csv", content, content_type="text/csv")}
    )
    assert response.status_code == 200
    return response


def comparable(html):
    """The page without what differs by request or by file bytes: the CSRF tokens and the file's
    digest (64 letters and digits each)."""
    return re.sub(r"\b[A-Za-z0-9]{64}\b", "", html)


def swapped(html, first, second):
    return html.replace(first, "\0").replace(second, first).replace("\0", second)


def test_dry_run_reads_the_same_for_a_known_and_an_unknown_address(client, world):
    """The dry run of a file listing Nadia (who has an account, enrolled elsewhere in this very
    course) then a new address is, with the two addresses swapped, exactly the dry run of the file
    that lists them the other way round: same outcome, reason and totals for both rows."""
    client.force_login(world["coordinator"])
    first = dry_run(client, world["cohort"], csv_of(NADIA, NEWCOMER))
    second = dry_run(client, world["cohort"], csv_of(NEWCOMER, NADIA))
    assert [row.outcome for row in first.context["plan"]] == ["invited", "invited"]
    assert first.context["totals"] == second.context["totals"]
    assert comparable(swapped(first.content.decode(), NADIA, NEWCOMER)) == comparable(second.content.decode())
    assert "Nadia Existing" not in first.content.decode()


def test_import_message_does_not_count_new_accounts(client, make_cohort, world):
    """The message after importing an existing address is word for word the one after importing a
    new address (into a cohort of the same name): no count of new accounts."""
    other = make_cohort(world["course"], name="Open Doors group", action=world["action"], enrolment_key=None)
    client.force_login(world["coordinator"])
    said = []
    for cohort, email in ((world["cohort"], NADIA), (other, NEWCOMER)):
        digest = dry_run(client, cohort, csv_of(email)).context["digest"]
        response = client.post(bulk_url(cohort), {"import": "1", "digest": digest})
        assert response.status_code == 302
        said.append([str(message) for message in get_messages(response.wsgi_request)])
    assert said[0] == said[1] and said[0], said


def import_nadia(world, django_capture_on_commit_callbacks, *emails):
    with django_capture_on_commit_callbacks(execute=True):
        return import_enrolments(
            world["cohort"], parse_enrolment_csv(csv_of(*emails)), by=world["coordinator"]
        )


def test_after_import_the_existing_person_is_in_no_coordinator_view(
    client, world, django_capture_on_commit_callbacks
):
    """After the import, the coordinator's enrolment viewset (listing and export), enrolments and
    outcomes reports (page and CSV), the impact dashboard and the admin home do not show Nadia;
    the cohort's invitations show her address as typed and a state, nothing of her account."""
    coordinator = world["coordinator"]
    import_nadia(world, django_capture_on_commit_callbacks, NADIA)
    assert not scope.enrolments(coordinator).filter(user=world["nadia"]).exists()
    assert list(scope.invitations(coordinator).values_list("email", flat=True)) == [NADIA]
    client.force_login(coordinator)
    pages = {
        "enrolment listing": client.get(reverse("enrolments:index")),
        "enrolment export": client.get(reverse("enrolments:index"), {"export": "csv"}),
        "enrolments report": client.get(reverse("lms_reports:enrolments")),
        "enrolments report CSV": client.get(reverse("lms_reports:enrolments"), {"export": "csv"}),
        "outcomes report CSV": client.get(reverse("lms_reports:outcomes"), {"export": "csv"}),
        "dashboard": client.get(reverse("lms_reports:impact"), {"action": world["action"].pk}),
        "admin home": client.get(reverse("wagtailadmin_home")),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
        body = (b"".join(response.streaming_content) if response.streaming else response.content).decode()
        for trace in ("Nadia", NADIA):
            assert trace not in body, f"{name} shows {trace}"
    assert pages["dashboard"].context["figures"]["enrolled"] == 0
    invitations = client.get(bulk_url(world["cohort"])).content.decode()
    assert NADIA in invitations and "Waiting for an answer" in invitations
    assert "Nadia Existing" not in invitations and "Niger" not in invitations


def invitation_link(email):
    message = next(m for m in mail.outbox if m.to == [email])
    links = re.findall(r"http://testserver(/\S+)", message.body)
    return message, next(link for link in links if "/invitations/" in link)


def test_the_invited_person_accepts_and_then_appears(
    client, world, make_action, django_capture_on_commit_callbacks
):
    """The email goes to the address, in the person's language, naming who invites and the
    course; its link opens the invitation for the account of that address, and accepting enrols
    them in the cohort, for its Action, audit-logged; only then does the coordinator see them."""
    course, cohort, coordinator = world["course"], world["cohort"], world["coordinator"]
    amir = factories.UserFactory(email="amir@example.org", full_name="Amir Listed", preferred_language="es")
    import_nadia(world, django_capture_on_commit_callbacks, "Amir@Example.org")
    message, link = invitation_link("amir@example.org")
    assert "Carla Coordinator" in message.body and course.title in message.body
    assert link.startswith("/es/")
    assert "password" not in message.body.lower() and "contraseña" not in message.body.lower()
    assert not scope.enrolments(coordinator).filter(user=amir).exists()

    client.force_login(amir)
    page = client.get(link)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Carla Coordinator" in html and "Open Doors group" in html and 'value="accept"' in html
    response = client.post(link, {"answer": "accept"})
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=amir)
    assert (enrolment.cohort, enrolment.action, enrolment.generation, enrolment.source) == (
        cohort,
        world["action"],
        1,
        Enrolment.Source.BULK,
    )
    assert scope.enrolments(coordinator).filter(user=amir).exists()
    invitation = CohortInvitation.objects.get(email="amir@example.org")
    assert (invitation.accepted_by, invitation.accepted_at is not None) == (amir, True)
    logged = ModelLogEntry.objects.for_instance(cohort).values_list("action", flat=True)
    assert "lms.cohort.invitation_accept" in logged
    client.force_login(coordinator)
    report = client.get(reverse("lms_reports:enrolments"), {"export": "csv"})
    assert "Amir Listed" in b"".join(report.streaming_content).decode()
    # Following the link again only leads to the course.
    client.force_login(amir)
    assert client.get(link).status_code == 302
    assert Enrolment.objects.filter(user=amir).count() == 1


def test_accepting_as_another_account_is_refused(client, world, django_capture_on_commit_callbacks):
    """Someone else holding the link, signed in as another account, is refused as for any other
    person's record (404, nothing of the invitation shown); the service refuses too; nobody is
    enrolled. A wrong token is not found either; anonymous people are asked to sign in."""
    import_nadia(world, django_capture_on_commit_callbacks, NEWCOMER)
    _message, link = invitation_link(NEWCOMER)
    intruder = factories.UserFactory(full_name="Ivan Intruder")
    client.force_login(intruder)
    page = client.get(link)
    assert page.status_code == 404
    assert "sent to another email address" in page.content.decode()
    assert world["course"].title not in page.content.decode()
    assert client.post(link, {"answer": "accept"}).status_code == 404
    invitation = CohortInvitation.objects.get(email=NEWCOMER)
    with pytest.raises(exceptions.InvitationForAnotherAccount):
        learning.accept_invitation(invitation, intruder)
    assert not Enrolment.objects.filter(user=intruder).exists()
    assert client.get(link[:-4] + "abcd/").status_code == 404
    client.logout()
    # Signed out: the invitation shows itself (the emailed token), answering asks to sign in.
    assert client.get(link).status_code == 200
    assert client.post(link, {"answer": "accept"}).status_code == 302  # to the login page
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_an_expired_invitation_is_refused(client, world, django_capture_on_commit_callbacks):
    """Past its expiry, the right account can no longer accept, by the page or the service."""
    nadia = world["nadia"]
    import_nadia(world, django_capture_on_commit_callbacks, NADIA)
    _message, link = invitation_link(NADIA)
    invitation = CohortInvitation.objects.get(email=NADIA)
    invitation.expires_at = timezone.now() - timedelta(minutes=1)
    invitation.save(update_fields=["expires_at"])
    client.force_login(nadia)
    assert client.get(link).status_code == 410
    assert client.post(link, {"answer": "accept"}).status_code == 410
    with pytest.raises(exceptions.InvitationExpired):
        learning.accept_invitation(invitation, nadia)
    assert Enrolment.objects.get(user=nadia).cohort.name == "Elsewhere group"


def test_a_declined_invitation_cannot_be_accepted(client, world, django_capture_on_commit_callbacks):
    """Declining is final for that invitation: accepting afterwards is refused, nobody is enrolled,
    and the coordinator sees "Not accepted", as for an invitation simply ignored."""
    newcomer = factories.UserFactory(email=NEWCOMER)
    import_nadia(world, django_capture_on_commit_callbacks, NEWCOMER)
    _message, link = invitation_link(NEWCOMER)
    client.force_login(newcomer)
    assert client.post(link, {"answer": "decline"}).status_code == 302
    assert client.post(link, {"answer": "accept"}).status_code == 410
    invitation = CohortInvitation.objects.get(email=NEWCOMER)
    with pytest.raises(exceptions.InvitationDeclined):
        learning.accept_invitation(invitation, newcomer)
    assert not Enrolment.objects.filter(user=newcomer).exists()
    assert invitation.declined_at is not None and str(invitation.state) == "Not accepted"


def test_a_returning_learner_keeps_cohort_action_and_generation_on_accepting(
    world, django_capture_on_commit_callbacks
):
    """Nadia withdrew from her other Action's group; accepting this cohort's invitation brings her
    enrolment back as it was (cohort, Action, generation, progress), as enrol_listed always did."""
    nadia = world["nadia"]
    enrolment = Enrolment.objects.get(user=nadia)
    learning.withdraw(enrolment)
    import_nadia(world, django_capture_on_commit_callbacks, NADIA)
    learning.accept_invitation(CohortInvitation.objects.get(email=NADIA), nadia)
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.cohort.name, enrolment.action.name, enrolment.generation) == (
        Enrolment.Status.ACTIVE,
        "Elsewhere group",
        "Elsewhere",
        1,
    )
    assert enrolment.completions.count() == 1


def test_an_invitation_waits_for_the_cohort_to_open_as_a_key_does():
    cohort = factories.CohortFactory(opens_at=timezone.now() + timedelta(days=3))
    person = factories.UserFactory()
    invitation = factories.CohortInvitationFactory(cohort=cohort, email=person.email)
    with pytest.raises(exceptions.CohortClosed):
        learning.accept_invitation(invitation, person)
    assert not Enrolment.objects.filter(user=person).exists()


def test_forgetting_a_person_removes_the_invitations_that_name_their_address():
    person = factories.UserFactory()
    factories.CohortInvitationFactory(email=person.email)
    forget_learner(person)
    assert not CohortInvitation.objects.filter(email__iexact=person.email).exists()
