"""Exit 0 when the PostgreSQL server of the given URL accepts connections, else 1."""

import sys

import dj_database_url
import psycopg

try:
    cfg = dj_database_url.parse(sys.argv[1])
    psycopg.connect(
        host=cfg["HOST"] or None,
        port=cfg["PORT"] or None,
        user=cfg["USER"] or None,
        password=cfg["PASSWORD"] or None,
        dbname=cfg["NAME"],
        connect_timeout=3,
    ).close()
except Exception:
    sys.exit(1)
