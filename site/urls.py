import re

from django.conf import settings
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kennisplatform.gezond import gezond
from kennisplatform.inloggen import BeheerInloggen, Inloggen
from kennisplatform.media import media
from kennisplatform.robots import favicon_ico, robots_txt
from kennisplatform.uitloggen import Uitloggen

urlpatterns = [
    # health of database, cache, search and worker (issue 18); no login, not cached
    path("gezond/", gezond, name="gezond"),
    # One login screen (kennisplatform/inloggen.py): Wagtail's own leads to /inloggen/.
    path("admin/login/", BeheerInloggen.as_view(), name="beheer-inloggen"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon_ico, name="favicon_ico"),
    # /api/v1 (api/, issue 17): before Wagtail's catch-all, like every plain URL here
    path("", include("api.urls")),
    path("", include("afspraken.urls")),
    path("", include("materialen.urls")),
    path("", include("begrippen.urls")),
    path("", include("samenwerking.urls")),  # issue 14: overleggen, organisaties, verbanden
    path("", include("volgen.urls")),  # issue 17: volglijst, afmelden, feed per groep
    path("inloggen/", Inloggen.as_view(), name="inloggen"),
    # Login with the user's own organisation (OpenID Connect, issue 17.3; app aanmelden).
    path("", include("aanmelden.urls")),
    path("uitloggen/", Uitloggen.as_view(), name="uitloggen"),
    # second factor for editors (issue 17.2, kennisplatform/tweefactor/)
    path("tweede-factor/", include("kennisplatform.tweefactor.urls")),
    path("", include("search.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# /media/: images and their renditions only, in every environment (kennisplatform/media.py),
# unless a web server serves them (MEDIA_VIA_PROXY). Documents are never under /media/: they
# live in a private storage and come only through Wagtail's document view (/documenten/),
# which applies the collection's restrictions.
if not settings.MEDIA_VIA_PROXY and settings.MEDIA_URL.startswith("/"):
    urlpatterns += [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<pad>.*)$", media)]

urlpatterns += [path("", include(wagtail_urls))]
