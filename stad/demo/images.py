"""Illustrations for the demo content, drawn locally with Pillow: nothing is downloaded.

Each picture is a calm composition of overlapping circles in the colours of a theme. It holds no
text, so one picture serves both languages, and its alt text says exactly what is drawn. The
same key always gives the same picture, so reloading changes nothing.
"""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image

from .content.schema import T

WIDTH, HEIGHT = 1600, 900

# Background, shape colours and a description of the result, per theme.
PALETTES = {
    "health": (
        "#f6e7e4",
        ["#a6192e", "#d45d5d", "#f2a391"],
        T("rood en roze", "red and pink"),
    ),
    "biodiversity": (
        "#e6f0e3",
        ["#2f6b3a", "#6aa25a", "#b9d98b"],
        T("groen", "green"),
    ),
    "heritage": (
        "#efe8dc",
        ["#7a5230", "#b88a4a", "#d9c29a"],
        T("bruin en oker", "brown and ochre"),
    ),
    "default": (
        "#e3eef2",
        ["#00546b", "#3d8ea8", "#9cc9d6"],
        T("blauw", "blue"),
    ),
}


def alt_text(palette):
    """What the picture for ``palette`` shows, in Dutch and English."""
    colours = PALETTES.get(palette, PALETTES["default"])[2]
    return T(
        f"Abstracte illustratie: overlappende cirkels in tinten {colours.nl}",
        f"Abstract illustration: overlapping circles in shades of {colours.en}",
    )


def draw_illustration(key, palette="default"):
    """JPEG bytes of an abstract illustration for ``key``."""
    background, colours, _description = PALETTES.get(palette, PALETTES["default"])
    rng = random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:8], 16))
    picture = PillowImage.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(picture, "RGBA")
    for _ in range(8):
        radius = rng.randint(120, 420)
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        red, green, blue = PillowImage.new("RGB", (1, 1), rng.choice(colours)).getpixel((0, 0))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(red, green, blue, 150))
    buffer = io.BytesIO()
    # JPEG: a tenth of the size of a PNG of this picture, and ten times faster to write.
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def get_or_create_image(key, title, palette="default"):
    """The Wagtail image for ``key``; drawn and saved only the first time."""
    image_title = f"Demo: {title}"
    existing = Image.objects.filter(title=image_title).first()
    if existing:
        return existing
    content = ImageFile(io.BytesIO(draw_illustration(key, palette)), name=f"demo-{key}.jpg")
    return Image.objects.create(title=image_title, description=alt_text(palette).nl, file=content)
