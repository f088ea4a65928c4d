"""Tell a CDN or caching proxy in front of the site which addresses changed.

Wagtail's frontend cache (``wagtail.contrib.frontend_cache``) sends the purges, through the
backends configured from the environment (``config.services.frontend_cache``). Its own signal
handlers purge only the changed page itself, so its app is not installed: these handlers purge
every address that shows the page, in every language: the page and its translations, the pages
above it (their lists: the agenda, a festival, the news index, the home page) with their feeds
and other fixed sub-addresses, and the sitemap; for a moved page its old address and old
parents too; for a snippet, the pages that refer to it (Wagtail's reference index).

What cannot be listed (every filter combination of the agenda, every search, the API) a CDN
keeps for ``s-maxage`` at most: ``PAGE_CACHE_SECONDS``.
"""

import copy

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_save
from django.urls import NoReverseMatch
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import DraftStateMixin, Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def fixed_subpaths(page):
    """``get_cached_paths`` plus every route of a routable page that takes no argument, e.g.
    the news feeds and the agenda's archive and calendar file."""
    paths = list(page.get_cached_paths())
    if isinstance(page, RoutablePageMixin):
        for pattern in page.get_resolver().url_patterns:
            try:
                paths.append(page.reverse_subpage(pattern.name))
            except NoReverseMatch:  # it needs an argument: a date, a slug
                continue
    return ["/" + path.lstrip("/") for path in dict.fromkeys(paths)]


def page_urls(page):
    base = page.get_full_url()
    if base is None:
        return []
    return [base.rstrip("/") + path for path in fixed_subpaths(page.specific_deferred)]


def with_translations(pages):
    keys = {page.translation_key for page in pages}
    return Page.objects.live().filter(translation_key__in=keys).specific()


def showing(page):
    """The page, the live pages above it (below the tree's root) and all their translations."""
    above = list(page.get_ancestors().filter(depth__gt=1))
    return [page, *with_translations([page, *above])]


def sitemaps():
    return [site.root_url + "/sitemap.xml" for site in Site.objects.all()]


def purge_later(urls):
    urls = sorted(set(urls))
    transaction.on_commit(lambda: PurgeBatch(urls).purge())


def urls_of(pages):
    return [url for page in pages for url in page_urls(page)]


def on_page_change(sender, instance, **kwargs):
    if configured():
        purge_later(urls_of(showing(instance)) + sitemaps())


def on_page_move(sender, instance, parent_page_before, url_path_before, **kwargs):
    if not configured():
        return
    before = copy.copy(instance)
    before.url_path = url_path_before
    urls = urls_of(showing(instance)) + urls_of(showing(parent_page_before))
    purge_later(urls + page_urls(before) + sitemaps())


def on_snippet_change(sender, instance, **kwargs):
    """A partner, venue or other snippet shows on the pages that refer to it."""
    if not configured() or isinstance(instance, Page):
        return
    referring = ReferenceIndex.get_references_to(instance).group_by_source_object()
    pages = [source for source, _references in referring if isinstance(source, Page)]
    purge_later(urls_of(page for shown in pages for page in showing(shown)))


def on_snippet_save(sender, instance, **kwargs):
    # Snippets with drafts are purged when published, not at every draft they save.
    if sender in get_snippet_models() and not isinstance(instance, DraftStateMixin):
        on_snippet_change(sender, instance)


def connect():
    post_save.connect(on_snippet_save, dispatch_uid="purge_snippet_saved")
    page_published.connect(on_page_change, dispatch_uid="purge_published")
    page_unpublished.connect(on_page_change, dispatch_uid="purge_unpublished")
    post_page_move.connect(on_page_move, dispatch_uid="purge_moved")
    published.connect(on_snippet_change, dispatch_uid="purge_snippet_published")
    unpublished.connect(on_snippet_change, dispatch_uid="purge_snippet_unpublished")
