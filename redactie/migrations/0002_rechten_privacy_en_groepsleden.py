# Data step carried over by hand from the former redactie 0003 (rechten, privacy en
# groepsleden), when all migrations were regenerated (issue 12). The permissions are now
# declared on WerkruimtePage (GroepRechten moved to groepen); their names stay redactie.*.

from django.db import migrations

COORDINATOREN = "Coördinatoren"
ROLLEN = ["Professionals", "Trekkers", COORDINATOREN]
NIEUWE_RECHTEN = {
    "privacy_instellen": "Mag de privacy van pagina's instellen",
    "groepsleden_beheren": "Mag leden van groepen toevoegen en verwijderen",
}
GEBRUIKERSBEHEER = [
    "view_user", "add_user", "change_user", "delete_user", "add_group", "change_group"
]


def rechten_bijwerken(apps, schema_editor):
    """Coördinatoren set privacy and manage group members (new permissions); no role below
    beheerder (superuser) manages accounts: take the user permissions away."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    ct, _ = ContentType.objects.get_or_create(app_label="redactie", model="werkruimtepage")
    nieuwe = [
        Permission.objects.get_or_create(content_type=ct, codename=codename, defaults={"name": naam})[0]
        for codename, naam in NIEUWE_RECHTEN.items()
    ]
    beheer = Permission.objects.filter(
        content_type__app_label="auth", codename__in=GEBRUIKERSBEHEER
    )
    for groep in Group.objects.filter(name__in=ROLLEN):
        groep.permissions.remove(*beheer)
        if groep.name == COORDINATOREN:
            groep.permissions.add(*nieuwe)


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('redactie', '0001_initial'),
    ]

    operations = [
        migrations.RunPython(rechten_bijwerken, migrations.RunPython.noop),
    ]
