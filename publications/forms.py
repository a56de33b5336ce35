from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import ChosenContentPermissionForm
from partners.models import partner_for_user


class PublicationPageForm(ChosenContentPermissionForm):
    """A partner's people publish their organisation's work: the partner is among the authors.

    Other organisations may be co-authors (studies are often written together), and
    Communications check the credits when they review the page; but a partner cannot put out a
    publication in other organisations' names alone. A new publication starts with the partner
    as its first author. Communications and translators credit whoever wrote it.
    """

    def __init__(self, *args, instance=None, for_user=None, **kwargs):
        self.author_required = partner_for_user(for_user) if for_user is not None else None
        unbound = not args and kwargs.get("data") is None
        if unbound and instance is not None and instance.pk is None:
            self.start_with_own_organisation(instance)
        super().__init__(*args, instance=instance, for_user=for_user, **kwargs)

    def start_with_own_organisation(self, publication):
        if self.author_required is not None and not publication.authors.all():
            publication.authors = [publication.authors.model(partner=self.author_required)]

    def named_authors(self):
        rows = self.formsets["authors"].forms
        return {
            row.cleaned_data["partner"].translation_key
            for row in rows
            if getattr(row, "cleaned_data", None)
            and not row.cleaned_data.get("DELETE")
            and row.cleaned_data.get("partner") is not None
        }

    def is_valid(self):
        # After the inline rows (the authors) are cleaned, as ChosenContentPermissionForm does.
        valid = super().is_valid()
        if not self.is_bound or self.author_required is None:
            return valid
        if self.author_required.translation_key not in self.named_authors():
            self.add_error(
                None,
                ValidationError(
                    _(
                        "Name your organisation, %(partner)s, among the authors. Other "
                        "organisations that wrote the publication with you may be named too."
                    ),
                    code="own_organisation_not_an_author",
                    params={"partner": self.author_required.title},
                ),
            )
            return False
        return valid
