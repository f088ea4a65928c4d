"""Relevance: realistic queries against the demo site find the page meant within the top five.

Run on every search backend the settings configure: the embedded SQLite index by default; the
OpenSearch node and PostgreSQL's index with `make test-stack`. Recall@5 per backend and
language is printed at the end of the test run (see ``pytest_terminal_summary`` in conftest).
"""

import io
from collections import defaultdict

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.search.backends import get_search_backend

from stad.demo.builder import DemoBuilder
from stad.search import results, synonyms
from stad.search.backends.cluster import LanguageBackendMixin
from tests.conftest import RELEVANCE_FIGURES
from tests.scaffolding import module_fixture

# (language, what a visitor types, title of the page that must be in the top five)
TABLE = [
    # Dutch: inflections, compounds, abbreviations, several words
    ("nl", "lezing gezonde stad", "Lezing: hoe blijft de stad gezond?"),
    ("nl", "kinderen proefjes doen", "Ontdekkersmiddag voor kinderen"),
    ("nl", "ontdekking", "Nacht van Ontdekkingen"),
    ("nl", "biodiversiteit netwerk", "Leiden Biodiversity Network"),
    ("nl", "gratis advies duurzaam huis", "Energieloket"),
    ("nl", "LBSP", "Leiden Bio Science Park"),
    ("nl", "LEF onderwijs", "Leiden Education Fieldlab (LEF)"),
    ("nl", "LHSC", "Leiden Healthy Society Center (LHSC)"),
    ("nl", "studentenwelzijn", "Alliantie Studentenwelzijn"),
    ("nl", "erfgoed groene binnenstad", "Erfgoed Deal Leiden"),
    ("nl", "poëzie pieterskerk", "Poëzie in de Pieterskerk"),
    ("nl", "letterenfestival", "Letterlijk Leiden"),
    ("nl", "overgewicht peuters", "Kenniscafé: tegengaan van overgewicht bij peuters"),
    ("nl", "slapen en studeren", "Science Café Leiden"),
    ("nl", "warmtepomp", "Science Café Leiden"),
    ("nl", "beroepen in de life sciences", "Open middag: werken in het lab"),
    (
        "nl",
        "mbo-studenten introductieweek",
        "Voor het eerst lopen mbo-studenten mee in de introductieweek",
    ),
    ("nl", "vraag het leiden", "Vraag het Leiden neemt het stokje over van Postbus71"),
    ("nl", "toegankelijkheid", "Toegankelijkheidsverklaring"),
    ("nl", "privacy", "Privacyverklaring"),
    ("nl", "festival kunst en wetenschap", "Days of Arts & Science"),
    ("nl", "studenten onderzoek vragen uit de stad", "Leren met de Stad"),
    ("nl", "grachten", "Science Café Leiden"),
    ("nl", "ouderen vitaal", "Kenniscafé: vitaal ouder worden"),
    ("nl", "ECoS", "De nalatenschap van European City of Science"),
    # English: stemming, plurals, abbreviations, several words
    ("en", "lecture healthy city", "Lecture: how does a city stay healthy?"),
    ("en", "experiments for children", "Discovery afternoon for children"),
    ("en", "discoveries", "Night of Discoveries"),
    ("en", "biodiversity network", "Leiden Biodiversity Network"),
    ("en", "free advice sustainable home", "Energieloket energy advice desk"),
    ("en", "LBSP", "Leiden Bio Science Park"),
    ("en", "LEF education", "Leiden Education Fieldlab (LEF)"),
    ("en", "LHSC", "Leiden Healthy Society Center (LHSC)"),
    ("en", "student wellbeing", "Student Wellbeing Alliance"),
    ("en", "greener historic city centre", "Heritage Deal Leiden"),
    ("en", "poetry", "Poetry in the Pieterskerk"),
    ("en", "literature festival", "Letterlijk Leiden literature festival"),
    ("en", "overweight toddlers", "Knowledge café: preventing overweight in toddlers"),
    ("en", "sleeping and studying", "Science Café Leiden"),
    ("en", "heat pumps", "Science Café Leiden"),
    ("en", "careers in life sciences", "Open afternoon: working in the lab"),
    (
        "en",
        "vocational students introduction week",
        "Vocational students join the introduction week for the first time",
    ),
    ("en", "ask leiden", "Ask Leiden takes over from Postbus71"),
    ("en", "accessibility", "Accessibility statement"),
    ("en", "privacy", "Privacy statement"),
    ("en", "arts and science festival", "Days of Arts & Science"),
    ("en", "students researching questions from the city", "Learning with the City"),
    ("en", "canals", "Science Café Leiden"),
    ("en", "healthy ageing", "Knowledge café: healthy ageing"),
    ("en", "ECoS", "The legacy of European City of Science"),
]

# What each backend must reach. SQLite has no stemmer, only prefixes (see search/backends).
REQUIRED_RECALL = {"opensearch": 0.9, "elasticsearch": 0.9, "postgresql": 0.9, "sqlite": 0.8}


def build_indexed_demo():
    DemoBuilder().build()
    # Index as a deploy does: the demo's own index updates wait for a commit that never comes.
    call_command("update_index", stdout=io.StringIO())


indexed_demo = module_fixture(build_indexed_demo)


def backend_name(backend):
    if isinstance(backend, LanguageBackendMixin):  # a cluster: which one its client says
        return type(backend.es).__module__.split(".")[0].removesuffix("py")
    return connection.vendor


def top_five(backend, language, query):
    pages = results.candidates(language)
    ids = results.ranked_ids(backend, query, pages, language, synonyms.alternatives(query))
    return [page.title for page in results.pages_in_order(ids[:5])]


@pytest.mark.parametrize("alias", list(settings.WAGTAILSEARCH_BACKENDS))
def test_recall_at_five(alias, indexed_demo, db):
    backend = get_search_backend(alias)
    backend.refresh_indexes()
    name = backend_name(backend)
    asked, misses = defaultdict(int), defaultdict(list)
    for language, query, title in TABLE:
        asked[language] += 1
        found = top_five(backend, language, query)
        if title not in found:
            misses[language].append(f"{query!r}: wanted {title!r}, got {found}")
    recall = {language: 1 - len(misses[language]) / asked[language] for language in asked}
    RELEVANCE_FIGURES.append((name, recall, [miss for lang in misses for miss in misses[lang]]))
    required = REQUIRED_RECALL.get(name, 0.9)
    assert all(value >= required for value in recall.values()), (recall, dict(misses))


def test_the_table_is_large_enough_in_both_languages():
    per_language = defaultdict(int)
    for language, _query, _title in TABLE:
        per_language[language] += 1
    assert len(TABLE) >= 30 and min(per_language.values()) >= 15
