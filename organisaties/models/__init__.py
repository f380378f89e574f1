"""The parties of the cooperation, its overlegstructuur and the yearly samenwerkingsagenda."""

from organisaties.models.organisaties import Niveau, Organisatie, Partijschap
from organisaties.models.overleggen import (
    Deelname,
    Evaluatiemoment,
    Overleg,
    OverlegRelatie,
    Relatiesoort,
    Rol,
)
from organisaties.models.paginas import (
    AgendaOnderwerp,
    Agendastatus,
    OverlegstructuurPage,
    SamenwerkingsagendaPage,
)
from organisaties.models.verbanden import Onderwerp, Samenwerkingsverband

__all__ = [
    "AgendaOnderwerp",
    "Agendastatus",
    "Deelname",
    "Evaluatiemoment",
    "Niveau",
    "Onderwerp",
    "Organisatie",
    "Overleg",
    "OverlegRelatie",
    "OverlegstructuurPage",
    "Partijschap",
    "Relatiesoort",
    "Rol",
    "SamenwerkingsagendaPage",
    "Samenwerkingsverband",
]
