from django.core.management.base import BaseCommand

from search.indexeren import herbouw


class Command(BaseCommand):
    help = "Bouwt de zoekindex van het platform opnieuw op (veilig om vaker te draaien)."

    def handle(self, *args, **options):
        herbouw(stdout=self.stdout)
