"""Every tuned number of the search, in one place.

The steps (vraag, kandidaten, toegang, rangschikking, markering, facetten, indexeren, analyse)
read these as `afstemming.NAAM` at call time, so a test can change one with monkeypatch; one
exception is fixed at import: the field weights TITEL .. LAAG, which the soorten import by name.
Changing a value here changes what users find: run the relevance set
(tests/search/test_relevantie.py, `make relevance`) on SQLite and PostgreSQL afterwards."""

# --- limits on the question ------------------------------------------------------------------

# Longest query accepted (characters); longer ones get a Dutch 400: no real question is longer.
MAX_LENGTE = 1000
# Words of a query that are used; the rest is ignored, so a pasted text cannot make a huge query.
MAX_WOORDEN = 30
# Longest facet filter value taken from the URL (characters): no facet value is longer.
MAX_FILTERWAARDE = 200
# Highest result page that can be asked for: deeper pages are never used and only cost time.
MAX_PAGINA = 500
# Longest input for autocomplete (characters) before it answers 400.
MAX_SUGGESTIEVRAAG = 200

# --- typo correction ("Bedoelde u ...?") -----------------------------------------------------

# Words shorter than this are not corrected: short words have too many close neighbours.
MIN_VERBETER = 4
# Up to this length KORT_AFSTAND edits may be corrected, longer words LANG_AFSTAND (Levenshtein):
# one typo in a short word, two in a long one, without drifting to unrelated words.
KORT_WOORD = 6
KORT_AFSTAND = 1
LANG_AFSTAND = 2
# Close vocabulary words asked from rapidfuzz per unknown word.
VERBETER_KANDIDATEN = 5
# Of those, the closest ones also searched for (as fuzzy tokens).
VERBETER_GEBRUIKT = 3

# --- retrieval -------------------------------------------------------------------------------

# Candidates ranked with the Dutch scoring: the first two pages of results.
KANDIDATEN = 40
# For a phrase query: documents with every word of the phrase, checked for the phrase itself.
KANDIDATEN_ZIN = 100
# Results counted and faceted; beyond this the count says "more than".
MAX_TREFFERS = 500
# Results per page.
PER_PAGINA = 20
# How many matching documents the database may rank per query: tokens that together occur in
# more documents are fetched unranked (ranking costs time per matching document, and a token
# found in most documents hardly tells them apart).
SELECTIEF = 5_000
# Ids checked per query against access and filters on SQLite (it allows at most 999 parameters).
SQLITE_PARAMETERS = 900

# --- ranking ---------------------------------------------------------------------------------

# How well a query term matches a field, by kind of match: exact above stemmed above concept
# (begrip synonym/abbreviation) above compound part above all parts of a compound above fuzzy.
EXACT = 1.0
STAM = 0.85
CONCEPT = 0.8
DEEL = 0.6
SAMENGESTELD = 0.55
FUZZY = 0.45
# A fuzzy word found only by its stem or as a compound part: weaker than a fuzzy word itself.
FUZZY_STAM = 0.8
# Compound parts of a query word that must all be present for SAMENGESTELD (the first two).
SAMENGESTELD_DELEN = 2
# Bonus for short fields, as in BM25: a title of one word gets 1 + this, longer ones less.
KORT_VELD = 0.3
# Added to every term's idf, so a word that occurs everywhere still counts a little.
IDF_MINIMUM = 0.5
# Score = sum * (DEKKING_BASIS + DEKKING_GEWICHT * coverage²): documents that match more of
# the query words rank clearly higher, but one strong match of one word still shows.
DEKKING_BASIS = 0.2
DEKKING_GEWICHT = 0.8

# Field weights set by the soorten: title and agreement text above everything else,
# explanatory text (toelichting) below.
TITEL = 3.0
HOOFD = 2.5
BELANGRIJK = 2.0
GEWOON = 1.0
LAAG = 0.7
# Fields at or above this weight go into the index's title column (boosted by the backend).
ZWAAR = 2.0
# The boost of a model's own SearchField from which a field counts as BELANGRIJK.
BELANGRIJK_BOOST = 2

# --- highlighting ----------------------------------------------------------------------------

# Length of a snippet (characters).
FRAGMENT = 240
# A snippet starts at the text's beginning unless the first match lies further than
# FRAGMENT // VERDER_DAN; then it starts FRAGMENT // AANLOOP characters before that match,
# so the match shows with some context before it.
VERDER_DAN = 3
AANLOOP = 4
# Characters of a text searched for a match; beyond it the snippet is the text's beginning.
MAX_SCAN = 20_000
# Words at least this long are checked for a searched compound part.
MIN_SAMENSTELLING = 8

# --- analysis and index ----------------------------------------------------------------------

# Shortest compound part (letters): shorter parts ("in", "op") split far too much.
MIN_DEEL = 4
# A compound part not in the vocabulary must be at least this long.
MIN_ONBEKEND = 5
# Shortest word of the vocabulary used for compound splitting.
MIN_VOCABULAIRE = 4
# Bulk writes (e.g. an import) of more objects than this rebuild the whole index instead.
HERBOUW_VANAF = 500
# Documents written per batch during a rebuild.
BATCH = 1000
# Objects read per database round trip while rebuilding, and stale documents removed at once.
STUK = 500
# issue 16: values a rebuild remembers for the objects that share them (search.opbouw.onthoud,
# e.g. the public title of a group: a few hundred groups at most), then started afresh.
HERBOUW_MEMO = 10_000
# issue 16: texts whose analysis a rebuild remembers (search.opbouw.analysator), least recently
# used out first. An agreement has 13 fields, 7 of which take one of a few values; a few
# thousand texts of at most a few kB keep the memory of a rebuild bounded (~10 MB).
ANALYSE_GEHEUGEN = 4_000
# Characters of a document's text read for the index.
MAX_DOCUMENTTEKST = 200_000
# Characters of a text kept as the result's summary.
SAMENVATTING = 300

# --- memory per index version ----------------------------------------------------------------

# Cached things per index version (vocabulary, document frequencies, ...) before clearing.
MAX_GEHEUGEN = 50
# Tokens whose document frequency is remembered before that memory is cleared.
MAX_DF = 100_000
# Words whose compound parts are remembered for highlighting before that memory is cleared.
MAX_DELEN = 50_000

# --- autocomplete ----------------------------------------------------------------------------

# Suggestions returned; half of them may be completed words, the rest titles.
SUGGESTIES = 8
# Letters of the last typed word before autocomplete suggests anything.
MIN_SUGGESTIE = 2
# Typed characters used for autocomplete.
SUGGESTIE_INVOER = 100
# Last typed words sent to the backend's autocomplete.
SUGGESTIE_WOORDEN = 4
# Titles fetched from the backend's autocomplete before the access check.
SUGGESTIE_TITELS = 20
# Word stems remembered (the stemmer's results; the memory starts afresh when full).
MAX_STAMMEN = 100_000

# --- issue 15: learned abbreviations and organisations as concepts ---------------------------

# How well a query term matches a field through a concept of another source than the glossary
# (CONCEPT above): an organisation's name or abbreviation (organisaties.Organisatie) is edited
# by coördinatoren, so it counts just below a begrip; an abbreviation learned from the content
# ("Omgevingsdienst Regio Arnhem (ODRA)") below that. Both above a compound part (DEEL).
CONCEPT_ORGANISATIE = 0.75
CONCEPT_GELEERD = 0.7
# A learned abbreviation is used for expansion once this many public documents define it.
GELEERD_MIN_DOCUMENTEN = 1
# --- issue 15: ranking by the question's meaning ---------------------------------------------

# The question's frame: words that say what kind of answer is wanted, not what it is about.
# The one list, compared by stem. Question words and verbs of a question always frame it
# ("hoe", "wie", "mag", "moet", "wat doet"); frame nouns only where they are used as a frame:
# followed by a function word ("afspraken over", "afspraken met", "rol van ... bij", "regels
# voor") or after a question word ("welke regels"). Most function words ("over", "met", "van",
# "bij", "wat", "is") are stop words already (analyse.STOPWOORDEN). A frame word counts as
# content when the question has nothing else, or when it is part of a begrip of several words.
VRAAGWOORDEN = frozenset(
    """hoe wat welke welk wie waar wanneer waarom mag mogen moet moeten kan kunnen gaat gaan
    doet doen geldt gelden zit zitten staat staan is zijn wordt worden heeft hebben""".split()
)
KADERWOORDEN = frozenset(
    """afspraak afspraken afgesproken regel regels rol rollen taak taken informatie
    verantwoordelijkheid samenwerking samenwerken""".split()
)
KADERVOORZETSELS = frozenset(
    """over met van voor bij rond omtrent inzake tussen in op om aan""".split()
)
# Weight of a frame word against a content word of the same rarity: enough to order two
# documents with the same content, never enough to lift a document that has only the frame.
KADER = 0.1
# Score = sum * (DEKKING_BASIS + DEKKING_GEWICHT * coverage²) where coverage is the share of
# the question's concepts (weighted by idf and frame) the document has; a concept of several
# words that a document has only partly counts for this power of the share of its words it has
# (0.5 words of "omgevingsdienst utrecht" is not half the concept).
DEEL_BEGRIP = 1.5
# A document with only the head of a compound of the question (its last part, "lozingen" of
# "afvalwaterlozingen"; not the modifier, "werk" of "werkagenda"): below every other kind of
# match, and it covers the word for DEELS_DEKKING only.
DEELS = 0.2
DEELS_DEKKING = 0.3
# Proximity: neighbouring concepts of the question that occur within NABIJ words of each
# other in one field (a title, a paragraph of agreement text) multiply the score by up to
# 1 + NABIJHEID; within NABIJ_DIRECT words (next to each other, as a phrase) fully, further
# apart half.
NABIJ = 8
NABIJ_DIRECT = 2
NABIJHEID = 0.4
# A word of the question found in several fields (the kerninstrument, the keywords and the
# text of an agreement) is more central to the document than one mentioned once: its best
# field counts fully, the other fields (not those with only the head of a compound, DEELS)
# for this share of their score, up to MEER_VELDEN_MAX times the best.
MEER_VELDEN = 0.25
MEER_VELDEN_MAX = 0.5
# Characters of a field scanned for proximity: the opening of a long text says enough.
NABIJ_TEKST = 5_000
# Retrieval for questions of several concepts: first the documents that have every concept
# (AND of the concepts' tokens), up to this many, ranked by the backend; with three or more
# concepts also those missing one of them; then the usual OR query fills up.
KANDIDATEN_ALLE = 40
# Candidates ranked with the Dutch scoring for a question of several concepts (more than
# KANDIDATEN: the documents with most concepts must reach the ranking).
KANDIDATEN_BEGRIPPEN = 60
# --- helper taal: derivations and phrases ----------------------------------------------------

# Shortest part of a word left before a derivational ending (analyse.AFLEIDINGEN) for the word
# to be taken back to its verb: "adviseur" (advis-eur) and "participatie" (particip-atie) are,
# "kleur" and "natie" are not. Changing it changes the index (re-index after an update).
MIN_AFLEIDING_STAM = 4
# The finite verb of a question comes right after the interrogative ("wie adviseert over ...",
# "hoe betrekken we ..."): it says what is done, the nouns say what the question is about; it
# counts for this share of a content word of the same rarity (frame words: KADER).
VRAAGVOORNAAMWOORDEN = frozenset("hoe wie wat waar wanneer waarom".split())
VRAAGWERKWOORD = 0.5
# --- end helper taal ---
# --- issue 15 (samenstelling): a compound typed as its separate parts -----------------------

# How well a word of the question matches a field that has a compound of the vocabulary it
# forms with a neighbouring word of the question ("strategie toezicht" in "toezichtstrategie",
# analyse.samenstellingen): as strongly as the word itself, so the compound ranks with the
# documents that have both words (a compound with only one of them stays a part, DEEL).
SAMENSTELLING_GETYPT = 1.0
# --- end issue 15 (samenstelling) ------------------------------------------------------------
# --- issue 15 (rang): laws, common words, typos in long compounds -----------------------------

# How well a query term matches a field through a law's name or abbreviation ("Ow" for
# "Omgevingswet", verwijzingen.WETTEN, registered by the afspraken): as a begrip.
CONCEPT_WET = 0.8
# A match through the broad token of a concept with an abbreviation (analyse.ruim_token: a text
# that says "bopa" for the question "omgevingsplanactiviteit", or "het Natuurnetwerk" for
# "Natuurnetwerk Nederland") counts for this share of the concept's weight: below a compound part (DEEL), above
# the head of a compound alone (DEELS).
RUIM = 0.45
# --- end issue 15 (rang)
# --- issue 15 (thesaurus): the standard thesaurus of the Omgevingswet (begrippen/thesaurus.py) --
# An equivalent name from the thesaurus ("NNN", "Natuurnetwerk Nederland", "natuurnetwerk"):
# as a law's name, below the glossary that editors keep.
CONCEPT_THESAURUS = 0.65
# A related term ("omgevingsplan van rechtswege" for "bruidsschat"): a text about a related
# subject ranks after the texts with the question's own words (and their compound parts).
CONCEPT_VERWANT = 0.35
# A long form that is a list of single words ("bouwen, reclame, inritten, kappen en slopen" for
# BRIKS; "vergunningverlening, toezicht en handhaving" for VTH) of at least this many items: a
# text that names every item (or all but one of a longer list) names the abbreviation's concept.
MIN_LIJST = 3
# A related term held by more documents than this picks no candidates (search.zoeker): at
# 100,000 agreements a related term such as "omgevingsvisie" is in thousands of them, and the
# retrieval would go through them all for results that rank below the question's own words.
VERWANT_OPHALEN = 500
# --- end issue 15 (thesaurus) ---
# --- helper verwant: related results of a phrase question ------------------------------------

# A phrase question ("ambtelijk vooroverleg") with fewer exact results than a page holds shows,
# after them, what the same words without quotes find (marked as related, not counted): at most
# this many, and never more than the page has room for. Enough to show the documents about the
# subject that word it differently, few enough that the exact results stay the point.
VERWANT = 10
# --- end helper verwant ---
