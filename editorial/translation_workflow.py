"""How a translation travels from the Albanian original to a live page in another language.

wagtail-localize makes translations and keeps their texts; the rules of this network sit on top:

- Publishing an Albanian page hands its text to translators at once: a draft translation is
  made in every other language that has none, and existing translations are given the new text
  (the status report then shows them out of date).
- A translation takes its address from its translated title unless a translator gave it one.
- Translators save drafts of their work and submit it to the review workflow; they never publish.
- A translation with untranslated texts is not published. Communications may still publish it,
  by a separate action that the page history records with the missing texts.

The translation editor itself is wagtail-localize's; its form posts to the page's edit view,
where `before_edit_page` hooks may answer first. The actions of this module answer there.
"""

import logging

from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.shortcuts import redirect
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as log_action
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin, WorkflowState
from wagtail.signals import page_published, published
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.slugs import readable_slugify
from editorial.roles import is_source_page

logger = logging.getLogger(__name__)

PUBLISHED_INCOMPLETE = "editorial.publish_incomplete_translation"
# How many missing texts a message names; the editor shows the rest.
NAMED_MISSING_TEXTS = 5


# Handing new text to translators ------------------------------------------------------------


def request_translations(instance):
    """Give translators the object's current text, and a draft in every language without one."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translated_locales = set(
        instance.get_translations(inclusive=False).values_list("locale_id", flat=True)
    )
    for locale in Locale.objects.exclude(pk=instance.locale_id):
        if locale.pk in translated_locales:
            continue
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        translation.save_target(publish=False)


def request_translations_safely(instance):
    """Publishing the original must never fail because its translation could not be started:
    the page is then sent for translation by hand ("Translate this page"), and the log says
    why."""
    try:
        with transaction.atomic():
            request_translations(instance)
    except ValidationError:
        logger.exception("Could not start the translations of %r", instance)


@receiver(page_published)
def hand_published_page_to_translators(sender, instance, **kwargs):
    if is_source_page(instance):
        request_translations_safely(instance)


@receiver(published)
def hand_published_snippet_to_translators(sender, instance, **kwargs):
    if (
        isinstance(instance, TranslatableMixin)
        and isinstance(instance, DraftStateMixin)
        and not isinstance(instance, Page)
        and is_source_page(instance)
    ):
        request_translations_safely(instance)


@receiver(post_save, sender=StringTranslation)
def address_from_translated_title(sender, instance, created, raw=False, **kwargs):
    """When a page's title is translated and its slug is not, the slug is made from the title,
    so that /en/… pages have English addresses. A slug that someone translated stays theirs."""
    if raw or instance.has_error or instance.context.path != "title":
        return
    slug_segment = (
        StringSegment.objects.filter(context__object_id=instance.context.object_id)
        .filter(context__path="slug")
        .select_related("context")
        .order_by("-source__last_updated_at")
        .first()
    )
    slug = readable_slugify(instance.data)
    if slug_segment is None or not slug:
        return
    StringTranslation.objects.get_or_create(
        translation_of_id=slug_segment.string_id,
        locale_id=instance.locale_id,
        context=slug_segment.context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "last_translated_by": instance.last_translated_by,
        },
    )


# The translation editor's actions ----------------------------------------------------------


def untranslated_texts(translation):
    """(field label, source text) of every text not yet translated, in the editor's order."""
    model = translation.source.specific_content_type.model_class()
    segments = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string", "context")
        .order_by("order")
    )
    return [(field_label(model, segment.context.path), segment.string.data) for segment in segments]


def field_label(model, path):
    """The name editors know the text's field by: its own, or for a row of photos or quotes
    (a child relation, which has none), the related model's plural."""
    field_name = path.split(".")[0]
    try:
        field = model._meta.get_field(field_name)
    except FieldDoesNotExist:
        return field_name
    label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
    return capfirst(label)


def describe_missing(missing, language):
    named = "; ".join(
        f"{label}: “{Truncator(strip_tags(text)).chars(60)}”"
        for label, text in missing[:NAMED_MISSING_TEXTS]
    )
    if len(missing) > NAMED_MISSING_TEXTS:
        named += " …"
    return ngettext(
        "%(count)d text is not translated into %(language)s yet (%(texts)s).",
        "%(count)d texts are not translated into %(language)s yet (%(texts)s).",
        len(missing),
    ) % {"count": len(missing), "language": language, "texts": named}


def enabled_translation(instance):
    """The wagtail-localize translation whose editor edits `instance`, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def current(instance):
    """The object as stored: the edit views hand hooks a page as its latest draft."""
    if isinstance(instance, Page):
        return Page.objects.get(pk=instance.pk).specific
    return type(instance).objects.get(pk=instance.pk)


def may_publish(user, instance):
    if isinstance(instance, Page):
        return current(instance).permissions_for_user(user).can_publish()
    opts = instance._meta
    return user.has_perm(f"{opts.app_label}.publish_{opts.model_name}")


def back_to_editor(request):
    return redirect(request.path)


def refuse_if_locked(request, instance):
    lock = current(instance).get_lock() if isinstance(instance, Page) else None
    if lock is not None and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return back_to_editor(request)
    return None


def save_draft(request, translation, instance):
    refusal = refuse_if_locked(request, instance)
    if refusal:
        return refusal
    translation.save_target(user=request.user, publish=False)
    messages.success(
        request,
        _("Draft of “%(title)s” in %(language)s saved.")
        % {"title": instance, "language": translation.target_locale.get_display_name()},
    )
    return back_to_editor(request)


def submit_for_review(request, translation, page):
    if not isinstance(page, Page):
        raise PermissionDenied  # snippets here have no review workflow: Communications publish
    language = translation.target_locale.get_display_name()
    missing = untranslated_texts(translation)
    if missing:
        messages.error(
            request,
            _("Not submitted: %(missing)s Translate them first.")
            % {"missing": describe_missing(missing, language)},
        )
        return back_to_editor(request)
    refusal = refuse_if_locked(request, page)
    if refusal:
        return refusal
    translation.save_target(user=request.user, publish=False)
    page = current(page)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    elif state is None:
        workflow = page.get_workflow()
        if workflow is None:
            messages.error(request, _("No review is set up for this page; ask Communications."))
            return back_to_editor(request)
        workflow.start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” in %(language)s was submitted for review.")
        % {"title": page.title, "language": language},
    )
    return back_to_editor(request)


def refuse_incomplete_publishing(request, translation, instance):
    """wagtail-localize publishes whatever is there, untranslated texts in the original
    language; here only a complete translation gets through to it. (Those who may not publish
    are refused by wagtail-localize itself.)"""
    missing = untranslated_texts(translation)
    if not missing or not may_publish(request.user, instance):
        return None
    messages.error(
        request,
        _("Not published: %(missing)s Translate them, or use “Publish with missing texts”.")
        % {"missing": describe_missing(missing, translation.target_locale.get_display_name())},
    )
    return back_to_editor(request)


def publish_incomplete(request, translation, instance):
    """Communications' deliberate choice, recorded in the history with what was missing."""
    if not may_publish(request.user, instance):
        raise PermissionDenied
    missing = untranslated_texts(translation)
    language = translation.target_locale.get_display_name()
    with transaction.atomic():
        translation.save_target(user=request.user, publish=True)
        log_action(
            instance=current(instance),
            action=PUBLISHED_INCOMPLETE,
            user=request.user,
            data={
                "language": translation.target_locale.language_code,
                "untranslated": [{"field": label, "text": text} for label, text in missing],
            },
        )
    messages.warning(
        request,
        _("Published “%(title)s” in %(language)s with missing texts: %(missing)s")
        % {
            "title": instance,
            "language": language,
            "missing": describe_missing(missing, language),
        },
    )
    return back_to_editor(request)


EDITOR_ACTIONS = {
    "save-draft": save_draft,
    "submit-for-review": submit_for_review,
    "publish": refuse_incomplete_publishing,
    "publish-incomplete": publish_incomplete,
}


# Before wagtail-localize's hooks, which hand the edit views over to its translation editor.
@hooks.register("before_edit_page", order=-1)
@hooks.register("before_edit_snippet", order=-1)
def translation_editor_actions(request, instance):
    if request.method != "POST" or request.POST.get("action") not in EDITOR_ACTIONS:
        return None
    translation = enabled_translation(instance)
    if translation is None:
        return None
    return EDITOR_ACTIONS[request.POST["action"]](request, translation, instance)


@hooks.register("before_bulk_action")
def bulk_publishing_leaves_no_gap(request, action_type, objects, action):
    """Publishing pages from a listing goes round the translation editor: the same rule holds."""
    if action_type != "publish":
        return None
    incomplete = [
        str(page)
        for page in objects
        if isinstance(page, Page)
        and (translation := enabled_translation(page)) is not None
        and untranslated_texts(translation)
    ]
    if not incomplete:
        return None
    messages.error(
        request,
        _(
            "Nothing was published: texts are not translated yet in %(pages)s. Open each "
            "translation to finish it, or to publish it with missing texts on purpose."
        )
        % {"pages": ", ".join(f"“{title}”" for title in incomplete)},
    )
    return redirect(action.next_url)


@hooks.register("register_log_actions")
def register_incomplete_publishing(actions):
    @actions.register_action(PUBLISHED_INCOMPLETE)
    class PublishedIncompleteFormatter(LogFormatter):
        label = gettext_lazy("Publish with missing translations")

        def format_message(self, log_entry):
            untranslated = log_entry.data.get("untranslated", [])
            locale = Locale.objects.filter(language_code=log_entry.data.get("language")).first()
            return ngettext(
                "Published in %(language)s with %(count)d text not translated: %(fields)s",
                "Published in %(language)s with %(count)d texts not translated: %(fields)s",
                len(untranslated),
            ) % {
                "language": locale.get_display_name() if locale else "",
                "count": len(untranslated),
                "fields": ", ".join(sorted({item["field"] for item in untranslated})),
            }
