"""XSS corpus: known payloads typed wherever a learner or coordinator can type text (profile,
feedback comment, session notes and fields, bulk-import names, search) never come back as
something a browser would run, in any page that shows them."""

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from lms.cascade import services as cascade
from lms.learning import services as learning
from lms.models import FeedbackResponse, MultiplierSession, User
from lms.programme.bulk import import_enrolments, parse_enrolment_csv
from tests.lms.cascade_helpers import certified

from .conftest import answers

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<body onload=alert(1)>",
    "<iframe src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>x</a>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    '"><script>alert(1)</script>',
    "'><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<style>@import 'javascript:alert(1)';</style>",
    '<div style="background:url(javascript:alert(1))">',
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<button formaction=javascript:alert(1)>x</button>",
    "<isindex action=javascript:alert(1) type=image>",
    "<base href=javascript:alert(1)//>",
    '<img src="x" onerror="alert(String.fromCharCode(88,83,83))">',
    "<IMG SRC=JaVaScRiPt:alert(1)>",
    "<IMG SRC=`javascript:alert(1)`>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a xlink:href=javascript:alert(1)><text x=20 y=20>x</text></a></svg>",
    "<table background=javascript:alert(1)>",
    "<td background=javascript:alert(1)>",
    "<div onmouseover=alert(1)>hover</div>",
    "<p onclick=alert(1)>click</p>",
    "javascript:alert(1)",
    "{{ 7*7 }}<script>alert(1)</script>",
    "{% debug %}<script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    "<x onclick=alert(1)>x</x>",
    "\u003cscript\u003ealert(1)\u003c/script\u003e",
    '=HYPERLINK("javascript:alert(1)")',
]


def assert_nothing_runs(html, where):
    soup = BeautifulSoup(html, "html.parser")
    for script in soup.find_all("script"):
        assert "alert" not in (script.string or "") and "xss.example" not in script.get("src", ""), where
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            assert not (name.lower().startswith("on") and "alert" in text), f"{where}: {element}"
            if name.lower() in {"href", "src", "action", "formaction", "data", "background", "xlink:href"}:
                assert not text.strip().lower().startswith("javascript:"), f"{where}: {element}"


def test_search_box(client):
    """No payload typed in the search box runs on the results page."""
    for payload in PAYLOADS:
        assert_nothing_runs(client.get("/en/search/", {"q": payload}).content.decode(), f"search {payload!r}")


def test_profile_and_certificate_pages(client, learner, make_course, finish):
    """No payload saved in a profile runs on the profile, My learning or the public certificate
    page."""
    course, _lessons, _assessment = make_course()
    enrolment = finish(learning.enrol(learner, course)[0])
    certificate = learning.issue_certificate(enrolment)
    client.force_login(learner)
    for payload in PAYLOADS:
        client.post(
            reverse("lms:profile"),
            {
                "full_name": f"Ana {payload}",
                "institution": payload,
                "country": "CR",
                "preferred_language": "en",
                "gender": "",
                "role": "trainee",
            },
        )
        for url in (
            reverse("lms:profile"),
            reverse("lms:my_learning"),
            reverse("certificate_verify", args=[certificate.code]),
        ):
            assert_nothing_runs(client.get(url).content.decode(), f"{url} {payload!r}")


@override_settings(RELAIS_SESSIONS_PER_DAY=1000)
def test_feedback_comments_and_session_notes_are_stored_clean(
    learner, make_course, finish, make_action, make_cohort
):
    """Survey comments and every text of a session are stored without any tag."""
    action = make_action("XSS Action")
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    make_cohort(course, enrolment_key="XSS", action=action)
    enrolment = finish(learning.enrol(learner, course, key="XSS")[0])
    multiplier = certified(enrolment)
    ratings = {"objectives_clear": 3, "relevant": 3, "real_difference": 3, "would_recommend": 3}
    for payload in PAYLOADS:
        FeedbackResponse.objects.filter(enrolment=enrolment).delete()
        response = learning.record_feedback(enrolment, ratings=ratings, comment=payload)
        assert_nothing_runs(response.comment, f"comment {payload!r}")
        assert not BeautifulSoup(response.comment, "html.parser").find_all(True), (
            f"tags kept from {payload!r}"
        )
        session = cascade.record_session(
            multiplier,
            date=timezone.localdate(),
            place=payload,
            institution=payload,
            modules_covered=payload,
            female=1,
            male=0,
            other=0,
            notes=payload,
        )
        for text in (session.place, session.institution, session.modules_covered, session.notes):
            soup = BeautifulSoup(text, "html.parser")
            assert not soup.find_all(True), f"tags stored from {payload!r}: {text!r}"
    assert MultiplierSession.objects.filter(multiplier=multiplier).count() == len(PAYLOADS)


@override_settings(RELAIS_SESSIONS_PER_DAY=1000)
def test_multiplier_page_and_admin_listing_show_typed_text_inertly(
    client, admin_client, learner, make_course, finish, make_action, make_cohort
):
    """Payloads in sessions and in bulk-imported names run neither on the multiplier page nor in the
    admin's enrolments listing and report."""
    action = make_action("XSS Listing")
    course, _lessons, _assessment = make_course("key")
    course.trains_multipliers = True
    course.save_revision().publish()
    cohort = make_cohort(course, enrolment_key="XSS2", action=action)
    enrolment = finish(learning.enrol(learner, course, key="XSS2")[0])
    multiplier = certified(enrolment)
    lines = ["email,full_name,institution,country,gender,language"]
    for number, payload in enumerate(PAYLOADS):
        cascade.record_session(
            multiplier,
            date=timezone.localdate(),
            place=payload,
            institution=payload,
            modules_covered=payload,
            female=1,
            male=0,
            other=0,
        )
        name = payload.replace(",", " ").replace('"', "'").replace("\n", " ")
        lines.append(f'bulk{number}@example.org,"Name {name}","{name}",CR,,en')
    import_enrolments(cohort, parse_enrolment_csv("\n".join(lines).encode()), by=None)
    assert User.objects.filter(email__startswith="bulk").count() == len(PAYLOADS)
    client.force_login(learner)
    assert_nothing_runs(client.get(reverse("lms:multiplier")).content.decode(), "multiplier page")
    assert_nothing_runs(admin_client.get(reverse("enrolments:index")).content.decode(), "admin enrolments")
    assert_nothing_runs(
        admin_client.get(reverse("lms_reports:enrolments")).content.decode(), "enrolments report"
    )


def test_corpus_has_at_least_fifty_payloads():
    """The corpus keeps at least fifty payloads."""
    assert len(PAYLOADS) >= 50
    assert answers  # the shared helper stays importable for the fixtures above
