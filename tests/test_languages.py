"""Language prefixes, the root redirect, lang attributes, the switcher, hreflang, dates, UI strings
and readable slugs in every language."""

import datetime
import io
import re

import polib
import pytest
from django.template.loader import render_to_string
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.translation import translate_object
from editorial.roles import COMMUNICATIONS, TRANSLATORS
from home.models import StandardPage

from . import factories
from .conftest import LANGUAGES
from .site_tree import KOSOVO, TREE_PAGES, translated_string

pytestmark = pytest.mark.django_db

HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}
CYRILLIC = re.compile("[\u0400-\u04ff]")


def locale(language):
    return Locale.objects.get(language_code=language)


# The root address and the language prefixes -----------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        (None, "/sq/"),
        ("sq", "/sq/"),
        ("sq-AL,sq;q=0.9", "/sq/"),
        ("sr", "/sr-latn/"),
        ("sr-RS", "/sr-latn/"),
        ("sr-Latn-RS,sr;q=0.8", "/sr-latn/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9,en;q=0.5", "/en/"),
        ("fr-FR", "/sq/"),
        ("*", "/sq/"),
    ],
)
def test_root_redirects_to_the_home_page_in_the_browsers_language(
    client, accept_language, expected
):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]
    assert client.get(expected).status_code == 200


def test_root_redirect_follows_the_language_a_visitor_chose_before(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="sq")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_is_served_under_its_language_prefix_with_lang_attribute(client, tree, language):
    home = tree("home", language)
    assert home.url == f"/{language}/"
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert home.hero_heading in html


def test_every_page_of_every_language_lives_under_its_language_prefix(client, tree):
    for name in TREE_PAGES:
        for language, page in tree.all(name).items():
            assert page.url.startswith(f"/{language}/"), (name, language, page.url)
    english_article = tree("article", "en")
    response = client.get(english_article.url)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
    assert english_article.title in response.content.decode()


# The language switcher and hreflang alternates --------------------------------------------


def language_links(html):
    """{hreflang: href} of the language switcher's links."""
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {
        tag: href for href, tag in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', switcher)
    }


def alternate_links(html):
    """{hreflang: href} of the <link rel="alternate" hreflang> elements in <head>."""
    head = html.split("</head>", 1)[0]
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head))


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_and_hreflang_lead_to_the_translations_of_a_news_article(client, tree, language):
    articles = tree.all("article")
    html = client.get(articles[language].url).content.decode()

    assert language_links(html) == {
        HTML_LANG[other]: articles[other].url for other in LANGUAGES if other != language
    }
    assert f'<span aria-current="true" lang="{HTML_LANG[language]}">' in html

    assert alternate_links(html) == {
        "sq": f"http://testserver{articles['sq'].url}",
        "sr-Latn": f"http://testserver{articles['sr-latn'].url}",
        "en": f"http://testserver{articles['en'].url}",
        "x-default": f"http://testserver{articles['sq'].url}",
    }


def test_switcher_leads_to_the_home_page_where_a_translation_is_not_live(client, tree):
    articles = tree.all("article")
    articles["en"].unpublish()
    html = client.get(articles["sq"].url).content.decode()
    assert language_links(html) == {
        "sr-Latn": articles["sr-latn"].url,
        "en": f"/en/?untranslated={articles['sq'].pk}",
    }
    assert alternate_links(html) == {
        "sq": f"http://testserver{articles['sq'].url}",
        "sr-Latn": f"http://testserver{articles['sr-latn'].url}",
        "x-default": f"http://testserver{articles['sq'].url}",
    }


def test_a_page_never_translated_links_to_the_other_home_pages_and_only_to_itself(client, tree):
    page = factories.StandardPageFactory(parent=tree("home"), title="Vetëm shqip")
    html = client.get(page.url).content.decode()
    assert language_links(html) == {
        "sr-Latn": f"/sr-latn/?untranslated={page.pk}",
        "en": f"/en/?untranslated={page.pk}",
    }
    assert alternate_links(html) == {
        "sq": f"http://testserver{page.url}",
        "x-default": f"http://testserver{page.url}",
    }


@pytest.mark.parametrize(
    ("language", "heading"),
    [("sq", "Faqja nuk u gjet"), ("sr-latn", "Stranica nije pronađena"), ("en", "Page not found")],
)
def test_not_found_page_speaks_the_language_of_its_address(client, settings, language, heading):
    settings.DEBUG = False
    response = client.get(f"/{language}/this-page-does-not-exist/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert heading in html
    assert language_links(html) == {
        HTML_LANG[other]: f"/{other}/" for other in LANGUAGES if other != language
    }


@pytest.mark.parametrize(
    ("language", "heading"),
    [("sq", "Diçka shkoi keq"), ("sr-latn", "Nešto nije u redu"), ("en", "Something went wrong")],
)
def test_server_error_page_speaks_the_language_without_the_database(
    django_assert_num_queries, language, heading
):
    with translation.override(language), django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert heading in html
    assert f'<html lang="{HTML_LANG[language]}">' in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sq", ["Kalo te përmbajtja kryesore", "Ngjarjet e ardhshme"]),
        ("sr-latn", ["Pređi na glavni sadržaj", "Predstojeći događaji"]),
        ("en", ["Skip to main content", "Upcoming events"]),
    ],
)
def test_interface_strings_are_translated(client, tree, language, expected):
    html = client.get(tree("home", language).url).content.decode()
    for text in expected:
        assert text in html
    assert tree("upcoming_event", language).title in html


# Dates ---------------------------------------------------------------------------------------


@pytest.fixture
def morning_event(tree, django_capture_on_commit_callbacks):
    """An event on 27 November 2024 from 10:00 to 12:00, in every language."""
    start = datetime.datetime(2024, 11, 27, 10, 0, tzinfo=KOSOVO)
    event = factories.EventPageFactory(
        parent=tree("event_index"),
        title="Takim i mëngjesit",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    with django_capture_on_commit_callbacks(execute=True):
        for language in ("sr-latn", "en"):
            translate_object(event, locale(language), translated_string(language))
    return {language: event.get_translation(locale(language)).specific for language in LANGUAGES}


@pytest.mark.parametrize(
    ("language", "when"),
    [
        ("sq", "27 nëntor 2024, 10:00</time>–<time"),
        ("sr-latn", "27. novembra 2024, 10:00</time>–<time"),
        ("en", "27 November 2024, 10:00</time>–<time"),
    ],
)
def test_event_dates_and_times_come_out_in_the_page_language(client, morning_event, language, when):
    html = client.get(morning_event[language].url).content.decode()
    assert when in html


@pytest.mark.parametrize(
    ("language", "dates"),
    [
        ("sq", '25</time>–<time datetime="2024-11-29">29 nëntor 2024</time>'),
        ("sr-latn", '25</time>–<time datetime="2024-11-29">29. novembra 2024</time>'),
        ("en", '25</time>–<time datetime="2024-11-29">29 November 2024</time>'),
    ],
)
def test_all_day_event_dates_come_out_in_the_page_language(client, tree, language, dates):
    html = client.get(tree("past_event", language).url).content.decode()
    assert dates in html


@pytest.mark.parametrize("name", ["home", "past_event", "article"])
def test_serbian_pages_are_written_in_latin_script_only(client, tree, name):
    html = client.get(tree(name, "sr-latn").url).content.decode()
    assert '<html lang="sr-Latn">' in html
    assert not CYRILLIC.search(html)


@pytest.mark.parametrize(
    ("language", "months"),
    [
        (
            "sq",
            "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
        ),
        (
            "sr-latn",
            "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar",
        ),
        (
            "en",
            "January February March April May June July August September October November December",
        ),
    ],
)
def test_month_names_are_in_the_language_and_script_of_the_page(language, months):
    with translation.override(language):
        names = [date_format(datetime.date(2024, month, 1), "F") for month in range(1, 13)]
    assert names == months.split()


# Readable slugs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "title", "slug"),
    [
        ("sr-latn", "Međunarodna saradnja", "medjunarodna-saradnja"),
        ("sr-latn", "Међународна сарадња", "medjunarodna-saradnja"),
        ("sr-latn", "Ђаци и школе", "djaci-i-skole"),
        ("sr-latn", "Čuvajmo svako dete", "cuvajmo-svako-dete"),
        ("sq", "Çdo fëmijë në shkollë", "cdo-femije-ne-shkolle"),
        (
            "sq",
            "Java e Parandalimit të Braktisjes së Shkollës",
            "java-e-parandalimit-te-braktisjes-se-shkolles",
        ),
    ],
)
def test_a_page_created_in_code_without_a_slug_gets_a_readable_one(
    client, tree, language, title, slug
):
    home = tree("home", language)
    page = home.add_child(instance=StandardPage(title=title, slug=""))
    assert page.slug == slug
    assert page.url == f"/{language}/{slug}/"
    assert client.get(page.url).status_code == 200


def test_a_slug_typed_with_serbian_letters_in_code_is_made_readable(tree):
    page = tree("home", "sr-latn").add_child(
        instance=StandardPage(title="Škola", slug="škola-za-sve-đake")
    )
    assert page.slug == "skola-za-sve-djake"


@pytest.fixture
def people(make_user):
    _, communications = make_user(COMMUNICATIONS, username="communications")
    _, translator = make_user(TRANSLATORS, username="translator")
    return {"communications": communications, "translator": translator}


def serbian_translation(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="sr-latn"
    )


def publish_translation(communications, page, django_capture_on_commit_callbacks):
    serbian = page.get_translation(locale("sr-latn"))
    with django_capture_on_commit_callbacks(execute=True):
        response = communications.post(
            reverse("wagtailadmin_pages:edit", args=[serbian.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    serbian.refresh_from_db()
    return serbian


def test_a_serbian_slug_typed_in_the_translation_editor_keeps_dj(
    client, tree, people, django_capture_on_commit_callbacks
):
    contact = tree("contact")
    translation_ = serbian_translation(contact)
    slug_segment = StringSegment.objects.get(source=translation_.source, context__path="slug")
    response = people["translator"].put(
        reverse(
            "wagtail_localize:edit_string_translation", args=[translation_.pk, slug_segment.pk]
        ),
        encode_multipart(BOUNDARY, {"value": "međunarodna-saradnja-đaka"}),
        content_type=MULTIPART_CONTENT,
    )
    assert response.status_code == 200
    # The translator sees the slug as the page will have it.
    assert response.json()["data"] == "medjunarodna-saradnja-djaka"

    serbian = publish_translation(
        people["communications"], contact, django_capture_on_commit_callbacks
    )
    assert serbian.slug == "medjunarodna-saradnja-djaka"
    assert client.get("/sr-latn/medjunarodna-saradnja-djaka/").status_code == 200


def test_a_serbian_slug_in_an_uploaded_po_file_keeps_dj(
    client, tree, people, django_capture_on_commit_callbacks
):
    about = tree("about")
    translation_ = serbian_translation(about)
    translator = people["translator"]
    download = translator.get(reverse("wagtail_localize:download_pofile", args=[translation_.pk]))
    po = polib.pofile(download.content.decode())
    [slug_entry] = [entry for entry in po if entry.msgctxt == "slug"]
    slug_entry.msgstr = "đačka-mreža"
    upload = io.BytesIO(str(po).encode())
    upload.name = "about-sr-latn.po"
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation_.pk]), {"file": upload}
    )
    assert response.status_code == 302
    assert (
        StringTranslation.objects.get(
            translation_of__data=about.slug, locale=locale("sr-latn"), context__path="slug"
        ).data
        == "djacka-mreza"
    )

    serbian = publish_translation(
        people["communications"], about, django_capture_on_commit_callbacks
    )
    assert serbian.slug == "djacka-mreza"
    assert client.get("/sr-latn/djacka-mreza/").status_code == 200
