"""Abstract page bases for learning content, subclassed by the product apps (courses, toolkit).

- LearningContainerPage: what a learner enrols in (a course, a toolkit module). It knows its
  outline: every step below it, in tree order, fetched in one query whatever its size.
- LearningStepPage: a page inside a container that the learner works through in order (a lesson,
  a toolkit unit, an assessment). It knows its container and its neighbours.
- LearningUnitPage: a step with a learning body (the shared LearningStreamBlock).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q
from django.http import JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.core.links import language_name, live_translations
from relais.page_cache import current_generation, fragment_cache
from relais.routing import RouteRestrictionsMixin

from .blocks import LearningStreamBlock
from .grading import grade_choice, parse_selection
from .models import EnrolmentMode
from .progress import enrolment_and_progress


@dataclass
class OutlineSection:
    """A module (or, for steps placed directly under the container, no page) and its steps."""

    page: Page | None
    steps: list = field(default_factory=list)


class LearningContainerPage(RouteRestrictionsMixin, Page):
    # Reviewed as one piece with its pages (lms.learning.editorial).
    moderated_as_one = True

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("One or two sentences shown in listings and search.")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    estimated_hours = models.DecimalField(
        _("estimated hours"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        features=["ul", "ol", "bold", "italic"],
        blank=True,
        help_text=_("What a learner can do after finishing, as a list."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("estimated_hours"),
        FieldPanel("learning_outcomes"),
    ]

    # The contract (CONTAINER_CONTRACT below): what the engine reads of every container, with the
    # defaults of a toolkit module, open to everyone and readable without an account. Courses
    # choose their enrolment mode, show lessons to enrolled learners only, and may issue
    # certificates and train multipliers (as fields an editor sets).
    enrolment_mode = EnrolmentMode.OPEN
    lessons_need_enrolment = False
    issues_certificate = False
    trains_multipliers = False

    class Meta:
        abstract = True

    @cached_property
    def outline(self):
        """Sections in tree order, from one query on the descendants (specific types deferred),
        kept with the shared fragments for the current content generation (relais/page_cache.py):
        the same for every visitor until a page is published, unpublished, moved or deleted."""
        cache = fragment_cache()
        key = f"relais:outline:v1:{current_generation()}:{self.pk}"
        sections = cache.get(key)
        if sections is None:
            sections = self._outline_from_database()
            cache.set(key, sections)
        return sections

    def _outline_from_database(self):
        sections = []
        loose = None
        for page in self.get_descendants().live().specific(defer=True).order_by("path"):
            if isinstance(page, LearningStepPage):
                if page.depth == self.depth + 1:
                    if loose is None:
                        loose = OutlineSection(page=None)
                        sections.append(loose)
                    loose.steps.append(page)
                elif sections and sections[-1].page is not None:
                    sections[-1].steps.append(page)
            elif page.depth == self.depth + 1:
                loose = None
                sections.append(OutlineSection(page=page))
        return sections

    @property
    def steps(self):
        return [step for section in self.outline for step in section.steps]

    def offered_in(self):
        """The names of the languages this course or module is live in (its live translations),
        in the reader's language, in the site's order of languages."""
        translations = live_translations(self)
        return [language_name(code) for code, _name in settings.LANGUAGES if code in translations]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(outline=self.outline, step_count=len(self.steps), **learner_context(request, self))
        return context


def kind_noun(page):
    """The noun a learner reads for what a page is, lower-case, in their language: "course" for a
    course, "module" for a toolkit module (never "course"), "lesson", "unit"… A product's page
    type says it with `kind_noun`; else its verbose name. Sentences about a course or module take
    it ("Leave this {kind}"), so a toolkit module is never called a course."""
    model = page if isinstance(page, type) else getattr(page, "specific_class", None) or type(page)
    return getattr(model, "kind_noun", None) or model._meta.verbose_name


# What the engine (lms.learning.services, lms.cascade.services, the learner views) reads of a
# learning page, and the kind of value it must be: a class attribute or a model field of that kind.
CONTAINER_CONTRACT = {
    "enrolment_mode": EnrolmentMode,
    "lessons_need_enrolment": bool,
    "issues_certificate": bool,
    "trains_multipliers": bool,
}
STEP_CONTRACT = {"completed_by_passing": bool}
ASSESSMENT_CONTRACT = ("questions", "max_attempts", "effective_pass_mark")


def _satisfies(model, name, kind):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        value = getattr(model, name, None)
        if kind is EnrolmentMode:
            return value in EnrolmentMode.values
        return isinstance(value, kind)
    if kind is EnrolmentMode:
        return {value for value, _label in field.choices or ()} == set(EnrolmentMode.values)
    return isinstance(field, models.BooleanField) and not field.null


def contract_problems(model):
    """Why a concrete learning page type does not satisfy the contract the engine relies on
    (empty when it does): an attribute missing, or of the wrong kind."""
    if issubclass(model, LearningContainerPage):
        contract = CONTAINER_CONTRACT
    elif issubclass(model, LearningStepPage):
        contract = STEP_CONTRACT
    else:
        return []
    problems = [
        f"{name} must be a {kind.__name__} (a class attribute or a field)"
        for name, kind in contract.items()
        if not _satisfies(model, name, kind)
    ]
    if issubclass(model, LearningStepPage) and model.completed_by_passing is True:
        problems += [
            f"an assessment step must define {name}"
            for name in ASSESSMENT_CONTRACT
            if getattr(model, name) is getattr(LearningStepPage, name)
        ]
    return problems


def check_learning_page_contract(app_configs=None, **kwargs):
    """System check (registered in LmsConfig.ready): every concrete learning page type satisfies
    the contract, so no learner meets a 500 for a page type the engine does not know."""
    errors = []
    for model in apps.get_models():
        for problem in contract_problems(model):
            errors.append(checks.Error(f"{model._meta.label}: {problem}.", obj=model, id="lms.E001"))
    return errors


def steps_by_container(containers):
    """{container id: its live steps in tree order} for several containers, in one query (My
    learning); one container's own outline is LearningContainerPage.outline."""
    containers = list(containers)
    below_any = Q()
    for container in containers:
        below_any |= Q(path__startswith=container.path, depth__gt=container.depth)
    steps = {container.pk: [] for container in containers}
    for page in Page.objects.live().filter(below_any).order_by("path").specific(defer=True):
        if isinstance(page, LearningStepPage):
            owner = next(c for c in containers if page.path.startswith(c.path))
            steps[owner.pk].append(page)
    return steps


class LearningStepPage(RouteRestrictionsMixin, Page):
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), null=True, blank=True)

    # The contract (STEP_CONTRACT below). A unit is done when the learner marks it complete; an
    # assessment when it is passed: it then has questions, a pass mark and at most max_attempts.
    completed_by_passing = False
    questions = ()
    max_attempts = None
    effective_pass_mark = 100

    class Meta:
        abstract = True

    @cached_property
    def container(self):
        """The course or module this step belongs to (nearest container ancestor)."""
        ancestors = getattr(self, "route_ancestors", None)
        if ancestors is not None:
            for ancestor in reversed(ancestors):
                if issubclass(ancestor.specific_class, LearningContainerPage):
                    # Specific already when routed by HomePage.route; else its own fields are read
                    # from the database only if something asks for one.
                    return ancestor.specific_deferred
            return None
        return (
            Page.objects.ancestor_of(self).type(LearningContainerPage).order_by("-depth").specific().first()
        )

    def lessons_to_revisit(self):
        """The lessons (steps that are not assessments) of this step's section that come before
        it, or of the whole container when its section has none: what a learner who failed an
        assessment should read again."""
        container = self.container
        if container is None:
            return []
        for section in container.outline:
            pks = [step.pk for step in section.steps]
            if self.pk in pks:
                before = section.steps[: pks.index(self.pk)]
                lessons = [step for step in before if not step.completed_by_passing]
                if lessons:
                    return lessons
                break
        return [step for step in container.steps if not step.completed_by_passing and step.pk != self.pk]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        container = self.container
        steps = container.steps if container else []
        position = next((i for i, step in enumerate(steps) if step.pk == self.pk), None)
        context.update(
            container=container,
            outline=container.outline if container else [],
            **learner_context(request, container, step=self),
            step_number=position + 1 if position is not None else None,
            step_count=len(steps),
            previous_step=steps[position - 1] if position else None,
            next_step=steps[position + 1] if position is not None and position + 1 < len(steps) else None,
        )
        return context


# The enrolment key a learner typed, kept for the page they are sent back to when it was refused.
TYPED_KEY_SESSION = "lms:typed-key"


def typed_key(request, container):
    """The key this learner typed for `container` and was refused, once; "" otherwise. Read only
    from a session that holds one, so other visits cost nothing."""
    session = getattr(request, "session", None)
    if container is None or session is None or TYPED_KEY_SESSION not in session:
        return ""
    kept = session.pop(TYPED_KEY_SESSION)
    return kept.get("key", "") if kept.get("page") == container.pk else ""


def learner_context(request, container, step=None):
    """What the page shows this visitor: their enrolment and progress, and whether they may read
    the step (courses show lessons to enrolled learners only; toolkit units are open)."""
    user = getattr(request, "user", None)
    enrolment, progress = enrolment_and_progress(user, container) if container else (None, None)
    active = enrolment is not None and enrolment.status != enrolment.Status.WITHDRAWN
    return {
        # Signed-in learners only: reading an anonymous visitor's session would make the page vary
        # by cookie, out of the page cache.
        "typed_key": typed_key(request, container) if user and user.is_authenticated and not active else "",
        "enrolment": enrolment,
        "enrolled": active,
        "progress": progress,
        "can_read": bool(container) and (active or not container.lessons_need_enrolment),
        "step_done": bool(progress and step and step.translation_key in progress.done_keys),
    }


class LearningUnitPage(LearningStepPage):
    body = StreamField(LearningStreamBlock())

    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("estimated_minutes"), FieldPanel("body")]

    class Meta:
        abstract = True

    def answer_knowledge_check(self, query):
        """Grades `?check=<block id>&option=<n>…` against this page's own knowledge check.

        Answering changes nothing on the server, so it is a GET: it works without JavaScript and
        without a session. Returns (block id, result or None for an unusable answer), or None when
        the query names no knowledge check of this page.
        """
        block_id = query.get("check")
        block = next((b for b in self.body if b.id == block_id and b.block_type == "knowledge_check"), None)
        if block is None:
            return None
        question = block.value
        selected = parse_selection(query.getlist("option"), len(question["options"]), question["kind"])
        return block_id, grade_choice(question, selected) if selected is not None else None

    def serve(self, request, *args, **kwargs):
        answer = self.answer_knowledge_check(request.GET) if "check" in request.GET else None
        if answer is not None and request.headers.get("Accept") == "application/json":
            _block_id, result = answer
            response = JsonResponse(knowledge_check_json(result))
        else:
            request.knowledge_check_answer = answer
            response = super().serve(request, *args, **kwargs)
        if "check" in request.GET:
            # The same address answers in HTML or JSON: a stored copy must not serve one for the other.
            patch_vary_headers(response, ["Accept"])
        return response


def knowledge_check_json(result):
    if result is None:
        return {"answered": False}
    return {
        "answered": True,
        "correct": result.is_correct,
        "missed": result.missed,
        "chosen": [{"index": v.index, "correct": v.correct, "feedback": v.feedback} for v in result.chosen],
    }
