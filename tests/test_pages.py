"""The page list (dashboard/pages.py) is the one home of the pages: every page has a view,
a title in both languages, a heading, and is visited by the browser tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.i18n import AR, EN
from dashboard.links import Links
from dashboard.pages import BY_URL, PAGES
from tests.e2e import test_dashboard_e2e, test_desk_e2e

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.url)
def test_every_page_has_a_view_and_a_title_in_both_languages(page):
    assert (DASHBOARD / page.view).is_file()
    assert page.title_key in EN and page.title_key in AR
    assert f"{page.url}.heading" in EN


def test_every_page_is_visited_by_the_browser_tests():
    assert set(test_desk_e2e.VISITED) == set(BY_URL)
    assert set(test_dashboard_e2e.PAGES) == set(BY_URL)


def test_views_are_exactly_the_listed_pages():
    views = {f"views/{path.name}" for path in (DASHBOARD / "views").glob("*.py")}
    assert views == {page.view for page in PAGES}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.url)
def test_every_link_to_a_page_carries_the_dataset_and_the_language(page):
    view, params = Links("jo-water-2024", "ar").target(page.url)
    assert view == page.view
    assert params == {"dataset": "jo-water-2024", "lang": "ar"}
