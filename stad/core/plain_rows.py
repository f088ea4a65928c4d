"""Pages remembered as plain column values (``site_wide.remembered`` keeps only plain data) and
made into objects again for each request with ``Model.from_db``, which reads nothing.

Stream and JSON columns are left out: their values are structures a page could change for the
next visitor, and the pages made this way (the home page routing starts from, an event's
festival) show them rarely; an object reads them from the database when asked.
"""

from django.db.models import JSONField
from wagtail.fields import StreamField


def plain_fields(model):
    """The columns whose values are plain data (no stream or JSON structures to share)."""
    return [
        field.attname
        for field in model._meta.concrete_fields
        if not isinstance(field, StreamField | JSONField)
    ]
