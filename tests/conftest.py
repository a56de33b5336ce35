import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale

from events.models import EventHighlightPage, EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage, ProjectPage

LANGUAGES = ["sq", "sr-latn", "en"]

# Every page type of the site; tests/test_page_types.py checks that none is missing.
PAGE_TYPES = [
    HomePage,
    StandardPage,
    NewsIndexPage,
    NewsPage,
    PartnerIndexPage,
    PartnerPage,
    ProjectPage,
    EventIndexPage,
    EventPage,
    EventHighlightPage,
]


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files the UI translations come from (make does this too; pytest may run alone)."""
    call_command("compile_translations", verbosity=0)
    translation.trans_real._translations.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the whole demo site, built once per session."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_pages(db):
    return {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}


@pytest.fixture(autouse=True)
def reset_language():
    yield
    translation.activate("sq")


@pytest.fixture
def make_user(db, django_user_model):
    """A user in the named groups, logged in on a fresh client: make_user("Translators")."""
    from django.contrib.auth.models import Group
    from django.test import Client

    def make(*group_names, username=None):
        user = django_user_model.objects.create_user(
            username or "-".join(group_names).lower().replace(" ", "").replace(":", "-"),
            email="person@example.org",
            password="unused",
        )
        user.groups.set(Group.objects.filter(name__in=group_names))
        client = Client()
        client.force_login(user)
        return user, client

    return make


@pytest.fixture
def partner_pages(db):
    """The Albanian (source) partner pages, keyed by acronym."""
    from partners.models import PartnerPage

    return {page.acronym: page for page in PartnerPage.objects.filter(locale__language_code="sq")}
