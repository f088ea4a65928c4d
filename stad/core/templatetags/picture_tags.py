"""One picture component for the whole site: ``{% responsive_picture image "card" %}``.

Each place a picture appears has a shape: the crop or width of its renditions, the formats, how
wide it shows at each screen width and how eagerly it loads. The shapes live here, so a template
only names one. Wagtail's ``{% picture %}`` does the rendering; this tag adds what the built-in
tag cannot: attributes that are left out when they are empty, such as ``lang`` on the picture of
an untranslated copy (``lang=""`` would wrongly say "language unknown").
"""

from dataclasses import dataclass, field

from django import template
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

register = template.Library()

FORMATS = "format-{avif,webp,jpeg}"


@dataclass(frozen=True)
class PictureShape:
    sizes: str  # the sizes in its filter spec, e.g. "fill-{640x360,400x225}"
    attrs: dict = field(default_factory=dict)

    def filters(self):
        return [Filter(spec=spec) for spec in Filter.expand_spec([self.sizes, FORMATS])]


SHAPES = {
    # Cards sit in a grid of columns at least 16rem wide, one column on phones; 16:9 around the
    # focal point, loaded when the visitor scrolls to them.
    "card": PictureShape(
        "fill-{640x360,400x225,960x540}",
        {
            "class": "card__image",
            "loading": "lazy",
            "decoding": "async",
            "sizes": "(min-width: 40rem) 24rem, 100vw",
        },
    ),
    # The picture at the top of a page: the first image a visitor sees, so fetched at once, and
    # 16:9 like the page's card.
    "page": PictureShape(
        "fill-{960x540,640x360,1440x810}",
        {
            "class": "page__image",
            "fetchpriority": "high",
            "sizes": "(min-width: 64rem) 60rem, 100vw",
        },
    ),
    # A picture in the body text: not cropped, since the editor chose it for the text; body
    # text is at most 42rem wide.
    "figure": PictureShape(
        "width-{700,400,1400}",
        {"loading": "lazy", "decoding": "async", "sizes": "(min-width: 44rem) 42rem, 100vw"},
    ),
}


@register.simple_tag
def responsive_picture(image, shape, alt=None, lang=None):
    """A <picture> of ``image`` in the named ``shape``; nothing when there is no image.

    ``alt`` replaces the image's own description (an empty one marks it decorative); ``lang``
    is set only when given.
    """
    if not image:
        return ""
    chosen = SHAPES[shape]
    attrs = dict(chosen.attrs)
    if alt is not None:
        attrs["alt"] = alt
    if lang:
        attrs["lang"] = lang
    renditions = get_renditions_or_not_found(image, chosen.filters())
    return Picture(renditions, attrs).__html__()
