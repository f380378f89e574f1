"""What is due for review: agreements past their 'herzien vóór' date and group pages not
(re)published within the configured period. Used by the admin report and the digest mail."""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from groepen.models import GroepPage

ONDERWERP = "Kennisplatform: te herzien in uw groep(en)"


@dataclass
class TeHerzien:
    groep: GroepPage
    pagina_verouderd: bool = False
    afspraken: list = field(default_factory=list)

    @property
    def leeg(self):
        return not self.pagina_verouderd and not self.afspraken


def te_herzien(vandaag=None):
    """One entry per group that has something due, in tree order."""
    vandaag = vandaag or timezone.localdate()
    grens = timezone.now() - datetime.timedelta(days=settings.HERZIENINGSTERMIJN_GROEPSPAGINA_DAGEN)
    per_groep = {}
    for groep in GroepPage.objects.live().order_by("path"):
        item = TeHerzien(groep=groep)
        if groep.last_published_at is None or groep.last_published_at < grens:
            item.pagina_verouderd = True
        per_groep[groep.pk] = item
    if apps.is_installed("afspraken"):
        Uitvoeringsafspraak = apps.get_model("afspraken", "Uitvoeringsafspraak")
        verlopen = Uitvoeringsafspraak.objects.filter(
            herzien_voor__lt=vandaag, groep__isnull=False
        ).exclude(status=Uitvoeringsafspraak.Status.INGETROKKEN)
        for afspraak in verlopen.order_by("herzien_voor"):
            if afspraak.groep_id in per_groep:
                per_groep[afspraak.groep_id].afspraken.append(afspraak)
    return [item for item in per_groep.values() if not item.leeg]


def herinneringen():
    """{trekker (active, with an e-mail address): [TeHerzien of his or her groups]}."""
    per_trekker = {}
    for item in te_herzien():
        for trekker in item.groep.trekkers.select_related("gebruiker"):
            gebruiker = trekker.gebruiker
            if gebruiker and gebruiker.is_active and gebruiker.email:
                per_trekker.setdefault(gebruiker, []).append(item)
    return per_trekker


def herinneringstekst(gebruiker, items):
    basis = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return render_to_string(
        "redactie/herinnering.txt", {"gebruiker": gebruiker, "items": items, "basis": basis}
    )


def stuur_herinneringen():
    """Mail every trekker one digest of what is due in his or her groups; returns how many."""
    per_trekker = herinneringen()
    for gebruiker, items in per_trekker.items():
        send_mail(
            ONDERWERP,
            herinneringstekst(gebruiker, items),
            settings.DEFAULT_FROM_EMAIL,
            [gebruiker.email],
        )
    return len(per_trekker)
