"""A partner's highlight goes live only when Communications approve it; rejections come back."""

import json
from html.parser import HTMLParser

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from editorial.roles import COMMUNICATIONS, REVIEW_TASK
from events.models import EventHighlightPage

from . import factories

pytestmark = pytest.mark.django_db

HOSTILE_SCRIPT = "<script>alert('xss')</script>"
HOSTILE_ATTRIBUTE = '"><img src=x onerror=alert(1)>'
HOSTILE = f"{HOSTILE_SCRIPT}{HOSTILE_ATTRIBUTE}"
# A URL field takes no spaces, but quotes and angle brackets pass its validation.
HOSTILE_URL = "https://example.org/?q=\"><script>alert('url')</script>"


@pytest.fixture
def people(make_user, tree):
    partner, partner_client = make_user("Partner: KEC", username="kec-partner")
    partner.email = "kec-partner@example.org"
    partner.save()
    approver, approver_client = make_user(COMMUNICATIONS, username="communications")
    approver.email = "komunikimi@example.org"
    approver.save()
    return {
        "partner": partner,
        "partner_client": partner_client,
        "approver": approver,
        "approver_client": approver_client,
        "kec": tree("kec"),
        "event": tree("past_event"),
    }


def listblock(values):
    """ListBlock form data, for use inside nested_form_data."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index)}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def every_block(text, image, document):
    """Form data of a body with every block a partner can fill in (but the embed), saying `text`."""
    figure = {
        "image": {"image": image.pk, "alt_text": text, "decorative": ""},
        "caption": text,
    }
    return streamfield(
        [
            ("heading", {"text": text, "level": "h2"}),
            (
                "paragraph",
                rich_text(f"<p>{escape(text)} <a href=\"javascript:alert('link')\">lidhja</a></p>"),
            ),
            ("figure", figure),
            ("quote", {"text": text, "attribution": text}),
            ("gallery", {"heading": text, "images": listblock([figure])}),
            ("document", {"document": document.pk, "label": ""}),
            ("document", {"document": document.pk, "label": text}),
            (
                "call_to_action",
                {
                    "heading": text,
                    "text": text,
                    "page": "",
                    "url": HOSTILE_URL,
                    "button_label": text,
                },
            ),
            (
                "table",
                {
                    "caption": text,
                    "has_header_row": "on",
                    "rows": listblock([listblock([text, text]), listblock([text, text])]),
                },
            ),
        ]
    )


def highlight_form(
    title, photos, summary="Nxënësit folën për shkollën e tyre.", quote=None, body=None
):
    return nested_form_data(
        {
            "title": title,
            "date": "2024-11-27",
            "summary": summary,
            "photos": inline_formset(photos),
            "quotes": streamfield(
                [
                    (
                        "quote",
                        {
                            "text": quote or "Shkolla na mban bashkë.",
                            "attribution": quote or "Një nxënëse",
                        },
                    )
                ]
            ),
            "body": body or streamfield([("paragraph", rich_text("<p>Një ditë e mirë.</p>"))]),
            "action-submit": "Submit for moderation",
        }
    )


def kec_image(people, title="Foto e KEC"):
    return factories.ImageFactory(
        title=title,
        collection=people["kec"].access.image_collection,
        file__width=120,
        file__height=70,
    )


def submit_highlight(people, title, django_capture_on_commit_callbacks, photos=None, **form):
    """The KEC partner posts a highlight under the event and submits it for review."""
    photos = [
        {"image": kec_image(people).pk, "alt_text": alt, "caption": caption}
        for alt, caption in photos
        or [("Nxënës në klasë", "Ora e parë"), ("Mësuesja me nxënës", "")]
    ]
    url = reverse(
        "wagtailadmin_pages:add", args=["events", "eventhighlightpage", people["event"].pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = people["partner_client"].post(url, highlight_form(title, photos, **form))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    return EventHighlightPage.objects.get(title=title)


def workflow_action(people, page, action, comment, django_capture_on_commit_callbacks):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = people["approver_client"].post(url, {"comment": comment})
    assert response.status_code in (200, 302)
    return response


def mail_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_partner_submits_a_highlight_and_communications_approve_it_onto_the_event_page(
    client, people, django_capture_on_commit_callbacks
):
    title = "Dita e hapur në shkollë"
    highlight = submit_highlight(people, title, django_capture_on_commit_callbacks)

    assert not highlight.live
    assert highlight.owner == people["partner"]
    assert highlight.posted_by.specific == people["kec"]
    assert [photo.alt_text for photo in highlight.photos.all()] == [
        "Nxënës në klasë",
        "Mësuesja me nxënës",
    ]
    assert highlight.current_workflow_state.status == "in_progress"
    assert highlight.current_workflow_task_state.task.name == REVIEW_TASK
    edit_page = people["partner_client"].get(
        reverse("wagtailadmin_pages:edit", args=[highlight.pk])
    )
    assert REVIEW_TASK in edit_page.content.decode()

    # Communications are told by e-mail and find the highlight on their dashboard.
    notified = mail_to(people["approver"].email)
    assert len(notified) == 1
    assert title in notified[0].subject + notified[0].body
    assert not mail_to(people["partner"].email)
    dashboard = people["approver_client"].get(reverse("wagtailadmin_home")).content.decode()
    assert title in dashboard
    assert reverse("wagtailadmin_pages:edit", args=[highlight.pk]) in dashboard

    # Until approved, visitors see nothing of it.
    assert title not in client.get(people["event"].url).content.decode()
    assert client.get(highlight.url).status_code == 404

    workflow_action(
        people, highlight, "approve", "Faleminderit!", django_capture_on_commit_callbacks
    )
    highlight.refresh_from_db()
    assert highlight.live
    assert highlight.current_workflow_state is None
    told = mail_to(people["partner"].email)
    assert len(told) == 1 and title in told[0].subject + told[0].body
    assert title in client.get(people["event"].url).content.decode()
    page = client.get(highlight.url)
    assert page.status_code == 200
    assert f"<h1>{title}</h1>" in page.content.decode()
    assert title in client.get(people["kec"].url).content.decode()


def test_communications_reject_with_a_comment_the_partner_sees(
    client, people, django_capture_on_commit_callbacks
):
    title = "Tryezë me prindërit"
    comment = "Ju lutemi shtoni emrin e shkollës."
    highlight = submit_highlight(people, title, django_capture_on_commit_callbacks)
    workflow_action(people, highlight, "reject", comment, django_capture_on_commit_callbacks)
    highlight.refresh_from_db()
    assert not highlight.live
    assert highlight.current_workflow_state.status == "needs_changes"
    assert client.get(highlight.url).status_code == 404
    assert title not in client.get(people["event"].url).content.decode()
    edit_page = people["partner_client"].get(
        reverse("wagtailadmin_pages:edit", args=[highlight.pk])
    )
    assert escape(comment) in edit_page.content.decode()
    told = mail_to(people["partner"].email)
    assert len(told) == 1 and title in told[0].subject + told[0].body


def edit_form(client, page):
    """The page's edit form as the admin shows it to `client`, ready to change and post."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def test_communications_edits_are_published_at_once_without_review(client, people):
    profile = people["kec"]
    data = edit_form(people["approver_client"], profile)
    data["summary"] = "Përmbledhje e re nga Komunikimi."
    data.update(nested_form_data({"body": streamfield([])}))
    data["action-publish"] = "publish"
    response = people["approver_client"].post(
        reverse("wagtailadmin_pages:edit", args=[profile.pk]), data
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.summary == "Përmbledhje e re nga Komunikimi."
    assert profile.live and not profile.has_unpublished_changes
    assert profile.current_workflow_state is None
    assert "Përmbledhje e re nga Komunikimi." in client.get(profile.url).content.decode()
    assert mail.outbox == []


class MarkupCheck(HTMLParser):
    """Collects what hostile text could have turned into: elements, attributes, scripts."""

    def __init__(self):
        super().__init__()
        self.images = []
        self.event_handlers = []
        self.links = []
        self.scripts = []
        self.script_type = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.event_handlers += [name for name in attrs if name.startswith("on")]
        if tag == "img":
            self.images.append(attrs.get("src"))
        if tag == "a":
            self.links.append(attrs.get("href") or "")
        if tag == "script":
            self.script_type = attrs.get("type") or "text/javascript"

    def handle_endtag(self, tag):
        self.script_type = None

    def handle_data(self, data):
        if self.script_type:
            self.scripts.append((self.script_type, data))


def assert_harmless(html):
    """None of the hostile strings made it into the page as markup."""
    assert HOSTILE_SCRIPT not in html
    assert HOSTILE_ATTRIBUTE not in html
    check = MarkupCheck()
    check.feed(html)
    assert check.event_handlers == []
    assert "x" not in check.images
    for script_type, script in check.scripts:
        if script_type == "application/ld+json":
            json.loads(script)  # data that the hostile text did not break out of
        else:
            assert "alert(" not in script
    assert not [href for href in check.links if href.strip().lower().startswith("javascript:")]


def test_hostile_text_in_every_field_of_a_highlight_stays_text_on_public_pages(
    client, people, django_capture_on_commit_callbacks
):
    document = factories.DocumentFactory(
        title=f"Raport {HOSTILE}", collection=people["kec"].access.document_collection
    )
    image = kec_image(people, title=f"Foto {HOSTILE}")
    highlight = submit_highlight(
        people,
        f"Titull {HOSTILE_SCRIPT}",
        django_capture_on_commit_callbacks,
        summary=f"Përmbledhje {HOSTILE_ATTRIBUTE}",
        quote=f"Fjalë {HOSTILE}",
        photos=[(f"Alt {HOSTILE}", f"Caption {HOSTILE}")],
        body=every_block(f"Blloku {HOSTILE}", image, document),
    )
    assert len(highlight.body) == 9
    workflow_action(people, highlight, "approve", "", django_capture_on_commit_callbacks)
    highlight.refresh_from_db()
    assert highlight.live
    for url in (highlight.url, people["event"].url, people["kec"].url):
        assert_harmless(client.get(url).content.decode())
    page_html = client.get(highlight.url).content.decode()
    # The visitor reads the text as it was typed.
    for text in (
        f"Titull {HOSTILE_SCRIPT}",
        f"Përmbledhje {HOSTILE_ATTRIBUTE}",
        f"Fjalë {HOSTILE}",
        f"Caption {HOSTILE}",
        f"Blloku {HOSTILE}",
        f"Raport {HOSTILE}",
    ):
        assert escape(text) in page_html, text


def test_hostile_text_in_a_partner_profile_is_reviewed_and_stays_text_once_approved(
    client, people, django_capture_on_commit_callbacks
):
    profile = people["kec"]
    public_before = client.get(profile.url).content.decode()
    image = kec_image(people, title=f"Logo {HOSTILE}")
    document = factories.DocumentFactory(
        title=f"Raport {HOSTILE}", collection=profile.access.document_collection
    )
    data = edit_form(people["partner_client"], profile)
    data.update(
        nested_form_data(
            {
                "title": f"Qendra {HOSTILE_SCRIPT}",
                "acronym": "KEC<b>",
                "logo": image.pk,
                "summary": f"Përmbledhje {HOSTILE_ATTRIBUTE}",
                "body": every_block(f"Profili {HOSTILE}", image, document),
                "website": HOSTILE_URL,
                "city": f"Prishtinë {HOSTILE_ATTRIBUTE}",
                "action-submit": "Submit for moderation",
            }
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = people["partner_client"].post(
            reverse("wagtailadmin_pages:edit", args=[profile.pk]), data
        )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    profile.refresh_from_db()
    assert profile.current_workflow_state.status == "in_progress"
    # Still the published version until Communications approve.
    assert client.get(profile.url).content.decode() == public_before

    workflow_action(people, profile, "approve", "", django_capture_on_commit_callbacks)
    profile.refresh_from_db()
    assert (profile.acronym, len(profile.body), profile.logo_id) == ("KEC<b>", 9, image.pk)
    html = client.get(profile.url).content.decode()
    assert_harmless(html)
    assert "KEC&lt;b&gt;" in html
    for text in (
        f"Qendra {HOSTILE_SCRIPT}",
        f"Prishtinë {HOSTILE_ATTRIBUTE}",
        f"Profili {HOSTILE}",
    ):
        assert escape(text) in html, text
    assert_harmless(client.get(people["event"].url).content.decode())
