"""The <head> metadata of a page: description, canonical, Open Graph, Twitter card, JSON-LD."""

from django import template
from wagtail.models import Page

from home.metadata import page_metadata

register = template.Library()


@register.inclusion_tag("includes/metadata.html", takes_context=True)
def metadata(context):
    """Meta tags and structured data for the current page (nothing outside Wagtail pages)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return {}
    return page_metadata(page, context["request"], context)
