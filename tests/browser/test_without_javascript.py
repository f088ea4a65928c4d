"""With JavaScript switched off the menu, the agenda filters and search still work (plain links
and GET forms; the only script, the search suggestions, is an extra)."""

from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def page_without_javascript(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_menu_agenda_filters_and_search_without_javascript(site, page_without_javascript):
    page = page_without_javascript
    # The proof that scripts are off: a script in the page never runs.
    page.set_content(
        "<p id=check>off</p><script>document.getElementById('check').textContent = 'on'</script>"
    )
    expect(page.locator("#check")).to_have_text("off")

    page.goto(urljoin(site, "/nl/"))
    menu = page.locator(".main-menu a")
    expect(menu.first).to_be_visible()
    menu.filter(has_text="Agenda").click()
    expect(page.locator("h1")).to_have_text("Agenda")

    count = page.locator("#results")
    everything = count.inner_text()
    page.locator("#filter-free").check()
    page.locator(".filters__actions button").click()
    page.wait_for_url("**free=1**")
    expect(page.locator("#filter-free")).to_be_checked()
    expect(page.locator(".chip-list .chip")).to_have_count(1)
    assert count.inner_text() != everything, everything

    page.locator(".site-header__search").click()
    page.locator("#search-q").fill("Naturalis")
    page.locator("#search-q").press("Enter")
    page.wait_for_url("**q=Naturalis**")
    expect(page.locator(".search-result").first).to_be_visible()
