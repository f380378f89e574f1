"""`make serve`: the platform in production with one command (`python -m kennisplatform.serve`).

First the preparation, each step a `manage.py` command that must succeed: collectstatic (the
static files with hashed names; before migrate, whose system checks need the manifest) and
migrate (which also gives the default Site the host of SITE_URL). Then three processes side by
side, watched by this small supervisor (standard library only, so it costs no Django in memory):

- web: gunicorn with gunicorn.conf.py (PORT, WEB_CONCURRENCY workers),
- werker: `manage.py db_worker`, which runs the queued background tasks,
- planner: `manage.py planner`, which enqueues the scheduled jobs.

They live and stop together: when one stops, on SIGTERM (systemd, docker) and on Ctrl+C the
others get SIGTERM, STOPTIJD seconds to finish (gunicorn lets running requests end, the worker
its current task) and then SIGKILL. Exit code: 0 after a requested stop; otherwise that of the
process that stopped first (3, a configuration error, tells systemd not to restart), or 1 if
it stopped with 0 while nobody asked it to.

SERVE_PROCESSEN picks the processes (comma-separated, default all three): with several web
servers, run the planner on only one of them, or the worker on a machine of its own.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PRODUCTIE = "kennisplatform.settings.production"
CONFIGURATIEFOUT = 3  # as kennisplatform.settings.omgeving (not imported: that loads Django)
STOPTIJD = 40  # seconds; gunicorn's graceful_timeout is 30

MANAGE = [sys.executable, "manage.py"]
VOORBEREIDING = [
    [*MANAGE, "collectstatic", "--noinput", "--verbosity", "0"],
    [*MANAGE, "migrate", "--noinput"],
]
PROCESSEN = {
    "web": [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
    "werker": [*MANAGE, "db_worker"],
    "planner": [*MANAGE, "planner"],
}


def meld(tekst):
    print(f"[serve] {tekst}", file=sys.stderr, flush=True)


class Toezicht:
    """Starts named commands, waits until one stops or a stop is asked, then stops them all."""

    def __init__(self, processen, *, cwd=REPO, env=None, stoptijd=STOPTIJD, interval=0.1):
        self.commando = dict(processen)
        self.cwd = cwd
        self.env = env
        self.stoptijd = stoptijd
        self.interval = interval
        self.lopend = {}  # name -> Popen
        self.gevraagd = None  # the signal that asked us to stop
        self.eerste = None  # (name, exit code) of the process that stopped first by itself

    def _signaal(self, signum, _frame):
        if self.gevraagd is not None:
            # A second Ctrl+C: don't wait any longer.
            self._doden()
        self.gevraagd = signum

    def start(self):
        for naam, commando in self.commando.items():
            # A session of its own: Ctrl+C in the terminal reaches only this supervisor, which
            # stops the processes in order (gunicorn's workers are in gunicorn's group).
            proces = subprocess.Popen(commando, cwd=self.cwd, env=self.env, start_new_session=True)
            self.lopend[naam] = proces
            meld(f"{naam} gestart (pid {proces.pid}): {' '.join(commando[1:])}")

    def draai(self):
        """Start, watch and stop; returns the exit code for the whole."""
        vorige = {
            s: signal.signal(s, self._signaal)
            for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
        }
        try:
            self.start()
            while self.gevraagd is None and self.eerste is None:
                for naam, proces in self.lopend.items():
                    code = proces.poll()
                    if code is not None:
                        self.eerste = (naam, code)
                        break
                else:
                    time.sleep(self.interval)
            if self.eerste is not None:
                naam, code = self.eerste
                meld(f"{naam} is gestopt ({omschrijf(code)}); de andere processen stoppen ook.")
            else:
                meld(f"{signal.Signals(self.gevraagd).name} ontvangen: alle processen stoppen.")
            self.stop()
        finally:
            for s, handler in vorige.items():
                signal.signal(s, handler)
        return self.uitkomst()

    def stop(self):
        for proces in self.lopend.values():
            if proces.poll() is None:
                try:
                    proces.send_signal(signal.SIGTERM)
                except ProcessLookupError:
                    pass
        einde = time.monotonic() + self.stoptijd
        while any(p.poll() is None for p in self.lopend.values()):
            if time.monotonic() > einde:
                namen = ", ".join(n for n, p in self.lopend.items() if p.poll() is None)
                meld(f"na {self.stoptijd} s nog niet gestopt, nu geforceerd (SIGKILL): {namen}")
                self._doden()
            time.sleep(self.interval)
        for naam, proces in self.lopend.items():
            if (naam, proces.returncode) != self.eerste:
                meld(f"{naam} gestopt ({omschrijf(proces.returncode)}).")

    def _doden(self):
        for proces in self.lopend.values():
            if proces.poll() is None:
                try:
                    os.killpg(proces.pid, signal.SIGKILL)  # with gunicorn's workers
                except ProcessLookupError:
                    pass

    def uitkomst(self):
        if self.eerste is None:
            return 0  # a stop was asked for, and everything stopped
        code = self.eerste[1]
        if code > 0:
            return code
        return 128 - code if code < 0 else 1  # killed by a signal, or stopped unasked


def omschrijf(code):
    if code is None:
        return "loopt nog"
    if code < 0:
        return f"signaal {signal.Signals(-code).name}"
    return f"code {code}"


def gekozen_processen(waarde):
    """The processes of SERVE_PROCESSEN (empty: all), or None for a value that is no list."""
    if not waarde or not waarde.strip():
        return dict(PROCESSEN)
    namen = [n.strip() for n in waarde.split(",") if n.strip()]
    if not namen or any(n not in PROCESSEN for n in namen):
        return None
    return {n: PROCESSEN[n] for n in namen}


def main():
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", PRODUCTIE)
    env.setdefault("PYTHONUNBUFFERED", "1")  # log lines appear at once, also in the journal
    processen = gekozen_processen(env.get("SERVE_PROCESSEN"))
    if processen is None:
        print(
            "Configuratiefout: De omgevingsvariabele SERVE_PROCESSEN moet een of meer van "
            f"{', '.join(PROCESSEN)} noemen, gescheiden door komma's, niet "
            f"'{env['SERVE_PROCESSEN']}'.",
            file=sys.stderr,
            flush=True,
        )
        return CONFIGURATIEFOUT
    for stap in VOORBEREIDING:
        meld(" ".join(stap[1:]))
        code = subprocess.run(stap, cwd=REPO, env=env).returncode
        if code != 0:
            # The command said why (a configuration error is one Dutch line).
            return code
    meld(
        f"het platform start op poort {env.get('PORT', '8000')} "
        f"({', '.join(processen)}); stoppen: Ctrl+C of SIGTERM."
    )
    return Toezicht(processen, env=env).draai()


if __name__ == "__main__":
    sys.exit(main())
