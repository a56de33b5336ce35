"""The page cache: anonymous readers are answered from it, and no change ever leaves them an old page.

Each test turns the cache on, reads pages once so that they are kept, makes a change as an editor
would (publish, unpublish, move, delete, translate, edit a snippet) and reads again: the change
must show on every page that shows it, in every language. Changes run their purges when their
transaction commits, as in the admin, so each is made inside `committed()`.
"""

import datetime
import http.server
import threading

import pytest
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction, ReferenceIndex

from core.page_cache import (
    SITE_TOKEN,
    create_cache_tables,
    forget_site,
    keep,
    read_kept,
    seconds_to_live,
)
from core.translation import translate_object
from tests.site_tree import LANGUAGES, TARGET_LANGUAGES, translated_string

from . import factories

pytestmark = pytest.mark.django_db

MARKER = "Shenjë-e-fshehtë-7Q"
# A database of the local Redis server that nothing else here uses.
REDIS = "redis://127.0.0.1:6379/9"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what a change does when its transaction commits, as the admin's request would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def read(client, url):
    response = client.get(url)
    return response.content.decode()


def read_all(client, urls):
    return {url: read(client, url) for url in urls}


def publish(page, committed, **fields):
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    with committed():
        page.save_revision().publish()
    return page


def addresses(tree, names, languages=LANGUAGES):
    return [tree(name, language).url for name in names for language in languages]


def feeds_and_listings(languages=LANGUAGES):
    urls = ["/sitemap.xml"] + [f"/sitemap-{code}.xml" for code in languages]
    for code in languages:
        urls += [f"/{code}/feeds/news.rss", f"/{code}/calendar/events.ics"]
    return urls


def test_a_kept_page_is_answered_without_the_database(
    client, tree, page_cache, django_assert_num_queries
):
    url = tree("article", "en").url
    first = client.get(url)
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=0" in second["Cache-Control"]
    assert second["ETag"] == first["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


def test_what_was_made_while_a_purge_ran_is_never_served(page_cache):
    """A page rendered from content read before a purge is kept under the tokens read then."""
    kept, tokens = read_kept("page:example", [SITE_TOKEN])
    assert kept is None
    forget_site()
    keep("page:example", tokens, "made from the old content", 60)
    assert read_kept("page:example", [SITE_TOKEN])[0] is None


def test_the_query_string_is_part_of_the_key(client, tree, page_cache):
    first, second = "fjalaenjë", "fjalaedytë"
    assert first in read(client, f"/en/search/?q={first}")
    assert first not in read(client, f"/en/search/?q={second}")


@pytest.mark.parametrize(
    "backend",
    [
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS},
        {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "shared_cache"},
    ],
    ids=["redis", "database"],
)
def test_the_shared_caches_of_production_keep_and_purge_pages(
    client, tree, settings, committed, django_assert_num_queries, backend
):
    """Production keeps pages in Redis (REDIS_URL) or else in a table of the database."""
    settings.CACHES = {"default": backend}
    settings.PAGE_CACHE_ENABLED = True
    create_cache_tables()
    cache.clear()
    url = tree("older_article", "en").url
    read(client, url)
    with django_assert_num_queries(0 if "redis" in backend["BACKEND"] else 1):
        assert tree("older_article", "en").title in read(client, url)
    publish(tree("older_article", "en"), committed, title=MARKER)
    assert MARKER in read(client, url)
    cache.clear()


def test_nothing_personal_is_kept_or_shared(client, tree, page_cache, make_user):
    """A signed-in editor's page (with Wagtail's userbar) is read first, into an empty cache:
    it must not be kept, and the next reader must get the anonymous page."""
    url = tree("article", "en").url
    _editor, editor_client = make_user("Communications")
    signed_in = editor_client.get(url)
    assert "userbar" in signed_in.content.decode()
    assert "private" in signed_in["Cache-Control"]
    for response in (client.get(url), client.get(url)):
        assert "userbar" not in response.content.decode()


def test_a_draft_is_never_served_to_readers(client, tree, page_cache, make_user):
    """An editor's view of a draft revision in the admin is never kept for anyone else."""
    article = tree("article", "en").specific
    read(client, article.url)
    article.title = MARKER
    revision = article.save_revision()
    _editor, editor_client = make_user("Communications")
    draft_url = f"/admin/pages/{article.pk}/revisions/{revision.pk}/view/"
    assert MARKER in editor_client.get(draft_url).content.decode()
    assert MARKER not in read(client, draft_url)
    assert MARKER not in read(client, article.url)


def test_a_private_page_is_never_kept(client, tree, page_cache):
    about = tree("about", "en").specific
    about.intro = MARKER
    about.save_revision().publish()
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="sekret"
    )
    form = client.get(about.url)
    assert MARKER not in form.content.decode()
    post = client.post(
        f"/en/_util/authenticate_with_password/{about.get_view_restrictions().get().pk}/{about.pk}/",
        {"password": "sekret", "return_url": about.url},
    )
    assert post.status_code == 302
    assert MARKER in read(client, about.url)
    client.cookies.clear()
    assert MARKER not in read(client, about.url)


def test_publishing_reaches_every_page_that_shows_the_article(client, tree, page_cache, committed):
    shown_on = addresses(tree, ["article", "news_index", "home", "kec"])
    shown_on += feeds_and_listings()
    before = read_all(client, shown_on)
    assert all(MARKER not in body for body in before.values())
    for language in LANGUAGES:
        publish(tree("article", language), committed, title=f"{MARKER} {language}")
    for url, body in read_all(client, shown_on).items():
        if url.endswith((".rss", ".ics")) or "sitemap" in url:
            continue
        assert MARKER in body, url
    rss = read_all(client, [f"/{code}/feeds/news.rss" for code in LANGUAGES])
    assert all(MARKER in body for body in rss.values())
    assert MARKER in read(client, f"/en/search/?q={MARKER}")


def test_a_link_dropped_on_publishing_purges_the_page_it_pointed_to(
    client, tree, page_cache, committed
):
    """A partner's page lists the articles that name it: dropping the name drops the article.

    The other languages drop it first, so that only what the English article linked to before
    its publish can tell which partner page to purge."""
    for language in TARGET_LANGUAGES + ["sq"]:
        article = tree("article", language).specific
        listed_before = article.title in read(client, tree("kec", language).url)
        article.related_partners = []
        with committed():
            article.save_revision().publish()
        assert listed_before
        assert article.title not in read(client, tree("kec", language).url)


def test_publishing_a_translation_reaches_the_other_languages(client, tree, page_cache, committed):
    source = factories.StandardPageFactory(parent=tree("home"), title="Faqe e re", slug="faqe-e-re")
    source.save_revision().publish()
    untranslated = f'href="/en/?untranslated={source.pk}"'
    assert untranslated in read(client, source.url)
    with committed():
        translation = translate_object(
            source, Locale.objects.get(language_code="en"), translated_string("en")
        )
    translation.refresh_from_db()
    assert translation.live
    switched = read(client, source.url)
    assert untranslated not in switched
    assert f'href="{translation.url}"' in switched


def test_unpublishing_removes_the_article_everywhere(client, tree, page_cache, committed):
    article = tree("article", "en")
    title = article.title
    listing_urls = addresses(tree, ["news_index", "home"], ["en"])
    assert all(title in body for body in read_all(client, listing_urls).values())
    assert client.get(article.url).status_code == 200
    with committed():
        article.specific.unpublish()
    assert client.get(article.url).status_code == 404
    assert all(title not in body for body in read_all(client, listing_urls).values())
    assert title not in read(client, "/en/feeds/news.rss")


def test_moving_an_article_frees_its_old_address(client, tree, page_cache, committed):
    article = tree("older_article", "en")
    old_url = article.url
    assert client.get(old_url).status_code == 200
    new_parent = tree("about", "en")
    with committed():
        article.move(new_parent, pos="last-child")
    article.refresh_from_db()
    assert client.get(old_url).status_code in (301, 302, 404)
    assert client.get(article.url).status_code == 200
    assert article.title not in read(client, tree("news_index", "en").url)


def test_a_new_slug_frees_the_old_address(client, tree, page_cache, committed):
    article = tree("older_article", "en")
    old_url = article.url
    assert client.get(old_url).status_code == 200
    renamed = publish(article, committed, slug="adrese-e-re")
    renamed.refresh_from_db()
    assert client.get(old_url).status_code in (301, 302, 404)
    assert client.get(renamed.url).status_code == 200


def test_deleting_an_article_removes_it_everywhere(client, tree, page_cache, committed):
    article = tree("older_article", "en")
    url, title = article.url, article.title
    index = tree("news_index", "en").url
    assert title in read(client, index)
    with committed():
        article.delete()
    assert client.get(url).status_code == 404
    assert title not in read(client, index)


def test_a_not_found_address_is_found_once_a_page_is_published_there(
    client, tree, page_cache, committed
):
    url = tree("home", "en").url + "faqe-e-vonshme/"
    assert client.get(url).status_code == 404
    page = factories.StandardPageFactory.build(title="E vonshme", slug="faqe-e-vonshme")
    with committed():
        tree("home", "en").add_child(instance=page)
        page.save_revision().publish()
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("language", LANGUAGES)
def test_editing_the_menu_reaches_every_kept_page(client, tree, page_cache, committed, language):
    urls = addresses(tree, ["home", "article", "kec", "highlight"], [language])
    read_all(client, urls)
    menu = tree("menu", language)
    menu.items[0].value["label"] = MARKER
    with committed():
        menu.save_revision().publish()
    assert all(MARKER in body for body in read_all(client, urls).values())


def test_renaming_a_category_and_a_series_reaches_their_pages(client, tree, page_cache, committed):
    article, event = tree("article", "en"), tree("past_event", "en")
    read_all(client, [article.url, event.url])
    category, series = tree("advocacy", "en"), tree("series", "en")
    with committed():
        category.name = f"{MARKER}-category"
        category.save()
        series.name = f"{MARKER}-series"
        series.save()
    assert f"{MARKER}-category" in read(client, article.url)
    assert f"{MARKER}-series" in read(client, event.url)


def test_a_partner_change_reaches_the_footer_of_every_page(client, tree, page_cache, committed):
    urls = addresses(tree, ["about", "article", "highlight"], ["en"])
    read_all(client, urls)
    publish(tree("kec", "en"), committed, title=MARKER)
    assert all(MARKER in body for body in read_all(client, urls).values())


def test_a_kept_page_lives_no_longer_than_the_next_event_start_or_end(tree):
    assert seconds_to_live() <= (tree("upcoming_event").start - timezone.now()).total_seconds() + 1
    soon = factories.EventPageFactory(
        parent=tree("event_index"),
        start=timezone.now() - datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(seconds=90),
    )
    soon.save_revision().publish()
    assert 1 <= seconds_to_live() <= 90


def test_every_target_language_is_purged_too(client, tree, page_cache, committed):
    """The Albanian source's new address reaches the Serbian and English versions, whose
    language switcher and hreflang links name it."""
    urls = addresses(tree, ["older_article"], TARGET_LANGUAGES)
    read_all(client, urls)
    source = publish(tree("older_article"), committed, slug="adresa-e-re-e-burimit")
    source.refresh_from_db()
    for body in read_all(client, urls).values():
        assert f'href="{source.url}"' in body


def test_a_changed_picture_purges_the_pages_that_use_it_and_no_other(
    client, tree, page_cache, committed
):
    """A picture of its own on the English article, and none on the contact page. Each page's
    text is then changed behind the cache's back (no signal), so that only a purge shows it."""
    using, not_using = tree("article", "en").specific, tree("contact", "en")
    photo = factories.ImageFactory(file__width=640, file__height=360)
    using.listing_image = photo
    using.save()
    ReferenceIndex.create_or_update_for_object(using)
    read_all(client, [using.url, not_using.url])
    for page in (using, not_using):
        type(page.specific).objects.filter(pk=page.pk).update(seo_title=MARKER)
    with committed():
        photo.title = "Foto e re"
        photo.save()
    assert MARKER in read(client, using.url)
    assert MARKER not in read(client, not_using.url)


def test_a_shared_cache_may_keep_pages_as_long_as_the_operator_says(client, tree, settings):
    """PAGE_CACHE_SHARED_MAX_AGE, for a CDN that the purges reach (CACHE_PURGE_URL)."""
    settings.PAGE_CACHE_SHARED_MAX_AGE = 600
    cache_control = client.get(tree("about", "en").url)["Cache-Control"]
    assert "s-maxage=600" in cache_control and "public" in cache_control


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received = []

    def do_PURGE(self):
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purging_proxy(settings):
    """A caching proxy's purge endpoint on loopback, named as an operator would name it."""
    server = http.server.HTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PurgeRecorder.received = []
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        },
    }
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


def test_the_same_purge_reaches_a_proxy(client, tree, page_cache, committed, purging_proxy):
    publish(tree("older_article", "en"), committed, title=MARKER)
    purged = {path for _host, path in purging_proxy}
    for language in LANGUAGES:
        assert tree("older_article", language).url in purged
        assert tree("news_index", language).url in purged
        assert tree("home", language).url in purged
        assert f"/{language}/feeds/news.rss" in purged
    assert "/sitemap.xml" in purged


def test_unpublishing_in_the_admin_reaches_the_next_reader(
    client, tree, page_cache, committed, make_user
):
    """The whole way: a Communications editor's request in the admin, then a reader's."""
    article = tree("older_article", "en")
    index = tree("news_index", "en").url
    assert article.title in read(client, index)
    _editor, editor_client = make_user("Communications")
    with committed():
        response = editor_client.post(f"/admin/pages/{article.pk}/unpublish/")
    assert response.status_code == 302
    assert client.get(article.url).status_code == 404
    assert article.title not in read(client, index)
