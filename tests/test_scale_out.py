"""Two app servers that share one database, one cache and one bucket act as one site.

Two gunicorn instances run the production settings on two ports of 127.0.0.1, with a
PostgreSQL database of their own, Redis (or, without it, production's database cache) and a
moto S3 server. The test talks to them over HTTP as a browser behind the TLS-ending proxy would:
it signs in to the admin of A, uploads a picture and publishes pages there, and reads the public
site from B.
"""

import html
import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import uuid
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg2
import pytest
import redis
import requests
from django.conf import settings
from PIL import Image

from operations.app_server import app_servers
from operations.throwaway_database import drop_database, recreate_database

from . import object_storage_server

ROOT = Path(settings.BASE_DIR)
PRODUCTION = "network_site.settings.production"
DEFAULT_DATABASE_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
# A database of the local Redis server that nothing else here uses.
REDIS_URL = "redis://127.0.0.1:6379/11"
ADMIN = "shkalla"

HOME_SETUP = """
from django.contrib.auth import get_user_model
from wagtail.models import Collection, Locale, Page, Site
from home.models import HomePage

get_user_model().objects.create_superuser({admin!r}, "shkalla@example.org", {password!r})
home = Page.get_first_root_node().add_child(
    instance=HomePage(title="Ballina", slug="sq", hero_heading="Çdo fëmijë në shkollë",
                      locale=Locale.get_default())
)
home.save_revision().publish()
site = Site.objects.get(is_default_site=True)
welcome = site.root_page
site.root_page = home
site.save()
welcome.delete()
print(home.pk, Collection.get_first_root_node().pk)
"""

# Changes the title in the database only, past every purge: a reader who still gets the old
# title is answered from the page cache.
TITLE_BEHIND_THE_CACHE = """
from wagtail.models import Page
Page.objects.filter(pk={page}).update(title={title!r}, draft_title={title!r})
"""


def database_server():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else DEFAULT_DATABASE_SERVER


def skip_or_fail(reason):
    """CI must have what the test needs; a laptop may do without."""
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def database():
    """The URL of a PostgreSQL database of the test's own, dropped at the end."""
    server = urlsplit(database_server())
    url = urlunsplit(server._replace(path=f"/scale_out_{uuid.uuid4().hex[:8]}"))
    try:
        recreate_database(url)
    except psycopg2.OperationalError as error:
        skip_or_fail(f"The scale-out test needs PostgreSQL ({database_server()}): {error}")
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture(scope="module")
def shared_cache():
    """Redis database 11, emptied before and after; without Redis, production's own fallback
    (a table of the shared database) is shared as well, and the test runs on that."""
    server = redis.Redis.from_url(REDIS_URL)
    try:
        server.flushdb()
    except redis.exceptions.ConnectionError:
        yield {}
        return
    try:
        yield {"REDIS_URL": REDIS_URL}
    finally:
        server.flushdb()


@pytest.fixture(scope="module")
def bucket():
    with object_storage_server.s3_server() as endpoint:
        yield object_storage_server.bucket_environment(endpoint, "scale-out", "site")


def free_ports(count):
    """Ports of 127.0.0.1 that nothing listens on, all different."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [probe.getsockname()[1] for probe in probes]
    finally:
        for probe in probes:
            probe.close()


@pytest.fixture(scope="module")
def environment(database, shared_cache, bucket, tmp_path_factory):
    port_a, port_b = free_ports(2)
    # Only what this test chooses reaches the servers' cache and storage settings.
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "REDIS_URL", "PAGE_CACHE", "CACHE_PURGE_URL"))
    }
    environment = {
        **inherited,
        **shared_cache,
        **bucket,
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port_a}",
        "DATABASE_URL": database,
        "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
        "PYTHONUNBUFFERED": "1",
    }
    return environment, port_a, port_b


def manage(environment, *arguments):
    return finished(start_manage(environment, *arguments))


def start_manage(environment, *arguments):
    return subprocess.Popen(
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(process):
    try:
        stdout, stderr = process.communicate(timeout=180)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, stderr[-3000:]
    return stdout


@pytest.fixture(scope="module")
def site(environment, tmp_path_factory):
    """The two servers, A and B, with a home page and a superuser's password."""
    environment, port_a, port_b = environment
    # At once: the two take most of the test's time, and collectstatic needs no database.
    collecting = start_manage(environment, "collectstatic", "--no-input", "--verbosity", "0")
    manage(environment, "migrate", "--no-input")
    finished(collecting)
    password = secrets.token_urlsafe(24)
    output = manage(environment, "shell", "-c", HOME_SETUP.format(admin=ADMIN, password=password))
    home, collection = output.splitlines()[-1].split()
    logs = tmp_path_factory.mktemp("gunicorn")
    # A media folder of each server's own: a picture uploaded through one can reach the other
    # only through the bucket.
    environments = [
        {**environment, "MEDIA_ROOT": str(logs / f"media-{port}")} for port in (port_a, port_b)
    ]
    options = ("--workers", "1", "--threads", "2")
    with app_servers(environments, logs, options, ports=[port_a, port_b]) as (server_a, server_b):
        yield {
            "a": server_a.base,
            "b": server_b.base,
            "home": int(home),
            "collection": int(collection),
            "password": password,
            "environment": environment,
        }


class Browser:
    """A browser reaching one server through the TLS-ending proxy: every request says it came
    over HTTPS (X-Forwarded-Proto) with the page it came from (Referer, which Django's CSRF
    check wants over HTTPS). It keeps cookies itself: they are Secure, and requests would send
    them to https:// addresses only."""

    def __init__(self, origin):
        self.origin = origin
        self.secure_origin = origin.replace("http://", "https://")
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = {"X-Forwarded-Proto": "https", "Referer": self.secure_origin + path}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method, self.origin + path, headers=headers, allow_redirects=False, timeout=60, **kwargs
        )
        for header in response.raw.headers.getlist("Set-Cookie"):
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def get(self, path):
        return self.request("GET", path)

    def submit(self, path, changes, files=None):
        """Posts the form of the page at `path` as it is filled in, with `changes`."""
        form = FormFields.of(self.get(path).text)
        return self.request("POST", path, data={**form, **changes}, files=files)


class FormFields(HTMLParser):
    """The fields of the page's POST forms as a browser would send them (the admin's token,
    hidden fields, texts, chosen options and ticked boxes)."""

    def __init__(self):
        super().__init__()
        self.fields = {}
        self.in_form = False
        self.textarea = None
        self.select = None

    @classmethod
    def of(cls, page):
        parser = cls()
        parser.feed(page)
        return parser.fields

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("method", "").lower() == "post"
        if not self.in_form or "name" not in attrs:
            return
        name = attrs["name"]
        if tag == "input" and attrs.get("type") not in ("checkbox", "radio", "submit", "file"):
            self.fields.setdefault(name, attrs.get("value") or "")
        elif tag == "input" and attrs.get("type") in ("checkbox", "radio") and "checked" in attrs:
            self.fields.setdefault(name, attrs.get("value") or "on")
        elif tag == "textarea":
            self.textarea = name
            self.fields.setdefault(name, "")
        elif tag == "select":
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.setdefault(self.select, attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea":
            # A browser drops the newline that starts a textarea's text, as HTML says.
            self.fields[self.textarea] = self.fields[self.textarea].removeprefix("\n")
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def signed_in(origin, password):
    browser = Browser(origin)
    response = browser.submit(
        "/admin/login/", {"username": ADMIN, "password": password, "next": "/admin/"}
    )
    assert response.status_code == 302, response.text[-2000:]
    return browser


def publish_home(browser, home, changes):
    # The body is a StreamField, whose inputs Wagtail's scripts write: an empty one is a count.
    response = browser.submit(
        f"/admin/pages/{home}/edit/", {"body-count": "0", "action-publish": "publish", **changes}
    )
    assert response.status_code == 302, response.text[-3000:]


def photo(colour):
    data = BytesIO()
    Image.new("RGB", (1000, 700), colour).save(data, "JPEG")
    return data.getvalue()


def page_titled(browser, title):
    response = browser.get("/sq/")
    assert response.status_code == 200
    return html.escape(title) in response.text


def test_a_picture_uploaded_through_one_server_shows_through_the_other(site):
    a, b = signed_in(site["a"], site["password"]), Browser(site["b"])

    uploaded = a.submit(
        "/admin/images/add/",
        {"title": "Oborri i shkollës", "collection": str(site["collection"]), "tags": ""},
        files={"file": ("oborri.jpg", photo("darkorange"), "image/jpeg")},
    )
    assert uploaded.status_code == 302, uploaded.text[-3000:]
    image = re.search(r"/admin/images/(\d+)/", a.get("/admin/images/").text).group(1)
    publish_home(a, site["home"], {"hero_image": image, "hero_image_alt": "Oborri i shkollës"})

    answer = b.get("/sq/")
    page = answer.text
    endpoint = site["environment"]["AWS_S3_ENDPOINT_URL"]
    # The page's Content-Security-Policy lets browsers load pictures from the bucket.
    assert endpoint in answer.headers["Content-Security-Policy"].split("img-src")[1].split(";")[0]
    addresses = set(re.findall(rf"{re.escape(endpoint)}/[^\"'\s,]+/images/oborri[^\"'\s,]+", page))
    assert addresses
    for address in addresses:
        answer = requests.get(html.unescape(address), timeout=10)
        assert answer.status_code == 200, address
        assert Image.open(BytesIO(answer.content)).width > 0


def test_a_publish_through_one_server_purges_the_page_cache_of_the_other(site):
    a, b = signed_in(site["a"], site["password"]), Browser(site["b"])
    publish_home(a, site["home"], {"title": "Ballina e rrjetit"})
    b.get("/sq/")
    assert page_titled(b, "Ballina e rrjetit")

    manage(
        site["environment"],
        "shell",
        "-c",
        TITLE_BEHIND_THE_CACHE.format(page=site["home"], title="Titull pa pastrim"),
    )
    # Still the kept page: B answers from the shared cache.
    assert page_titled(b, "Ballina e rrjetit")
    assert not page_titled(b, "Titull pa pastrim")

    publish_home(a, site["home"], {"title": "Ballina e re e rrjetit"})

    assert page_titled(b, "Ballina e re e rrjetit")


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/../../manage.py",
        "/media/images/%2e%2e/%2e%2e/manage.py",
        "/media/images/..%2f..%2fmanage.py",
        "/media/original_images/oborri.jpg",
        "/media/documents/raport.pdf",
    ],
)
def test_a_server_serves_nothing_but_renditions_from_media(site, path):
    """The path exactly as sent (http.client does not tidy "../" away as requests would)."""
    host, port = site["b"].removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path, headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        body = response.read()
    finally:
        connection.close()

    assert response.status == 404
    assert b"DJANGO_SETTINGS_MODULE" not in body
