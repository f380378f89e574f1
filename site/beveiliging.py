"""Security headers and start-up checks that are not rate limits (those are in drempels.py).

- Content-Security-Policy (django-csp): the public site gets the strict policy of
  CONTENT_SECURITY_POLICY (no inline scripts or styles); the Wagtail admin, which still
  ships inline scripts in some widgets, gets CSP_BEHEER on the paths of CSP_BEHEER_PADEN.
- A system check that stops production when `collectstatic` has not run: with the manifest
  storage every page would otherwise be a 500.
"""

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core import checks
from django.core.files.storage import storages


class CSPPerPadMiddleware(CSPMiddleware):
    """django-csp's middleware, with the looser admin policy on the admin paths."""

    def get_policy_parts(self, request, response, report_only=False):
        delen = super().get_policy_parts(request, response, report_only=report_only)
        paden = tuple(getattr(settings, "CSP_BEHEER_PADEN", ()))
        if (
            not report_only
            and delen.config is None
            and paden
            and request.path_info.startswith(paden)
        ):
            delen.config = settings.CSP_BEHEER
        return delen


@checks.register()
def statische_bestanden_verzameld(app_configs, **kwargs):
    """Error (in Dutch) when the static files storage needs a manifest that is not there."""
    opslag = storages["staticfiles"]
    if not isinstance(opslag, ManifestFilesMixin):
        return []
    if opslag.manifest_storage.exists(opslag.manifest_name):
        return []
    return [
        checks.Error(
            "De statische bestanden zijn niet verzameld: "
            f"{settings.STATIC_ROOT}/{opslag.manifest_name} ontbreekt, dus elke pagina zou "
            "een serverfout (500) geven.",
            hint="Draai eerst 'python manage.py collectstatic --noinput' (of 'make static') "
            "met dezelfde instellingen; zie 'Beveiliging en productie' in de README.",
            id="kennisplatform.E001",
        )
    ]
