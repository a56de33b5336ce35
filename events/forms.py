from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import ChosenContentPermissionForm
from partners.models import partner_for_user


class EventHighlightPageForm(ChosenContentPermissionForm):
    """A highlight posted by a partner user always names that user's partner."""

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
