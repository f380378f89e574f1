"""What each kind of follow means: how a posted value is checked and normalised, its label
and its link. Unknown keys and values are dropped, never stored; a value that leaves nothing
to follow is refused with a Dutch message (OngeldigeVolg)."""

from django.http import QueryDict
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from afspraken.models import AfsprakenRegisterPage, Kerninstrument
from afspraken.register import Registerfilter
from groepen.models import GroepPage
from search.facetten import FACETTEN as ZOEKFACETTEN
from search.toegang import zonder_verborgen

from .models import Volg

Soort = Volg.Soort
MAX_ZOEKVRAAG = 200
MAX_FILTERWAARDE = 120


class OngeldigeVolg(ValueError):
    """A value that cannot be followed; str() is the Dutch message for the reader."""


def zichtbare_groepen(user):
    """The published group pages this user may see (no page behind a restriction the user
    does not pass: a private group or its workspace stays hidden)."""
    return zonder_verborgen(GroepPage.objects.live(), user)


def _params(waarde):
    tekst = str(waarde or "").lstrip("?").replace("\x00", "")[:2000]
    return QueryDict(tekst)


def _registerfilter(waarde):
    """The register's own filter over these parameters: only its known keys, only valid
    values (Registerfilter drops the others)."""
    params = _params(waarde)
    bekend = {naam for naam, _label in Registerfilter.FACETTEN} | {"q"}
    return Registerfilter({k: params.get(k, "") for k in bekend if params.get(k, "")})


def normaliseer(soort, waarde, user):
    """The value to store for this kind, or OngeldigeVolg."""
    genormaliseerd = _normaliseer(soort, str(waarde or "").replace("\x00", "").strip(), user)
    if len(genormaliseerd) > Volg._meta.get_field("waarde").max_length:
        raise OngeldigeVolg(_("Deze selectie is te lang om te volgen. Kies minder filters."))
    return genormaliseerd


def _normaliseer(soort, waarde, user):
    if soort == Soort.GROEP:
        # ascii digits only ("²" is a digit to isdigit(), not to int()), within a page id's range
        geldig = waarde.isascii() and waarde.isdigit() and len(waarde) < 19
        if geldig and zichtbare_groepen(user).filter(pk=int(waarde)).exists():
            return str(int(waarde))
        raise OngeldigeVolg(_("Deze groep bestaat niet (meer)."))
    if soort == Soort.KERNINSTRUMENT:
        if Kerninstrument.objects.filter(slug=waarde[:MAX_FILTERWAARDE]).exists():
            return waarde
        raise OngeldigeVolg(_("Dit kerninstrument bestaat niet."))
    if soort == Soort.TREFWOORD:
        filter_ = Registerfilter({"trefwoord": waarde[:MAX_FILTERWAARDE]})
        if filter_.tag is None:
            raise OngeldigeVolg(_("Dit trefwoord komt in geen openbare afspraak voor."))
        return filter_.tag.slug
    if soort == Soort.REGISTERFILTER:
        filter_ = _registerfilter(waarde)
        params = dict(sorted(filter_.gekozen.items()))
        if filter_.q:
            params["q"] = filter_.q[:MAX_ZOEKVRAAG]
        if not params:
            raise OngeldigeVolg(_("Kies eerst een of meer filters in het register."))
        return urlencode(sorted(params.items()))
    if soort == Soort.ZOEKVRAAG:
        params = _params(waarde)
        q = " ".join(params.get("q", "").split())[:MAX_ZOEKVRAAG]
        if not q:
            raise OngeldigeVolg(_("Een zoekvraag zonder zoekterm kunt u niet volgen."))
        filters = {
            naam: params.get(naam, "").strip()[:MAX_FILTERWAARDE]
            for naam in ZOEKFACETTEN
            if params.get(naam, "").strip()
        }
        return urlencode([("q", q), *sorted(filters.items())])
    raise OngeldigeVolg(_("Dit kunt u niet volgen."))


def zoekvraag(volg):
    """(q, filters) of a followed search."""
    params = _params(volg.waarde)
    return params.get("q", ""), {n: params[n] for n in ZOEKFACETTEN if params.get(n)}


def registerfilter(volg):
    return _registerfilter(volg.waarde)


def label(volg, groepen=None):
    """What the reader reads in the list and the mail. `groepen`: {pk: title} of the groups
    this user may see (a group that became private shows no title)."""
    if volg.soort == Soort.GROEP:
        titel = (groepen or {}).get(int(volg.waarde)) if volg.waarde.isdigit() else None
        return _("Groep: %(t)s") % {"t": titel or _("(niet meer beschikbaar)")}
    if volg.soort == Soort.KERNINSTRUMENT:
        instrument = Kerninstrument.objects.filter(slug=volg.waarde).first()
        return _("Kerninstrument: %(t)s") % {"t": instrument.naam if instrument else volg.waarde}
    if volg.soort == Soort.TREFWOORD:
        filter_ = Registerfilter({"trefwoord": volg.waarde})
        return _("Trefwoord: %(t)s") % {"t": filter_.tag.name if filter_.tag else volg.waarde}
    if volg.soort == Soort.REGISTERFILTER:
        delen = [f"{f['facet']}: {f['waarde']}" for f in registerfilter(volg).gekozen_filters()]
        return _("Register: %(f)s") % {"f": "; ".join(map(str, delen)) or volg.waarde}
    q, filters = zoekvraag(volg)
    extra = "".join(f"; {k}: {v}" for k, v in filters.items())
    return _("Zoekvraag: “%(q)s”%(f)s") % {"q": q, "f": extra}


def link(volg, groepen=None):
    """The relative address where the followed thing is shown. `groepen`: as for label(); a
    group the user may not see gets no link (its address would name it)."""
    register = AfsprakenRegisterPage.basis_url()
    if volg.soort == Soort.GROEP:
        if not volg.waarde.isdigit() or int(volg.waarde) not in (groepen or {}):
            return ""
        groep = GroepPage.objects.live().filter(pk=volg.waarde).first()
        return groep.url if groep else ""
    if volg.soort == Soort.KERNINSTRUMENT:
        return register + "?" + urlencode({"kerninstrument": volg.waarde})
    if volg.soort == Soort.TREFWOORD:
        return register + "?" + urlencode({"trefwoord": volg.waarde})
    if volg.soort == Soort.REGISTERFILTER:
        return register + "?" + volg.waarde
    return reverse("zoeken") + "?" + volg.waarde
