"""The admin form of a group page: the account of a trekker is chosen from the group's own
members (its leden and trekkers groups, redactie/inrichting.py), never from every account
(superusers and other groups' people included). An account already linked stays on offer."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.admin.forms import WagtailAdminPageForm


def groepsleden(groep):
    """Ids of the active accounts that are member or trekker of this group, superusers
    (beheerders) left out; none for a group page that does not exist yet."""
    if groep is None or groep.pk is None:
        return []
    # The membership record lives in this app's models, which import this module.
    rechten = apps.get_model("groepen", "GroepRechten").objects.filter(groep=groep).first()
    if rechten is None:
        return []
    return list(
        get_user_model()
        .objects.filter(groups__in=[rechten.leden_id, rechten.trekkers_id], is_active=True)
        .exclude(is_superuser=True)
        .values_list("pk", flat=True)
        .distinct()
    )


class GroepPageFormulier(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formset = self.formsets.get("trekkers")
        if formset is None:
            return
        leden = groepsleden(self.instance)
        basis = formset.form

        class TrekkerFormulier(basis):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                veld = self.fields.get("gebruiker")
                if veld is not None:
                    huidige = self.instance.gebruiker_id
                    veld.queryset = veld.queryset.filter(Q(pk__in=leden) | Q(pk=huidige))

        TrekkerFormulier.__name__ = basis.__name__
        # Per form instance (never the shared class): every form of the formset, and its
        # empty form for "add a trekker", is built from this subclass.
        formset.form = TrekkerFormulier
        formset.__dict__.pop("forms", None)
