from .base import BasePage, ListingFields, SeoFields
from .chrome import SiteChrome
from .news import NewsIndexPage, NewsPage
from .pages import BodyFieldMixin, HomePage, StandardPage
from .reviewed import ReviewedSnippet

__all__ = [
    "BasePage",
    "BodyFieldMixin",
    "HomePage",
    "ListingFields",
    "NewsIndexPage",
    "NewsPage",
    "ReviewedSnippet",
    "SeoFields",
    "SiteChrome",
    "StandardPage",
]
