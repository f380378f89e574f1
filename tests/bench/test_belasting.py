"""`make loadtest` without a real load: its figures and its bounds against a tiny local server.

What someone running the load test relies on: the percentiles are the usual ones, a phase
stops by itself after N requests or T seconds, every failure is counted (and a 5xx apart), the
page cache's HITs are counted, and the command ends with exit code 1 when anything failed.
"""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.belasting import __main__ as belasting
from bench.belasting.adressen import soort_van
from bench.belasting.meten import Doel, Mix, draai_proces, fase, percentiel, verdeel

SITEMAP = "".join(
    f"<url><loc>https://kennisplatform.example{pad}</loc></url>"
    for pad in ("/", "/themagroepen/geluid/", "/begrippen/")
)


class Handler(BaseHTTPRequestHandler):
    stuk = False  # True: the agreement pages answer 500

    def log_message(self, *_args):
        pass

    def _antwoord(self, status, tekst="ok", **headers):
        inhoud = tekst.encode()
        self.send_response(status)
        for naam, waarde in headers.items():
            self.send_header(naam.replace("_", "-"), waarde)
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        self.wfile.write(inhoud)

    def do_GET(self):
        pad = self.path
        if pad == "/traag":
            time.sleep(1.0)
            self._antwoord(200)
        elif pad == "/stuk":
            self._antwoord(500)
        elif pad == "/weg":
            self._antwoord(404)
        elif pad == "/hit":
            self._antwoord(200, X_Paginacache="HIT")
        elif pad == "/sitemap.xml":
            self._antwoord(200, f"<urlset>{SITEMAP}</urlset>")
        elif pad.startswith("/api/afspraken/?") or pad == "/api/afspraken/":
            rijen = [{"code": f"UA-{n}", "url": f"https://x/afspraken/a-{n}/"} for n in range(3)]
            self._antwoord(200, json.dumps({"paginas": 1, "results": rijen}))
        elif pad == "/themagroepen/geluid/":  # the one page type from the page cache
            self._antwoord(200, "groep", X_Paginacache="HIT")
        elif pad == "/begrippen/":  # the begrip pages are linked here, not in the sitemap
            self._antwoord(200, '<a href="/begrippen/bevoegd-gezag/">bevoegd gezag</a>')
        elif pad.startswith("/afspraken/a-") and type(self).stuk:
            self._antwoord(500)
        else:
            self._antwoord(200, '<select name="kerninstrument"><option value="vth"></select>')


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    draad = threading.Thread(target=httpd.serve_forever, daemon=True)
    draad.start()
    yield Doel("127.0.0.1", httpd.server_address[1], {"Host": "kennisplatform.example"})
    httpd.shutdown()
    httpd.server_close()
    Handler.stuk = False


def _gesloten_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nobody listens once closed


def test_percentielen_op_rang():
    waarden = list(range(1, 101))
    assert [percentiel(waarden, p) for p in (50, 95, 99, 100)] == [50, 95, 99, 100]
    assert percentiel([0.010, 0.020, 0.300], 50) == 0.020
    # of 10 answers the p95 and the p99 are the slowest one, never a value in between
    assert percentiel(list(range(10)), 95) == 9
    assert percentiel([7], 99) == 7
    assert percentiel([], 50) is None


def test_verzoeken_worden_eerlijk_verdeeld():
    assert verdeel(32, 2) == [16, 16]
    assert verdeel(7, 3) == [3, 2, 2]


def test_stopt_na_het_maximum_aantal_verzoeken(server):
    begin = time.monotonic()
    uitslag = draai_proces(server, Mix({"ok": (1, ["/ok"])}), 4, 30.0, 25, time.monotonic())
    assert uitslag.totaal().verzoeken == 25
    assert len(uitslag.soorten["ok"].tijden) == 25
    assert time.monotonic() - begin < 10


def test_stopt_na_de_gegeven_tijd(server):
    begin = time.monotonic()
    uitslag = draai_proces(server, Mix({"ok": (1, ["/ok"])}), 2, 0.5, 10**9, time.monotonic())
    assert 0.5 <= time.monotonic() - begin < 3
    assert uitslag.totaal().verzoeken > 0
    assert uitslag.totaal().fouten == 0


def test_telt_fouten_5xx_en_hits_per_paginatype(server):
    mix = Mix({"stuk": (1, ["/stuk"]), "weg": (1, ["/weg"]), "hit": (1, ["/hit"])}, zaad=3)
    uitslag = draai_proces(server, mix, 2, 30.0, 60, time.monotonic())
    stuk, weg, hit = (uitslag.soorten[n] for n in ("stuk", "weg", "hit"))
    assert stuk.verzoeken + weg.verzoeken + hit.verzoeken == 60
    assert stuk.verzoeken and weg.verzoeken and hit.verzoeken
    assert (stuk.vijfhonderd, stuk.fouten) == (stuk.verzoeken, 0)
    assert (weg.fouten, weg.vijfhonderd) == (weg.verzoeken, 0)
    assert (hit.fouten, hit.vijfhonderd, hit.hit) == (0, 0, hit.verzoeken)
    assert weg.voorbeelden[0] == "/weg: status 404"


def test_geen_antwoord_en_te_laat_zijn_fouten(server):
    dicht = Doel("127.0.0.1", _gesloten_poort(), {})
    weigert = draai_proces(dicht, Mix({"ok": (1, ["/ok"])}), 1, 30.0, 3, time.monotonic())
    assert weigert.soorten["ok"].fouten == 3
    assert "ConnectionRefusedError" in weigert.soorten["ok"].voorbeelden[0]
    begin = time.monotonic()
    traag = draai_proces(
        server, Mix({"traag": (1, ["/traag"])}), 1, 30.0, 1, time.monotonic(), timeout=0.2
    )
    assert time.monotonic() - begin < 0.9
    assert traag.soorten["traag"].fouten == 1
    assert traag.soorten["traag"].tijden == []  # no answer, so no time in the percentiles


def test_fase_over_twee_processen_blijft_begrensd(server):
    uitslag = fase(server, {"ok": (1, ["/ok"]), "hit": (1, ["/hit"])}, 4, 30.0, 40, processen=2)
    assert uitslag.processen == 2
    assert uitslag.totaal().verzoeken == 40
    assert uitslag.cpu > 0  # the client's own cost is measured


@pytest.mark.parametrize(
    "pad,soort",
    [
        ("/", "home"),
        ("/kennisnetwerken/vth/", "groep"),
        ("/kennisnetwerken/", None),
        ("/begrippen/", "begrippen"),
        ("/begrippen/bevoegd-gezag/", "begrip"),
        ("/afspraken/ua-1/", "afspraak"),
        ("/convenant/", None),
    ],
)
def test_paginatype_van_een_adres(pad, soort):
    assert soort_van(pad) == soort


@pytest.mark.parametrize("stuk,code", [(False, 0), (True, 1)])
def test_commando_tegen_een_draaiende_server_en_exitcode(server, tmp_path, capsys, stuk, code):
    Handler.stuk = stuk
    uitvoer = tmp_path / "r.json"
    argv = ["--url", f"http://127.0.0.1:{server.poort}", "--klanten", "1,3", "--duur", "0.3"]
    assert belasting.main(argv + ["--uitvoer", str(uitvoer)]) == code
    fasen = json.loads(uitvoer.read_text())
    # without a Redis to empty no cold phase; before each warm phase every address once
    assert [(u["klanten"], u["fase"]) for u in fasen] == [
        (2, "opwarmen"),
        (1, "warm"),
        (1, "gecachet"),
        (2, "opwarmen"),
        (3, "warm"),
        (3, "gecachet"),
    ]
    # "gecachet": only the page types the warm phase got entirely as HIT
    assert list(fasen[2]["soorten"]) == ["groep"]
    assert fasen[2]["totaal"]["hit"] == fasen[2]["totaal"]["verzoeken"] > 0
    # home, group, glossary, begrip 1 each; 3 agreements; register 1 + 6 filters; 6 questions;
    # 1 feed; JSON: 4 lists + 3 agreements
    assert fasen[0]["totaal"]["verzoeken"] == 28
    soorten = fasen[1]["soorten"]
    assert {"home", "groep", "register", "afspraak", "begrip", "zoeken", "api"} <= set(soorten)
    assert (soorten["afspraak"]["5xx"] > 0) == stuk
    tekst = capsys.readouterr().out
    assert "== 3 klant(en), gecachet:" in tekst and "p95 ms" in tekst


def test_ongecachet_meet_alleen_afspraak_en_groep(server, tmp_path, capsys):
    uitvoer = tmp_path / "r.json"
    argv = ["--url", f"http://127.0.0.1:{server.poort}", "--alleen-ongecachet", "--duur", "0.3"]
    assert belasting.main(argv + ["--uitvoer", str(uitvoer)]) == 0
    (fase,) = json.loads(uitvoer.read_text())
    assert (fase["klanten"], fase["fase"]) == (1, "ongecachet")
    assert set(fase["soorten"]) == {"afspraak", "groep"}
    assert "afspraak   mediaan" in capsys.readouterr().out
