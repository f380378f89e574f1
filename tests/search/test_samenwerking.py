"""The cooperation as data in the platform search (issue 14, item 10): overleggen,
organisations, samenwerkingsverbanden, agenda items and evaluation milestones, each with its
own value of the "soort" facet, kept current on save and delete; an agenda item of an
unpublished or private agenda page is never found and never counted."""

import datetime

import pytest

from django.contrib.auth.models import User

from wagtail.models import PageViewRestriction

from kennisplatform.models import HomePage
from organisaties.models import (
    AgendaOnderwerp,
    Evaluatiemoment,
    Onderwerp,
    OverlegstructuurPage,
    SamenwerkingsagendaPage,
    Samenwerkingsverband,
)
from search.indexeren import herbouw
from search.models import Zoekdocument
from search.zoeker import zoek
from tests.factories import OrganisatieFactory, OverlegFactory

pytestmark = pytest.mark.django_db


def _gevonden(q, user=None):
    """{(soort, titel): url} of the results of q."""
    uitkomst = zoek(q, user)
    return {(r.doc.soort, r.doc.titel): r.doc.url for r in uitkomst.resultaten}, uitkomst


def _agenda(titel, onderwerpen, publiceren=True):
    """An agenda page made as the admin makes one: saved as a draft (not live) with its
    items, then published or left a draft."""
    home = HomePage.objects.get()
    pagina = SamenwerkingsagendaPage(
        title=titel, slug=titel.lower().replace(" ", "-"), jaar=2027, live=False
    )
    for onderwerp in onderwerpen:
        pagina.onderwerpen.add(AgendaOnderwerp(**onderwerp))
    home.add_child(instance=pagina)
    revisie = pagina.save_revision()
    if publiceren:
        revisie.publish()
    return SamenwerkingsagendaPage.objects.get(pk=pagina.pk)


def test_overleg_gevonden_op_naam_afkorting_en_taken():
    overleg = OverlegFactory(
        naam="Klankbordgroep Bodemkwaliteit",
        afkorting="KBB",
        soort="klankbordgroep",
        taken="Adviseert over saneringsaanpak\nBundelt vragen uit de praktijk",
        mandaat="Geen besluitvorming; advies aan het A-PSO.",
    )
    for vraag in ("Klankbordgroep Bodemkwaliteit", "KBB", "saneringsaanpak"):
        gevonden, uitkomst = _gevonden(vraag)
        sleutel = ("overleg", "Klankbordgroep Bodemkwaliteit (KBB)")
        assert gevonden.get(sleutel) == overleg.get_absolute_url(), vraag
        assert uitkomst.facetten["soort"]["overleg"] >= 1


def test_demo_overleg_en_organisatie_gevonden():
    gevonden, _ = _gevonden("B-PSO")
    assert any(soort == "overleg" and "B-PSO" in titel for soort, titel in gevonden)
    gevonden, uitkomst = _gevonden("Omgevingsdienst Utrecht")
    assert ("organisatie", "Omgevingsdienst Utrecht (ODU)") in gevonden
    assert uitkomst.facetten["soort"]["organisatie"] >= 1


def test_wijziging_staat_na_opslaan_in_de_index_en_verwijderd_is_weg():
    organisatie = OrganisatieFactory(naam="Gemeente Zoekveen")
    gevonden, _ = _gevonden("Zoekveen")
    assert gevonden.get(("organisatie", "Gemeente Zoekveen")) == organisatie.get_absolute_url()

    organisatie.naam = "Gemeente Vindhoven"
    organisatie.save()
    assert ("organisatie", "Gemeente Vindhoven") in _gevonden("Vindhoven")[0]
    assert ("organisatie", "Gemeente Zoekveen") not in _gevonden("Zoekveen")[0]

    overleg = OverlegFactory(naam="Werkgroep Geluidskaarten")
    assert ("overleg", "Werkgroep Geluidskaarten") in _gevonden("Geluidskaarten")[0]
    pk = overleg.pk
    overleg.delete()
    organisatie.delete()
    assert ("overleg", "Werkgroep Geluidskaarten") not in _gevonden("Geluidskaarten")[0]
    assert not Zoekdocument.objects.filter(sleutel=f"organisaties.overleg:{pk}").exists()
    assert ("organisatie", "Gemeente Vindhoven") not in _gevonden("Vindhoven")[0]


def test_samenwerkingsverband_gevonden_op_naam_onderwerp_en_deelnemer():
    verband = Samenwerkingsverband.objects.create(
        naam="Regionaal Platform Duurzame Bedrijventerreinen",
        slug="platform-duurzame-bedrijventerreinen",
        rechtsvorm=Samenwerkingsverband.Rechtsvorm.NETWERK,
        omschrijving="Gemeenten stemmen de verduurzaming van bedrijventerreinen af.",
    )
    gevonden, uitkomst = _gevonden("Duurzame Bedrijventerreinen")
    assert gevonden.get(("samenwerkingsverband", verband.naam)) == verband.get_absolute_url()
    assert uitkomst.facetten["soort"]["samenwerkingsverband"] >= 1

    # subjects and organisations are set after the row (as the admin does): still indexed
    onderwerp = Onderwerp.objects.create(naam="Kwartiermakerij", slug="kwartiermakerij")
    verband.onderwerpen.add(onderwerp)
    assert ("samenwerkingsverband", verband.naam) in _gevonden("Kwartiermakerij")[0]
    OrganisatieFactory(naam="Gemeente Samenhoven").samenwerkingsverbanden.add(verband)
    assert ("samenwerkingsverband", verband.naam) in _gevonden("Samenhoven")[0]
    # a renamed subject is found under its new name
    onderwerp.naam = "Ruimtelijke kwartiermakers"
    onderwerp.save()
    document = Zoekdocument.objects.get(soort="samenwerkingsverband", object_pk=str(verband.pk))
    assert "Ruimtelijke kwartiermakers" in str(document.velden)

    verband.delete()
    assert ("samenwerkingsverband", verband.naam) not in _gevonden("Duurzame Bedrijventerreinen")[0]


def test_agendaonderwerp_gevonden_met_anker_op_de_agendapagina():
    pagina = _agenda(
        "Samenwerkingsagenda zoektest",
        [
            {
                "onderwerp": "Grondwaterbescherming bij bouwprojecten",
                "beleidsvraagstuk": "Hoe borgen we drinkwaterwinning bij nieuwe wijken?",
                "doel": "Een gedeelde werkwijze voor vergunningverlening.",
                "aanpak": "Werksessies met waterschappen in het derde kwartaal.",
            }
        ],
    )
    onderwerp = pagina.onderwerpen.get()
    verwacht = f"{pagina.url}#onderwerp-{onderwerp.pk}"
    for vraag in ("Grondwaterbescherming", "drinkwaterwinning", "werksessies"):
        gevonden, uitkomst = _gevonden(vraag)
        assert gevonden.get(("agendaonderwerp", onderwerp.onderwerp)) == verwacht, vraag
        assert uitkomst.facetten["soort"]["agendaonderwerp"] >= 1

    # a change through a new revision is in the index once published
    pagina.onderwerpen.all().delete()
    pagina = SamenwerkingsagendaPage.objects.get(pk=pagina.pk)
    pagina.onderwerpen.add(AgendaOnderwerp(onderwerp="Bodemenergie in de binnenstad"))
    pagina.save_revision().publish()
    assert ("agendaonderwerp", "Bodemenergie in de binnenstad") in _gevonden("Bodemenergie")[0]
    assert ("agendaonderwerp", onderwerp.onderwerp) not in _gevonden("Grondwaterbescherming")[0]


def test_demo_agendaonderwerp_gevonden():
    onderwerp = AgendaOnderwerp.objects.filter(agenda__live=True).first()
    gevonden, _ = _gevonden(onderwerp.onderwerp)
    assert ("agendaonderwerp", onderwerp.onderwerp) in gevonden


def _telt_agendaonderwerp(q, user=None):
    uitkomst = zoek(q, user)
    return uitkomst.facetten.get("soort", {}).get("agendaonderwerp", 0), uitkomst


def test_onderwerp_van_ongepubliceerde_agenda_niet_gevonden_en_niet_geteld():
    _agenda(
        "Agenda concept",
        [{"onderwerp": "Stikstofruimte verdelen", "doel": "Geheim conceptdoel"}],
        publiceren=False,
    )
    aantal, uitkomst = _telt_agendaonderwerp("Stikstofruimte")
    assert aantal == 0
    assert all(r.doc.titel != "Stikstofruimte verdelen" for r in uitkomst.resultaten)
    assert not Zoekdocument.objects.filter(titel="Stikstofruimte verdelen").exists()


def test_onderwerp_van_besloten_agenda_niet_gevonden_ook_niet_na_publiceren():
    pagina = _agenda("Agenda open", [{"onderwerp": "Zwerfafvalaanpak langs rijkswegen"}])
    assert _telt_agendaonderwerp("Zwerfafvalaanpak")[0] == 1

    # made private after indexing: out of the index, for visitors and members alike
    PageViewRestriction.objects.create(page=pagina, restriction_type="login")
    coordinator = User.objects.filter(groups__name="Coördinatoren").first()
    for user in (None, coordinator):
        aantal, uitkomst = _telt_agendaonderwerp("Zwerfafvalaanpak", user)
        assert aantal == 0
        assert all("Zwerfafval" not in r.doc.titel for r in uitkomst.resultaten)

    # public again: back
    PageViewRestriction.objects.filter(page=pagina).delete()
    assert _telt_agendaonderwerp("Zwerfafvalaanpak")[0] == 1

    # unpublished: gone
    pagina.unpublish()
    assert _telt_agendaonderwerp("Zwerfafvalaanpak")[0] == 0


def test_evaluatiemoment_gevonden_op_de_overlegstructuurpagina():
    moment = Evaluatiemoment.objects.create(
        titel="Tussentijdse evaluatie coördinatierollen",
        datum=datetime.date(2027, 9, 30),
        overleg=OverlegFactory(naam="Coördinatieoverleg zoektest"),
    )
    gevonden, uitkomst = _gevonden("Tussentijdse evaluatie coördinatierollen")
    url = f"{OverlegstructuurPage.objects.get().url}#evaluatie-{moment.pk}"
    assert gevonden.get(("evaluatiemoment", moment.titel)) == url
    assert uitkomst.facetten["soort"]["evaluatiemoment"] >= 1


def test_zoekpagina_toont_het_soortfilter(client):
    OverlegFactory(naam="Werkgroep Lichthinder")
    html = client.get("/zoeken/", {"q": "Lichthinder"}).content.decode()
    assert "Werkgroep Lichthinder" in html
    assert "soort=overleg" in html and "Overleg" in html


def test_evaluatiemomenten_alleen_bij_een_openbare_overlegstructuurpagina():
    moment = Evaluatiemoment.objects.create(
        titel="Slotevaluatie looptijd convenant",
        datum=datetime.date(2029, 12, 31),
        overleg=OverlegFactory(naam="B-PSO zoektest"),
    )
    assert ("evaluatiemoment", moment.titel) in _gevonden("Slotevaluatie")[0]
    pagina = OverlegstructuurPage.objects.get()
    pagina.unpublish()
    assert _gevonden("Slotevaluatie")[1].facetten.get("soort", {}).get("evaluatiemoment", 0) == 0
    pagina.save_revision().publish()
    assert ("evaluatiemoment", moment.titel) in _gevonden("Slotevaluatie")[0]


def test_zonder_mijlpalen_agendaonderwerpen_en_verbanden_herbouwt_zonder_fouten():
    """As after migrate (no milestones, agenda items or verbanden): the full rebuild and a
    search work, and none of these kinds shows in the facet."""
    Evaluatiemoment.objects.all().delete()
    AgendaOnderwerp.objects.all().delete()
    Samenwerkingsverband.objects.all().delete()
    herbouw()
    uitkomst = zoek("overleg")
    for soort in ("evaluatiemoment", "agendaonderwerp", "samenwerkingsverband"):
        assert soort not in uitkomst.facetten.get("soort", {})
