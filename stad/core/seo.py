"""What search engines and social media read about a page: canonical address, Open Graph
description and the schema.org organisation behind the site. Plain data; templates escape it."""

from urllib.parse import urlencode, urljoin

from django.templatetags.static import static
from django.utils import translation
from django.utils.html import json_script
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Site

from stad.core.chrome import chrome_of_request
from stad.core.models import NewsPage
from stad.core.renditions import rendition
from stad.core.templatetags.picture_tags import SOCIAL_IMAGE_SPEC

# Open Graph wants a territory with the language; these are the ones the site is written for.
OPEN_GRAPH_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def canonical_url(page, request, original=None):
    """The one absolute address search engines should list for what this request shows.

    An untranslated copy points at its ``original``. Sub-pages of a page (the agenda's ``past/``)
    keep their path; of the query only a page number past the first is kept, because a filter
    selection is the same list as the unfiltered one, while page 2 holds other items.
    """
    if original is not None:
        return original.get_full_url(request)
    page_url = page.get_full_url(request)
    if not page_url:
        return ""
    if request is None:
        return page_url
    url = urljoin(page_url, request.path)
    number = request.GET.get("page", "")
    if number.isascii() and number.isdigit() and int(number) > 1:
        url += "?" + urlencode({"page": int(number)})
    return url


def social_image(page):
    """The picture a shared link shows: the page's social image, else its listing image (None
    when it has none, or its original file is missing)."""
    image = getattr(page, "social_image", None) or getattr(page, "listing_image", None)
    if image is None:
        return None
    return rendition(image, SOCIAL_IMAGE_SPEC)


def open_graph(page, request, canonical, languages):
    """Open Graph properties as (property, content) pairs, in the order they are written."""
    title = page.seo_title or page.title
    description = getattr(page, "social_text", "") or meta_description(page)
    current = translation.get_language()
    properties = [
        ("og:site_name", chrome_of_request(request)["site_name"]),
        ("og:title", title),
        ("og:type", "article" if isinstance(page, NewsPage) else "website"),
        ("og:url", canonical),
        ("og:locale", OPEN_GRAPH_LOCALES.get(current, current)),
    ]
    for language in languages:
        if language["code"] != current and language["full_url"]:
            locale = OPEN_GRAPH_LOCALES.get(language["code"], language["code"])
            properties.append(("og:locale:alternate", locale))
    if description:
        properties.append(("og:description", description))
    if date := getattr(page, "date", None):
        properties.append(("article:published_time", date.isoformat()))
    if rendition := social_image(page):
        properties += [
            ("og:image", urljoin(canonical, rendition.url)),
            ("og:image:width", str(rendition.width)),
            ("og:image:height", str(rendition.height)),
        ]
        if alt := image_alt(page):
            properties.append(("og:image:alt", alt))
    return properties


def meta_description(page):
    describe = getattr(page, "get_meta_description", None)
    return describe() if describe else page.search_description


def image_alt(page):
    # Not `default_alt_text`: it falls back to the image's title, often a file name.
    if getattr(page, "social_image", None):
        return page.social_image.description
    return getattr(page, "card_image_alt", "")


def organization_json_ld(home, request):
    """schema.org data for the home page: the municipality that publishes the site, and the site.

    No ``sameAs``: the demo has no social media accounts to point at.
    """
    url = home.get_full_url(request)
    # One organisation behind both languages: named after the site's root (the Dutch home).
    site = Site.find_for_request(request) if request else None
    organization_url = site.root_page.get_full_url(request) if site else url
    organization = {
        "@type": "GovernmentOrganization",
        "@id": organization_url + "#organization",
        "name": gettext("Municipality of Leiden"),
        "url": organization_url,
        "logo": urljoin(url, static("img/logo.svg")),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Leiden",
            "addressCountry": "NL",
        },
    }
    website = {
        "@type": "WebSite",
        "@id": url + "#website",
        "name": chrome_of_request(request)["site_name"],
        "url": url,
        "inLanguage": translation.get_language(),
        "publisher": {"@id": organization["@id"]},
    }
    if description := meta_description(home):
        website["description"] = description
    return {"@context": "https://schema.org", "@graph": [organization, website]}


def json_ld_script(data):
    """A JSON-LD <script> element, safe to place in the document head."""
    # json_script escapes <, > and & so no text in the data can close the script element.
    script = json_script(data)
    # (str.replace drops the "safe" mark json_script set, so it is set again.)
    return mark_safe(script.replace('type="application/json"', 'type="application/ld+json"', 1))  # noqa: S308
