"""`manage.py` in a child process of the tests, with an environment the caller composes (a fresh
database, production settings, a bad configuration): one place for how it is started."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def draai_manage(omgeving, *args, timeout=120):
    """Run `manage.py *args` in the repository with exactly this environment."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
