"""The editorial team's roles as Wagtail groups, and the review every change goes through.

- Redacteur (editor): writes and changes pages, images and snippets; submits for review.
- Eindredacteur (moderator): reviews, publishes and unpublishes; manages promoted results.
  Partners, venues and the header and footer go through the same review as pages.
- Vertaler (translator): edits the English pages only (wagtail-localize's translation editor).

``setup_roles()`` is idempotent: it adds what is missing and leaves everything else (other
groups, permissions an administrator added by hand) alone. It runs from ``load_demo_content``
and from ``manage.py setup_roles`` on a real site, once the English home page exists.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from stad.core.models import SiteChrome
from stad.events.models import Venue
from stad.programmes.models import Partner

ALL_PAGES = "all pages"
TRANSLATIONS = "translations"  # the pages of every language but the default one

MEDIA = ("choose_image", "choose_document")
MEDIA_EDITING = MEDIA + ("add_image", "change_image", "add_document", "change_document")
# Snippets whose changes go through the review workflow, like pages.
REVIEWED_SNIPPETS = (Partner, Venue, SiteChrome)
SNIPPETS_VIEW = ("programmes.view_partner", "events.view_venue", "home.view_sitechrome")
SNIPPETS_EDITING = SNIPPETS_VIEW + (
    "programmes.add_partner",
    "programmes.change_partner",
    "events.add_venue",
    "events.change_venue",
    "home.add_sitechrome",
    "home.change_sitechrome",
    # Editors lock what they are working on; publishing stays with the moderators.
    "programmes.lock_partner",
    "events.lock_venue",
    "home.lock_sitechrome",
)
# Partners' feeds (agenda sources): editors add and change them; what they import is reviewed.
EVENT_SOURCES = (
    "event_sources.view_eventsource",
    "event_sources.add_eventsource",
    "event_sources.change_eventsource",
)
SNIPPETS_PUBLISHING = (
    "programmes.publish_partner",
    "programmes.unlock_partner",
    "events.publish_venue",
    "events.unlock_venue",
    "home.publish_sitechrome",
    "home.unlock_sitechrome",
)


@dataclass(frozen=True)
class Role:
    name: str
    pages: tuple
    pages_under: str
    collections: tuple
    permissions: tuple


EDITOR = Role(
    "Redacteur",
    pages=("add_page", "change_page"),
    pages_under=ALL_PAGES,
    collections=MEDIA_EDITING,
    permissions=SNIPPETS_EDITING + EVENT_SOURCES + ("search.view_synonymgroup",),
)
MODERATOR = Role(
    "Eindredacteur",
    pages=EDITOR.pages + ("publish_page", "bulk_delete_page", "lock_page", "unlock_page"),
    pages_under=ALL_PAGES,
    collections=MEDIA_EDITING + ("delete_image", "delete_document"),
    permissions=SNIPPETS_EDITING
    + SNIPPETS_PUBLISHING
    + EVENT_SOURCES
    + (
        "event_sources.delete_eventsource",
        "programmes.delete_partner",
        "events.delete_venue",
        "search.view_synonymgroup",
        "search.add_synonymgroup",
        "search.change_synonymgroup",
        "search.delete_synonymgroup",
        "wagtailsearchpromotions.add_searchpromotion",
        "wagtailsearchpromotions.change_searchpromotion",
        "wagtailsearchpromotions.delete_searchpromotion",
        "wagtail_localize.submit_translation",
    ),
)
TRANSLATOR = Role(
    "Vertaler",
    pages=("add_page", "change_page"),
    pages_under=TRANSLATIONS,
    collections=MEDIA,
    # Snippet permissions cover every language; Wagtail has no per-locale snippet permission.
    # submit_translation: start translations and see Reports → Translation status.
    permissions=SNIPPETS_VIEW
    + (
        "programmes.change_partner",
        "events.change_venue",
        "home.change_sitechrome",
        "wagtail_localize.submit_translation",
    ),
)
ROLES = (EDITOR, MODERATOR, TRANSLATOR)
REVIEW = "Eindredactie"  # the name of the review workflow and its one task


def setup_roles():
    """Create or complete the groups and the review workflow; returns the groups by name."""
    groups = {role.name: setup_role(role) for role in ROLES}
    setup_review(groups[MODERATOR.name])
    return groups


def setup_role(role):
    group, _created = Group.objects.get_or_create(name=role.name)
    group.permissions.add(
        permission("wagtailadmin.access_admin"), *map(permission, role.permissions)
    )
    for page in pages_for(role.pages_under):
        for codename in role.pages:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission(f"wagtailcore.{codename}")
            )
    root_collection = Collection.get_first_root_node()
    for codename in role.collections:
        app = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=permission(f"{app}.{codename}")
        )
    return group


def pages_for(scope):
    if scope == ALL_PAGES:
        return [Page.get_first_root_node()]
    # The home page of every language but the default one: translators work below it.
    return Page.objects.filter(depth=2).exclude(locale=Locale.get_default())


def setup_review(moderators):
    """One workflow on the whole tree and on the reviewed snippets: a change goes live when a
    moderator approves it."""
    task = GroupApprovalTask.objects.filter(name=REVIEW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflow}
    )
    for model in REVIEWED_SNIPPETS:
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow


def permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)
