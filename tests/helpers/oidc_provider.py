"""A small, real OpenID Connect provider for the tests of aanmelden (issue 17.3).

Built from Authlib's server classes (authorization code grant with the OpenID Connect
extension, RS256-signed id_tokens, client authentication at the token endpoint) as a WSGI app
served by wsgiref on 127.0.0.1. The tests start it as a subprocess (`start_provider`) and talk
to it over HTTP, exactly as the platform talks to a real identity provider:

    GET  /.well-known/openid-configuration   discovery document
    GET  /jwks                                public key (JWKS)
    GET  /authorize                           approves the configured test user at once and
                                              redirects back with a code (no login screen);
                                              nonce and PKCE (S256) are required
    POST /token                               code -> access_token + id_token
    GET  /userinfo                            the claims, for a bearer token
    POST /_test/instellen                     (tests only) JSON {"gebruiker": {claims, with
                                              "sub"}, "fout": null | "weigeren" | "aud" |
                                              "aud_met_azp" | "iss" | "geen_id_token"}: who logs in next and
                                              how the provider misbehaves

Run: python tests/helpers/oidc_provider.py PORT CLIENT_ID CLIENT_SECRET
"""

import json
import os
import secrets
import socket
import subprocess
import sys
import time
from urllib.parse import parse_qsl, urlencode
from wsgiref.simple_server import WSGIRequestHandler, make_server

# Plain http on the loopback: the provider is reached on http://127.0.0.1 only.
os.environ.setdefault("AUTHLIB_INSECURE_TRANSPORT", "1")

from authlib.oauth2 import AuthorizationServer  # noqa: E402
from authlib.oauth2.rfc6749 import OAuth2Request  # noqa: E402
from authlib.oauth2.rfc6749.grants import AuthorizationCodeGrant  # noqa: E402
from authlib.oauth2.rfc6749.requests import BasicOAuth2Payload  # noqa: E402
from authlib.oauth2.rfc6750 import BearerTokenGenerator  # noqa: E402
from authlib.oauth2.rfc7636 import CodeChallenge  # noqa: E402
from authlib.oidc.core import OpenIDCode  # noqa: E402
from joserfc.jwk import RSAKey  # noqa: E402

SLEUTEL = RSAKey.generate_key(2048, parameters={"kid": "testsleutel", "use": "sig"})


class Toestand:
    """What the test configured, and the codes and tokens handed out."""

    def __init__(self, issuer, client_id, client_secret):
        self.issuer = issuer
        self.client_id = client_id
        self.client_secret = client_secret
        self.gebruiker = None
        self.fout = None
        self.codes = {}
        self.tokens = {}


class Client:
    """The one registered client (the platform). Any redirect back to the Django test
    client's host or to the loopback is accepted."""

    def __init__(self, toestand):
        self.toestand = toestand

    def get_client_id(self):
        return self.toestand.client_id

    def get_default_redirect_uri(self):
        return None

    def get_allowed_scope(self, scope):
        return " ".join(s for s in (scope or "").split() if s in {"openid", "email", "profile"})

    def check_redirect_uri(self, redirect_uri):
        return redirect_uri.startswith(("http://testserver/", "http://127.0.0.1:"))

    def check_client_secret(self, client_secret):
        return secrets.compare_digest(client_secret, self.toestand.client_secret)

    def check_endpoint_auth_method(self, method, endpoint):
        return method in {"client_secret_basic", "client_secret_post"}

    def check_response_type(self, response_type):
        return response_type == "code"

    def check_grant_type(self, grant_type):
        return grant_type == "authorization_code"


class Code:
    def __init__(self, code, client_id, redirect_uri, scope, nonce, gebruiker, pkce):
        self.code = code
        self.code_challenge, self.code_challenge_method = pkce
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self.scope = scope
        self.nonce = nonce
        self.gebruiker = gebruiker

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def get_nonce(self):
        return self.nonce

    def get_auth_time(self):
        return int(time.time())

    def get_acr(self):
        return None

    def get_amr(self):
        return None


class Verzoek(OAuth2Request):
    def __init__(self, methode, uri, headers, args, form):
        super().__init__(method=methode, uri=uri, headers=headers)
        self._args = args
        self._form = form
        self.payload = BasicOAuth2Payload({**args, **form})

    @property
    def args(self):
        return self._args

    @property
    def form(self):
        return self._form


def maak_server(toestand):
    client = Client(toestand)

    class CodeGrant(AuthorizationCodeGrant):
        TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

        def save_authorization_code(self, code, request):
            toestand.codes[code] = Code(
                code,
                request.client.get_client_id(),
                request.payload.redirect_uri,
                request.payload.scope,
                request.payload.data.get("nonce"),
                request.user,
                (
                    request.payload.data.get("code_challenge"),
                    request.payload.data.get("code_challenge_method"),
                ),
            )

        def query_authorization_code(self, code, client):
            gevonden = toestand.codes.get(code)
            if gevonden and gevonden.client_id == client.get_client_id():
                return gevonden
            return None

        def delete_authorization_code(self, authorization_code):
            toestand.codes.pop(authorization_code.code, None)

        def authenticate_user(self, authorization_code):
            return authorization_code.gebruiker

    class OpenID(OpenIDCode):
        def exists_nonce(self, nonce, request):
            return any(c.nonce == nonce for c in toestand.codes.values())

        def resolve_client_private_key(self, client):
            return SLEUTEL

        def get_client_algorithm(self, client):
            return "RS256"

        def get_encode_header(self, client):
            return {"alg": "RS256", "kid": "testsleutel"}

        def get_client_claims(self, client):
            iss = toestand.issuer
            aud = [client.get_client_id()]
            if toestand.fout == "iss":
                iss = "http://127.0.0.1:1/een-andere-uitgever"
            extra = {}
            if toestand.fout == "aud":
                aud = ["een-andere-client"]
            if toestand.fout == "aud_met_azp":
                # for another audience, yet naming this client as authorized party
                aud, extra = ["een-andere-client"], {"azp": client.get_client_id()}
            return {"iss": iss, "aud": aud, "exp": int(time.time()) + 600, **extra}

        def generate_user_info(self, user, scope):
            return dict(user)

        def process_token(self, grant, response):
            token = super().process_token(grant, response)
            if toestand.fout == "geen_id_token":
                token.pop("id_token", None)
            return token

    class Server(AuthorizationServer):
        def query_client(self, client_id):
            return client if client_id == toestand.client_id else None

        def save_token(self, token, request):
            toestand.tokens[token["access_token"]] = request.user

        def create_oauth2_request(self, request):
            return request

        def handle_response(self, status, body, headers):
            return status, body, headers

        def send_signal(self, name, *args, **kwargs):
            pass

    server = Server()
    server.register_token_generator(
        "default",
        BearerTokenGenerator(lambda *a, **k: secrets.token_urlsafe(32)),
    )
    # nonce and PKCE (S256) are required, as the platform always sends them
    server.register_grant(CodeGrant, [OpenID(require_nonce=True), CodeChallenge(required=True)])
    return server


def discovery(toestand):
    basis = toestand.issuer
    return {
        "issuer": basis,
        "authorization_endpoint": f"{basis}/authorize",
        "token_endpoint": f"{basis}/token",
        "userinfo_endpoint": f"{basis}/userinfo",
        "jwks_uri": f"{basis}/jwks",
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": ["openid", "email", "profile"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
    }


def maak_app(toestand):
    server = maak_server(toestand)

    def antwoord(start, status, body, headers=()):
        if isinstance(body, dict | list):
            body = json.dumps(body)
            headers = [("Content-Type", "application/json"), *headers]
        data = (body or "").encode()
        start(f"{status} {'OK' if status < 400 else 'Fout'}", [*headers])
        return [data]

    def app(environ, start):
        pad = environ.get("PATH_INFO", "")
        methode = environ["REQUEST_METHOD"]
        args = dict(parse_qsl(environ.get("QUERY_STRING", "")))
        lengte = int(environ.get("CONTENT_LENGTH") or 0)
        ruw = environ["wsgi.input"].read(lengte) if lengte else b""
        headers = {
            "Authorization": environ.get("HTTP_AUTHORIZATION", ""),
            "Content-Type": environ.get("CONTENT_TYPE", ""),
        }
        uri = f"{toestand.issuer}{pad}"
        if environ.get("QUERY_STRING"):
            uri += "?" + environ["QUERY_STRING"]

        if pad.endswith("/.well-known/openid-configuration"):  # also under another path
            return antwoord(start, 200, discovery(toestand))
        if pad == "/jwks":
            return antwoord(start, 200, {"keys": [SLEUTEL.as_dict(private=False)]})
        if pad == "/_test/instellen" and methode == "POST":
            instelling = json.loads(ruw or b"{}")
            toestand.gebruiker = instelling.get("gebruiker")
            toestand.fout = instelling.get("fout")
            return antwoord(start, 200, {"ok": True})
        if pad == "/authorize":
            if toestand.fout == "weigeren" or toestand.gebruiker is None:
                terug = args.get("redirect_uri", "")
                if not Client(toestand).check_redirect_uri(terug):
                    return antwoord(start, 400, {"error": "invalid_request"})
                query = urlencode({"error": "access_denied", "state": args.get("state", "")})
                return antwoord(start, 302, "", [("Location", f"{terug}?{query}")])
            if args.get("code_challenge_method") != "S256" or not args.get("code_challenge"):
                return antwoord(start, 400, {"error": "invalid_request", "pkce": "S256 verplicht"})
            verzoek = Verzoek(methode, uri, headers, args, {})
            try:
                grant = server.get_consent_grant(request=verzoek, end_user=toestand.gebruiker)
            except Exception as fout:  # an OAuth2Error: show it, as a provider would
                return antwoord(start, 400, {"error": getattr(fout, "error", str(fout))})
            verzoek = Verzoek(methode, uri, headers, args, {})
            status, body, extra = server.create_authorization_response(
                request=verzoek, grant_user=toestand.gebruiker, grant=grant
            )
            return antwoord(start, status, body, extra)
        if pad == "/token" and methode == "POST":
            form = dict(parse_qsl(ruw.decode()))
            verzoek = Verzoek(methode, uri, headers, {}, form)
            status, body, extra = server.create_token_response(request=verzoek)
            return antwoord(start, status, body, extra)
        if pad == "/userinfo":
            token = headers["Authorization"].removeprefix("Bearer ").strip()
            gebruiker = toestand.tokens.get(token)
            if gebruiker is None:
                return antwoord(start, 401, {"error": "invalid_token"})
            return antwoord(start, 200, dict(gebruiker))
        return antwoord(start, 404, {"error": "not_found"})

    return app


class StilleHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def vrije_poort():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_provider(client_id, client_secret):
    """Start the provider in a subprocess; returns (process, base URL). Stop it with
    process.terminate()."""
    poort = vrije_poort()
    proces = subprocess.Popen(
        [sys.executable, __file__, str(poort), client_id, client_secret],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    basis = f"http://127.0.0.1:{poort}"
    einde = time.monotonic() + 20
    while time.monotonic() < einde:
        try:
            with socket.create_connection(("127.0.0.1", poort), timeout=0.5):
                return proces, basis
        except OSError:
            if proces.poll() is not None:
                break
            time.sleep(0.1)
    proces.terminate()
    raise RuntimeError("De test-OIDC-provider start niet.")


def main():
    poort, client_id, client_secret = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    toestand = Toestand(f"http://127.0.0.1:{poort}", client_id, client_secret)
    with make_server("127.0.0.1", poort, maak_app(toestand), handler_class=StilleHandler) as srv:
        srv.serve_forever()


if __name__ == "__main__":
    main()
