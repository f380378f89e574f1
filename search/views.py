"""The search page (/zoeken/) and its JSON endpoints (/api/zoeken/, /api/zoeken/suggesties/)."""

from urllib.parse import urlencode

from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from search import afstemming, toegang, zoeklog
from search.facetten import FACETTEN, label
from search.models import Zoekdocument
from search.register import alle_soorten, soort_labels
from search.zoeker import OngeldigeZoekvraag, suggesties, zoek

FACET_TITELS = {
    "soort": "Soort",
    "kerninstrument": "Kerninstrument",
    "ketenpartner": "Ketenpartner",
    "groep": "Groep",
    "status": "Status",
    "typering": "Typering",
}


def _verzoek(request):
    q = request.GET.get("q", "")
    filters = {}
    for naam in FACETTEN:
        waarde = request.GET.get(naam, "").replace("\x00", "").strip()
        if waarde and len(waarde) <= afstemming.MAX_FILTERWAARDE:
            filters[naam] = waarde
    try:
        pagina = max(1, min(int(request.GET.get("pagina", "1")), afstemming.MAX_PAGINA))
    except ValueError:
        pagina = 1
    return q, filters, pagina


@require_GET
def zoeken(request):
    q, filters, pagina = _verzoek(request)
    context = {"q": q, "filters": filters, "fout": None, "uitkomst": None}
    status = 200
    try:
        uitkomst = zoek(q, request.user, filters, pagina)
    except OngeldigeZoekvraag as fout:
        context["fout"] = str(fout)
        context["q"] = q[:200]
        status = 400
    else:
        zoeklog.registreer(request, uitkomst, filters, "pagina" in request.GET)
        context["uitkomst"] = uitkomst
        basis = {"q": uitkomst.query, **filters}
        facetten = []
        for naam in FACETTEN:
            waarden = []
            for waarde, aantal in uitkomst.facetten.get(naam, {}).items():
                gekozen = filters.get(naam) == waarde
                params = dict(basis)
                if gekozen:
                    params.pop(naam)
                else:
                    params[naam] = waarde
                waarden.append(
                    {
                        "label": label(naam, waarde),
                        "aantal": aantal,
                        "gekozen": gekozen,
                        "url": "?" + urlencode(params),
                    }
                )
            if waarden:
                facetten.append({"naam": naam, "titel": FACET_TITELS[naam], "waarden": waarden})
        context["facetten"] = facetten
        context["gekozen_filters"] = [
            {
                "titel": FACET_TITELS[n],
                "label": label(n, w),
                "url": "?" + urlencode({k: v for k, v in basis.items() if k != n}),
            }
            for n, w in filters.items()
        ]
        if uitkomst.suggestie:
            context["suggestie_url"] = "?" + urlencode({**basis, "q": uitkomst.suggestie})
        vorige = {**basis, "pagina": pagina - 1} if pagina > 1 else None
        volgende = {**basis, "pagina": pagina + 1} if pagina < uitkomst.paginas else None
        context["vorige_url"] = "?" + urlencode(vorige) if vorige else None
        context["volgende_url"] = "?" + urlencode(volgende) if volgende else None
        context["labels"] = soort_labels()
        # soorten whose results do not show their group (a group page is the group)
        context["zonder_groep"] = {s.naam for s in alle_soorten() if not s.toont_groep}
        context["start"] = (pagina - 1) * afstemming.PER_PAGINA + 1
    return render(request, "search/zoeken.html", context, status=status)


def resultaat_gegevens(resultaat):
    """One search result as the JSON APIs give it (/api/zoeken/ and /api/v1/zoeken)."""
    pk = resultaat.doc.object_pk
    return {
        "id": int(pk) if pk.isdecimal() else pk,
        "soort": resultaat.doc.soort,
        "titel": resultaat.doc.titel,
        "tekst": resultaat.doc.tekst,
        "url": resultaat.doc.url,
        "highlight": resultaat.highlight,
    }


@require_GET
def api_zoeken(request):
    q, filters, pagina = _verzoek(request)
    try:
        # the API gives the results of the question only (no related results of a phrase
        # question): `count` and the pages keep describing exactly the listed results
        uitkomst = zoek(q, request.user, filters, pagina, verwant=False)
    except OngeldigeZoekvraag as fout:
        return JsonResponse({"error": str(fout)}, status=400)
    zoeklog.registreer(request, uitkomst, filters, "pagina" in request.GET)
    return JsonResponse(
        {
            "query": uitkomst.query,
            "count": uitkomst.count,
            "results": [resultaat_gegevens(r) for r in uitkomst.resultaten],
            "facets": uitkomst.facetten,
            "suggestion": uitkomst.suggestie,
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def api_suggesties(request):
    q = request.GET.get("q", "")
    if len(q) > afstemming.MAX_SUGGESTIEVRAAG:
        return JsonResponse({"error": _("De invoer is te lang.")}, status=400)
    return JsonResponse({"query": q, "suggesties": suggesties(q, request.user)})


# --- issue 15: opened results -------------------------------------------------------------


@require_GET
def klik(request):
    """/zoeken/klik/?q=<question>&r=<key>: the link of a search result. Counts that this result
    was opened for this question (Zoekklik, no personal data) and sends the browser on to the
    result (302). Only to the address of an existing search document this user may see: any
    other key is a 404, so the link is no open redirect and does not reveal what exists."""
    sleutel = request.GET.get("r", "")[: Zoekdocument._meta.get_field("sleutel").max_length]
    doc = Zoekdocument.objects.filter(
        sleutel=sleutel, toegang__in=toegang.toegangssleutels(request.user)
    ).first()
    if (
        doc is None
        or not doc.url.startswith(("/", "https://", "http://"))
        or not toegang.alleen_zichtbaar([doc], request.user, {})
    ):
        raise Http404(_("Dit zoekresultaat bestaat niet (meer)."))
    q = request.GET.get("q", "")
    if len(q) <= afstemming.MAX_LENGTE and not zoeklog.is_robot(request):
        zoeklog.log_klik(q, doc)
    return redirect(doc.url)
