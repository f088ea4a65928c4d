"""Query filters of the public API, on top of Wagtail's own.

Wagtail's field filter turns some bad values into a 400 but passes others on to the database
(``?price=abc``, ``?date=soon``), where they would end in a 500; here every bad value is a 400.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.utils import BadRequestError, parse_boolean

from stad.events.models import EventOccurrence, EventPage


class CheckedFieldsFilter(FieldsFilter):
    """``?field=value`` filters that answer 400 for a value the field cannot hold."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in fields and name != "locale":
                check_value(queryset.model._meta.get_field(name), name, value)
        return super().filter_queryset(request, queryset, view)


# The largest value an integer column holds on every database we support.
LARGEST_INTEGER = 2**63 - 1


def check_value(field, name, value):
    if isinstance(field, models.ForeignKey):
        field = field.target_field
    if not isinstance(field, (models.Field)) or isinstance(field, models.BooleanField):
        return  # tags, and booleans, which Wagtail checks itself
    try:
        value = field.to_python(value)
    except ValidationError as error:
        raise BadRequestError(f"'{value}' is not a valid value for {name}") from error
    if isinstance(value, int) and abs(value) > LARGEST_INTEGER:
        raise BadRequestError(f"{name} is out of range")


class UpcomingEventsFilter(BaseFilterBackend):
    """``?upcoming=true``: events with a date still to come (or still going on), as the agenda
    lists them; ``?upcoming=false``: events that are over (the agenda's "past" archive)."""

    def filter_queryset(self, request, queryset, view):
        if "upcoming" not in request.GET:
            return queryset
        if not issubclass(queryset.model, EventPage):
            raise BadRequestError("upcoming filter only works with type=events.EventPage")
        try:
            upcoming = parse_boolean(request.GET["upcoming"])
        except ValueError as error:
            raise BadRequestError("upcoming must be true or false") from error
        events_to_come = EventOccurrence.objects.filter(end__gte=timezone.now()).values("event_id")
        if upcoming:
            return queryset.filter(pk__in=events_to_come)
        return queryset.exclude(pk__in=events_to_come)
