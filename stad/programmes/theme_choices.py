"""The themes a visitor can narrow a list by (the agenda's theme filter, search's theme menu).

Plain facts of the live, public themes of a language, the same for every visitor, so worked out
once per generation of the page cache (``stad.core.site_wide``): at thousands of pages, finding
the few themes among them costs a scan of the language's pages.
"""

from typing import NamedTuple

from stad.core.site_wide import remembered
from stad.core.visibility import public

from .models import ThemePage


class ThemeChoice(NamedTuple):
    """A theme as a filter needs it: ``page_ids_linked_to`` reads its ``translation_key``."""

    pk: int
    slug: str
    title: str
    translation_key: str


def theme_choices(request, language_code):
    """The live, public themes in ``language_code``, by title."""

    def read():
        themes = public(ThemePage.objects.live().filter(locale__language_code=language_code))
        fields = ("pk", "slug", "title", "translation_key")
        return [ThemeChoice(*row) for row in themes.order_by("title").values_list(*fields)]

    return remembered(request, f"themes:{language_code}", read)
