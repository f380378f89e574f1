"""Attack on the one login screen of issue 13: the two paths share one failure count, `next`
never leads or links to another site, and logging out needs the CSRF token."""

import types

import pytest

from django.test import Client

pytestmark = pytest.mark.django_db

KWAAD = "https://kwaad.example/"


@pytest.fixture(autouse=True)
def stilstaande_klok(monkeypatch):
    """The limits count in fixed windows: the clock stands still during the test."""
    import time

    nu = time.time()
    monkeypatch.setattr("django_ratelimit.core.time", types.SimpleNamespace(time=lambda: nu))


def test_afwisselen_tussen_de_twee_inlogpaden_omzeilt_de_blokkade_niet(client, demo_wachtwoord):
    for pad in ["/inloggen/", "/admin/login/"] * 3:
        client.post(pad, {"username": "trekker", "password": "fout"}, REMOTE_ADDR="203.0.113.9")
    for pad in ["/inloggen/", "/admin/login/"]:
        antwoord = client.post(
            pad, {"username": "trekker", "password": demo_wachtwoord}, REMOTE_ADDR="203.0.113.9"
        )
        assert antwoord.status_code == 429, pad
        assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("volgende", [KWAAD, "//kwaad.example/", "javascript:alert(1)"])
def test_next_via_het_beheer_komt_niet_in_het_formulier(client, volgende):
    antwoord = client.get("/admin/login/", {"next": volgende}, follow=True)
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "kwaad.example" not in html and "javascript:" not in html


def test_uitloggen_zonder_csrf_token_logt_niet_uit(django_user_model):
    client = Client(enforce_csrf_checks=True)
    client.force_login(django_user_model.objects.create_user("csrf-doel"))
    antwoord = client.post("/uitloggen/")
    assert antwoord.status_code == 403
    assert "_auth_user_id" in client.session
    # a GET (a link or image in someone else's page) does not log out either
    assert client.get("/uitloggen/").status_code == 200
    assert "_auth_user_id" in client.session
