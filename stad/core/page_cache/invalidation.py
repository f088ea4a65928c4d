"""Renew the page cache's generation whenever an editor changes something visitors can see.

Connected in ``CoreConfig.ready``. Which models count is decided by what they are, not by a
list of our apps, so a page type or snippet added later is covered without touching this file:
every page type, every snippet (partners, venues, synonyms, the site's chrome), every setting,
and Wagtail's models that change what a page shows or who may see it.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django_tasks import TaskResultStatus
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks.signals import task_finished
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    Locale,
    Page,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from .generation import renew_after_commit

SHOWN_TO_VISITORS = (
    Page,
    BaseSiteSetting,
    BaseGenericSetting,
    Redirect,
    SearchPromotion,
    AbstractImage,
    AbstractDocument,
    Collection,
    BaseViewRestriction,
    Site,
    Locale,
)

# Saves that only record an editor's work in progress or a file's metadata: a draft revision,
# a lock, the size and hash of an uploaded file. Visitors see none of it.
BOOKKEEPING_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "wagtail_admin_comments",
    "comments",
    "locked",
    "locked_by",
    "locked_at",
    "file_size",
    "file_hash",
}


def is_shown_to_visitors(model):
    # A snippet only editors work with (an agenda source and its import status) says so with
    # ``shown_to_visitors = False``: its saves, hourly for a source, renew nothing.
    if getattr(model, "shown_to_visitors", True) is False:
        return False
    return issubclass(model, SHOWN_TO_VISITORS) or model in get_snippet_models()


def is_draft(instance):
    """A page or snippet saved while not live, such as a new draft: visitors see nothing of it.
    Unpublishing saves it not live too, and sends its own signal (``on_publication``)."""
    return getattr(instance, "live", True) is False


def on_save(sender, instance, update_fields=None, **kwargs):
    if not is_shown_to_visitors(sender) or is_draft(instance):
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    renew_after_commit(f"{sender._meta.label} {instance.pk} saved")


def on_delete(sender, instance, **kwargs):
    if is_shown_to_visitors(sender):
        renew_after_commit(f"{sender._meta.label} {instance.pk} deleted")


def on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and is_shown_to_visitors(type(instance)):
        renew_after_commit(f"{type(instance)._meta.label} {instance.pk} relations changed")


def on_publication(sender, instance, **kwargs):
    # Publishing saves the object too; this also covers a publish that saves nothing new,
    # e.g. a scheduled revision going live.
    renew_after_commit(f"{sender._meta.label} {instance.pk} published or unpublished")


def on_move(sender, instance, **kwargs):
    # Moving and reordering pages rewrite paths with queryset updates, which send no post_save.
    renew_after_commit(f"page {instance.pk} moved")


# Background tasks after which visitors see something new: the search index (search results and
# suggestions) and Wagtail's reference index (which images and documents the API lists). In
# production the worker updates them after the publish has renewed the cache, so a search or a
# listing in between would otherwise keep the old answer.
INDEX_TASKS = {
    "modelsearch.tasks.insert_or_update_object_task",
    "wagtail.tasks.update_reference_index_task",
}


def on_task_finished(sender, task_result, **kwargs):
    # Run at once (development, tests), the index is up to date when the change's own renewal
    # runs; only a worker's update comes later.
    # (The immediate backend sends its class, the database worker its backend instance.)
    if issubclass(sender if isinstance(sender, type) else type(sender), ImmediateBackend):
        return
    if (
        task_result.task.module_path in INDEX_TASKS
        and task_result.status == TaskResultStatus.SUCCESSFUL
    ):
        renew_after_commit(f"index updated ({task_result.task.name} {task_result.args})")


def connect():
    task_finished.connect(on_task_finished, dispatch_uid="page_cache_index_task")
    post_save.connect(on_save, dispatch_uid="page_cache_save")
    post_delete.connect(on_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(on_m2m_change, dispatch_uid="page_cache_m2m")
    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(on_publication, dispatch_uid=f"page_cache_{id(signal)}")
    post_page_move.connect(on_move, dispatch_uid="page_cache_move")
