"""The demo site for tests that visit many of its pages."""

from django.test import Client
from wagtail.models import Page

from stad.demo.builder import DemoBuilder


def build_demo_with_renditions():
    """Build the demo, then visit every live page once.

    Visiting makes the picture renditions (AVIF is slow to encode, up to 0.7 s a size), so that
    tests restoring this state find them instead of encoding them again on each visit.
    """
    DemoBuilder().build()
    client = Client()
    for page in Page.objects.filter(depth__gt=1).live():
        client.get(page.url)
