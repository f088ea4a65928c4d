"""The screenshots of docs/editors.md: each one there, described, small, and kept up to date.

The pictures are made by tests/browser/test_editors_guide.py (``make docs-screenshots``); this
checks without a browser that the guide and docs/images/ agree with it.
"""

import re
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "editors.md"
IMAGES = ROOT / "docs" / "images"
MAKER = ROOT / "tests" / "browser" / "test_editors_guide.py"
PICTURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(images/(?P<name>[^)]+)\)")
# One admin window at 1280 px as a 256-colour PNG is 30-60 KB; a full page or a photo would not be.
MAX_BYTES = 200_000
MAX_TOTAL_BYTES = 1_000_000


def pictures():
    """{file name: alt text} of the pictures the guide shows."""
    text = " ".join(GUIDE.read_text().split())
    return {match["name"]: match["alt"] for match in PICTURE.finditer(text)}


def test_every_picture_in_the_guide_is_there_and_described_in_dutch():
    shown = pictures()
    assert shown, "docs/editors.md shows no screenshots"
    for name, alt in shown.items():
        assert (IMAGES / name).is_file(), name
        # A sentence or two saying what the screen shows, not a file name.
        assert len(alt.split()) >= 8, f"{name}: describe what the screenshot shows"


def test_every_file_in_docs_images_is_shown_in_the_guide():
    assert {path.name for path in IMAGES.iterdir()} == set(pictures())


def test_every_picture_is_made_by_the_browser_suite():
    """A picture no test makes would never be brought up to date by ``make docs-screenshots``."""
    made = set(re.findall(r'illustrate\(\s*[^,]+,\s*"([\w-]+)"', MAKER.read_text()))
    assert {f"{name}.png" for name in made} == set(pictures())


def test_pictures_are_small_pngs_at_most_1280_px_wide():
    total = 0
    for name in pictures():
        path = IMAGES / name
        with Image.open(path) as image:
            assert image.format == "PNG", name
            assert image.width <= 1280, name
        size = path.stat().st_size
        assert size <= MAX_BYTES, f"{name} is {size} bytes"
        total += size
    assert total <= MAX_TOTAL_BYTES
