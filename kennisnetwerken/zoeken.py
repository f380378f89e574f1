"""What the platform search indexes of the kennisnetwerken (registered with search)."""

from django.utils.translation import gettext_lazy as _

from groepen.zoeken import GroepSoort
from kennisnetwerken.models import KennisnetwerkPage
from search.register import registreer
from search.soorten import pagina_soort

registreer(pagina_soort(KennisnetwerkPage, "kennisnetwerk", _("Kennisnetwerk"), GroepSoort))
