"""Page forms that accept only the pictures and documents their editor may choose.

Wagtail's choosers list only what the editor may choose, but a page form takes whatever id it is
sent: in a chooser field, an inline row (a highlight's photos) or a StreamField block. Someone
who may choose only from their own collections could post another collection's id and see that
picture or link that document. The form checks every picture and document it is given against
Wagtail's "choose" permission; the ones the page already had stay allowed, so that an editor can
save a page that someone with wider rights illustrated.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

CHOSEN_MODELS = (get_image_model(), get_document_model())


def media_in_value(value):
    """Pictures and documents in a field value, however deep a StreamField holds them."""
    if isinstance(value, CHOSEN_MODELS):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from media_in_value(child.value)
    elif isinstance(value, StructValue | dict):
        for item in value.values():
            yield from media_in_value(item)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            yield from media_in_value(item)


def media_of_instance(instance):
    """The pictures and documents a page (or one of its inline rows) holds now."""
    for field in instance._meta.concrete_fields:
        if isinstance(field, models.ForeignKey) and field.related_model in CHOSEN_MODELS:
            chosen = getattr(instance, field.name, None)
            if chosen is not None:
                yield chosen
        elif isinstance(field, StreamField):
            yield from media_in_value(getattr(instance, field.name))
    for relation in get_all_child_relations(instance):
        for row in getattr(instance, relation.get_accessor_name()).all():
            yield from media_of_instance(row)


def key(chosen):
    return type(chosen)._meta.label, chosen.pk


class ChosenMediaPermissionForm(WagtailAdminPageForm):
    """Refuses pictures and documents that the editor may not choose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.media_already_chosen = {key(chosen) for chosen in media_of_instance(self.instance)}

    def submitted_media(self):
        for value in self.cleaned_data.values():
            yield from media_in_value(value)
        for formset in self.formsets.values():
            for form in formset.forms:
                if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE"):
                    for value in form.cleaned_data.values():
                        yield from media_in_value(value)

    def may_choose(self, chosen):
        if key(chosen) in self.media_already_chosen or self.for_user is None:
            return True
        policy = policy_registry.get_by_type(type(chosen))
        return policy.user_has_any_permission_for_instance(self.for_user, ["choose"], chosen)

    def is_valid(self):
        # Here rather than in clean(): the inline rows (formsets) are cleaned after the form.
        valid = super().is_valid()
        if not self.is_bound:
            return valid
        # Also when the form is invalid for another reason: it is shown again either way.
        refused = [chosen for chosen in self.submitted_media() if not self.may_choose(chosen)]
        if refused:
            self.forget(refused)
            self.add_error(
                None,
                ValidationError(
                    _(
                        "A picture or document on this page is not one you may use. Choose it "
                        "again from the chooser, which shows what you may use."
                    ),
                    code="media_not_choosable",
                ),
            )
            return False
        return valid

    def forget(self, refused):
        """Empty the chooser inputs that hold refused items before the form is shown again: a
        chooser shows the title of what it holds, and those titles are not the editor's to read.

        The inputs of image and document choosers, in fields, inline rows and blocks alike, are
        named after the chooser ("photos-0-image", "body-2-value-document"), and the form and its
        inline rows share one copy of the submitted data, which is changed in place.
        """
        refused_ids = {"image": set(), "document": set()}
        for chosen in refused:
            kind = "image" if isinstance(chosen, CHOSEN_MODELS[0]) else "document"
            refused_ids[kind].add(str(chosen.pk))
        was_mutable = getattr(self.data, "_mutable", True)
        self.data._mutable = True
        for name, values in list(self.data.lists()):
            kind = name.rsplit("-", 1)[-1]
            if kind in refused_ids and refused_ids[kind] & set(values):
                self.data.setlist(name, [""])
        self.data._mutable = was_mutable
