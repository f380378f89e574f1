"""Meetings per group, upcoming and past lists, iCalendar feeds; materials by meeting, and
workspace-only material that never leaks."""

import pytest
from icalendar import Calendar

from django.utils import timezone

from wagtail.documents import get_document_model

from groepen.models import GroepPage
from materialen.models import Bijeenkomst
from tests.factories import GebruikerFactory

pytestmark = pytest.mark.django_db

PRIVE = "Concept-verslag kennismakingsbijeenkomst (werkruimte)"


def _groep(slug):
    return GroepPage.objects.get(slug=slug).specific


def test_demo_heeft_voor_twee_groepen_een_voorbije_bijeenkomst_met_materiaal():
    nu = timezone.now()
    groepen = {
        b.groep_id
        for b in Bijeenkomst.objects.filter(einde__lt=nu)
        if b.werkmaterialen.exists() and b.verslag
    }
    assert len(groepen) >= 2
    assert Bijeenkomst.objects.filter(begin__gt=nu).exists()
    slides = get_document_model().objects.get(title__startswith="Presentatie BZK")
    assert slides.gegevens.soort == "pdf" and "één overheid, één loket" in slides.gegevens.tekst


def test_overzicht_komend_en_voorbij(client):
    html = client.get("/bijeenkomsten/").content.decode()
    komend = html.index("Komende bijeenkomsten")
    voorbij = html.index("Eerdere bijeenkomsten")
    assert komend < html.index("Werksessie samenwerkingsafspraken per kerninstrument") < voorbij
    assert html.index("Kennismakingsbijeenkomst risicogericht samenwerken") > voorbij


@pytest.mark.parametrize("pad", ["/bijeenkomsten/agenda.ics", "groep"])
def test_ical_feeds_zijn_geldig_en_bevatten_de_bijeenkomsten(client, pad):
    groep = _groep("rollen-houding-en-gemeenschappelijke-afspraken")
    if pad == "groep":
        pad = f"/bijeenkomsten/groep-{groep.pk}.ics"
    antwoord = client.get(pad)
    assert antwoord.status_code == 200
    assert antwoord["Content-Type"].startswith("text/calendar")
    kalender = Calendar.from_ical(antwoord.content)
    events = {str(e["summary"]): e for e in kalender.walk("VEVENT")}
    # The whole agenda: the meetings of the (public) groups and of the overleggen (issue 14).
    verwacht = Bijeenkomst.objects.all() if "agenda" in pad else groep.bijeenkomsten.all()
    assert len(events) == verwacht.count() >= 2
    for bijeenkomst in verwacht:
        wie = bijeenkomst.groep.title if bijeenkomst.groep else bijeenkomst.overleg.naam
        event = events[f"{bijeenkomst.titel} ({wie})"]
        assert event.decoded("dtstart") == bijeenkomst.begin
        assert event.decoded("dtend") == bijeenkomst.einde
        assert str(bijeenkomst.uid) in str(event["uid"])


def test_feed_van_onbekende_groep_geeft_404(client):
    assert client.get("/bijeenkomsten/groep-999999.ics").status_code == 404


def test_groepspagina_toont_materiaal_per_bijeenkomst(client):
    groep = _groep("rollen-houding-en-gemeenschappelijke-afspraken")
    html = client.get(groep.url).content.decode()
    sessie = "Kennissessie regionale samenwerkingsafspraken onder de Omgevingswet"
    assert html.index(sessie) < html.index("Presentatie BZK: regionale samenwerkingsafspraken")
    assert "/materialen/voorbeeld/" in html
    assert f"/bijeenkomsten/groep-{groep.pk}.ics" in html


def test_werkruimte_materiaal_lekt_niet_naar_bezoekers(client, django_user_model):
    groep = _groep("risicogericht-samenwerken")
    document = get_document_model().objects.get(title=PRIVE)
    bijeenkomst = Bijeenkomst.objects.get(
        titel="Kennismakingsbijeenkomst risicogericht samenwerken"
    )

    for gebruiker in (None, "professional"):
        client.logout()
        if gebruiker:
            client.force_login(django_user_model.objects.get(username=gebruiker))
        for pad in (groep.url, f"/bijeenkomsten/{bijeenkomst.pk}/"):
            html = client.get(pad).content.decode()
            assert "Werkvorm: kennismaken met elkaars werkproces" in html  # the public one
            assert "Concept-verslag kennismakingsbijeenkomst" not in html, (gebruiker, pad)
            assert document.url not in html
        assert client.get(f"/materialen/voorbeeld/{document.pk}.png").status_code == 404
        download = client.get(document.url)
        assert download.status_code in (302, 403)  # to the login page, never the file
        assert b"Concept-verslag" not in b"".join(
            getattr(download, "streaming_content", [download.content])
        )


def test_lid_ziet_werkruimte_materiaal(client):
    groep = _groep("risicogericht-samenwerken")
    client.force_login(GebruikerFactory(username="lid-risico", lid_van=groep))
    document = get_document_model().objects.get(title=PRIVE)
    html = client.get(groep.url).content.decode()
    assert "Concept-verslag kennismakingsbijeenkomst" in html
    assert "alleen voor de werkruimte" in html
    assert client.get(f"/materialen/voorbeeld/{document.pk}.png").status_code == 200
    assert client.get(document.url).status_code == 200


def test_bijeenkomst_zonder_plaats_of_met_einde_voor_begin_is_ongeldig():
    from django.core.exceptions import ValidationError

    groep = _groep("risicogericht-samenwerken")
    nu = timezone.now()
    with pytest.raises(ValidationError) as fout:
        Bijeenkomst(groep=groep, titel="X", begin=nu, einde=nu).full_clean()
    assert "einde" in fout.value.message_dict and "locatie" in fout.value.message_dict


def test_trekker_plant_alleen_voor_de_eigen_groep(client, django_user_model):
    from redactie.demo import demo_groep

    trekker = django_user_model.objects.get(username="trekker")
    client.force_login(trekker)
    eigen = demo_groep()
    andere = _groep("risicogericht-samenwerken")
    formulier = client.get("/admin/snippets/materialen/bijeenkomst/add/")
    assert formulier.status_code == 200
    keuzes = formulier.context["form"].fields["groep"].queryset
    assert list(keuzes) == [GroepPage.objects.get(pk=eigen.pk)]

    def plan(groep, titel):
        return client.post(
            "/admin/snippets/materialen/bijeenkomst/add/",
            {
                "groep": groep.pk,
                "titel": titel,
                "soort": "bijeenkomst",
                "begin": "2027-03-04 14:00",
                "einde": "2027-03-04 16:00",
                "locatie": "Provinciehuis Utrecht",
            },
        )

    assert plan(andere, "Niet van mij").status_code == 200  # the form again, with an error
    assert not Bijeenkomst.objects.filter(titel="Niet van mij").exists()
    assert plan(eigen, "Werkoverleg kennisbehoeften").status_code == 302
    assert Bijeenkomst.objects.filter(titel="Werkoverleg kennisbehoeften", groep=eigen).exists()
