"""factory_boy factories for every page type, snippet and picture; pass parent= to place a page.

Texts are Albanian, the source language; translations are made through wagtail-localize (see
tests/site_tree.py), never by creating pages in another locale directly.
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Collection, Locale

from core.models import Footer, NavigationMenu
from core.slugs import readable_slugify
from events.models import (
    EventHighlightPage,
    EventHighlightPhoto,
    EventIndexPage,
    EventPage,
    EventSeries,
)
from home.models import HomePage, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage, ProjectPage
from publications.models import PublicationIndexPage, PublicationKind, PublicationPage


def paragraph(text):
    """A body of one paragraph, as StreamField data."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def source_locale():
    return Locale.get_default()


class ImageFactory(wagtail_factories.ImageFactory):
    """A photo; `file__width` and `file__height` choose its size."""

    title = factory.Sequence(lambda n: f"Foto {n}")
    # In the root collection, where the site keeps its media, rather than a collection beside it.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=1200, height=700, color="teal")


class LogoFactory(ImageFactory):
    title = factory.Sequence(lambda n: f"Logo {n}")
    file = factory.django.ImageField(width=200, height=200, color="navy", format="PNG")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Raport {n}")
    file = factory.django.FileField(filename="raport.txt", data=b"Raporti vjetor.")


class SitePageFactory(wagtail_factories.PageFactory):
    """Pages get the slug the site would give their title."""

    slug = factory.LazyAttribute(lambda page: readable_slugify(page.title))

    class Meta:
        abstract = True


class HomePageFactory(SitePageFactory):
    title = "Ballina"
    hero_heading = "Çdo fëmijë në shkollë"
    hero_intro = "Një rrjet organizatash që i mban fëmijët në shkollë."

    class Meta:
        model = HomePage


class StandardPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Faqe standarde {n}")
    intro = "Një hyrje e shkurtër."
    body = factory.LazyFunction(lambda: paragraph("Tekst i faqes."))

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(SitePageFactory):
    title = "Lajme"
    intro = "Lajmet e rrjetit."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Lajm {n}")
    date = factory.LazyFunction(timezone.localdate)
    intro = "Përmbledhje e lajmit."
    body = factory.LazyFunction(lambda: paragraph("Teksti i lajmit."))

    class Meta:
        model = NewsPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kategoria {n}")
    slug = factory.Sequence(lambda n: f"kategoria-{n}")
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = NewsCategory


class PartnerIndexPageFactory(SitePageFactory):
    title = "Partnerët"
    intro = "Organizatat e rrjetit dhe partnerët e tij."

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Organizata {n}")
    acronym = factory.Sequence(lambda n: f"ORG{n}")
    kind = PartnerKind.MEMBER
    summary = "Një organizatë që punon për arsimin e fëmijëve."

    class Meta:
        model = PartnerPage

    class Params:
        # The European Union (or its Office in Kosovo): pages it funds show the EU emblem.
        european_union = factory.Trait(kind=PartnerKind.DONOR, is_european_union=True)


class ProjectPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Projekt {n}")
    intro = "Një projekt i përbashkët."
    start_date = datetime.date(2007, 2, 6)
    end_date = datetime.date(2008, 8, 6)

    class Meta:
        model = ProjectPage


class EventIndexPageFactory(SitePageFactory):
    title = "Ngjarjet"
    intro = "Ngjarjet e rrjetit."

    class Meta:
        model = EventIndexPage


class EventSeriesFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Seria {n}")
    slug = factory.Sequence(lambda n: f"seria-{n}")
    locale = factory.LazyFunction(source_locale)

    class Meta:
        model = EventSeries


class EventPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Ngjarje {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue = "Salla e konferencave"
    city = "Prishtinë"
    intro = "Një takim i rrjetit."

    class Meta:
        model = EventPage

    class Params:
        in_the_past = factory.Trait(
            start=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
        )


class EventHighlightPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Nga ngjarja {n}")
    summary = "Çfarë ndodhi në ngjarje."
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = EventHighlightPage


class EventHighlightPhotoFactory(factory.django.DjangoModelFactory):
    """A photo of a highlight: pass page= (saved) or add it to page.photos before saving."""

    image = factory.SubFactory(ImageFactory)
    alt_text = "Pjesëmarrës në një tryezë"
    caption = "Gjatë diskutimit."

    class Meta:
        model = EventHighlightPhoto


class PublicationIndexPageFactory(SitePageFactory):
    title = "Publikime"
    intro = "Studimet, politikat dhe materialet e trajnimit të rrjetit."

    class Meta:
        model = PublicationIndexPage


class PublicationPageFactory(SitePageFactory):
    title = factory.Sequence(lambda n: f"Publikim {n}")
    kind = PublicationKind.REPORT
    date = factory.LazyFunction(timezone.localdate)
    summary = "Çfarë gjeti rrjeti dhe çfarë propozon."
    document = factory.SubFactory(DocumentFactory)

    class Meta:
        model = PublicationPage


def menu_items(pages):
    """StreamField data for menu or footer links to `pages`, with their own titles."""
    return [{"type": "item", "value": {"page": page.pk, "label": ""}} for page in pages]


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(source_locale)
    items = factory.LazyFunction(list)

    class Meta:
        model = NavigationMenu


class FooterFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(source_locale)
    about = "Rrjeti punon që çdo fëmijë të jetë në shkollë."
    address = "Rruga e Shkollës 1\nPrishtinë"
    email = "info@example.org"
    phone = "+383 38 000 000"
    links = factory.LazyFunction(list)

    class Meta:
        model = Footer
