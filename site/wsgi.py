import os
import sys

from django.core.wsgi import get_wsgi_application

from kennisplatform.settings.omgeving import ConfiguratieFout

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.production")

try:
    application = get_wsgi_application()
except ConfiguratieFout as fout:
    sys.exit(f"Configuratiefout: {fout}")
