"""Every StreamField block renders as semantic HTML in every language, and refuses what it
cannot show."""

import html
import uuid

import pytest
from django.utils.functional import Promise
from wagtail import blocks
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Locale, get_page_models

from core.blocks import CallToActionBlock
from core.translation import translate_object

from . import factories
from .conftest import LANGUAGES
from .site_tree import translated_string

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://video.example.org/watch/school-week"


@pytest.fixture
def cached_embed():
    """The embed the page shows, as Wagtail caches it, so rendering needs no network."""
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html='<iframe title="Java e shkollës" src="https://video.example.org/embed/1"></iframe>',
    )


def in_language(text, language):
    """How the tree's translations say `text` in `language`."""
    return text if language == "sq" else f"{text} ({language})"


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return html.unescape(response.content.decode())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_block_renders_its_text_in_the_readers_language(client, tree, language):
    """The tree's About page has one block of every kind but the embed."""
    about = tree("about", language)

    text = page_html(client, about)

    def t(source):
        return in_language(source, language)

    assert f"<h2>{t('Kush jemi')}</h2>" in text
    assert (
        f'<div class="rich-text"><p>{t("Rrjeti mbron të drejtën e fëmijëve për arsim.")}</p>'
        in text
    )
    assert f'alt="{t("Fëmijë në klasë")}"' in text
    assert f"<figcaption>{t('Një orë mësimi.')}</figcaption>" in text
    assert f"<blockquote><p>{t('Asnjë fëmijë jashtë shkollës.')}</p></blockquote>" in text
    assert f"<figcaption>— {t('Drejtoresha')}</figcaption>" in text
    assert f"<h2>{t('Fotografi')}</h2>" in text
    assert f'<a href="{tree("report").url}">{t("Raporti vjetor")}</a>' in text
    assert (
        f"<h2>{t('Na shkruani')}</h2>" in text and f"<p>{t('Jemi këtu për shkollat.')}</p>" in text
    )
    # The button leads to the Contact page in the reader's language.
    contact = tree("contact", language)
    assert f'<a class="button" href="{contact.url}">{t("Kontakti")}</a>' in text
    assert f"<caption>{t('Braktisja sipas viteve')}</caption>" in text
    # The gallery's photo and the table's cells (their translation: see the next test).
    assert text.count("<picture>") == 2  # the figure and the gallery
    assert text.count('<th scope="col">') == 2 and text.count("<td>") == 4


def list_items(values):
    """ListBlock data as the admin saves it: each item with an id (wagtail-localize needs it)."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def test_gallery_captions_and_table_cells_are_translated(
    client, tree, django_capture_on_commit_callbacks
):
    photo = tree("photo")
    page = factories.StandardPageFactory(
        parent=tree("home"),
        title="Galeria dhe tabela",
        body=[
            {
                "type": "gallery",
                "value": {
                    "heading": "Fotografi",
                    "images": list_items(
                        [
                            {
                                "image": {
                                    "image": photo.pk,
                                    "alt_text": "Mësues në klasë",
                                    "decorative": False,
                                },
                                "caption": "Trajnim për mësuesit.",
                            }
                        ]
                    ),
                },
            },
            {
                "type": "table",
                "value": {
                    "caption": "Braktisja",
                    "has_header_row": True,
                    "rows": list_items(
                        [list_items(["Viti", "Fëmijë"]), list_items(["2024", "nëntëdhjetë"])]
                    ),
                },
            },
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):
        english = translate_object(
            page, Locale.objects.get(language_code="en"), translated_string("en")
        )

    text = page_html(client, english)

    assert 'alt="Mësues në klasë (en)"' in text
    assert "<figcaption>Trajnim për mësuesit. (en)</figcaption>" in text
    assert '<th scope="col">Viti (en)</th>' in text
    assert '<th scope="col">Fëmijë (en)</th>' in text
    assert "<td>nëntëdhjetë (en)</td>" in text


def test_blocks_the_tree_lacks_render_too(client, tree, cached_embed):
    """Subheadings, bold text, several photos, an embed, a document without a label."""
    report = tree("report")
    figure = {
        "image": {"image": tree("photo").pk, "alt_text": "Nxënës në klasë", "decorative": False},
        "caption": "Një orë mësimi",
    }
    page = factories.StandardPageFactory(
        parent=tree("home"),
        title="Të gjitha blloqet",
        body=[
            {"type": "heading", "value": {"text": "Nënseksioni", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Tekst me <b>theks</b>.</p>"},
            {"type": "gallery", "value": {"heading": "", "images": list_items([figure, figure])}},
            {"type": "embed", "value": VIDEO_URL},
            {"type": "document", "value": {"document": report.pk, "label": ""}},
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Bashkohuni",
                    "text": "",
                    "page": None,
                    "url": "https://example.org/bashkohu",
                    "button_label": "Më shumë",
                },
            },
        ],
    )

    text = page_html(client, page)

    assert "<h3>Nënseksioni</h3>" in text
    assert "<p>Tekst me <b>theks</b>.</p>" in text
    assert text.count('alt="Nxënës në klasë"') == 2
    assert text.count("<figcaption>Një orë mësimi</figcaption>") == 2
    assert cached_embed.html in text and f'href="{VIDEO_URL}"' in text
    # Without a label, the link says the document's title.
    assert f'<a href="{report.url}">{report.title}</a>' in text
    assert '<a class="button" href="https://example.org/bashkohu">Më shumë</a>' in text


def test_call_to_action_needs_exactly_one_destination(tree):
    block = CallToActionBlock()
    base = {"heading": "Eja", "text": "", "button_label": "Kliko"}
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(
            block.to_python({**base, "page": tree("home").pk, "url": "https://example.org"})
        )
    assert block.clean(block.to_python({**base, "page": None, "url": "https://example.org"}))
    assert block.clean(block.to_python({**base, "page": tree("about").pk, "url": ""}))


def labelled_blocks(block, path):
    """(path, block) for every block under `block`: children of streams and structs, list items.
    Wagtail's ImageBlock draws its own form (a chooser and the alt text), not its children's."""
    if isinstance(block, ImageBlock):
        return
    children = getattr(block, "child_blocks", None) or {}
    if hasattr(block, "child_block"):
        children = {"item": block.child_block}
    for name, child in children.items():
        yield f"{path}.{name}", child
        yield from labelled_blocks(child, f"{path}.{name}")


def test_every_block_of_every_page_has_a_translatable_label():
    """A block without a label is called after its name in English ("Heading", "Item") on every
    admin screen, whatever the editor's language."""
    unlabelled = [
        path
        for model in get_page_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for path, block in labelled_blocks(field.stream_block, f"{model.__name__}.{field.name}")
        if not isinstance(block.label, Promise)
    ]
    assert unlabelled == []
