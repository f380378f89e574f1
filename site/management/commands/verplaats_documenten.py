"""Move document files that older versions kept in the public media storage
(MEDIA_ROOT/documents/ or the bucket's media prefix) to the private document storage.
`migrate` does the same; this command shows it, or with --droog only what it would do."""

from django.core.management.base import BaseCommand

from kennisplatform.opslag import verplaats_documenten


class Command(BaseCommand):
    help = (
        "Haalt documentbestanden uit de openbare mediaopslag en zet ze in de besloten "
        "documentopslag (mag vaker draaien)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--droog", action="store_true", help="Alleen tonen wat er zou gebeuren."
        )

    def handle(self, *args, droog=False, **options):
        uitkomsten = verplaats_documenten(droog=droog)
        for naam, uitkomst in uitkomsten:
            self.stdout.write(f"{naam}: {uitkomst}")
        if not uitkomsten:
            self.stdout.write("Er staan geen documentbestanden in de openbare mediaopslag.")
        elif droog:
            self.stdout.write(f"{len(uitkomsten)} bestanden; niets veranderd (--droog).")
        else:
            self.stdout.write(self.style.SUCCESS(f"{len(uitkomsten)} bestanden afgehandeld."))
