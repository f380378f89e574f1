"""Progress of long work on the command line (layer 0: every app may use it).

On a terminal a progress bar (tqdm); otherwise (a log file, cron, a pipe, a test's StringIO)
a line at most every VOORTGANG_INTERVAL seconds (setting, default 5):

    Importeren: 3000 van 10000 rijen (30%), 2500 per seconde, nog ~3 s

and always one closing line, also when the work stops halfway:

    Importeren klaar: 10000 rijen in 4.0 s (2500 per seconde).
    Importeren afgebroken na 3000 van 10000 rijen (1.2 s).

Use it around a loop (a management command passes its `self.stdout`):

    from voortgang import Voortgang

    with Voortgang("Back-up", totaal=aantal_tabellen, eenheid="tabellen", uit=self.stdout) as v:
        for tabel in tabellen:
            ...
            v.bij()          # one more done; v.bij(500) for 500, v.zet(n) for "n done so far"

or hand library code that reports `voortgang(fase, verwerkt, totaal)` (the import of
agreements, the search index) a `Fasen`, which shows one bar (and one closing line) per phase:

    from voortgang import Fasen

    with Fasen(uit=self.stdout, eenheid="rijen") as melder:
        importeer(inhoud, voortgang=melder)

`totaal` may be None (unknown): the line then shows the count and the speed only. Library code
never prints; it calls the callback it was given, which may be None (no progress wanted)."""

import sys
import time

from tqdm import tqdm

from django.conf import settings
from django.core.management.base import OutputWrapper

STANDAARD_INTERVAL = 5.0  # seconds between two progress lines when not on a terminal


def _interval():
    return float(getattr(settings, "VOORTGANG_INTERVAL", STANDAARD_INTERVAL))


def _getal(waarde):
    return f"{waarde:.1f}" if waarde < 10 else f"{waarde:.0f}"


def _duur(seconden):
    seconden = max(0, round(seconden))
    if seconden < 60:
        return f"{seconden} s"
    minuten = round(seconden / 60)
    if minuten < 60:
        return f"{minuten} min"
    return f"{minuten // 60} u {minuten % 60} min"


class _Stroom:
    """A file-like view of a command's OutputWrapper for tqdm: no line ending appended."""

    def __init__(self, uit):
        self.uit = uit

    def write(self, tekst):
        if isinstance(self.uit, OutputWrapper):
            self.uit.write(tekst, ending="")
        else:
            self.uit.write(tekst)

    def flush(self):
        getattr(self.uit, "flush", lambda: None)()


def op_terminal(uit):
    try:
        return bool(uit.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed file
        return False


class Voortgang:
    """Progress of one piece of work; see the module's docstring. `uit` is where it writes
    (a command's self.stdout, a file; default sys.stdout)."""

    def __init__(self, titel, totaal=None, eenheid="", uit=None, interval=None):
        self.titel = titel
        self.totaal = totaal
        self.eenheid = eenheid
        self.uit = uit if uit is not None else sys.stdout
        self.interval = _interval() if interval is None else interval
        self.verwerkt = 0
        self.begin = self._vorige = time.monotonic()
        self._balk = None
        self._klaar = False
        if op_terminal(self.uit):
            self._balk = tqdm(
                total=totaal,
                desc=titel,
                unit=f" {eenheid}" if eenheid else "it",
                file=_Stroom(self.uit),
                leave=False,
                dynamic_ncols=True,
            )

    def __enter__(self):
        return self

    def __exit__(self, soort, fout, spoor):
        self.sluit(afgebroken=soort is not None)
        return False

    def bij(self, aantal=1):
        self.zet(self.verwerkt + aantal)

    def zet(self, verwerkt, totaal=None):
        """`verwerkt` done so far (and, if it became known, the new total)."""
        if totaal is not None and totaal != self.totaal:
            self.totaal = totaal
            if self._balk is not None:
                self._balk.total = totaal
        if self._balk is not None:
            self._balk.update(verwerkt - self.verwerkt)
            self.verwerkt = verwerkt
            return
        self.verwerkt = verwerkt
        nu = time.monotonic()
        if nu - self._vorige >= self.interval:
            self._vorige = nu
            self._regel(self.stand(nu))

    def _per_seconde(self, nu):
        duur = nu - self.begin
        return self.verwerkt / duur if duur > 0 else 0.0

    def stand(self, nu=None):
        """The progress line: "N van M eenheid (x%), R per seconde, nog ~T"."""
        nu = time.monotonic() if nu is None else nu
        tempo = self._per_seconde(nu)
        eenheid = f" {self.eenheid}" if self.eenheid else ""
        if self.totaal:
            procent = min(100, 100 * self.verwerkt // self.totaal)
            tekst = f"{self.verwerkt} van {self.totaal}{eenheid} ({procent}%)"
        else:
            tekst = f"{self.verwerkt}{eenheid}"
        tekst += f", {_getal(tempo)} per seconde"
        if self.totaal and tempo > 0 and self.verwerkt < self.totaal:
            tekst += f", nog ~{_duur((self.totaal - self.verwerkt) / tempo)}"
        return tekst

    def _regel(self, tekst):
        self._schrijf(f"{self.titel}: {tekst}")

    def _schrijf(self, regel):
        if self._balk is not None and not self._klaar:
            self._balk.write(regel, file=_Stroom(self.uit))  # above the bar, which stays
        else:
            _Stroom(self.uit).write(regel + "\n")
        getattr(self.uit, "flush", lambda: None)()

    def sluit(self, afgebroken=False):
        """End with the summary line (once)."""
        if self._klaar:
            return
        self._klaar = True
        nu = time.monotonic()
        if self._balk is not None:
            self._balk.close()
        duur = nu - self.begin
        eenheid = f" {self.eenheid}" if self.eenheid else ""
        if afgebroken:
            van = f" van {self.totaal}" if self.totaal else ""
            tekst = f"{self.titel} afgebroken na {self.verwerkt}{van}{eenheid} ({duur:.1f} s)."
        else:
            tekst = (
                f"{self.titel} klaar: {self.verwerkt}{eenheid} in {duur:.1f} s "
                f"({_getal(self._per_seconde(nu))} per seconde)."
            )
        self._schrijf(tekst)


class Fasen:
    """A progress callback `melder(fase, verwerkt, totaal)` for library code that works in
    phases: a new phase closes the bar of the previous one (with its closing line)."""

    def __init__(self, uit=None, eenheid="", interval=None, eenheden=None):
        self.uit = uit
        self.eenheid = eenheid
        self.eenheden = eenheden or {}  # a unit per phase, where it differs from `eenheid`
        self.interval = interval
        self.huidig = None

    def __call__(self, fase, verwerkt, totaal=None):
        if self.huidig is None or self.huidig.titel != fase:
            if self.huidig is not None:
                self.huidig.sluit()
            eenheid = self.eenheden.get(fase, self.eenheid)
            self.huidig = Voortgang(fase, totaal, eenheid, uit=self.uit, interval=self.interval)
        self.huidig.zet(verwerkt, totaal)

    def __enter__(self):
        return self

    def __exit__(self, soort, fout, spoor):
        if self.huidig is not None:
            self.huidig.sluit(afgebroken=soort is not None)
        return False
