"""What a snippet needs to be changed like a page: drafts, revisions, locking, preview, review.

Partners, venues and the site's chrome are shown on many pages, so a change to one goes through
the same Eindredactie workflow as a page (``manage.py setup_roles`` assigns it).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import translation
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)


class ReviewedSnippet(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    models.Model,
):
    """A translatable snippet whose changes are drafts until a final editor publishes them."""

    # Wagtail finds a snippet's workflow states and revisions through these relations; they are
    # keyed by the base content type so that translations share the workflow of their model.
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )
    preview_template = None  # each model names the template that shows it as visitors would

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_preview_template(self, request, mode_name, **kwargs):
        return self.preview_template

    def serve_preview(self, request, mode_name):
        # In its own language, whatever the editor's admin language: links, dates and labels
        # then show as the visitors of that language will see them.
        with translation.override(self.locale.language_code):
            return super().serve_preview(request, mode_name).render()
