import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError
from django.utils.text import capfirst

from afspraken.importeren import (
    MAX_BESTANDSGROOTTE,
    BevestigingNodig,
    ImportFout,
    importeer,
    te_groot,
)
from search.indexeren import FASE_DOCUMENTEN, FASE_WOORDEN, herbouw
from voortgang import Fasen

GETOOND = 50  # changed and skipped agreements listed; the rest as "en N meer"


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
        parser.add_argument(
            "--status-wijzigen",
            action="store_true",
            help="bevestigt dat bestaande afspraken een andere status krijgen (zonder deze "
            "optie wordt een bestand met statuswijzigingen niet geïmporteerd)",
        )
        parser.add_argument(
            "--index-direct",
            action="store_true",
            help="de zoekindex na de import in dit proces helemaal opnieuw opbouwen, in plaats "
            "van met een achtergrondtaak voor de worker (voor een installatie zonder worker)",
        )
        parser.add_argument(
            "--ook-vergrendeld",
            action="store_true",
            help="ook vergrendelde afspraken en afspraken met een openstaand concept of "
            "werkstroom bijwerken (anders worden ze overgeslagen)",
        )

    def handle(self, *args, **options):
        pad = Path(options["bestand"])
        if not pad.is_file():
            raise CommandError(f"Bestand niet gevonden: {pad}")
        if pad.stat().st_size > MAX_BESTANDSGROOTTE:  # before reading it into memory
            raise CommandError(capfirst(te_groot()) + ".")
        gebruiker = None
        if options["gebruiker"]:
            gebruiker = get_user_model().objects.filter(username=options["gebruiker"]).first()
            if gebruiker is None:
                raise CommandError(f"Gebruiker “{options['gebruiker']}” bestaat niet.")
        begin = time.perf_counter()
        # Progress per phase on stdout: a bar on a terminal, else a line every few seconds.
        melder = Fasen(
            uit=self.stdout,
            eenheid="rijen",
            eenheden={FASE_WOORDEN: "afspraken en pagina's", FASE_DOCUMENTEN: "documenten"},
        )
        try:
            with melder:
                resultaat = importeer(
                    pad.read_bytes(),
                    gebruiker=gebruiker,
                    droog=options["dry_run"],
                    voortgang=melder,
                    # Wagtail 8 updates its search index entries by tasks too: without a worker
                    # only a full rebuild (written directly) makes the new agreements findable.
                    index=False if options["index_direct"] else "taak",
                    status_wijzigen=options["status_wijzigen"],
                    ook_vergrendeld=options["ook_vergrendeld"],
                )
        except BevestigingNodig as fout:
            self._toon_wijzigingen(fout.resultaat)
            self.stderr.write(
                f"Import afgebroken: {len(fout.resultaat.statuswijzigingen)} bestaande "
                "afspraak/afspraken krijgen een andere status; niets opgeslagen. Bevestig dat "
                "met --status-wijzigen."
            )
            raise CommandError("Het bestand is niet geïmporteerd.", returncode=1) from None
        except ImportFout as fout:
            meer = " of meer" if fout.afgebroken else ""
            self.stderr.write(
                f"Import afgebroken: {len(fout.fouten)}{meer} fout(en), niets opgeslagen."
            )
            for regel in fout.fouten:
                self.stderr.write(f"  {regel}")
            if fout.afgebroken:
                self.stderr.write("  … en meer fouten (het bestand is niet verder gelezen)")
            raise CommandError("Het bestand is niet geïmporteerd.", returncode=1) from None
        except OperationalError as fout:
            if "locked" not in str(fout):
                raise
            raise CommandError("Er loopt al een import; probeer het zo opnieuw.") from None
        self._toon_wijzigingen(resultaat)
        if options["index_direct"] and not options["dry_run"]:
            herbouw(stdout=self.stdout)
        duur = time.perf_counter() - begin
        voorvoegsel = (
            "Controle geslaagd (niets opgeslagen)" if options["dry_run"] else "Geïmporteerd"
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"{voorvoegsel}: {len(resultaat.regels)} rijen; {resultaat.samenvatting} "
                f"({duur:.1f} s)."
            )
        )

    def _toon_wijzigingen(self, resultaat):
        for kop, lijst in (
            ("Gewijzigd", resultaat.gewijzigd),
            (
                "Overgeslagen (gebruik --ook-vergrendeld om ze toch bij te werken)",
                resultaat.overgeslagen,
            ),
        ):
            if not lijst:
                continue
            self.stdout.write(f"{kop}:")
            for wijziging in lijst[:GETOOND]:
                reden = f" [{wijziging.reden}]" if wijziging.reden else ""
                self.stdout.write(
                    f"  rij {wijziging.regel.rij}, {wijziging.afspraak.code}{reden}: "
                    f"{wijziging.beschrijving}"
                )
            if len(lijst) > GETOOND:
                self.stdout.write(f"  … en {len(lijst) - GETOOND} meer")
