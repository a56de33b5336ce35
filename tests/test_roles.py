"""setup_roles makes the groups, collections, permissions and workflow of the README, once."""

import importlib

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from demo.users import DEMO_PASSWORD, ensure_demo_users
from editorial.roles import COMMUNICATIONS, REVIEW_TASK, REVIEW_WORKFLOW, TRANSLATORS
from partners.models import PartnerAccess

from . import factories
from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db

PARTNER_GROUPS = {"kec": "Partner: KEC", "sbashk": "Partner: SBASHK", "donor": "Partner: BE"}


def roles_state():
    """Everything setup_roles makes, in full."""
    return {
        "groups": list(Group.objects.order_by("pk").values_list("pk", "name")),
        "group permissions": sorted(
            Group.permissions.through.objects.values_list("group_id", "permission_id")
        ),
        "collections": list(Collection.objects.order_by("pk").values_list("pk", "path", "name")),
        "page permissions": sorted(
            GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")
        ),
        "collection permissions": sorted(
            GroupCollectionPermission.objects.values_list(
                "group_id", "collection_id", "permission_id"
            )
        ),
        "workflows": list(Workflow.objects.order_by("pk").values_list("pk", "name", "active")),
        "tasks": list(GroupApprovalTask.objects.order_by("pk").values_list("pk", "name")),
        "task groups": sorted(
            GroupApprovalTask.groups.through.objects.values_list("groupapprovaltask_id", "group_id")
        ),
        "workflow tasks": list(WorkflowTask.objects.order_by("pk").values_list("pk", "task_id")),
        "workflow pages": list(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "partner access": list(
            PartnerAccess.objects.order_by("pk").values_list(
                "partner_id", "group_id", "image_collection_id", "document_collection_id"
            )
        ),
    }


def model_permissions(group):
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def page_permissions(group):
    return set(group.page_permissions.values_list("page_id", "permission__codename"))


def collection_permissions(group):
    return set(
        group.collection_permissions.values_list(
            "collection__name", "permission__content_type__app_label", "permission__codename"
        )
    )


def test_running_setup_roles_again_changes_nothing():
    before = roles_state()
    assert before["partner access"] and before["page permissions"]
    call_command("setup_roles", verbosity=0)
    call_command("setup_roles", verbosity=0)
    assert roles_state() == before


def test_there_is_a_group_for_communications_translators_and_each_source_partner(tree):
    assert set(Group.objects.values_list("name", flat=True)) == {
        COMMUNICATIONS,
        TRANSLATORS,
        *PARTNER_GROUPS.values(),
    }
    # Named after the partners' Albanian acronyms; translated partner pages get nothing.
    assert set(
        Group.objects.filter(name__startswith="Partner: ").values_list("name", flat=True)
    ) == set(PARTNER_GROUPS.values())
    assert {(access.partner_id, access.group.name) for access in PartnerAccess.objects.all()} == {
        (tree(name).pk, group) for name, group in PARTNER_GROUPS.items()
    }


def test_communications_may_do_everything_everywhere():
    group = Group.objects.get(name=COMMUNICATIONS)
    root = Page.get_first_root_node()
    assert page_permissions(group) == {
        (root.pk, codename)
        for codename in (
            "add_page",
            "change_page",
            "publish_page",
            "bulk_delete_page",
            "lock_page",
            "unlock_page",
        )
    }
    root_collection = Collection.get_first_root_node().name
    assert collection_permissions(group) == {
        (root_collection, app, f"{action}_{model}")
        for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
        for action in ("add", "change", "delete", "choose")
    }
    snippets = {
        f"{app}.{action}_{model}"
        for app, model in (
            ("core", "navigationmenu"),
            ("core", "footer"),
            ("news", "newscategory"),
            ("events", "eventseries"),
        )
        for action in ("add", "change", "delete", "view")
    }
    assert model_permissions(group) == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "events.edit_highlight_details",
        "publications.edit_publication_details",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        "axes.view_accessattempt",
        "axes.delete_accessattempt",
        "core.publish_navigationmenu",
        "core.publish_footer",
        *snippets,
    }


def test_translators_edit_only_the_translated_trees_and_never_publish(tree):
    group = Group.objects.get(name=TRANSLATORS)
    homes = tree.all("home")
    assert page_permissions(group) == {
        (homes[language].pk, "change_page")
        for language in LANGUAGES
        if language != settings.LANGUAGE_CODE
    }
    assert collection_permissions(group) == {
        (Collection.get_first_root_node().name, "wagtailimages", "choose_image"),
        (Collection.get_first_root_node().name, "wagtaildocs", "choose_document"),
    }
    assert model_permissions(group) == {
        "wagtailadmin.access_admin",
        "core.change_navigationmenu",
        "core.view_navigationmenu",
        "core.change_footer",
        "core.view_footer",
    }


def test_each_partner_edits_its_profile_adds_under_events_and_the_library_with_two_collections(
    tree,
):
    kec = tree("kec")
    access = kec.access
    assert access.group.name == "Partner: KEC"
    assert (access.image_collection.name, access.document_collection.name) == (
        "KEC: images",
        "KEC: documents",
    )
    for collection in (access.image_collection, access.document_collection):
        assert collection.get_parent().name == "Partners"
    assert model_permissions(access.group) == {"wagtailadmin.access_admin"}
    assert page_permissions(access.group) == {
        (kec.pk, "change_page"),
        (tree("upcoming_event").pk, "add_page"),
        (tree("past_event").pk, "add_page"),
        (tree("publication_index").pk, "add_page"),
    }
    assert collection_permissions(access.group) == {
        ("KEC: images", "wagtailimages", "add_image"),
        ("KEC: images", "wagtailimages", "change_image"),
        ("KEC: images", "wagtailimages", "choose_image"),
        ("KEC: documents", "wagtaildocs", "add_document"),
        ("KEC: documents", "wagtaildocs", "change_document"),
        ("KEC: documents", "wagtaildocs", "choose_document"),
    }


def test_a_new_partner_page_gets_its_group_and_collections_at_once(tree):
    partner = factories.PartnerPageFactory(
        parent=tree("partner_index"), title="Shoqata e re", acronym="SHR"
    )
    access = PartnerAccess.objects.get(partner=partner)
    assert access.group.name == "Partner: SHR"
    assert (access.image_collection.name, access.document_collection.name) == (
        "SHR: images",
        "SHR: documents",
    )
    assert access.image_collection.get_parent().name == "Partners"
    assert page_permissions(access.group) == {
        (partner.pk, "change_page"),
        (tree("upcoming_event").pk, "add_page"),
        (tree("past_event").pk, "add_page"),
        (tree("publication_index").pk, "add_page"),
    }
    assert {collection for collection, _app, _codename in collection_permissions(access.group)} == {
        "SHR: images",
        "SHR: documents",
    }


def test_translated_partner_pages_and_events_get_no_permissions_of_their_own(tree):
    def translations(*names):
        return [
            tree(name, language).pk
            for name in names
            for language in LANGUAGES
            if language != settings.LANGUAGE_CODE
        ]

    partners = translations("kec", "sbashk", "donor")
    assert not PartnerAccess.objects.filter(partner_id__in=partners).exists()
    events = translations("upcoming_event", "past_event", "publication_index")
    assert not GroupPagePermission.objects.filter(page_id__in=partners + events).exists()
    assert not Group.objects.filter(name__in=["Partner: KEC (en)", "Partner: KEC (sr-latn)"])


def test_a_new_event_is_open_to_every_partner_for_highlights(tree):
    event = factories.EventPageFactory(parent=tree("event_index"), title="Ngjarje e re")
    groups_with_add = set(
        GroupPagePermission.objects.filter(page=event, permission__codename="add_page").values_list(
            "group__name", flat=True
        )
    )
    assert groups_with_add == set(PARTNER_GROUPS.values())
    assert not GroupPagePermission.objects.filter(page=event).exclude(
        permission__codename="add_page"
    )


def test_a_new_library_is_open_to_every_partner_for_publications(tree):
    library = factories.PublicationIndexPageFactory(parent=tree("about"), title="Biblioteka")
    groups_with_add = set(
        GroupPagePermission.objects.filter(
            page=library, permission__codename="add_page"
        ).values_list("group__name", flat=True)
    )
    assert groups_with_add == set(PARTNER_GROUPS.values())
    assert not GroupPagePermission.objects.filter(page=library).exclude(
        permission__codename="add_page"
    )


def test_setup_roles_opens_the_library_to_partners_made_before_it(tree):
    library = tree("publication_index")
    GroupPagePermission.objects.filter(page=library).delete()

    call_command("setup_roles", verbosity=0)

    assert set(
        GroupPagePermission.objects.filter(page=library).values_list(
            "group__name", "permission__codename"
        )
    ) == {(group, "add_page") for group in PARTNER_GROUPS.values()}


def test_review_by_communications_covers_the_whole_site(tree):
    assignment = WorkflowPage.objects.get(page=Page.get_first_root_node())
    workflow = assignment.workflow
    assert workflow.name == REVIEW_WORKFLOW and workflow.active
    task = workflow.tasks.get().specific
    assert task.name == REVIEW_TASK
    assert list(task.groups.values_list("name", flat=True)) == [COMMUNICATIONS]
    names = ("home", "partner_index", "kec", "past_event", "highlight", "article")
    for name in (*names, "publication_index", "publication"):
        for language, page in tree.all(name).items():
            assert page.get_workflow() == workflow, (name, language)


def test_wagtails_default_groups_and_workflow_are_gone_and_stay_gone(admin_client):
    """Wagtail's migrations make Moderators and Editors, with rights over every page and all
    media, and a workflow for them; setup_roles removes them, also when they come back."""
    moderators = Group.objects.create(name="Moderators")
    Group.objects.create(name="Editors")
    GroupPagePermission.objects.create(
        group=moderators, page=Page.get_first_root_node(), permission_type="publish"
    )
    default_task = GroupApprovalTask.objects.create(name="Moderators approval")
    default_task.groups.set([moderators])
    default_workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=default_workflow, task=default_task, sort_order=0)

    call_command("setup_roles", verbosity=0)

    groups = admin_client.get(reverse("wagtailusers_groups:index")).content.decode()
    workflows = admin_client.get(reverse("wagtailadmin_workflows:index")).content.decode()
    tasks = admin_client.get(reverse("wagtailadmin_workflows:task_index")).content.decode()
    assert COMMUNICATIONS in groups and "Moderators" not in groups and "Editors" not in groups
    assert REVIEW_WORKFLOW in workflows and "Moderators approval" not in workflows
    assert REVIEW_TASK in tasks and "Moderators approval" not in tasks
    assert not GroupPagePermission.objects.filter(group__name="Moderators").exists()


def test_a_default_workflow_that_pages_went_through_is_kept_but_switched_off(tree):
    article = tree("article")
    default_workflow = Workflow.objects.create(name="Moderators approval")
    default_workflow.workflow_states.create(
        base_content_type=ContentType.objects.get_for_model(Page),
        content_type=article.content_type,
        object_id=str(article.pk),
        status="approved",
    )

    call_command("setup_roles", verbosity=0)

    default_workflow.refresh_from_db()
    assert not default_workflow.active


def test_demo_accounts_are_enabled_only_by_the_dev_settings():
    assert settings.DEMO_USERS is False  # the test settings, like production, inherit base
    assert importlib.import_module("network_site.settings.base").DEMO_USERS is False
    assert importlib.import_module("network_site.settings.dev").DEMO_USERS is True


def test_demo_accounts_get_one_role_each_and_the_shared_password_once(tree, django_user_model):
    partner_groups = {name: tree(name).access.group for name in ("kec", "sbashk")}
    expected_groups = {
        "komunikimi": COMMUNICATIONS,
        "perkthyesi": TRANSLATORS,
        "partner.kec": "Partner: KEC",
        "partner.sbashk": "Partner: SBASHK",
    }
    assert not django_user_model.objects.filter(username__in=expected_groups).exists()
    assert ensure_demo_users(partner_groups) == list(expected_groups)
    users = {user.username: user for user in django_user_model.objects.all()}
    for username, group in expected_groups.items():
        assert list(users[username].groups.values_list("name", flat=True)) == [group]
        assert users[username].check_password(DEMO_PASSWORD)
        assert not users[username].is_superuser and not users[username].is_staff
    # Running again creates nobody and leaves a changed password alone.
    users["komunikimi"].set_password("changed")
    users["komunikimi"].save()
    count = django_user_model.objects.count()
    assert ensure_demo_users(partner_groups) == list(expected_groups)
    assert django_user_model.objects.count() == count
    assert django_user_model.objects.get(username="komunikimi").check_password("changed")


DEMO_LANGUAGES = {
    "komunikimi": "sq",
    "perkthyesi": "sq",
    "partner.kec": "sq",
    "partner.sbashk": "sr-latn",
}


def test_demo_accounts_read_the_admin_in_their_organisations_language(tree, django_user_model):
    partner_groups = {name: tree(name).access.group for name in ("kec", "sbashk")}
    ensure_demo_users(partner_groups)
    languages = dict(
        UserProfile.objects.filter(user__username__in=DEMO_LANGUAGES).values_list(
            "user__username", "preferred_language"
        )
    )
    assert languages == DEMO_LANGUAGES
