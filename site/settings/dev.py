"""Development: `make run` on a laptop. Safe defaults, mails to the console."""

from .base import *  # noqa: F403
from .omgeving import tekst, vlag

DEBUG = True
SECRET_KEY = tekst("SECRET_KEY", "dev-alleen-lokaal-nooit-in-productie-gebruiken")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files straight from the app folders (no collectstatic needed).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Second factor (issue 17.2): off in development, so the demo accounts log in with their
# password only; TWEEDE_FACTOR_VERPLICHT=true turns it on here too.
TWEEDE_FACTOR_VERPLICHT = vlag("TWEEDE_FACTOR_VERPLICHT", False)
