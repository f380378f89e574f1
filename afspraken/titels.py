"""Text rules of an agreement that do not need the database: the title derived from the text
of the agreement, the rest of the text after that title (the register list shows it), and the
editorial marker "[samenvatting]" of the source data.

A derived title never cuts a word. It is the first sentence of the agreement. A first sentence
longer than TITEL_MAX stops before a subordinate clause (", zodat …"), so the title is a
complete main clause; without such a clause a sentence up to TITEL_UITLOOP stays whole (better
than a title that leaves off its last few words); a longer one stops after the last whole word
that fits and ends in "…". The page always shows the full text of the agreement."""

import re

from django.utils.text import slugify

# Longest derived title, in characters: long enough for the first sentence of most agreements
# in the national table (median about 165), short enough for a heading that stays readable at
# 320 px and for a search result. An editor may give any title up to the field's 250.
TITEL_MAX = 150
# The length of the title field (Uitvoeringsafspraak.titel).
TITEL_VELD = 250
# Without a clause boundary, a first sentence up to this length is still the whole title.
TITEL_UITLOOP = 180
# A clause boundary is used only when the title before it keeps at least this many characters.
TITEL_MIN = 40

# Words that, after a comma, start a subordinate or explanatory part: what comes before is a
# complete main clause (Dutch conjunctions and relative pronouns).
_BIJZIN = (
    "zodat|voordat|nadat|omdat|opdat|waarbij|waardoor|waarmee|waarna|waarin|wanneer|terwijl|"
    "tenzij|mits|indien|zoals|onder meer|bijvoorbeeld|met name|in het bijzonder|die|dat|wat|"
    "welke|waar|om"
)
_BIJZIN_GRENS = re.compile(rf",\s+(?=(?:{_BIJZIN})\b)", re.IGNORECASE)
# Words a title cut after the last whole word should not end on: "… sanitaire voorzieningen en…"
# reads as "… sanitaire voorzieningen…".
_LOSSE_EINDWOORDEN = {
    "aan", "als", "bij", "dat", "de", "die", "door", "een", "en", "het", "in", "maar", "met",
    "na", "naar", "of", "om", "op", "over", "tot", "uit", "van", "voor", "zodat", "zoals",
}  # fmt: skip
# Sentence ends: . ! ? followed by a capital or digit, or ; : followed by anything. A full stop
# after an abbreviation ("art. 2.2", "o.a. de", "bijv. een") does not end a sentence.
_ZINSEINDE = re.compile(r"(?:(?<=[.!?])\s+(?=[A-ZÀ-Þ0-9\"'“‘(])|(?<=[;:])\s+)")
_AFKORTING = re.compile(
    r"(?:\b(?:art|artt|bijv|bv|nr|nrs|jo|lid|o\.a|i\.v\.m|m\.b\.t|m\.u\.v|e\.d|e\.a|enz|etc|"
    r"incl|excl|ca|resp|zgn|mr|dr|ir|drs|prof)\.|\b\w\.)$",
    re.IGNORECASE,
)

SAMENVATTING_MARKERING = re.compile(r"^\s*\[\s*samenvatting\s*\]\s*:?\s*", re.IGNORECASE)


def eerste_zin(tekst):
    """The first sentence (or the part before the first ; or :) of a text, without its final
    punctuation."""
    tekst = " ".join((tekst or "").split())
    for grens in _ZINSEINDE.finditer(tekst):
        voor = tekst[: grens.start()]
        if voor.endswith(".") and _AFKORTING.search(voor):
            continue
        tekst = voor
        break
    return tekst.rstrip(" .;:!?")


def titel_uit_tekst(tekst):
    """The title derived from the text of an agreement: never a cut word (see the module)."""
    zin = eerste_zin(tekst)
    if len(zin) <= TITEL_MAX:
        return zin
    grenzen = [
        m.start() for m in _BIJZIN_GRENS.finditer(zin) if TITEL_MIN <= m.start() <= TITEL_MAX
    ]
    if grenzen:
        return zin[: grenzen[-1]]
    if len(zin) <= TITEL_UITLOOP:
        return zin
    woorden = zin[:TITEL_MAX].split(" ")
    if zin[TITEL_MAX] != " ":
        woorden.pop()  # the last word does not fit whole
    while woorden and (
        woorden[-1].lower().strip(",;:") in _LOSSE_EINDWOORDEN or not woorden[-1].strip(",;:-–")
    ):
        woorden.pop()
    if not woorden:  # one enormous word (a web address?): never cut it
        return zin if len(zin) <= TITEL_VELD else zin[: TITEL_VELD - 1] + "…"
    return " ".join(woorden).rstrip(",;:-– ") + "…"


def slug_basis(titel, maximum):
    """The start of an agreement's slug: its title as a slug, at most `maximum` characters and
    cut between words (the address of an existing agreement never changes)."""
    slug = slugify(titel)
    if len(slug) > maximum:
        slug = slug[: maximum + 1].rsplit("-", 1)[0] if "-" in slug[:maximum] else slug[:maximum]
    return slug.strip("-") or "afspraak"


def tekst_na_titel(titel, tekst):
    """What the text of an agreement says after its title, when the title is the start of the
    text (a derived title); the whole text when the title is the editor's own; "" when the title
    already is the whole text."""
    tekst = " ".join((tekst or "").split())
    begin = (titel or "").removesuffix("…").rstrip()
    if not begin or not tekst.startswith(begin):
        return tekst
    rest = tekst[len(begin) :].lstrip(" .;:,")
    if not rest:
        return ""
    if titel.endswith("…"):
        return "…" + rest
    return rest if rest[0].isupper() else "… " + rest


def scheid_samenvatting(juridische_tekst):
    """("text without the marker", True) for a juridische_tekst marked "[samenvatting] …" in
    the source data (a summary, not the literal legal text); (text, False) otherwise."""
    tekst = juridische_tekst or ""
    zonder, aantal = SAMENVATTING_MARKERING.subn("", tekst, count=1)
    return (zonder, True) if aantal else (tekst, False)
