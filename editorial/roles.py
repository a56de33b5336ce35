"""The groups, collections, permissions and review workflow of DESIGN.md, made idempotently.

`python manage.py setup_roles` runs setup_roles(); so does `load_demo_content`. Creating a
partner page, an event or a publications index in the admin extends them through
editorial.signals.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from events.models import EventPage
from home.models import HomePage
from partners.models import PartnerAccess, PartnerPage
from publications.models import PublicationIndexPage

COMMUNICATIONS = "Communications"
TRANSLATORS = "Translators"
PARTNER_GROUP_PREFIX = "Partner: "
PARTNER_COLLECTIONS = "Partners"
REVIEW_WORKFLOW = "Review by communications"
REVIEW_TASK = "Approval by communications"
# What Wagtail's first migrations make: two groups with rights over every page and all media, and
# a "Moderators approval" workflow for the Moderators.
WAGTAIL_DEFAULT_GROUPS = ["Moderators", "Editors"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

ALL_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
ALL_MEDIA_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
]
SNIPPET_MODELS = ["core.navigationmenu", "core.footer", "news.newscategory", "events.eventseries"]
DRAFTABLE_SNIPPET_MODELS = ["core.navigationmenu", "core.footer"]

COMMUNICATIONS_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "events.edit_highlight_details",
    "publications.edit_publication_details",
    "wagtailredirects.add_redirect",
    "wagtailredirects.change_redirect",
    "wagtailredirects.delete_redirect",
    # Reports → Locked sign-ins: who is locked out after wrong passwords, and unlocking them.
    "axes.view_accessattempt",
    "axes.delete_accessattempt",
    *[
        f"{model.split('.')[0]}.{action}_{model.split('.')[1]}"
        for model in SNIPPET_MODELS
        for action in ("add", "change", "delete", "view")
    ],
    *[f"{model.split('.')[0]}.publish_{model.split('.')[1]}" for model in DRAFTABLE_SNIPPET_MODELS],
]
# Translators translate menus and footers too; they may save drafts but not publish them, and
# editorial.wagtail_hooks keeps them out of the source-language versions.
TRANSLATOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    *[
        f"{model.split('.')[0]}.{action}_{model.split('.')[1]}"
        for model in DRAFTABLE_SNIPPET_MODELS
        for action in ("change", "view")
    ],
]
PARTNER_PERMISSIONS = ["wagtailadmin.access_admin"]
PARTNER_IMAGE_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]
PARTNER_DOCUMENT_PERMISSIONS = [
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def permission(dotted_name):
    app_label, codename = dotted_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_model_permissions(group, dotted_names):
    group.permissions.add(*[permission(name) for name in dotted_names])


def grant_page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission(f"wagtailcore.{codename}")
        )


def grant_collection_permissions(group, collection, dotted_names):
    for name in dotted_names:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission(name)
        )


def source_locale():
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def is_source_page(instance):
    """A page or snippet in the source language that is not an alias of another page."""
    return (
        instance.locale_id == source_locale().id and getattr(instance, "alias_of_id", None) is None
    )


def setup_communications():
    group, _ = Group.objects.get_or_create(name=COMMUNICATIONS)
    grant_model_permissions(group, COMMUNICATIONS_PERMISSIONS)
    grant_page_permissions(group, Page.get_first_root_node(), ALL_PAGE_PERMISSIONS)
    grant_collection_permissions(group, Collection.get_first_root_node(), ALL_MEDIA_PERMISSIONS)
    return group


def setup_translators():
    """Translators edit the translated trees (never the source tree) and choose any media."""
    group, _ = Group.objects.get_or_create(name=TRANSLATORS)
    grant_model_permissions(group, TRANSLATOR_PERMISSIONS)
    for home in HomePage.objects.exclude(locale=source_locale()):
        grant_page_permissions(group, home, ["change_page"])
    grant_collection_permissions(
        group,
        Collection.get_first_root_node(),
        ["wagtailimages.choose_image", "wagtaildocs.choose_document"],
    )
    return group


def partner_collections_root():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=PARTNER_COLLECTIONS).first()
    return existing or root.add_child(name=PARTNER_COLLECTIONS)


@transaction.atomic
def ensure_partner_access(partner):
    """The group and collections of a source-language partner page, made once."""
    existing = PartnerAccess.objects.filter(partner=partner).first()
    if existing:
        return existing
    group, _ = Group.objects.get_or_create(name=f"{PARTNER_GROUP_PREFIX}{partner.acronym}")
    parent = partner_collections_root()
    access = PartnerAccess.objects.create(
        partner=partner,
        group=group,
        image_collection=parent.add_child(name=f"{partner.acronym}: images"),
        document_collection=parent.add_child(name=f"{partner.acronym}: documents"),
    )
    grant_model_permissions(group, PARTNER_PERMISSIONS)
    grant_collection_permissions(group, access.image_collection, PARTNER_IMAGE_PERMISSIONS)
    grant_collection_permissions(group, access.document_collection, PARTNER_DOCUMENT_PERMISSIONS)
    grant_page_permissions(group, partner, ["change_page"])
    for event in EventPage.objects.filter(locale=partner.locale_id, alias_of__isnull=True):
        grant_page_permissions(group, event, ["add_page"])
    for index in PublicationIndexPage.objects.filter(
        locale=partner.locale_id, alias_of__isnull=True
    ):
        grant_page_permissions(group, index, ["add_page"])
    return access


def open_event_to_partners(event):
    """Every partner may post highlights under a source-language event."""
    for access in PartnerAccess.objects.select_related("group"):
        grant_page_permissions(access.group, event, ["add_page"])


def open_publication_index_to_partners(index):
    """Every partner may add publications to the source-language library. Wagtail lets whoever
    adds pages there edit the ones they own, and no others; publishing stays Communications'."""
    for access in PartnerAccess.objects.select_related("group"):
        grant_page_permissions(access.group, index, ["add_page"])


def setup_review_workflow(communications):
    """One review, by Communications, for every page that someone without publish rights edits."""
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.set([communications])
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflow}
    )
    return workflow


def remove_wagtail_defaults():
    """No group keeps rights that nobody here chose; the default workflow goes with its group.

    A workflow or task that pages have already been through is only deactivated, so that their
    history stays readable.
    """
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()
    for model in (Workflow, Task):
        for unused in model.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
            states = unused.workflow_states if model is Workflow else unused.task_states
            if states.exists():
                unused.deactivate()
            else:
                unused.delete()


@transaction.atomic
def setup_roles():
    remove_wagtail_defaults()
    communications = setup_communications()
    setup_translators()
    for partner in PartnerPage.objects.filter(locale=source_locale(), alias_of__isnull=True):
        ensure_partner_access(partner)
    # Also for partners whose access was made before the library existed.
    for index in PublicationIndexPage.objects.filter(locale=source_locale(), alias_of__isnull=True):
        open_publication_index_to_partners(index)
    setup_review_workflow(communications)
