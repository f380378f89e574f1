import sys
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from afspraken.importeren import ImportFout, importeer


class Command(BaseCommand):
    help = (
        "Importeert uitvoeringsafspraken uit een CSV- of XLSX-bestand (formaat: zie README). "
        "Alles of niets: bij één foute rij wordt niets opgeslagen."
    )

    def add_arguments(self, parser):
        parser.add_argument("bestand", help="pad naar het CSV- of XLSX-bestand")
        parser.add_argument(
            "--dry-run", action="store_true", help="alleen controleren, niets opslaan"
        )
        parser.add_argument(
            "--gebruiker", help="gebruikersnaam die in de geschiedenis als importeur staat"
        )

    def handle(self, *args, **options):
        pad = Path(options["bestand"])
        if not pad.is_file():
            raise CommandError(f"Bestand niet gevonden: {pad}")
        gebruiker = None
        if options["gebruiker"]:
            gebruiker = get_user_model().objects.filter(username=options["gebruiker"]).first()
            if gebruiker is None:
                raise CommandError(f"Gebruiker “{options['gebruiker']}” bestaat niet.")
        begin = time.perf_counter()
        try:
            resultaat = importeer(
                pad.read_bytes(),
                gebruiker=gebruiker,
                droog=options["dry_run"],
                voortgang=self._voortgang,
            )
        except ImportFout as fout:
            self.stderr.write(f"Import afgebroken: {len(fout.fouten)} fout(en), niets opgeslagen.")
            for regel in fout.fouten:
                self.stderr.write(f"  {regel}")
            raise CommandError("Het bestand is niet geïmporteerd.", returncode=1) from None
        duur = time.perf_counter() - begin
        if self._toon_voortgang:
            sys.stderr.write("\n")
        voorvoegsel = (
            "Controle geslaagd (niets opgeslagen)" if options["dry_run"] else "Geïmporteerd"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{voorvoegsel}: {len(resultaat.regels)} rijen; {resultaat.samenvatting} "
                f"({duur:.1f} s)."
            )
        )

    _toon_voortgang = False

    def _voortgang(self, aantal):
        # A simple progress line for large files, only on a terminal.
        if sys.stderr.isatty():
            self._toon_voortgang = True
            sys.stderr.write(f"\r{aantal} rijen opgeslagen …")
            sys.stderr.flush()
