from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.blocks import MenuItemBlock


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
