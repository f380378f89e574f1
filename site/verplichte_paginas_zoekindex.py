"""The mandatory pages in the platform search after `migrate`.

Migration 0005_verplichte_paginas writes the pages through historical models: no
page_published signal, so search/signalen.py does not index them and on a fresh install they
would only be found after `manage.py zoekindex`. After every migrate (kennisplatform/apps.py)
each live mandatory page that has no search document yet is indexed, as publishing does; a page
already in the index is left alone, so a repeated migrate costs two small queries."""

from django.db import connection

from search import indexeren
from search.models import Zoekdocument
from search.register import soort_voor

from .models import HomePage
from .verplichte_paginas import SLUGS


def verplichte_paginas_in_zoekindex(sender=None, using="default", **kwargs):
    """post_migrate: index the live mandatory pages that are not in the search index yet."""
    if Zoekdocument._meta.db_table not in connection.introspection.table_names():
        return  # `migrate` of a single app before the search app's tables exist
    home = HomePage.objects.using(using).order_by("path").first()
    if home is None:
        return
    for pagina in home.get_children().live().filter(slug__in=SLUGS).specific():
        soort = soort_voor(pagina)
        if soort is None:
            continue
        if not Zoekdocument.objects.using(using).filter(sleutel=soort.sleutel(pagina)).exists():
            indexeren.werk_bij(pagina)
