"""Dutch text analysis for the platform search, used on the index side and the query side.

Every text is turned into plain alphanumeric tokens, so the same tokens work in SQLite FTS5,
PostgreSQL and Elasticsearch and no user input ever reaches a query syntax:

- words are lower-cased and folded to ASCII ("coördinatie" -> "coordinatie");
- each word also yields its stem (the current Snowball Dutch stemmer);
- compounds are split against a vocabulary built from the indexed content, so "vergunning"
  finds "omgevingsvergunning" and "handhaving" finds "handhavingsstrategie";
- article references ("art. 3.2", "artikel 16.64", "2.2") become one token each ("ref3x2");
- terms, abbreviations and synonyms of the begrippen become a concept token ("bgr12"), on
  both sides, so "ODU" finds "Omgevingsdienst Utrecht" and the other way round.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

from search import afstemming

# The version of this analysis: whoever changes what a text turns into (stemming, compounds,
# stop words, references, concepts) raises it. The index remembers the version it was built
# with (Indexversie.analyse); after `migrate` an index of another version is rebuilt once
# (search/na_migratie.py), so an upgrade does not leave the old analysis in the index.
ANALYSEVERSIE = 2

STOPWOORDEN = frozenset(
    """aan af al als bij dan dat de die dit door dus een en er ge het hier hij hoe hun ik in is
    je kan kunnen maar met na naar niet nog of om onder ons ook op over te tegen ten ter tot
    u uit van veel voor wat we wel werd wij worden wordt zal ze zich zij zijn zo zoals
    wie waar wanneer welke welk waarom
    art artikel artikelen lid""".split()
)
# Words that often occur only inside compounds in a small corpus; they let the splitter
# recognise "strategie" in "handhavingsstrategie" before the content uses it on its own.
BASISWOORDEN = frozenset(
    """aanpak aanvraag aanvragen advies afspraak afspraken afstemming agenda beheer beleid
    besluit bestuur bodem bouw cultuur dienst energie erfgoed gebied gezondheid grond
    handhaving kaart kennis landschap lucht melding milieu natuur netwerk omgeving onderzoek
    overleg plan planning programma project regel regels regio risico ruimte samenwerking
    strategie toezicht uitvoering veiligheid verdeling vergunning verkeer verordening visie
    water werk werking wet wonen woning zorg""".split()
)
TUSSENKLANKEN = ("s", "en", "e", "n", "")
_REF = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?(?![\d])")
_WOORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("dutch")


# --- helper taal: one index form for the noun and the verb of one meaning -------------------
# The Snowball stemmer leaves derivations apart: "adviseert" / "adviseren" / "adviseur",
# "participatie" / "participeren", "meldt" / "melding", and it spells one stem two ways
# ("coordineer" / "coordiner"). Before stemming, a derivation or an inflected verb form is
# rewritten to the infinitive it comes from (endings of loan verbs in -eren, the verb forms in
# -dt and -tst); after stemming the stem ends in "er" rather than "eer". The part left before
# the ending must be at least afstemming.MIN_AFLEIDING_STAM letters, so short words ("natie",
# "kleur", "meer") are not merged with unrelated ones.
AFLEIDINGEN = (  # (ending, replacement), longest first per family
    ("eerden", "eren"),
    ("eerde", "eren"),
    ("eert", "eren"),  # adviseert -> adviseren
    ("aties", "eren"),
    ("atie", "eren"),  # participatie -> participeren
    ("atoren", "eren"),
    ("ators", "eren"),
    ("ator", "eren"),  # coordinator -> coordineren
    ("eurs", "eren"),
    ("eur", "eren"),  # adviseur -> adviseren
)
# A verb's third person the stemmer leaves whole: "meldt" -> "melden", "toetst" -> "toetsen".
PERSOONSVORMEN = ("dt", "tst")


def _afgeleid(woord):
    """The word its derivation or verb form comes from (the word itself if none)."""
    for uitgang, vervanging in AFLEIDINGEN:
        if woord.endswith(uitgang) and len(woord) - len(uitgang) >= afstemming.MIN_AFLEIDING_STAM:
            return woord[: -len(uitgang)] + vervanging
    if woord.endswith(PERSOONSVORMEN) and len(woord) - 1 >= afstemming.MIN_AFLEIDING_STAM:
        return woord[:-1] + "en"
    return woord


def _eenvormig(woord, gestemd):
    """One spelling per stem: "coordineer" -> "coordiner" (the stemmer gives both), and a stem
    in -ld the stemmer cut as a past tense ("melden" -> "mel", "velden" -> "vel") kept whole."""
    minimum = afstemming.MIN_AFLEIDING_STAM
    if gestemd.endswith("eer") and len(gestemd) - 3 >= minimum:
        return gestemd[:-3] + "er"
    if woord.endswith("lden") and gestemd == woord[:-3] and len(gestemd) >= minimum - 1:
        return woord[:-2]
    return gestemd


# --- end helper taal ---


# The stems already computed (word -> stem), at most afstemming.MAX_STAMMEN, then started
# afresh. A plain dict rather than functools.lru_cache: the garbage collector does not track a
# dict that holds only strings, while the links of a full LRU cache (100,000 of them after a
# rebuild of a large index) added 15-25 ms to every full collection, paid by whichever search
# request happened to trigger it.
_STAMMEN = {}


def stam(woord):
    uit = _STAMMEN.get(woord)
    if uit is None:
        if len(_STAMMEN) >= afstemming.MAX_STAMMEN:
            _STAMMEN.clear()
        uit = _STAMMEN[woord] = _stam(woord)
    return uit


stam.cache_clear = _STAMMEN.clear  # as functools.lru_cache had it (the tests use it)


def _stam(woord):
    if woord.isdigit() or woord.startswith("ref") and any(c.isdigit() for c in woord):
        return woord
    woord = _afgeleid(woord)
    return _eenvormig(woord, _stemmer().stemWord(woord))


def vouw(tekst):
    """Lower case, accents removed, ASCII only."""
    tekst = tekst or ""
    if tekst.isascii():  # most text: nothing to decompose
        return tekst.lower()
    tekst = unicodedata.normalize("NFKD", tekst).lower()
    return "".join(c for c in tekst if not unicodedata.combining(c))


def ref_token(deel1, deel2, deel3=None):
    return "ref" + "x".join(str(int(d)) for d in (deel1, deel2, deel3) if d)


def woorden(tekst):
    """The words of a text in order, article references as one token, stop words kept out."""
    tekst = vouw(tekst)
    tekst = _REF.sub(lambda m: " " + ref_token(*m.groups()) + " ", tekst)
    return [
        w
        for w in _WOORD.findall(tekst)
        if w not in STOPWOORDEN and (len(w) > 1 or w.isdigit())  # "programma's" -> "s"
    ]


def splits(woord, vocabulaire, diepte=2):
    """The parts of a Dutch compound (empty if it is not one).

    Tries every split point, allowing a linking sound (s, e, en, n) after the head. Both parts
    known to the vocabulary is best; otherwise one known part and an unknown part of at least
    afstemming.MIN_ONBEKEND letters ("water" + "berging"). Among the candidates the split
    whose shorter part is longest wins. Parts are split again, once."""
    min_deel, min_onbekend = afstemming.MIN_DEEL, afstemming.MIN_ONBEKEND
    if len(woord) < 2 * min_deel or diepte == 0 or woord.isdigit():
        return []
    beste = None
    for i in range(min_deel, len(woord) - min_deel + 1):
        staart = woord[i:]
        staart_bekend = _bekend(staart, vocabulaire)
        for klank in TUSSENKLANKEN:
            if klank and not woord[:i].endswith(klank):
                continue
            kop = woord[: i - len(klank)] if klank else woord[:i]
            if len(kop) < min_deel:
                continue
            kop_bekend = _bekend(kop, vocabulaire)
            if kop_bekend and staart_bekend:
                score = 100 + min(len(kop), len(staart))
            elif (kop_bekend and len(staart) >= min_onbekend) or (
                staart_bekend and len(kop) >= min_onbekend
            ):
                # with an unknown part, a linking sound makes the split more likely
                score = min(len(kop), len(staart)) + (0.5 if klank else 0)
            else:
                continue
            if beste is None or score > beste[0]:
                beste = (score, kop, staart)
            break
    if beste is None:
        return []
    _, kop, staart = beste
    delen = [kop, staart]
    for deel in (kop, staart):
        delen += splits(deel, vocabulaire, diepte - 1)
    return delen


def gestamde_delen(woord, vocabulaire):
    """The stems of a compound's parts (analyse.splits), in order: the first two are its
    modifier and its head."""
    return [stam(d) for d in splits(woord, vocabulaire)]


def _bekend(woord, vocabulaire):
    return woord in vocabulaire or woord in BASISWOORDEN


# --- issue 15 (samenstelling): a compound typed as its separate parts -----------------------
# "strategie toezicht" for "toezichtstrategie", "vergunning evenementen" for
# "evenementenvergunning": two words of a question, in either order, that together form a
# compound of the vocabulary (with a linking sound, the head inflected or not).
MEERVOUDEN = ("en", "s")


def vormen(woord):
    """The forms a word may take inside a compound: as typed and without a plural ending
    ("evenementen" -> "evenement", "plafonds" -> "plafond"). Not its stem: the stemmer cuts
    too much for a compound ("vergunning" -> "vergun")."""
    uit = {woord}
    uit.update(woord[: -len(u)] for u in MEERVOUDEN if woord.endswith(u))
    return {v for v in uit if len(v) >= afstemming.MIN_DEEL and v.isalpha()}


def samenstellingen(woord, ander, vocabulaire):
    """The words of the vocabulary that are a compound of these two words, either one first:
    modifier, linking sound (s, e, en, n), head, plural ending. A handful of set lookups, no
    scan of the vocabulary."""
    eerste, tweede = vormen(woord), vormen(ander)
    uit = set()
    for koppen, staarten in ((eerste, tweede), (tweede, eerste)):
        for kop in koppen:
            for klank in TUSSENKLANKEN:
                for staart in staarten:
                    for uitgang in ("", *MEERVOUDEN):
                        kandidaat = kop + klank + staart + uitgang
                        if kandidaat in vocabulaire:
                            uit.add(kandidaat)
    return sorted(uit - {woord, ander})


# --- end issue 15 (samenstelling) -----------------------------------------------------------


# --- issue 15: an abbreviation expands to its own long form only ---------------------------
# Every concept has two tokens: its token ("bgr12"), given to a text with any of its names,
# and its strict token ("bgr12k"), given only to a text with its term or one of its
# abbreviations. A query word that names the concept through an abbreviation asks for the
# strict token only: "ODU" finds "Omgevingsdienst Utrecht", not every "omgevingsdienst" (a
# synonym); the term and the synonyms ask for the token, as before.
STRIKT = "k"


def strikt_token(token):
    return token + STRIKT


# --- issue 15 (rang): a concept with an abbreviation is also found by the core of its term ---
# "bopa (buitenplanse omgevingsplanactiviteit)": a text that uses only "bopa" is about an
# omgevingsplanactiviteit, as one that says only "het Natuurnetwerk" is about the Natuurnetwerk
# Nederland. Such a
# concept has a third, broad token ("afk..r"): given to a text with its term, an abbreviation
# or the core word of its term (kernwoord), asked by a question with its term or core word
# (not by the abbreviation: "ODU" finds "Omgevingsdienst Utrecht", not every omgevingsdienst);
# a match through it counts little (afstemming.RUIM).
RUIM = "r"


def ruim_token(token):
    return token + RUIM


def kernwoord(term):
    """The core of a term of several words: its longest word, if it is a long one (a compound,
    "omgevingsplanactiviteit", "natuurnetwerk"); None otherwise."""
    lijst = woorden(term)
    kern = max(lijst, key=len, default="")
    if len(lijst) < 2 or len(kern) < afstemming.MIN_SAMENSTELLING:
        return None
    return kern


@dataclass
class Concepten:
    """The concepts as tokens: each variant (term, abbreviation, synonym) is a sequence of
    stems; a text that contains the sequence gets the variant's index tokens, a query that
    contains it asks for the variant's query tokens."""

    # first stem -> [(stems tuple, index tokens, query tokens)]
    varianten: dict = field(default_factory=dict)
    labels: dict = field(default_factory=dict)  # token -> term (for explanations)
    strikt: set = field(default_factory=set)  # the strict tokens (asked for by abbreviations)
    # issue 15: long forms that are lists ("bouwen, reclame, inritten, kappen en slopen" for
    # BRIKS): [(the items' stems, index tokens)]
    opsommingen: list = field(default_factory=list)

    def voeg_toe(self, token, term, varianten, afkortingen=()):
        """`varianten` are found as the token; `afkortingen` (and the term) also as the strict
        token, and a query with an abbreviation asks for the strict token only."""
        self.labels[token] = term
        strikt = strikt_token(token)
        self.strikt.add(strikt)
        kern = kernwoord(term) if afkortingen else None
        ruim = (ruim_token(token),) if kern else ()
        soorten = [(term, (token, strikt, *ruim), (token, *ruim))]
        soorten += [(v, (token,), (token,)) for v in varianten if v != term]
        soorten += [(a, (token, strikt, *ruim), (strikt,)) for a in afkortingen]
        if kern:
            soorten.append((kern, ruim, ruim))
        items = lijst_items(term) if afkortingen else []
        if items:
            self.opsommingen.append((frozenset(items), (token, strikt, *ruim)))
        for variant, index, vraag in soorten:
            stammen = tuple(stam(w) for w in woorden(variant))
            if stammen:
                lijst = self.varianten.setdefault(stammen[0], [])
                if not any(r[0] == stammen and r[1] == index for r in lijst):
                    lijst.append((stammen, index, vraag))

    def _gevonden(self, stammen):
        for i, s in enumerate(stammen):
            for reeks, index, vraag in self.varianten.get(s, ()):
                if tuple(stammen[i : i + len(reeks)]) == reeks:
                    yield i, len(reeks), index, vraag

    def treffers(self, stammen):
        """[(position, length, token)] for every variant this query names (query tokens)."""
        return [(i, n, t) for i, n, _index, vraag in self._gevonden(stammen) for t in vraag]

    def lange_vorm(self, strikt):
        """issue 15 (thesaurus): the tokens of the other concepts that name the whole long form
        of the concept whose strict token this is, as their term: "NNN", learned as
        "Natuurnetwerk Nederland", also asks for the thesaurus concept with that term (and so
        for its synonym "natuurnetwerk"). Not a concept that has the long form as a synonym
        only (often an older or looser name: "regionale uitvoeringsdienst" of omgevingsdienst),
        nor one named by a part of it ("omgevingsdienst" in "Omgevingsdienst Utrecht"), nor a
        broad token (ruim_token): the abbreviation stays with its own long form."""
        eigen = strikt.removesuffix(STRIKT)
        stammen = tuple(stam(w) for w in woorden(self.labels.get(eigen, "")))
        return {
            t
            for i, n, index, vraag in self._gevonden(stammen)
            if i == 0 and n == len(stammen) and any(x.endswith(STRIKT) for x in index)
            for t in vraag
            if t != eigen and not t.endswith((STRIKT, RUIM))
        }

    def in_stammen(self, stammen, delen=frozenset()):
        """The tokens of every concept this text names (index tokens). A long form that is a
        list counts as named when the text has its items, as words or as compound parts
        ("bouw-, reclame-, inrit-, kap- en sloopvergunningen"): all of them, or all but one
        of a list of more than three (lijst_items)."""
        uit = dict.fromkeys(t for _i, _n, index, _v in self._gevonden(stammen) for t in index)
        if self.opsommingen:
            aanwezig = set(stammen) | set(delen)
            for items, index in self.opsommingen:
                if len(items & aanwezig) >= max(afstemming.MIN_LIJST, len(items) - 1):
                    uit.update(dict.fromkeys(index))
        return list(uit)


_LIJST_SCHEIDING = re.compile(r"\s*,\s*|\s+(?:en/of|en|of)\s+")


def lijst_items(lange_vorm):
    """The stems of the items of a long form that is a list of single words, at least
    afstemming.MIN_LIJST of them ("bouwen, reclame, inritten, kappen en slopen"); else []."""
    items = [i for i in _LIJST_SCHEIDING.split(vouw(lange_vorm)) if i]
    if len(items) < afstemming.MIN_LIJST or any(len(woorden(i)) != 1 for i in items):
        return []
    return [stam(woorden(i)[0]) for i in items]


def concepten_uit(concepten):
    """Concepten from the registered concepts (search.register.Concept): each is found by
    its term, its abbreviations and its synonyms."""
    uit = Concepten()
    for concept in concepten:
        uit.voeg_toe(concept.token, concept.term, concept.synoniemen, concept.afkortingen)
    return uit


def opsomming(waarde):
    """The parts of a list written as text, separated by semicolons or new lines."""
    return [d.strip() for d in (waarde or "").replace("\n", ";").split(";") if d.strip()]


@dataclass
class Analyse:
    """The tokens of one text, by kind: exact words, stems, compound parts, concepts."""

    woorden: list
    exact: set
    stammen: set
    delen: set
    concepten: set

    def tokens(self):
        return self.exact | self.stammen | self.delen | self.concepten

    def als_dict(self):
        """Stored as space-separated strings: much faster to load than JSON lists."""
        return {
            "w": " ".join(sorted(self.exact)),
            "s": " ".join(sorted(self.stammen)),
            "d": " ".join(sorted(self.delen)),
            "c": " ".join(sorted(self.concepten)),
        }


# --- helper taal: enumerations with a left-out head -------------------------------------------
# "bouw-, kap- en sloopvergunningen": the words before the last leave out its head (the last
# part of the compound, found by splits). The analysis adds the written-out compounds
# ("bouwvergunningen", "kapvergunningen") and their parts.
_OPSOMMING = re.compile(r"((?:\b[a-z0-9]+-\s*,\s*)*\b[a-z0-9]+-)\s+(?:en|of|en/of)\s+([a-z0-9]+)\b")
_WEGGELATEN = re.compile(r"([a-z0-9]+)-")


def uitgeschreven(tekst, vocabulaire=frozenset()):
    """[(compound, modifier, head)] for every word of an enumeration that leaves its head out."""
    if "-" not in (tekst or ""):
        return []
    uit = []
    for m in _OPSOMMING.finditer(vouw(tekst)):
        delen = splits(m.group(2), vocabulaire)
        if len(delen) < 2:
            continue
        kop = delen[1]
        uit += [(deel + kop, deel, kop) for deel in _WEGGELATEN.findall(m.group(1))]
    return uit


# --- end helper taal ---


def analyseer(tekst, vocabulaire=frozenset(), concepten=None):
    lijst = woorden(tekst)
    stammen = [stam(w) for w in lijst]
    delen = set()
    for w in set(lijst):
        for deel in splits(w, vocabulaire):
            delen.add(stam(deel))
    extra = uitgeschreven(tekst, vocabulaire)
    for _woord, bepaling, kop in extra:
        delen.update((stam(bepaling), stam(kop)))
    return Analyse(
        woorden=lijst,
        exact=set(lijst) | {woord for woord, _b, _k in extra},
        stammen=set(stammen) | {stam(woord) for woord, _b, _k in extra},
        delen=delen - set(stammen),
        concepten=set(concepten.in_stammen(stammen, delen)) if concepten else set(),
    )
