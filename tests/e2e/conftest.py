"""A real Streamlit server and a real Chromium for the browser tests.

The server is `python -m streamlit run dashboard/app.py` on a free port, started once per
session by bench/harness.py (the benchmark starts its servers the same way), ready when
/_stcore/health answers "ok", and always stopped. Chromium is Debian's
/usr/bin/chromium driven by playwright (`playwright install` cannot download here).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.harness import CHROMIUM, CHROMIUM_ARGS, ServerDidNotStart, streamlit_server

ROOT = Path(__file__).resolve().parents[2]
MISSING_CHROMIUM = "install Debian chromium: apt-get install chromium fonts-noto-core"
SCREENSHOTS = ROOT / "build" / "screenshots"
READY_WITHIN = 90  # seconds for the server to answer its health check


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium; missing → skip, except in CI (CI=true), where it must be there."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING_CHROMIUM)
        pytest.skip(MISSING_CHROMIUM)
    return str(CHROMIUM)


@pytest.fixture(scope="session")
def server(chromium_path, tmp_path_factory):
    """The dashboard served headless on a free port; yields (base_url, seconds_to_ready)."""
    yield from serve(tmp_path_factory, None)


@pytest.fixture(scope="session")
def desk_server(chromium_path, tmp_path_factory, desk_root):
    """The dashboard serving a root with both datasets (FACTDESK_DATASETS)."""
    environment = {**os.environ, "FACTDESK_DATASETS": str(desk_root)}
    environment.pop("FACTDESK_DEFAULT_DATASET", None)
    yield from serve(tmp_path_factory, environment)


def serve(tmp_path_factory, environment: dict | None):
    """Start the server, wait until healthy, yield (base_url, seconds_to_ready), stop it."""
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    try:
        with streamlit_server(
            "dashboard/app.py", log_path, READY_WITHIN, poll=0.25, env=environment
        ) as running:
            yield running.base_url, running.ready_seconds
    except ServerDidNotStart as error:
        pytest.fail(f"{error}: {log_path.read_text(encoding='utf-8', errors='replace')[-3000:]}")


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def page(browser):
    """A fresh tab, tall enough that a screenshot shows most of a page; records dialogs."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 2400}, accept_downloads=True, locale="en-GB"
    )
    tab = context.new_page()
    tab.dialogs = []
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
