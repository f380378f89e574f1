from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string

from redactie.herziening import te_herzien


class Command(BaseCommand):
    help = (
        "Stuurt iedere trekker één overzicht van wat in zijn of haar groepen herzien moet worden "
        "(afspraken voorbij 'herzien vóór', groepspagina's die lang niet zijn bijgewerkt). Voor cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--droog", action="store_true", help="Toon alleen wat verstuurd zou worden."
        )

    def handle(self, *args, **options):
        per_trekker = {}
        for item in te_herzien():
            for trekker in item.groep.trekkers.select_related("gebruiker"):
                gebruiker = trekker.gebruiker
                if gebruiker and gebruiker.is_active and gebruiker.email:
                    per_trekker.setdefault(gebruiker, []).append(item)
        basis = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for gebruiker, items in per_trekker.items():
            tekst = render_to_string(
                "redactie/herinnering.txt", {"gebruiker": gebruiker, "items": items, "basis": basis}
            )
            if options["droog"]:
                self.stdout.write(f"--- aan {gebruiker.email}\n{tekst}")
                continue
            send_mail(
                "Kennisplatform: te herzien in uw groep(en)",
                tekst,
                settings.DEFAULT_FROM_EMAIL,
                [gebruiker.email],
            )
        self.stdout.write(f"{len(per_trekker)} trekker(s) een overzicht gestuurd.")
