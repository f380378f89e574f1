"""Demo content of issue 14 (part "demo"): the cooperation itself as data, from the seeds.

- parties to the convenant (`partij` in organisaties/demo/organisaties.yaml);
- what `migrate` does not give the overleggen: tasks, mandate (only into empty fields), who
  takes part in which role, the typed relations (organisaties/demo/overleggen.yaml);
- samenwerkingsverbanden (organisaties/demo/samenwerkingsverbanden.yaml);
- demo meetings of overleggen with a besluitenlijst, and the vaststelling of the agreements of
  seed 001 they name (overleg, date, meeting); every other sample agreement is marked
  `is_voorbeeld`.

Idempotent like the rest of the demo loader: whatever exists is matched by its natural key and
left as it is; only what is missing (or an empty field) is added."""

import datetime
from zoneinfo import ZoneInfo

from django.db.models import Q

from afspraken.models import Statuswijziging, Uitvoeringsafspraak
from groepen.models import GroepPage
from materialen.models import Bijeenkomst
from organisaties.models import (
    Deelname,
    Onderwerp,
    Organisatie,
    Overleg,
    OverlegRelatie,
    Partijschap,
    Samenwerkingsverband,
)

TZ = ZoneInfo("Europe/Amsterdam")
# Fields of an overleg that `migrate` leaves empty and the demo fills in (never overwritten).
AANVULLEN = ("frequentie", "taken", "mandaat")
# The source the loader writes for a sample agreement that no seed contains.
VOORBEELD_BRON = "Voorbeeld"


def _overleg(sleutel):
    """An overleg by its afkorting, or by its naam when it has none."""
    return Overleg.objects.filter(Q(afkorting=sleutel) | Q(naam=sleutel)).first()


def _tijd(waarde):
    return datetime.datetime.fromisoformat(str(waarde)).replace(tzinfo=TZ)


def partijen(rijen, verslag):
    for rij in rijen:
        if not rij.get("partij"):
            continue
        organisatie = Organisatie.objects.filter(naam=rij["naam"]).first()
        if organisatie is None:
            continue
        # No signing date and no internal decision: no seed gives one (see the YAML).
        _, nieuw = Partijschap.objects.get_or_create(organisatie=organisatie)
        if nieuw:
            verslag.teller("partijen")


def overleggen(data, verslag):
    for rij in data["overleggen"]:
        overleg = Overleg.objects.filter(naam=rij["naam"]).first()
        if overleg is None:
            continue
        leeg = [v for v in AANVULLEN if rij.get(v) and not getattr(overleg, v)]
        for veld in leeg:
            setattr(overleg, veld, rij[veld])
        if leeg:
            overleg.save(update_fields=leeg)
            verslag.teller("overleggen aangevuld")
    for rij in data.get("deelnames", []):
        organisatie = Organisatie.objects.filter(naam=rij["organisatie"]).first()
        overleg = _overleg(rij["overleg"])
        if organisatie is None or overleg is None:
            continue
        _, nieuw = Deelname.objects.get_or_create(
            organisatie=organisatie,
            overleg=overleg,
            rol=rij["rol"],
            defaults={"toelichting": rij.get("toelichting", "")},
        )
        if nieuw:
            verslag.teller("deelnames")
    for rij in data.get("leden_van_partijen", []):
        overleg = _overleg(rij["overleg"])
        if overleg is None:
            continue
        for partijschap in Partijschap.objects.filter(uitgetreden_op__isnull=True):
            _, nieuw = Deelname.objects.get_or_create(
                organisatie_id=partijschap.organisatie_id,
                overleg=overleg,
                rol="lid",
                defaults={"toelichting": rij.get("toelichting", "")},
            )
            if nieuw:
                verslag.teller("deelnames")
    for rij in data.get("relaties", []):
        van = _overleg(rij["van"])
        naar_overleg = _overleg(rij["naar"]) if rij.get("naar") else None
        naar_groep = (
            GroepPage.objects.filter(slug=rij["naar_groep"]).first()
            if rij.get("naar_groep")
            else None
        )
        if van is None or (naar_overleg is None) == (naar_groep is None):
            continue
        _, nieuw = OverlegRelatie.objects.get_or_create(
            van=van,
            soort=rij["soort"],
            naar_overleg=naar_overleg,
            naar_groep=naar_groep,
            defaults={"toelichting": rij.get("toelichting", "")},
        )
        if nieuw:
            verslag.teller("relaties tussen overleggen")


def samenwerkingsverbanden(rijen, verslag):
    for rij in rijen:
        if Samenwerkingsverband.objects.filter(slug=rij["slug"]).exists():
            continue
        verband = Samenwerkingsverband.objects.create(
            naam=rij["naam"],
            slug=rij["slug"],
            rechtsvorm=rij["rechtsvorm"],
            omschrijving=rij.get("omschrijving", ""),
            bron=rij.get("bron", ""),
            website=rij.get("website", ""),
            is_voorbeeld=rij.get("is_voorbeeld", False),
        )
        verband.onderwerpen.set(Onderwerp.objects.filter(slug__in=rij.get("onderwerpen", [])))
        namen = rij.get("organisaties", [])
        if namen == "partijen":  # the convenant itself: its parties
            verband.organisaties.set(Organisatie.objects.filter(partijschap__isnull=False))
        else:
            verband.organisaties.set(Organisatie.objects.filter(naam__in=namen))
        verslag.teller("samenwerkingsverbanden")


def _zet(afspraak, **velden):
    """Set fields of an agreement as if the import had written them so: on the agreement and in
    its latest revision (what the edit screen opens), without a new revision or log entry."""
    for veld, waarde in velden.items():
        setattr(afspraak, veld, waarde)
    afspraak.save(update_fields=list(velden))
    revisie = afspraak.latest_revision
    if revisie is not None:
        for veld, waarde in velden.items():
            revisie.content[veld] = getattr(waarde, "pk", waarde)
        revisie.save(update_fields=["content"])


def vergaderingen(rijen, verslag):
    """Demo meetings of overleggen; each vaststelling they name gets overleg, date and meeting,
    also in the public status history that the import wrote without them."""
    for rij in rijen:
        overleg = _overleg(rij["overleg"])
        if overleg is None:
            continue
        begin = _tijd(rij["begin"])
        bijeenkomst, nieuw = Bijeenkomst.objects.get_or_create(
            overleg=overleg,
            titel=rij["titel"],
            begin=begin,
            defaults={
                "einde": _tijd(rij["einde"]),
                "agenda": rij.get("agenda", ""),
                "besluitenlijst": rij.get("besluitenlijst", ""),
                "locatie": rij.get("locatie", ""),
            },
        )
        if nieuw:
            verslag.teller("vergaderingen van overleggen")
        datum = begin.date()
        for code in rij.get("vaststellingen", []):
            afspraak = Uitvoeringsafspraak.objects.filter(
                code=code,
                status=Uitvoeringsafspraak.Status.VASTGESTELD,
                vastgesteld_door__isnull=True,
            ).first()
            if afspraak is None:
                continue
            _zet(
                afspraak, vastgesteld_door=overleg, vastgesteld_op=datum, vastgesteld_in=bijeenkomst
            )
            Statuswijziging.objects.filter(
                afspraak=afspraak,
                status=Uitvoeringsafspraak.Status.VASTGESTELD,
                vastgesteld_door__isnull=True,
            ).update(vastgesteld_door=overleg, vastgesteld_op=datum)
            verslag.teller("vastgestelde afspraken")


def voorbeeldafspraken(verslag):
    """Every sample agreement without a real source (bron "Voorbeeld") is marked as example."""
    for afspraak in Uitvoeringsafspraak.objects.filter(bron=VOORBEELD_BRON, is_voorbeeld=False):
        _zet(afspraak, is_voorbeeld=True)
        verslag.teller("voorbeeldafspraken")


def laad(verslag, organisaties, overleg_data, verbanden):
    """`organisaties`, `overleg_data`, `verbanden`: the contents of organisaties.yaml,
    overleggen.yaml and samenwerkingsverbanden.yaml (organisaties/demo/)."""
    partijen(organisaties, verslag)
    overleggen(overleg_data, verslag)
    samenwerkingsverbanden(verbanden["samenwerkingsverbanden"], verslag)
    vergaderingen(overleg_data.get("vergaderingen", []), verslag)
    voorbeeldafspraken(verslag)
