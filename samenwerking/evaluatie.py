"""The evaluation cycle of the convenant (art. 9) for the public and for the coördinatoren:
the status of each milestone, the reports anyone may open, and the reminder mail that goes
to the coördinatoren a number of days before a milestone (once per milestone, also with
several workers: the claim is an atomic update of `herinnerd_op`)."""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model

from groepen.lidmaatschap import COORDINATOREN
from groepen.toegang import openbare_documenten
from organisaties.models import Evaluatiemoment

logger = logging.getLogger(__name__)

# Days before a milestone that the coördinatoren hear of it; settings may change it.
HERINNERING_DAGEN = 30

AFGEROND, KOMEND, TE_LAAT = "afgerond", "komend", "te-laat"
STATUSLABELS = {AFGEROND: "afgerond", KOMEND: "komend", TE_LAAT: "te laat"}


def herinnering_dagen():
    return getattr(settings, "EVALUATIE_HERINNERING_DAGEN", HERINNERING_DAGEN)


def status(moment, vandaag=None):
    vandaag = vandaag or timezone.localdate()
    if moment.afgerond_op:
        return AFGEROND
    return TE_LAAT if moment.datum < vandaag else KOMEND


@dataclass
class Mijlpaal:
    moment: Evaluatiemoment
    status: str
    rapport: object  # the report document when anyone may open it, else None

    @property
    def statuslabel(self):
        return STATUSLABELS[self.status]


def mijlpalen(vandaag=None):
    """Every milestone, in date order, with its status and its public report."""
    momenten = list(
        Evaluatiemoment.objects.select_related("overleg", "verantwoordelijke", "rapport")
    )
    rapporten = [m.rapport_id for m in momenten if m.rapport_id]
    # which reports anyone may open: one query for all, not one per milestone
    openbaar = (
        set(
            openbare_documenten(get_document_model().objects.filter(pk__in=rapporten)).values_list(
                "pk", flat=True
            )
        )
        if rapporten
        else set()
    )
    return [
        Mijlpaal(m, status(m, vandaag), m.rapport if m.rapport_id in openbaar else None)
        for m in momenten
    ]


# -- Reminders ---------------------------------------------------------------------------


def te_herinneren(vandaag=None):
    """The milestones whose reminder is due: not afgerond, not yet reminded, dated from today
    up to HERINNERING_DAGEN days ahead."""
    vandaag = vandaag or timezone.localdate()
    return Evaluatiemoment.objects.filter(
        afgerond_op__isnull=True,
        herinnerd_op__isnull=True,
        datum__gte=vandaag,
        datum__lte=vandaag + datetime.timedelta(days=herinnering_dagen()),
    ).select_related("overleg", "verantwoordelijke")


def coordinatoren():
    return list(
        User.objects.filter(groups__name=COORDINATOREN, is_active=True)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


ONDERWERP = "Evaluatie convenant: {titel} uiterlijk {datum}"


def herinneringstekst(moment, vandaag):
    basis = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    bewerken = reverse("wagtailsnippets_organisaties_evaluatiemoment:edit", args=[moment.pk])
    return render_to_string(
        "samenwerking/evaluatieherinnering.txt",
        {
            "moment": moment,
            "dagen": (moment.datum - vandaag).days,
            "bewerken": f"{basis}{bewerken}",
        },
    )


def stuur_herinneringen(vandaag=None):
    """Mail the coördinatoren once per milestone that is due; returns how many milestones.
    Each milestone is claimed by an atomic update of `herinnerd_op` in the same transaction
    as its mails are handed over: a second worker finds it claimed and sends nothing, a
    failure sends nothing and leaves it for the next run."""
    vandaag = vandaag or timezone.localdate()
    ontvangers = [g.email for g in coordinatoren()]
    if not ontvangers:
        return 0  # nobody to tell: the milestone stays unclaimed for a later run
    aantal = 0
    for moment in te_herinneren(vandaag):
        with transaction.atomic():
            geclaimd = Evaluatiemoment.objects.filter(
                pk=moment.pk, herinnerd_op__isnull=True, afgerond_op__isnull=True
            ).update(herinnerd_op=vandaag)
            if not geclaimd:
                continue
            onderwerp = _(ONDERWERP).format(titel=moment.titel, datum=f"{moment.datum:%d-%m-%Y}")
            tekst = herinneringstekst(moment, vandaag)
            for adres in ontvangers:  # one mail each: no addresses of others in the header
                send_mail(onderwerp, tekst, settings.DEFAULT_FROM_EMAIL, [adres])
        aantal += 1
    return aantal
