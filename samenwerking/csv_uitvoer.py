"""CSV exports of the cooperation data (organisations matrix, party register,
samenwerkingsverbanden), as the platform's other exports write them (afspraken/export.py, which
this layer may not import): UTF-8 with a byte order mark (so a spreadsheet reads the accents), comma
separated, a dated file name, and no cell that a spreadsheet would run as a formula."""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

FORMULE_TEKENS = ("=", "+", "-", "@", "\t", "\r")


def neutraliseer(waarde):
    """A cell that starts like a formula (=HYPERLINK(..), @SUM(..), -2+3) gets a leading
    apostrophe, so the spreadsheet keeps it as text (OWASP's advice for CSV injection)."""
    waarde = "" if waarde is None else str(waarde)
    return "'" + waarde if waarde.startswith(FORMULE_TEKENS) else waarde


def csv_antwoord(naam, kop, rijen):
    uitvoer = io.StringIO()
    schrijver = csv.writer(uitvoer)
    schrijver.writerow([neutraliseer(k) for k in kop])
    for rij in rijen:
        schrijver.writerow([neutraliseer(c) for c in rij])
    antwoord = HttpResponse("\ufeff" + uitvoer.getvalue(), content_type="text/csv; charset=utf-8")
    bestandsnaam = f"{naam}-{timezone.localdate():%Y-%m-%d}.csv"
    antwoord["Content-Disposition"] = f'attachment; filename="{bestandsnaam}"'
    antwoord["X-Content-Type-Options"] = "nosniff"
    return antwoord


def datum(waarde):
    return f"{waarde:%Y-%m-%d}" if waarde else ""
