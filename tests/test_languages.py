"""Language prefixes, the root redirect, lang attributes, the switcher, hreflang and UI strings."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page

from core.slugs import readable_slugify
from events.models import EventPage
from news.models import NewsPage

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


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
def test_root_redirects_by_accept_language(client, accept_language, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_is_served_under_its_language_prefix_with_lang_attribute(client, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{HTML_LANG[language]}">' in response.content.decode()


def test_every_live_page_url_carries_its_language_prefix():
    for page in Page.objects.live().filter(depth__gte=2).select_related("locale"):
        assert page.url.startswith(f"/{page.locale.language_code}/"), page


def language_links(html):
    """(hreflang, href) of the language switcher's links."""
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return dict(
        (tag, href) for href, tag in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', switcher)
    )


def alternate_links(html):
    head = html.split("</head>", 1)[0]
    return dict(
        (tag, href)
        for tag, href in re.findall(
            r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head
        )
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_switcher_and_hreflang_lead_to_the_translations_of_a_news_article(client, language):
    article = NewsPage.objects.live().filter(locale__language_code=language).first()
    translations = {
        HTML_LANG[page.locale.language_code]: page
        for page in article.get_translations(inclusive=True).live().select_related("locale")
    }
    html = client.get(article.url).content.decode()

    switcher = language_links(html)
    assert set(switcher) == set(HTML_LANG.values()) - {HTML_LANG[language]}
    for tag, href in switcher.items():
        assert href == translations[tag].url
    assert f'<span aria-current="true" lang="{HTML_LANG[language]}">' in html

    alternates = alternate_links(html)
    assert set(alternates) == set(HTML_LANG.values()) | {"x-default"}
    for tag, page in translations.items():
        assert alternates[tag] == f"http://testserver{page.url}"
    assert alternates["x-default"] == f"http://testserver{translations['sq'].url}"


def test_switcher_falls_back_to_home_page_and_hreflang_skips_missing_translation(client):
    article = NewsPage.objects.live().filter(locale__language_code="sq").first()
    english = article.get_translation(article.locale.__class__.objects.get(language_code="en"))
    english.unpublish()
    html = client.get(article.url).content.decode()
    assert language_links(html)["en"] == "/en/"
    alternates = alternate_links(html)
    assert "en" not in alternates
    assert {"sq", "sr-Latn", "x-default"} == set(alternates)


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
    assert set(language_links(html).values()) == {f"/{code}/" for code in LANGUAGES} - {
        f"/{language}/"
    }


@pytest.mark.parametrize(
    ("language", "heading"),
    [("sq", "Diçka shkoi keq"), ("sr-latn", "Nešto nije u redu"), ("en", "Something went wrong")],
)
def test_server_error_page_renders_without_the_database(
    django_assert_num_queries, language, heading
):
    from django.template.loader import render_to_string

    with translation.override(language), django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert heading in html
    assert f'<html lang="{HTML_LANG[language]}">' in html


def test_health_check_answers_outside_the_language_prefixes(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sq", ["Kalo te përmbajtja kryesore", "Ngjarjet e ardhshme"]),
        ("sr-latn", ["Pređi na glavni sadržaj", "Predstojeći događaji"]),
        ("en", ["Skip to main content", "Upcoming events"]),
    ],
)
def test_interface_strings_are_translated(client, language, expected):
    html = client.get(f"/{language}/").content.decode()
    for text in expected:
        assert text in html


@pytest.mark.parametrize(
    ("language", "month"),
    [("sq", "27 nëntor 2024, 10:00"), ("sr-latn", "27. novembar 2024."), ("en", "Nov. 27, 2024")],
)
def test_django_dates_come_out_in_the_page_language_and_script(client, language, month):
    event = EventPage.objects.live().get(locale__language_code=language, start__date="2024-11-27")
    html = client.get(event.url).content.decode()
    assert month in html


def test_serbian_dates_use_latin_script():
    with translation.override("sr-latn"):
        from django.utils.formats import date_format

        text = date_format(EventPage.objects.first().start, "F")
    assert not re.search("[\u0400-\u04ff]", text)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Međunarodna saradnja", "medjunarodna-saradnja"),
        ("Đaci i škole", "djaci-i-skole"),
        ("Čuvajmo svako dete", "cuvajmo-svako-dete"),
        (
            "Java e Parandalimit të Braktisjes së Shkollës",
            "java-e-parandalimit-te-braktisjes-se-shkolles",
        ),
        ("Çdo fëmijë në shkollë", "cdo-femije-ne-shkolle"),
    ],
)
def test_slugs_keep_albanian_and_serbian_letters_readable(title, slug):
    assert readable_slugify(title) == slug


def test_a_translated_slug_with_serbian_letters_stays_readable(locales):
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    article = NewsPage.objects.filter(locale=locales["sq"]).first()
    source, _ = TranslationSource.update_or_create_from_instance(article)
    translation_ = Translation.objects.get(source=source, target_locale=locales["sr-latn"])
    slug_string = source.stringsegment_set.get(context__path="slug")
    StringTranslation.objects.update_or_create(
        translation_of=slug_string.string,
        locale=locales["sr-latn"],
        context=slug_string.context,
        defaults={"data": "međunarodna-saradnja-đaka"},
    )
    translation_.save_target(publish=False)
    serbian = article.get_translation(locales["sr-latn"])
    assert serbian.slug == "medjunarodna-saradnja-djaka"


def test_pages_made_in_code_get_readable_slugs_from_titles_or_typed_slugs(home_pages):
    from home.models import StandardPage

    serbian_home = home_pages["sr-latn"]
    from_title = serbian_home.add_child(instance=StandardPage(title="Međunarodna saradnja đaka"))
    typed = serbian_home.add_child(instance=StandardPage(title="Škola", slug="škola-za-sve"))
    assert from_title.slug == "medjunarodna-saradnja-djaka"
    assert typed.slug == "skola-za-sve"
