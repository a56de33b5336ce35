from wagtail.snippets.models import register_snippet

from core.viewsets import SiteContentViewSetGroup

register_snippet(SiteContentViewSetGroup)
