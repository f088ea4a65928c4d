"""One live page of every page type in each language, the pages the browser tests visit."""

from urllib.parse import urljoin

from django.apps import apps
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from stad.demo.screenshots import first_public_page
from tests.factories import PAGE_TYPES

LANGUAGES = ["nl", "en"]

# What a visitor types into the search box on the demo site, with results in both languages.
SEARCH_QUERY = "Leiden"


def page_model(name):
    for app_label in ("home", "programmes", "events"):
        try:
            return apps.get_model(app_label, name)
        except LookupError:
            continue
    raise LookupError(name)


def pages_to_visit(base_url, language):
    """(label, absolute URL) for one page of every type in ``language``, then the search page.

    Translated pages, not untranslated copies (aliases), stand for their type; one untranslated
    copy is added where the language has one, because it renders a notice and a lang change.
    """
    locale = Locale.objects.get(language_code=language)
    visits = []
    for name in PAGE_TYPES:
        page = first_public_page(page_model(name), locale)
        assert page is not None, f"the demo has no live {name} in {language}"
        visits.append((name, urljoin(base_url, page.get_url())))
    untranslated = (
        page_model("EventPage").objects.live().filter(locale=locale, alias_of__isnull=False).first()
    )
    if untranslated is not None:
        visits.append(("untranslated copy", urljoin(base_url, untranslated.get_url())))
    # The agenda's other states: filters in force with an unknown value (chips and a notice),
    # and the past dates.
    agenda = page_model("EventIndexPage").objects.live().get(locale=locale).get_url()
    visits.append(("agenda, filtered", urljoin(base_url, f"{agenda}?free=1&audience=unknown")))
    visits.append(("agenda, past dates", urljoin(base_url, f"{agenda}past/")))
    with translation.override(language):
        search = reverse("search")
    visits.append(("search results", urljoin(base_url, f"{search}?q={SEARCH_QUERY}")))
    return visits
