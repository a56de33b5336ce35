"""Rebuild the public search's documents of every page, e.g. after changing how text is folded."""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from search.indexing import index_pages


class Command(BaseCommand):
    help = "Rebuild the public site search's index of every page, in every language."

    def handle(self, *args, **options):
        with transaction.atomic():
            count = index_pages(Page.objects.all())
        self.stdout.write(f"Indexed {count} pages for the site search.")
