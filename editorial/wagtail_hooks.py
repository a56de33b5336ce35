from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.urls import Resolver404, resolve
from wagtail import hooks
from wagtail.admin.menu import SubmenuMenuItem
from wagtail.admin.site_summary import PagesSummaryItem
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
from editorial.permissions import is_partner_user
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
def partners_only_add_and_edit(user):
    return is_partner_user(user)


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
def menu_offers_only_what_the_boundary_lets_through(request, menu_items):
    """Partners and translators are offered no menu item that editorial.boundary refuses them
    (Wagtail shows the reports, for one, to everybody)."""
    if allowed_views(request) is not None:
        menu_items[:] = [item for item in menu_items if leads_somewhere_reachable(request, item)]


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
