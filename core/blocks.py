"""StreamField blocks shared by every page type.

Every block keeps its visible text in CharBlock, TextBlock or RichTextBlock children, which
wagtail-localize extracts as translatable segments; that is why the table is built from nested
ListBlocks instead of Wagtail's TableBlock, whose cells wagtail-localize cannot translate.

Every block has a description and a preview, which the block picker shows to editors; previews
render with the site's own stylesheet (templates/wagtailcore/shared/block_preview.html).
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page

from core.localization import localized_pages

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


# Previews show the editors' own newest picture, document or page, where there is one.


def newest_pk(queryset):
    return queryset.order_by("-pk").values_list("pk", flat=True).first()


def preview_figure():
    return {
        "image": {
            "image": newest_pk(get_image_model().objects),
            "alt_text": _("Pupils at their desks in a primary school classroom"),
            "decorative": False,
        },
        "caption": _("A morning lesson in a primary school."),
    }


def preview_gallery():
    return {"heading": _("Photos from the week"), "images": [preview_figure(), preview_figure()]}


def preview_document_link():
    return {
        "document": newest_pk(get_document_model().objects),
        "label": _("Annual report on school dropout"),
    }


def preview_menu_item():
    return {"page": newest_pk(Page.objects.filter(depth__gt=1)), "label": _("About us")}


class PreviewFromDataMixin:
    """A preview value written as stored data, by a function given as `preview_data` in Meta.

    Block.get_preview_value expects values as Python objects, which chooser blocks cannot take
    as plain dicts; stored data names images, documents and pages by id, like a saved page. A
    function, because the newest media are looked up when the preview is shown.
    """

    def get_preview_value(self):
        return self.to_python(self.meta.preview_data())


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
        help_text=_("The page title is the only main heading; sections start at this level."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": _("Why children leave school"), "level": "h2"}


class FigureBlock(PreviewFromDataMixin, blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        description = _("An image with alternative text and an optional caption.")
        preview_data = staticmethod(preview_figure)


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(
        label=_("Said by"),
        required=False,
        max_length=200,
        help_text=_("A role, such as 'Deputy Minister of Education'."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = _("A quotation with the role of the person who said it.")
        preview_value = {
            "text": _("No child should have to choose between work and school."),
            "attribution": _("Head teacher of a primary school"),
        }


class GalleryBlock(PreviewFromDataMixin, blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    images = blocks.ListBlock(FigureBlock(label=_("Photo")), label=_("Photos"), min_num=1)

    class Meta:
        icon = "image"
        template = "blocks/gallery_block.html"
        description = _("Several photos shown as a grid, each with its caption.")
        preview_data = staticmethod(preview_gallery)


class DocumentLinkBlock(PreviewFromDataMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        description = _("A link to download a document, with its type and size.")
        preview_data = staticmethod(preview_document_link)


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or an external address"), required=False)
    button_label = blocks.CharBlock(label=_("Button text"), max_length=80)

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        description = _("A short invitation with a button leading to a page or an address.")
        preview_value = {
            "heading": _("Join the Week for Prevention of School Dropout"),
            "text": _("Schools, teachers and parents are welcome to take part."),
            "url": "#",
            "button_label": _("Take part"),
        }

    def bulk_to_python(self, values):
        # The button leads to the chosen page's translation in the reader's language: one query
        # finds them for every call to action of the stream, where the template's
        # {% localized_url %} would make one per button.
        actions = super().bulk_to_python(values)
        chosen = [action["page"] for action in actions if action["page"] is not None]
        localized = iter(localized_pages(chosen))
        for action in actions:
            action.localized_page = next(localized) if action["page"] is not None else None
        return actions

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or an external address, not both.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value


class TableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=200,
        help_text=_("Says what the table shows; screen readers announce it."),
    )
    has_header_row = blocks.BooleanBlock(
        label=_("The first row holds column headings"), required=False, default=True
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")),
        label=_("Rows"),
        min_num=1,
    )

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        description = _("A simple table of text, with a caption.")
        preview_value = {
            "caption": _("Children out of school, by year"),
            "has_header_row": True,
            "rows": [[_("Year"), _("Children")], ["2023", "1 240"], ["2024", "1 065"]],
        }


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock(label=_("Heading"))
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphs"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Text with bold, italic, lists and links."),
        preview_value=_(
            "<p>Every child has the right to <b>preschool and school</b>. The network works "
            "with schools, municipalities and parents so that none of them drops out.</p>"
        ),
    )
    figure = FigureBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quotation"))
    gallery = GalleryBlock(label=_("Photo gallery"))
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        help_text=_("A video or post address; it loads from the other site only when shown."),
        description=_("A video or a post from another site, shown in the page."),
        template="blocks/embed_block.html",
        # The preview shows the address only: opening the block picker asks nothing of the
        # other site.
        preview_value="https://www.youtube.com/watch?v=example",
        preview_template="blocks/previews/embed_block.html",
    )
    document = DocumentLinkBlock(label=_("Document"))
    call_to_action = CallToActionBlock(label=_("Call to action"))
    table = TableBlock(label=_("Table"))


class MenuItemBlock(PreviewFromDataMixin, blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=60,
        help_text=_("Leave empty to use the page's title in the reader's language."),
    )

    class Meta:
        icon = "link"
        label = _("Menu item")
        template = "blocks/menu_item_block.html"
        description = _("A link to a page of the site, shown in the reader's language.")
        preview_data = staticmethod(preview_menu_item)
