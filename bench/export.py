"""Export measurements for `make bench`: every format of /afspraken/export/<formaat>/ without a
filter (all public agreements of the default statuses), in-process through Django's test client.

Per format and size:
- uncached (the export cache folder emptied before every request), `herhalingen` times:
  time to first byte (until the first piece of the answer is there), total time (until the
  last byte is read) and the size of the export;
- peak memory of the request, measured two ways on one extra uncached request:
  * `rss_mb`: growth of the peak resident set during the request, in a fresh process (Django
    set up and warmed up by a small export; Linux: the peak, VmHWM, is reset through
    /proc/self/clear_refs just before, RSS before is subtracted), i.e. what the request costs
    the server in real memory, C libraries and the database driver included;
  * `tracemalloc_mb`: peak of Python allocations during the request (tracemalloc, which slows
    the request down, so its times are not reported);
- cached: one request right after, served from the export cache folder (first byte, total)."""

import gc
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

FORMATEN = ["csv", "json", "xlsx"]


def _status_kb(veld):
    try:
        tekst = Path("/proc/self/status").read_text()
    except OSError:
        return None
    gevonden = re.search(rf"^{veld}:\s+(\d+) kB", tekst, re.MULTILINE)
    return int(gevonden.group(1)) if gevonden else None


def _reset_piek():
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _haal_op(client, adres):
    """(first byte s, total s, bytes) of one request, reading the answer as a client would."""
    begin = time.perf_counter()
    antwoord = client.get(adres)
    if antwoord.status_code != 200:
        raise SystemExit(f"{adres} gaf {antwoord.status_code}")
    stukken = iter(antwoord.streaming_content if antwoord.streaming else [antwoord.content])
    grootte = len(next(stukken, b""))
    eerste = time.perf_counter() - begin
    for stuk in stukken:
        grootte += len(stuk)
    antwoord.close()
    return eerste, time.perf_counter() - begin, grootte


def _rss_in_nieuw_proces(adres, map_):
    """Growth of the peak RSS during one uncached export in a fresh process (Django set up and
    warmed up with a small export first), so memory freed by earlier measurements cannot hide
    what the export itself needs. None when /proc is not available."""
    proces = subprocess.run(
        [sys.executable, "-m", "bench.export", adres, str(map_)],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    if proces.returncode:
        raise SystemExit(f"RSS-meting van {adres} mislukt:\n{proces.stderr}")
    waarde = json.loads(proces.stdout.strip().splitlines()[-1])
    return waarde["rss_mb"]


def _kind(adres, map_):
    import django

    django.setup()
    from django.test import Client, override_settings

    client = Client()
    with override_settings(EXPORT_CACHE_MAP=map_):
        _haal_op(client, adres + "?kerninstrument=bestaat-niet")  # warm up: imports, routing
        shutil.rmtree(map_, ignore_errors=True)
        gc.collect()
        voor = _status_kb("VmRSS")
        gereset = _reset_piek()
        _haal_op(client, adres)
        piek = _status_kb("VmHWM")
    rss_mb = (piek - voor) / 1024 if gereset and piek and voor else None
    print(json.dumps({"rss_mb": rss_mb, "rss_voor_mb": voor and voor / 1024}))


def _p95(waarden):
    waarden = sorted(waarden)
    return waarden[max(0, round(0.95 * len(waarden)) - 1)]


def meet(client, herhalingen=3):
    from django.test import override_settings

    map_ = Path(tempfile.mkdtemp(prefix="bench-export-"))
    uitkomst = {}
    try:
        with override_settings(EXPORT_CACHE_MAP=str(map_)):

            def leeg():
                shutil.rmtree(map_, ignore_errors=True)
                map_.mkdir()

            for formaat in FORMATEN:
                adres = f"/afspraken/export/{formaat}/"
                eerste, totaal = [], []
                for _ in range(herhalingen):
                    leeg()
                    gc.collect()
                    e, t, grootte = _haal_op(client, adres)
                    eerste.append(e)
                    totaal.append(t)

                leeg()
                rss_mb = _rss_in_nieuw_proces(adres, map_)

                leeg()
                gc.collect()
                tracemalloc.start()
                _haal_op(client, adres)
                _huidig, python_piek = tracemalloc.get_traced_memory()
                tracemalloc.stop()

                # cached: the file of the request before is still in the folder
                c_eerste, c_totaal, _g = _haal_op(client, adres)
                uitkomst[formaat] = {
                    "eerste_byte_mediaan": statistics.median(eerste),
                    "eerste_byte_p95": _p95(eerste),
                    "totaal_mediaan": statistics.median(totaal),
                    "totaal_p95": _p95(totaal),
                    "herhalingen": herhalingen,
                    "mb": grootte / 1024 / 1024,
                    "rss_mb": rss_mb,
                    "tracemalloc_mb": python_piek / 1024 / 1024,
                    "cache_eerste_byte": c_eerste,
                    "cache_totaal": c_totaal,
                }
                print(f"  export {formaat}: {uitkomst[formaat]}", flush=True)
    finally:
        shutil.rmtree(map_, ignore_errors=True)
    return uitkomst


if __name__ == "__main__":
    _kind(sys.argv[1], sys.argv[2])
