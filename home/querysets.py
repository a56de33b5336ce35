from wagtail.models import Locale
from wagtail.query import PageQuerySet


class LocalizedPageQuerySet(PageQuerySet):
    def in_locale(self, locale=None):
        """Live pages of one language (the active one unless given)."""
        return self.live().filter(locale=locale or Locale.get_active())

    def translations_of(self, page):
        """The pages that are translations of `page`, itself included."""
        return self.filter(translation_key=page.translation_key)
