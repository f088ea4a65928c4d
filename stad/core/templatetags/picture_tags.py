"""One picture component for the whole site: ``{% responsive_picture image "card" %}``.

Each place a picture appears has a shape: the crop or width of its renditions, the formats, how
wide it shows at each screen width and how eagerly it loads. The shapes live here, so a template
only names one. Wagtail's ``{% picture %}`` does the rendering; this tag adds what the built-in
tag cannot: attributes that are left out when they are empty, such as ``lang`` on the picture of
an untranslated copy (``lang=""`` would wrongly say "language unknown").
"""

from dataclasses import dataclass, field
from functools import cached_property

from django import template
from wagtail.images.models import Filter, Picture

from stad.core.missing_originals import renditions_or_none

register = template.Library()

# AVIF is the smallest, but costs the most to encode: only the picture at the top of a page,
# the first a visitor waits for, has it. Cards and body pictures load lazily, below the fold,
# where WebP (with JPEG for old browsers) is as good to the eye and far cheaper to make.
ALL_FORMATS = "format-{avif,webp,jpeg}"
WEB_FORMATS = "format-{webp,jpeg}"

# The picture a shared link shows (Open Graph and schema.org, ``stad.core.seo``), not a
# <picture>: 16:9 and at least the 1200 pixels wide that search engines and social media ask
# for; JPEG, because not every platform that shows a shared link reads WebP or AVIF.
SOCIAL_IMAGE_SPEC = "fill-1200x675|format-jpeg"


@dataclass(frozen=True)
class PictureShape:
    sizes: str  # the sizes in its filter spec, e.g. "fill-{640x360,400x225}"
    attrs: dict = field(default_factory=dict)
    formats: str = WEB_FORMATS  # the formats in its filter spec

    def filters(self):
        """Every rendition this shape shows: each size in each format (``Filter`` objects).
        The one list a page's renditions come from, so pictures made ahead of a visit (on
        publish) are exactly the ones its pages ask for."""
        return list(self.built_filters)

    @cached_property
    def built_filters(self):
        # Made once per process: a ``Filter`` parses its spec into operations on first use,
        # which for a page of cards cost more than finding the renditions. Filters hold no
        # state of a visit, so every picture can share them (Wagtail's own ``{% picture %}``
        # keeps its filters with the compiled template in the same way).
        return tuple(Filter(spec=spec) for spec in Filter.expand_spec([self.sizes, self.formats]))


SHAPES = {
    # Cards sit in a grid of columns at least 16rem wide, one column on phones; 16:9 around the
    # focal point, loaded when the visitor scrolls to them. 24rem (384px) wide at most: one
    # width for ordinary screens and one for sharp (2x) ones is all a browser picks from.
    "card": PictureShape(
        "fill-{400x225,800x450}",
        {
            "class": "card__image",
            "loading": "lazy",
            "decoding": "async",
            "sizes": "(min-width: 40rem) 24rem, 100vw",
        },
    ),
    # The picture at the top of a page: the first image a visitor sees, so fetched at once, in
    # the smallest format, and 16:9 like the page's card.
    "page": PictureShape(
        "fill-{960x540,640x360,1440x810}",
        {
            "class": "page__image",
            "fetchpriority": "high",
            "sizes": "(min-width: 64rem) 60rem, 100vw",
        },
        formats=ALL_FORMATS,
    ),
    # A picture in the body text: not cropped, since the editor chose it for the text; body
    # text is at most 42rem (672px) wide, so one width for ordinary and one for 2x screens.
    "figure": PictureShape(
        "width-{700,1400}",
        {"loading": "lazy", "decoding": "async", "sizes": "(min-width: 44rem) 42rem, 100vw"},
    ),
}


def shape_specs(shape):
    """The filter specs of a shape's renditions (for prefetching them with a list)."""
    return [item.spec for item in SHAPES[shape].filters()]


@register.simple_tag
def responsive_picture(image, shape, alt=None, lang=None):
    """A <picture> of ``image`` in the named ``shape``; nothing when there is no image, or
    when its renditions cannot be made because the original file is missing.

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
    renditions = renditions_or_none(image, chosen.filters())
    if renditions is None:
        return ""
    return Picture(renditions, attrs).__html__()
