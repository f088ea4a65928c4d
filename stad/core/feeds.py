"""News feeds per language: RSS 2.0 at ``<news overview>/feed/``, Atom at ``feed/atom/``.

Built on Django's syndication framework; the news overview's routes (``NewsIndexPage``) call
them with the overview of the language asked for. Only the overview's live, public news items
are listed (the same as the overview), without untranslated copies: a Dutch text does not
belong in the English feed, and it is in the Dutch one.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from stad.core.listing import with_listing_images
from stad.core.localization import without_untranslated_copies

FEED_LENGTH = 20


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    route_name = "feed"  # of NewsIndexPage

    def get_object(self, request, news_index):
        self.request = request
        # A plain attribute: Django's Feed does not call a ``language`` method.
        self.language = news_index.locale.language_code
        return news_index

    def title(self, news_index):
        return news_index.seo_title or news_index.title

    def link(self, news_index):
        return news_index.get_full_url(self.request)

    def feed_url(self, news_index):
        return self.link(news_index) + news_index.reverse_subpage(self.route_name)

    def description(self, news_index):
        return news_index.get_meta_description() or news_index.title

    def subtitle(self, news_index):  # Atom's name for the description
        return self.description(news_index)

    def items(self, news_index):
        # A feed shows no pictures: no renditions fetched.
        news = news_index.get_news_items()
        news = without_untranslated_copies(with_listing_images(news, renditions=False))
        return news.defer_streamfields()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        """The news item's own date (the day it is about), at the start of that day in Leiden."""
        return datetime.datetime.combine(
            item.date, datetime.time.min, tzinfo=timezone.get_current_timezone()
        )

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    route_name = "atom_feed"
