"""The password forms of private pages and of private documents, locked out like sign-ins.

Wagtail's forms check a shared password, not an account, so Django never reports a failure to
django-axes. Each wrong password is reported here as a failed sign-in to the restriction
("page password 3"), so that axes counts it by that restriction and by the address: five wrong
passwords lock the form, for everyone or for that address, as for an account.
"""

import functools

from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed

from accounts.lockout import lockout_response
from core import views as core_views


def locked_out_after_wrong_passwords(password_view, restriction_argument, kind):
    @functools.wraps(password_view)
    def view(request, *args, **kwargs):
        if request.method != "POST":
            return password_view(request, *args, **kwargs)
        credentials = {"username": f"{kind} {kwargs[restriction_argument]}"}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return lockout_response(request, None, credentials)
        response = password_view(request, *args, **kwargs)
        # Wagtail redirects past a right password and shows the form again after a wrong one.
        if response.status_code == 200:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        return response

    return view


page_password_form = locked_out_after_wrong_passwords(
    core_views.page_password_form, "page_view_restriction_id", "page password"
)
document_password_form = locked_out_after_wrong_passwords(
    core_views.document_password_form, "restriction_id", "documents password"
)
