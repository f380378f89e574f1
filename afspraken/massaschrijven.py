"""Writing many rows at once, for the import of large registers.

`reserveer_ids` hands out primary keys before the rows exist, so related rows (revisions, log
entries, keywords) can point at each other without UPDATEs afterwards. `voeg_in` writes model
instances: with PostgreSQL's COPY (several times faster than a multi-row INSERT, whose arrays
psycopg dumps value by value in Python), elsewhere with `bulk_create`. Both run inside the
caller's transaction, so a failure leaves nothing behind."""

from django.db import connections, models, router

BATCH = 1000

# Field classes whose conversion for the database (pre_save, get_db_prep_save) hands a value of
# the given type back unchanged (integers as psycopg's Int4/Int8, which COPY writes as the same
# text). `voeg_in` passes such values straight to COPY; any other value takes Django's way.
_ONVERANDERD = {
    models.CharField: str,
    models.TextField: str,
    models.SlugField: str,
    models.BooleanField: bool,
    models.AutoField: int,
    models.BigAutoField: int,
    models.IntegerField: int,
    models.BigIntegerField: int,
    models.PositiveIntegerField: int,
    models.PositiveSmallIntegerField: int,
    models.SmallIntegerField: int,
}
_ONTBREEKT = object()  # a deferred field: read through the model, as Django does


def _verbinding(model):
    # the connection itself, not django.db.connection: that proxy is looked up per value
    return connections[router.db_for_write(model)]


def reserveer_ids(model, aantal):
    """`aantal` unused primary keys for `model`, in ascending order."""
    if aantal == 0:
        return []
    tabel = model._meta.db_table
    kolom = model._meta.pk.column
    verbinding = _verbinding(model)
    with verbinding.cursor() as cursor:
        if verbinding.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [tabel, kolom, aantal],
            )
            return sorted(rij[0] for rij in cursor.fetchall())
        # SQLite (and others): continue after the highest key ever handed out, so keys of
        # deleted rows are not reused (their audit log may still refer to them).
        quote = verbinding.ops.quote_name
        cursor.execute(f"SELECT COALESCE(MAX({quote(kolom)}), 0) FROM {quote(tabel)}")
        hoogste = cursor.fetchone()[0]
        if verbinding.vendor == "sqlite":
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [tabel])
            rij = cursor.fetchone()
            hoogste = max(hoogste, rij[0] if rij else 0)
    return list(range(hoogste + 1, hoogste + 1 + aantal))


def voeg_in(model, objecten):
    """Insert new instances of `model`; instances without a primary key get one from the
    database (not read back)."""
    if not objecten:
        return
    verbinding = _verbinding(model)
    if verbinding.vendor != "postgresql":
        model.objects.bulk_create(objecten, batch_size=BATCH)
        return
    velden = [
        veld
        for veld in model._meta.concrete_fields
        if not (veld.primary_key and objecten[0].pk is None)
    ]
    quote = verbinding.ops.quote_name
    kolommen = ", ".join(quote(veld.column) for veld in velden)
    opdracht = f"COPY {quote(model._meta.db_table)} ({kolommen}) FROM STDIN"
    plan = [(veld, veld.attname, _onveranderd_type(veld)) for veld in velden]
    with verbinding.cursor() as cursor, cursor.copy(opdracht) as kopie:
        for obj in objecten:
            waarden = obj.__dict__
            rij = []
            for veld, attname, soort in plan:
                if soort is not None:
                    waarde = waarden.get(attname, _ONTBREEKT)
                    if waarde is None or type(waarde) is soort:
                        rij.append(waarde)
                        continue
                rij.append(veld.get_db_prep_save(veld.pre_save(obj, True), verbinding))
            kopie.write_row(rij)


def _onveranderd_type(veld):
    """The type whose values `veld` writes unchanged, or None (then every value is converted
    by Django). A foreign key writes its target's; a field that overrides pre_save (auto_now)
    or the conversion of its class is always converted."""
    soort = type(veld)
    if isinstance(veld, models.ForeignKey):
        if soort.get_db_prep_save is not models.ForeignKey.get_db_prep_save:
            return None
        doel = _onveranderd_type(veld.target_field)
        return doel if doel is int else None
    if soort.pre_save is not models.Field.pre_save:
        return None
    return _ONVERANDERD.get(soort)
