"""The addresses of the load test, gathered over HTTP from the server under test (so `--url`
works the same): the pages of the sitemap, the register's filter values from its own form,
the feeds the pages announce, and agreement codes from the public JSON API."""

import json
import math
import random
import re
import urllib.error
import urllib.request
from urllib.parse import quote, urlsplit

# The mix: weight per page type (relative). A reader mostly arrives on one agreement or group
# page from a link or a search engine; the register with filters and the search follow.
GEWICHTEN = {
    "home": 8,
    "groep": 15,
    "register": 12,
    "afspraak": 25,
    "begrippen": 4,
    "begrip": 10,
    "zoeken": 10,
    "feed": 4,
    "api": 12,
}
GROEPEN = ("kennisnetwerken", "themagroepen", "projectgroepen")
ZOEKVRAGEN = [
    "geluid",
    "externe veiligheid",
    "toezicht op asbest",
    "omgevingsdienst",
    "vooroverleg bouwveiligheid",
    "bodem en grondwater",
]
REGISTER = 40  # filter combinations of the register (of kerninstrumenten x ketenpartners)
PARTNERS = ["gemeente", "provincie", "waterschap", "omgevingsdienst", "veiligheidsregio", "ggd"]


class Lezer:
    def __init__(self, basis, headers, timeout=30):
        self.basis = basis.rstrip("/")
        self.headers = headers
        self.timeout = timeout

    def tekst(self, pad):
        verzoek = urllib.request.Request(self.basis + pad, headers=self.headers)
        with urllib.request.urlopen(verzoek, timeout=self.timeout) as antwoord:
            return antwoord.read().decode("utf-8", "replace")


def _pad(adres):
    delen = urlsplit(adres)
    return delen.path + (f"?{delen.query}" if delen.query else "")


def soort_van(pad):
    """The page type of a path from the sitemap, or None for pages outside the mix."""
    stukken = [s for s in pad.split("?")[0].split("/") if s]
    if not stukken:
        return "home"
    if stukken[0] in GROEPEN and len(stukken) == 2:
        return "groep"
    if stukken[0] == "begrippen":
        return "begrippen" if len(stukken) == 1 else "begrip" if len(stukken) == 2 else None
    if stukken[0] == "afspraken" and len(stukken) == 2:
        return "afspraak"
    return None


def verzamel(lezer, details=200, zaad=1):
    """{page type: (weight, [paths])} for meten.Mix."""
    kans = random.Random(zaad)
    paden = {soort: [] for soort in GEWICHTEN}
    sitemap = lezer.tekst("/sitemap.xml")
    for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap):
        pad = _pad(loc)
        soort = soort_van(pad)
        if soort:
            paden[soort].append(pad)
    paden["home"] = ["/"]
    # The begrip pages are sub-pages of the glossary (not in the sitemap): its links.
    for lijst in paden["begrippen"]:
        html = lezer.tekst(lijst)
        links = re.findall(r'href="(?:https?://[^/"]+)?(/begrippen/[-\w]+/)"', html)
        paden["begrip"] = sorted(set(paden["begrip"]) | set(links))
    # Agreements: the sitemap may list only some; the register's JSON lists them all, a page
    # at a time: pages drawn from the whole register, so the details are spread over it.
    eerste = json.loads(lezer.tekst("/api/afspraken/"))
    nummers = range(2, eerste["paginas"] + 1)
    gevonden = {_pad(a["url"]): a["code"] for a in eerste["results"]}
    for nummer in kans.sample(nummers, min(len(nummers), math.ceil(details / 50))):
        lijst = json.loads(lezer.tekst(f"/api/afspraken/?pagina={nummer}"))
        gevonden.update({_pad(a["url"]): a["code"] for a in lijst["results"]})
    for pad in paden["afspraak"]:
        gevonden.setdefault(pad, None)
    afspraken = kans.sample(sorted(gevonden), min(details, len(gevonden)))
    paden["afspraak"] = afspraken
    # The register's filters as its form offers them (kerninstrument + ketenpartner, as bench).
    register = lezer.tekst("/afspraken/")
    keuze = re.search(r'<select[^>]*name="kerninstrument".*?</select>', register, re.S)
    instrumenten = re.findall(r'value="([^"]+)"', keuze.group(0)) if keuze else []
    combinaties = [
        f"/afspraken/?kerninstrument={quote(i)}&ketenpartner={p}"
        for i in instrumenten
        for p in PARTNERS
    ]
    paden["register"] = ["/afspraken/"] + kans.sample(combinaties, min(REGISTER, len(combinaties)))
    paden["zoeken"] = [f"/zoeken/?q={quote(v)}" for v in ZOEKVRAGEN]
    # The feeds: the register's, and those the group pages announce in their <head>.
    feeds = {"/afspraken/feed/"}
    for groep in paden["groep"][:10]:
        html = lezer.tekst(groep)
        for link in re.findall(r'<link[^>]+type="application/atom\+xml"[^>]*>', html):
            href = re.search(r'href="([^"]+)"', link)
            if href:
                feeds.add(_pad(href.group(1)))
    paden["feed"] = sorted(feeds)
    # The public JSON: lists and single agreements, of the register's API and of /api/v1.
    codes = [gevonden[p] for p in afspraken if gevonden[p]]
    paden["api"] = (
        ["/api/afspraken/", "/api/v1/afspraken", "/api/v1/begrippen", "/api/v1/organisaties"]
        + [f"/api/afspraken/{quote(c)}/" for c in codes[:50]]
        + [f"/api/v1/afspraken/{quote(c)}" for c in codes[50:100]]
    )
    return {soort: (GEWICHTEN[soort], paden[soort]) for soort in GEWICHTEN}
