"""Settings for an optional Elasticsearch/OpenSearch backend, chosen with SEARCH_URL.

Plain Python (imported by the settings). The index gets a Dutch analyzer as its default, so
the engine stems the (already analysed) tokens the same way on index and query side."""

from urllib.parse import urlsplit, urlunsplit

NEDERLANDSE_ANALYSE = {
    "settings": {
        "analysis": {
            "analyzer": {
                "default": {"type": "dutch"},
                "default_search": {"type": "dutch"},
            }
        }
    }
}


def zoekmachine_backend(url, timeout=3):
    """WAGTAILSEARCH_BACKENDS entry for SEARCH_URL: http(s)://host:9200 for Elasticsearch 8,
    opensearch://host:9200 (or opensearchs:// for HTTPS) for OpenSearch."""
    delen = urlsplit(url)
    backend = "modelsearch.backends.elasticsearch8"
    schema = delen.scheme
    if schema.startswith("opensearch"):
        backend = "modelsearch.backends.opensearch3"
        schema = "https" if schema == "opensearchs" else "http"
    return {
        "BACKEND": backend,
        "URLS": [urlunsplit((schema, delen.netloc, delen.path, "", ""))],
        "INDEX_PREFIX": "kennisplatform_",
        "TIMEOUT": timeout,
        "INDEX_SETTINGS": NEDERLANDSE_ANALYSE,
        "OPTIONS": {"max_retries": 0},
    }
