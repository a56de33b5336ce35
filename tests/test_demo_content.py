"""Smoke test of the demo content: the site `make run` builds, loaded in full and crawled.

The demo is loaded the way `make run` loads it (migrate, load_demo_content) into a SQLite database
of its own, once per test run and in the background from the start (tests/demo_site.py); this
module serves a copy of that build that nothing else changes. A reader who starts at a home page
reaches every page of its language without an error; the database is examined with
`manage.py shell` scripts run in the site's environment.
"""

import re
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest

from demo import content
from publications.models import PublicationKind

from .demo_site import serving

LANGUAGES = ["sq", "sr-latn", "en"]
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
LINK = re.compile(r'<a [^>]*href="([^"#]+)"')

# What the loader makes: a second run must leave every count as it is.
SNAPSHOT = """
import json
from django.apps import apps

MODELS = [
    "wagtailcore.Page", "wagtailcore.Revision", "wagtailimages.Image", "wagtailimages.Rendition",
    "wagtail_localize.Translation", "wagtail_localize.StringTranslation", "news.NewsCategory",
    "events.EventSeries", "core.NavigationMenu", "core.Footer", "auth.User",
]
snapshot = {label: apps.get_model(label).objects.count() for label in MODELS}
"""

# The demo content as the database holds it: what each test expects, as lists of problems found.
FACTS = (
    SNAPSHOT
    + """
from django.conf import settings
from wagtail.models import Page, Site, get_page_models
from wagtail_localize.models import Translation
from core.models import Footer, NavigationMenu
from events.models import EventHighlightPage, EventPage, EventSeries
from home.models import HomePage
from news.models import NewsCategory, NewsPage
from partners.models import PartnerPage, ProjectPage
from publications.models import PublicationPage

languages = [code for code, _name in settings.LANGUAGES]
source = settings.LANGUAGE_CODE
targets = [code for code in languages if code != source]
live = Page.objects.live().filter(depth__gte=2)
problems = {name: [] for name in ("page types", "translations", "pictures", "site")}

for model in get_page_models():
    if model is not Page:
        counts = {code: model.objects.live().filter(locale__language_code=code).count() for code in languages}
        if not counts[source] or len(set(counts.values())) != 1:
            problems["page types"].append(f"{model.__name__}: {counts}")

for page in live.filter(locale__language_code=source).specific():
    translated = set(page.get_translations().live().values_list("locale__language_code", flat=True))
    if translated != set(targets):
        problems["translations"].append(f"{page.url} is live in {translated} only")
    for code in targets:
        record = Translation.objects.filter(source__object_id=page.translation_key, target_locale__language_code=code).first()
        total, done = record.get_progress() if record else (0, 0)
        if not total or done != total:
            problems["translations"].append(f"{page.url} into {code}: {done} of {total} strings")
for model in (NavigationMenu, Footer, NewsCategory, EventSeries):
    found = set(model.objects.values_list("locale__language_code", flat=True))
    if found != set(languages):
        problems["translations"].append(f"{model.__name__} in {found} only")
for page in NewsPage.objects.filter(locale__language_code=source):
    titles = {translation.title for translation in page.get_translations(inclusive=True)}
    if len(titles) != len(languages):
        problems["translations"].append(f"{page.url} has titles {titles}")

for page in EventHighlightPage.objects.all():
    if page.posted_by is None or not page.photos.exists():
        problems["pictures"].append(f"{page.url}: posted by {page.posted_by}, no photos?")
    for photo in page.photos.all():
        if not photo.alt_text.strip() or photo.locale_id != page.locale_id:
            problems["pictures"].append(f"{page.url}: photo {photo.pk} {photo.alt_text!r}")
for page in NewsPage.objects.all():
    if page.listing_image and not page.listing_image_alt.strip():
        problems["pictures"].append(f"{page.url}: no listing image text")
hero_texts = {home.hero_image_alt for home in HomePage.objects.all()}
if "" in hero_texts or len(hero_texts) != len(languages):
    problems["pictures"].append(f"home page hero texts: {hero_texts}")

site = Site.objects.get(is_default_site=True)
if site.root_page_id != HomePage.objects.get(locale__language_code=source).pk:
    problems["site"].append(f"the default site serves {site.root_page}")
if Page.objects.filter(depth=2, content_type__model="page").exists():
    problems["site"].append("Wagtail's welcome page is still there")

english_events = EventPage.objects.filter(locale__language_code="en")
key_pages, coverage = {}, {
    "acronyms": sorted(PartnerPage.objects.filter(locale__language_code="en").values_list("acronym", flat=True)),
    "event years": sorted({event.start.year for event in english_events}),
    "closing event on 27 November 2024": english_events.filter(start__date="2024-11-27").exists(),
    "upcoming events": english_events.upcoming().count(),
    "highlights": EventHighlightPage.objects.filter(locale__language_code="en").count(),
    "news": NewsPage.objects.filter(locale__language_code="en").count(),
    "project 2007-2008": ProjectPage.objects.filter(locale__language_code="en", start_date="2007-02-06", end_date="2008-08-06").exists(),
    "funded by the EU": sorted({model.__name__ for model in (ProjectPage, EventPage, NewsPage) for page in model.objects.filter(locale__language_code="en") if page.funders.funding().european_union}),
    "funded by UNICEF through the EU": sorted(event.slug for event in english_events.filter(funders__partner__acronym="UNICEF", funders__through__is_european_union=True)),
    "publication kinds": sorted(set(PublicationPage.objects.values_list("kind", flat=True))),
    "publications": PublicationPage.objects.filter(locale__language_code="en").count(),
    "languages of the files offered": sorted({
        ",".join(language for language, _document in page.files)
        for page in PublicationPage.objects.filter(locale__language_code="en")
    }),
    "files read for search": sorted({page.document.extracted_text.state for page in PublicationPage.objects.all()}),
}
for code in languages:
    members = PartnerPage.objects.live().filter(locale__language_code=code, acronym__in=["KEC", "SBASHK", "KAHCR"])
    week = EventPage.objects.live().filter(locale__language_code=code, series__isnull=False).first()
    project = ProjectPage.objects.live().get(locale__language_code=code)
    key_pages[code] = [page.url for page in members] + [week.url, project.url]

print(json.dumps({
    "snapshot": snapshot,
    "live urls": {code: sorted(page.url for page in live.filter(locale__language_code=code)) for code in languages},
    "key pages": key_pages,
    "coverage": coverage,
    "problems": problems,
}))
"""
)


@pytest.fixture(scope="module")
def smoke_site(demo_build, tmp_path_factory):
    """A copy of the run's demo build of its own: the browser tests change theirs."""
    with serving(demo_build, tmp_path_factory.mktemp("smoke-site")) as site:
        yield site


@pytest.fixture(scope="module")
def facts(smoke_site):
    return smoke_site.shell(FACTS)


def crawl(base_url, language):
    """Every page reachable from the language's home page by its links, and what failed.

    Returns ({path: html}, {path: [links]}, [failures]); calendars and feeds are fetched and
    checked, but hold no links to follow.
    """
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 only
    host = urlsplit(base_url).netloc
    pages, links, failures, queue, fetched = {}, {}, [], [f"/{language}/"], set()
    while queue:
        path = queue.pop()
        if path in fetched:
            continue
        fetched.add(path)
        try:
            with opener.open(base_url + path, timeout=30) as response:
                kind, body = response.headers["Content-Type"], response.read().decode()
        except urllib.error.HTTPError as error:
            failures.append((path, error.code))
            continue
        if not kind.startswith("text/html"):
            continue
        pages[path], links[path] = body, []
        for href in LINK.findall(body):
            target = urlsplit(urljoin(path, href))
            if target.netloc in ("", host) and not target.query:
                links[path].append(target.path)
                if target.path.startswith(f"/{language}/"):
                    queue.append(target.path)
    return pages, links, failures


@pytest.fixture(scope="module")
def crawled(smoke_site, facts):
    """Each language crawled from its home page, then the database counted again."""
    found = {language: crawl(smoke_site.base_url, language) for language in LANGUAGES}
    return found, smoke_site.shell(SNAPSHOT + "print(json.dumps(snapshot))")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_a_language_is_reached_from_its_home_page(crawled, facts, language):
    pages, _links, failures = crawled[0][language]
    assert failures == []
    assert facts["live urls"][language]
    assert set(facts["live urls"][language]) - set(pages) == set()
    for path, html in pages.items():
        assert f'<html lang="{HTML_LANG[language]}"' in html, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_network_members_week_and_project_are_within_two_clicks(crawled, facts, language):
    _pages, links, _failures = crawled[0][language]
    home = f"/{language}/"
    within_two_clicks = set(links[home])
    for path in links[home]:
        within_two_clicks.update(links.get(path, []))
    assert set(facts["key pages"][language]) - within_two_clicks == set()


def test_rendering_every_page_makes_no_new_rendition(crawled, facts):
    """The loader prepares every rendition the pages show (AVIF takes time to encode)."""
    renditions = "wagtailimages.Rendition"
    assert crawled[1][renditions] == facts["snapshot"][renditions]
    assert facts["snapshot"][renditions] >= 4 * facts["snapshot"]["wagtailimages.Image"]


def test_loading_again_changes_nothing(smoke_site, crawled):
    output = smoke_site.manage("load_demo_content")
    assert "nothing to do" in output
    assert smoke_site.shell(SNAPSHOT + "print(json.dumps(snapshot))") == crawled[1]


def test_every_page_type_is_live_in_every_language(facts):
    assert facts["problems"]["page types"] == []


def test_pages_and_snippets_are_translated_through_wagtail_localize(facts):
    """Live translations, every string translated in wagtail-localize's records, other texts."""
    assert facts["problems"]["translations"] == []


def test_highlights_and_pictures_have_partners_photos_and_texts(facts):
    assert facts["problems"]["pictures"] == []


def test_default_site_serves_the_albanian_home_page(facts):
    assert facts["problems"]["site"] == []


def test_the_demo_content_covers_the_network_and_its_events(facts):
    coverage = facts["coverage"]
    assert {"KEC", "SBASHK", "KAHCR", "ISSA", "MESTI", "EU", "UNICEF"} <= set(coverage["acronyms"])
    assert any("ECMI" in acronym for acronym in coverage["acronyms"])
    assert {2022, 2023, 2024} <= set(coverage["event years"])
    assert coverage["closing event on 27 November 2024"]
    assert coverage["upcoming events"] >= 2
    assert coverage["highlights"] >= 2
    assert coverage["news"] >= 8
    assert coverage["project 2007-2008"]
    assert coverage["funded by the EU"] == ["EventPage", "NewsPage", "ProjectPage"]
    assert (
        "week-for-prevention-of-school-dropout-2024" in coverage["funded by UNICEF through the EU"]
    )


def test_the_demo_publications_cover_every_kind_with_files_in_one_or_more_languages(facts):
    coverage = facts["coverage"]
    assert coverage["publication kinds"] == sorted(kind.value for kind in PublicationKind)
    assert coverage["publications"] >= 8
    # English pages list their own file first; some publications exist in Albanian only.
    assert {"en,sq,sr-latn", "en,sq", "sq"} <= set(coverage["languages of the files offered"])
    assert coverage["files read for search"] == ["read"]


# The demo's wording, as locale/GLOSSARY.md sets it down ---------------------------------------

# What the partner pages show as logos, in each language.
LOGOS = """
import json
from partners.models import PartnerPage

pages = PartnerPage.objects.live().select_related("locale", "logo")
print(json.dumps([[page.locale.language_code, page.acronym, page.logo.title] for page in pages]))
"""
# Prepositions after which Serbian puts a noun in a case other than the nominative or the
# accusative (which an inanimate noun shares with the nominative).
OBLIQUE_PREPOSITIONS = "sa s od do iz kod bez preko posle tokom zbog ka prema pri o po"
# Read letter by letter, these stay as they are after any preposition.
UNDECLINED_ACRONYMS = {"EU"}
QUOTATION_MARKS = {"sq": "„“", "sr-latn": "„“", "en": "“”"}


def demo_texts(language):
    """Every text of the demo content in `language`, its PDF files' included."""
    found = []

    def collect(value):
        if isinstance(value, dict) and value.keys() == set(LANGUAGES):
            found.append(value[language])
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(content.ENTRIES)
    for file in content.DOCUMENTS.values():
        if file["language"] == language:
            found.extend([file["title"], file["subtitle"]])
            found.extend(paragraph for page in file["pages"] for paragraph in page)
    return [text for text in found if isinstance(text, str)]


def test_serbian_demo_text_declines_an_acronym_after_a_preposition():
    after_preposition = re.compile(
        rf"\b(?:{'|'.join(OBLIQUE_PREPOSITIONS.split())}) ([A-Z]{{2,}})\b(?!-)"
    )
    undeclined = [
        match.group(0)
        for text in demo_texts("sr-latn")
        for match in after_preposition.finditer(text)
        if match.group(1) not in UNDECLINED_ACRONYMS
    ]
    assert undeclined == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_text_quotes_with_the_languages_own_marks(language):
    opening, closing = QUOTATION_MARKS[language]
    wrong = [
        text
        for text in demo_texts(language)
        if (marks := "".join(re.findall(r"[\"“”„«»]", re.sub(r"<[^>]*>", "", text))))
        != (opening + closing) * (len(marks) // 2)
    ]
    assert wrong == []


def test_albanian_demo_text_names_ecmi_kosova_as_it_names_unicef_kosova():
    names = {
        name
        for text in demo_texts("sq")
        for name in re.findall(r"\b(?:ECMI|UNICEF) Kosov\w+", text)
    }
    assert names == {"ECMI Kosova", "UNICEF Kosova"}


def test_demo_text_speaks_of_the_third_edition_of_the_week_not_its_third_week():
    ordinal_weeks = {
        "sq": r"\bJava e (?:parë|dytë|tretë|katërt)\b",
        "sr-latn": r"\b(?:Prva|Druga|Treća|Četvrta) (?:Kosovska )?nedelja\b",
    }
    assert [
        text
        for language, week in ordinal_weeks.items()
        for text in demo_texts(language)
        if re.search(week, text, re.IGNORECASE)
    ] == []


def test_every_partner_page_shows_a_logo_with_its_languages_acronym(smoke_site):
    labels = {spec["title"]: spec["label"] for spec in content.IMAGES.values() if "label" in spec}
    shown = smoke_site.shell(LOGOS)

    assert {language for language, _acronym, _logo in shown} == set(LANGUAGES)
    assert [
        (language, acronym, logo)
        for language, acronym, logo in shown
        if labels[logo] != acronym.split()[0]
    ] == []
