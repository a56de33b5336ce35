"""Funders are acknowledged: EU-funded work shows the EU emblem and funding statement, other
funders are named and linked in the reader's language, and the footer credits the donors."""

import importlib
import math
import re
import xml.etree.ElementTree as ElementTree

import pytest
from django.apps import apps
from django.contrib.staticfiles import finders
from django.test import TestCase
from wagtail.models import Locale, Revision
from wagtail_localize.models import TranslationSource

from core.translation import translate_object
from events.models import EventFunder
from news.models import NewsPage, NewsPageFunder
from partners.models import PartnerKind, ProjectFunder

from . import factories
from .conftest import LANGUAGES, SITE_TREE_KEYS
from .site_tree import SiteTree, translated_string
from .utils import kept_for_the_module, queries_for

pytestmark = pytest.mark.django_db

# The EU's own wording of its funding statement in each language.
EU_STATEMENT = {
    "sq": "Financuar nga Bashkimi Evropian",
    "sr-latn": "Finansira Evropska unija",
    "en": "Funded by the European Union",
}
SUPPORTED_BY = {"sq": "Na mbështesin", "sr-latn": "Uz podršku", "en": "Supported by"}
EMBLEM = re.compile(r'<img class="funding__emblem" src="[^"]*/eu-emblem\.svg" alt=""')
SVG = "{http://www.w3.org/2000/svg}"


def in_every_language(page):
    """{language: the page}, translated into the other languages as a translator would."""
    # wagtail-localize publishes a translation when the transaction commits.
    with TestCase.captureOnCommitCallbacks(execute=True):
        for language in LANGUAGES[1:]:
            translate_object(
                page, Locale.objects.get(language_code=language), translated_string(language)
            )
    return {
        language: page.get_translation(Locale.objects.get(language_code=language))
        for language in LANGUAGES
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, request):
    """A donor that is not the EU (UNICEF), and pages in every language: a project funded by the
    EU, an event by UNICEF through the EU Office, an article by the EU and UNICEF, an event by
    UNICEF alone and an article nobody funds. Made once for the module."""
    with kept_for_the_module(django_db_blocker):
        tree = SiteTree(request.config.stash[SITE_TREE_KEYS])
        eu = tree("donor")
        unicef = factories.PartnerPageFactory(
            parent=tree("partner_index"),
            title="UNICEF Kosova",
            acronym="UNICEF",
            kind=PartnerKind.DONOR,
        )
        project = factories.ProjectPageFactory(parent=tree("partner_index"), title="Projekt i BE")
        ProjectFunder.objects.create(page=project, partner=eu)
        event = factories.EventPageFactory(parent=tree("event_index"), title="Java 2024")
        EventFunder.objects.create(page=event, partner=unicef, through=eu)
        article = factories.NewsPageFactory(parent=tree("news_index"), title="Lajm i financuar")
        NewsPageFunder.objects.create(page=article, partner=eu, sort_order=0)
        NewsPageFunder.objects.create(page=article, partner=unicef, sort_order=1)
        unicef_event = factories.EventPageFactory(parent=tree("event_index"), title="Takim")
        EventFunder.objects.create(page=unicef_event, partner=unicef)
        unfunded = factories.NewsPageFactory(parent=tree("news_index"), title="Lajm pa financues")
        pages = {
            "unicef": unicef,
            "eu_project": project,
            "eu_through_event": event,
            "eu_article": article,
            "unicef_event": unicef_event,
            "unfunded_article": unfunded,
        }
        yield {name: in_every_language(page) for name, page in pages.items()}


def funding_section(client, page):
    """The page's funding acknowledgement, or "" when it has none."""
    html = client.get(page.url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    if '<section class="funding"' not in main:
        return ""
    return main.split('<section class="funding"', 1)[1].split("</section>", 1)[0]


def links(html):
    """[(address, text)] of the links in `html`, in order."""
    return re.findall(r'<a href="([^"]+)">([^<]+)</a>', html)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["eu_project", "eu_through_event", "eu_article"])
def test_eu_funded_work_shows_the_emblem_and_the_funding_statement(client, world, name, language):
    section = funding_section(client, world[name][language])

    assert EMBLEM.search(section), "the emblem, decorative beside its statement"
    assert f"<span>{EU_STATEMENT[language]}</span>" in section


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", ["unicef_event", "unfunded_article"])
def test_work_without_eu_money_shows_no_emblem(client, world, name, language):
    section = funding_section(client, world[name][language])

    assert "eu-emblem" not in section
    assert EU_STATEMENT[language] not in section


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unfunded_page_has_no_funding_acknowledgement(client, world, language):
    assert funding_section(client, world["unfunded_article"][language]) == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_other_funders_are_named_and_linked_in_the_readers_language(client, tree, world, language):
    unicef, eu = world["unicef"][language], tree("donor", language)

    alone = funding_section(client, world["unicef_event"][language])
    through = funding_section(client, world["eu_through_event"][language])
    with_eu = funding_section(client, world["eu_article"][language])

    assert links(alone) == [(unicef.url, unicef.title)]
    # UNICEF's money comes through the EU Office: both are named, the funder first.
    assert links(through) == [(unicef.url, unicef.title), (eu.url, eu.title)]
    # The EU's own funding is said by the statement; only the other funder is named.
    assert links(with_eu) == [(unicef.url, unicef.title)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_project_funded_by_the_eu_alone_says_so_once_beside_its_partners(
    client, tree, world, language
):
    html = client.get(tree("project", language).url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    facts = main.split('<dl class="facts">', 1)[1].split("</dl>", 1)[0]

    assert len(EMBLEM.findall(main)) == 1
    assert "funding__funders" not in main  # the statement says all there is to say
    assert tree("kec", language).url in facts and tree("donor", language).url not in facts
    # A project without partners shows no empty list of them.
    other = client.get(world["eu_project"][language].url).content.decode()
    assert '<dl class="facts">' not in other


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_credits_the_donors_in_the_readers_language(client, tree, world, language):
    html = client.get(tree("home", language).url).content.decode()
    footer = html.split("<footer", 1)[1]
    credits = footer.split('<section aria-labelledby="footer-funders">', 1)[1].split("</section>")[
        0
    ]

    assert f'<h2 id="footer-funders">{SUPPORTED_BY[language]}</h2>' in credits
    donors = sorted([tree("donor", language), world["unicef"][language]], key=lambda p: p.title)
    assert links(credits) == [(page.url, page.title) for page in donors]


def test_the_footer_credits_do_not_query_per_donor(client, tree, world):
    home = tree("home")
    before = queries_for(client, home.url)
    factories.PartnerPageFactory(
        parent=tree("partner_index"), title="Donator", kind=PartnerKind.DONOR
    )

    assert queries_for(client, home.url) == before


def test_a_page_being_previewed_shows_funders_not_saved_yet(tree, world):
    """Preview builds the page from the edit form: its funder rows are not in the database."""
    article = NewsPage(title="Parapamje")
    unicef = world["unicef"]["sq"]
    article.funders = [NewsPageFunder(partner=unicef, through=tree("donor"))]

    funding = article.funders.funding()

    assert funding.european_union
    assert [(credit.funder, credit.through) for credit in funding.other_credits] == [
        (unicef, tree("donor"))
    ]


def test_the_eu_emblem_is_our_drawing_of_its_published_geometry():
    root = ElementTree.parse(finders.find("img/eu-emblem.svg")).getroot()
    _x, _y, width, height = (float(value) for value in root.get("viewBox").split())
    (field,) = root.findall(f"{SVG}rect")
    stars = root.findall(f".//{SVG}polygon")

    assert width / height == 1.5
    assert (field.get("fill"), float(field.get("width")), float(field.get("height"))) == (
        "#003399",
        width,
        height,
    )
    assert len(stars) == 12
    assert {star.get("fill") or root.find(f"{SVG}g").get("fill") for star in stars} == {"#FFDD00"}
    centres = []
    for star in stars:
        points = [tuple(map(float, pair.split(","))) for pair in star.get("points").split()]
        assert len(points) == 10  # five points, five inner corners
        outer = points[::2]
        cx = sum(x for x, _y in outer) / 5
        cy = sum(y for _x, y in outer) / 5
        radii = [math.dist((cx, cy), point) for point in outer]
        assert radii == pytest.approx([height / 18] * 5, abs=0.02)
        top = min(outer, key=lambda point: point[1])
        assert top[0] == pytest.approx(cx, abs=0.02), "upright: one point straight up"
        assert math.dist((cx, cy), (width / 2, height / 2)) == pytest.approx(height / 3, abs=0.02)
        centres.append((cx, cy))
    angles = sorted(
        round(math.degrees(math.atan2(x - width / 2, height / 2 - y))) % 360 for x, y in centres
    )
    assert angles == list(range(0, 360, 30))  # at the hours of a clock face


def test_renaming_donors_to_funders_keeps_drafts_and_translation_sources(tree):
    """The migration renames the relation in stored copies of project pages too."""
    migration = importlib.import_module("partners.migrations.0003_funders")
    project = tree("project")
    revision = project.save_revision()
    revision.content["donors"] = revision.content.pop("funders")
    revision.save()
    source = TranslationSource.objects.get(object_id=project.translation_key)
    source.content_json = source.content_json.replace('"funders"', '"donors"')
    source.save()

    migration.donors_to_funders(apps, None)

    revision = Revision.objects.get(pk=revision.pk)
    assert "donors" not in revision.content
    assert revision.as_object().funders.get().partner == tree("donor")
    source.refresh_from_db()
    assert source.as_instance().funders.get().partner == tree("donor")
