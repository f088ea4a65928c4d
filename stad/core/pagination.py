"""One way to paginate every listing: a page past the end is a 404, not a 500."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, queryset, per_page, count=None):
    """The page of ``queryset`` the request asks for. ``count``: the length of the whole list
    when the caller has counted it already (the agenda counts it with its filters' figures),
    so the paginator does not count it again in a query of its own."""
    paginator = Paginator(queryset, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is never counted
    number = request.GET.get("page") or 1
    try:
        return paginator.page(number)
    except InvalidPage as error:
        raise Http404(_("There is no such page in this list.")) from error


def rows_in_order(ids, queryset):
    """The rows of ``queryset`` with the primary keys ``ids``, in the order of ``ids``.

    For long lists: sorting and skipping thousands of rows costs little when only their keys
    are read (paginate ``list.values_list("pk", flat=True)``), and much when every column of
    every row is (a card's rows join the page, its picture and its place); so the page's keys
    come first, then the few rows they name.
    """
    ids = list(ids)
    rows = queryset.in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]
