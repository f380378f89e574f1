"""The fill-in form of a template: one field per placeholder (per party where a placeholder
stands for several parties, see materialen.sjablonen), with a readable label and help text."""

from django import forms
from django.utils.translation import gettext as _

from materialen import sjablonen

MAX_WAARDE = 500


class _SjabloonFormulier(forms.Form):
    plekken = []

    def groepen(self):
        """The fields grouped by the heading they first appear under, in order:
        [(heading, [bound field, ...]), ...]; the parties of art. 1.1 stand together."""
        groepen = []
        for plek in self.plekken:
            kop = plek.kop or _("Begin van de tekst")
            if not groepen or groepen[-1][0] != kop:
                groepen.append((kop, []))
            groepen[-1][1].append(self[plek.veldnaam])
        return groepen

    def clean(self):
        gegevens = super().clean()
        for plek in self.plekken:
            waarde = sjablonen.schone_waarde(gegevens.get(plek.veldnaam))
            gegevens[plek.veldnaam] = waarde
            # "Gemeente" alone, where the template says "Gemeente [naam]": the name is missing.
            kaal = waarde.lower()
            for woord in plek.voorwoorden:
                if kaal == woord.lower():
                    self.add_error(
                        plek.veldnaam,
                        _(
                            "Vul de naam zelf in: „%(woord)s” staat al in het sjabloon, "
                            "vóór deze invulplek."
                        )
                        % {"woord": woord},
                    )
                    break
        return gegevens


def formulier_klasse(plekken):
    velden = {"plekken": plekken}
    for plek in plekken:
        voorkomen = _("Komt %(aantal)s keer voor, bijvoorbeeld: %(context)s") % {
            "aantal": plek.aantal,
            "context": plek.voorbeelden[0],
        }
        if plek.aantal == 1:
            voorkomen = _("In de tekst: %(context)s") % {"context": plek.voorbeelden[0]}
        velden[plek.veldnaam] = forms.CharField(
            label=plek.label,
            required=False,
            max_length=MAX_WAARDE,
            help_text=f"{plek.uitleg} {voorkomen}".strip(),
            widget=forms.TextInput(attrs={"class": "utrecht-textbox utrecht-textbox--html-input"}),
        )
    return type("SjabloonFormulier", (_SjabloonFormulier,), velden)
