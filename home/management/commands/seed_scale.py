"""A large synthetic data set for benchmarks (bench/): Actions, cohorts, learners, a three-generation
cascade, progress, attempts, feedback and certificates, written with bulk_create.

No service function and no signal runs: rows are made directly, so everything the services would
guarantee is guaranteed here instead (every model constraint, one enrolment per learner and course,
generation = trainer's generation + 1 along `trained_by`, the Action inherited along the cascade,
completed enrolments with every unit marked and every assessment passed, certificates only where
the course issues them). Needs the demo site (load_demo): cohorts are made on its live courses and
toolkit modules of the default locale.
"""

import datetime
import random
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, connection, transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Locale

from courses.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage
from lms.learning.services import count_bulk_written, percentage
from lms.models import (
    Action,
    ActionStatus,
    ActionType,
    AssessmentAttempt,
    Certificate,
    Cohort,
    Enrolment,
    FeedbackResponse,
    Gender,
    Multiplier,
    MultiplierSession,
    Phase,
    Region,
    Role,
    StepCompletion,
    ThematicArea,
    User,
)
from lms.reporting import summaries
from toolkit.models import ToolkitModulePage

EMAIL_DOMAIN = "scale.invalid"
UTC = datetime.UTC
START = datetime.datetime(2021, 1, 1, tzinfo=UTC)
LAST = datetime.datetime(2025, 12, 31, 23, 59, tzinfo=UTC)
DAY = datetime.timedelta(days=1)

COUNTRIES = {
    Region.WESTERN_CENTRAL_AFRICA: ["SN", "CI", "CM", "NG", "GH", "ML", "BF", "NE", "TG", "BJ"],
    Region.EASTERN_SOUTHERN_AFRICA: ["KE", "ET", "UG", "TZ", "RW", "ZM", "MW", "MZ", "ZA", "DJ"],
    Region.ASIA: ["KG", "KZ", "TJ", "UZ", "PK", "BD", "LK", "NP", "PH", "VN"],
    Region.EU_NEIGHBOURHOOD: ["UA", "MD", "GE", "AM", "AZ", "TN", "MA", "JO", "LB", "EG"],
    Region.LATIN_AMERICA_CARIBBEAN: ["CR", "MX", "CO", "PE", "EC", "BR", "AR", "CL", "DO", "GT"],
}
PHASE_YEARS = {Phase.MIEUX_I: 2021, Phase.MIEUX_II: 2022, Phase.MIEUX_III: 2023, Phase.MIEUX_PLUS: 2024}
SPECIFIC_AREAS = ["Migration and health", "Border management", "Labour migration", "Diaspora", "Data", ""]
CITIES = ["San José", "Dakar", "Nairobi", "Bishkek", "Chisinau", "Lima", "Accra", "Tunis", "Manila"]
INSTITUTIONS = ["Ministry of Labour", "Migration Directorate", "Border Police", "Ministry of Foreign Affairs"]
COMMENTS = [
    "Very practical, with examples I can use.",
    "The case studies were the most useful part.",
    "More time for the exercises would help.",
    "Clear and well organised.",
]
LIKERT_WEIGHTS = [3, 6, 14, 40, 37]  # 1 … 5: skewed positive
GENDERS = [Gender.FEMALE, Gender.MALE, Gender.OTHER, Gender.PREFER_NOT_TO_SAY, ""]
GENDER_WEIGHTS = [46, 44, 2, 3, 5]
ROLES = [Role.TRAINEE, Role.EXPERT, Role.OTHER]
ROLE_WEIGHTS = [80, 15, 5]
LANGUAGES = ["en", "fr", "es"]


@dataclass(frozen=True)
class Container:
    page_id: int
    translation_key: uuid.UUID
    title: str
    unit_keys: list
    assessments: list  # of Assessment
    issues_certificate: bool
    trains_multipliers: bool


@dataclass(frozen=True)
class Outcome:
    answers: dict
    points: int
    max_points: int
    score: Decimal
    passed: bool
    wrong: list


@dataclass(frozen=True)
class Assessment:
    page_id: int
    translation_key: uuid.UUID
    max_attempts: int | None
    passing: list  # of Outcome
    failing: list


@dataclass(slots=True)
class Learner:
    """What later steps need of an enrolment, without keeping model instances around."""

    pk: int
    container: Container
    action_id: int
    generation: int
    status: str
    enrolled_at: datetime.datetime
    completed_at: datetime.datetime | None
    withdrawn_at: datetime.datetime | None
    name: str
    language: str


class Buffer:
    """Collects instances of one model and writes them in batches."""

    def __init__(self, model, batch_size):
        self.model, self.batch_size, self.rows, self.count = model, batch_size, [], 0

    def add(self, obj):
        self.rows.append(obj)
        if len(self.rows) >= self.batch_size:
            self.flush()

    def flush(self):
        if self.rows:
            self.model.objects.bulk_create(self.rows, batch_size=self.batch_size)
            self.count += len(self.rows)
            self.rows = []


def chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def assessment_outcomes(page):
    """Possible results of an attempt: the last k questions wrong, for every k."""
    questions = []
    for block in page.questions:
        options = list(block.value["options"])
        right = [i for i, option in enumerate(options) if option["is_correct"]]
        wrong = [i for i, option in enumerate(options) if not option["is_correct"]]
        questions.append((block.id, right, wrong, int(block.value["points"])))
    max_points = sum(points for *_rest, points in questions)
    pass_mark = page.effective_pass_mark
    passing, failing = [], []
    for wrong_count in range(len(questions) + 1):
        wrong_ids = {q[0] for q in questions[len(questions) - wrong_count :] if q[2]}
        if wrong_count and len(wrong_ids) < wrong_count:
            continue  # a question without a wrong option cannot be answered wrong
        answers, points = {}, 0
        for block_id, right, wrong, value in questions:
            if block_id in wrong_ids:
                answers[block_id] = [wrong[0]]
            else:
                answers[block_id] = right
                points += value
        score = percentage(points, max_points)
        outcome = Outcome(answers, points, max_points, score, score >= pass_mark, sorted(wrong_ids))
        (passing if outcome.passed else failing).append(outcome)
    return passing, failing


class Command(BaseCommand):
    help = (
        "Build a large synthetic data set (Actions, cohorts, learners, a cascade, progress, attempts, "
        "feedback, certificates) with bulk_create, for benchmarks. Needs the demo site (load_demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enrolments", type=int, default=100_000, help="Enrolments (and learners).")
        parser.add_argument(
            "--progress-per-enrolment",
            type=float,
            default=10,
            help="Completed steps per enrolment on average (at most the number of units of the course).",
        )
        parser.add_argument(
            "--course-lessons",
            type=int,
            default=0,
            help="Also build a published course of this many lessons and put every cohort on it "
            "(the demo courses have a handful of units: this is how progress reaches millions of rows).",
        )
        parser.add_argument("--actions", type=int, default=60)
        parser.add_argument("--cohorts-per-action", type=int, default=3)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--batch-size", type=int, default=5000)

    def handle(self, *args, **options):
        if options["enrolments"] < 1 or options["actions"] < 1 or options["cohorts_per_action"] < 1:
            raise CommandError("--enrolments, --actions and --cohorts-per-action must be at least 1.")
        self.rng = random.Random(options["seed"])
        self.batch = max(options["batch_size"], 1)
        self.target_progress = max(options["progress_per_enrolment"], 0)
        self.end = min(LAST, timezone.now())
        self.counts = {}
        started = time.perf_counter()
        # DEBUG keeps (and, on SQLite, formats) every query: far too slow and big for bulk inserts.
        try:
            with override_settings(DEBUG=False), transaction.atomic():
                self.build(options)
        except IntegrityError as error:
            raise CommandError(f"A constraint refused the data (was it seeded before?): {error}") from error
        # Fresh planner statistics after bulk inserts, as a live database would have them
        # (PostgreSQL's autovacuum would analyse the tables later on its own; SQLite never would).
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        elapsed = time.perf_counter() - started
        for name, count in self.counts.items():
            self.stdout.write(f"  {name:<22} {count:>10,}")
        self.stdout.write(self.style.SUCCESS(f"Seeded in {elapsed:.1f} s"))

    # Steps ---------------------------------------------------------------------------------------

    def build(self, options):
        scale = self.ensure_scale_course(options["course_lessons"]) if options["course_lessons"] > 0 else None
        self.containers = self.load_containers()
        if scale is not None:
            self.containers = [c for c in self.containers if c.page_id == scale.pk]
        actions = self.ensure_actions(options["actions"])
        cohorts = self.make_cohorts(actions, options["cohorts_per_action"])
        self.next_number = User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").count() + 1

        total = options["enrolments"]
        can_cascade = any(c.trains_multipliers for c in self.containers)
        trainees = round(total * 0.15) if can_cascade else 0
        weights = [self.rng.uniform(0.3, 3) for _ in cohorts]
        specs = []
        for _ in range(total - trainees):
            cohort, container = self.rng.choices(cohorts, weights)[0]
            enrolled_at = self.moment(START, self.end)
            specs.append(self.enrolment_spec(container, cohort.pk, cohort.action_id, enrolled_at, 0.45))
        first = self.create_learners(specs)

        multipliers = self.make_multipliers(
            [e for e in first if e.completed_at and e.container.trains_multipliers],
            round(0.10 * sum(1 for e in first if e.completed_at)),
        )
        second, third = [], []
        if multipliers:
            third_count = round(trainees * 0.2)
            second = self.create_trainees(multipliers, trainees - third_count)
            completed = [e for e in second if e.completed_at]
            more = self.make_multipliers(completed, max(1, round(0.15 * len(completed)))) if completed else []
            if more:
                third = self.create_trainees(more, third_count)
            else:
                second += self.create_trainees(multipliers, third_count)
            multipliers += more
        elif trainees:
            # No completed learner of a multiplier course: the cascade's share becomes generation 1.
            specs = []
            for _ in range(trainees):
                cohort, container = self.rng.choices(cohorts, weights)[0]
                enrolled_at = self.moment(START, self.end)
                specs.append(self.enrolment_spec(container, cohort.pk, cohort.action_id, enrolled_at, 0.45))
            first += self.create_learners(specs)
        self.make_sessions(multipliers)
        self.make_learning_records(first + second + third)
        # Written without the verbs: count them as the verbs would, then sum them up.
        count_bulk_written()
        summaries.rebuild()

    def ensure_scale_course(self, lessons):
        """A published course of `lessons` lessons in the default locale (made once, then reused):
        it trains multipliers and issues certificates, like the programme's own courses."""
        index = CourseIndexPage.objects.filter(locale=Locale.get_default()).first()
        if index is None:
            raise CommandError("No course index in the default locale: run `manage.py load_demo` first.")
        course = index.get_children().filter(slug="scale-test-course").specific().first()
        if course is None:
            course = CoursePage(
                title="Scale test course",
                slug="scale-test-course",
                summary="Synthetic course for benchmarks.",
                trains_multipliers=True,
                issues_certificate=True,
            )
            index.add_child(instance=course)
            course.save_revision().publish()
        existing = set(course.get_children().values_list("slug", flat=True))
        for number in range(1, lessons + 1):
            if f"lesson-{number}" in existing:
                continue
            lesson = LessonPage(
                title=f"Lesson {number}",
                slug=f"lesson-{number}",
                body=[("paragraph", f"<p>Lesson {number} of the scale test course.</p>")],
            )
            course.add_child(instance=lesson)
            lesson.save_revision().publish()
        demo_assessment = (
            AssessmentPage.objects.live().filter(locale=course.locale).exclude(path__startswith=course.path)
        )
        if "final-assessment" not in existing and demo_assessment.exists():
            # The demo's first assessment, so that attempts and scores are part of the data set.
            model = demo_assessment.first()
            assessment = AssessmentPage(
                title="Final assessment",
                slug="final-assessment",
                pass_mark=model.pass_mark,
                max_attempts=model.max_attempts,
                questions=model.questions.raw_data,
            )
            course.add_child(instance=assessment)
            assessment.save_revision().publish()
        self.counts["scale course lessons"] = lessons
        return course

    def load_containers(self):
        try:
            locale = Locale.get_default()
        except Locale.DoesNotExist:
            locale = None
        pages = []
        if locale is not None:
            for model in (CoursePage, ToolkitModulePage):
                pages += list(model.objects.live().filter(locale=locale).order_by("path"))
        if not pages:
            raise CommandError(
                "No live course or toolkit module in the default locale: run `manage.py load_demo` first."
            )
        containers = []
        for page in pages:
            steps = page.steps
            assessments = []
            for step in steps:
                if step.completed_by_passing:
                    step = step.specific
                    passing, failing = assessment_outcomes(step)
                    assessments.append(
                        Assessment(step.pk, step.translation_key, step.max_attempts, passing, failing)
                    )
            containers.append(
                Container(
                    page_id=page.pk,
                    translation_key=page.translation_key,
                    title=page.title,
                    unit_keys=[s.translation_key for s in steps if not s.completed_by_passing],
                    assessments=assessments,
                    issues_certificate=bool(page.issues_certificate),
                    trains_multipliers=bool(getattr(page, "trains_multipliers", False)),
                )
            )
        return containers

    def ensure_actions(self, count):
        regions, areas, phases = list(Region), list(ThematicArea), list(Phase)
        slugs = [f"scale-action-{i + 1:03d}" for i in range(count)]
        existing = set(Action.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        new = []
        for i, slug in enumerate(slugs):
            if slug in existing:
                continue
            region, phase = regions[i % len(regions)], phases[i % len(phases)]
            start = datetime.date(PHASE_YEARS[phase], self.rng.randint(1, 12), 1)
            months = self.rng.choice([12, 18, 24, 36, None])
            end = None
            if months:
                year, month = divmod(start.month - 1 + months, 12)
                end = datetime.date(start.year + year, month + 1, 1)
            done = end is not None and end < timezone.localdate()
            new.append(
                Action(
                    name=f"Scale Action {i + 1:03d}",
                    slug=slug,
                    countries=self.rng.sample(COUNTRIES[region], self.rng.randint(1, 4)),
                    region=region,
                    thematic_area=areas[(i // len(regions)) % len(areas)],
                    specific_areas=self.rng.choice(SPECIFIC_AREAS),
                    action_type=self.rng.choice(list(ActionType)),
                    phase=phase,
                    status=ActionStatus.COMPLETED if done else ActionStatus.ONGOING,
                    start_month=start,
                    end_month=end,
                    summary="A synthetic Action for benchmarks.",
                )
            )
        Action.objects.bulk_create(new, batch_size=self.batch)
        self.counts["actions (new)"] = len(new)
        return list(Action.objects.filter(slug__in=slugs).order_by("slug"))

    def make_cohorts(self, actions, per_action):
        trainers = [c for c in self.containers if c.trains_multipliers]
        weights = [3 if c.trains_multipliers else 2 if c.issues_certificate else 1 for c in self.containers]
        pairs = []
        for action in actions:
            for j in range(per_action):
                # The first cohort of each Action trains multipliers, so that the cascade has roots.
                if j == 0 and trainers:
                    container = self.rng.choice(trainers)
                else:
                    container = self.rng.choices(self.containers, weights)[0]
                cohort = Cohort(
                    container_id=container.page_id,
                    action_id=action.pk,
                    name=f"{action.name} – cohort {j + 1} – {container.title}"[:200],
                    language=self.rng.choice(LANGUAGES),
                    enrolment_key=f"SC-{uuid.uuid4().hex[:12].upper()}",
                )
                pairs.append((cohort, container))
        Cohort.objects.bulk_create([cohort for cohort, _container in pairs], batch_size=self.batch)
        self.counts["cohorts"] = len(pairs)
        return pairs

    def enrolment_spec(self, container, cohort_id, action_id, enrolled_at, completed_share, trainer=None):
        draw = self.rng.random()
        status = (
            Enrolment.Status.COMPLETED
            if draw < completed_share
            else Enrolment.Status.WITHDRAWN
            if draw > 0.85
            else Enrolment.Status.ACTIVE
        )
        completed_at = withdrawn_at = None
        if status == Enrolment.Status.COMPLETED:
            completed_at = self.moment(enrolled_at + DAY, enrolled_at + 120 * DAY)
        elif status == Enrolment.Status.WITHDRAWN:
            withdrawn_at = self.moment(enrolled_at + DAY, enrolled_at + 90 * DAY)
        return {
            "container": container,
            "cohort_id": cohort_id,
            "action_id": action_id,
            "trainer": trainer,
            "status": status,
            "enrolled_at": enrolled_at,
            "completed_at": completed_at,
            "withdrawn_at": withdrawn_at,
        }

    def create_learners(self, specs):
        """One new user per spec, then their enrolments, in batches. Returns Learner records."""
        learners = []
        for chunk in chunks(specs, self.batch):
            users = []
            for spec in chunk:
                n = self.next_number
                self.next_number += 1
                users.append(
                    User(
                        email=f"seed-{n}@{EMAIL_DOMAIN}",
                        full_name=f"Seed Learner {n}",
                        password=make_password(None),
                        institution=self.rng.choice(INSTITUTIONS),
                        country=self.rng.choice(COUNTRIES[self.rng.choice(list(Region))]),
                        preferred_language=self.rng.choice(LANGUAGES),
                        gender=self.rng.choices(GENDERS, GENDER_WEIGHTS)[0],
                        role=self.rng.choices(ROLES, ROLE_WEIGHTS)[0],
                        date_joined=spec["enrolled_at"],
                        email_verified_at=spec["enrolled_at"],
                    )
                )
            User.objects.bulk_create(users, batch_size=self.batch)
            enrolments = []
            for user, spec in zip(users, chunk, strict=True):
                trainer = spec["trainer"]
                enrolments.append(
                    Enrolment(
                        user_id=user.pk,
                        container_id=spec["container"].page_id,
                        course_key=spec["container"].translation_key,
                        cohort_id=spec["cohort_id"],
                        action_id=spec["action_id"],
                        trained_by_id=trainer.pk if trainer else None,
                        generation=trainer.generation + 1 if trainer else 1,
                        source=Enrolment.Source.MULTIPLIER if trainer else Enrolment.Source.KEY,
                        status=spec["status"],
                        enrolled_at=spec["enrolled_at"],
                        completed_at=spec["completed_at"],
                        withdrawn_at=spec["withdrawn_at"],
                    )
                )
            Enrolment.objects.bulk_create(enrolments, batch_size=self.batch)
            for user, enrolment, spec in zip(users, enrolments, chunk, strict=True):
                learners.append(
                    Learner(
                        pk=enrolment.pk,
                        container=spec["container"],
                        action_id=enrolment.action_id,
                        generation=enrolment.generation,
                        status=enrolment.status,
                        enrolled_at=enrolment.enrolled_at,
                        completed_at=enrolment.completed_at,
                        withdrawn_at=enrolment.withdrawn_at,
                        name=user.full_name,
                        language=user.preferred_language,
                    )
                )
        self.add_count("users", len(learners))
        self.add_count("enrolments", len(learners))
        return learners

    def make_multipliers(self, candidates, count):
        """`count` of the candidates (completed learners) opt in; each gets an invitation cohort.
        Returns (learner, invitation cohort id, opted in at) triples."""
        # Early enough for their trainees to enrol within the data set's period.
        candidates = [e for e in candidates if e.completed_at <= self.end - 90 * DAY]
        chosen = self.rng.sample(candidates, min(count, len(candidates)))
        multipliers = []
        for learner in chosen:
            opted_in = self.moment(learner.completed_at, learner.completed_at + 20 * DAY)
            confirmed = self.moment(opted_in, opted_in + 30 * DAY) if self.rng.random() < 0.8 else None
            multipliers.append(
                Multiplier(enrolment_id=learner.pk, opted_in_at=opted_in, confirmed_at=confirmed)
            )
        Multiplier.objects.bulk_create(multipliers, batch_size=self.batch)
        cohorts = [
            Cohort(
                container_id=learner.container.page_id,
                name=f"{learner.name} – {learner.container.title}"[:200],
                language=learner.language,
                action_id=learner.action_id,
                enrolment_key=None,
                owner_id=multiplier.pk,
            )
            for learner, multiplier in zip(chosen, multipliers, strict=True)
        ]
        Cohort.objects.bulk_create(cohorts, batch_size=self.batch)
        self.add_count("multipliers", len(multipliers))
        self.add_count("invitation cohorts", len(cohorts))
        return [
            (learner, multiplier, cohort.pk)
            for learner, multiplier, cohort in zip(chosen, multipliers, cohorts, strict=True)
        ]

    def create_trainees(self, multipliers, count):
        """Learners enrolled through the multipliers' invitations: a few trainers train many."""
        weights = [self.rng.paretovariate(1.5) for _ in multipliers]
        specs = []
        for _ in range(count):
            learner, multiplier, cohort_id = self.rng.choices(multipliers, weights)[0]
            enrolled_at = self.moment(multiplier.opted_in_at + DAY, multiplier.opted_in_at + 365 * DAY)
            specs.append(
                self.enrolment_spec(
                    learner.container, cohort_id, learner.action_id, enrolled_at, 0.40, trainer=learner
                )
            )
        return self.create_learners(specs)

    def make_sessions(self, multipliers):
        sessions = Buffer(MultiplierSession, self.batch)
        for _learner, multiplier, _cohort_id in multipliers:
            for number in range(self.rng.choices([0, 1, 2, 3], [3, 4, 2, 1])[0]):
                female, male, other = self.rng.randint(0, 15), self.rng.randint(0, 15), self.rng.randint(0, 2)
                sessions.add(
                    MultiplierSession(
                        multiplier_id=multiplier.pk,
                        date=self.moment(multiplier.opted_in_at, multiplier.opted_in_at + 300 * DAY).date(),
                        place=self.rng.choice(CITIES),
                        institution=self.rng.choice(INSTITUTIONS),
                        modules_covered=f"Replica training, part {number + 1}",
                        participants_female=female or (0 if male or other else 1),
                        participants_male=male,
                        participants_other=other,
                    )
                )
        sessions.flush()
        self.counts["multiplier sessions"] = sessions.count

    def make_learning_records(self, learners):
        completions = Buffer(StepCompletion, self.batch)
        attempts = Buffer(AssessmentAttempt, self.batch)
        feedback = Buffer(FeedbackResponse, self.batch)
        certificates = Buffer(Certificate, self.batch)
        rng = self.rng
        for learner in learners:
            container = learner.container
            units = container.unit_keys
            if learner.completed_at is not None:
                done = units
                until = learner.completed_at
            else:
                # Not finished: an assessment still to pass, or at least one unit left.
                cap = len(units) if container.assessments else max(len(units) - 1, 0)
                done = rng.sample(units, min(cap, round(rng.uniform(0, 2 * self.target_progress))))
                until = learner.withdrawn_at or min(learner.enrolled_at + 180 * DAY, self.end)
            for key in done:
                when = self.moment(learner.enrolled_at, until)
                completions.add(StepCompletion(enrolment_id=learner.pk, step_key=key, completed_at=when))
            if learner.completed_at is None:
                continue
            for assessment in container.assessments:
                if not assessment.passing:
                    continue
                tries = []
                if assessment.failing and assessment.max_attempts != 1 and rng.random() < 0.2:
                    tries.append((rng.choice(assessment.failing), self.moment(learner.enrolled_at, until)))
                tries.append((rng.choice(assessment.passing), learner.completed_at))
                for number, (outcome, when) in enumerate(tries, start=1):
                    attempts.add(
                        AssessmentAttempt(
                            enrolment_id=learner.pk,
                            assessment_id=assessment.page_id,
                            assessment_key=assessment.translation_key,
                            number=number,
                            answers=outcome.answers,
                            points=outcome.points,
                            max_points=outcome.max_points,
                            score=outcome.score,
                            passed=outcome.passed,
                            wrong_questions=outcome.wrong,
                            submission_token=uuid.uuid4().hex,
                            submitted_at=when,
                        )
                    )
            if rng.random() < 0.6:
                ratings = rng.choices([1, 2, 3, 4, 5], LIKERT_WEIGHTS, k=4)
                feedback.add(
                    FeedbackResponse(
                        enrolment_id=learner.pk,
                        objectives_clear=ratings[0],
                        relevant=ratings[1],
                        real_difference=ratings[2],
                        would_recommend=ratings[3],
                        comment=rng.choice(COMMENTS) if rng.random() < 0.2 else "",
                        submitted_at=self.moment(learner.completed_at, learner.completed_at + 3 * DAY),
                    )
                )
            if container.issues_certificate:
                revoked = rng.random() < 0.005
                certificates.add(
                    Certificate(
                        enrolment_id=learner.pk,
                        issued_at=learner.completed_at + datetime.timedelta(minutes=5),
                        revoked_at=learner.completed_at + 30 * DAY if revoked else None,
                        revoked_note="Issued by mistake (synthetic data)." if revoked else "",
                    )
                )
        for name, buffer in (
            ("step completions", completions),
            ("assessment attempts", attempts),
            ("feedback responses", feedback),
            ("certificates", certificates),
        ):
            buffer.flush()
            self.counts[name] = buffer.count

    # Helpers -------------------------------------------------------------------------------------

    def moment(self, earliest, latest):
        """A random time between the two, never after the end of the data set's period."""
        latest = min(latest, self.end)
        if latest <= earliest:
            return earliest
        return earliest + datetime.timedelta(seconds=self.rng.uniform(0, (latest - earliest).total_seconds()))

    def add_count(self, name, count):
        self.counts[name] = self.counts.get(name, 0) + count
