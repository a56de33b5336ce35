from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail import hooks
from wagtail.models import DraftStateMixin, TranslatableMixin

from core.permissions import LIMIT_TO_ADDING_AND_EDITING
from editorial.permissions import is_partner_user


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


@hooks.register("construct_main_menu")
def partners_have_no_reports_menu(request, menu_items):
    if is_partner_user(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "reports"]
