from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from lms.learning.blocks import ContentStreamBlock
from relais.routing import RouteRestrictionsMixin


class HomePage(RouteRestrictionsMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    featured = StreamField(
        [
            (
                "page",
                blocks.PageChooserBlock(
                    page_type=["toolkit.ToolkitModulePage", "courses.CoursePage"], label=_("Course or module")
                ),
            )
        ],
        blank=True,
        verbose_name=_("featured learning"),
        help_text=_("Toolkit modules and courses to show on the home page, in this order."),
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["toolkit.ToolkitIndexPage", "courses.CourseIndexPage", "home.ContentPage"]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("featured")]

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Find the page for the whole path in one query (and one per page type) instead of one per
        level (Wagtail's default), keeping the pages on the way, specific, as the target's ancestors
        for breadcrumbs and for a step's course: a kept route (relais/routing.py) then needs no
        query to show them."""
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            self.url_path + "/".join(path_components[: i + 1]) + "/" for i in range(len(path_components))
        ]
        on_the_way = {
            page.url_path: page
            for page in Page.objects.filter(
                url_path__in=url_paths, path__startswith=self.path, locale_id=self.locale_id
            ).specific()
        }
        target = on_the_way.get(url_paths[-1])
        if target is None or len(on_the_way) != len(url_paths) or not target.live:
            raise Http404
        page = target.specific
        page.route_ancestors = [self, *(on_the_way[path] for path in url_paths[:-1])]
        return page.route(request, [])

    def featured_pages(self):
        """Featured pages in the visitor's language where a translation exists, else as picked
        (chooser values point at the pages picked in the source language). Two queries at most
        per page type, whatever the number of features."""
        chosen = [block.value for block in self.featured if block.value]
        active = Locale.get_active()
        candidates = (
            Page.objects.live()
            .filter(translation_key__in=[page.translation_key for page in chosen])
            .filter(Q(locale=active) | Q(pk__in=[page.pk for page in chosen]))
            .select_related("locale")
            .specific()
        )
        by_key = {}
        for page in candidates:
            if page.locale_id == active.pk or page.translation_key not in by_key:
                by_key[page.translation_key] = page
        return [by_key[page.translation_key] for page in chosen if page.translation_key in by_key]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_pages"] = self.featured_pages()
        return context


class ContentPage(RouteRestrictionsMixin, Page):
    """A plain page (about the programme, contact, privacy)."""

    body = StreamField(ContentStreamBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]
    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("body")]

    class Meta:
        verbose_name = _("content page")
