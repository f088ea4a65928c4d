"""StreamField blocks shared by every page body; each renders with its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

TEMPLATE_DIR = "components/streamfield"


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        form_classname = "title"
        help_text = _("A section heading. Keep it short; it appears in the page outline.")
        template = f"{TEMPLATE_DIR}/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        help_text = _("Running text. Use lists for steps or options, links for further reading.")
        template = f"{TEMPLATE_DIR}/paragraph_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(help_text=_("Describe what the picture shows for people who cannot see it."))
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Optional text under the picture, for example who made it."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = f"{TEMPLATE_DIR}/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text=_("The quotation itself, without quotation marks."))
    attribution = blocks.CharBlock(
        required=False,
        max_length=200,
        help_text=_("Who said or wrote it, and in what role."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = f"{TEMPLATE_DIR}/quote_block.html"


class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        max_length=20, help_text=_("The number to highlight, for example 4 or 2023.")
    )
    label = blocks.CharBlock(max_length=120, help_text=_("What the number means, in a few words."))


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), min_num=1, max_num=4, **kwargs)

    class Meta:
        icon = "table"
        label = _("Key figures")
        help_text = _("Up to four numbers with a short explanation, shown side by side.")
        template = f"{TEMPLATE_DIR}/key_figures_block.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("What the button says, e.g. 'Sign up'."))
    page = blocks.PageChooserBlock(
        required=False, help_text=_("A page on this site. Choose this or a web address.")
    )
    url = blocks.URLBlock(
        required=False, help_text=_("A web address elsewhere. Leave empty if you chose a page.")
    )

    class Meta:
        icon = "link"
        label = _("Button link")
        template = f"{TEMPLATE_DIR}/call_to_action_block.html"

    def clean(self, value):
        result = super().clean(value)
        if bool(result.get("page")) == bool(result.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Choose exactly one: a page on this site or a web address.")
                    )
                }
            )
        return result


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        template = f"{TEMPLATE_DIR}/body_block.html"
