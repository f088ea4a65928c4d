"""At 320 CSS pixels (WCAG 1.4.10, reflow) no page scrolls sideways; nor at desktop width."""

import pytest

from tests.browser.pages import LANGUAGES, pages_to_visit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WIDTHS = [320, 1280]


def test_no_page_scrolls_sideways(site, page):
    overflowing = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        for language in LANGUAGES:
            for label, url in pages_to_visit(site, language):
                page.goto(url)
                scroll_width = page.evaluate("document.documentElement.scrollWidth")
                if scroll_width > width:
                    # Name the widest elements, so the report says what to fix.
                    culprits = page.evaluate(
                        """width => [...document.querySelectorAll('body *')]
                            .filter(el => el.getBoundingClientRect().right > width)
                            .slice(0, 3)
                            .map(el => el.tagName.toLowerCase() + (el.className ? '.' +
                                 String(el.className).split(' ').join('.') : ''))""",
                        width,
                    )
                    overflowing.append(
                        f"{width}px {language} {label}: {scroll_width}px wide ({url}) {culprits}"
                    )
    report = "\n".join(overflowing)
    print(report)
    assert not overflowing, f"pages wider than the window:\n{report}"
