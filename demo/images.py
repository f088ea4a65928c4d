"""Illustrations for the demo content, drawn locally with Pillow: nothing is downloaded.

Each picture is a calm composition of overlapping circles in a theme colour with the item's
title set on it. The same key always gives the same picture, so reloading changes nothing.
"""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images.models import Image

WIDTH, HEIGHT = 1600, 900

# Background and shape colours per theme; "default" for items without one.
PALETTES = {
    "health": ("#f6e7e4", ["#a6192e", "#d45d5d", "#f2a391"]),
    "biodiversity": ("#e6f0e3", ["#2f6b3a", "#6aa25a", "#b9d98b"]),
    "heritage": ("#efe8dc", ["#7a5230", "#b88a4a", "#d9c29a"]),
    "default": ("#e3eef2", ["#00546b", "#3d8ea8", "#9cc9d6"]),
}


def draw_illustration(key, title, palette="default"):
    """JPEG bytes of an abstract illustration for ``key`` with ``title`` written on it."""
    background, colours = PALETTES.get(palette, PALETTES["default"])
    seed = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    picture = PillowImage.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(picture, "RGBA")
    for _ in range(7):
        radius = rng.randint(120, 420)
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        red, green, blue = PillowImage.new("RGB", (1, 1), rng.choice(colours)).getpixel((0, 0))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(red, green, blue, 150))
    band_top = HEIGHT - 260
    draw.rectangle((0, band_top, WIDTH, HEIGHT), fill=(26, 26, 46, 215))
    font = ImageFont.load_default(size=_font_size(draw, title))
    draw.text((80, band_top + 130), title, font=font, fill="#ffffff", anchor="lm")
    buffer = io.BytesIO()
    # JPEG: a tenth of the size of a PNG of this picture, and ten times faster to write.
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _font_size(draw, title):
    """The largest size up to 96 px at which the title fits on one line."""
    for size in range(96, 24, -4):
        left, _top, right, _bottom = draw.textbbox(
            (0, 0), title, font=ImageFont.load_default(size=size)
        )
        if right - left <= WIDTH - 160:
            return size
    return 24


def get_or_create_image(key, title, description, palette="default"):
    """The Wagtail image for ``key``; drawn and saved only the first time."""
    image_title = f"Demo: {title}"
    existing = Image.objects.filter(title=image_title).first()
    if existing:
        return existing
    content = ImageFile(io.BytesIO(draw_illustration(key, title, palette)), name=f"demo-{key}.jpg")
    return Image.objects.create(title=image_title, description=description, file=content)
