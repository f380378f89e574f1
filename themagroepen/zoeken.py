"""What the platform search indexes of the themagroepen (registered with search)."""

from django.utils.translation import gettext_lazy as _

from groepen.zoeken import GroepSoort
from search.register import registreer
from search.soorten import pagina_soort
from themagroepen.models import ThemagroepPage

registreer(pagina_soort(ThemagroepPage, "themagroep", _("Themagroep"), GroepSoort))
