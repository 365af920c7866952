"""Security class: an issued certificate does not change.

The learner's name, the course's title and hours and the Action are stored with the certificate
when it is issued (and were copied onto older ones by the migration). Changing the profile, the
course or the Action afterwards alters neither the PDF nor the public verification page; only a
re-issue by staff who may change the certificate does, and it is logged."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.core import exceptions
from lms.learning import certificate_pdf, services
from lms.models import Certificate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def issued(make_course, make_cohort, make_action, finish):
    """Ana Pérez finished "Border management" (3 hours) in the Action "Costa Rica IV" and has her
    certificate; then her name, the course's title and hours and the Action's name change."""
    action = make_action("Costa Rica IV")
    course, _lessons, _assessment = make_course("key")
    course.title = "Border management"
    course.save_revision().publish()
    make_cohort(course, enrolment_key="ISSUED", action=action)
    learner = factories.UserFactory(full_name="Ana Pérez")
    enrolment, _created = services.enrol(learner, course, key="ISSUED")
    enrolment = finish(enrolment)
    certificate = services.issue_certificate(enrolment)
    learner.full_name = "Mallory Changed"
    learner.save()
    course.refresh_from_db()
    course.title = "Renamed course"
    course.estimated_hours = Decimal("40")
    course.save_revision().publish()
    action.name = "Renamed Action"
    action.save()
    return {"certificate": certificate, "learner": learner, "action": action, "course": course}


def drawn_text(client, monkeypatch, certificate):
    """The strings the certificate PDF draws (its fonts are subset, so it is read as drawn)."""
    drawn = []
    original = certificate_pdf.canvas.Canvas.drawCentredString

    def record(canvas, x, y, text, *args, **kwargs):
        drawn.append(text)
        return original(canvas, x, y, text, *args, **kwargs)

    monkeypatch.setattr(certificate_pdf.canvas.Canvas, "drawCentredString", record)
    response = client.get(reverse("lms:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    return " | ".join(drawn)


def test_later_changes_alter_neither_the_pdf_nor_the_verification_page(client, issued, monkeypatch):
    """After the name, course and Action changed, the PDF and the public page show them as issued."""
    client.force_login(issued["learner"])
    pdf = drawn_text(client, monkeypatch, issued["certificate"])
    assert "Ana Pérez" in pdf and "Border management" in pdf and "Costa Rica IV" in pdf and "3.0 hours" in pdf
    assert "Mallory" not in pdf and "Renamed" not in pdf and "40" not in pdf
    client.logout()
    page = client.get(reverse("certificate_verify", args=[issued["certificate"].code])).content.decode()
    assert "Ana Pérez" in page and "Border management" in page and "Costa Rica IV" in page
    assert "Mallory" not in page and "Renamed" not in page


def test_a_name_correction_is_a_logged_reissue_by_staff(client, issued, monkeypatch):
    """A coordinator of the Action re-issues the certificate from the admin: same code, the name,
    course and hours as they are now, a "re-issued" entry in its history naming who did it."""
    certificate = issued["certificate"]
    url = reverse("certificates:reissue", args=[certificate.pk])
    coordinator = factories.CoordinatorFactory(actions=[issued["action"]])
    client.force_login(coordinator)
    form = client.get(url)
    assert form.status_code == 200
    assert "Mallory Changed" in form.content.decode() and "Ana Pérez" in form.content.decode()
    listing = client.get(reverse("certificates:index")).content.decode()
    assert url in listing
    assert client.post(url, {}).status_code == 200  # not confirmed: nothing happens
    assert Certificate.objects.get(pk=certificate.pk).learner_name == "Ana Pérez"
    assert client.post(url, {"confirm": "on"}).status_code == 302
    reissued = Certificate.objects.get(pk=certificate.pk)
    assert reissued.code == certificate.code and reissued.reissued_at is not None
    assert (reissued.learner_name, reissued.course_title, reissued.hours, reissued.action_name) == (
        "Mallory Changed",
        "Renamed course",
        Decimal("40"),
        "Renamed Action",
    )
    entry = ModelLogEntry.objects.get(action="lms.certificate.reissue", object_id=str(certificate.pk))
    assert entry.user == coordinator
    assert sorted(entry.data["changed"]) == ["action_name", "course_title", "hours", "learner_name"]
    assert "Mallory" not in entry.label  # the site history names the record, not the learner
    client.force_login(issued["learner"])
    assert "Mallory Changed" in drawn_text(client, monkeypatch, reissued)


def test_only_staff_who_may_change_the_certificate_reissue_it(client, issued, make_action):
    """A learner, the certificate's own holder, and a coordinator of another Action cannot re-issue
    it; a revoked certificate is not re-issued."""
    certificate = issued["certificate"]
    url = reverse("certificates:reissue", args=[certificate.pk])
    for person in (issued["learner"], factories.CoordinatorFactory(actions=[make_action("Elsewhere")])):
        client.force_login(person)
        assert client.post(url, {"confirm": "on"}).status_code in (302, 403, 404)
        assert Certificate.objects.get(pk=certificate.pk).learner_name == "Ana Pérez"
    services.revoke_certificate(certificate, by=factories.ProgrammeManagerFactory(), note="Duplicate.")
    with pytest.raises(exceptions.CertificateRevoked):
        services.reissue_certificate(certificate, by=factories.ProgrammeManagerFactory())
    client.force_login(factories.ProgrammeManagerFactory())
    assert client.post(url, {"confirm": "on"}).status_code == 200
    assert Certificate.objects.get(pk=certificate.pk).learner_name == "Ana Pérez"


def test_the_migration_copies_what_older_certificates_certify(issued):
    """Certificates issued before the fields existed get today's values from the data migration."""
    certificate = issued["certificate"]
    Certificate.objects.filter(pk=certificate.pk).update(
        learner_name="", course_title="", hours=None, action_name=""
    )
    migration = importlib.import_module("lms.migrations.0014_certificate_as_issued")
    migration.copy_what_each_certificate_certifies(apps, None)
    certificate.refresh_from_db()
    assert (
        certificate.learner_name,
        certificate.course_title,
        certificate.hours,
        certificate.action_name,
    ) == (
        "Mallory Changed",
        "Renamed course",
        Decimal("40"),
        "Renamed Action",
    )
