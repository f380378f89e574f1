import gc
import os
import sys

from django.core.wsgi import get_wsgi_application

from kennisplatform.settings.omgeving import ConfiguratieFout

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.production")

try:
    application = get_wsgi_application()
except ConfiguratieFout as fout:
    sys.exit(f"Configuratiefout: {fout}")

# Everything loaded at start-up (Django, Wagtail, the URL and template machinery) lives as long
# as the process: keep it out of the garbage collector's full passes, which otherwise pause a
# request now and then for tens of milliseconds.
gc.freeze()
