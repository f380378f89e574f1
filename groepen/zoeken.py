"""What the platform search indexes of a group page, for every kind of group (registered with
search by the apps of the group kinds)."""

from search.afstemming import GEWOON
from search.soorten import PaginaSoort, velden_uit_search_fields


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
