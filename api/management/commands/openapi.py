"""`manage.py openapi`: the OpenAPI description of /api/v1 as JSON on standard output (or in a
file with --uitvoer), for the API Design Rules linter in `make test`."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from api.v1 import api


class Command(BaseCommand):
    help = "Schrijft de OpenAPI-beschrijving van /api/v1 (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("--uitvoer", help="Schrijf naar dit bestand in plaats van stdout.")

    def handle(self, *args, uitvoer=None, **options):
        tekst = json.dumps(api.get_openapi_schema(), ensure_ascii=False, indent=2) + "\n"
        if uitvoer:
            pad = Path(uitvoer)
            try:
                pad.parent.mkdir(parents=True, exist_ok=True)
                pad.write_text(tekst, encoding="utf-8")
            except OSError as fout:
                raise CommandError(f"Kan {uitvoer} niet schrijven: {fout.strerror}.") from fout
        else:
            self.stdout.write(tekst, ending="")
