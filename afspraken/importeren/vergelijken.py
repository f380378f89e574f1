"""Comparing valid rows with the register: which agreements are new, changed (field by field,
for the preview), unchanged or skipped. Writes nothing; `Resultaat` is also the import's report."""

import os
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from wagtail.models import WorkflowState

from groepen.models import GroepPage

from ..models import Kerninstrument, Trefwoord, Uitvoeringsafspraak
from . import formaat
from .formaat import VERGELEKEN_VELDEN, Fout, ImportFout
from .lezen import Regel

# Labels of the fields in the preview; long texts are shown shortened.
VELDNAMEN = {
    "titel": "titel",
    "samenwerkingsafspraak": "tekst",
    "kerninstrument_id": "kerninstrument",
    "juridische_onderbouwing": "juridische onderbouwing",
    "juridische_tekst": "juridische tekst",
    "juridische_tekst_is_samenvatting": "juridische tekst is samenvatting",
    "typering": "typering",
    "bron": "bron",
    "ambtelijk_bestuurlijk": "ambtelijk/bestuurlijk",
    "toelichting": "toelichting",
    "status": "status",
    "groep_id": "groep",
    "trefwoorden": "trefwoorden",
}


@dataclass
class Wijziging:
    """An existing agreement a row changes: which fields, from what to what."""

    regel: Regel
    afspraak: Uitvoeringsafspraak
    velden: list = field(default_factory=list)  # (label, old, new), shortened for display
    reden: str = ""  # why it is skipped, if it is

    def __iter__(self):  # `for regel, afspraak in resultaat.gewijzigd`
        return iter((self.regel, self.afspraak))

    @property
    def status_anders(self):
        return self.afspraak.status != self.regel.waarden_voor(self.afspraak).get(
            "status", self.afspraak.status
        )

    @property
    def beschrijving(self):
        return "; ".join(f"{label}: {oud} → {nieuw}" for label, oud, nieuw in self.velden)


@dataclass
class Resultaat:
    regels: list = field(default_factory=list)
    nieuw: list = field(default_factory=list)
    gewijzigd: list = field(default_factory=list)  # of Wijziging
    ongewijzigd: int = 0
    overgeslagen: list = field(default_factory=list)  # of Wijziging, with a reden

    @property
    def statuswijzigingen(self):
        return [w for w in self.gewijzigd if w.status_anders]

    @property
    def samenvatting(self):
        tekst = _("%(nieuw)s nieuw, %(gewijzigd)s gewijzigd, %(ongewijzigd)s ongewijzigd") % {
            "nieuw": len(self.nieuw),
            "gewijzigd": len(self.gewijzigd),
            "ongewijzigd": self.ongewijzigd,
        }
        if self.overgeslagen:
            tekst += _(", %(n)s overgeslagen (vergrendeld of met openstaand concept)") % {
                "n": len(self.overgeslagen)
            }
        return tekst


class BevestigingNodig(ImportFout):
    """The file changes the status of existing agreements and that was not confirmed."""

    def __init__(self, resultaat):
        self.resultaat = resultaat
        wijzigingen = resultaat.statuswijzigingen
        fouten = [
            Fout(
                w.regel.rij,
                "status",
                _("de status van %(code)s verandert van “%(oud)s” in “%(nieuw)s”")
                % {
                    "code": w.afspraak.code,
                    "oud": w.afspraak.status,
                    "nieuw": w.regel.waarden["status"],
                },
            )  # fmt: skip
            for w in wijzigingen[: formaat.MAX_FOUTEN]
        ]
        super().__init__(fouten, afgebroken=len(wijzigingen) > formaat.MAX_FOUTEN)


def _kort(waarde, namen=None):
    if waarde is None or waarde == "":
        return _("(leeg)")
    if isinstance(waarde, bool):
        return "x" if waarde else _("(leeg)")
    if namen is not None:
        return namen.get(waarde, str(waarde))
    return Truncator(" ".join(str(waarde).split())).chars(60)


VERSCHIL_CONTEXT = 25  # characters of unchanged text shown around a changed passage


def _kort_verschil(oud, nieuw, namen=None):
    """Old and new value for the preview. Two long texts that share their beginning or end
    show the passage that differs (with a little context), not the same first 60 characters
    twice."""
    if namen is not None or not isinstance(oud, str) or not isinstance(nieuw, str):
        return _kort(oud, namen), _kort(nieuw, namen)
    oud, nieuw = " ".join(oud.split()), " ".join(nieuw.split())
    if len(oud) <= 60 and len(nieuw) <= 60:
        return _kort(oud), _kort(nieuw)
    begin = len(os.path.commonprefix([oud, nieuw]))
    eind = len(os.path.commonprefix([oud[begin:][::-1], nieuw[begin:][::-1]]))
    van = max(0, begin - VERSCHIL_CONTEXT)

    def passage(tekst):
        tot = min(len(tekst), len(tekst) - eind + VERSCHIL_CONTEXT)
        stuk = Truncator(tekst[van:tot]).chars(60 + 2 * VERSCHIL_CONTEXT)
        return ("…" if van else "") + stuk + ("…" if tot < len(tekst) else "")

    return passage(oud) or _("(leeg)"), passage(nieuw) or _("(leeg)")


def vergelijk(regels, ook_vergrendeld=False):
    """Split valid rows into new, changed, unchanged and skipped agreements (no writes).
    Changes to a locked agreement, or one with a pending draft or workflow, are skipped
    unless `ook_vergrendeld`."""
    resultaat = Resultaat(regels=regels)
    codes = [r.code for r in regels if r.code]
    sleutels = [r.sleutel for r in regels if not r.code]
    bestaand_code, bestaand_sleutel = {}, {}
    for start in range(0, max(len(codes), len(sleutels)), 5000):
        for afspraak in Uitvoeringsafspraak.objects.filter(code__in=codes[start : start + 5000]):
            bestaand_code[afspraak.code] = afspraak
        for afspraak in Uitvoeringsafspraak.objects.filter(
            sleutel__in=sleutels[start : start + 5000]
        ):
            bestaand_sleutel.setdefault(afspraak.sleutel, afspraak)
    trefwoorden = _huidige_trefwoorden(
        list(bestaand_code.values()) + list(bestaand_sleutel.values())
    )
    groepen = dict(GroepPage.objects.values_list("pk", "title"))
    instrumenten = dict(Kerninstrument.objects.values_list("pk", "naam"))
    for regel in regels:
        afspraak = (
            bestaand_code.get(regel.code) if regel.code else bestaand_sleutel.get(regel.sleutel)
        )
        if afspraak is None:
            resultaat.nieuw.append(regel)
            continue
        nieuw = regel.waarden_voor(afspraak)
        nieuw["kerninstrument_id"] = nieuw.pop("kerninstrument").pk
        velden = []
        for veld in VERGELEKEN_VELDEN:
            if veld in nieuw and getattr(afspraak, veld) != nieuw[veld]:
                namen = {"groep_id": groepen, "kerninstrument_id": instrumenten}.get(veld)
                label = VELDNAMEN.get(veld, veld.replace("_", " "))
                velden.append((label, *_kort_verschil(getattr(afspraak, veld), nieuw[veld], namen)))
        oude_trefwoorden = trefwoorden.get(afspraak.pk, [])
        if oude_trefwoorden != sorted(regel.trefwoorden):
            velden.append(
                (
                    "trefwoorden",
                    _kort("; ".join(oude_trefwoorden)),
                    _kort("; ".join(regel.trefwoorden)),
                )
            )
        if velden:
            resultaat.gewijzigd.append(Wijziging(regel, afspraak, velden))
        else:
            resultaat.ongewijzigd += 1
    if not ook_vergrendeld:
        _houd_vergrendelde_apart(resultaat)
    return resultaat


def _houd_vergrendelde_apart(resultaat):
    ids = [str(w.afspraak.pk) for w in resultaat.gewijzigd]
    in_werkstroom = set()
    model_type = ContentType.objects.get_for_model(Uitvoeringsafspraak)
    for start in range(0, len(ids), 5000):
        in_werkstroom.update(
            WorkflowState.objects.active()
            .filter(base_content_type=model_type, object_id__in=ids[start : start + 5000])
            .values_list("object_id", flat=True)
        )
    door = []
    for wijziging in resultaat.gewijzigd:
        afspraak = wijziging.afspraak
        if afspraak.locked:
            wijziging.reden = _("vergrendeld")
        elif str(afspraak.pk) in in_werkstroom:
            wijziging.reden = _("in een werkstroom (moderatie)")
        elif afspraak.live and afspraak.has_unpublished_changes:
            wijziging.reden = _("heeft een concept dat nog niet gepubliceerd is")
        (resultaat.overgeslagen if wijziging.reden else door).append(wijziging)
    resultaat.gewijzigd = door


def _huidige_trefwoorden(afspraken):
    huidige = {}
    ids = [a.pk for a in afspraken]
    for start in range(0, len(ids), 5000):
        for pk, naam in Trefwoord.objects.filter(
            content_object_id__in=ids[start : start + 5000]
        ).values_list("content_object_id", "tag__name"):
            huidige.setdefault(pk, []).append(naam)
    return {pk: sorted(namen) for pk, namen in huidige.items()}
