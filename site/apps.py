from django.apps import AppConfig
from django.db.models.signals import post_migrate


class KennisplatformConfig(AppConfig):
    name = "kennisplatform"
    verbose_name = "Kennisplatform"

    def ready(self):
        # The start-up checks, the failed-login counter of the rate limits, the storage check
        # and post-migrate move of documents out of the public media (opslag.py) and the public
        # address of the default Site (these modules use models: only once the apps are ready).
        # The page cache connects its receivers to every change of public output (issue 16).
        from . import beveiliging, drempels, opslag, paginacache, site_adres, tweefactor  # noqa: F401

        paginacache.verbind()

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
        # Second factor (issue 17.2): off outside development is said at every start.
        tweefactor.waarschuw_als_uit()
