"""Dutch values in the admin's active-filter chips.

For a yes/no filter (django-filter's BooleanFilter, e.g. "live" in the agreements' list)
Wagtail's chip prints str(value): "Live: True". This adapter shows the label of the filter's
own choice instead ("Ja"/"Nee", from Wagtail's Dutch translation of its yes/no widget).
Registered through Wagtail's public register_filter_adapter_class; the only place that knows
about the adapters (imported by redactie/wagtail_hooks.py)."""

import django_filters

from django.utils.translation import gettext as _

from wagtail.admin.active_filters import (
    ActiveFilter,
    BaseFilterAdapter,
    register_filter_adapter_class,
)


class JaNeeFilterAdapter(BaseFilterAdapter):
    def get_active_filters(self):
        keuzes = {
            str(w): label for w, label in getattr(self.bound_field.field.widget, "choices", ())
        }
        label = keuzes.get("true" if self.value else "false") or (
            _("Ja") if self.value else _("Nee")
        )
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            str(label),
            self.get_url_without_filter_param(self.name),
        )


register_filter_adapter_class(django_filters.BooleanFilter, JaNeeFilterAdapter)
