"""Admin forms of the programme domain."""

from wagtail.admin.forms import WagtailAdminModelForm


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
