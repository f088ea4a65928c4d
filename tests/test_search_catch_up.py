"""A page published while the search cluster does not answer is findable by its new words once
the cluster is back (stad/search/pending.py), and the outage costs one log line per change, not
a traceback. The second test needs the real cluster (make test-stack)."""

import io
import logging
import os
import socket

from django.core.management import call_command
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from config import services
from stad.programmes.models import ProgrammePage
from stad.search.models import PendingIndexUpdate
from tests.services import require


def refused_cluster():
    """Search backends whose cluster is an address where nothing listens."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
    return services.search_backends(f"opensearch://127.0.0.1:{port}")


def publish_new_title(page, title, capture):
    page.title = title
    with capture(execute=True):  # Wagtail queues the index update for after the commit
        page.save_revision().publish()


def test_a_change_the_cluster_missed_is_remembered_without_a_traceback(
    db, site_tree, django_capture_on_commit_callbacks, caplog
):
    page = ProgrammePage.objects.live().first()
    with override_settings(WAGTAILSEARCH_BACKENDS=refused_cluster()):
        with caplog.at_level(logging.INFO):
            publish_new_title(
                page, "Sterrenkijken op de Sterrewacht", django_capture_on_commit_callbacks
            )
        pending = PendingIndexUpdate.objects.get()
        assert pending.content_type.model_class() is ProgrammePage
        assert pending.object_id == str(page.pk)
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert warnings and {r.name for r in warnings} == {"stad.search.pending"}
        assert not any(r.exc_info for r in warnings)  # no traceback

        output, errors = io.StringIO(), io.StringIO()
        call_command("catch_up_search_index", stdout=output, stderr=errors)
    assert PendingIndexUpdate.objects.count() == 1  # still waiting for the cluster
    assert "0 missed changes applied, 1 still waiting" in output.getvalue()
    assert "does not answer yet" in errors.getvalue()


def test_without_a_cluster_nothing_waits(db, site_tree):
    page = ProgrammePage.objects.live().first()
    PendingIndexUpdate.objects.create(content_type=page.content_type, object_id=str(page.pk))
    with override_settings(WAGTAILSEARCH_BACKENDS=services.search_backends(None)):
        call_command("catch_up_search_index", stdout=io.StringIO())
    assert not PendingIndexUpdate.objects.exists()


def test_once_the_cluster_answers_the_missed_change_is_found(
    db, site_tree, django_capture_on_commit_callbacks
):
    require("The search cluster (SEARCH_URL)", bool(os.environ.get("SEARCH_URL")))
    call_command("update_index", stdout=io.StringIO())
    page = ProgrammePage.objects.live().first()
    gone = ProgrammePage.objects.live().exclude(pk=page.pk).first()
    with override_settings(WAGTAILSEARCH_BACKENDS=refused_cluster()):
        publish_new_title(
            page, "Sterrenkijken op de Sterrewacht", django_capture_on_commit_callbacks
        )
        with django_capture_on_commit_callbacks(execute=True):
            gone.unpublish()
    assert PendingIndexUpdate.objects.count() == 2

    output = io.StringIO()
    call_command("catch_up_search_index", stdout=output)
    assert "2 missed changes applied, 0 still waiting" in output.getvalue()
    assert not PendingIndexUpdate.objects.exists()
    cluster = get_search_backend()
    assert [p.pk for p in cluster.search("Sterrewacht", ProgrammePage.objects.all())] == [page.pk]
    assert gone.pk not in [p.pk for p in cluster.search(gone.title, ProgrammePage.objects.live())]
