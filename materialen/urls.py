from django.urls import path, register_converter
from django.urls.converters import IntConverter

from materialen import views


class Sleutel(IntConverter):
    """A primary key: at most 18 digits, so it always fits a 64-bit database integer. Longer
    numbers are simply not found (404) instead of overflowing in the database driver."""

    regex = "[0-9]{1,18}"


register_converter(Sleutel, "sleutel")

app_name = "materialen"

urlpatterns = [
    path("sjablonen/", views.sjablonen_overzicht, name="sjablonen"),
    path("sjablonen/<sleutel:pk>/", views.sjabloon_invullen, name="sjabloon"),
    path("bijeenkomsten/", views.bijeenkomsten_overzicht, name="bijeenkomsten"),
    path("bijeenkomsten/agenda.ics", views.agenda_platform, name="agenda"),
    path("bijeenkomsten/<sleutel:pk>/", views.bijeenkomst, name="bijeenkomst"),
    path("bijeenkomsten/groep-<sleutel:pk>.ics", views.agenda_groep, name="agenda_groep"),
    path("materialen/voorbeeld/<sleutel:document_id>.png", views.voorbeeld, name="voorbeeld"),
]
