"""Issue 17, attack on following with exotic input: a group "id" in superscript digits (a digit
to str.isdigit(), not to int()) was a 500; now the Dutch refusal, and nothing is stored."""

import pytest

from volgen.models import Volg


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
