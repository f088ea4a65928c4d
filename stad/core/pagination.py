"""One way to paginate every listing: a page past the end is a 404, not a 500."""

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from stad.core.page_cache.kept import keeping, kept


def paginate(request, queryset, per_page, count=None, rows=None, first_keys=None):
    """The page of ``queryset`` the request asks for.

    ``rows``: where the page's rows are read from, by their keys, after the keys of the whole
    list were sorted and counted in ``queryset`` (see ``rows_in_order``): for long lists.
    Without ``rows`` and with ``first_keys``, the page holds keys only.
    ``first_keys``: the first keys of the list in order, when the caller kept them (the agenda
    keeps them for the other pages of a list); pages beyond them read their own.
    ``count``: the length of the whole list when the caller has counted it already (the agenda
    counts it with its filters' figures), so the paginator does not count it again.
    """
    listed = queryset if rows is None and first_keys is None else KeysFirst(queryset, first_keys)
    paginator = Paginator(listed, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is never counted
    number = request.GET.get("page") or 1
    try:
        page = paginator.page(number)
    except InvalidPage as error:
        raise Http404(_("There is no such page in this list.")) from error
    if rows is not None:
        page.object_list = rows_in_order(page.object_list, rows)
    return page


# The keys of this many pages of a long list are kept (``kept_list``, the agenda's figures):
# later pages (rare) read their own, so an entry stays small and the first visit of a list does
# not read thousands of keys.
KEPT_PAGES = 10


def kept_list(request, name, queryset, per_page, pages=KEPT_PAGES):
    """``count`` and ``first_keys`` for ``paginate``: the length of ``queryset`` and the keys of
    its first ``pages`` pages, kept in the page cache's store for the pages built after this one
    (``page_cache.kept``), or (None, None) with the page cache off.

    For long lists whose order and length change only when an editor publishes (the news): at
    thousands of rows, counting and sorting them is most of a page's work, and it is the same
    for every page of the list and every address that only adds a parameter nobody reads.
    ``name`` must say which list it is (the page and anything that filters it).
    """
    if not keeping(request):
        return None, None

    def work_out():
        keys = list(queryset.values_list("pk", flat=True)[: pages * per_page])
        # A short list is counted by its keys; a long one needs the count of its own.
        count = len(keys) if len(keys) < pages * per_page else queryset.count()
        return {"count": count, "keys": keys}

    # Only editors change the list (a scheduled publish too renews the generation).
    found = kept(request, f"list:{name}", work_out, changes_with_time=False)
    return found["count"], found["keys"]


class KeysFirst:
    """The keys of ``queryset``'s rows, for the paginator: the slices within ``first`` (kept
    earlier) from there, the others read (sorted and cut in SQL)."""

    def __init__(self, queryset, first=None):
        self.queryset = queryset
        self.first = first or []

    def __len__(self):
        return self.queryset.count()

    def __getitem__(self, index):
        if self.first and index.stop is not None and index.stop <= len(self.first):
            return self.first[index]
        return list(self.queryset.values_list("pk", flat=True)[index])


def first_rows(queryset, count, rows):
    """The first ``count`` of ``queryset``, read from ``rows`` by key (see ``rows_in_order``)."""
    return rows_in_order(queryset.values_list("pk", flat=True)[:count], rows)


def rows_in_order(ids, rows):
    """The rows of ``rows`` (a queryset that selects and annotates what a card shows, without
    conditions) with the primary keys ``ids``, in the order of ``ids``.

    For long lists: deciding which rows a list shows (which are live, public, in this agenda,
    upcoming) and sorting and skipping thousands of them costs little when only their keys are
    read, and much when every column of every row is (a card's row joins the page, its picture
    and its place, and a page row holds its whole text). So the keys of the rows shown come
    first, then the few rows they name, by primary key, without deciding again.
    """
    ids = list(ids)
    found = rows.order_by().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
