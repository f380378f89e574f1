"""What the platform search indexes of the themagroepen and projectgroepen."""

from django.utils.translation import gettext_lazy as _

from kennisnetwerken.zoeken import GroepSoort
from search.register import registreer
from search.soorten import pagina_soort
from themagroepen.models import ProjectgroepPage, ThemagroepPage

registreer(pagina_soort(ThemagroepPage, "themagroep", _("Themagroep"), GroepSoort))
# moves to projectgroepen/zoeken.py with ProjectgroepPage
registreer(pagina_soort(ProjectgroepPage, "projectgroep", _("Projectgroep"), GroepSoort))
