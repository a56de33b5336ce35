"""Page forms that accept only the pictures, documents, pages and snippets their editor may choose.

Wagtail's choosers list only what the editor may choose, but a page form takes whatever id it is
sent: in a chooser field, an inline row (a highlight's photos), a StreamField block or a link in
rich text. Someone who may choose only from their own collections could post another
collection's id and see that picture or link that document. The form checks every reference it
is given, found the way Wagtail's reference index finds them (`extract_references`), against
what the editor may choose; the ones the page already had stay allowed, so that an editor can
save a page that someone with wider rights illustrated.
"""

import json
from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import get_snippet_models

# A StreamField block's chooser input is named after what it chooses ("body-2-value-page"); a
# rich text link is an entity of the editor's JSON, of these types.
CHOOSER_INPUTS = {"image": "image", "document": "document", "page": "page"}
RICH_TEXT_ENTITIES = {"LINK": "page", "DOCUMENT": "document", "IMAGE": "image"}


def kind_of(model):
    if issubclass(model, get_image_model()):
        return "image"
    if issubclass(model, get_document_model()):
        return "document"
    if issubclass(model, Page):
        return "page"
    return "snippet" if model in get_snippet_models() else None


def references(model, values):
    """(kind, pk) of what the field values of a `model` instance refer to."""
    for name, value in values.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(field, models.ForeignKey):
            pk = value.pk if isinstance(value, models.Model) else value
            found = (
                [] if pk is None or field.remote_field.parent_link else [(field.related_model, pk)]
            )
        elif hasattr(field, "extract_references") and value is not None:
            found = [(ref[0], ref[1]) for ref in field.extract_references(value)]
        else:
            found = []
        for referred_model, pk in found:
            kind = kind_of(referred_model)
            if kind is not None:
                yield kind, referred_model, str(pk)


def references_of_instance(instance):
    values = {
        field.name: getattr(instance, field.attname) for field in instance._meta.concrete_fields
    }
    yield from references(type(instance), values)
    for relation in get_all_child_relations(instance):
        for row in getattr(instance, relation.get_accessor_name()).all():
            yield from references_of_instance(row)


def may_choose(user, kind, model, pk):
    if kind == "page":
        # The page chooser's own rule: Wagtail's construct_page_chooser_queryset hooks narrow
        # it (editorial's hide other people's drafts). They read nothing but request.user.
        pages = Page.objects.filter(pk=pk)
        for narrow in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = narrow(pages, SimpleNamespace(user=user))
        return pages.exists()
    instance = model.objects.filter(pk=pk).first()
    if instance is None:
        return False
    if kind == "snippet":
        label = model._meta
        return any(
            user.has_perm(f"{label.app_label}.{action}_{label.model_name}")
            for action in ("add", "change", "delete", "view")
        )
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_any_permission_for_instance(user, ["choose"], instance)


def link_choosers_only_to_what_user_may_edit(form, user):
    """A chooser links what it holds to its edit view, found without asking who is editing (the
    widget knows no user); someone who may not edit that would be answered "permission denied"."""
    finder = AdminURLFinder(user)
    for name, field in form.fields.items():
        widget = field.widget
        if isinstance(widget, BaseChooser) and widget.show_edit_link:
            chosen = widget.get_instance(form[name].value())
            if chosen is not None and finder.get_edit_url(chosen) is None:
                widget.show_edit_link = False


class ChosenContentPermissionForm(WagtailAdminPageForm):
    """Refuses pictures, documents, pages and snippets that the editor may not choose, and links
    the choosers only to what the editor may edit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.already_chosen = {
            (kind, pk) for kind, _model, pk in references_of_instance(self.instance)
        }
        if self.for_user is not None:
            for form in [self, *(row for rows in self.formsets.values() for row in rows.forms)]:
                link_choosers_only_to_what_user_may_edit(form, self.for_user)

    def submitted_references(self):
        yield from references(self._meta.model, self.cleaned_data)
        for formset in self.formsets.values():
            for form in formset.forms:
                cleaned = getattr(form, "cleaned_data", None)
                if cleaned and not cleaned.get("DELETE"):
                    yield from references(formset.model, cleaned)

    def may_choose(self, kind, model, pk):
        return (
            (kind, pk) in self.already_chosen
            or self.for_user is None
            or may_choose(self.for_user, kind, model, pk)
        )

    def is_valid(self):
        # Here rather than in clean(): the inline rows (formsets) are cleaned after the form.
        valid = super().is_valid()
        if not self.is_bound:
            return valid
        # Also when the form is invalid for another reason: it is shown again either way.
        refused = {
            (kind, pk)
            for kind, model, pk in self.submitted_references()
            if not self.may_choose(kind, model, pk)
        }
        if refused:
            self.forget(refused)
            self.add_error(
                None,
                ValidationError(
                    _(
                        "A picture, document or link on this page is not one you may use. "
                        "Choose it again from the chooser, which shows what you may use."
                    ),
                    code="not_choosable",
                ),
            )
            return False
        return valid

    def forget(self, refused):
        """Take refused items out of the submitted data before the form is shown again: a
        chooser shows the title of what it holds, and a rich text link its address, which are
        not the editor's to read. The form and its inline rows share one copy of the data,
        which is changed in place."""
        if not isinstance(self.data, QueryDict):  # not a submitted form: nothing is shown again
            return
        field_choosers = self.chooser_fields()
        was_mutable = self.data._mutable
        self.data._mutable = True
        for name, values in list(self.data.lists()):
            kind = field_choosers.get(name) or CHOOSER_INPUTS.get(name.rsplit("-", 1)[-1])
            if kind and any((kind, value) in refused for value in values):
                self.data.setlist(name, [""])
            elif any(value.startswith("{") and '"entityMap"' in value for value in values):
                self.data.setlist(name, [without_links(value, refused) for value in values])
        self.data._mutable = was_mutable

    def chooser_fields(self):
        """{input name: kind} of the form's and its inline rows' fields that choose a picture, a
        document or a page, whatever their name ("cover" as much as "photos-0-image")."""
        choosers = {}
        for form in [self, *(row for rows in self.formsets.values() for row in rows.forms)]:
            for name, field in form.fields.items():
                model = getattr(getattr(field, "queryset", None), "model", None)
                kind = kind_of(model) if model is not None else None
                if kind in CHOOSER_INPUTS.values():
                    choosers[form.add_prefix(name)] = kind
        return choosers


def without_links(contentstate, refused):
    """The rich text editor's JSON with its links to refused items unlinked (text kept)."""
    try:
        state = json.loads(contentstate)
    except ValueError:
        return contentstate
    dropped = {
        key
        for key, entity in state.get("entityMap", {}).items()
        if (RICH_TEXT_ENTITIES.get(entity.get("type")), str(entity.get("data", {}).get("id")))
        in refused
    }
    if not dropped:
        return contentstate
    for key in dropped:
        del state["entityMap"][key]
    for block in state.get("blocks", []):
        block["entityRanges"] = [
            entity_range
            for entity_range in block.get("entityRanges", [])
            if str(entity_range.get("key")) not in dropped
        ]
    return json.dumps(state)
