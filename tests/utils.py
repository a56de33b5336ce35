import json
from contextlib import contextmanager
from html.parser import HTMLParser

from django.core.cache import cache
from django.db import connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from editorial.links import may_follow


def query_counts(client, url, status=200):
    """(cold, steady): the queries a GET of `url` costs with nothing cached, as after a publish
    purged everything, and on the next request, once the site-wide fragments (menus, footer,
    members) and per-process caches are warm. The page cache is off in tests."""
    cache.clear()
    with CaptureQueriesContext(connection) as cold:
        client.get(url)
    with CaptureQueriesContext(connection) as steady:
        response = client.get(url)
    assert response.status_code == status
    return len(cold), len(steady)


def queries_for(client, url):
    """How many queries a successful GET of `url` costs, once caches are warm."""
    return query_counts(client, url)[1]


@contextmanager
def kept_for_the_module(django_db_blocker):
    """Data that a module's tests share: made once in a transaction that is rolled back when the
    module is done. pytest-django runs each test in a savepoint inside it, as Django's TestCase
    does for setUpTestData, so no test sees another's changes."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def sidebar_props(response):
    """The admin sidebar's telepath-packed JSON: {"modules": [...]}."""
    page = response.content.decode()
    start = page.index('id="wagtail-sidebar-props"')
    return json.loads(page[page.index(">", start) + 1 : page.index("</script>", start)])


def admin_menu(response):
    """The admin sidebar's main menu: [{"label", "url", "children"}] (telepath-packed JSON)."""
    props = sidebar_props(response)
    main_menu = next(
        module for module in props["modules"] if module["_type"] == "wagtail.sidebar.MainMenuModule"
    )

    def item(packed):
        options, *rest = packed["_args"]
        children = rest[0] if packed["_type"] == "wagtail.sidebar.SubMenuItem" else []
        return {
            "label": options["label"],
            "url": options.get("url"),
            "children": [item(child) for child in children],
        }

    return [item(packed) for packed in main_menu["_args"][0]]


def admin_menu_urls(response):
    """Every address in the admin sidebar's main menu, submenus included."""

    def urls(items):
        for item in items:
            yield from urls(item["children"]) if item["children"] else [item["url"]]

    return list(urls(admin_menu(response)))


def sidebar_search_urls(response):
    """Where the admin sidebar's search box sends its query, if it has one."""
    return [
        module["_args"][0]
        for module in sidebar_props(response)["modules"]
        if module["_type"] == "wagtail.sidebar.SearchModule"
    ]


class AddressCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.addresses = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "action", "formaction") and value:
                self.addresses.append(value)


def offered_addresses(response):
    """Every address a rendered admin page offers: its links, its forms' targets, and the
    sidebar's menu and search."""
    collector = AddressCollector()
    collector.feed(response.content.decode())
    return collector.addresses + admin_menu_urls(response) + sidebar_search_urls(response)


def addresses_refused_to(user, response):
    """The addresses that `response` offers and that editorial.boundary refuses `user`."""
    request = RequestFactory().get("/admin/")
    request.user = user
    return sorted({url for url in offered_addresses(response) if not may_follow(request, url)})
