from wagtail.snippets.models import register_snippet

from core.viewsets import SiteContentSnippetViewSet
from news.models import NewsCategory


class NewsCategoryViewSet(SiteContentSnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_order = 10
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(NewsCategoryViewSet)
