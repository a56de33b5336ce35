"""A partner's people can post highlights and keep their profile; nothing else, and nobody else's.

Each admin view that Wagtail's 2024-2026 advisories concerned is called over HTTP by a KEC user
against SBASHK's pages, images and documents (and against the KEC user's own pages where the
action itself is forbidden); each must refuse and leave the database as it was.
"""

import json

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision
from wagtail_factories import DocumentFactory, ImageFactory

from events.models import EventHighlightPage, EventPage
from news.models import NewsPage
from partners.models import PartnerAccess

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_user, partner_pages):
    """KEC's and SBASHK's users, and what SBASHK and KEC have made."""
    kec_user, kec_client = make_user("Partner: KEC", username="kec-user")
    sbashk_user, _ = make_user("Partner: SBASHK", username="sbashk-user")
    sbashk_access = PartnerAccess.objects.get(partner=partner_pages["SBASHK"])
    event = EventPage.objects.filter(locale__language_code="sq").first()

    def highlight(owner, partner, title, live):
        page = factories.EventHighlightPageFactory.build(
            title=title, owner=owner, posted_by=partner, live=live
        )
        event.add_child(instance=page)
        page.save_revision(user=owner)
        page.title = f"{title} (ndryshuar)"
        page.save_revision(user=owner)
        return page

    return {
        "kec_user": kec_user,
        "client": kec_client,
        "event": event,
        "sbashk_draft": highlight(sbashk_user, partner_pages["SBASHK"], "Drafti i SBASHK", False),
        "sbashk_live": highlight(
            sbashk_user, partner_pages["SBASHK"], "Publikuar nga SBASHK", True
        ),
        "kec_own": highlight(kec_user, partner_pages["KEC"], "Drafti i KEC", False),
        "sbashk_profile": partner_pages["SBASHK"],
        "kec_profile": partner_pages["KEC"],
        "news": NewsPage.objects.filter(locale__language_code="sq").first(),
        "sbashk_image": ImageFactory(
            title="Foto e SBASHK", collection=sbashk_access.image_collection
        ),
        "sbashk_document": DocumentFactory(
            title="Raport i SBASHK", collection=sbashk_access.document_collection
        ),
    }


def database_state():
    return {
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk",
                "title",
                "draft_title",
                "live",
                "path",
                "locked",
                "owner_id",
                "latest_revision_id",
            )
        ),
        "revisions": Revision.objects.count(),
        "log entries": PageLogEntry.objects.count(),
        "images": list(get_image_model().objects.values_list("pk", "title", "collection_id")),
        "documents": list(get_document_model().objects.values_list("pk", "title", "collection_id")),
    }


def assert_refused(response, client=None):
    """Wagtail refuses with 403, 404, or a redirect to the dashboard or login with an error.

    A redirect elsewhere (an old address moved to a new one) is followed and checked in turn.
    """
    if response.status_code == 302:
        location = response["Location"].split("?")[0]
        if location not in ("/admin/", "/admin/login/") and client is not None:
            return assert_refused(client.get(response["Location"]))
        assert location in ("/admin/", "/admin/login/"), response["Location"]
    else:
        assert response.status_code in (400, 403, 404, 405), response.status_code
    return None


def page_views(page):
    revision = page.revisions.order_by("pk").first()
    return [
        ("get", reverse("wagtailadmin_pages:edit", args=[page.pk]), {}),
        (
            "post",
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {"title": "Hacked", "slug": "hacked"},
        ),
        (
            "post",
            reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
            {"title": "Hacked"},
        ),
        ("get", reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), {}),
        ("get", reverse("wagtailadmin_pages:history", args=[page.pk]), {}),
        ("get", reverse("wagtailadmin_pages:revisions_index", args=[page.pk]), {}),
        ("get", reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]), {}),
        (
            "get",
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]),
            {},
        ),
        ("get", reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]), {}),
        ("get", reverse("wagtailadmin_pages:workflow_history", args=[page.pk]), {}),
    ]


def forbidden_actions(page, destination):
    return [
        ("get", reverse("wagtailadmin_pages:copy", args=[page.pk]), {}),
        (
            "post",
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {"new_title": "Kopje", "new_slug": "kopje", "new_parent_page": destination.pk},
        ),
        ("get", reverse("wagtailadmin_pages:move", args=[page.pk]), {}),
        ("post", reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]), {}),
        ("get", reverse("wagtailadmin_pages:delete", args=[page.pk]), {}),
        ("post", reverse("wagtailadmin_pages:delete", args=[page.pk]), {}),
        ("post", reverse("wagtailadmin_pages:unpublish", args=[page.pk]), {}),
        ("post", reverse("wagtailadmin_pages:lock", args=[page.pk]), {}),
        (
            "post",
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [2, 3]},
        ),
        (
            "post",
            reverse("wagtailadmin_api:pages:action", args=[page.pk, "copy_for_translation"]),
            {"locale": "en"},
        ),
        (
            "post",
            reverse("wagtailadmin_api:pages:action", args=[page.pk, "copy"]),
            {"destination_page_id": destination.pk},
        ),
        (
            "post",
            reverse("wagtailadmin_api:pages:action", args=[page.pk, "move"]),
            {"destination_page_id": destination.pk},
        ),
        ("post", reverse("wagtailadmin_api:pages:action", args=[page.pk, "delete"]), {}),
        ("post", reverse("wagtailadmin_api:pages:action", args=[page.pk, "unpublish"]), {}),
        ("post", reverse("wagtailadmin_api:pages:action", args=[page.pk, "publish"]), {}),
    ]


def call(client, method, url, data):
    if "/api/" in url:
        return client.post(url, json.dumps(data), content_type="application/json")
    return getattr(client, method)(url, data)


@pytest.mark.parametrize("target", ["sbashk_draft", "sbashk_live", "sbashk_profile", "news"])
def test_partner_cannot_open_or_change_pages_that_are_not_theirs(world, target):
    page = world[target]
    before = database_state()
    for method, url, data in page_views(page):
        assert_refused(call(world["client"], method, url, data), world["client"])
    assert database_state() == before


@pytest.mark.parametrize(
    "target", ["kec_own", "sbashk_draft", "sbashk_live", "kec_profile", "news"]
)
def test_partner_cannot_copy_move_delete_unpublish_lock_publish_or_translate(world, target):
    page = world[target]
    destination = (
        EventPage.objects.filter(locale__language_code="sq").exclude(pk=world["event"].pk).first()
    )
    before = database_state()
    for method, url, data in forbidden_actions(page, destination):
        assert_refused(call(world["client"], method, url, data), world["client"])
    assert database_state() == before


def test_partner_cannot_see_other_partners_drafts_in_explorer_or_chooser(world):
    client = world["client"]
    event = world["event"]
    for url in (
        reverse("wagtailadmin_explore", args=[event.pk]),
        reverse("wagtailadmin_choose_page_child", args=[event.pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=SBASHK",
    ):
        response = client.get(url)
        html = response.content.decode()
        assert "Drafti i SBASHK" not in html, url
        assert "Drafti i KEC" in html or response.status_code != 200 or "search" in url, url


def test_admin_api_shows_partners_no_drafts_but_their_own(world):
    client = world["client"]
    api = "wagtailadmin_api:pages"
    assert_refused(client.get(reverse(f"{api}:detail", args=[world["sbashk_draft"].pk])))
    assert_refused(client.get(reverse(f"{api}:listing")))
    assert client.get(reverse(f"{api}:detail", args=[world["kec_own"].pk])).status_code == 200
    assert client.get(reverse(f"{api}:detail", args=[world["sbashk_live"].pk])).status_code == 200
    explorer = client.get(
        reverse(f"{api}:listing"), {"child_of": world["event"].pk, "for_explorer": 1}
    )
    titles = [item["title"] for item in explorer.json()["items"]]
    assert "Drafti i SBASHK" not in titles and "Drafti i KEC" in titles


def test_partner_cannot_use_other_partners_images_and_documents(world):
    client = world["client"]
    image, document = world["sbashk_image"], world["sbashk_document"]
    before = database_state()
    for url in (
        reverse("wagtailimages_chooser:chosen", args=[image.pk]),
        reverse("wagtailimages_chooser:select_format", args=[image.pk]),
        reverse("wagtailimages:preview", args=[image.pk, "fill-100x100"]),
        reverse("wagtailimages:url_generator", args=[image.pk]),
        reverse("wagtailimages:edit", args=[image.pk]),
        reverse("wagtaildocs_chooser:chosen", args=[document.pk]),
        reverse("wagtaildocs:edit", args=[document.pk]),
        reverse("wagtailadmin_api:images:detail", args=[image.pk]),
        reverse("wagtailadmin_api:documents:detail", args=[document.pk]),
        reverse("wagtailadmin_api:images:listing"),
        reverse("wagtailadmin_api:documents:listing"),
    ):
        assert_refused(client.get(url), client)
    for url in (reverse("wagtailimages_chooser:choose"), reverse("wagtaildocs_chooser:choose")):
        html = client.get(url).content.decode()
        assert "Foto e SBASHK" not in html and "Raport i SBASHK" not in html
    assert_refused(client.post(reverse("wagtailimages:delete", args=[image.pk])))
    assert database_state() == before


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailsites:index",
        "wagtaillocales:index",
        "wagtailredirects:index",
        "wagtailadmin_workflows:index",
        "wagtailsnippets_core_navigationmenu:list",
        "wagtailsnippets_core_footer:list",
        "wagtailsnippets_news_newscategory:list",
        "wagtailsnippets_events_eventseries:list",
        "wagtailsnippetchoosers_core_navigationmenu:choose",
        "wagtailsnippetchoosers_news_newscategory:choose",
        "wagtailadmin_pages:search",
        "wagtailadmin_pages:search_results",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_reports:workflow",
        "wagtailadmin_reports:workflow_tasks",
        "wagtailadmin_reports:site_history",
        "wagtailadmin_reports:aging_pages",
        "wagtailadmin_reports:page_types_usage",
        "wagtail_localize:translations_report",
        "translation_status:report",
    ],
)
def test_partner_cannot_use_users_groups_settings_snippets_or_reports(world, url_name):
    assert_refused(world["client"].get(reverse(url_name)))


def test_partner_cannot_choose_a_snippet_by_id(world):
    from core.models import NavigationMenu

    menu = NavigationMenu.objects.first()
    assert_refused(
        world["client"].get(
            reverse("wagtailsnippetchoosers_core_navigationmenu:chosen", args=[menu.pk])
        )
    )


def test_partner_can_add_only_highlights_and_only_under_events(world, home_pages):
    client = world["client"]
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[world["event"].pk]))
    assert response["Location"] == reverse(
        "wagtailadmin_pages:add", args=["events", "eventhighlightpage", world["event"].pk]
    )
    assert client.get(response["Location"]).status_code == 200
    for parent in [home_pages["sq"], *home_pages["sq"].get_children()]:
        for model in parent.specific_class.creatable_subpage_models():
            url = reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            )
            assert_refused(client.get(url), client)


def test_partner_can_edit_own_profile_and_own_highlight_but_not_publish(world):
    client = world["client"]
    for page in (world["kec_profile"], world["kec_own"]):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        assert b'name="action-publish"' not in response.content


def test_highlight_form_for_partners_is_short_and_has_no_partner_field(world):
    response = world["client"].get(
        reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", world["event"].pk])
    )
    form = response.context["form"]
    assert "posted_by" not in form.fields
    assert {"title", "date", "summary", "quotes", "body"} <= set(form.fields)
    assert "photos" in form.formsets
    assert "slug" not in form.fields and "go_live_at" not in form.fields


def test_a_partner_cannot_post_for_another_partner(world, partner_pages):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    client = world["client"]
    url = reverse(
        "wagtailadmin_pages:add", args=["events", "eventhighlightpage", world["event"].pk]
    )
    response = client.post(
        url,
        nested_form_data(
            {
                "title": "Nga KEC",
                "posted_by": partner_pages["SBASHK"].pk,
                "date": "2026-11-25",
                "summary": "Përmbledhje",
                "photos": inline_formset([]),
                "quotes": streamfield([]),
                "body": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302
    highlight = EventHighlightPage.objects.get(title="Nga KEC")
    assert highlight.posted_by_id == partner_pages["KEC"].pk
    assert highlight.owner == world["kec_user"]
    assert not highlight.live


def test_partner_uploads_to_and_chooses_from_their_own_collection_only(world, partner_pages):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.tests.utils import get_test_image_file

    client = world["client"]
    own = PartnerAccess.objects.get(partner=partner_pages["KEC"]).image_collection
    other = PartnerAccess.objects.get(partner=partner_pages["SBASHK"]).image_collection

    def upload(title, collection):
        image_file = get_test_image_file()
        return client.post(
            reverse("wagtailimages:add"),
            {
                "title": title,
                "file": SimpleUploadedFile("photo.png", image_file.file.getvalue()),
                "collection": collection.pk,
            },
        )

    upload("Foto e KEC", own)
    upload("Foto e futur tek SBASHK", other)
    Image = get_image_model()
    assert Image.objects.filter(title="Foto e KEC", collection=own).exists()
    # With a single permitted collection Wagtail does not even offer the choice: the upload
    # lands in the partner's own collection whatever the request says.
    assert not Image.objects.filter(collection=other, title="Foto e futur tek SBASHK").exists()
    chooser = client.get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert "Foto e KEC" in chooser and "Foto e SBASHK" not in chooser


def test_partner_cannot_preview_or_act_on_another_partners_submission(world):
    draft = world["sbashk_draft"]
    workflow = draft.get_workflow()
    workflow.start(draft, draft.owner)
    task_state = draft.current_workflow_task_state
    client = world["client"]
    before = database_state()
    assert_refused(
        client.get(
            reverse("wagtailadmin_pages:workflow_preview", args=[draft.pk, task_state.task_id])
        ),
        client,
    )
    for action in ("approve", "reject"):
        assert_refused(
            client.post(
                reverse(
                    "wagtailadmin_pages:workflow_action", args=[draft.pk, action, task_state.pk]
                ),
                {"comment": "Jo"},
            ),
            client,
        )
    assert database_state() == before
    draft.refresh_from_db()
    assert draft.current_workflow_task_state.status == "in_progress"
