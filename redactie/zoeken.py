"""The werkruimte pages in the platform search: found as pages, by those who may see them."""

from django.utils.translation import gettext_lazy as _

from redactie.models import WerkruimtePage
from search.register import registreer
from search.soorten import pagina_soort

registreer(pagina_soort(WerkruimtePage, "pagina", _("Pagina")))
