"""Demo of materials, meetings and templates, all from the seeds:

- the two templates: Modelconvenant risicogericht samenwerken (seed 004) and the Convenant
  Regionale Samenwerking (seed 000), with their placeholders;
- broader/narrower: the kerninstrumenten of the BZK table (seed 001) under "Kerninstrument";
- for two groups a past meeting with its materials and report, and an upcoming meeting:
  the BZK slides (seed 001) as a presentation, a work form from seed 004 art. 2.3-2.4, and a
  workspace-only concept report that only members may see.

Idempotent: templates by title, meetings by (group, title), documents by title, materials
by (group, title)."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from afspraken.models import KERNINSTRUMENTEN
from begrippen.models import Begrip
from groepen.models import GroepPage, GroepRechten, Werkmateriaal
from materialen.models import Bijeenkomst, Sjabloon
from materialen.sjablonen import maak_docx, maak_pdf

TEKSTEN = Path(__file__).resolve().parent / "teksten"
TZ = ZoneInfo("Europe/Amsterdam")

SJABLONEN = [
    {
        "titel": "Modelconvenant risicogericht samenwerken",
        "bestand": "modelconvenant-risicogericht-samenwerken.txt",
        "omschrijving": (
            "Model voor samenwerkingsafspraken tussen gemeenten, omgevingsdiensten, "
            "veiligheidsregio's, GGD en provincie om risicogericht samen te werken. Vul de "
            "namen van de partijen en hun vertegenwoordigers in."
        ),
        "bron": "Modelconvenant risicogericht samenwerken",
        "groep_slug": "risicogericht-samenwerken",
    },
    {
        "titel": "Convenant Regionale Samenwerking",
        "bestand": "convenant-regionale-samenwerking.txt",
        "omschrijving": (
            "Het convenant van de regionale samenwerking VTH & RO in de provincie Utrecht, om "
            "te ondertekenen: vul per partij de organisatie, ondertekenaar, datum en plaats in."
        ),
        "bron": "Convenant Regionale Samenwerking, Regio Utrecht (VTH & RO)",
        "groep_slug": "",
    },
]

KERNINSTRUMENT = "Kerninstrument"

WERKVORM_TEKST = """# Werkvorm: kennismaken met elkaars werkproces
Modelconvenant risicogericht samenwerken, artikel 2.3 en 2.4
## Doel
Partijen spannen zich over en weer in om de bekendheid van en over professionals te verbeteren. Daarnaast wordt door partijen in deze bijeenkomsten kennis gedeeld over elkaars werkprocessen en overwegingen binnen hun werkveld.
## Wie doen mee
De professionals van veiligheid, gezondheid, ruimtelijke ordening, vergunningverlening en toezicht/handhaving.
## Opzet
1. Ieder vertelt in twee minuten welke rol en verantwoordelijkheden de eigen organisatie heeft in het werkgebied van het convenant.
2. In gemengde tweetallen (gemeente, omgevingsdienst, veiligheidsregio, GGD, provincie) bespreken deelnemers een voorliggende casus: wie adviseert waarover, en wanneer?
3. Plenair: welke informatie leveren partijen elkaar ten behoeve van risicobeoordeling en risicocommunicatie (artikel 3.4)?
## Delen
De gebruikte middelen zoals presentaties en publicaties worden met elkaar gedeeld (artikel 2.4).
"""

CONCEPT_VERSLAG_TEKST = """# Concept-verslag kennismakingsbijeenkomst risicogericht samenwerken
Alleen voor de werkruimte van de themagroep.
## Besproken
- Bekendheid tussen professionals van gemeenten, omgevingsdienst, veiligheidsregio en GGD (artikel 2.3).
- Een gezamenlijke leeromgeving met bijeenkomsten, cursussen en workshops (artikel 2.4).
- Escalatieladders voor gevallen waarin adviseurs niet tot overeenstemming komen (artikel 4.4).
"""


def _tekst(bestand):
    return (TEKSTEN / bestand).read_text(encoding="utf-8")


def _groep(slug):
    return GroepPage.objects.filter(slug=slug).first()


def _sjablonen(verslag):
    for data in SJABLONEN:
        if Sjabloon.objects.filter(titel=data["titel"]).exists():
            continue
        Sjabloon.objects.create(
            titel=data["titel"],
            omschrijving=data["omschrijving"],
            tekst=_tekst(data["bestand"]),
            bron=data["bron"],
            groep=_groep(data["groep_slug"]) if data["groep_slug"] else None,
        )
        verslag.teller("sjablonen")


def _bredere_begrippen(verslag):
    kern = Begrip.objects.filter(term=KERNINSTRUMENT).first()
    if kern is None:
        return
    for begrip in Begrip.objects.filter(term__in=KERNINSTRUMENTEN):
        if not begrip.bredere_begrippen.exists():
            begrip.bredere_begrippen.add(kern)
            verslag.teller("begriprelaties")


def _document(titel, bestandsnaam, inhoud, collectie, verslag):
    Document = get_document_model()
    document = Document.objects.filter(title=titel).first()
    if document is None:
        document = Document(title=titel, collection=collectie)
        document.file.save(bestandsnaam, ContentFile(inhoud), save=False)
        document._set_document_file_metadata()  # size and hash, as the admin form does
        document.save()  # the post_save signal extracts the text and makes the preview
        verslag.teller("documenten")
    return document


def _volgende_donderdag(dagen_vooruit=30, uur=14):
    dag = timezone.localdate() + datetime.timedelta(days=dagen_vooruit)
    dag += datetime.timedelta(days=(3 - dag.weekday()) % 7)
    return datetime.datetime.combine(dag, datetime.time(uur), tzinfo=TZ)


def _bijeenkomst(groep, titel, teller, **velden):
    bestaand = Bijeenkomst.objects.filter(groep=groep, titel=titel).first()
    if bestaand:
        return bestaand
    teller.teller("bijeenkomsten")
    return Bijeenkomst.objects.create(groep=groep, titel=titel, **velden)


def _werkmaterialen(groep, items, verslag):
    """Add materials to a group page through a published revision (they are page children)."""
    pagina = groep.specific
    if pagina.workflow_in_progress or pagina.has_unpublished_changes:
        return  # never publish someone else's pending change
    bestaande = set(pagina.werkmaterialen.values_list("titel", flat=True))
    nieuw = [item for item in items if item["titel"] not in bestaande]
    if not nieuw:
        return
    for item in nieuw:
        pagina.werkmaterialen.add(Werkmateriaal(**item))
        verslag.teller("werkmaterialen")
    pagina.save_revision().publish()


def _afspraken_groep(verslag):
    groep = _groep("vth-samenwerkingsafspraken")
    if groep is None:
        return
    rechten = GroepRechten.objects.get(groep=groep)  # set up by redactie (site/demo)
    sessie = _bijeenkomst(
        groep,
        "Kennissessie regionale samenwerkingsafspraken onder de Omgevingswet",
        verslag,
        soort=Bijeenkomst.Soort.KENNISSESSIE,
        begin=datetime.datetime(2026, 3, 12, 13, 30, tzinfo=TZ),
        einde=datetime.datetime(2026, 3, 12, 16, 0, tzinfo=TZ),
        locatie="Provinciehuis Utrecht, Archimedeslaan 6, Utrecht",
        agenda=(
            "<ol><li>Introductie en aanleiding: waarom regionale samenwerkingsafspraken?</li>"
            "<li>De tabel van interbestuurlijke samenwerkingsafspraken per kerninstrument "
            "(kolommen B tot en met P)</li><li>Advies: begin bij jouw stukje van de keten</li>"
            "<li>Afsluiting en vervolg</li></ol>"
        ),
        verslag=(
            "<p>Het ministerie van BZK lichtte toe waarom regionale samenwerkingsafspraken "
            "nodig zijn: één overheid, één loket; integrale maatschappelijke opgaven; nieuw "
            "instrumentarium. De wetgever zegt wat, maar niet hoe.</p><p>Advies aan de "
            "groep: begin bij jouw stukje van de keten, vraag je af welke afspraken je nodig "
            "hebt en welke partners daarbij horen, maak afspraken, kijk of ze werken en pas ze "
            "eventueel aan.</p>"
        ),
    )
    _bijeenkomst(
        groep,
        "Werksessie samenwerkingsafspraken per kerninstrument",
        verslag,
        soort=Bijeenkomst.Soort.WORKSHOP,
        begin=_volgende_donderdag(),
        einde=_volgende_donderdag() + datetime.timedelta(hours=2),
        online_link="https://vergaderen.regiosamenwerking.example/samenwerkingsafspraken",
        agenda=(
            "<ol><li>Welke afspraken heb ik nodig per kerninstrument?</li>"
            "<li>Typering: afstemming nodig of afstemming wenselijk</li></ol>"
        ),
    )
    slides = _document(
        "Presentatie BZK: regionale samenwerkingsafspraken onder de Omgevingswet",
        "bzk-regionale-samenwerkingsafspraken.pdf",
        maak_pdf(
            "Regionale samenwerkingsafspraken onder de Omgevingswet",
            _tekst("bzk-regionale-samenwerkingsafspraken.txt"),
        ),
        rechten.collectie,
        verslag,
    )
    _werkmaterialen(
        groep,
        [
            {
                "titel": "Presentatie BZK: regionale samenwerkingsafspraken",
                "soort": Werkmateriaal.Soort.PRESENTATIE,
                "gekoppelde_bijeenkomst": sessie,
                "datum": sessie.begin.date(),
                "omschrijving": (
                    "De slides van het ministerie van BZK met de tabel van interbestuurlijke "
                    "samenwerkingsafspraken per kerninstrument."
                ),
                "document": slides,
            }
        ],
        verslag,
    )


def _risicogericht_groep(verslag):
    groep = _groep("risicogericht-samenwerken")
    if groep is None:
        return
    rechten = GroepRechten.objects.get(groep=groep)  # set up by redactie (site/demo)
    bijeenkomst = _bijeenkomst(
        groep,
        "Kennismakingsbijeenkomst risicogericht samenwerken",
        verslag,
        soort=Bijeenkomst.Soort.WORKSHOP,
        begin=datetime.datetime(2026, 6, 18, 9, 30, tzinfo=TZ),
        einde=datetime.datetime(2026, 6, 18, 12, 30, tzinfo=TZ),
        locatie="Omgevingsdienst Utrecht",
        agenda=(
            "<ol><li>Kennismaking: rollen en verantwoordelijkheden van gemeente, "
            "omgevingsdienst, veiligheidsregio, GGD en provincie</li><li>Werkvorm: elkaars "
            "werkproces</li><li>Het modelconvenant risicogericht samenwerken</li></ol>"
        ),
        verslag=(
            "<p>Partijen organiseerden deze kennismakingsbijeenkomst om de bekendheid van en "
            "over professionals te verbeteren (modelconvenant, artikel 2.3). Kennis werd "
            "gedeeld over elkaars werkprocessen en overwegingen binnen het eigen werkveld.</p>"
            "<p>Afgesproken: de gebruikte presentaties en publicaties worden met elkaar "
            "gedeeld (artikel 2.4), en de groep werkt het modelconvenant uit tot een convenant "
            "voor de regio.</p>"
        ),
    )
    werkvorm = _document(
        "Werkvorm: kennismaken met elkaars werkproces",
        "werkvorm-kennismaken.docx",
        maak_docx("Werkvorm: kennismaken met elkaars werkproces", WERKVORM_TEKST),
        rechten.collectie,
        verslag,
    )
    concept = _document(
        "Concept-verslag kennismakingsbijeenkomst (werkruimte)",
        "concept-verslag-kennismaking.docx",
        maak_docx("Concept-verslag kennismakingsbijeenkomst", CONCEPT_VERSLAG_TEKST),
        rechten.werkruimte_collectie,
        verslag,
    )
    _werkmaterialen(
        groep,
        [
            {
                "titel": "Werkvorm: kennismaken met elkaars werkproces",
                "soort": Werkmateriaal.Soort.WERKVORM,
                "gekoppelde_bijeenkomst": bijeenkomst,
                "datum": bijeenkomst.begin.date(),
                "omschrijving": "Werkvorm bij artikel 2.3 en 2.4 van het modelconvenant.",
                "document": werkvorm,
            },
            {
                "titel": "Concept-verslag kennismakingsbijeenkomst",
                "soort": Werkmateriaal.Soort.VERSLAG,
                "gekoppelde_bijeenkomst": bijeenkomst,
                "datum": bijeenkomst.begin.date(),
                "omschrijving": "Werkversie, alleen voor leden van de themagroep.",
                "document": concept,
            },
        ],
        verslag,
    )


def laad(verslag):
    _sjablonen(verslag)
    _bredere_begrippen(verslag)
    _afspraken_groep(verslag)
    _risicogericht_groep(verslag)
