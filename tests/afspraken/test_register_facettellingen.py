"""The register's facet counts and its number of results against a straightforward count:
for every facet value, the public agreements (Uitvoeringsafspraak.objects.openbaar()) that
match all *other* chosen filters and have that value. The facet statement (one UNION ALL of a
GROUP BY per facet, the ketenpartners as a bit mask) and the total taken from it must agree
with that, whatever is chosen; concept agreements (also a live one) are never counted, and a
group behind a privacy setting is no facet value (its agreements are public and counted)."""

import re

import pytest

from wagtail.models import PageViewRestriction

from afspraken.models import PARTNER_VELDEN, Kerninstrument, Uitvoeringsafspraak
from afspraken.register import Registerfilter
from groepen.models import GroepPage
from groepen.toegang import openbaar
from tests.factories import UitvoeringsafspraakFactory

pytestmark = pytest.mark.django_db

Status = Uitvoeringsafspraak.Status


def _rechttoe(gekozen, behalve=None):
    """The public agreements matching the chosen filters except `behalve`, written out."""
    qs = Uitvoeringsafspraak.objects.filter(live=True).exclude(status=Status.CONCEPT)
    for naam, waarde in gekozen.items():
        if naam == behalve:
            continue
        qs = qs.filter(
            **{
                "kerninstrument": {"kerninstrument__slug": waarde},
                "ketenpartner": {waarde: True},
                "typering": {"typering": waarde},
                "niveau": {"ambtelijk_bestuurlijk": waarde},
                "status": {"status": waarde},
                "trefwoord": {"trefwoorden__slug": waarde},
                "groep": {"groep__slug": waarde},
            }[naam]
        )
    if behalve != "status" and "status" not in gekozen:
        qs = qs.filter(status__in=[Status.IN_AFSTEMMING, Status.VASTGESTELD])
    return qs.distinct()


def _verwacht(gekozen, openbare_groepen):
    """facet -> {value: count} for the values with a count, straightforwardly."""
    waarden = {
        "kerninstrument": {k.slug: {"kerninstrument": k} for k in Kerninstrument.objects.all()},
        "ketenpartner": {veld: {veld: True} for veld in PARTNER_VELDEN},
        "typering": {w: {"typering": w} for w, _l in Uitvoeringsafspraak.Typering.choices},
        "niveau": {w: {"ambtelijk_bestuurlijk": w} for w, _l in Uitvoeringsafspraak.Niveau.choices},
        "status": {w: {"status": w} for w, _l in Status.choices if w != Status.CONCEPT},
        "groep": {g.slug: {"groep": g} for g in openbare_groepen},
    }
    verwacht = {}
    for facet, per_waarde in waarden.items():
        basis = _rechttoe(gekozen, behalve=facet)
        tellingen = {w: basis.filter(**voorwaarde).count() for w, voorwaarde in per_waarde.items()}
        verwacht[facet] = {w: n for w, n in tellingen.items() if n or w == gekozen.get(facet)}
    trefwoorden = {}
    for afspraak in _rechttoe(gekozen, behalve="trefwoord").prefetch_related("trefwoorden"):
        for tag in afspraak.trefwoorden.all():
            trefwoorden[tag.slug] = trefwoorden.get(tag.slug, 0) + 1
    verwacht["trefwoord"] = trefwoorden
    return verwacht


@pytest.fixture
def wereld():
    """The demo register plus what must not be counted or named: a concept (also one that is
    live, which openbaar() leaves out all the same), an agreement withdrawn, and a group made
    private that holds public agreements."""
    afspraak = Uitvoeringsafspraak.objects.openbaar().exclude(groep=None).first()
    besloten = GroepPage.objects.get(pk=afspraak.groep_id)
    PageViewRestriction.objects.create(page=besloten, restriction_type=PageViewRestriction.LOGIN)
    instrument = afspraak.kerninstrument
    UitvoeringsafspraakFactory(concept=True, kerninstrument=instrument, gemeente=True)
    levend_concept = UitvoeringsafspraakFactory(
        kerninstrument=instrument, gemeente=True, groep=besloten, publiceren=True
    )
    Uitvoeringsafspraak.objects.filter(pk=levend_concept.pk).update(status=Status.CONCEPT)
    ingetrokken = UitvoeringsafspraakFactory(
        kerninstrument=instrument, gemeente=True, rijk=True, publiceren=True
    )
    ingetrokken.status = Status.INGETROKKEN
    ingetrokken.save_revision().publish()
    ingetrokken.trefwoorden.add("ingetrokken woord")
    ingetrokken.save()
    assert Uitvoeringsafspraak.objects.filter(status=Status.CONCEPT).exists()
    return {"instrument": instrument, "besloten": besloten, "afspraak": afspraak}


def _combinaties(wereld):
    instrument, besloten = wereld["instrument"].slug, wereld["besloten"].slug
    trefwoord = wereld["afspraak"].trefwoorden.first()
    openbare = openbaar(GroepPage.objects.live()).exclude(pk=wereld["besloten"].pk).first()
    combinaties = [
        {},
        {"kerninstrument": instrument},
        {"kerninstrument": instrument, "ketenpartner": "gemeente"},
        {"ketenpartner": "rijk", "status": Status.INGETROKKEN},
        {"kerninstrument": instrument, "niveau": "bestuurlijk", "typering": "afstemming nodig"},
        # a private group's slug is no filter: ignored, as an unknown value
        {"groep": besloten, "ketenpartner": "gemeente"},
        # every facet that can give the total chosen: a COUNT of its own
        {
            "kerninstrument": instrument,
            "ketenpartner": "gemeente",
            "typering": "afstemming nodig",
            "niveau": "ambtelijk",
            "groep": openbare.slug if openbare else "",
        },
    ]
    if openbare is not None:
        combinaties.append({"groep": openbare.slug, "status": Status.VASTGESTELD})
    if trefwoord is not None:
        combinaties.append({"trefwoord": trefwoord.slug, "ketenpartner": "gemeente"})
    return combinaties


def test_facettellingen_zijn_de_rechttoe_rechtaan_tellingen(wereld, client):
    openbare_groepen = list(openbaar(GroepPage.objects.live()))
    assert wereld["besloten"] not in openbare_groepen
    for params in _combinaties(wereld):
        filter_ = Registerfilter(params)
        gekozen = dict(filter_.gekozen)
        assert "groep" not in gekozen or gekozen["groep"] != wereld["besloten"].slug
        facetten = filter_.facetten()
        verwacht = _verwacht(gekozen, openbare_groepen)
        for facet, (_label, waarden) in facetten.items():
            gevonden = {w.waarde: w.aantal for w in waarden}
            assert gevonden == verwacht[facet], (params, facet)
        assert wereld["besloten"].slug not in {w.waarde for w in facetten["groep"][1]}
        totaal = _rechttoe(gekozen).count()
        assert filter_.totaal == totaal, params
        # the page says the same number and lists that many rows (up to a page)
        html = client.get("/afspraken/", params).content.decode()
        assert re.search(rf"\b{totaal} afspra(?:ak|ken) gevonden", html), params
        assert html.count('<li class="kp-afspraak') == min(totaal, 25), params
