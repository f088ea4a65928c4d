"""The site's chrome: the name, tagline and footer every page shows, edited by editors.

One live instance per language. Changes go through drafts, preview and the review workflow like
pages do; the public site reads only the published version (see ``stad.core.chrome``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from stad.core.blocks import link_page_block, link_url_block, page_or_url_errors
from stad.core.models.reviewed import ReviewedSnippet


class ChromeLinkBlock(blocks.StructBlock):
    """A link in the footer: a page of this site or a web address elsewhere."""

    text = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text=_("What the link says. Leave empty to use the title of the chosen page."),
    )
    page = link_page_block()
    url = link_url_block()

    class Meta:
        icon = "link"
        label = _("Link")

    def clean(self, value):
        result = super().clean(value)
        errors = page_or_url_errors(result)
        if not errors and result.get("url") and not result.get("text"):
            errors["text"] = ValidationError(_("A web address needs the text of its link."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return result


class SocialLinkBlock(blocks.StructBlock):
    """A profile of the site on a social network or another channel."""

    text = blocks.CharBlock(max_length=40, help_text=_("The channel's name, e.g. Mastodon."))
    url = blocks.URLBlock(help_text=_("The full web address of the profile."))

    class Meta:
        icon = "globe"
        label = _("Social link")


def link_text(link):
    """The words of a footer link: its own text, else the title of the page it points to."""
    if link.get("text"):
        return link["text"]
    page = link.get("page")
    return page.title if page else link.get("url", "")


class SiteChrome(ReviewedSnippet):
    """The site name, tagline and footer that every page shows in one language.

    There is one per language. An editor changes it and submits it for review; visitors see the
    change once a final editor publishes it.
    """

    site_name = models.CharField(
        _("site name"),
        max_length=60,
        help_text=_("Shown at the top of every page and after every page title in search results."),
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=120,
        blank=True,
        help_text=_("A few words under the site name that say what the site is about."),
    )
    footer_text = models.TextField(
        _("footer text"),
        max_length=600,
        blank=True,
        help_text=_("One or two sentences at the bottom of every page: who runs this website."),
    )
    footer_links = StreamField(
        [("link", ChromeLinkBlock())],
        blank=True,
        verbose_name=_("footer links"),
        help_text=_(
            "Links at the bottom of every page, for example the accessibility statement. "
            "Leave empty to list the standard pages under the home page."
        ),
    )
    contact_email = models.EmailField(
        _("contact e-mail address"),
        blank=True,
        help_text=_("Where visitors write with questions about the website."),
    )
    contact_phone = models.CharField(
        _("contact telephone number"),
        max_length=30,
        blank=True,
        help_text=_("Optional. For example: 14 071."),
    )
    contact_address = models.TextField(
        _("postal address"),
        max_length=300,
        blank=True,
        help_text=_("Optional. One line per line of the address."),
    )
    social_links = StreamField(
        [("social", SocialLinkBlock())],
        blank=True,
        verbose_name=_("social links"),
        help_text=_("The site's profiles elsewhere, shown in the footer."),
    )

    panels = [
        HelpPanel(
            content=_(
                "These texts appear in the header and footer of every page in this language. "
                "There is one set per language: translate the Dutch one for English. "
                "Use Preview to see the header and footer; changes go live after review."
            ),
            heading=_("Header and footer of the website"),
        ),
        FieldPanel("site_name"),
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("footer_links")], heading=_("Footer")
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
                FieldPanel("social_links"),
            ],
            heading=_("Contact and social media"),
        ),
    ]
    # The contact details are the same in every language; the texts and links are translated.
    translatable_fields = [
        TranslatableField("site_name"),
        TranslatableField("tagline"),
        TranslatableField("footer_text"),
        TranslatableField("footer_links"),
        TranslatableField("contact_address"),
        TranslatableField("social_links"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    preview_template = "home/site_chrome_preview.html"

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("header and footer")
        verbose_name_plural = _("headers and footers")

    def __str__(self):
        return f"{self.site_name} ({self.locale.get_display_name()})"

    def clean(self):
        super().clean()
        if self.locale_id is None:
            return
        others = SiteChrome.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        # A translation shares the Dutch one's key; another key in this language is a second set.
        if others.exclude(translation_key=self.translation_key).exists() or (
            self.pk is None and others.exists()
        ):
            raise ValidationError(
                _(
                    "There already is a header and footer for %(language)s. Edit that one "
                    "instead: the site shows one per language."
                )
                % {"language": self.locale.get_display_name()}
            )

    def footer_link_items(self, request=None):
        """The footer links as {"text", "url"}, to live pages in the visitor's language.

        A translated footer may still point at the Dutch pages, and English falls back to the
        Dutch footer; each link goes to the page's live translation in the active language.
        Two queries for the whole list, however long.
        """
        links = [block.value for block in self.footer_links]
        chosen = [link["page"] for link in links if link.get("page") is not None]
        translations = {
            page.translation_key: page
            for page in Page.objects.live().filter(
                locale__language_code=translation.get_language(),
                translation_key__in=[page.translation_key for page in chosen],
            )
        }
        items = []
        for link in links:
            page = link.get("page")
            if page is not None:
                page = translations.get(page.translation_key, page if page.live else None)
                if page is not None:
                    text = link.get("text") or page.title
                    items.append({"text": text, "url": page.get_url(request)})
            elif link.get("url"):
                items.append({"text": link_text(link), "url": link["url"]})
        return items

    def social_link_items(self):
        return [
            {"text": block.value["text"], "url": block.value["url"]} for block in self.social_links
        ]

    def get_preview_context(self, request, mode_name, **kwargs):
        context = super().get_preview_context(request, mode_name, **kwargs)
        # The header and footer read this instead of the published version (chrome_tags).
        context["chrome_preview"] = self
        return context
