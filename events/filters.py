from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import PartnerPage


class EventFilterForm(forms.Form):
    """Series and organiser filters of an event index, offered in the index's language.

    Series values are the series' slug, the same in every language; organiser values are the id
    of the partner page in this language.
    """

    series = forms.ChoiceField(label=_("Series"), required=False)
    organiser = forms.TypedChoiceField(
        label=_("Organiser"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data, *, locale):
        from events.models import EventSeries

        super().__init__(data)
        self.series = {series.slug: series for series in EventSeries.objects.filter(locale=locale)}
        self.organisers = {
            partner.pk: partner
            for partner in PartnerPage.objects.in_locale(locale).order_by("title").only("title")
        }
        self.fields["series"].choices = [("", _("All series"))] + [
            (slug, series.name) for slug, series in self.series.items()
        ]
        self.fields["organiser"].choices = [("", _("All organisers"))] + [
            (pk, partner.title) for pk, partner in self.organisers.items()
        ]

    @property
    def is_filtering(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def filter(self, events):
        """The events that match every chosen filter (call only on a valid form)."""
        chosen = self.cleaned_data
        if chosen["series"]:
            events = events.filter(
                series__translation_key=self.series[chosen["series"]].translation_key
            )
        if chosen["organiser"]:
            events = events.organised_by(self.organisers[chosen["organiser"]])
        return events
