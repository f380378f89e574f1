"""The relevance harness: graded Dutch queries and nDCG@10, recall@10, MRR.

Two sets: vragen.json (the demo content and the sample agreements) and, for issue 15,
vragen2.json over korpus2.csv (agreements written for it, measured on a database that looks like
a fresh installation: tests/search/test_relevantie_korpus2.py). The second set has a field
`deel` (see DELEN): "afstemmen" (tune on it), "gezien" (the first held-out half: its weakest
questions were printed in reports while tuning, so it counts as seen and may be tuned on now) and
"toets" (the held-out half written and judged afterwards, before the next round of tuning) and
"oefenen" (oefenen.json: more tuning questions for the kinds the held-out half found weak,
written and judged in the fifth round before it was tuned on, by someone who never saw "toets").
Reports show the "toets" half only as averages (overall and per kind), never per question, so
nobody who tunes sees which held-out question is weak. RELEVANTIE_DEEL=afstemmen,gezien shows
only those halves.

Recall@10 comes in two forms: `recall@10` = hits / all judged relevant (the first set's floor),
`recall@10_min` = hits / min(10, judged relevant), what ten results can hold (the second set's
measure, and printed for both)."""

import json
import math
import os
import random
from pathlib import Path

VRAGEN = Path(__file__).with_name("vragen.json")
VRAGEN2 = Path(__file__).with_name("vragen2.json")
OEFENEN = Path(__file__).with_name("oefenen.json")
KORPUS2 = Path(__file__).with_name("korpus2.csv")
K = 10
DELEN = ("afstemmen", "gezien", "toets", "oefenen")
# Halves a report shows only as averages.
BLIND = ("toets",)
MATEN = ("ndcg@10", "recall@10", "recall@10_min", "mrr")


def vragen(pad=VRAGEN):
    return json.loads(Path(pad).read_text(encoding="utf-8"))["vragen"]


def zichtbare_delen():
    """The halves a report may show: RELEVANTIE_DEEL=afstemmen (or a comma-separated list such as
    afstemmen,gezien) hides the others from whoever tunes the ranking; none shows all."""
    gekozen = [d.strip() for d in os.environ.get("RELEVANTIE_DEEL", "").split(",")]
    gekozen = tuple(d for d in DELEN if d in gekozen)
    return gekozen or DELEN


def sleutel(doc):
    if doc.soort == "uitvoeringsafspraak":
        for veld in doc.velden:
            if veld["naam"] == "code":
                return f"afspraak:{veld['tekst']}"
    return f"{doc.soort}:{doc.titel}"


def ndcg(gevonden, oordelen, k=K):
    dcg = sum((2 ** oordelen.get(s, 0) - 1) / math.log2(i + 2) for i, s in enumerate(gevonden[:k]))
    ideaal = sorted(oordelen.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideaal))
    return dcg / idcg if idcg else 0.0


def recall(gevonden, oordelen, k=K):
    relevant = {s for s, g in oordelen.items() if g > 0}
    return len(relevant & set(gevonden[:k])) / len(relevant) if relevant else 0.0


def recall_min(gevonden, oordelen, k=K):
    """Hits in the first k over what k results can hold: min(k, number judged relevant)."""
    relevant = {s for s, g in oordelen.items() if g > 0}
    return len(relevant & set(gevonden[:k])) / min(k, len(relevant)) if relevant else 0.0


def rr(gevonden, oordelen):
    for i, s in enumerate(gevonden):
        if oordelen.get(s, 0) > 0:
            return 1 / (i + 1)
    return 0.0


def meet(zoek, lijst=None):
    """Run every query (of `lijst`, default vragen.json) through zoek(q) -> [keys]; returns
    (averages, per-query rows)."""
    rijen = []
    for vraag in vragen() if lijst is None else lijst:
        gevonden = zoek(vraag["q"])
        rijen.append(
            {
                "q": vraag["q"],
                "geval": vraag["geval"],
                "deel": vraag.get("deel", ""),
                "ndcg": ndcg(gevonden, vraag["oordelen"]),
                "recall": recall(gevonden, vraag["oordelen"]),
                "recall_min": recall_min(gevonden, vraag["oordelen"]),
                "rr": rr(gevonden, vraag["oordelen"]),
                "leeg": not gevonden,
                "geen_relevante": not any(vraag["oordelen"].get(s, 0) > 0 for s in gevonden[:K]),
                "relevant": sum(1 for g in vraag["oordelen"].values() if g > 0),
                "top": gevonden[:3],
            }
        )
    return gemiddelden(rijen), rijen


def gemiddelden(rijen):
    n = len(rijen) or 1
    return {
        "vragen": len(rijen),
        "ndcg@10": sum(r["ndcg"] for r in rijen) / n,
        "recall@10": sum(r["recall"] for r in rijen) / n,
        "recall@10_min": sum(r["recall_min"] for r in rijen) / n,
        "mrr": sum(r["rr"] for r in rijen) / n,
        "leeg": sum(r["leeg"] for r in rijen),
        "geen_relevante": sum(r["geen_relevante"] for r in rijen),
    }


def verslag(gemiddeld, rijen, backend):
    regels = [
        f"Relevantie op {backend}: {gemiddeld['vragen']} vragen, "
        f"nDCG@10 {gemiddeld['ndcg@10']:.3f}, recall@10 {gemiddeld['recall@10']:.3f}, "
        f"(min-variant {gemiddeld['recall@10_min']:.3f}), "
        f"MRR {gemiddeld['mrr']:.3f}, zonder resultaat {gemiddeld['leeg']}"
    ]
    per_geval = {}
    for r in rijen:
        per_geval.setdefault(r["geval"], []).append(r["ndcg"])
    for geval, waarden in per_geval.items():
        regels.append(f"  {geval:<14} nDCG@10 {sum(waarden) / len(waarden):.3f} ({len(waarden)})")
    for r in sorted(rijen, key=lambda r: r["ndcg"])[:8]:
        regels.append(f"  zwakst: {r['q']!r:<45} nDCG {r['ndcg']:.2f}  top: {r['top']}")
    return "\n".join(regels)


def verslag_per_deel(rijen, backend, delen=None, zwakste=8):
    """The second set's report: per half (only the visible ones, zichtbare_delen()) the averages,
    the averages per kind, the weakest questions and one row per question."""
    delen = zichtbare_delen() if delen is None else delen
    regels = []
    for deel in delen:
        eigen = [r for r in rijen if r["deel"] == deel]
        g = gemiddelden(eigen)
        regels.append(
            f"Relevantie korpus2 op {backend}, deel {deel}: {g['vragen']} vragen, "
            f"nDCG@10 {g['ndcg@10']:.3f}, recall@10 {g['recall@10_min']:.3f} "
            f"(treffers / min(10, beoordeeld relevant)), MRR {g['mrr']:.3f}, "
            f"zonder relevant resultaat in de top 10: {g['geen_relevante']}"
        )
        per_geval = {}
        for r in eigen:
            per_geval.setdefault(r["geval"], []).append(r)
        for geval, groep in per_geval.items():
            gg = gemiddelden(groep)
            regels.append(
                f"  {geval:<22} nDCG@10 {gg['ndcg@10']:.3f}  recall@10 {gg['recall@10_min']:.3f}"
                f"  MRR {gg['mrr']:.3f}  ({gg['vragen']})"
            )
        if deel in BLIND:
            regels.append(f"  (deel {deel}: alleen gemiddelden, geen vragen)")
            continue
        for r in sorted(eigen, key=lambda r: (r["ndcg"], r["recall_min"]))[:zwakste]:
            regels.append(f"  zwakst: {r['q']!r:<50} nDCG {r['ndcg']:.2f}  top: {r['top']}")
        regels.append("  per vraag (geval, nDCG, recall, RR, relevant, vraag):")
        for r in eigen:
            regels.append(
                f"    {r['geval']:<22} {r['ndcg']:.2f} {r['recall_min']:.2f} {r['rr']:.2f}"
                f" {r['relevant']:>3}  {r['q']}"
            )
    if len(delen) < len(DELEN):
        regels.append(f"(deel {', '.join(d for d in DELEN if d not in delen)} verborgen)")
    return "\n".join(regels)


# --- typos without judgements ----------------------------------------------------------------
# A tuning aid that needs no judged question (and so never looks at the held-out half): a
# long word with a typo should find what the word itself finds. Per word three typos as people
# make them, at a random place away from the word's ends; the measure is the share of the
# word's top 10 that the typo's top 10 also holds.


def typfouten(woord, rnd):
    """A letter left out, two neighbouring letters swapped, a wrong vowel or letter."""
    i = rnd.randrange(2, len(woord) - 2)
    fout = "e" if woord[i] != "e" else "a"
    return [
        woord[:i] + woord[i + 1 :],
        woord[:i] + woord[i + 1] + woord[i] + woord[i + 2 :],
        woord[:i] + fout + woord[i + 1 :],
    ]


def typfoutbestendigheid(zoek, woorden, zaad=7):
    """(mean overlap@10, rows (overlap, word, typo)) of the typos of `woorden` against each
    word's own results; zoek(q) -> [keys]. Words that find nothing are left out."""
    rnd = random.Random(zaad)
    rijen = []
    for woord in woorden:
        eigen = zoek(woord)[:K]
        if not eigen:
            continue
        for typo in typfouten(woord, rnd):
            gevonden = set(zoek(typo)[:K])
            rijen.append((len(gevonden & set(eigen)) / len(eigen), woord, typo))
    return sum(r[0] for r in rijen) / (len(rijen) or 1), rijen
