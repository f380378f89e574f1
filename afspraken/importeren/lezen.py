"""Validating the rows of a file into `Regel`s, against the controlled lists in the database
(kerninstrumenten, groepen, the choices of the model). Writes nothing."""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from groepen.models import GroepPage

from ..models import (
    PARTNER_VELDEN,
    Kerninstrument,
    Uitvoeringsafspraak,
    sleutel_voor,
)
from ..titels import scheid_samenvatting, titel_uit_tekst
from . import bestand, formaat
from .formaat import KOLOMMEN, OPTIONELE_KOLOMMEN, TEKSTVELDEN, Fout, ImportFout, kolomletter


@dataclass
class Regel:
    """One valid row, ready to be written."""

    rij: int
    waarden: dict
    trefwoorden: list
    code: str
    sleutel: str
    # Fields the file leaves open (no column, or an empty status/groep/titel cell): an existing
    # agreement keeps its value, a new one gets the default in `waarden`.
    behouden: frozenset = frozenset()

    def waarden_voor(self, afspraak):
        """The values this row sets on an existing agreement."""
        return {veld: w for veld, w in self.waarden.items() if veld not in self.behouden}


class Lezer:
    """Validates a whole file against the controlled lists in the database."""

    def __init__(self):
        self.instrumenten = {k.naam.strip().lower(): k for k in Kerninstrument.objects.all()}
        self.groepen = {}
        for groep in GroepPage.objects.only("id", "title", "slug"):
            self.groepen[groep.title.strip().lower()] = groep.pk
            self.groepen[groep.slug.lower()] = groep.pk
        self.statussen = {waarde: waarde for waarde in Uitvoeringsafspraak.Status.values}
        self.typeringen = {waarde: waarde for waarde in Uitvoeringsafspraak.Typering.values}
        self.niveaus = {waarde: waarde for waarde in Uitvoeringsafspraak.Niveau.values}
        self.kop = []

    def lees(self, inhoud, voortgang: Callable[[str, int, int | None], None] | None = None):
        """The valid rows of the file, or ImportFout. `voortgang(fase, verwerkt, totaal)` is
        called now and then with the rows read so far (totaal: an estimate, or None)."""
        rijen = bestand.rijen(inhoud)
        totaal = bestand.geschat_aantal_rijen(inhoud) if voortgang else None
        try:
            return self._lees_rijen(rijen, voortgang, totaal)
        finally:
            rijen.close()  # stops the reader and releases the workbook

    def _lees_rijen(self, rijen, voortgang, totaal):
        kop = [kolom.strip().lstrip("\ufeff").lower() for kolom in next(rijen, [])]
        while kop and not kop[-1]:
            kop.pop()  # empty cells after the last column (a formatted, empty column)
        self._controleer_kop(kop)
        self.kop = kop
        fouten, regels, codes, sleutels = [], [], {}, {}
        nummer = 1
        for nummer, cellen in enumerate(rijen, start=2):
            if voortgang and nummer % formaat.VOORTGANG_ELKE == 0:
                voortgang(formaat.FASE_LEZEN, nummer - 2, totaal)
            if nummer > formaat.MAX_RIJEN:
                fouten.append(
                    Fout(nummer, "", _("meer dan %(m)s rijen") % {"m": formaat.MAX_RIJEN})
                )
                raise ImportFout(fouten, afgebroken=True)
            if len(fouten) >= formaat.MAX_FOUTEN:
                raise ImportFout(fouten, afgebroken=True)
            if not any(cel.strip() for cel in cellen):
                continue
            rij = self._rij(nummer, kop, cellen, fouten)
            if rij is None:
                continue
            regel = self._regel(nummer, rij, fouten)
            if regel is None:
                continue
            for waarde, gezien, kolom in (
                (regel.code, codes, "code"),
                (None if regel.code else regel.sleutel, sleutels, "samenwerkingsafspraak"),
            ):
                if not waarde:
                    continue
                if waarde in gezien:
                    fouten.append(
                        Fout(
                            nummer,
                            kolom,
                            _("staat dubbel in dit bestand (ook in rij %(rij)s)")
                            % {"rij": gezien[waarde]},
                        )  # fmt: skip
                    )
                gezien[waarde] = nummer
            regels.append(regel)
        if voortgang:
            voortgang(formaat.FASE_LEZEN, nummer - 1, nummer - 1)  # the real count, at last
        if fouten:
            raise ImportFout(
                fouten[: formaat.MAX_FOUTEN], afgebroken=len(fouten) > formaat.MAX_FOUTEN
            )
        if not regels:
            raise ImportFout([Fout(2, "", _("het bestand bevat geen afspraken"))])
        return regels

    def _rij(self, nummer, kop, cellen, fouten):
        """The cells of a row by column name; a value under an empty header cell (or beyond
        the header) is an error, an empty one is ignored."""
        rij = {}
        for positie, cel in enumerate(cellen):
            cel = cel.strip()
            kolom = kop[positie] if positie < len(kop) else ""
            if kolom:
                rij[kolom] = cel
            elif cel:
                fouten.append(
                    Fout(
                        nummer,
                        _("%(letter)s (zonder kop)") % {"letter": kolomletter(positie + 1)},
                        _("deze cel heeft een waarde, maar de kolom heeft geen naam in de kop"),
                    )  # fmt: skip
                )
                return None
        return rij

    def _controleer_kop(self, kop):
        if len(kop) > formaat.MAX_KOLOMMEN:
            raise ImportFout(
                [Fout(1, "", _("meer dan %(m)s kolommen in de kop") % {"m": formaat.MAX_KOLOMMEN})]
            )
        fouten = []
        bekend = set(KOLOMMEN) | set(OPTIONELE_KOLOMMEN)
        for kolom in KOLOMMEN:
            if kolom not in kop:
                fouten.append(Fout(1, kolom, _("deze kolom ontbreekt in de kop")))
        for kolom in kop:
            if not kolom:
                continue  # checked per row: the column must stay empty
            if kolom not in bekend:
                fouten.append(
                    Fout(
                        1,
                        kolom[:100],
                        _("onbekende kolom; toegestaan zijn: %(k)s")
                        % {"k": ", ".join([*KOLOMMEN, *OPTIONELE_KOLOMMEN])},
                    )  # fmt: skip
                )
            elif kop.count(kolom) > 1:
                fouten.append(Fout(1, kolom, _("deze kolom staat meer dan eens in de kop")))
        if fouten:
            raise ImportFout(fouten)

    def _keuze(self, nummer, rij, kolom, keuzes, fouten, standaard=""):
        waarde = rij.get(kolom, "")
        if not waarde:
            return standaard
        gevonden = keuzes.get(" ".join(waarde.lower().split()))
        if gevonden is None:
            fouten.append(
                Fout(
                    nummer,
                    kolom,
                    _("onbekende waarde “%(w)s”; toegestaan: %(k)s")
                    % {"w": waarde, "k": ", ".join(sorted(set(map(str, keuzes.values()))))},
                )  # fmt: skip
            )
        return gevonden

    def _regel(self, nummer, rij, fouten):
        aantal_fouten = len(fouten)
        waarden = {veld: rij.get(veld, "") for veld in [*TEKSTVELDEN, "bron"]}
        waarden["juridische_tekst"], gemarkeerd = scheid_samenvatting(waarden["juridische_tekst"])
        samenvatting = rij.get(formaat.SAMENVATTING_KOLOM, "")
        if samenvatting.lower() not in ("", "x"):
            fouten.append(
                Fout(
                    nummer,
                    formaat.SAMENVATTING_KOLOM,
                    _("verwacht “x” of een lege cel, gevonden “%(w)s”") % {"w": samenvatting},
                )  # fmt: skip
            )
        waarden[formaat.SAMENVATTING_KOLOM] = gemarkeerd or samenvatting.lower() == "x"
        if not waarden["samenwerkingsafspraak"]:
            fouten.append(Fout(nummer, "samenwerkingsafspraak", _("de afspraaktekst is leeg")))
        instrument_naam = rij.get("kerninstrument", "")
        instrument = self.instrumenten.get(" ".join(instrument_naam.lower().split()))
        if instrument is None:
            fouten.append(
                Fout(
                    nummer,
                    "kerninstrument",
                    _("onbekend kerninstrument “%(w)s”; toegestaan: %(k)s")
                    % {
                        "w": instrument_naam,
                        "k": "; ".join(k.naam for k in self.instrumenten.values()),
                    },
                )  # fmt: skip
            )
        waarden["kerninstrument"] = instrument
        waarden["typering"] = self._keuze(nummer, rij, "typering", self.typeringen, fouten)
        waarden["ambtelijk_bestuurlijk"] = self._keuze(
            nummer, rij, "ambtelijk_bestuurlijk", self.niveaus, fouten
        )
        waarden["status"] = self._keuze(
            nummer, rij, "status", self.statussen, fouten, Uitvoeringsafspraak.Status.CONCEPT
        )
        for veld in PARTNER_VELDEN:
            waarde = rij.get(veld, "")
            if waarde.lower() not in ("", "x"):
                fouten.append(
                    Fout(
                        nummer,
                        veld,
                        _("verwacht “x” of een lege cel, gevonden “%(w)s”") % {"w": waarde},
                    )  # fmt: skip
                )
            waarden[veld] = waarde.lower() == "x"
        waarden["groep_id"] = None
        if rij.get("groep"):
            waarden["groep_id"] = self.groepen.get(rij["groep"].lower())
            if waarden["groep_id"] is None:
                fouten.append(
                    Fout(
                        nummer,
                        "groep",
                        _("onbekende groep “%(w)s” (gebruik naam of slug)") % {"w": rij["groep"]},
                    )  # fmt: skip
                )
        waarden["titel"] = rij.get("titel", "")
        behouden = frozenset(veld for veld in ("status", "groep", "titel") if not rij.get(veld))
        behouden = {"groep_id" if veld == "groep" else veld for veld in behouden}
        if formaat.SAMENVATTING_KOLOM not in rij and not gemarkeerd:
            behouden.add(formaat.SAMENVATTING_KOLOM)  # no column and no marker: keep it
        code = rij.get("code", "")
        for veld, maximum in formaat.MAX_LENGTE.items():
            if len(rij.get(veld, "")) > maximum:
                fouten.append(Fout(nummer, veld, formaat.te_lang(maximum)))
        trefwoorden = list(
            dict.fromkeys(t.strip() for t in rij.get("trefwoorden", "").split(";") if t.strip())
        )
        if any(len(t) > formaat.MAX_TREFWOORD for t in trefwoorden):
            fouten.append(
                Fout(
                    nummer,
                    "trefwoorden",
                    _("een trefwoord is langer dan %(m)s tekens") % {"m": formaat.MAX_TREFWOORD},
                )  # fmt: skip
            )
        if len(fouten) > aantal_fouten:
            return None
        if not waarden["titel"]:
            waarden["titel"] = titel_uit_tekst(waarden["samenwerkingsafspraak"])
        sleutel = sleutel_voor(instrument.naam, waarden["samenwerkingsafspraak"])
        return Regel(nummer, waarden, trefwoorden, code, sleutel, frozenset(behouden))
