"""Demo content of the register: the controlled list of kerninstrumenten, and the data of
afspraken.yaml (the examples of the BZK slides, seed 001; read by the site's demo loader) plus
the valid rows of the public sample file, attached to groups. Loaded through the importer
itself, so a second run changes nothing."""

import csv
import io
from pathlib import Path

from django.utils.html import escape

from afspraken.importeren import KOLOMMEN, importeer
from afspraken.importeren.formaat import SAMENVATTING_KOLOM
from afspraken.models import KERNINSTRUMENTEN, AfsprakenRegisterPage, Kerninstrument

MAP = Path(__file__).resolve().parent
VOORBEELD = MAP / "afspraken_voorbeeld.csv"


def _demo_bestand(data):
    def groep(instrument):
        return data["groep_per_instrument"].get(instrument, data["standaard_groep"])

    uitvoer = io.StringIO()
    kolommen = ["code", "titel", "status", "groep", *KOLOMMEN, SAMENVATTING_KOLOM]
    schrijver = csv.DictWriter(uitvoer, fieldnames=kolommen, restval="")
    schrijver.writeheader()
    for rij in data["voorbeelden"]:
        # issue 14: a sample the seed does not contain stays "in afstemming", without a source;
        # the examples of seed 001 get their vaststelling (overleg, date, meeting) from the
        # demo loader (kennisplatform/demo/samenwerking.py).
        voorbeeld = rij.pop("voorbeeld", False)
        schrijver.writerow(
            {
                **rij,
                "status": "in afstemming" if voorbeeld else "vastgesteld",
                "bron": "Voorbeeld" if voorbeeld else data["bron_voorbeelden"],
                "groep": groep(rij["kerninstrument"]),
            }
        )
    with VOORBEELD.open(encoding="utf-8") as bestand:
        for rij in csv.DictReader(bestand):
            rij["groep"] = groep(rij["kerninstrument"])
            schrijver.writerow(rij)
    return uitvoer.getvalue().encode()


def _alleen_rijen(inhoud, rijen):
    """The demo file with only the given rows (numbered as the import numbers them)."""
    lezer = csv.DictReader(io.StringIO(inhoud.decode()))
    uitvoer = io.StringIO()
    schrijver = csv.DictWriter(uitvoer, fieldnames=lezer.fieldnames)
    schrijver.writeheader()
    for nummer, rij in enumerate(lezer, start=2):
        if nummer in rijen:
            schrijver.writerow(rij)
    return uitvoer.getvalue().encode()


def laad(verslag, home, data):
    """`data`: the contents of afspraken.yaml."""
    for volgorde, naam in enumerate(KERNINSTRUMENTEN, start=1):
        _instrument, nieuw = Kerninstrument.objects.get_or_create(
            naam=naam, defaults={"volgorde": volgorde * 10}
        )
        if nieuw:
            verslag.teller("kerninstrumenten")
    if not AfsprakenRegisterPage.objects.exists():
        r = data["register"]
        register = AfsprakenRegisterPage(
            title=r["titel"],
            slug=r["slug"],
            intro=f"<p>{escape(r['intro'])}</p>",
            show_in_menus=True,
            search_description=r["beschrijving"],
        )
        home.add_child(instance=register)
        register.save_revision().publish()
        verslag.teller("pagina's")
    inhoud = _demo_bestand(data)
    # issue 14: a database with an older demo (or an editor's change) has some of these
    # agreements otherwise than the file says; the demo then adds only what is missing and
    # leaves the existing agreements as they are, like the rest of the demo loader.
    proef = importeer(inhoud, droog=True)
    if proef.gewijzigd:
        inhoud = _alleen_rijen(inhoud, {regel.rij for regel in proef.nieuw})
    resultaat = importeer(inhoud)
    if resultaat.nieuw:
        verslag.aangemaakt["uitvoeringsafspraken"] = len(resultaat.nieuw)
