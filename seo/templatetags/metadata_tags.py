"""The <head> metadata of a page: description, canonical, Open Graph, Twitter card, JSON-LD."""

from django import template

from core.mixins import PageDescriptionMixin
from seo.metadata import page_metadata

register = template.Library()


@register.inclusion_tag("includes/metadata.html", takes_context=True)
def metadata(context):
    """Meta tags and structured data for the current page (nothing outside the site's pages)."""
    page = context.get("page")
    if not isinstance(page, PageDescriptionMixin):
        return {}
    return page_metadata(page, context["request"])
