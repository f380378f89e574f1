"""The admin import as a background task (Django's task framework, `django_tasks`): the admin
stores the confirmed file in an `Importtaak` and enqueues `voer_import_uit`; a worker
(`manage.py db_worker`) runs it, or the request itself with the ImmediateBackend (`make run`,
the tests). While it runs the task writes its progress to the Importtaak, which the admin's
status page shows; at the end the summary, or a Dutch error (the import writes all or nothing,
afspraken/importeren/schrijven.py)."""

import logging
import time

from django_tasks import task

from django.db import OperationalError, connections, router
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import Importtaak
from .formaat import ImportFout
from .schrijven import importeer
from .vergelijken import BevestigingNodig

logger = logging.getLogger(__name__)
SCHRIJF_ELKE = 1.0  # seconds between two progress writes to the database


class Voortgangsschrijver:
    """The import's progress callback: writes fase, verwerkt and totaal to the Importtaak, at
    most every SCHRIJF_ELKE seconds (and at each new phase).

    The import writes the agreements in one transaction; what the worker's connection writes in
    it is invisible to the status page until the end. So during that transaction the progress
    goes through a second connection of its own that commits each write (PostgreSQL). SQLite
    lets one connection write at a time: there the page shows the phase at which the
    transaction began until it ends."""

    def __init__(self, pk):
        self.pk = pk
        self.alias = router.db_for_write(Importtaak)
        self.fase = None
        self.vorige = 0.0
        self._los = None

    def __call__(self, fase, verwerkt, totaal=None):
        nu = time.monotonic()
        if fase == self.fase and nu - self.vorige < SCHRIJF_ELKE:
            return
        self.fase, self.vorige = fase, nu
        waarden = {"fase": fase[:100], "verwerkt": verwerkt, "totaal": totaal}
        verbinding = connections[self.alias]
        if not verbinding.in_atomic_block:
            Importtaak.objects.filter(pk=self.pk).update(**waarden)
        elif verbinding.vendor == "postgresql":
            self._schrijf_los(waarden)

    def _schrijf_los(self, waarden):
        try:
            if self._los is None:
                self._los = connections.create_connection(self.alias)  # autocommit
            tabel = self._los.ops.quote_name(Importtaak._meta.db_table)
            kolommen = ", ".join(f"{self._los.ops.quote_name(k)} = %s" for k in waarden)
            with self._los.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {tabel} SET {kolommen} WHERE id = %s",  # noqa: S608 - names only
                    [*waarden.values(), self.pk],
                )
        except Exception:  # progress is a courtesy: it never breaks the import itself
            logger.warning("Voortgang van importtaak %s niet bijgewerkt", self.pk, exc_info=True)

    def sluit(self):
        if self._los is not None:
            self._los.close()
            self._los = None


def _melding(fout):
    if isinstance(fout, BevestigingNodig):
        aantal = len(fout.resultaat.statuswijzigingen)
        return ngettext(
            "Niets geïmporteerd: %(n)s afspraak krijgt een andere status en dat was niet "
            "bevestigd. Kies het bestand opnieuw en vink de statuswijziging aan.",
            "Niets geïmporteerd: %(n)s afspraken krijgen een andere status en dat was niet "
            "bevestigd. Kies het bestand opnieuw en vink de statuswijzigingen aan.",
            aantal,
        ) % {"n": aantal}
    if isinstance(fout, ImportFout):
        return _("Niets geïmporteerd: %(fout)s") % {"fout": fout}
    if isinstance(fout, OperationalError) and "locked" in str(fout):
        return _("Niets geïmporteerd: er liep al een import. Probeer het zo opnieuw.")
    return _(
        "Niets geïmporteerd: er ging onverwacht iets mis. De beheerder kan de details in het "
        "logboek van de werker vinden."
    )


@task()
def voer_import_uit(importtaak_id):
    """Run one confirmed import (once: a task that already started is not run again)."""
    geclaimd = Importtaak.objects.filter(pk=importtaak_id, stand=Importtaak.Stand.WACHTRIJ).update(
        stand=Importtaak.Stand.BEZIG, gestart=timezone.now()
    )
    if not geclaimd:
        return "al uitgevoerd of verwijderd"
    taak = Importtaak.objects.get(pk=importtaak_id)
    schrijver = Voortgangsschrijver(taak.pk)
    try:
        resultaat = importeer(
            bytes(taak.inhoud),
            gebruiker=taak.gebruiker,
            voortgang=schrijver,
            status_wijzigen=taak.status_wijzigen,
            ook_vergrendeld=taak.ook_vergrendeld,
        )
    except Exception as fout:
        verwacht = isinstance(fout, ImportFout | OperationalError)
        if not verwacht:
            logger.exception("Importtaak %s mislukt", importtaak_id)
        Importtaak.objects.filter(pk=importtaak_id).update(
            stand=Importtaak.Stand.MISLUKT,
            fout=_melding(fout),
            inhoud=b"",
            klaar=timezone.now(),
        )
        if not verwacht:
            raise  # the worker records the task as failed, with its traceback
        return "mislukt"
    finally:
        schrijver.sluit()
    Importtaak.objects.filter(pk=importtaak_id).update(
        stand=Importtaak.Stand.KLAAR,
        inhoud=b"",
        klaar=timezone.now(),
        rijen=len(resultaat.regels),
        nieuw=len(resultaat.nieuw),
        gewijzigd=len(resultaat.gewijzigd),
        ongewijzigd=resultaat.ongewijzigd,
        overgeslagen=len(resultaat.overgeslagen),
        samenvatting=resultaat.samenvatting,
        verwerkt=len(resultaat.regels),
        totaal=len(resultaat.regels),
    )
    return resultaat.samenvatting
