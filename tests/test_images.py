"""Pictures come in modern formats and several sizes, with their dimensions, lazily below the fold.

(That the demo content needs no new renditions is checked by the demo smoke test.)
"""

import re

import pytest

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def get_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_cards_are_responsive_pictures_in_avif_webp_and_jpeg(client, tree, language):
    # Of the tree's two articles only `article` has a picture.
    article = tree("article", language)

    found = pictures(get_html(client, tree("news_index", language)))

    assert len(found) == 1
    (picture,) = found
    assert f'alt="{article.listing_image_alt}"' in picture
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'<img [^>]*src="[^"]+\.jpg"', picture)
    assert re.search(r'<img [^>]*width="320"', picture)
    assert re.search(r'<img [^>]*height="180"', picture)
    assert 'loading="lazy"' in picture and 'fetchpriority="high"' not in picture
    assert re.search(r'srcset="[^"]+ 320w, [^"]+ 640w"', picture)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_hero_picture_loads_first(client, tree, language):
    home = tree("home", language)

    (hero,) = [
        picture for picture in pictures(get_html(client, home)) if 'class="hero__image"' in picture
    ]

    assert f'alt="{home.hero_image_alt}"' in hero
    assert 'fetchpriority="high"' in hero and 'loading="lazy"' not in hero
    assert re.search(r'srcset="[^"]+ 480w, [^"]+ 960w"', hero)
