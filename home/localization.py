"""Pick the active language's version of pages and snippets, in as few queries as possible.

wagtail-localize keeps links to pages pointing at the page that was chosen (usually the
Albanian source) and expects the site to follow them to the reader's language at render time.
"""

from wagtail.models import Locale, Page


def localized_pages(pages, locale=None):
    """The live translations of `pages` in `locale` (default: active), in the same order.

    A page with no live translation in that locale is kept as it is, so a link never disappears.
    One query for the whole list, whatever its length.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    locale = locale or Locale.get_active()
    model = type(pages[0]) if len({type(page) for page in pages}) == 1 else Page
    translations = {
        page.translation_key: page
        for page in model.objects.live()
        .filter(locale=locale, translation_key__in=[page.translation_key for page in pages])
        .select_related("locale")
    }
    return [translations.get(page.translation_key, page) for page in pages]


def localized_page(page, locale=None):
    """The live translation of one page in `locale`, or the page itself."""
    found = localized_pages([page], locale)
    return found[0] if found else None


def for_active_locale(model):
    """The active locale's instance of a translatable snippet, falling back to the default locale's."""
    active = Locale.get_active()
    instances = {item.locale_id: item for item in model.objects.select_related("locale")}
    if active.id in instances:
        return instances[active.id]
    default = Locale.get_default()
    return instances.get(default.id) or next(iter(instances.values()), None)
