"""The editorial workflow: learning content goes through review by the Moderators group.

The workflow is attached to the root of each course and toolkit tree (one per language), so every
page below inherits it; trees created later (a new translation) are attached when they are saved.
A course or module is moderated as one piece (below).
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail.signals import task_submitted, workflow_approved, workflow_cancelled, workflow_rejected

REVIEW_WORKFLOW_NAME = "Learning content review"
MODERATORS_GROUP_NAME = "Moderators"
REVIEW_TASK_NAME = "Moderator review"


def review_workflow():
    """The "Learning content review" workflow with its one task, created on first use."""
    with transaction.atomic():
        workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW_NAME)
        moderators, _created = Group.objects.get_or_create(name=MODERATORS_GROUP_NAME)
        task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
        task.groups.add(moderators)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_review_workflow(page):
    """Put `page` and everything below it under review, unless it already has a workflow."""
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": review_workflow()})


def moderate_tree_of(page_model):
    """Wire the review workflow to every `page_model` (a tree root) when it is first saved."""

    def attach(sender, instance, created, raw=False, **kwargs):
        if created and not raw:
            assign_review_workflow(instance)

    post_save.connect(attach, sender=page_model, weak=False, dispatch_uid=f"review-workflow-{page_model}")


# Whole courses and modules -----------------------------------------------------------------------
#
# A course or module (a page whose class sets `moderated_as_one = True`) is reviewed as one piece:
# submitting it submits each of its pages with unpublished changes; approving it approves them in
# the same transaction (WorkflowState.finish is atomic), so learners never see half a course;
# sending it back for changes withdraws them from review with it.


def changed_descendants(page):
    """The pages below `page` whose latest revision is not live (new or edited), top down."""
    return [
        descendant
        for descendant in page.get_descendants().filter(has_unpublished_changes=True).order_by("path")
        if descendant.latest_revision_id is not None
    ]


def _in_progress(page):
    return (
        WorkflowState.objects.active()
        .filter(base_content_type=page.get_base_content_type(), object_id=str(page.pk))
        .first()
    )


def _moderated_as_one(state):
    page = state.content_object
    return page if getattr(page.specific_class, "moderated_as_one", False) else None


def submit_descendants(sender, instance, user=None, **kwargs):
    """Submitting a course or module (or submitting it again after changes: each start of a task)
    submits its changed pages with it (those already in review stay as they are)."""
    page = _moderated_as_one(instance.workflow_state)
    if page is None:
        return
    for descendant in changed_descendants(page):
        workflow = descendant.get_workflow()
        state = _in_progress(descendant)
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=user)  # sent back earlier, changed since: back in review
        elif workflow is not None and state is None:
            workflow.start(descendant, user)


def approve_descendants(sender, instance, user=None, **kwargs):
    """Approving a course or module approves, and so publishes, each page below it that is in
    review and whose current task `user` may approve — within the same transaction."""
    page = _moderated_as_one(instance)
    if page is None:
        return
    for descendant in page.get_descendants().order_by("path").specific():
        state = _in_progress(descendant)
        if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
            continue
        # One review approves all of it: every task of the page's workflow, as the reviewer.
        while state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state:
            task_state = state.current_task_state.specific
            actions = [action[0] for action in task_state.task.specific.get_actions(descendant, user)]
            if "approve" not in actions:
                break
            task_state.approve(user=user)
            state.refresh_from_db()


def withdraw_descendants(sender, instance, user=None, **kwargs):
    """A course or module sent back for changes (or cancelled) takes its pages out of review with
    it: they are submitted again with it."""
    page = _moderated_as_one(instance)
    if page is None:
        return
    for descendant in page.get_descendants():
        state = _in_progress(descendant)
        if state is not None:
            state.cancel(user=user)


def connect():
    task_submitted.connect(submit_descendants, dispatch_uid="lms-moderate-as-one-submit")
    workflow_approved.connect(approve_descendants, dispatch_uid="lms-moderate-as-one-approve")
    workflow_rejected.connect(withdraw_descendants, dispatch_uid="lms-moderate-as-one-reject")
    workflow_cancelled.connect(withdraw_descendants, dispatch_uid="lms-moderate-as-one-cancel")
