from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from kennisplatform.demo.laden import laad_demo
from voortgang import Fasen, Voortgang


class Command(BaseCommand):
    help = "Laadt de demo-inhoud uit de brondocumenten (of vult die aan). Opnieuw draaien verandert niets."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Maak ook de demo-accounts aan (standaard alleen met DEBUG aan, dus in ontwikkeling).",
        )
        parser.add_argument(
            "--geen-index", action="store_true", help="Sla het bijwerken van de zoekindex over."
        )

    def handle(self, *args, **options):
        met_accounts = options["accounts"] or settings.DEBUG
        # Progress on stdout: a bar on a terminal, else a line every few seconds.
        with Fasen(uit=self.stdout, eenheid="stappen") as melder:
            verslag = laad_demo(met_accounts=met_accounts, voortgang=melder)
        if not options["geen_index"]:
            with Voortgang("Wagtail-zoekindex", totaal=1, eenheid="stap", uit=self.stdout) as v:
                call_command("update_index", verbosity=0)
                v.bij()
        if verslag.aangemaakt:
            regels = ", ".join(f"{aantal} {soort}" for soort, aantal in verslag.aangemaakt.items())
            self.stdout.write(self.style.SUCCESS(f"Demo-inhoud geladen: {regels} aangemaakt."))
        else:
            self.stdout.write("Demo-inhoud was al compleet; er is niets veranderd.")
        if verslag.accounts:
            # The admin of this installation (SITE_URL in production), not the dev server's.
            beheer = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"
            self.stdout.write(f"\nDemo-accounts (niet voor echt gebruik), inloggen op {beheer}:")
            for username, rol in verslag.accounts:
                self.stdout.write(f"  {username:<13} {rol}")
            self.stdout.write(f"  wachtwoord:   {verslag.wachtwoord}")
