"""Loading the dump into the emptied tables, in batches.

Django's loaddata saves one object at a time (an UPDATE, then an INSERT, and the signals):
about four minutes for 10,000 agreements with their revisions, log entries and keywords. The
tables are empty here, so rows go in with one INSERT per batch instead, written exactly as
loaddata writes them ("raw": stored values as they are, no auto_now, no signals; a
multi-table child only its own table). The dump is read line by line (Django's JSON-lines
deserializer), so memory holds one batch, whatever the size of the database."""

from collections import defaultdict

from django.core import serializers
from django.core.management.color import no_style
from django.db import IntegrityError, connection

from . import BackupFout

BATCH = 1000


def _schrijf(model, objecten, m2m):
    # The insert of Model.save_base(raw=True), for a whole batch: only the model's own
    # columns (a child of a multi-table model has its parent row in the dump as well).
    velden = model._meta.local_concrete_fields
    model._base_manager._insert(objecten, fields=velden, using=connection.alias, raw=True)
    for veld, rijen in m2m.items():
        tussen = veld.remote_field.through
        van = tussen._meta.get_field(veld.m2m_field_name()).attname
        naar = tussen._meta.get_field(veld.m2m_reverse_field_name()).attname
        tussen._base_manager.bulk_create(
            [tussen(**{van: a, naar: b}) for a, b in rijen], batch_size=BATCH
        )


def laad(pad):
    """Insert every object of the dump; returns the models that got rows."""
    modellen = set()
    huidig, reeks, m2m = None, [], defaultdict(list)

    def leeg_reeks():
        if reeks:
            _schrijf(huidig, reeks, m2m)
            modellen.add(huidig)
        reeks.clear()
        m2m.clear()

    with open(pad, encoding="utf-8") as dump:
        for gelezen in serializers.deserialize("jsonl", dump, handle_forward_references=True):
            if gelezen.deferred_fields:
                raise BackupFout(
                    f"Het archief verwijst naar iets wat deze installatie niet kent "
                    f"({gelezen.object._meta.label}). Het herstel is teruggedraaid."
                )
            obj = gelezen.object
            if type(obj) is not huidig or len(reeks) >= BATCH:
                leeg_reeks()
                huidig = type(obj)
            reeks.append(obj)
            for naam, waarden in (gelezen.m2m_data or {}).items():
                veld = huidig._meta.get_field(naam)
                m2m[veld].extend((obj.pk, w) for w in waarden)
        leeg_reeks()

    with connection.cursor() as cursor:
        # New rows after the restore must not reuse the restored ids (PostgreSQL sequences).
        for sql in connection.ops.sequence_reset_sql(no_style(), list(modellen)):
            cursor.execute(sql)
    try:
        connection.check_constraints(table_names=[m._meta.db_table for m in modellen])
    except IntegrityError as fout:
        raise BackupFout(
            f"Het archief is niet consistent ({fout}). Het herstel is teruggedraaid."
        ) from None
    return modellen
