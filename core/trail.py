# Each language's home page sits right under Wagtail's root page.
LANGUAGE_HOME_DEPTH = 2


def is_language_home(page):
    return page.depth == LANGUAGE_HOME_DEPTH


def live_ancestors(page, request):
    """The live pages from the language's home page down to `page`'s parent.

    Both the breadcrumbs and the structured data need them: one query per page and request.
    """
    if not hasattr(request, "live_ancestors_cache"):
        request.live_ancestors_cache = {}
    if page.pk not in request.live_ancestors_cache:
        request.live_ancestors_cache[page.pk] = list(
            page.get_ancestors().filter(depth__gte=LANGUAGE_HOME_DEPTH).live()
        )
    return request.live_ancestors_cache[page.pk]


def remember_live_ancestors(request, page, ancestors):
    """Keep what live_ancestors would find, where routing has the rows already."""
    if not hasattr(request, "live_ancestors_cache"):
        request.live_ancestors_cache = {}
    request.live_ancestors_cache[page.pk] = ancestors
