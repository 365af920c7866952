"""Builds the demo site from the data in this package. Creates only what is missing: a page is
identified by its slug under its parent, a translation by its source page and locale, an image or
a document by its title in the "Demo" collection."""

import datetime
import io
import uuid
from collections import Counter
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from courses.models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage, ModulePage
from home.models import ContentPage, HomePage
from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.learning.editorial import MODERATORS_GROUP_NAME
from lms.models import Action, ActionActivity, ActionPartner, Cohort, Enrolment, MultiplierSession
from lms.programme.scoping import COORDINATORS
from toolkit.models import ToolkitIndexPage, ToolkitModulePage, ToolkitUnitPage

from . import actions as action_data
from . import courses as course_data
from . import site as site_data
from . import toolkit as toolkit_data
from . import translations
from .drawing import draw_image, draw_pdf
from .media import DOCUMENTS, IMAGES
from .video import captions_vtt, make_clip, poster_png

# The demo specs name each video by an address on a video platform ("url"); the builder gives each
# address a clip made here (home.demo.video), the same in every translation, with captions in the
# page's language. Pages loaded before the clips existed get theirs (upgrade_demo_videos).
DEMO_VIDEO_ADDRESS = "https://videos.example.org/relais/"

DEMO_ACCOUNTS = [
    # (email, full name, password, superuser, group)
    ("admin@relais.example", "Demo Administrator", "relais-demo-admin", True, None),
    ("editor@relais.example", "Demo Editor", "relais-demo-editor", False, "Editors"),
    ("moderator@relais.example", "Demo Moderator", "relais-demo-moderator", False, MODERATORS_GROUP_NAME),
]


DEMO_COHORTS = [
    # (course slug, cohort name, language, enrolment key, Action slug)
    ("holistic-integration", "Integration policy makers 2026", "es", "HOLI-2026-DEMO", "ukraine-ii"),
    ("vocational-train-the-trainers", "Costa Rica IV trainers", "es", "VTT-CR4-DEMO", "costa-rica-iv"),
]
DEMO_COORDINATOR = (
    "coordinator@relais.example",
    "Demo Coordinator",
    "relais-demo-coordinator",
    "costa-rica-iv",
)
# What the Costa Rica IV learners who finish answer to "did it make a real difference in your
# daily work?" (1 to 5), with a comment, in turn.
CASCADE_FEEDBACK = [
    (5, "Ahora preparo cada sesión con una actividad práctica, como en el curso."),
    (4, "Las guías de facilitación me sirven en los talleres con los puestos fronterizos."),
    (2, "Útil, pero en mi oficina casi no hay tiempo para formar a colegas."),
]
# The Costa Rica IV cascade: (email, name, gender, trained by (email) or None for the cohort,
# share of the course done, becomes a multiplier, offline sessions given as (women, men, other)).
CASCADE_TRAINED_ON = datetime.datetime(2022, 11, 15, 15, 0, tzinfo=datetime.UTC)

DEMO_CASCADE = [
    ("ana.vargas@relais.example", "Ana Lucía Vargas", "female", None, 1, True, [(9, 6, 0), (7, 8, 1)]),
    ("jose.solis@relais.example", "José Pablo Solís", "male", None, 1, True, [(12, 4, 0)]),
    ("maria.rojas@relais.example", "María Fernanda Rojas", "female", None, 1, False, []),
    (
        "carla.mendez@relais.example",
        "Carla Méndez",
        "female",
        "ana.vargas@relais.example",
        1,
        True,
        [(5, 5, 0)],
    ),
    ("diego.arias@relais.example", "Diego Arias", "male", "ana.vargas@relais.example", 0.5, False, []),
    ("sofia.chaves@relais.example", "Sofía Chaves", "female", "jose.solis@relais.example", 0.25, False, []),
    ("luis.mora@relais.example", "Luis Mora", "male", "carla.mendez@relais.example", 1, False, []),
    ("elena.quiros@relais.example", "Elena Quirós", "female", "carla.mendez@relais.example", 0, False, []),
]
DEMO_LEARNER_PASSWORD = "relais-demo-learner"  # noqa: S105 (printed by load_demo, demo only)
DEMO_LEARNERS = [
    # (email, full name, profile, course or module slug, share of steps done)
    (
        "amina.diallo@relais.example",
        "Amina Diallo",
        {
            "institution": "Ministry of External Relations",
            "country": "CM",
            "preferred_language": "fr",
            "gender": "female",
            "role": "trainee",
        },
        "holistic-integration",
        0,
    ),
    (
        "lucia.mora@relais.example",
        "Lucía Mora Jiménez",
        {
            "institution": "Dirección General de Migración y Extranjería",
            "country": "CR",
            "preferred_language": "es",
            "gender": "female",
            "role": "trainee",
        },
        "vocational-train-the-trainers",
        0.5,
    ),
    (
        "aibek.toktogulov@relais.example",
        "Aibek Toktogulov",
        {
            "institution": "Secretariat of the Council for Migration",
            "country": "KG",
            "preferred_language": "en",
            "gender": "male",
            "role": "trainee",
        },
        "safe-mobility-health-crisis",
        1,
    ),
    (
        "marta.kowalska@relais.example",
        "Marta Kowalska",
        {
            "institution": "Office for Foreigners",
            "country": "PL",
            "preferred_language": "en",
            "gender": "female",
            "role": "expert",
        },
        "working-across-cultures",
        1,
    ),
]


@contextmanager
def indexed_once():
    """Pages are saved several times while they are built (created, revised, published, copied for
    translation): the search index is written once for each object at the end, not at every save."""
    models = [
        model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    touched = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            touched[(sender, instance.pk)] = None

    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
        post_save.connect(remember, sender=model, weak=False)
    try:
        yield
    finally:
        for model in models:
            post_save.disconnect(remember, sender=model)
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    for model, pk in touched:
        if (instance := model.objects.filter(pk=pk).first()) is not None:
            search_index.insert_or_update_object(instance)


def image_file(key, spec):
    return ImageFile(io.BytesIO(draw_image(spec["motif"], spec["colour"])), name=f"{key}.png")


def document_file(key, spec):
    return ContentFile(draw_pdf(spec["lines"]), name=f"{key}.pdf")


def _id():
    return str(uuid.uuid4())


class DemoBuilder:
    def __init__(self):
        self.created = Counter()
        self.images = {}
        self.documents = {}

    # Media -------------------------------------------------------------------------------------

    def collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name="Demo").first()
        return existing or root.add_child(name="Demo")

    def ensure_media(self):
        collection = self.collection()
        Image, Document = get_image_model(), get_document_model()
        for key, spec in IMAGES.items():
            self.images[key] = self.ensure_file(Image, collection, key, spec, image_file)
        for key, spec in DOCUMENTS.items():
            self.documents[key] = self.ensure_file(Document, collection, key, spec, document_file)

    def ensure_file(self, model, collection, key, spec, make_file):
        """The image or document of `spec` (by its title) in `collection`; the first time, made with
        its file from make_file(key, spec)."""
        found = model.objects.filter(collection=collection, title=spec["title"]).first()
        if found is None:
            found = model(title=spec["title"], collection=collection, file=make_file(key, spec))
            found.save()
            self.created[str(model._meta.verbose_name_plural)] += 1
        return found

    # Streams -----------------------------------------------------------------------------------

    def ensure_named_file(self, model, title, make_file):
        """The image or document titled `title` in the Demo collection; the first time, made with
        its file from make_file()."""
        collection = self.collection()
        found = model.objects.filter(collection=collection, title=title).first()
        if found is None:
            found = model(title=title, collection=collection, file=make_file())
            found.save()
            self.created[str(model._meta.verbose_name_plural)] += 1
        return found

    def raw_video(self, value, language):
        """A video block of the demo format ("url" names the video): the clip of that address, its
        poster, and captions in `language` made from this block's title and transcript."""
        value = dict(value)
        key = value.pop("url").rstrip("/").rsplit("/", 1)[-1]
        name = key.replace("-", " ").capitalize()
        Image, Document = get_image_model(), get_document_model()
        clip = self.ensure_named_file(
            Document, f"Demo video: {name}", lambda: ContentFile(make_clip(key, name), name=f"{key}.mp4")
        )
        poster = self.ensure_named_file(
            Image,
            f"Demo video poster: {name}",
            lambda: ImageFile(io.BytesIO(poster_png(key, name)), name=f"{key}-poster.png"),
        )
        captions = self.ensure_named_file(
            Document,
            f"Demo video captions ({language}): {name}",
            lambda: ContentFile(
                captions_vtt(value["title"], value.get("transcript", "")), name=f"{key}-{language}.vtt"
            ),
        )
        return {
            **value,
            "file": clip.pk,
            "poster": poster.pk,
            "captions": [{"type": "item", "value": {"language": language, "file": captions.pk}, "id": _id()}],
            "link": "",
        }

    def raw_block(self, kind, value, language="en"):
        """The stored (JSON) form of one block of the demo format, for a page in `language`."""
        if kind == "video":
            value = self.raw_video(value, language)
        elif kind == "image":
            value = {**value, "image": self.images[value["image"]].pk}
        elif kind == "document":
            value = {**value, "document": self.documents[value["document"]].pk}
        elif kind == "knowledge_check":
            value = {
                **value,
                "options": [{"type": "item", "value": o, "id": _id()} for o in value["options"]],
            }
        return {"type": kind, "value": value, "id": _id()}

    def raw_stream(self, stream, language="en"):
        return [self.raw_block(kind, value, language) for kind, value in stream]

    def raw_questions(self, questions):
        return [
            self.raw_block(
                "question",
                {**q, "options": [{"type": "item", "value": o, "id": _id()} for o in q["options"]]},
            )
            for q in questions
        ]

    # Pages -------------------------------------------------------------------------------------

    def ensure_child(self, parent, model, slug, **fields):
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            return existing
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created[str(model._meta.verbose_name_plural)] += 1
        return page

    def ensure_home(self):
        home = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
        if not home.intro:
            home.title = site_data.HOME["title"]
            home.intro = site_data.HOME["intro"]
            home.save_revision().publish()
            self.created["home page content"] += 1
        return home

    def build_english(self):
        home = self.ensure_home()
        tk = toolkit_data.TOOLKIT_INDEX
        toolkit = self.ensure_child(
            home, ToolkitIndexPage, tk["slug"], title=tk["title"], intro=tk["intro"], show_in_menus=True
        )
        modules = []
        for spec in toolkit_data.TOOLKIT_MODULES:
            module = self.ensure_child(
                toolkit, ToolkitModulePage, spec["slug"], **self.container_fields(spec)
            )
            modules.append(module)
            for unit in spec["units"]:
                self.ensure_unit(module, ToolkitUnitPage, unit)
        ci = course_data.COURSE_INDEX
        course_index = self.ensure_child(
            home, CourseIndexPage, ci["slug"], title=ci["title"], intro=ci["intro"], show_in_menus=True
        )
        courses = []
        for spec in course_data.COURSES:
            fields = self.container_fields(spec)
            fields.update(
                audience=spec["audience"],
                enrolment_mode=spec["enrolment_mode"],
                trains_multipliers=spec["trains_multipliers"],
                issues_certificate=spec["issues_certificate"],
                pass_mark=spec["pass_mark"],
            )
            course = self.ensure_child(course_index, CoursePage, spec["slug"], **fields)
            courses.append(course)
            self.build_course_children(course, spec["children"])
        about = site_data.ABOUT
        self.ensure_child(
            home,
            ContentPage,
            about["slug"],
            title=about["title"],
            body=self.raw_stream(about["body"]),
            show_in_menus=True,
        )
        if not home.featured:
            featured = [modules[3], modules[0], *courses]
            home.featured = [{"type": "page", "value": page.pk, "id": _id()} for page in featured]
            home.save_revision().publish()
        return home

    def ensure_unit(self, parent, model, spec):
        """A lesson or toolkit unit (a learning unit page) from its spec."""
        return self.ensure_child(
            parent,
            model,
            spec["slug"],
            title=spec["title"],
            estimated_minutes=spec.get("estimated_minutes"),
            body=self.raw_stream(spec["body"]),
        )

    def container_fields(self, spec):
        return {
            "title": spec["title"],
            "summary": spec["summary"],
            "estimated_hours": spec.get("estimated_hours"),
            "learning_outcomes": spec.get("learning_outcomes", ""),
            "cover_image": self.images[spec["cover"]],
        }

    def build_course_children(self, parent, children):
        for child in children:
            if child["type"] == "module":
                module = self.ensure_child(
                    parent, ModulePage, child["slug"], title=child["title"], summary=child.get("summary", "")
                )
                self.build_course_children(module, child["children"])
            elif child["type"] == "lesson":
                self.ensure_unit(parent, LessonPage, child)
            else:
                self.ensure_child(
                    parent,
                    AssessmentPage,
                    child["slug"],
                    title=child["title"],
                    intro=child.get("intro", ""),
                    estimated_minutes=child.get("estimated_minutes"),
                    pass_mark=child.get("pass_mark"),
                    max_attempts=child.get("max_attempts", 3),
                    questions=self.raw_questions(child["questions"]),
                )

    def upgrade_demo_videos(self):
        """Demo pages loaded before the demo had clips name their video by its address only (a
        dead link): give each such block its clip, poster and captions, in a new revision."""
        for model in (LessonPage, ToolkitUnitPage):
            for page in model.objects.select_related("locale"):
                raw = [dict(block) for block in page.body.raw_data]
                changed = False
                for block in raw:
                    if block["type"] != "video" or block["value"].get("file"):
                        continue
                    value = block["value"]
                    link = value.get("link") or value.get("url") or value.get("video") or ""
                    if link.startswith(DEMO_VIDEO_ADDRESS):
                        kept = {k: v for k, v in value.items() if k not in ("link", "url", "video")}
                        block["value"] = self.raw_video({**kept, "url": link}, page.locale.language_code)
                        changed = True
                if changed:
                    page.body = raw
                    revision = page.save_revision()
                    if page.live:
                        revision.publish()
                    self.created["demo pages given their video clips"] += 1

    # Translations ------------------------------------------------------------------------------

    def translate(self, page, locale, fields):
        """The translation of `page` into `locale`, made as an editor would with "Translate"
        (simple_translation copies the page and its missing parents), then filled in."""
        page = page.specific
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        translation = page.copy_for_translation(locale, copy_parents=True).specific
        for name, value in fields.items():
            if name == "body":
                value = self.raw_stream(value, locale.language_code)
            elif name == "questions":
                value = self.raw_questions(value)
            setattr(translation, name, value)
        translation.save_revision().publish()
        self.created[f"translated pages ({locale.language_code})"] += 1
        return translation

    def build_translations(self, home):
        toolkit = ToolkitIndexPage.objects.child_of(home).get()
        course_index = CourseIndexPage.objects.child_of(home).get()
        about = ContentPage.objects.child_of(home).get(slug=site_data.ABOUT["slug"])
        for code in translations.LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            site = {**site_data.SITE_TRANSLATIONS.get(code, {}), **translations.SITE.get(code, {})}
            if "home" not in site:
                continue
            translated_home = self.translate(home, locale, site["home"])
            if not translated_home.featured and home.featured:
                # Chooser values keep pointing at the source pages; templates show their translations.
                translated_home.featured = home.featured.raw_data
                translated_home.save_revision().publish()
            toolkit_translations = translations.merged(
                toolkit_data.TOOLKIT_TRANSLATIONS, translations.TOOLKIT, code
            )
            if toolkit_translations:
                self.translate_tree(toolkit, locale, toolkit_translations, pages_key="units")
            course_translations = translations.merged(
                course_data.COURSE_TRANSLATIONS, translations.COURSES, code
            )
            if course_translations:
                self.translate_tree(course_index, locale, course_translations, pages_key="pages")
            if "about" in site:
                self.translate(about, locale, site["about"])  # last, so menus keep the English order

    def translate_tree(self, index, locale, translations, *, pages_key):
        """Translate a product's index page (translations["index"]), then each of its containers
        named in `translations` by slug, then the pages below that container, in tree order (its
        spec holds them by slug under `pages_key`)."""
        self.translate(index, locale, translations["index"])
        for slug, spec in translations.items():
            if slug == "index":
                continue
            container = index.get_children().get(slug=slug)
            pages = spec.get(pages_key, {})
            self.translate(container, locale, {k: v for k, v in spec.items() if k != pages_key})
            for page in container.get_descendants().order_by("path").specific():
                self.translate(page, locale, pages.get(page.slug, {}))

    # Actions ---------------------------------------------------------------------------------

    def ensure_actions(self):
        """The programme's Actions ("where we work") with their partners and activities; an Action is
        identified by its slug and left as it is once it exists."""
        month = datetime.date.fromisoformat
        for spec in action_data.ACTIONS:
            if Action.objects.filter(slug=spec["slug"]).exists():
                continue
            fields = {k: v for k, v in spec.items() if k not in ("partners", "activities")}
            fields["start_month"] = month(spec["start_month"])
            fields["end_month"] = month(spec["end_month"]) if spec["end_month"] else None
            action = Action(**fields)
            action.partners = [
                ActionPartner(name=name, country=country, sort_order=i)
                for i, (name, country) in enumerate(spec["partners"])
            ]
            action.activities = [
                ActionActivity(
                    activity_type=kind,
                    date=month(date),
                    place=place,
                    participants_female=female,
                    participants_male=male,
                    participants_other=other,
                    sort_order=i,
                )
                for i, (kind, date, place, female, male, other) in enumerate(spec["activities"])
            ]
            action.save()
            action.save_revision()
            self.created["Actions"] += 1

    # Accounts ----------------------------------------------------------------------------------

    def ensure_accounts(self):
        User = get_user_model()
        accounts = []
        for email, name, password, superuser, group in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            existed = user is not None
            if not existed:
                create = User.objects.create_superuser if superuser else User.objects.create_user
                user = create(
                    email=email,
                    password=password,
                    full_name=name,
                    is_staff=True,
                    role="other",
                    email_verified_at=timezone.now(),
                )
                self.created["accounts"] += 1
            if group:
                user.groups.add(Group.objects.get_or_create(name=group)[0])
            accounts.append((email, password, existed))
        return accounts

    # Learners ----------------------------------------------------------------------------------

    def ensure_cohorts(self):
        cohorts = {}
        for slug, name, language, key, action_slug in DEMO_COHORTS:
            course = CoursePage.objects.get(slug=slug, locale=Locale.get_default())
            cohort = Cohort.objects.filter(name=name).first()
            if cohort is None:
                cohort = Cohort.objects.create(
                    container=course,
                    name=name,
                    language=language,
                    enrolment_key=key,
                    action=Action.objects.get(slug=action_slug),
                )
                self.created["cohorts"] += 1
            cohorts[slug] = cohort
        return cohorts

    def work_through(self, enrolment, share):
        """Do `share` of the course's steps as a learner would (assessments answered right)."""
        steps = enrolment.container.specific.steps
        for step in steps[: round(len(steps) * share)]:
            if step.completed_by_passing:
                step = step.specific
                answers = {
                    block.id: [
                        str(i) for i, option in enumerate(block.value["options"]) if option["is_correct"]
                    ]
                    for block in step.questions
                }
                learning.submit_assessment(
                    enrolment, step, answers, submission_token=f"demo-{enrolment.pk}-{step.pk}"
                )
            else:
                learning.complete_step(enrolment, step)
        enrolment.refresh_from_db()
        return enrolment

    def backdate(self, enrolment):
        """Demo history: the first trainers finished in November 2022, each generation two months
        after the one that trained it, and the sessions followed in 2023, inside Costa Rica IV's
        months (a session is checked against its multiplier's training and its Action's months)."""
        finished = CASCADE_TRAINED_ON + datetime.timedelta(days=60 * (enrolment.generation - 1))
        changes = {"enrolled_at": finished - datetime.timedelta(days=60)}
        if enrolment.completed_at:
            changes["completed_at"] = finished
        if enrolment.counted_at:  # started on the day they enrolled (summaries rebuilt by load_demo)
            changes["counted_at"] = changes["enrolled_at"]
        Enrolment.objects.filter(pk=enrolment.pk).update(**changes)
        enrolment.refresh_from_db()
        return enrolment

    def ensure_cascade(self, cohorts):
        """Costa Rica IV's Vocational Train the Trainers: three generations, online and offline."""
        User = get_user_model()
        email, name, password, action_slug = DEMO_COORDINATOR
        coordinator = User.objects.filter(email=email).first()
        if coordinator is None:
            coordinator = User.objects.create_user(
                email=email,
                password=password,
                full_name=name,
                is_staff=True,
                role="other",
                email_verified_at=timezone.now(),
            )
            coordinator.groups.add(Group.objects.get(name=COORDINATORS))
            Action.objects.get(slug=action_slug).coordinators.add(coordinator)
            self.created["accounts"] += 1
        logins = [(email, password)] + [(row[0], DEMO_LEARNER_PASSWORD) for row in DEMO_CASCADE]
        if User.objects.filter(email=DEMO_CASCADE[0][0]).exists():
            return logins
        cohort = cohorts["vocational-train-the-trainers"]
        enrolments = {}
        for email, name, gender, trainer, share, multiplies, sessions in DEMO_CASCADE:
            user = User.objects.create_user(
                email=email,
                password=DEMO_LEARNER_PASSWORD,
                full_name=name,
                gender=gender,
                country="CR",
                institution="Dirección General de Migración y Extranjería",
                preferred_language="es",
                role="trainee",
                email_verified_at=timezone.now(),
            )
            if trainer is None:
                enrolment, _created = learning.enrol(user, cohort.container, key=cohort.enrolment_key)
            else:
                invitation = enrolments[trainer].multiplier.invitation_cohort.invitation_token
                enrolment, _created = learning.enrol(user, cohort.container, invitation=invitation)
            enrolment = self.work_through(enrolment, share)
            if enrolment.completed_at:
                difference, comment = CASCADE_FEEDBACK[len(enrolments) % len(CASCADE_FEEDBACK)]
                learning.record_feedback(
                    enrolment,
                    ratings={
                        "objectives_clear": 5,
                        "relevant": 4,
                        "real_difference": difference,
                        "would_recommend": 5,
                    },
                    comment=comment,
                )
            enrolment = self.backdate(enrolment)
            if multiplies:
                multiplier = cascade.become_multiplier(enrolment)
                cascade.confirm_multiplier(multiplier, by=coordinator)
                for number, (women, men, other) in enumerate(sessions, start=1):
                    session = cascade.record_session(
                        multiplier,
                        date=datetime.date(2023, 2 + 3 * number, 10 + number),
                        place="San José",
                        institution="Dirección General de Migración y Extranjería",
                        modules_covered=f"Replica training, module {number}",
                        female=women,
                        male=men,
                        other=other,
                        notes="Colleagues from the border posts joined the second half.",
                    )
                    self.created["multiplier sessions"] += 1
                    if trainer is None:  # the second generation's claim waits for the coordinator
                        cascade.review_session(session, by=coordinator, decision="confirmed")
                        # Demo history: confirmed a week after it was held (summaries rebuilt by
                        # load_demo), so that the figures "as of" 2023 show it.
                        MultiplierSession.objects.filter(pk=session.pk).update(
                            reviewed_at=timezone.make_aware(
                                datetime.datetime.combine(
                                    session.date + datetime.timedelta(days=7), datetime.time(10)
                                )
                            )
                        )
            enrolments[email] = enrolment
            self.created["cascade learners"] += 1
        return logins

    def ensure_learners(self, cohorts):
        """A lived-in site: learners just enrolled, half-way, and finished with a certificate,
        made through the same services a learner's clicks go through."""
        User = get_user_model()
        learners = []
        for email, name, profile, slug, how_far in DEMO_LEARNERS:
            learners.append((email, DEMO_LEARNER_PASSWORD))
            if User.objects.filter(email=email).exists():
                continue
            user = User.objects.create_user(
                email=email,
                password=DEMO_LEARNER_PASSWORD,
                full_name=name,
                email_verified_at=timezone.now(),
                **profile,
            )
            self.created["demo learners"] += 1
            container = Page.objects.get(slug=slug, locale=Locale.get_default()).specific
            cohort = cohorts.get(slug)
            enrolment, _created = learning.enrol(
                user, container, key=cohort.enrolment_key if cohort else None
            )
            enrolment = self.work_through(enrolment, how_far)
            if enrolment.completed_at:
                learning.record_feedback(
                    enrolment,
                    ratings={
                        "objectives_clear": 5,
                        "relevant": 5,
                        "real_difference": 4,
                        "would_recommend": 5,
                    },
                    comment="The case studies from other border posts were the most useful part.",
                )
        return learners

    def run(self):
        with transaction.atomic(), indexed_once():
            self.ensure_media()
            self.ensure_actions()
            home = self.build_english()
            self.build_translations(home)
            self.upgrade_demo_videos()
            accounts = self.ensure_accounts()
            cohorts = self.ensure_cohorts()
            learners = self.ensure_learners(cohorts) + self.ensure_cascade(cohorts)
        return accounts, cohorts, learners
