from django.urls import path

from materialen import views

app_name = "materialen"

urlpatterns = [
    path("sjablonen/", views.sjablonen_overzicht, name="sjablonen"),
    path("sjablonen/<int:pk>/", views.sjabloon_invullen, name="sjabloon"),
    path("bijeenkomsten/", views.bijeenkomsten_overzicht, name="bijeenkomsten"),
    path("bijeenkomsten/agenda.ics", views.agenda_platform, name="agenda"),
    path("bijeenkomsten/<int:pk>/", views.bijeenkomst, name="bijeenkomst"),
    path("bijeenkomsten/groep-<int:pk>.ics", views.agenda_groep, name="agenda_groep"),
    path("materialen/voorbeeld/<int:document_id>.png", views.voorbeeld, name="voorbeeld"),
]
