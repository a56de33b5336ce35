from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

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
        (partners,) = localized_partners_of(self)
        return partners


def localized_partners_of(*relations):
    """For each of a page's partner relations (organisers, supporters…), its partner pages in
    the reader's language in the links' order: one query finds the translations for them all."""
    chosen = [
        [link.partner for link in relation.get_queryset().select_related("partner")]
        for relation in relations
    ]
    localized = iter(localized_pages([partner for group in chosen for partner in group]))
    return [[next(localized) for _partner in group] for group in chosen]


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

    @classmethod
    def pages_naming(cls, partner):
        """The ids of the pages whose relations of this kind name any translation of `partner`,
        as a subquery: filtering pages with `pk__in` on it reads each page once, where a filter
        across the relations would join every row of each and need DISTINCT."""
        return cls.objects.filter(cls.naming(partner)).values("page_id")

    @classmethod
    def naming(cls, partner):
        return models.Q(partner__translation_key=partner.translation_key)


@dataclass(frozen=True)
class FundingCredit:
    """One funder of a page's work and, if its money comes through another organisation, that
    organisation: partner pages in the reader's language."""

    funder: "PartnerPage"
    through: "PartnerPage | None"
    # Whether the European Union gives this money, or passes it on: read from the pages that
    # were chosen, so that a translation not yet synchronised cannot hide the emblem.
    by_european_union: bool
    through_european_union: bool


@dataclass(frozen=True)
class Funding:
    """Who funds a page's work, as its funding acknowledgement shows it."""

    credits: list[FundingCredit]

    @property
    def european_union(self):
        """Whether EU money is involved, directly or through another funder: the EU emblem and
        funding statement are then due."""
        return any(
            credit.by_european_union or credit.through_european_union for credit in self.credits
        )

    @property
    def other_credits(self):
        """The credits that the EU funding statement does not already say, to be named."""
        return [
            credit
            for credit in self.credits
            if not credit.by_european_union or credit.through is not None
        ]


class FunderRelationManager(PartnerRelationManager):
    def funding(self):
        """The page's Funding, its funders in the reader's language, in the links' order.

        One query for the links with their partners, one for all their translations.
        """
        links = list(self.get_queryset().select_related("partner", "through"))
        chosen = [page for link in links for page in (link.partner, link.through) if page]
        localized = {page.translation_key: page for page in localized_pages(chosen)}
        return Funding(
            [
                FundingCredit(
                    funder=localized[link.partner.translation_key],
                    through=localized[link.through.translation_key] if link.through else None,
                    by_european_union=link.partner.is_european_union,
                    through_european_union=bool(link.through and link.through.is_european_union),
                )
                for link in links
            ]
        )


class FunderRelation(PartnerRelation):
    """A funder of a page's work (a project, an event, an article's subject).

    Money that reaches us through another organisation (UNICEF's, through the EU Office in
    Kosovo) names that organisation as a second partner page rather than in a free note: the
    name then follows the reader's language and links to its page, and the page can tell that
    EU money is involved.
    """

    through = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("through"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The organisation the money comes through, if any: for UNICEF funding that comes "
            "through the EU Office in Kosovo, the funder is UNICEF and this is the EU Office."
        ),
    )

    objects = FunderRelationManager()

    panels = [
        FieldRowPanel([FieldPanel("partner", heading=_("Funder")), FieldPanel("through")]),
    ]

    class Meta(PartnerRelation.Meta):
        abstract = True

    @classmethod
    def naming(cls, partner):
        return super().naming(partner) | models.Q(through__translation_key=partner.translation_key)


class PartnerKind(models.TextChoices):
    MEMBER = "member", _("Member of the network")
    EXPERT = "expert", _("Expert partner")
    AUTHORITY = "authority", _("Public authority")
    DONOR = "donor", _("Donor")


# The partners index heads each group with the kind in the plural ("Donors"), which Albanian
# and Serbian do not make by adding a letter to the singular that names one partner's kind.
PARTNER_KIND_HEADINGS = {
    PartnerKind.MEMBER: _("Members of the network"),
    PartnerKind.EXPERT: _("Expert partners"),
    PartnerKind.AUTHORITY: _("Public authorities"),
    PartnerKind.DONOR: _("Donors"),
}


class PartnerPageQuerySet(LocalizedPageQuerySet):
    def filter_choices(self):
        """(id, name) of each partner, by name, for a filter of pages that name partners."""
        return [(str(pk), title) for pk, title in self.order_by("title").values_list("pk", "title")]

    def members(self):
        return self.filter(kind=PartnerKind.MEMBER).order_by("title")

    def donors(self):
        return self.filter(kind=PartnerKind.DONOR).order_by("title")

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

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Partners")

    class Meta:
        verbose_name = _("partner index page")
        verbose_name_plural = _("partner index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = (
            PartnerPage.objects.in_locale(self.locale).child_of(self).by_kind().for_listing("logo")
        )
        context["partner_groups"] = [
            (PARTNER_KIND_HEADINGS[kind], group)
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
    # A fact about the organisation rather than about each page it funds: ticked once, it puts
    # the EU emblem on every page that names it as funder, and editors cannot forget it there.
    is_european_union = models.BooleanField(
        _("is the European Union"),
        default=False,
        help_text=_(
            "Tick for the European Union or its Office in Kosovo: pages it funds, or whose "
            "funding comes through it, show the EU emblem and “Funded by the European Union”."
        ),
    )

    objects = PageManager.from_queryset(PartnerPageQuerySet)()

    content_panels = [
        FieldPanel("title", help_text=_("The organisation's full name in this language.")),
        FieldRowPanel([FieldPanel("acronym"), FieldPanel("kind")]),
        FieldPanel("is_european_union"),
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

    # A logo may read differently in each language (MASHTI, MONTI, MESTI): a translation may
    # show its own, chosen in the translation editor, and keeps it when the source changes.
    override_translatable_fields = [SynchronizedField("logo", overridable=True)]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Partner organisation")
    serve_select_related = ("locale", "logo")

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
        return self.filter(
            models.Q(pk__in=ProjectPartner.pages_naming(partner))
            | models.Q(pk__in=ProjectFunder.pages_naming(partner))
        )


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
        InlinePanel("funders", heading=_("Funders"), label=_("Funder")),
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

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Project")

    @property
    def date_for_readers(self):
        return self.start_date

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A project cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["project_partners"] = self.partners.localized_links()
        return context


class ProjectRole(models.TextChoices):
    BENEFICIARY = "beneficiary", _("Beneficiary")
    EXPERTISE = "expertise", _("Expertise")
    IMPLEMENTER = "implementer", _("Implementing partner")


class ProjectFunder(FunderRelation):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="funders")


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
