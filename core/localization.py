"""Pick the reader's language's version of pages and snippets, in as few queries as possible.

wagtail-localize keeps links to pages pointing at the page that was chosen (usually the
Albanian source) and expects the site to follow them to the reader's language at render time.
Lookups here filter on the language code, which saves a query for the Locale row each time.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import DraftStateMixin, Page


def localized_pages(pages, language_code=None):
    """The live translations of `pages` in a language (default: the active one), in order.

    A page with no live translation in that language is kept as it is, so a link never
    disappears. One query for the whole list, whatever its length.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    language_code = language_code or translation.get_language()
    model = type(pages[0]) if len({type(page) for page in pages}) == 1 else Page
    translations = {
        page.translation_key: page
        for page in model.objects.live()
        .filter(
            locale__language_code=language_code,
            translation_key__in=[page.translation_key for page in pages],
        )
        .select_related("locale")
    }
    return [translations.get(page.translation_key, page) for page in pages]


def localized_page(page, language_code=None):
    """The live translation of one page in a language, or the page itself."""
    found = localized_pages([page], language_code)
    return found[0] if found else None


def for_active_language(model):
    """The active language's live instance of a translatable snippet, else the default language's."""
    active = translation.get_language()
    candidates = model.objects.filter(locale__language_code__in={active, settings.LANGUAGE_CODE})
    if issubclass(model, DraftStateMixin):
        candidates = candidates.filter(live=True)
    instances = {item.locale.language_code: item for item in candidates.select_related("locale")}
    return instances.get(active) or instances.get(settings.LANGUAGE_CODE)
