"""Login with the user's own organisation (OpenID Connect, issue 17.3): the identity providers
from the environment. The app `aanmelden` uses the result (settings.OIDC_AANBIEDERS).

    OIDC_PROVIDERS=odu,provincie            the providers, by short name (a-z, 0-9, -)
    OIDC_<NAAM>_NAAM                        shown as "Inloggen met <naam>" (default: the name)
    OIDC_<NAAM>_CLIENT_ID, _CLIENT_SECRET   the registration of this platform at the provider
    OIDC_<NAAM>_DISCOVERY_URL               .../.well-known/openid-configuration
    OIDC_<NAAM>_ORGANISATIE                 name or abbreviation of the organisation of its
                                            users, or "claim:<claim>" to read it per user
    OIDC_<NAAM>_GROEPEN_CLAIM               the claim with group values (default "groups")
    OIDC_<NAAM>_GROEPEN                     "waarde=groep-slug[:rol]; ..." (rol: lid, trekker;
                                            "waarde=:coordinator" for the coördinator role)
    OIDC_<NAAM>_ROLLEN                      roles beyond membership this provider may grant:
                                            "trekker", "coordinator" (default: none)
    OIDC_<NAAM>_EMAIL_KOPPELEN              true: a first login links an existing local
                                            account with the same, verified e-mail address
    OIDC_<NAAM>_SCOPE                       default "openid email profile"
"""

import re
from urllib.parse import urlsplit

from .omgeving import ConfiguratieFout, lijst, tekst, vlag

NAAM = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
SLUG = re.compile(r"[-a-zA-Z0-9_]+")
ROLLEN = {"lid", "trekker", "coordinator"}
# Roles no identity provider may ever grant: they stay with a beheerder in the admin.
NOOIT = {"beheerder", "admin", "superuser", "superuser-status", "staff"}


def _verplicht(variabele):
    waarde = tekst(variabele)
    if waarde is None:
        raise ConfiguratieFout(
            f"De omgevingsvariabele {variabele} ontbreekt: elke aanbieder in OIDC_PROVIDERS "
            "heeft een client-id, een client-secret, een discovery-URL en een organisatie nodig "
            "(zie de README, 'Inloggen met uw eigen organisatie')."
        )
    return waarde


def _koppelingen(variabele, toegestaan):
    """'waarde=groep-slug[:rol]; ...' -> list of (claim value, slug or "", role). Entries with
    a role the provider may not grant are left out (turning a role off in OIDC_<NAAM>_ROLLEN
    takes it away at the next login)."""
    uit = []
    for deel in re.split(r"[;\n]", tekst(variabele, "") or ""):
        deel = deel.strip()
        if not deel:
            continue
        waarde, scheiding, doel = deel.rpartition("=")
        slug, _, rol = doel.strip().partition(":")
        slug, rol = slug.strip(), (rol.strip().lower() or "lid")
        rol = rol.replace("ö", "o")
        fout = None
        if not scheiding or not waarde.strip():
            fout = "mist een claimwaarde vóór '='"
        elif rol in NOOIT:
            fout = f"noemt de rol '{rol}', die een aanbieder nooit mag geven"
        elif rol not in ROLLEN:
            fout = f"noemt een onbekende rol '{rol}' (lid, trekker of coordinator)"
        elif rol == "coordinator" and slug:
            fout = "geeft de coördinatorrol aan één groep; schrijf 'waarde=:coordinator'"
        elif rol != "coordinator" and not SLUG.fullmatch(slug):
            fout = f"noemt geen geldige groep-slug ('{slug}')"
        if fout:
            raise ConfiguratieFout(
                f"De omgevingsvariabele {variabele} klopt niet: '{deel}' {fout}. Gebruik "
                "'claimwaarde=groep-slug' (lid), 'claimwaarde=groep-slug:trekker' of "
                "'claimwaarde=:coordinator', gescheiden door ';'."
            )
        if rol == "lid" or rol in toegestaan:
            uit.append((waarde.strip(), slug, rol))
    return uit


def aanbieder(naam):
    prefix = f"OIDC_{naam.upper().replace('-', '_')}_"
    client_id = _verplicht(prefix + "CLIENT_ID")
    client_secret = _verplicht(prefix + "CLIENT_SECRET")
    discovery = _verplicht(prefix + "DISCOVERY_URL")
    delen = urlsplit(discovery)
    if delen.scheme not in {"http", "https"} or not delen.hostname:
        raise ConfiguratieFout(
            f"De omgevingsvariabele {prefix}DISCOVERY_URL moet een adres zijn als "
            "https://idp.example/.well-known/openid-configuration, niet "
            f"'{discovery}'."
        )
    rollen = set()
    for rol in lijst(prefix + "ROLLEN"):
        rol = rol.lower().replace("ö", "o")
        if rol in NOOIT:
            raise ConfiguratieFout(
                f"De omgevingsvariabele {prefix}ROLLEN noemt '{rol}': een aanbieder geeft nooit "
                "beheerders- of superuserrechten; die geeft een beheerder in het beheer."
            )
        if rol not in {"trekker", "coordinator"}:
            raise ConfiguratieFout(
                f"De omgevingsvariabele {prefix}ROLLEN noemt een onbekende rol '{rol}'; "
                "toegestaan zijn 'trekker' en 'coordinator' (lidmaatschap mag altijd)."
            )
        rollen.add(rol)
    organisatie = _verplicht(prefix + "ORGANISATIE")
    organisatie_claim = None
    if organisatie.lower().startswith("claim:"):
        organisatie_claim = organisatie[len("claim:") :].strip()
        if not organisatie_claim:
            raise ConfiguratieFout(
                f"De omgevingsvariabele {prefix}ORGANISATIE noemt na 'claim:' geen claim."
            )
        organisatie = None
    scope = tekst(prefix + "SCOPE", "openid email profile")
    if "openid" not in scope.split():
        raise ConfiguratieFout(
            f"De omgevingsvariabele {prefix}SCOPE moet 'openid' bevatten: zonder id_token kan "
            "het platform niet controleren wie er inlogt."
        )
    return {
        "naam": naam,
        "weergavenaam": tekst(prefix + "NAAM", naam),
        "client_id": client_id,
        "client_secret": client_secret,
        "discovery_url": discovery,
        "organisatie": organisatie,
        "organisatie_claim": organisatie_claim,
        "groepen_claim": tekst(prefix + "GROEPEN_CLAIM", "groups"),
        "groepen": _koppelingen(prefix + "GROEPEN", rollen),
        "rollen": sorted(rollen),
        "email_koppelen": vlag(prefix + "EMAIL_KOPPELEN", False),
        "scope": scope,
    }


def oidc_aanbieders():
    """{name: configuration} for every provider in OIDC_PROVIDERS (empty: no SSO)."""
    uit = {}
    for naam in lijst("OIDC_PROVIDERS"):
        naam = naam.lower()
        if not NAAM.fullmatch(naam):
            raise ConfiguratieFout(
                f"De omgevingsvariabele OIDC_PROVIDERS noemt '{naam}': een aanbieder heet met "
                "kleine letters, cijfers en '-' (bijvoorbeeld 'odu,provincie')."
            )
        if naam in uit:
            raise ConfiguratieFout(
                f"De omgevingsvariabele OIDC_PROVIDERS noemt '{naam}' twee keer."
            )
        uit[naam] = aanbieder(naam)
    return uit
