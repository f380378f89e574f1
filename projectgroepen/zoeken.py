"""What the platform search indexes of the projectgroepen (registered with search)."""

from django.utils.translation import gettext_lazy as _

from groepen.zoeken import GroepSoort
from projectgroepen.models import ProjectgroepPage
from search.register import registreer
from search.soorten import pagina_soort

registreer(pagina_soort(ProjectgroepPage, "projectgroep", _("Projectgroep"), GroepSoort))
