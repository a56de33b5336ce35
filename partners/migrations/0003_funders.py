# A project's donors become its funders, as events and news articles now have: the same rows,
# in a renamed table, under the name `funders`. Stored copies of the pages (revisions, which
# hold drafts; wagtail-localize's translation sources; Wagtail's reference index) name the
# relation too, so they are renamed with it and no draft or translation loses its funders.

import json

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models
from wagtail.models import ReferenceIndex


def rename_relation_in_stored_content(apps, old, new):
    ContentType = apps.get_model("contenttypes", "ContentType")
    project_type = ContentType.objects.filter(app_label="partners", model="projectpage").first()
    if project_type is None:
        return

    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type=project_type):
        if old in revision.content:
            revision.content[new] = revision.content.pop(old)
            revision.save(update_fields=["content"])

    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for source in TranslationSource.objects.filter(specific_content_type=project_type):
        content = json.loads(source.content_json)
        if old in content:
            content[new] = content.pop(old)
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])

    References = apps.get_model("wagtailcore", "ReferenceIndex")
    prefix = f"{old}."
    for reference in References.objects.filter(
        content_type=project_type, model_path__startswith=prefix
    ):
        reference.model_path = new + reference.model_path.removeprefix(old)
        reference.content_path = new + reference.content_path.removeprefix(old)
        # The hash keeps content paths unique; Wagtail computes it from the path alone.
        reference.content_path_hash = ReferenceIndex._get_content_path_hash(
            reference.content_path
        )
        reference.save(update_fields=["model_path", "content_path", "content_path_hash"])


def donors_to_funders(apps, schema_editor):
    rename_relation_in_stored_content(apps, "donors", "funders")


def funders_to_donors(apps, schema_editor):
    rename_relation_in_stored_content(apps, "funders", "donors")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("partners", "0002_alter_partnerpage_body_alter_projectpage_activities_and_more"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnerpage",
            name="is_european_union",
            field=models.BooleanField(
                default=False,
                help_text="Tick for the European Union or its Office in Kosovo: pages it funds, or whose funding comes through it, show the EU emblem and “Funded by the European Union”.",
                verbose_name="is the European Union",
            ),
        ),
        migrations.RenameModel(old_name="ProjectDonor", new_name="ProjectFunder"),
        migrations.AlterField(
            model_name="projectfunder",
            name="page",
            field=modelcluster.fields.ParentalKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="funders",
                to="partners.projectpage",
            ),
        ),
        migrations.AddField(
            model_name="projectfunder",
            name="through",
            field=models.ForeignKey(
                blank=True,
                help_text="The organisation the money comes through, if any: for UNICEF funding that comes through the EU Office in Kosovo, the funder is UNICEF and this is the EU Office.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="partners.partnerpage",
                verbose_name="through",
            ),
        ),
        migrations.RunPython(donors_to_funders, funders_to_donors),
    ]
