"""The relevance harness: graded Dutch queries (vragen.json) and nDCG@10, recall@10, MRR."""

import json
import math
from pathlib import Path

VRAGEN = Path(__file__).with_name("vragen.json")
K = 10


def vragen():
    return json.loads(VRAGEN.read_text(encoding="utf-8"))["vragen"]


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


def rr(gevonden, oordelen):
    for i, s in enumerate(gevonden):
        if oordelen.get(s, 0) > 0:
            return 1 / (i + 1)
    return 0.0


def meet(zoek):
    """Run every query through zoek(q) -> [keys]; returns (averages, per-query rows)."""
    rijen = []
    for vraag in vragen():
        gevonden = zoek(vraag["q"])
        rijen.append(
            {
                "q": vraag["q"],
                "geval": vraag["geval"],
                "ndcg": ndcg(gevonden, vraag["oordelen"]),
                "recall": recall(gevonden, vraag["oordelen"]),
                "rr": rr(gevonden, vraag["oordelen"]),
                "leeg": not gevonden,
                "top": gevonden[:3],
            }
        )
    n = len(rijen)
    gemiddeld = {
        "vragen": n,
        "ndcg@10": sum(r["ndcg"] for r in rijen) / n,
        "recall@10": sum(r["recall"] for r in rijen) / n,
        "mrr": sum(r["rr"] for r in rijen) / n,
        "leeg": sum(r["leeg"] for r in rijen),
    }
    return gemiddeld, rijen


def verslag(gemiddeld, rijen, backend):
    regels = [
        f"Relevantie op {backend}: {gemiddeld['vragen']} vragen, "
        f"nDCG@10 {gemiddeld['ndcg@10']:.3f}, recall@10 {gemiddeld['recall@10']:.3f}, "
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
