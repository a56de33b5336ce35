"""Builds the demo site from demo.content (see CONTENT_FORMAT.md) in Albanian, then translates it.

Each entry of content.ENTRIES becomes an object in the source language; which of its fields are
texts to translate and which are the same in every language comes from wagtail-localize's
configuration of its model (TranslatableField, SynchronizedField). Each object is then translated
with core.translation.translate_object, through wagtail-localize's own records as a translator's
PO upload would be. Running it again creates nothing: every object is looked up before it is made.
"""

import datetime
import uuid
from collections import Counter, defaultdict

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import models, transaction
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Orderable, Page, Site, TranslatableMixin
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from core.translation import translate_object
from demo import content
from demo.documents import get_or_create_demo_documents, prepare_covers
from demo.images import get_or_create_demo_images
from demo.users import ensure_demo_users
from editorial.roles import setup_roles

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
TARGET_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
# Block ids and the translation keys of inline rows derive from the entry key and their place, so
# that an object and its copy in another language hold each string at the same path.
ID_NAMESPACE = uuid.UUID("6a1f7c8e-4c1e-4d8b-9a55-2f1f0c3d9e21")
NOT_FIELDS = ("key", "model", "parent")


def is_text(value):
    """A t() value: one text per language."""
    return isinstance(value, dict) and value.keys() == set(LANGUAGES)


def translated_fields(model):
    fields = get_translatable_fields(model)
    return {field.field_name for field in fields if isinstance(field, TranslatableField)}


def overridable_fields(model):
    """Fields copied from the source that the model lets a translation give a value of its own.

    Only those the model names itself: wagtail-localize lets translators override most copied
    fields, but a t() on a date or a choice is far more likely a slip than a wish.
    """
    fields = getattr(model, "override_translatable_fields", [])
    return {
        field.field_name
        for field in fields
        if isinstance(field, SynchronizedField) and field.overridable
    }


def field_names(entry, streams=None):
    """The entry's field names: all, only the StreamFields (streams=True) or the others (False)."""
    model = apps.get_model(entry["model"])
    fields = [model._meta.get_field(name) for name in entry if name not in NOT_FIELDS]
    return [field.name for field in fields if streams in (None, isinstance(field, StreamField))]


def strings_by_path(instance):
    found = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            found[segment.path].append(segment.string.data)
    return found


def translations(source, copy):
    """{(path, source string): translation}: the strings of `copy` at the same place as source's."""
    sources, targets = strings_by_path(source), strings_by_path(copy)
    found = {}
    for path, strings in sources.items():
        if len(targets[path]) != len(strings):
            raise ValueError(
                f"Demo content for {source!r} at {path!r}: {len(strings)} source strings but "
                f"{len(targets[path])} translated; the languages must have the same structure."
            )
        found.update(zip(((path, string) for string in strings), targets[path], strict=True))
    return found


class DemoContentLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = Counter()
        self.objects = {}  # entry key: its object in the source language

    def load(self):
        # Wagtail indexes an object's references at each save, several times per page here: once
        # at the end is enough. And a few transactions, not a commit per query (slow in SQLite).
        with disable_reference_index_auto_update():
            with transaction.atomic():
                self.locales = {
                    code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
                }
                heroes = {e["hero_image"]["$image"] for e in content.ENTRIES if "hero_image" in e}
                self.images = get_or_create_demo_images(content.IMAGES, heroes)
                self.documents = get_or_create_demo_documents(content.DOCUMENTS)
                # Fields first, then the StreamFields (which may link to any page), and publish.
                new_entries = [entry for entry in content.ENTRIES if self.get_or_create(entry)]
                self.make_home_the_default_site()
                for entry in new_entries:
                    self.complete(entry)
            for entry in content.ENTRIES:
                with transaction.atomic():  # wagtail-localize publishes translations on commit
                    for language in TARGET_LANGUAGES:
                        self.translate(entry, language)
        # The documents were read when their transaction committed.
        prepare_covers(self.documents.values())
        if self.created:
            call_command("rebuild_references_index", verbosity=0)
        setup_roles()
        if settings.DEMO_USERS:
            groups = {key: self.objects[key].access.group for key in ("kec", "sbashk")}
            ensure_demo_users(groups, self.stdout)
        return dict(self.created)

    # The source language -----------------------------------------------------------------

    def get_or_create(self, entry):
        """Find the entry's object, or create it without its StreamFields; True if created."""
        model = apps.get_model(entry["model"])
        locale = self.locales[SOURCE_LANGUAGE]
        lookup = {"slug": self.resolve(entry["slug"], SOURCE_LANGUAGE)} if "slug" in entry else {}
        if issubclass(model, Page):
            root = Page.get_first_root_node()
            parent = self.objects[entry["parent"]] if entry["parent"] else root
            instance = model.objects.child_of(parent).filter(**lookup).first()
        else:
            parent, instance = None, model.objects.filter(locale=locale, **lookup).first()
        created = instance is None
        if created:
            instance = model(locale=locale)
            self.fill(instance, entry, SOURCE_LANGUAGE, field_names(entry, streams=False))
            if parent:
                instance.live = False
                parent.add_child(instance=instance)
            else:
                instance.save()
            self.created["pages" if parent else f"{model.__name__} snippets"] += 1
        self.objects[entry["key"]] = instance
        return created

    def complete(self, entry):
        """Give a new object its StreamFields, and publish it."""
        instance = self.objects[entry["key"]]
        streams = field_names(entry, streams=True)
        self.fill(instance, entry, SOURCE_LANGUAGE, streams)
        if isinstance(instance, DraftStateMixin):
            instance.live = True
            instance.save_revision().publish()
        elif streams:
            instance.save()

    def make_home_the_default_site(self):
        """The top demo page becomes the default site's root, in place of Wagtail's welcome page."""
        (home,) = (self.objects[e["key"]] for e in content.ENTRIES if e.get("parent", "") is None)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=settings.WAGTAIL_SITE_NAME,
            )
        elif site.root_page_id != home.pk:
            welcome = site.root_page
            site.root_page = home
            site.save()
            if type(welcome.specific) is Page and not welcome.get_children().exists():
                welcome.delete()

    # Translation through wagtail-localize ------------------------------------------------

    def translate(self, entry, language):
        """Translate the entry's object into `language`, with the entry's texts in that language.

        The object and an unsaved copy of its translated fields in `language` are extracted into
        segments alike; strings at the same place (path, order) translate each other. A copied
        field that the entry gives in each language (a logo) is the translation's override.
        """
        model, instance = apps.get_model(entry["model"]), self.objects[entry["key"]]
        existing = instance.get_translation_or_none(self.locales[language])
        # Publishing the original already asked for a draft translation (editorial): only a
        # live translation is done.
        if existing is not None and getattr(existing, "live", True):
            return
        copy, translated = model(), translated_fields(model)
        self.fill(copy, entry, language, [n for n in field_names(entry) if n in translated])
        strings = translations(instance, copy)
        overrides = {
            name: self.resolve(entry[name], language)
            for name in field_names(entry)
            if is_text(entry[name]) and name not in translated
        }
        translate_object(instance, self.locales[language], lambda *place: strings[place], overrides)
        self.created[f"translations into {language}"] += 1

    # From data to field values -----------------------------------------------------------

    def fill(self, instance, values, language, names, seed=None):
        """Set the fields `names` of `instance` from demo data `values`, in `language`."""
        model, seed = type(instance), seed or values["key"]
        takes_texts = translated_fields(model) | overridable_fields(model)
        for name in names:
            value, field = values[name], model._meta.get_field(name)
            if is_text(value) and name not in takes_texts:
                raise ValueError(
                    f"Demo content {seed!r}: wagtail-localize keeps {model.__name__}.{name} the "
                    "same in every language, so it takes one value, not t()."
                )
            if field.one_to_many:  # inline rows, such as a highlight's photos
                rows = [
                    self.row(field.related_model, row, language, f"{seed}:{name}:{index}", index)
                    for index, row in enumerate(value)
                ]
                getattr(instance, name).set(rows)
                continue
            value = self.resolve(value, language, f"{seed}:{name}")
            if isinstance(field, models.DateField) and isinstance(value, str):
                value = field.to_python(value)
            if isinstance(value, datetime.datetime) and timezone.is_naive(value):
                value = timezone.make_aware(value)
            setattr(instance, field.attname, value)

    def row(self, model, values, language, seed, index):
        instance = model()
        if issubclass(model, Orderable):
            instance.sort_order = index
        if issubclass(model, TranslatableMixin):
            instance.translation_key = uuid.uuid5(ID_NAMESPACE, seed)
        self.fill(instance, values, language, list(values), seed)
        return instance

    def resolve(self, value, language, seed=""):
        """Demo data in `language`: texts picked, markers resolved, StreamField block ids added."""
        if isinstance(value, list):
            return [self.resolve(item, language, f"{seed}:{i}") for i, item in enumerate(value)]
        if not isinstance(value, dict):
            return value
        if is_text(value):
            return self.resolve(value[language], language, seed)
        if "$image" in value:
            return self.images[value["$image"]].pk
        if "$document" in value:
            return self.documents[value["$document"]].pk
        if "$page" in value or "$snippet" in value:
            return self.objects[value.get("$page") or value["$snippet"]].pk
        if "$days_from_today" in value:
            day = timezone.localdate() + datetime.timedelta(days=value["$days_from_today"])
            return datetime.datetime.combine(day, datetime.time.fromisoformat(value["time"]))
        resolved = {
            name: self.resolve(item, language, f"{seed}:{name}") for name, item in value.items()
        }
        if "type" in resolved and "value" in resolved:  # a StreamField block
            resolved.setdefault("id", str(uuid.uuid5(ID_NAMESPACE, seed)))
        return resolved


def load_demo_content(stdout=None):
    """Build (or complete) the demo site; returns what was created, by kind."""
    return DemoContentLoader(stdout=stdout).load()
