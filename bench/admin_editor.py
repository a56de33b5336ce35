"""An editor who works in the admin over HTTP while `make loadtest` loads the public site: signs
in, opens an article's edit form, changes its title and introduction, saves or publishes it, and
again, as a person in a browser would (see bench/loadtest.py).

Imported once Django is set up: the edit form's StreamFields are posted as Wagtail's script would
write them, from the page model's block definitions.
"""

import json
import secrets
import threading
import traceback
import urllib.parse
from http.client import HTTPConnection
from http.cookies import SimpleCookie

from bs4 import BeautifulSoup
from django.db import connection
from wagtail import blocks
from wagtail.models import Page

# Production redirects plain HTTP to HTTPS and checks the Origin of admin posts; a TLS proxy in
# front of gunicorn says the request came over HTTPS.
FORWARDED_HTTPS = {"X-Forwarded-Proto": "https"}
HTTP_TIMEOUT = 60


def status_of(port, path):
    """The status of an anonymous GET of `path`."""
    return HttpSession(port).request("GET", path)[0]


class HttpSession:
    """A browser's requests to 127.0.0.1:`port`, as if through the TLS proxy: with its cookies,
    and with the Origin and Referer that Django's CSRF check wants of a form sent over HTTPS.

    Python's cookie jars never send a Secure cookie over plain HTTP (the session and CSRF
    cookies are Secure in production), so the cookies are kept here.
    """

    def __init__(self, port):
        self.port = port
        self.origin = f"https://127.0.0.1:{port}"
        self.cookies = {}

    def request(self, method, path, fields=None):
        """(status, headers, body) of one request; `fields` are sent as a form."""
        headers = {"Host": f"127.0.0.1:{self.port}", **FORWARDED_HTTPS}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = self.origin
            headers["Referer"] = self.origin + path
        connection = HTTPConnection("127.0.0.1", self.port, timeout=HTTP_TIMEOUT)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response.status, response.headers, content.decode(errors="replace")


class EditorLoop:
    """Signs in and saves `articles` ({page id: (title, introduction)}) in turn, as a draft and
    published by turns, each time with a new marker in the title and introduction, until `stop`
    is set."""

    def __init__(self, port, username, password, articles):
        self.session = HttpSession(port)
        self.username = username
        self.password = password
        self.articles = articles
        self.marker_prefix = f"loadtest-{secrets.token_hex(4)}-"
        self.stop = threading.Event()
        self.attempts = []  # (page id, marker) of each save tried
        self.saved = []  # those that the admin accepted
        self.failures = []

    def run(self):
        try:
            self.sign_in()
            page_ids = list(self.articles)
            while not self.stop.is_set():
                count = len(self.attempts)
                attempt = (page_ids[count % len(page_ids)], f"{self.marker_prefix}{count + 1}")
                self.attempts.append(attempt)
                failure = self.save(*attempt, publish=count % 2 == 1)
                if failure:
                    self.failures.append(failure)
                else:
                    self.saved.append(attempt)
        except Exception:
            # Whatever went wrong goes into the report; the load goes on to its end.
            self.failures.append(traceback.format_exc())
        finally:
            # This thread's own database connection, which looked up the edited page types.
            connection.close()

    def sign_in(self):
        path = "/admin/login/"
        _status, _headers, html = self.session.request("GET", path)
        fields = form_fields(BeautifulSoup(html, "html.parser").find("form", method="post"))
        fields.update({"username": self.username, "password": self.password, "next": "/admin/"})
        status, headers, _html = self.session.request("POST", path, fields)
        if status != 302 or headers["Location"] != "/admin/":
            raise RuntimeError(f"signing in answered {status} {headers.get('Location')}")

    def save(self, page_id, marker, publish):
        """Open the article's edit form, put `marker` in its title and introduction, and save
        it as a draft or publish it; None if the admin accepted it, else what went wrong."""
        path = f"/admin/pages/{page_id}/edit/"
        status, _headers, html = self.session.request("GET", path)
        if status != 200:
            return f"{path}: the edit form answered {status}"
        fields = edit_form_fields(html, page_id)
        title, intro = self.articles[page_id]
        fields["title"] = f"{title} {marker}"
        fields["intro"] = f"{marker} {intro}"
        if publish:
            fields["action-publish"] = "action-publish"
        status, _headers, html = self.session.request("POST", path, fields)
        if status != 302:
            errors = BeautifulSoup(html, "html.parser").select(".error-message, .help-critical")
            found = "; ".join(error.get_text(" ", strip=True) for error in errors)
            return f"{path}: saving answered {status}: {found[:500]}"
        return None


def form_fields(form):
    """{name: value or [values]} that a browser sends for `form`: its fields outside
    <template>s, the boxes that are ticked, the options that are chosen; no buttons."""
    fields = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.find_parent("template") is not None:
            continue
        if element.name == "input":
            kind = element.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            if kind in ("checkbox", "radio") and not element.has_attr("checked"):
                continue
            value = element.get("value", "on" if kind in ("checkbox", "radio") else "")
            fields.setdefault(name, []).append(value)
        elif element.name == "textarea":
            # HTML drops the newline that follows <textarea>; html.parser keeps it.
            fields.setdefault(name, []).append(element.get_text().removeprefix("\n"))
        else:
            options = element.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and options and not element.has_attr("multiple"):
                chosen = options[:1]
            fields[name] = [option.get("value", option.get_text()) for option in chosen]
    return {name: values[0] if len(values) == 1 else values for name, values in fields.items()}


def edit_form_fields(html, page_id):
    """What Wagtail's page edit form sends: its plain fields, and each StreamField as the
    admin's script writes it from the state the form was rendered with."""
    document = BeautifulSoup(html, "html.parser")
    fields = form_fields(document.find("form", id="page-edit-form"))
    model = Page.objects.get(pk=page_id).specific_class
    for element in document.select('#page-edit-form [data-controller="w-block"]'):
        name = element["id"]
        state = json.loads(element["data-w-block-arguments-value"])[0]
        fields.update(block_fields(model._meta.get_field(name).stream_block, name, state))
    return fields


def block_fields(block, prefix, state):
    """The form fields that Wagtail's StreamField script posts for `block` in `state` (what
    block.get_form_state gave the form): Wagtail writes them only in JavaScript, and this
    editor has no browser."""
    fields = {}
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        fields[f"{prefix}-count"] = len(state)
        for index, child in enumerate(state):
            item = f"{prefix}-{index}"
            fields.update({f"{item}-id": child.get("id") or "", f"{item}-deleted": ""})
            fields[f"{item}-order"] = index
            if isinstance(block, blocks.StreamBlock):
                fields[f"{item}-type"] = child["type"]
                child_block = block.child_blocks[child["type"]]
            else:
                child_block = block.child_block
            fields.update(block_fields(child_block, f"{item}-value", child["value"]))
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            fields.update(block_fields(child_block, f"{prefix}-{name}", state.get(name)))
    elif isinstance(state, bool):
        if state:
            fields[prefix] = "on"
    elif isinstance(state, dict):  # a chooser's chosen object
        fields[prefix] = state.get("id", "")
    else:
        fields[prefix] = "" if state is None else state
    return fields
