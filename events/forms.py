from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import ChosenContentPermissionForm
from partners.models import partner_for_user


class EventHighlightPageForm(ChosenContentPermissionForm):
    """A highlight posted by a partner user always names that user's partner; a new one is dated
    the day its event starts, in Kosovo time, rather than the day it is written."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        # The parent is an EventPage; this module cannot import it (events.models imports this).
        event_start = getattr(parent_page, "start", None)
        if self.instance.pk is None and event_start is not None:
            self.initial["date"] = timezone.localdate(event_start)

    def clean(self):
        cleaned_data = super().clean()
        if "posted_by" not in self.fields:
            partner = partner_for_user(self.for_user)
            if partner is None:
                raise ValidationError(
                    _("Your account belongs to no partner organisation; ask Communications.")
                )
            self.instance.posted_by = partner
        return cleaned_data
