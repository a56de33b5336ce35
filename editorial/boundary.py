"""The admin views that partners and translators may reach: an allow-list, checked per request.

Partner accounts belong to other organisations, and translators are not publishers. Wagtail
guards many admin views by permission, but not all of them (reports, bulk-action confirmations,
the admin API, the move confirmation, wagtail-localize's "convert to alias"), and every upgrade
may add more. So for users in those roles the boundary is a list of what their work needs, and
everything else is refused: a view that Wagtail or wagtail-localize adds is closed to them until
someone adds it here. tests/test_admin_boundary.py walks every URL pattern and fails on a view
that either role reaches without being on these lists.

Each entry names a view and a check of the objects in its URL (a page the user may edit, an
image from the user's own collections…); Wagtail's own permission checks still apply after it.
"""

from django.core.exceptions import PermissionDenied
from django.urls import Resolver404, resolve
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from core.permissions import draft_titles_reader
from editorial.permissions import is_partner_user, is_translator_only
from editorial.roles import DRAFTABLE_SNIPPET_MODELS

ADMIN_PREFIX = "/admin/"


def anyone(request, kwargs):
    return True


def editable_page(request, kwargs):
    """The page in the URL is one the user may edit."""
    page_id = kwargs.get("page_id") or kwargs.get("pk")
    page = Page.objects.filter(pk=page_id).first()
    return page is not None and page.permissions_for_user(request.user).can_edit()


def page_under_which_user_may_add(request, kwargs):
    page = Page.objects.filter(pk=kwargs["parent_page_id"]).first()
    return page is not None and page.permissions_for_user(request.user).can_add_subpage()


def may_see_page(user, page_id):
    """Whether a restricted user may read the page's title: it is live, theirs, or theirs to edit
    (a translator's draft translation)."""
    page = Page.objects.filter(pk=page_id).first()
    return page is not None and (
        page.live or page.owner_id == user.pk or page.permissions_for_user(user).can_edit()
    )


def visible_parent_page(request, kwargs):
    return may_see_page(request.user, kwargs["parent_page_id"])


def visible_chosen_pages(request, kwargs):
    ids = request.GET.getlist("id")
    return all(value.isdigit() and may_see_page(request.user, value) for value in ids)


def explorer_listing(request, kwargs):
    """The admin API's page listing, as the explorer menu asks for it, under a visible page."""
    parent = request.GET.get("child_of", "root")
    return bool(request.GET.get("for_explorer")) and (
        parent == "root" or visible_parent_page(request, {"parent_page_id": parent})
    )


def visible_page_detail(request, kwargs):
    return may_see_page(request.user, kwargs["pk"])


def usable(get_model, *id_names):
    """The image or document in the URL is one the user may choose or change."""

    def check(request, kwargs):
        object_id = next(kwargs[name] for name in id_names if name in kwargs)
        instance = get_model().objects.filter(pk=object_id).first()
        if instance is None:
            return False
        # Looked up per request: Wagtail registers the policies once every app is ready.
        policy = policy_registry.get_by_type(type(instance))
        return policy.user_has_any_permission_for_instance(
            request.user, ["choose", "change"], instance
        )

    return check


def changeable_model(request, kwargs):
    return request.user.has_perm(f"{kwargs['app_label']}.change_{kwargs['model_name']}")


def editing_session(request, kwargs):
    """Wagtail's "who else is editing" ping, for an object the user may edit."""
    if (kwargs["app_label"], kwargs["model_name"]) == ("wagtailcore", "page"):
        return editable_page(request, {"page_id": kwargs["object_id"]})
    return changeable_model(request, kwargs)


image = usable(get_image_model, "image_id", "pk")
document = usable(get_document_model, "document_id", "doc_id", "pk")

# What every admin user needs: the dashboard, their account, signing in and out, the admin's
# scripts and icons, and the link and block-preview dialogs, which show nobody's content.
EVERY_ADMIN_USER = {
    "wagtailadmin_home": anyone,
    "wagtailadmin_account": anyone,
    # Their own two-step sign-in (accounts.two_factor): turning it on or off, and its code.
    "accounts:two_factor": anyone,
    "accounts:two_factor_verify": anyone,
    "wagtailadmin_login": anyone,
    "wagtailadmin_logout": anyone,
    "wagtailadmin_password_reset": anyone,
    "wagtailadmin_password_reset_done": anyone,
    "wagtailadmin_password_reset_confirm": anyone,
    "wagtailadmin_password_reset_complete": anyone,
    "wagtailadmin_javascript_catalog": anyone,
    "wagtail_localize:javascript_catalog": anyone,
    "wagtailadmin_sprite": anyone,
    "wagtailadmin_dismissibles": anyone,
    "wagtailadmin_block_preview": anyone,
    "wagtailadmin_choose_page_external_link": anyone,
    "wagtailadmin_choose_page_email_link": anyone,
    "wagtailadmin_choose_page_phone_link": anyone,
    "wagtailadmin_choose_page_anchor_link": anyone,
    "wagtailadmin_editing_sessions:ping": editing_session,
    "wagtailadmin_editing_sessions:release": anyone,
    # The explorer, the page chooser and the explorer menu's API calls, under pages they may see;
    # the construct_*_page_queryset hooks filter what these list.
    "wagtailadmin_explore_root": anyone,
    "wagtailadmin_explore": visible_parent_page,
    "wagtailadmin_explore_results": visible_parent_page,
    "wagtailadmin_choose_page": anyone,
    "wagtailadmin_choose_page_child": visible_parent_page,
    "wagtailadmin_choose_page_search": anyone,
    "wagtailadmin_choose_page_chosen_multiple": visible_chosen_pages,
    "wagtailadmin_api:pages:listing": explorer_listing,
    "wagtailadmin_api:pages:detail": visible_page_detail,
    # The translation editor shows chosen pictures and documents through the admin API.
    "wagtailadmin_api:images:detail": image,
    "wagtailadmin_api:documents:detail": document,
    # Working on a page they may edit: the editor, its preview, history and revisions, the
    # review it is in. Publishing is not among them: Wagtail asks for the publish permission.
    "wagtailadmin_pages:edit": editable_page,
    "wagtailadmin_pages:preview_on_edit": editable_page,
    "wagtailadmin_pages:view_draft": editable_page,
    "wagtailadmin_pages:history": editable_page,
    "wagtailadmin_pages:history_results": editable_page,
    "wagtailadmin_pages:revisions_index": editable_page,
    "wagtailadmin_pages:revisions_view": editable_page,
    "wagtailadmin_pages:revisions_compare": editable_page,
    "wagtailadmin_pages:revisions_revert": editable_page,
    "wagtailadmin_pages:workflow_history": editable_page,
    "wagtailadmin_pages:workflow_history_detail": editable_page,
    "wagtailadmin_pages:confirm_workflow_cancellation": editable_page,
    # Choosing pictures and documents from the collections they may choose from.
    "wagtailimages_chooser:choose": anyone,
    "wagtailimages_chooser:choose_results": anyone,
    "wagtailimages_chooser:chosen": image,
    "wagtailimages_chooser:chosen_multiple": anyone,  # Wagtail leaves out what they may not choose
    "wagtailimages_chooser:select_format": image,
    "wagtaildocs_chooser:choose": anyone,
    "wagtaildocs_chooser:choose_results": anyone,
    "wagtaildocs_chooser:chosen": document,
    "wagtaildocs_chooser:chosen_multiple": anyone,
}

# Partners post highlights under events and keep their profile current, with the pictures and
# documents of their own collections.
PARTNER_VIEWS = {
    **EVERY_ADMIN_USER,
    "wagtailadmin_pages:add_subpage": page_under_which_user_may_add,
    "wagtailadmin_pages:add": page_under_which_user_may_add,
    "wagtailadmin_pages:preview_on_add": page_under_which_user_may_add,
    "wagtailadmin_tag_autocomplete": anyone,
    "wagtailimages:index": anyone,
    "wagtailimages:index_results": anyone,
    "wagtailimages:add": anyone,
    "wagtailimages:add_multiple": anyone,
    "wagtailimages:create_multiple_from_uploaded_image": anyone,
    "wagtailimages:delete_upload_multiple": anyone,
    "wagtailimages:edit": image,
    "wagtailimages:edit_multiple": image,
    "wagtailimages:preview": image,
    "wagtailimages_chooser:create": anyone,
    "wagtaildocs:index": anyone,
    "wagtaildocs:index_results": anyone,
    "wagtaildocs:add": anyone,
    "wagtaildocs:add_multiple": anyone,
    "wagtaildocs:create_multiple_from_uploaded_document": anyone,
    "wagtaildocs:delete_upload_multiple": anyone,
    "wagtaildocs:edit": document,
    "wagtaildocs:edit_multiple": document,
    "wagtaildocs_chooser:create": anyone,
}


def translators_snippet_views():
    """Translators translate menus and footers: list, edit and history of those snippets."""
    actions = ["list", "list_results", "edit", "history", "history_results", "revisions_compare"]
    return {
        f"wagtailsnippets_{model.replace('.', '_')}:{action}": anyone
        for model in DRAFTABLE_SNIPPET_MODELS
        for action in actions
    }


# Translators translate in wagtail-localize's editor, which saves drafts; their work reaches the
# public when Communications publish it. Converting to an alias, stopping a translation,
# updating translations from the source and every bulk action stay closed: each can change or
# remove a live page without a review.
TRANSLATOR_VIEWS = {
    **EVERY_ADMIN_USER,
    **translators_snippet_views(),
    "wagtail_localize:edit_string_translation": anyone,
    "wagtail_localize:edit_override": anyone,
    "wagtail_localize:download_pofile": anyone,
    "wagtail_localize:upload_pofile": anyone,
    "wagtail_localize:machine_translate": anyone,
    "wagtail_localize:preview_translation": anyone,
    "wagtail_localize:snippets_api_listing": changeable_model,
    "wagtail_localize:snippets_api_detail": changeable_model,
    # The translation status report, which shows translators the rows they may translate.
    "translation_status:report": anyone,
    "translation_status:report_results": anyone,
}


def allowed_views(request):
    """The views open to the request's user in the admin, or None when only Wagtail's
    permissions apply (worked out once per request: the sidebar asks for every menu item)."""
    if not hasattr(request, "allowed_admin_views"):
        request.allowed_admin_views = role_views(request.user)
    return request.allowed_admin_views


def role_views(user):
    if not user.is_authenticated or user.is_superuser:
        return None
    if is_partner_user(user):
        return PARTNER_VIEWS
    if is_translator_only(user):
        return TRANSLATOR_VIEWS
    return None


def may_reach(request, view_name, kwargs):
    allowed = allowed_views(request)
    if allowed is None:
        return True
    check = allowed.get(view_name)
    return check is not None and check(request, kwargs)


class AdminAllowListMiddleware:
    """Refuse partners and translators every admin view that is not on their list."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN_PREFIX) or allowed_views(request) is None:
            return self.get_response(request)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        if match is None or not may_reach(request, match.view_name, match.kwargs):
            raise PermissionDenied
        # Partners read other people's pages by their live titles only (core.permissions).
        reader = draft_titles_reader.set(request.user if is_partner_user(request.user) else None)
        try:
            return self.get_response(request)
        finally:
            draft_titles_reader.reset(reader)
