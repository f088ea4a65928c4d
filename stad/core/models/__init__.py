from .base import BasePage, ListingFields, SeoFields
from .chrome import SiteChrome
from .news import NewsIndexPage, NewsPage
from .pages import BodyFieldMixin, HomePage, StandardPage

__all__ = [
    "BasePage",
    "BodyFieldMixin",
    "HomePage",
    "ListingFields",
    "NewsIndexPage",
    "NewsPage",
    "SeoFields",
    "SiteChrome",
    "StandardPage",
]
