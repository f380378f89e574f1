"""Attack on the plain register URLs (issue 12 moved them out of the routable page): a register
page that a coördinator made private stays private at every address below /afspraken/. Wagtail
checks page privacy in an on_serve_page hook (wagtail_hooks.check_view_restrictions), not in
before_serve_page, so the views must run both chains, as wagtail.views.serve does."""

import pytest

from django.contrib.auth.models import User
from django.urls import reverse

from afspraken.models import AfsprakenRegisterPage, Uitvoeringsafspraak

pytestmark = pytest.mark.django_db


@pytest.fixture
def afspraak():
    return Uitvoeringsafspraak.objects.openbaar().order_by("code").first()


def _adressen(afspraak):
    return [
        "/afspraken/",
        "/afspraken/?sorteer=titel&pagina=2",
        f"/afspraken/{afspraak.slug}/",
        "/afspraken/export/csv/",
        "/afspraken/export/json/",
        "/afspraken/export/xlsx/",
        "/afspraken/feed/",
    ]


def _inhoud(antwoord):
    if antwoord.streaming:
        return b"".join(antwoord.streaming_content).decode(errors="replace")
    return antwoord.content.decode(errors="replace")


def _maak_privaat(client, **gegevens):
    """As the coördinator does it: the privacy dialog of the register page in the admin."""
    pagina = AfsprakenRegisterPage.objects.live().get()
    client.force_login(User.objects.get(username="coordinator"))
    antwoord = client.post(reverse("wagtailadmin_pages:set_privacy", args=[pagina.pk]), gegevens)
    assert antwoord.status_code == 200 and pagina.get_view_restrictions().exists()
    client.logout()
    return pagina


def test_register_alleen_voor_ingelogden_is_dicht_voor_anoniemen(client, afspraak):
    _maak_privaat(client, restriction_type="login")
    for adres in _adressen(afspraak):
        antwoord = client.get(adres)
        assert antwoord.status_code == 302, adres
        assert "/inloggen/" in antwoord["Location"] or "login" in antwoord["Location"], adres
        assert afspraak.code not in _inhoud(antwoord), adres
        assert "no-cache" in antwoord.get("Cache-Control", ""), adres


def test_register_met_wachtwoord_toont_alleen_het_wachtwoordformulier(client, afspraak):
    _maak_privaat(client, restriction_type="password", password="geheim-register")
    for adres in _adressen(afspraak):
        antwoord = client.get(adres)
        inhoud = _inhoud(antwoord)
        assert antwoord.status_code == 200, adres
        assert 'name="password"' in inhoud, adres
        assert afspraak.code not in inhoud and afspraak.titel[:40] not in inhoud, adres
        assert "no-cache" in antwoord.get("Cache-Control", ""), adres


def test_privaat_register_blijft_leesbaar_voor_wie_mag(client, afspraak):
    _maak_privaat(client, restriction_type="login")
    client.force_login(User.objects.get(username="professional"))
    for adres in _adressen(afspraak):
        antwoord = client.get(adres)
        assert antwoord.status_code == 200, adres
        assert "no-cache" in antwoord.get("Cache-Control", ""), adres
    assert afspraak.code in _inhoud(client.get(f"/afspraken/{afspraak.slug}/"))


def test_register_met_een_andere_slug_blijft_werken(client, afspraak):
    """A coördinator renames the register page (its slug is editable): the register stays at
    its plain URLs, every link points there, and the page's own new path leads there too
    instead of rendering the register's template without the register (a 500)."""
    pagina = AfsprakenRegisterPage.objects.live().get()
    pagina.slug = "uitvoeringsafspraken"
    pagina.save_revision().publish()
    pagina.refresh_from_db()
    assert pagina.url == "/uitvoeringsafspraken/"

    antwoord = client.get("/uitvoeringsafspraken/?status=vastgesteld")
    assert antwoord.status_code == 302
    assert antwoord["Location"] == "/afspraken/?status=vastgesteld"
    assert client.get(afspraak.get_url()).status_code == 200
    api = client.get(f"/api/afspraken/{afspraak.code}/").json()
    assert api["url"].endswith(f"/afspraken/{afspraak.slug}/")
    lijst = client.get("/afspraken/").content.decode()
    assert f'href="/afspraken/{afspraak.slug}/"' in lijst
    assert 'href="/afspraken/export/csv/' in lijst
    assert "/uitvoeringsafspraken/" not in client.get("/afspraken/feed/").content.decode()
