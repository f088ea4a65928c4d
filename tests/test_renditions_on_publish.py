"""Pictures are ready before visitors come: publishing a page makes its renditions in a
background task, ``manage.py make_renditions`` makes them for existing pages, and the first
visitor of the page or of a list that shows its card makes none.

The expected renditions are read from the picture shapes themselves (``SHAPES``), never copied,
so the tests follow when a shape changes its widths or formats.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail_factories import ImageFactory

from stad.core.seo import SOCIAL_IMAGE_SPEC
from stad.core.tasks import make_renditions_of_page
from stad.core.templatetags.picture_tags import SHAPES
from tests import factories
from tests.scaffolding import DATABASE_QUEUE, dutch_home, publish_as_editor, run_task_worker

Rendition = get_image_model().get_rendition_model()
pytestmark = pytest.mark.usefixtures("forget_cached_renditions")


def specs(*shapes, social=False):
    """The filter specs of the renditions that ``shapes`` of the picture tag use."""
    found = {f.spec for shape in shapes for f in SHAPES[shape].filters()}
    return found | {SOCIAL_IMAGE_SPEC} if social else found


def made_for(image):
    return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def first_visit(client, url):
    """A visitor's first request of ``url``: the response and the rendition rows it inserted."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    inserts = [
        query["sql"]
        for query in queries
        if query["sql"].startswith("INSERT") and Rendition._meta.db_table in query["sql"]
    ]
    return response, inserts


@pytest.fixture
def site(db):
    """A home page with the agenda and the news under it; no pictures yet.

    Built per test rather than with the module-wide ``site_tree``: the tasks under test make
    renditions of every picture the tree shows, so each test starts with none.
    """
    home = dutch_home()
    return {
        "agenda": factories.EventIndexPageFactory(parent=home),
        "news": factories.NewsIndexPageFactory(parent=home),
    }


@pytest.fixture
def new_event(site):
    """An event with a picture no page showed before, not yet published by an editor."""
    image = ImageFactory(title="Nacht van Ontdekkingen")
    event = factories.EventPageFactory(parent=site["agenda"], listing_image=image, live=False)
    return event, image


def test_publishing_makes_the_renditions_of_the_page_and_its_card(
    client, new_event, django_capture_on_commit_callbacks
):
    event, image = new_event
    assert made_for(image) == set()

    publish_as_editor(event, django_capture_on_commit_callbacks)

    # The page's picture at the top, its card in lists, and the shared-link picture: nothing else.
    assert made_for(image) == specs("card", "page", social=True)
    assert Rendition.objects.filter(image=image).count() == len(specs("card", "page", social=True))


def test_the_first_visitor_of_the_page_and_of_the_agenda_makes_no_rendition(
    client, site, new_event, django_capture_on_commit_callbacks
):
    event, image = new_event
    publish_as_editor(event, django_capture_on_commit_callbacks)
    before = Rendition.objects.count()

    page, page_inserts = first_visit(client, event.url)
    agenda, agenda_inserts = first_visit(client, site["agenda"].url)

    assert page_inserts == [] and agenda_inserts == []
    assert Rendition.objects.count() == before
    # The agenda really shows the event's card with its picture.
    card = image.get_rendition(next(iter(specs("card"))))
    assert event.title in agenda.text and card.url in agenda.text
    assert image.get_rendition(next(iter(specs("page")))).url in page.text


def test_avif_is_made_in_the_task_never_in_a_visitors_request(
    client, new_event, django_capture_on_commit_callbacks
):
    event, image = new_event
    avif = {spec for spec in specs("card", "page") if "format-avif" in spec}

    publish_as_editor(event, django_capture_on_commit_callbacks)
    _response, inserts = first_visit(client, event.url)

    assert avif <= made_for(image)
    assert not any("avif" in sql for sql in inserts) and inserts == []


def test_an_image_in_the_body_is_made_on_publish(client, site, django_capture_on_commit_callbacks):
    image = ImageFactory(title="Erfgoed Deal")
    news = factories.NewsPageFactory(
        parent=site["news"],
        live=False,
        body=[("figure", {"image": image, "caption": "Foto: gemeente Leiden"})],
    )

    publish_as_editor(news, django_capture_on_commit_callbacks)
    _response, inserts = first_visit(client, news.url)

    assert made_for(image) == specs("figure")
    assert inserts == []


def test_a_new_focal_point_makes_new_renditions_for_the_pages_that_show_the_image(
    client, new_event, django_capture_on_commit_callbacks
):
    event, image = new_event
    publish_as_editor(event, django_capture_on_commit_callbacks)
    old = Rendition.objects.filter(image=image).count()

    with django_capture_on_commit_callbacks(execute=True):
        image.set_focal_point(image.get_rect().__class__(0, 0, 10, 10))
        image.save()
    _response, inserts = first_visit(client, event.url)

    renditions = Rendition.objects.filter(image=image)
    assert renditions.count() == 2 * old  # the same shapes again, around the new focal point
    assert inserts == []


def test_the_command_makes_the_renditions_of_existing_pages_once(client, site):
    image = ImageFactory(title="Leiden Bio Science Park")
    body_image = ImageFactory(title="Naturalis")
    # Made without an editor's publish (as an import does): no task has run for them.
    news = factories.NewsPageFactory(
        parent=site["news"],
        listing_image=image,
        body=[("figure", {"image": body_image, "caption": ""})],
    )
    assert made_for(image) == made_for(body_image) == set()

    first = io.StringIO()
    call_command("make_renditions", verbosity=2, stdout=first)

    assert made_for(image) == specs("card", "page", social=True)
    assert made_for(body_image) == specs("figure")
    assert "Leiden Bio Science Park (card, page, social): " in first.getvalue()
    made = len(specs("card", "page", social=True)) + len(specs("figure"))
    assert f"Made {made} renditions of 2 images" in first.getvalue()
    _response, inserts = first_visit(client, news.url)
    assert inserts == []

    before = Rendition.objects.count()
    second = io.StringIO()
    call_command("make_renditions", stdout=second)
    assert Rendition.objects.count() == before
    assert "Made 0 renditions of 2 images" in second.getvalue()


def test_with_the_database_queue_the_worker_makes_the_renditions_after_publishing(
    site, monkeypatch, django_capture_on_commit_callbacks
):
    """Production's set-up: publishing only queues the task; ``db_worker`` makes the pictures."""
    from django_tasks_db.models import DBTaskResult

    image = ImageFactory()
    news = factories.NewsPageFactory(parent=site["news"], listing_image=image, live=False)
    with override_settings(TASKS=DATABASE_QUEUE):
        publish_as_editor(news, django_capture_on_commit_callbacks)
        queued = DBTaskResult.objects.filter(task_path=make_renditions_of_page.module_path)
        assert queued.count() == 1 and queued.get().status == "READY"
        assert made_for(image) == set()

        run_task_worker(monkeypatch)

    task = queued.get()
    assert task.status == "SUCCESSFUL"
    assert made_for(image) == specs("card", "page", social=True)
    assert task.return_value == len(specs("card", "page", social=True))
