import re

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from groepen.models import GroepRechten
from redactie import rollen
from redactie.herziening import te_herzien


def herzieningsrapport(request):
    """Admin report: per group, what is due for review. For trekkers and coördinatoren."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    items = te_herzien()
    if not rollen.is_coordinator(request.user):
        eigen = set(request.user.trekkerschappen.values_list("groep_id", flat=True))
        items = [item for item in items if item.groep.pk in eigen]
    return render(
        request,
        "redactie/herzieningsrapport.html",
        {"items": items, "page_title": _("Te herzien")},
    )


SLEUTEL = re.compile(r"[0-9]{1,18}")  # a primary key (str.isdigit would also accept "²")


def mag_groepsleden_beheren(user):
    return user.is_active and (user.is_superuser or user.has_perm("redactie.groepsleden_beheren"))


def groepsleden(request):
    """Coördinatoren add and remove the members of each group (its "leden" Django group).

    The only Django groups this screen touches are the leden groups of GroepRechten rows, chosen
    on the server from the row; it never adds anybody to a role (Coördinatoren, Trekkers) or to
    any other group. Trekkers follow the list of trekkers on the group page (inrichting.py)."""
    if not mag_groepsleden_beheren(request.user):
        raise PermissionDenied
    User = get_user_model()
    if request.method == "POST":
        groep_id, gebruiker_id = request.POST.get("groep", ""), request.POST.get("gebruiker", "")
        if not (SLEUTEL.fullmatch(groep_id) and SLEUTEL.fullmatch(gebruiker_id)):
            raise Http404
        rechten = get_object_or_404(GroepRechten, pk=groep_id)
        gebruiker = get_object_or_404(User, pk=gebruiker_id, is_active=True)
        naam = gebruiker.get_full_name() or gebruiker.get_username()
        handelingen = {
            "toevoegen": (rechten.leden.user_set.add, _("%(naam)s is lid van %(groep)s.")),
            "verwijderen": (
                rechten.leden.user_set.remove,
                _("%(naam)s is geen lid meer van %(groep)s."),
            ),
        }
        if request.POST.get("actie") not in handelingen:
            return render(
                request,
                "redactie/groepsleden.html",
                status=400,
                context={
                    "page_title": _("Groepsleden"),
                    "fout": _("Onbekende handeling."),
                },
            )
        handeling, melding = handelingen[request.POST["actie"]]
        handeling(gebruiker)
        messages.success(request, melding % {"naam": naam, "groep": rechten.groep.title})
        return redirect("redactie_groepsleden")

    op_naam = User.objects.order_by("username")
    actief = list(op_naam.filter(is_active=True))
    groepen = []
    for rechten in (
        GroepRechten.objects.select_related("groep", "leden", "trekkers")
        .prefetch_related(
            Prefetch("leden__user_set", queryset=op_naam),
            Prefetch("trekkers__user_set", queryset=op_naam),
        )
        .order_by("groep__title")
    ):
        leden = list(rechten.leden.user_set.all())
        lid = {gebruiker.pk for gebruiker in leden}
        groepen.append(
            {
                "rechten": rechten,
                "leden": leden,
                "trekkers": list(rechten.trekkers.user_set.all()),
                "kandidaten": [gebruiker for gebruiker in actief if gebruiker.pk not in lid],
            }
        )
    return render(
        request,
        "redactie/groepsleden.html",
        {"groepen": groepen, "page_title": _("Groepsleden")},
    )
