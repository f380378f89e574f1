"""Issue 17, attack on following with exotic input: a group "id" in superscript digits (a digit
to str.isdigit(), not to int()) was a 500; now the Dutch refusal, and nothing is stored."""

import pytest

from volgen.models import Volg
from volgen.views import MAX_VOLGEN


@pytest.mark.parametrize("waarde", ["²", "1²", "9" * 30])
def test_groep_met_vreemde_cijfers_geeft_nederlandse_melding(client, lezer, waarde):
    client.force_login(lezer)
    antwoord = client.post("/volglijst/volg/", {"soort": "groep", "waarde": waarde})
    assert antwoord.status_code == 400
    assert "Deze groep bestaat niet (meer)." in antwoord.content.decode()
    assert not Volg.objects.filter(gebruiker=lezer).exists()


def test_andermans_of_onmogelijk_volgnummer_verwijderen_is_404(client, lezer):
    client.force_login(lezer)
    assert client.post("/volglijst/" + "9" * 25 + "/verwijder/").status_code == 404


def test_het_aantal_volgen_per_lezer_is_begrensd(client, lezer, groep):
    """Every followed search is a full search in the digest run: one account with thousands
    of them would stall the daily run for everyone."""
    Volg.objects.bulk_create(
        Volg(gebruiker=lezer, soort="zoekvraag", waarde=f"q=woord{i}") for i in range(MAX_VOLGEN)
    )
    client.force_login(lezer)
    antwoord = client.post("/volglijst/volg/", {"soort": "zoekvraag", "waarde": "q=nog+een"})
    assert antwoord.status_code == 400
    assert "het maximum" in antwoord.content.decode()
    assert Volg.objects.filter(gebruiker=lezer).count() == MAX_VOLGEN
    # following what one already follows is no new follow: not refused
    antwoord = client.post("/volglijst/volg/", {"soort": "zoekvraag", "waarde": "q=woord7"})
    assert antwoord.status_code == 302
