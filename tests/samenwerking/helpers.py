"""Test data of the overlegstructuur, made by the tests themselves (not the demo)."""

import datetime
import xml.etree.ElementTree as ET

from lxml import html as lxml_html

from django.utils import timezone

from wagtail.models import PageViewRestriction

from materialen.models import Bijeenkomst
from organisaties.models import (
    Deelname,
    Organisatie,
    Overleg,
    OverlegRelatie,
    OverlegstructuurPage,
)
from tests.factories import KennisnetwerkPageFactory, OverlegFactory

SVG = "{http://www.w3.org/2000/svg}"


def maak_structuur(aantal=3, reeks="Keten"):
    """`aantal` tactical overleggen in a chain of "bereidt voor" relations to the B-PSO, one
    "informeert" relation to a public group and one to a private group. The relations of the
    demo content are removed first: the tests count exactly these."""
    OverlegRelatie.objects.all().delete()
    bpso = Overleg.objects.get(afkorting="B-PSO")
    overleggen = [
        OverlegFactory(naam=f"Testoverleg {reeks} {i}", afkorting=f"{reeks[:2].upper()}-{i}")
        for i in range(aantal)
    ]
    for overleg in overleggen:
        OverlegRelatie.objects.create(van=overleg, soort="bereidt_voor", naar_overleg=bpso)
    achter = "" if reeks == "Keten" else f" {reeks}"
    openbaar = KennisnetwerkPageFactory(title=f"Kennisnetwerk Open Kaart{achter}", publiceren=True)
    besloten = KennisnetwerkPageFactory(
        title=f"Kennisnetwerk Gesloten Deur{achter}", publiceren=True
    )
    PageViewRestriction.objects.create(page=besloten, restriction_type="login")
    OverlegRelatie.objects.create(van=overleggen[0], soort="informeert", naar_groep=openbaar)
    OverlegRelatie.objects.create(van=overleggen[0], soort="adviseert", naar_groep=besloten)
    return {"bpso": bpso, "overleggen": overleggen, "openbaar": openbaar, "besloten": besloten}


def vul_overleg(overleg, aantal):
    """Members, meetings and relations for one overleg, `aantal` of each."""
    for i in range(aantal):
        org = Organisatie.objects.create(naam=f"Gemeente Vulpen {overleg.pk}-{i}", soort="gemeente")
        Deelname.objects.create(organisatie=org, overleg=overleg, rol="lid")
        begin = timezone.now() + datetime.timedelta(days=30 * (i - aantal // 2))
        Bijeenkomst.objects.create(
            overleg=overleg,
            titel=f"Vergadering {i}",
            begin=begin,
            einde=begin + datetime.timedelta(hours=2),
            locatie="Provinciehuis",
        )
        ander = OverlegFactory(naam=f"Vuloverleg {overleg.pk}-{i}")
        OverlegRelatie.objects.create(van=ander, soort="adviseert", naar_overleg=overleg)
        OverlegRelatie.objects.create(van=overleg, soort="informeert", naar_overleg=ander)
        groep = KennisnetwerkPageFactory(title=f"Kennisnetwerk Vul {overleg.pk}-{i}")
        OverlegRelatie.objects.create(van=overleg, soort="informeert", naar_groep=groep)


def structuurpagina_html(client):
    antwoord = client.get(OverlegstructuurPage.objects.get().url)
    assert antwoord.status_code == 200
    return antwoord.content.decode()


def svg_van(html):
    """The diagram's <svg> element, parsed as XML (it must be well-formed SVG)."""
    begin = html.index('<svg class="kp-diagram__svg"')
    eind = html.index("</svg>", begin) + len("</svg>")
    return ET.fromstring(html[begin:eind])


def vakken(svg):
    """{href: title text} of every box (link) in the diagram."""
    return {a.get("href"): a.find(f"{SVG}title").text.strip() for a in svg.iter(f"{SVG}a")}


def relaties_in_svg(svg):
    return sorted(
        g.get("data-relatie")
        for g in svg.iter(f"{SVG}g")
        if "kp-diagram__label" in (g.get("class") or "").split()
    )


def tekstequivalent(html):
    """(links of the overleggen and groups, relation sentences) of the text equivalent."""
    deel = lxml_html.fromstring(html).get_element_by_id("diagram-tekst")
    links = [li.find("a").get("href") for li in deel.iter("li") if li.get("data-sleutel")]
    relaties = sorted(li.get("data-relatie") for li in deel.iter("li") if li.get("data-relatie"))
    return links, relaties
