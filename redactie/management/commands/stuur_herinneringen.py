from django.core.management.base import BaseCommand

from redactie.herziening import herinneringen, herinneringstekst, stuur_herinneringen


class Command(BaseCommand):
    help = (
        "Stuurt iedere trekker één overzicht van wat in zijn of haar groepen herzien moet worden "
        "(afspraken voorbij 'herzien vóór', groepspagina's die lang niet zijn bijgewerkt). "
        "`manage.py planner` doet dit elke dag vanzelf; dit commando stuurt het nu."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--droog", action="store_true", help="Toon alleen wat verstuurd zou worden."
        )

    def handle(self, *args, **options):
        if options["droog"]:
            per_trekker = herinneringen()
            for gebruiker, items in per_trekker.items():
                self.stdout.write(
                    f"--- aan {gebruiker.email}\n{herinneringstekst(gebruiker, items)}"
                )
            aantal = len(per_trekker)
        else:
            aantal = stuur_herinneringen()
        self.stdout.write(f"{aantal} trekker(s) een overzicht gestuurd.")
