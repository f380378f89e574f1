"""Logging out: POST logs out (with CSRF protection, as Django's LogoutView requires); a GET,
e.g. a bookmarked /uitloggen/, shows a small page with a logout button instead of logging out
(a link in someone else's page must not end a session) or answering 405."""

from django.contrib.auth.views import LogoutView
from django.shortcuts import render
from django.utils.translation import gettext as _


class Uitloggen(LogoutView):
    template_name = "registration/uitloggen.html"
    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, self.template_name, {"pagina_titel": _("Uitloggen")})
