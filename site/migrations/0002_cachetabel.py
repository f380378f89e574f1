"""The table of Django's database cache (CACHES without REDIS_URL), created by `migrate`.

Always created, whatever CACHES says at migrate time, so an installation may drop REDIS_URL
later without running `createcachetable`. Django's own command makes the table (the columns
and index DatabaseCache expects) and leaves an existing one alone."""

from django.core.management.commands.createcachetable import Command as CreateCacheTable
from django.db import migrations

CACHETABEL = "kennisplatform_cache"


def maak_tabel(apps, schema_editor):
    maker = CreateCacheTable()
    maker.verbosity = 0
    maker.create_table(schema_editor.connection.alias, CACHETABEL, dry_run=False)


def verwijder_tabel(apps, schema_editor):
    if CACHETABEL in schema_editor.connection.introspection.table_names():
        schema_editor.execute(f"DROP TABLE {schema_editor.quote_name(CACHETABEL)}")


class Migration(migrations.Migration):
    dependencies = [("kennisplatform", "0001_initial")]

    operations = [migrations.RunPython(maak_tabel, verwijder_tabel)]
