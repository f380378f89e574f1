import gc
import os
import sys

from django.core.wsgi import get_wsgi_application

from kennisplatform.settings.omgeving import CONFIGURATIEFOUT, ConfiguratieFout

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.production")

try:
    application = get_wsgi_application()
except ConfiguratieFout as fout:
    # One Dutch line, then exit code 3: gunicorn's "worker failed to boot", on which it stops
    # instead of starting the worker again and again (make serve stops, systemd does not
    # restart: RestartPreventExitStatus=3). A plain sys.exit(text) would mean code 1.
    print(f"Configuratiefout: {fout}", file=sys.stderr, flush=True)
    sys.exit(CONFIGURATIEFOUT)

# Everything loaded at start-up (Django, Wagtail, the URL and template machinery) lives as long
# as the process: keep it out of the garbage collector's full passes, which otherwise pause a
# request now and then for tens of milliseconds.
gc.freeze()
