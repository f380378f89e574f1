"""The OIDC_* environment variables: what they give, and one Dutch sentence when they are
incomplete or ask for what a provider may never grant."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kennisplatform.backup import modellen
from kennisplatform.settings.oidc import oidc_aanbieders
from kennisplatform.settings.omgeving import ConfiguratieFout

REPO = Path(__file__).resolve().parents[2]

VOLLEDIG = {
    "OIDC_PROVIDERS": "odu",
    "OIDC_ODU_CLIENT_ID": "kp",
    "OIDC_ODU_CLIENT_SECRET": "heel-geheim",
    "OIDC_ODU_DISCOVERY_URL": "https://idp.odu.example/.well-known/openid-configuration",
    "OIDC_ODU_ORGANISATIE": "ODU",
}


@pytest.fixture
def env(monkeypatch):
    for naam in list(os.environ):
        if naam.startswith("OIDC_"):
            monkeypatch.delenv(naam)

    def zet(**waarden):
        for naam, waarde in {**VOLLEDIG, **waarden}.items():
            if waarde is None:
                monkeypatch.delenv(naam, raising=False)
            else:
                monkeypatch.setenv(naam, waarde)

    return zet


def test_zonder_aanbieders_geen_sso(env, monkeypatch):
    monkeypatch.delenv("OIDC_PROVIDERS", raising=False)
    assert oidc_aanbieders() == {}


def test_veilige_standaard_alleen_lidmaatschap(env):
    env(OIDC_ODU_GROEPEN="a=groep-a; b=groep-b:trekker; c=:coordinator; cn=x,ou=y=groep-c")
    config = oidc_aanbieders()["odu"]
    assert config["weergavenaam"] == "odu"
    assert config["rollen"] == []
    assert config["groepen"] == [("a", "groep-a", "lid"), ("cn=x,ou=y", "groep-c", "lid")]
    assert config["groepen_claim"] == "groups"
    assert config["email_koppelen"] is False
    assert config["organisatie"] == "ODU" and config["organisatie_claim"] is None


def test_rollen_alleen_met_uitdrukkelijke_instelling(env):
    env(OIDC_ODU_GROEPEN="b=groep-b:trekker; c=:coördinator", OIDC_ODU_ROLLEN="trekker")
    assert oidc_aanbieders()["odu"]["groepen"] == [("b", "groep-b", "trekker")]
    env(OIDC_ODU_GROEPEN="b=groep-b:trekker; c=:coördinator", OIDC_ODU_ROLLEN="trekker,coordinator")
    assert len(oidc_aanbieders()["odu"]["groepen"]) == 2


@pytest.mark.parametrize(
    "waarden, begin",
    [
        ({"OIDC_ODU_CLIENT_ID": None}, "De omgevingsvariabele OIDC_ODU_CLIENT_ID ontbreekt"),
        ({"OIDC_ODU_CLIENT_SECRET": " "}, "De omgevingsvariabele OIDC_ODU_CLIENT_SECRET ontbreekt"),
        ({"OIDC_ODU_ORGANISATIE": None}, "De omgevingsvariabele OIDC_ODU_ORGANISATIE ontbreekt"),
        ({"OIDC_ODU_DISCOVERY_URL": "idp.example"}, "De omgevingsvariabele OIDC_ODU_DISCOVERY_URL"),
        ({"OIDC_PROVIDERS": "odu,Provincie!"}, "De omgevingsvariabele OIDC_PROVIDERS noemt"),
        (
            {"OIDC_ODU_ROLLEN": "beheerder"},
            "De omgevingsvariabele OIDC_ODU_ROLLEN noemt 'beheerder'",
        ),
        (
            {"OIDC_ODU_ROLLEN": "superuser"},
            "De omgevingsvariabele OIDC_ODU_ROLLEN noemt 'superuser'",
        ),
        (
            {"OIDC_ODU_ROLLEN": "redacteur"},
            "De omgevingsvariabele OIDC_ODU_ROLLEN noemt een onbekende",
        ),
        (
            {"OIDC_ODU_GROEPEN": "a=groep:beheerder"},
            "De omgevingsvariabele OIDC_ODU_GROEPEN klopt niet",
        ),
        (
            {"OIDC_ODU_GROEPEN": "groep-zonder-waarde"},
            "De omgevingsvariabele OIDC_ODU_GROEPEN klopt niet",
        ),
        (
            {"OIDC_ODU_GROEPEN": "a=groep-a:coordinator"},
            "De omgevingsvariabele OIDC_ODU_GROEPEN klopt niet",
        ),
        ({"OIDC_ODU_SCOPE": "email profile"}, "De omgevingsvariabele OIDC_ODU_SCOPE moet 'openid'"),
        ({"OIDC_ODU_ORGANISATIE": "claim:"}, "De omgevingsvariabele OIDC_ODU_ORGANISATIE noemt"),
        ({"OIDC_ODU_EMAIL_KOPPELEN": "misschien"}, "De omgevingsvariabele OIDC_ODU_EMAIL_KOPPELEN"),
    ],
)
def test_onvolledige_configuratie_geeft_een_zin(env, waarden, begin):
    env(**waarden)
    with pytest.raises(ConfiguratieFout) as fout:
        oidc_aanbieders()
    assert str(fout.value).startswith(begin)
    assert "heel-geheim" not in str(fout.value)


def test_het_platform_start_niet_met_een_halve_aanbieder():
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("OIDC_")}
    omgeving.pop("DATABASE_URL", None)
    omgeving.update(
        DJANGO_SETTINGS_MODULE="kennisplatform.settings.dev",
        OIDC_PROVIDERS="odu",
        OIDC_ODU_CLIENT_ID="kp",
    )
    resultaat = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=REPO,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert resultaat.returncode != 0
    assert "Traceback" not in resultaat.stderr
    regels = [r for r in resultaat.stderr.splitlines() if r.strip()]
    assert len(regels) == 1, resultaat.stderr
    assert regels[0].startswith("Configuratiefout: De omgevingsvariabele OIDC_ODU_CLIENT_SECRET")


@pytest.mark.django_db
def test_de_backup_neemt_de_aanmeldgegevens_mee():
    labels = {m._meta.label_lower for m in modellen.in_dump()}
    assert {"aanmelden.account", "aanmelden.identiteit", "aanmelden.toekenning"} <= labels
