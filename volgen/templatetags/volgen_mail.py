"""Filters for the digest mail: absolute links (WAGTAILADMIN_BASE_URL)."""

from django import template

from volgen.digest import absoluut as _absoluut

register = template.Library()


@register.filter
def absoluut(adres):
    return _absoluut(str(adres or ""))


@register.filter
def pagina_adres(pagina):
    return _absoluut(pagina.get_url(None) or "")
