"""A partner's people can post highlights and keep their profile; nothing else, and nobody else's.

Every admin view that Wagtail's 2024-2026 advisories concerned is called over HTTP by a KEC user
against SBASHK's draft and live pages, profile, image and document, against pages outside the
partner's rights, and against the KEC user's own pages where the action itself is forbidden.
Each call must be refused, leave the database as it was and leak nothing: SBASHK's unpublished
texts, image title and document title carry a marker that must appear in no response body.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    Comment,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    PageViewRestriction,
    Revision,
    Site,
    Task,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.models import Footer, NavigationMenu
from editorial.roles import REVIEW_TASK, REVIEW_WORKFLOW
from events.models import EventHighlightPage, EventSeries
from news.models import NewsCategory
from partners.models import PartnerPage

from . import factories
from .conftest import SITE_TREE_KEYS
from .site_tree import SiteTree
from .utils import admin_menu_urls, kept_for_the_module

pytestmark = pytest.mark.django_db

# Planted in everything of SBASHK's that a KEC user must never read (lower case, so that it
# survives into the slug of the draft too).
MARKER = "sbashk-sekret-7f3a9c"

Image = get_image_model()
Document = get_document_model()
SMALL = {"file__width": 120, "file__height": 70}  # pictures cost less to draw


def make_partner_user(username, group_name):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="unused"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture(scope="module")
def built_world(django_db_setup, django_db_blocker, request):
    """What SBASHK and KEC have made (SBASHK's texts marked), made once for the module.

    Each test runs in a savepoint inside this module's transaction, so whatever a test changes
    is undone before the next one, and the module's data goes when the module is done.
    """
    with kept_for_the_module(django_db_blocker):
        tree = SiteTree(request.config.stash[SITE_TREE_KEYS])
        kec_user = make_partner_user("kec-user", "Partner: KEC")
        sbashk_user = make_partner_user("sbashk-user", "Partner: SBASHK")
        sbashk, kec, event = tree("sbashk"), tree("kec"), tree("past_event")

        def highlight(owner, partner, title, text):
            page = factories.EventHighlightPageFactory.build(
                title=title,
                owner=owner,
                posted_by=partner,
                live=False,
                body=factories.paragraph(text),
            )
            event.add_child(instance=page)
            page.save_revision(user=owner)
            page.title = f"{title} (ndryshuar)"
            page.save_revision(user=owner)
            return page

        sbashk_draft = highlight(
            sbashk_user, sbashk, f"Drafti i SBASHK {MARKER}", f"Teksti i SBASHK {MARKER}"
        )
        # SBASHK's draft awaits review, as every partner draft does once submitted.
        sbashk_draft.get_workflow().start(sbashk_draft, sbashk_user)

        sbashk_live = factories.EventHighlightPageFactory.build(
            title="Publikuar nga SBASHK", owner=sbashk_user, posted_by=sbashk
        )
        event.add_child(instance=sbashk_live)
        sbashk_live.save_revision(user=sbashk_user).publish()
        # Unpublished changes to a live page are as private as a draft.
        sbashk_live.body = factories.paragraph(f"Ndryshim i papublikuar {MARKER}")
        sbashk_live.save_revision(user=sbashk_user)

        # SBASHK's pending edit of its own profile.
        sbashk.summary = f"Përmbledhje e re e SBASHK {MARKER}"
        sbashk.save_revision(user=sbashk_user)

        kec_own = highlight(kec_user, kec, "Drafti i KEC", "Teksti i KEC")

        def publication(owner, partner, title, text):
            """A publication the partner added to the library, with a file of their own, and
            submitted for review."""
            page = factories.PublicationPageFactory.build(
                title=title,
                owner=owner,
                live=False,
                summary=text,
                document=factories.DocumentFactory(
                    title=title, collection=partner.access.document_collection
                ),
            )
            page.authors.create(partner=partner)
            tree("publication_index").add_child(instance=page)
            page.save_revision(user=owner)
            page.get_workflow().start(page, owner)
            return page

        sbashk_publication = publication(
            sbashk_user, sbashk, f"Publikimi i SBASHK {MARKER}", f"Studimi i SBASHK {MARKER}"
        )
        kec_publication = publication(kec_user, kec, "Publikimi i KEC", "Studimi i KEC")
        for name in ("article", "past_event", "kec"):  # revision views need a revision to show
            if tree(name).latest_revision is None:
                tree(name).save_revision(log_action=False)
        yield {
            "kec_user": kec_user,
            "sbashk_user": sbashk_user,
            "event": event,
            "destination": tree("upcoming_event"),
            "sbashk_draft": sbashk_draft,
            "sbashk_live": sbashk_live,
            "sbashk_profile": sbashk,
            "kec_own": kec_own,
            "sbashk_publication": sbashk_publication,
            "kec_publication": kec_publication,
            "kec_profile": kec,
            "kec_profile_en": tree("kec", "en"),
            "news": tree("article"),
            "sbashk_image": factories.ImageFactory(
                title=f"Foto e SBASHK {MARKER}",
                collection=sbashk.access.image_collection,
                **SMALL,
            ),
            "sbashk_document": factories.DocumentFactory(
                title=f"Raport i SBASHK {MARKER}", collection=sbashk.access.document_collection
            ),
            "kec_image": factories.ImageFactory(
                title="Foto e KEC", collection=kec.access.image_collection, **SMALL
            ),
            "kec_document": factories.DocumentFactory(
                title="Raport i KEC", collection=kec.access.document_collection
            ),
        }


@pytest.fixture
def world(db, built_world):
    """The module's objects fresh from the database, and KEC's user logged in on a new client."""
    fresh = {
        name: type(instance).objects.get(pk=instance.pk) for name, instance in built_world.items()
    }
    fresh["client"] = Client()
    fresh["client"].force_login(fresh["kec_user"])
    return fresh


# What a refused request must leave as it was: pages and their history, workflows, media, people
# and their rights, site settings, snippets and translations.
WATCHED_MODELS = [
    Page,
    Revision,
    PageLogEntry,
    ModelLogEntry,
    WorkflowState,
    TaskState,
    Comment,
    PageSubscription,
    PageViewRestriction,
    EditingSession,
    Image,
    Image.get_rendition_model(),
    Document,
    Collection,
    Group,
    GroupPagePermission,
    GroupCollectionPermission,
    Site,
    Locale,
    Redirect,
    Workflow,
    WorkflowPage,
    Task,
    NavigationMenu,
    Footer,
    NewsCategory,
    EventSeries,
    TranslationSource,
    Translation,
]


def database_state(django_user_model):
    state = {
        model._meta.label: list(model.objects.order_by("pk").values()) for model in WATCHED_MODELS
    }
    state["users"] = list(
        django_user_model.objects.order_by("pk").values("pk", "username", "password", "is_active")
    )
    state["memberships"] = list(
        django_user_model.groups.through.objects.order_by("pk").values_list("user_id", "group_id")
    )
    state["group permissions"] = list(
        Group.permissions.through.objects.order_by("pk").values_list("group_id", "permission_id")
    )
    return state


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def send(client, method, url, data=None):
    if "/admin/api/" in url and method == "post":
        return client.post(url, json.dumps(data or {}), content_type="application/json")
    return getattr(client, method)(url, data or {})


def assert_leaks_nothing(response):
    assert MARKER not in body_of(response), f"{response.request['PATH_INFO']} shows the marker"


def assert_refused(client, method, url, data=None):
    """Wagtail refuses with 403, 404 or 405, or a redirect to the dashboard or the login page.

    A redirect elsewhere (an old address moved to a new one) is followed and checked in turn.
    Neither the refusal nor where it leads may show the marker.
    """
    response = send(client, method, url, data)
    assert_leaks_nothing(response)
    if response.status_code == 302:
        location = response["Location"].split("?")[0]
        followed = client.get(response["Location"])
        assert_leaks_nothing(followed)
        if location not in ("/admin/", "/admin/login/"):
            return assert_refused(client, "get", response["Location"])
        return None
    assert response.status_code in (400, 403, 404, 405), (method, url, response.status_code)
    return None


def assert_all_refused(world, django_user_model, requests):
    requests = list(requests)
    assert requests
    before = database_state(django_user_model)
    for method, url, *data in requests:
        assert_refused(world["client"], method, url, *data)
    assert database_state(django_user_model) == before


def page_views(page):
    """Every admin view that shows or changes one page, with its revisions and workflow."""
    revisions = list(page.revisions.order_by("pk"))
    assert revisions, page
    views = [
        ("get", reverse("wagtailadmin_pages:edit", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:edit", args=[page.pk]), {"title": "Hacked"}),
        ("post", reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), {"title": "X"}),
        ("get", reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:view_draft", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:history", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:history_results", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:revisions_index", args=[page.pk])),
        (
            "get",
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]),
        ),
        ("get", reverse("wagtailadmin_pages:workflow_history", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:usage", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:set_privacy", args=[page.pk])),
        (
            "post",
            reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
            {"restriction_type": "password", "password": "x"},
        ),
    ]
    for revision in revisions:
        views += [
            ("get", reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])),
            ("get", reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk])),
            (
                "post",
                reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk]),
            ),
            (
                "post",
                reverse("wagtailadmin_api:pages:action", args=[page.pk, "revert_to_page_revision"]),
                {"revision_id": revision.pk},
            ),
        ]
    for state in WorkflowState.objects.for_instance(page):
        views.append(
            (
                "get",
                reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk]),
            )
        )
    return views


def restructuring_actions(page, destination):
    """Copying, moving, deleting, unpublishing, locking, publishing and translating a page."""
    other_locales = list(Locale.objects.exclude(pk=page.locale_id).values_list("pk", flat=True))
    api_action = "wagtailadmin_api:pages:action"
    return [
        ("get", reverse("wagtailadmin_pages:copy", args=[page.pk])),
        (
            "post",
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {"new_title": "Kopje", "new_slug": "kopje", "new_parent_page": destination.pk},
        ),
        ("get", reverse("wagtailadmin_pages:move", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])),
        ("get", reverse("wagtailadmin_pages:delete", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:delete", args=[page.pk])),
        ("get", reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:unpublish", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:lock", args=[page.pk])),
        ("post", reverse("wagtailadmin_pages:unlock", args=[page.pk])),
        ("get", reverse("wagtail_localize:submit_page_translation", args=[page.pk])),
        (
            "post",
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": other_locales, "include_subtree": "on"},
        ),
        ("post", reverse(api_action, args=[page.pk, "copy_for_translation"]), {"locale": "en"}),
        (
            "post",
            reverse(api_action, args=[page.pk, "copy"]),
            {"destination_page_id": destination.pk},
        ),
        (
            "post",
            reverse(api_action, args=[page.pk, "move"]),
            {"destination_page_id": destination.pk},
        ),
        (
            "post",
            reverse(api_action, args=[page.pk, "create_alias"]),
            {"destination_page_id": destination.pk},
        ),
        ("post", reverse(api_action, args=[page.pk, "delete"])),
        ("post", reverse(api_action, args=[page.pk, "unpublish"])),
        ("post", reverse(api_action, args=[page.pk, "publish"])),
        ("post", reverse(api_action, args=[page.pk, "convert_alias"])),
    ]


@pytest.mark.parametrize(
    "target",
    [
        "sbashk_draft",
        "sbashk_live",
        "sbashk_profile",
        "sbashk_publication",
        "news",
        "event",
        "kec_profile_en",
    ],
)
def test_partner_cannot_open_or_change_pages_that_are_not_theirs(world, django_user_model, target):
    assert_all_refused(world, django_user_model, page_views(world[target]))


@pytest.mark.parametrize(
    "target",
    [
        "kec_own",
        "kec_profile",
        "kec_publication",
        "sbashk_draft",
        "sbashk_live",
        "sbashk_profile",
        "sbashk_publication",
        "news",
    ],
)
def test_partner_cannot_copy_move_delete_unpublish_lock_publish_or_translate(
    world, django_user_model, target
):
    page = world[target]
    assert_all_refused(world, django_user_model, restructuring_actions(page, world["destination"]))
    page.refresh_from_db()
    assert page.get_parent().pk == world[target].get_parent().pk
    assert not page.locked


def test_partner_cannot_translate_their_own_or_other_profiles(world, django_user_model, tree):
    """Translating is Communications' and the translators' work, even of the partner's profile."""
    requests = []
    for name in ("kec", "sbashk"):
        source = TranslationSource.objects.get_for_instance(tree(name))
        translation = Translation.objects.get(source=source, target_locale__language_code="en")
        segment = StringSegment.objects.filter(source=source).first()
        english = tree(name, "en")
        localize = "wagtail_localize"
        requests += [
            ("get", reverse(f"{localize}:update_translations", args=[source.pk])),
            ("post", reverse(f"{localize}:update_translations", args=[source.pk])),
            ("get", reverse("wagtailadmin_pages:edit", args=[english.pk])),
            (
                "post",
                reverse(f"{localize}:edit_string_translation", args=[translation.pk, segment.pk]),
                {"value": "Hacked"},
            ),
            ("get", reverse(f"{localize}:download_pofile", args=[translation.pk])),
            ("post", reverse(f"{localize}:upload_pofile", args=[translation.pk])),
            ("post", reverse(f"{localize}:machine_translate", args=[translation.pk])),
            ("get", reverse(f"{localize}:preview_translation", args=[translation.pk])),
            ("post", reverse(f"{localize}:stop_translation", args=[translation.pk])),
            ("get", reverse(f"{localize}:convert_to_alias", args=[english.pk])),
            ("post", reverse(f"{localize}:convert_to_alias", args=[english.pk])),
        ]
    assert_all_refused(world, django_user_model, requests)


def test_partners_neither_see_nor_find_other_partners_drafts_in_explorer_or_choosers(world):
    client, event = world["client"], world["event"]
    listings = [
        reverse("wagtailadmin_explore", args=[event.pk]),
        reverse("wagtailadmin_choose_page_child", args=[event.pk]),
    ]
    for url in listings:
        response = client.get(url)
        assert response.status_code == 200, url
        html = body_of(response)
        assert "Drafti i KEC" in html and "Publikuar nga SBASHK" in html, url
        assert_leaks_nothing(response)
    for query in ("SBASHK", "Drafti"):
        response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": query})
        assert response.status_code == 200
        assert_leaks_nothing(response)


def test_partner_does_not_see_other_partners_unpublished_title_changes(world):
    live = world["sbashk_live"]
    live.title = f"Titull i ri {MARKER}"
    live.save_revision(user=world["sbashk_user"])
    client, event = world["client"], world["event"]
    for url in (
        reverse("wagtailadmin_explore", args=[event.pk]),
        reverse("wagtailadmin_choose_page_child", args=[event.pk]),
        reverse("wagtailadmin_choose_page_search") + "?q=SBASHK",
        reverse("wagtailadmin_api:pages:listing") + f"?child_of={event.pk}&for_explorer=1",
        reverse("wagtailadmin_api:pages:detail", args=[live.pk]),
    ):
        assert_leaks_nothing(client.get(url))


def test_partner_cannot_read_other_partners_draft_titles_through_the_page_chooser(world):
    draft = world["sbashk_draft"]
    response = world["client"].get(
        reverse("wagtailadmin_choose_page_chosen_multiple"), {"id": [draft.pk]}
    )
    assert_leaks_nothing(response)


@pytest.mark.parametrize("target", ["sbashk_draft", "kec_own"])
def test_partner_cannot_open_the_move_confirmation_of_a_page(world, django_user_model, target):
    page = world[target]
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, world["destination"].pk])
    assert_all_refused(world, django_user_model, [("get", url)])


def test_partner_cannot_ask_about_another_partners_review(world, django_user_model):
    draft = world["sbashk_draft"]
    url = reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[draft.pk])
    assert_all_refused(world, django_user_model, [("get", url)])


def test_admin_api_shows_partners_no_drafts_but_their_own(world, django_user_model):
    client, event = world["client"], world["event"]
    api = "wagtailadmin_api:pages"
    assert_all_refused(
        world,
        django_user_model,
        [
            ("get", reverse(f"{api}:detail", args=[world["sbashk_draft"].pk])),
            ("get", reverse(f"{api}:listing")),
            ("get", reverse(f"{api}:listing") + "?search=SBASHK"),
            ("get", reverse(f"{api}:find") + f"?id={world['sbashk_draft'].pk}"),
        ],
    )
    own = client.get(reverse(f"{api}:detail", args=[world["kec_own"].pk]))
    assert own.status_code == 200 and own.json()["title"] == "Drafti i KEC"
    live = client.get(reverse(f"{api}:detail", args=[world["sbashk_live"].pk]))
    assert live.status_code == 200 and live.json()["title"] == "Publikuar nga SBASHK"
    assert_leaks_nothing(live)
    explorer = client.get(reverse(f"{api}:listing"), {"child_of": event.pk, "for_explorer": 1})
    assert_leaks_nothing(explorer)
    titles = {item["title"] for item in explorer.json()["items"]}
    assert titles == {"Paneli i mbylljes", "Publikuar nga SBASHK", "Drafti i KEC"}


def test_partner_cannot_see_use_change_or_delete_other_partners_images_and_documents(
    world, django_user_model
):
    image, document = world["sbashk_image"], world["sbashk_document"]
    refused = [
        ("get", reverse("wagtailimages_chooser:chosen", args=[image.pk])),
        ("get", reverse("wagtailimages_chooser:select_format", args=[image.pk])),
        (
            "post",
            reverse("wagtailimages_chooser:select_format", args=[image.pk]),
            {"image-chooser-insertion-format": "fullwidth", "image-chooser-insertion-alt_text": ""},
        ),
        ("get", reverse("wagtailimages:preview", args=[image.pk, "fill-100x100"])),
        ("get", reverse("wagtailimages:url_generator", args=[image.pk])),
        ("get", reverse("wagtailimages:url_generator_output", args=[image.pk])),
        ("get", reverse("wagtailimages:edit", args=[image.pk])),
        ("post", reverse("wagtailimages:edit", args=[image.pk]), {"title": "Hacked"}),
        ("get", reverse("wagtailimages:image_usage", args=[image.pk])),
        ("get", reverse("wagtailimages:delete", args=[image.pk])),
        ("post", reverse("wagtailimages:delete", args=[image.pk])),
        ("post", reverse("wagtailimages:edit_multiple", args=[image.pk]), {"title": "Hacked"}),
        ("post", reverse("wagtailimages:delete_multiple", args=[image.pk])),
        ("get", reverse("wagtaildocs_chooser:chosen", args=[document.pk])),
        ("get", reverse("wagtaildocs:edit", args=[document.pk])),
        ("post", reverse("wagtaildocs:edit", args=[document.pk]), {"title": "Hacked"}),
        ("get", reverse("wagtaildocs:document_usage", args=[document.pk])),
        ("get", reverse("wagtaildocs:delete", args=[document.pk])),
        ("post", reverse("wagtaildocs:delete", args=[document.pk])),
        ("post", reverse("wagtaildocs:edit_multiple", args=[document.pk]), {"title": "Hacked"}),
        ("post", reverse("wagtaildocs:delete_multiple", args=[document.pk])),
        ("get", reverse("wagtailadmin_api:images:detail", args=[image.pk])),
        ("get", reverse("wagtailadmin_api:images:listing")),
        ("get", reverse("wagtailadmin_api:images:find") + f"?id={image.pk}"),
        ("get", reverse("wagtailadmin_api:documents:detail", args=[document.pk])),
        ("get", reverse("wagtailadmin_api:documents:listing")),
        ("get", reverse("wagtailadmin_api:documents:find") + f"?id={document.pk}"),
    ]
    assert_all_refused(world, django_user_model, refused)
    # Choosing several at once quietly leaves out what the partner may not choose.
    for url, pk in (
        (reverse("wagtailimages_chooser:chosen_multiple"), image.pk),
        (reverse("wagtaildocs_chooser:chosen_multiple"), document.pk),
    ):
        response = world["client"].get(url, {"id": [pk]})
        assert_leaks_nothing(response)
        assert response.json()["result"] == []


def test_partner_lists_and_chooses_only_their_own_images_and_documents(world):
    client = world["client"]
    listings = {
        reverse("wagtailimages:index"): "Foto e KEC",
        reverse("wagtailimages:index_results"): "Foto e KEC",
        reverse("wagtailimages_chooser:choose"): "Foto e KEC",
        reverse("wagtailimages_chooser:choose_results"): "Foto e KEC",
        reverse("wagtaildocs:index"): "Raport i KEC",
        reverse("wagtaildocs:index_results"): "Raport i KEC",
        reverse("wagtaildocs_chooser:choose"): "Raport i KEC",
        reverse("wagtaildocs_chooser:choose_results"): "Raport i KEC",
    }
    for url, own in listings.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert own in body_of(response), url
        assert_leaks_nothing(response)
        assert_leaks_nothing(client.get(url, {"q": "SBASHK"}))


def test_partner_cannot_attach_another_partners_image_to_a_highlight(world):
    client, event = world["client"], world["event"]
    url = reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])
    response = client.post(
        url,
        nested_form_data(
            {
                "title": "Me foton e SBASHK",
                "date": "2024-11-27",
                "summary": "Përmbledhje",
                "photos": inline_formset(
                    [{"image": world["sbashk_image"].pk, "alt_text": "Foto", "caption": ""}]
                ),
                "quotes": streamfield([]),
                "body": streamfield([]),
            }
        ),
    )
    assert_leaks_nothing(response)
    created = EventHighlightPage.objects.filter(title="Me foton e SBASHK").first()
    if created is not None:
        assert_leaks_nothing(client.get(reverse("wagtailadmin_pages:edit", args=[created.pk])))
    assert created is None


def highlight_form(title, photos=(), body=()):
    return nested_form_data(
        {
            "title": title,
            "date": "2024-11-27",
            "summary": "Përmbledhje",
            "photos": inline_formset(
                [{"image": image.pk, "alt_text": "Foto", "caption": ""} for image in photos]
            ),
            "quotes": streamfield([]),
            "body": streamfield(list(body)),
        }
    )


def figure(image):
    return ("figure", {"image": {"image": image.pk, "alt_text": "Foto", "decorative": ""}})


def document_link(document):
    return ("document", {"document": document.pk, "label": ""})


def call_to_action(page):
    return (
        "call_to_action",
        {"heading": "Lexoni", "text": "", "page": page.pk, "url": "", "button_label": "Hap"},
    )


@pytest.mark.parametrize(
    "theirs",
    [
        lambda world: {"photos": [world["kec_image"]], "body": [figure(world["sbashk_image"])]},
        lambda world: {"body": [document_link(world["sbashk_document"])]},
        lambda world: {"body": [call_to_action(world["sbashk_draft"])]},
        lambda world: {
            "body": [
                (
                    "paragraph",
                    rich_text(
                        f'<p><a linktype="document" id="{world["sbashk_document"].pk}">Raporti</a>'
                        f' dhe <a linktype="page" id="{world["sbashk_draft"].pk}">drafti</a></p>'
                    ),
                )
            ]
        },
    ],
    ids=["image-block", "document-block", "page-block", "rich-text-links"],
)
def test_blocks_with_another_partners_image_or_document_are_a_form_error(world, theirs):
    client, event = world["client"], world["event"]
    add = reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])
    data = highlight_form("Me media të SBASHK", **theirs(world))

    saved = client.post(add, data)
    previewed = client.post(f"{add}preview/", data)

    assert saved.status_code == 200
    (error,) = saved.context["form"].non_field_errors().as_data()
    assert error.code == "not_choosable"
    assert_leaks_nothing(saved)
    assert_leaks_nothing(previewed)
    assert previewed.json()["is_valid"] is False
    assert not EventHighlightPage.objects.filter(title="Me media të SBASHK").exists()


def test_a_form_invalid_for_another_reason_does_not_show_another_partners_image(world):
    client, event = world["client"], world["event"]
    add = reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])

    response = client.post(add, highlight_form("", photos=[world["sbashk_image"]]))

    assert response.status_code == 200
    assert response.context["form"].errors["title"]
    assert_leaks_nothing(response)


def test_partner_posts_a_highlight_with_their_own_image_and_document(world):
    client, event = world["client"], world["event"]
    add = reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", event.pk])

    response = client.post(
        add,
        highlight_form(
            "Me media të KEC",
            photos=[world["kec_image"]],
            body=[figure(world["kec_image"]), document_link(world["kec_document"])],
        ),
    )

    assert response.status_code == 302
    created = EventHighlightPage.objects.get(title="Me media të KEC")
    assert created.get_latest_revision_as_object().photos.get().image == world["kec_image"]


def test_a_picture_that_communications_chose_stays_allowed_for_the_partner(world):
    profile = world["kec_profile"]
    profile.logo = world["sbashk_image"]  # Communications may choose from any collection
    form_class = PartnerPage.get_edit_handler().get_form_class()
    another = factories.ImageFactory(
        collection=world["sbashk_image"].collection, title=f"Tjetër {MARKER}", **SMALL
    )

    form = form_class(instance=profile, for_user=world["kec_user"])

    def may_choose(image):
        return form.may_choose("image", type(image), str(image.pk))

    assert may_choose(world["sbashk_image"])
    assert may_choose(world["kec_image"])
    assert not may_choose(another)


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailusers_users:index",
        "wagtailusers_users:add",
        "wagtailusers_groups:index",
        "wagtailusers_groups:add",
        "wagtailsites:index",
        "wagtailsites:add",
        "wagtaillocales:index",
        "wagtaillocales:add",
        "wagtailredirects:index",
        "wagtailredirects:add",
        "wagtailadmin_workflows:index",
        "wagtailadmin_workflows:add",
        "wagtailadmin_workflows:task_index",
        "wagtailsnippets:index",
        "wagtailsnippets_core_navigationmenu:list",
        "wagtailsnippets_core_navigationmenu:add",
        "wagtailsnippets_core_footer:list",
        "wagtailsnippets_news_newscategory:list",
        "wagtailsnippets_news_newscategory:add",
        "wagtailsnippets_events_eventseries:list",
        "wagtailsnippetchoosers_core_navigationmenu:choose",
        "wagtailsnippetchoosers_core_footer:choose",
        "wagtailsnippetchoosers_news_newscategory:choose",
        "wagtailsnippetchoosers_events_eventseries:choose",
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
def test_partner_cannot_use_users_groups_settings_snippets_search_or_reports(
    world, django_user_model, url_name
):
    url = reverse(url_name)
    requests = [("get", url), ("get", url + "?q=SBASHK")]
    if url_name.endswith(":add"):
        requests.append(("post", url, {"name": "Hacked", "title": "Hacked", "slug": "hacked"}))
    assert_all_refused(world, django_user_model, requests)


def test_partner_cannot_edit_people_groups_settings_or_snippets(world, django_user_model, tree):
    menu, category, series = tree("menu"), tree("advocacy"), tree("series")
    own_group = Group.objects.get(name="Partner: KEC")
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    site = Site.objects.get(is_default_site=True)
    locale = Locale.objects.get(language_code="en")
    requests = [
        ("get", reverse("wagtailusers_users:edit", args=[world["sbashk_user"].pk])),
        (
            "post",
            reverse("wagtailusers_users:edit", args=[world["sbashk_user"].pk]),
            {"username": "sbashk-user", "password1": "hacked", "password2": "hacked"},
        ),
        ("post", reverse("wagtailusers_users:delete", args=[world["sbashk_user"].pk])),
        ("get", reverse("wagtailusers_groups:edit", args=[own_group.pk])),
        (
            "post",
            reverse("wagtailusers_groups:edit", args=[own_group.pk]),
            {"name": "Partner: KEC", "permissions": []},
        ),
        ("get", reverse("wagtailsites:edit", args=[site.pk])),
        ("post", reverse("wagtailsites:delete", args=[site.pk])),
        ("get", reverse("wagtaillocales:edit", args=[locale.pk])),
        ("post", reverse("wagtaillocales:delete", args=[locale.pk])),
        ("get", reverse("wagtailadmin_workflows:edit", args=[workflow.pk])),
        ("post", reverse("wagtailadmin_workflows:disable", args=[workflow.pk])),
        ("get", reverse("wagtailsnippets_core_navigationmenu:edit", args=[menu.pk])),
        ("post", reverse("wagtailsnippets_core_navigationmenu:delete", args=[menu.pk])),
        ("get", reverse("wagtailsnippets_news_newscategory:edit", args=[category.pk])),
        ("post", reverse("wagtailsnippets_news_newscategory:delete", args=[category.pk])),
        ("get", reverse("wagtailsnippets_events_eventseries:edit", args=[series.pk])),
        ("get", reverse("wagtailsnippetchoosers_core_navigationmenu:chosen", args=[menu.pk])),
        ("get", reverse("wagtailsnippetchoosers_news_newscategory:chosen", args=[category.pk])),
    ]
    assert_all_refused(world, django_user_model, requests)


def test_partners_admin_menu_offers_pages_and_media_but_no_reports_settings_or_snippets(
    world, tree
):
    dashboard = world["client"].get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert_leaks_nothing(dashboard)
    admin_urls = [url for url in admin_menu_urls(dashboard) if url.startswith("/admin/")]
    assert admin_urls == [
        # The explorer's listing of their part of the tree (editorial.wagtail_hooks).
        reverse("wagtailadmin_explore", args=[tree("home").pk]),
        reverse("wagtailimages:index"),
        reverse("wagtaildocs:index"),
    ]


def test_partner_adds_only_highlights_under_events_and_publications_to_the_library(
    world, tree, django_user_model
):
    client = world["client"]
    library = tree("publication_index")
    for parent, model in ((world["event"], "eventhighlightpage"), (library, "publicationpage")):
        response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]))
        add = reverse("wagtailadmin_pages:add", args=[parent._meta.app_label, model, parent.pk])
        assert response["Location"] == add
        assert client.get(add).status_code == 200
    home = tree("home")
    # Everywhere else, the library's translations included.
    parents = [
        home,
        *home.get_children().exclude(pk=library.pk).specific(),
        tree("publication_index", "sr-latn"),
        tree("publication_index", "en"),
    ]
    forbidden = [
        (
            "get",
            reverse(
                "wagtailadmin_pages:add",
                args=[model._meta.app_label, model._meta.model_name, parent.pk],
            ),
        )
        for parent in parents
        for model in parent.specific_class.creatable_subpage_models()
    ]
    assert len(parents) == 8 and len(forbidden) >= 8
    assert_all_refused(world, django_user_model, forbidden)


def restructuring_links(page):
    return [
        reverse(f"wagtailadmin_pages:{action}", args=[page.pk])
        for action in ("delete", "move", "copy", "lock")
    ]


def test_partner_edits_own_profile_and_own_highlight_but_is_offered_no_publish_or_delete(
    world, make_user
):
    client = world["client"]
    for page in (world["kec_profile"], world["kec_own"]):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
        html = body_of(response)
        assert 'name="action-submit"' in html
        assert 'name="action-publish"' not in html
        assert [link for link in restructuring_links(page) if link in html] == []
    # Communications, on the same page, are offered all of them.
    _, communications = make_user("Communications")
    html = body_of(
        communications.get(reverse("wagtailadmin_pages:edit", args=[world["kec_own"].pk]))
    )
    assert 'name="action-publish"' in html
    assert [link for link in restructuring_links(world["kec_own"]) if link in html] == (
        restructuring_links(world["kec_own"])
    )


def test_highlight_form_for_partners_is_short_and_has_no_partner_field(world):
    response = world["client"].get(
        reverse("wagtailadmin_pages:add", args=["events", "eventhighlightpage", world["event"].pk])
    )
    form = response.context["form"]
    assert "posted_by" not in form.fields
    assert {"title", "date", "summary", "quotes", "body"} <= set(form.fields)
    assert "photos" in form.formsets
    assert not {"slug", "seo_title", "search_description", "go_live_at", "expire_at"} & set(
        form.fields
    )


def test_a_partner_cannot_post_for_another_partner(world, tree):
    url = reverse(
        "wagtailadmin_pages:add", args=["events", "eventhighlightpage", world["event"].pk]
    )
    response = world["client"].post(
        url,
        nested_form_data(
            {
                "title": "Nga KEC",
                "posted_by": tree("sbashk").pk,
                "date": "2024-11-27",
                "summary": "Përmbledhje",
                "photos": inline_formset([]),
                "quotes": streamfield([]),
                "body": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302
    highlight = EventHighlightPage.objects.get(title="Nga KEC")
    assert highlight.posted_by_id == tree("kec").pk
    assert highlight.owner == world["kec_user"]
    assert not highlight.live


def test_partner_uploads_into_their_own_collection_whatever_the_request_says(world, tree):
    client = world["client"]
    own = tree("kec").access.image_collection
    other = tree("sbashk").access.image_collection

    def upload(title, collection):
        response = client.post(
            reverse("wagtailimages:add"),
            {
                "title": title,
                "file": SimpleUploadedFile("photo.png", get_test_image_file().file.getvalue()),
                "collection": collection.pk,
            },
        )
        assert response.status_code == 302
        return Image.objects.get(title=title)

    assert upload("Foto e re e KEC", own).collection == own
    # With one permitted collection Wagtail does not even offer the choice: the upload lands
    # in the partner's own collection whatever the request says.
    assert upload("Foto e futur tek SBASHK", other).collection == own
    chooser = body_of(client.get(reverse("wagtailimages_chooser:choose")))
    assert "Foto e re e KEC" in chooser and "Foto e futur tek SBASHK" in chooser


def test_partner_cannot_preview_or_act_on_another_partners_submission(world, django_user_model):
    draft = world["sbashk_draft"]
    task_state = draft.current_workflow_task_state
    assert task_state.task.name == REVIEW_TASK and task_state.status == "in_progress"
    requests = [
        (
            "get",
            reverse("wagtailadmin_pages:workflow_preview", args=[draft.pk, task_state.task_id]),
        ),
        (
            "get",
            reverse(
                "wagtailadmin_pages:collect_workflow_action_data",
                args=[draft.pk, "reject", task_state.pk],
            ),
        ),
    ]
    for action in ("approve", "reject"):
        requests.append(
            (
                "post",
                reverse(
                    "wagtailadmin_pages:workflow_action", args=[draft.pk, action, task_state.pk]
                ),
                {"comment": "Jo"},
            )
        )
    assert_all_refused(world, django_user_model, requests)
    draft.refresh_from_db()
    assert draft.current_workflow_task_state.status == "in_progress"
    assert not draft.live


def test_other_partners_drafts_stay_off_the_public_site(client, world):
    for page in (world["sbashk_draft"], world["sbashk_live"], world["sbashk_profile"]):
        for visitor in (client, world["client"]):
            assert_leaks_nothing(visitor.get(page.url))
    assert client.get(world["sbashk_live"].url).status_code == 200
    event = client.get(world["event"].url)
    assert "Publikuar nga SBASHK" in body_of(event)
    assert_leaks_nothing(event)
