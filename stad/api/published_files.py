"""Which images and documents the public API may list: those a visitor can already see.

Wagtail's API lists every image and document outside restricted collections, so a press photo
uploaded for an embargoed draft was public (by id, title and file address) before its page was.
Here a file is listed only when a live page that anyone may view uses it, directly or through a
snippet that such a page shows (a partner's logo, a venue's picture) and that is itself live.
"Uses" is what Wagtail's reference index records: the same index that answers the admin's
"Usage" tab, kept up to date on every save (in production by the background worker).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField, Q
from django.db.models.functions import Cast
from wagtail.models import DraftStateMixin, Page, ReferenceIndex


def as_keys(queryset):
    """The primary keys of ``queryset`` as the text the reference index stores them as."""
    return queryset.annotate(key=Cast("pk", output_field=CharField())).values("key")


def used_by(rows):
    """The ids of the referenced objects of ``rows`` (all of one model with integer keys)."""
    return rows.annotate(file_id=Cast("to_object_id", output_field=BigIntegerField())).values(
        "file_id"
    )


def listed(queryset):
    """``queryset`` (images or documents) without the files no live public content uses."""
    file_model = queryset.model
    page_type = ContentType.objects.get_for_model(Page)
    file_type = ContentType.objects.get_for_model(file_model)
    # Wagtail's own "anyone may view": live, and under no password, login or group restriction.
    from_public_pages = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=as_keys(Page.objects.live().public())
    )

    holders = Q(pk__in=[])
    for holder_type in (
        ContentType.objects.get_for_id(type_id)
        for type_id in from_public_pages.exclude(to_content_type__in=[page_type, file_type])
        .values_list("to_content_type", flat=True)
        .distinct()
    ):
        holder = holder_type.model_class()
        if holder is None:  # a model removed from the code, still in old index rows
            continue
        shown = from_public_pages.filter(to_content_type=holder_type).values("to_object_id")
        if issubclass(holder, DraftStateMixin):
            shown = as_keys(holder.objects.filter(live=True)).filter(key__in=shown)
        holders |= Q(base_content_type=holder_type, object_id__in=shown)

    direct = from_public_pages.filter(to_content_type=file_type)
    through_snippets = ReferenceIndex.objects.filter(holders, to_content_type=file_type)
    return queryset.filter(Q(pk__in=used_by(direct)) | Q(pk__in=used_by(through_snippets)))
