"""Attacks on the login: locking others out behind a proxy, spoofed X-Forwarded-For, and one
address spraying one password over many accounts (issue 11, point 12)."""

import pytest

from django.test import override_settings

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
ACHTER_PROXY = override_settings(VERTROUWDE_PROXY_HEADER="X-Forwarded-For", PROXY_AANTAL=1)


@pytest.fixture(autouse=True)
def stilstaande_klok(monkeypatch):
    """The limits count in fixed windows; the clock stands still so that no window ends
    halfway through a test (which would let a test pass or fail by the time of day)."""
    import time
    import types

    nu = time.time()
    monkeypatch.setattr("django_ratelimit.core.time", types.SimpleNamespace(time=lambda: nu))


def inloggen(client, gebruikersnaam, wachtwoord, pad="/inloggen/", **meta):
    return client.post(pad, {"username": gebruikersnaam, "password": wachtwoord}, **meta)


def ingelogd(client):
    return "_auth_user_id" in client.session


def test_zesde_foute_inlog_vanaf_een_adres_is_geblokkeerd(client, demo_wachtwoord):
    eerste = inloggen(client, "trekker", "fout-wachtwoord", REMOTE_ADDR="203.0.113.5")
    assert "komen niet overeen" in eerste.content.decode()
    for _ in range(4):
        inloggen(client, "trekker", "fout-wachtwoord", REMOTE_ADDR="203.0.113.5")
    antwoord = inloggen(client, "trekker", demo_wachtwoord, REMOTE_ADDR="203.0.113.5")
    assert antwoord.status_code == 429
    assert "Tijdelijk geblokkeerd" in antwoord.content.decode()
    assert not ingelogd(client)


@ACHTER_PROXY
def test_achter_de_proxy_blokkeert_een_aanvaller_alleen_zichzelf(client, demo_wachtwoord):
    # Everyone comes from the proxy's address; the proxy appends the client's address.
    for _ in range(5):
        inloggen(
            client,
            "trekker",
            "fout-wachtwoord",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.66",
        )
    aanvaller = inloggen(
        client, "trekker", demo_wachtwoord, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.66"
    )
    assert aanvaller.status_code == 429
    assert not ingelogd(client)

    # The real trekker, through the same proxy from another address, still gets in.
    antwoord = inloggen(
        client, "trekker", demo_wachtwoord, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.7"
    )
    assert antwoord.status_code == 302
    assert ingelogd(client)


@ACHTER_PROXY
def test_achter_de_proxy_helpt_een_verzonnen_adres_vooraan_niet(client, demo_wachtwoord):
    # What a client writes in X-Forwarded-For stays on the left; the proxy's entry counts.
    for poging in range(5):
        inloggen(
            client,
            "trekker",
            "fout-wachtwoord",
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"192.0.2.{poging}, 203.0.113.66",
        )
    antwoord = inloggen(
        client,
        "trekker",
        demo_wachtwoord,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.66",
    )
    assert antwoord.status_code == 429
    assert not ingelogd(client)


def test_zonder_proxy_instelling_telt_x_forwarded_for_niet(client, demo_wachtwoord):
    # Without a configured proxy a client cannot dodge the lockout by inventing addresses.
    for poging in range(5):
        inloggen(
            client,
            "trekker",
            "fout-wachtwoord",
            REMOTE_ADDR="203.0.113.5",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{poging}",
        )
    antwoord = inloggen(
        client,
        "trekker",
        demo_wachtwoord,
        REMOTE_ADDR="203.0.113.5",
        HTTP_X_FORWARDED_FOR="192.0.2.200",
    )
    assert antwoord.status_code == 429
    assert not ingelogd(client)


@pytest.mark.parametrize("pad", ["/inloggen/", "/admin/login/"])
def test_een_wachtwoord_sproeien_over_30_accounts_wordt_gestopt(client, demo_wachtwoord, pad):
    statussen = [
        inloggen(client, f"medewerker{nummer:02d}", "Zomer2026!Utrecht", pad=pad).status_code
        for nummer in range(30)
    ]
    assert 429 in statussen, statussen
    eerste_stop = statussen.index(429)
    assert all(status == 429 for status in statussen[eerste_stop:])

    # Once stopped, even the right password of a real account does not get in from there ...
    antwoord = inloggen(client, "trekker", demo_wachtwoord, pad=pad)
    assert antwoord.status_code == 429
    assert "verkeerd wachtwoord" in antwoord.content.decode()
    assert antwoord["Retry-After"].isdigit()
    assert not ingelogd(client)

    # ... while people elsewhere still log in.
    antwoord = inloggen(client, "trekker", demo_wachtwoord, pad=pad, REMOTE_ADDR="198.51.100.7")
    assert antwoord.status_code == 302
    assert ingelogd(client)


def test_geslaagde_inlogs_vanaf_een_kantooradres_tellen_niet(client, demo_wachtwoord):
    # Many colleagues behind one office address: only failed logins count towards the limit.
    for _ in range(30):
        antwoord = inloggen(client, "groepslid", demo_wachtwoord)
        assert antwoord.status_code == 302
        client.logout()
