"""Reference data: the controlled list of subjects of samenwerkingsverbanden comes with
`migrate`, so a fresh installation can file and filter them (Sterk Utrechts Bestuur,
programmalijn "Overzicht samenwerkingsverbanden": filter op onderwerp en juridische vorm).
Idempotent by slug; an editor may add or rename subjects later."""

from django.db import migrations

ONDERWERPEN = [
    ("bedrijfsvoering", "Bedrijfsvoering"),
    ("economie", "Economie en werkgelegenheid"),
    ("energie-en-klimaat", "Energie en klimaat"),
    ("gezondheid", "Gezondheid"),
    ("mobiliteit", "Mobiliteit en bereikbaarheid"),
    ("natuur-en-landschap", "Natuur en landschap"),
    ("omgevingswet", "Omgevingswet en fysieke leefomgeving"),
    ("ruimtelijke-ordening", "Ruimtelijke ordening"),
    ("sociaal-domein", "Sociaal domein"),
    ("veiligheid", "Veiligheid"),
    ("vth", "Vergunningverlening, toezicht en handhaving"),
    ("water", "Water"),
    ("wonen", "Wonen"),
]


def voeg_toe(apps, schema_editor):
    Onderwerp = apps.get_model("organisaties", "Onderwerp")
    for slug, naam in ONDERWERPEN:
        if not Onderwerp.objects.filter(slug=slug).exists():
            Onderwerp.objects.create(slug=slug, naam=naam)


class Migration(migrations.Migration):
    dependencies = [("organisaties", "0003_samenwerking_als_gegevens")]

    operations = [migrations.RunPython(voeg_toe, migrations.RunPython.noop)]
