"""Every rule the database enforces is also said by the form, on the field it is about, in the
user's language: the constraints of every lms model are listed from their Meta, each one's
violation is submitted through the form where people break it, and the answer is a field error
with the constraint's translated message, never a banner naming the constraint."""

import datetime

import pytest
from django.apps import apps
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import models
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import override
from wagtail.test.utils.form_data import querydict_from_html

from lms.cascade import services as cascade
from lms.core.constraints import CheckConstraint
from lms.learning import services as learning
from lms.models import Action, Certificate, Cohort, Multiplier, MultiplierSession
from tests import factories
from tests.lms.cascade_helpers import certified

pytestmark = pytest.mark.django_db


def lms_constraints():
    return {
        constraint.name: (model, constraint)
        for model in apps.get_app_config("lms").get_models()
        for constraint in model._meta.constraints
    }


# Constraints no form can break, and why: the verb that writes the row is the only way in.
WRITTEN_BY_VERBS_ONLY = {
    "invitation_accepted_or_declined_not_both": "accept_invitation / decline: no form sets the dates",
    "completed_enrolment_has_completion_time": "evaluate_completion; enrolments are read-only in the admin",
    "generation_follows_trained_by": "enrol; enrolments are read-only in the admin",
    "one_enrolment_per_learner_and_course": "enrol keeps one enrolment, whatever the way in",
    "one_completion_per_step": "complete_step (create_or_get)",
    "attempt_numbers_are_unique": "submit_assessment numbers attempts itself",
    "points_within_max": "submit_assessment grades on the server",
    "one_checkin_per_browser_and_session": "check_in, keyed on a token kept by the browser",
    "one_reach_summary_per_key": "lms.reporting.summaries, no form",
    # The survey's fields are each limited to 1…5 by their own validators (field errors).
    "feedback_on_a_five_point_scale": "FeedbackResponse fields validate 1…5 one by one",
    "message_sent_once": "lms.notifications records a message once (bulk insert ignoring conflicts)",
    "one_preference_per_kind": "the preferences form updates or creates one row per kind",
}


def test_every_constraint_has_a_translated_message_and_a_field():
    """Each constraint carries its own message, marked for translation (lazy); every check that a
    form can break names the field its violation is reported on."""
    for name, (model, constraint) in lms_constraints().items():
        message = constraint.violation_error_message
        assert isinstance(message, Promise), f"{name}: its message is not marked for translation"
        assert name not in str(message) and "violated" not in str(message), name
        if isinstance(constraint, models.CheckConstraint) and name not in WRITTEN_BY_VERBS_ONLY:
            assert isinstance(constraint, CheckConstraint), f"{name}: say which field it is about"
            assert constraint.field in {field.name for field in model._meta.fields}, name


def test_the_model_reports_a_check_on_its_field(make_action):
    """The model's own validation (what every ModelForm runs) puts the message on the field."""
    action = Action(
        name="Backwards",
        slug="backwards",
        region="lac",
        thematic_area="HO",
        phase="mieux-plus",
        status="ongoing",
        summary="s",
        countries=["CR"],
        start_month=datetime.date(2024, 5, 1),
        end_month=datetime.date(2024, 1, 1),
    )
    with override("fr"), pytest.raises(Exception) as refused:
        action.validate_constraints()  # the message is said in the language active when checked
    assert list(refused.value.message_dict) == ["end_month"]
    in_french = "Le mois de fin ne peut pas précéder le mois de début."
    assert refused.value.message_dict["end_month"] == [in_french]


@pytest.fixture
def world(make_course, make_cohort, make_action, finish):
    action = make_action("Constraint Action", start_month=datetime.date(2024, 1, 1))
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    cohort = make_cohort(course, enrolment_key="CONS-1", action=action)
    enrolment = finish(learning.enrol(factories.UserFactory(), course, key="CONS-1")[0])
    learning.issue_certificate(enrolment)
    multiplier = certified(enrolment)
    session = cascade.record_session(
        multiplier,
        date=datetime.date.today(),
        place="p",
        institution="i",
        modules_covered="m",
        female=1,
        male=0,
        other=0,
    )
    return {
        "action": action,
        "cohort": cohort,
        "multiplier": multiplier,
        "session": session,
        "certificate": Certificate.objects.get(enrolment=enrolment),
    }


def editor_data(client, url):
    return querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")


def action_ends_before_it_starts(client, world):
    url = reverse("wagtailsnippets_lms_action:edit", args=[world["action"].pk])
    data = editor_data(client, url)
    data["start_month"], data["end_month"] = "2024-05-01", "2024-01-01"
    return client.post(url, data), "end_month"


def cohort_closes_before_it_opens(client, world):
    url = reverse("wagtailsnippets_lms_cohort:edit", args=[world["cohort"].pk])
    data = editor_data(client, url)
    data["opens_at"], data["closes_at"] = "2025-03-10 09:00", "2025-03-01 09:00"
    return client.post(url, data), "closes_at"


def certificate_revoked_without_reason(client, world):
    url = reverse("certificates:edit", args=[world["certificate"].pk])
    return client.post(url, {"revoked_public_reason": "", "revoked_note": ""}), "revoked_note"


def multiplier_revoked_without_reason(client, world):
    url = reverse("multipliers:edit", args=[world["multiplier"].pk])
    return client.post(url, {"reason": ""}), "reason"


def session_rejected_without_reason(client, world):
    url = reverse("sessions:edit", args=[world["session"].pk])
    return client.post(url, {"decision": MultiplierSession.Status.REJECTED, "reason": ""}), "reason"


def session_without_participants(client, world):
    """The multiplier's own form (not the admin's): a session of nobody."""
    multiplier = world["multiplier"]
    client.force_login(multiplier.enrolment.user)
    prefix = f"m{multiplier.pk}"
    data = {
        f"{prefix}-{k}": v
        for k, v in {
            "date": datetime.date.today().isoformat(),
            "place": "p",
            "institution": "i",
            "modules_covered": "m",
            "female": 0,
            "male": 0,
            "other": 0,
        }.items()
    }
    return client.post(reverse("lms:record_session", args=[multiplier.pk]), data), "female"


def period_ends_before_it_starts(client, world):
    url = reverse("reporting_periods:add")
    data = {"name": "Backwards", "starts_on": "2025-06-30", "ends_on": "2025-01-01"}
    return client.post(url, data), "ends_on"


FORM_CASES = {
    "period_ends_after_it_starts": period_ends_before_it_starts,
    "action_ends_after_it_starts": action_ends_before_it_starts,
    "cohort_closes_after_it_opens": cohort_closes_before_it_opens,
    "revocation_has_a_note": certificate_revoked_without_reason,
    "multiplier_revocation_has_a_reason": multiplier_revoked_without_reason,
    "held_or_rejected_session_has_a_reason": session_rejected_without_reason,
    "session_has_participants": session_without_participants,
}


def test_every_constraint_is_either_checked_by_a_form_or_written_by_a_verb_only():
    """A new constraint fails here until it has a form case (or is shown to have no form)."""
    assert set(lms_constraints()) == set(FORM_CASES) | set(WRITTEN_BY_VERBS_ONLY)
    assert not set(FORM_CASES) & set(WRITTEN_BY_VERBS_ONLY)


def bound_form(response):
    for key in ("form", "bound_form"):
        if response.context and key in response.context:
            return response.context[key]
    bound = response.context.get("bound") if response.context else None
    return bound[1] if bound else None


@pytest.mark.parametrize("name", sorted(FORM_CASES))
@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_violation_is_a_field_error_in_the_users_language(client, world, name, language):
    """Submitted through its form, each violation comes back as an error on its field, in the
    language of the admin, and the page never names the constraint."""
    client.force_login(factories.SuperuserFactory())
    client.cookies["django_language"] = language
    response, field = FORM_CASES[name](client, world)
    body = response.content.decode()
    assert response.status_code in (200, 400), f"{name}: saved anyway ({response.status_code})"
    assert name not in body and "is violated" not in body
    form = bound_form(response)
    assert form is not None and form.errors.get(field), f"{name}: no error on {field}: {form and form.errors}"
    assert NON_FIELD_ERRORS not in form.errors, f"{name}: {form.errors[NON_FIELD_ERRORS]}"
    model, constraint = lms_constraints()[name]
    if isinstance(constraint, CheckConstraint) and constraint.field == field:
        with override(language):
            assert str(constraint.violation_error_message) in form.errors[field]
    # Nothing was changed.
    assert not Action.objects.filter(end_month__lt=models.F("start_month")).exists()
    assert not Cohort.objects.filter(closes_at__lte=models.F("opens_at")).exists()
    assert not Multiplier.objects.filter(revoked_at__isnull=False).exists()
