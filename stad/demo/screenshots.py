"""Screenshots of the demo site for review: the main page types in both languages, on a phone and
on a desktop screen. ``manage.py screenshots`` (``make screenshots``) uses them; so do the
browser tests, which also take Chromium from here.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urljoin

from django.conf import settings
from wagtail.models import Locale

from stad.core.models import HomePage
from stad.events.models import EventIndexPage, EventPage, FestivalPage
from stad.programmes.models import ProgrammePage

# What a reviewer looks at, in this order: one live, translated page of each.
PAGE_KINDS = {
    "home": HomePage,
    "agenda": EventIndexPage,
    "event": EventPage,
    "festival": FestivalPage,
    "programme": ProgrammePage,
}
# CSS pixels: a common phone and a common laptop.
WIDTHS = {"mobile": 375, "desktop": 1280}
WINDOW_HEIGHT = 800

BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    # Only the local server may be reached: a page that loads anything from outside fails visibly.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]


def chromium_path():
    """CHROMIUM_PATH, then a Chromium on the PATH (Debian's), then None for Playwright's own."""
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")


def browser_launch_args():
    args = {"args": BROWSER_ARGS}
    path = chromium_path()
    if path:
        args["executable_path"] = path
    return args


def first_public_page(model, locale):
    """The first live, public page of ``model`` in ``locale`` in tree order, translated (not an
    untranslated copy): the page that stands for its type in screenshots and browser tests."""
    pages = model.objects.live().public().filter(locale=locale, alias_of__isnull=True)
    return pages.order_by("path").first()


def screenshot_targets(base_url):
    """(name, absolute URL) for each kind of page in each language, e.g. ("en-event", ...)."""
    targets = []
    for language, _ in settings.LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for kind, model in PAGE_KINDS.items():
            page = first_public_page(model, locale)
            if page is None:
                raise LookupError(f"no live {kind} page in {language}: load the demo content")
            targets.append((f"{language}-{kind}", urljoin(base_url, page.get_url())))
    return targets


def capture(browser, targets, output_dir, widths=WIDTHS):
    """Write a full-page PNG of every target at every width; return the paths written."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for label, width in widths.items():
        # Reduced motion: a screenshot taken halfway through a colour fade would mislead.
        context = browser.new_context(
            viewport={"width": width, "height": WINDOW_HEIGHT},
            device_scale_factor=1,
            reduced_motion="reduce",
        )
        try:
            page = context.new_page()
            for name, url in targets:
                response = page.goto(url, wait_until="networkidle")
                if response is None or response.status != 200:
                    status = response.status if response else "no response"
                    raise RuntimeError(f"{url} answered {status}")
                path = output_dir / f"{name}-{label}.png"
                page.screenshot(path=path, full_page=True)
                written.append(path)
        finally:
            context.close()
    return written
