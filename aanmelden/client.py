"""Authlib's Django client, one per configured identity provider (settings.OIDC_AANBIEDERS).

Authlib fetches the discovery document and the provider's keys (JWKS) once per client and
validates every id_token: signature, iss, aud, exp and the nonce of this login. The clients
are kept per configuration, so a changed configuration (tests, a reload) gets new ones."""

from authlib.integrations.django_client import OAuth

from django.conf import settings

# Seconds Authlib waits for the provider (discovery, token, keys): a slow provider gives a
# Dutch message on the login screen, never a worker that hangs.
WACHTTIJD = 10

_clients = {}


def aanbieders():
    return getattr(settings, "OIDC_AANBIEDERS", {}) or {}


def configuratie(naam):
    """The configuration of provider `naam`, or None when there is no such provider."""
    return aanbieders().get(naam)


def client(config):
    sleutel = (
        config["naam"],
        config["client_id"],
        config["client_secret"],
        config["discovery_url"],
        config["scope"],
    )
    if sleutel not in _clients:
        oauth = OAuth()
        oauth.register(
            name=config["naam"],
            client_id=config["client_id"],
            client_secret=config["client_secret"],
            server_metadata_url=config["discovery_url"],
            client_kwargs={
                "scope": config["scope"],
                "default_timeout": WACHTTIJD,
                # PKCE on top of state and nonce (the code is useless to whoever intercepts it)
                "code_challenge_method": "S256",
            },
        )
        _clients[sleutel] = oauth.create_client(config["naam"])
    return _clients[sleutel]


class UitgeverFout(ValueError):
    """The discovery document names another issuer than its own address."""


def controles(app, config):
    """The claims Authlib must check beyond its own: `iss` is the issuer of the discovery
    document, and that issuer is the address the document was fetched from (OpenID Connect
    Discovery 4.3); `aud` holds this platform's client id (Authlib itself only checks `azp`,
    which lets through a token for another audience that names this client as `azp`)."""
    uitgever = app.load_server_metadata().get("issuer") or ""
    if not uitgever or config["discovery_url"] != (
        uitgever.rstrip("/") + "/.well-known/openid-configuration"
    ):
        raise UitgeverFout(f"issuer {uitgever!r} past niet bij {config['discovery_url']!r}")
    return {
        "iss": {"essential": True, "value": uitgever},
        "aud": {"essential": True, "value": config["client_id"]},
        "sub": {"essential": True},
    }
