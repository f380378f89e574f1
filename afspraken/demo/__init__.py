"""Demo content of the register: the controlled list of kerninstrumenten, the examples of the
BZK slides (seed 001) and the valid rows of the public sample file, attached to groups.
Loaded through the importer itself, so a second run changes nothing."""

import csv
import io
from pathlib import Path

from django.utils.html import escape

from afspraken.importeren import KOLOMMEN, importeer
from afspraken.models import KERNINSTRUMENTEN, AfsprakenRegisterPage, Kerninstrument

# Which group looks after the agreements of which kerninstrument (slugs of the demo groups).
GROEP_PER_INSTRUMENT = {
    "Omgevingsvergunning": "vth-samenwerkingsafspraken",
    "Toezicht en handhaving": "vth-samenwerkingsafspraken",
    "Algemene rijksregels / Meldingen": "vth-samenwerkingsafspraken",
    "Maatwerk": "vth-samenwerkingsafspraken",
    "Gelijkwaardige maatregelen": "risicogericht-samenwerken",
    "Digitaal Stelsel Omgevingswet (DSO)": "versterken-kennispositie-overheden",
}
STANDAARD_GROEP = "rollen-houding-en-gemeenschappelijke-afspraken"

# The examples of the BZK slides (seed 001, "Uitleg tabel"), one per instrument shown there.
BZK = "Ministerie van BZK, presentatie regionale samenwerkingsafspraken"
SEED_001 = [
    {
        "code": "BZK-01",
        "titel": "Integrale afweging van strategische projecten",
        "kerninstrument": "Omgevingsvisie",
        "samenwerkingsafspraak": "Partijen in de regio wegen sectorale ruimtelijke claims onderling integraal af.",
        "juridische_onderbouwing": "Omgevingswet art. 3.2",
        "typering": "afstemming wenselijk",
        "trefwoorden": "integrale afweging; strategische projecten; ruimtelijke claims",
        "ambtelijk_bestuurlijk": "bestuurlijk",
        "gemeente": "x",
        "provincie": "x",
        "waterschap": "x",
        "toelichting": "Voorbeeldafspraak uit de tabel van interbestuurlijke samenwerkingsafspraken.",
    },
    {
        "code": "BZK-02",
        "titel": "Gezamenlijk invulling geven aan een programma",
        "kerninstrument": "Programma",
        "samenwerkingsafspraak": "Partijen nemen contact met elkaar op bij het initiëren van een vrijwillig programma, bijvoorbeeld voor het klimaat.",
        "juridische_onderbouwing": "Omgevingswet art. 3.4",
        "typering": "afstemming wenselijk",
        "trefwoorden": "programma; klimaat",
        "ambtelijk_bestuurlijk": "ambtelijk",
        "gemeente": "x",
        "provincie": "x",
        "waterschap": "x",
        "toelichting": "Voorbeeldafspraak uit de tabel van interbestuurlijke samenwerkingsafspraken.",
    },
    {
        "code": "BZK-03",
        "titel": "Gezamenlijk gelijksoortige regels opstellen",
        "kerninstrument": "Omgevingsplan",
        "samenwerkingsafspraak": "Omgevingsdienst en bevoegde gezagen maken in de regio afspraken om gelijksoortige regels te hebben.",
        "juridische_onderbouwing": "Omgevingswet art. 2.4",
        "typering": "afstemming wenselijk",
        "trefwoorden": "omgevingsplan; gelijksoortige regels; regionale afstemming",
        "ambtelijk_bestuurlijk": "ambtelijk",
        "gemeente": "x",
        "omgevingsdienst": "x",
        "toelichting": "Voorbeeldafspraak uit de tabel van interbestuurlijke samenwerkingsafspraken.",
    },
    {
        "code": "BZK-04",
        "titel": "Levertermijnen bij de omgevingsvergunning",
        "kerninstrument": "Omgevingsvergunning",
        "samenwerkingsafspraak": "Ketenpartners spreken levertermijnen af voor adviezen en bijdragen, zodat een vergunning binnen de wettelijke termijn van 8 weken kan worden verleend.",
        "juridische_onderbouwing": "Omgevingswet art. 16.64",
        "typering": "afstemming nodig",
        "trefwoorden": "levertermijnen; vergunningverlening; beslistermijn; advies",
        "ambtelijk_bestuurlijk": "ambtelijk",
        "gemeente": "x",
        "provincie": "x",
        "waterschap": "x",
        "omgevingsdienst": "x",
        "veiligheidsregio": "x",
        "ggd": "x",
        "toelichting": "Om straks een vergunning binnen 8 weken af te kunnen geven, moet je nu al starten met samenwerkingsafspraken met ketenpartners.",
    },
    {
        "code": "BZK-05",
        "titel": "Programma en strategie voor toezicht en handhaving",
        "kerninstrument": "Toezicht en handhaving",
        "samenwerkingsafspraak": "Bevoegde gezagen en omgevingsdienst stemmen hun handhavingsstrategie en hun uitvoeringsprogramma voor toezicht en handhaving op elkaar af.",
        "juridische_onderbouwing": "Omgevingsbesluit art. 13.5; Omgevingsbesluit art. 13.6",
        "typering": "afstemming nodig",
        "trefwoorden": "handhavingsstrategie; uitvoeringsprogramma; toezicht; handhaving",
        "ambtelijk_bestuurlijk": "bestuurlijk",
        "gemeente": "x",
        "provincie": "x",
        "omgevingsdienst": "x",
        "toelichting": "Voorbeeldafspraak uit de tabel van interbestuurlijke samenwerkingsafspraken.",
    },
    {
        "code": "KP-01",
        "titel": "Afstemming van decentrale regels voor de fysieke leefomgeving",
        "kerninstrument": "Decentrale regels",
        "samenwerkingsafspraak": "Gemeenten, provincie en waterschap leggen ontwerpen van decentrale regels die elkaars taken raken vroegtijdig aan elkaar voor.",
        "juridische_onderbouwing": "Omgevingswet art. 2.2",
        "typering": "afstemming nodig",
        "trefwoorden": "decentrale regels; afstemming; fysieke leefomgeving",
        "ambtelijk_bestuurlijk": "ambtelijk",
        "gemeente": "x",
        "provincie": "x",
        "waterschap": "x",
        "toelichting": "Art. 2.2 Omgevingswet vraagt bestuursorganen rekening te houden met elkaars taken en bevoegdheden.",
    },
]
VOORBEELD = Path(__file__).with_name("afspraken_voorbeeld.csv")
REGISTER_INTRO = (
    "Alle uitvoeringsafspraken van de regionale samenwerking, altijd in de actuele versie "
    "(Convenant Regionale Samenwerking, art. 7.1–7.3). Filter op kerninstrument, ketenpartner "
    "of trefwoord, en hergebruik de selectie als CSV, Excel of JSON."
)


def _demo_bestand():
    uitvoer = io.StringIO()
    kolommen = ["code", "titel", "status", "groep", *KOLOMMEN]
    schrijver = csv.DictWriter(uitvoer, fieldnames=kolommen, restval="")
    schrijver.writeheader()
    for rij in SEED_001:
        schrijver.writerow(
            {**rij, "status": "vastgesteld", "bron": BZK, "groep": _groep(rij["kerninstrument"])}
        )
    with VOORBEELD.open(encoding="utf-8") as bestand:
        for rij in csv.DictReader(bestand):
            rij["groep"] = _groep(rij["kerninstrument"])
            schrijver.writerow(rij)
    return uitvoer.getvalue().encode()


def _groep(instrument):
    return GROEP_PER_INSTRUMENT.get(instrument, STANDAARD_GROEP)


def laad(verslag, home):
    for volgorde, naam in enumerate(KERNINSTRUMENTEN, start=1):
        _instrument, nieuw = Kerninstrument.objects.get_or_create(
            naam=naam, defaults={"volgorde": volgorde * 10}
        )
        if nieuw:
            verslag.teller("kerninstrumenten")
    if not AfsprakenRegisterPage.objects.exists():
        register = AfsprakenRegisterPage(
            title="Uitvoeringsafspraken",
            slug="afspraken",
            intro=f"<p>{escape(REGISTER_INTRO)}</p>",
            show_in_menus=True,
            search_description="Het openbare register van uitvoeringsafspraken tussen de partijen.",
        )
        home.add_child(instance=register)
        register.save_revision().publish()
        verslag.teller("pagina's")
    resultaat = importeer(_demo_bestand())
    if resultaat.nieuw:
        verslag.aangemaakt["uitvoeringsafspraken"] = len(resultaat.nieuw)
