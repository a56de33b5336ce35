from django import forms
from django.utils.translation import gettext_lazy as _

from partners.models import PartnerPage


class NewsFilterForm(forms.Form):
    """Category, partner and year filters of a news index, offered in the index's language.

    Category values are the category's slug, which is the same in every language; partner values
    are the id of the partner page in this language.
    """

    category = forms.ChoiceField(label=_("Category"), required=False)
    partner = forms.TypedChoiceField(
        label=_("Partner"), required=False, coerce=int, empty_value=None
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, locale, articles):
        from news.models import NewsCategory

        super().__init__(data)
        self.categories = {
            category.slug: category for category in NewsCategory.objects.filter(locale=locale)
        }
        self.partners = {
            partner.pk: partner
            for partner in PartnerPage.objects.in_locale(locale).order_by("title").only("title")
        }
        self.fields["category"].choices = [("", _("All categories"))] + [
            (slug, category.name) for slug, category in self.categories.items()
        ]
        self.fields["partner"].choices = [("", _("All partners"))] + [
            (pk, partner.title) for pk, partner in self.partners.items()
        ]
        self.fields["year"].choices = [("", _("All years"))] + [
            (day.year, str(day.year)) for day in articles.dates("date", "year", order="DESC")
        ]

    @property
    def is_filtering(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def filter(self, articles):
        """The articles that match every chosen filter (call only on a valid form)."""
        chosen = self.cleaned_data
        if chosen["category"]:
            articles = articles.filter(
                categories__category__translation_key=self.categories[
                    chosen["category"]
                ].translation_key
            )
        if chosen["partner"]:
            articles = articles.about_partner(self.partners[chosen["partner"]])
        if chosen["year"]:
            articles = articles.filter(date__year=chosen["year"])
        return articles
