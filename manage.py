#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisplatform.settings.dev")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    from kennisplatform.settings.omgeving import CONFIGURATIEFOUT, ConfiguratieFout

    try:
        settings.INSTALLED_APPS  # noqa: B018 - load settings now, to report bad configuration
    except ConfiguratieFout as fout:
        # One Dutch line; exit code 3 like the web server (make serve, systemd: don't restart)
        print(f"Configuratiefout: {fout}", file=sys.stderr, flush=True)
        sys.exit(CONFIGURATIEFOUT)
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
