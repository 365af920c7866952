from django.contrib.auth import get_user_model
from django.utils import translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

ONE_PARAGRAPH = streamfield([("paragraph", rich_text("<p>Previewed text.</p>"))])
ONE_QUESTION = streamfield(
    [
        (
            "question",
            {
                "question": "Previewed question?",
                "kind": "single",
                "points": 1,
                "explanation": "",
                "options": streamfield(
                    [("item", {"text": "Yes", "is_correct": "on"}), ("item", {"text": "No"})]
                ),
            },
        )
    ]
)
# StreamFields are drawn by JavaScript in the editor, so Wagtail's assertion cannot read them from
# the edit page: the previews post these streams instead.
PREVIEW_STREAMS = {
    "body": ONE_PARAGRAPH,
    "questions": ONE_QUESTION,
    "featured": streamfield([]),
}


class RelaisPageTestCase(WagtailPageTestCase):
    """Wagtail's page assertions, adapted to Relais; pytest tests get one through the
    `wagtail_asserts` fixture (tests/conftest.py)."""

    def login(self, user=None, username=None, password="password"):  # noqa: S107 - a test password
        """Signed in without a sign-in request: django-axes (relais.settings) refuses to
        authenticate without one, and these tests are about pages, not about signing in."""
        if user is None:
            user = get_user_model().objects.get(email=username) if username else self.create_test_user()
        self.client.force_login(user)
        return user

    def assertPageIsRoutable(self, page, route_path="/", msg=None):  # noqa: N802 (unittest style)
        """Wagtail's assertion routes the whole URL from the site root; ours carry a language
        prefix (i18n_patterns), so route what follows it from that language's home page."""
        components = [c for c in page.get_url(self.dummy_request).split("/") if c]
        language = components.pop(0)
        with translation.override(language):
            home = page.get_site().root_page.localized.specific
            routed, _args, _kwargs = home.route(self.dummy_request, components)
        self.assertEqual(routed.pk, page.pk, msg)

    def assertPageIsPreviewable(self, page, mode="", post_data=None, msg=None):  # noqa: N802
        if post_data is None:
            # Wagtail's own assertions sign out when they finish: sign in again to read the form.
            self.client.force_login(get_user_model().objects.filter(is_superuser=True).first())
            edit_page = self.client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
            post_data = querydict_from_html(edit_page, form_id="page-edit-form").dict()
            streams = {name: value for name, value in PREVIEW_STREAMS.items() if hasattr(page.specific, name)}
            post_data.update(nested_form_data(streams))
        super().assertPageIsPreviewable(page, mode=mode, post_data=post_data, msg=msg)
