from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from kennisplatform.gezond import gezond
from kennisplatform.uitloggen import Uitloggen

urlpatterns = [
    # health of database, cache, search and worker (issue 18); no login, not cached
    path("gezond/", gezond, name="gezond"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("", include("afspraken.urls")),
    path("", include("materialen.urls")),
    path("", include("begrippen.urls")),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(template_name="redactie/inloggen.html"),
        name="inloggen",
    ),
    path("uitloggen/", Uitloggen.as_view(), name="uitloggen"),
    path("", include("search.urls")),
]

if settings.DEBUG:
    import posixpath
    import re

    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.http import Http404
    from django.urls import re_path
    from django.views.static import serve

    # Development only: /media/ serves images and their renditions, never anything else.
    # Documents (workspace documents too) live under documents/ and are served only by
    # Wagtail's document view (/documenten/), which applies the collection's restrictions.
    MEDIA_OPENBAAR = ("original_images/", "images/")

    def media(request, path):
        # Judge the path as serve() will read it: "images/../documents/x.pdf" is documents/.
        pad = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
        if not pad.startswith(MEDIA_OPENBAAR) or ".." in pad.split("/"):
            raise Http404
        return serve(request, pad, document_root=settings.MEDIA_ROOT)

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += [re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$", media)]

urlpatterns += [path("", include(wagtail_urls))]
