"""What the platform search indexes of the groups (registered with search)."""

# moves to groepen/zoeken.py (GroepSoort); KennisnetwerkPage's registration stays here

from django.utils.translation import gettext_lazy as _

from kennisnetwerken.models import KennisnetwerkPage
from search.afstemming import GEWOON
from search.register import registreer
from search.soorten import PaginaSoort, pagina_soort, velden_uit_search_fields


class GroepSoort(PaginaSoort):
    """A group page: its own search fields plus its trekkers and organisations; facets
    groep and status. A group's result does not repeat its group."""

    toont_groep = False

    def facetten(self, obj):
        return {"groep": obj.title, "status": getattr(obj, "get_status_display", str)() or ""}

    def velden(self, obj):
        velden = velden_uit_search_fields(obj)
        trekkers = "; ".join(str(t) for t in obj.trekkers.all())
        organisaties = "; ".join(str(o) for o in obj.organisaties.all())
        return velden + [("trekkers", trekkers, GEWOON), ("organisaties", organisaties, GEWOON)]


registreer(pagina_soort(KennisnetwerkPage, "kennisnetwerk", _("Kennisnetwerk"), GroepSoort))
