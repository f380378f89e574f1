"""One login screen for members and editors: /inloggen/ (template redactie/inloggen.html).

Wagtail's own login screen (/admin/login/) is not shown: WAGTAILADMIN_LOGIN_URL sends the
admin's redirects straight to /inloggen/, and a GET of /admin/login/ (a bookmark, the link in
a Wagtail e-mail or on its password reset pages) is redirected there with its `next`. A POST
to /admin/login/ is handled by the same view as /inloggen/, so a script that still posts
there gets the same checks: the rate limits of DREMPELS and django-axes cover both paths.

After logging in the visitor goes to `next` only when it points at this site (Django's
LoginView checks it with url_has_allowed_host_and_scheme), else to LOGIN_REDIRECT_URL.
An editor (admin access) goes first to the second-factor step (kennisplatform/tweefactor/),
which then leads on to that same address.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.http import HttpResponseRedirect
from django.urls import reverse

from kennisplatform import tweefactor


class Inloggen(LoginView):
    template_name = "redactie/inloggen.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # "Inloggen met <naam>" per identity provider (OpenID Connect, app aanmelden), with
        # the same `next` as the form; the start view checks it again.
        volgende = context.get(self.redirect_field_name) or ""
        query = "?" + urlencode({self.redirect_field_name: volgende}) if volgende else ""
        context["oidc_aanbieders"] = [
            {
                "naam": config["weergavenaam"],
                "adres": reverse("oidc-start", args=[naam]) + query,
            }
            for naam, config in getattr(settings, "OIDC_AANBIEDERS", {}).items()
        ]
        return context

    def form_valid(self, form):
        antwoord = super().form_valid(form)  # logs in; the redirect goes to a safe `next`
        if tweefactor.nodig(self.request.user):
            return tweefactor.naar_stap(self.request, antwoord.url)
        return antwoord


class BeheerInloggen(Inloggen):
    """/admin/login/: GET leads to /inloggen/ (keeping `next`), POST logs in as there."""

    def get(self, request, *args, **kwargs):
        doel = reverse("inloggen")
        volgende = request.GET.get(self.redirect_field_name, "")
        if volgende:
            doel += "?" + urlencode({self.redirect_field_name: volgende})
        return HttpResponseRedirect(doel)
