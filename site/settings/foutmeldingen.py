"""Optional error reports to Sentry: only when SENTRY_DSN is set. Without it sentry-sdk is not
even imported. Plain Python, called by the settings."""


def start_sentry(dsn, omgeving, release=None, transport=None):
    import sentry_sdk  # here, not at the top: without SENTRY_DSN it costs nothing
    from sentry_sdk.integrations.django import DjangoIntegration

    opties = {}
    if transport is not None:
        opties["transport"] = transport
    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        send_default_pii=False,  # no user names, e-mail addresses, cookies or IP addresses
        environment=omgeving,
        release=release,
        **opties,
    )
