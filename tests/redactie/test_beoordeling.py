"""The trekker's flow around the review: a warning for private documents on an open page
(editor, after submitting, for the coördinator), and a page in review that stays editable for
the trekkers of its group, without anybody gaining rights."""

import pytest

from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import Page, TaskState
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from groepen.models import GroepPage, Werkmateriaal
from kennisplatform.models import InhoudPage
from redactie.documentwaarschuwing import ADVIES, besloten_documenten
from redactie.rollen import zorg_voor_rollen
from tests.factories import DocumentFactory, GebruikerFactory
from tests.helpers.redactie import werkruimte_van

pytestmark = pytest.mark.django_db

WAARSCHUWING = "linkt naar een besloten document"
PANEEL = 'id="kp-besloten-documenten-section"'


def _pagina_met_documenten(ouder, titel, blok_document=None, tekst_document=None, door=None):
    """A content page whose draft links a document by a document block and/or a link in rich
    text, saved as a revision (the state the editor and the reviewer see)."""
    body = []
    if blok_document:
        body.append(("document", {"document": blok_document, "titel": ""}))
    if tekst_document:
        body.append(
            (
                "tekst",
                RichText(
                    f'<p>Zie <a linktype="document" id="{tekst_document.pk}">bijlage</a>.</p>'
                ),
            )
        )
    pagina = InhoudPage(title=titel, slug=slugify(titel), intro="Inleiding.", live=False)
    ouder.add_child(instance=pagina)
    pagina.body = body
    pagina.save_revision(user=door)
    return pagina


def _dien_in(pagina, trekker):
    zorg_voor_rollen()["workflow"].start(pagina, trekker)
    return TaskState.objects.get(
        workflow_state__object_id=str(pagina.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def _bewerkscherm(client, gebruiker, pagina):
    client.force_login(gebruiker)
    antwoord = client.get(reverse("wagtailadmin_pages:edit", args=[pagina.pk]))
    assert antwoord.status_code == 200
    return antwoord.content.decode()


# -- the warning -------------------------------------------------------------------------


def test_editor_waarschuwt_trekker_voor_werkruimtedocument_op_openbare_pagina(
    client, gebruikers, eigen_groep, documenten
):
    pagina = _pagina_met_documenten(
        eigen_groep,
        "Handreiking vooroverleg met bijlage",
        blok_document=documenten["eigen werkruimte"],
        tekst_document=documenten["eigen groep"],
        door=gebruikers["trekker"],
    )
    html = _bewerkscherm(client, gebruikers["trekker"], pagina)
    assert WAARSCHUWING in html
    assert "„eigen-werkruimte”" in html
    assert ADVIES in html
    assert "„eigen-groep”" not in html  # the public document of the group is fine


def test_waarschuwing_ook_voor_link_in_tekst(client, gebruikers, eigen_groep, documenten):
    pagina = _pagina_met_documenten(
        eigen_groep,
        "Verslag met link",
        tekst_document=documenten["eigen werkruimte"],
        door=gebruikers["trekker"],
    )
    assert [d.title for d in besloten_documenten(pagina)] == ["eigen-werkruimte"]
    assert "„eigen-werkruimte”" in _bewerkscherm(client, gebruikers["trekker"], pagina)


def test_geen_waarschuwing_bij_alleen_openbare_documenten(
    client, gebruikers, eigen_groep, documenten
):
    pagina = _pagina_met_documenten(
        eigen_groep,
        "Pagina met openbare stukken",
        blok_document=documenten["eigen groep"],
        tekst_document=documenten["publiek deel"],
        door=gebruikers["trekker"],
    )
    html = _bewerkscherm(client, gebruikers["trekker"], pagina)
    assert WAARSCHUWING not in html
    assert ADVIES not in html


def test_geen_waarschuwing_op_een_pagina_in_de_werkruimte(
    client, gebruikers, eigen_groep, documenten
):
    pagina = _pagina_met_documenten(
        werkruimte_van(eigen_groep),
        "Besloten verslag",
        blok_document=documenten["eigen werkruimte"],
        door=gebruikers["trekker"],
    )
    assert besloten_documenten(pagina) == []
    assert WAARSCHUWING not in _bewerkscherm(client, gebruikers["trekker"], pagina)


def _maak_aan_met_werkruimtelink(client, gebruiker, groep, document, titel, actie=None):
    client.force_login(gebruiker)
    link = f'<p><a linktype="document" id="{document.pk}">bijlage</a></p>'
    data = nested_form_data(
        {
            "title": titel,
            "slug": slugify(titel),
            "intro": "Tekst van de trekker.",
            "body": streamfield([("tekst", rich_text(link))]),
        }
    )
    if actie:
        data[actie] = "1"
    url = reverse("wagtailadmin_pages:add", args=("kennisplatform", "inhoudpage", groep.pk))
    return client.post(url, data, follow=True)


def test_werkmateriaal_uit_de_werkruimte_is_geen_reden_voor_waarschuwing(
    gebruikers, eigen_groep, documenten
):
    """The group page lists werkruimte material to members only (groepen/toegang.py); a
    document in its body is shown to everybody and does warn."""
    groep = Page.objects.get(pk=eigen_groep.pk).specific.get_latest_revision_as_object()
    groep.werkmaterialen.add(
        Werkmateriaal(titel="Verslag", document=documenten["eigen werkruimte"])
    )
    tweede = DocumentFactory(
        title="tweede-werkruimte", collection=eigen_groep.rechten.werkruimte_collectie
    )
    groep.body = [("document", {"document": tweede, "titel": ""})]
    groep.save_revision(user=gebruikers["trekker"])
    assert [d.title for d in besloten_documenten(groep)] == ["tweede-werkruimte"]


@pytest.mark.parametrize(
    "actie", [None, "action-submit"], ids=["concept bewaren", "ter beoordeling aanbieden"]
)
def test_waarschuwing_eenmaal_na_bewaren_of_indienen(
    client, gebruikers, eigen_groep, documenten, actie
):
    antwoord = _maak_aan_met_werkruimtelink(
        client,
        gebruikers["trekker"],
        eigen_groep,
        documenten["eigen werkruimte"],
        f"Nieuw stuk {actie}",
        actie,
    )
    pagina = InhoudPage.objects.get(slug=slugify(f"Nieuw stuk {actie}"))
    assert pagina.workflow_in_progress is (actie == "action-submit")  # a warning, not a block
    html = antwoord.content.decode()
    assert WAARSCHUWING in html
    assert html.count("„eigen-werkruimte”") == 1
    # Opening the editor again warns again: the warning follows the draft, not the moment.
    assert "„eigen-werkruimte”" in _bewerkscherm(client, gebruikers["trekker"], pagina)


def test_coordinator_ziet_de_waarschuwing_in_de_beoordeling(
    client, gebruikers, eigen_groep, documenten
):
    pagina = _pagina_met_documenten(
        eigen_groep,
        "Ter beoordeling met bijlage",
        blok_document=documenten["eigen werkruimte"],
        door=gebruikers["trekker"],
    )
    _dien_in(pagina, gebruikers["trekker"])
    html = _bewerkscherm(client, gebruikers["coordinator"], pagina)
    assert WAARSCHUWING in html and "„eigen-werkruimte”" in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert PANEEL in dashboard
    assert "Ter beoordeling met bijlage" in dashboard
    assert "„eigen-werkruimte”" in dashboard


def test_dashboard_zonder_waarschuwing_als_niets_besloten_is(
    client, gebruikers, eigen_groep, documenten
):
    pagina = _pagina_met_documenten(
        eigen_groep,
        "Ter beoordeling zonder bijlage",
        blok_document=documenten["eigen groep"],
        door=gebruikers["trekker"],
    )
    _dien_in(pagina, gebruikers["trekker"])
    client.force_login(gebruikers["coordinator"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Ter beoordeling zonder bijlage" in dashboard  # in Wagtail's own review list
    assert PANEEL not in dashboard


def test_dashboardpaneel_alleen_voor_wie_beoordeelt(client, gebruikers, eigen_groep, documenten):
    """The dashboard panel only lists pages the user reviews: a trekker sees nothing."""
    pagina = _pagina_met_documenten(
        eigen_groep,
        "Alleen voor de beoordelaar",
        blok_document=documenten["eigen werkruimte"],
        door=gebruikers["trekker"],
    )
    _dien_in(pagina, gebruikers["trekker"])
    client.force_login(gebruikers["professional"])
    assert client.get(reverse("wagtailadmin_home")).status_code in (302, 403)
    client.force_login(gebruikers["trekker"])
    assert PANEEL not in (client.get(reverse("wagtailadmin_home")).content.decode())


# -- a page in review stays editable for its trekkers ------------------------------------


def _groepspagina_gegevens(groep, **wijzigingen):
    """The edit form of a group page as the admin posts it, from the page's latest draft."""
    concept = groep.get_latest_revision_as_object()
    velden = {
        "title": concept.title,
        "slug": concept.slug,
        "samenvatting": concept.samenvatting,
        "doel": concept.doel,
        "niveau": concept.niveau,
        "body": streamfield([]),
        "trekkers": inline_formset(
            [
                {
                    "id": t.pk or "",
                    "naam": t.naam,
                    "organisatie": t.organisatie_id or "",
                    "rol": t.rol,
                    "gebruiker": t.gebruiker_id or "",
                }
                for t in concept.trekkers.all()
            ],
            initial=len([t for t in concept.trekkers.all() if t.pk]),
        ),
        "organisaties": [o.pk for o in concept.organisaties.all()],
        "vergaderritme": concept.vergaderritme,
        "contact": concept.contact,
        "werkmaterialen": inline_formset([]),
        **wijzigingen,
    }
    data = nested_form_data(velden)
    data["organisaties"] = velden["organisaties"]
    return data


def _taak_van(pagina):
    return TaskState.objects.get(
        workflow_state__object_id=str(pagina.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def test_groepspagina_in_beoordeling_staat_open_voor_haar_trekker(client, gebruikers, eigen_groep):
    groep = Page.objects.get(pk=eigen_groep.pk).specific
    assert groep.workflow_in_progress  # the demo's submission waits for a coördinator
    assert groep.get_lock().for_user(gebruikers["trekker"]) is False
    html = _bewerkscherm(client, gebruikers["trekker"], groep)
    assert "content-locked" not in html  # Wagtail marks a locked editor on <body>
    assert "Pagina is vergrendeld" not in html
    assert "Bewaar concept" in html
    assert "U kunt verder bewerken" in html
    assert "de laatste versie" in html


def test_trekker_slaat_wijziging_op_tijdens_beoordeling_en_coordinator_keurt_goed(
    client, gebruikers, eigen_groep
):
    groep = Page.objects.get(pk=eigen_groep.pk).specific
    taak = _taak_van(groep)
    revisies = groep.revisions.count()
    client.force_login(gebruikers["trekker"])
    antwoord = client.post(
        reverse("wagtailadmin_pages:edit", args=[groep.pk]),
        _groepspagina_gegevens(groep, vergaderritme="Elke zes weken, op dinsdag"),
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    groep.refresh_from_db()
    assert groep.revisions.count() == revisies + 1
    assert groep.workflow_in_progress  # the review goes on ...
    assert groep.vergaderritme != "Elke zes weken, op dinsdag"  # the live version waits
    # ... restarted on the new revision: the submitted one can no longer be approved.
    taak.refresh_from_db()
    assert taak.status == TaskState.STATUS_CANCELLED
    nieuwe_taak = _taak_van(groep)
    assert nieuwe_taak.revision_id == groep.get_latest_revision().pk

    # The coördinator is told the page changed after submitting, and approves the latest.
    html = _bewerkscherm(client, gebruikers["coordinator"], groep)
    assert "gewijzigd nadat ze ter beoordeling is ingediend" in html
    assert "Vergelijk met de ingediende versie" in html
    url = reverse("wagtailadmin_pages:workflow_action", args=(groep.pk, "approve", nieuwe_taak.pk))
    assert client.post(url, {"comment": ""}).status_code in (200, 302)
    groep = GroepPage.objects.get(pk=groep.pk)
    assert groep.vergaderritme == "Elke zes weken, op dinsdag"
    assert not groep.workflow_in_progress
    # Publishing applied the list of trekkers: the trekker kept their rights.
    assert groep.rechten.trekkers.user_set.filter(pk=gebruikers["trekker"].pk).exists()


def test_trekker_van_andere_groep_kan_groepspagina_in_beoordeling_niet_bewerken(
    client, gebruikers, eigen_groep, andere_groep
):
    groep = Page.objects.get(pk=eigen_groep.pk).specific
    buitenstaander = GebruikerFactory(rol="trekker", trekker_van=andere_groep)
    assert groep.get_lock().for_user(buitenstaander) is True
    client.force_login(buitenstaander)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[groep.pk])).status_code in (
        302,
        403,
    )
    revisies = groep.revisions.count()
    antwoord = client.post(
        reverse("wagtailadmin_pages:edit", args=[groep.pk]),
        _groepspagina_gegevens(groep, vergaderritme="Overgenomen"),
    )
    assert antwoord.status_code in (302, 403)
    assert groep.revisions.count() == revisies


def test_trekker_kan_eigen_pagina_niet_goedkeuren(client, gebruikers, eigen_groep):
    groep = Page.objects.get(pk=eigen_groep.pk).specific
    taak = _taak_van(groep)
    assert taak.task.specific.get_actions(groep, gebruikers["trekker"]) == []
    client.force_login(gebruikers["trekker"])
    url = reverse("wagtailadmin_pages:workflow_action", args=(groep.pk, "approve", taak.pk))
    antwoord = client.post(url, {"comment": ""})
    assert antwoord.status_code in (302, 403)
    taak.refresh_from_db()
    assert taak.status == TaskState.STATUS_IN_PROGRESS
    groep.refresh_from_db()
    assert groep.workflow_in_progress
    assert not groep.permissions_for_user(gebruikers["trekker"]).can_publish()
