from django import template

from lms.core import audit
from lms.core.masking import masked as masked_count

register = template.Library()


@register.simple_tag(takes_context=True)
def knowledge_check_answer(context, block_id):
    """The learner's answer to this knowledge check, if this request carries one (see
    LearningUnitPage.answer_knowledge_check): {"result": ChoiceResult or None}."""
    answer = getattr(context.get("request"), "knowledge_check_answer", None)
    if answer and answer[0] == block_id:
        return {"result": answer[1]}
    return None


@register.filter
def masked(count):
    """A lone head count safe to publish: 1 to 4 people are hidden. A table of counts with its
    totals is hidden by one pattern instead (lms.core.masking.hidden_entries)."""
    return masked_count(count)


@register.filter
def audit_actor(entry):
    """Who made a logged change (lms.core.audit.actor): a staff name, or a learner's role."""
    return audit.actor(entry)
