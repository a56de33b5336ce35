"""Find the page at an address in two queries, whatever its depth.

Wagtail's router walks the tree a level at a time: a query for the site root's translation in
the reader's language and one for its specific type, then for each segment of the address one
for the child page and one for its type; the view restrictions then cost two more. An article
cost eight queries before any of its content. Every page's `url_path` already holds its address
in the tree, so one query fetches the page and all its ancestors at once, a second its specific
type. The same rows tell whether any ancestor has a view restriction and make the breadcrumbs'
trail.

Wagtail's semantics are kept: a page that is not live is a 404 (its ancestors need not be live),
and Wagtail's serve view runs as before with the route found here, so its hooks (view
restrictions, our own before_serve_page checks) still apply. Wherever the answer is not plain —
the language has no live home page of its own, the rows do not make an unbroken line — the
request goes to Wagtail's own walk. A page type with its own `route()` (RoutablePageMixin) is
handed the rest of the address, as Wagtail would.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site

from core.trail import LANGUAGE_HOME_DEPTH, remember_live_ancestors

# Said by find_route when Wagtail's own walk should answer.
WALK = object()
# Treebeard's paths hold 255 characters, 4 per level: no page is deeper than this.
DEEPEST_LEVEL = 255 // 4


def find_route(request, path):
    """Wagtail's RouteResult for the page at `path` (the address below its language prefix),
    None where there is none (a 404), or WALK."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    home_path = language_home_path(site)
    if home_path is None:
        return WALK
    home_depth = home_path.count("/")
    segments = [segment for segment in path.split("/") if segment]
    line = ancestry(home_path, segments)
    if line is None or len(line) < home_depth or not is_home_of(line[home_depth - 1], site):
        return WALK
    found = line[-1]
    rest = segments[found.depth - home_depth :]
    if rest:
        if found.specific_class is None or found.specific_class.route is Page.route:
            # Wagtail would look for a child with the next slug: its url_path was among those
            # asked for, and no page has it.
            return None
        return found.specific.route(request, rest)
    page = specific_for_serving(found)
    if page is None:
        return WALK
    if not any(row.restricted for row in line):
        page.known_unrestricted = True
    # As Wagtail's walk does, so that get_parent() costs no query.
    page._cached_parent_obj = line[-2] if len(line) > 1 else None
    remember_live_ancestors(
        request, page, [row for row in line[:-1] if row.depth >= LANGUAGE_HOME_DEPTH and row.live]
    )
    return page.route(request, [])


def language_home_path(site):
    """The url_path of `site`'s home page in the reader's language, from the site root paths
    that Wagtail keeps in its cache; None where there is none."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk and root.language_code == language:
            return root.root_path
    return None


def ancestry(home_path, segments):
    """The pages from the tree's root down to the deepest page that the address names, or None
    where the rows do not make one unbroken line from parent to child."""
    names = [name for name in home_path.split("/") if name] + segments
    addresses = [
        "/" + "".join(f"{name}/" for name in names[:count]) for count in range(len(names) + 1)
    ]
    rows = (
        Page.objects.filter(url_path__in=addresses[:DEEPEST_LEVEL])
        .annotate(restricted=restricted_here())
        .order_by("depth")
    )
    line = []
    for depth, row in enumerate(rows, start=1):
        if row.depth != depth or (line and not row.path.startswith(line[-1].path)):
            return None
        line.append(row)
    return line or None


def restricted_here():
    """Whether a page view restriction is set on this very page; an alias has its source's, as
    in Page.get_view_restrictions."""
    return Exists(
        PageViewRestriction.objects.filter(
            page_id=Coalesce(OuterRef("alias_of_id"), OuterRef("pk"))
        )
    )


def is_home_of(home, site):
    """Whether `home` is the live translation of `site`'s root page, where Wagtail's walk starts
    (it starts from the root page itself where the translation is not live)."""
    return home.translation_key == site.root_page.translation_key and home.live


def specific_for_serving(row):
    """The page of `row` as its own type, with what its templates ask for (serve_select_related)."""
    model = row.specific_class
    if model is None:
        return None
    related = getattr(model, "serve_select_related", ())
    return model._default_manager.select_related(*related).filter(pk=row.pk).first()
