"""No input a visitor can send makes the site fail: whatever the address, query string, headers,
cookies or form, every public address answers without a server error.

Hypothesis sends arbitrary paths (whole, or after a real address), ids in the addresses that take
one, query strings, Accept-Language, Host and Cookie headers, form posts and request bodies to
every page of the tree in every language and to every other public address (search, feeds,
calendars, sitemaps, robots.txt, the health check, documents, the private pages' and documents'
sign-in and password forms, the admin's sign-in), with the page cache on and off. Requests go in
as a WSGI server hands them to Django (the path percent-decoded, as bytes read as Latin-1), so
nothing is tidied on the way. A request fails if it answers 5xx, if Django caught an exception
on the way (even one that something turned into another status), or if the body is the
server-error page. A Host that ALLOWED_HOSTS does not name must be a 400.
"""

from urllib.parse import quote, unquote_to_bytes, urlencode, urlsplit

import pytest
from django.core.exceptions import DisallowedHost
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from operations.health import HEALTH_PATH

from .conftest import LANGUAGES
from .site_tree import TREE_PAGES

pytestmark = pytest.mark.django_db

FUZZ = hypothesis_settings(
    max_examples=100,
    deadline=None,
    # The examples of one test share its database transaction and the tree it reads.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # Nothing written into the checkout; a failure prints the example that caused it.
    database=None,
)
PRIVATE_PASSWORD = "fuzz-secret"
# Pieces that have broken web applications before: traversal, doubled and encoded slashes,
# NUL, broken percent-encodings and UTF-8, overlong UTF-8, mixed scripts and very long pieces.
AWKWARD_PIECES = [
    "/",
    "//",
    "..",
    "../",
    "/./",
    "%2e%2e/",
    "%2F",
    "\\",
    "%00",
    "\x00",
    "%",
    "%zz",
    "%ff",
    "%c0%af",
    "%e2%82",
    ";",
    "?",
    "#",
    "~",
    "&",
    "=",
    " ",
    "+",
    "ë",
    "đ",
    "Ђаци",
    "\u202e",
    "\U0001f642",
    "index.html",
    ".ics",
    ".rss",
    "x" * 5000,
    "9" * 30,
    "-1",
]
LISTING_PARAMETERS = [
    "page",
    "year",
    "category",
    "partner",
    "series",
    "organiser",
    "q",
    "untranslated",
    "next",
    "return_url",
]
AWKWARD_VALUES = [
    "",
    "-1",
    "0",
    "1",
    "2",
    "abc",
    "1.5",
    "1e9",
    "9" * 40,
    str(2**31),
    str(2**63),
    "last",
    "advocacy",
    "2024",
    "0000",
    "\x00",
    "%00",
    "ë",
    "Ђаци",
    "x" * 3000,
    "//evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
]
AWKWARD_HOSTS = [
    "testserver",
    "localhost",
    "127.0.0.1",
    "localhost:8000",
    "127.0.0.1:80",
    "",
    "evil.example",
    "localhost:abc",
    "localhost:",
    "[::1",
    "[::1]",
    "local host",
    "localhost.",
    ".localhost",
    "localhost\x00",
    "xn--",
    "a" * 300,
    "localhost:" + "9" * 30,
]
AWKWARD_COOKIES = [
    "",
    ";",
    "=",
    "sessionid=",
    "sessionid=junk",
    "sessionid=" + "x" * 4000,
    "sessionid=\x00",
    "csrftoken=junk",
    "csrftoken=" + "A" * 64,
    "django_language=xx",
    "django_language=" + "x" * 1000,
    "django_language=sr-latn",
    "messages=junk",
    'messages="unterminated',
    "a=b; a=c; a=d",
    "x" * 100_000,
    "\u00ff\u00fe=\u0080",
]


def wsgi_text():
    """Header values as a WSGI server passes them: any bytes, here UTF-8 text, read as Latin-1."""
    return st.text(max_size=200).map(lambda text: text.encode().decode("latin-1"))


def awkward_text(pieces):
    return st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=20)), max_size=6).map(
        "".join
    )


def query_strings():
    """Arbitrary keys and values, repeated keys, the listings' own parameters with values they
    do not expect, percent-encoded or sent as they are."""
    key = st.one_of(st.sampled_from(LISTING_PARAMETERS), st.text(max_size=20))
    value = st.one_of(st.sampled_from(AWKWARD_VALUES), st.text(max_size=40))
    pairs = st.lists(st.tuples(key, value), max_size=8)
    encoded = pairs.map(urlencode)
    raw = pairs.map(lambda found: "&".join(f"{name}={text}" for name, text in found))
    return st.one_of(encoded, raw, awkward_text(AWKWARD_PIECES))


def wsgi_path(path):
    """PATH_INFO as a WSGI server gives it: the request line's path percent-decoded, as bytes
    read as Latin-1 (PEP 3333)."""
    return unquote_to_bytes(quote(path, safe="/%;=&~+\\?#")).decode("latin-1")


def send(client, method, path, query="", **environ):
    """The request a WSGI server would hand Django for this request line and these headers."""
    return client.request(
        REQUEST_METHOD=method, PATH_INFO=wsgi_path(path), QUERY_STRING=query, **environ
    )


def server_error_titles():
    titles = set()
    for language in LANGUAGES:
        with translation.override(language):
            titles.add(f"<title>{gettext('Something went wrong')}</title>".encode())
    return titles


def assert_no_server_error(response, request_description):
    assert response.status_code < 500, (response.status_code, request_description)
    assert response.exc_info is None, (response.exc_info, request_description)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    for title in server_error_titles():
        assert title not in body, request_description


def host_is_allowed(host):
    """Django's own answer: whether a request with this Host header gets past ALLOWED_HOSTS."""
    try:
        RequestFactory().get("/", HTTP_HOST=host).get_host()
    except DisallowedHost:
        return False
    return True


@pytest.fixture
def private_pages(tree):
    """One page behind a password in Albanian and one behind a sign-in in English, so that
    Wagtail's password form and login address have a page to guard."""
    password_page = tree("about", "sq")
    password_restriction = PageViewRestriction.objects.create(
        page=password_page,
        restriction_type=PageViewRestriction.PASSWORD,
        password=PRIVATE_PASSWORD,
    )
    PageViewRestriction.objects.create(
        page=tree("contact", "en"), restriction_type=PageViewRestriction.LOGIN
    )
    return password_restriction, password_page


@pytest.fixture
def private_documents(tree):
    """The collection of the tree's report behind a password, for Wagtail's documents' form."""
    return CollectionViewRestriction.objects.create(
        collection=tree("report").collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PRIVATE_PASSWORD,
    )


@pytest.fixture
def addresses(tree, private_pages, private_documents):
    """Every public address of the tree in every language, and the site's other public ones."""
    password_restriction, password_page = private_pages
    found = [
        "/",
        HEALTH_PATH,
        "/robots.txt",
        reverse("sitemap_index"),
        tree("report").url,
        reverse("wagtaildocs_authenticate_with_password", args=[private_documents.pk]),
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_password_reset"),
    ]
    for language in LANGUAGES:
        found += [tree(name, language).url for name in TREE_PAGES]
        found.append(reverse("sitemap_language", args=[language]))
        partner_id = tree("kec", language).pk
        with translation.override(language):
            found += [
                reverse("search"),
                reverse("news_rss"),
                reverse("news_atom"),
                reverse("partner_news_rss", kwargs={"partner_id": partner_id}),
                reverse("partner_news_atom", kwargs={"partner_id": partner_id}),
                reverse("calendar_feed"),
                reverse("event_ics", kwargs={"page_id": tree("upcoming_event", language).pk}),
                reverse("wagtailcore_login"),
                reverse(
                    "wagtailcore_authenticate_with_password",
                    args=[password_restriction.pk, password_page.pk],
                ),
            ]
    return found


def test_every_address_answers_without_a_server_error(client, addresses):
    """The fuzz tests below start from addresses that work: each answers, none fails."""
    for address in addresses:
        response = client.get(address)
        assert response.status_code in (200, 301, 302, 404), (address, response.status_code)


def test_arbitrary_paths_after_a_public_address(addresses):
    client = Client(raise_request_exception=False)

    @FUZZ
    @given(
        address=st.sampled_from(addresses),
        suffix=awkward_text(AWKWARD_PIECES),
        method=st.sampled_from(["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]),
        page_cache=st.booleans(),
    )
    def check(address, suffix, method, page_cache):
        with override_settings(PAGE_CACHE_ENABLED=page_cache):
            response = send(client, method, address + suffix)
        assert_no_server_error(response, (method, address + suffix))

    check()


def test_arbitrary_whole_paths():
    client = Client(raise_request_exception=False)
    prefixes = [
        "",
        "/",
        "//",
        *(f"/{language}/" for language in LANGUAGES),
        "/documents/",
        "/media/images/",
        "/static/",
        "/admin/",
    ]

    @FUZZ
    @given(
        prefix=st.sampled_from(prefixes),
        path=st.one_of(awkward_text(AWKWARD_PIECES), st.text(max_size=300)),
        page_cache=st.booleans(),
    )
    def check(prefix, path, page_cache):
        with override_settings(PAGE_CACHE_ENABLED=page_cache):
            response = send(client, "GET", prefix + path)
        assert_no_server_error(response, prefix + path)

    check()


def test_arbitrary_query_strings(addresses):
    client = Client(raise_request_exception=False)

    @FUZZ
    @given(address=st.sampled_from(addresses), query=query_strings(), page_cache=st.booleans())
    def check(address, query, page_cache):
        with override_settings(PAGE_CACHE_ENABLED=page_cache):
            response = send(client, "GET", address, query.encode().decode("latin-1"))
        assert_no_server_error(response, (address, query))

    check()


def test_arbitrary_accept_language_and_cookies(addresses):
    client = Client(raise_request_exception=False)
    accept_language = st.one_of(
        st.sampled_from(
            ["", "*", "sr-Latn-RS", "sr", "en;q=abc", "en;q=-1", "sq;q=0.5, en;q=0.9", "x" * 2000]
        ),
        wsgi_text(),
    )

    @FUZZ
    @given(
        address=st.sampled_from(addresses),
        language=accept_language,
        cookie=st.one_of(st.sampled_from(AWKWARD_COOKIES), wsgi_text()),
        method=st.sampled_from(["GET", "POST"]),
        page_cache=st.booleans(),
    )
    def check(address, language, cookie, method, page_cache):
        with override_settings(PAGE_CACHE_ENABLED=page_cache):
            response = send(
                client, method, address, HTTP_ACCEPT_LANGUAGE=language, HTTP_COOKIE=cookie
            )
        assert_no_server_error(response, (address, language, cookie))

    check()


def test_a_host_that_is_not_allowed_is_a_bad_request(addresses):
    client = Client(raise_request_exception=False)

    @FUZZ
    @given(
        address=st.sampled_from(addresses),
        host=st.one_of(st.sampled_from(AWKWARD_HOSTS), wsgi_text()),
        page_cache=st.booleans(),
    )
    def check(address, host, page_cache):
        with override_settings(PAGE_CACHE_ENABLED=page_cache):
            response = send(client, "GET", address, HTTP_HOST=host)
        assert_no_server_error(response, (address, host))
        # Load balancers probe the health check by the server's own address, which need not be
        # an allowed host (operations/health.py).
        if not host_is_allowed(host) and address != HEALTH_PATH:
            assert response.status_code == 400, (address, host)

    check()


def form_fields():
    """The fields of the site's forms (search, sign-in, page password, password reset) and any
    others, with arbitrary values, some repeated."""
    names = st.one_of(
        st.sampled_from(
            [
                "q",
                "username",
                "password",
                "email",
                "next",
                "return_url",
                "csrfmiddlewaretoken",
                "page",
            ]
        ),
        st.text(max_size=20),
    )
    values = st.one_of(st.sampled_from([*AWKWARD_VALUES, PRIVATE_PASSWORD]), st.text(max_size=100))
    return st.dictionaries(names, st.one_of(values, st.lists(values, max_size=3)), max_size=6)


def test_arbitrary_form_posts(addresses):
    client = Client(raise_request_exception=False)
    checking_client = Client(raise_request_exception=False, enforce_csrf_checks=True)

    @FUZZ
    @given(
        address=st.sampled_from(addresses),
        fields=form_fields(),
        multipart=st.booleans(),
        checks_csrf=st.booleans(),
    )
    def check(address, fields, multipart, checks_csrf):
        sender = checking_client if checks_csrf else client
        if multipart:
            response = sender.post(address, fields)
        else:
            response = sender.post(
                address, urlencode(fields, doseq=True), "application/x-www-form-urlencoded"
            )
        assert_no_server_error(response, (address, fields))

    check()


def test_arbitrary_request_bodies(addresses):
    client = Client(raise_request_exception=False)
    content_types = st.one_of(
        st.sampled_from(
            [
                "application/x-www-form-urlencoded",
                "multipart/form-data",
                "multipart/form-data; boundary=x",
                "multipart/form-data; boundary=",
                "application/json",
                "text/plain; charset=unknown-charset",
                "application/x-www-form-urlencoded; charset=utf-16",
                "",
            ]
        ),
        wsgi_text(),
    )

    @FUZZ
    @given(
        address=st.sampled_from(addresses),
        body=st.one_of(st.binary(max_size=2000), st.text(max_size=500).map(str.encode)),
        content_type=content_types,
    )
    def check(address, body, content_type):
        response = client.generic("POST", address, body, content_type)
        assert_no_server_error(response, (address, body, content_type))

    check()


def test_the_private_page_password_form_takes_the_right_password(client, private_pages):
    """The form that the fuzzing posts to works: the right password opens the page."""
    restriction, page = private_pages
    form = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = client.post(form, {"password": PRIVATE_PASSWORD, "return_url": page.url})
    assert response.status_code == 302
    assert client.get(page.url).status_code == 200


def test_arbitrary_ids_in_the_addresses_that_take_one(tree, private_pages):
    """Page, restriction, document and picture ids and names out of range, negative, of the
    wrong kind of object or of nothing at all."""
    client = Client(raise_request_exception=False)
    restriction, page = private_pages
    real_ids = [
        restriction.pk,
        page.pk,
        tree("kec").pk,
        tree("article").pk,
        tree("upcoming_event").pk,
        tree("report").pk,
    ]
    ids = st.one_of(
        st.sampled_from(real_ids),
        st.integers(min_value=-1, max_value=10**30).map(str),
        st.sampled_from(["0", "00", "2147483648", "9" * 10, "9" * 400, "1e3", "", "x", "-0"]),
    )
    templates = [
        "/{language}/calendar/events/{first}.ics",
        "/{language}/feeds/partners/{first}/news.rss",
        "/{language}/feeds/partners/{first}/news.atom",
        "/{language}/_util/authenticate_with_password/{first}/{second}/",
        "/documents/{first}/{name}",
        "/documents/authenticate_with_password/{first}/",
        "/media/images/{name}",
        "/sitemap-{name}.xml",
    ]

    @FUZZ
    @given(
        template=st.sampled_from(templates),
        language=st.sampled_from(LANGUAGES),
        first=ids,
        second=ids,
        name=st.one_of(
            st.sampled_from([tree("report").file.name.split("/")[-1], "sq", "../settings.py"]),
            awkward_text(AWKWARD_PIECES),
        ),
        method=st.sampled_from(["GET", "POST"]),
    )
    def check(template, language, first, second, name, method):
        path = template.format(language=language, first=first, second=second, name=name)
        response = send(client, method, path)
        assert_no_server_error(response, (method, path))

    check()


@pytest.mark.parametrize("return_url", ["0", "home", "search", "wagtail_serve"])
def test_a_password_form_sent_back_to_no_path_leads_to_the_root(
    private_pages, private_documents, return_url
):
    """Wagtail's password forms took a return address without "/" or "." for the name of a view
    and failed (a 500) when no view had it, or sent the reader to whatever view did."""
    restriction, page = private_pages
    forms = [
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        reverse("wagtaildocs_authenticate_with_password", args=[private_documents.pk]),
    ]
    client = Client(raise_request_exception=False)
    for form in forms:
        response = client.post(form, {"password": PRIVATE_PASSWORD, "return_url": return_url})
        assert response.status_code == 302, form
        assert response["Location"] == "/"


def test_a_password_form_sends_its_reader_back_only_to_this_site(private_pages, private_documents):
    """The right password with any return address: never a failure, never a redirect to
    another site."""
    restriction, page = private_pages
    forms = [
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        reverse("wagtaildocs_authenticate_with_password", args=[private_documents.pk]),
    ]
    client = Client(raise_request_exception=False)
    return_urls = st.one_of(
        st.sampled_from(
            [
                page.url,
                "//evil.example/",
                "///evil.example/",
                "/\\evil.example/",
                "https://evil.example/",
                "http://testserver/",
                "javascript:alert(1)",
                "/sq/\r\nSet-Cookie: a=b",
                "\x01/evil.example",
                "",
            ]
        ),
        st.text(max_size=200),
    )

    @FUZZ
    @given(form=st.sampled_from(forms), return_url=return_urls)
    def check(form, return_url):
        response = client.post(form, {"password": PRIVATE_PASSWORD, "return_url": return_url})
        assert_no_server_error(response, return_url)
        if response.status_code == 302:
            target = urlsplit(response["Location"])
            assert target.netloc in ("", "testserver"), (return_url, response["Location"])
            assert "\n" not in response["Location"]

    check()


@pytest.mark.parametrize(
    ("body", "expected_status"),
    [
        # More fields than DATA_UPLOAD_MAX_NUMBER_FIELDS.
        ("&".join(f"field{number}=1" for number in range(10_001)), 400),
        # More than DATA_UPLOAD_MAX_MEMORY_SIZE.
        ("q=" + "x" * 3 * 1024 * 1024, 400),
    ],
)
def test_oversized_forms_are_refused_not_failed(body, expected_status):
    client = Client(raise_request_exception=False)
    with translation.override("en"):
        sign_in = reverse("wagtailcore_login")
    response = client.post(sign_in, body, content_type="application/x-www-form-urlencoded")
    assert_no_server_error(response, len(body))
    assert response.status_code == expected_status
