"""The search documents: one row per searchable object, holding its Dutch analysis.

Wagtail's search framework indexes these rows (on the database backend: SQLite FTS5 or
PostgreSQL full text search; optionally Elasticsearch/OpenSearch). The columns `title` and
`body` hold the analysed tokens (see analyse.py); `velden` keeps the analysis per field for
ranking and highlighting. Only published content is indexed; `toegang` records who may see
it ("openbaar", "ingelogd", "pagina:<restriction>", "collectie:<restriction>")."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class Zoekdocument(index.Indexed, models.Model):
    sleutel = models.CharField(max_length=120, unique=True)
    soort = models.CharField(_("soort"), max_length=40, db_index=True)
    object_pk = models.CharField(max_length=40)
    titel = models.CharField(_("titel"), max_length=300)
    tekst = models.TextField(_("tekst"), blank=True)
    url = models.CharField(max_length=500, blank=True)
    toegang = models.CharField(max_length=60, default="openbaar", db_index=True)
    kerninstrument = models.CharField(max_length=200, blank=True)
    groep = models.CharField(max_length=255, blank=True)
    status = models.CharField(max_length=60, blank=True)
    typering = models.CharField(max_length=60, blank=True)
    ketenpartners = models.CharField(max_length=200, blank=True, help_text="|gemeente|rijk|")
    velden = models.JSONField(default=list)
    title = models.TextField(blank=True)  # analysed tokens of the heavy fields
    body = models.TextField(blank=True)  # analysed tokens of the other fields
    bijgewerkt = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("body"),
        index.AutocompleteField("titel"),
        index.FilterField("soort"),
        index.FilterField("toegang"),
        index.FilterField("kerninstrument"),
        index.FilterField("groep"),
        index.FilterField("status"),
        index.FilterField("typering"),
        index.FilterField("ketenpartners"),
    ]

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")

    def __str__(self):
        return self.titel


class Zoekterm(models.Model):
    """How many documents of one access level contain a token: the vocabulary for typo
    suggestions and the document frequencies for ranking."""

    term = models.CharField(max_length=100)
    toegang = models.CharField(max_length=60, default="openbaar")
    is_woord = models.BooleanField(default=False)
    aantal = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "toegang"], name="zoekterm_uniek"),
        ]
        indexes = [models.Index(fields=["toegang", "is_woord"])]

    def __str__(self):
        return self.term


class Indexversie(models.Model):
    """One row: the version of the search index, shared by every process through the database.

    Every change of what the per-process memo of search.indexeren holds (documents, terms,
    concepts) raises `versie` (F()+1) and draws a new `token` when its transaction commits; a
    process that sees another (versie, token) than its memo was built for builds it again."""

    versie = models.BigIntegerField(default=0)
    token = models.CharField(max_length=32, blank=True)
    # analyse.ANALYSEVERSIE of the index (or of the rebuild scheduled for it); 0: unknown
    analyse = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("versie van de zoekindex")
        verbose_name_plural = _("versies van de zoekindex")

    def __str__(self):
        return f"{self.versie}"


# --- issue 15: learned abbreviations, the search log and promoted results --------------------


class GeleerdeAfkorting(models.Model):
    """An abbreviation that the content defines itself ("Omgevingsdienst Utrecht (ODU)",
    "bopa (buitenplanse omgevingsplanactiviteit)"), found while indexing. Used for query
    expansion like a synonym of the glossary, weighted below it, and expanded to its own long
    form only. An editor can reject one; a rejected one stays (so a rebuild does not bring it
    back) but is not used."""

    afkorting = models.CharField(_("afkorting"), max_length=20)  # folded: "odu"
    weergave = models.CharField(_("afkorting zoals geschreven"), max_length=20)  # "ODU"
    lange_vorm = models.CharField(_("lange vorm"), max_length=200)  # folded, one space
    lange_vorm_weergave = models.CharField(_("lange vorm zoals geschreven"), max_length=200)
    aantal = models.PositiveIntegerField(_("aantal documenten"), default=0)
    bron = models.CharField(_("bron"), max_length=300, blank=True)  # a defining document
    bron_url = models.CharField(max_length=500, blank=True)
    afgewezen = models.BooleanField(_("afgewezen"), default=False)
    gevonden_op = models.DateTimeField(_("gevonden op"), auto_now_add=True)
    gewijzigd_op = models.DateTimeField(_("gewijzigd op"), auto_now=True)

    class Meta:
        verbose_name = _("geleerde afkorting")
        verbose_name_plural = _("geleerde afkortingen")
        ordering = ["afkorting", "lange_vorm"]
        constraints = [
            models.UniqueConstraint(
                fields=["afkorting", "lange_vorm"], name="geleerde_afkorting_uniek"
            ),
        ]

    def __str__(self):
        return f"{self.weergave} ({self.lange_vorm_weergave})"


class Zoekvraag(models.Model):
    """The search log: one row per question (normalised) per day. No personal data: no user,
    no address, no time of day."""

    vraag = models.CharField(_("zoekvraag"), max_length=200)
    dag = models.DateField(_("dag"), db_index=True)
    aantal = models.PositiveIntegerField(_("keer gesteld"), default=0)
    zonder_resultaat = models.PositiveIntegerField(_("keer zonder resultaat"), default=0)
    resultaten = models.PositiveIntegerField(_("aantal resultaten"), default=0)  # last time

    class Meta:
        verbose_name = _("zoekvraag")
        verbose_name_plural = _("zoekvragen")
        constraints = [
            models.UniqueConstraint(fields=["vraag", "dag"], name="zoekvraag_per_dag"),
        ]

    def __str__(self):
        return self.vraag


class Zoekklik(models.Model):
    """Which result was opened for a question, counted per day (no personal data)."""

    vraag = models.CharField(_("zoekvraag"), max_length=200)
    dag = models.DateField(_("dag"), db_index=True)
    sleutel = models.CharField(max_length=120)  # Zoekdocument.sleutel
    titel = models.CharField(_("titel"), max_length=300, blank=True)
    aantal = models.PositiveIntegerField(_("aantal keer geopend"), default=0)

    class Meta:
        verbose_name = _("geopend zoekresultaat")
        verbose_name_plural = _("geopende zoekresultaten")
        constraints = [
            models.UniqueConstraint(fields=["vraag", "dag", "sleutel"], name="zoekklik_per_dag"),
        ]

    def __str__(self):
        return f"{self.vraag}: {self.titel}"


class Promotie(models.Model):
    """A result that editors pin to the top for a question (normalised like Zoekvraag). Kept
    by the search document's key, so it survives a rebuild or a republication; shown only
    to whoever may see that result."""

    vraag = models.CharField(_("zoekvraag"), max_length=200, db_index=True)
    sleutel = models.CharField(_("resultaat"), max_length=120)  # Zoekdocument.sleutel
    volgorde = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    toelichting = models.CharField(_("toelichting"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("uitgelicht zoekresultaat")
        verbose_name_plural = _("uitgelichte zoekresultaten")
        ordering = ["vraag", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["vraag", "sleutel"], name="promotie_uniek"),
        ]

    def __str__(self):
        return f"{self.vraag} → {self.sleutel}"
