"""The block picker shows every block with a description and a preview in the site's own style."""

import pytest
from django.urls import reverse

from core.models import NavigationMenu
from events.models import EventHighlightPage
from home.models import StandardPage

pytestmark = pytest.mark.django_db

BODY_BLOCKS = StandardPage._meta.get_field("body").stream_block.child_blocks
PICKER_BLOCKS = {
    **BODY_BLOCKS,
    "highlight quote": EventHighlightPage._meta.get_field("quotes").stream_block.child_blocks[
        "quote"
    ],
    "menu item": NavigationMenu._meta.get_field("items").stream_block.child_blocks["item"],
}


def test_the_body_offers_every_kind_of_block():
    assert set(BODY_BLOCKS) == {
        "heading",
        "paragraph",
        "figure",
        "quote",
        "gallery",
        "embed",
        "document",
        "call_to_action",
        "table",
    }


@pytest.mark.parametrize("name", PICKER_BLOCKS)
def test_every_block_has_a_description_and_a_preview(name):
    block = PICKER_BLOCKS[name]
    assert str(block.get_description()).strip()
    assert block.is_previewable


@pytest.mark.parametrize("name", sorted(set(PICKER_BLOCKS) - {"embed"}))
def test_block_preview_renders_the_block_with_the_site_stylesheet(admin_client, tree, name):
    block = PICKER_BLOCKS[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/css/site.css" in html
    expected = block.render(block.get_preview_value())
    assert expected.strip()
    assert expected in html


def test_media_blocks_preview_the_newest_picture_and_document(admin_client, tree):
    newest_picture = tree("logo")
    figure = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": BODY_BLOCKS["figure"].definition_prefix}
    ).content.decode()
    assert "<picture>" in figure
    assert f"images/{newest_picture.file.name.split('/')[-1].rsplit('.', 1)[0]}" in figure
    document = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": BODY_BLOCKS["document"].definition_prefix}
    ).content.decode()
    assert tree("report").url in document


def test_embed_preview_shows_the_address_without_asking_the_other_site(admin_client, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the preview asked the other site for the embed")

    monkeypatch.setattr("wagtail.embeds.embeds.get_embed", refuse)
    block = BODY_BLOCKS["embed"]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert block.get_preview_value().url in response.content.decode()
