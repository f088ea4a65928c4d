"""The site's chrome (name, tagline, footer) as a page shows it, for templates and SEO alike.

Reads the published ``SiteChrome`` of the request's language; without one, built-in texts in
that language (so a fresh database renders, and English never shows Dutch texts unmarked). Read
once per generation of the page cache (``site_wide``) and kept on the request, however many
templates and tags ask.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from stad.core.localization import current_home
from stad.core.models import SiteChrome, StandardPage
from stad.core.navigation import children_of_type
from stad.core.site_wide import remembered

CACHE_ATTRIBUTE = "_site_chrome"


def default_chrome_texts():
    """What the site says when editors have not published a header and footer yet."""
    return {
        "site_name": gettext("City of Discoveries"),
        "tagline": gettext("Leiden, city of knowledge"),
        "footer_text": gettext(
            "City of Discoveries is the joint website of the municipality of Leiden and its "
            "knowledge partners: Leiden University, Leiden University of Applied Sciences, "
            "Naturalis and mboRijnland."
        ),
        "contact_email": "",
        "contact_phone": "",
        "contact_address": "",
    }


TEXT_FIELDS = ("site_name", "tagline", "footer_text")
CONTACT_FIELDS = ("contact_email", "contact_phone", "contact_address")


def published_chromes(language_code):
    """The live ``SiteChrome`` of a language and of the default language (either may be None)."""
    default_code = settings.LANGUAGE_CODE
    by_language = {
        chrome.locale.language_code: chrome
        for chrome in SiteChrome.objects.filter(
            live=True, locale__language_code__in={language_code, default_code}
        ).select_related("locale")
    }
    return by_language.get(language_code), by_language.get(default_code)


def chrome_for(instance, request, fallback=None):
    """The texts and links of a ``SiteChrome``, ready to render.

    Without one in the visitor's language (English not translated yet) the texts are the
    built-in ones in that language, never the Dutch ones unmarked; only what does not depend on
    the language (contact details, social links) comes from ``fallback``, the Dutch one.
    """
    if instance is not None:
        texts = {field: getattr(instance, field) for field in TEXT_FIELDS + CONTACT_FIELDS}
        links = instance.footer_link_items(request)
        social = instance.social_link_items()
    else:
        texts = default_chrome_texts()
        if fallback is not None:
            texts.update({field: getattr(fallback, field) for field in CONTACT_FIELDS})
        links = []
        social = fallback.social_link_items() if fallback is not None else []
    if not links:
        links = standard_page_links(request)
    return {**texts, "footer_links": links, "social_links": social}


def standard_page_links(request):
    """Without links chosen by editors: the standard pages under the home page (about, privacy)."""
    home = current_home(request)
    if home is None:
        return []
    pages = children_of_type(home, StandardPage)
    return [{"text": page.title, "url": page.get_url(request)} for page in pages]


def chrome_of_request(request, preview=None):
    """The chrome of the current page: ``preview`` (a draft in the admin's preview) when given,
    else the published version for the active language, looked up once per request."""
    if preview is not None:
        return chrome_for(preview, request)
    language = translation.get_language()
    cache = getattr(request, CACHE_ATTRIBUTE, None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, CACHE_ATTRIBUTE, cache)
    if language not in cache:
        cache[language] = remembered(request, "chrome", lambda: published_chrome(request))
    return cache[language]


def published_chrome(request):
    own, default = published_chromes(translation.get_language())
    return chrome_for(own, request, fallback=default)
