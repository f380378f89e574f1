"""Search helpers: what a user finds, as a list of titles."""

from search.zoeker import zoek


def titels(q, user=None, **filters):
    return [r.doc.titel for r in zoek(q, user, filters, per_pagina=200).resultaten]
