"""Links that lead to a page here or a web address elsewhere (buttons in the body, footer links)
ask for exactly one of the two, with a message on the web-address field."""

import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from stad.core.blocks import CallToActionBlock
from stad.core.models.chrome import ChromeLinkBlock

LINK_BLOCKS = [CallToActionBlock, ChromeLinkBlock]


def cleaned(block_class, **value):
    block = block_class()
    return block.clean(block.to_python({"text": "Aanmelden", **value}))


@pytest.mark.parametrize("block_class", LINK_BLOCKS)
def test_a_link_with_neither_a_page_nor_an_address_is_refused(db, block_class):
    with pytest.raises(StructBlockValidationError) as refused:
        cleaned(block_class, page=None, url="")
    with translation.override("nl"):  # the message is lazy: it speaks the admin's language
        assert "Kies er precies één" in str(refused.value.block_errors["url"])


@pytest.mark.parametrize("block_class", LINK_BLOCKS)
def test_a_link_with_both_a_page_and_an_address_is_refused(db, site_tree, block_class):
    page = site_tree["StandardPage"]["nl"]
    with pytest.raises(StructBlockValidationError) as refused:
        cleaned(block_class, page=page.pk, url="https://www.leiden.nl/")
    assert "url" in refused.value.block_errors


@pytest.mark.parametrize("block_class", LINK_BLOCKS)
def test_a_link_to_an_address_is_kept(db, block_class):
    assert cleaned(block_class, page=None, url="https://www.leiden.nl/")["url"] == (
        "https://www.leiden.nl/"
    )


def test_a_footer_link_to_an_address_needs_its_words(db):
    with pytest.raises(StructBlockValidationError) as refused:
        cleaned(ChromeLinkBlock, text="", page=None, url="https://www.leiden.nl/")
    assert "text" in refused.value.block_errors
