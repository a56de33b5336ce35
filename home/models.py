from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.mixins import IntroMixin, ListingImageMixin, SitePageMixin, image_with_alt_text


class HomePage(SitePageMixin, Page):
    """The front page of one language: a welcome, then the latest news, events and partners."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=200,
        help_text=_("The large welcome line at the top of the home page."),
    )
    hero_intro = models.TextField(
        _("hero introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences under the welcome line."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the picture shows for people who cannot see it."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Welcome"),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "news.NewsIndexPage",
        "partners.PartnerIndexPage",
        "events.EventIndexPage",
        "publications.PublicationIndexPage",
    ]

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Home page")
    serve_select_related = ("locale", "hero_image")

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        # Only the first home page is created by hand; the other languages' home pages are its
        # translations, made with wagtail-localize, so every language has exactly one.
        return super().can_create_at(parent) and not cls.objects.exists()

    @property
    def hero_image_alt_text(self):
        described = self.share_image
        return described[1] if described else ""

    @property
    def summary_text(self):
        return self.hero_intro

    @property
    def share_image(self):
        return image_with_alt_text(self.hero_image, self.hero_image_alt)


class StandardPage(IntroMixin, ListingImageMixin, SitePageMixin, Page):
    """A page of text: About us, Contact, policies."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + ListingImageMixin.listing_panels

    search_fields = Page.search_fields + IntroMixin.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Page")

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
