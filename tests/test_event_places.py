"""An event's place names the venue and the city, but a place only once, in every language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from icalendar import Calendar
from wagtail.models import Locale

from core.translation import translate_object
from events.places import place_line

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string

# (venue, city) as the demo content writes them: the venue already says where.
ACROSS_KOSOVO = {
    "sq": ("Shkolla dhe komuna anembanë Kosovës", "Anembanë Kosovës"),
    "sr-latn": ("Škole i opštine širom Kosova", "Širom Kosova"),
    "en": ("Schools and municipalities across Kosovo", "Across Kosovo"),
}
# A venue in a city: both are worth saying.
HOTEL_IN_PRISHTINA = {
    "sq": ("Hotel Sirius", "Prishtinë"),
    "sr-latn": ("Hotel Sirius", "Priština"),
    "en": ("Hotel Sirius", "Pristina"),
}


def event_in_every_language(tree, capture_on_commit, places):
    """An event at `places` ({language: (venue, city)}), translated and published."""
    venue, city = places["sq"]
    event = factories.EventPageFactory(parent=tree("event_index"), venue=venue, city=city)

    def translate(language):
        texts = dict(zip(places["sq"], places[language], strict=True))
        fallback = translated_string(language)
        return lambda context, text: texts.get(text) or fallback(context, text)

    with capture_on_commit(execute=True):
        for language in LANGUAGES[1:]:
            translate_object(event, Locale.objects.get(language_code=language), translate(language))
    return {
        language: event.get_translation(Locale.objects.get(language_code=language))
        for language in LANGUAGES
    }


def where_on_the_page(client, event):
    """The "Where" of the event page's facts."""
    html = client.get(event.url).content.decode()
    facts = html.split('<dl class="facts">', 1)[1].split("</dl>", 1)[0]
    with translation.override(event.locale.language_code):
        where = gettext("Where")
    return dict(re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", facts, re.DOTALL))[where]


def location_in_the_calendar(client, event):
    with translation.override(event.locale.language_code):
        url = reverse("event_ics", kwargs={"page_id": event.pk})
    (component,) = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    return str(component["LOCATION"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_venue_that_names_its_city_is_the_whole_place(
    client, tree, django_capture_on_commit_callbacks, language
):
    events = event_in_every_language(tree, django_capture_on_commit_callbacks, ACROSS_KOSOVO)
    venue, _city = ACROSS_KOSOVO[language]

    assert where_on_the_page(client, events[language]) == venue
    assert location_in_the_calendar(client, events[language]) == venue


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_venue_in_a_city_is_followed_by_the_city(
    client, tree, django_capture_on_commit_callbacks, language
):
    events = event_in_every_language(tree, django_capture_on_commit_callbacks, HOTEL_IN_PRISHTINA)
    place = ", ".join(HOTEL_IN_PRISHTINA[language])

    assert where_on_the_page(client, events[language]) == place
    assert location_in_the_calendar(client, events[language]) == place


@pytest.mark.parametrize(
    ("venue", "city", "line"),
    [
        (
            "Shkolla dhe komuna anembanë Kosovës",
            "Anembanë Kosovës",
            "Shkolla dhe komuna anembanë Kosovës",
        ),
        # Diacritics and the Serbian đ, written with or without them, are the same letters.
        ("Sala opštine Đakovica", "Djakovica", "Sala opštine Đakovica"),
        ("Qendra e kulturës, Prishtine", "Prishtinë", "Qendra e kulturës, Prishtine"),
        # A city that holds the whole venue is the place itself.
        ("Prishtinë", "Prishtinë", "Prishtinë"),
        ("Gjilan", "Komuna e Gjilanit, Gjilan", "Komuna e Gjilanit, Gjilan"),
        # Only whole words count: "Peja" is no part of "Pejaton".
        ("Salla Pejaton", "Peja", "Salla Pejaton, Peja"),
        ("Salla e konferencave", "", "Salla e konferencave"),
        ("", "Prizren", "Prizren"),
        ("", "", ""),
    ],
)
def test_place_line_names_each_place_once(venue, city, line):
    assert place_line(venue, city) == line
