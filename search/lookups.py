"""`veld__in_lijst=[...]`: an `in` filter that sends a long list as one array parameter on
PostgreSQL (`= ANY(%s)`). The search filters a thousand candidate ids at a time; as a thousand
placeholders that costs more to build and parse than the query costs to run."""

from django.db.models import Field
from django.db.models.lookups import In


@Field.register_lookup
class InLijst(In):
    lookup_name = "in_lijst"

    def as_postgresql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        veld = self.lhs.output_field
        waarden = [veld.get_db_prep_value(w, connection, prepared=True) for w in self.rhs]
        return f"{lhs} = ANY(%s)", (*lhs_params, waarden)
