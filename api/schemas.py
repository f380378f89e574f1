"""The typed answers of /api/v1. Field names follow the existing JSON where there is one
(afspraken.views.api_afspraak, search.views.api_zoeken); lists carry `_links` (HAL style, as the
API Design Rules' examples do) for the pages."""

import datetime

from ninja import Schema
from pydantic import Field


class Link(Schema):
    href: str = Field(description="Het volledige adres.")


class Links(Schema):
    self: Link = Field(description="Deze pagina.")
    first: Link = Field(description="De eerste pagina.")
    last: Link = Field(description="De laatste pagina.")
    next: Link | None = Field(None, description="De volgende pagina; null op de laatste.")
    prev: Link | None = Field(None, description="De vorige pagina; null op de eerste.")


class Pagina(Schema):
    """What every list has: counts and the links to other pages."""

    count: int = Field(description="Het aantal resultaten over alle pagina's.")
    pagina: int = Field(description="Het nummer van deze pagina (vanaf 1).")
    paginas: int = Field(description="Het aantal pagina's.")
    paginagrootte: int = Field(description="Het aantal resultaten per pagina.")
    links: Links = Field(alias="_links", serialization_alias="_links")


class Grondslag(Schema):
    wet: str
    artikel: str
    bwb_id: str = Field(description="Het id in het Basiswettenbestand; leeg als onbekend.")
    url: str = Field(description="De link naar wetten.overheid.nl; leeg als onbekend.")


class Afspraak(Schema):
    """One public uitvoeringsafspraak, as in the existing /api/afspraken/ (the partner fields
    and the summary flag as true/false instead of "x"/"")."""

    code: str
    titel: str
    status: str = Field(description="in afstemming, vastgesteld of ingetrokken.")
    groep: str | None = Field(
        description="De slug van de groep; null zonder groep of bij een besloten groep."
    )
    kerninstrument: str
    juridische_onderbouwing: str
    juridische_tekst: str
    juridische_tekst_is_samenvatting: bool
    samenwerkingsafspraak: str
    typering: str
    trefwoorden: list[str]
    bron: str
    ambtelijk_bestuurlijk: str
    gemeente: bool
    provincie: bool
    waterschap: bool
    omgevingsdienst: bool
    veiligheidsregio: bool
    ggd: bool
    rijk: bool
    toelichting: str
    url: str = Field(description="De pagina van de afspraak in het register.")
    ketenpartners: list[str]
    grondslagen: list[Grondslag]
    vastgesteld_door: str | None
    vastgesteld_op: datetime.date | None
    herzien_voor: datetime.date | None
    laatst_gewijzigd: datetime.datetime | None


class Statuswijziging(Schema):
    status: str
    datum: datetime.datetime
    vastgesteld_door: str | None
    vastgesteld_op: datetime.date | None


class AfspraakDetail(Afspraak):
    statusgeschiedenis: list[Statuswijziging]


class Afsprakenlijst(Pagina):
    results: list[Afspraak]
    meldingen: list[str] = Field(
        description="Waarom een parameter niet gebruikt is (bijvoorbeeld een onbruikbare "
        "zoekterm); leeg als alles gebruikt is."
    )


class Bron(Schema):
    titel: str
    url: str | None = Field(
        description="De pagina van de bron, voor een wetsartikel de link naar wetten.overheid.nl; "
        "null als er geen pagina is."
    )


class Begrip(Schema):
    id: int
    slug: str
    term: str
    definitie: str
    afkortingen: list[str]
    synoniemen: list[str]
    bron: str
    bronnen: list[Bron] = Field(
        description="De bron per onderdeel (zoals in de SKOS-export): titel en pagina."
    )
    groep: str | None = Field(description="De slug van de openbare groep; anders null.")
    uri: str = Field(description="De vaste URI van het begrip (SKOS).")
    url: str | None = Field(description="De pagina in de begrippenlijst; null zonder lijst.")
    bredere_begrippen: list[str] = Field(description="Slugs van de bredere begrippen.")
    smallere_begrippen: list[str] = Field(description="Slugs van de smallere begrippen.")
    verwante_begrippen: list[str] = Field(description="Slugs van de verwante begrippen.")


class Begrippenlijst(Pagina):
    results: list[Begrip]


class Organisatie(Schema):
    id: int
    slug: str = Field(description="Afgeleid van de naam; ook bruikbaar in het adres.")
    naam: str
    afkorting: str
    soort: str
    website: str


class Organisatielijst(Pagina):
    results: list[Organisatie]


class Zoekresultaat(Schema):
    id: int | str
    soort: str
    titel: str
    tekst: str
    url: str
    highlight: str = Field(description="Een fragment met de gevonden woorden in <mark>.")


class Zoekuitkomst(Pagina):
    query: str
    results: list[Zoekresultaat]
    facets: dict[str, dict[str, int]] = Field(description="Aantallen per facetwaarde.")
    suggestion: str | None = Field(description="Bedoelde u …? (null zonder suggestie).")
