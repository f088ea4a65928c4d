"""sitemap.xml with both languages, each page naming its translations (``xhtml:link``)."""

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from stad.core.localization import live_translations_of, without_untranslated_copies


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap walks the site's root page only, which is the Dutch home page; this one
    walks the home page of every language and lists each page's translations as alternates,
    the same set its ``hreflang`` links name. Untranslated copies are left out: they point search
    engines to their original (``rel=canonical``)."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return (
            without_untranslated_copies(Page.objects.filter(in_a_home))
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        # Wagtail's own _urls, plus the alternates, fetched for the whole page of the sitemap.
        pages = list(self.paginator.page(page).object_list)
        translations = live_translations_of({item.translation_key for item in pages})
        urls = []
        last_mods = set()
        for item in pages:
            alternates = self.alternates_of(translations[item.translation_key])
            for url_info in item.get_sitemap_urls(self.request):
                urls.append({**url_info, "alternates": alternates})
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates_of(self, versions):
        alternates = [
            {"lang_code": code, "location": versions[code].get_full_url(self.request)}
            for code, _name in settings.LANGUAGES
            if code in versions
        ]
        if settings.LANGUAGE_CODE in versions:
            default = versions[settings.LANGUAGE_CODE].get_full_url(self.request)
            alternates.append({"lang_code": "x-default", "location": default})
        return alternates
