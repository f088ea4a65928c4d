"""Every field an editor fills in explains itself in plain language."""

import pytest
from django.apps import apps
from modelcluster.fields import ParentalKey
from wagtail.blocks import StreamBlock, StructBlock
from wagtail.fields import StreamField

from stad.core.blocks import BodyBlock
from stad.core.models import SiteChrome

OUR_APPS = ("home", "programmes", "events", "search")
# Fields Wagtail and wagtail-localize define and document themselves.
INHERITED = {"translation_key", "locale", "sort_order"}
# The publishing and locking fields of Wagtail's DraftStateMixin and LockableMixin (snippets
# under review), which the admin shows with Wagtail's own labels.
INHERITED |= {"go_live_at", "expire_at", "first_published_at", "last_published_at", "locked_at"}


def editor_fields():
    for app_label in OUR_APPS:
        for model in apps.get_app_config(app_label).get_models():
            for field in model._meta.get_fields(include_parents=False):
                concrete = getattr(field, "concrete", False) and not field.auto_created
                if concrete and field.editable and field.name not in INHERITED:
                    if isinstance(field, ParentalKey):
                        continue  # the link to the page it belongs to: set by the admin
                    if field.name.endswith("_ptr"):
                        continue
                    yield pytest.param(model, field, id=f"{model.__name__}.{field.name}")


@pytest.mark.parametrize(("model", "field"), list(editor_fields()))
def test_every_field_has_help_text(model, field):
    assert str(field.help_text).strip(), f"{model.__name__}.{field.name} has no help text"


def child_blocks(block):
    if isinstance(block, StreamBlock | StructBlock):
        for name, child in block.child_blocks.items():
            yield name, child
            yield from child_blocks(child)
    elif hasattr(block, "child_block"):
        yield from child_blocks(block.child_block)


def help_text_of(block):
    field = getattr(block, "field", None)  # field blocks keep it on their form field
    return getattr(block.meta, "help_text", None) or getattr(field, "help_text", None)


def test_body_blocks_explain_themselves():
    # The image chooser, alt text and "decorative" switch come with Wagtail's own labels.
    from_wagtail = {"image", "decorative", "alt_text"}
    unexplained = [
        name
        for name, block in child_blocks(BodyBlock())
        if not help_text_of(block)
        and name not in from_wagtail
        and not isinstance(block, StructBlock)
    ]
    assert unexplained == []


def test_streamfields_use_the_shared_body_block():
    for app_label in OUR_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if model is SiteChrome:
                continue  # its StreamFields are lists of footer and social links, not a body
            for field in model._meta.get_fields():
                if isinstance(field, StreamField):
                    assert isinstance(field.stream_block, BodyBlock), model
