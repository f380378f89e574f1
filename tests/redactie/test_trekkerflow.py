"""The trekker's flow without traps (issue 13): the upload form asks who may see a document
and puts it in a collection of the trekker's own group; collections carry their group's name;
choosers offer only what the user may choose; the admin names the platform."""

import importlib

import pytest

from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import GroupCollectionPermission, Site

from groepen.models import GroepRechten
from redactie import rollen
from redactie.inrichting import collectienamen
from tests.factories import DocumentFactory, GebruikerFactory
from tests.helpers.redactie import werkruimte_van

pytestmark = pytest.mark.django_db
Document = get_document_model()


def upload(client, titel, **velden):
    bestand = SimpleUploadedFile(f"{titel}.txt", f"inhoud van {titel}".encode(), "text/plain")
    return client.post(
        reverse("wagtaildocs:add"), {"title": titel, "file": bestand, "tags": "", **velden}
    )


def serveer(client, document):
    return client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))


@pytest.mark.parametrize(
    "keuze, collectie, anoniem",
    [("openbaar", "collectie", 200), ("werkruimte", "werkruimte_collectie", None)],
)
def test_trekker_kiest_openbaar_of_werkruimte_van_de_eigen_groep(
    client, gebruikers, eigen_groep, keuze, collectie, anoniem
):
    client.force_login(gebruikers["trekker"])
    formulier = client.get(reverse("wagtaildocs:add")).content.decode()
    assert "Openbaar (groepsmateriaal)" in formulier
    assert "Alleen voor de werkruimte" in formulier
    antwoord = upload(client, f"verslag-{keuze}", zichtbaarheid=keuze)
    assert antwoord.status_code == 302
    document = Document.objects.get(title=f"verslag-{keuze}")
    assert document.collection == getattr(eigen_groep.rechten, collectie)
    client.logout()
    antwoord = serveer(client, document)
    if anoniem == 200:
        assert antwoord.status_code == 200
        assert b"".join(antwoord.streaming_content) == b"inhoud van verslag-openbaar"
    else:
        assert antwoord.status_code != 200  # to the login page, never the file


def test_zonder_keuze_geen_document(client, gebruikers):
    client.force_login(gebruikers["trekker"])
    antwoord = upload(client, "zonder-keuze")
    assert antwoord.status_code == 200
    assert "zichtbaarheid" in antwoord.context["form"].errors
    assert not Document.objects.filter(title="zonder-keuze").exists()


def test_collectie_van_een_andere_groep_kan_niet(client, gebruikers, andere_groep):
    client.force_login(gebruikers["trekker"])
    upload(
        client,
        "naar-andere-groep",
        zichtbaarheid="openbaar",
        collection=andere_groep.rechten.collectie.pk,
        groep=andere_groep.pk,
    )
    document = Document.objects.get(title="naar-andere-groep")
    assert document.collection.get_parent() != andere_groep.rechten.collectie
    assert document.collection != andere_groep.rechten.collectie


def test_trekker_van_twee_groepen_kiest_de_groep(client, eigen_groep, andere_groep):
    trekker = GebruikerFactory(username="dubbele-trekker")
    trekker.groups.add(
        Group.objects.get(name=rollen.TREKKERS),
        eigen_groep.rechten.trekkers,
        andere_groep.rechten.trekkers,
    )
    client.force_login(trekker)
    formulier = client.get(reverse("wagtaildocs:add")).context["form"]
    assert {titel for _pk, titel in formulier.fields["groep"].choices} == {
        eigen_groep.title,
        andere_groep.title,
    }
    upload(client, "voor-andere", zichtbaarheid="werkruimte", groep=andere_groep.pk)
    document = Document.objects.get(title="voor-andere")
    assert document.collection == andere_groep.rechten.werkruimte_collectie
    # A group the trekker does not lead is no choice.
    derde = GroepRechten.objects.exclude(groep__in=[eigen_groep, andere_groep]).first()
    antwoord = upload(client, "voor-derde", zichtbaarheid="openbaar", groep=derde.groep_id)
    assert "groep" in antwoord.context["form"].errors
    assert not Document.objects.filter(title="voor-derde").exists()


def test_bewerken_toont_en_verandert_de_keuze(client, gebruikers, eigen_groep):
    rechten = eigen_groep.rechten
    document = DocumentFactory(title="eerst-besloten", collection=rechten.werkruimte_collectie)
    client.force_login(gebruikers["trekker"])
    url = reverse("wagtaildocs:edit", args=[document.pk])
    assert client.get(url).context["form"]["zichtbaarheid"].initial == "werkruimte"
    client.post(url, {"title": "eerst-besloten", "tags": "", "zichtbaarheid": "openbaar"})
    document.refresh_from_db()
    assert document.collection == rechten.collectie


def test_coordinator_kiest_zelf_de_collectie(client, gebruikers):
    client.force_login(gebruikers["coordinator"])
    formulier = client.get(reverse("wagtaildocs:add")).context["form"]
    assert "collection" in formulier.fields
    assert "zichtbaarheid" not in formulier.fields


def test_collecties_heten_naar_hun_groep_ook_na_hernoemen(eigen_groep):
    rechten = GroepRechten.objects.get(groep=eigen_groep)
    werkruimtes = GroepRechten.objects.values_list("werkruimte_collectie__name", flat=True)
    assert len(set(werkruimtes)) == len(werkruimtes)  # 13 groups, 13 names
    assert rechten.werkruimte_collectie.name == f"Werkruimte {eigen_groep.title}"
    eigen_groep.title = "Kennisnetwerk Nieuwe naam"
    eigen_groep.save_revision().publish()
    rechten.refresh_from_db()
    assert rechten.collectie.name == "Kennisnetwerk Nieuwe naam"
    assert rechten.werkruimte_collectie.name == "Werkruimte Kennisnetwerk Nieuwe naam"


def test_migratie_hernoemt_en_geeft_uploadrecht_in_bestaande_installaties(eigen_groep):
    rechten = GroepRechten.objects.get(groep=eigen_groep)
    werkruimte = rechten.werkruimte_collectie
    werkruimte.name = "Werkruimte"
    werkruimte.save()
    GroupCollectionPermission.objects.filter(
        group=rechten.trekkers, collection=rechten.collectie, permission__codename="add_document"
    ).delete()
    migratie = importlib.import_module(
        "redactie.migrations.0004_collecties_op_groepsnaam_en_uploadrechten"
    )

    class Schema:
        connection = type("Verbinding", (), {"alias": "default"})

    migratie.vooruit(django_apps, Schema)
    werkruimte.refresh_from_db()
    assert werkruimte.name == collectienamen(eigen_groep)[1]
    assert set(
        GroupCollectionPermission.objects.filter(
            group=rechten.trekkers, collection=rechten.collectie
        ).values_list("permission__codename", flat=True)
    ) == {"add_document", "choose_document"}


def test_trekkeraccount_alleen_uit_de_leden_van_de_groep(client, gebruikers, eigen_groep):
    client.force_login(gebruikers["coordinator"])
    formulier = client.get(reverse("wagtailadmin_pages:edit", args=[eigen_groep.pk])).context[
        "form"
    ]
    formset = formulier.formsets["trekkers"]
    for form in [*formset.forms, formset.empty_form]:
        namen = set(form.fields["gebruiker"].queryset.values_list("username", flat=True))
        assert namen <= {"groepslid", "trekker"}, namen
        assert "beheerder" not in namen and "coordinator" not in namen
    assert {"groepslid", "trekker"} <= set(
        formset.empty_form.fields["gebruiker"].queryset.values_list("username", flat=True)
    )


def test_documentkiezer_en_afspraakformulier_tonen_geen_besloten_document_van_een_ander(
    client, gebruikers, documenten
):
    client.force_login(gebruikers["trekker"])
    for url in [
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose_results") + "?q=werkruimte",
        reverse("wagtailsnippets_afspraken_uitvoeringsafspraak:add"),
    ]:
        html = client.get(url).content.decode()
        assert "andere-werkruimte" not in html, url
    html = client.get(reverse("wagtaildocs_chooser:choose")).content.decode()
    assert "eigen-werkruimte" in html


def test_paginakiezer_toont_geen_werkruimte_van_een_andere_groep(client, gebruikers, andere_groep):
    andere = werkruimte_van(andere_groep)
    client.force_login(gebruikers["trekker"])
    antwoord = client.get(reverse("wagtailadmin_choose_page_child", args=[andere_groep.pk]))
    assert f'data-id="{andere.pk}"' not in antwoord.content.decode()
    antwoord = client.get(reverse("wagtailadmin_choose_page_search") + "?q=werkruimte")
    assert f'data-id="{andere.pk}"' not in antwoord.content.decode()


def test_beheer_noemt_het_platform_niet_localhost(client, gebruikers):
    assert Site.objects.get(is_default_site=True).site_name == settings.WAGTAIL_SITE_NAME
    client.force_login(gebruikers["trekker"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert settings.WAGTAIL_SITE_NAME in html
    assert "aangemaakt in localhost" not in html


def test_meer_tegelijk_uploaden_in_een_collectie_van_de_eigen_groep(
    client, gebruikers, eigen_groep
):
    """Wagtail's multiple upload: the collection chosen above the drop zone (named after the
    group) answers the question; the form after the upload shows it and can change it."""
    rechten = eigen_groep.rechten
    client.force_login(gebruikers["trekker"])
    pagina = client.get(reverse("wagtaildocs:add_multiple")).content.decode()
    assert f"Werkruimte {eigen_groep.title}" in pagina
    bestand = SimpleUploadedFile("bundel.txt", b"inhoud van de bundel", "text/plain")
    antwoord = client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": bestand, "collection": rechten.werkruimte_collectie.pk},
    ).json()
    document = Document.objects.get(pk=antwoord["doc_id"])
    assert document.collection == rechten.werkruimte_collectie
    assert "Openbaar (groepsmateriaal)" in antwoord["form"]
    prefix = f"doc-{document.pk}"
    client.post(
        reverse("wagtaildocs:edit_multiple", args=[document.pk]),
        {f"{prefix}-title": "bundel", f"{prefix}-tags": "", f"{prefix}-zichtbaarheid": "openbaar"},
    )
    document.refresh_from_db()
    assert document.collection == rechten.collectie
