import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from stad.demo.screenshots import WIDTHS, browser_launch_args, capture, screenshot_targets

SERVER_START_SECONDS = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url, server, log):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise CommandError(f"The development server stopped:\n{log.read().decode()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers, which is all that is asked here
        except OSError:
            time.sleep(0.3)
    raise CommandError(f"The development server did not answer at {url}.")


class Command(BaseCommand):
    help = (
        "Write PNG screenshots of the home page, the agenda, an event, a festival and a programme "
        f"in each language at {' and '.join(f'{w} px' for w in WIDTHS.values())} wide, for review. "
        "Serves the site itself on a free port with this database, so load the demo content "
        "first (make screenshots does all of it in a throw-away database)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", default="screenshots", help="Directory for the PNGs.")

    def handle(self, *args, output, **options):
        # The development server serves images (media) only with DEBUG on.
        if not settings.DEBUG:
            raise CommandError("Take screenshots with the development settings (DEBUG on).")
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as error:
            raise CommandError("Playwright is missing: run make install.") from error

        base_url = f"http://127.0.0.1:{free_port()}"
        try:
            targets = screenshot_targets(base_url)
        except LookupError as error:
            raise CommandError(str(error)) from error
        manage = str(settings.BASE_DIR / "manage.py")
        address = base_url.removeprefix("http://")
        with tempfile.TemporaryFile() as log:
            # The server inherits this process's settings and database (the environment).
            server = subprocess.Popen(
                [sys.executable, manage, "runserver", "--noreload", address],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=os.environ.copy(),
            )
            try:
                wait_until_serving(targets[0][1], server, log)
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(**browser_launch_args())
                    try:
                        written = capture(browser, targets, output)
                    finally:
                        browser.close()
            finally:
                server.terminate()
                server.wait(timeout=10)
        for path in written:
            self.stdout.write(str(path))
        self.stdout.write(self.style.SUCCESS(f"{len(written)} screenshots in {output}/"))
