"""Each page type can be created under its allowed parents and nowhere else (DESIGN.md tree)."""

import pytest
from wagtail.models import Page

from stad.core.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from stad.events.models import EventIndexPage, EventPage, FestivalPage
from stad.programmes.models import (
    NetworkPage,
    ProgrammeIndexPage,
    ProgrammePage,
    ThemeIndexPage,
    ThemePage,
)

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    NewsIndexPage: {HomePage},
    NewsPage: {NewsIndexPage},
    ProgrammeIndexPage: {HomePage},
    ProgrammePage: {ProgrammeIndexPage},
    NetworkPage: {ProgrammeIndexPage},
    ThemeIndexPage: {HomePage},
    ThemePage: {ThemeIndexPage},
    EventIndexPage: {HomePage},
    FestivalPage: {EventIndexPage},
    EventPage: {EventIndexPage, FestivalPage},
}
PAGE_MODELS = list(ALLOWED_PARENTS)


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_allowed_parent_types_match_the_design(model):
    assert set(model.allowed_parent_page_models()) == ALLOWED_PARENTS[model]


@pytest.mark.parametrize("parent_model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_subpage_types_are_the_inverse_of_parent_types(parent_model):
    expected = {child for child, parents in ALLOWED_PARENTS.items() if parent_model in parents}
    assert set(parent_model.allowed_subpage_models()) == expected


@pytest.mark.parametrize("parent_name", [model.__name__ for model in PAGE_MODELS])
def test_each_type_is_creatable_exactly_under_its_allowed_parents(site_tree, parent_name):
    """Ask Wagtail (as the admin does) which types may be added under a real page of each type.

    Singletons are already present in the tree, so they must be refused everywhere.
    """
    parent = site_tree[parent_name]["nl"]
    singletons = {HomePage, NewsIndexPage, ProgrammeIndexPage, ThemeIndexPage, EventIndexPage}
    for model in PAGE_MODELS:
        may_create = model.can_create_at(parent)
        expected = type(parent) in ALLOWED_PARENTS[model] and model not in singletons
        assert may_create == expected, f"{model.__name__} under {parent_name}"


def test_singletons_allow_one_per_language_at_most(site_tree):
    for model in (HomePage, NewsIndexPage, ProgrammeIndexPage, ThemeIndexPage, EventIndexPage):
        assert model.objects.count() == 2
        assert not model.can_create_at(site_tree["HomePage"]["nl"])


def test_a_language_tree_without_its_index_page_may_get_one_again(db, site_tree):
    """max_count_per_parent, not only max_count, keeps index pages to one per home page:
    once the English news overview is gone, the English home may get one, the Dutch may not."""
    assert NewsIndexPage.max_count_per_parent == 1
    assert NewsIndexPage.max_count == 2
    site_tree["NewsIndexPage"]["en"].delete()
    assert NewsIndexPage.can_create_at(site_tree["HomePage"]["en"])
    assert not NewsIndexPage.can_create_at(site_tree["HomePage"]["nl"])
