"""Every StreamField block renders as semantic HTML, and refuses what it cannot show."""

import pytest
from wagtail import blocks
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail_factories import DocumentFactory, ImageFactory

from core.blocks import CallToActionBlock

from . import factories

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


def test_a_page_with_every_block_renders_each_one(client, home_pages, cached_embed):
    image = ImageFactory(title="Klasa")
    document = DocumentFactory(title="Raporti vjetor")
    about = home_pages["sq"].get_children().live().first()
    figure = {
        "image": {"image": image.pk, "alt_text": "Nxënës në klasë", "decorative": False},
        "caption": "Një orë mësimi",
    }
    page = factories.StandardPageFactory(
        parent=home_pages["sq"],
        title="Të gjitha blloqet",
        body=[
            {"type": "heading", "value": {"text": "Seksioni i parë", "level": "h2"}},
            {"type": "heading", "value": {"text": "Nënseksioni", "level": "h3"}},
            {"type": "paragraph", "value": "<p>Tekst me <b>theks</b>.</p>"},
            {"type": "figure", "value": figure},
            {
                "type": "quote",
                "value": {
                    "text": "Çdo fëmijë në shkollë.",
                    "attribution": "Zëvendësministrja e Arsimit",
                },
            },
            {"type": "gallery", "value": {"heading": "Foto", "images": [figure, figure]}},
            {"type": "embed", "value": VIDEO_URL},
            {"type": "document", "value": {"document": document.pk, "label": ""}},
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Bashkohuni",
                    "text": "Na shkruani.",
                    "page": about.pk,
                    "url": "",
                    "button_label": "Më shumë",
                },
            },
            {
                "type": "table",
                "value": {
                    "caption": "Anëtarët",
                    "has_header_row": True,
                    "rows": [["Emri", "Roli"], ["KEC", "Themelues"]],
                },
            },
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<h2>Seksioni i parë</h2>" in html and "<h3>Nënseksioni</h3>" in html
    assert "<b>theks</b>" in html
    assert 'alt="Nxënës në klasë"' in html and "<figcaption>Një orë mësimi</figcaption>" in html
    assert "<blockquote><p>Çdo fëmijë në shkollë.</p></blockquote>" in html
    assert "— Zëvendësministrja e Arsimit" in html
    assert html.count('alt="Nxënës në klasë"') == 3
    assert cached_embed.html in html
    assert document.url in html and "Raporti vjetor" in html
    assert f'href="{about.url}"' in html and "Më shumë" in html
    assert "<caption>Anëtarët</caption>" in html
    assert '<th scope="col">Emri</th>' in html and "<td>KEC</td>" in html


def test_call_to_action_needs_exactly_one_destination(home_pages):
    block = CallToActionBlock()
    base = {"heading": "Eja", "text": "", "button_label": "Kliko"}
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(
            block.to_python({**base, "page": home_pages["sq"].pk, "url": "https://example.org"})
        )
    assert block.clean(block.to_python({**base, "page": None, "url": "https://example.org"}))
