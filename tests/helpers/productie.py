"""Settings as settings/production.py builds them from an environment, read in a child
process (importing the production settings here would change the running test settings)."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PRODUCTIE_ENV = {
    "DJANGO_SETTINGS_MODULE": "kennisplatform.settings.production",
    "SECRET_KEY": "x" * 20 + "een-lange-willekeurige-geheime-waarde-1234567890",
    "ALLOWED_HOSTS": "kennisplatform.example",
}
# Variables of the machine that must not leak into the child's configuration.
WEGLATEN = ("OBJECTOPSLAG_", "DATABASE_URL", "MEDIA_", "DOCUMENTEN_ROOT", "SECRET_KEY")
TOON = (
    "import json; from django.conf import settings as s; print(json.dumps({{n: getattr(s, n) "
    "for n in {namen!r}}}, default=str))"
)


def draai_productie(*args, **env):
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith(WEGLATEN)}
    omgeving.update(PRODUCTIE_ENV, **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )


def productie_instellingen(*namen, **env):
    """{name: value} of the named settings under production settings with env added."""
    resultaat = draai_productie(
        "shell", "--no-imports", "-c", TOON.format(namen=list(namen)), **env
    )
    assert resultaat.returncode == 0, resultaat.stderr
    return json.loads(resultaat.stdout.strip().splitlines()[-1])
