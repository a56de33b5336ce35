"""New partner pages, events and publications indexes extend the roles without anyone running a
command."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from editorial.roles import (
    ensure_partner_access,
    is_source_page,
    open_event_to_partners,
    open_publication_index_to_partners,
)
from events.models import EventPage
from partners.models import PartnerPage
from publications.models import PublicationIndexPage


@receiver(post_save, sender=PartnerPage)
def give_new_partner_its_group_and_collections(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_source_page(instance):
        ensure_partner_access(instance)


@receiver(post_save, sender=EventPage)
def let_partners_post_highlights_under_new_event(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_source_page(instance):
        open_event_to_partners(instance)


@receiver(post_save, sender=PublicationIndexPage)
def let_partners_add_publications_to_new_library(sender, instance, created, raw=False, **kwargs):
    if created and not raw and is_source_page(instance):
        open_publication_index_to_partners(instance)
