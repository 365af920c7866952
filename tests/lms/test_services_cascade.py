"""The multiplier cascade: who may become a multiplier, how colleagues enrol through them
(trained_by, generation, Action), offline sessions, reach by generation, and forgetting people
without changing an Action's reach."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from lms.cascade import services as cascade
from lms.core import exceptions
from lms.learning import services as learning
from lms.models import Enrolment, MultiplierSession, User
from lms.reporting.reach import reach_of
from tests import factories

pytestmark = pytest.mark.django_db


def png(width=40, height=30, mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


PNG = png()


@pytest.fixture
def programme(make_course, make_cohort, make_action, finish):
    """An Action, a key course that trains multipliers, and one generation-1 trainee who
    finished."""
    action = make_action()
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    cohort = make_cohort(course, enrolment_key="TTT-1", action=action)
    trainee = factories.UserFactory(gender="female")
    enrolment, _created = learning.enrol(trainee, course, key="TTT-1")
    return {"action": action, "course": course, "cohort": cohort, "first": finish(enrolment)}


def certified(enrolment):
    """A multiplier confirmed by a coordinator: their invitation works and they may record
    sessions."""
    multiplier = cascade.become_multiplier(enrolment)
    return cascade.confirm_multiplier(multiplier, by=factories.UserFactory(is_staff=True))


def confirm_all_sessions():
    reviewer = factories.UserFactory(is_staff=True)
    for session in MultiplierSession.objects.filter(status=MultiplierSession.Status.REPORTED):
        cascade.review_session(session, by=reviewer, decision=MultiplierSession.Status.CONFIRMED)


def test_cohort_enrolments_carry_the_cohorts_action(programme):
    """A learner enrolled through a cohort counts for its Action, in generation 1."""
    first = programme["first"]
    assert (first.action, first.generation, first.trained_by) == (programme["action"], 1, None)


def test_only_finishers_of_a_multiplier_course_become_multipliers(programme, make_course):
    """Only a learner who finished a course that trains multipliers opts in, once; their invitation
    cohort counts for the same Action and has no key."""
    other_course, _l, _a = make_course("open")
    unfinished, _created = learning.enrol(factories.UserFactory(), other_course)
    with pytest.raises(exceptions.NotAMultiplierCourse):
        cascade.become_multiplier(unfinished)
    multiplier = cascade.become_multiplier(programme["first"])
    assert cascade.become_multiplier(programme["first"]).pk == multiplier.pk
    invitation = multiplier.invitation_cohort
    assert invitation.action == programme["action"] and invitation.enrolment_key is None


def test_colleagues_enrol_through_the_invitation_one_generation_further(programme, finish):
    """Three generations: each colleague is trained by the previous one, same Action."""
    trainer = programme["first"]
    chain = [trainer]
    for _generation in range(2):
        multiplier = certified(chain[-1])
        colleague, _created = learning.enrol(
            factories.UserFactory(gender="male"),
            programme["course"],
            invitation=multiplier.invitation_cohort.invitation_token,
        )
        assert (colleague.trained_by, colleague.generation, colleague.action, colleague.source) == (
            chain[-1],
            chain[-1].generation + 1,
            programme["action"],
            Enrolment.Source.MULTIPLIER,
        )
        chain.append(finish(colleague))
    assert [e.generation for e in chain] == [1, 2, 3]
    assert cascade.people_trained_below([chain[0]]) == 2
    assert cascade.people_trained_below([chain[1]]) == 1


def test_following_ones_own_invitation_changes_nothing(programme):
    """No one can be their own trainer: the multiplier keeps their place in the cascade."""
    multiplier = certified(programme["first"])
    enrolment, created = learning.enrol(
        programme["first"].user, programme["course"], invitation=multiplier.invitation_cohort.invitation_token
    )
    assert (enrolment.pk, created, enrolment.generation, enrolment.trained_by) == (
        programme["first"].pk,
        False,
        1,
        None,
    )


def test_sessions_count_as_reach_one_generation_further(programme):
    """A session's notes are sanitised; once confirmed, its attendees count as offline reach in the
    generation after the multiplier's, by gender."""
    multiplier = certified(programme["first"])
    cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="San José",
        institution="DGME",
        modules_covered="Module 1",
        female=7,
        male=5,
        other=1,
        notes="<b>Good</b> session<script>x()</script>",
    )
    session = MultiplierSession.objects.get(multiplier=multiplier)
    assert session.notes == "Good sessionx()"
    assert reach_of(programme["action"]).offline == 0  # a claim, until confirmed
    confirm_all_sessions()
    reach = reach_of(programme["action"])
    by_generation = {g.generation: g for g in reach.generations}
    assert (reach.direct, reach.online_cascade, reach.offline, reach.learners) == (1, 0, 13, 14)
    assert (
        by_generation[2].offline,
        by_generation[2].female,
        by_generation[2].male,
        by_generation[2].other,
    ) == (13, 7, 5, 1)
    assert by_generation[1].female == 1


@pytest.mark.parametrize(
    "change, error",
    [
        ({"female": 0, "male": 0, "other": 0}, exceptions.SessionNeedsParticipants),
        ({"female": -1}, exceptions.SessionNeedsParticipants),
        ({"date": timezone.localdate() + datetime.timedelta(days=2)}, exceptions.SessionInTheFuture),
        (
            {"sheet": SimpleUploadedFile("sheet.pdf", b"#!/bin/sh\necho not a pdf")},
            exceptions.AttendanceSheetRefused,
        ),
        (
            {"sheet": SimpleUploadedFile("big.png", PNG + b"\x00" * (5 * 1024 * 1024))},
            exceptions.AttendanceSheetRefused,
        ),
    ],
)
def test_bad_sessions_are_refused(programme, change, error):
    """A session with no participant, in the future, or with a refused attendance sheet is not
    recorded."""
    multiplier = certified(programme["first"])
    values = {
        "date": timezone.localdate(),
        "place": "p",
        "institution": "i",
        "modules_covered": "m",
        "female": 1,
        "male": 0,
        "other": 0,
        **change,
    }
    with pytest.raises(error):
        cascade.record_session(multiplier, **values)
    assert not MultiplierSession.objects.filter(multiplier=multiplier).exists()


def test_attendance_sheets_are_checked_by_content_and_private(client, programme, make_action):
    """An attendance sheet is kept as the type its content shows, and only the multiplier, their
    Action's coordinator and programme managers download it."""
    multiplier = certified(programme["first"])
    session = cascade.record_session(
        multiplier,
        date=timezone.localdate(),
        place="p",
        institution="i",
        modules_covered="m",
        female=3,
        male=0,
        other=0,
        sheet=SimpleUploadedFile("names.pdf", PNG),  # a PNG named .pdf: kept as PNG
    )
    assert session.attendance_sheet.name.endswith(".png")
    assert not session.attendance_sheet.url if session.attendance_sheet.storage.base_url is None else True
    url = reverse("lms:attendance_sheet", args=[session.pk])
    client.force_login(programme["first"].user)
    assert client.get(url).status_code == 200
    client.force_login(factories.UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(factories.CoordinatorFactory(actions=[programme["action"]]))
    assert client.get(url).status_code == 200
    client.force_login(factories.ProgrammeManagerFactory())  # a group member, not a superuser
    assert client.get(url).status_code == 200
    client.force_login(factories.CoordinatorFactory(actions=[make_action("Elsewhere")]))
    assert client.get(url).status_code == 404


SESSION_FORM = {
    "date": timezone.localdate().isoformat(),
    "place": "Liberia",
    "institution": "Hospital",
    "modules_covered": "Module 2",
    "female": "4",
    "male": "2",
    "other": "0",
}


def post_session(client, multiplier, **extra):
    """The multiplier page's "Record a session" form (fields carry the multiplier's prefix)."""
    data = {f"m{multiplier.pk}-{name}": value for name, value in {**SESSION_FORM, **extra}.items()}
    return client.post(reverse("lms:record_session", args=[multiplier.pk]), data)


def test_multiplier_page_shows_invitation_trainees_and_sessions(client, programme):
    """The multiplier page shows the invitation, the colleagues who enrolled through it and the
    sessions; a refused file shows the form again with what was typed."""
    multiplier = certified(programme["first"])
    colleague = factories.UserFactory(full_name="Colleague Uno")
    learning.enrol(colleague, programme["course"], invitation=multiplier.invitation_cohort.invitation_token)
    client.force_login(programme["first"].user)
    response = post_session(client, multiplier, notes="ok", sheet=io.BytesIO(b"not an image"))
    assert response.status_code == 400  # the form again, with what was typed and why it was refused
    assert 'value="Hospital"' in response.content.decode()
    html = client.get(reverse("lms:multiplier")).content.decode()
    assert multiplier.invitation_cohort.invitation_token in html
    assert "Colleague Uno" in html
    assert "Hospital" not in html  # the file was refused, so the session was not recorded
    post_session(client, multiplier)
    assert "Hospital" in client.get(reverse("lms:multiplier")).content.decode()


def test_confirmed_multipliers_certificate_says_so(client, programme):
    """The certificate of a confirmed multiplier says so, with their Action."""
    multiplier = cascade.become_multiplier(programme["first"])
    cascade.confirm_multiplier(multiplier, by=factories.UserFactory(is_staff=True))
    certificate = learning.issue_certificate(programme["first"])
    html = client.get(reverse("certificate_verify", args=[certificate.code])).content.decode()
    assert "Certified multiplier" in html and programme["action"].name in html


def test_forgetting_a_learner_keeps_the_reach(programme, admin_client):
    """Deleting a multiplier in the admin anonymises them and keeps their Action's reach and the
    cascade below them."""
    multiplier = certified(programme["first"])
    colleague = factories.UserFactory()
    learning.enrol(colleague, programme["course"], invitation=multiplier.invitation_cohort.invitation_token)
    before = reach_of(programme["action"])
    user = programme["first"].user
    response = admin_client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name, user.is_active, user.has_usable_password()) == ("—", False, False)
    assert "@invalid.example" in user.email
    after = reach_of(programme["action"])
    assert (after.direct, after.online_cascade, after.generations) == (
        before.direct,
        before.online_cascade,
        before.generations,
    )
    assert Enrolment.objects.get(user=colleague).trained_by.user == user


def test_people_without_enrolments_are_deleted(admin_client):
    """Deleting someone with no enrolment in the admin deletes the account."""
    user = factories.UserFactory()
    admin_client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
    assert not User.objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("bomb.png", png(8000, 8000, mode="1")),  # 64 million pixels in a few kilobytes
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        ("sheet.jpg", b"\xff\xd8\xff" + b"junk" * 20),
    ],
    ids=["decompression-bomb", "truncated-png", "fake-jpeg"],
)
def test_attendance_photos_that_cannot_be_decoded_safely_are_refused(programme, name, content):
    """Photos that cannot be decoded safely (truncated, a decompression bomb, not what they claim)
    are refused."""
    assert len(content) < 100_000
    multiplier = certified(programme["first"])
    with pytest.raises(exceptions.AttendanceSheetRefused):
        cascade.record_session(
            multiplier,
            date=timezone.localdate(),
            place="p",
            institution="i",
            modules_covered="m",
            female=1,
            male=0,
            other=0,
            sheet=SimpleUploadedFile(name, content),
        )
