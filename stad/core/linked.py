"""What a page links to through its orderable link objects (themes, partners), as the visitor
reads it: in the active language, in two queries per kind of link however many there are.

Links stored on a translated page keep pointing at the Dutch theme or partner (wagtail-localize
copies them); the visitor sees the version in their language where a live one exists. Asking
each linked object for ``.localized`` would cost three queries per link.
"""

from django.utils import translation

CACHE_ATTRIBUTE = "_linked_targets"


def linked_targets(page, relation, field):
    """The objects ``page``'s links in ``relation`` (such as ``"partner_links"``) point at
    through ``field`` (``"partner"``), in the editors' order, as stored; none when its type
    has no such links (a festival names partners, not themes). Read once per page object:
    the page's template and its schema.org data share them."""
    if not hasattr(page, relation):
        return []
    cache = page.__dict__.setdefault(CACHE_ATTRIBUTE, {})
    if relation not in cache:
        links = getattr(page, relation).all().select_related(field, f"{field}__locale")
        cache[relation] = [getattr(link, field) for link in links]
    return cache[relation]


def in_active_language(objects):
    """Each of ``objects`` (translatable pages or snippets of one model, their ``locale``
    loaded) as its live translation in the active language, or as it is without one."""
    language = translation.get_language()
    elsewhere = [item for item in objects if item.locale.language_code != language]
    if not elsewhere:
        return list(objects)
    model = type(elsewhere[0])
    translations = {
        item.translation_key: item
        for item in model.objects.filter(
            translation_key__in={item.translation_key for item in elsewhere},
            locale__language_code=language,
            live=True,
        )
    }
    return [translations.get(item.translation_key, item) for item in objects]
