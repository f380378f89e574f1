"""The request id: one id per request, on every log record written while it runs and in the
X-Request-ID header of its answer, so a line in the log leads to the request (and back).

A proxy in front may pass its own id in X-Request-ID; it is taken over when it looks like an
id (letters, digits and -_.:, at most 128 characters), else a new one is made: a client
cannot write newlines or markup into the log this way."""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
_META = "HTTP_X_REQUEST_ID"
_REDELIJK = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")

verzoek_id = contextvars.ContextVar("verzoek_id", default=None)


def kies_id(aangeboden):
    if aangeboden and _REDELIJK.fullmatch(aangeboden):
        return aangeboden
    return uuid.uuid4().hex


class VerzoekIdMiddleware:
    """First in MIDDLEWARE: everything after it, the view and Django's logging of a 500
    included, runs with the id set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        waarde = kies_id(request.META.get(_META, ""))
        request.verzoek_id = waarde
        token = verzoek_id.set(waarde)
        try:
            response = self.get_response(request)
        finally:
            verzoek_id.reset(token)
        response[HEADER] = waarde
        return response


class VerzoekIdFilter(logging.Filter):
    """Adds `request_id` to every record (None outside a request); on the log handler, so
    records of every logger get it."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            waarde = verzoek_id.get()
            if waarde is None:
                # Django logs a 4xx answer ("Not Found: …", "Forbidden …") after the whole
                # middleware chain has returned, so after the id was reset; that record carries
                # the request, which still has its id.
                waarde = getattr(getattr(record, "request", None), "verzoek_id", None)
            record.request_id = waarde
        return True
