from django.apps import AppConfig


class SamenwerkingConfig(AppConfig):
    """The cooperation as data, shown to everyone (issue 14): a page per overleg, the diagram
    of the overlegstructuur, the organisations and what they take part in, the
    samenwerkingsverbanden and the agenda views. Its data lives in organisaties (layer 1); it sits
    in layer 3 because what it shows of groups must respect their privacy (groepen.toegang)."""

    name = "samenwerking"
    verbose_name = "Samenwerking"
