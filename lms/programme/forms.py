"""Admin forms of the programme domain."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .scoping import scope


class CoordinatorsChosenByProgrammeManagers:
    """For the admin form of anything with `coordinators` (Actions, cohorts): the field is
    disabled for those who may not appoint coordinators (scope.may_appoint_coordinators), so the
    server keeps the coordinators as they were whatever is posted (Django ignores a disabled
    field's data), and the form shows them without letting them be changed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("coordinators")
        if field is not None and not scope.may_appoint_coordinators(self.for_user):
            field.disabled = True
            field.help_text = _("Only programme managers choose the coordinators.")


class ParentAwareAdminForm(WagtailAdminModelForm):
    """An admin form whose inline child forms (activities, partners) know the object being edited
    while they are validated, as Django's inline formsets do: django-modelcluster links a new child
    to its parent only when saving, so a child's own checks against its parent (an activity dated
    within its Action's months) would skip every new one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for formset in self.formsets.values():
            for form in formset.forms:
                setattr(form.instance, formset.fk.name, self.instance)


class ActionAdminForm(CoordinatorsChosenByProgrammeManagers, ParentAwareAdminForm):
    """An Action: its children know it while validated; its coordinators are chosen by programme
    managers only."""
