from axes.models import AccessAttempt
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.views import (
    LockedSignInsReportView,
    TwoFactorSettingsView,
    TwoFactorVerifyView,
    sign_in_locks_policy,
    unlock_view,
)


@hooks.register("register_admin_urls")
def register_accounts_urls():
    urls = [
        path("reports/locked-sign-ins/", LockedSignInsReportView.as_view(), name="locked_sign_ins"),
        path(
            "reports/locked-sign-ins/results/",
            LockedSignInsReportView.as_view(results_only=True),
            name="locked_sign_ins_results",
        ),
        path("reports/locked-sign-ins/unlock/", unlock_view, name="unlock"),
        path("account/two-step-sign-in/", TwoFactorSettingsView.as_view(), name="two_factor"),
        path(
            "account/two-step-sign-in/code/",
            TwoFactorVerifyView.as_view(),
            name="two_factor_verify",
        ),
    ]
    return [path("", include((urls, "accounts"), namespace="accounts"))]


class LockedSignInsMenuItem(MenuItem):
    def is_shown(self, request):
        return sign_in_locks_policy.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_locked_sign_ins_menu_item():
    return LockedSignInsMenuItem(
        _("Locked sign-ins"),
        reverse("accounts:locked_sign_ins"),
        name="locked-sign-ins",
        icon_name="lock",
        order=800,
    )


@hooks.register("register_account_menu_item")
def register_two_factor_account_menu_item(request):
    return {
        "url": reverse("accounts:two_factor"),
        "label": _("Two-step sign-in"),
        "help_text": _(
            "Besides your password, signing in asks for a code from an authenticator app on "
            "your phone."
        ),
    }


@hooks.register("register_permissions")
def register_sign_in_lock_permissions():
    """Seeing and lifting lock-outs, chosen per group in Settings → Groups (setup_roles gives
    them to Communications)."""
    return Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(AccessAttempt),
        codename__in=["view_accessattempt", "delete_accessattempt"],
    )
