"""Visitors whose system asks for reduced motion get no transitions or animations at all."""

from urllib.parse import urljoin

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MOVING = """() => [...document.querySelectorAll('*')]
    .map(el => [el, getComputedStyle(el)])
    .filter(([el, style]) =>
        style.transitionDuration.split(',').some(duration => parseFloat(duration) > 0)
        || style.animationName !== 'none')
    .map(([el, style]) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
         + ' ' + style.transitionDuration + ' ' + style.animationName)"""


def test_reduced_motion_switches_off_transitions(site, page):
    page.goto(urljoin(site, "/en/events/"))
    # Without the preference, links and buttons do fade their colours: the check below can fail.
    page.emulate_media(reduced_motion="no-preference")
    assert page.evaluate(MOVING), "nothing moves even without the preference"

    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate(MOVING) == []
