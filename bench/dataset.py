"""The benchmark's dataset: the demo site, grown to thousands of pages in every language.

`load_demo_content` gives the site, its three language trees, menus, footers, categories, series
and pictures with their renditions; then 5,000 articles, 500 events, 2,000 highlights and 60
partners (counting the demo's) are written per language with bulk inserts, as a translated site
holds them: one translation key per page across the languages, each copy under its language's
index, links pointing at the Albanian page that was chosen (as wagtail-localize leaves them).
Wagtail's tree is a materialised path (treebeard's MP_Node), so each page's path, depth and
url_path are computed here and the parents' child counts fixed afterwards. Saving pages one by
one through Wagtail would take an hour; this takes seconds. A fixed seed makes it repeatable.
"""

import datetime
import functools
import io
import operator
import random
import time
import uuid
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchVector
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.images.models import Image
from wagtail.models import Locale, Page

from core.slugs import readable_slugify
from events.models import (
    EventFunder,
    EventHighlightPage,
    EventHighlightPhoto,
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSeries,
    EventSupporter,
)
from home.models import HomePage
from news.models import (
    NEWS_PER_PAGE,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    NewsPageCategory,
    NewsPageFunder,
    NewsPagePartner,
)
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage, ProjectPage
from search.indexing import field_texts
from search.models import SearchDocument, text_search_config, uses_full_text_search
from search.text import index_words

SEED = 13
SIZES = {NewsPage: 5000, EventPage: 500, EventHighlightPage: 2000, PartnerPage: 60}
# A word of many articles' and events' titles, as a reader would type it.
SEARCH_WORD = "braktisjes"

# The thirteen towns of the synthetic partners and events, in each language.
CITIES = {
    code: names.split(", ")
    for code, names in {
        "sq": "Prishtinë, Prizren, Pejë, Gjakovë, Mitrovicë, Ferizaj, Gjilan, Vushtrri, "
        "Podujevë, Rahovec, Suharekë, Malishevë, Lipjan",
        "sr-latn": "Priština, Prizren, Peć, Đakovica, Mitrovica, Uroševac, Gnjilane, Vučitrn, "
        "Podujevo, Orahovac, Suva Reka, Mališevo, Lipljan",
        "en": "Pristina, Prizren, Peja, Gjakova, Mitrovica, Ferizaj, Gjilan, Vushtrri, "
        "Podujevo, Rahovec, Suhareka, Malisheva, Lipjan",
    }.items()
}
CITY_CODES = ["PR", "PZ", "PE", "GJ", "MI", "FE", "GI", "VU", "PO", "RA", "SU", "MA", "LI"]

# Each list holds the same phrases in the same order in every language, so that a page and its
# translations say the same.
TEXTS = {
    "sq": {
        "topics": [
            "parandalimi i braktisjes",
            "arsimi gjithëpërfshirës",
            "pjesëmarrja e fëmijëve",
            "arsimi parashkollor",
            "protokolli shtetëror",
            "regjistrimi në shkollë",
            "të drejtat e fëmijëve",
        ],
        "news": [
            "takim i ekipeve komunale",
            "raport i ri",
            "vizitë në shkolla",
            "thirrje për veprim",
            "trajnim për mësimdhënës",
            "fushatë me prindërit",
        ],
        "events": ["Tryezë", "Punëtori", "Konferencë", "Trajnim"],
        "highlights": [
            "Përshtypje nga dita e parë",
            "Zërat e pjesëmarrësve",
            "Çfarë mësuam",
            "Puna në grupe",
        ],
        "organisations": [
            "Shoqata për Arsim {city}",
            "Qendra për të Drejtat e Fëmijëve {city}",
            "Forumi i Prindërve {city}",
            "Rrjeti i Mësimdhënësve {city}",
        ],
        "organisation_summary": (
            "Organizatë e shoqërisë civile që punon me shkollat dhe familjet në {city}."
        ),
        "sentences": [
            "Takimi mblodhi mësimdhënës, prindër dhe përfaqësues të komunës.",
            "Pjesëmarrësit diskutuan për pengesat që i mbajnë fëmijët larg shkollës.",
            "Ekipet komunale për parandalimin e braktisjes prezantuan të dhënat e fundit.",
            "Organizatat e rrjetit do të vazhdojnë të punojnë me shkollat gjatë vitit.",
            "Fëmijët nga komunitetet pakicë kanë nevojë për mbështetje të veçantë.",
            "Raporti i ri tregon përparim në regjistrimin e fëmijëve në arsimin parashkollor.",
        ],
        "heading": "Çfarë u diskutua",
        "venue": "Salla e Kuvendit Komunal",
        "photo": "Pjesëmarrës të ngjarjes duke punuar në grupe",
    },
    "sr-latn": {
        "topics": [
            "prevencija napuštanja škole",
            "inkluzivno obrazovanje",
            "učešće dece",
            "predškolsko obrazovanje",
            "državni protokol",
            "upis u školu",
            "prava deteta",
        ],
        "news": [
            "sastanak opštinskih timova",
            "novi izveštaj",
            "posete školama",
            "poziv na akciju",
            "obuka za nastavnike",
            "kampanja sa roditeljima",
        ],
        "events": ["Okrugli sto", "Radionica", "Konferencija", "Obuka"],
        "highlights": [
            "Utisci sa prvog dana",
            "Glasovi učesnika",
            "Šta smo naučili",
            "Rad u grupama",
        ],
        "organisations": [
            "Udruženje za obrazovanje {city}",
            "Centar za prava deteta {city}",
            "Forum roditelja {city}",
            "Mreža nastavnika {city}",
        ],
        "organisation_summary": (
            "Organizacija civilnog društva koja radi sa školama i porodicama ({city})."
        ),
        "sentences": [
            "Sastanak je okupio nastavnike, roditelje i predstavnike opštine.",
            "Učesnici su razgovarali o preprekama koje decu drže dalje od škole.",
            "Opštinski timovi za prevenciju napuštanja škole predstavili su najnovije podatke.",
            "Organizacije mreže nastaviće da rade sa školama tokom godine.",
            "Deci iz manjinskih zajednica potrebna je posebna podrška.",
            "Novi izveštaj pokazuje napredak u upisu dece u predškolsko obrazovanje.",
        ],
        "heading": "O čemu se razgovaralo",
        "venue": "Sala Skupštine opštine",
        "photo": "Učesnici događaja rade u grupama",
    },
    "en": {
        "topics": [
            "dropout prevention",
            "inclusive education",
            "children's participation",
            "preschool education",
            "the state protocol",
            "school enrolment",
            "children's rights",
        ],
        "news": [
            "municipal teams meet",
            "a new report",
            "school visits",
            "a call to action",
            "training for teachers",
            "a campaign with parents",
        ],
        "events": ["Round table", "Workshop", "Conference", "Training"],
        "highlights": [
            "Impressions from the first day",
            "Participants' voices",
            "What we learned",
            "Working in groups",
        ],
        "organisations": [
            "{city} Education Association",
            "{city} Children's Rights Centre",
            "{city} Parents' Forum",
            "{city} Teachers' Network",
        ],
        "organisation_summary": (
            "A civil-society organisation working with schools and families in {city}."
        ),
        "sentences": [
            "The meeting brought together teachers, parents and municipal representatives.",
            "Participants discussed the barriers that keep children away from school.",
            "Municipal teams for dropout prevention presented the latest data.",
            "The network's organisations will keep working with schools throughout the year.",
            "Children from minority communities need particular support.",
            "A new report shows progress in enrolling children in preschool education.",
        ],
        "heading": "What was discussed",
        "venue": "Municipal Assembly hall",
        "photo": "Participants at the event working in groups",
    },
}
ORGANISATION_CODES = ["EA", "CRC", "PF", "TN"]
# Of every 20 partners: 12 members, 3 expert partners, 2 public authorities, 3 donors.
KINDS = [PartnerKind.MEMBER] * 12 + [PartnerKind.EXPERT] * 3 + [PartnerKind.AUTHORITY] * 2
KINDS += [PartnerKind.DONOR] * 3


def build():
    """Migrate the empty database named by DATABASE_URL and fill it.

    Returns the seconds each step took and how many pages of each type the database holds.
    """
    seconds = {}
    steps = [
        ("migrate", lambda: call_command("migrate", verbosity=0)),
        ("demo content", lambda: call_command("load_demo_content", stdout=io.StringIO())),
        ("synthetic pages", lambda: Builder(random.Random(SEED)).build()),
    ]
    for name, step in steps:
        started = time.perf_counter()
        step()
        seconds[name] = round(time.perf_counter() - started, 1)
    if connection.vendor == "postgresql":
        # Bulk inserts leave the planner's statistics behind; a production database has them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    counts = {
        model.__name__: model.objects.count()
        for model in (NewsPage, EventPage, EventHighlightPage, PartnerPage, Page, Image)
    }
    return seconds, counts


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.locales = list(Locale.objects.order_by("pk"))
        self.source = Locale.get_default()
        self.now = timezone.now()
        self.photos = list(Image.objects.filter(width__gt=F("height")).values_list("pk", flat=True))
        self.logos = list(Image.objects.filter(width=F("height")).values_list("pk", flat=True))
        self.categories = list(
            NewsCategory.objects.filter(locale=self.source).values_list("pk", flat=True)
        )
        self.series = list(
            EventSeries.objects.filter(locale=self.source).values_list("pk", flat=True)
        )
        self.new_pages = []
        self.links = defaultdict(list)

    def build(self):
        with transaction.atomic():
            partners = self.add_partners()
            events = self.add_events(partners)
            self.add_highlights(events, partners)
            self.add_news(events, partners)
            for model, rows in self.links.items():
                model.objects.bulk_create(rows, batch_size=1000)
            self.index(self.new_pages)

    # Random choices, drawn once per translation set so that every language gets the same.

    def key(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def missing(self, model):
        return SIZES[model] - model.objects.filter(locale=self.source).count()

    def body(self, paragraphs):
        """Raw StreamField data (heading, paragraphs) in each language, one set of block ids."""
        ids = [str(self.key()) for _ in range(paragraphs + 1)]
        picks = [self.rng.sample(range(6), 4) for _ in range(paragraphs)]
        return {
            code: [
                {
                    "type": "heading",
                    "value": {"text": texts["heading"], "level": "h2"},
                    "id": ids[0],
                }
            ]
            + [
                {
                    "type": "paragraph",
                    "value": "<p>" + " ".join(texts["sentences"][i] for i in pick) + "</p>",
                    "id": block_id,
                }
                for block_id, pick in zip(ids[1:], picks, strict=True)
            ]
            for code, texts in TEXTS.items()
        }

    def past_moment(self, years):
        return self.now - datetime.timedelta(minutes=self.rng.randint(60, years * 365 * 24 * 60))

    def link(self, model, copies, **fields):
        for page in copies:
            self.links[model].append(model(page_id=page.pk, **fields))

    # Page types, partners first: the other pages link to them.

    def add_partners(self):
        """Returns the Albanian page of every partner, [(pk, kind)], the demo's and the new."""
        new = []
        for number in range(self.missing(PartnerPage)):
            kind_of_name, city = divmod(number, len(CITY_CODES))
            kind_of_name %= len(ORGANISATION_CODES)
            fields = {
                "acronym": f"{ORGANISATION_CODES[kind_of_name]}-{CITY_CODES[city]}",
                "kind": KINDS[number % len(KINDS)],
                "logo_id": self.rng.choice(self.logos),
                "website": f"https://partner-{number}.example.org/",
                "email": f"info@partner-{number}.example.org",
            }
            body = self.body(2)
            per_language = {
                code: {
                    "title": texts["organisations"][kind_of_name].format(city=CITIES[code][city]),
                    "summary": texts["organisation_summary"].format(city=CITIES[code][city]),
                    "city": CITIES[code][city],
                    "body": body[code],
                }
                for code, texts in TEXTS.items()
            }
            new.append((fields, per_language, self.past_moment(10)))
        self.add_pages(PartnerPage, [(PartnerIndexPage.objects.get(locale=self.source), new)])
        return list(
            PartnerPage.objects.filter(locale=self.source).order_by("pk").values_list("pk", "kind")
        )

    def add_events(self, partners):
        """Events, one in ten upcoming; returns the Albanian past ones, oldest first."""
        organisers = [pk for pk, kind in partners if kind != PartnerKind.DONOR]
        donors = [pk for pk, kind in partners if kind == PartnerKind.DONOR]
        new = []
        for number in range(self.missing(EventPage)):
            if number % 10 == 0:
                start = self.now + datetime.timedelta(hours=self.rng.randint(24, 180 * 24))
            else:
                start = self.past_moment(10)
            start = start.replace(minute=0, second=0, microsecond=0)
            topic, kind, city = (self.rng.randrange(n) for n in (7, 4, len(CITY_CODES)))
            fields = {
                "start": start,
                "end": start + datetime.timedelta(hours=self.rng.choice([2, 4, 8, 30])),
                "listing_image_id": self.rng.choice(self.photos),
                "series_id": self.rng.choice(self.series) if number % 7 == 0 else None,
                "registration_link": f"https://forms.example.org/event-{number}",
            }
            body = self.body(2)
            per_language = {
                code: {
                    "title": f"{texts['events'][kind]}: {texts['topics'][topic]} — {CITIES[code][city]}",
                    "intro": texts["sentences"][topic % 6],
                    "venue": texts["venue"],
                    "city": CITIES[code][city],
                    "body": body[code],
                }
                for code, texts in TEXTS.items()
            }
            new.append((fields, per_language, min(start, self.now)))
        index = EventIndexPage.objects.get(locale=self.source)
        for copies in self.add_pages(EventPage, [(index, new)]):
            for model, count in ((EventOrganiser, (1, 2)), (EventSupporter, (0, 2))):
                for order, pk in enumerate(self.rng.sample(organisers, self.rng.randint(*count))):
                    self.link(model, copies, partner_id=pk, sort_order=order)
            if self.rng.random() < 0.3:
                self.link(EventFunder, copies, partner_id=self.rng.choice(donors), sort_order=0)
        return list(
            EventPage.objects.filter(locale=self.source, start__lt=self.now).order_by("start")
        )

    def add_highlights(self, events, partners):
        """Highlights of past events: a few for most, more for recent ones."""
        members = [pk for pk, kind in partners if kind == PartnerKind.MEMBER]
        by_event = defaultdict(list)
        for _number in range(self.missing(EventHighlightPage)):
            event = events[int(len(events) * self.rng.random() ** 0.7)]
            title = self.rng.randrange(4)
            body = self.body(1)
            per_language = {
                code: {
                    "title": texts["highlights"][title],
                    "summary": texts["sentences"][title],
                    "body": body[code],
                }
                for code, texts in TEXTS.items()
            }
            fields = {
                "posted_by_id": self.rng.choice(members),
                "date": timezone.localdate(event.start),
            }
            by_event[event].append((fields, per_language, event.start))
        for copies in self.add_pages(EventHighlightPage, list(by_event.items())):
            for order, image in enumerate(self.rng.sample(self.photos, self.rng.randint(1, 3))):
                key = self.key()
                for page in copies:
                    self.links[EventHighlightPhoto].append(
                        EventHighlightPhoto(
                            page_id=page.pk,
                            locale_id=page.locale_id,
                            translation_key=key,
                            image_id=image,
                            sort_order=order,
                            alt_text=TEXTS[page.locale.language_code]["photo"],
                        )
                    )

    def add_news(self, events, partners):
        donors = [pk for pk, kind in partners if kind == PartnerKind.DONOR]
        new = []
        for _number in range(self.missing(NewsPage)):
            published = self.past_moment(12)
            topic, phrase, city = (self.rng.randrange(n) for n in (7, 6, len(CITY_CODES)))
            fields = {
                "date": timezone.localdate(published),
                "listing_image_id": self.rng.choice(self.photos),
                "related_event_id": self.rng.choice(events).pk if self.rng.random() < 0.1 else None,
            }
            body = self.body(3)
            per_language = {
                code: {
                    "title": f"{texts['topics'][topic].capitalize()}: {texts['news'][phrase]} — {CITIES[code][city]}",
                    "intro": texts["sentences"][(topic + phrase) % 6],
                    "body": body[code],
                }
                for code, texts in TEXTS.items()
            }
            new.append((fields, per_language, published))
        index = NewsIndexPage.objects.get(locale=self.source)
        for copies in self.add_pages(NewsPage, [(index, new)]):
            for order, pk in enumerate(self.rng.sample(self.categories, self.rng.randint(1, 2))):
                self.link(NewsPageCategory, copies, category_id=pk, sort_order=order)
            for order, pk in enumerate(self.rng.sample(partners, self.rng.randint(1, 3))):
                self.link(NewsPagePartner, copies, partner_id=pk[0], sort_order=order)
            if self.rng.random() < 0.2:
                self.link(NewsPageFunder, copies, partner_id=self.rng.choice(donors), sort_order=0)

    # The tree.

    def add_pages(self, model, groups):
        """Write pages of `model`; `groups` is [(parent in the source language, [(fields,
        {language: fields}, published)])], each parent's translations getting the same children.
        Returns the copies of each new page in every language, [(page, ...)], in the order given.
        """
        parents = {
            (page.translation_key, page.locale_id): page
            for page in Page.objects.select_related("locale").filter(
                translation_key__in=[parent.translation_key for parent, _new in groups]
            )
        }
        copies = []
        for parent, new in groups:
            first_steps = {}
            for locale in self.locales:
                in_locale = parents[parent.translation_key, locale.pk]
                children = in_locale.get_children().order_by("-path")
                last = children.values_list("path", flat=True).first()
                first_steps[in_locale] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
                in_locale.numchild += len(new)
            for number, (fields, per_language, published) in enumerate(new):
                key = self.key()
                copies.append(
                    tuple(
                        self.new_page(
                            model,
                            in_locale,
                            first_step + number,
                            key,
                            {**fields, **per_language[in_locale.locale.language_code]},
                            published,
                        )
                        for in_locale, first_step in first_steps.items()
                    )
                )
        Page.objects.bulk_update(parents.values(), ["numchild"], batch_size=500)
        pages = [page for page_copies in copies for page in page_copies]
        page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
        rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in pages],
            batch_size=500,
        )
        for page, row in zip(pages, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
        # Django's bulk_create refuses models with a parent table; this is the insert into the
        # page type's own table that it would run after inserting the parent rows.
        fields = model._meta.local_concrete_fields
        batch = min(500, connection.ops.bulk_batch_size(fields, pages))
        for start in range(0, len(pages), batch):
            model._base_manager._insert(pages[start : start + batch], fields=fields)
        self.new_pages.extend(pages)
        return copies

    def new_page(self, model, parent, step, translation_key, fields, published):
        slug = f"{readable_slugify(fields['title'])[:60].strip('-')}-{step}"
        return model(
            **fields,
            draft_title=fields["title"],
            slug=slug,
            path=Page._get_path(parent.path, parent.depth + 1, step),
            depth=parent.depth + 1,
            url_path=f"{parent.url_path}{slug}/",
            numchild=0,
            locale=parent.locale,
            translation_key=translation_key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
        )

    def index(self, pages):
        """The site search's documents of `pages`, as search.indexing writes them one by one."""
        documents = []
        for page in pages:
            texts = (text for _name, text in field_texts(page, page.get_search_fields()) if text)
            documents.append(
                SearchDocument(
                    page_id=page.pk,
                    title=f" {folded_words(page.title)}",
                    words=f" {folded_words(' '.join(texts))}",
                )
            )
        SearchDocument.objects.bulk_create(documents, batch_size=500)
        if not uses_full_text_search():
            return
        for locale in self.locales:
            configs = dict.fromkeys(["simple", text_search_config(locale.language_code)])
            vector = reduce(
                operator.add,
                [
                    SearchVector(field, weight=weight, config=config)
                    for config in configs
                    for field, weight in (("title", "A"), ("words", "B"))
                ],
            )
            SearchDocument.objects.filter(page__locale=locale, vector__isnull=True).update(
                vector=vector
            )


@functools.cache
def folded_token(token):
    return index_words(token)


def folded_words(text):
    """index_words(text), folding each distinct token once: folding goes letter by letter and
    spaces separate words, so the result is the same, in a fraction of the time."""
    return " ".join(filter(None, map(folded_token, text.split())))


def bench_urls():
    """[(name, path, expected status)]: one address of each kind, in Albanian."""
    source = Locale.get_default()
    in_source = {"locale": source}
    articles = NewsPage.objects.live().filter(**in_source)
    last_page = -(-articles.count() // NEWS_PER_PAGE)
    news_index = NewsIndexPage.objects.get(**in_source).url
    with translation.override(source.language_code):
        search, rss, calendar = (reverse(name) for name in ("search", "news_rss", "calendar_feed"))
    return [
        ("ceiling", "/bench/ceiling/", 200),
        ("home", HomePage.objects.get(**in_source).url, 200),
        ("news index", news_index, 200),
        ("news index, last page", f"{news_index}?page={last_page}", 200),
        ("article", articles.order_by("-date", "-pk").first().url, 200),
        ("events index", EventIndexPage.objects.get(**in_source).url, 200),
        (
            "event with highlights",
            EventPage.objects.filter(**in_source).order_by("-numchild", "pk").first().url,
            200,
        ),
        (
            "partner",
            PartnerPage.objects.filter(**in_source, kind=PartnerKind.MEMBER)
            .order_by("path")[0]
            .url,
            200,
        ),
        ("project", ProjectPage.objects.filter(**in_source).order_by("path")[0].url, 200),
        ("search", f"{search}?q={SEARCH_WORD}", 200),
        ("RSS feed", rss, 200),
        ("calendar feed", calendar, 200),
        ("sitemap", reverse("sitemap_language", kwargs={"section": source.language_code}), 200),
        ("404", f"/{source.language_code}/kjo-faqe-nuk-ekziston/", 404),
    ]
