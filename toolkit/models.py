from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from lms.learning.pages import LearningContainerPage, LearningUnitPage
from relais.routing import RouteRestrictionsMixin


class ToolkitIndexPage(RouteRestrictionsMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkit.ToolkitModulePage"]
    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("toolkit index")
        verbose_name_plural = _("toolkit indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = (
            ToolkitModulePage.objects.child_of(self).live().select_related("cover_image").order_by("path")
        )
        return context


class ToolkitModulePage(LearningContainerPage):
    """A self-paced module of the Digital Toolkit; open to read, tracked once started."""

    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types = ["toolkit.ToolkitUnitPage"]

    class Meta:
        verbose_name = _("toolkit module")


class ToolkitUnitPage(LearningUnitPage):
    parent_page_types = ["toolkit.ToolkitModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("toolkit unit")
