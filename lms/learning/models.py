"""Learning records: cohorts (key, window, capacity), a coordinator's invitations to a cohort,
enrolments, completed steps, assessment attempts, certificates and the end-of-course survey."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Replace, Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.core import exceptions
from lms.core.constraints import CheckConstraint


class EnrolmentMode(models.TextChoices):
    OPEN = "open", _("Open: anyone with an account can enrol")
    KEY = "key", _("Enrolment key: learners enter their cohort's key")
    INVITATION = "invitation", _("Invitation only")


def new_enrolment_key():
    """Short enough to read out in a workshop, long enough not to be guessed (~40 bits)."""
    return "-".join(secrets.token_hex(2).upper() for _ in range(3))


def new_invitation_token():
    return secrets.token_urlsafe(24)


class Cohort(models.Model):
    """One group taking one course or toolkit module: its key, its window and its capacity."""

    container = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="cohorts",
        verbose_name=_("course or module"),
    )
    action = models.ForeignKey(
        "lms.Action",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="cohorts",
        verbose_name=_("Action"),
        help_text=_("Learners who enrol in this cohort count towards this Action's reach."),
    )
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        # Staff accounts only: the choices must not list the programme's learners by name.
        limit_choices_to={"is_staff": True},
        related_name="coordinated_cohorts",
        verbose_name=_("coordinators"),
    )
    owner = models.OneToOneField(
        "lms.Multiplier",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="invitation_cohort",
        editable=False,
        help_text="The multiplier whose personal invitation this cohort is.",
    )
    name = models.CharField(_("name"), max_length=200)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    enrolment_key = models.CharField(
        _("enrolment key"), max_length=32, unique=True, null=True, blank=True, default=new_enrolment_key
    )
    invitation_token = models.CharField(
        max_length=64, unique=True, default=new_invitation_token, editable=False
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        help_text=_("Shown to the cohort's learners wherever they are told to contact their coordinator."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        ordering = ["-created_at"]
        constraints = [
            CheckConstraint(
                condition=Q(opens_at__isnull=True)
                | Q(closes_at__isnull=True)
                | Q(closes_at__gt=models.F("opens_at")),
                name="cohort_closes_after_it_opens",
                violation_error_message=_("A cohort closes after it opens: choose a later closing date."),
                field="closes_at",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def has_contact(self):
        return bool(self.contact_name or self.contact_email)

    def is_open(self, when=None):
        when = when or timezone.now()
        return (self.opens_at is None or self.opens_at <= when) and (
            self.closes_at is None or when < self.closes_at
        )


def _token_hash(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class CohortInvitationQuerySet(models.QuerySet):
    def pending(self, now=None):
        """Neither accepted nor declined, and not expired."""
        return self.filter(
            accepted_at__isnull=True, declined_at__isnull=True, expires_at__gt=now or timezone.now()
        )


class CohortInvitation(models.Model):
    """A coordinator listed this address for a cohort (bulk import). Nobody is enrolled, and nobody
    enters the coordinator's view, until the person signed in as that address's account accepts.
    The coordinator sees the address as typed and the invitation's state, nothing of the account.
    Only a hash of the emailed token is kept."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"), help_text="As listed, lower-cased.")
    token_hash = models.CharField(max_length=64, blank=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("invited"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    declined_at = models.DateTimeField(_("declined"), null=True, blank=True)

    objects = CohortInvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("cohort invitation")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["cohort", "email"], name="cohort_invitation_address")]
        constraints = [
            CheckConstraint(
                condition=Q(accepted_at__isnull=True) | Q(declined_at__isnull=True),
                name="invitation_accepted_or_declined_not_both",
                violation_error_message=_("An invitation is accepted or declined, not both."),
                field="declined_at",
            ),
        ]

    def __str__(self):
        return f"{self._meta.verbose_name} #{self.pk}"

    def new_token(self):
        """A fresh secret for the emailed link; only its hash is kept (the caller saves)."""
        token = secrets.token_urlsafe(32)
        self.token_hash = _token_hash(token)
        return token

    def matches(self, token):
        return bool(self.token_hash) and hmac.compare_digest(self.token_hash, _token_hash(token or ""))

    def is_expired(self, now=None):
        return self.expires_at <= (now or timezone.now())

    @property
    def state(self):
        """What the coordinator may know: waiting, accepted, or not accepted (declined or expired:
        a decline and an ignored email look the same)."""
        if self.accepted_at is not None:
            return _("Accepted")
        if self.declined_at is not None or self.is_expired():
            return _("Not accepted")
        return _("Waiting for an answer")


class EnrolmentQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=Enrolment.Status.WITHDRAWN)

    def counted(self, as_of=None):
        """Enrolments that count as reach ("How we count"): the learner did something (a completed
        step or an attempt) with a verified address, and has not withdrawn — at the moment `as_of`
        (a datetime) when given, now otherwise."""
        if as_of is None:
            return self.active().filter(counted_at__isnull=False)
        return self.filter(counted_at__lte=as_of).exclude(
            status=Enrolment.Status.WITHDRAWN, withdrawn_at__lte=as_of
        )


class Enrolment(models.Model):
    """A learner in a course or toolkit module; one per (learner, course), kept when withdrawn.

    A course exists once per language (translated page trees). `course_key` is the translation key
    shared by all its versions, so the learner has one enrolment and one progress whichever
    language they read it in; `container` is the version they enrolled through.

    The cascade: `action` is the Action the learner counts for (from the cohort, inherited along
    the cascade); `trained_by` the multiplier's enrolment that brought them; `generation` 1 for
    people trained by the programme, the trainer's generation + 1 otherwise. Generations only
    grow along `trained_by`, so the cascade can have no cycle. Both are stored, not derived, so
    that reports group by them directly.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        KEY = "key", _("Enrolment key")
        INVITATION = "invitation", _("Invitation")
        BULK = "bulk", _("Bulk import")
        MULTIPLIER = "multiplier", _("Multiplier invitation")

    # PROTECT: deleting a person must never silently change an Action's reach (services.forget_learner).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("learner"),
    )
    container = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("course or module"),
    )
    course_key = models.UUIDField(editable=False, db_index=True)
    cohort = models.ForeignKey(
        Cohort,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("cohort"),
    )
    action = models.ForeignKey(
        "lms.Action",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("Action"),
    )
    trained_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="trainees"
    )
    generation = models.PositiveSmallIntegerField(_("generation"), default=1)
    source = models.CharField(
        _("enrolled through"), max_length=16, choices=Source.choices, default=Source.SELF
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # When the enrolment started counting as reach (lms.learning.services.count_in_reach): never
    # moved once set, so that a figure asked "as of" a past date stays what it was.
    counted_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                name="one_enrolment_per_learner_and_course",
                violation_error_message=_("This person is already enrolled in this course."),
            ),
            CheckConstraint(
                condition=Q(status="completed", completed_at__isnull=False) | ~Q(status="completed"),
                name="completed_enrolment_has_completion_time",
                violation_error_message=_("A completed enrolment needs the time it was completed."),
                field="completed_at",
            ),
            CheckConstraint(
                condition=Q(trained_by__isnull=True, generation=1)
                | Q(trained_by__isnull=False, generation__gte=2),
                name="generation_follows_trained_by",
                violation_error_message=_(
                    "A learner trained by a multiplier is of generation 2 or more; one trained by the "
                    "programme, of generation 1."
                ),
                field="generation",
            ),
        ]
        indexes = [
            models.Index(fields=["action", "generation"], name="enrolment_reach"),
            # The enrolments report lists the latest first: read from the index, not a sort of them all.
            models.Index(fields=["enrolled_at", "id"], name="enrolment_latest"),
        ]

    def __str__(self):
        return f"{self.user} – {self.container}"


class StepCompletion(models.Model):
    """A lesson or toolkit unit that a learner marked as done, in any of its languages."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    step_key = models.UUIDField()
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "step_key"],
                name="one_completion_per_step",
                violation_error_message=_("This step is already marked as done."),
            )
        ]

    def __str__(self):
        return f"{self.enrolment} – {self.step_key}"


class AssessmentAttempt(models.Model):
    """One submitted attempt, with the answers as given and the score computed on the server."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    assessment = models.ForeignKey("wagtailcore.Page", on_delete=models.PROTECT, related_name="+")
    assessment_key = models.UUIDField(help_text="Translation key: attempts count across languages.")
    number = models.PositiveSmallIntegerField()
    answers = models.JSONField(default=dict, help_text="Question block id → chosen option positions.")
    points = models.PositiveIntegerField()
    max_points = models.PositiveIntegerField()
    score = models.DecimalField(max_digits=5, decimal_places=2, help_text="Percentage.")
    passed = models.BooleanField()
    wrong_questions = models.JSONField(default=list)
    submission_token = models.CharField(max_length=64, unique=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("assessment attempt")
        ordering = ["enrolment", "assessment_key", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "assessment_key", "number"],
                name="attempt_numbers_are_unique",
                violation_error_message=_("An attempt with this number already exists."),
            ),
            CheckConstraint(
                condition=models.Q(points__lte=models.F("max_points")),
                name="points_within_max",
                violation_error_message=_("The points cannot be more than the maximum."),
                field="points",
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – attempt {self.number}"


# Certificate codes are read off paper and typed on phones: no character that can be taken for
# another (no 0/O, 1/I/L), one case. 25 of these 31 characters: about 124 random bits, which
# cannot be guessed or enumerated (verification is rate-limited too).
CERTIFICATE_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CERTIFICATE_CODE_LENGTH = 25
CERTIFICATE_CODE_GROUP = 5
CERTIFICATE_CODE_SEPARATORS = str.maketrans("", "", " -\t\n\u00a0\u2010\u2011\u2012\u2013\u2014")


def new_certificate_code():
    return "".join(secrets.choice(CERTIFICATE_CODE_ALPHABET) for _ in range(CERTIFICATE_CODE_LENGTH))


def certificate_lookup_key(typed):
    """The form of a typed code that `Certificate.lookup_key` is compared with: any case, with or
    without spaces and dashes. The codes issued before the unambiguous alphabet (URL-safe, mixing
    cases, sometimes with a dash of their own) fold the same way, so they keep working too."""
    return (typed or "").translate(CERTIFICATE_CODE_SEPARATORS).upper()[:64]


def grouped_certificate_code(code):
    """A code as printed: groups of five, dashes between (the old codes are shown as they are)."""
    if len(code) != CERTIFICATE_CODE_LENGTH or set(code) - set(CERTIFICATE_CODE_ALPHABET):
        return code
    step = CERTIFICATE_CODE_GROUP
    return "-".join(code[i : i + step] for i in range(0, len(code), step))


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)

    def typed(self, code):
        """The certificate of a code as someone typed it (any case, spaces and dashes or none), or
        None. The exact code wins: two codes issued before the unambiguous alphabet could, in
        theory, differ only by case."""
        key = certificate_lookup_key(code)
        if not key:
            return None
        found = list(self.filter(lookup_key=key)[:10])
        exact = [certificate for certificate in found if certificate.code == code]
        return (exact or found or [None])[0]


class Certificate(models.Model):
    """A course's certificate as issued: the learner's name, the course's title and hours and the
    Action are copied onto it when it is issued, so that a later change to the profile or the
    course does not change the PDF or the public verification page; a name correction is a
    re-issue by staff (services.reissue_certificate), logged."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.PROTECT, related_name="certificate")
    code = models.CharField(max_length=64, unique=True, default=new_certificate_code, editable=False)
    # The code as looked up (certificate_lookup_key): computed by the database, so rows written in
    # bulk have it too.
    lookup_key = models.GeneratedField(
        expression=Upper(Replace("code", Value("-"), Value(""))),
        output_field=models.CharField(max_length=64),
        db_persist=True,
        db_index=True,
    )
    issued_at = models.DateTimeField(default=timezone.now)
    learner_name = models.CharField(_("name as issued"), max_length=200, editable=False)
    course_title = models.CharField(_("course as issued"), max_length=255, editable=False)
    hours = models.DecimalField(
        _("hours as issued"), max_digits=5, decimal_places=1, null=True, blank=True, editable=False
    )
    action_name = models.CharField(_("Action as issued"), max_length=200, blank=True, editable=False)
    reissued_at = models.DateTimeField(_("re-issued"), null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    # Two texts, for two readers: the public reason is shown on the verification page to whoever
    # checks the code; the internal note stays with staff (and the audit log's reader).
    revoked_public_reason = models.TextField(
        _("reason shown publicly"),
        blank=True,
        help_text=_(
            "Shown on the public verification page to anyone who checks this certificate. "
            "Empty: the page shows only that it was revoked, and when."
        ),
    )
    revoked_note = models.TextField(
        _("internal note"),
        blank=True,
        help_text=_("For staff only: never shown on the public verification page."),
    )
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at"]
        constraints = [
            CheckConstraint(
                condition=models.Q(revoked_at__isnull=True) | ~models.Q(revoked_note=""),
                name="revocation_has_a_note",
                violation_error_message=exceptions.RevocationNeedsReason.message,
                field="revoked_note",
            ),
        ]

    def __str__(self):
        return self.code

    def save(self, *args, **kwargs):
        # However it is created (the verb, a test, a shell), a certificate carries what it
        # certifies from the start.
        if self._state.adding and not self.learner_name:
            for name, value in self.as_issued_now(self.enrolment).items():
                setattr(self, name, value)
        super().save(*args, **kwargs)

    @property
    def display_code(self):
        return grouped_certificate_code(self.code)

    @staticmethod
    def as_issued_now(enrolment):
        """The fields a certificate of `enrolment` issued now would carry."""
        container = enrolment.container.specific
        return {
            "learner_name": enrolment.user.full_name,
            "course_title": container.title,
            "hours": getattr(container, "estimated_hours", None),
            "action_name": enrolment.action.name if enrolment.action_id else "",
        }

    @property
    def is_revoked(self):
        return self.revoked_at is not None


LIKERT = [MinValueValidator(1), MaxValueValidator(5)]

# The items of the end-of-course survey, in order. `real_difference` is the one the programme
# reports to its funders ("it will make a real difference in how I do my work").
FEEDBACK_ITEMS = [
    ("objectives_clear", _("The objectives of the course were clear.")),
    ("relevant", _("The content was relevant to my work.")),
    ("real_difference", _("What I learned will make a real difference in how I do my work.")),
    ("would_recommend", _("I would recommend this course to a colleague.")),
]


class FeedbackResponse(models.Model):
    """One answer to the end-of-course survey per enrolment. Scale: 1 strongly disagree … 5 strongly agree."""

    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="feedback")
    objectives_clear = models.PositiveSmallIntegerField(validators=LIKERT)
    relevant = models.PositiveSmallIntegerField(validators=LIKERT)
    real_difference = models.PositiveSmallIntegerField(validators=LIKERT)
    would_recommend = models.PositiveSmallIntegerField(validators=LIKERT)
    comment = models.TextField(blank=True, help_text="Sanitised (lms.core.sanitize) before it is stored.")
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("feedback response")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(
                    **{f"{name}__gte": 1 for name, _label in FEEDBACK_ITEMS},
                    **{f"{name}__lte": 5 for name, _label in FEEDBACK_ITEMS},
                ),
                name="feedback_on_a_five_point_scale",
                violation_error_message=_("Each answer is on a scale from 1 to 5."),
            ),
        ]

    def __str__(self):
        return f"{self.enrolment} – feedback"
