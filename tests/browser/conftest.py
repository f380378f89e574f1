"""Headless Chromium (Debian's), axe-core and the Nu HTML checker for the browser checks.

Where the tools are missing (no root to install them), the checks skip with the reason;
with CI=true they fail instead, so CI never passes without them."""

import os
import shutil
from pathlib import Path

import pytest

from tests.helpers.browser import AXE, VNU

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _ontbreekt():
    ontbrekend = []
    if not Path(CHROMIUM).exists():
        ontbrekend.append("chromium")
    if not AXE.exists():
        ontbrekend.append("axe-core (npm)")
    if not VNU.exists():
        ontbrekend.append("vnu-jar (npm)")
    if not shutil.which("java"):
        ontbrekend.append("java")
    try:
        import playwright  # noqa: F401
    except ImportError:
        ontbrekend.append("playwright (pip)")
    return ontbrekend


@pytest.fixture(scope="session")
def browser():
    ontbrekend = _ontbreekt()
    if ontbrekend:
        reden = "browsercontroles niet mogelijk, ontbreekt: " + ", ".join(ontbrekend)
        if os.environ.get("CI") == "true":
            pytest.fail(reden + " (in CI mag niets worden overgeslagen)")
        pytest.skip(reden)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in the test thread; the ORM calls of these
    # tests are ordinary synchronous calls, so Django's async guard is lifted while it runs.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    # Playwright gives every launch a fresh temporary profile of its own.
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


# --- test speed: every browser check starts from the demo (tests/conftest.py, verse_demo) ---
@pytest.fixture(autouse=True)
def _demo(verse_demo):
    return verse_demo


# --- end test speed ---
