"""Demo of materials, meetings and templates, from the data in materialen.yaml (see there; read
by the site's demo loader):
the two templates, broader/narrower for the kerninstrumenten (seed 001) under
"Kerninstrument", and for two groups meetings with their documents and materials, one of them
a workspace-only concept report that only members may see.

Idempotent: templates by title, meetings by (group, title), documents by title, materials
by (group, title)."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.apps import apps
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents import get_document_model

from begrippen.models import Begrip
from groepen.models import GroepPage, GroepRechten, Werkmateriaal
from materialen.models import Bijeenkomst, Sjabloon
from materialen.sjablonen import maak_docx, maak_pdf

REPO = Path(__file__).resolve().parents[2]  # the paths in materialen.yaml are relative to it
TZ = ZoneInfo("Europe/Amsterdam")
KERNINSTRUMENT = "Kerninstrument"
MAAK = {".pdf": maak_pdf, ".docx": maak_docx}


def _tekst(pad):
    return (REPO / pad).read_text(encoding="utf-8")


def _groep(slug):
    return GroepPage.objects.filter(slug=slug).first()


def _sjablonen(sjablonen, verslag):
    for data in sjablonen:
        if Sjabloon.objects.filter(titel=data["titel"]).exists():
            continue
        Sjabloon.objects.create(
            titel=data["titel"],
            omschrijving=data["omschrijving"],
            tekst=_tekst(data["tekst"]),
            bron=data["bron"],
            groep=_groep(data["groep_slug"]) if data["groep_slug"] else None,
        )
        verslag.teller("sjablonen")


def _bredere_begrippen(verslag):
    kern = Begrip.objects.filter(term=KERNINSTRUMENT).first()
    if kern is None:
        return
    # The kerninstrumenten belong to the register (afspraken, loaded before this): by name.
    kerninstrumenten = apps.get_model("afspraken", "Kerninstrument").objects.values("naam")
    for begrip in Begrip.objects.filter(term__in=kerninstrumenten):
        if not begrip.bredere_begrippen.exists():
            begrip.bredere_begrippen.add(kern)
            verslag.teller("begriprelaties")


def _document(data, collectie, verslag):
    Document = get_document_model()
    document = Document.objects.filter(title=data["titel"]).first()
    if document is None:
        maak = MAAK[Path(data["bestand"]).suffix]
        inhoud = maak(data["kop"], _tekst(data["tekst"]))
        document = Document(title=data["titel"], collection=collectie)
        document.file.save(data["bestand"], ContentFile(inhoud), save=False)
        document._set_document_file_metadata()  # size and hash, as the admin form does
        document.save()  # the post_save signal extracts the text and makes the preview
        verslag.teller("documenten")
    return document


def _volgende_donderdag(dagen_vooruit=30, uur=14):
    dag = timezone.localdate() + datetime.timedelta(days=dagen_vooruit)
    dag += datetime.timedelta(days=(3 - dag.weekday()) % 7)
    return datetime.datetime.combine(dag, datetime.time(uur), tzinfo=TZ)


def _tijd(waarde):
    return datetime.datetime.fromisoformat(waarde).replace(tzinfo=TZ)


def _bijeenkomst(groep, data, verslag):
    bestaand = Bijeenkomst.objects.filter(groep=groep, titel=data["titel"]).first()
    if bestaand:
        return bestaand
    velden = {k: v for k, v in data.items() if k not in ("titel", "volgende_donderdag")}
    if "volgende_donderdag" in data:
        planning = data["volgende_donderdag"]
        begin = _volgende_donderdag(planning["dagen_vooruit"], planning["uur"])
        velden.update(begin=begin, einde=begin + datetime.timedelta(hours=planning["uren"]))
    else:
        velden.update(begin=_tijd(data["begin"]), einde=_tijd(data["einde"]))
    verslag.teller("bijeenkomsten")
    return Bijeenkomst.objects.create(groep=groep, titel=data["titel"], **velden)


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


def _groep_materialen(data, verslag):
    groep = _groep(data["groep"])
    if groep is None:
        return
    rechten = GroepRechten.objects.get(groep=groep)  # set up by redactie (site/demo)
    collecties = {"groep": rechten.collectie, "werkruimte": rechten.werkruimte_collectie}
    bijeenkomsten = {b["titel"]: _bijeenkomst(groep, b, verslag) for b in data["bijeenkomsten"]}
    documenten = {
        d["titel"]: _document(d, collecties[d["collectie"]], verslag) for d in data["documenten"]
    }
    items = []
    for item in data["werkmaterialen"]:
        bijeenkomst = bijeenkomsten[item["bijeenkomst"]]
        items.append(
            {
                "titel": item["titel"],
                "soort": item["soort"],
                "gekoppelde_bijeenkomst": bijeenkomst,
                "datum": bijeenkomst.begin.date(),
                "omschrijving": item["omschrijving"],
                "document": documenten[item["document"]],
            }
        )
    _werkmaterialen(groep, items, verslag)


def laad(verslag, data):
    """`data`: the contents of materialen.yaml."""
    _sjablonen(data["sjablonen"], verslag)
    _bredere_begrippen(verslag)
    for groep in data["groepen"]:
        _groep_materialen(groep, verslag)
