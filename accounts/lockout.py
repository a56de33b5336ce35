"""Sign-in lock-out on top of django-axes: what a locked-out person reads, who is locked out now,
and lifting a lock.

axes counts failed sign-ins in the database (settings: AXES_*), so every app server sees the
same counts, and the "Locked sign-ins" report can list them.
"""

from dataclasses import dataclass
from datetime import datetime

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from accounts.client_address import client_ip_address

ACCOUNT = "username"
ADDRESS = "ip_address"
# What AXES_LOCKOUT_PARAMETERS counts failures by, each on its own.
LOCK_KINDS = [ACCOUNT, ADDRESS]


def lockout_response(request, original_response, credentials):
    """The page that answers a sign-in while its account or address is locked: in the admin's
    look at the admin's sign-in, in the site's look at the site's."""
    # axes restarts the cool-off at every refused attempt, this one included.
    until = timezone.localtime(timezone.now() + get_cool_off(request))
    in_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
    template = "accounts/lockout_admin.html" if in_admin else "accounts/lockout_public.html"
    return render(request, template, {"until": until}, status=settings.AXES_HTTP_RESPONSE_CODE)


@dataclass
class Lock:
    kind: str
    value: str
    failures: int
    last_failure: datetime
    until: datetime

    @property
    def is_account(self):
        return self.kind == ACCOUNT


def current_locks():
    """Every account and every address that is locked out now, latest failure first."""
    cool_off = get_cool_off()
    recent = AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off)
    locks = []
    for kind in LOCK_KINDS:
        counts = (
            recent.exclude(**{f"{kind}__isnull": True})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        )
        locks += [
            Lock(
                kind=kind,
                value=count[kind],
                failures=count["failures"],
                last_failure=count["last_failure"],
                until=count["last_failure"] + cool_off,
            )
            for count in counts
        ]
    return sorted(locks, key=lambda lock: lock.last_failure, reverse=True)


def unlock(kind, value):
    """Forget the failures of one account or one address (axes' own reset, as
    `manage.py axes_reset_username` does)."""
    if not value:  # axes would take an empty value for "every account"
        raise ValueError("Name the account or address to unlock.")
    return AxesProxyHandler.reset_attempts(**{kind: value})


def forget_failures_of_this_sign_in(sender, request, user, **kwargs):
    """After a successful sign-in, the failures of that account from that address are typing
    mistakes, forgotten.

    axes' AXES_RESET_ON_SUCCESS would also forget every failure from the address, including
    those against other accounts: anyone with an account of their own could then sign in
    between guesses at a colleague's password and never be locked out.
    """
    address = client_ip_address(request) if request is not None else None
    if address:
        AxesProxyHandler.reset_attempts(username=user.get_username(), ip_address=address)
