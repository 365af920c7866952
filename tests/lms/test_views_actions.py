"""The public "Where we work" pages: the list of Actions with its filters, figures and pages, and
one Action with its partners, activities, courses and reach (aggregates only)."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from lms.learning import services as learning
from lms.models import Enrolment, MultiplierSession
from tests import factories

pytestmark = pytest.mark.django_db


def slugs(response):
    return sorted(action.slug for action in response.context["actions"])


def flat(response):
    """The page's HTML with runs of white space folded, to look for markup across lines."""
    return re.sub(r">\s+<", "><", re.sub(r"\s+", " ", response.content.decode()))


def figure(html, label):
    match = re.search(rf"<dt>{re.escape(label)}</dt><dd>(\d+)</dd>", html)
    assert match, f"no figure {label!r}"
    return int(match.group(1))


# The list

# Where the programme works, in brief: (name, countries, region, thematic area, status).
WHERE_WE_WORK = [
    ("Costa Rica IV", ["CR"], "lac", "HO", "completed"),
    ("El Salvador II", ["SV"], "lac", "HO", "ongoing"),
    ("Gran Chaco", ["AR", "BO", "PY"], "lac", "HO", "completed"),
    ("Dominican Republic", ["DO"], "lac", "IMT", "completed"),
    ("Moldova", ["MD"], "eun", "IMT", "completed"),
    ("Ukraine II", ["UA"], "eun", "IPA", "ongoing"),
    ("COMESA", ["ZM"], "esa", "HO", "ongoing"),
    ("Uganda III", ["UG"], "esa", "HO", "completed"),
    ("Kyrgyzstan IV", ["KG"], "asia", "LM", "completed"),
]


def an_action_at_work(course, name, countries, region, theme, status):
    """An Action with a partner, an activity and a cohort with one learner in `course`."""
    action = factories.ActionFactory(
        name=name,
        countries=countries,
        region=region,
        thematic_area=theme,
        status=status,
        partners=[{"name": f"Ministry of the Interior ({name})", "country": countries[0]}],
        activities=1,
    )
    factories.EnrolmentFactory(cohort=factories.CohortFactory(container=course, action=action), started=True)
    return action


@pytest.fixture
def where_we_work():
    """The Actions of WHERE_WE_WORK, each at work (see an_action_at_work)."""
    course = factories.CoursePageFactory()
    return [an_action_at_work(course, *spec) for spec in WHERE_WE_WORK]


def test_list_shows_every_action_with_its_countries_region_and_figures(client, where_we_work):
    """All Actions are listed on one page, by name whatever its case, with country names and
    region, and the headline figures count them and their countries."""
    response = client.get("/en/actions/")
    assert response.status_code == 200
    html = response.content.decode()
    for action in where_we_work:
        assert escape(action.name) in html
    assert slugs(response) == sorted(action.slug for action in where_we_work)
    names = [action.name for action in response.context["actions"]]
    assert names == sorted(names, key=str.lower)
    assert names.index("COMESA") < names.index("Costa Rica IV")
    assert "Argentina, Bolivia, Paraguay" in html and "Latin America &amp; Caribbean" in html
    countries = {code for _name, codes, *_rest in WHERE_WE_WORK for code in codes}
    page = flat(response)
    assert figure(page, "Actions") == len(WHERE_WE_WORK)
    assert figure(page, "Partner countries") == len(countries) == 11
    assert figure(page, "Learners reached through Relais") == response.context["figures"]["reach"].learners
    assert response.context["figures"]["reach"].learners == len(WHERE_WE_WORK)


def test_filter_form_is_labelled_and_keeps_the_chosen_values(client):
    """Every select has a label; the chosen values stay selected after filtering."""
    html = client.get("/en/actions/?region=lac&status=ongoing").content.decode()
    for name in ("region", "theme", "status", "country"):
        assert f'<label for="filter-{name}">' in html
        assert f'<select id="filter-{name}" name="{name}">' in html
    assert '<option value="lac" selected>' in html and '<option value="ongoing" selected>' in html
    assert '<button type="submit"' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=eun", ["moldova", "ukraine-ii"]),
        ("theme=IMT", ["dominican-republic", "moldova"]),
        ("status=ongoing", ["comesa", "el-salvador-ii", "ukraine-ii"]),
        ("country=PY", ["gran-chaco"]),
        ("region=lac&status=ongoing", ["el-salvador-ii"]),
        ("region=esa&theme=HO", ["comesa", "uganda-iii"]),
        ("region=lac&theme=HO&status=completed&country=CR", ["costa-rica-iv"]),
        ("region=asia&theme=IMT", []),
    ],
)
def test_each_filter_works_and_they_combine(client, where_we_work, query, expected):
    """Region, thematic area, status and country filter the list, alone and together, and the
    headline figures follow the filter."""
    response = client.get(f"/en/actions/?{query}")
    assert response.status_code == 200
    assert slugs(response) == expected
    assert response.context["figures"]["actions"] == len(expected)
    if not expected:
        assert "No Action matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "region=nowhere",
        "theme=%3Cscript%3E",
        "status=",
        "country=XX",
        "country=AR,BO",
        "region=lac&region=asia",
        "page=abc",
        "page=999",
        "page=-1",
        "page=0",
        "region=lac&page=2",
        "page=%00",
    ],
)
def test_bad_filter_values_and_page_numbers_never_break_the_list(client, where_we_work, query):
    """A hand-edited address gives a page (invalid filter values are ignored), never a server error."""
    response = client.get(f"/en/actions/?{query}")
    assert response.status_code == 200
    assert response.context["actions"].number >= 1


def test_list_answers_only_get(client):
    """The pages are read-only: a POST is refused."""
    assert client.post("/en/actions/").status_code == 405


def test_list_pages_by_twenty_and_keeps_the_filter_in_page_links(client, where_we_work):
    """Twenty Actions a page; the links to other pages keep the filter; a page past the end shows
    the last page."""
    for n in range(21):
        factories.ActionFactory(name=f"Test Action {n:02}", countries=["FR"], status="planned")
    first = client.get("/en/actions/?status=planned")
    assert len(first.context["actions"]) == 20
    assert 'href="?status=planned&amp;page=2"' in first.content.decode()
    assert slugs(client.get("/en/actions/?status=planned&page=2")) == ["test-action-20"]
    assert slugs(client.get("/en/actions/?status=planned&page=7")) == ["test-action-20"]
    assert len(client.get("/en/actions/?page=2").context["actions"]) == len(WHERE_WE_WORK) + 21 - 20


def test_list_runs_as_many_queries_for_9_as_for_13_actions(client, where_we_work):
    """No query per Action: the list page, with its figures, costs the same for 9 Actions at work
    as for 13."""
    client.get("/en/actions/")  # warm the caches (site structure, sessions)
    with CaptureQueriesContext(connection) as nine:
        assert len(client.get("/en/actions/").context["actions"]) == 9
    course = factories.CoursePageFactory()
    for n in range(4):
        an_action_at_work(course, f"Testland {n}", ["MA", "TN"], "eun", "MD", "ongoing")
    with CaptureQueriesContext(connection) as thirteen:
        response = client.get("/en/actions/")
    assert len(response.context["actions"]) == 13
    assert len(thirteen) == len(nine), [q["sql"] for q in thirteen.captured_queries]


def test_french_list_answers_in_french(client):
    """/fr/actions/ is the same section with the page in French."""
    response = client.get("/fr/actions/")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


# One Action


@pytest.fixture
def action_with_reach(make_course):
    """A hand-made Action: two partners, two activities (13 participants), a course whose cohort
    counts for it, two learners enrolled directly (a woman, a man), one enrolled online by a
    multiplier (gender not stated) and an offline session of that multiplier (4 women, 2 men)."""
    action = factories.ActionFactory(
        name="Testland I",
        countries=["MA", "TN"],
        region="eun",
        thematic_area="MD",
        specific_areas="Diaspora engagement",
        action_type="holistic",
        status="ongoing",
        start_month=datetime.date(2023, 5, 1),
        summary="A hand-made Action for the tests.",
        partners=[
            {"name": "Ministry of Testing", "country": "MA"},
            {"name": "Institute of Test Studies", "country": "TN"},
        ],
        activities=[
            {
                "activity_type": "study-visit",
                "date": datetime.date(2023, 9, 12),
                "place": "Valletta",
                "participants_female": 3,
                "participants_male": 2,
            },
            {
                "activity_type": "workshop",
                "date": datetime.date(2023, 6, 20),
                "place": "Rabat",
                "participants_female": 4,
                "participants_male": 3,
                "participants_other": 1,
            },
        ],
    )
    course, _lessons, _assessment = make_course(mode="key")
    cohort = factories.CohortFactory(
        container=course, name="Testland group", action=action, enrolment_key="TL-1"
    )
    woman = factories.UserFactory(gender="female")
    man = factories.UserFactory(gender="male")
    first, _created = learning.enrol(woman, course, key="TL-1")
    second, _created = learning.enrol(man, course, key="TL-1")
    multiplier = factories.MultiplierFactory(enrolment=first, confirmed=True)
    invitation = factories.CohortFactory(
        container=course, name="Invitation", action=action, enrolment_key=None, owner=multiplier
    )
    colleague, _created = learning.enrol(
        factories.UserFactory(gender=""), course, invitation=invitation.invitation_token
    )
    for enrolment in (first, second, colleague):  # each did something, so each counts
        factories.StepCompletionFactory(enrolment=enrolment)
    factories.MultiplierSessionFactory(
        multiplier=multiplier,
        participants_female=4,
        participants_male=2,
        status=MultiplierSession.Status.CONFIRMED,
    )
    factories.MultiplierSessionFactory(multiplier=multiplier, participants_female=60)  # not confirmed
    return action, course, cohort


def test_detail_shows_the_action_its_partners_and_activities(client, action_with_reach):
    """Summary, facts, partner institutions with their country, and activities with their head counts."""
    action, _course, _cohort = action_with_reach
    response = client.get("/en/actions/testland-i/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "A hand-made Action for the tests.",
        "Morocco, Tunisia",
        "EU Neighbourhood",
        "Migration and development (Diaspora engagement)",
        "Holistic",
        "MIEUX+",
        "Ongoing",
        "Since May 2023",
        "Ministry of Testing",
        "Institute of Test Studies",
        "(Tunisia)",
    ):
        assert text in html, text
    page = flat(response)
    assert (
        '<th scope="row">Workshop</th><td><time datetime="2023-06-20">June 20, 2023</time></td>'
        "<td>Rabat</td><td>x</td><td>x</td><td>x</td><td>8</td>"  # 4, 3 and 1: hidden (lms.core.masking)
    ) in page
    assert '<th scope="row">Study visit</th>' in page and "<td>Valletta</td>" in page
    # Activities in date order.
    assert page.index("Rabat") < page.index("Valletta")


def test_detail_shows_the_reach_of_the_action(client, action_with_reach):
    """The reach figures and the table by generation are computed from the Action's enrolments,
    its multipliers' sessions and its activities; no learner is named."""
    response = client.get("/en/actions/testland-i/")
    page = flat(response)
    # So few people that every figure could give a gender cell of 1 to 4 away (lms.core.masking):
    # the generations' totals and the headline figures built from them are hidden with the cells.
    assert response.context["reach"].direct == 2 and response.context["reach"].offline == 6
    assert '<th scope="row">1</th><td>x</td><td>x</td><td>x</td><td>x</td><td>0</td>' in page
    assert '<th scope="row">2</th><td>x</td><td>x</td><td>x</td><td>x</td><td>x</td>' in page
    assert "&lt;5" not in page
    assert "<caption" in page
    for enrolment in Enrolment.objects.filter(action=action_with_reach[0]).select_related("user"):
        assert escape(enrolment.user.full_name) not in page
        assert enrolment.user.email not in page


def test_detail_lists_the_courses_run_for_the_action_once(client, action_with_reach):
    """The live courses of the Action's cohorts are shown, each once (two cohorts share one course)."""
    _action, course, _cohort = action_with_reach
    response = client.get("/en/actions/testland-i/")
    assert [page.pk for page in response.context["courses"]] == [course.pk]
    assert escape(course.title) in response.content.decode()


def test_detail_shows_courses_in_the_visitors_language(client, action_with_reach):
    """A course with a French translation is shown in French on the French page."""
    action = action_with_reach[0]
    course = factories.CoursePageFactory(title="Holistic integration")
    factories.translate(course, "fr", title="Intégration holistique des personnes migrantes")
    factories.CohortFactory(container=course, name="Testland policy makers", action=action)
    response = client.get("/fr/actions/testland-i/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert escape("Intégration holistique des personnes migrantes") in html
    shown = {page.translation_key: page.locale.language_code for page in response.context["courses"]}
    assert shown[course.translation_key] == "fr"
    assert shown[action_with_reach[1].translation_key] == "en"  # not translated: shown as it is


def test_unknown_action_is_not_found(client):
    """An address with an unknown slug is a 404, in every language."""
    assert client.get("/en/actions/atlantis-ix/").status_code == 404
    assert client.get("/fr/actions/atlantis-ix/").status_code == 404
