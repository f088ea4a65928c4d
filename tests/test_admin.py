"""Editors can open every page type and snippet in the admin, in both languages."""

import pytest
from django.contrib.auth import get_user_model
from django.utils.html import escape

from tests.factories import PAGE_TYPES


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("redactie", "redactie@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_opens_in_the_editor(editor_client, site_tree, page_type):
    dutch = site_tree[page_type]["nl"]
    response = editor_client.get(f"/admin/pages/{dutch.pk}/edit/")
    assert response.status_code == 200
    assert escape(dutch.title) in response.content.decode()


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_new_pages_of_every_type_can_be_started_under_their_parent(
    editor_client, site_tree, page_type
):
    model = site_tree[page_type]["nl"].specific_class
    parent = site_tree[page_type]["nl"].get_parent()
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    response = editor_client.get(url)
    if model.can_create_at(parent.specific):
        assert response.status_code == 200
    else:  # a singleton that already exists is refused, not broken
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("snippet", ["programmes/partner", "events/venue"])
def test_snippet_listings_open_with_search(editor_client, site_tree, snippet):
    response = editor_client.get(f"/admin/snippets/{snippet}/?q=Zaal")
    assert response.status_code == 200
    if snippet == "events/venue":  # the search really searches: the test venue is found
        assert "Zaal" in response.content.decode()
