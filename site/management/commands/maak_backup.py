from django.core.management.base import BaseCommand, CommandError

from kennisplatform.backup import BackupFout
from kennisplatform.backup.maken import maak_backup


class Command(BaseCommand):
    help = (
        "Maakt een back-up van alles (database en geüploade bestanden) in één tar.gz-archief, "
        "terug te zetten met herstel_backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="het archief dat gemaakt wordt, bijv. backup.tar.gz")

    def handle(self, *args, **options):
        try:
            manifest = maak_backup(options["bestand"], stap=self.stdout.write)
        except BackupFout as fout:
            raise CommandError(str(fout)) from None
        overzicht = ", ".join(f"{n} {label}" for label, n in manifest["overzicht"].items())
        bestanden = sum(b["aantal"] for b in manifest["bestanden"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Back-up gemaakt: {options['bestand']} ({overzicht}, {bestanden} bestanden; "
                f"{manifest['duur_seconden']} s)."
            )
        )
