from django import template
from django.urls import reverse
from wagtail.models import Page, WorkflowState

from editorial.links import may_follow
from editorial.translation_workflow import may_publish, untranslated_texts

register = template.Library()


@register.filter
def linked_for(translation_info, request):
    """wagtail-localize's header links the original's edit view for everyone; translators, who
    may not edit the original, get its name without the link."""
    edit_url = translation_info.get("editUrl")
    return {**translation_info, "editUrl": edit_url if may_follow(request, edit_url) else ""}


@register.inclusion_tag("editorial/translation_actions.html", takes_context=True)
def translation_actions(context):
    """The translation editor's actions of this site (editorial.translation_workflow).

    Those who may not publish get these instead of wagtail-localize's own footer, whose main
    action for them would be "Delete" or "Stop Synced translation"; those who may publish keep
    it, and get here the deliberate way to publish a translation with texts missing.
    """
    request = context["request"]
    translation = context["translation"]
    instance = context["instance"]
    is_page = isinstance(instance, Page)
    state = instance.current_workflow_state if is_page else None
    task_state = state.current_task_state if state is not None else None
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "is_page": is_page,
        "may_publish": may_publish(request.user, instance),
        "missing": untranslated_texts(translation),
        "language": translation.target_locale.get_display_name(),
        "in_review": state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS,
        # wagtail-localize's editor replaces Wagtail's, whose footer has the review's actions.
        "review": review_actions(request.user, instance, task_state),
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk])
        if is_page
        else None,
    }


def review_actions(user, page, task_state):
    """The review task's actions (approve, request changes) that the user may take, with who
    submitted the translation, or None."""
    if task_state is None:
        return None
    actions = [
        {
            "label": label,
            "launch_modal": launch_modal,
            "main": name == "approve" and not launch_modal,
            "url": reverse(
                "wagtailadmin_pages:workflow_action", args=[page.pk, name, task_state.pk]
            ),
        }
        for name, label, launch_modal in task_state.task.specific.get_actions(page, user)
    ]
    if not actions:
        return None
    return {"actions": actions, "submitted_by": task_state.workflow_state.requested_by}
