"""What search itself puts in the index: Wagtail's documents (not a domain app's)."""

from search.register import registreer
from search.soorten import DocumentSoort

registreer(DocumentSoort())
