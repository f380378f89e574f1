"""The contact of the OpenAPI description comes from the environment; a wrong value stops the
start-up with a Dutch message (settings read in a child process, tests/helpers/productie.py)."""

from tests.helpers.productie import draai_productie, productie_instellingen


def test_contact_uit_de_omgeving():
    waarden = productie_instellingen(
        "API_CONTACT_EMAIL",
        "API_CONTACT_URL",
        API_CONTACT_EMAIL="api@kennisplatform.example",
        API_CONTACT_URL="https://kennisplatform.example/contact/",
    )
    assert waarden == {
        "API_CONTACT_EMAIL": "api@kennisplatform.example",
        "API_CONTACT_URL": "https://kennisplatform.example/contact/",
    }


def test_ongeldig_contact_stopt_met_nederlandse_melding():
    uitkomst = draai_productie("check", API_CONTACT_EMAIL="geen-adres")
    assert uitkomst.returncode != 0
    assert "API_CONTACT_EMAIL" in uitkomst.stderr and "e-mailadres" in uitkomst.stderr
    uitkomst = draai_productie("check", API_CONTACT_URL="contact")
    assert uitkomst.returncode != 0
    assert "API_CONTACT_URL" in uitkomst.stderr
