"""One backend's measurements (started by `python -m bench`, one process per database)."""

import argparse
import csv
import gc
import io
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

import django

# Domain vocabulary for synthetic agreements: realistic words, deterministic mix.
ONDERWERPEN = [
    "geluid", "geur", "bodem", "grondwater", "externe veiligheid", "asbest", "bouwveiligheid",
    "brandveiligheid", "energiebesparing", "luchtkwaliteit", "natuur", "erfgoed", "water",
    "mobiliteit", "woningbouw", "windturbines", "zonneparken", "veehouderij", "industrie",
    "evenementen", "horeca", "bedrijventerrein", "legionella", "drinkwater", "klimaatadaptatie",
]  # fmt: skip
HANDELINGEN = [
    "stemmen af over", "delen gegevens over", "maken werkafspraken over", "beoordelen samen",
    "houden gezamenlijk toezicht op", "stellen een gezamenlijke strategie op voor",
    "organiseren vooroverleg over", "leggen termijnen vast voor adviezen over",
]  # fmt: skip
PARTIJEN = [
    "Gemeenten en omgevingsdienst", "Provincie en gemeenten", "Waterschap en gemeenten",
    "Omgevingsdienst, veiligheidsregio en GGD", "Gemeenten, provincie en waterschap",
]  # fmt: skip
WETTEN = ["Omgevingswet art. 2.2", "Omgevingswet art. 16.64", "Omgevingsbesluit art. 13.5",
          "Omgevingswet art. 5.1", "Besluit activiteiten leefomgeving art. 2.11"]  # fmt: skip
STATUSSEN = ["vastgesteld"] * 16 + ["in afstemming"] * 2 + ["concept", "ingetrokken"]
PARTNERS = ["gemeente", "provincie", "waterschap", "omgevingsdienst", "veiligheidsregio", "ggd", "rijk"]  # fmt: skip


def synthetische_rijen(start, aantal, instrumenten, groepen):
    kans = random.Random(start)
    trefwoorden = [
        f"{o} {n}" for o in ONDERWERPEN for n in ("beleid", "toezicht", "regels", "advies")
    ]
    for nummer in range(start, start + aantal):
        onderwerp = kans.choice(ONDERWERPEN)
        tekst = (
            f"{kans.choice(PARTIJEN)} {kans.choice(HANDELINGEN)} {onderwerp} "
            f"in deelgebied {nummer % 97 + 1} (afspraak {nummer})."
        )
        rij = {
            "code": f"BENCH-{nummer:07d}",
            "kerninstrument": kans.choice(instrumenten),
            "juridische_onderbouwing": kans.choice(WETTEN),
            "juridische_tekst": "[samenvatting] Bestuursorganen houden rekening met elkaars taken.",
            "samenwerkingsafspraak": tekst,
            "typering": kans.choice(["afstemming nodig", "afstemming wenselijk"]),
            "trefwoorden": "; ".join(kans.sample(trefwoorden, 3) + [onderwerp]),
            "bron": kans.choice(["Regio Utrecht", "Twente", "VNG", "Drenthe"]),
            "ambtelijk_bestuurlijk": kans.choice(["ambtelijk", "bestuurlijk"]),
            "toelichting": f"Toelichting bij afspraak {nummer} over {onderwerp}.",
            "status": kans.choice(STATUSSEN),
            "groep": kans.choice(groepen),
        }
        for partner in PARTNERS:
            rij[partner] = "x" if kans.random() < 0.4 else ""
        yield rij


def als_csv(rijen, kolommen):
    uitvoer = io.StringIO()
    schrijver = csv.DictWriter(uitvoer, fieldnames=kolommen)
    schrijver.writeheader()
    schrijver.writerows(rijen)
    return uitvoer.getvalue().encode()


def bereid_database_voor():
    url = os.environ["DATABASE_URL"]
    if url.startswith("sqlite"):
        pad = Path(url.removeprefix("sqlite:///"))
        for bestand in pad.parent.glob(pad.name + "*"):
            bestand.unlink()
        return
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    gegevens = conninfo_to_dict(url.replace("postgres://", "postgresql://", 1))
    naam = gegevens.pop("dbname")
    with psycopg.connect(make_conninfo(**gegevens, dbname="postgres"), autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        c.execute(f'CREATE DATABASE "{naam}"')


def tijden(client, adressen, herhalingen=1):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    metingen, queries = [], []
    for adres in adressen[:3]:
        client.get(adres)  # warm up the process (imports, template loading), not the data
    for _ in range(herhalingen):
        for adres in adressen:
            with CaptureQueriesContext(connection) as vastgelegd:
                begin = time.perf_counter()
                antwoord = client.get(adres)
                metingen.append(time.perf_counter() - begin)
            if antwoord.status_code != 200:
                raise SystemExit(f"{adres} gaf {antwoord.status_code}")
            queries.append(len(vastgelegd.captured_queries))
    metingen.sort()
    return {
        "mediaan": statistics.median(metingen),
        "p95": metingen[max(0, round(0.95 * len(metingen)) - 1)],
        "queries_max": max(queries),
        "metingen": len(metingen),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--groottes", default="1000,10000,100000")
    parser.add_argument("--zonder-zoeken", action="store_true")
    parser.add_argument("--zonder-export", action="store_true")
    parser.add_argument("--export-herhalingen", type=int, default=3)
    args = parser.parse_args()
    groottes = [int(g) for g in args.groottes.split(",")]
    backend = os.environ.get("BENCH_BACKEND", "?")

    bereid_database_voor()
    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from afspraken.importeren import importeer
    from afspraken.models import Kerninstrument, Uitvoeringsafspraak
    from afspraken.register import export_kolommen
    from groepen.models import GroepPage
    from kennisplatform.demo.laden import laad_demo

    print("database inrichten en demo-inhoud laden …", flush=True)
    call_command("migrate", verbosity=0)
    laad_demo()
    Uitvoeringsafspraak.objects.all().delete()
    instrumenten = list(Kerninstrument.objects.values_list("naam", flat=True))
    slugs = dict(Kerninstrument.objects.values_list("naam", "slug"))
    groepen = list(GroepPage.objects.values_list("slug", flat=True))
    client = Client()
    gc.freeze()  # as kennisplatform/wsgi.py does after start-up in production
    kans = random.Random(7)
    aanwezig = 0
    for grootte in groottes:
        inhoud = als_csv(
            synthetische_rijen(aanwezig, grootte - aanwezig, instrumenten, groepen),
            export_kolommen(),
        )
        begin = time.perf_counter()
        resultaat = importeer(inhoud, index=False)
        duur = time.perf_counter() - begin
        print(f"{grootte}: {len(resultaat.nieuw)} geïmporteerd in {duur:.1f} s", flush=True)
        # What autovacuum does shortly after a bulk load: statistics and the visibility map
        # (PostgreSQL's index-only scans need the latter).
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        aanwezig = grootte
        register = [
            f"/afspraken/?kerninstrument={slugs[kans.choice(instrumenten)]}"
            f"&ketenpartner={kans.choice(PARTNERS)}"
            for _ in range(40)
        ] + [f"/afspraken/?trefwoord=geluid&niveau={n}" for n in ("ambtelijk", "bestuurlijk")]
        openbaar = list(
            Uitvoeringsafspraak.objects.openbaar().values_list("slug", flat=True)[:5000]
        )
        details = [f"/afspraken/{slug}/" for slug in kans.sample(openbaar, min(60, len(openbaar)))]
        regel = {
            "backend": backend,
            "aantal": grootte,
            "import_rijen_per_s": len(resultaat.nieuw) / duur,
            "register_twee_filters": tijden(client, register),
            "detail": tijden(client, details),
        }
        try:  # search latency joins when the search benchmark is present
            from bench import zoeken
        except ImportError:
            zoeken = None
        if zoeken is not None and not args.zonder_zoeken:
            regel["zoeken"] = zoeken.meet(client)
        if not args.zonder_export:
            from bench import export

            regel["aantal_export"] = (
                Uitvoeringsafspraak.objects.openbaar()
                .filter(status__in=["vastgesteld", "in afstemming"])
                .count()
            )
            regel["export"] = export.meet(client, herhalingen=args.export_herhalingen)
        print(json.dumps(regel), flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
