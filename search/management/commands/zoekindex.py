from django.core.management.base import BaseCommand

from search.indexeren import FASE_DOCUMENTEN, FASE_WOORDEN, herbouw
from search.models import Zoekterm
from voortgang import Fasen


class Command(BaseCommand):
    help = "Bouwt de zoekindex van het platform opnieuw op (veilig om vaker te draaien)."

    def handle(self, *args, **options):
        # Progress per pass on stdout: a bar on a terminal, else a line every few seconds.
        eenheden = {FASE_WOORDEN: "objecten", FASE_DOCUMENTEN: "objecten"}
        with Fasen(uit=self.stdout, eenheden=eenheden) as melder:
            aantal = herbouw(voortgang=melder)
        termen = Zoekterm.objects.count()
        self.stdout.write(f"Zoekindex: {aantal} documenten, {termen} termen.")
