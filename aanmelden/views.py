"""Start and return of a login through an identity provider (OpenID Connect).

GET /inloggen/oidc/<naam>/        -> redirect to the provider (Authlib: state and nonce in the
                                     session, the safe `next` beside them)
GET /inloggen/oidc/<naam>/terug/  <- the provider's redirect with a code (or an error): Authlib
                                     checks the state, fetches the tokens and validates the
                                     id_token; koppelen.py finds or creates the account.

Every failure leads back to /inloggen/ with one Dutch sentence, never a 500, and nothing is
written (koppelen.koppel runs in one transaction and only after the id_token is valid).
"""

import logging
from urllib.parse import urlencode

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.base_client import MismatchingStateError
from joserfc.errors import JoseError

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.db import IntegrityError
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .client import client, configuratie, controles
from .koppelen import AanmeldFout, koppel

log = logging.getLogger(__name__)

SESSIE_VOLGENDE = "aanmelden_volgende"
# The account logs in with Django's own backend; django-axes' backend only counts passwords.
BACKEND = "django.contrib.auth.backends.ModelBackend"


def _config_of_404(naam):
    config = configuratie(naam)
    if config is None:
        raise Http404
    return config


def _veilig(request, volgende):
    if volgende and url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return ""


def _terug_naar_inloggen(request, melding):
    messages.error(request, melding)
    doel = reverse("inloggen")
    volgende = request.session.pop(SESSIE_VOLGENDE, "")
    if volgende:
        doel += "?" + urlencode({"next": volgende})
    return HttpResponseRedirect(doel)


@never_cache
@require_GET
def start(request, naam):
    config = _config_of_404(naam)
    request.session[SESSIE_VOLGENDE] = _veilig(request, request.GET.get("next", ""))
    terug = request.build_absolute_uri(reverse("oidc-terug", args=[naam]))
    try:
        app = client(config)
        controles(app, config)  # a provider with a wrong issuer is not even started with
        return app.authorize_redirect(request, terug)
    except (AuthlibBaseError, JoseError, requests.RequestException, ValueError, KeyError):
        log.warning("OIDC %s: aanbieder onbereikbaar of verkeerd ingesteld", naam, exc_info=True)
        return _terug_naar_inloggen(
            request,
            f"Inloggen met {config['weergavenaam']} lukt nu niet. Probeer het later opnieuw of "
            "log in met uw gebruikersnaam en wachtwoord.",
        )


@never_cache
@require_GET
def terug(request, naam):
    config = _config_of_404(naam)
    wie = config["weergavenaam"]
    if request.GET.get("error"):
        fout = request.GET.get("error")
        log.info("OIDC %s: aanbieder meldt %s", naam, fout[:100])
        melding = (
            f"U hebt het inloggen bij {wie} afgebroken, of {wie} heeft het geweigerd."
            if fout == "access_denied"
            else f"{wie} kon u niet aanmelden. Probeer het opnieuw."
        )
        return _terug_naar_inloggen(request, melding)
    try:
        app = client(config)
        token = app.authorize_access_token(request, claims_options=controles(app, config))
    except MismatchingStateError:
        return _terug_naar_inloggen(
            request,
            "Het inloggen is verlopen of niet vanuit dit venster gestart. Probeer het opnieuw.",
        )
    except (AuthlibBaseError, JoseError, requests.RequestException, ValueError, KeyError):
        log.warning("OIDC %s: token of id_token geweigerd", naam, exc_info=True)
        return _terug_naar_inloggen(
            request, f"Het antwoord van {wie} kon niet worden gecontroleerd; u bent niet ingelogd."
        )
    claims = token.get("userinfo") if isinstance(token, dict) else None
    if not claims:
        # No validated id_token: without it nobody is logged in (an access token alone says
        # nothing about who logs in).
        log.warning("OIDC %s: geen id_token in het antwoord", naam)
        return _terug_naar_inloggen(
            request, f"Het antwoord van {wie} kon niet worden gecontroleerd; u bent niet ingelogd."
        )
    try:
        gebruiker = koppel(config, dict(claims))
    except AanmeldFout as fout:
        return _terug_naar_inloggen(request, str(fout))
    except IntegrityError:
        # Two first logins of the same person at the same moment: one of them wins.
        log.warning("OIDC %s: gelijktijdige eerste login", naam, exc_info=True)
        return _terug_naar_inloggen(
            request, f"Inloggen met {wie} lukte net niet. Probeer het opnieuw."
        )
    volgende = request.session.pop(SESSIE_VOLGENDE, "")
    login(request, gebruiker, backend=BACKEND)
    log.info("OIDC %s: %s ingelogd", naam, gebruiker.pk)
    return HttpResponseRedirect(_veilig(request, volgende) or settings.LOGIN_REDIRECT_URL)
