"""Every change to who counts is attributable: the verbs that change a figure write Wagtail's audit
log (lms.core.audit), with titles that name no learner."""

import pytest
from wagtail.models import ModelLogEntry

from lms.learning import services as learning
from lms.programme.bulk import import_enrolments, parse_enrolment_csv
from tests import factories

pytestmark = pytest.mark.django_db


def entries(instance):
    return list(ModelLogEntry.objects.for_instance(instance).values_list("action", "user_id", "label"))


def test_withdrawal_revocation_and_bulk_import_are_logged(make_course, make_cohort, make_action):
    course, _lessons, _assessment = make_course("key")
    cohort = make_cohort(course, enrolment_key="LOG-1", action=make_action())
    learner = factories.UserFactory(full_name="Nadia Named")
    enrolment, _created = learning.enrol(learner, course, key="LOG-1")
    learning.withdraw(enrolment)
    assert [(a, u) for a, u, _label in entries(enrolment)] == [("lms.enrolment.withdraw", None)]

    coordinator = factories.UserFactory(is_staff=True)
    certificate = factories.CertificateFactory()
    learning.revoke_certificate(certificate, by=coordinator, note="Issued by mistake.")
    assert [(a, u) for a, u, _label in entries(certificate)] == [("lms.certificate.revoke", coordinator.pk)]

    rows = parse_enrolment_csv(b"email,full_name\nnew.person@example.org,New Person\n")
    import_enrolments(cohort, rows, by=coordinator)
    [(action, user, _label)] = entries(cohort)
    assert (action, user) == ("lms.cohort.import", coordinator.pk)
    titles = [label for instance in (enrolment, certificate, cohort) for _a, _u, label in entries(instance)]
    assert not any("Nadia" in title or "New Person" in title for title in titles)
