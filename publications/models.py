from dataclasses import dataclass

import django_filters
from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.documents.models import Document
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.filters import FilteredListingMixin, ListingFilterSet, page_of
from core.languages import html_language_tag
from core.localization import localized_pages
from core.mixins import IntroMixin, SitePageMixin
from core.panels import TitlePanel, promote_panels_for, settings_panels_for
from core.querysets import LocalizedPageQuerySet
from core.structured_data import (
    absolute,
    in_language,
    network_organization,
    page_url,
    partner_organizations,
    site_name,
)
from partners.models import PartnerPage, PartnerRelation
from publications.forms import PublicationPageForm
from publications.panels import FileTextPanel
from publications.text_states import TextState

PUBLICATIONS_PER_PAGE = 12
PUBLICATION_DETAILS = "publications.edit_publication_details"
# What a reader is told on a page whose language has no file, when one language has it.
AVAILABLE_ONLY_IN = {
    "sq": _("Available in Albanian only."),
    "sr-latn": _("Available in Serbian only."),
    "en": _("Available in English only."),
}
AVAILABLE_IN_OTHER_LANGUAGES = _(
    "Not available in this language; available in the languages below."
)


@dataclass(frozen=True)
class Download:
    """A publication's file in one language, as the page offers it."""

    language_code: str
    document: "Document"

    @property
    def language_tag(self):
        return html_language_tag(self.language_code)

    @property
    def language_name(self):
        """The language's own name (Shqip, Srpski, English), as language menus write it."""
        return dict(settings.LANGUAGES)[self.language_code]

    @property
    def file_format(self):
        return self.document.file_extension.upper()

    @property
    def size(self):
        """The file's size in bytes; Wagtail stores it on upload, or reads it once."""
        return self.document.get_file_size()

    def media_object(self, request):
        """The file as a schema.org MediaObject, for the publication's structured data."""
        data = {
            "@type": "MediaObject",
            "contentUrl": absolute(request, self.document.url),
            "encodingFormat": self.document.content_type,
            "inLanguage": self.language_tag,
        }
        # None when the file has gone missing from storage.
        size = self.size
        if size is not None:
            data["contentSize"] = f"{size} B"
        return data


@dataclass(frozen=True)
class Citation:
    """How to cite a publication, in the reader's language: "KEC, SBASHK (2024). Title.
    Network. https://…". The same text on every visit, as a reference list needs it."""

    organisations: list[str]
    year: int
    title: str
    publisher: str
    url: str

    def __str__(self):
        title = self.title if self.title.endswith((".", "?", "!")) else f"{self.title}."
        parts = [f"{', '.join(self.organisations)} ({self.year}).", title]
        # A publication of the network itself names it once, as its author.
        if self.organisations != [self.publisher]:
            parts.append(f"{self.publisher}.")
        parts.append(self.url)
        return " ".join(parts)


class PublicationKind(models.TextChoices):
    STUDY = "study", _("Study")
    POLICY_BRIEF = "policy-brief", _("Policy brief")
    PROTOCOL = "protocol", _("Protocol")
    ACTION_PLAN = "action-plan", _("Action plan")
    TRAINING_MATERIAL = "training-material", _("Training material")
    REPORT = "report", _("Report")
    NEWSLETTER = "newsletter", _("Newsletter")


# schema.org's type for each kind that has one of its own; the other kinds are CreativeWork.
SCHEMA_ORG_TYPES = {PublicationKind.STUDY: "ScholarlyArticle", PublicationKind.REPORT: "Report"}


class DocumentText(models.Model):
    """What the site read from an uploaded document: its text for search, and its first page as
    a picture for covers. Kept beside Wagtail's document model, which the site does not replace,
    and worth keeping only while the file is the one it was read from (`file_hash`)."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="extracted_text",
        verbose_name=_("document"),
    )
    state = models.CharField(
        _("state"), max_length=20, choices=TextState.choices, default=TextState.WAITING
    )
    text = models.TextField(_("text"), blank=True)
    language = models.CharField(
        _("language of the text"),
        max_length=10,
        blank=True,
        choices=settings.LANGUAGES,
        help_text=_("Worked out from the text; empty when the text does not tell."),
    )
    page_count = models.PositiveIntegerField(_("number of pages"), null=True, blank=True)
    file_hash = models.CharField(_("file fingerprint"), max_length=40, blank=True)
    first_page = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("first page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("text of a document")
        verbose_name_plural = _("texts of documents")

    def __str__(self):
        return str(self.document)


def language_written_in(document):
    """The language the document's text is written in, or "" until read or if it cannot tell."""
    # A document without its DocumentText raises an AttributeError subclass, hence getattr.
    extracted = getattr(document, "extracted_text", None)
    return extracted.language if extracted else ""


class PublicationQuerySet(LocalizedPageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def by_partner(self, partner):
        """Publications that name any translation of `partner` among their authors."""
        return self.filter(pk__in=PublicationAuthor.pages_naming(partner))

    def about(self, page):
        """Publications that name any translation of `page` (a project, event or article)."""
        return self.filter(
            pk__in=PublicationRelatedPage.objects.filter(
                related_page__translation_key=page.translation_key
            ).values("page_id")
        )

    def with_file_in(self, language_code):
        """Publications of which some live translation offers a file in `language_code`, by the
        rule of PublicationPage.files."""
        copied_from_an_older_translation = PublicationPage.objects.filter(
            translation_key=OuterRef("translation_key"),
            document=OuterRef("document"),
            pk__lt=OuterRef("pk"),
        )
        text_does_not_tell = Q(document__extracted_text=None) | Q(
            document__extracted_text__language=""
        )
        offering = (
            PublicationPage.objects.live()
            .exclude(document=None)
            .filter(
                Q(document__extracted_text__language=language_code)
                | (
                    text_does_not_tell
                    & Q(locale__language_code=language_code)
                    & ~Exists(copied_from_an_older_translation)
                )
            )
        )
        return self.filter(translation_key__in=offering.values("translation_key"))

    def for_listing(self):
        """Publications for cards, with both pictures that may be their cover (see
        with_covers_ready for their renditions)."""
        return self.defer_streamfields().select_related(
            "cover", "document__extracted_text__first_page"
        )


def with_covers_ready(publications):
    """The publications as a list, the renditions of every cover fetched in one query.

    A cover is either of two pictures (chosen, or the file's first page); prefetching each
    relation would cost a query per relation.
    """
    publications = list(publications)
    covers = [publication.cover_image for publication in publications]
    prefetch_related_objects([cover for cover in covers if cover is not None], "renditions")
    return publications


class PublicationFilterSet(ListingFilterSet):
    """Kind, year, partner and file-language filters of the publications, for the index page and
    the feeds. A partner is named by the id of its page in the listing's language."""

    kind = django_filters.ChoiceFilter(
        label=pgettext_lazy("kind of publication", "Kind"),
        empty_label=_("All kinds"),
        field_name="kind",
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), empty_label=_("All years"), field_name="date", lookup_expr="year"
    )
    partner = django_filters.ChoiceFilter(
        label=_("Partner"), empty_label=_("All partners"), method="filter_partner"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language of the file"), empty_label=_("All languages"), method="filter_language"
    )

    feed_filters = ("kind", "partner", "language")

    def choices(self, publications):
        return {
            "kind": PublicationKind.choices,
            "year": [
                (str(day.year), str(day.year))
                for day in publications.dates("date", "year", order="DESC")
            ],
            "partner": PartnerPage.objects.in_locale(self.locale).filter_choices(),
            # Each language by its own name, as language menus name them.
            "language": list(settings.LANGUAGES),
        }

    def filter_partner(self, publications, name, value):
        return publications.by_partner(PartnerPage.objects.get(pk=value))

    def filter_language(self, publications, name, value):
        return publications.with_file_in(value)


class PublicationIndexPage(FilteredListingMixin, IntroMixin, SitePageMixin, Page):
    """The network's library: every publication of one language, newest first, to filter."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + IntroMixin.search_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["publications.PublicationPage"]
    max_count_per_parent = 1

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Publications")
    filterset_class = PublicationFilterSet

    class Meta:
        verbose_name = _("publications index page")
        verbose_name_plural = _("publications index pages")

    def listed_pages(self):
        return PublicationPage.objects.in_locale(self.locale).child_of(self)

    def listing_context(self, request, pages):
        publications = pages.newest_first().for_listing()
        page_of_publications, page_range = page_of(request, publications, PUBLICATIONS_PER_PAGE)
        page_of_publications.object_list = with_covers_ready(page_of_publications.object_list)
        return {"publications": page_of_publications, "page_range": page_range}


class PublicationPage(SitePageMixin, Page):
    """A study, policy, protocol, plan, training material, report or newsletter of the network,
    with its file in each language it was written or translated into."""

    kind = models.CharField(
        _("kind of publication"),
        max_length=20,
        choices=PublicationKind.choices,
        default=PublicationKind.REPORT,
    )
    date = models.DateField(
        _("date of publication"),
        default=timezone.localdate,
        help_text=_("The day the publication came out; readers cite it by its year."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=1000,
        help_text=_("What the publication is about and for whom, in a few sentences."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The publication in this page's language (PDF, Word or OpenDocument). A translation "
            "keeps the original's file until the translator chooses the translated file."
        ),
    )
    cover = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to show the first page of the file."),
    )

    objects = PageManager.from_queryset(PublicationQuerySet)()

    content_panels = [
        TitlePanel("title"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("date"), FieldPanel("summary")],
            heading=_("About the publication"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FileTextPanel(), FieldPanel("cover")],
            heading=_("File and cover"),
        ),
        InlinePanel("authors", heading=_("Authors"), label=_("Author"), min_num=1),
        InlinePanel(
            "related_pages",
            heading=_("Related projects, events and news"),
            label=_("Related page"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("searchable_file_text"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    # A translator may give a translation its own file and cover (the translated edition);
    # the kind and date are the same in every language.
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("date", overridable=False),
        SynchronizedField("document"),
        SynchronizedField("cover"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    # Partners see a short form: the publication itself. Its address and publishing schedule are
    # Communications' business (field permissions take them out of the partners' form, as for
    # highlights). Partners add publications as authors of them (see the form).
    promote_panels = promote_panels_for(PUBLICATION_DETAILS)
    settings_panels = settings_panels_for(PUBLICATION_DETAILS)
    base_form_class = PublicationPageForm

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Publication")
    # What the page shows beside its text: its cover, chosen or the file's first page.
    serve_select_related = ("locale", "cover", "document__extracted_text__first_page")

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="publications_newest_first")]
        permissions = [
            (
                "edit_publication_details",
                _("Can set a publication's address and its publishing settings"),
            )
        ]

    @property
    def date_for_readers(self):
        return self.date

    @property
    def summary_text(self):
        return self.summary

    @cached_property
    def extracted_text(self):
        """What the site read from this page's file, or None before it has been read."""
        if self.document is None:
            return None
        try:
            return self.document.extracted_text
        except DocumentText.DoesNotExist:
            return None

    @property
    def cover_image(self):
        """The chosen cover, else the file's first page as a picture, or None."""
        if self.cover is not None:
            return self.cover
        return self.extracted_text.first_page if self.extracted_text else None

    @property
    def share_image(self):
        image = self.cover_image
        return (image, self.cover_alt_text) if image else None

    @property
    def cover_alt_text(self):
        return _("Cover of “%(title)s”") % {"title": self.title}

    @cached_property
    def file_language(self):
        """The language this page's file is written in, or None without a file."""
        return next(
            (language for language, document in self.files if document.pk == self.document_id),
            None,
        )

    @property
    def searchable_file_text(self):
        """The file's text, when the file is in this page's language: each language's search
        finds the edition its readers can read, and stems its words as that language's."""
        if self.file_language != self.locale.language_code or not self.extracted_text:
            return ""
        return self.extracted_text.text

    @cached_property
    def files(self):
        """[(language code, document)]: the publication's file in each language, from this page
        and its live translations, this page's language first.

        A file is in the language its text is written in; where the text does not tell (a scan,
        a short file), in the language of the oldest translation that carries it, because
        translations start with a copy of the original's file. One query for every translation.
        """
        translations = (
            PublicationPage.objects.filter(translation_key=self.translation_key)
            .exclude(document=None)
            .select_related("document__extracted_text", "locale")
            .order_by("pk")
        )
        oldest_carrier = {}
        offered = {}
        for translation in translations:
            oldest_carrier.setdefault(translation.document_id, translation.locale.language_code)
            if translation.live or translation.pk == self.pk:
                offered[translation.document_id] = translation.document
        if self.document_id is not None and self.document_id not in oldest_carrier:
            # A preview of a page whose new file is not saved yet.
            oldest_carrier[self.document_id] = self.locale.language_code
            offered[self.document_id] = self.document
        by_language = {}
        for document_id, document in offered.items():
            language = language_written_in(document) or oldest_carrier[document_id]
            by_language.setdefault(language, document)
        order = [code for code, _name in settings.LANGUAGES]
        return sorted(
            by_language.items(),
            key=lambda item: (item[0] != self.locale.language_code, order.index(item[0])),
        )

    @property
    def downloads(self):
        return [Download(language, document) for language, document in self.files]

    @property
    def availability_note(self):
        """What to tell readers when there is no file in this page's language, or ""."""
        languages = [language for language, _document in self.files]
        if not languages or self.locale.language_code in languages:
            return ""
        if len(languages) == 1:
            return AVAILABLE_ONLY_IN[languages[0]]
        return AVAILABLE_IN_OTHER_LANGUAGES

    @cached_property
    def localized_authors(self):
        """The authors' partner pages in the reader's language, for the page, its structured
        data and its citation alike."""
        return self.authors.localized_partners()

    def structured_data(self, request):
        network = network_organization(request)
        work = {
            "@context": "https://schema.org",
            "@type": SCHEMA_ORG_TYPES.get(self.kind, "CreativeWork"),
            "name": self.title,
            # Search engines show at most 110 characters of a headline.
            "headline": Truncator(self.title).chars(110),
            "abstract": self.summary,
            "description": self.meta_description,
            "author": partner_organizations(self.localized_authors, request) or network,
            "publisher": network,
            "datePublished": self.date.isoformat(),
            "inLanguage": in_language(self),
            "url": page_url(self, request),
        }
        files = [download.media_object(request) for download in self.downloads]
        if files:
            work["encoding"] = files
        return [work]

    def citation(self, request):
        """How to cite this publication (a Citation: str() of it is the text to copy)."""
        return Citation(
            organisations=[partner.acronym or partner.title for partner in self.localized_authors]
            or [site_name()],
            year=self.date.year,
            title=self.title,
            publisher=site_name(),
            url=page_url(self, request),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = self.localized_authors
        context["citation"] = self.citation(request)
        related = localized_pages(
            [link.related_page for link in self.related_pages.select_related("related_page")]
        )
        context["related_pages"] = [
            (page, page.specific_class.kind_for_readers) for page in related
        ]
        return context


class PublicationAuthor(PartnerRelation):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")


class PublicationRelatedPage(Orderable):
    """A project, event or news article that the publication came from or belongs with."""

    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="related_pages")
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        PageChooserPanel(
            "related_page", page_type=["partners.ProjectPage", "events.EventPage", "news.NewsPage"]
        )
    ]
