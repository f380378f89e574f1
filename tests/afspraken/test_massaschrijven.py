"""The bulk write path of the import writes what Django's own path writes: the rows of `voeg_in`
(COPY on PostgreSQL) equal those of `bulk_create`, and the revision content of a new agreement
(`vastleggen.inhoud`) equals Wagtail's `serializable_data()`."""

import datetime
import json
from unittest import mock

import pytest

from django.core.serializers.json import DjangoJSONEncoder

from taggit.models import Tag
from wagtail.models import ModelLogEntry

from afspraken import vastleggen
from afspraken.importeren import importeer
from afspraken.massaschrijven import reserveer_ids, voeg_in
from afspraken.models import Kerninstrument, Statuswijziging, Trefwoord, Uitvoeringsafspraak

pytestmark = pytest.mark.django_db
MOMENT = datetime.datetime(2025, 3, 4, 5, 6, 7, 890123, tzinfo=datetime.UTC)


def _afspraak(pk, **velden):
    instrument = Kerninstrument.objects.get(naam="Omgevingsplan")
    return Uitvoeringsafspraak(
        pk=pk,
        code=f"T-{pk}",
        titel=f"Afspraak {pk}",
        slug=f"afspraak-{pk}",
        samenwerkingsafspraak=f"Tekst van afspraak {pk}.",
        kerninstrument_id=instrument.pk,
        sleutel=f"sleutel-{pk}",
        **velden,
    )


VARIANTEN = [
    {},
    {"live": True, "first_published_at": MOMENT, "last_published_at": MOMENT, "status": "vastgesteld"},
    {"gemeente": True, "ggd": True, "typering": "afstemming nodig", "bron": "VNG"},
    {"vastgesteld_op": datetime.date(2024, 5, 6), "herzien_voor": datetime.date(2026, 1, 1)},
    {"juridische_tekst_is_samenvatting": True, "toelichting": "Regel één\nRegel twee ‘citaat’"},
]  # fmt: skip


def _rijen(model, pks):
    velden = [v.attname for v in model._meta.concrete_fields if not v.primary_key]
    return [
        {
            k: v
            for k, v in rij.items()
            if k
            not in ("code", "titel", "slug", "samenwerkingsafspraak", "sleutel", "gewijzigd_op")
        }
        for rij in model.objects.filter(pk__in=pks).order_by("pk").values(*velden)
    ]


def test_voeg_in_schrijft_wat_bulk_create_schrijft():
    eerste = reserveer_ids(Uitvoeringsafspraak, len(VARIANTEN))
    tweede = reserveer_ids(Uitvoeringsafspraak, len(VARIANTEN) + 10)[-len(VARIANTEN) :]
    with mock.patch("django.utils.timezone.now", return_value=MOMENT):
        voeg_in(
            Uitvoeringsafspraak,
            [_afspraak(pk, **v) for pk, v in zip(eerste, VARIANTEN, strict=True)],
        )
        Uitvoeringsafspraak.objects.bulk_create(
            [_afspraak(pk, **v) for pk, v in zip(tweede, VARIANTEN, strict=True)]
        )
    assert _rijen(Uitvoeringsafspraak, eerste) == _rijen(Uitvoeringsafspraak, tweede)
    tag = Tag.objects.create(name="geluid", slug="geluid")
    for pks, schrijf in ((eerste, voeg_in), (tweede, None)):
        items = [Trefwoord(content_object_id=pk, tag_id=tag.pk) for pk in pks]
        logs = [
            ModelLogEntry(
                content_type_id=1,
                label="x",
                action="wagtail.create",
                object_id=str(pk),
                timestamp=MOMENT,
                content_changed=True,
                data={"bron": "import"},
            )  # fmt: skip
            for pk in pks
        ]
        wijzigingen = [
            Statuswijziging(afspraak_id=pk, status="vastgesteld", datum=MOMENT) for pk in pks
        ]
        for model, objecten in ((Trefwoord, items), (ModelLogEntry, logs)):
            if schrijf:
                schrijf(model, objecten)
            else:
                model.objects.bulk_create(objecten)
        (schrijf or (lambda m, o: m.objects.bulk_create(o)))(Statuswijziging, wijzigingen)
    assert list(
        Trefwoord.objects.filter(content_object_id__in=eerste).values_list("tag_id", flat=True)
    ) == list(
        Trefwoord.objects.filter(content_object_id__in=tweede).values_list("tag_id", flat=True)
    )
    for model, sleutel in ((ModelLogEntry, "object_id"), (Statuswijziging, "afspraak_id")):
        velden = [v.attname for v in model._meta.concrete_fields if not v.primary_key]
        velden.remove(sleutel)
        uit = [model.objects.filter(**{f"{sleutel}__in": [str(p) for p in pks]}) for pks in (eerste, tweede)]  # fmt: skip
        assert list(uit[0].order_by("pk").values(*velden)) == list(
            uit[1].order_by("pk").values(*velden)
        )


@pytest.mark.parametrize("variant", VARIANTEN)
def test_inhoud_van_een_revisie_is_die_van_wagtail(variant):
    afspraak = _afspraak(7, **variant)
    afspraak.trefwoord_items = [
        Trefwoord(content_object_id=7, tag_id=3),
        Trefwoord(content_object_id=7, tag_id=1),
    ]
    afspraak.documenten = []
    with mock.patch("django.utils.timezone.now", return_value=MOMENT):
        snel, wagtail = vastleggen.inhoud(afspraak), afspraak.serializable_data()
    assert snel == wagtail
    assert list(snel) == list(wagtail)  # the same order of keys (SQLite keeps the text)


def test_revisies_van_een_import_zijn_de_afspraken_zoals_wagtail_ze_bewaart():
    """Every new agreement's revision holds what Wagtail serialises of the stored agreement
    (its trefwoorden included), apart from the moment of the last change."""
    kop = "kerninstrument,juridische_onderbouwing,juridische_tekst,samenwerkingsafspraak,typering,trefwoorden,bron,ambtelijk_bestuurlijk,gemeente,provincie,waterschap,omgevingsdienst,veiligheidsregio,ggd,rijk,toelichting,status"  # fmt: skip
    rijen = [
        "Omgevingsplan,Omgevingswet art. 2.2,[samenvatting] Kort.,Gemeenten stemmen af over geluid.,afstemming nodig,geluid; bodem,VNG,ambtelijk,x,,x,,,,,Uitleg,vastgesteld",
        "Omgevingsplan,,,Gemeenten stemmen af over geluid. Daarna meer.,,,,,,,,,,,,,concept",
        "Programma,,,Provincie deelt gegevens over bodem; en meer.,,bodem,,bestuurlijk,,x,,,,,x,,in afstemming",
    ]  # fmt: skip
    importeer(("\n".join([kop, *rijen]) + "\n").encode(), index=False)
    afspraken = Uitvoeringsafspraak.objects.filter(code__startswith="UA-").order_by("pk")
    assert [a.slug for a in afspraken][-3:] == [
        "gemeenten-stemmen-af-over-geluid",
        "gemeenten-stemmen-af-over-geluid-2",
        "provincie-deelt-gegevens-over-bodem",
    ]
    for afspraak in list(afspraken)[-3:]:
        bewaard = afspraak.latest_revision.content
        # as it was serialised: before the revision existed, then stored as JSON
        verwacht = json.loads(json.dumps(afspraak.serializable_data(), cls=DjangoJSONEncoder))
        verwacht["latest_revision"] = verwacht["live_revision"] = None
        for item in verwacht["trefwoord_items"]:
            item["pk"] = None  # written after the revision
        for data in (bewaard, verwacht):
            data.pop("gewijzigd_op")
            data["trefwoord_items"].sort(key=lambda item: item["tag"])
        assert bewaard == verwacht
