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

    class Meta:
        verbose_name = _("versie van de zoekindex")
        verbose_name_plural = _("versies van de zoekindex")

    def __str__(self):
        return f"{self.versie}"
