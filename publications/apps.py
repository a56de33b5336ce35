from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = _("Publications")

    def ready(self):
        # Django's documented place to connect signal receivers.
        from publications.models import DocumentText
        from publications.tasks import delete_first_page, fill_in_file_hash, read_new_file_later

        pre_save.connect(
            fill_in_file_hash,
            sender=get_document_model(),
            dispatch_uid="publications-fill-in-file-hash",
        )
        post_save.connect(
            read_new_file_later,
            sender=get_document_model(),
            dispatch_uid="publications-read-new-file",
        )
        post_delete.connect(
            delete_first_page, sender=DocumentText, dispatch_uid="publications-delete-first-page"
        )
