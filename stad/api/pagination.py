"""Paging with ``?limit=`` and ``?offset=``, with a bound on the offset.

Wagtail passes any offset on to the database, where one beyond a 64-bit integer is an error
(a 500); no listing here comes near a billion items, so a larger offset is a 400.
"""

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

MAX_OFFSET = 1_000_000_000


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            too_far = int(request.GET.get("offset", 0)) > MAX_OFFSET
        except ValueError:
            too_far = False  # Wagtail explains what an offset must be
        if too_far:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)
