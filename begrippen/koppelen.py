"""Link the begrippen where they occur in a text (group pages; agreements can use the same).

The first occurrence of a term or abbreviation in the running text becomes a link to the
begrip's page, described (aria-describedby) by the definition that the page lists under
"Begrippen": the meaning is reachable by keyboard and screen reader, not only on hover.
Headings, existing links and code are left alone."""

import re
from html import escape

OVERSLAAN = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "script", "style", "button"}
LABEL = re.compile(r"<(/?)([a-zA-Z0-9]+)[^>]*?(/?)>")
MIN_LENGTE = 2


def uitleg_id(begrip):
    return f"uitleg-begrip-{begrip.slug}"


def _labels(begrippen):
    """(label, begrip, exact_case) for every term and abbreviation, longest first."""
    labels = []
    for begrip in begrippen:
        labels.append((begrip.term, begrip, False))
        for afkorting in begrip.afkortingen_lijst:
            labels.append((afkorting, begrip, True))
    labels = [item for item in labels if len(item[0]) >= MIN_LENGTE]
    labels.sort(key=lambda item: -len(item[0]))
    return labels


def koppel(html, begrippen, url_voor):
    """Return (html with links, [linked begrippen in order of appearance])."""
    labels = _labels(begrippen)
    if not labels or not html:
        return html, []
    per_label = {}
    for label, begrip, exact in labels:
        per_label.setdefault(label.lower(), []).append((label, begrip, exact))
    patroon = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(label) for label, _, _ in labels) + r")(?![\w-])",
        re.IGNORECASE,
    )
    gekoppeld = []
    gezien = set()

    def vervang_tekst(tekst):
        stukken, vorige = [], 0
        for match in patroon.finditer(tekst):
            gevonden = match.group(0)
            kandidaat = None
            for label, begrip, exact in per_label.get(gevonden.lower(), []):
                if exact and gevonden != label:
                    continue
                # A term in lower case only counts from six letters ("programma" is a word).
                if not exact and gevonden != label and len(label) < 6:
                    continue
                kandidaat = begrip
                break
            if kandidaat is None or kandidaat.pk in gezien:
                continue
            gezien.add(kandidaat.pk)
            gekoppeld.append(kandidaat)
            stukken.append(tekst[vorige : match.start()])
            stukken.append(
                f'<a class="utrecht-link kp-begrip" href="{escape(url_voor(kandidaat))}" '
                f'aria-describedby="{uitleg_id(kandidaat)}">{gevonden}</a>'
            )
            vorige = match.end()
        stukken.append(tekst[vorige:])
        return "".join(stukken)

    uit, positie, open_ = [], 0, []
    for match in LABEL.finditer(html):
        tekst = html[positie : match.start()]
        uit.append(tekst if any(t in OVERSLAAN for t in open_) else vervang_tekst(tekst))
        sluit, naam, zelfsluitend = match.group(1), match.group(2).lower(), match.group(3)
        if sluit:
            if naam in open_:
                while open_ and open_.pop() != naam:
                    pass
        elif not zelfsluitend and naam in OVERSLAAN:
            open_.append(naam)
        uit.append(match.group(0))
        positie = match.end()
    rest = html[positie:]
    uit.append(rest if open_ else vervang_tekst(rest))
    return "".join(uit), gekoppeld
