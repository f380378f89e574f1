from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from redactie.herziening import te_herzien


def herzieningsrapport(request):
    """Admin report: per group, what is due for review. For trekkers and coördinatoren."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    items = te_herzien()
    if (
        not request.user.is_superuser
        and not request.user.groups.filter(name="Coördinatoren").exists()
    ):
        eigen = set(request.user.trekkerschappen.values_list("groep_id", flat=True))
        items = [item for item in items if item.groep.pk in eigen]
    return render(
        request,
        "redactie/herzieningsrapport.html",
        {"items": items, "page_title": _("Te herzien")},
    )
