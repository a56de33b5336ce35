from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.permissions import PartnerRestrictedPermissionsMixin
from home.blocks import BodyStreamBlock, MenuItemBlock
from home.mixins import IntroMixin, ListingImageMixin, ReadableSlugMixin


class HomePage(PartnerRestrictedPermissionsMixin, ReadableSlugMixin, Page):
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
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        # Only the first home page is created by hand; the other languages' home pages are its
        # translations, made with wagtail-localize, so every language has exactly one.
        return super().can_create_at(parent) and not cls.objects.exists()

    def get_context(self, request, *args, **kwargs):
        from events.models import EventPage
        from news.models import NewsPage
        from partners.models import PartnerPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.in_locale(self.locale).newest_first().for_listing()[:3]
        )
        context["upcoming_events"] = (
            EventPage.objects.in_locale(self.locale).upcoming().for_listing()[:3]
        )
        context["member_partners"] = (
            PartnerPage.objects.in_locale(self.locale).members().for_listing("logo")
        )
        return context

    @property
    def hero_image_alt_text(self):
        if self.hero_image_alt:
            return self.hero_image_alt
        return self.hero_image.default_alt_text if self.hero_image else ""


class StandardPage(
    PartnerRestrictedPermissionsMixin, ReadableSlugMixin, IntroMixin, ListingImageMixin, Page
):
    """A page of text: About us, Contact, policies."""

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + ListingImageMixin.listing_panels

    search_fields = Page.search_fields + IntroMixin.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class NavigationMenu(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The main menu of one language; the site shows the reader's language's live menu.

    Drafts let translators prepare a menu that Communications then publish.
    """

    items = StreamField(
        [("item", MenuItemBlock())],
        verbose_name=_("menu items"),
        help_text=_("The links of the main menu, in order."),
    )

    panels = [FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")

    def __str__(self):
        return str(_("Main menu ({language})")).format(language=self.locale.get_display_name())


class Footer(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """The footer of one language: who we are, how to reach us, and a few links."""

    about = models.TextField(_("about the network"), max_length=500)
    address = models.TextField(_("address"), blank=True, max_length=300)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), blank=True, max_length=40)
    links = StreamField(
        [("item", MenuItemBlock())],
        blank=True,
        verbose_name=_("footer links"),
    )

    panels = [
        FieldPanel("about"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact"),
        ),
        FieldPanel("links"),
    ]

    # A telephone number is the same in every language; wagtail-localize would offer it for
    # translation because it is a CharField.
    override_translatable_fields = [SynchronizedField("phone")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer ({language})")).format(language=self.locale.get_display_name())
