"""The search log (issue 15): how long it is kept. The planner deletes older rows every day
(site/planner.py, job zoeklog_opruimen)."""

from .omgeving import ConfiguratieFout, getal

ZOEKLOG_BEWAARD_DAGEN = getal("ZOEKLOG_BEWAARD_DAGEN", 400)
if ZOEKLOG_BEWAARD_DAGEN < 1:
    raise ConfiguratieFout("De omgevingsvariabele ZOEKLOG_BEWAARD_DAGEN moet 1 of meer zijn.")

# The tables of the search app that `zoekindex` rebuilds from the content: not in a backup
# (BACKUP_UITGESLOTEN). The rest of the app is data and is backed up: the promoted results
# (editorial choices), the search log (counts per question, no personal data, cannot be
# rebuilt) and the learned abbreviations (an editor's rejection must survive a restore).
ZOEKINDEX_TABELLEN = ["search.zoekdocument", "search.zoekterm", "search.indexversie"]
