"""The admin's "Site content" menu: menus and footers, and what other apps add to it."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Footer, NavigationMenu

SITE_CONTENT_MENU_HOOK = "register_site_content_menu_item"


class SiteContentSnippetViewSet(SnippetViewSet):
    """A snippet of another app (news categories, event series) listed under "Site content"."""

    menu_hook = SITE_CONTENT_MENU_HOOK


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    list_display = ["__str__", "locale"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "placeholder"
    list_display = ["__str__", "locale"]


class SiteContentViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Site content")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (NavigationMenuViewSet, FooterViewSet)
    submenu_hook = SITE_CONTENT_MENU_HOOK
