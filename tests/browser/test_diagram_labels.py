"""The diagram of the overlegstructuur with the demo content in a real Chromium at 1280 px
(issue 14.2): the layout reserves room for each text by an estimate of its width; here the
browser measures the real text. Each relation label's text fits inside its white box, each
box's text inside the box, each band label inside the column left of the boxes, and no two
relation labels overlap as drawn."""

import itertools

import pytest

from organisaties.models import OverlegstructuurPage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

METEN = """() => {
  const bbox = (e) => { const b = e.getBBox(); return [b.x, b.y, b.width, b.height]; };
  const svg = document.querySelector('.kp-diagram__svg');
  return {
    labels: [...svg.querySelectorAll('.kp-diagram__label')].map(
      (g) => [g.dataset.relatie, bbox(g.querySelector('text')), bbox(g.querySelector('rect'))]),
    vakken: [...svg.querySelectorAll('.kp-diagram__vak')].map(
      (a) => [a.dataset.sleutel, [...a.querySelectorAll('text')].map(bbox),
              bbox(a.querySelector('rect'))]),
    niveaus: [...svg.querySelectorAll('.kp-diagram__niveau')].map(bbox),
    eerste_vak: Math.min(...[...svg.querySelectorAll('.kp-diagram__vak rect')].map(
      (r) => r.getBBox().x)),
  };
}"""


def _binnen(binnen, om, marge=0):
    x, y, b, h = binnen
    ox, oy, ob, oh = om
    return x >= ox - marge and y >= oy - marge and x + b <= ox + ob + marge and y + h <= oy + oh


def _overlapt(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_teksten_van_het_schema_passen_in_hun_vakken(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pagina = context.new_page()
    pagina.goto(live_server.url + OverlegstructuurPage.objects.get().url)
    maten = pagina.evaluate(METEN)
    context.close()
    assert len(maten["labels"]) >= 11 and len(maten["vakken"]) >= 5
    for relatie, tekst, vak in maten["labels"]:
        assert _binnen(tekst, vak, marge=1), relatie
    for (a, _, ra), (b, _, rb) in itertools.combinations(maten["labels"], 2):
        assert not _overlapt(ra, rb), (a, b)
    for sleutel, teksten, vak in maten["vakken"]:
        assert all(_binnen(t, vak) for t in teksten), sleutel
    for niveau in maten["niveaus"]:
        assert niveau[0] + niveau[2] < maten["eerste_vak"], niveau
