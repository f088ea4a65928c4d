"""StreamField blocks shared by every page body; each renders with its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.rich_text import RichText

TEMPLATE_DIR = "components/streamfield"
# The block picker's preview: Wagtail's page with the site's stylesheet.
PREVIEW_TEMPLATE = f"{TEMPLATE_DIR}/block_preview.html"

# Preview values are callables, so the block picker shows them in the editor's language.


def preview_paragraph():
    return RichText(
        "<p>{}</p>".format(
            gettext(
                "Leiden is a city of knowledge: researchers, students and residents work "
                "together on questions from the city."
            )
        )
    )


def preview_figure():
    """The newest picture in the library, when there is one, with a caption."""
    return {
        "image": get_image_model().objects.order_by("-created_at").first(),
        "caption": gettext("Photo: municipality of Leiden"),
    }


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        form_classname = "title"
        help_text = _("A section heading. Keep it short; it appears in the page outline.")
        description = _("A heading that starts a new section of the page.")
        preview_template = PREVIEW_TEMPLATE
        preview_value = _("Research in the city")
        template = f"{TEMPLATE_DIR}/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        help_text = _("Running text. Use lists for steps or options, links for further reading.")
        description = _("Running text with bold, italics, links and lists.")
        preview_template = PREVIEW_TEMPLATE
        preview_value = staticmethod(preview_paragraph)  # a plain function would be bound to Meta
        template = f"{TEMPLATE_DIR}/paragraph_block.html"


class DescribedImageBlock(ImageBlock):
    """Wagtail's ImageBlock, its alt text shown with the required mark.

    The alt text is required unless the image is marked decorative; Wagtail's block checks that
    itself (``ImageBlock.clean``, which does not clean the alt text as a field of its own) but
    draws the alt text as optional. Marked required here, it carries the mark every other
    required field has; the check stays Wagtail's, and a decorative image needs no text.
    Stored and migrated as Wagtail's ImageBlock (its ``deconstruct``).
    """

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        alt_text = blocks.CharBlock(
            required=True,
            label=self.child_blocks["alt_text"].label,
            help_text=_(
                "What the picture shows, for visitors who cannot see it. Not needed when the "
                "image is decorative."
            ),
        )
        alt_text.set_name("alt_text")
        self.child_blocks["alt_text"] = alt_text


class FigureBlock(blocks.StructBlock):
    image = DescribedImageBlock(
        help_text=_("Describe what the picture shows for people who cannot see it.")
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Optional text under the picture, for example who made it."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("A picture from the image library across the text, with a caption.")
        preview_value = staticmethod(preview_figure)
        # Shows a placeholder while the image library is still empty.
        preview_template = f"{TEMPLATE_DIR}/figure_block_preview.html"
        template = f"{TEMPLATE_DIR}/figure_block.html"

    def pictures(self, value):
        """The image this block shows, in its shape (see ``BodyBlock.pictures``)."""
        if value.get("image"):
            yield value["image"], "figure"


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
        description = _("A striking quotation set apart from the text, with who said it.")
        preview_template = PREVIEW_TEMPLATE
        preview_value = {
            "text": _("In Leiden you learn from the city, and the city learns from you."),
            "attribution": _("A student of Leren met de Stad"),
        }
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
        description = _("Up to four numbers that stand out, each with a few words.")
        preview_template = PREVIEW_TEMPLATE
        preview_value = [
            {"figure": "4", "label": _("knowledge partners")},
            {"figure": "2023", "label": _("year of the annual report")},
        ]
        template = f"{TEMPLATE_DIR}/key_figures_block.html"


def link_page_block():
    """The page half of a link that leads to a page here or a web address elsewhere."""
    return blocks.PageChooserBlock(
        required=False, help_text=_("A page on this site. Choose this or a web address.")
    )


def link_url_block():
    """The web-address half of such a link."""
    return blocks.URLBlock(
        required=False, help_text=_("A web address elsewhere. Leave empty if you chose a page.")
    )


def page_or_url_errors(value):
    """Block errors for a link with neither or both of a page and a web address."""
    if bool(value.get("page")) == bool(value.get("url")):
        return {
            "url": ValidationError(_("Choose exactly one: a page on this site or a web address."))
        }
    return {}


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("What the button says, e.g. 'Sign up'."))
    page = link_page_block()
    url = link_url_block()

    class Meta:
        icon = "link"
        label = _("Button link")
        description = _("A button that leads to a page on this site or a web address elsewhere.")
        preview_template = PREVIEW_TEMPLATE
        preview_value = {"text": _("Sign up"), "page": None, "url": "https://www.leiden.nl/"}
        template = f"{TEMPLATE_DIR}/call_to_action_block.html"

    def clean(self, value):
        result = super().clean(value)
        if errors := page_or_url_errors(result):
            raise StructBlockValidationError(block_errors=errors)
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

    def pictures(self, value):
        """(image, shape) pairs of the pictures in a body, for making renditions in advance.

        A block that shows pictures says which with a ``pictures(value)`` method of its own.
        """
        for child in value:
            if pictures := getattr(child.block, "pictures", None):
                yield from pictures(child.value)
