"""The page tree of DESIGN.md as an editor meets it in the admin: what "Add child page" offers
under each page, what the admin refuses, and one home page and one overview per language.

The expectations are written out here from the design, not read from the models, so that a
changed ``parent_page_types``, ``subpage_types`` or ``max_count`` shows up as a failing test.
"""

import re

import pytest
from django.urls import reverse
from wagtail.models import Page

# What "Add child page" offers under a page of each type in a full tree, in which every overview
# (programmes, themes, agenda, news) already exists once per language.
OFFERED_UNDER = {
    "HomePage": {"home.standardpage"},
    "StandardPage": {"home.standardpage"},
    "NewsIndexPage": {"home.newspage"},
    "NewsPage": set(),
    "ProgrammeIndexPage": {"programmes.programmepage", "programmes.networkpage"},
    "ProgrammePage": set(),
    "NetworkPage": set(),
    "ThemeIndexPage": {"programmes.themepage"},
    "ThemePage": set(),
    "EventIndexPage": {"events.festivalpage", "events.eventpage"},
    "FestivalPage": {"events.eventpage"},
    "EventPage": set(),
}

# (page type, a parent it may not live under) — each refused by the admin's create view.
WRONG_PARENTS = [
    ("events.eventpage", "NewsIndexPage"),
    ("events.eventpage", "EventPage"),
    ("events.festivalpage", "FestivalPage"),
    ("events.festivalpage", "HomePage"),
    ("home.newspage", "EventIndexPage"),
    ("home.standardpage", "NewsIndexPage"),
    ("home.homepage", "HomePage"),
    ("programmes.themepage", "HomePage"),
    ("programmes.programmepage", "ThemeIndexPage"),
    ("programmes.networkpage", "StandardPage"),
    ("home.newsindexpage", "StandardPage"),
]

OVERVIEWS = {
    "home.newsindexpage": "NewsIndexPage",
    "programmes.programmeindexpage": "ProgrammeIndexPage",
    "programmes.themeindexpage": "ThemeIndexPage",
    "events.eventindexpage": "EventIndexPage",
}


def refused(response):
    """Wagtail answers a refused admin request by sending the editor to the dashboard with
    "Sorry, you do not have permission to access this area."."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def offered(client, parent):
    """The page types ("app.model") that the admin offers to add under ``parent``."""
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    if refused(response):  # a page that may have no children at all
        return set()
    if response.status_code == 302:  # with a single choice, Wagtail opens its form at once
        links = [response["Location"]]
    else:
        assert response.status_code == 200
        links = re.findall(r'href="(/admin/pages/add/[^"]+)"', response.content.decode())
    pattern = rf"/admin/pages/add/(\w+)/(\w+)/{parent.pk}/"
    return {".".join(re.match(pattern, link).groups()) for link in links}


def refuses_to_start(client, page_type, parent):
    """Whether the admin refuses both to open the form for a new ``page_type`` under ``parent``
    and to save one posted there, and no page was made."""
    pages_before = Page.objects.count()
    url = f"/admin/pages/add/{page_type.replace('.', '/')}/{parent.pk}/"
    opened = client.get(url)
    saved = client.post(url, {"title": "Nieuw", "slug": "nieuw", "action-publish": "1"})
    return refused(opened) and refused(saved) and Page.objects.count() == pages_before


@pytest.mark.parametrize("parent_type", list(OFFERED_UNDER))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_add_child_page_offers_what_the_design_allows(
    admin_client, site_tree, parent_type, language
):
    assert offered(admin_client, site_tree[parent_type][language]) == OFFERED_UNDER[parent_type]


@pytest.mark.parametrize(("page_type", "parent_type"), WRONG_PARENTS)
def test_the_admin_refuses_a_page_type_under_a_wrong_parent(
    admin_client, site_tree, page_type, parent_type
):
    assert refuses_to_start(admin_client, page_type, site_tree[parent_type]["nl"])


def test_one_home_page_per_language(admin_client, site_tree):
    root = Page.get_first_root_node()
    assert offered(admin_client, root) == set()
    assert refuses_to_start(admin_client, "home.homepage", root)
    # Once the English home is gone, its language may get a home page again.
    site_tree["HomePage"]["en"].delete()
    assert offered(admin_client, root) == {"home.homepage"}


@pytest.mark.parametrize("overview", list(OVERVIEWS))
def test_one_overview_of_each_kind_per_language(admin_client, site_tree, overview):
    dutch_home, english_home = (site_tree["HomePage"][language] for language in ("nl", "en"))
    assert refuses_to_start(admin_client, overview, dutch_home)
    assert refuses_to_start(admin_client, overview, english_home)
    # Without its English overview, the English home may get one again; the Dutch still may not.
    site_tree[OVERVIEWS[overview]]["en"].delete()
    assert overview in offered(admin_client, english_home)
    assert overview not in offered(admin_client, dutch_home)
    assert refuses_to_start(admin_client, overview, dutch_home)
