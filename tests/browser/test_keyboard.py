"""A keyboard user reaches the skip link, language switcher and main menu, and sees focus."""

from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUS_STYLE = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        text: el.textContent.trim(),
        inside: ['.skip-link', '.language-switcher', '.main-menu'].find(s => el.closest(s)) || '',
        outline: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
        onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0,
    };
}"""


def tab(page):
    page.keyboard.press("Tab")
    focused = page.evaluate(FOCUS_STYLE)
    # What "visible focus" means here: a drawn outline on an element the visitor can see.
    assert focused["outline"] != "none" and focused["outlineWidth"] > 0, focused
    assert focused["onScreen"], focused
    return focused


def tab_until_inside(page, selector, limit=20):
    for _ in range(limit):
        focused = tab(page)
        if focused["inside"] == selector:
            return focused
    raise AssertionError(f"{limit} presses of Tab never reached {selector}")


def test_skip_link_language_switcher_and_main_menu_by_keyboard(site, page):
    page.goto(urljoin(site, "/nl/"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    # The skip link comes first, is shown when focused, and moves focus to the content.
    first = tab(page)
    assert first["inside"] == ".skip-link", first
    assert first["text"] == "Direct naar de inhoud", first
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    # Then the header: the language switcher and the main menu, each with visible focus.
    page.goto(urljoin(site, "/nl/"))
    switcher = tab_until_inside(page, ".language-switcher")
    assert switcher["text"].startswith("English"), switcher
    menu = tab_until_inside(page, ".main-menu")

    # Enter follows the focused menu link: the visitor lands on that page, marked as current.
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(menu["text"])
    expect(page.locator(".main-menu [aria-current=page]")).to_have_text(menu["text"])

    # The language switcher takes a keyboard user to the same page in English.
    tab_until_inside(page, ".language-switcher")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url.startswith(urljoin(site, "/en/")), page.url
