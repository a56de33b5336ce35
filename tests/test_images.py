"""Pictures come in modern formats and several sizes, with their dimensions, lazily below the fold."""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.models import Rendition

from home.models import HomePage
from news.models import NewsIndexPage

from .conftest import LANGUAGES, PAGE_TYPES

pytestmark = pytest.mark.django_db


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


@pytest.mark.parametrize("language", LANGUAGES)
def test_cards_are_responsive_pictures_in_avif_webp_and_jpeg(client, language):
    news_index = NewsIndexPage.objects.live().get(locale__language_code=language)
    html = client.get(news_index.url).content.decode()
    found = pictures(html)
    assert found
    for picture in found:
        assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
        assert re.search(r'<img [^>]*src="[^"]+\.jpg"', picture)
        assert re.search(r'<img [^>]*width="\d+"', picture) and re.search(r'height="\d+"', picture)
        assert 'loading="lazy"' in picture
        assert re.search(r'srcset="[^"]+ 320w, [^"]+ 640w"', picture)


def test_the_hero_picture_loads_first(client):
    html = client.get(HomePage.objects.get(locale__language_code="en").url).content.decode()
    hero = next(picture for picture in pictures(html) if "hero__image" in picture)
    assert 'fetchpriority="high"' in hero and 'loading="lazy"' not in hero


def test_demo_pages_need_no_new_renditions(client):
    """The demo loader prepares every rendition the pages show (AVIF takes time to encode)."""
    before = Rendition.objects.count()
    for page_type in PAGE_TYPES:
        for page in page_type.objects.live().filter(locale__language_code="sq"):
            client.get(page.url)
    assert Rendition.objects.count() == before
    assert before >= 4 * get_image_model().objects.count()
