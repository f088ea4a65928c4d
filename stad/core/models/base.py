"""What every public page shares: listing fields, SEO fields and the page tree rules."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from stad.core.listing import prefetch_renditions, with_listing_images
from stad.core.page_cache.kept import keeping
from stad.core.pagination import rows_in_order
from stad.core.renditions import prefetch_page_renditions


def one_per_language():
    """The most pages of a singleton type the whole site may hold: one per content language."""
    return len(settings.WAGTAIL_CONTENT_LANGUAGES)


def add_content_panels(page_model, panels):
    """Extension point: an app above this one adds editor panels to one of its page types.

    Relations that belong to an app higher up (the themes and partners a news item is linked
    to live in ``programmes``) are edited on the page all the same, without this app importing
    that one. Call it from the other app's ``AppConfig.ready``, before the admin builds a form.
    """
    page_model.content_panels = [*page_model.content_panels, *panels]
    # Wagtail's admin adds ``get_edit_handler`` when it is ready, and caches what it builds.
    if hasattr(page_model, "get_edit_handler"):
        page_model.get_edit_handler.cache_clear()


class ListingFields(models.Model):
    """How a page presents itself on cards in listings (agenda, theme pages, the home page)."""

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("The picture on this page's card in lists. Leave empty to show no picture."),
    )
    listing_image_alt = models.CharField(
        _("description of the listing image"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for visitors who cannot see it, in this page's language. "
            "Leave empty to use the description saved with the image."
        ),
    )
    listing_title = models.CharField(
        _("listing title"),
        max_length=120,
        blank=True,
        help_text=_("A shorter title for cards in lists. Leave empty to use the page title."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=240,
        blank=True,
        help_text=_(
            "One or two sentences for cards in lists. Leave empty to use the introduction."
        ),
    )

    listing_picture_panels = [FieldPanel("listing_image"), FieldPanel("listing_image_alt")]
    listing_text_panels = [FieldPanel("listing_title"), FieldPanel("listing_summary")]
    listing_panels = [
        MultiFieldPanel(
            [*listing_picture_panels, *listing_text_panels],
            heading=_("How this page looks in lists"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        self.take_listing_image_description()

    def take_listing_image_description(self):
        """An empty description becomes the image's own, on pages in the source language.

        The image holds one description, in Dutch; wagtail-localize offers a translator only the
        page's non-empty texts. Copied onto the page, the description visitors read becomes a
        text the translator is given and writes in English.
        """
        if self.listing_image_alt or self.listing_image is None:
            return
        if self.locale_id != Locale.get_default().pk:
            return
        self.listing_image_alt = self.listing_image.description


class SeoFields(models.Model):
    """What search engines and social media show for a page."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social media image"),
        help_text=_(
            "The picture shown when someone shares this page. Leave empty to use the listing image."
        ),
    )
    social_text = models.CharField(
        _("social media text"),
        max_length=255,
        blank=True,
        help_text=_(
            "The text shown when someone shares this page. Leave empty to use the search "
            "description."
        ),
    )

    seo_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("Search engines"),
        ),
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")],
            heading=_("Sharing on social media"),
        ),
    ]

    class Meta:
        abstract = True


class BasePage(ListingFields, SeoFields, Page):
    """The base of every page on the site: an introduction plus listing and SEO fields."""

    introduction = models.TextField(
        _("introduction"),
        max_length=500,
        blank=True,
        help_text=_(
            "One to three sentences under the title that tell a visitor what this page is about."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]
    address_panels = [
        MultiFieldPanel([FieldPanel("slug"), FieldPanel("show_in_menus")], _("Address and menu")),
    ]
    promote_panels = [*address_panels, *ListingFields.listing_panels, *SeoFields.seo_panels]

    # Pages of the abstract base cannot be created; each concrete page declares its own rules.
    parent_page_types = []
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.introduction or self.search_description

    @property
    def card_image(self):
        return self.listing_image

    @property
    def card_image_alt(self):
        """Alt text in the page's language; images themselves hold one description only.

        Not `default_alt_text`: it falls back to the image's title, often a file name. An image
        without a description was marked decorative when it was uploaded, so its alt is empty.
        """
        if not self.listing_image:
            return ""
        return self.listing_image_alt or self.listing_image.description

    # Whether this type's template shows the listing image at the top of the page
    # (components/page_image.html), in the "page" shape.
    shows_page_image = False

    # Set before serving (``wagtail_hooks.note_view_restrictions``) when the site holds no view
    # restriction at all.
    no_view_restrictions_anywhere = False

    def get_view_restrictions(self):
        """Wagtail's check before serving a page reads its ancestors, then their restrictions:
        two queries on every visit. Most sites hold no restriction at all, and then there is
        nothing to read; with one anywhere, Wagtail's own check runs, aliases and all."""
        if self.no_view_restrictions_anywhere:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def pictures(self):
        """The images this page and its cards show, each with its shape: (image, shape) pairs.

        Shapes are named in ``stad.core.templatetags.picture_tags.SHAPES``, plus "social" for
        the picture a shared link shows (``stad.core.seo``). Renditions are made from this list
        when the page is published (``stad.core.renditions``), so a type that shows more
        pictures extends it. The "card" covers every list that shows this page.
        """
        if self.listing_image:
            yield self.listing_image, "card"
            if self.shows_page_image:
                yield self.listing_image, "page"
        if shared := self.social_image or self.listing_image:
            yield shared, "social"

    # Where a theme page lists pages of this type, lowest first.
    theme_listing_position = 100
    # The heading over that list; None: the type's plural name.
    theme_listing_heading = None

    @classmethod
    def theme_listing(cls, pages):
        """How a theme page orders pages of this type when it lists them: a list of cards
        whose pictures' renditions the theme page fetches for all its lists at once."""
        return with_listing_images(pages, renditions=False).order_by("-first_published_at")

    @classmethod
    def theme_listing_cards(cls, keys):
        """The items of ``theme_listing`` with these keys, in this order, ready for their cards
        (their pictures' renditions too): a theme page built from kept keys reads only the
        items whose cards were not kept."""
        rows = rows_in_order(keys, with_listing_images(cls.objects.all(), renditions=False))
        prefetch_renditions(rows)
        return rows

    @classmethod
    def theme_listing_links(cls, theme, request=None):
        """Links a theme page shows under its list of pages of this type: (text, url) pairs."""
        return []

    def get_context(self, request, *args, **kwargs):
        if keeping(request):
            # Its pictures' renditions in one query, not from Wagtail's rendition cache (which
            # costs CPU, see ``prefetch_page_renditions``). With nothing kept, a page stays
            # within its budget of queries and takes them from that cache, as before.
            prefetch_page_renditions(self)
        return super().get_context(request, *args, **kwargs)

    def get_meta_description(self):
        return self.search_description or self.card_summary
