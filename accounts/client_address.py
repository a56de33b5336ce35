"""The address a request comes from, as far as the site can trust it.

Behind reverse proxies REMOTE_ADDR is the nearest proxy's address, and the client's is in
X-Forwarded-For, where each proxy appends the address it saw. Anyone can send that header with
any value, so only the entries that the site's own proxies appended are believed: with
TRUSTED_PROXY_COUNT proxies, the client is the entry that the outermost of them appended, that
many places from the right. Without trusted proxies (the default) the header is ignored.

axes would read the header through django-ipware, which the site does not install for this one
function.
"""

import ipaddress

from django.conf import settings


def client_ip_address(request):
    remote_address = request.META.get("REMOTE_ADDR") or None
    trusted_proxies = settings.TRUSTED_PROXY_COUNT
    if not trusted_proxies:
        return remote_address
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if not forwarded:
        return remote_address
    # Fewer entries than proxies: the request entered the chain at an inner proxy, which
    # appended the first entry itself.
    candidate = forwarded[max(len(forwarded) - trusted_proxies, 0)]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote_address
