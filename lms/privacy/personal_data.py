"""Everything Relais holds about one person, as a JSON document they can download (the right of
access): their profile, enrolments with progress, attempts with answers, certificates, survey
answers, and as a multiplier their sessions. A fixed number of queries whatever their history."""

from django.urls import reverse
from wagtail.models import Page

from lms.cascade.models import MultiplierSession
from lms.core.links import site_url
from lms.learning.models import AssessmentAttempt, Certificate, Enrolment, FeedbackResponse, StepCompletion

FORMAT_VERSION = 1


def _when(value):
    return value.isoformat() if value else None


def personal_data(user):
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("container", "cohort", "action")
        .order_by("enrolled_at")
    )
    ids = [e.pk for e in enrolments]
    steps = {}
    for step in StepCompletion.objects.filter(enrolment_id__in=ids).order_by("completed_at"):
        steps.setdefault(step.enrolment_id, []).append(step)
    titles = dict(
        Page.objects.filter(translation_key__in={s.step_key for group in steps.values() for s in group})
        .order_by("locale_id")
        .values_list("translation_key", "title")
    )
    attempts = {}
    for attempt in AssessmentAttempt.objects.filter(enrolment_id__in=ids).select_related("assessment"):
        attempts.setdefault(attempt.enrolment_id, []).append(attempt)
    assessment_ids = {a.assessment_id for group in attempts.values() for a in group}
    questions = {}  # question block id -> (question, [option texts]), to spell answers out
    for page in Page.objects.filter(pk__in=assessment_ids).specific():
        for block in getattr(page, "questions", []):
            questions[block.id] = (block.value["question"], [o["text"] for o in block.value["options"]])

    def spelled_out(answers):
        """{block id: [positions]} as the questions and the options chosen, in words."""
        result = []
        for block_id, positions in answers.items():
            question, options = questions.get(block_id, (None, []))
            chosen = [options[int(p)] if str(p).isdigit() and int(p) < len(options) else p for p in positions]
            result.append({"question": question, "chosen": chosen} if question else {block_id: positions})
        return result

    certificates = {c.enrolment_id: c for c in Certificate.objects.filter(enrolment_id__in=ids)}
    feedback = {f.enrolment_id: f for f in FeedbackResponse.objects.filter(enrolment_id__in=ids)}
    sessions = {}
    for session in MultiplierSession.objects.filter(multiplier__enrolment_id__in=ids).select_related(
        "multiplier"
    ):
        sessions.setdefault(session.multiplier.enrolment_id, []).append(session)

    def certificate(enrolment_id):
        found = certificates.get(enrolment_id)
        if found is None:
            return None
        path = reverse("certificate_verify", args=[found.code])
        return {
            "code": found.code,
            "issued_to": found.learner_name,
            "issued_at": _when(found.issued_at),
            "revoked_at": _when(found.revoked_at),
            "verification_url": site_url(path),
        }

    return {
        "format": FORMAT_VERSION,
        "profile": {
            "email": user.email,
            "full_name": user.full_name,
            "institution": user.institution,
            "country": str(user.country or ""),
            "preferred_language": user.preferred_language,
            "gender": user.gender,
            "role": user.role,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
        },
        "enrolments": [
            {
                "course": e.container.title,
                "cohort": e.cohort.name if e.cohort else None,
                "action": e.action.name if e.action else None,
                "how": e.get_source_display(),
                "generation": e.generation,
                "status": e.get_status_display(),
                "enrolled_at": _when(e.enrolled_at),
                "withdrawn_at": _when(e.withdrawn_at),
                "completed_at": _when(e.completed_at),
                "steps_completed": [
                    {"step": titles.get(s.step_key, str(s.step_key)), "completed_at": _when(s.completed_at)}
                    for s in steps.get(e.pk, [])
                ],
                "assessment_attempts": [
                    {
                        "assessment": a.assessment.title,
                        "number": a.number,
                        "score": float(a.score),
                        "passed": a.passed,
                        "answers": spelled_out(a.answers),
                        "submitted_at": _when(a.submitted_at),
                    }
                    for a in sorted(attempts.get(e.pk, []), key=lambda a: (a.assessment_id, a.number))
                ],
                "certificate": certificate(e.pk),
                "survey": {
                    "objectives_clear": feedback[e.pk].objectives_clear,
                    "relevant": feedback[e.pk].relevant,
                    "real_difference": feedback[e.pk].real_difference,
                    "would_recommend": feedback[e.pk].would_recommend,
                    "comment": feedback[e.pk].comment,
                    "submitted_at": _when(feedback[e.pk].submitted_at),
                }
                if e.pk in feedback
                else None,
                "multiplier_sessions": [
                    {
                        "date": _when(s.date),
                        "place": s.place,
                        "institution": s.institution,
                        "modules_covered": s.modules_covered,
                        "participants": {
                            "women": s.participants_female,
                            "men": s.participants_male,
                            "other": s.participants_other,
                        },
                        "notes": s.notes,
                        "attendance_sheet_uploaded": bool(s.attendance_sheet),
                    }
                    for s in sessions.get(e.pk, [])
                ],
            }
            for e in enrolments
        ],
    }
