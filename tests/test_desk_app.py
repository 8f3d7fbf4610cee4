"""The desk as a user sees it (Streamlit AppTest): a datasets root with two articles, each a
parameter of every page, nothing of one on the pages of the other, the old links intact,
and a clear message for an address that names no dataset of the root."""

from __future__ import annotations

import datetime as dt
import html
import json
import re

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard import pacing
from dashboard.i18n import t
from dashboard.pages import PAGES
from tests.conftest import DESK, ROOT
from validation.load import load_dataset

APP = ROOT / "dashboard" / "app.py"
LANGS = ["en", "ar"]
LIBYA_ID, WATER_ID = list(DESK)
OTHER = {LIBYA_ID: WATER_ID, WATER_ID: LIBYA_ID}
# What only one dataset's pages may show: its currency in words, a word of its story.
OWN_WORDS = {
    LIBYA_ID: {"en": ["$850 million"], "ar": ["850 مليون دولار"]},
    WATER_ID: {"en": ["JOD"], "ar": ["دينار أردني"]},
}
FOREIGN_WORDS = {
    LIBYA_ID: ["دينار", "JOD 320", "Jordan", "الأردن"],
    WATER_ID: ["$", "US dollars", "دولار", "Libya", "ليبيا", "State Department", "وزارة الخارجية"],
}
DATASET_PAGES = [page.url for page in PAGES if page.needs_dataset]


@pytest.fixture(autouse=True)
def served_root(desk_root, monkeypatch):
    """Every test here serves the root with both datasets; each starts with empty caches."""
    monkeypatch.setenv("FACTDESK_DATASETS", str(desk_root))
    monkeypatch.delenv("FACTDESK_DEFAULT_DATASET", raising=False)
    st.cache_data.clear()
    return desk_root


def metadata(dataset_id: str) -> dict:
    return load_dataset(DESK[dataset_id]).metadata


def open_page(page: str, lang: str = "en", **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.query_params["lang"] = lang
    at.session_state[pacing.DRAWN] = True  # the browser has drawn a first chart (pacing)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    if page != "overview":
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown(at: AppTest) -> str:
    """Everything a reader sees: markdown, captions, alerts and every chart's JSON."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [e.value for e in (*at.error, *at.warning, *at.info)]
    parts += [
        json.dumps(json.loads(chart.proto.spec), ensure_ascii=False)
        for chart in at.get("plotly_chart")
    ]
    text = html.unescape("\n".join(parts))
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~$])", r"\1", text)  # markdown escapes


@pytest.mark.parametrize("lang", LANGS)
def test_the_datasets_page_lists_every_dataset_with_its_facts(lang):
    at = open_page("datasets", lang)
    text = html.unescape("\n".join(m.value for m in at.markdown))
    for dataset_id in DESK:
        meta = metadata(dataset_id)
        assert f'data-dataset="{dataset_id}"' in text
        assert meta["title"]["ar"] in text and meta["title"]["en"] in text
    assert 'data-status="pass"' in text  # the water article validates with no warning
    assert 'data-status="warn"' in text  # Libya's context totals warn (a drop)
    headline = {"en": "more than JOD 45 million", "ar": "أكثر من 45 مليون دينار أردني"}[lang]
    assert headline in text  # the second headline total of the water article
    counts = t("datasets.counts", lang, claims=9, figures=11, events=5)
    assert counts in text
    links = {link.proto.query_string for link in at.get("page_link")}
    assert {f"dataset={d}&lang={lang}" for d in DESK} <= links  # each to its overview


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("dataset_id", list(DESK))
@pytest.mark.parametrize("page", DATASET_PAGES)
def test_every_page_shows_its_dataset_and_nothing_of_the_other(page, dataset_id, lang):
    at = open_page(page, lang, dataset=dataset_id)
    text = shown(at)
    own, other = metadata(dataset_id), metadata(OTHER[dataset_id])
    assert own["source_line"][lang] in text  # the footer under every page
    assert other["source_line"]["en"] not in text and other["source_line"]["ar"] not in text
    assert other["title"]["en"] not in text and other["title"]["ar"] not in text
    for word in FOREIGN_WORDS[dataset_id]:
        assert word not in text, f"{word!r} of {OTHER[dataset_id]} on {page}"
    assert at.query_params["dataset"] == dataset_id
    if page in ("overview", "figures"):
        assert any(word in text for word in OWN_WORDS[dataset_id][lang])


@pytest.mark.parametrize("dataset_id", list(DESK))
def test_a_claim_permalink_opens_that_claim_of_that_dataset(dataset_id):
    at = open_page("claims", "en", dataset=dataset_id, claim="c04")
    cards = [m.value for m in at.markdown if 'class="claim-card"' in m.value]
    assert len(cards) == 1 and 'id="claim-c04"' in cards[0]
    quote = load_dataset(DESK[dataset_id]).tables["claims"].set_index("claim_id")
    assert html.escape(quote.loc["c04", "quote_ar"]) in "\n".join(m.value for m in at.markdown)
    link = next(p for p in at.get("page_link") if p.proto.label == t("claims.link", "en"))
    assert link.proto.query_string == f"dataset={dataset_id}&claim=c04&lang=en"
    source = next(p for p in at.get("page_link") if p.proto.label == t("claims.in_source", "en"))
    assert source.proto.query_string == f"dataset={dataset_id}&claim=c04&lang=en"


def test_the_second_dataset_says_صرح_on_its_card():
    at = open_page("claims", "ar", dataset=WATER_ID, claim="c04")
    assert "«صرح»" in "\n".join(m.value for m in at.markdown)


@pytest.fixture
def media_storage(monkeypatch):
    """The app's in-memory file storage, kept so a test can read what a button offers."""
    stores = []

    class Kept(MemoryMediaFileStorage):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            stores.append(self)

    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", Kept)
    return stores


@pytest.mark.parametrize("dataset_id", list(DESK))
def test_the_zip_download_is_named_for_its_dataset(dataset_id, media_storage):
    at = open_page("downloads", "en", dataset=dataset_id)
    button = next(b for b in at.download_button if b.label == t("downloads.zip", "en"))
    stored = media_storage[-1].get_file(button.proto.url.rsplit("/", 1)[1])
    assert stored.filename == f"{dataset_id}.zip"
    assert f"{dataset_id}/metadata.json".encode() in stored.content  # the zip's own folder
    code = "\n".join(c.value for c in at.code)
    assert f'folder = "{dataset_id}"' in code  # how to read it, with its own folder
    assert metadata(dataset_id)["citation"] in code  # how to cite the article


@pytest.mark.parametrize(
    "asked",
    ["../../etc", "../datasets", "/etc/passwd", "<script>alert(1)</script>", "nope", "",
     "us-libya-berlin2-2021/../../etc", "%2e%2e%2fetc"],
)  # fmt: skip
@pytest.mark.parametrize("page", ["overview", "claims", "downloads"])
def test_an_unknown_or_hostile_dataset_gets_a_clear_message_and_the_list(page, asked):
    at = open_page(page, "en", dataset=asked)
    if asked == "":  # an empty parameter names nothing: the default dataset
        assert at.query_params["dataset"] == LIBYA_ID
        return
    assert len(at.error) == 1
    message = at.error[0].value
    assert message.startswith("There is no dataset")
    assert "<script>" not in message
    listed = {link.proto.query_string for link in at.get("page_link")}
    assert {f"dataset={d}&lang=en" for d in DESK} <= listed
    assert not at.get("plotly_chart") and not at.download_button


@pytest.mark.parametrize("page", DATASET_PAGES)
def test_an_old_link_without_a_dataset_opens_the_first_article(page):
    at = open_page(page, "en")
    assert at.query_params["dataset"] == LIBYA_ID
    assert metadata(LIBYA_ID)["source_line"]["en"] in shown(at)


def test_the_default_dataset_can_be_named(monkeypatch):
    monkeypatch.setenv("FACTDESK_DEFAULT_DATASET", WATER_ID)
    at = open_page("overview", "en")
    assert at.query_params["dataset"] == WATER_ID


def test_the_dataset_switch_writes_the_dataset_into_the_address():
    at = open_page("figures", "en", dataset=LIBYA_ID)
    at.selectbox(key="dataset_switch").set_value(WATER_ID).run()
    assert at.query_params["dataset"] == WATER_ID
    assert metadata(WATER_ID)["source_line"]["en"] in shown(at)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_dataset_switch_names_each_article_by_its_title_in_the_language(lang):
    at = open_page("overview", lang, dataset=LIBYA_ID)
    options = at.selectbox(key="dataset_switch").options
    assert options == [
        f"{' '.join(metadata(i)['title'][lang].split())} ({i})"
        for i in sorted([LIBYA_ID, WATER_ID])
    ]


@pytest.fixture
def root_with_a_draft(desk_root, tmp_path, monkeypatch):
    """The desk's two datasets and a fresh draft of a third article, served together."""
    import shutil

    from tests.test_review import ARTICLE, mark_reviewed, set_status
    from validation.draft import draft_dataset, write_draft

    root = tmp_path / "root"
    shutil.copytree(desk_root, root)
    data = ARTICLE.read_bytes()
    folder = write_draft(draft_dataset(data, "loan", "a.txt", dt.date(2024, 5, 16)), root)
    monkeypatch.setenv("FACTDESK_DATASETS", str(root))
    st.cache_data.clear()
    return folder, mark_reviewed, set_status


def review_lines(at: AppTest) -> list[str]:
    return [e.label for e in at.expander if t("review.heading", "en", n=0)[2:] in e.label]


def test_a_draft_shows_its_banner_and_what_is_left_to_review(root_with_a_draft):
    folder, mark_reviewed, _ = root_with_a_draft
    desk = open_page("datasets")
    assert t("datasets.draft", "en") in shown(desk)
    assert review_lines(desk) == ["29 drafted row(s) still to review"]  # the draft alone
    overview = open_page("overview", dataset="loan")
    assert [w.value for w in overview.warning] == [t("datasets.draft", "en")]
    assert review_lines(overview) == ["29 drafted row(s) still to review"]
    (table,) = overview.dataframe
    assert list(table.value.iloc[5, :2]) == ["claims", "c01"]

    mark_reviewed(folder, keep={"f02", "e03"})
    st.cache_data.clear()
    assert review_lines(open_page("overview", dataset="loan")) == [
        "2 drafted row(s) still to review"
    ]


def test_a_reviewed_and_curated_draft_loses_its_banner(root_with_a_draft):
    folder, mark_reviewed, set_status = root_with_a_draft
    mark_reviewed(folder)
    set_status(folder, "curated")
    st.cache_data.clear()
    overview = open_page("overview", dataset="loan")
    assert not overview.warning
    assert review_lines(overview) == []
    assert t("datasets.draft", "en") not in shown(open_page("datasets"))


def test_a_title_that_cannot_be_read_or_runs_long_is_named_by_its_id_or_cut(tmp_path):
    from validation.desk import TITLE_LIMIT, dataset_title

    folder = tmp_path / "x"
    folder.mkdir()
    assert dataset_title(folder, "en") is None  # no metadata.json
    (folder / "metadata.json").write_text("{not json", encoding="utf-8")
    assert dataset_title(folder, "en") is None
    (folder / "metadata.json").write_text('{"title": {"ar": "  عنوان\\n طويل  "}}', "utf-8")
    assert dataset_title(folder, "en") == "عنوان طويل"  # the other language, one line
    (folder / "metadata.json").write_text(json.dumps({"title": {"en": "word " * 60}}), "utf-8")
    cut = dataset_title(folder, "en")
    assert len(cut) == TITLE_LIMIT and cut.endswith("…") and cut.startswith("word word")
