import ipaddress
import logging

import django_otp
from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.generic import FormView
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.urls import WAGTAIL_FRONTEND_LOGIN_TEMPLATE

from accounts.lockout import ACCOUNT, ADDRESS, LOCK_KINDS, current_locks, unlock
from accounts.two_factor import (
    confirmed_device,
    device_being_set_up,
    qr_code_svg,
    readable_key,
    turn_off,
    turn_on,
)

logger = logging.getLogger(__name__)

sign_in_locks_policy = ModelPermissionPolicy(AccessAttempt)


class PublicLoginView(auth_views.LoginView):
    """Wagtail's sign-in for private pages (its own view, with its template), which leads to
    the home page of the language it was opened in when no page asked for it. Django's
    LOGIN_REDIRECT_URL is one address for every language, and its default,
    /accounts/profile/, is nothing on this site."""

    template_name = WAGTAIL_FRONTEND_LOGIN_TEMPLATE

    def get_default_redirect_url(self):
        if self.next_page:
            return super().get_default_redirect_url()
        return reverse("wagtail_serve", args=[""])

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # Django's form puts the focus in the username field: on a page of the site, the first
        # Tab must reach the skip link, as on every other page, and a screen reader must start
        # at the top.
        form.fields["username"].widget.attrs.pop("autofocus", None)
        return form


class LockedSignInsReportView(ReportView):
    page_title = _("Locked sign-ins")
    header_icon = "lock"
    template_name = "accounts/locked_sign_ins.html"
    results_template_name = "accounts/locked_sign_ins_results.html"
    index_url_name = "accounts:locked_sign_ins"
    index_results_url_name = "accounts:locked_sign_ins_results"
    permission_policy = sign_in_locks_policy
    permission_required = "view"

    def get_queryset(self):
        return current_locks()

    def filter_queryset(self, locks):
        return locks

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["may_unlock"] = sign_in_locks_policy.user_has_permission(
            self.request.user, "delete"
        )
        context["failure_limit"] = settings.AXES_FAILURE_LIMIT
        return context


class UnlockForm(forms.Form):
    kind = forms.ChoiceField(choices=[(kind, kind) for kind in LOCK_KINDS])
    value = forms.CharField(max_length=255)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == ADDRESS and cleaned.get("value"):
            try:
                cleaned["value"] = str(ipaddress.ip_address(cleaned["value"]))
            except ValueError:
                raise forms.ValidationError(_("This is not an address.")) from None
        return cleaned


@require_POST
def unlock_view(request):
    """Lets an account or an address sign in again at once, before its cool-off ends."""
    if not sign_in_locks_policy.user_has_permission(request.user, "delete"):
        raise PermissionDenied
    form = UnlockForm(request.POST)
    if form.is_valid():
        kind, value = form.cleaned_data["kind"], form.cleaned_data["value"]
        unlock(kind, value)
        logger.info("Sign-ins of %s %s unlocked by %s", kind, value, request.user.get_username())
        if kind == ACCOUNT:
            message = gettext("The account “%(name)s” may sign in again.") % {"name": value}
        else:
            message = gettext("Sign-ins from the address %(address)s are allowed again.") % {
                "address": value
            }
        messages.success(request, message)
    else:
        messages.error(request, gettext("Nothing was unlocked: name an account or an address."))
    return redirect("accounts:locked_sign_ins")


class CodeForm(forms.Form):
    """The six digits that the user's authenticator app shows now, checked against their device
    (django-otp makes each wrong code wait longer before the next is checked)."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        allowed, _details = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a minute, then type the code that shows now.")
            )
        if not self.device.verify_token(code):
            raise forms.ValidationError(
                _(
                    "This is not the code that your app shows now. Check that your phone's "
                    "clock is right, and type the code that shows now."
                )
            )
        return code


class PasswordForm(forms.Form):
    """Turning two-step sign-in on or off asks for the password again, so that a session left
    open on someone else's computer cannot change it."""

    password = forms.CharField(label=_("Your password"), strip=False, widget=forms.PasswordInput)

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("This is not your password."))
        return self.cleaned_data["password"]


class TurnOnForm(PasswordForm, CodeForm):
    field_order = ["password", "code"]

    def clean_code(self):
        # A code is good once: it is not spent while the password is wrong.
        if "password" in self.errors:
            return None
        return super().clean_code()


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class TwoFactorSettingsView(FormView):
    """Account → Two-step sign-in: pair an authenticator app, or turn two-step sign-in off."""

    template_name = "accounts/two_factor_settings.html"

    def dispatch(self, request, *args, **kwargs):
        self.device = confirmed_device(request.user)
        self.is_on = self.device is not None
        if not self.is_on:
            self.device = device_being_set_up(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return PasswordForm if self.is_on else TurnOnForm

    def get_form_kwargs(self):
        kwargs = {**super().get_form_kwargs(), "user": self.request.user}
        if not self.is_on:
            kwargs["device"] = self.device
        return kwargs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_on"] = self.is_on
        if not self.is_on:
            context["qr_code"] = qr_code_svg(self.device)
            context["key"] = readable_key(self.device)
        return context

    def form_valid(self, form):
        if self.is_on:
            turn_off(self.request.user)
            messages.success(self.request, _("Two-step sign-in is off."))
        else:
            turn_on(self.request, self.device)
            messages.success(
                self.request,
                _("Two-step sign-in is on: from now on, signing in asks for a code from your app."),
            )
        return redirect("accounts:two_factor")


@method_decorator([never_cache, sensitive_post_parameters()], name="dispatch")
class TwoFactorVerifyView(auth_views.RedirectURLMixin, FormView):
    """The second step of signing in, for those who have turned it on."""

    template_name = "accounts/two_factor_verify.html"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        self.device = confirmed_device(request.user)
        if self.device is None or request.user.is_verified():
            return redirect(self.get_success_url())
        return super().dispatch(request, *args, **kwargs)

    def get_default_redirect_url(self):
        return reverse("wagtailadmin_home")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.get_redirect_url()}

    def form_valid(self, form):
        django_otp.login(self.request, self.device)
        return redirect(self.get_success_url())
