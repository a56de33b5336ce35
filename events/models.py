import django_filters
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Min, Q, prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock, QuoteBlock
from core.filters import FilteredListingMixin, ListingFilterSet
from core.localization import localized_page
from core.mixins import IntroMixin, ListingImageMixin, SitePageMixin
from core.panels import TitlePanel, promote_panels_for, settings_panels_for
from core.querysets import LocalizedPageQuerySet
from core.structured_data import (
    in_language,
    network_organization,
    page_url,
    partner_organizations,
)
from events.forms import EventHighlightPageForm
from events.places import place_line
from partners.models import (
    FunderRelation,
    PartnerPage,
    PartnerRelation,
    localized_partners_of,
)

KOSOVO = "XK"
PAST_EVENTS_PER_PAGE = 12


class EventSeries(TranslatableMixin, models.Model):
    """Events that come back, such as the yearly Week for Prevention of School Dropout."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    description = models.TextField(_("description"), blank=True, max_length=500)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    # One slug in every language, so a filtered address means the same series everywhere.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event series")
        verbose_name_plural = _("event series")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EventPageQuerySet(LocalizedPageQuerySet):
    def upcoming(self):
        """Events that have not ended yet, soonest first."""
        return self.filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        """Events that have ended, most recent first."""
        return self.filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def next_start_or_end_after(self, moment):
        """The first start or end of these events after `moment`, or None."""
        found = self.aggregate(
            start=Min("start", filter=Q(start__gt=moment)), end=Min("end", filter=Q(end__gt=moment))
        )
        return min((value for value in found.values() if value is not None), default=None)

    def start_years(self):
        """The years in which these events start, in Kosovo time, newest first: one query."""
        return [day.year for day in self.dates("start", "year", order="DESC")]

    def organised_by(self, partner):
        """Events that any translation of `partner` organises."""
        return self.filter(pk__in=EventOrganiser.pages_naming(partner))

    def involving_partner(self, partner):
        return self.filter(
            Q(pk__in=EventOrganiser.pages_naming(partner))
            | Q(pk__in=EventSupporter.pages_naming(partner))
            | Q(pk__in=EventFunder.pages_naming(partner))
        )


class EventFilterSet(ListingFilterSet):
    """Series and organiser filters of events, for the index page and the calendar feed.

    A series is named by its slug, the same in every language; an organiser by the id of its
    partner page in the listing's language.
    """

    series = django_filters.ChoiceFilter(
        label=_("Series"), empty_label=_("All series"), field_name="series__slug"
    )
    organiser = django_filters.ChoiceFilter(
        label=_("Organiser"), empty_label=_("All organisers"), method="filter_organiser"
    )

    feed_filters = ("series", "organiser")

    def choices(self, events):
        return {
            "series": [
                (series.slug, series.name)
                for series in EventSeries.objects.filter(locale=self.locale)
            ],
            "organiser": PartnerPage.objects.in_locale(self.locale).filter_choices(),
        }

    def filter_organiser(self, events, name, value):
        return events.organised_by(PartnerPage.objects.get(pk=value))


class EventIndexPage(FilteredListingMixin, IntroMixin, SitePageMixin, Page):
    """Upcoming events first, then past events a year at a time."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + IntroMixin.search_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Events")

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    filterset_class = EventFilterSet

    def listed_pages(self):
        return EventPage.objects.in_locale(self.locale).child_of(self)

    def listing_context(self, request, pages):
        # Event cards show no picture, so no listing image or renditions are loaded.
        pages = pages.defer_streamfields()
        past = pages.past()
        years = past.start_years()
        year = chosen_year(request.GET.get("year"), years)
        context = {
            "upcoming_events": pages.upcoming(),
            "past_years": years,
            "past_year": year,
        }
        if year is not None:
            # One year of past events at a time, a page of it at a time, paged in the database.
            events = Paginator(past.filter(start__year=year), PAST_EVENTS_PER_PAGE)
            page_of_events = events.get_page(request.GET.get("page"))
            context["past_events"] = page_of_events
            context["past_page_range"] = events.get_elided_page_range(page_of_events.number)
        return context


def chosen_year(value, years):
    """The year of past events to show: the one `value` names, else the latest, or None where
    there is no past event. A value that is not one of `years` names nothing: Http404."""
    if not value:
        return years[0] if years else None
    for year in years:
        if value == str(year):
            return year
    raise Http404


class EventPage(IntroMixin, ListingImageMixin, SitePageMixin, Page):
    """One event: when and where it happens, who organises and supports it, and its highlights."""

    start = models.DateTimeField(_("starts"), help_text=_("Local time in Kosovo."))
    end = models.DateTimeField(_("ends"), help_text=_("Local time in Kosovo."))
    all_day = models.BooleanField(
        _("all-day event"),
        default=False,
        help_text=_("Show only the dates, not the times."),
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("Where to follow the event online, if anywhere.")
    )
    registration_link = models.URLField(_("registration link"), blank=True)
    series = models.ForeignKey(
        EventSeries,
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), FieldPanel("online_link")],
            heading=_("Where"),
        ),
        FieldPanel("series"),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("organisers", heading=_("Organisers"), label=_("Organiser")),
        InlinePanel("supporters", heading=_("Supporters"), label=_("Supporter")),
        InlinePanel("funders", heading=_("Funders"), label=_("Funder")),
        FieldPanel("registration_link"),
    ]
    promote_panels = Page.promote_panels + ListingImageMixin.listing_panels

    search_fields = (
        Page.search_fields
        + IntroMixin.search_fields
        + [
            index.SearchField("venue"),
            index.SearchField("city"),
            index.SearchField("body"),
            index.FilterField("start"),
            index.FilterField("end"),
        ]
    )

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventHighlightPage"]

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Event")
    serve_select_related = ("locale", "listing_image", "series")

    @property
    def date_for_readers(self):
        return timezone.localdate(self.start)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Upcoming events are those not yet ended, soonest start first; past ones, by start.
        indexes = [
            models.Index(fields=["end"], name="events_by_end"),
            models.Index(fields=["start"], name="events_by_start"),
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisers"] = self.localized_organisers
        context["supporters"] = self.localized_supporters
        context["highlights"] = (
            EventHighlightPage.objects.in_locale(self.locale)
            .child_of(self)
            .order_by("-date")
            .defer_streamfields()
            .prefetch_related(photos_with_images())
        )
        return context

    @cached_property
    def localized_organisers_and_supporters(self):
        return localized_partners_of(self.organisers, self.supporters)

    @property
    def localized_organisers(self):
        return self.localized_organisers_and_supporters[0]

    @property
    def localized_supporters(self):
        return self.localized_organisers_and_supporters[1]

    def structured_data(self, request):
        event = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.meta_description,
            **self.schedule_data(),
            "eventStatus": "https://schema.org/EventScheduled",
            **self.location_data(),
            "organizer": partner_organizations(self.localized_organisers, request)
            or network_organization(request),
            "url": page_url(self, request),
            "inLanguage": in_language(self),
        }
        if self.localized_supporters:
            event["sponsor"] = partner_organizations(self.localized_supporters, request)
        return [event]

    def schedule_data(self):
        """schema.org start and end: dates for an all-day event, else times, in Kosovo time."""
        if self.all_day:
            start, end = timezone.localdate(self.start), timezone.localdate(self.end)
        else:
            start, end = timezone.localtime(self.start), timezone.localtime(self.end)
        return {"startDate": start.isoformat(), "endDate": end.isoformat()}

    def location_data(self):
        """Where to attend, in a hall, online or both, and schema.org's name for that."""
        in_person = bool(self.venue or self.city)
        online = bool(self.online_link)
        places = []
        if in_person:
            places.append(
                {
                    "@type": "Place",
                    "name": self.venue or self.city,
                    "address": {
                        "@type": "PostalAddress",
                        "addressLocality": self.city,
                        "addressCountry": KOSOVO,
                    },
                }
            )
        if online:
            places.append({"@type": "VirtualLocation", "url": self.online_link})
        mode = (
            "MixedEventAttendanceMode"
            if in_person and online
            else ("OnlineEventAttendanceMode" if online else "OfflineEventAttendanceMode")
        )
        return {
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": places[0] if len(places) == 1 else places,
        }

    @property
    def place(self):
        """Venue and city in one line, naming a place once where the venue names the city."""
        return place_line(self.venue, self.city)

    @property
    def is_multi_day(self):
        return timezone.localdate(self.start) != timezone.localdate(self.end)

    @property
    def has_ended(self):
        return self.end < timezone.now()


class EventOrganiser(PartnerRelation):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisers")


class EventSupporter(PartnerRelation):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="supporters")


class EventFunder(FunderRelation):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="funders")


HIGHLIGHT_DETAILS = "events.edit_highlight_details"


class EventHighlightPageQuerySet(LocalizedPageQuerySet):
    def posted_by_partner(self, partner):
        return self.filter(posted_by__translation_key=partner.translation_key)


class EventHighlightPage(SitePageMixin, Page):
    """What happened at an event, told with photos and quotes by a partner that took part."""

    posted_by = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("posted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner organisation that tells this story."),
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("What happened, in one or two sentences.")
    )
    quotes = StreamField(
        [("quote", QuoteBlock(label=_("Quotation")))], blank=True, verbose_name=_("quotes")
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("story"))

    objects = PageManager.from_queryset(EventHighlightPageQuerySet)()

    # Partners see a short form: the story itself. Who posted it follows from their account;
    # the address and publishing schedule are Communications' business. (Field permissions
    # take the fields out of the partners' form; a hidden tab alone would leave them required.)
    content_panels = [
        TitlePanel("title"),
        FieldPanel("posted_by", permission=HIGHLIGHT_DETAILS),
        FieldPanel("date", help_text=_("The day of the event that this highlight tells about.")),
        FieldPanel("summary"),
        MultipleChooserPanel(
            "photos",
            chooser_field_name="image",
            heading=_("Photos"),
            label=_("Photo"),
            help_text=_(
                "Tick several photos in the chooser to add them at once. Its Upload tab takes "
                "one photo at a time; to upload many together, use Images › Add images first. "
                "A photo's description starts as its title: make it say what the photo shows."
            ),
        ),
        FieldPanel("quotes"),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("quotes"),
        index.SearchField("body"),
    ]

    parent_page_types = ["events.EventPage"]
    subpage_types = []

    promote_panels = promote_panels_for(HIGHLIGHT_DETAILS)
    settings_panels = settings_panels_for(HIGHLIGHT_DETAILS)
    base_form_class = EventHighlightPageForm

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Event highlight")
    serve_select_related = ("locale", "posted_by")

    @property
    def date_for_readers(self):
        return self.date

    class Meta:
        verbose_name = _("event highlight")
        verbose_name_plural = _("event highlights")
        permissions = [
            (
                "edit_highlight_details",
                _("Can set who posted a highlight, its address and its publishing settings"),
            )
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner"] = localized_page(self.posted_by)
        # The gallery and the sharing image both read the photos: one query for them all.
        prefetch_related_objects([self], photos_with_images())
        return context

    @property
    def first_photo(self):
        """The photo that stands for the highlight in listings."""
        return next(iter(self.photos.all()), None)

    @property
    def summary_text(self):
        return self.summary

    @property
    def share_image(self):
        photo = self.first_photo
        return (photo.image, photo.alt_text) if photo else None


def photos_with_images():
    """Prefetch for highlights' photos with their images and renditions."""
    return models.Prefetch(
        "photos",
        queryset=EventHighlightPhoto.objects.select_related("image").prefetch_related(
            "image__renditions"
        ),
    )


class EventHighlightPhoto(TranslatableMixin, Orderable):
    """One photo of a highlight; its description and caption are translated with the page."""

    page = ParentalKey(EventHighlightPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe what the photo shows for people who cannot see it. "
            "Left empty, it takes the photo's title."
        ),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["sort_order"]

    def clean(self):
        super().clean()
        # Wagtail's ImageBlock proposes the image's own alternative text (its description, else
        # its title) when an image is chosen; these rows have no such script, so an empty
        # description is proposed the same way when the row is saved, never left empty.
        if not self.alt_text and self.image_id:
            self.alt_text = self.image.default_alt_text[
                : self._meta.get_field("alt_text").max_length
            ]
