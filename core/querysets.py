from django.utils import translation
from wagtail.query import PageQuerySet


class LocalizedPageQuerySet(PageQuerySet):
    def in_locale(self, locale=None):
        """Live pages of one locale (the active language's unless given)."""
        if locale is None:
            return self.live().filter(locale__language_code=translation.get_language())
        return self.live().filter(locale=locale)

    def for_listing(self, image_field="listing_image"):
        """Pages for cards: no StreamField bodies, their picture and its renditions preloaded."""
        return (
            self.defer_streamfields()
            .select_related(image_field)
            .prefetch_related(f"{image_field}__renditions")
        )
