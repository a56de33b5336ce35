"""The default site is called by the network's name: the admin's dashboard is headed with a Site's
name, and Wagtail's first migration leaves it empty, so that the dashboard said "localhost"."""

from django.conf import settings
from django.db import migrations


def name_unnamed_sites(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Site.objects.filter(site_name="").update(site_name=settings.WAGTAIL_SITE_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(name_unnamed_sites, migrations.RunPython.noop)]
