"""The load generator of `make loadtest`: bounded phases of concurrent anonymous GETs.

One phase runs in several client processes at once (the GIL would make one process the
bottleneck long before a 2-core server is), each with a minimal HTTP/1.1 client on
non-blocking sockets in one `selectors` loop: per request a new connection, the request with
`Connection: close`, the answer read until the server closes. That is what gunicorn's sync
workers (those of `make serve`) do anyway: they never keep a connection open. Standard library
only, and no asyncio: measured against a trivial gunicorn app on this machine, asyncio's
protocols cost about 330 µs of client CPU per request, this loop about 120 µs; a full client
(aiohttp, httpx, locust's) spends more still on what this test does not need (pools, cookies,
redirects, decoding), and all of it is taken from the server on the same machine. The client
measures its own CPU time, which the report shows.

A phase is bounded twice: it starts no request after `duur` seconds and none beyond
`max_verzoeken` (shared out over the processes); running requests are answered or time out
after `timeout` seconds. The pure parts (percentiel, Uitslag, bounding, error counting) are
tested in tests/bench/test_belasting.py against a small local server.
"""

import errno
import math
import multiprocessing
import os
import random
import resource
import selectors
import socket
import time
from dataclasses import dataclass, field

TIMEOUT = 10.0  # seconds for one request; later it counts as an error
KOP_CACHE = b"x-paginacache:"  # the page cache's header (HIT or MISS), lower case


def percentiel(gesorteerd, p):
    """The p-th percentile (0 < p <= 100) of a sorted list by nearest rank: the smallest value
    with at least p % of the values at or below it. None for an empty list."""
    if not gesorteerd:
        return None
    rang = math.ceil(p / 100 * len(gesorteerd))
    return gesorteerd[min(len(gesorteerd), max(1, rang)) - 1]


@dataclass
class Soort:
    """What one page type got in one phase (in one process, or added up)."""

    tijden: list = field(default_factory=list)  # seconds per answered request
    verzoeken: int = 0
    fouten: int = 0  # no answer (refused, reset, timeout) or a 3xx/4xx status
    vijfhonderd: int = 0  # 5xx answers
    hit: int = 0
    miss: int = 0
    voorbeelden: list = field(default_factory=list)  # a few failed addresses with the reason

    def voeg_toe(self, ander):
        self.tijden += ander.tijden
        self.verzoeken += ander.verzoeken
        self.fouten += ander.fouten
        self.vijfhonderd += ander.vijfhonderd
        self.hit += ander.hit
        self.miss += ander.miss
        self.voorbeelden = (self.voorbeelden + ander.voorbeelden)[:5]


@dataclass
class Uitslag:
    """A phase's (or a process's part of a phase's) result."""

    soorten: dict = field(default_factory=dict)  # page type -> Soort
    begin: float = 0.0  # time.monotonic() of the start (the same clock in every process)
    einde: float = 0.0  # time.monotonic() of the last answer
    cpu: float = 0.0  # CPU seconds (user + system) the client processes spent
    processen: int = 0

    def soort(self, naam):
        return self.soorten.setdefault(naam, Soort())

    def voeg_toe(self, ander):
        for naam, s in ander.soorten.items():
            self.soort(naam).voeg_toe(s)
        self.begin = min(self.begin or ander.begin, ander.begin)
        self.einde = max(self.einde, ander.einde)
        self.cpu += ander.cpu
        self.processen += ander.processen

    @property
    def duur(self):
        return max(self.einde - self.begin, 1e-9)

    def totaal(self):
        samen = Soort()
        for s in self.soorten.values():
            samen.voeg_toe(s)
        return samen


@dataclass
class Doel:
    """Where the requests go: the address to connect to and the headers every request gets."""

    host: str
    poort: int
    headers: dict  # e.g. {"Host": ..., "X-Forwarded-Proto": "https"}

    def verzoek(self, pad):
        regels = [f"GET {pad} HTTP/1.1"]
        regels += [f"{k}: {v}" for k, v in self.headers.items()]
        regels += ["User-Agent: kennisplatform-belastingstest", "Connection: close", "", ""]
        return "\r\n".join(regels).encode("latin-1")


def _noteer(soort, pad, status=None, cache=None, fout=None):
    soort.verzoeken += 1
    if fout is not None:
        soort.fouten += 1
        reden = f"{type(fout).__name__}: {fout}"
    elif status >= 500:
        soort.vijfhonderd += 1
        reden = f"status {status}"
    elif not 200 <= status < 300:
        soort.fouten += 1
        reden = f"status {status}"
    else:
        reden = None
    if reden and len(soort.voorbeelden) < 5:
        soort.voorbeelden.append(f"{pad}: {reden}")
    if cache == "HIT":
        soort.hit += 1
    elif cache == "MISS":
        soort.miss += 1


class Mix:
    """Page types with their addresses and weights; `kies` draws a (type, address)."""

    def __init__(self, soorten, zaad=0):
        # soorten: {name: (weight, [paths])}; types without paths are left out
        self.namen = [n for n, (g, paden) in soorten.items() if paden and g > 0]
        self.gewichten = [soorten[n][0] for n in self.namen]
        self.paden = [soorten[n][1] for n in self.namen]
        self.kans = random.Random(zaad)

    def kies(self):
        i = self.kans.choices(range(len(self.namen)), self.gewichten)[0]
        return self.namen[i], self.kans.choice(self.paden[i])


class Rij:
    """Every address once, in order (the warm-up before a warm phase); used like a Mix."""

    def __init__(self, soorten):
        self.rij = [(n, pad) for n, (g, paden) in soorten.items() if g > 0 for pad in paden]
        self.volgende = 0

    def kies(self):
        item = self.rij[self.volgende % len(self.rij)]
        self.volgende += 1
        return item


class _Verzoek:
    """One request on its own non-blocking socket, from connect to the server's close."""

    __slots__ = ("sock", "naam", "pad", "begin", "verzonden", "kop", "status", "cache")

    def __init__(self, sock, naam, pad):
        self.sock = sock
        self.naam = naam
        self.pad = pad
        self.begin = time.perf_counter()
        self.verzonden = False
        self.kop = b""
        self.status = None
        self.cache = None

    def lees_kop(self, data):
        """Collect the start of the answer until its headers are complete, then parse them."""
        self.kop += data
        kop, gevonden, _rest = self.kop.partition(b"\r\n\r\n")
        if not gevonden:
            return
        regels = kop.split(b"\r\n")
        delen = regels[0].split(b" ", 2)
        self.status = int(delen[1]) if len(delen) > 1 and delen[1].isdigit() else 0
        for regel in regels[1:]:
            if regel[: len(KOP_CACHE)].lower() == KOP_CACHE:
                self.cache = regel[len(KOP_CACHE) :].strip().decode("latin-1").upper()
        self.kop = b""


def _fase(doel, mix, klanten, duur, max_verzoeken, start, timeout):
    """The requests of one process: `klanten` sockets at a time in one selector loop."""
    uitslag = Uitslag(begin=start, processen=1)
    kiezer = selectors.DefaultSelector()
    adres = (doel.host, doel.poort)
    teksten = {}  # path -> request bytes
    over = max_verzoeken
    open_ = {}  # socket -> _Verzoek
    einde = start + duur

    def klaar(v, fout=None):
        kiezer.unregister(v.sock)
        v.sock.close()
        del open_[v.sock]
        soort = uitslag.soort(v.naam)
        if fout is None and not v.status:
            fout = ConnectionError("geen volledig antwoord")
        if fout is not None:
            _noteer(soort, v.pad, fout=fout)
            return
        soort.tijden.append(time.perf_counter() - v.begin)
        _noteer(soort, v.pad, v.status, v.cache)

    def vul():
        nonlocal over
        while len(open_) < klanten and over > 0 and time.monotonic() < einde:
            over -= 1
            naam, pad = mix.kies()
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setblocking(False)
            v = open_[sock] = _Verzoek(sock, naam, pad)
            kiezer.register(sock, selectors.EVENT_WRITE, v)
            code = sock.connect_ex(adres)
            if code not in (0, errno.EINPROGRESS):
                klaar(v, OSError(code, os.strerror(code)))

    vertraging = start - time.monotonic()
    if vertraging > 0:
        time.sleep(vertraging)
    controle = time.perf_counter() + 0.05
    vul()
    while open_:
        for sleutel, _gebeurtenis in kiezer.select(0.05):
            v = sleutel.data
            try:
                if not v.verzonden:  # connected, or refused
                    code = v.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                    if code:
                        raise OSError(code, os.strerror(code))
                    if v.pad not in teksten:
                        teksten[v.pad] = doel.verzoek(v.pad)
                    v.sock.send(teksten[v.pad])  # a few hundred bytes: always at once
                    v.verzonden = True
                    kiezer.modify(v.sock, selectors.EVENT_READ, v)
                    continue
                data = v.sock.recv(65536)
            except OSError as fout:
                klaar(v, fout)
                continue
            if not data:
                klaar(v)
            elif v.status is None:
                v.lees_kop(data)
        nu = time.perf_counter()
        if nu >= controle:
            for v in [v for v in open_.values() if nu - v.begin > timeout]:
                klaar(v, TimeoutError(f"geen antwoord binnen {timeout} s"))
            controle = nu + 0.05
        vul()
    kiezer.close()
    uitslag.einde = time.monotonic()
    return uitslag


def _cpu():
    gebruik = resource.getrusage(resource.RUSAGE_SELF)
    return gebruik.ru_utime + gebruik.ru_stime


def draai_proces(doel, mix, klanten, duur, max_verzoeken, start, timeout=TIMEOUT):
    """One process's part of a phase (also usable in-process): an Uitslag."""
    cpu = _cpu()
    uitslag = _fase(doel, mix, klanten, duur, max_verzoeken, start, timeout)
    uitslag.cpu = _cpu() - cpu
    return uitslag


def _kind(wachtrij, *args):
    try:
        wachtrij.put(draai_proces(*args))
    except KeyboardInterrupt:
        wachtrij.put(None)


def verdeel(totaal, delen):
    """totaal split into `delen` whole numbers that differ at most 1 (largest first)."""
    basis, rest = divmod(totaal, delen)
    return [basis + (1 if i < rest else 0) for i in range(delen)]


def fase(doel, soorten, klanten, duur, max_verzoeken, processen=2, zaad=0, timeout=TIMEOUT):
    """A bounded phase with `klanten` concurrent clients over at most `processen` processes."""
    processen = max(1, min(processen, klanten))
    context = multiprocessing.get_context("fork")
    wachtrij = context.Queue()
    start = time.monotonic() + 0.2  # every process starts at the same moment
    kinderen = [
        context.Process(
            target=_kind,
            args=(wachtrij, doel, Mix(soorten, zaad * 1000 + i), k, duur, m, start, timeout),
            daemon=True,
        )
        for i, (k, m) in enumerate(
            zip(verdeel(klanten, processen), verdeel(max_verzoeken, processen), strict=True)
        )
    ]
    for kind in kinderen:
        kind.start()
    try:
        uitslag = Uitslag()
        for _ in kinderen:
            deel = wachtrij.get()
            if deel is None:
                raise KeyboardInterrupt
            uitslag.voeg_toe(deel)
        return uitslag
    except BaseException:  # Ctrl+C or SIGTERM: don't wait for the phase to end
        for kind in kinderen:
            kind.kill()
        raise
    finally:
        for kind in kinderen:
            kind.join(timeout + 5)
            if kind.is_alive():
                kind.kill()


def server_cpu(pid):
    """CPU seconds (user + system) of process pid and all its descendants, from /proc."""
    tik = os.sysconf("SC_CLK_TCK")
    ouders, tijden = {}, {}
    for stat in os.scandir("/proc"):
        if not stat.name.isdigit():
            continue
        try:
            with open(f"/proc/{stat.name}/stat") as f:
                velden = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ouders[int(stat.name)] = int(velden[1])
        tijden[int(stat.name)] = (int(velden[11]) + int(velden[12])) / tik
    boom, nieuw = {pid}, True
    while nieuw:
        nieuw = {p for p, ouder in ouders.items() if ouder in boom and p not in boom}
        boom |= nieuw
    return sum(tijden.get(p, 0.0) for p in boom)
