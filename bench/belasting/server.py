"""What the load test prepares itself: the PostgreSQL database, the environment of a production
host, the production server (`python -m kennisplatform.serve`, as `make serve`) on a free port
of 127.0.0.1, and emptying its Redis database before a cold phase."""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
import redis
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from .opbouwen import KENMERK

ROOT = Path(__file__).resolve().parents[2]
WERKMAP = ROOT / ".belasting"  # static files, media and the server log of the load test
HOST = "kennisplatform.example"
STARTTIJD = 300  # seconds until the first 200 (collectstatic and migrate run first)
TAAKTABEL = "django_tasks_database_dbtaskresult"  # the queue of django_tasks_db (TASKS)
STOPTIJD = 60  # seconds for a clean stop (make serve gives running requests 40)


def _beheer_conninfo(url):
    """(connection string of the maintenance database, name of the database of url)."""
    gegevens = conninfo_to_dict(url.replace("postgres://", "postgresql://", 1))
    naam = gegevens.pop("dbname")
    return make_conninfo(**gegevens, dbname="postgres"), naam


def kenmerk(url):
    """The comment of the database (None when it or its comment is missing)."""
    beheer, naam = _beheer_conninfo(url)
    with psycopg.connect(beheer, autocommit=True) as c:
        rij = c.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            [naam],
        ).fetchone()
    return rij[0] if rij else None


def maak_leeg(url):
    beheer, naam = _beheer_conninfo(url)
    with psycopg.connect(beheer, autocommit=True) as c:
        c.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(naam)))
        c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(naam)))


def omgeving(database_url, redis_url, poort, **extra):
    """A production host's environment (README, Configuratie) and nothing of this shell's
    Django settings: the server and the build of its database both run with it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "REDIS_", "MEDIA_", "DOCUMENTEN_", "OBJECT"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.production",
        SECRET_KEY=secrets.token_urlsafe(48),
        ALLOWED_HOSTS=HOST,
        SITE_URL=f"https://{HOST}",
        DATABASE_URL=database_url,
        REDIS_URL=redis_url,
        PORT=str(poort),
        WEB_BIND="127.0.0.1",
        WEB_CONCURRENCY="2",
        STATIC_ROOT=str(WERKMAP / "static"),
        MEDIA_ROOT=str(WERKMAP / "media"),
        DOCUMENTEN_ROOT=str(WERKMAP / "documentopslag"),
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def wachtende_taken(url):
    """Background tasks still waiting in the database queue (0 before the first migrate)."""
    with psycopg.connect(url.replace("postgres://", "postgresql://", 1)) as c:
        if not c.execute("SELECT to_regclass(%s)", [TAAKTABEL]).fetchone()[0]:
            return 0
        return c.execute(
            sql.SQL("SELECT count(*) FROM {} WHERE status = 'READY'").format(
                sql.Identifier(TAAKTABEL)
            )
        ).fetchone()[0]


def zorg_voor_database(url, aantal, env, opnieuw=False):
    """Build the database unless it already holds a finished build of this size; then run
    what waits in the task queue, so the server's worker does not do it during a phase."""
    WERKMAP.mkdir(exist_ok=True)
    if not opnieuw and kenmerk(url) == KENMERK.format(aantal=aantal):
        print(f"database {url} heeft al {aantal} afspraken: hergebruikt", flush=True)
    else:
        print(f"database {url} opbouwen met {aantal} afspraken (enkele minuten) …", flush=True)
        maak_leeg(url)
        subprocess.run(
            [sys.executable, "-m", "bench.belasting.opbouwen", "--aantal", str(aantal)],
            cwd=ROOT,
            env=env,
            check=True,
        )
    taken = wachtende_taken(url)
    if taken:
        # e.g. the search and reference index updates the demo content enqueued
        print(f"{taken} wachtende achtergrondtaken eerst uitvoeren …", flush=True)
        subprocess.run(
            [sys.executable, "manage.py", "db_worker", "--batch", "--queue-name", "*"]
            + ["--no-startup-delay", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
        )


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def leeg_redis(url):
    """Empty the Redis database of url (the page cache and everything else the server keeps
    there): a cold cache."""
    verbinding = redis.Redis.from_url(url)
    try:
        verbinding.flushdb()
    finally:
        verbinding.close()


class Server:
    """The production server as `make serve` starts it; a context manager that always stops it."""

    def __init__(self, env, log):
        self.env = env
        self.poort = int(env["PORT"])
        self.log_pad = log
        self.proces = None

    def __enter__(self):
        self.log = open(self.log_pad, "w")
        self.proces = subprocess.Popen(
            [sys.executable, "-m", "kennisplatform.serve"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            # its own session: a Ctrl+C reaches only us, and we stop it in order
            start_new_session=True,
        )
        try:
            self._wacht()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wacht(self):
        begin = time.monotonic()
        adres = f"http://127.0.0.1:{self.poort}/"
        verzoek = urllib.request.Request(
            adres, headers={"Host": HOST, "X-Forwarded-Proto": "https"}
        )
        while time.monotonic() - begin < STARTTIJD:
            if self.proces.poll() is not None:
                raise RuntimeError(
                    f"de server stopte (code {self.proces.returncode}); zie {self.log_pad}"
                )
            try:
                with urllib.request.urlopen(verzoek, timeout=10) as antwoord:
                    if antwoord.status == 200:
                        print(
                            f"server op {adres} antwoordt na {time.monotonic() - begin:.0f} s",
                            flush=True,
                        )
                        return
            except (OSError, urllib.error.HTTPError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"geen 200 binnen {STARTTIJD} s; zie {self.log_pad}")

    def __exit__(self, *_fout):
        if self.proces is not None and self.proces.poll() is None:
            self.proces.send_signal(signal.SIGTERM)
            try:
                self.proces.wait(STOPTIJD)
            except subprocess.TimeoutExpired:
                os.killpg(self.proces.pid, signal.SIGKILL)
                self.proces.wait()
        self.log.close()
        return False
