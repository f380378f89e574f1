"""`make bench`: benchmarks with synthetic uitvoeringsafspraken at several sizes, on SQLite and
on PostgreSQL. For every backend a fresh database is built (migrations + demo content), then
agreements are imported up to each size and the public pages are measured in-process through
Django's test client: uncached, the full middleware and template stack, no network.

    python -m bench [--groottes 1000,10000,100000] [--backends sqlite,postgresql]
                    [--zonder-zoeken] [--zonder-export] [--export-herhalingen 3]

The exports (CSV, JSON, XLSX of the whole register) are measured as described in
bench/export.py: time to first byte and total time (uncached, median / p95 of the repeats, and
served from the export cache), and the peak memory of the request (growth of the process's peak
RSS, and the tracemalloc peak of Python allocations).

PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/bench); the database
is dropped and created again. SQLite: a file in .bench/."""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UITVOER = ROOT / ".bench"
STANDAARD_PG = "postgres://postgres@127.0.0.1:5432/bench"


def _backends(keuze):
    adressen = {
        "sqlite": ("SQLite", f"sqlite:///{UITVOER / 'bench.sqlite3'}"),
        "postgresql": ("PostgreSQL", os.environ.get("BENCH_DATABASE_URL", STANDAARD_PG)),
    }
    return [adressen[naam] for naam in keuze]


def _ms(waarde):
    return f"{waarde * 1000:7.1f}"


def _druk_af(resultaten):
    print()
    print(
        "backend     aantal   import (rijen/s)   register 2 filters ms (mediaan / p95)  queries"
        "   detail ms (mediaan / p95)  queries"
    )
    for r in resultaten:
        reg, det = r["register_twee_filters"], r["detail"]
        print(
            f"{r['backend']:<11} {r['aantal']:>7}   {r['import_rijen_per_s']:>16.0f}   "
            f"{_ms(reg['mediaan'])} / {_ms(reg['p95'])}{'':>17}{reg['queries_max']:>7}"
            f"   {_ms(det['mediaan'])} / {_ms(det['p95'])}{'':>6}{det['queries_max']:>7}"
        )
    extra = [r for r in resultaten if r.get("zoeken")]
    if extra:
        print(
            "\nzoeken (mix van vragen)      mediaan ms     p95 ms   vragen   zoekindex opbouwen (s)"
        )
        for r in extra:
            z = r["zoeken"]
            print(
                f"{r['backend']:<11} {r['aantal']:>7}   {_ms(z['mediaan'])}    {_ms(z['p95'])}"
                f"   {z['vragen']:>6}   {z.get('index_s', 0):>10.1f}"
            )


def _mb(waarde):
    return "      ?" if waarde is None else f"{waarde:7.1f}"


def _druk_export_af(resultaten):
    regels = [r for r in resultaten if r.get("export")]
    if not regels:
        return
    print(
        "\nexport (hele register, ongecachet: mediaan / p95; piekgeheugen van het verzoek)"
        "\nbackend     aantal   rijen  formaat   eerste byte ms       totaal ms        MB"
        "   RSS-groei MB  tracemalloc MB   uit cache: eerste byte / totaal ms"
    )
    for r in regels:
        for formaat, m in r["export"].items():
            print(
                f"{r['backend']:<11} {r['aantal']:>7} {r.get('aantal_export', 0):>7}  {formaat:<7}"
                f" {_ms(m['eerste_byte_mediaan'])} / {_ms(m['eerste_byte_p95'])}"
                f"  {_ms(m['totaal_mediaan'])} / {_ms(m['totaal_p95'])}  {m['mb']:7.1f}"
                f"        {_mb(m['rss_mb'])}         {_mb(m['tracemalloc_mb'])}"
                f"            {_ms(m['cache_eerste_byte'])} / {_ms(m['cache_totaal'])}"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--groottes", default="1000,10000,100000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--zonder-zoeken", action="store_true", help="sla de zoekmeting (en de zoekindex) over"
    )
    parser.add_argument(
        "--zonder-export", action="store_true", help="sla de exportmeting (CSV, JSON, XLSX) over"
    )
    parser.add_argument(
        "--export-herhalingen", type=int, default=3, help="ongecachete metingen per exportformaat"
    )
    args = parser.parse_args()
    UITVOER.mkdir(exist_ok=True)
    resultaten = []
    for naam, url in _backends(args.backends.split(",")):
        print(f"== {naam} ==", flush=True)
        proces = subprocess.Popen(
            [sys.executable, "-m", "bench.meting", "--groottes", args.groottes]
            + (["--zonder-zoeken"] if args.zonder_zoeken else [])
            + (["--zonder-export"] if args.zonder_export else [])
            + ["--export-herhalingen", str(args.export_herhalingen)],
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": url,
                "BENCH_BACKEND": naam,
                "DJANGO_SETTINGS_MODULE": "kennisplatform.settings.test",
            },
            stdout=subprocess.PIPE,
            text=True,
        )
        # progress lines are shown as they come (a run at 100,000 takes a while)
        for regel in proces.stdout:
            if regel.startswith("{"):
                resultaten.append(json.loads(regel))
            else:
                print(regel.rstrip("\n"), flush=True)
        if proces.wait():
            sys.exit(f"De meting op {naam} is mislukt (exitcode {proces.returncode}).")
    (UITVOER / "resultaten.json").write_text(json.dumps(resultaten, indent=1))
    _druk_af(resultaten)
    _druk_export_af(resultaten)


if __name__ == "__main__":
    main()
