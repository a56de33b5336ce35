"""setup_roles makes the groups, collections, permissions and workflow of DESIGN.md, once."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)

from editorial.roles import COMMUNICATIONS, REVIEW_WORKFLOW, TRANSLATORS
from events.models import EventIndexPage, EventPage
from partners.models import PartnerAccess, PartnerIndexPage

from . import factories

pytestmark = pytest.mark.django_db


def counts():
    return (
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        WorkflowPage.objects.count(),
        PartnerAccess.objects.count(),
    )


def test_setup_roles_makes_every_group_and_is_idempotent(partner_pages):
    names = set(Group.objects.values_list("name", flat=True))
    assert {COMMUNICATIONS, TRANSLATORS} <= names
    assert len(partner_pages) == 8
    for acronym in partner_pages:  # named after the source (Albanian) acronym: MASHTI, BE…
        assert f"Partner: {acronym}" in names
    before = counts()
    call_command("setup_roles", verbosity=0)
    call_command("setup_roles", verbosity=0)
    assert counts() == before


def test_each_partner_has_its_own_group_and_collections(partner_pages):
    access = PartnerAccess.objects.get(partner=partner_pages["KEC"])
    assert access.group.name == "Partner: KEC"
    assert access.image_collection != access.document_collection
    assert access.image_collection.get_parent().name == "Partners"
    assert set(
        GroupCollectionPermission.objects.filter(group=access.group).values_list(
            "collection_id", flat=True
        )
    ) == {access.image_collection.pk, access.document_collection.pk}


def test_a_new_partner_page_gets_its_group_and_collections_at_once(home_pages):
    index = PartnerIndexPage.objects.child_of(home_pages["sq"]).get()
    partner = factories.PartnerPageFactory(parent=index, title="Shoqata e re", acronym="SHR")
    access = PartnerAccess.objects.get(partner=partner)
    assert access.group.name == "Partner: SHR"
    assert GroupPagePermission.objects.filter(
        group=access.group, page=partner, permission__codename="change_page"
    ).exists()
    events = EventPage.objects.filter(locale=partner.locale)
    assert (
        GroupPagePermission.objects.filter(
            group=access.group, permission__codename="add_page"
        ).count()
        == events.count()
    )


def test_translated_partner_pages_get_no_group_of_their_own(partner_pages):
    assert PartnerAccess.objects.filter(partner__locale__language_code="en").count() == 0


def test_a_new_event_is_open_to_every_partner_for_highlights(home_pages):
    index = EventIndexPage.objects.child_of(home_pages["sq"]).get()
    event = factories.EventPageFactory(parent=index, title="Ngjarje e re")
    groups_with_add = set(
        GroupPagePermission.objects.filter(page=event, permission__codename="add_page").values_list(
            "group__name", flat=True
        )
    )
    assert groups_with_add == set(PartnerAccess.objects.values_list("group__name", flat=True))


def test_review_by_communications_covers_the_whole_site():
    assignment = WorkflowPage.objects.get(page=Page.get_first_root_node())
    assert assignment.workflow.name == REVIEW_WORKFLOW
    task = assignment.workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [COMMUNICATIONS]
    for index in PartnerIndexPage.objects.all():
        assert index.get_workflow().name == REVIEW_WORKFLOW


def test_demo_accounts_are_made_only_with_the_dev_setting(settings, django_user_model):
    from io import StringIO

    from demo.users import DEMO_PASSWORD

    assert not django_user_model.objects.filter(username="komunikimi").exists()
    settings.DEMO_USERS = True
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    call_command("load_demo_content", stdout=output)
    expected_groups = {
        "komunikimi": COMMUNICATIONS,
        "perkthyesi": TRANSLATORS,
        "partner.kec": "Partner: KEC",
        "partner.sbashk": "Partner: SBASHK",
    }
    for username, group in expected_groups.items():
        user = django_user_model.objects.get(username=username)
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert user.check_password(DEMO_PASSWORD)
        assert username in output.getvalue()
    assert DEMO_PASSWORD in output.getvalue()
    assert django_user_model.objects.filter(username__in=expected_groups).count() == 4
