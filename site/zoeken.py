"""The content pages of the site in the platform search (found by autodiscover_modules as
kennisplatform.zoeken)."""

from django.utils.translation import gettext_lazy as _

from kennisplatform.models import InhoudPage
from search.register import registreer
from search.soorten import pagina_soort

registreer(pagina_soort(InhoudPage, "pagina", _("Pagina")))
