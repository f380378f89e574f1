"""The platform's public address (SITE_URL) and name (WAGTAIL_SITE_NAME) applied to the
default Wagtail Site.

Wagtail builds full page URLs (the sitemap, links in e-mails about pages) from the hostname and
port of the Site, not from the request. A fresh database has the Site "localhost:80"; after every
`migrate` (so at every `make serve`) the default Site takes the host and port of SITE_URL.
Without SITE_URL nothing changes (`make run`, the tests); `check --deploy` then warns.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

from wagtail.models import Site

logger = logging.getLogger(__name__)


def host_en_poort(adres):
    """("kennisplatform.example", 443) for https://kennisplatform.example."""
    delen = urlsplit(adres)
    return delen.hostname, delen.port or (443 if delen.scheme == "https" else 80)


def standaardsite_volgt_adres(sender=None, using="default", verbosity=1, **kwargs):
    """post_migrate (kennisplatform/apps.py): give the default Site the host of SITE_URL."""
    if not settings.SITE_URL:
        return
    hostnaam, poort = host_en_poort(settings.SITE_URL)
    sites = Site.objects.using(using)
    site = sites.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostnaam, poort):
        return
    if sites.filter(hostname=hostnaam, port=poort).exclude(pk=site.pk).exists():
        logger.warning(
            "SITE_URL %s is niet op de standaardsite gezet: een andere site heeft die host en "
            "poort al (pas dat aan in het beheer, Instellingen > Sites).",
            settings.SITE_URL,
        )
        return
    site.hostname, site.port = hostnaam, poort
    site.save(using=using)  # Site.save also empties Wagtail's cache of the sites' root paths
    if verbosity:
        print(f"De standaardsite heet nu {hostnaam}:{poort} (SITE_URL {settings.SITE_URL}).")


def standaardsite_heeft_naam(sender=None, using="default", **kwargs):
    """post_migrate (kennisplatform/apps.py): a Site without a name gets WAGTAIL_SITE_NAME, so
    the admin's dashboard names the platform instead of "localhost". A name set in the admin
    (Instellingen > Sites) stays."""
    Site.objects.using(using).filter(site_name="").update(site_name=settings.WAGTAIL_SITE_NAME)


@checks.register(checks.Tags.security, deploy=True)
def openbaar_adres_ingesteld(app_configs, **kwargs):
    """`check --deploy`: without SITE_URL, the sitemap and e-mail links name a wrong host."""
    if settings.SITE_URL:
        return []
    return [
        checks.Warning(
            "SITE_URL is niet gezet: de sitemap en de links in e-mails noemen dan niet het "
            f"echte adres van het platform, maar {settings.WAGTAILADMIN_BASE_URL} en de "
            "hostnaam van de standaardsite.",
            hint="Zet SITE_URL op het openbare adres, bijvoorbeeld "
            "https://kennisplatform.example (zie de README, Configuratie).",
            id="kennisplatform.W001",
        )
    ]
