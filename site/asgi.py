import os
import sys

from django.core.asgi import get_asgi_application

from kennisplatform.settings.omgeving import ConfiguratieFout

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.production")

try:
    application = get_asgi_application()
except ConfiguratieFout as fout:
    sys.exit(f"Configuratiefout: {fout}")
