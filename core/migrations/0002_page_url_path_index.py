"""An index on Wagtail's page addresses (url_path), which Wagtail's own tables lack.

core.routing finds a page and its ancestors by url_path in one query, and the sitemaps select
a language's pages by its prefix; without an index, each reads every page of the site. On
PostgreSQL the index uses text_pattern_ops, which serves both equality and prefix matches
whatever the database's collation.
"""

from django.db import migrations

INDEX = "core_page_url_path"


def create_index(apps, schema_editor):
    operator_class = " text_pattern_ops" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path{operator_class})"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
