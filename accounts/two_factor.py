"""Optional two-factor sign-in, on django-otp: whoever turns it on for their account (Account →
"Two-step sign-in") is asked, after their password, for the code of their authenticator app;
nobody else is asked anything.

wagtail-2fa 1.8.0 was meant for this and does not load on Wagtail 8 (it imports
wagtail.users.widgets, which Wagtail has removed); its policies would not fit either: with
WAGTAIL_2FA_REQUIRED off it asks nobody for a code, with it on it makes every superuser set up a
device. So the site uses django-otp, which wagtail-2fa builds on, with a setup and a verify
step of its own.
"""

from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django.utils.safestring import mark_safe
from django_otp.plugins.otp_totp.models import TOTPDevice

# What someone who has given their password but not yet their code may still reach: the code's
# own page, signing out, and what the admin's pages load.
BEFORE_THE_CODE = {
    "accounts:two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}


class TwoFactorMiddleware:
    """Sends a signed-in user who has turned two-factor sign-in on, and not yet given a code in
    this session, to give it. After django-otp's OTPMiddleware, which tells whether they have."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if awaits_code(request):
            return redirect_to_login(
                request.get_full_path(), login_url=reverse("accounts:two_factor_verify")
            )
        return self.get_response(request)


def awaits_code(request):
    # Without a session nobody is signed in; asking request.user would read the session and
    # make every public answer vary by cookie, which no shared cache could then keep.
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    try:
        view_name = resolve(request.path_info).view_name
    except Resolver404:
        view_name = None
    return view_name not in BEFORE_THE_CODE and confirmed_device(user) is not None


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def device_being_set_up(user):
    """The device that the user's authenticator app is being paired with: the same until they
    confirm it, so that reloading the page does not change the QR code under them."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="default", confirmed=False)


def turn_on(request, device):
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    # This session has just given a correct code.
    django_otp.login(request, device)


def turn_off(user):
    return TOTPDevice.objects.filter(user=user).delete()[0]


def qr_code_svg(device):
    """The device's key as a QR code for authenticator apps, drawn in the page (no request to
    anyone else)."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage)
    return mark_safe(image.to_string(encoding="unicode"))


def readable_key(device):
    """The key in base32, as authenticator apps take it when typed, in groups of four."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))
