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
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._stop)
        self.stdout.write("Planner gestart (stoppen: Ctrl+C of SIGTERM).")
        opstart = True
        while not self.stoppen:
            self._meld(planner.ronde(opstart=opstart))
            opstart = False
            # Sleep until just after the next whole minute, waking every second to stop soon.
            while not self.stoppen and timezone.now().second < 59:
                time.sleep(1)
            time.sleep(1.5)
        self.stdout.write("Planner gestopt.")

    def _stop(self, signum, frame):
        self.stoppen = True

    def _meld(self, gedraaid):
        if gedraaid:
            self.stdout.write(f"{timezone.localtime():%H:%M}: {', '.join(gedraaid)}")
