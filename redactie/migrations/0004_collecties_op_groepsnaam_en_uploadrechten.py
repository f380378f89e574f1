"""Existing installs: every group's collections carry the group's name ("Werkruimte <groep>"
instead of 13 identical "Werkruimte" entries), and a group's trekkers may add
documents to the group's public collection too (the upload form's choice "openbaar"). New
groups get both from redactie/inrichting.py."""

from django.db import migrations

DOCUMENT_RECHTEN = ["add_document", "choose_document"]  # as TREKKER_GROEPSCOLLECTIE_RECHTEN


def collectienamen(titel):
    # kept in step with redactie.inrichting.collectienamen (a migration does not import it)
    titel = titel[:200]
    return titel, f"Werkruimte {titel}"


def vooruit(apps, schema_editor):
    GroepRechten = apps.get_model("groepen", "GroepRechten")
    Collection = apps.get_model("wagtailcore", "Collection")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    db = schema_editor.connection.alias
    rechten = Permission.objects.using(db).filter(
        content_type__app_label="wagtaildocs", codename__in=DOCUMENT_RECHTEN
    )
    for rij in GroepRechten.objects.using(db).select_related("groep"):
        naam, werkruimte_naam = collectienamen(rij.groep.title)
        Collection.objects.using(db).filter(pk=rij.collectie_id).update(name=naam)
        Collection.objects.using(db).filter(pk=rij.werkruimte_collectie_id).update(
            name=werkruimte_naam
        )
        for permissie in rechten:
            GroupCollectionPermission.objects.using(db).get_or_create(
                group_id=rij.trekkers_id, collection_id=rij.collectie_id, permission=permissie
            )


def terug(apps, schema_editor):
    GroepRechten = apps.get_model("groepen", "GroepRechten")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    db = schema_editor.connection.alias
    for rij in GroepRechten.objects.using(db):
        Collection.objects.using(db).filter(pk=rij.werkruimte_collectie_id).update(
            name="Werkruimte"
        )
        GroupCollectionPermission.objects.using(db).filter(
            group_id=rij.trekkers_id,
            collection_id=rij.collectie_id,
            permission__codename="add_document",
        ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("redactie", "0003_herinneringsronde"),
        ("groepen", "0002_initial"),
        ("wagtailcore", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(vooruit, terug)]
