"""Requests that no view can answer sensibly are refused before they reach one."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


class WeigerNulTekens:
    """A NUL character (%00) in the path or in a query parameter is never meaningful here, and
    PostgreSQL cannot compare text with it (the query would fail with a server error). Such a
    request gets a 400 with a Dutch explanation. Views strip or ignore NUL themselves as well;
    this is the safety net for every other view (search, begrippen, bijeenkomsten, admin)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in sleutel or any("\x00" in waarde for waarde in waarden)
            for sleutel, waarden in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                _("Het adres bevat een ongeldig teken (NUL, %00). Controleer de link."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
