"""Reference data: the 15 kerninstrumenten of the Omgevingswet (docs/ontwerp.md) come with
`migrate`, so an import into a freshly migrated production database knows them. Idempotent:
an instrument that already exists (same slug or, in any case, same name) is left as it is;
the demo loader (afspraken/demo) finds them and adds nothing. The list is frozen here on
purpose (a migration must give the same result later); tests/afspraken/test_referentiedata.py
checks that it equals KERNINSTRUMENTEN in afspraken/models.py."""

from django.db import migrations
from django.utils.text import slugify

KERNINSTRUMENTEN = [
    "Omgevingsvisie",
    "Programma",
    "Omgevingsplan",
    "Waterschapsverordening",
    "Omgevingsverordening",
    "Decentrale regels",
    "Omgevingsvergunning",
    "Projectbesluit",
    "Toezicht en handhaving",
    "Algemene rijksregels / Meldingen",
    "Maatwerk",
    "Gelijkwaardige maatregelen",
    "Participatie",
    "Digitaal Stelsel Omgevingswet (DSO)",
    "Vooroverleg / omgevingstafel",
]


def voeg_toe(apps, schema_editor):
    Kerninstrument = apps.get_model("afspraken", "Kerninstrument")
    for volgorde, naam in enumerate(KERNINSTRUMENTEN, start=1):
        slug = slugify(naam)[:120]
        if Kerninstrument.objects.filter(naam__iexact=naam).exists():
            continue
        if Kerninstrument.objects.filter(slug=slug).exists():
            continue
        # the same order numbers as the demo loader (volgorde * 10: room to insert)
        Kerninstrument.objects.create(naam=naam, slug=slug, volgorde=volgorde * 10)


class Migration(migrations.Migration):
    dependencies = [("afspraken", "0002_initial")]

    operations = [migrations.RunPython(voeg_toe, migrations.RunPython.noop)]
