"""The history of an agreement, for every way it is written: its revisions and log entries (the
history in the admin) and its public status history. The rules exist here once:

- a new agreement gets a revision and the log entry `NIEUW`, and when it is published also
  `GEPUBLICEERD`;
- a changed agreement gets a revision and `BEWERKT`, and when it is published also `GEPUBLICEERD`
  (Wagtail adds "wagtail.rename" when the publication changes the title);
- every publication adds an entry to the status history when status or vaststelling differ from
  the last entry (for a new agreement: always).

Edits in the admin go through Wagtail's views, whose `published` signal arrives at
`leg_publicatie_vast` (signalen.py). The import uses `leg_wijziging_vast` for changed rows (the
same Wagtail API, so the same signal) and writes new rows in bulk with
`schrijf_revisies_van_nieuwe` and `leg_nieuwe_vast`, which record what the admin records for one
new agreement (tests/afspraken/test_vastleggen.py compares the two)."""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from modelcluster.models import (
    get_all_child_m2m_relations,
    get_all_child_relations,
    get_field_value,
)
from wagtail.models import ModelLogEntry, Revision

from .massaschrijven import reserveer_ids, voeg_in
from .models import Statuswijziging, Uitvoeringsafspraak

# Log actions (Wagtail's names: the admin's history shows them as created, edited, published).
NIEUW = "wagtail.create"
BEWERKT = "wagtail.edit"
GEPUBLICEERD = "wagtail.publish"
# Data on the log entries of agreements the import created (tells them apart in the log).
UIT_IMPORT = {"bron": "import"}


def statuswijziging_voor(afspraak, vorige, datum):
    """The status history entry a publication of `afspraak` adds, or None when its status and
    vaststelling are those of `vorige` (the last entry, None for an agreement without one)."""
    huidig = (afspraak.status, afspraak.vastgesteld_door_id, afspraak.vastgesteld_op)
    if vorige is not None and huidig == (
        vorige.status,
        vorige.vastgesteld_door_id,
        vorige.vastgesteld_op,
    ):
        return None
    return Statuswijziging(
        afspraak=afspraak,
        status=afspraak.status,
        datum=datum,
        vastgesteld_door_id=afspraak.vastgesteld_door_id,
        vastgesteld_op=afspraak.vastgesteld_op,
    )


def leg_publicatie_vast(afspraak):
    """After a publication through Wagtail (admin, workflow, import of a changed row)."""
    wijziging = statuswijziging_voor(afspraak, afspraak.statuswijzigingen.first(), timezone.now())
    if wijziging is not None:
        wijziging.save()


def leg_wijziging_vast(afspraak, gebruiker, publiceren):
    """Revision and log entries of a changed agreement, as the admin's edit view writes them;
    a publication also gets its status history (through `published`)."""
    revisie = afspraak.save_revision(user=gebruiker, log_action=True)  # BEWERKT
    if publiceren:
        revisie.publish(user=gebruiker)  # GEPUBLICEERD, and the signal
    return revisie


def schrijf_revisies_van_nieuwe(afspraken, gebruiker, nu):
    """Write the revisions of new agreements that are not written yet (keys, `live` and
    relations set); each agreement points at its revision from the start, so no UPDATEs
    follow. Then write the agreements, then call `leg_nieuwe_vast`."""
    model_type = ContentType.objects.get_for_model(Uitvoeringsafspraak)
    revisies = [
        Revision(
            pk=revisie_pk,
            content_type_id=model_type.pk,
            base_content_type_id=model_type.pk,
            object_id=str(afspraak.pk),
            created_at=nu,
            user_id=gebruiker.pk if gebruiker else None,
            object_str=str(afspraak),
            content=inhoud(afspraak),
        )
        for afspraak, revisie_pk in zip(
            afspraken, reserveer_ids(Revision, len(afspraken)), strict=True
        )
    ]
    for afspraak, revisie in zip(afspraken, revisies, strict=True):
        afspraak.latest_revision = revisie
        afspraak.live_revision = revisie if afspraak.live else None
    voeg_in(Revision, revisies)
    return revisies


def inhoud(afspraak):
    """The content of a revision of a new agreement: what `afspraak.serializable_data()`
    (modelcluster) returns, built without its call chain per field. Its child relations and
    many-to-many fields are read from memory (`afspraak.trefwoord_items` and `documenten` as
    set before writing). tests/afspraken/test_vastleggen.py compares the two."""
    velden, kinderen, m2m = _inhoud_plan(type(afspraak))
    waarden = afspraak.__dict__
    data = {}
    for naam, veld, attname, snel in velden:
        waarde = waarden.get(attname, _ONTBREEKT) if snel else _ONTBREEKT
        if type(waarde) not in _BEWAARD_ALS_IS:
            waarde = get_field_value(veld, afspraak)
        data[naam] = waarde
    for naam in kinderen:
        data[naam] = [
            {
                sleutel: getattr(kind, attname) if attname else get_field_value(veld, kind)
                for sleutel, veld, attname in _kind_plan(type(kind))
            }
            for kind in getattr(afspraak, naam).all()
        ]
    for naam in m2m:
        data[naam] = [kind.pk for kind in getattr(afspraak, naam).all()]
    return data


# Values that modelcluster's get_field_value returns as they are (None, and protected types
# whose value_to_string would not be called); a string of a plain field is its own text.
_BEWAARD_ALS_IS = {type(None), bool, int, str}
_ONTBREEKT = object()


@functools.cache
def _inhoud_plan(model):
    """(key, field, attname, fast) per serialised field of `model`, in modelcluster's order;
    `fast`: the value is read as stored (a relation, or a field whose pre_save and
    value_to_string are Django's plain ones), else get_field_value converts it."""
    pk = model._meta.pk
    velden = []
    for naam, veld in [("pk", pk)] + [(v.name, v) for v in model._meta.fields if v.serialize]:
        snel = veld.remote_field is not None or (
            type(veld).pre_save is models.Field.pre_save
            and type(veld).value_to_string is models.Field.value_to_string
        )
        velden.append((naam, veld, veld.get_attname(), snel))
    kinderen = []
    for relatie in get_all_child_relations(model):
        if relatie.related_model._meta.ordering or hasattr(
            relatie.related_model, "serializable_data"
        ):
            raise NotImplementedError(relatie)  # not needed yet; use serializable_data()
        kinderen.append(relatie.get_accessor_name())
    m2m = [veld.name for veld in get_all_child_m2m_relations(model) if veld.serialize]
    return velden, kinderen, m2m


@functools.cache
def _kind_plan(model):
    """(key, field, attname or None) of a child without serializable_data(): a relation is
    its key as stored, any other field goes through get_field_value."""
    velden = [("pk", model._meta.pk)] + [(v.name, v) for v in model._meta.fields if v.serialize]
    return [
        (naam, veld, veld.get_attname() if veld.remote_field is not None else None)
        for naam, veld in velden
    ]


def leg_nieuwe_vast(afspraken, revisies, gebruiker, nu):
    """Log entries and status history of new agreements written in bulk (after the rows)."""
    model_type = ContentType.objects.get_for_model(Uitvoeringsafspraak)
    logs, wijzigingen = [], []
    for afspraak, revisie in zip(afspraken, revisies, strict=True):
        for actie in [NIEUW, GEPUBLICEERD] if afspraak.live else [NIEUW]:
            logs.append(
                ModelLogEntry(
                    content_type_id=model_type.pk,
                    label=str(afspraak),
                    action=actie,
                    object_id=str(afspraak.pk),
                    user_id=gebruiker.pk if gebruiker else None,
                    revision_id=revisie.pk,
                    timestamp=nu,
                    content_changed=True,
                    data=UIT_IMPORT,
                )
            )
        if afspraak.live:
            wijzigingen.append(statuswijziging_voor(afspraak, None, nu))
    voeg_in(ModelLogEntry, logs)
    voeg_in(Statuswijziging, wijzigingen)
