"""manage.py in a new process on a fresh SQLite file, with the test settings and without the
machine's DATABASE_URL, REDIS_URL or SEARCH_URL: what a fresh install sees after `migrate`."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WEGLATEN = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "SEARCH_URL"}


def manage(database, *args):
    omgeving = {k: v for k, v in os.environ.items() if k not in WEGLATEN}
    omgeving.update(
        DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="kennisplatform.settings.test"
    )
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=300,
    )
