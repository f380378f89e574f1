"""Search latency at growing numbers of agreements: median and p95 of the platform search
over a fixed mix of the judged queries (search/relevantie/vragen.json, 54 queries).

Changes the database it runs on (adds synthetic agreements): use a scratch database.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 python scripts/zoek_latentie.py 1000 10000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch python scripts/zoek_latentie.py 1000
"""

import os
import random
import statistics
import sys
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.dev")
os.environ.setdefault("DEMO_PASSWORD", "demo-wachtwoord-voor-bench")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from afspraken.models import Uitvoeringsafspraak  # noqa: E402
from kennisplatform.demo.laden import laad_demo  # noqa: E402
from search.indexeren import herbouw  # noqa: E402
from search.relevantie import vragen  # noqa: E402
from search.zoeker import zoek  # noqa: E402

PLAATSEN = [
    "Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten", "Veenendaal", "Woerden",
    "De Bilt", "IJsselstein", "Soest", "Baarn", "Bunnik", "Lopik", "Montfoort", "Rhenen",
]  # fmt: skip


def vul_aan(totaal, rng):
    """Add synthetic agreements, varied from the demo ones, until there are `totaal`."""
    voorbeelden = list(Uitvoeringsafspraak.objects.openbaar().select_related("kerninstrument"))
    zinnen = [z for v in voorbeelden for z in v.toelichting.split(". ") if z]
    nu = Uitvoeringsafspraak.objects.count()
    nieuw = []
    for i in range(nu, totaal):
        v = voorbeelden[i % len(voorbeelden)]
        plaats = rng.choice(PLAATSEN)
        nieuw.append(
            Uitvoeringsafspraak(
                code=f"BENCH-{i:06d}",
                titel=f"{v.titel[:120]} ({plaats} {i})",
                slug=f"bench-{i}",
                samenwerkingsafspraak=f"{v.samenwerkingsafspraak} In de regio {plaats}.",
                kerninstrument=v.kerninstrument,
                juridische_onderbouwing=f"Omgevingswet art. {rng.randint(1, 23)}.{rng.randint(1, 99)}",
                juridische_tekst=v.juridische_tekst,
                typering=v.typering,
                bron=plaats,
                gemeente=v.gemeente,
                provincie=v.provincie,
                waterschap=v.waterschap,
                omgevingsdienst=v.omgevingsdienst,
                veiligheidsregio=rng.random() < 0.3,
                ggd=rng.random() < 0.2,
                rijk=v.rijk,
                toelichting=". ".join(rng.sample(zinnen, 2)),
                status=rng.choice(["vastgesteld", "vastgesteld", "in afstemming"]),
                live=True,
            )
        )
        if len(nieuw) >= 5000:
            Uitvoeringsafspraak.objects.bulk_create(nieuw)
            nieuw = []
    Uitvoeringsafspraak.objects.bulk_create(nieuw)


def meet(rondes=2):
    mix = [v["q"] for v in vragen()]
    for q in mix:  # warm-up: caches, connections
        zoek(q)
    tijden = []
    for _ in range(rondes):
        for q in mix:
            begin = time.perf_counter()
            zoek(q)
            tijden.append((time.perf_counter() - begin) * 1000)
    tijden.sort()
    return len(mix), statistics.median(tijden), tijden[int(0.95 * (len(tijden) - 1))]


def main(groottes):
    call_command("migrate", verbosity=0)
    laad_demo()
    rng = random.Random(42)
    print(f"database: {connection.vendor}")
    for grootte in groottes:
        begin = time.perf_counter()
        with transaction.atomic():
            vul_aan(grootte, rng)
        herbouw()
        opbouw = time.perf_counter() - begin
        aantal = Uitvoeringsafspraak.objects.count()
        n, mediaan, p95 = meet()
        print(
            f"{connection.vendor:10} {aantal:>7} afspraken  {n} vragen  "
            f"mediaan {mediaan:6.1f} ms  p95 {p95:6.1f} ms  (opbouw index {opbouw:.0f} s)",
            flush=True,
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
