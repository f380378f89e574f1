import os
import sys

from django.core.asgi import get_asgi_application

from kennisplatform.settings.omgeving import CONFIGURATIEFOUT, ConfiguratieFout

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.production")

try:
    application = get_asgi_application()
except ConfiguratieFout as fout:
    # One Dutch line, then exit code 3: gunicorn's "worker failed to boot", on which it stops
    # instead of starting the worker again and again (make serve stops, systemd does not
    # restart: RestartPreventExitStatus=3). A plain sys.exit(text) would mean code 1.
    print(f"Configuratiefout: {fout}", file=sys.stderr, flush=True)
    sys.exit(CONFIGURATIEFOUT)
