"""Attack on /bijeenkomsten/?groep= (issue 13): odd values never give a 500 (PostgreSQL
refuses a NUL character in a query), and a private group is never named or filtered on."""

import pytest

from wagtail.models import PageViewRestriction

from groepen.models import GroepPage
from materialen.models import Bijeenkomst

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "waarde", ["\x00", "a\x00b", "x" * 5000, "../../admin", "%", "' OR 1=1 --", "😀"]
)
def test_vreemde_groep_geeft_gewoon_het_overzicht(client, waarde):
    antwoord = client.get("/bijeenkomsten/", {"groep": waarde})
    assert antwoord.status_code == 200


def test_besloten_groep_wordt_niet_genoemd(client):
    groep = GroepPage.objects.filter(pk__in=Bijeenkomst.objects.values("groep_id")).first()
    groep.title = "Geheime werkgroep Bijeenkomsten"
    groep.save()
    PageViewRestriction.objects.create(page=groep, restriction_type=PageViewRestriction.LOGIN)
    antwoord = client.get("/bijeenkomsten/", {"groep": groep.slug})
    assert antwoord.status_code == 200
    assert "Geheime werkgroep" not in antwoord.content.decode()
