from django.core.management.base import BaseCommand, CommandError

from kennisplatform.backup import BackupFout
from kennisplatform.backup.herstellen import herstel_backup


class Command(BaseCommand):
    help = (
        "Zet een archief van maak_backup terug in een lege, gemigreerde database (database en "
        "bestanden) en bouwt de zoekindex opnieuw op."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="het archief van maak_backup")
        parser.add_argument(
            "--forceer",
            action="store_true",
            help="ook als de database niet leeg is: de huidige inhoud wordt vervangen",
        )

    def handle(self, *args, **options):
        try:
            manifest = herstel_backup(
                options["bestand"], forceer=options["forceer"], stap=self.stdout.write
            )
        except BackupFout as fout:
            raise CommandError(str(fout)) from None
        overzicht = ", ".join(f"{n} {label}" for label, n in manifest["overzicht"].items())
        self.stdout.write(
            self.style.SUCCESS(
                f"Back-up van {manifest['gemaakt_op']} hersteld ({overzicht}; "
                f"{manifest['duur_seconden']} s)."
            )
        )
