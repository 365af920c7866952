"""Admin views that list and choose only what the user's permission policy allows (see
lms.programme.scoping): Wagtail's generic listings and choosers otherwise show every object."""

from django.http import Http404
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic.models import IndexView
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)


def visible(model, user):
    return policy_registry.get_by_type(model).instances_user_has_permission_for(user, "view")


class ScopedIndexView(IndexView):
    def get_base_queryset(self):
        # The viewset's queryset (its select_related), narrowed to what the user may see.
        return super().get_base_queryset().filter(pk__in=visible(self.model, self.request.user).values("pk"))


class ScopedObjectMixin:
    """Object views (edit, inspect, delete, history, usage) answer 404 for an object outside the
    user's scope, whatever its id."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not visible(self.model, self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj


def scoped(view_class):
    return type(f"Scoped{view_class.__name__}", (ScopedObjectMixin, view_class), {})


class VerbEditView(generic.EditView):
    """An edit view whose form's save() calls a verb (confirm, review, revoke) that writes its own
    audit log entry: saved as the verb says, without a second, vaguer "edited" entry."""

    def save_instance(self):
        return self.form.save()


class ScopedViewSetMixin:
    """For a ModelViewSet: listings and every object view limited to what the user may see."""

    index_view_class = ScopedIndexView
    edit_view_class = scoped(generic.EditView)
    delete_view_class = scoped(generic.DeleteView)
    inspect_view_class = scoped(generic.InspectView)
    history_view_class = scoped(history.HistoryView)
    usage_view_class = scoped(usage.UsageView)


class ScopedSnippetViewSetMixin:
    """For a SnippetViewSet: every object view limited to what the user may see (its listing
    is scoped with `get_queryset`)."""

    edit_view_class = scoped(snippet_views.EditView)
    delete_view_class = scoped(snippet_views.DeleteView)
    history_view_class = scoped(snippet_views.HistoryView)
    usage_view_class = scoped(snippet_views.UsageView)


class ScopedChooserMixin:
    def get_object_list(self):
        return visible(self.model_class, self.request.user)

    def get_object(self, pk):
        return visible(self.model_class, self.request.user).get(pk=pk)


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChosenView(ScopedChooserMixin, SnippetChosenView):
    pass


class ScopedChosenMultipleView(ScopedChooserMixin, SnippetChosenMultipleView):
    def get_objects(self, pks):
        return visible(self.model_class, self.request.user).filter(pk__in=pks)


class NoCreationInChooser(SnippetCreateView):
    """Objects are created in their own form, where their scope is checked; not in a chooser."""

    def dispatch(self, request, *args, **kwargs):
        raise Http404


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    create_view_class = NoCreationInChooser
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
