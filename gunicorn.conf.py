"""gunicorn, the application server of `make serve` (and of deploy/kennisplatform.service).

Read by `gunicorn -c gunicorn.conf.py`; every machine-specific value comes from the
environment (README, Configuratie): PORT, WEB_CONCURRENCY, WEB_TIMEOUT, WEB_BIND.
"""

import sys

from kennisplatform.settings.omgeving import (
    CONFIGURATIEFOUT,
    ConfiguratieFout,
    getal,
    tekst,
)


def _poort():
    poort = getal("PORT", 8000)
    if not 1 <= poort <= 65535:
        raise ConfiguratieFout(f"De omgevingsvariabele PORT moet 1 t/m 65535 zijn, niet {poort}.")
    return poort


def _aantal(naam, standaard):
    aantal = getal(naam, standaard)
    if aantal < 1:
        raise ConfiguratieFout(f"De omgevingsvariabele {naam} moet 1 of meer zijn, niet {aantal}.")
    return aantal


try:
    # All interfaces by default (behind a reverse proxy or a firewall); WEB_BIND=127.0.0.1 for
    # a proxy on the same machine.
    bind = [f"{tekst('WEB_BIND', '0.0.0.0')}:{_poort()}"]
    workers = _aantal("WEB_CONCURRENCY", 2)
    # Seconds a request may take (a full export of a large register takes several).
    timeout = _aantal("WEB_TIMEOUT", 60)
except ConfiguratieFout as fout:
    # The same one Dutch line and exit code as a configuration error in the settings.
    print(f"Configuratiefout: {fout}", file=sys.stderr, flush=True)
    sys.exit(CONFIGURATIEFOUT)

wsgi_app = "kennisplatform.wsgi:application"
# Load Django and Wagtail once in the master, before the workers fork: they share that memory,
# and kennisplatform/wsgi.py's gc.freeze() keeps it shared (no copy on the first collection).
# A configuration error then stops the master at once, with one line.
preload_app = True
# In-flight requests get this long to finish on SIGTERM (make serve waits for it).
graceful_timeout = 30
# One line per request on stdout, errors on stderr (the journal, or the terminal).
accesslog = "-"
errorlog = "-"
# gunicorn's standard access line plus the request id of the answer (X-Request-ID, set by
# kennisplatform/logboek.py), so an access line leads to the JSON log records of its request.
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %({x-request-id}o)s'
)
# No control socket (gunicornc): its one default path would clash between installations.
control_socket_disable = True


def when_ready(server):
    # Nothing the master opened while loading may be shared with the forked workers: close
    # database connections (Django opens them lazily; this is for safety).
    from django.db import connections

    connections.close_all()
