"""Snapshots of the whole test database, restored in well under a second: the browser checks
and the other tests that commit for real each start from an exact copy of the database as
migrated or with the demo, instead of loading the demo again (some 20 s a test).

Every table goes in (the search index, sessions, sequences included), so a restored database
is the one the snapshot was taken of, row for row and with the same next ids.
SQLite: the sqlite3 backup API, into and out of a database in memory.
PostgreSQL: COPY of every table of the schema into memory; restoring empties them all
(TRUNCATE) and copies them back in one transaction, the foreign keys checked at its end."""

import sqlite3

from django.db import connection, transaction


class Momentopname:
    def __init__(self):
        self._vendor = connection.vendor
        connection.ensure_connection()
        if self._vendor == "sqlite":
            self._kopie = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self._kopie)
        else:
            self._tabellen, self._reeksen = _pg_lees()

    def herstel(self):
        """Make the database again what it was when the snapshot was taken."""
        connection.ensure_connection()
        if self._vendor == "sqlite":
            self._kopie.backup(connection.connection)
        else:
            _pg_schrijf(self._tabellen, self._reeksen)


def _pg_tabellen(cursor):
    cursor.execute(
        "SELECT c.oid, c.relname FROM pg_class c "
        "WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace "
        "ORDER BY c.relname"
    )
    tabellen = []
    for oid, naam in cursor.fetchall():
        # Generated columns are computed again on the way in; COPY cannot write them.
        cursor.execute(
            "SELECT attname FROM pg_attribute WHERE attrelid = %s AND attnum > 0 "
            "AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
            [oid],
        )
        kolommen = ", ".join(f'"{k}"' for (k,) in cursor.fetchall())
        tabellen.append((f'"{naam}"', kolommen))
    return tabellen


def _pg_lees():
    with connection.cursor() as cursor:
        tabellen = []
        for naam, kolommen in _pg_tabellen(cursor):
            with cursor.copy(f"COPY {naam} ({kolommen}) TO STDOUT (FORMAT BINARY)") as copy:
                tabellen.append((naam, kolommen, b"".join(bytes(d) for d in copy)))
        cursor.execute(
            "SELECT format('%I.%I', schemaname, sequencename), last_value "
            "FROM pg_sequences WHERE schemaname = current_schema()"
        )
        reeksen = cursor.fetchall()
    return tabellen, reeksen


def _pg_schrijf(tabellen, reeksen):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        cursor.execute("TRUNCATE " + ", ".join(naam for naam, _, _ in tabellen) + " CASCADE")
        for naam, kolommen, inhoud in tabellen:
            with cursor.copy(f"COPY {naam} ({kolommen}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.write(inhoud)
        for reeks, waarde in reeksen:
            if waarde is None:  # never used: the next value is its start
                cursor.execute("SELECT setval(%s, 1, false)", [reeks])
            else:
                cursor.execute("SELECT setval(%s, %s, true)", [reeks, waarde])
