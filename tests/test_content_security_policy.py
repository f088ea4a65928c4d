"""Every public page carries a Content-Security-Policy that runs no inline script it has not
listed, also when it comes from the page cache; the admin has a policy of its own under which
the page editor, its preview and wagtail-localize's translation editor still open."""

import base64
import hashlib

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests import factories
from tests.scaffolding import translate_with_localize

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"
# Sources that name no host: anything else in the admin's policy would let editors' browsers
# talk to a third party.
KEYWORD_SOURCES = {
    "'self'",
    "'none'",
    "'unsafe-inline'",
    "'unsafe-eval'",
    "data:",
    "blob:",
}
# <script type="…"> values a browser runs; any other type is a data block (JSON-LD), which is
# never run and which CSP does not govern.
RUNNABLE_SCRIPT_TYPES = {"", "module", "importmap", "text/javascript", "application/javascript"}


def policy_of(response):
    """The response's policy as {directive: [sources]}."""
    assert HEADER in response, f"no {HEADER} on {response.request['PATH_INFO']}"
    directives = {}
    for part in response[HEADER].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def sources_for(policy, directive):
    """A directive's sources, or default-src's when the policy does not name it (as browsers do)."""
    return policy.get(directive, policy["default-src"])


def sha256_source(text):
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def inline_code_refused(html, policy):
    """What a browser would refuse to run or apply in ``html`` under ``policy``: inline scripts
    and <style> elements whose hash the policy does not list, style and event-handler attributes,
    javascript: links. Each with the source to add, or why it cannot be allowed."""
    soup = BeautifulSoup(html, "html.parser")
    refused = []
    for script in soup.find_all("script"):
        runnable = script.get("type", "").strip().lower() in RUNNABLE_SCRIPT_TYPES
        if runnable and not script.get("src"):
            source = sha256_source(script.string or "")
            if source not in sources_for(policy, "script-src"):
                refused.append(f"inline script {source}: add it to PUBLIC_INLINE_SCRIPT_HASHES")
    for style in soup.find_all("style"):
        source = sha256_source(style.string or "")
        if source not in sources_for(policy, "style-src"):
            refused.append(f"inline <style> {source}: move it to static/css/")
    for element in soup.find_all(True):
        for attribute, value in element.attrs.items():
            if attribute == "style":
                refused.append(f'style="{value}" on <{element.name}>: use a class')
            elif attribute.startswith("on"):
                refused.append(f"{attribute} on <{element.name}>: use static/js/")
            elif isinstance(value, str) and value.strip().lower().startswith("javascript:"):
                refused.append(f"{attribute}={value!r} on <{element.name}>")
    return refused


def public_urls(site_tree):
    """A page of every public type in both languages, the search page and a missing page."""
    urls = []
    for language in ("nl", "en"):
        urls += [pages[language].url for pages in site_tree.values()]
        with translation.override(language):
            urls.append(reverse("search") + "?q=leiden")
        urls.append(f"/{language}/bestaat-niet/")
    return urls


def assert_public_policy(policy):
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in sources_for(policy, "script-src")
    assert "'unsafe-eval'" not in sources_for(policy, "script-src")
    assert "'unsafe-inline'" not in sources_for(policy, "style-src")
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert set(policy["img-src"]) >= {"'self'", "data:"}


def test_every_public_page_type_has_the_policy_and_runs_only_listed_inline_code(client, site_tree):
    # The JSON-LD an event page carries is a data block: it must be there and need no hash.
    event = client.get(site_tree["EventPage"]["nl"].url).content.decode()
    assert 'type="application/ld+json"' in event
    for url in public_urls(site_tree):
        response = client.get(url)
        expected = 404 if "bestaat-niet" in url else 200
        assert response.status_code == expected, url
        policy = policy_of(response)
        assert_public_policy(policy)
        assert inline_code_refused(response.content.decode(), policy) == [], url
        assert "camera=()" in response["Permissions-Policy"], url


def test_an_inline_script_without_its_hash_is_caught_and_with_it_allowed():
    policy = {"default-src": ["'self'"], "script-src": ["'self'"]}
    html = '<script>document.body.className = "js";</script><script src="/static/x.js"></script>'
    (refused,) = inline_code_refused(html, policy)
    assert "PUBLIC_INLINE_SCRIPT_HASHES" in refused
    policy["script-src"].append(sha256_source('document.body.className = "js";'))
    assert inline_code_refused(html, policy) == []
    assert inline_code_refused('<a href="#" onclick="go()">x</a>', policy)
    assert inline_code_refused('<p style="color: red">x</p>', policy)


def test_pages_from_the_page_cache_carry_the_policy_of_the_running_site(
    client, site_tree, page_cache, settings
):
    url = site_tree["EventIndexPage"]["nl"].url
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    assert_public_policy(policy_of(first))
    # A policy changed by a deploy applies to stored pages at once: the header is not stored.
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    settings.CONTENT_SECURITY_POLICY = {
        "DIRECTIVES": {**directives, "img-src": [*directives["img-src"], "https://media.example"]}
    }
    second = client.get(url)
    assert second["X-Page-Cache"] == "hit"
    assert "https://media.example" in policy_of(second)["img-src"]
    assert_public_policy(policy_of(second))
    assert second["Permissions-Policy"] == first["Permissions-Policy"]


def assert_admin_policy(response):
    policy = policy_of(response)
    # Wagtail's admin writes inline scripts and styles (settings.ADMIN_CONTENT_SECURITY_POLICY
    # says which): allowed there, but from this origin only and framed by nothing else.
    assert "'unsafe-inline'" in policy["script-src"]
    every_source = {source for sources in policy.values() for source in sources}
    assert every_source <= KEYWORD_SOURCES, every_source - KEYWORD_SOURCES
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def standard_page_form(page, **fields):
    """What the admin posts for a StandardPage (see tests/test_editorial_workflow.py)."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "introduction": page.introduction,
        "body": streamfield([]),
        "listing_image_alt": "",
        "listing_title": "",
        "listing_summary": "",
        "seo_title": "",
        "search_description": "",
        "social_text": "",
        "go_live_at": "",
        "expire_at": "",
    }
    return nested_form_data({**values, **fields})


def test_the_page_editor_and_its_preview_open_under_the_admin_policy(admin_client, site_tree):
    page = site_tree["StandardPage"]["nl"]
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert editor.status_code == 200
    assert_admin_policy(editor)
    # The preview panel posts the form, then frames the preview: its own origin may frame it.
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = standard_page_form(page, title="Voorvertoning onder de policy")
    assert admin_client.post(preview_url, form).json()["is_valid"]
    preview = admin_client.get(preview_url)
    assert preview.status_code == 200
    assert "Voorvertoning onder de policy" in preview.content.decode()
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert_admin_policy(preview)


def test_wagtail_localizes_translation_editor_opens_under_the_admin_policy(admin_client, site_tree):
    page = factories.StandardPageFactory(parent=site_tree["HomePage"]["nl"], title="Vertaalbaar")
    page.save_revision().publish()
    english = translate_with_localize(page, site_tree["HomePage"]["en"].locale)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
    assert response.status_code == 200
    # wagtail-localize replaces the page editor with its own for a synced translation.
    assert "wagtail_localize/js/wagtail-localize.js" in response.content.decode()
    assert_admin_policy(response)


def test_the_admin_reaches_no_third_party_from_editors_browsers(admin_client, site_tree):
    dashboard = admin_client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert_admin_policy(dashboard)
    html = dashboard.content.decode()
    assert "gravatar.com" not in html
    assert "releases.wagtail.org" not in html


def test_the_header_is_django_csps_for_plain_views_and_views_with_their_own_policy(rf):
    """The header is built once per setting (``config.middleware``), and a view that asks for
    more (a decorator's policy, a nonce) still goes through django-csp's own path."""
    from csp.decorators import csp_update
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    from config.middleware import ContentSecurityPolicyMiddleware

    def header(middleware, view, path="/nl/"):
        response = middleware(view)(rf.get(path))
        return {part.split()[0]: part.split()[1:] for part in response[HEADER].split(";")}

    def plain(request):
        return HttpResponse("plain")

    @csp_update({"img-src": ["https://tiles.example"]})
    def with_tiles(request):
        return HttpResponse("map")

    def with_nonce(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    for view in (plain, with_tiles, with_nonce):
        ours = header(ContentSecurityPolicyMiddleware, view)
        assert ours == header(CSPMiddleware, view), view.__name__
    assert "https://tiles.example" in header(ContentSecurityPolicyMiddleware, with_tiles)["img-src"]
    assert_public_policy(header(ContentSecurityPolicyMiddleware, plain))
    # The admin's own policy, also built once.
    admin = header(ContentSecurityPolicyMiddleware, plain, "/admin/pages/")
    assert "'unsafe-inline'" in admin["script-src"]
    assert header(ContentSecurityPolicyMiddleware, plain) != admin
