"""The digest: per user, what is new or changed since the last one in what he or she follows,
and only what that user may see. Sent by `stuur_digests` (management command) and by the daily
planner job (taken.py).

What counts, between `van` (exclusive) and `tot` (inclusive):
- agreements (public ones only) that match a follow: fixed or withdrawn according to their
  public status history (afspraken.Statuswijziging, written at every publication that changes
  the status), otherwise published in that period ("nieuw of gewijzigd");
- new materials of a followed group: a Werkmateriaal whose document was uploaded in that
  period and that the user may open (a workspace document only for members);
- new meetings of a followed group (created in the admin: Wagtail's log entry "wagtail.create");
- pages published in that period: a followed group page and the pages below it, and pages a
  followed search finds; never a page behind a restriction the user does not pass.
A group the user may no longer see (it became private) contributes nothing."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import ModelLogEntry, Page

from afspraken.models import Statuswijziging, Trefwoord, Uitvoeringsafspraak
from groepen.models import Werkmateriaal
from groepen.toegang import documenten_zichtbaar_voor
from materialen.models import Bijeenkomst
from search.models import Zoekdocument
from search.toegang import zonder_verborgen
from search.zoeker import OngeldigeZoekvraag, zoek

from . import soorten
from .models import Digestinstelling, Volg

logger = logging.getLogger(__name__)

Soort = Volg.Soort
Status = Uitvoeringsafspraak.Status
Frequentie = Digestinstelling.Frequentie
AFMELD_DOEL = "afmelden-overzichtsmail"
AFMELD_ZOUT = "volgen.afmelden"
MAX_PER_SECTIE = 50  # a digest lists at most this many items per section (then "en meer")


@dataclass
class Digest:
    vastgesteld: list = field(default_factory=list)
    ingetrokken: list = field(default_factory=list)
    gewijzigd: list = field(default_factory=list)
    materialen: list = field(default_factory=list)
    bijeenkomsten: list = field(default_factory=list)
    paginas: list = field(default_factory=list)

    @property
    def leeg(self):
        return not any(
            (
                self.vastgesteld,
                self.ingetrokken,
                self.gewijzigd,
                self.materialen,
                self.bijeenkomsten,
                self.paginas,
            )
        )


# -- the unsubscribe token -----------------------------------------------------------------


def afmeldsleutel(gebruiker):
    """A signed token naming this user and its purpose; no expiry (an old mail's link works)."""
    return signing.dumps({"g": gebruiker.pk, "doel": AFMELD_DOEL}, salt=AFMELD_ZOUT)


def gebruiker_uit_sleutel(sleutel):
    """The user id in a valid token, else None (tampered, or made for another purpose)."""
    try:
        gegevens = signing.loads(sleutel, salt=AFMELD_ZOUT)
    except signing.BadSignature:
        return None
    if not isinstance(gegevens, dict) or gegevens.get("doel") != AFMELD_DOEL:
        return None
    return gegevens.get("g") if isinstance(gegevens.get("g"), int) else None


def absoluut(adres):
    if not adres or adres.startswith(("http://", "https://")):
        return adres
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + adres


# -- what is new ---------------------------------------------------------------------------


def _zoektreffers(volg, user):
    """(agreement pks, page pks) a followed search finds for this user."""
    q, filters = soorten.zoekvraag(volg)
    try:
        uitkomst = zoek(q, user, filters, per_pagina=1, verwant=False)
    except OngeldigeZoekvraag:
        return set(), set()
    afspraken, paginas = set(), set()
    for soort, sleutel, object_pk in Zoekdocument.objects.filter(
        pk__in_lijst=uitkomst.ids
    ).values_list("soort", "sleutel", "object_pk"):
        if not object_pk.isdigit():
            continue
        if soort == "uitvoeringsafspraak":
            afspraken.add(int(object_pk))
        elif sleutel.startswith("pagina:"):
            paginas.add(int(object_pk))
    return afspraken, paginas


def _afspraakvoorwaarde(volg, groepen):
    if volg.soort == Soort.GROEP:
        return Q(groep_id=int(volg.waarde)) if int(volg.waarde) in groepen else None
    if volg.soort == Soort.KERNINSTRUMENT:
        return Q(kerninstrument__slug=volg.waarde)
    if volg.soort == Soort.TREFWOORD:
        return Q(pk__in=Trefwoord.objects.filter(tag__slug=volg.waarde).values("content_object_id"))
    if volg.soort == Soort.REGISTERFILTER:
        filter_ = soorten.registerfilter(volg)
        if not filter_.gekozen and not filter_.q:
            return None  # nothing valid left of it: follows nothing (never everything)
        # every status: a withdrawal is news too, unless the filter chose one status
        qs = filter_.gefilterd(behalve="status")
        if "status" in filter_.gekozen:
            qs = qs.filter(status=filter_.gekozen["status"])
        return Q(pk__in=qs.values("pk"))
    return None


def verzamel(user, volgen, van, tot):
    """The Digest of `user` for these follows between `van` and `tot`."""
    digest = Digest()
    volgen = list(volgen)
    groep_ids = [int(v.waarde) for v in volgen if v.soort == Soort.GROEP and v.waarde.isdigit()]
    groepen = {g.pk: g for g in soorten.zichtbare_groepen(user).filter(pk__in=groep_ids)}

    voorwaarde, zoekpaginas = Q(pk__in=[]), set()
    for volg in volgen:
        if volg.soort == Soort.ZOEKVRAAG:
            afspraken, paginas = _zoektreffers(volg, user)
            voorwaarde |= Q(pk__in=afspraken)
            zoekpaginas |= paginas
        else:
            deel = _afspraakvoorwaarde(volg, groepen)
            if deel is not None:
                voorwaarde |= deel
    periode = {"datum__gt": van, "datum__lte": tot}
    afspraken = Uitvoeringsafspraak.objects.openbaar().filter(voorwaarde)
    status = dict(
        Statuswijziging.objects.filter(afspraak__in=afspraken.values("pk"), **periode)
        .order_by("datum", "pk")
        .values_list("afspraak_id", "status")
    )  # the last status change in the period counts
    per_pk = {a.pk: a for a in afspraken.filter(pk__in=list(status)).order_by("titel")}
    for pk, afspraak in per_pk.items():
        if status[pk] == Status.VASTGESTELD and afspraak.status == Status.VASTGESTELD:
            digest.vastgesteld.append(afspraak)
        elif status[pk] == Status.INGETROKKEN and afspraak.status == Status.INGETROKKEN:
            digest.ingetrokken.append(afspraak)
    gemeld = {a.pk for a in digest.vastgesteld + digest.ingetrokken}
    digest.gewijzigd = list(
        afspraken.filter(last_published_at__gt=van, last_published_at__lte=tot)
        .exclude(pk__in=gemeld)
        .order_by("titel")[:MAX_PER_SECTIE]
    )

    if groepen:
        zichtbaar = documenten_zichtbaar_voor(user, get_document_model().objects.all())
        digest.materialen = list(
            Werkmateriaal.objects.filter(
                groep_id__in=list(groepen),
                document__in=zichtbaar.filter(created_at__gt=van, created_at__lte=tot),
            )
            .select_related("groep", "document")
            .order_by("groep__title", "titel")[:MAX_PER_SECTIE]
        )
        nieuw = ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Bijeenkomst),
            action="wagtail.create",
            timestamp__gt=van,
            timestamp__lte=tot,
        ).values_list("object_id", flat=True)
        digest.bijeenkomsten = list(
            Bijeenkomst.objects.filter(
                groep_id__in=list(groepen), pk__in=[int(i) for i in nieuw if i.isdigit()]
            )
            .select_related("groep")
            .order_by("begin")[:MAX_PER_SECTIE]
        )

    onder = Q(pk__in=zoekpaginas)
    for groep in groepen.values():
        onder |= Q(path__startswith=groep.path)
    paginas = Page.objects.live().filter(
        onder, last_published_at__gt=van, last_published_at__lte=tot
    )
    digest.paginas = list(zonder_verborgen(paginas, user).order_by("title")[:MAX_PER_SECTIE])
    return digest


# -- sending -------------------------------------------------------------------------------


def is_aan_de_beurt(instelling, nu):
    """Daily: once per calendar day. Weekly: on DIGEST_WEEKDAG, or when the last one is a week
    or more ago (the planner did not run that day)."""
    if instelling.frequentie == Frequentie.UIT:
        return False
    vandaag = timezone.localdate(nu)
    laatste = timezone.localtime(instelling.gemeld_tot).date()
    if laatste >= vandaag:
        return False
    if instelling.frequentie == Frequentie.DAGELIJKS:
        return True
    return vandaag.weekday() == settings.DIGEST_WEEKDAG or (vandaag - laatste).days >= 7


def bericht(gebruiker, digest, nu):
    sleutel = afmeldsleutel(gebruiker)
    afmelden = absoluut(reverse("volgen:afmelden", kwargs={"sleutel": sleutel}))
    context = {
        "gebruiker": gebruiker,
        "digest": digest,
        "datum": timezone.localdate(nu),
        "afmelden": afmelden,
        "volglijst": absoluut(reverse("volgen:volglijst")),
        "basis": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
    }
    mail = EmailMultiAlternatives(
        subject=f"Kennisplatform: nieuw in wat u volgt ({timezone.localdate(nu):%d-%m-%Y})",
        body=render_to_string("volgen/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[gebruiker.email],
        headers={
            # RFC 2369 and RFC 8058: one-click unsubscribe by the mail program (a POST)
            "List-Unsubscribe": f"<{afmelden}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    mail.attach_alternative(render_to_string("volgen/digest.html", context), "text/html")
    return mail


def te_versturen(nu):
    """The settings of active users with an e-mail address whose digest is due at `nu`."""
    instellingen = (
        Digestinstelling.objects.exclude(frequentie=Frequentie.UIT)
        .filter(gebruiker__is_active=True)
        .exclude(gebruiker__email="")
        .select_related("gebruiker")
        .order_by("pk")
    )
    return [i for i in instellingen if is_aan_de_beurt(i, nu)]


def stuur_digests(nu=None, droog=False, uitvoer=None):
    """Send every due digest once; returns how many mails were sent (droog: would be sent).

    A user's period is claimed first (gemeld_tot moves to `nu` with a conditional UPDATE, in
    the same transaction as the mail): a second run, in this or another process, finds nothing
    due; a run that fails for one user rolls back that user's claim only."""
    nu = nu or timezone.now()
    aantal = 0
    for instelling in te_versturen(nu):
        gebruiker = instelling.gebruiker
        volgen = gebruiker.volgt.all()
        if droog:
            digest = verzamel(gebruiker, volgen, instelling.gemeld_tot, nu)
            if not digest.leeg:
                aantal += 1
                if uitvoer:
                    uitvoer(f"--- aan {gebruiker.email}\n{bericht(gebruiker, digest, nu).body}")
            continue
        try:
            with transaction.atomic():
                geclaimd = Digestinstelling.objects.filter(
                    pk=instelling.pk, gemeld_tot=instelling.gemeld_tot
                ).update(gemeld_tot=nu)
                if not geclaimd:
                    continue  # another run took it
                digest = verzamel(gebruiker, volgen, instelling.gemeld_tot, nu)
                if digest.leeg:
                    continue  # no mail when nothing is new
                bericht(gebruiker, digest, nu).send()
                Digestinstelling.objects.filter(pk=instelling.pk).update(laatst_verstuurd=nu)
                aantal += 1
        except Exception:
            logger.exception("Overzichtsmail aan gebruiker %s mislukt", gebruiker.pk)
    return aantal
