"""What search itself puts in the index: Wagtail's documents (not a domain app's)."""

from search import geleerd
from search.register import registreer, registreer_concepten
from search.soorten import DocumentSoort

registreer(DocumentSoort())

# issue 15: the abbreviations learned from the content expand questions, below the glossary
registreer_concepten(geleerd.concepten, geleerd.VOORVOEGSEL, "CONCEPT_GELEERD")
