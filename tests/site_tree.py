"""The small site that every test starts from, built once per test session with factories.

One page of every type (two where a listing needs more), the snippets, the editorial roles, and
pictures whose renditions are made up front. Everything is written in Albanian and translated
into Serbian and English through wagtail-localize, as a translator would, and published. Each
translated string is the Albanian one marked with its language ("Lajme (en)"), and each translated
slug the Albanian slug with the language's code ("lajme-en"), so a test can tell the languages
apart at a glance.

Tests take what they need with the `tree` fixture: tree("article", "en") is the English version of
the tree's main article. A test that needs other data builds it with the factories.
"""

import datetime
import uuid

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.images import prepare_renditions
from core.translation import translate_object
from editorial.roles import setup_roles
from events.models import EventHighlightPage, EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage, ProjectPage, ProjectRole
from publications.models import PublicationIndexPage, PublicationKind, PublicationPage

from . import factories

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TARGET_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
KOSOVO = timezone.get_default_timezone()
# The tree's pages in tree order; each is live and public in every language.
TREE_PAGES = [
    "home",
    "contact",
    "about",
    "partner_index",
    "kec",
    "sbashk",
    "donor",
    "project",
    "event_index",
    "upcoming_event",
    "past_event",
    "highlight",
    "news_index",
    "article",
    "older_article",
    "publication_index",
    "publication",
]
# Every page type of the site, with the tree's page of that type.
TREE_PAGE_OF_TYPE = {
    HomePage: "home",
    StandardPage: "about",
    NewsIndexPage: "news_index",
    NewsPage: "article",
    PartnerIndexPage: "partner_index",
    PartnerPage: "kec",
    ProjectPage: "project",
    EventIndexPage: "event_index",
    EventPage: "upcoming_event",
    EventHighlightPage: "highlight",
    PublicationIndexPage: "publication_index",
    PublicationPage: "publication",
}


def translated_string(language):
    """How the tree translates a string found at `context` into `language`."""

    def translate(context, text):
        if context == "slug":
            return f"{text}-{language}"
        return f"{text} ({language})"

    return translate


def list_items(values):
    """ListBlock data as Wagtail stores it: each item with its own id, which wagtail-localize
    needs to translate the item."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def every_block_body(tree):
    """A StreamField body with one block of every kind but the embed (which needs the network)."""
    photo = tree.objects["photo"]
    return [
        {"type": "heading", "value": {"text": "Kush jemi", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Rrjeti mbron të drejtën e fëmijëve për arsim.</p>"},
        {
            "type": "figure",
            "value": {
                "image": {"image": photo.pk, "alt_text": "Fëmijë në klasë", "decorative": False},
                "caption": "Një orë mësimi.",
            },
        },
        {
            "type": "quote",
            "value": {"text": "Asnjë fëmijë jashtë shkollës.", "attribution": "Drejtoresha"},
        },
        {
            "type": "gallery",
            "value": {
                "heading": "Fotografi",
                "images": list_items(
                    [
                        {
                            "image": {"image": photo.pk, "alt_text": "Mësues", "decorative": False},
                            "caption": "Trajnim.",
                        }
                    ]
                ),
            },
        },
        {
            "type": "document",
            "value": {"document": tree.objects["report"].pk, "label": "Raporti vjetor"},
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Na shkruani",
                "text": "Jemi këtu për shkollat.",
                "page": tree.objects["contact"].pk,
                "url": "",
                "button_label": "Kontakti",
            },
        },
        {
            "type": "table",
            "value": {
                "caption": "Braktisja sipas viteve",
                "has_header_row": True,
                "rows": list_items(
                    list_items(row) for row in [["Viti", "Fëmijë"], ["2023", "120"], ["2024", "95"]]
                ),
            },
        },
    ]


class SiteTreeBuilder:
    """Builds the tree in the source language, then translates and publishes it."""

    def __init__(self):
        self.objects = {}

    def add(self, name, instance):
        self.objects[name] = instance
        return instance

    def build(self):
        # Wagtail indexes an object's references at every save, several times per page here;
        # once at the end gives the same index (Wagtail's documented way for bulk changes).
        with disable_reference_index_auto_update():
            with transaction.atomic():
                self.build_source()
            for instance in self.objects.values():
                if hasattr(instance, "translation_key"):
                    for language in TARGET_LANGUAGES:
                        translate_object(
                            instance,
                            Locale.objects.get(language_code=language),
                            translated_string(language),
                        )
        call_command("rebuild_references_index", verbosity=0)
        self.prepare_pictures()
        setup_roles()
        return {
            name: [instance._meta.label, str(getattr(instance, "translation_key", instance.pk))]
            for name, instance in self.objects.items()
        }

    def build_source(self):
        # Pictures, documents and snippets come first: pages refer to them.
        self.add("photo", factories.ImageFactory(title="Fëmijë në klasë"))
        self.add("logo", factories.LogoFactory(title="Logo e KEC"))
        self.add("report", factories.DocumentFactory(title="Raporti vjetor"))
        self.add("advocacy", factories.NewsCategoryFactory(name="Avokim", slug="advocacy"))
        self.add("events_category", factories.NewsCategoryFactory(name="Ngjarje", slug="events"))
        self.add(
            "series",
            factories.EventSeriesFactory(
                name="Java për parandalimin e braktisjes",
                slug="dropout-week",
                description="Java vjetore kundër braktisjes së shkollës.",
            ),
        )
        self.build_pages()
        self.add(
            "menu",
            factories.NavigationMenuFactory(
                items=factories.menu_items(
                    self.objects[name]
                    for name in ("about", "news_index", "partner_index", "event_index")
                )
            ),
        )
        self.add(
            "footer",
            factories.FooterFactory(
                links=factories.menu_items([self.objects["about"], self.objects["contact"]])
            ),
        )
        for snippet in (self.objects["menu"], self.objects["footer"]):
            snippet.save_revision().publish()

    def build_pages(self):
        home = self.add(
            "home",
            factories.HomePageFactory(
                parent=Page.get_first_root_node(),
                slug=settings.LANGUAGE_CODE,
                hero_image=self.objects["photo"],
                hero_image_alt="Fëmijë me çanta shkollore",
            ),
        )
        make_site_root(home)
        self.add("contact", factories.StandardPageFactory(parent=home, title="Kontakti"))
        self.add(
            "about",
            factories.StandardPageFactory(
                parent=home,
                title="Rreth nesh",
                intro="Kush jemi dhe çfarë bëjmë.",
                listing_image=self.objects["photo"],
                listing_image_alt="Partnerët e rrjetit rreth një tryeze",
            ),
        )
        self.build_partners(home)
        self.build_events(home)
        self.build_news(home)
        self.build_publications(home)
        # Blocks may point at any page, so bodies come once every page exists.
        self.objects["about"].body = every_block_body(self)
        # As editors do: every page is published from a revision, which dates its publishing.
        for page in self.objects.values():
            if isinstance(page, Page):
                page.save_revision().publish()

    def build_partners(self, home):
        index = self.add("partner_index", factories.PartnerIndexPageFactory(parent=home))
        self.add(
            "kec",
            factories.PartnerPageFactory(
                parent=index,
                title="Qendra për Arsim e Kosovës",
                acronym="KEC",
                logo=self.objects["logo"],
                summary="Organizatë joqeveritare për arsimin.",
                website="https://kec.example.org/",
                email="kec@example.org",
                city="Prishtinë",
            ),
        )
        self.add(
            "sbashk",
            factories.PartnerPageFactory(
                parent=index, title="Sindikata e Bashkuar e Arsimit", acronym="SBASHK"
            ),
        )
        self.add(
            "donor",
            factories.PartnerPageFactory(
                parent=index,
                title="Bashkimi Evropian",
                acronym="BE",
                kind=PartnerKind.DONOR,
                is_european_union=True,
            ),
        )
        project = factories.ProjectPageFactory.build(
            title="Pjesëmarrja e fëmijëve në arsim",
            aims=factories.paragraph("Më shumë fëmijë në shkollë."),
            activities=factories.paragraph("Trajnime dhe takime."),
            results=factories.paragraph("Politika të reja."),
        )
        project.funders.create(partner=self.objects["donor"])
        project.partners.create(partner=self.objects["kec"], role=ProjectRole.IMPLEMENTER)
        project.partners.create(partner=self.objects["sbashk"], role=ProjectRole.BENEFICIARY)
        index.add_child(instance=project)
        self.add("project", project)

    def build_events(self, home):
        index = self.add("event_index", factories.EventIndexPageFactory(parent=home))
        upcoming = factories.EventPageFactory.build(
            title="Trajnim për mësuesit",
            start=timezone.now() + datetime.timedelta(days=10),
            end=timezone.now() + datetime.timedelta(days=10, hours=3),
            registration_link="https://example.org/regjistrohu",
            listing_image=self.objects["photo"],
            listing_image_alt="Mësues në trajnim",
            series=self.objects["series"],
        )
        upcoming.organisers.create(partner=self.objects["kec"])
        upcoming.supporters.create(partner=self.objects["donor"])
        index.add_child(instance=upcoming)
        self.add("upcoming_event", upcoming)

        past = factories.EventPageFactory.build(
            title="Java kundër braktisjes 2024",
            start=datetime.datetime(2024, 11, 25, tzinfo=KOSOVO),
            end=datetime.datetime(2024, 11, 29, 23, 59, tzinfo=KOSOVO),
            all_day=True,
            series=self.objects["series"],
        )
        past.organisers.create(partner=self.objects["kec"])
        past.organisers.create(partner=self.objects["sbashk"])
        index.add_child(instance=past)
        self.add("past_event", past)

        highlight = factories.EventHighlightPageFactory.build(
            title="Paneli i mbylljes",
            date=datetime.date(2024, 11, 27),
            summary="Zyrtarët dhe shkollat folën për braktisjen.",
            posted_by=self.objects["kec"],
            quotes=[
                {
                    "type": "quote",
                    "value": {"text": "Çdo fëmijë ka vend në shkollë.", "attribution": "Mësuese"},
                }
            ],
        )
        highlight.photos.add(
            factories.EventHighlightPhotoFactory.build(image=self.objects["photo"])
        )
        past.add_child(instance=highlight)
        self.add("highlight", highlight)

    def build_news(self, home):
        index = self.add("news_index", factories.NewsIndexPageFactory(parent=home))
        article = factories.NewsPageFactory.build(
            title="Java kundër braktisjes u mbyll",
            date=datetime.date(2024, 11, 29),
            intro="Edicioni i tretë i Javës kundër braktisjes së shkollës u mbyll në Prishtinë.",
            listing_image=self.objects["photo"],
            listing_image_alt="Paneli i mbylljes",
            related_event=self.objects["past_event"],
        )
        article.categories.create(category=self.objects["advocacy"])
        article.categories.create(category=self.objects["events_category"])
        article.related_partners.create(partner=self.objects["kec"])
        index.add_child(instance=article)
        self.add("article", article)

        older = factories.NewsPageFactory.build(
            title="Rrjeti u themelua",
            date=datetime.date(2008, 4, 22),
            intro="Tri organizata bashkohen në një rrjet.",
        )
        older.categories.create(category=self.objects["advocacy"])
        index.add_child(instance=older)
        self.add("older_article", older)

    def build_publications(self, home):
        index = self.add("publication_index", factories.PublicationIndexPageFactory(parent=home))
        publication = factories.PublicationPageFactory.build(
            title="Braktisja e shkollës në komuna",
            kind=PublicationKind.STUDY,
            date=datetime.date(2024, 11, 20),
            summary="Si i ndjekin komunat nxënësit në rrezik braktisjeje.",
            document=self.objects["report"],
        )
        publication.authors.create(partner=self.objects["kec"])
        publication.related_pages.create(related_page=self.objects["project"])
        publication.related_pages.create(related_page=self.objects["past_event"])
        index.add_child(instance=publication)
        self.add("publication", publication)

    def prepare_pictures(self):
        prepare_renditions(self.objects["photo"], ["card", "figure", "hero"])
        prepare_renditions(self.objects["logo"], ["logo"])


def make_site_root(home):
    """The default site serves `home`, in place of Wagtail's welcome page."""
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()


def build_site_tree():
    """Build the tree; returns {name: [model label, translation key or primary key]}, as JSON
    can hold it (tests/shared_run.py saves it), for SiteTree."""
    return SiteTreeBuilder().build()


class SiteTree:
    """Finds the tree's objects for one test: tree("article", "en"), tree("photo")."""

    def __init__(self, keys):
        self.keys = keys
        self.found = {}

    def __call__(self, name, language=settings.LANGUAGE_CODE):
        if (name, language) not in self.found:
            label, key = self.keys[name]
            model = apps.get_model(label)
            if hasattr(model, "translation_key"):
                instance = model.objects.get(translation_key=key, locale__language_code=language)
            else:
                instance = model.objects.get(pk=key)
            self.found[name, language] = instance
        return self.found[name, language]

    def all(self, name):
        """{language code: the object in that language}."""
        return {language: self(name, language) for language in LANGUAGES}
