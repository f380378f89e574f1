"""The convenant page from the one Markdown text of the convenant (also the Sjabloon of
materialen): "## Considerans…" and every "## Artikel N titel" / "## Bijlage N titel" section
become the considerans and the articles. Paragraphs are separated by a blank line; a Markdown
bullet "- " becomes the en dash of the original; a bullet that is only a heading (B-PSO, …)
takes the plain paragraphs under it, as "– kop – tekst"."""

import re

KOP = re.compile(r"^## ", flags=re.MULTILINE)
ARTIKEL = re.compile(r"(Artikel (\d+)|Bijlage \d+) (.+)")
GENUMMERD = re.compile(r"\d+\. ")


def _alineas(tekst):
    return [a.strip() for a in tekst.strip().split("\n\n") if a.strip()]


def _leden(alineas):
    leden = []
    kop_open = False  # the last lid is a bullet heading that takes the plain paragraphs below
    for alinea in alineas:
        if alinea.startswith("- "):
            leden.append("– " + alinea[2:])
            kop_open = not alinea.endswith((".", ";", ":"))
        elif kop_open and not GENUMMERD.match(alinea):
            scheiding = " – " if leden[-1].count(" – ") == 0 else " "
            leden[-1] += scheiding + alinea
        else:
            leden.append(alinea)
            kop_open = False
    return leden


def lees_convenant(tekst):
    """{"considerans": [...], "artikelen": [{"nummer", "titel", "inleiding", "leden"}]}"""
    considerans, artikelen = [], []
    for sectie in KOP.split(tekst)[1:]:
        kop, _, rest = sectie.partition("\n")
        alineas = _alineas(rest)
        if kop.startswith("Considerans"):
            # after "Doel, belangen en uitgangspunten" and "Partijen:" come the numbered points
            considerans = alineas[alineas.index("Partijen:") + 1 :]
            continue
        gevonden = ARTIKEL.fullmatch(kop.strip())
        if not gevonden:
            continue  # the signing part: only in the template
        inleiding = ""
        if len(alineas) > 1 and not GENUMMERD.match(alineas[0]) and not alineas[0].startswith("- "):
            inleiding = alineas.pop(0)
        titel = gevonden.group(3)
        artikelen.append(
            {
                "nummer": gevonden.group(2) or gevonden.group(1),
                "titel": titel[:1].upper() + titel[1:],
                "inleiding": inleiding,
                "leden": _leden(alineas),
            }
        )
    return {"considerans": considerans, "artikelen": artikelen}
