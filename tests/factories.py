"""factory_boy factories for every page type and snippet; pass parent= to place a page."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from events.models import EventHighlightPage, EventIndexPage, EventPage, EventSeries
from home.models import HomePage, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage, ProjectPage


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Ballina"
    hero_heading = "Çdo fëmijë në shkollë"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Faqe standarde {n}")
    intro = "Një hyrje e shkurtër."
    body = factory.LazyFunction(lambda: paragraph("Tekst i faqes."))

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lajme"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lajm {n}")
    date = factory.LazyFunction(timezone.localdate)
    intro = "Përmbledhje e lajmit."
    body = factory.LazyFunction(lambda: paragraph("Teksti i lajmit."))

    class Meta:
        model = NewsPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.Sequence(lambda n: f"kategoria-{n}")

    class Meta:
        model = NewsCategory


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partnerët"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Organizata {n}")
    acronym = factory.Sequence(lambda n: f"ORG{n}")
    kind = PartnerKind.MEMBER
    summary = "Një organizatë që punon për arsimin e fëmijëve."

    class Meta:
        model = PartnerPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    start_date = datetime.date(2007, 2, 6)
    end_date = datetime.date(2008, 8, 6)

    class Meta:
        model = ProjectPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ngjarjet"

    class Meta:
        model = EventIndexPage


class EventSeriesFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Seria {n}")
    slug = factory.Sequence(lambda n: f"seria-{n}")

    class Meta:
        model = EventSeries


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ngjarje {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue = "Salla e konferencave"
    city = "Prishtinë"

    class Meta:
        model = EventPage

    class Params:
        in_the_past = factory.Trait(
            start=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
        )


class EventHighlightPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nga ngjarja {n}")
    summary = "Çfarë ndodhi në ngjarje."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = EventHighlightPage
