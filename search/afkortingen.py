"""Abbreviations that a Dutch text defines itself, found in the style of Schwartz & Hearst
(2003): "lange vorm (AFK)" and "AFK (lange vorm)".

A candidate abbreviation is checked letter by letter against the words before the parentheses
(or inside them): its first letter must start the long form, the other letters follow in order,
also inside a compound ("bopa (buitenplanse omgevingsplanactiviteit)", "MER
(milieueffectrapport)"), and every content word of the long form must give at least one
letter (function words such as "van" and "de" may give none: "Vereniging van Nederlandse
Gemeenten (VNG)"). The shortest long form that fits wins, as in Schwartz & Hearst.

Few false positives matter more than catching every definition: a year, an article reference,
"(zie bijlage)", "(o.a. ...)" or an ordinary word in parentheses is never an abbreviation, and
an abbreviation in lower case ("bopa") must stand alone in its parentheses and may not be a
piece of its long form ("gem (gemeente)" defines nothing)."""

import re
from dataclasses import dataclass

from search import analyse

# Letters and digits of an abbreviation, at most, and at least.
MAX_AFKORTING = 10
MIN_AFKORTING = 2
# A lower-case abbreviation ("bopa", "mer") is at most this long: longer ones are words.
MAX_KLEIN = 6
# Longest text inside parentheses that is looked at (characters).
MAX_HAAKJES = 150
# Words that may sit inside a long form without giving a letter (Dutch function words).
FUNCTIEWOORDEN = frozenset(
    "de het een van der den voor en in op met over bij tot aan te ter ten om of".split()
)
# Parentheses that start like this explain or refer; they never define an abbreviation.
GEEN_DEFINITIE = re.compile(
    r"^\s*(zie|vgl|vergelijk|o\.?a\.?|bijv|bv|bijvoorbeeld|art|artikel|lid|p|pag|blz|nr|"
    r"d\.?w\.?z|e\.?d|etc|incl|excl|max|min|ca|circa)\b",
    re.IGNORECASE,
)
# What may precede the abbreviation inside the parentheses: "(hierna: ODU)".
INLEIDING = re.compile(r"^\s*(hierna(\s+te\s+noemen)?|verder|kortweg|afgekort)\s*[:,]?\s*", re.I)
_HAAKJES = re.compile(r"\(([^()]{1," + str(MAX_HAAKJES) + r"})\)")
_AFKORTING = re.compile(r"^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]*(?:[-&][A-Za-zÀ-ÿ0-9]+)*$")
# A word of a long form: letters, with hyphens inside ("Noord-Holland").
_WOORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Where a long form before the parentheses stops looking further back.
_GRENS = re.compile(r"[.;:!?()\[\]\n\"“”]|\s[-–]\s")


@dataclass(frozen=True)
class Definitie:
    """One abbreviation with its long form, folded (for matching) and as written."""

    afkorting: str  # "odu"
    weergave: str  # "ODU"
    lange_vorm: str  # "omgevingsdienst utrecht"
    lange_vorm_weergave: str  # "Omgevingsdienst Utrecht"

    @property
    def sleutel(self):
        return (self.afkorting, self.lange_vorm)


def _letters(tekst):
    return re.sub(r"[^a-z0-9]", "", analyse.vouw(tekst))


def _hoofdletters(tekst):
    return sum(1 for c in tekst if c.isupper())


def lijkt_afkorting(woord):
    """Whether this word can be an abbreviation by its shape: 2-10 letters or digits, starting
    with a letter, with at least two capitals ("ODU", "B-PSO", "WaBo"), one capital and at most
    MAX_KLEIN letters ("Wabo"), or in lower case at most MAX_KLEIN letters ("bopa")."""
    if not _AFKORTING.match(woord):
        return False
    letters = _letters(woord)
    if not MIN_AFKORTING <= len(letters) <= MAX_AFKORTING or not letters[0].isalpha():
        return False
    if letters.isdigit():
        return False
    if _hoofdletters(woord) >= 2:
        return True
    return len(letters) <= MAX_KLEIN


def _is_klein(woord):
    """Not written in capitals: a lower-case abbreviation must pass stricter checks."""
    return _hoofdletters(woord) < 2


def _past(afkorting, woorden):
    """Whether the letters of `afkorting` can be read from these long-form words (folded):
    the first letter starts the first word, every letter follows in order, and every content
    word gives at least one letter. Backtracking over the few possibilities."""
    tekst = " ".join(woorden)
    # the word index of every position in tekst (-1 for the spaces)
    woord_van, nummer = [], 0
    for c in tekst:
        if c == " ":
            woord_van.append(-1)
            nummer += 1
        else:
            woord_van.append(nummer)
    inhoud = {i for i, w in enumerate(woorden) if w not in FUNCTIEWOORDEN}
    if not afkorting or not tekst or tekst[0] != afkorting[0] or 0 not in inhoud:
        return False
    stappen = [0]  # a bound on the work: at most a few thousand steps per candidate

    def zoek(i, positie, gedekt):
        stappen[0] += 1
        if stappen[0] > 5000:
            return False
        if i == len(afkorting):
            return inhoud <= gedekt
        # the words after the last one the remaining letters can reach stay uncovered
        for p in range(positie + 1, len(tekst)):
            if tekst[p] == afkorting[i]:
                w = woord_van[p]
                if zoek(i + 1, p, gedekt | {w}):
                    return True
        return False

    return zoek(1, 0, {0})


def _lange_vorm_ervoor(afkorting, voor):
    """The shortest long form at the end of `voor` (the text before the parentheses) that
    fits the abbreviation, as (folded words, the long form as written), or None. A comma may
    sit inside ("Vergunningverlening, Toezicht en Handhaving (VTH)")."""
    stuk = _GRENS.split(voor)[-1]
    treffers = list(_WOORD.finditer(stuk))
    if not treffers or re.search(r"\d", stuk[treffers[-1].end() :]):
        return None
    maximum = min(len(afkorting) + 5, 2 * len(afkorting))
    gevouwen = [analyse.vouw(t.group()).replace("-", "") for t in treffers]
    for begin in range(len(gevouwen) - 1, max(-1, len(gevouwen) - maximum - 1), -1):
        woorden = gevouwen[begin:]
        if woorden[0] in FUNCTIEWOORDEN:
            continue
        if _past(afkorting, woorden):
            geschreven = stuk[treffers[begin].start() : treffers[-1].end()]
            return woorden, " ".join(geschreven.split())
    return None


def _definitie(weergave, woorden, geschreven):
    afkorting = _letters(weergave)
    lang = " ".join(woorden)
    if _is_klein(weergave):
        # a lower-case abbreviation is no piece of its long form ("gem (gemeente)"), and its
        # long form is clearly longer than the abbreviation itself
        if afkorting in lang.replace(" ", "") or len(lang) < 2 * len(afkorting):
            return None
    if afkorting == lang.replace(" ", ""):
        return None
    return Definitie(afkorting, weergave, lang, geschreven)


def _afkorting_binnen(binnen):
    """The abbreviation inside parentheses, "(ODU)", "(hierna: ODU)", "(ODU in oprichting)",
    or None. Only one in capitals may have words after it."""
    binnen = INLEIDING.sub("", binnen).strip()
    binnen = re.split(r"[,;]", binnen)[0].strip()
    woorden = binnen.split()
    if not woorden or len(woorden) > 4:
        return None
    eerste = woorden[0]
    if not lijkt_afkorting(eerste):
        return None
    if len(woorden) > 1 and _is_klein(eerste):
        return None
    return eerste


def definities(tekst):
    """Every abbreviation this text defines, in order of appearance, each once."""
    gevonden = {}
    if not tekst or "(" not in tekst:
        return []
    for m in _HAAKJES.finditer(tekst):
        binnen = m.group(1)
        if GEEN_DEFINITIE.match(binnen) or "." in binnen and not INLEIDING.match(binnen):
            continue
        definitie = _lange_vorm_dan_afkorting(tekst, m, binnen) or _afkorting_dan_lange_vorm(
            tekst, m, binnen
        )
        if definitie and definitie.sleutel not in gevonden:
            gevonden[definitie.sleutel] = definitie
    return list(gevonden.values())


def _lange_vorm_dan_afkorting(tekst, m, binnen):
    """ "Omgevingsdienst Utrecht (ODU)" """
    weergave = _afkorting_binnen(binnen)
    if weergave is None:
        return None
    uitkomst = _lange_vorm_ervoor(_letters(weergave), tekst[max(0, m.start() - 300) : m.start()])
    return _definitie(weergave, *uitkomst) if uitkomst else None


def _afkorting_dan_lange_vorm(tekst, m, binnen):
    """ "MER (milieueffectrapport)", "bopa (buitenplanse omgevingsplanactiviteit)" """
    voor = tekst[max(0, m.start() - 40) : m.start()]
    woord = re.search(r"(\S+)\s*$", voor)
    weergave = _afkorting_voor_haakjes(woord.group(1)) if woord else None
    if weergave is None:
        return None
    if re.search(r"\d", binnen) or _GRENS.search(binnen):
        return None
    geschreven = _WOORD.findall(binnen)
    afkorting = _letters(weergave)
    if not geschreven or len(geschreven) > min(len(afkorting) + 5, 2 * len(afkorting)):
        return None
    woorden = [analyse.vouw(w).replace("-", "") for w in geschreven]
    if len("".join(woorden)) <= len(afkorting) or not _past(afkorting, woorden):
        return None
    return _definitie(weergave, woorden, " ".join(binnen.split()))


def _afkorting_voor_haakjes(woord):
    """The abbreviation a word before parentheses can be: the word itself ("MER", "bopa"), or
    the capitals that start a compound written with a hyphen, as Dutch writes compounds with
    an abbreviation ("BRIKS-taken (bouwen, reclame, ...)", "RUD-regio"); None otherwise."""
    if lijkt_afkorting(woord) and "-" not in woord:
        return woord
    kop, _streep, staart = woord.partition("-")
    if staart.isalpha() and kop.isupper() and lijkt_afkorting(kop):
        return kop
    return woord if lijkt_afkorting(woord) else None
