"""Search latency for `make bench`: the platform search (/api/zoeken/) over a fixed mix of
queries: the 54 judged queries of search/relevantie/vragen.json plus queries in the words of
the synthetic agreements. The search index is rebuilt first (synthetic rows are imported
without signals); its build time is reported as `index_s`."""

import time
from urllib.parse import urlencode

BENCH_VRAGEN = [
    "geluid",
    "windturbines toezicht",
    "zonneparken",
    "legionella drinkwater",
    "brandveiligheid",
    "artikel 16.64",
    "werkafspraken asbest",
    "klimaatadaptatie strategie",
    "bodem grondwater",
    '"externe veiligheid"',
    "evenementen horeca",
    "veehouderij geur",
]


def vragenmix():
    from search.relevantie import vragen

    return [v["q"] for v in vragen()] + BENCH_VRAGEN


def meet(client):
    from django.db import connection
    from django.test import override_settings

    from bench.meting import tijden
    from search.indexeren import herbouw

    begin = time.perf_counter()
    herbouw()
    index_s = time.perf_counter() - begin
    if connection.vendor == "postgresql":  # what autovacuum does after a bulk write
        with connection.cursor() as cursor:
            cursor.execute("VACUUM")
    mix = vragenmix()
    # One client asks the whole mix within seconds: the rate limit of the search API would
    # answer 429. The benchmark measures the search, so the limits are off while it runs.
    with override_settings(DREMPELS=[]):
        uitkomst = tijden(client, ["/api/zoeken/?" + urlencode({"q": q}) for q in mix])
    uitkomst["vragen"] = len(mix)
    uitkomst["index_s"] = index_s
    return uitkomst
