"""A reader who starts at a home page reaches every demo page in that language, without an error."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from wagtail.models import Page

from partners.models import PartnerPage, ProjectPage

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

LINK = re.compile(r'<a [^>]*href="([^"#]+)"')


def crawl(client, start):
    """Every same-language page reachable from `start` by following links: {path: html}."""
    language_prefix = start
    seen, fetched, queue = {}, set(), [start]
    while queue:
        path = queue.pop()
        if path in seen or path in fetched:
            continue
        fetched.add(path)
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        if not response["Content-Type"].startswith("text/html"):
            continue  # calendars and feeds: fetched, but they hold no links to follow
        html = response.content.decode()
        seen[path] = html
        for href in LINK.findall(html):
            target = urlsplit(urljoin(path, href))
            same_site = target.netloc in ("", "testserver") and not target.query
            if same_site and target.path.startswith(language_prefix) and target.path not in seen:
                queue.append(target.path)
    return seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_is_reachable_from_its_home_page(client, language):
    pages = crawl(client, f"/{language}/")
    live_urls = {
        page.url
        for page in Page.objects.live().filter(locale__language_code=language, depth__gte=2)
    }
    assert live_urls <= set(pages)
    html_lang = {"sr-latn": "sr-Latn"}.get(language, language)
    for path, html in pages.items():
        assert f'<html lang="{html_lang}">' in html, path


@pytest.mark.parametrize("language", LANGUAGES)
def test_network_members_week_and_project_are_linked_from_the_home_page(client, language):
    home_html = client.get(f"/{language}/").content.decode()
    reachable_in_two_clicks = set(LINK.findall(home_html))
    for href in list(reachable_in_two_clicks):
        if href.startswith(f"/{language}/"):
            reachable_in_two_clicks |= set(LINK.findall(client.get(href).content.decode()))
    members = PartnerPage.objects.live().filter(
        locale__language_code=language, acronym__in=["KEC", "SBASHK", "KAHCR"]
    )
    assert members.count() == 3
    for partner in members:
        assert partner.url in reachable_in_two_clicks, partner
    project = ProjectPage.objects.live().get(locale__language_code=language)
    assert project.url in reachable_in_two_clicks
    week = (
        Page.objects.live()
        .filter(locale__language_code=language, eventpage__series__isnull=False)
        .first()
    )
    assert week.url in reachable_in_two_clicks
