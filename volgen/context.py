"""Template context processor (settings TEMPLATES): `volgt`, what the logged-in visitor
follows, per kind a set of values, so the follow button (volgen/knop.html) shows "U volgt
dit". Looked up only when a template asks (one query)."""

from django.utils.functional import SimpleLazyObject

from .models import Volg


class Gevolgd:
    def __init__(self, user):
        self.per_soort = {soort: set() for soort in Volg.Soort.values}
        if user.is_authenticated:
            for soort, waarde in Volg.objects.filter(gebruiker=user).values_list("soort", "waarde"):
                self.per_soort[soort].add(waarde)

    def __getattr__(self, naam):
        try:
            return self.__dict__["per_soort"][naam]
        except KeyError:
            raise AttributeError(naam) from None


def volgt(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"volgt": SimpleLazyObject(lambda: Gevolgd(user))}
