"""The serialization of the dump: Django's JSON lines, with natural keys only for content types
and permissions (which `migrate` creates with other ids in another database) and plain ids for
everything else. Plain ids keep the dump exact: a log entry of a deleted page (Wagtail keeps
those, without a constraint) has no object to take a natural key from."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers import jsonl

NAAM = "kennisplatform_jsonl"
NATUURLIJK = (ContentType, Permission)


class Serializer(jsonl.Serializer):
    def _natuurlijk(self, field):
        return self.use_natural_foreign_keys and issubclass(field.remote_field.model, NATUURLIJK)

    def handle_fk_field(self, obj, field):
        if field.remote_field.model is ContentType and self.use_natural_foreign_keys:
            pk = getattr(obj, field.attname)
            # from the content type cache: one query per type, not per row
            self._current[field.name] = (
                ContentType.objects.get_for_id(pk).natural_key() if pk else None
            )
            return
        eerder = self.use_natural_foreign_keys
        self.use_natural_foreign_keys = self._natuurlijk(field)
        try:
            super().handle_fk_field(obj, field)
        finally:
            self.use_natural_foreign_keys = eerder

    def handle_m2m_field(self, obj, field):
        eerder = self.use_natural_foreign_keys
        self.use_natural_foreign_keys = self._natuurlijk(field)
        try:
            super().handle_m2m_field(obj, field)
        finally:
            self.use_natural_foreign_keys = eerder


Deserializer = jsonl.Deserializer
