"""What a page links to through its orderable link objects (themes, partners), as the visitor
reads it: in the active language, as plain facts (a label and an address).

Links stored on a translated page keep pointing at the Dutch theme or partner (wagtail-localize
copies them); the visitor sees the version in their language where a live one exists, else the
linked one when it is live, else nothing: a link to a theme taken offline would be a 404, and a
partner in review is shown nowhere.

The linked objects are few (a dozen themes, some dozens of partners) and every page shares them,
while the pages that link to them are thousands. With the page cache on, the facts of all live
ones are worked out once per generation (``site_wide.remembered``: any publish or snippet change
renews it), so a page built afresh reads only its own links' keys, one light query per kind of
link. With it off, only the linked objects are read.
"""

from typing import NamedTuple

from django.utils import translation
from wagtail.models import Page

from stad.core.page_cache.kept import keeping
from stad.core.site_wide import remembered
from stad.core.visibility import public

CACHE_ATTRIBUTE = "_linked"


class Linked(NamedTuple):
    """A theme or partner as a page shows it: ``label`` (its title or name) and ``url`` (the
    theme's address, the partner's website; may be empty)."""

    label: str
    url: str


def linked(request, page, relation, field):
    """What ``page``'s links in ``relation`` (``"partner_links"``) point at through ``field``
    (``"partner"``), in the editors' order, in the active language; none when its type has
    no such links (a festival names partners, not themes). Read once per page object: the
    page's template and its schema.org data share them."""
    if not hasattr(page, relation):
        return []
    cache = page.__dict__.setdefault(CACHE_ATTRIBUTE, {})
    language = translation.get_language()
    if (relation, language) not in cache:
        links = getattr(page, relation).values_list(
            f"{field}__translation_key", f"{field}__locale__language_code"
        )
        links = list(links)
        model = page._meta.get_field(relation).related_model._meta.get_field(field).related_model
        if keeping(request):
            facts = remembered(
                request, f"linked:{model._meta.label}", lambda: facts_of(model, request)
            )
        else:
            facts = facts_of(model, request, {key for key, _language in links})
        shown = (
            facts.get((str(key), language)) or facts.get((str(key), own)) for key, own in links
        )
        cache[relation, language] = [item for item in shown if item is not None]
    return cache[relation, language]


def facts_of(model, request, keys=None):
    """{(translation key, language code): Linked} of the live objects of ``model`` (public ones
    for pages), in every language; only those with ``keys`` when given."""
    objects = model.objects.filter(live=True).select_related("locale")
    if keys is not None:
        objects = objects.filter(translation_key__in=keys)
    if issubclass(model, Page):
        objects = public(objects)
        labelled = ((item, item.title, item.get_url(request) or "") for item in objects)
    else:
        labelled = ((item, *item.linked_as()) for item in objects)
    return {
        (str(item.translation_key), item.locale.language_code): Linked(label, url)
        for item, label, url in labelled
    }
