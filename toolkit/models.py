from django.utils.translation import gettext_lazy as _

from lms.learning.index_pages import LearningIndexPage
from lms.learning.pages import LearningContainerPage, LearningUnitPage


class ToolkitIndexPage(LearningIndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["toolkit.ToolkitModulePage"]

    class Meta:
        verbose_name = _("toolkit index")
        verbose_name_plural = _("toolkit indexes")


class ToolkitModulePage(LearningContainerPage):
    """A self-paced module of the Digital Toolkit; open to read, tracked once started."""

    parent_page_types = ["toolkit.ToolkitIndexPage"]
    subpage_types = ["toolkit.ToolkitUnitPage"]
    kind_noun = _("module")

    class Meta:
        verbose_name = _("toolkit module")


class ToolkitUnitPage(LearningUnitPage):
    parent_page_types = ["toolkit.ToolkitModulePage"]
    subpage_types = []
    kind_noun = _("unit")

    class Meta:
        verbose_name = _("toolkit unit")
