from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerAccess(models.Model):
    """What a partner organisation's people may use in the admin: their group and collections.

    Made for each partner page of the source language by editorial.roles; the group's members
    are that partner's users.
    """

    partner = models.OneToOneField(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="access",
    )
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="partner_access"
    )
    image_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("image collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    document_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("document collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("partner access")
        verbose_name_plural = _("partner access")

    def __str__(self):
        return self.group.name
