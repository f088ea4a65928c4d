"""News: the results and milestones of the knowledge-city collaboration."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from stad.core.card_cache import ReadWhenDrawn
from stad.core.feeds import NewsAtomFeed, NewsFeed
from stad.core.listing import with_listing_images
from stad.core.pagination import kept_list, paginate, rows_in_order
from stad.core.visibility import public

from .base import BasePage, one_per_language
from .pages import BodyFieldMixin


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news overview of one language, newest first, with its RSS and Atom feeds."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count = one_per_language()
    max_count_per_parent = 1
    PER_PAGE = 12

    class Meta:
        verbose_name = _("news overview")
        verbose_name_plural = _("news overviews")

    def get_news_items(self):
        """The live, public news items of this overview, newest first (keys are enough for a
        list: ``news_cards`` reads the rows of those shown)."""
        return public(NewsPage.objects.live().child_of(self)).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.get_news_items()
        count, first_keys = kept_list(request, f"news:{self.pk}", items, self.PER_PAGE)
        # With the page cache on, the list holds keys and only the cards not kept read their
        # rows (``ReadWhenDrawn``, as the agenda's): in a warm site, none.
        by_key = first_keys is not None
        listing = paginate(
            request,
            items,
            self.PER_PAGE,
            count=count,
            rows=None if by_key else news_cards(),
            first_keys=first_keys,
        )
        if by_key:
            listing.object_list = ReadWhenDrawn(
                NewsPage, listing.object_list, lambda keys: rows_in_order(keys, news_cards())
            )
        context["news_items"] = listing
        return context

    @path("")
    def overview(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return NewsFeed()(request, news_index=self)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return NewsAtomFeed()(request, news_index=self)


class NewsPage(BodyFieldMixin, BasePage):
    """One news item. Link it to the themes and partners it is about."""

    theme_listing_position = 40

    # The news index answers these addresses itself (its feeds), before looking at its children.
    RESERVED_SLUGS = ("feed",)

    def clean(self):
        super().clean()
        if self.slug in self.RESERVED_SLUGS:
            raise ValidationError(
                {
                    "slug": _("The address '%(slug)s' is taken by the news feed; choose another.")
                    % {"slug": self.slug}
                }
            )

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_(
            "The date the news is about or was announced, typed as 10-02-2027; shown above the "
            "article."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("body"),
        # Themes and partners follow: the programmes app owns those links and adds their panels
        # (``add_content_panels``).
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("introduction"),
        APIField("listing_image"),
        APIField("body"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    shows_page_image = True

    @classmethod
    def theme_listing(cls, pages):
        # One query (not keys first, as the overview does): a theme page lists every kind of
        # linked page and stays within its budget of queries.
        return with_listing_images(pages, renditions=False).order_by("-date", "-pk")[:6]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


def news_cards(renditions=True):
    """News items with what their cards show (see ``with_listing_images``)."""
    return with_listing_images(NewsPage.objects.all(), renditions)
