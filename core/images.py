"""The sizes and formats in which the site shows pictures, in one place.

Templates ask for a picture by kind ({% picture_of image "card" %}); the demo loader and
anything that imports pictures can prepare the same renditions ahead of the first visitor,
since AVIF encoding takes a noticeable fraction of a second per rendition.
"""

from functools import cache

from wagtail.images.models import Filter, Picture

PICTURE_SPECS = {
    "card": "fill-{320x180,640x360}|format-{avif,webp,jpeg}",
    "hero": "fill-{480x270,960x540}|format-{avif,webp,jpeg}",
    "figure": "width-{480,960}|format-{avif,webp,jpeg}",
    # A publication's cover or first page: never cropped, a page is read whole. Mostly text and
    # flat colour, which WebP keeps as small as AVIF would, at a fraction of AVIF's encoding time.
    "cover": "width-{120,240,480}|format-{webp,jpeg}",
    # Logos are drawings with flat colours: lossless formats keep their edges sharp.
    "logo": "fill-{80x80,160x160}|format-{webp,png}",
}
PICTURE_SIZES = {
    "card": "(min-width: 48rem) 20rem, 100vw",
    "hero": "(min-width: 48rem) 50vw, 100vw",
    "figure": "(min-width: 48rem) 45rem, 100vw",
    "cover": "(min-width: 48rem) 15rem, 7.5rem",
    "logo": "80px",
}
SHARE_SPEC = "fill-1200x630|format-jpeg"
# Made once, for the reason picture_filters gives.
SHARE_FILTER = Filter(SHARE_SPEC)


@cache
def picture_filters(kind):
    """The filters of `kind`, made once per process: a Filter works out its operations (checking
    their arguments with `inspect`) the first time it is used, and Wagtail would make new ones
    from the specs on every call, at a cost of milliseconds per picture."""
    return tuple(Filter(spec) for spec in Filter.expand_spec(PICTURE_SPECS[kind]))


def picture(image, kind, attrs):
    """A <picture> of `image` with every size and format of `kind`."""
    renditions = image.get_renditions(*picture_filters(kind))
    return Picture(without_repeated_widths(renditions), {"sizes": PICTURE_SIZES[kind], **attrs})


def without_repeated_widths(renditions):
    """Drop renditions whose format and width an earlier one already has.

    An image smaller than the sizes asked for yields the same width twice, and a srcset may not
    name one width twice.
    """
    seen = set()
    kept = {}
    for spec, rendition in renditions.items():
        key = (spec.rsplit("format-", 1)[-1], rendition.width)
        if key not in seen:
            seen.add(key)
            kept[spec] = rendition
    return kept


def prepare_renditions(image, kinds):
    """Make the renditions of `kinds` (and the sharing image) now, rather than on a first visit."""
    specs = [spec for kind in kinds for spec in picture_filters(kind)]
    image.get_renditions(*specs, SHARE_FILTER)
