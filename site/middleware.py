"""Requests that no view can answer sensibly are refused or cleaned before they reach one."""

from django.http import JsonResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _


class WeigerNulTekens:
    """A NUL character (%00) is never meaningful here, and PostgreSQL cannot compare text with
    it (the query fails with a server error). In the path no page can match it: 400 with a
    Dutch explanation. In query parameters it is dropped (rewriting request.GET and the query
    string, which Wagtail's redirects read), so every view behaves as if it was never typed,
    as the search views already did. The register's filter and the API also guard against NUL
    themselves; this is the safety net for every other view (begrippen, groups, redirects)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path:
            melding = _("Het adres bevat een ongeldig teken (NUL, %00). Controleer de link.")
            if request.path.startswith("/api/"):
                return JsonResponse({"fout": melding}, status=400)
            return render(
                request,
                "kennisplatform/melding.html",
                {"titel": _("Ongeldig adres"), "melding": melding},
                status=400,
            )
        # A cookie with NUL (e.g. a forged session id) is not a cookie this site has set.
        for naam in [naam for naam, waarde in request.COOKIES.items() if "\x00" in naam + waarde]:
            del request.COOKIES[naam]
        if any(
            "\x00" in sleutel or any("\x00" in waarde for waarde in waarden)
            for sleutel, waarden in request.GET.lists()
        ):
            schoon = QueryDict(mutable=True)
            for sleutel, waarden in request.GET.lists():
                schoon.setlist(
                    sleutel.replace("\x00", ""), [w.replace("\x00", "") for w in waarden]
                )
            request.META["QUERY_STRING"] = schoon.urlencode()
            schoon._mutable = False
            request.GET = schoon
        return self.get_response(request)
