"""The review workflow's e-mails: Wagtail's own notifiers, each e-mail in its recipient's language.

Wagtail writes each e-mail in the recipient's preferred admin language; but someone who chose
none gets the language active when the e-mail goes out, which is the sender's (a partner who
reads the admin in English would have Communications told in English). They get the admin's
default, LANGUAGE_CODE, as Wagtail means its fallback to be. The wording is in our templates
(templates/wagtailadmin/notifications/), because Wagtail has none in Albanian or Serbian.

Ours take the dispatch_uid of Wagtail's: whichever app is ready first, one e-mail goes out per
event (wagtail.admin.signal_handlers connects Wagtail's, which this replaces).
"""

from django.conf import settings
from django.utils.translation import override
from wagtail.admin import mail
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted


class DefaultLanguageWhereNoneChosen:
    def send_notifications(self, template_set, context, recipients, **kwargs):
        with override(settings.LANGUAGE_CODE):
            return super().send_notifications(template_set, context, recipients, **kwargs)


class ReviewRequestedNotifier(
    DefaultLanguageWhereNoneChosen, mail.GroupApprovalTaskStateSubmissionEmailNotifier
):
    """Tells the reviewers (Communications) what waits for them, and who sent it."""

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["requested_by"] = task_state.workflow_state.requested_by
        return context


class SubmittedNotifier(DefaultLanguageWhereNoneChosen, mail.WorkflowStateSubmissionEmailNotifier):
    pass


class ApprovedNotifier(DefaultLanguageWhereNoneChosen, mail.WorkflowStateApprovalEmailNotifier):
    pass


class RejectedNotifier(DefaultLanguageWhereNoneChosen, mail.WorkflowStateRejectionEmailNotifier):
    pass


# Module-level, as signals keep only weak references to their receivers.
NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        ReviewRequestedNotifier(),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        SubmittedNotifier(),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        ApprovedNotifier(),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        RejectedNotifier(),
    ),
]

for signal, sender, dispatch_uid, notifier in NOTIFIERS:
    # Before wagtail.admin is ready, there is nothing to disconnect, and its own connect under
    # the same dispatch_uid is then ignored.
    signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
    signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid)
