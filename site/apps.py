from django.apps import AppConfig
from django.db.models.signals import post_migrate


class KennisplatformConfig(AppConfig):
    name = "kennisplatform"
    verbose_name = "Kennisplatform"

    def ready(self):
        # The start-up checks, the failed-login counter of the rate limits, the storage check
        # and post-migrate move of documents out of the public media (opslag.py), the public
        # address of the default Site and the mandatory pages in the search index (these
        # modules use models: only once the apps are ready).
        from . import (  # noqa: F401
            beveiliging,
            drempels,
            opslag,
            site_adres,
            verplichte_paginas_zoekindex,
        )

        # After every migrate (all apps migrated by then), also on an empty production database.
        post_migrate.connect(
            site_adres.standaardsite_volgt_adres,
            sender=self,
            dispatch_uid="kennisplatform.site_adres",
        )
        post_migrate.connect(
            site_adres.standaardsite_heeft_naam,
            sender=self,
            dispatch_uid="kennisplatform.site_naam",
        )
        post_migrate.connect(
            verplichte_paginas_zoekindex.verplichte_paginas_in_zoekindex,
            sender=self,
            dispatch_uid="kennisplatform.verplichte_paginas_zoekindex",
        )
