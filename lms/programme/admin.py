"""Admin of the programme domain: Actions (snippets, with partners and activities inline)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import ActionAdminForm
from .models import Action
from .scoped_admin import ScopedSnippetChooserViewSet, ScopedSnippetViewSetMixin
from .scoping import scope


class ActionViewSet(ScopedSnippetViewSetMixin, SnippetViewSet):
    model = Action
    chooser_viewset_class = ScopedSnippetChooserViewSet
    icon = "site"
    menu_label = _("Actions")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "region", "thematic_area", "action_type", "phase", "status", "start_month"]
    list_filter = ["region", "thematic_area", "status", "phase", "action_type"]
    search_fields = ["name", "summary", "specific_areas"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("slug"),
            FieldPanel("countries"),
            FieldRowPanel([FieldPanel("region"), FieldPanel("thematic_area")]),
            FieldPanel("specific_areas"),
            FieldRowPanel([FieldPanel("action_type"), FieldPanel("phase"), FieldPanel("status")]),
            FieldRowPanel([FieldPanel("start_month"), FieldPanel("end_month")]),
            FieldPanel("summary"),
            InlinePanel("partners", label=_("Partner institutions")),
            InlinePanel("activities", label=_("Activities")),
            FieldPanel("coordinators", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=ActionAdminForm,
    )

    def get_queryset(self, request):
        return scope.editable_actions(request.user)


register_snippet(ActionViewSet)
