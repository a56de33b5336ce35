from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404, resolve, reverse
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.menu import MenuItem, SubmenuMenuItem
from wagtail.admin.search import admin_search_areas
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.wagtail_hooks import ExplorerMenuItem
from wagtail.models import (
    Collection,
    DraftStateMixin,
    Page,
    ReferenceIndex,
    TranslatableMixin,
)
from wagtail.permissions import policy_registry

from core.permissions import LIMIT_TO_ADDING_AND_EDITING
from editorial.boundary import allowed_views, may_reach
from editorial.dashboard import AddAPublicationPanel, PostAHighlightPanel
from editorial.links import may_follow
from editorial.permissions import is_partner_user, is_translator_only
from editorial.roles import PARTNER_COLLECTIONS


def hide_other_peoples_drafts(pages, request):
    """Partners see published pages and their own drafts, never another partner's drafts."""
    if is_partner_user(request.user):
        return pages.filter(Q(live=True) | Q(owner=request.user))
    return pages


@hooks.register("construct_explorer_page_queryset")
def explorer_hides_other_peoples_drafts(parent_page, pages, request):
    return hide_other_peoples_drafts(pages, request)


@hooks.register("construct_page_chooser_queryset")
def chooser_hides_other_peoples_drafts(pages, request):
    return hide_other_peoples_drafts(pages, request)


@hooks.register("before_edit_snippet")
def translators_edit_only_translations(request, instance):
    """Snippet permissions are per model; keep people who cannot publish out of the source texts."""
    user = request.user
    if (
        isinstance(instance, TranslatableMixin)
        and isinstance(instance, DraftStateMixin)
        and instance.locale.language_code == settings.LANGUAGE_CODE
        and not user.is_superuser
        and not user.has_perm(f"{instance._meta.app_label}.publish_{instance._meta.model_name}")
    ):
        raise PermissionDenied


@hooks.register(LIMIT_TO_ADDING_AND_EDITING)
def partners_and_translators_only_add_and_edit(user):
    return is_partner_user(user) or is_translator_only(user)


def leads_somewhere_reachable(request, item):
    if isinstance(item, SubmenuMenuItem):
        return any(
            leads_somewhere_reachable(request, inner)
            for inner in item.menu.menu_items_for_request(request)
        )
    try:
        match = resolve(urlsplit(item.url).path)
    except Resolver404:
        return False
    return may_reach(request, match.view_name, match.kwargs)


@hooks.register("construct_main_menu")
@hooks.register("construct_reports_menu")
@hooks.register("construct_settings_menu")
def menu_offers_only_what_the_boundary_lets_through(request, menu_items):
    """Partners and translators are offered no menu item that editorial.boundary refuses them
    (Wagtail shows the reports, for one, to everybody), in the sidebar or its submenus."""
    if allowed_views(request) is not None:
        menu_items[:] = [item for item in menu_items if leads_somewhere_reachable(request, item)]


@hooks.register("construct_main_menu")
def restricted_users_explore_pages_in_the_listing(request, menu_items):
    """Wagtail's sidebar page explorer offers "Edit" on every page, whatever the user may do.
    Partners and translators get a plain link to the explorer's listing instead, which offers
    only the actions their permissions allow."""
    if allowed_views(request) is None:
        return
    start = policy_registry.get_by_type(Page).explorable_root_instance(request.user)
    if start is None or start.is_root():
        return
    menu_items[:] = [
        MenuItem(
            item.label,
            reverse("wagtailadmin_explore", args=[start.pk]),
            name=item.name,
            icon_name=item.icon_name,
            classname=item.classname,
            order=item.order,
        )
        if isinstance(item, ExplorerMenuItem)
        else item
        for item in menu_items
    ]


# Wagtail's sidebar shows the first search area that says it is shown, and no hook filters that
# choice (construct_search reaches only the search results page). Partners and translators would
# be offered a search that editorial.boundary refuses them, so the areas are filtered here.
wagtail_search_areas_for_request = admin_search_areas.search_items_for_request


def search_areas_within_the_boundary(request):
    return [
        area for area in wagtail_search_areas_for_request(request) if may_follow(request, area.url)
    ]


admin_search_areas.search_items_for_request = search_areas_within_the_boundary


def offered(request, button):
    """Whether a button leads somewhere the boundary lets through; a dropdown keeps only the
    entries that do, and goes if none is left."""
    entries = getattr(button, "dropdown_buttons", None)
    if entries is not None:
        entries[:] = [entry for entry in entries if offered(request, entry)]
        return bool(entries)
    return not button.url or may_follow(request, button.url)


@hooks.register("construct_page_listing_buttons")
def listing_offers_only_what_the_boundary_lets_through(buttons, page, user, context=None):
    request = context and context.get("request")
    if request is not None and allowed_views(request) is not None:
        buttons[:] = [button for button in buttons if offered(request, button)]


@hooks.register("construct_homepage_panels")
def partners_start_from_their_highlights_and_publications(request, panels):
    if is_partner_user(request.user):
        panels.append(PostAHighlightPanel(request.user))
        panels.append(AddAPublicationPanel(request.user))


@hooks.register("construct_homepage_summary_items", order=100)  # after Wagtail adds its own
def partners_are_told_no_page_count(request, summary_items):
    """Wagtail's dashboard counts every page under the partner's part of the tree, other people's
    drafts included; the number would tell a partner that drafts exist."""
    if is_partner_user(request.user):
        summary_items[:] = [
            item for item in summary_items if not isinstance(item, PagesSummaryItem)
        ]


def in_partner_collections(document):
    root = Collection.objects.filter(name=PARTNER_COLLECTIONS, depth=2).first()
    return root is not None and document.collection.path.startswith(root.path)


def used_by_a_live_page(document):
    page_ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids]).exists()


@hooks.register("before_serve_document")
def partner_uploads_stay_private_until_a_live_page_uses_them(document, request):
    """A partner's document is public once a live page links it. Until then only those who may
    choose or change it (its partner's people, Communications) download it; to anyone else it
    does not exist. Moving it out of the partners' collections makes it public at once."""
    if not in_partner_collections(document) or used_by_a_live_page(document):
        return None
    policy = policy_registry.get_by_type(type(document))
    if request.user.is_authenticated and policy.user_has_any_permission_for_instance(
        request.user, ["choose", "change"], document
    ):
        return None
    raise Http404


class PageDetailsForEveryEditorAPIViewSet(PagesAdminAPIViewSet):
    """Wagtail's admin API for pages, which also gives the details of any live page.

    Wagtail answers only about pages the user may explore. A chooser shows the page it holds
    through this API, and a translator's editor holds pages of the Albanian tree (who posted a
    highlight), which translators may not explore: it would wait for "page information" forever.
    A live page's details are public anyway; listings stay as Wagtail's.
    """

    def get_base_queryset(self):
        explorable = super().get_base_queryset()
        if self.action == "detail_view":
            return explorable | Page.objects.live()
        return explorable


@hooks.register("construct_admin_api")
def answer_every_editors_choosers(router):
    router.register_endpoint("pages", PageDetailsForEveryEditorAPIViewSet)
