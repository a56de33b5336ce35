from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.permissions import PartnerRestrictedPermissionsMixin
from home.blocks import BodyStreamBlock
from home.localization import localized_page, localized_pages
from home.mixins import IntroMixin, ListingImageMixin, ReadableSlugMixin
from home.querysets import LocalizedPageQuerySet
from news.filters import NewsFilterForm
from partners.models import PartnerRelation

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
        return self.filter(
            related_partners__partner__translation_key=partner.translation_key
        ).distinct()


class NewsIndexPage(PartnerRestrictedPermissionsMixin, ReadableSlugMixin, IntroMixin, Page):
    """The list of news articles of one language, newest first."""

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + IntroMixin.search_fields

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = NewsPage.objects.in_locale(self.locale).child_of(self)
        filters = NewsFilterForm(request.GET, locale=self.locale, articles=articles)
        if not filters.is_valid():
            # A filter value that names nothing (an unknown category, a year as text) is an
            # address that does not exist, not a reason to fail or to show everything.
            raise Http404
        articles = filters.filter(articles).newest_first().for_listing()
        page_of_articles = Paginator(articles, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        context["filters"] = filters
        context["articles"] = page_of_articles
        context["page_range"] = page_of_articles.paginator.get_elided_page_range(
            page_of_articles.number
        )
        return context


class NewsPage(
    PartnerRestrictedPermissionsMixin, ReadableSlugMixin, IntroMixin, ListingImageMixin, Page
):
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

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("categories", label=_("Category")),
                InlinePanel("related_partners", label=_("Partner")),
                FieldPanel("related_event"),
            ],
            heading=_("What the article is about"),
        ),
    ]
    promote_panels = Page.promote_panels + ListingImageMixin.listing_panels

    search_fields = (
        Page.search_fields
        + IntroMixin.search_fields
        + [index.SearchField("body"), index.FilterField("date")]
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = localized_pages(
            [link.partner for link in self.related_partners.select_related("partner")]
        )
        context["news_categories"] = self.localized_categories()
        context["event"] = localized_page(self.related_event)
        return context

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
