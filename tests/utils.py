import json
from contextlib import contextmanager

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    """How many queries a successful GET of `url` costs, once per-process caches are warm."""
    client.get(url)  # warms the site root paths and other per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@contextmanager
def kept_for_the_module(django_db_blocker):
    """Data that a module's tests share: made once in a transaction that is rolled back when the
    module is done. pytest-django runs each test in a savepoint inside it, as Django's TestCase
    does for setUpTestData, so no test sees another's changes."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def admin_menu_urls(response):
    """Every address in the admin sidebar's main menu, submenus included (telepath JSON)."""
    page = response.content.decode()
    start = page.index('id="wagtail-sidebar-props"')
    props = json.loads(page[page.index(">", start) + 1 : page.index("</script>", start)])
    main_menu = next(
        module for module in props["modules"] if module["_type"] == "wagtail.sidebar.MainMenuModule"
    )
    urls = []

    def collect(items):
        for item in items:
            options, *rest = item["_args"]
            if item["_type"] == "wagtail.sidebar.SubMenuItem":
                collect(rest[0])
            else:
                urls.append(options["url"])

    collect(main_menu["_args"][0])
    return urls
