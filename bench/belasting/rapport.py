"""The printed report of `make loadtest` and its JSON form."""

import os

from .meten import percentiel

WERKERS_TEKST = "elk adres één keer, 2 tegelijk"
DOEL_ONGECACHET_MS = 10  # issue 16: uncached agreement detail and group page, median


def _ms(waarde):
    return "      -" if waarde is None else f"{waarde * 1000:7.1f}"


def cijfers(soort, duur):
    tijden = sorted(soort.tijden)
    return {
        "verzoeken": soort.verzoeken,
        "per_s": soort.verzoeken / duur,
        "p50": percentiel(tijden, 50),
        "p95": percentiel(tijden, 95),
        "p99": percentiel(tijden, 99),
        "fouten": soort.fouten,
        "5xx": soort.vijfhonderd,
        "hit": soort.hit,
        "miss": soort.miss,
        "voorbeelden": soort.voorbeelden,
    }


def _regel(naam, c):
    cache = f"{c['hit']}/{c['hit'] + c['miss']}" if c["hit"] + c["miss"] else "-"
    return (
        f"{naam:<11}{c['verzoeken']:>10}{c['per_s']:>9.1f}{_ms(c['p50'])}{_ms(c['p95'])}"
        f"{_ms(c['p99'])}{c['fouten']:>8}{c['5xx']:>6}  {cache}"
    )


def fase_uitkomst(naam, klanten, uitslag, server_cpu=None):
    """The figures of one phase as a dict (also what resultaten.json holds)."""
    duur = uitslag.duur
    totaal = cijfers(uitslag.totaal(), duur)
    kernen = os.cpu_count() or 1
    uitkomst = {
        "fase": naam,
        "klanten": klanten,
        "duur_s": duur,
        "soorten": {n: cijfers(s, duur) for n, s in sorted(uitslag.soorten.items())},
        "totaal": totaal,
        "client_processen": uitslag.processen,
        "client_cpu_s": uitslag.cpu,
        "client_cpu_procent": 100 * uitslag.cpu / (duur * kernen),
        "client_cpu_us_per_verzoek": 1e6 * uitslag.cpu / max(totaal["verzoeken"], 1),
        "belasting": os.getloadavg()[0],
    }
    if server_cpu is not None:
        uitkomst["server_cpu_s"] = server_cpu
        uitkomst["server_cpu_procent"] = 100 * server_cpu / (duur * kernen)
        uitkomst["server_cpu_us_per_verzoek"] = 1e6 * server_cpu / max(totaal["verzoeken"], 1)
    return uitkomst


def druk_fase_af(u):
    t = u["totaal"]
    print(
        f"\n== {u['klanten']} klant(en), {u['fase']}: {t['verzoeken']} verzoeken in "
        f"{u['duur_s']:.1f} s = {t['per_s']:.0f} per s (load {u['belasting']:.1f}) =="
    )
    print("paginatype  verzoeken    per s  p50 ms  p95 ms  p99 ms  fouten   5xx  HIT")
    for naam, c in u["soorten"].items():
        print(_regel(naam, c))
    print(_regel("totaal", t))
    regel = (
        f"client: {u['client_processen']} proces(sen), {u['client_cpu_s']:.1f} s CPU = "
        f"{u['client_cpu_procent']:.0f} % van de machine, "
        f"{u['client_cpu_us_per_verzoek']:.0f} µs per verzoek"
    )
    if "server_cpu_s" in u:
        regel += (
            f"; server: {u['server_cpu_s']:.1f} s CPU = {u['server_cpu_procent']:.0f} %, "
            f"{u['server_cpu_us_per_verzoek']:.0f} µs per verzoek"
        )
    print(regel)
    for naam, c in u["soorten"].items():
        for voorbeeld in c["voorbeelden"]:
            print(f"  fout bij {naam}: {voorbeeld}")


def druk_overzicht_af(fasen):
    print("\n== Overzicht ==")
    print("klanten  fase          verzoeken    per s  p50 ms  p95 ms  p99 ms  fouten   5xx  HIT")
    for u in fasen:
        t = u["totaal"]
        print(f"{u['klanten']:>7}  {u['fase']:<12}" + _regel("", t)[11:])


def druk_ongecachet_af(u):
    print(
        f"\n== Ongecachet (PAGINACACHE=false), 1 klant: medianen (doel ≤ {DOEL_ONGECACHET_MS} ms) =="
    )
    for naam in ("afspraak", "groep"):
        c = u["soorten"].get(naam)
        if c and c["p50"] is not None:
            oordeel = "gehaald" if c["p50"] * 1000 <= DOEL_ONGECACHET_MS else "NIET gehaald"
            print(f"{naam:<10} mediaan {c['p50'] * 1000:.1f} ms over {c['verzoeken']}: {oordeel}")
    if any(c["hit"] for c in u["soorten"].values()):
        print("let op: de server gaf toch X-Paginacache: HIT (werkt PAGINACACHE=false?)")


def druk_opwarmen_af(u):
    t = u["totaal"]
    print(
        f"\nopwarmen: {t['verzoeken']} adressen in {u['duur_s']:.1f} s ({WERKERS_TEKST}), "
        f"fouten {t['fouten']}, 5xx {t['5xx']}",
        flush=True,
    )
    for naam, c in u["soorten"].items():
        for voorbeeld in c["voorbeelden"]:
            print(f"  fout bij {naam}: {voorbeeld}")
