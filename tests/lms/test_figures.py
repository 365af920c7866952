"""Programme-wide public figures (lms.reporting.figures): what they count, their cache and its invalidation,
where they show; and the server-side bar chart (chart_tags)."""

import re

import pytest
from django.core.cache import cache
from django.template import Context, Template

from lms.learning import services as learning
from lms.models import Action, Certificate, Enrolment, MultiplierSession
from lms.reporting import figures
from lms.templatetags.chart_tags import BAR_AREA, MASKED_WIDTH
from tests import factories

pytestmark = pytest.mark.django_db


def active_enrolments():
    """Enrolments that count: the learner did something and has not withdrawn."""
    return [
        e
        for e in Enrolment.objects.select_related("user")
        if e.status != Enrolment.Status.WITHDRAWN and e.counted_at is not None
    ]


def country_codes():
    """Learners' countries (enrolled, not withdrawn) and all Actions' countries, in Python."""
    codes = {e.user.country.code for e in active_enrolments() if e.user.country}
    for action in Action.objects.all():
        codes |= {country.code for country in action.countries}
    return codes


def expected_figures():
    """The figures counted the slow way, row by row in Python, independently of
    lms.reporting.figures."""
    active = active_enrolments()
    return {
        "learners": len({e.user_id for e in active}),
        "countries": len(country_codes()),
        "certificates": sum(1 for c in Certificate.objects.all() if c.revoked_at is None),
        "multiplier_reach": sum(1 for e in active if e.generation >= 2)
        + sum(session.participants for session in MultiplierSession.objects.filter(status="confirmed")),
    }


@pytest.fixture
def figureland(make_course, make_action):
    """A hand-made corner of the programme: an Action in Iceland and Greenland with a key cohort;
    learners A (Fiji, in two courses, certificate), B (no country, revoked certificate), C (Fiji),
    D (Tonga, withdrawn); A becomes a multiplier, enrols E (Samoa) online and trains 3 women,
    2 men and 1 other person offline."""
    action = make_action(name="Figureland", countries=["IS", "GL"])
    course, _lessons, _assessment = make_course(mode="key")
    other_course, _lessons, _assessment = make_course(mode="open")
    factories.CohortFactory(container=course, name="Figureland group", action=action, enrolment_key="FL-1")
    a = factories.UserFactory(country="FJ")
    b = factories.UserFactory(country="")
    c = factories.UserFactory(country="FJ")
    d = factories.UserFactory(country="TO")
    first, _created = learning.enrol(a, course, key="FL-1")
    learning.enrol(a, other_course)
    second, _created = learning.enrol(b, course, key="FL-1")
    third, _created = learning.enrol(c, course, key="FL-1")
    fourth, _created = learning.enrol(d, course, key="FL-1")
    for enrolment in (first, second, third, fourth):
        factories.StepCompletionFactory(enrolment=enrolment)
    learning.withdraw(fourth)
    factories.CertificateFactory(enrolment=first)
    revoked = factories.CertificateFactory(enrolment=second)
    learning.revoke_certificate(revoked, by=factories.UserFactory(), note="Issued by mistake.")
    multiplier = factories.MultiplierFactory(enrolment=first, confirmed=True)
    invitation = factories.CohortFactory(
        container=course, name="Invitation", action=action, enrolment_key=None, owner=multiplier
    )
    colleague, _created = learning.enrol(
        factories.UserFactory(country="WS"), course, invitation=invitation.invitation_token
    )
    factories.StepCompletionFactory(enrolment=colleague)
    # Enrolled, never opened a lesson: counts nowhere.
    learning.enrol(factories.UserFactory(country="NR"), course, key="FL-1")
    confirmed = MultiplierSession.Status.CONFIRMED
    factories.MultiplierSessionFactory(
        multiplier=multiplier,
        participants_female=3,
        participants_male=2,
        participants_other=1,
        status=confirmed,
    )
    # A claim nobody confirmed yet counts nowhere.
    factories.MultiplierSessionFactory(multiplier=multiplier, participants_female=30_000)
    return action


def test_figures_count_learners_countries_certificates_and_multiplier_reach(figureland):
    """Figureland counted by hand, and the same as counted row by row."""
    after = figures.compute_public_figures()
    assert after == expected_figures()
    assert after == {
        "learners": 4,  # A, B, C, E; not D, who withdrew
        "certificates": 1,  # B's was revoked
        "multiplier_reach": 1 + 6,  # E online, 6 offline
        # Fiji and Samoa (learners), Iceland and Greenland (the Action); not Tonga (D withdrew)
        "countries": 4,
    }
    assert "TO" not in country_codes()


def test_figures_are_whole_numbers_even_with_nothing_to_count(db):
    """A programme with no learner yet has figures of 0, not empty ones."""
    result = figures.public_figures()
    assert result == {"learners": 0, "countries": 0, "certificates": 0, "multiplier_reach": 0}
    assert all(isinstance(value, int) for value in result.values())
    assert result == expected_figures()


def test_figures_are_cached(figureland, django_assert_num_queries, django_assert_max_num_queries):
    """The figures cost a few queries once, then none until something changes."""
    with django_assert_max_num_queries(5):
        first = figures.public_figures()
    with django_assert_num_queries(0):
        assert figures.public_figures() == first


def test_saving_an_enrolment_forgets_the_figures(
    figureland, make_course, django_capture_on_commit_callbacks, django_assert_num_queries
):
    """A newcomer's first step drops the cached figures once committed (an enrolment alone
    counts nowhere); the next read counts the newcomer and is cached again."""
    cached = figures.public_figures()
    course, lessons, _assessment = make_course(mode="open")
    newcomer = factories.UserFactory(country="NR")
    assert is_cached()
    with django_capture_on_commit_callbacks(execute=True):
        enrolment, _created = learning.enrol(newcomer, course)
    assert figures.public_figures() == cached
    with django_capture_on_commit_callbacks(execute=True):
        learning.complete_step(enrolment, lessons[0])
    assert not is_cached()
    fresh = figures.public_figures()
    assert fresh["learners"] == cached["learners"] + 1
    assert fresh == expected_figures()
    with django_assert_num_queries(0):
        figures.public_figures()


def test_revoking_a_certificate_forgets_the_figures(figureland, django_capture_on_commit_callbacks):
    """Revoking a certificate drops the cached figures: one certificate fewer."""
    cached = figures.public_figures()
    certificate = Certificate.objects.valid().order_by("-pk").first()
    coordinator = factories.UserFactory()
    assert is_cached()
    with django_capture_on_commit_callbacks(execute=True):
        learning.revoke_certificate(certificate, by=coordinator, note="Fraud.")
    assert not is_cached()
    assert figures.public_figures()["certificates"] == cached["certificates"] - 1


def test_the_cache_is_only_dropped_once_the_change_is_committed(
    make_action, django_capture_on_commit_callbacks
):
    """Before the commit, a concurrent request would cache the old figures again: the entry goes
    when the transaction commits."""
    action = make_action(name="Shortlived", countries=["NU"])
    figures.public_figures()
    with django_capture_on_commit_callbacks() as callbacks:
        action.delete()
        assert is_cached()
    assert callbacks
    for callback in callbacks:
        callback()
    assert not is_cached()


def test_signing_in_keeps_the_figures(client, django_capture_on_commit_callbacks):
    """Signing in (which saves the user's last login) does not drop the cached figures."""
    user = factories.UserFactory()
    figures.public_figures()
    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(user)
    assert is_cached()


def is_cached():
    return cache.get(figures.CACHE_KEY) is not None


# Where they show


def _figure(html, label):
    match = re.search(rf"<dt>{re.escape(label)}</dt>\s*<dd>(\d+)</dd>", html)
    assert match, f"no figure {label!r}"
    return int(match.group(1))


def test_home_page_shows_the_programme_in_figures(client, figureland):
    """The home page shows the four programme figures, as counted by hand."""
    expected = expected_figures()
    html = client.get("/en/").content.decode()
    assert "The programme in figures" in html
    assert _figure(html, "Learners") == expected["learners"]
    assert _figure(html, "Countries") == expected["countries"]
    assert _figure(html, "Certificates issued") == expected["certificates"]
    assert _figure(html, "People trained by multipliers") == expected["multiplier_reach"]


def test_home_page_in_french_translates_the_heading(client):
    """The French home page has the figures' heading too."""
    response = client.get("/fr/")
    assert response.status_code == 200
    assert 'id="programme-figures-heading"' in response.content.decode()


def test_action_list_reminds_of_the_programme_figures_and_keeps_its_own(client, figureland):
    """Where we work, filtered, recalls the programme's figures in a sentence and keeps the figures
    of the Actions shown."""
    expected = expected_figures()
    html = re.sub(r"\s+", " ", client.get("/en/actions/?region=eun").content.decode())
    assert (
        f"Across the whole programme: {expected['learners']} learners, {expected['countries']} countries"
        " counting the learners' own as well as the partners',"
        f" {expected['certificates']} certificates issued, {expected['multiplier_reach']} people trained"
        " by multipliers." in html
    )
    assert "Learners reached through Relais" in html  # the figures of the chosen Actions stay


# The bar chart


def render_chart(rows, **options):
    arguments = " ".join(f'{name}="{value}"' for name, value in options.items())
    template = Template("{% load chart_tags %}{% bar_chart title rows " + arguments + " %}")
    return template.render(Context({"title": "Learners by region", "rows": rows}))


def bar_widths(html):
    return [float(width) for width in re.findall(r'<rect class="bar[^"]*"[^>]* width="([\d.]+)"', html)]


def test_bar_chart_draws_bars_proportional_to_the_values():
    """Bars are as long as their value relative to the largest, labelled for screen readers, with
    the figures in a table too; no script, no link."""
    html = render_chart([("Africa", 40), ("Europe", 10), ("Asia", 25.5), ("Pacific", 0)])
    assert bar_widths(html) == [BAR_AREA, BAR_AREA / 4, pytest.approx(BAR_AREA * 25.5 / 40, abs=0.01), 0]
    assert re.search(r'<svg [^>]*role="img"[^>]*aria-labelledby="(bar-chart-\d+-caption)"', html)
    labelled_by = re.search(r'aria-labelledby="([^"]+)"', html).group(1)
    assert f'<caption id="{labelled_by}">Learners by region</caption>' in html
    for label, shown in (("Africa", "40"), ("Europe", "10"), ("Asia", "25.5"), ("Pacific", "0")):
        assert f'<th scope="row">{label}</th><td>{shown}</td>' in html
        assert f'dominant-baseline="central" fill="#1c2430">{shown}</text>' in html  # printed by the bar
    assert "<script" not in html and "href=" not in html.replace("url(#", "")


def test_bar_chart_prints_the_unit_and_escapes_labels():
    """Values carry their unit, rounded to a decimal; labels are escaped."""
    html = render_chart([("<b>Asia</b>", 50), ("Europe", 12.25)], unit="%")
    assert "&lt;b&gt;Asia&lt;/b&gt;" in html and "<b>Asia</b>" not in html
    assert "<td>50%</td>" in html and "<td>12.2%</td>" in html


@pytest.mark.parametrize("rows", [[], None, [("Africa", 0), ("Europe", 0.0)]])
def test_bar_chart_without_figures_says_so(rows):
    """Nothing to show, or only zeros: a sentence instead of an empty chart."""
    html = render_chart(rows)
    assert "No figures to show yet." in html
    assert "Learners by region" in html
    assert "<svg" not in html and "<table" not in html


def test_bar_chart_draws_masked_small_cells_as_short_hatched_bars():
    """A masked cell ("<5") is drawn as a short hatched bar and printed as "<5"."""
    html = render_chart([("Africa", 12), ("Pacific", "<5"), ("Asia", 0)])
    masked = re.search(r'<rect class="bar bar-masked"[^>]* width="([\d.]+)"[^>]*fill="url\(#([^)]+)\)"', html)
    assert masked and float(masked.group(1)) == MASKED_WIDTH
    assert f'<pattern id="{masked.group(2)}"' in html
    assert '<th scope="row">Pacific</th><td>&lt;5</td>' in html
    assert bar_widths(html) == [BAR_AREA, MASKED_WIDTH, 0]


def test_bar_chart_with_only_masked_cells_still_draws_them():
    """Masked cells alone still make a chart."""
    html = render_chart([("Pacific", "<5"), ("Asia", 0)])
    assert "No figures to show yet." not in html
    assert bar_widths(html) == [MASKED_WIDTH, 0]


def test_two_charts_on_a_page_have_their_own_ids():
    """Each chart's caption has its own id, so two charts on a page are labelled apart."""
    first, second = render_chart([("A", 1)]), render_chart([("A", 1)])
    ids = [re.search(r'<caption id="([^"]+)"', html).group(1) for html in (first, second)]
    assert ids[0] != ids[1]
