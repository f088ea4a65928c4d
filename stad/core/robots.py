"""/robots.txt: what search engines may crawl, and where the sitemap is."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site


@require_safe
@cache_control(public=True, max_age=60 * 60 * 24)
def robots_txt(request):
    # Search results are endless combinations of words: crawling them only costs capacity.
    search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.append(reverse("search"))
    # The sitemap's addresses come from the Site, so its own address does too.
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    context = {
        "may_index": settings.SEARCH_ENGINES_MAY_INDEX,
        "disallowed": ["/admin/", *search_paths],
        "sitemap_url": root + reverse("sitemap"),
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
