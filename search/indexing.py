"""Keeping each page's search document in step with the page as the public sees it.

A page's row holds its live content (drafts live in revisions), so the document is rebuilt from the
row whenever the row is saved, after the transaction commits, as Wagtail does for its own index.
Whether a page is live, public or in which language is read from the page itself at search time,
so unpublishing, moving and restricting a page need nothing here; deleting it deletes its document.
"""

from django.db import transaction
from django.db.models import Manager
from django.db.models.signals import post_migrate, post_save
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.models import Page, get_page_models
from wagtail.search.index import RelatedFields, SearchField

from core.search_signals import page_text_changed
from search.models import SearchDocument
from search.text import index_words


def field_texts(instance, fields):
    """The plain text of each of `fields` (Wagtail search fields) of `instance`, as (name, text)."""
    for field in fields:
        if isinstance(field, SearchField):
            yield field.field_name, plain_text(field.get_value(instance))
        elif isinstance(field, RelatedFields):
            related = field.get_value(instance)
            if isinstance(related, Manager):
                related = related.all()
            elif related is not None:
                related = [related]
            for item in related or ():
                for _name, text in field_texts(item, field.fields):
                    yield field.field_name, text


def plain_text(value):
    """What a field's value says, without markup: StreamFields give a list, rich text HTML."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(plain_text(item) for item in value)
    return strip_tags(force_str(value))


def index_page(page):
    """Write the search document of one page, given as its specific type, from its saved row."""
    texts = list(field_texts(page, page.get_search_fields()))
    title = index_words(page.title)
    words = index_words(" ".join(text for _name, text in texts if text))
    # A space before the first word too, so that every word is found as " " + its start.
    document, _created = SearchDocument.objects.update_or_create(
        page=page, defaults={"title": f" {title}", "words": f" {words}"}
    )
    document.refresh_vector(page.locale.language_code)


def index_saved_page(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not changes_searched_text(instance, update_fields):
        return
    transaction.on_commit(lambda: index_page_if_present(instance.pk))


def changes_searched_text(page, update_fields):
    """Whether a save can change what the page's document holds. Wagtail saves a page's row with
    `update_fields` for bookkeeping (a draft's revision, locking, unpublishing), which leaves the
    live text alone: such saves, the commonest in the editors' day, need no indexing."""
    if update_fields is None:
        return True
    searched = {
        field.field_name
        for field in page.get_search_fields()
        if isinstance(field, SearchField | RelatedFields)
    }
    return not searched.isdisjoint(update_fields)


def index_page_if_present(page_id):
    # The page may have been deleted by the time the transaction that saved it commits.
    page = Page.objects.filter(pk=page_id).specific().select_related("locale").first()
    if page is not None:
        index_page(page)


def index_pages(pages):
    """Index every page of a queryset of pages, in batches; returns how many."""
    count = 0
    specific_pages = pages.exclude(depth=1).specific().select_related("locale").order_by("pk")
    for page in specific_pages.iterator(chunk_size=200):
        index_page(page)
        count += 1
    return count


def index_pages_whose_text_changed(sender, pages, **kwargs):
    """Text kept outside the pages' rows changed, such as a publication's file text."""
    index_pages(pages)


def index_unindexed_pages(sender, using, **kwargs):
    """After `migrate`: pages saved before this index existed, or whose indexing never ran."""
    index_pages(Page.objects.using(using).filter(search_document__isnull=True))


def connect_signals(app_config):
    for model in get_page_models():
        post_save.connect(
            index_saved_page, sender=model, dispatch_uid=f"search-{model._meta.label}"
        )
    page_text_changed.connect(index_pages_whose_text_changed, dispatch_uid="search-page-text")
    # Sent once per app: the search app's is the one sent when its table surely exists.
    post_migrate.connect(index_unindexed_pages, sender=app_config)
