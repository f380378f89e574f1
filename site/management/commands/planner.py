import datetime
import signal
import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from kennisplatform import planner


class Command(BaseCommand):
    help = (
        "De planner: draait elke minuut publish_scheduled en zet een hartslag voor de worker "
        "klaar, en dagelijks stuur_herinneringen, clearsessions en het opruimen van oude "
        "taakresultaten. Blijft draaien tot SIGTERM of Ctrl+C; --eenmaal doet wat nu aan de "
        "beurt is en stopt (voor cron of een systemd-timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--eenmaal", action="store_true", help="doe wat aan de beurt is en stop"
        )

    def handle(self, *args, **options):
        if options["eenmaal"]:
            self._meld(planner.ronde(opstart=True))
            return
        self.stoppen = False
        vorige = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        self.stdout.write("Planner gestart (stoppen: Ctrl+C of SIGTERM).")
        try:
            opstart = True
            while not self.stoppen:
                self._meld(planner.ronde(opstart=opstart))
                opstart = False
                self._wacht_op_volgende_minuut()
        finally:
            for sig, handler in vorige.items():
                signal.signal(sig, handler)
        self.stdout.write("Planner gestopt.")

    def _wacht_op_volgende_minuut(self):
        # In steps of at most a second, so a stop signal ends the planner within a second.
        nu = timezone.now()
        volgende = nu.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1, seconds=0.2)
        while not self.stoppen and (rest := (volgende - timezone.now()).total_seconds()) > 0:
            time.sleep(min(1.0, rest))

    def _stop(self, signum, frame):
        self.stoppen = True

    def _meld(self, gedraaid):
        if gedraaid:
            self.stdout.write(f"{timezone.localtime():%H:%M}: {', '.join(gedraaid)}")
