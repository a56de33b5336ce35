from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from editorial.permissions import PartnerRestrictedPermissionsMixin
from home.blocks import BodyStreamBlock
from home.localization import localized_pages
from home.mixins import IntroMixin, ListingImageMixin, ReadableSlugMixin
from home.querysets import LocalizedPageQuerySet


class PartnerRelation(Orderable):
    """A link from a page to a partner organisation (organiser, donor, related partner…).

    The link points at the partner page that was chosen; pages show it in the reader's
    language with home.localization.localized_pages.
    """

    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


class PartnerKind(models.TextChoices):
    MEMBER = "member", _("Member of the network")
    EXPERT = "expert", _("Expert partner")
    AUTHORITY = "authority", _("Public authority")
    DONOR = "donor", _("Donor")


class PartnerPageQuerySet(LocalizedPageQuerySet):
    def members(self):
        return self.filter(kind=PartnerKind.MEMBER).order_by("title")

    def by_kind(self):
        """Partners in the order of PartnerKind, then by name."""
        order = models.Case(
            *[
                models.When(kind=kind, then=position)
                for position, kind in enumerate(PartnerKind.values)
            ],
            output_field=models.IntegerField(),
        )
        return self.order_by(order, "title")


class PartnerIndexPage(PartnerRestrictedPermissionsMixin, ReadableSlugMixin, IntroMixin, Page):
    """All partner organisations and joint projects of the network."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + IntroMixin.search_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage", "partners.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index page")
        verbose_name_plural = _("partner index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = (
            PartnerPage.objects.in_locale(self.locale).child_of(self).by_kind().for_listing("logo")
        )
        labels = dict(PartnerKind.choices)
        context["partner_groups"] = [
            (labels[kind], group)
            for kind in PartnerKind.values
            if (group := [partner for partner in partners if partner.kind == kind])
        ]
        context["projects"] = (
            ProjectPage.objects.in_locale(self.locale).child_of(self).order_by("-start_date")
        )
        return context


class PartnerPage(PartnerRestrictedPermissionsMixin, ReadableSlugMixin, Page):
    """The profile of one partner organisation, kept current by the partner itself."""

    acronym = models.CharField(
        _("acronym"),
        max_length=20,
        help_text=_("The short name the organisation is known by in this language, e.g. KEC."),
    )
    kind = models.CharField(
        _("kind of partner"), max_length=20, choices=PartnerKind.choices, default=PartnerKind.MEMBER
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the organisation's name, so it needs no alternative text of its own."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences on what the organisation does, shown on partner cards."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("profile"))
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)

    objects = PageManager.from_queryset(PartnerPageQuerySet)()

    content_panels = [
        FieldPanel("title", help_text=_("The organisation's full name in this language.")),
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("kind")]),
        FieldPanel("logo"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("email"), FieldPanel("city")],
            heading=_("Contact"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("acronym"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def get_context(self, request, *args, **kwargs):
        from events.models import EventHighlightPage, EventPage
        from news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["news"] = (
            NewsPage.objects.in_locale(self.locale)
            .about_partner(self)
            .newest_first()
            .for_listing()[:5]
        )
        context["events"] = (
            EventPage.objects.in_locale(self.locale)
            .involving_partner(self)
            .order_by("-start")
            .for_listing()[:5]
        )
        context["highlights"] = (
            EventHighlightPage.objects.in_locale(self.locale)
            .posted_by_partner(self)
            .order_by("-date")[:5]
        )
        context["projects"] = (
            ProjectPage.objects.in_locale(self.locale)
            .involving_partner(self)
            .order_by("-start_date")
        )
        return context


class ProjectPageQuerySet(LocalizedPageQuerySet):
    def involving_partner(self, partner):
        key = partner.translation_key
        return self.filter(
            models.Q(partners__partner__translation_key=key)
            | models.Q(donors__partner__translation_key=key)
        ).distinct()


class ProjectPage(
    PartnerRestrictedPermissionsMixin, ReadableSlugMixin, IntroMixin, ListingImageMixin, Page
):
    """A joint project: who funded it, who took part, what it aimed at, did and achieved."""

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    aims = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("aims"))
    activities = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("activities"))
    results = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("results"))

    objects = PageManager.from_queryset(ProjectPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("intro"),
        InlinePanel("donors", heading=_("Donors"), label=_("Donor")),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner")),
        FieldPanel("aims"),
        FieldPanel("activities"),
        FieldPanel("results"),
    ]
    promote_panels = Page.promote_panels + ListingImageMixin.listing_panels

    search_fields = (
        Page.search_fields
        + IntroMixin.search_fields
        + [
            index.SearchField("aims"),
            index.SearchField("activities"),
            index.SearchField("results"),
        ]
    )

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A project cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project_donors"] = localized_pages(
            [link.partner for link in self.donors.select_related("partner")]
        )
        partner_links = list(self.partners.select_related("partner"))
        context["project_partners"] = list(
            zip(
                localized_pages([link.partner for link in partner_links]),
                partner_links,
                strict=True,
            )
        )
        return context


class ProjectRole(models.TextChoices):
    BENEFICIARY = "beneficiary", _("Beneficiary")
    EXPERTISE = "expertise", _("Expertise")
    IMPLEMENTER = "implementer", _("Implementing partner")


class ProjectDonor(PartnerRelation):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="donors")


class ProjectPartner(PartnerRelation):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    role = models.CharField(
        _("role"), max_length=20, choices=ProjectRole.choices, default=ProjectRole.IMPLEMENTER
    )

    panels = [FieldRowPanel([FieldPanel("partner"), FieldPanel("role")])]
