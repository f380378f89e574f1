"""References to sources (layer 0: every app may use it): laws on wetten.overheid.nl with their
Juriconnect links, and the sources of a text such as the source of a begrip.

The register of afspraken shows the legal basis of an agreement with `grondslagen_uit_tekst`;
the glossary describes the source of a begrip with `bronnen_uit_tekst` (SKOS-AP-NL source
documents: a title and, where there is one, the page). Both build their links with `wet_url`."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

# Laws the register refers to, with their id in the Basiswettenbestand (wetten.overheid.nl).
WETTEN = {
    "omgevingswet": ("Omgevingswet", "BWBR0037885"),
    "ow": ("Omgevingswet", "BWBR0037885"),
    "omgevingsbesluit": ("Omgevingsbesluit", "BWBR0041278"),
    "ob": ("Omgevingsbesluit", "BWBR0041278"),
    "omgevingsregeling": ("Omgevingsregeling", "BWBR0045528"),
    "besluit kwaliteit leefomgeving": ("Besluit kwaliteit leefomgeving", "BWBR0041313"),
    "bkl": ("Besluit kwaliteit leefomgeving", "BWBR0041313"),
    "besluit activiteiten leefomgeving": ("Besluit activiteiten leefomgeving", "BWBR0041330"),
    "bal": ("Besluit activiteiten leefomgeving", "BWBR0041330"),
    "besluit bouwwerken leefomgeving": ("Besluit bouwwerken leefomgeving", "BWBR0041297"),
    "bbl": ("Besluit bouwwerken leefomgeving", "BWBR0041297"),
    "algemene wet bestuursrecht": ("Algemene wet bestuursrecht", "BWBR0005537"),
    "awb": ("Algemene wet bestuursrecht", "BWBR0005537"),
    "archiefwet": ("Archiefwet 1995", "BWBR0007376"),
    "archiefwet 1995": ("Archiefwet 1995", "BWBR0007376"),
    "wet ruimtelijke ordening": ("Wet ruimtelijke ordening", "BWBR0020449"),
    "wro": ("Wet ruimtelijke ordening", "BWBR0020449"),
    "wet algemene bepalingen omgevingsrecht": (
        "Wet algemene bepalingen omgevingsrecht",
        "BWBR0024779",
    ),
    "wabo": ("Wet algemene bepalingen omgevingsrecht", "BWBR0024779"),
    "wet veiligheidsregio's": ("Wet veiligheidsregio's", "BWBR0027466"),
    "wet publieke gezondheid": ("Wet publieke gezondheid", "BWBR0024705"),
    "wet kwaliteitsborging voor het bouwen": (
        "Wet kwaliteitsborging voor het bouwen",
        "BWBR0042992",
    ),
}
_VERWIJZING = re.compile(
    r"^(?P<wet>.+?)\s*(?:,\s*)?(?:art(?:ikel|\.)?\s*(?P<artikel>[\w.:]+))?$", re.I
)


def grondslagen_uit_tekst(tekst):
    """Split "Omgevingswet art. 2.2; Omgevingsbesluit art. 10.7" into structured references:
    dicts with wet, artikel, bwb_id and url (url only for laws we know)."""
    verwijzingen = []
    for deel in re.split(r"[;\n]", tekst or ""):
        deel = deel.strip()
        if not deel:
            continue
        match = _VERWIJZING.match(deel)
        wet_tekst, artikel = match["wet"].strip(), (match["artikel"] or "").rstrip(".")
        bekend = WETTEN.get(wet_tekst.lower())
        url, bwb_id = "", ""
        if bekend:
            wet_tekst, bwb_id = bekend
            url = wet_url(bwb_id, artikel)
        verwijzingen.append(
            {"tekst": deel, "wet": wet_tekst, "artikel": artikel, "bwb_id": bwb_id, "url": url}
        )
    return verwijzingen


def wet_url(bwb_id, artikel=""):
    """The page of a law on wetten.overheid.nl, or of one article (a Juriconnect link)."""
    if artikel:
        return f"https://wetten.overheid.nl/jci1.3:c:{bwb_id}&artikel={artikel}"
    return f"https://wetten.overheid.nl/{bwb_id}/"


_URL = re.compile(r"https?://[^\s<>\"]+", re.I)
# "Omgevingswet, art. 5.1 en 16.64" and "Omgevingswet, art. 2.2, 2.4, 2.5 en 2.6"
_ARTIKELEN = re.compile(
    r"^(?P<wet>.+?)\s*,?\s*art(?:ikel(?:en)?|\.)?\s*"
    r"(?P<nummers>[\w.:]+(?:\s*(?:,|\ben\b)\s*[\w.:]+)+)$",
    re.I,
)
# "Omgevingswet, afdeling 20.6": a part of a known law that has no article number
_WET_EN_REST = re.compile(r"^(?P<wet>[^,]+),")


def _web_bron(deel):
    match = _URL.search(deel)
    if not match:
        return None
    url = match[0].rstrip(".,;:)")
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return None
    rest = deel[: match.start()] + deel[match.start() + len(url) :]
    titel = " ".join(re.sub(r"\(\s*\)", " ", rest).split()).strip(" ,;:-–.")
    return {"titel": titel or url, "url": url, "wet": False}


def _wet_bronnen(deel):
    lijst = _ARTIKELEN.match(deel)
    stukken = (
        [
            f"{lijst['wet']} art. {nummer}"
            for nummer in re.split(r"\s*(?:,|\ben\b)\s*", lijst["nummers"])
        ]
        if lijst
        else [deel]
    )
    bronnen = []
    for stuk in stukken:
        grondslag = grondslagen_uit_tekst(stuk)[0]
        if not grondslag["url"]:
            return None
        titel = grondslag["wet"]
        if grondslag["artikel"]:
            titel = f"{titel}, artikel {grondslag['artikel']}"
        bronnen.append({"titel": titel, "url": grondslag["url"], "wet": True})
    return bronnen


def bronnen_uit_tekst(tekst):
    """The sources in a text such as "Omgevingswet, art. 5.1 en 16.64; Convenant, art. 1":
    a list of {"titel", "url", "wet"}, one per law article, web page or other source ("url"
    empty when the source has no page we know; "wet" true for a law on wetten.overheid.nl).
    Parts are separated by ";" or a new line, as in the register's legal basis."""
    bronnen = []
    for deel in re.split(r"[;\n]", tekst or ""):
        deel = deel.strip()
        if not deel:
            continue
        web = _web_bron(deel)
        if web:
            bronnen.append(web)
            continue
        wet = _wet_bronnen(deel)
        if wet:
            bronnen.extend(wet)
            continue
        deel_van_wet = _WET_EN_REST.match(deel)
        bekend = deel_van_wet and WETTEN.get(deel_van_wet["wet"].strip().lower())
        url = wet_url(bekend[1]) if bekend else ""
        bronnen.append({"titel": deel, "url": url, "wet": bool(bekend)})
    return bronnen
