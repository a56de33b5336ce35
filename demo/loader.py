"""Builds the demo site from demo.content, in Albanian, then translates it.

Every page and snippet is written in Albanian (the source language) and translated into
Serbian (Latin) and English through wagtail-localize's own records: a TranslationSource for
each object, a Translation per target language, and the translated strings imported as a PO
file, exactly as a translator's PO upload would. The translation editor therefore shows the
demo content as translated, and "sync translated pages" works on it.

Running it again creates nothing: every object is looked up before it is made.
"""

import datetime
import uuid
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from core.images import prepare_renditions
from core.models import Footer, NavigationMenu
from demo import content
from demo.images import get_or_create_demo_image
from demo.users import DEMO_PASSWORD, ensure_demo_users
from editorial.roles import setup_roles
from events.models import (
    EventHighlightPage,
    EventHighlightPhoto,
    EventIndexPage,
    EventPage,
    EventSeries,
)
from home.models import HomePage, StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage, ProjectPage

SOURCE_LANGUAGE = "sq"
TARGET_LANGUAGES = ("sr-latn", "en")
BLOCK_ID_NAMESPACE = uuid.UUID("6a1f7c8e-4c1e-4d8b-9a55-2f1f0c3d9e21")


def pick(value, language):
    """The `language` version of demo data: every t() dict is replaced by its text in that language."""
    if isinstance(value, dict):
        if set(value) == {"sq", "sr-latn", "en"}:
            return value[language]
        return {key: pick(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [pick(item, language) for item in value]
    return value


class DemoContentLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.images = {}
        self.pages = {}
        self.created = defaultdict(int)
        self.locales = {}
        self.sources = []  # (demo key, page model, demo data) in tree order

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    # Entry point -------------------------------------------------------------------------

    def load(self):
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code in (SOURCE_LANGUAGE, *TARGET_LANGUAGES)
        }
        self.images = {
            key: get_or_create_demo_image(key, spec) for key, spec in content.IMAGES.items()
        }
        for key, image in self.images.items():
            prepare_renditions(image, self.picture_kinds(key))
        categories = self.load_snippets(
            NewsCategory, content.NEWS_CATEGORIES, lambda item: {"name": item["name"]}
        )
        series = self.load_snippets(
            EventSeries,
            content.EVENT_SERIES,
            lambda item: {"name": item["name"], "description": item["description"]},
        )
        self.build_source_tree(categories, series)
        self.translate_tree()
        self.load_menu_and_footer()
        setup_roles()
        if settings.DEMO_USERS:
            partner_groups = {key: self.pages[key].access.group for key in ("kec", "sbashk")}
            usernames = ensure_demo_users(partner_groups)
            self.log(
                f"Demo accounts (log in at /admin/): {', '.join(usernames)}; "
                f"password for all: {DEMO_PASSWORD}"
            )
        return dict(self.created)

    # Snippets ----------------------------------------------------------------------------

    def load_snippets(self, model, items, fields_of):
        """Albanian snippets with their translations, keyed by the demo key."""
        by_key = {}
        for item in items:
            sq_fields = pick(fields_of(item), SOURCE_LANGUAGE)
            snippet = model.objects.filter(
                locale=self.locales[SOURCE_LANGUAGE], slug=item["key"]
            ).first()
            if snippet is None:
                snippet = model.objects.create(
                    locale=self.locales[SOURCE_LANGUAGE], slug=item["key"], **sq_fields
                )
                self.created[f"{model.__name__} snippets"] += 1
            for language in TARGET_LANGUAGES:
                shadow = model(slug=item["key"], **pick(fields_of(item), language))
                self.translate(snippet, shadow, language)
            by_key[item["key"]] = snippet
        return by_key

    def load_menu_and_footer(self):
        def menu_items(language):
            return [
                self.block(
                    "item",
                    {
                        "page": self.pages[item["page"]].pk,
                        "label": pick(item.get("label", ""), language),
                    },
                    f"menu:{item['page']}",
                )
                for item in content.MENU
            ]

        menu = NavigationMenu.objects.filter(locale=self.locales[SOURCE_LANGUAGE]).first()
        if menu is None:
            menu = NavigationMenu.objects.create(
                locale=self.locales[SOURCE_LANGUAGE], items=menu_items(SOURCE_LANGUAGE)
            )
            menu.save_revision().publish()
            self.created["navigation menus"] += 1
        for language in TARGET_LANGUAGES:
            self.translate(menu, NavigationMenu(items=menu_items(language)), language)

        footer_links = [
            self.block("item", {"page": self.pages[key].pk, "label": ""}, f"footer:{key}")
            for key in ("about", "contact", "partners")
        ]

        def footer_fields(language):
            fields = pick(content.FOOTER, language)
            return {
                "about": fields["about"],
                "address": fields["address"],
                "email": fields["email"],
                "phone": fields.get("phone", ""),
                "links": footer_links,
            }

        footer = Footer.objects.filter(locale=self.locales[SOURCE_LANGUAGE]).first()
        if footer is None:
            footer = Footer.objects.create(
                locale=self.locales[SOURCE_LANGUAGE], **footer_fields(SOURCE_LANGUAGE)
            )
            footer.save_revision().publish()
            self.created["footers"] += 1
        for language in TARGET_LANGUAGES:
            self.translate(footer, Footer(**footer_fields(language)), language)

    # The Albanian page tree --------------------------------------------------------------

    def build_source_tree(self, categories, series):
        home = self.home_page()
        for item in content.STANDARD_PAGES:
            self.page(item["key"], StandardPage, home, item, ["title", "slug", "intro"])
        self.page("news", NewsIndexPage, home, content.NEWS_INDEX, ["title", "slug", "intro"])
        partner_index = self.page(
            "partners", PartnerIndexPage, home, content.PARTNER_INDEX, ["title", "slug", "intro"]
        )
        self.page("events", EventIndexPage, home, content.EVENT_INDEX, ["title", "slug", "intro"])

        for item in content.PARTNERS:
            self.page(
                item["key"],
                PartnerPage,
                partner_index,
                item,
                ["title", "slug", "acronym", "kind", "website", "email", "city", "summary"],
                logo=self.images[item["logo"]],
            )
        project = content.PROJECT
        self.page(
            "project",
            ProjectPage,
            partner_index,
            project,
            ["title", "slug", "intro"],
            start_date=datetime.date.fromisoformat(project["start_date"]),
            end_date=datetime.date.fromisoformat(project["end_date"]),
            children={
                "donors": [{"partner": key} for key in project["donors"]],
                "partners": [
                    {"partner": link["partner"], "role": link["role"]}
                    for link in project["partners"]
                ],
            },
        )
        for item in content.EVENTS:
            start, end = self.event_times(item)
            self.page(
                item["key"],
                EventPage,
                self.pages["events"],
                item,
                [
                    "title",
                    "slug",
                    "all_day",
                    "venue",
                    "city",
                    "online_link",
                    "registration_link",
                    "intro",
                    "listing_image_alt",
                ],
                start=start,
                end=end,
                series=series.get(item.get("series")),
                listing_image=self.images.get(item.get("listing_image")),
                children={
                    "organisers": [{"partner": key} for key in item["organisers"]],
                    "supporters": [{"partner": key} for key in item["supporters"]],
                },
            )
        for item in content.HIGHLIGHTS:
            self.page(
                item["key"],
                EventHighlightPage,
                self.pages[item["event"]],
                item,
                ["title", "slug", "summary"],
                date=datetime.date.fromisoformat(item["date"]),
                posted_by=self.pages[item["posted_by"]],
                children={"photos": self.highlight_photos(item, SOURCE_LANGUAGE)},
            )
        for item in content.NEWS:
            self.page(
                item["key"],
                NewsPage,
                self.pages["news"],
                item,
                ["title", "slug", "intro", "listing_image_alt"],
                date=datetime.date.fromisoformat(item["date"]),
                listing_image=self.images.get(item.get("listing_image")),
                related_event=self.pages.get(item.get("related_event")),
                children={
                    "categories": [{"category": categories[key]} for key in item["categories"]],
                    "related_partners": [{"partner": key} for key in item["partners"]],
                },
            )
        self.publish_source_pages()

    def home_page(self):
        """The Albanian home page, made the default site's root in place of Wagtail's welcome page."""
        sq = self.locales[SOURCE_LANGUAGE]
        home = HomePage.objects.filter(locale=sq).first()
        if home is None:
            root = Page.get_first_root_node()
            fields = pick(content.HOME, SOURCE_LANGUAGE)
            home = HomePage(
                title=fields["title"],
                slug=SOURCE_LANGUAGE,
                locale=sq,
                live=False,
                hero_heading=fields["hero_heading"],
                hero_intro=fields["hero_intro"],
                hero_image=self.images[content.HOME["hero_image"]],
                hero_image_alt=fields["hero_image_alt"],
            )
            root.add_child(instance=home)
            self.created["pages"] += 1
            home._needs_publishing = True
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        elif site.root_page_id != home.pk:
            welcome = site.root_page
            site.root_page = home
            site.save()
            if type(welcome.specific) is Page and not welcome.get_children().exists():
                welcome.delete()
        self.pages["home"] = home
        self.sources.append(("home", HomePage, content.HOME))
        return home

    def page(self, key, model, parent, item, text_fields, children=None, **fields):
        """The Albanian page for demo `key`, created as a draft under `parent` if missing."""
        sq_item = pick(item, SOURCE_LANGUAGE)
        self.sources.append((key, model, item))
        existing = model.objects.child_of(parent).filter(slug=sq_item["slug"]).first()
        if existing:
            self.pages[key] = existing
            return existing
        page = model(
            locale=self.locales[SOURCE_LANGUAGE],
            live=False,
            **{name: sq_item[name] for name in text_fields if name in sq_item},
            **fields,
        )
        for relation, rows in (children or {}).items():
            related_model = page._meta.get_field(relation).related_model
            getattr(page, relation).set(
                [
                    row
                    if isinstance(row, related_model)
                    else related_model(
                        sort_order=position,
                        **{
                            name: self.pages[value] if name == "partner" else value
                            for name, value in row.items()
                        },
                    )
                    for position, row in enumerate(rows)
                ]
            )
        parent.add_child(instance=page)
        page._needs_publishing = True
        self.pages[key] = page
        self.created["pages"] += 1
        return page

    def publish_source_pages(self):
        """Fill in the StreamFields (which may link to any demo page) and publish the new pages."""
        for key, model, item in self.sources:
            page = self.pages[key]
            if not getattr(page, "_needs_publishing", False):
                continue
            for name, value in self.stream_fields(key, model, item, SOURCE_LANGUAGE).items():
                setattr(page, name, value)
            page.live = True
            page.save_revision().publish()

    # Translation through wagtail-localize ------------------------------------------------

    def translate_tree(self):
        for key, model, item in self.sources:
            source_page = self.pages[key]
            for language in TARGET_LANGUAGES:
                translated = pick(item, language)
                if model is HomePage:
                    translated["slug"] = language
                shadow = model(
                    **{
                        name: translated[name]
                        for name in self.translated_text_fields(model)
                        if name in translated
                    },
                    **self.stream_fields(key, model, item, language),
                )
                if model is EventHighlightPage:
                    shadow.photos.set(self.highlight_photos(item, language))
                self.translate(source_page, shadow, language)

    def highlight_photos(self, item, language):
        """The photos of a demo highlight in one language, with stable translation keys."""
        return [
            EventHighlightPhoto(
                translation_key=uuid.uuid5(BLOCK_ID_NAMESPACE, f"{item['key']}:photo:{index}"),
                sort_order=index,
                image=self.images[photo["image"]],
                alt_text=pick(photo["alt_text"], language),
                caption=pick(photo.get("caption", ""), language),
            )
            for index, photo in enumerate(item["photos"])
        ]

    @staticmethod
    def translated_text_fields(model):
        names = {
            "title",
            "slug",
            "intro",
            "summary",
            "acronym",
            "city",
            "venue",
            "listing_image_alt",
            "hero_heading",
            "hero_intro",
            "hero_image_alt",
        }
        return [field.name for field in model._meta.get_fields() if field.name in names]

    def translate(self, instance, shadow, language):
        """Translate `instance` into `language` with the texts of `shadow`, an unsaved copy in that language.

        The two are extracted into segments the same way; strings at the same place (path and
        order within it) are each other's translations.
        """
        locale = self.locales[language]
        if instance.get_translation_or_none(locale) is not None:
            return
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        translation.import_po(self.po_for(translation, instance, shadow))
        with transaction.atomic():
            translation.save_target(publish=True)
        translated = instance.get_translation(locale)
        if isinstance(translated, DraftStateMixin) and (
            not translated.live or translated.has_unpublished_changes
        ):
            # Inside an outer transaction (tests) wagtail-localize's on-commit publish waits for
            # a commit that never comes; publish the revision it saved ourselves.
            translated.get_latest_revision().publish()
        self.created[f"translations into {language}"] += 1

    @staticmethod
    def po_for(translation, instance, shadow):
        def strings_by_path(obj):
            found = defaultdict(list)
            for segment in extract_segments(obj):
                if isinstance(segment, StringSegmentValue):
                    found[segment.path].append(segment.string.data)
            return found

        source_strings = strings_by_path(instance)
        target_strings = strings_by_path(shadow)
        translations = {}
        for path, sources in source_strings.items():
            targets = target_strings.get(path, [])
            if len(targets) != len(sources):
                raise ValueError(
                    f"Demo content for {instance!r} at {path!r}: {len(sources)} source strings "
                    f"but {len(targets)} translated ones; the languages must have the same structure."
                )
            translations.update(
                {(path, source): target for source, target in zip(sources, targets, strict=True)}
            )
        po = translation.export_po()
        for entry in po:
            entry.msgstr = translations.get((entry.msgctxt, entry.msgid), "")
        return po

    @staticmethod
    def picture_kinds(image_key):
        """How the site shows a demo image (see core.images), so its renditions exist up front."""
        if content.IMAGES[image_key]["kind"] == "logo":
            return ["logo"]
        kinds = ["card", "figure"]
        if image_key == content.HOME["hero_image"]:
            kinds.append("hero")
        return kinds

    # Building blocks ---------------------------------------------------------------------

    def block(self, block_type, value, seed):
        return {"type": block_type, "value": value, "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, seed))}

    def stream_fields(self, key, model, item, language):
        names = {
            HomePage: ["body"],
            StandardPage: ["body"],
            PartnerPage: ["body"],
            ProjectPage: ["aims", "activities", "results"],
            EventPage: ["body"],
            EventHighlightPage: ["body"],
            NewsPage: ["body"],
        }.get(model, [])
        fields = {
            name: [
                self.body_block(block, language, f"{key}:{name}:{index}")
                for index, block in enumerate(item.get(name, []))
            ]
            for name in names
        }
        if model is EventHighlightPage:
            fields["quotes"] = [
                self.block("quote", pick(quote, language), f"{key}:quotes:{index}")
                for index, quote in enumerate(item["quotes"])
            ]
        return fields

    def figure(self, value, language):
        return {
            "image": {
                "image": self.images[value["image"]].pk,
                "alt_text": pick(value["alt_text"], language),
                "decorative": False,
            },
            "caption": pick(value.get("caption", ""), language),
        }

    def body_block(self, block, language, seed):
        kind, value = block["type"], block["value"]
        if kind == "figure":
            value = self.figure(value, language)
        elif kind == "call_to_action":
            value = {
                "heading": pick(value["heading"], language),
                "text": pick(value.get("text", ""), language),
                "page": self.pages[value["page"]].pk,
                "url": "",
                "button_label": pick(value["button_label"], language),
            }
        elif kind == "table":
            value = {
                "caption": pick(value["caption"], language),
                "has_header_row": value.get("has_header_row", True),
                "rows": [
                    self.block(
                        "item",
                        [
                            self.block("item", pick(cell, language), f"{seed}:{row}:{column}")
                            for column, cell in enumerate(cells)
                        ],
                        f"{seed}:{row}",
                    )
                    for row, cells in enumerate(value["rows"])
                ],
            }
        else:
            value = pick(value, language)
        return self.block(kind, value, seed)

    # Dates -------------------------------------------------------------------------------

    @staticmethod
    def event_times(item):
        """Aware start and end datetimes, in Kosovo time, for a demo event."""
        zone = timezone.get_default_timezone()
        if "starts_in_days" in item:
            first_day = timezone.localdate() + datetime.timedelta(days=item["starts_in_days"])
            last_day = first_day + datetime.timedelta(days=item["duration_days"] - 1)
            if item["all_day"]:
                start_time, end_time = datetime.time(0, 0), datetime.time(23, 59)
            else:
                start_time = datetime.time.fromisoformat(item["start_time"])
                end_time = datetime.time.fromisoformat(item["end_time"])
            start = datetime.datetime.combine(first_day, start_time)
            end = datetime.datetime.combine(last_day, end_time)
        else:
            start = DemoContentLoader.parse_local(item["start"], end_of_day=False)
            end = DemoContentLoader.parse_local(item["end"], end_of_day=True)
        return timezone.make_aware(start, zone), timezone.make_aware(end, zone)

    @staticmethod
    def parse_local(text, end_of_day):
        if "T" in text:
            return datetime.datetime.fromisoformat(text)
        day = datetime.date.fromisoformat(text)
        return datetime.datetime.combine(
            day, datetime.time(23, 59) if end_of_day else datetime.time(0, 0)
        )


def load_demo_content(stdout=None):
    """Build (or complete) the demo site; returns what was created, by kind."""
    return DemoContentLoader(stdout=stdout).load()
