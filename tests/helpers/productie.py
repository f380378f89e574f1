"""The environment of a production host, for tests that start the platform in a subprocess."""

import os

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
