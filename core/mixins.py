"""Small pieces that the site's page types share."""

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import find_available_slug
from wagtail.models import PageViewRestriction
from wagtail.search import index

from core.forms import ChosenContentPermissionForm
from core.permissions import PermissionLimitsMixin
from core.slugs import readable_slugify


def image_with_alt_text(image, alt_text):
    """(image, the alternative text given for it here or else its default one), or None."""
    if image is None:
        return None
    return image, alt_text or image.default_alt_text


class ReadableSlugMixin:
    """Keeps slugs ASCII and readable whatever language and script the title is in.

    Pages created in code, imported or translated may bring a slug with Albanian or Serbian
    letters, or none at all; the admin's own JavaScript already transliterates what editors type.
    """

    def full_clean(self, *args, **kwargs):
        if self.slug and not self.slug.isascii():
            self.slug = readable_slugify(self.slug)
        elif not self.slug and self.title and self.path:
            # Only once the page is in the tree (it has a path) are its siblings known.
            base_slug = readable_slugify(self.title)
            if base_slug:
                self.slug = find_available_slug(
                    self.get_parent(), base_slug, ignore_page_id=self.pk
                )
        super().full_clean(*args, **kwargs)


class PageDescriptionMixin:
    """What a page tells about itself besides its body: in cards, search results, meta tags,
    when it is shared, and to search engines. Page types override what they have."""

    open_graph_type = "website"
    # What readers call a page of this type, in search results: no model's verbose name, which
    # is written for editors ("news index page").
    kind_for_readers = pgettext_lazy("kind of page, in search results", "Page")

    @property
    def date_for_readers(self):
        """The date readers know the page by (an article's, an event's first day), or None."""
        return None

    @property
    def summary_text(self):
        """The page's own short summary, in plain text."""
        return ""

    @property
    def meta_description(self):
        """What search engines show under the title: the editors' search description if they
        wrote one, else the summary; at most 160 characters."""
        return Truncator(strip_tags(self.search_description or self.summary_text)).chars(160)

    @property
    def share_image(self):
        """(image, alternative text) that stands for the page when it is shared, or None."""
        return None

    def structured_data(self, request):
        """schema.org items (dicts) about what the page describes, besides its breadcrumbs."""
        return []


class SitePageMixin(PermissionLimitsMixin, ReadableSlugMixin, PageDescriptionMixin):
    """What every page type of the site has: permission limits, readable slugs, a description,
    and an admin form that accepts only what the editor may choose."""

    base_form_class = ChosenContentPermissionForm

    # What core.routing fetches with the page it serves: every page says its language.
    serve_select_related = ("locale",)
    # Set by core.routing when the rows it found the page with show no view restriction on the
    # page or any ancestor: Wagtail's check then needs no queries of its own.
    known_unrestricted = False

    def get_view_restrictions(self):
        if self.known_unrestricted:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class IntroMixin(models.Model):
    """A short plain-text introduction: the lead paragraph, and the text of cards and meta tags."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_(
            "One or two sentences shown under the title, in listings and in search results."
        ),
    )

    search_fields = [index.SearchField("intro")]

    class Meta:
        abstract = True

    @property
    def summary_text(self):
        return self.intro


class ListingImageMixin(models.Model):
    """The picture that represents a page in listings and cards, with its alternative text."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards that lead to this page and when the page is shared."),
    )
    listing_image_alt = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the picture shows for people who cannot see it. "
            "It is translated with the page."
        ),
    )

    serve_select_related = ("locale", "listing_image")

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Listing image"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def listing_image_alt_text(self):
        described = image_with_alt_text(self.listing_image, self.listing_image_alt)
        return described[1] if described else ""

    @property
    def share_image(self):
        return image_with_alt_text(self.listing_image, self.listing_image_alt)
