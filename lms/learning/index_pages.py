"""The index page of a product's learning tree: one per language below the home page, an intro,
and the product's live containers (courses, toolkit modules) as cards, in tree order.

A product declares what differs: its parent and its one subpage type, its names (Meta) and, in
its template, what the page says when nothing is published in its language. The template is
the product's own (Wagtail's default name), extending "lms/learning_index_page.html".

Every concrete index page is the root of a tree under editorial review (lms.learning.editorial):
that is wired here, as each one is defined, so a product has nothing to declare for it.
"""

from django.db.models.signals import class_prepared
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from relais.routing import RouteRestrictionsMixin

from .editorial import moderate_tree_of


class LearningIndexPage(RouteRestrictionsMixin, Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    max_count_per_parent = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["children"] = self.listed_children()
        return context

    def listed_children(self):
        """The live pages below this index, of its one subpage type, as the cards show them."""
        (model,) = self.allowed_subpage_models()
        return model.objects.child_of(self).live().select_related("cover_image").order_by("path")


def moderate_each_tree(sender, **kwargs):
    """Put each concrete learning index page (a product's tree root) under review; Django sends
    class_prepared for concrete models only, once each is defined."""
    if issubclass(sender, LearningIndexPage):
        moderate_tree_of(sender)


class_prepared.connect(moderate_each_tree, dispatch_uid="lms-moderate-learning-trees")
