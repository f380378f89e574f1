"""The standard thesaurus of the Omgevingswet domain that ships with the platform
(begrippen/thesaurus.json): concepts with their abbreviations, synonyms and related terms,
as SKOS would call them prefLabel, altLabel and related.

A fresh installation has an empty glossary, yet a professional who asks for "NNN" means the
Natuurnetwerk, and one who asks about the bruidsschat is also served by a text about the
omgevingsplan van rechtswege. The thesaurus gives the search those relations from the start,
as two concept sources (search.register.registreer_concepten):

- `gelijk`: a concept's term, abbreviations and synonyms are one concept, weighted as
  afstemming.CONCEPT_THESAURUS (below the glossary, which an editor can change);
- `verwant`: each related term forms a concept with the term (and its synonyms), weighted as
  afstemming.CONCEPT_VERWANT: a text about a related subject ranks after the texts that name
  the question's own words.

The glossary wins: a begrip with the same term or abbreviation claims it first (heavier source,
search.register.alle_concepten). The list is code, not content: changing it changes the
analysis, so whoever edits the file raises search.analyse.ANALYSEVERSIE and the
fingerprint below (a test checks the pair), and the index is rebuilt after the next migrate."""

import hashlib
import json
from functools import cache
from pathlib import Path

from search.register import Concept

BESTAND = Path(__file__).with_name("thesaurus.json")
# sha256 of thesaurus.json: see above (tests/begrippen/test_thesaurus.py)
VINGERAFDRUK = {2: "1b873ee9aecd24622ff455f52d5f1e7c42cdbac1cfaad3800aec068f39c5e2d9"}
GELIJK_VOORVOEGSEL = "ths"
VERWANT_VOORVOEGSEL = "thv"


@cache
def inhoud():
    """The thesaurus as read from thesaurus.json: {"bron": ..., "concepten": [...]}."""
    return json.loads(BESTAND.read_text(encoding="utf-8"))


def vingerafdruk():
    return hashlib.sha256(BESTAND.read_bytes()).hexdigest()


def gelijk():
    """Every thesaurus concept with its equivalent names (token "ths<n>")."""
    return [
        Concept(
            f"{GELIJK_VOORVOEGSEL}{n}",
            c["term"],
            tuple(c.get("afkortingen", ())),
            tuple(c.get("synoniemen", ())),
        )
        for n, c in enumerate(inhoud()["concepten"])
    ]


def verwant():
    """Per related term a concept of the term, its synonyms and that related term (token
    "thv<n>v<m>"): the relation is not transitive, so two terms related to one concept are not
    related to each other through it. No underscore in the token: PostgreSQL's parser would
    split it in two and make every match a phrase, which its index does not serve."""
    return [
        Concept(
            f"{VERWANT_VOORVOEGSEL}{n}v{m}",
            c["term"],
            (),
            (*c.get("synoniemen", ()), rel),
        )
        for n, c in enumerate(inhoud()["concepten"])
        for m, rel in enumerate(c.get("verwant", ()))
    ]
