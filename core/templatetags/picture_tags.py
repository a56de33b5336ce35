"""Responsive pictures in the sizes and formats of core.images."""

from django import template

from core.images import picture

register = template.Library()


@register.simple_tag
def picture_of(image, kind, alt="", eager=False, **attrs):
    """<picture> with AVIF, WebP and JPEG sources; lazy unless `eager` (pictures above the fold)."""
    if not image:
        return ""
    attrs["alt"] = alt
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
        attrs["decoding"] = "async"
    return picture(image, kind, attrs)
