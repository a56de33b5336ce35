import django_filters
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.filters import FilteredListingMixin, ListingFilterSet, page_of
from core.localization import localized_page
from core.mixins import IntroMixin, ListingImageMixin, SitePageMixin
from core.querysets import LocalizedPageQuerySet
from core.structured_data import in_language, network_organization, page_url
from partners.models import FunderRelation, PartnerPage, PartnerRelation

NEWS_PER_PAGE = 10


class NewsCategory(TranslatableMixin, models.Model):
    """A topic that groups news articles, such as 'Advocacy and policy'."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("The category's part of a filtered news address."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    # One slug in every language, so a filtered address means the same category everywhere.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NewsPageQuerySet(LocalizedPageQuerySet):
    def newest_first(self):
        return self.order_by("-date", "-pk")

    def about_partner(self, partner):
        """News that names any translation of `partner` as a related partner."""
        return self.filter(pk__in=NewsPagePartner.pages_naming(partner))


class NewsFilterSet(ListingFilterSet):
    """Category, partner and year filters of the news, for the index page and the feeds.

    A category is named by its slug, the same in every language; a partner by the id of its page
    in the listing's language.
    """

    category = django_filters.ChoiceFilter(
        label=_("Category"),
        empty_label=_("All categories"),
        field_name="categories__category__slug",
    )
    partner = django_filters.ChoiceFilter(
        label=_("Partner"), empty_label=_("All partners"), method="filter_partner"
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"), empty_label=_("All years"), field_name="date", lookup_expr="year"
    )

    feed_filters = ("category",)

    def choices(self, articles):
        return {
            "category": [
                (category.slug, category.name)
                for category in NewsCategory.objects.filter(locale=self.locale)
            ],
            "partner": PartnerPage.objects.in_locale(self.locale).filter_choices(),
            "year": [
                (str(day.year), str(day.year))
                for day in articles.dates("date", "year", order="DESC")
            ],
        }

    def filter_partner(self, articles, name, value):
        return articles.about_partner(PartnerPage.objects.get(pk=value))

    @property
    def chosen_category_name(self):
        """The name of the category the reader chose, or ""."""
        if not self.is_valid() or not self.form.cleaned_data["category"]:
            return ""
        return dict(self.filters["category"].extra["choices"])[self.form.cleaned_data["category"]]


class NewsIndexPage(FilteredListingMixin, IntroMixin, SitePageMixin, Page):
    """The list of news articles of one language, newest first."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + IntroMixin.search_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    kind_for_readers = pgettext_lazy("kind of page, in search results", "News")

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    filterset_class = NewsFilterSet

    def listed_pages(self):
        return NewsPage.objects.in_locale(self.locale).child_of(self)

    def listing_context(self, request, pages):
        articles = pages.newest_first().for_listing()
        page_of_articles, page_range = page_of(request, articles, NEWS_PER_PAGE)
        return {"articles": page_of_articles, "page_range": page_range}


class NewsPage(IntroMixin, ListingImageMixin, SitePageMixin, Page):
    """A news article."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    related_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The event this article is about, if any."),
    )
    # The picture's words that belong to this article: Wagtail's images have no caption or
    # credit of their own, and a caption is written for the article and translated with it.
    listing_image_caption = models.CharField(_("caption"), max_length=300, blank=True)
    listing_image_credit = models.CharField(
        _("credit"),
        max_length=150,
        blank=True,
        help_text=_("Who took the photo or owns the picture, such as 'UNICEF Kosovo'."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("listing_image"),
                FieldPanel("listing_image_alt"),
                FieldPanel("listing_image_caption"),
                FieldPanel("listing_image_credit"),
            ],
            heading=_("Picture"),
            help_text=_(
                "Shown at the top of the article, on cards that lead to it and when it is shared."
            ),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("categories", label=_("Category")),
                InlinePanel("related_partners", label=_("Partner")),
                FieldPanel("related_event"),
            ],
            heading=_("What the article is about"),
        ),
        InlinePanel("funders", heading=_("Funders"), label=_("Funder")),
    ]
    # The picture is part of the article, so it is chosen with the content, not in Promote.
    promote_panels = Page.promote_panels

    search_fields = (
        Page.search_fields
        + IntroMixin.search_fields
        + [index.SearchField("body"), index.FilterField("date")]
    )

    # A credit is a name: the same in every language unless a translator changes it.
    override_translatable_fields = [SynchronizedField("listing_image_credit")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    kind_for_readers = pgettext_lazy("kind of page, in search results", "Article")

    @property
    def date_for_readers(self):
        return self.date

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")
        # Listings, feeds and the home page read the newest articles first and stop after a
        # page: with this index the database reads only those, not every article of the site.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    open_graph_type = "article"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.related_partners.localized_partners()
        context["news_categories"] = self.localized_categories()
        context["event"] = localized_page(self.related_event)
        return context

    def structured_data(self, request):
        network = network_organization(request)
        article = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            # Search engines show at most 110 characters of a headline.
            "headline": Truncator(self.title).chars(110),
            "description": self.meta_description,
            "datePublished": self.date.isoformat(),
            "inLanguage": in_language(self),
            "mainEntityOfPage": page_url(self, request),
            "author": network,
            "publisher": network,
        }
        if self.last_published_at:
            article["dateModified"] = self.last_published_at.isoformat()
        return [article]

    @property
    def picture_alt_text(self):
        """The picture's alternative text on the article: none where the caption says the same,
        so that screen readers do not read one sentence twice."""
        alt_text = self.listing_image_alt_text
        if alt_text.strip().casefold() == self.listing_image_caption.strip().casefold():
            return ""
        return alt_text

    def localized_categories(self):
        """This article's categories in the article's own language (falling back to the source)."""
        return categories_by_article([self], self.locale_id)[self.pk]


def category_links():
    """Prefetch for articles' category links in their order (links saved without one by pk)."""
    return models.Prefetch(
        "categories",
        queryset=NewsPageCategory.objects.select_related("category").order_by("sort_order", "pk"),
    )


def categories_by_article(articles, locale):
    """{article pk: its categories in `locale`, or as chosen where untranslated}.

    Category links point at the category that was chosen (usually Albanian); two queries for
    any number of articles.
    """
    prefetch_related_objects(articles, category_links())
    chosen = {
        article.pk: [link.category for link in article.categories.all()] for article in articles
    }
    keys = {category.translation_key for categories in chosen.values() for category in categories}
    translations = {
        category.translation_key: category
        for category in NewsCategory.objects.filter(locale=locale, translation_key__in=keys)
    }
    return {
        pk: [translations.get(category.translation_key, category) for category in categories]
        for pk, categories in chosen.items()
    }


class NewsPageCategory(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="categories")
    category = models.ForeignKey(
        NewsCategory, verbose_name=_("category"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("category")]


class NewsPagePartner(PartnerRelation):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_partners")


class NewsPageFunder(FunderRelation):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="funders")
