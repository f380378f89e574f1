"""Public URLs of the cooperation as data (issue 14). Each part keeps its routes in its own
block."""

from django.urls import path

from samenwerking import organisaties, overleggen, verbanden

app_name = "samenwerking"

urlpatterns = [
    # --- overleggen (14.1, 14.2)
    path("overleggen/<int:pk>/", overleggen.overleg, name="overleg"),
    # --- end overleggen
    # --- organisaties (14.3)
    path("organisaties/", organisaties.organisaties, name="organisaties"),
    path("organisaties/<int:pk>/", organisaties.organisatie, name="organisatie"),
    path("organisaties/csv/", organisaties.organisaties_csv, name="organisaties_csv"),
    path("organisaties/partijen/", organisaties.partijen, name="partijen"),
    path("organisaties/partijen/csv/", organisaties.partijen_csv, name="partijen_csv"),
    # --- end organisaties
    # --- samenwerkingsverbanden (14.4)
    path("samenwerkingsverbanden/", verbanden.verbanden, name="verbanden"),
    # "export.csv" is no slug (a dot), so it never hides a samenwerkingsverband.
    path("samenwerkingsverbanden/export.csv", verbanden.verbanden_csv, name="verbanden_csv"),
    path("samenwerkingsverbanden/<slug:slug>/", verbanden.verband, name="verband"),
    # --- end samenwerkingsverbanden
]
