"""Whether an admin address is one that editorial.boundary lets the user of a request reach, so
that the admin offers partners and translators no link that would answer "permission denied"."""

import copy
from urllib.parse import urlsplit

from django.http import QueryDict
from django.urls import Resolver404, resolve

from editorial.boundary import ADMIN_PREFIX, may_reach


def may_follow(request, url):
    """Whether the boundary lets the request's user through to `url`; addresses outside the admin
    are not the boundary's business."""
    address = urlsplit(str(url))
    if address.netloc or not address.path.startswith(ADMIN_PREFIX):
        return True
    try:
        match = resolve(address.path)
    except Resolver404:
        return False
    # Some checks read the query (the explorer's API listing): the link's, not the page's.
    following = copy.copy(request)
    following.GET = QueryDict(address.query)
    return may_reach(following, match.view_name, match.kwargs)
