"""Issue 17, attack on the deprecation headers of the older APIs: the query string is copied
into the `Link` header, so a raw query string with `>`, `"` or `,` (a client that does not
percent-encode) must not add a link or parameter of its own to that header. (It holds:
build_absolute_uri percent-encodes <, > and ".)"""

import re

import pytest

pytestmark = pytest.mark.django_db

# inside <…> a comma or semicolon is part of the URI (RFC 8288); <, >, " and spaces are not
LINK = re.compile(r'^<(?P<uri>[^<>"\s]+)>; rel="successor-version"$')


@pytest.mark.parametrize(
    "query",
    [
        'q=omgevingsvisie>; rel="alternate", <https://kwaad.example/>; rel="x',
        'q=a"b<c>,d;e',
        "q=%3E%22",
    ],
)
def test_link_header_bevat_alleen_de_opvolger(client, query):
    antwoord = client.get("/api/zoeken/", QUERY_STRING=query)
    assert antwoord.status_code < 500
    link = antwoord["Link"]
    gevonden = LINK.match(link)
    assert gevonden, link
    assert gevonden["uri"].startswith("http://testserver/api/v1/zoeken?")
    assert link.count('rel="') == 1
