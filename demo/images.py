"""Pictures for the demo content, drawn with Pillow so the repository ships no photographs."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from core.images import prepare_renditions

PALETTES = {
    "classroom": ("#0b5d6b", "#ffd166", "#f3f6f7"),
    "books": ("#7a3e65", "#f4a261", "#fdf0e6"),
    "meeting": ("#264653", "#2a9d8f", "#e9f5f3"),
    "children": ("#e76f51", "#ffd166", "#fff4e6"),
    "network": ("#1d3557", "#a8dadc", "#f1faee"),
    "map": ("#2b6a3e", "#e9c46a", "#f2f7ee"),
}


def _rng(key):
    return random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))


def draw_photo(key, motif, size=(1200, 800)):
    """A calm abstract scene: overlapping shapes in the motif's colours."""
    dark, light, background = PALETTES.get(motif, PALETTES["network"])
    rng = _rng(key)
    picture = PillowImage.new("RGB", size, background)
    draw = ImageDraw.Draw(picture)
    width, height = size
    for _index in range(14):
        x, y = rng.randrange(width), rng.randrange(height)
        radius = rng.randrange(40, 220)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=rng.choice((dark, light))
        )
    draw.rectangle((0, height - 120, width, height), fill=dark)
    return picture


def draw_logo(key, label, size=(400, 400)):
    """A square badge with the organisation's short name."""
    dark, light, _background = PALETTES[_rng(key).choice(sorted(PALETTES))]
    picture = PillowImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((30, 30, size[0] - 30, size[1] - 30), outline=light, width=12)
    font = ImageFont.load_default(size=min(160, 420 // max(len(label), 1)))
    draw.text((size[0] / 2, size[1] / 2), label, fill="#ffffff", font=font, anchor="mm")
    return picture


def get_or_create_demo_image(key, spec):
    """The demo image called `key`, drawn and saved the first time it is asked for."""
    Image = get_image_model()
    existing = Image.objects.filter(title=spec["title"]).first()
    if existing:
        return existing
    if spec["kind"] == "logo":
        # A logo's version in another language keeps the colours of the logo it translates.
        picture = draw_logo(spec.get("variant_of", key), spec["label"])
    else:
        picture = draw_photo(key, spec.get("motif", "network"))
    buffer = io.BytesIO()
    if spec["kind"] == "logo":
        picture.save(buffer, format="PNG", optimize=True)
        filename = f"{key}.png"
    else:
        picture.save(buffer, format="JPEG", quality=82, optimize=True)
        filename = f"{key}.jpg"
    image = Image(title=spec["title"], file=ImageFile(buffer, name=filename))
    image.save()
    return image


def get_or_create_demo_images(specs, hero_keys):
    """Every demo image by key, with the renditions the site shows it in made up front.

    Renditions follow how the site shows each image (see core.images): logos as logos, photos
    on cards and in figures, and the photos of `hero_keys` as a home page's hero too.
    """
    images = {key: get_or_create_demo_image(key, spec) for key, spec in specs.items()}
    for key, image in images.items():
        if specs[key]["kind"] == "logo":
            prepare_renditions(image, ["logo"])
        else:
            prepare_renditions(image, ["card", "figure", *(["hero"] if key in hero_keys else [])])
    return images
