"""Keyboard users reach the header, the agenda filters and search, and always see where focus is."""

from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUSED = """selector => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        text: el.textContent.trim(),
        id: el.id,
        wanted: selector ? !!el.closest(selector) : false,
        nativePart: !el.matches(':focus'),
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        boxShadow: style.boxShadow,
        onScreen: box.width > 0 && box.height > 0,
        left: box.left,
        right: box.right,
    };
}"""


def tab(page, selector=None):
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUSED, selector)
    if focused["nativePart"]:
        # Focus is on a part of a native control that the page cannot style or read (the
        # calendar button inside Chromium's date input): the browser draws its own ring there.
        return focused
    # What "visible focus" means here: a drawn outline or a shadow ring, on an element with a
    # size on screen.
    outlined = focused["outline"] != "none" and focused["outlineWidth"] > 0
    assert outlined or focused["boxShadow"] != "none", focused
    assert focused["onScreen"], focused
    return focused


def tab_to(page, selector, limit=40):
    """Press Tab until focus is on (or inside) ``selector``, checking visible focus on the way."""
    for _ in range(limit):
        focused = tab(page, selector)
        if focused["wanted"]:
            return focused
    raise AssertionError(f"{limit} presses of Tab never reached {selector}")


def test_skip_link_language_switcher_and_main_menu_by_keyboard(site, page):
    page.goto(urljoin(site, "/nl/"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    # The skip link comes first, is shown when focused, and moves focus to the content.
    first = tab(page, ".skip-link")
    assert first["wanted"] and first["text"] == "Direct naar de inhoud", first
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # Then the header: the language switcher and the main menu, each with visible focus.
    page.goto(urljoin(site, "/nl/"))
    switcher = tab_to(page, ".language-switcher")
    assert switcher["text"].startswith("English"), switcher
    menu = tab_to(page, ".main-menu")

    # Enter follows the focused menu link: the visitor lands on that page, marked as current.
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(menu["text"])
    expect(page.locator(".main-menu [aria-current=page]")).to_have_text(menu["text"])

    # The language switcher takes a keyboard user to the same page in English.
    tab_to(page, ".language-switcher")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url.startswith(urljoin(site, "/en/")), page.url


def test_main_menu_by_keyboard_at_320_pixels(site, page):
    # The menu does not collapse behind a button on small screens: it wraps, so every item stays
    # one Tab away and inside the window (WCAG 1.4.10).
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(urljoin(site, "/en/"))
    items = page.locator(".main-menu a")
    titles = items.all_inner_texts()
    assert len(titles) >= 4, titles

    reached = [tab_to(page, ".main-menu")]
    while len(reached) < len(titles):
        reached.append(tab(page, ".main-menu"))
    assert [item["text"] for item in reached] == titles
    for item in reached:
        assert item["wanted"], item
        assert item["left"] >= 0 and item["right"] <= 320, item

    # Enter on the last item follows it.
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(titles[-1])


def test_agenda_filter_by_keyboard(site, page):
    page.goto(urljoin(site, "/en/events/"))
    count = page.locator("#results")
    everything = count.inner_text()

    # Space ticks the "free" box, Enter on the button applies it: fewer dates, and a chip says why.
    tab_to(page, "#filter-free")
    page.keyboard.press("Space")
    tab_to(page, ".filters__actions button")
    page.keyboard.press("Enter")
    page.wait_for_url("**free=1**")
    expect(page.locator("#filter-free")).to_be_checked()
    expect(page.locator(".chip-list .chip")).to_have_count(1)
    assert count.inner_text() != everything, everything

    # A list of choices by keyboard: the arrow key picks the first spoken language offered.
    language = page.locator("#filter-language")
    tab_to(page, "#filter-language")
    page.keyboard.press("ArrowDown")
    chosen = language.input_value()
    assert chosen, "the arrow key chose nothing"
    tab_to(page, ".filters__actions button")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**language={chosen}**")
    expect(language).to_have_value(chosen)
    expect(page.locator(".chip-list .chip")).to_have_count(2)


def test_search_by_keyboard(site, page):
    page.goto(urljoin(site, "/en/"))

    tab_to(page, ".site-header__search")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")

    tab_to(page, "#search-q")
    page.keyboard.type("Leiden")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Leiden**")
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    # Results are links a keyboard user reaches with visible focus.
    tab_to(page, ".search-result a")
