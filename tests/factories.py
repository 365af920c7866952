"""Factories for every model of the project's apps (pages, people, the programme's Actions and the
learning records) and a few helpers for the site tree. Tests build the world they need with them;
tests/test_factories.py checks that every model has one and that each builds a valid object.

Learning records are built as they are stored, without going through the services: a test of a
verb (enrol, submit_assessment…) calls the verb; a test of what is shown or counted builds the
records it needs here."""

import datetime
import uuid

import factory
import wagtail_factories
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from courses.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import ContentPage, HomePage
from lms.learning.editorial import MODERATORS_GROUP_NAME
from lms.learning.services import count_in_reach
from lms.models import (
    Action,
    ActionActivity,
    ActionPartner,
    AssessmentAttempt,
    Certificate,
    Cohort,
    CohortInvitation,
    Enrolment,
    FeedbackResponse,
    KeptPattern,
    Multiplier,
    MultiplierSession,
    PeriodException,
    ReachContribution,
    ReachSummary,
    ReportExport,
    ReportingPeriod,
    SessionCheckIn,
    StepCompletion,
    User,
)
from lms.notifications.models import CalendarFeed, Kind, Mode, Preference, SentMessage
from lms.programme.scoping import COORDINATORS, PROGRAMME_MANAGERS
from toolkit.models import ToolkitIndexPage, ToolkitModulePage, ToolkitUnitPage

# Site tree --------------------------------------------------------------------------------------


def paragraph_stream(text="<p>Adults learn best from their own experience.</p>"):
    return [{"type": "paragraph", "value": text}]


def question_stream(count=2):
    return [
        {
            "type": "question",
            "value": {
                "question": f"Question {n}?",
                "kind": "single",
                "points": 1,
                "explanation": "",
                "options": [{"text": "Right", "is_correct": True}, {"text": "Wrong", "is_correct": False}],
            },
        }
        for n in range(1, count + 1)
    ]


def every_block_stream(image, document):
    """A lesson or unit body with one block of each kind the learning pages offer."""
    return [
        {"type": "heading", "value": {"text": "Interpreters at the counter", "level": "h2"}},
        *paragraph_stream(),
        {"type": "image", "value": {"image": image.pk, "alt": "A reception desk", "caption": "Reception"}},
        {
            "type": "video",
            "value": {
                "title": "Officials explain",
                "link": "https://videos.example.org/relais/officials-explain",
                "duration": "6 min",
                "transcript": "<p>What we changed first.</p>",
            },
        },
        {"type": "document", "value": {"document": document.pk, "title": "", "description": "A checklist."}},
        {"type": "key_takeaway", "value": {"text": "<p>Listen more than you speak.</p>"}},
        {
            "type": "case_study",
            "value": {
                "title": "A first reception desk",
                "country": "CR",
                "institution": "DGME",
                "practice": "<p>The ombudsperson opened a desk for newcomers.</p>",
                "outcome": "<p>Queues halved.</p>",
            },
        },
        {"type": "reflection", "value": {"prompt": "Who asks your office for help?", "guidance": ""}},
        {
            "type": "knowledge_check",
            "value": {
                "question": "What makes intercultural work effective?",
                "kind": "single",
                "options": [
                    {"text": "Listening", "is_correct": True, "feedback": "Yes."},
                    {"text": "Hurrying", "is_correct": False, "feedback": "Not quite."},
                ],
            },
        },
    ]


def english_home():
    """The site's root page, which a migration creates on every install."""
    return HomePage.objects.get(locale=Locale.get_default(), depth=2)


def course_index():
    """The English course index, made on first use."""
    return CourseIndexPage.objects.child_of(english_home()).first() or CourseIndexPageFactory()


def toolkit_index():
    """The English toolkit index, made on first use."""
    return ToolkitIndexPage.objects.child_of(english_home()).first() or ToolkitIndexPageFactory()


def translate(page, language="fr", **fields):
    """`page` in `language`, published, as an editor makes it with "Translate" (its missing
    parents translated and published first), with `fields` set on the translation."""
    locale = Locale.objects.get(language_code=language)
    page = page.specific
    for ancestor in page.get_ancestors().filter(depth__gte=2).specific():
        if ancestor.get_translation_or_none(locale) is None:
            ancestor.copy_for_translation(locale).specific.save_revision().publish()
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


def translate_tree(page, language="fr"):
    """`page` and every page below it in `language`, published; returns the translated `page`."""
    root = translate(page, language)
    for descendant in page.get_descendants().order_by("path"):
        translate(descendant, language)
    return root


class HomePageFactory(wagtail_factories.PageFactory):
    """A second site root (the first comes with the migrations: english_home())."""

    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About {n}")
    body = factory.LazyFunction(paragraph_stream)
    parent = factory.LazyFunction(english_home)

    class Meta:
        model = ContentPage


class ToolkitIndexPageFactory(wagtail_factories.PageFactory):
    title = "Toolkit"
    parent = factory.LazyFunction(english_home)

    class Meta:
        model = ToolkitIndexPage


class ToolkitModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Toolkit module {n}")
    summary = "A module for experts who train peers."
    parent = factory.LazyFunction(toolkit_index)

    class Meta:
        model = ToolkitModulePage


class ToolkitUnitPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Unit {n}")
    body = factory.LazyFunction(paragraph_stream)
    parent = factory.SubFactory(ToolkitModulePageFactory)

    class Meta:
        model = ToolkitUnitPage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    parent = factory.LazyFunction(english_home)

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "A course for partner administrations."
    parent = factory.LazyFunction(course_index)

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    parent = factory.SubFactory(CoursePageFactory)

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyFunction(paragraph_stream)
    parent = factory.SubFactory(CoursePageFactory)

    class Meta:
        model = LessonPage


class AssessmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Assessment {n}")
    questions = factory.LazyFunction(question_stream)
    parent = factory.SubFactory(CoursePageFactory)

    class Meta:
        model = AssessmentPage


# People -----------------------------------------------------------------------------------------


def in_groups(*default):
    """A post-generation hook that puts the user in the groups named (the call's `groups=[…]`, or
    `default`). The programme's groups come with the migrations; others are made if missing."""

    def add(user, create, extracted, **kwargs):
        names = default if extracted is None else extracted
        if create and names:
            user.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in names))

    return factory.PostGeneration(add)


class UserFactory(factory.django.DjangoModelFactory):
    """A person whose address is verified, so that they count like most people in figures do;
    `UserFactory(unverified=True)` for one who has not followed the link yet."""

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Learner {n}")
    password = factory.django.Password("correct horse battery staple")
    email_verified_at = factory.LazyAttribute(lambda user: user.date_joined)
    date_joined = factory.LazyFunction(timezone.now)
    groups = in_groups()

    class Meta:
        model = User
        skip_postgeneration_save = True

    class Params:
        unverified = factory.Trait(email_verified_at=None)


class StaffFactory(UserFactory):
    """Can sign in to the admin; sees nothing of the programme until given a group or an Action."""

    email = factory.Sequence(lambda n: f"staff{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Staff member {n}")
    is_staff = True
    role = "other"


class CoordinatorFactory(StaffFactory):
    """A coordinator: staff in the Coordinators group; `actions=[…]` names the Actions they run."""

    email = factory.Sequence(lambda n: f"coordinator{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Coordinator {n}")
    groups = in_groups(COORDINATORS)

    @factory.post_generation
    def actions(user, create, extracted, **kwargs):
        if create and extracted:
            user.coordinated_actions.add(*extracted)


class ProgrammeManagerFactory(StaffFactory):
    """Sees the whole programme through the Programme managers group, without being a superuser."""

    email = factory.Sequence(lambda n: f"manager{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Programme manager {n}")
    groups = in_groups(PROGRAMME_MANAGERS)


class EditorFactory(StaffFactory):
    """Wagtail's Editors group (pages), which the programme also lets maintain Actions."""

    email = factory.Sequence(lambda n: f"editor{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Editor {n}")
    groups = in_groups("Editors")


class ModeratorFactory(StaffFactory):
    """Reviews learning content (lms.learning.editorial)."""

    email = factory.Sequence(lambda n: f"moderator{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Moderator {n}")
    groups = in_groups(MODERATORS_GROUP_NAME)


class SuperuserFactory(StaffFactory):
    email = factory.Sequence(lambda n: f"admin{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Administrator {n}")
    is_superuser = True


# The programme ----------------------------------------------------------------------------------


class ActionPartnerFactory(factory.django.DjangoModelFactory):
    action = factory.SubFactory("tests.factories.ActionFactory")
    name = factory.Sequence(lambda n: f"Ministry of Example Affairs {n}")
    country = "CR"

    class Meta:
        model = ActionPartner


class ActionActivityFactory(factory.django.DjangoModelFactory):
    """A workshop in the Action's first month, with 5 participants."""

    action = factory.SubFactory("tests.factories.ActionFactory")
    activity_type = "workshop"
    date = factory.LazyAttribute(lambda o: o.action.start_month + datetime.timedelta(days=14))
    place = "San José"
    participants_female = 3
    participants_male = 2

    class Meta:
        model = ActionActivity


class ActionFactory(factory.django.DjangoModelFactory):
    """An ongoing Action in Costa Rica since January 2024. `partners=2` or `activities=3` adds that
    many, or a list of dicts the fields of each; `coordinators=[…]` names its coordinators."""

    name = factory.Sequence(lambda n: f"Action {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    countries = factory.LazyFunction(lambda: ["CR"])
    region = "lac"
    thematic_area = "HO"
    phase = "mieux-plus"
    status = "ongoing"
    start_month = datetime.date(2024, 1, 1)
    summary = "An Action built for a test."

    class Meta:
        model = Action
        skip_postgeneration_save = True

    @factory.post_generation
    def partners(action, create, extracted, **kwargs):
        for fields in _specs(extracted):
            ActionPartnerFactory(action=action, **fields)

    @factory.post_generation
    def activities(action, create, extracted, **kwargs):
        for fields in _specs(extracted):
            ActionActivityFactory(action=action, **fields)

    @factory.post_generation
    def coordinators(action, create, extracted, **kwargs):
        if create and extracted:
            action.coordinators.add(*extracted)


def _specs(extracted):
    """A count or a list of field dicts, as a list of field dicts."""
    if not extracted:
        return []
    return [{}] * extracted if isinstance(extracted, int) else list(extracted)


# Learning records -------------------------------------------------------------------------------


class CohortFactory(factory.django.DjangoModelFactory):
    """A group in a new course; `coordinators=[…]` names its own coordinators."""

    container = factory.SubFactory(CoursePageFactory)
    name = factory.Sequence(lambda n: f"Group {n}")

    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    @factory.post_generation
    def coordinators(cohort, create, extracted, **kwargs):
        if create and extracted:
            cohort.coordinators.add(*extracted)


class CohortInvitationFactory(factory.django.DjangoModelFactory):
    """A coordinator's invitation to a cohort, waiting for an answer for two weeks; its emailed
    token is `invitation.token` (only the hash is stored)."""

    cohort = factory.SubFactory(CohortFactory)
    email = factory.Sequence(lambda n: f"invited{n}@example.org")
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))

    class Meta:
        model = CohortInvitation
        skip_postgeneration_save = True

    @factory.post_generation
    def token(invitation, create, extracted, **kwargs):
        invitation.token = invitation.new_token()
        if create:
            invitation.save(update_fields=["token_hash"])


class EnrolmentFactory(factory.django.DjangoModelFactory):
    """A learner in a course (its cohort's, when given one), counting for the cohort's Action;
    `trained_by=<enrolment>` puts them one generation after their trainer, as the cascade does."""

    user = factory.SubFactory(UserFactory)
    cohort = None
    container = factory.Maybe(
        "cohort", factory.SelfAttribute("cohort.container"), factory.SubFactory(CoursePageFactory)
    )
    course_key = factory.LazyAttribute(lambda o: o.container.translation_key)
    trained_by = None
    action = factory.LazyAttribute(
        lambda o: o.trained_by.action if o.trained_by else (o.cohort.action if o.cohort else None)
    )
    generation = factory.LazyAttribute(lambda o: o.trained_by.generation + 1 if o.trained_by else 1)
    source = factory.LazyAttribute(
        lambda o: "multiplier" if o.trained_by else ("key" if o.cohort else "self")
    )

    class Meta:
        model = Enrolment

    class Params:
        # `started`: the learner did something, so the enrolment counts as reach (a finisher too).
        started = factory.Trait(counted_at=factory.LazyFunction(timezone.now))
        completed = factory.Trait(
            status="completed",
            completed_at=factory.LazyFunction(timezone.now),
            counted_at=factory.SelfAttribute("completed_at"),
        )
        withdrawn = factory.Trait(status="withdrawn", withdrawn_at=factory.LazyFunction(timezone.now))


class StepCompletionFactory(factory.django.DjangoModelFactory):
    """A lesson of the enrolment's course marked done (a new lesson unless `step=` is given)."""

    enrolment = factory.SubFactory(EnrolmentFactory)
    step_key = factory.LazyAttribute(lambda o: o.step.translation_key)

    class Meta:
        model = StepCompletion
        skip_postgeneration_save = True

    class Params:
        step = factory.SubFactory(LessonPageFactory, parent=factory.SelfAttribute("..enrolment.container"))

    @factory.post_generation
    def counted(completion, create, extracted, **kwargs):
        """Doing something makes the enrolment count as reach, as complete_step does."""
        if create:
            count_in_reach(completion.enrolment, completion.completed_at)


def graded_answers(assessment, right=True):
    """What submit_assessment stores for answers that are all right (or all wrong):
    (answers, points, max points, ids of the questions answered wrong)."""
    assessment = AssessmentPage.objects.get(pk=assessment.pk)  # block ids as stored
    answers, points, max_points, wrong = {}, 0, 0, []
    for block in assessment.questions:
        options = block.value["options"]
        chosen = next(i for i, option in enumerate(options) if bool(option["is_correct"]) == right)
        answers[block.id] = [chosen]
        max_points += block.value["points"]
        if right:
            points += block.value["points"]
        else:
            wrong.append(block.id)
    return answers, points, max_points, wrong


class AssessmentAttemptFactory(factory.django.DjangoModelFactory):
    """A passed attempt, every question right (`failed=True`: every one wrong), at an assessment
    of the enrolment's course (a new one unless `assessment=` is given), numbered after the
    learner's earlier attempts at it."""

    enrolment = factory.SubFactory(EnrolmentFactory)
    assessment = factory.SubFactory(
        AssessmentPageFactory, parent=factory.SelfAttribute("..enrolment.container")
    )
    assessment_key = factory.LazyAttribute(lambda o: o.assessment.translation_key)
    number = factory.LazyAttribute(
        lambda o: (
            AssessmentAttempt.objects.filter(enrolment=o.enrolment, assessment_key=o.assessment_key).count()
            + 1
        )
    )
    answers = factory.LazyAttribute(lambda o: o.graded[0])
    points = factory.LazyAttribute(lambda o: o.graded[1])
    max_points = factory.LazyAttribute(lambda o: o.graded[2])
    wrong_questions = factory.LazyAttribute(lambda o: o.graded[3])
    score = factory.LazyAttribute(lambda o: round(100 * o.points / o.max_points, 2) if o.max_points else 0)
    passed = factory.LazyAttribute(lambda o: o.score >= o.assessment.specific.effective_pass_mark)
    submission_token = factory.LazyFunction(lambda: uuid.uuid4().hex)

    class Meta:
        model = AssessmentAttempt
        skip_postgeneration_save = True

    @factory.post_generation
    def counted(attempt, create, extracted, **kwargs):
        if create:
            count_in_reach(attempt.enrolment, attempt.submitted_at)

    class Params:
        right = True
        graded = factory.LazyAttribute(lambda o: graded_answers(o.assessment, o.right))
        failed = factory.Trait(right=False)


class CertificateFactory(factory.django.DjangoModelFactory):
    enrolment = factory.SubFactory(EnrolmentFactory, completed=True)

    class Meta:
        model = Certificate

    class Params:
        revoked = factory.Trait(
            revoked_at=factory.LazyFunction(timezone.now),
            revoked_note="Issued by mistake.",
            revoked_by=factory.SubFactory(ProgrammeManagerFactory),
        )


class MultiplierFactory(factory.django.DjangoModelFactory):
    """A finisher who opted in as a multiplier (without the invitation cohort that
    lms.cascade.services.become_multiplier adds: pass `invitation=True` for one)."""

    enrolment = factory.SubFactory(EnrolmentFactory, completed=True)

    class Meta:
        model = Multiplier
        skip_postgeneration_save = True

    class Params:
        confirmed = factory.Trait(
            confirmed_at=factory.LazyFunction(timezone.now),
            confirmed_by=factory.SubFactory(CoordinatorFactory),
        )

    @factory.post_generation
    def invitation(multiplier, create, extracted, **kwargs):
        if create and extracted:
            enrolment = multiplier.enrolment
            CohortFactory(
                container=enrolment.container,
                name=f"{enrolment.user.full_name} – invitation",
                action=enrolment.action,
                enrolment_key=None,
                owner=multiplier,
            )


class MultiplierSessionFactory(factory.django.DjangoModelFactory):
    """An offline training a month ago (3 women, 2 men), claimed by a confirmed multiplier and
    waiting for review; `confirmed=True` once a coordinator confirmed it (only then does it count),
    `rejected=True` refused with a reason."""

    multiplier = factory.SubFactory(MultiplierFactory, confirmed=True)
    date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    place = "San José"
    institution = "Dirección General de Migración y Extranjería"
    modules_covered = "Module 1"
    participants_female = 3
    participants_male = 2

    class Meta:
        model = MultiplierSession

    class Params:
        confirmed = factory.Trait(
            status=MultiplierSession.Status.CONFIRMED,
            reviewed_by=factory.SubFactory(CoordinatorFactory),
            reviewed_at=factory.LazyFunction(timezone.now),
        )
        rejected = factory.Trait(
            status=MultiplierSession.Status.REJECTED,
            status_reason="No attendance sheet for a session this large.",
            reviewed_by=factory.SubFactory(CoordinatorFactory),
            reviewed_at=factory.LazyFunction(timezone.now),
        )


class SessionCheckInFactory(factory.django.DjangoModelFactory):
    """An attendee who checked in to a session from their own browser (a token of its own each)."""

    session = factory.SubFactory(MultiplierSessionFactory)
    institution = "DGME"
    gender = "female"
    browser_token_hash = factory.Sequence(lambda n: f"{n:064x}")

    class Meta:
        model = SessionCheckIn


class FeedbackResponseFactory(factory.django.DjangoModelFactory):
    enrolment = factory.SubFactory(EnrolmentFactory, completed=True)
    objectives_clear = 4
    relevant = 4
    real_difference = 4
    would_recommend = 4

    class Meta:
        model = FeedbackResponse


class ReportExportFactory(factory.django.DjangoModelFactory):
    """An export asked for by a programme manager, still being prepared."""

    user = factory.SubFactory(ProgrammeManagerFactory)
    report = "enrolments"

    class Meta:
        model = ReportExport

    class Params:
        ready = factory.Trait(
            status="ready",
            rows=0,
            finished_at=factory.LazyFunction(timezone.now),
            file=factory.django.FileField(filename="export.xlsx", data=b"PK"),
        )


class ReportingPeriodFactory(factory.django.DjangoModelFactory):
    """The last quarter, open; `closed=True` once a programme manager closed it."""

    name = "Last quarter"
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=90))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=1))

    class Meta:
        model = ReportingPeriod

    class Params:
        closed = factory.Trait(
            closed_at=factory.LazyFunction(timezone.now),
            closed_by=factory.SubFactory(ProgrammeManagerFactory),
        )


class PeriodExceptionFactory(factory.django.DjangoModelFactory):
    """Leave for a coordinator to change a closed period's claims for a week."""

    period = factory.SubFactory(ReportingPeriodFactory, closed=True)
    granted_to = factory.SubFactory(CoordinatorFactory)
    granted_by = factory.SubFactory(ProgrammeManagerFactory)
    reason = "The attendance sheet arrived late by post."
    until = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))

    class Meta:
        model = PeriodException


class ReachSummaryFactory(factory.django.DjangoModelFactory):
    """A row of the reach summaries as lms.reporting.summaries writes it: for tests of the table
    itself (a world's summaries come from the verbs that change its source rows)."""

    day = factory.LazyFunction(timezone.localdate)
    measure = "programme"
    generation = 1
    gender = "female"
    change = 1

    class Meta:
        model = ReachSummary


class ReachContributionFactory(ReachSummaryFactory):
    source = "person"
    source_id = factory.Sequence(int)

    class Meta:
        model = ReachContribution


class KeptPatternFactory(factory.django.DjangoModelFactory):
    """What a published table hid so far (lms.core.masking.kept_hidden_entries writes these)."""

    key = factory.Sequence(lambda n: f"action:{n}:generations")
    hidden = factory.LazyFunction(lambda: [["cell", "1", "other"], ["row", "1"]])

    class Meta:
        model = KeptPattern


class SentMessageFactory(factory.django.DjangoModelFactory):
    """A message recorded for sending (lms.notifications records them, once per key)."""

    recipient = factory.SubFactory(UserFactory)
    kind = Kind.ENROLMENT_CONFIRMED
    subject_key = factory.Sequence(lambda n: f"enrolment:{n}")

    class Meta:
        model = SentMessage


class PreferenceFactory(factory.django.DjangoModelFactory):
    """A person's choice for one kind of message."""

    user = factory.SubFactory(UserFactory)
    kind = Kind.NUDGE
    mode = Mode.OFF

    class Meta:
        model = Preference


class CalendarFeedFactory(factory.django.DjangoModelFactory):
    """A person's secret calendar address."""

    user = factory.SubFactory(UserFactory)

    class Meta:
        model = CalendarFeed
