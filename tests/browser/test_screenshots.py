"""The code behind `make screenshots` finds its pages and writes PNGs of the width asked."""

import pytest
from PIL import Image

from stad.demo.screenshots import PAGE_KINDS, WINDOW_HEIGHT, capture, screenshot_targets

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_screenshot_pages_exist_and_one_is_captured(site, browser, page, tmp_path):
    targets = screenshot_targets(site)
    assert [name for name, _ in targets] == [
        f"{language}-{kind}" for language in ("nl", "en") for kind in PAGE_KINDS
    ]
    for name, url in targets:
        assert page.request.get(url).status == 200, name

    event = dict(targets)["en-event"]
    written = capture(browser, [("en-event", event)], tmp_path, widths={"mobile": 375})

    assert written == [tmp_path / "en-event-mobile.png"]
    with Image.open(written[0]) as image:
        assert image.format == "PNG"
        width, height = image.size
    assert width == 375
    # The whole page, not only the window: an event page is longer than one screen.
    assert height > WINDOW_HEIGHT
