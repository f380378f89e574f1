"""The diagram of the overlegstructuur (issue 14.2): an SVG generated from the data, every box
a link, every relation a labelled arrow, a text equivalent with the same content, and nothing
of a private group."""

import itertools

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from materialen.models import Bijeenkomst
from organisaties.models import Deelname, Organisatie, Overleg, OverlegRelatie, Partijschap
from samenwerking.structuur import zichtbare_relaties
from tests.factories import OverlegFactory
from tests.samenwerking.helpers import (
    SVG,
    maak_structuur,
    relaties_in_svg,
    structuurpagina_html,
    svg_van,
    tekstequivalent,
    vakken,
    vul_overleg,
)

pytestmark = pytest.mark.django_db


def _kort(overleg):
    return (
        overleg.afkorting
        if overleg.afkorting and overleg.afkorting != overleg.naam
        else overleg.naam
    )


def verwachte_relaties():
    """Every relation an anonymous visitor may see, as the diagram and the text write it."""
    zinnen = []
    for r in zichtbare_relaties(OverlegRelatie.objects.all()):
        naar = _kort(r.naar_overleg) if r.naar_overleg else r.naar_groep.title
        zinnen.append(f"{_kort(r.van)} {r.get_soort_display()}: {naar}")
    return sorted(zinnen)


def test_svg_bevat_elk_overleg_en_elke_relatie_als_link(client):
    data = maak_structuur()
    svg = svg_van(structuurpagina_html(client))
    links = vakken(svg)
    for overleg in Overleg.objects.all():
        assert overleg.get_absolute_url() in links, overleg.naam
        assert links[overleg.get_absolute_url()].startswith(overleg.naam)
    assert links[data["openbaar"].url].startswith("Kennisnetwerk Open Kaart")
    assert len(links) == Overleg.objects.count() + 1  # the overleggen and the one public group
    relaties = relaties_in_svg(svg)
    assert relaties == verwachte_relaties()
    assert (
        "KE-0 bereidt voor: B-PSO" in relaties
        and "KE-0 informeert: Kennisnetwerk Open Kaart" in relaties
    )
    pijlen = [p for p in svg.iter(f"{SVG}path") if "kp-diagram__pijl" in (p.get("class") or "")]
    assert len(pijlen) == len(relaties)
    assert all(p.get("marker-end") == "url(#kp-pijlpunt)" for p in pijlen)
    assert svg.find(f"{SVG}defs/{SVG}marker").get("id") == "kp-pijlpunt"
    # Accessible: named by its <title>, not an image (it holds links).
    assert svg.get("role") is None
    titel = svg.find(f"{SVG}title")
    assert svg.get("aria-labelledby") == titel.get("id")
    # The three levels are bands with a visible label.
    niveaus = [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "kp-diagram__niveau"]
    assert niveaus == ["Strategisch niveau", "Tactisch niveau", "Operationeel niveau"]


def test_een_overleg_erbij_geeft_een_vak_erbij(client):
    voor = vakken(svg_van(structuurpagina_html(client)))
    nieuw = OverlegFactory(naam="Klankbordgroep Nieuwe Ronde", soort="klankbordgroep")
    na = vakken(svg_van(structuurpagina_html(client)))
    assert set(na) - set(voor) == {nieuw.get_absolute_url()}
    assert na[nieuw.get_absolute_url()] == "Klankbordgroep Nieuwe Ronde, klankbordgroep"


def test_relatie_naar_besloten_groep_staat_nergens(client):
    data = maak_structuur()
    html = structuurpagina_html(client)
    assert "Gesloten Deur" not in html
    assert data["besloten"].url not in html
    assert not any("adviseert: Kennisnetwerk" in r for r in relaties_in_svg(svg_van(html)))
    pagina = client.get(data["overleggen"][0].get_absolute_url()).content.decode()
    assert "Gesloten Deur" not in pagina and "Open Kaart" in pagina
    # A group that is not live is left out too.
    data["openbaar"].unpublish()
    assert "Open Kaart" not in structuurpagina_html(client)


def test_tekstequivalent_noemt_dezelfde_overleggen_en_relaties(client):
    maak_structuur()
    html = structuurpagina_html(client)
    svg = svg_van(html)
    links, relaties = tekstequivalent(html)
    assert sorted(links) == sorted(vakken(svg))
    assert relaties == relaties_in_svg(svg) == verwachte_relaties()


def _overlappen(a, b):
    return not (
        a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    )


def test_vijftien_overleggen_in_een_band_overlappen_niet_en_lange_namen_breken_op_woorden(client):
    lang = "Werkgroep Afstemming Vergunningverlening Toezicht en Handhaving Bodem en Water"
    for i in range(15):
        OverlegFactory(naam=f"{lang} {i}", niveau="operationeel")
    svg = svg_van(structuurpagina_html(client))
    vlakken = []
    for a in svg.iter(f"{SVG}a"):
        rect = a.find(f"{SVG}rect")
        vlakken.append(tuple(float(rect.get(k)) for k in ("x", "y", "width", "height")))
        regels = [t.text for t in a.findall(f"{SVG}text")]
        if a.find(f"{SVG}title").text.startswith(lang):
            assert len(regels) > 3  # wrapped
            assert " ".join(regels).startswith(lang)  # on word boundaries: words stay whole
            assert all(len(r) <= 22 for r in regels)
    for a, b in itertools.combinations(vlakken, 2):
        assert not _overlappen(a, b), (a, b)
    breedte = float(svg.get("viewBox").split()[2])
    assert all(x + w <= breedte for x, _, w, _ in vlakken)


def test_kaarten_linken_naar_het_overleg_en_partijen_staan_apart(client):
    gemeente = Organisatie.objects.create(naam="Gemeente Partijdorp", soort="gemeente")
    vertrokken = Organisatie.objects.create(naam="Gemeente Vertrokdorp", soort="gemeente")
    Organisatie.objects.create(naam="Gemeente Buitenregio", soort="gemeente")
    Partijschap.objects.create(organisatie=gemeente)
    Partijschap.objects.create(organisatie=vertrokken, uitgetreden_op="2026-01-01")
    html = structuurpagina_html(client)
    bpso = Overleg.objects.get(afkorting="B-PSO")
    naam = bpso.naam.replace("&", "&amp;")
    assert f'href="{bpso.get_absolute_url()}">{naam} (B-PSO)</a></h3>' in html
    assert "Partijen bij het convenant" in html and "Deelnemende organisaties" not in html
    assert f'href="{gemeente.get_absolute_url()}">Gemeente Partijdorp</a>' in html
    assert "Vertrokdorp" not in html and "Buitenregio" not in html
    assert 'href="/organisaties/">Alle organisaties en hun deelname</a>' in html
    assert 'href="/samenwerkingsverbanden/">Samenwerkingsverbanden in de regio</a>' in html
    assert 'href="/organisaties/partijen/">' in html
    assert "{# --- evaluatiecyclus" not in html  # the marked block stays a template comment


def _queries(client, url):
    client.get(url)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_aantal_queries_van_de_structuurpagina_groeit_niet(client, django_assert_max_num_queries):
    data = maak_structuur(1)
    url = structuurpagina_html.__globals__["OverlegstructuurPage"].objects.get().url
    basis = _queries(client, url)
    vul_overleg(data["overleggen"][0], 8)
    maak_structuur(6, reeks="Meer")
    client.get(url)  # the change renewed the shared data (inhoud/gedeeld.py): warm again
    with django_assert_max_num_queries(basis):
        client.get(url)


def test_na_alleen_migrate_toont_de_pagina_de_vijf_overleggen_zonder_pijlen(client):
    """The state of a database after migrate: the 5 reference overleggen, no relations,
    members, meetings of overleggen or parties."""
    OverlegRelatie.objects.all().delete()
    Deelname.objects.all().delete()
    Partijschap.objects.all().delete()
    Bijeenkomst.objects.filter(overleg__isnull=False).delete()
    Overleg.objects.exclude(volgorde__in=range(1, 6)).delete()
    assert Overleg.objects.count() == 5
    html = structuurpagina_html(client)
    svg = svg_van(html)
    assert len(vakken(svg)) == 5
    assert relaties_in_svg(svg) == []
    assert "Er zijn nog geen partijen bij het convenant vastgelegd." in html
    for overleg in Overleg.objects.all():
        antwoord = client.get(overleg.get_absolute_url())
        assert antwoord.status_code == 200
        assert "Er zijn nog geen relaties vastgelegd." in antwoord.content.decode()


def test_zonder_overleggen_een_melding_in_plaats_van_een_leeg_schema(client):
    Evaluatie = Overleg.evaluatiemomenten.rel.related_model
    Evaluatie.objects.all().delete()
    Overleg.objects.all().delete()
    html = structuurpagina_html(client)
    assert "kp-diagram__svg" not in html
    assert "Er zijn nog geen overleggen vastgelegd." in html
