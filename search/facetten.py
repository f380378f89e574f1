"""Facets: filtering the search documents on facet values, and counting the values of the
results. The values themselves come from the soorten (`Soort.facetten`); how a value is shown
may be supplied by a soort too (`Soort.facetlabels`)."""

from collections import Counter, OrderedDict

from search.register import alle_soorten, soort_labels

FACETTEN = ("soort", "kerninstrument", "ketenpartner", "groep", "status", "typering")
# The columns of Zoekdocument read for the facets (and for the access check), in this order.
FACETKOLOMMEN = ("soort", "kerninstrument", "groep", "status", "typering", "ketenpartners")


def filter_op(queryset, filters):
    """The search documents with these facet values."""
    for naam, waarde in filters.items():
        if naam == "ketenpartner":
            queryset = queryset.filter(ketenpartners__contains=f"|{waarde}|")
        else:
            queryset = queryset.filter(**{naam: waarde})
    return queryset


def tel(rijen):
    """Counts per facet value over the facet rows (columns as in FACETKOLOMMEN)."""
    kolommen = dict(zip(FACETKOLOMMEN, zip(*rijen, strict=True), strict=False))
    tellers = {}
    for naam in FACETTEN:
        if naam == "ketenpartner":  # "|gemeente|rijk|" per row
            teller = Counter("".join(kolommen.get("ketenpartners", ())).split("|"))
        else:
            teller = Counter(kolommen.get(naam, ()))
        teller.pop("", None)
        tellers[naam] = OrderedDict(sorted(teller.items(), key=lambda kv: (-kv[1], kv[0])))
    return tellers


def label(facet, waarde):
    """How a facet value is shown: the soort's label, a label a soort supplies for the value
    (e.g. the name of a ketenpartner), or the value itself."""
    if facet == "soort":
        return str(soort_labels().get(waarde, waarde))
    for soort in alle_soorten():
        labels = soort.facetlabels.get(facet)
        if labels and waarde in labels:
            return str(labels[waarde])
    if facet in ("status", "typering"):
        return waarde.capitalize()
    return waarde
