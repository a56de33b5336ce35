"""A partner's highlight goes live only when Communications approve it; rejections come back."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from editorial.roles import COMMUNICATIONS
from events.models import EventHighlightPage, EventPage
from partners.models import PartnerAccess

pytestmark = pytest.mark.django_db

HOSTILE_SCRIPT = "<script>alert('xss')</script>"
HOSTILE_ATTRIBUTE = '"><img src=x onerror=alert(1)>'


@pytest.fixture
def people(make_user, partner_pages):
    partner, partner_client = make_user("Partner: KEC", username="kec-partner")
    approver, approver_client = make_user(COMMUNICATIONS, username="communications")
    return {
        "partner": partner,
        "partner_client": partner_client,
        "approver": approver,
        "approver_client": approver_client,
        "kec": partner_pages["KEC"],
        "event": EventPage.objects.filter(locale__language_code="sq").first(),
    }


def highlight_form(title, photos, summary="Nxënësit folën për shkollën e tyre.", text=None):
    return nested_form_data(
        {
            "title": title,
            "date": "2026-11-25",
            "summary": summary,
            "photos": inline_formset(photos),
            "quotes": streamfield(
                [
                    (
                        "quote",
                        {
                            "text": text or "Shkolla na mban bashkë.",
                            "attribution": text or "Një nxënëse",
                        },
                    )
                ]
            ),
            "body": streamfield(
                [("paragraph", rich_text(f"<p>{escape(text or 'Një ditë e mirë.')}</p>"))]
            ),
            "action-submit": "Submit for moderation",
        }
    )


def submit_highlight(people, title, django_capture_on_commit_callbacks, **form):
    access = PartnerAccess.objects.get(partner=people["kec"])
    photos = [
        {
            "image": ImageFactory(collection=access.image_collection).pk,
            "alt_text": alt,
            "caption": caption,
        }
        for alt, caption in form.pop(
            "photos", [("Nxënës në klasë", "Ora e parë"), ("Mësuesja me nxënës", "")]
        )
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
        return people["approver_client"].post(url, {"comment": comment})


def test_partner_submits_highlight_and_communications_approve_it(
    client, people, django_capture_on_commit_callbacks
):
    highlight = submit_highlight(
        people, "Dita e hapur në shkollë", django_capture_on_commit_callbacks
    )

    assert not highlight.live
    assert highlight.owner == people["partner"]
    assert highlight.posted_by.specific == people["kec"]
    assert highlight.photos.count() == 2
    assert highlight.current_workflow_state.status == "in_progress"
    edit_page = people["partner_client"].get(
        reverse("wagtailadmin_pages:edit", args=[highlight.pk])
    )
    assert "Approval by communications" in edit_page.content.decode()

    notified = [message for message in mail.outbox if people["approver"].email in message.to]
    assert notified and "Dita e hapur në shkollë" in notified[0].subject + notified[0].body

    dashboard = people["approver_client"].get(reverse("wagtailadmin_home")).content.decode()
    assert "Dita e hapur në shkollë" in dashboard

    response = workflow_action(
        people, highlight, "approve", "Faleminderit!", django_capture_on_commit_callbacks
    )
    assert response.status_code in (200, 302)
    highlight.refresh_from_db()
    assert highlight.live
    event_html = client.get(people["event"].url).content.decode()
    assert "Dita e hapur në shkollë" in event_html
    assert client.get(highlight.url).status_code == 200


def test_communications_reject_with_a_comment_the_partner_sees(
    people, django_capture_on_commit_callbacks
):
    highlight = submit_highlight(people, "Tryezë me prindërit", django_capture_on_commit_callbacks)
    workflow_action(
        people,
        highlight,
        "reject",
        "Ju lutemi shtoni emrin e shkollës.",
        django_capture_on_commit_callbacks,
    )
    highlight.refresh_from_db()
    assert not highlight.live
    assert highlight.current_workflow_state.status == "needs_changes"
    edit_page = people["partner_client"].get(
        reverse("wagtailadmin_pages:edit", args=[highlight.pk])
    )
    assert "Ju lutemi shtoni emrin e shkollës." in edit_page.content.decode()


def test_communications_edits_publish_directly(client, people):
    profile = people["kec"]
    response = people["approver_client"].post(
        reverse("wagtailadmin_pages:edit", args=[profile.pk]),
        nested_form_data(
            {
                "title": profile.title,
                "slug": profile.slug,
                "acronym": profile.acronym,
                "kind": profile.kind,
                "summary": "Përmbledhje e re nga Komunikimi.",
                "body": streamfield([]),
                "website": "",
                "email": "",
                "city": profile.city,
                "action-publish": "publish",
            }
        ),
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.summary == "Përmbledhje e re nga Komunikimi."
    assert profile.current_workflow_state is None
    assert "Përmbledhje e re nga Komunikimi." in client.get(profile.url).content.decode()


def test_hostile_text_from_partners_is_escaped_on_the_public_pages(
    client, people, django_capture_on_commit_callbacks
):
    highlight = submit_highlight(
        people,
        f"Titull {HOSTILE_SCRIPT}",
        django_capture_on_commit_callbacks,
        summary=f"Përmbledhje {HOSTILE_ATTRIBUTE}",
        text=f"Fjalë {HOSTILE_SCRIPT}{HOSTILE_ATTRIBUTE}",
        photos=[(f"Alt {HOSTILE_ATTRIBUTE}", f"Caption {HOSTILE_SCRIPT}")],
    )
    workflow_action(people, highlight, "approve", "", django_capture_on_commit_callbacks)
    highlight.refresh_from_db()
    assert highlight.live
    for url in (highlight.url, people["event"].url):
        html = client.get(url).content.decode()
        assert "<script>alert(" not in html
        assert "<img src=x onerror" not in html
        assert "onerror=alert(1)>" not in html.replace("onerror=alert(1)&gt;", "")
    page_html = client.get(highlight.url).content.decode()
    assert "&lt;script&gt;alert(" in page_html


def test_hostile_text_in_a_partner_profile_is_escaped_once_approved(
    client, people, django_capture_on_commit_callbacks
):
    profile = people["kec"]
    with django_capture_on_commit_callbacks(execute=True):
        response = people["partner_client"].post(
            reverse("wagtailadmin_pages:edit", args=[profile.pk]),
            nested_form_data(
                {
                    "title": f"Qendra {HOSTILE_SCRIPT}",
                    "slug": profile.slug,
                    "acronym": "KEC<b>",
                    "kind": profile.kind,
                    "summary": f"Përmbledhje {HOSTILE_ATTRIBUTE}",
                    "body": streamfield(
                        [("paragraph", rich_text(f"<p>{escape(HOSTILE_SCRIPT)}</p>"))]
                    ),
                    "website": "https://example.org/?q=<x>",
                    "email": "",
                    "city": f"Prishtinë {HOSTILE_ATTRIBUTE}",
                    "action-submit": "Submit for moderation",
                }
            ),
        )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.current_workflow_state.status == "in_progress"
    assert "<script>" not in client.get(profile.url).content.decode()  # still the old version
    workflow_action(people, profile, "approve", "", django_capture_on_commit_callbacks)
    html = client.get(profile.url).content.decode()
    assert "<script>alert(" not in html
    assert "<img src=x onerror" not in html
    assert "KEC&lt;b&gt;" in html
