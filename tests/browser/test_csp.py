"""Chromium reports no Content-Security-Policy violation on any page type, for visitors or for a
signed-in editor (userbar, page editor, preview); an injected inline script is refused."""

from urllib.parse import urljoin

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page

from tests.browser.pages import LANGUAGES, pages_to_visit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Collects every violation the page reports, from the first script on.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    const blocked = event.blockedURI || "inline";
    window.__cspViolations.push(`${event.violatedDirective} blocked ${blocked}`);
});
"""


def watch(page):
    """Console messages about the policy, and the violation events, of every visit."""
    console = []

    def keep_policy_messages(message):
        if "Content Security Policy" in message.text:
            console.append(message.text)

    page.on("console", keep_policy_messages)
    page.add_init_script(LISTEN)
    return console


def violations_on(page, url, console):
    console.clear()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return [*console, *page.evaluate("window.__cspViolations")]


def test_no_public_page_type_violates_the_policy(site, page):
    console = watch(page)
    found = []
    for language in LANGUAGES:
        visits = pages_to_visit(site, language)
        visits.append(("404", urljoin(site, f"/{language}/bestaat-niet/")))
        for label, url in visits:
            found += [f"{language} {label} ({url}): {v}" for v in violations_on(page, url, console)]
    report = "\n".join(found)
    print(report)
    assert not found, f"CSP violations:\n{report}"


def test_the_policy_is_enforced_an_injected_inline_script_does_not_run(site, page):
    console = watch(page)
    home = pages_to_visit(site, "nl")[0][1]
    assert violations_on(page, home, console) == []
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.__injected = true";
            document.head.appendChild(script);
        }"""
    )
    page.wait_for_timeout(200)  # the violation event is dispatched as a task
    assert page.evaluate("window.__injected") is None
    assert any("script-src" in v for v in page.evaluate("window.__cspViolations"))


def sign_in(page, site):
    """A superuser's session in the browser, as after the admin's login form."""
    user = get_user_model().objects.create_superuser("csp-editor", "csp@example.org", None)
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": site}])


def test_an_editor_meets_no_violation_on_the_site_or_in_the_editor(site, page):
    sign_in(page, site)
    console = watch(page)
    target = Page.objects.live().filter(depth__gt=2).order_by("pk").first().specific
    visits = [
        ("public page with userbar", urljoin(site, target.get_url())),
        ("dashboard", urljoin(site, "/admin/")),
        ("page editor", urljoin(site, f"/admin/pages/{target.pk}/edit/")),
    ]
    found = []
    for label, url in visits:
        found += [f"{label} ({url}): {v}" for v in violations_on(page, url, console)]
    # The preview panel: open it and let the previewed page and its checks run in the frame.
    page.get_by_role("button", name="Toggle preview").click()
    page.wait_for_timeout(3000)
    found += [f"preview panel: {v}" for v in [*console, *page.evaluate("window.__cspViolations")]]
    for frame in page.frames[1:]:
        found += [f"preview frame: {v}" for v in frame.evaluate("window.__cspViolations || []")]
    report = "\n".join(found)
    print(report)
    assert not found, f"CSP violations:\n{report}"
