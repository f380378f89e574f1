"""Editors reach nothing before their second factor: not the admin, not the site.

An unverified user with admin access (see kennisplatform.tweefactor.nodig) is sent to the
second-factor step on every path except the steps themselves, logging in and out, and static
files. The whole site, not only /admin/: outside the admin an editor also sees more than a
reader (private documents and pages for superusers, concept agreements for editors,
workspaces), and none of that may come with a password alone. A GET or HEAD is redirected
(with `next`), any other method is refused with 403, so nothing is changed or half-written.
"""

from django.shortcuts import render
from django.utils.translation import gettext as _

from . import naar_stap, nodig

# Paths an unverified editor may still reach.
VRIJ = (
    "/tweede-factor/",
    "/inloggen/",
    "/uitloggen/",
    "/admin/login/",
    "/admin/logout/",
    "/static/",
    "/gezond/",
    "/robots.txt",
    "/favicon.ico",
)


class TweedeFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(VRIJ) or not nodig(request.user):
            return self.get_response(request)
        if request.method in ("GET", "HEAD"):
            return naar_stap(request, request.get_full_path())
        return render(
            request,
            "kennisplatform/melding.html",
            {
                "titel": _("Eerst uw tweede factor"),
                "melding": _(
                    "U bent ingelogd met uw wachtwoord, maar nog niet met uw tweede factor. "
                    "Er is niets opgeslagen. Bevestig eerst uw inlog met een code uit uw "
                    "authenticator-app en probeer het daarna opnieuw."
                ),
                "terug": naar_stap(request).url,
                "terug_tekst": _("Naar de tweede factor"),
            },
            status=403,
        )
