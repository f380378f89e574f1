"""Production settings for tests: read in a child process (importing settings/production.py here
would change the running test settings), and the environment of a production host for tests that
start the platform in a subprocess."""

import json
import os

from tests.helpers.beheercommando import draai_manage

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
    return draai_manage(omgeving, *args)


def productie_instellingen(*namen, **env):
    """{name: value} of the named settings under production settings with env added."""
    resultaat = draai_productie(
        "shell", "--no-imports", "-c", TOON.format(namen=list(namen)), **env
    )
    assert resultaat.returncode == 0, resultaat.stderr
    return json.loads(resultaat.stdout.strip().splitlines()[-1])


HOST = "kennisplatform.example"


def productie_omgeving(tmp, **extra):
    """Only what a production host sets: no variable of the developer's shell leaks in.

    tmp (a folder) holds the SQLite database, the static files and the uploads.
    """
    omgeving = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp),
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "kennisplatform.settings.production",
        "SECRET_KEY": "pR0d-" + "k9#Xq2!vLm7@" * 5,
        "ALLOWED_HOSTS": HOST,
        "SITE_URL": f"https://{HOST}",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
    }
    omgeving.update(extra)
    return omgeving
