"""The desk in a real browser: a server whose root holds two datasets. Every page of the
second dataset in both languages (screenshots in build/screenshots/desk/), the datasets
page, a hostile ``?dataset=`` and the second dataset's own zip."""

from __future__ import annotations

import pytest

from dashboard.i18n import t
from dashboard.pages import PAGES
from tests.conftest import DESK, JO_WATER, LIBYA
from tests.e2e.drawn import wait_for_charts
from validation.load import load_dataset

pytestmark = pytest.mark.e2e

WATER = load_dataset(JO_WATER).metadata
LIBYA_TITLES = load_dataset(LIBYA).metadata["title"]
TIMEOUT = 90_000
# Every page of the app, visited here for the second dataset (tests/test_pages.py checks).
VISITED = [page.url for page in PAGES]


def address(base_url: str, page: str, query: str) -> str:
    path = "" if page == "overview" else page
    return f"{base_url}/{path}?{query}"


def settle(page, name: str, lang: str) -> None:
    """Until the page's heading (and its charts, if any) are drawn."""
    main = page.locator('[data-testid="stMain"]')
    heading = WATER["title"][lang] if name == "overview" else t(f"{name}.heading", lang)
    main.locator("h1", has_text=heading).first.wait_for(timeout=TIMEOUT)
    if name in ("figures", "timeline", "consistency"):
        wait_for_charts(page, 1, TIMEOUT)
    if name != "datasets":  # the footer is drawn last: the whole page is there
        main.get_by_text(WATER["source_line"][lang][:40]).first.wait_for(timeout=TIMEOUT)
    page.wait_for_timeout(1200)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("name", VISITED)
def test_every_page_of_the_second_dataset(desk_server, page, screenshots, name, lang):
    base_url, _ = desk_server
    page.goto(address(base_url, name, f"dataset=jo-water-2024&lang={lang}"))
    settle(page, name, lang)
    assert page.locator('[data-testid="stException"]').count() == 0
    text = page.locator('[data-testid="stMain"]').inner_text()
    folder = screenshots / "desk"
    folder.mkdir(exist_ok=True)
    page.screenshot(path=str(folder / f"jo-water-2024-{name}-{lang}.png"))
    for title in LIBYA_TITLES.values():
        assert title not in text or name == "datasets"  # the desk's list names both
    if name != "datasets":
        assert WATER["source_line"][lang] in text  # the footer
        assert "$" not in text and "Libya" not in text


def test_a_hostile_dataset_in_the_address_gets_the_list(desk_server, page):
    base_url, _ = desk_server
    page.goto(f"{base_url}/claims?dataset=%3Cscript%3Ealert(1)%3C/script%3E&lang=en")
    alert = page.locator('[data-testid="stAlertContainer"]').first
    alert.wait_for(timeout=TIMEOUT)
    assert "There is no dataset" in alert.inner_text()
    assert page.dialogs == []
    for dataset_id in DESK:
        page.get_by_role("link", name=dataset_id).first.wait_for(timeout=TIMEOUT)


def test_the_second_datasets_zip_is_its_own(desk_server, page):
    base_url, _ = desk_server
    page.goto(address(base_url, "downloads", "dataset=jo-water-2024&lang=en"))
    button = page.get_by_role("button", name=t("downloads.zip", "en"))
    button.wait_for(timeout=TIMEOUT)
    with page.expect_download() as download:
        button.click()
    assert download.value.suggested_filename == "jo-water-2024.zip"
