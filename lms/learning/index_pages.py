"""The index page of a product's learning tree: one per language below the home page, an intro,
and the product's live containers (courses, toolkit modules) as cards, in tree order.

A product declares what differs: its parent and its one subpage type, its names (Meta) and, in
its template, what the page says when nothing is published in its language. The template is
the product's own (Wagtail's default name), extending "lms/learning_index_page.html".

Every concrete index page is the root of a tree under editorial review (lms.learning.editorial):
that is wired here, as each one is defined, so a product has nothing to declare for it.
"""

from django.db.models import Q
from django.db.models.signals import class_prepared
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

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
        """Every live course or module of this product, whatever language it is written in: its
        translation in this index's language where it has one (in tree order), then those not
        translated into it yet, in the language they exist in (this index's language first, then
        the site's default, then the others), so a catalogue in any language lists them all."""
        (model,) = self.allowed_subpage_models()
        below_an_index = Q()
        for index in type(self).objects.live().filter(translation_key=self.translation_key):
            below_an_index |= Q(path__startswith=index.path, depth=index.depth + 1)
        if not below_an_index:
            below_an_index = Q(path__startswith=self.path, depth=self.depth + 1)
        pages = list(
            model.objects.live()
            .filter(below_an_index)
            .select_related("cover_image", "locale")
            .order_by("path")
        )
        preference = [self.locale_id, Locale.get_default().pk]
        chosen = {}
        for page in pages:
            kept = chosen.get(page.translation_key)
            rank = preference.index(page.locale_id) if page.locale_id in preference else len(preference)
            if kept is None or rank < kept[0]:
                chosen[page.translation_key] = (rank, page)
        listed = [page for _rank, page in chosen.values()]
        own = [page for page in listed if page.locale_id == self.locale_id]
        others = [page for page in listed if page.locale_id != self.locale_id]
        return own + sorted(
            others,
            key=lambda page: (
                preference.index(page.locale_id) if page.locale_id in preference else 2,
                page.path,
            ),
        )


def moderate_each_tree(sender, **kwargs):
    """Put each concrete learning index page (a product's tree root) under review; Django sends
    class_prepared for concrete models only, once each is defined."""
    if issubclass(sender, LearningIndexPage):
        moderate_tree_of(sender)


class_prepared.connect(moderate_each_tree, dispatch_uid="lms-moderate-learning-trees")
