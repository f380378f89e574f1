"""search is a service the apps register with: every app's zoeken.py is found and registered.
(That search imports no domain app is checked with the other layering rules in
tests/test_architectuur.py.)"""

from search.register import alle_concepten, alle_soorten


def test_elke_app_meldt_haar_soorten_aan():
    soorten = {(s.naam, s.model._meta.label) for s in alle_soorten()}
    assert soorten == {
        ("uitvoeringsafspraak", "afspraken.Uitvoeringsafspraak"),
        # --- evaluatie (issue 14.10): the cooperation as data (organisaties/zoeken.py)
        ("overleg", "organisaties.Overleg"),
        ("organisatie", "organisaties.Organisatie"),
        ("samenwerkingsverband", "organisaties.Samenwerkingsverband"),
        ("agendaonderwerp", "organisaties.AgendaOnderwerp"),
        ("evaluatiemoment", "organisaties.Evaluatiemoment"),
        # --- end evaluatie
        ("begrip", "begrippen.Begrip"),
        ("kennisnetwerk", "kennisnetwerken.KennisnetwerkPage"),
        ("themagroep", "themagroepen.ThemagroepPage"),
        ("projectgroep", "projectgroepen.ProjectgroepPage"),
        ("pagina", "kennisplatform.InhoudPage"),
        # --- issue 15: the samenwerkingsagenda and overlegstructuur pages themselves
        ("pagina", "organisaties.SamenwerkingsagendaPage"),
        ("pagina", "organisaties.OverlegstructuurPage"),
        ("pagina", "redactie.WerkruimtePage"),
        ("document", "wagtaildocs.Document"),
        ("sjabloon", "materialen.Sjabloon"),
        ("bijeenkomst", "materialen.Bijeenkomst"),  # issue 14.7 (part vergadering)
    }


def test_begrippen_leveren_de_concepten(db):
    from begrippen.models import Begrip

    begrip = Begrip.objects.exclude(afkortingen="").first()
    concept = next(c for c in alle_concepten() if c.token == f"bgr{begrip.pk}")
    assert concept.term == begrip.term and concept.afkortingen == tuple(begrip.afkortingen_lijst)
