"""axe-core finds no WCAG 2.1 AA problems on any page type, in Dutch and in English."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import LANGUAGES, pages_to_visit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Every rule axe runs by default (WCAG 2.0/2.1 A and AA plus its best practices), so that what a
# reviewer sees in the browser extension is what the suite asserts.
axe = Axe()


def describe(label, url, results):
    lines = [f"{label} ({url}): {results.violations_count} violation(s)"]
    for violation in results.response["violations"]:
        lines.append(
            f"  {violation['id']} [{violation['impact']}] x{len(violation['nodes'])}:"
            f" {violation['help']}"
        )
        for node in violation["nodes"][:3]:
            lines.append(f"      {' '.join(node['target'])}: {node['failureSummary'][:160]!r}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_has_no_axe_violations(site, page, language):
    # One test per language visits every page type: each test restores the whole demo site, so
    # a test per page would spend most of its time restoring the database.
    reports = []
    for label, url in pages_to_visit(site, language):
        response = page.goto(url)
        assert response.status == 200, f"{label}: {url} answered {response.status}"
        assert page.locator("html").get_attribute("lang") == language
        results = axe.run(page)
        if results.violations_count:
            reports.append(describe(label, url, results))
    # The page a visitor gets for a mistyped address.
    missing = f"{site}/{language}/no-such-page/"
    response = page.goto(missing)
    assert response.status == 404, missing
    results = axe.run(page)
    if results.violations_count:
        reports.append(describe("not found", missing, results))
    report = "\n".join(reports)
    print(report)
    assert not reports, f"axe found violations in {language}:\n{report}"
