"""Attacks found in the second round (issue 11): the confirmation pages of Wagtail's bulk
actions listed every requested object by title (another group's concept agreement, private
document or werkruimte page), an id that is not a number gave a server error, and the agreement
form offered (and saved) every document, also another group's private ones."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from afspraken.models import Uitvoeringsafspraak
from tests.factories import DocumentFactory, InhoudPageFactory, UitvoeringsafspraakFactory
from tests.helpers.redactie import werkruimte_van

pytestmark = pytest.mark.django_db


def maak_concept(groep, titel):
    return UitvoeringsafspraakFactory(concept=True, groep=groep, titel=titel, revisies=2)


def bulk(model, actie, *ids):
    app_label, model_name = model._meta.app_label, model._meta.model_name
    query = "&".join(f"id={i}" for i in ids)
    return f"/admin/bulk/{app_label}/{model_name}/{actie}/?{query}"


def test_bulkbevestiging_toont_andermans_concept_niet(client, gebruikers, andere_groep):
    concept = maak_concept(andere_groep, "Andermans geheime bulkconcept")
    client.force_login(gebruikers["trekker"])
    for ids in [(concept.pk,), ("all",)]:
        antwoord = client.get(bulk(Uitvoeringsafspraak, "delete", *ids))
        assert "Andermans geheime bulkconcept" not in antwoord.content.decode(), ids
    client.post(bulk(Uitvoeringsafspraak, "delete", concept.pk))
    assert Uitvoeringsafspraak.objects.filter(pk=concept.pk).exists()


def test_bulkbevestiging_toont_andermans_document_en_pagina_niet(client, gebruikers, andere_groep):
    document = DocumentFactory(
        title="Andermans geheim verslag", collection=andere_groep.rechten.werkruimte_collectie
    )
    pagina = InhoudPageFactory(
        parent=werkruimte_van(andere_groep),
        title="Andermans geheime werkruimtepagina",
        slug="geheim-bulk",
    )
    client.force_login(gebruikers["trekker"])
    for actie in ["delete", "add_to_collection", "add_tags"]:
        antwoord = client.get(bulk(type(document), actie, document.pk))
        assert "Andermans geheim verslag" not in antwoord.content.decode(), actie
    for actie in ["delete", "publish", "move"]:
        antwoord = client.get(bulk(Page, actie, pagina.pk))
        assert "Andermans geheime werkruimtepagina" not in antwoord.content.decode(), actie


@pytest.mark.parametrize("sleutel", ["abc", "²"])
def test_bulkactie_met_onzinsleutel_geeft_404(client, gebruikers, sleutel):
    from wagtail.documents import get_document_model

    client.force_login(gebruikers["coordinator"])
    for model in [Page, get_document_model(), Uitvoeringsafspraak]:
        antwoord = client.get(bulk(model, "delete", sleutel))
        assert antwoord.status_code == 404, (model, sleutel)
    # "all pages below a parent that is not a key"
    assert client.get(bulk(Page, "delete", "all&childOf=abc")).status_code == 404


def test_afspraakformulier_biedt_andermans_document_niet_aan(
    client, gebruikers, eigen_groep, andere_groep
):
    document = DocumentFactory(
        title="Andermans privé-bijlage", collection=andere_groep.rechten.werkruimte_collectie
    )
    eigen = maak_concept(eigen_groep, "Eigen concept met bijlagen")
    client.force_login(gebruikers["trekker"])
    adres = reverse(Uitvoeringsafspraak.snippet_viewset.get_url_name("edit"), args=[eigen.pk])
    formulier = client.get(adres).context["form"]
    assert document not in formulier.fields["documenten"].queryset
    data = {naam: formulier[naam].value() for naam in formulier.fields}
    data = {k: v for k, v in data.items() if v is not None and not isinstance(v, list)}
    client.post(adres, {**data, "documenten": [document.pk]})
    eigen.refresh_from_db()
    assert document not in eigen.documenten.all()


def test_andermans_onderdeel_geeft_een_nederlandse_404(client, gebruikers, andere_groep):
    concept = maak_concept(andere_groep, "Andermans concept achter een 404")
    client.force_login(gebruikers["trekker"])
    adres = reverse(Uitvoeringsafspraak.snippet_viewset.get_url_name("edit"), args=[concept.pk])
    antwoord = client.get(adres)
    html = antwoord.content.decode()
    assert antwoord.status_code == 404
    assert "Niet gevonden" in html and "Andermans concept" not in html
