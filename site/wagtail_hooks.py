"""Wagtail hooks of the project package itself."""

# -- Tweede factor (issue 17.2, kennisplatform/tweefactor/) -------------------------------------
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from kennisplatform import paginacache
from kennisplatform.tweefactor import views as tweefactor


@hooks.register("register_admin_urls")
def tweefactor_urls():
    return [
        path(
            "tweede-factor/<int:pk>/herstellen/",
            tweefactor.herstellen,
            name="tweefactor_herstellen",
        )
    ]


@hooks.register("register_user_listing_buttons")
def tweefactor_herstelknop(user, request_user):
    """Only a superuser sees "Tweede factor herstellen", and never for their own account."""
    if request_user.is_superuser and user.pk != request_user.pk:
        yield Button(
            _("Tweede factor herstellen"),
            reverse("tweefactor_herstellen", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


@hooks.register("register_account_menu_item")
def tweefactor_account(request):
    """A link under Account > Acties to the own factors (wagtail's account page has none)."""
    return {
        "url": reverse("tweefactor:mijn"),
        "label": _("Mijn tweede factor"),
        "help_text": _("Uw authenticator-app en herstelcodes bekijken, nieuwe herstelcodes maken."),
    }


@hooks.register("register_log_actions")
def tweefactor_logacties(actions):
    actions.register_action(
        tweefactor.ACTIE_INGESTELD, _("Tweede factor ingesteld"), _("Tweede factor ingesteld")
    )
    actions.register_action(
        tweefactor.ACTIE_HERSTELCODES, _("Nieuwe herstelcodes"), _("Nieuwe herstelcodes gemaakt")
    )
    actions.register_action(
        tweefactor.ACTIE_HERSTELD,
        _("Tweede factor hersteld"),
        _("Tweede factor verwijderd door een beheerder"),
    )


# -- Paginacache (issue 16, kennisplatform/paginacache.py) --------------------------------------
@hooks.register("before_serve_page")
def paginacache_markeer(page, request, serve_args, serve_kwargs):
    """A private or workspace page is never stored in the shared cache."""
    paginacache.markeer_pagina(page, request)
