"""The editorial workflow: learning content goes through review by the Moderators group.

The workflow is attached to the root of each course and toolkit tree (one per language), so every
page below inherits it; trees created later (a new translation) are attached when they are saved.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

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
