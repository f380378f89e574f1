"""Issue 15: abbreviations learned from the content, organisations as concepts, an abbreviation
that expands to its own long form only, and an index that follows concept changes by itself."""

import pytest

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction

from afspraken.models import Uitvoeringsafspraak
from begrippen.models import Begrip
from kennisplatform.backup import modellen
from organisaties.models import Organisatie
from search import afstemming, analyse, geleerd, indexeren
from search.models import GeleerdeAfkorting, Zoekdocument
from search.register import alle_concepten
from search.zoeker import zoek, zoek_objecten
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db


def _tekst(doc):
    return analyse.vouw(" ".join([doc.titel, doc.tekst, *(v["tekst"] for v in doc.velden)]))


def _afspraken(q):
    return set(zoek_objecten(q, "uitvoeringsafspraak").objecten)


@pytest.fixture
def alleen_afspraken():
    """A fresh installation with only imported agreements: no glossary, no organisations, no
    demo agreements; four agreements of another region, one of which defines ODRA."""
    Begrip.objects.all().delete()
    Organisatie.objects.all().delete()
    Uitvoeringsafspraak.objects.all().delete()
    teksten = {
        "Asbestdaken": "De Omgevingsdienst Regio Arnhem (ODRA) houdt toezicht op asbestdaken.",
        "Bodemloket": "Het bodemloket wordt beheerd door de Omgevingsdienst Regio Arnhem.",
        "Geluidskaarten": "Omgevingsdienst Regio Arnhem levert de geluidskaarten aan partners.",
        "Zwemwater": "Het waterschap controleert het zwemwater elke maand in de zomer.",
    }
    afspraken = {
        titel: UitvoeringsafspraakFactory(titel=titel, samenwerkingsafspraak=tekst, publiceren=True)
        for titel, tekst in teksten.items()
    }
    indexeren.herbouw()
    return {titel: str(a.pk) for titel, a in afspraken.items()}


def test_verse_installatie_afkorting_vindt_wat_de_lange_vorm_vindt(alleen_afspraken):
    rij = GeleerdeAfkorting.objects.get(afkorting="odra")
    assert rij.lange_vorm_weergave == "Omgevingsdienst Regio Arnhem"
    assert (rij.aantal, rij.bron) == (1, "Asbestdaken")
    verwacht = {alleen_afspraken[t] for t in ("Asbestdaken", "Bodemloket", "Geluidskaarten")}
    assert _afspraken("ODRA") == verwacht
    assert _afspraken("Omgevingsdienst Regio Arnhem") == verwacht
    # the definition ranks the agreement with both names first
    assert (
        zoek_objecten("ODRA", "uitvoeringsafspraak").objecten[0] == alleen_afspraken["Asbestdaken"]
    )


def test_afgewezen_afkorting_breidt_niet_meer_uit_en_blijft_afgewezen(alleen_afspraken, client):
    rij = GeleerdeAfkorting.objects.get(afkorting="odra")
    client.force_login(User.objects.get(username="coordinator"))
    antwoord = client.post(reverse("geleerde_afkortingen:edit", args=[rij.pk]), {"afgewezen": "on"})
    assert antwoord.status_code == 302
    # without running zoekindex: only the text that writes ODRA itself
    assert _afspraken("ODRA") == {alleen_afspraken["Asbestdaken"]}
    indexeren.herbouw()
    assert GeleerdeAfkorting.objects.get(afkorting="odra").afgewezen
    assert _afspraken("ODRA") == {alleen_afspraken["Asbestdaken"]}
    # accepted again: the long form follows again
    rij.refresh_from_db()
    rij.afgewezen = False
    rij.save()
    assert len(_afspraken("ODRA")) == 3


def test_een_definitie_die_verdwijnt_gaat_weg(alleen_afspraken):
    GeleerdeAfkorting.objects.create(
        afkorting="xyz", weergave="XYZ", lange_vorm="xenon yttrium zink", aantal=4
    )
    GeleerdeAfkorting.objects.create(
        afkorting="qrs", weergave="QRS", lange_vorm="quasi ruwe steen", afgewezen=True
    )
    indexeren.herbouw()
    geleerd = set(GeleerdeAfkorting.objects.values_list("afkorting", flat=True))
    assert {"odra", "qrs"} <= geleerd and "xyz" not in geleerd
    assert GeleerdeAfkorting.objects.get(afkorting="qrs").afgewezen


def test_besloten_tekst_leert_geen_afkorting(pagina):
    geheim = pagina("Besloten notitie", intro="De Stille Werkgroep Noord (SWN) vergadert.")
    PageViewRestriction.objects.create(page=geheim, restriction_type="login")
    openbaar = pagina("Openbare notitie", intro="Het Regionaal Energieloket Zuid (REZ) helpt.")
    indexeren.herbouw()
    assert not GeleerdeAfkorting.objects.filter(afkorting="swn").exists()
    rij = GeleerdeAfkorting.objects.get(afkorting="rez")
    assert (rij.bron, rij.bron_url) == ("Openbare notitie", openbaar.url)


def test_een_gepubliceerde_pagina_leert_haar_definities(pagina):
    pagina("Eerder", intro="De Regionale Uitvoeringsdienst Zeeland werkt in de provincie.")
    pagina("Nieuws", intro="De Regionale Uitvoeringsdienst Zeeland (RUDZ) sluit aan.")
    assert GeleerdeAfkorting.objects.get(afkorting="rudz").bron == "Nieuws"
    # the page published before the definition follows without zoekindex
    assert {r.doc.titel for r in zoek("RUDZ").resultaten} == {"Nieuws", "Eerder"}


def test_odu_vindt_alleen_de_omgevingsdienst_utrecht():
    """The demo begrip Omgevingsdienst Utrecht has the synonym "omgevingsdienst": the
    abbreviation ODU must not find every omgevingsdienst (it gave 29 results)."""
    uitkomst = zoek("ODU")
    docs = Zoekdocument.objects.filter(pk__in=uitkomst.ids)
    assert uitkomst.count == len(docs) > 0
    for doc in docs:
        tekst = _tekst(doc)
        assert "odu" in analyse.woorden(tekst) or "omgevingsdienst utrecht" in tekst, doc.titel
    # the term and its synonyms still expand as before
    assert zoek("omgevingsdienst").count > uitkomst.count


def test_begrip_gaat_voor_geleerde_afkorting_met_dezelfde_letters():
    begrip = Begrip.objects.get(term="Omgevingsdienst Utrecht")
    GeleerdeAfkorting.objects.create(
        afkorting="odu",
        weergave="ODU",
        lange_vorm="overleg duurzame uitvoering",
        lange_vorm_weergave="Overleg Duurzame Uitvoering",
        aantal=3,
    )
    indexeren.verhoog_versie()
    met_odu = [c for c in alle_concepten() if "ODU" in c.afkortingen]
    assert [c.token for c in met_odu] == [f"bgr{begrip.pk}"]


def test_organisatie_is_een_concept_en_de_index_volgt_haar_naam(pagina):
    pagina("Handhaving zuid", intro="De Regionale Uitvoeringsdienst Zuid houdt toezicht.")
    assert zoek("RUDZU").count == 0
    Organisatie.objects.create(naam="Regionale Uitvoeringsdienst Zuid", afkorting="RUDZU")
    assert [r.doc.titel for r in zoek("RUDZU").resultaten if r.doc.soort == "pagina"] == [
        "Handhaving zuid"
    ]


def test_nieuw_synoniem_vindt_zonder_zoekindex(pagina):
    begrip = Begrip.objects.create(term="Zwaluwplan", definitie="Een plan voor zwaluwen.")
    met_term = pagina("Vogels", intro="Het Zwaluwplan van de regio loopt door.")
    met_synoniem = pagina("Nestkasten", intro="De nestkastregeling geldt in elke gemeente.")
    assert "Vogels" not in [r.doc.titel for r in zoek("nestkastregeling").resultaten]
    begrip.synoniemen = "nestkastregeling"
    begrip.save()
    titels = [r.doc.titel for r in zoek("nestkastregeling").resultaten]
    assert {met_term.title, met_synoniem.title} <= set(titels)
    assert met_synoniem.title in [r.doc.titel for r in zoek("zwaluwplan").resultaten]
    # the synonym goes again: so does the expansion
    begrip.synoniemen = ""
    begrip.save()
    assert met_term.title not in [r.doc.titel for r in zoek("nestkastregeling").resultaten]


def _geweigerd(antwoord):
    """Wagtail refuses an admin view: 403, or back to the dashboard with a message."""
    if antwoord.status_code == 302:
        return antwoord.url == reverse("wagtailadmin_home")
    return antwoord.status_code == 403


def test_trekker_ziet_de_geleerde_afkortingen_niet(client):
    client.force_login(User.objects.get(username="trekker"))
    assert _geweigerd(client.get(reverse("geleerde_afkortingen:index")))
    assert reverse("geleerde_afkortingen:index") not in client.get("/admin/").content.decode()
    rij = GeleerdeAfkorting.objects.create(
        afkorting="rez", weergave="REZ", lange_vorm="regionaal energieloket zuid"
    )
    bewerk = reverse("geleerde_afkortingen:edit", args=[rij.pk])
    assert _geweigerd(client.post(bewerk, {"afgewezen": "on"}))
    rij.refresh_from_db()
    assert not rij.afgewezen


def test_coordinator_ziet_de_lijst_en_kan_niets_toevoegen(client):
    GeleerdeAfkorting.objects.create(
        afkorting="rez",
        weergave="REZ",
        lange_vorm="regionaal energieloket zuid",
        lange_vorm_weergave="Regionaal Energieloket Zuid",
        aantal=2,
        bron="Openbare notitie",
        bron_url="/notitie/",
    )
    client.force_login(User.objects.get(username="coordinator"))
    lijst = client.get(reverse("geleerde_afkortingen:index"))
    assert lijst.status_code == 200
    html = lijst.content.decode()
    assert "Regionaal Energieloket Zuid" in html and 'href="/notitie/"' in html
    rij = GeleerdeAfkorting.objects.get(afkorting="rez")
    # the abbreviation in the list opens the form where it is rejected
    assert f'href="{reverse("geleerde_afkortingen:edit", args=[rij.pk])}"' in html
    assert (
        client.get(reverse("geleerde_afkortingen:index"), {"afgewezen": "true"}).status_code == 200
    )
    assert _geweigerd(client.get(reverse("geleerde_afkortingen:add")))
    assert reverse("geleerde_afkortingen:index") in client.get("/admin/").content.decode()


def test_afgewezen_afkortingen_gaan_mee_in_de_backup():
    labels = {m._meta.label_lower for m in modellen.in_dump()}
    assert "search.geleerdeafkorting" in labels
    assert not labels & {"search.zoekdocument", "search.zoekterm", "search.indexversie"}


def test_verwijderd_begrip_breidt_niet_meer_uit(pagina):
    begrip = Begrip.objects.create(
        term="Gierzwaluwbeleid", definitie="Beleid.", synoniemen="torenzwaluwregeling"
    )
    pagina("Torens", intro="Het Gierzwaluwbeleid beschermt nesten in kerktorens.")
    assert "Torens" in [r.doc.titel for r in zoek("torenzwaluwregeling").resultaten]
    begrip.delete()
    assert "Torens" not in [r.doc.titel for r in zoek("torenzwaluwregeling").resultaten]


def test_veel_documenten_volgen_als_achtergrondtaak(
    pagina, monkeypatch, django_capture_on_commit_callbacks
):
    """Above HERBOUW_VANAF documents the index follows in a background task, started when the
    change commits (in the tests tasks run at once)."""
    monkeypatch.setattr(afstemming, "HERBOUW_VANAF", 0)
    begrip = Begrip.objects.create(term="Huiszwaluwplan", definitie="Een plan.")
    pagina("Gevels", intro="De gevelnestregeling geldt voor elke nieuwbouwgevel.")
    with django_capture_on_commit_callbacks(execute=False) as uitgesteld:
        begrip.synoniemen = "gevelnestregeling"
        begrip.save()
    assert "Gevels" not in [r.doc.titel for r in zoek("huiszwaluwplan").resultaten]
    for functie in uitgesteld:
        functie()
    assert "Gevels" in [r.doc.titel for r in zoek("huiszwaluwplan").resultaten]


def test_documenten_met_een_variant_komen_uit_de_zoekindex(pagina):
    """The documents that follow a concept change are found by the index itself (every stem
    of a variant, in the title or the rest of the text; or a concept token), not by a
    pattern scan over the token columns. A word PostgreSQL's configuration leaves out of the
    index ("zonder") does not keep a document from being found."""
    beide = pagina("Zwaluwtoren bij de kerk", intro="Zonder het nestkastplan loopt niets.")
    pagina("Vleermuiskasten", intro="Het nestkastplan geldt ook hier, zonder zwaluwen.")
    begrip = Begrip.objects.create(term="Zwaluwtoren zonder nestkastplan", definitie="Een plan.")
    token = next(c.token for c in alle_concepten() if c.term == begrip.term)
    with CaptureQueriesContext(connection) as vragen:
        ids = geleerd.documenten_met([begrip.term])
        met_token = geleerd.documenten_met(tokens=[token])

    def titels(ids):
        return set(Zoekdocument.objects.filter(pk__in=ids).values_list("titel", flat=True))

    assert titels(ids) == {beide.title, begrip.term}  # not the one with only one word
    # the token only where the words stand together as the concept names them
    assert titels(met_token) == {begrip.term}
    assert not any(" LIKE " in q["sql"].upper() for q in vragen.captured_queries)
