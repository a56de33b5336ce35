from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.localization import localized_pages
from core.mixins import IntroMixin, ListingImageMixin, SitePageMixin, image_with_alt_text
from core.querysets import LocalizedPageQuerySet


class PartnerRelationManager(models.Manager):
    # A manager method rather than a queryset one: a page's relation manager (modelcluster's)
    # subclasses this manager, so the method also works on a page being previewed, whose links
    # are not in the database yet.
    def localized_links(self):
        """[(partner page in the reader's language, link)] in the links' order.

        Links point at the partner page that was chosen (usually the Albanian one); one query
        finds the translations, whatever the number of links.
        """
        links = list(self.get_queryset().select_related("partner"))
        return list(zip(localized_pages([link.partner for link in links]), links, strict=True))

    def localized_partners(self):
        """The linked partner pages in the reader's language, in the links' order."""
        return [partner for partner, _link in self.localized_links()]


class PartnerRelation(Orderable):
    """A link from a page to a partner organisation (organiser, donor, related partner…)."""

    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    objects = PartnerRelationManager()

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


class PartnerKind(models.TextChoices):
    MEMBER = "member", _("Member of the network")
    EXPERT = "expert", _("Expert partner")
    AUTHORITY = "authority", _("Public authority")
    DONOR = "donor", _("Donor")


class PartnerPageQuerySet(LocalizedPageQuerySet):
    def filter_choices(self):
        """(id, name) of each partner, by name, for a filter of pages that name partners."""
        return [(str(pk), title) for pk, title in self.order_by("title").values_list("pk", "title")]

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


class PartnerIndexPage(IntroMixin, SitePageMixin, Page):
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


class PartnerPage(SitePageMixin, Page):
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
        # The partner's news, events and highlights come from the news and events apps' own
        # template tags (see partners/partner_page.html).
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = (
            ProjectPage.objects.in_locale(self.locale)
            .involving_partner(self)
            .order_by("-start_date")
        )
        return context

    @property
    def summary_text(self):
        return self.summary

    @property
    def share_image(self):
        # The logo stands beside the organisation's name, which describes it best.
        return image_with_alt_text(self.logo, self.title)


class ProjectPageQuerySet(LocalizedPageQuerySet):
    def involving_partner(self, partner):
        key = partner.translation_key
        return self.filter(
            models.Q(partners__partner__translation_key=key)
            | models.Q(donors__partner__translation_key=key)
        ).distinct()


class ProjectPage(IntroMixin, ListingImageMixin, SitePageMixin, Page):
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
        context["project_donors"] = self.donors.localized_partners()
        context["project_partners"] = self.partners.localized_links()
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


class PartnerAccess(models.Model):
    """Who speaks for a partner organisation in the admin, and where their uploads go.

    Made for each partner page of the source language by the editorial app; the group's
    members are that partner's people.
    """

    partner = models.OneToOneField(
        PartnerPage, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="access"
    )
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="partner_access"
    )
    image_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("image collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    document_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("document collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("partner access")
        verbose_name_plural = _("partner access")

    def __str__(self):
        return self.group.name


def partner_for_user(user):
    """The partner page whose people `user` belongs to, or None (cached on the user)."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_partner_page_cache"):
        access = PartnerAccess.objects.filter(group__user=user).select_related("partner").first()
        user._partner_page_cache = access.partner if access else None
    return user._partner_page_cache
