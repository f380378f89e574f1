"""The database of the load test: migrations, the demo content and N synthetic agreements.

Run by `python -m bench.belasting` in a process of its own, with the production settings and
the same environment as the server it starts next (so images and documents land in the same
MEDIA_ROOT). The agreements are those of `make bench` (bench/meting.py), imported the way an
import in the admin writes them, and indexed for the search. At the end the database gets a
comment with the number (`belasting 10000`): the next run reuses a database that has it.

    python -m bench.belasting.opbouwen --aantal 10000
"""

import argparse
import time

import django

KENMERK = "belasting {aantal}"  # the database comment of a finished build


def bouw(aantal):
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from afspraken.importeren import importeer
    from afspraken.models import Kerninstrument, Uitvoeringsafspraak
    from afspraken.register import export_kolommen
    from bench.meting import als_csv, synthetische_rijen
    from groepen.models import GroepPage

    begin = time.perf_counter()
    # Production's system checks want the collected static files (kennisplatform.E001).
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("migrate", "--noinput", verbosity=0)
    print("demo-inhoud laden …", flush=True)
    call_command("laad_demo", verbosity=0)
    # As bench/meting.py: only the synthetic agreements, so the size is exactly N.
    Uitvoeringsafspraak.objects.all().delete()
    instrumenten = list(Kerninstrument.objects.values_list("naam", flat=True))
    groepen = list(GroepPage.objects.values_list("slug", flat=True))
    inhoud = als_csv(synthetische_rijen(0, aantal, instrumenten, groepen), export_kolommen())
    print(f"{aantal} synthetische afspraken importeren en indexeren …", flush=True)
    resultaat = importeer(inhoud, index=True)
    with connection.cursor() as cursor:
        # What autovacuum does shortly after a bulk load (bench/meting.py).
        cursor.execute("VACUUM ANALYZE")
        naam = connection.settings_dict["NAME"]
        kenmerk = KENMERK.format(aantal=aantal)
        cursor.execute(f"COMMENT ON DATABASE \"{naam}\" IS '{kenmerk}'")
    print(
        f"database klaar: {len(resultaat.nieuw)} afspraken in {time.perf_counter() - begin:.0f} s",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--aantal", type=int, default=10_000)
    bouw(parser.parse_args().aantal)


if __name__ == "__main__":
    main()
