from django.core.management.base import BaseCommand

from volgen.digest import stuur_digests


class Command(BaseCommand):
    help = (
        "Stuurt iedere lezer wiens overzicht vandaag aan de beurt is (dagelijks, of wekelijks op "
        "DIGEST_WEEKDAG) één e-mail met wat nieuw is in wat hij of zij volgt. Twee keer op een "
        "dag draaien stuurt niets dubbel. `manage.py planner` doet dit elke dag vanzelf."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--droog", action="store_true", help="Toon alleen wat verstuurd zou worden."
        )

    def handle(self, *args, **options):
        aantal = stuur_digests(droog=options["droog"], uitvoer=self.stdout.write)
        if options["droog"]:
            self.stdout.write(f"{aantal} overzicht(en) zouden worden verstuurd (droog).")
        else:
            self.stdout.write(f"{aantal} overzicht(en) verstuurd.")
