"""From the validated claims of an identity provider to an account on the platform.

- The account is found by (provider, sub) (model Identiteit). A first login creates a new
  account with an unusable password, unless the provider may link by e-mail
  (OIDC_<NAAM>_EMAIL_KOPPELEN), says `email_verified` and exactly one local account has that
  address; an account with admin access or superuser status is never linked by e-mail.
- The organisation comes from the configuration or from a claim; an unknown organisation
  stops the login before anything is written.
- Every login sets the Django groups this provider gives from the group claim and the
  mapping OIDC_<NAAM>_GROEPEN: membership (the group's leden) always, trekker and coördinator
  only where OIDC_<NAAM>_ROLLEN allows it (settings/oidc.py already left the others out),
  superuser status never. It adds and removes only what this provider gave (model
  Toekenning); a membership given by hand stays as it is.
"""

import logging
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from groepen import lidmaatschap
from groepen.models import GroepRechten
from organisaties.models import Organisatie
from redactie import rollen

from .models import Account, Identiteit, Toekenning

log = logging.getLogger(__name__)

GEBRUIKERSNAAM = re.compile(r"[^\w.@+-]")


class AanmeldFout(Exception):
    """The login cannot go on; the message is one Dutch sentence for the login screen."""


def _met_stuurteken(waarde):
    """Whether a claim holds a control character (NUL above all: PostgreSQL cannot store or
    compare it, and no name, address or identifier needs one)."""
    return any(ord(teken) < 32 or ord(teken) == 127 for teken in waarde)


def _zonder_stuurtekens(waarde):
    return "".join(teken for teken in waarde if ord(teken) >= 32 and ord(teken) != 127)


def _organisatie(config, claims):
    if config["organisatie_claim"]:
        waarde = claims.get(config["organisatie_claim"])
        if not isinstance(waarde, str) or not waarde.strip():
            raise AanmeldFout(
                f"{config['weergavenaam']} gaf niet door bij welke organisatie u werkt; "
                "inloggen kan daarom niet. Neem contact op met de beheerder."
            )
    else:
        waarde = config["organisatie"]
    waarde = waarde.strip()
    gevonden = []
    if not _met_stuurteken(waarde):  # such a value names no organisation
        gevonden = list(Organisatie.objects.filter(naam__iexact=waarde)[:2])
        if not gevonden:
            gevonden = list(Organisatie.objects.filter(afkorting__iexact=waarde)[:2])
    if len(gevonden) != 1:
        log.warning("OIDC %s: organisatie %r onbekend of niet eenduidig", config["naam"], waarde)
        raise AanmeldFout(
            f"Uw organisatie ('{_zonder_stuurtekens(waarde)[:100]}') is op dit platform niet "
            "bekend; inloggen met "
            f"{config['weergavenaam']} kan daarom niet. Neem contact op met de beheerder."
        )
    return gevonden[0]


def _claimwaarden(claims, naam):
    waarde = claims.get(naam)
    if isinstance(waarde, str):
        return {waarde}
    if isinstance(waarde, list | tuple):
        return {w for w in waarde if isinstance(w, str)}
    return set()


def gewenste_groepen(config, claims):
    """The Django groups this provider gives for these claims (a set of Group)."""
    waarden = _claimwaarden(claims, config["groepen_claim"])
    uit = set()
    for waarde, slug, rol in config["groepen"]:
        if waarde not in waarden:
            continue
        if rol == "coordinator":
            coordinatoren = Group.objects.filter(name=lidmaatschap.COORDINATOREN).first()
            if "coordinator" in config["rollen"] and coordinatoren is not None:
                uit.add(coordinatoren)
            continue
        rechten = list(GroepRechten.objects.filter(groep__slug=slug).select_related()[:2])
        if len(rechten) != 1:
            log.warning("OIDC %s: groep %r onbekend of niet eenduidig", config["naam"], slug)
            continue
        if rol == "lid":
            uit.add(rechten[0].leden)
        elif rol == "trekker" and "trekker" in config["rollen"]:
            uit.add(rechten[0].trekkers)
            uit.update(Group.objects.filter(name=rollen.TREKKERS))
    return uit


def _heeft_beheertoegang(gebruiker):
    return (
        gebruiker.is_superuser
        or gebruiker.is_staff
        or gebruiker.has_perm("wagtailadmin.access_admin")
    )


def _gebruikersnaam(config, claims):
    User = get_user_model()
    basis = claims.get("preferred_username") or claims.get("email") or claims["sub"]
    basis = GEBRUIKERSNAAM.sub("", f"{config['naam']}.{basis}")[:140] or config["naam"]
    naam, teller = basis, 1
    while User.objects.filter(username__iexact=naam).exists():
        teller += 1
        naam = f"{basis}-{teller}"
    return naam


def _bestaand_via_email(config, claims):
    if not (config["email_koppelen"] and claims.get("email_verified") is True):
        return None
    email = claims.get("email")
    if not isinstance(email, str) or "@" not in email or _met_stuurteken(email):
        return None
    User = get_user_model()
    kandidaten = list(User.objects.filter(email__iexact=email.strip())[:2])
    if len(kandidaten) != 1:
        return None
    gebruiker = kandidaten[0]
    if _heeft_beheertoegang(gebruiker) or gebruiker.identiteiten.exists():
        # Never hand an editor's or beheerder's account to a provider by e-mail alone, nor an
        # account that already logs in through a provider (its address came from there).
        return None
    return gebruiker


def _geldig_adres(waarde):
    """One valid e-mail address, or None (the digest mail goes to user.email: a list or
    garbage from a provider must not send it to someone else)."""
    if not isinstance(waarde, str):
        return None
    try:
        validate_email(waarde.strip())
    except ValidationError:
        return None
    return waarde


def _werk_gegevens_bij(gebruiker, claims):
    velden = {
        "first_name": (claims.get("given_name"), 150),
        "last_name": (claims.get("family_name"), 150),
        "email": (_geldig_adres(claims.get("email")), 254),
    }
    gewijzigd = []
    for veld, (waarde, lengte) in velden.items():
        if (
            isinstance(waarde, str)
            and not _met_stuurteken(waarde)  # such a value is left out, never stored
            and waarde.strip()
            and getattr(gebruiker, veld) != waarde.strip()[:lengte]
        ):
            setattr(gebruiker, veld, waarde.strip()[:lengte])
            gewijzigd.append(veld)
    if gewijzigd:
        gebruiker.save(update_fields=gewijzigd)


def zet_groepen(gebruiker, aanbieder, gewenst):
    """Give exactly `gewenst` as this provider's groups; hand-given memberships stay."""
    eerder = {
        t.groep_id: t for t in Toekenning.objects.filter(gebruiker=gebruiker, aanbieder=aanbieder)
    }
    gewenst_ids = {g.pk for g in gewenst}
    nu_lid = set(gebruiker.groups.values_list("pk", flat=True))
    for groep_id, toekenning in eerder.items():
        if groep_id in gewenst_ids:
            continue
        toekenning.delete()
        # Another provider that gave the same group keeps it.
        if not Toekenning.objects.filter(gebruiker=gebruiker, groep_id=groep_id).exists():
            gebruiker.groups.remove(groep_id)
    for groep in gewenst:
        if groep.pk in eerder:
            gebruiker.groups.add(groep)  # still given: back if it was taken away meanwhile
            continue
        if (
            groep.pk in nu_lid
            and not Toekenning.objects.filter(gebruiker=gebruiker, groep=groep).exists()
        ):
            continue  # given by hand: not this provider's to take away later
        Toekenning.objects.create(gebruiker=gebruiker, aanbieder=aanbieder, groep=groep)
        gebruiker.groups.add(groep)


@transaction.atomic
def koppel(config, claims):
    """The account for these validated claims (created or found, brought up to date)."""
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.strip() or len(sub) > 255 or _met_stuurteken(sub):
        raise AanmeldFout(
            f"{config['weergavenaam']} gaf geen bruikbaar kenmerk (sub) door; inloggen kan niet."
        )
    organisatie = _organisatie(config, claims)
    gewenst = gewenste_groepen(config, claims)
    User = get_user_model()
    identiteit = (
        Identiteit.objects.select_for_update()
        .select_related("gebruiker")
        .filter(aanbieder=config["naam"], sub=sub)
        .first()
    )
    if identiteit is not None:
        gebruiker = identiteit.gebruiker
        identiteit.save(update_fields=["laatst_gebruikt"])
    else:
        gebruiker = _bestaand_via_email(config, claims)
        if gebruiker is None:
            gebruiker = User(username=_gebruikersnaam(config, claims))
            gebruiker.set_unusable_password()
            gebruiker.save()
        Identiteit.objects.create(gebruiker=gebruiker, aanbieder=config["naam"], sub=sub)
    if not gebruiker.is_active:
        raise AanmeldFout("Dit account is uitgeschakeld. Neem contact op met de beheerder.")
    _werk_gegevens_bij(gebruiker, claims)
    Account.objects.update_or_create(gebruiker=gebruiker, defaults={"organisatie": organisatie})
    zet_groepen(gebruiker, config["naam"], gewenst)
    return gebruiker
