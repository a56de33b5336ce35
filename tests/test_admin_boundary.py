"""Partners and translators reach only the admin views on editorial.boundary's allow-lists.

Every URL pattern of the project is walked, its URL filled in with the ids of other people's
work: SBASHK's draft highlight, a draft of Communications, SBASHK's image and document, each
carrying a marker. A KEC user and a translator request every admin URL. A view that is not on
the role's list must be refused, and no response to the partner may contain a marker, whether
the view is on the list or not. A view that a Wagtail or wagtail-localize upgrade adds is
therefore refused until someone reviews it and puts it on a list.
"""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.models import Footer
from editorial.boundary import ADMIN_PREFIX, PARTNER_VIEWS, TRANSLATOR_VIEWS
from editorial.roles import TRANSLATORS

from . import factories
from .conftest import SITE_TREE_KEYS
from .site_tree import SiteTree
from .utils import admin_menu_urls, kept_for_the_module

pytestmark = pytest.mark.django_db

MARKER = "sekret-boundary-4d1e"
# URL arguments that name no object of the site tree.
FIXED_ARGUMENTS = {
    "filter_spec": "fill-100x100",
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "action": "publish",
    "action_name": "approve",
    "uidb64": "MQ",
    "token": "set-password",
    "mode": "",
    "content_type_app_name": "events",
    "content_type_model_name": "eventhighlightpage",
    "app_label": "wagtailcore",
    "model_name": "page",
    "app_name": "wagtailimages",
}


def admin_patterns():
    """(view name, pattern) of every URL pattern below the admin, in the resolver's order."""

    def walk(patterns, route, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, route + str(pattern.pattern), inner)
            elif isinstance(pattern, URLPattern):
                yield (
                    f"{namespace}{pattern.name}" if pattern.name else None,
                    route + str(pattern.pattern),
                )

    return [
        (name, route)
        for name, route in walk(get_resolver().url_patterns, "", "")
        if ("/" + route.lstrip("^")).startswith(ADMIN_PREFIX)
    ]


@pytest.fixture(scope="module")
def planted(django_db_setup, django_db_blocker, request):
    """Other people's work, marked; and the ids every URL argument takes."""
    with kept_for_the_module(django_db_blocker):
        tree = SiteTree(request.config.stash[SITE_TREE_KEYS])
        sbashk_access = tree("sbashk").access
        sbashk_draft = factories.EventHighlightPageFactory.build(
            title=f"Drafti i SBASHK {MARKER}", posted_by=tree("sbashk"), live=False
        )
        tree("past_event").add_child(instance=sbashk_draft)
        revision = sbashk_draft.save_revision()
        workflow_state = sbashk_draft.get_workflow().start(sbashk_draft, None)
        # And a publication SBASHK submitted, with its file, for the listings and choosers.
        sbashk_publication = factories.PublicationPageFactory.build(
            title=f"Publikim i SBASHK {MARKER}",
            live=False,
            document=factories.DocumentFactory(
                title="Skedar i SBASHK",
                collection=sbashk_access.document_collection,
                file__data=MARKER.encode(),
            ),
        )
        sbashk_publication.authors.create(partner=tree("sbashk"))
        tree("publication_index").add_child(instance=sbashk_publication)
        sbashk_publication.save_revision()
        sbashk_publication.get_workflow().start(sbashk_publication, None)
        communications_draft = factories.NewsPageFactory(
            parent=tree("news_index"), title=f"Lajm i pabotuar {MARKER}", live=False
        )
        communications_draft.save_revision()
        image = factories.ImageFactory(
            title=f"Foto e SBASHK {MARKER}",
            collection=sbashk_access.image_collection,
            file__width=120,
            file__height=70,
        )
        document = factories.DocumentFactory(
            title=f"Dokument i SBASHK {MARKER}", collection=sbashk_access.document_collection
        )
        source = TranslationSource.objects.get_for_instance(tree("article"))
        translation = Translation.objects.get(source=source, target_locale__language_code="en")
        footer = tree("footer")
        by_name = {
            "page_id": sbashk_draft.pk,
            "parent_page_id": sbashk_draft.pk,
            "page_to_move_id": sbashk_draft.pk,
            "page_pk": sbashk_draft.pk,
            "destination_id": tree("kec").pk,
            "revision_id": revision.pk,
            "image_id": image.pk,
            "document_id": document.pk,
            "doc_id": document.pk,
            "uploaded_file_id": 1,
            "task_state_id": TaskState.objects.filter(workflow_state=workflow_state).get().pk,
            "task_id": workflow_state.current_task_state.task_id,
            "workflow_state_id": workflow_state.pk,
            "workflow_pk": workflow_state.workflow_id,
            "translation_id": translation.pk,
            "translation_source_id": source.pk,
            "string_segment_id": StringSegment.objects.filter(source=source).first().pk,
            "overridable_segment_id": 1,
            "session_id": 1,
            "object_id": sbashk_draft.pk,
            "pk": sbashk_draft.pk,
            **FIXED_ARGUMENTS,
        }
        # "pk" names another kind of object in some areas of the admin.
        pk_by_view_prefix = {
            "wagtailimages": image.pk,
            "wagtailadmin_api:images": image.pk,
            "wagtaildocs": document.pk,
            "wagtailadmin_api:documents": document.pk,
            "wagtailsnippets": footer.pk,
            "wagtailadmin_workflows": workflow_state.workflow_id,
            "wagtailsettings": 1,
        }
        yield {
            "by_name": by_name,
            "pk_by_view_prefix": pk_by_view_prefix,
            "draft": sbashk_draft,
            "workflow_state": workflow_state,
        }


def url_for(name, route, planted):
    """The pattern's URL, its arguments naming the planted objects."""
    if name is None:  # Wagtail's own catch-all and test pages, reached by their route
        return "/" + re.sub(r"[\^$]|\.\*", "", route).replace("//", "/") + "x/"
    arguments = dict(planted["by_name"])
    for prefix, pk in planted["pk_by_view_prefix"].items():
        if name.startswith(prefix):
            arguments["pk"] = pk
    for names in candidate_argument_sets(route):
        try:
            # Ids of objects that nothing here plants (collections, users, sites…) are 1.
            return reverse(name, kwargs={key: arguments.get(key, 1) for key in names})
        except NoReverseMatch:  # the name is shared with a pattern of other arguments
            continue
    raise AssertionError(f"No URL could be built for {name} ({route})")


def candidate_argument_sets(route):
    """The argument names of a route (<int:x> or (?P<x>…)), then fewer, for patterns that
    share a name and differ in arguments."""
    names = re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", route)
    names = [first or second for first, second in names]
    return [names[: len(names) - cut] for cut in range(len(names) + 1)]


def client_for(make_user, *groups):
    _user, client = make_user(*groups)
    client.raise_request_exception = False
    return client


def test_the_allow_lists_name_only_views_that_exist():
    names = {name for name, _route in admin_patterns()}
    assert set(PARTNER_VIEWS) - names == set()
    assert set(TRANSLATOR_VIEWS) - names == set()


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("Partner: KEC", PARTNER_VIEWS), (TRANSLATORS, TRANSLATOR_VIEWS)],
    ids=["partner", "translator"],
)
def test_every_admin_view_off_the_list_is_refused_and_nothing_marked_leaks(
    planted, make_user, role, allowed
):
    client = client_for(make_user, role)
    patterns = admin_patterns()
    reached_off_the_list, leaked = [], []
    for name, route in patterns:
        if name == "wagtailadmin_logout":  # on the lists; calling it would end the walk
            continue
        url = url_for(name, route, planted)
        for response in (client.get(url), client.post(url, {"title": "Hacked"})):
            body = response.content.decode(errors="replace")
            if name not in allowed and response.status_code != 403:
                reached_off_the_list.append((name, url, response.status_code))
            if role != TRANSLATORS and MARKER in body:
                leaked.append((name, url, response.status_code))

    assert len(patterns) > 250
    assert reached_off_the_list == []
    assert leaked == []
    planted["draft"].refresh_from_db()
    assert planted["draft"].title == f"Drafti i SBASHK {MARKER}" and not planted["draft"].live


def test_translator_cannot_turn_a_live_translation_into_an_alias_or_stop_it(tree, make_user):
    translator = client_for(make_user, TRANSLATORS)
    english = tree("about", "en")
    source = TranslationSource.objects.get_for_instance(tree("about"))
    translation = Translation.objects.get(source=source, target_locale=english.locale)

    responses = [
        translator.post(reverse("wagtail_localize:convert_to_alias", args=[english.pk])),
        translator.post(reverse("wagtail_localize:stop_translation", args=[translation.pk])),
        translator.post(
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
            + f"?id={english.pk}",
            {},
        ),
        translator.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {}),
        translator.post(
            reverse("wagtailadmin_api:pages:action", args=[english.pk, "publish"]),
            content_type="application/json",
            data={},
        ),
        translator.post(
            reverse(
                "wagtailadmin_pages:revisions_unschedule",
                args=[english.pk, english.save_revision().pk],
            )
        ),
    ]

    assert [response.status_code for response in responses] == [403] * len(responses)
    english.refresh_from_db()
    translation.refresh_from_db()
    assert english.alias_of_id is None and english.live and english.title.endswith("(en)")
    assert translation.enabled
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()


def test_translator_cannot_publish_or_schedule_from_the_translation_editor(tree, make_user):
    translator = client_for(make_user, TRANSLATORS)
    english = tree("about", "en")
    english.title = "Titull i ri (en)"
    english.save_revision()
    future = "2030-01-01 10:00"

    response = translator.post(
        reverse("wagtailadmin_pages:edit", args=[english.pk]),
        {"action": "publish", "action-publish": "1", "go_live_at": future},
    )

    assert response.status_code in (302, 403)
    english.refresh_from_db()
    assert english.title.endswith("(en)") and english.title != "Titull i ri (en)"
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()


def test_translator_cannot_publish_by_reverting_to_an_older_revision(tree, make_user):
    translator = client_for(make_user, TRANSLATORS)
    english = tree("about", "en")
    older = english.save_revision()
    english.title = "Titull i ri (en)"
    english.save_revision()
    published_before = (english.live_revision_id, english.last_published_at)

    response = translator.post(
        reverse("wagtailadmin_pages:revisions_revert", args=[english.pk, older.pk]),
        {"action-publish": "1", "title": english.title, "slug": english.slug},
    )

    assert response.status_code in (200, 302, 403)
    english.refresh_from_db()
    assert (english.live_revision_id, english.last_published_at) == published_before


def test_translator_still_translates_in_the_editor_and_saves_a_draft(tree, make_user):
    translator = client_for(make_user, TRANSLATORS)
    english = tree("about", "en")
    source = TranslationSource.objects.get_for_instance(tree("about"))
    translation = Translation.objects.get(source=source, target_locale=english.locale)

    editor = translator.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    preview = translator.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))

    assert editor.status_code == 200 and english.title in editor.content.decode()
    assert preview.status_code == 200


def test_a_translator_of_the_footer_reaches_its_editor(planted, make_user):
    translator = client_for(make_user, TRANSLATORS)
    footer = Footer.objects.get(locale__language_code="en")

    response = translator.get(reverse("wagtailsnippets_core_footer:edit", args=[footer.pk]))

    assert response.status_code == 200


def test_partner_still_reaches_their_own_work(tree, make_user):
    partner = client_for(make_user, "Partner: KEC")
    own_profile = reverse("wagtailadmin_pages:edit", args=[tree("kec").pk])
    add_highlight = reverse("wagtailadmin_pages:add_subpage", args=[tree("past_event").pk])

    assert partner.get(own_profile).status_code == 200
    assert partner.get(add_highlight).status_code in (200, 302)
    assert partner.get(reverse("wagtailimages:index")).status_code == 200
    assert partner.get(reverse("wagtailadmin_home")).status_code == 200


def test_images_and_documents_of_other_collections_stay_unknown(planted, make_user):
    partner = client_for(make_user, "Partner: KEC")
    image = get_image_model().objects.get(title__contains=MARKER)
    document = get_document_model().objects.get(title__contains=MARKER)

    for url in (
        reverse("wagtailimages_chooser:chosen", args=[image.pk]),
        reverse("wagtailimages:preview", args=[image.pk, "fill-100x100"]),
        reverse("wagtaildocs_chooser:chosen", args=[document.pk]),
    ):
        response = partner.get(url)
        assert response.status_code == 403
        assert MARKER not in response.content.decode()


def test_the_workflow_state_of_another_partners_draft_stays_unknown(planted, make_user):
    partner = client_for(make_user, "Partner: KEC")
    draft = planted["draft"]

    for url in (
        reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[draft.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[draft.pk]),
        reverse("wagtailadmin_api:pages:detail", args=[draft.pk]),
    ):
        response = partner.get(url)
        assert response.status_code == 403
        assert MARKER not in response.content.decode()
    assert WorkflowState.objects.get(pk=planted["workflow_state"].pk).status == "in_progress"


def test_translators_menu_offers_pages_the_menus_and_footers_they_translate_and_the_report(
    make_user,
):
    translator = client_for(make_user, TRANSLATORS)

    dashboard = translator.get(reverse("wagtailadmin_home"))

    assert sorted(url for url in admin_menu_urls(dashboard) if url.startswith("/admin/")) == sorted(
        [
            reverse("wagtailadmin_explore_root"),
            reverse("wagtailsnippets_core_navigationmenu:list"),
            reverse("wagtailsnippets_core_footer:list"),
            reverse("translation_status:report"),
        ]
    )


def test_partners_dashboard_counts_no_pages_but_their_own_media(planted, make_user):
    partner = client_for(make_user, "Partner: KEC")

    html = partner.get(reverse("wagtailadmin_home")).content.decode()

    assert not re.search(r"\d+\s+Pages?\b", html)
    assert reverse("wagtailimages:index") in html


def test_partner_uploads_a_photo_through_the_image_chooser(tree, make_user):
    partner = client_for(make_user, "Partner: KEC")
    png = io.BytesIO()
    PILImage.new("RGB", (64, 48), "teal").save(png, "PNG")

    response = partner.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Nxënësit në skenë",
            "image-chooser-upload-file": SimpleUploadedFile("nxenesit.png", png.getvalue()),
            "image-chooser-upload-collection": tree("kec").access.image_collection.pk,
        },
    )

    assert response.status_code == 200
    uploaded = get_image_model().objects.get(title="Nxënësit në skenë")
    assert uploaded.collection == tree("kec").access.image_collection
    assert response.json()["step"] == "chosen"
