"""`make loadtest` (issue 16): a bounded load test of the production server on 127.0.0.1.

By default everything is prepared here: a PostgreSQL database with the demo content and
10,000 synthetic agreements (bench/belasting/opbouwen.py; reused when it already holds that
size), then the production server as `make serve` starts it (bench/belasting/server.py) on a
free port with 2 workers and a Redis database of its own. Against it:

1. uncached, 1 client: the server started with PAGINACACHE=false, agreement detail and group
   pages only, their medians against the target of ≤ 10 ms;
2. with the page cache, per level of concurrent clients (1, 8, 32): a cold phase (its Redis
   database emptied first); a warm-up (every address once); a warm phase with the whole mix;
   and a phase "gecachet" with only the page types the warm phase got entirely from the page
   cache (X-Paginacache: HIT), the throughput of cached pages issue 16 asks for.

Every phase stops by itself: after --duur seconds or --max-verzoeken requests. The report
gives per phase and page type requests, throughput, p50/p95/p99, errors, 5xx and page-cache
HITs, and the CPU the client itself used. Exit code 1 after any error or 5xx.

    python -m bench.belasting [--duur 10] [--klanten 1,8,32] [--database URL] [--opnieuw]
                              [--alleen-ongecachet | --zonder-ongecachet]
                              [--url http://127.0.0.1:8000 [--host H] [--redis URL]]
"""

import argparse
import json
import os
import signal
import sys
import time
from urllib.parse import urlsplit

from . import adressen, rapport, server
from .meten import Doel, Mix, Rij, draai_proces, fase, server_cpu

STANDAARD_DATABASE = "postgres://postgres@127.0.0.1:5432/loadtest"
STANDAARD_REDIS = "redis://127.0.0.1:6379/13"  # a database number of its own: it is emptied
WERKERS = 2  # WEB_CONCURRENCY of the server started here (server.omgeving)
ONGECACHET = ("afspraak", "groep")  # issue 16: their uncached median ≤ 10 ms
OPWARMTIJD = 120
VOORAF = 20  # requests before the uncached phase, not measured  # seconds at most for the warm-up before a warm phase


def _argumenten(argv):
    p = argparse.ArgumentParser(
        prog="python -m bench.belasting",
        description="Belastingstest van de productieserver (issue 16).",
    )
    p.add_argument("--duur", type=float, default=10.0, help="seconden per fase (standaard 10)")
    p.add_argument(
        "--max-verzoeken", type=int, default=100_000, help="hoogstens zoveel verzoeken per fase"
    )
    p.add_argument("--klanten", default="1,8,32", help="gelijktijdige klanten per niveau")
    p.add_argument(
        "--processen", type=int, default=2, help="clientprocessen (standaard 2, één per kern)"
    )
    p.add_argument("--details", type=int, default=200, help="zoveel verschillende afspraakpagina's")
    p.add_argument("--timeout", type=float, default=10.0, help="seconden per verzoek")
    p.add_argument(
        "--database",
        default=os.environ.get("LOADTEST_DATABASE_URL", STANDAARD_DATABASE),
        help="PostgreSQL-database (LOADTEST_DATABASE_URL; standaard %(default)s)",
    )
    p.add_argument("--aantal", type=int, default=10_000, help="synthetische afspraken")
    p.add_argument(
        "--opnieuw", action="store_true", help="bouw de database opnieuw, ook als ze klaar is"
    )
    p.add_argument(
        "--redis",
        default=os.environ.get("LOADTEST_REDIS_URL"),
        help=f"Redis-database van de server, geleegd voor een koude fase (standaard {STANDAARD_REDIS}; "
        "met --url alleen als u hem opgeeft)",
    )
    soort = p.add_mutually_exclusive_group()
    soort.add_argument(
        "--alleen-ongecachet", action="store_true", help="alleen de meting zonder paginacache"
    )
    soort.add_argument(
        "--zonder-ongecachet", action="store_true", help="sla de meting zonder paginacache over"
    )
    p.add_argument("--url", help="een draaiende server in plaats van er zelf een te starten")
    p.add_argument("--host", help="Host-header (standaard die van --url)")
    p.add_argument(
        "--uitvoer", default=str(server.WERKMAP / "resultaten.json"), help="resultaten als JSON"
    )
    args = p.parse_args(argv)
    args.niveaus = [int(k) for k in args.klanten.split(",") if k.strip()]
    return args


def _stop_op_sigterm(signum, _frame):
    raise KeyboardInterrupt  # the servers stop in their `with`, as on Ctrl+C


def _meet(args, doel, pid, paden, naam, klanten, redis=None):
    if redis:
        server.leeg_redis(redis)
    cpu = server_cpu(pid) if pid else None
    uitslag = fase(
        doel, paden, klanten, args.duur, args.max_verzoeken, args.processen, len(naam), args.timeout
    )
    u = rapport.fase_uitkomst(naam, klanten, uitslag, server_cpu(pid) - cpu if pid else None)
    rapport.druk_fase_af(u)
    return u


def _opwarmen(args, doel, pid, paden):
    """Every address once with as many clients as the server has workers, so the warm phase
    measures a warm cache (the cold one fills it only with what it happened to draw)."""
    rij = Rij(paden)
    cpu = server_cpu(pid) if pid else None
    uitslag = draai_proces(
        doel, rij, WERKERS, OPWARMTIJD, len(rij.rij), time.monotonic(), args.timeout
    )
    u = rapport.fase_uitkomst("opwarmen", WERKERS, uitslag, server_cpu(pid) - cpu if pid else None)
    rapport.druk_opwarmen_af(u)
    return u


def _belasting(args, doel, pid=None, redis=None):
    lezer = adressen.Lezer(f"http://{doel.host}:{doel.poort}", doel.headers)
    paden = adressen.verzamel(lezer, details=args.details)
    print("adressen: " + ", ".join(f"{n} {len(p)}" for n, (_g, p) in paden.items()), flush=True)
    fasen = []
    for klanten in args.niveaus:
        cache = True  # unknown without a cold phase: warm up anyway
        if redis:
            koud = _meet(args, doel, pid, paden, "koud", klanten, redis)
            fasen.append(koud)
            cache = any(c["hit"] + c["miss"] for c in koud["soorten"].values())
        else:
            print(f"\n(geen koude fase bij {klanten} klant(en): geen --redis om te legen)")
        if cache:
            fasen.append(_opwarmen(args, doel, pid, paden))
        else:
            print(
                "\n(niet opwarmen: de server stuurt geen X-Paginacache mee, dus heeft geen paginacache)"
            )
        warm = _meet(args, doel, pid, paden, "warm", klanten)
        fasen.append(warm)
        # Issue 16 asks the throughput of cached pages: the same mix without the page types
        # that were not all served from the page cache in the warm phase (e.g. the search).
        gecachet = {
            naam: paden[naam]
            for naam, c in warm["soorten"].items()
            if c["verzoeken"] and c["hit"] == c["verzoeken"]
        }
        if gecachet:
            fasen.append(_meet(args, doel, pid, gecachet, "gecachet", klanten))
    return fasen


def _ongecachet(args, doel, pid):
    lezer = adressen.Lezer(f"http://{doel.host}:{doel.poort}", doel.headers)
    paden = adressen.verzamel(lezer, details=args.details)
    # Only the two page types of the target, half and half: as many samples as the time allows.
    doel_paden = {naam: (1, paden[naam][1]) for naam in ONGECACHET}
    # A fresh server's first requests load templates and fill per-process caches: not counted.
    draai_proces(doel, Mix(doel_paden, 99), 1, OPWARMTIJD, VOORAF, time.monotonic(), args.timeout)
    u = _meet(args, doel, pid, doel_paden, "ongecachet", 1)
    rapport.druk_ongecachet_af(u)
    return u


def main(argv=None):
    args = _argumenten(argv)
    vorige = signal.signal(signal.SIGTERM, _stop_op_sigterm)
    try:
        return _draai(args)
    finally:
        signal.signal(signal.SIGTERM, vorige)


def _draai(args):
    fasen = []
    try:
        if args.url:
            delen = urlsplit(args.url)
            headers = {"Host": args.host or delen.netloc, "X-Forwarded-Proto": "https"}
            doel = Doel(delen.hostname, delen.port or 80, headers)
            if args.alleen_ongecachet:  # a running server: its own PAGINACACHE holds
                fasen.append(_ongecachet(args, doel, None))
            else:
                fasen += _belasting(args, doel, redis=args.redis)
        else:
            redis = args.redis or STANDAARD_REDIS
            poort = server.vrije_poort()
            env = server.omgeving(args.database, redis, poort)
            server.zorg_voor_database(args.database, args.aantal, env, opnieuw=args.opnieuw)
            doel = Doel("127.0.0.1", poort, {"Host": server.HOST, "X-Forwarded-Proto": "https"})
            if not args.zonder_ongecachet:
                ongecachet = {**env, "PAGINACACHE": "false"}
                with server.Server(ongecachet, server.WERKMAP / "server-ongecachet.log") as s:
                    fasen.append(_ongecachet(args, doel, s.proces.pid))
            if not args.alleen_ongecachet:
                with server.Server(env, server.WERKMAP / "server.log") as s:
                    fasen += _belasting(args, doel, s.proces.pid, redis)
    except KeyboardInterrupt:
        print("\nafgebroken; de server is gestopt", file=sys.stderr)
        return 130
    if len(fasen) > 1:
        rapport.druk_overzicht_af(fasen)
    server.WERKMAP.mkdir(exist_ok=True)
    with open(args.uitvoer, "w") as f:
        json.dump(fasen, f, indent=1)
    fout = sum(u["totaal"]["fouten"] + u["totaal"]["5xx"] for u in fasen)
    if fout:
        print(f"\n{fout} fout(en) of 5xx: exitcode 1", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
