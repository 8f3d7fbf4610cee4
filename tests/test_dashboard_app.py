"""The dashboard as a user sees it, page by page in both languages (Streamlit AppTest).

Each test opens the real app (dashboard/app.py, its navigation and its pages), and asserts
on what is on the page: numbers and hedges in the chart JSON, claim cards, marks, the
upload re-check's findings, and download bytes equal to the export's own bytes.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from dashboard import charts, pacing
from dashboard import data as dashboard_data
from dashboard.i18n import t
from validation.export import bundle_files, zip_bytes
from validation.report import check_by_id
from validation.vocab import VERDICTS

ROOT = Path(__file__).resolve().parent.parent

APP = ROOT / "dashboard" / "app.py"
LIBYA = ROOT / "datasets" / "us-libya-berlin2-2021"
PAGES = ["overview", "figures", "timeline", "claims", "source", "consistency", "downloads"]
LANGS = ["en", "ar"]
WORDING_850 = {"en": "more than $850 million", "ar": "أكثر من 850 مليون دولار"}


def open_page(page: str, lang: str = "en", **params: str) -> AppTest:
    """The app at /<page>?lang=…&… as a browser would open it."""
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.query_params["lang"] = lang
    at.session_state[pacing.DRAWN] = True  # the browser has drawn a first chart (pacing)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if page != "overview" or params:
        for name, value in params.items():
            at.query_params[name] = value
        at.switch_page(f"views/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def chart_specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def claim_cards(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if 'class="claim-card"' in m.value]


@pytest.fixture(scope="module")
def engine():
    """The engine's own view of the dataset, to compare the dashboard with; the app's cache
    starts empty so both read the same files."""
    st.cache_data.clear()
    return dashboard_data.check_folder(LIBYA)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_both_languages(page, lang):
    at = open_page(page, lang)
    text = markdown(at)
    assert html.escape(t(f"{page}.heading", lang)) in text or page == "overview"
    if lang == "ar":
        assert 'dir="rtl"' in text
    assert at.query_params["lang"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_overview_shows_the_source_card_the_hedged_figures_and_the_badge(lang, engine):
    text = markdown(open_page("overview", lang))
    assert html.escape(engine.dataset.metadata["title"]["ar"]) in text
    assert html.escape(engine.dataset.metadata["title"]["en"]) in text
    assert html.escape(t("basis.inferred", lang)) in text  # how the date was established
    assert WORDING_850[lang] in text
    nearly = {"en": "nearly $269 million", "ar": "ما يقرب من 269 مليون دولار"}[lang]
    assert nearly in text
    counts = engine.counts()
    assert html.escape(t("overview.badge_counts", lang, **counts)) in text
    assert engine.dataset.metadata["source"]["sha256"] in text


@pytest.mark.parametrize("lang", LANGS)
def test_figures_page_charts_carry_850_million_and_its_hedge(lang):
    specs = chart_specs(open_page("figures", lang))
    assert len(specs) >= 3  # hierarchy, intervals, parts vs whole
    intervals = [s for s in specs if "850000000" in json.dumps(s)]
    assert intervals, "no chart holds the amount 850000000"
    assert any(WORDING_850[lang] in json.dumps(s, ensure_ascii=False) for s in intervals)
    for spec in specs:
        assert spec["layout"].get("xaxis", {}).get("autorange") != "reversed"


def context_points(spec: dict, axes: set[str]) -> dict[str, float]:
    """context_id → amount of every statement marker on these y axes of a chart's JSON."""
    return {
        context_id: y
        for trace in spec["data"]
        if trace.get("customdata") and trace.get("yaxis", "y") in axes
        for context_id, y in zip(trace["customdata"], trace["y"], strict=True)
        if re.fullmatch(r"x\d+", str(context_id))
    }


@pytest.mark.parametrize("lang", LANGS)
def test_figures_page_shows_the_headline_in_context(lang, engine):
    at = open_page("figures", lang)
    text = markdown(at)
    assert html.escape(t("context.heading", lang)) in text
    spec = next(s for s in chart_specs(at) if "yaxis3" in s["layout"])  # three panels
    totals = context_points(spec, {"y", "y2"})
    sequence = check_by_id(engine.checks, "consistency.context.totals_grow")
    assert sorted(totals) == sorted(sequence["details"]["sequence"])
    assert len(totals) == 7 and {850000000, 900000000} <= set(totals.values())
    humanitarian = engine.context.query("scope == 'humanitarian'")
    assert sorted(context_points(spec, {"y3"})) == sorted(humanitarian["context_id"])
    # the title states the finding, above the chart; the hedge note under it, both as HTML
    words = spec["layout"]["meta"]["words"]
    assert "874" in words["title"] and html.escape(words["title"]) in text
    assert "20%" in words["notes"][0][0] and html.escape(words["notes"][0][0]) in text
    # the engine's two context checks, shown under the chart
    for check_id in ("consistency.context.placement", "consistency.context.totals_grow"):
        check = check_by_id(engine.checks, check_id)
        assert f"<code>{check_id}</code>" in text
        assert html.escape(check["message"]) in text
    # the table beside it: every statement, each linked to its source
    table = next(d for d in at.dataframe if "source_url" in d.value.columns)
    assert len(table.value) == 15 and table.value["source_url"].str.startswith("http").all()
    assert '"link"' in table.proto.columns


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_puts_outside_events_in_their_own_lane(lang, engine):
    spec = chart_specs(open_page("timeline", lang))[0]
    name = t("timeline.legend_external", lang, status=t("status.postponed", lang))
    postponed = next(trace for trace in spec["data"] if trace.get("name") == name)
    assert [label.split(" · ")[0] for label in postponed["y"]] == ["e16"]
    assert postponed["yaxis"] == "y2" and postponed["x"] == ["2021-12-24"]
    v03 = engine.tables["verifications"].set_index("verification_id").loc["v03"]
    assert "v03" in postponed["hovertext"][0] and "news.cn" in postponed["hovertext"][0]
    assert v03["accessed"] in postponed["hovertext"][0]
    outside = engine.events.query("date_basis == 'external'")
    lane = [trace for trace in spec["data"] if trace.get("yaxis") == "y2"]
    drawn = {label.split(" · ")[0] for trace in lane for label in trace["y"]}
    assert drawn == set(outside["event_id"])
    # Lane titles break into short lines (a phone), each line in its own bidi isolate.
    titles = " ".join(a.get("text", "") for a in spec["layout"]["annotations"]).replace("<br>", " ")
    titles = titles.translate({ord(c): None for c in "\u2066\u2067\u2069"})
    assert t("timeline.lane_external", lang, n=len(outside)) in titles


@pytest.mark.parametrize("lang", LANGS)
def test_timeline_shows_every_event(lang, engine):
    specs = chart_specs(open_page("timeline", lang))
    assert len(specs) == 1
    dumped = json.dumps(specs[0], ensure_ascii=False)
    assert all(f"{event_id} · " in dumped for event_id in engine.events["event_id"])
    assert specs[0]["layout"]["xaxis"]["type"] == "date"


@pytest.mark.parametrize("lang", LANGS)
def test_claims_page_shows_a_card_for_each_of_the_16_claims(lang):
    assert len(claim_cards(open_page("claims", lang))) == 16


@pytest.mark.parametrize("lang", LANGS)
def test_claim_permalink_opens_that_claim(lang, engine):
    at = open_page("claims", lang, claim="c15")
    cards = claim_cards(at)
    assert len(cards) == 1 and 'id="claim-c15"' in cards[0]
    quote = engine.tables["claims"].set_index("claim_id").loc["c15", "quote_ar"]
    assert html.escape(quote) in markdown(at)
    assert "consistency.parts_fit.f01" in markdown(at)  # the verdicts on its figures


def block_with(at: AppTest, css_class: str) -> str:
    return next(m.value for m in at.markdown if f'class="{css_class}"' in m.value)


@pytest.mark.parametrize("lang", LANGS)
def test_a_claim_card_shows_both_verdicts_side_by_side(lang, engine):
    """c07: its date e06 is internally consistent, its attribution disputed outside."""
    at = open_page("claims", lang, claim="c07")
    internal, external = block_with(at, "fd-internal"), block_with(at, "fd-external")
    assert html.escape(t("claims.internal", lang)) in internal
    assert html.escape(t("claims.external", lang)) in external
    # internal: every check whose details["event_ids"] names e06, with its status
    covering = [c for c in engine.checks if "e06" in c["details"].get("event_ids", [])]
    assert covering
    for check in covering:
        assert f"<code>{check['id']}</code>" in internal
        assert html.escape(t(f"check_status.{check['status']}", lang)) in internal
    # against primary sources: v12 on the claim (disputed), v11 on its date (confirmed)
    verifications = engine.tables["verifications"].set_index("verification_id")
    for verification_id, verdict in (("v12", "disputed_attribution"), ("v11", "confirmed")):
        row = verifications.loc[verification_id]
        assert row["verdict"] == verdict
        assert f'data-verification="{verification_id}"' in external
        assert f'data-verdict="{verdict}"' in external
        assert html.escape(t(f"verdict.{verdict}", lang)) in external
        assert f'href="{html.escape(row["source_url"])}"' in external
        assert html.escape(row["source_title"]) in external
        assert html.escape(row["note_en"]) in external
        read_on = t("claims.read_on", lang, date=charts.ltr(row["accessed"], lang))
        assert html.escape(read_on) in external
    # side by side: the two verdicts sit in two columns of one row
    columns = [c for c in at.columns if any('class="fd-' in m.value for m in c.markdown)]
    kinds = [{k for k in ("fd-internal", "fd-external") for m in c.markdown if k in m.value}
             for c in columns]  # fmt: skip
    assert {"fd-internal"} in kinds and {"fd-external"} in kinds


def test_a_claim_card_shows_the_value_an_outside_source_gives(engine):
    external = block_with(open_page("claims", "en", claim="c15"), "fd-external")
    values = engine.tables["verifications"].query("target_id == 'f01'")["external_value"]
    assert set(values) == {"850000000"}
    assert '<code dir="ltr">850000000</code>' in external
    assert external.count('class="fd-verification"') == 7  # c15, f01 twice, f02–f04, v13


def test_the_verdict_filter_keeps_the_claims_with_that_verdict(engine):
    table = engine.tables["verifications"].query("target_table == 'claims'")
    at = open_page("claims", "en")
    at.multiselect(key="f_verdict").select("disputed_attribution").run()
    cards = claim_cards(at)
    assert len(cards) == 1 and 'id="claim-c07"' in cards[0]
    at.multiselect(key="f_verdict").unselect("disputed_attribution").select("not_checked").run()
    expected = set(table.loc[table["verdict"] == "not_checked", "target_id"])
    shown = {re.search(r'id="claim-(c\d+)"', card).group(1) for card in claim_cards(at)}
    assert shown == expected and len(expected) == 4


@pytest.mark.parametrize("lang", LANGS)
def test_overview_counts_the_verdicts_against_primary_sources(lang, engine):
    text = markdown(open_page("overview", lang))
    table = engine.tables["verifications"]
    everything = re.search(r'<p class="fd-external-counts">(.*?)</p>', text, re.S).group(1)
    claims_only = re.search(r'<p class="fd-claim-counts">(.*?)</p>', text, re.S).group(1)
    for part, rows in ((everything, table), (claims_only, table.query("target_table == 'claims'"))):
        counted = Counter(rows["verdict"])
        for verdict in VERDICTS:
            words = html.escape(t(f"verdict.{verdict}", lang))
            assert f">{counted[verdict]} {words}<" in part, (verdict, counted[verdict])
    assert html.escape(t("overview.external_counts", lang, n=len(table))) in everything


def test_an_unknown_claim_in_the_link_shows_all_claims_and_says_so():
    at = open_page("claims", "en", claim="c99")
    assert len(claim_cards(at)) == 16
    assert "c99" in at.warning[0].value


def test_text_search_filters_the_cards():
    at = open_page("claims", "en")
    at.text_input(key="f_search").input("850").run()
    cards = claim_cards(at)
    assert len(cards) == 1 and 'id="claim-c15"' in cards[0]


def test_speaker_filter_keeps_only_that_speakers_claims(engine):
    at = open_page("claims", "en")
    at.multiselect(key="f_speaker").select("blinken").run()
    expected = int((engine.tables["claims"]["speaker_id"] == "blinken").sum())
    assert len(claim_cards(at)) == expected == 3


@pytest.mark.parametrize("lang", LANGS)
def test_source_page_marks_every_captured_span(lang, engine):
    text = markdown(open_page("source", lang))
    article = next(m for m in text.split("\n") if 'class="fd-' in m)
    located = sum(
        int(engine.tables[name][["char_start", "char_end"]].notna().all(axis=1).sum())
        for name in ("claims", "figures", "events", "mentions")
    )
    assert article.count(' id="') == located
    assert '<div dir="rtl" lang="ar"' in article


@pytest.mark.parametrize(("param", "value", "anchor"), [("claim", "c07", "claim-c07"),
                                                         ("figure", "f01", "figure-f01")])  # fmt: skip
def test_source_link_marks_and_anchors_that_span(param, value, anchor):
    text = markdown(open_page("source", "en", **{param: value}))
    assert f'href="#{anchor}"' in text
    assert re.search(rf'id="{anchor}"[^>]*outline:', text)


@pytest.mark.parametrize("lang", LANGS)
def test_consistency_page_lists_every_check_and_charts_the_hierarchy(lang, engine):
    at = open_page("consistency", lang)
    text = markdown(at)
    for check in engine.checks:
        assert html.escape(check["id"]) in text
    assert len(at.get("plotly_chart")) == 1


def upload_findings(at: AppTest) -> str:
    return next(m.value for m in at.markdown if 'class="fd-upload-findings"' in m.value)


def shown(markdown_text: str) -> str:
    """A markdown message as displayed: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown_text)


def upload(at: AppTest, table: str, name: str, data: bytes) -> AppTest:
    at.selectbox(key="upload_table").select(table).run()
    at.get("file_uploader")[0].upload(name, data, "text/csv")
    return at.run()


def test_upload_recheck_finds_the_broken_row_and_column():
    at = open_page("consistency", "en")
    figures = (LIBYA / "figures.csv").read_bytes().replace(b",605000000,", b",six hundred,")
    at = upload(at, "figures", "figures.csv", figures)
    assert not at.exception
    assert at.error[0].value.startswith("Re-checked in memory with your figures.csv (4 rows)")
    findings = upload_findings(at)
    # f02 is the second data row: row 3 as a spreadsheet numbers it (the header is row 1)
    assert "row 3" in findings and "<code>amount</code>" in findings
    assert "six hundred" in findings


def test_an_unreadable_upload_gets_one_clear_line():
    at = upload(open_page("consistency", "en"), "claims", "claims.csv", b"\xff\xfeW\x00h\x00")
    message = shown(at.error[0].value)
    assert message.startswith(t("upload.unreadable", "en", line=""))
    assert "not UTF-8" in message and "\n" not in message


def test_an_upload_over_the_row_limit_is_not_checked():
    lines = (LIBYA / "claims.csv").read_text(encoding="utf-8").splitlines()
    data = "\n".join([lines[0]] + [lines[1]] * (dashboard_data.MAX_UPLOAD_ROWS + 1))
    at = upload(open_page("consistency", "en"), "claims", "big.csv", data.encode())
    assert str(dashboard_data.MAX_UPLOAD_ROWS) in at.error[0].value


def test_an_upload_is_escaped_where_it_is_shown():
    lines = (LIBYA / "claims.csv").read_text(encoding="utf-8").splitlines()
    hostile = "<script>alert(1)</script><img src=x onerror=alert(1)>"
    lines[1] = lines[1].replace("أكدت الولايات المتحدة الأمريكية", hostile, 1)
    at = upload(open_page("consistency", "en"), "claims", "claims.csv", "\n".join(lines).encode())
    findings = upload_findings(at)
    assert html.escape(hostile) in findings and hostile not in findings


@pytest.fixture
def media_storage(monkeypatch):
    """Keep AppTest's in-memory media files (download buttons) so a test can read them."""
    stores: list[MemoryMediaFileStorage] = []

    class Kept(MemoryMediaFileStorage):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            stores.append(self)

    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", Kept)
    return stores


def button_bytes(at: AppTest, stores, label: str) -> tuple[str, bytes]:
    button = next(b for b in at.download_button if b.label == label)
    file_name = button.proto.url.rsplit("/", 1)[1]
    return file_name, stores[-1].get_file(file_name).content


@pytest.mark.parametrize("lang", LANGS)
def test_download_buttons_give_the_exports_own_bytes(lang, media_storage, engine):
    at = open_page("downloads", lang)
    expected = bundle_files(engine.dataset, engine.report, engine.tables)
    _, data = button_bytes(at, media_storage, t("downloads.csv", lang, table="figures"))
    assert data == expected["figures.csv"]
    _, data = button_bytes(at, media_storage, t("downloads.excel_csv", lang, table="claims"))
    assert data == expected["claims.excel.csv"] and data.startswith(b"\xef\xbb\xbf")
    _, data = button_bytes(at, media_storage, t("downloads.xlsx", lang))
    assert data == expected["us-libya-berlin2-2021.xlsx"]
    _, data = button_bytes(at, media_storage, t("downloads.zip", lang))
    assert data == zip_bytes(expected, folder="us-libya-berlin2-2021")
    _, data = button_bytes(at, media_storage, t("downloads.report", lang))
    assert data == expected["report.json"]


def test_download_file_names_are_ascii():
    at = open_page("downloads", "ar")
    assert len(at.download_button) >= 2 * 7 + 3
    for button in at.download_button:
        assert button.proto.url.isascii()


def test_nothing_is_offered_when_the_data_does_not_validate(monkeypatch, engine):
    failing = dashboard_data.Checked(
        dataset=engine.dataset,
        report=engine.report,
        tables=engine.tables,
        figures=engine.figures,
        events=engine.events,
        checks=[{**engine.checks[0], "status": "fail"}, *engine.checks[1:]],
    )
    monkeypatch.setattr(dashboard_data, "checked_dataset", lambda *args: failing)
    at = open_page("downloads", "en")
    assert len(at.download_button) == 0
    assert t("downloads.not_valid", "en", failed=1) == at.error[0].value


def test_the_checks_run_once_for_every_page_and_language(monkeypatch):
    calls = []
    real = dashboard_data.engine_checked  # validation.checked_cache: the engine, or its last check

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard_data, "engine_checked", counted)
    st.cache_data.clear()
    at = AppTest.from_file(str(APP), default_timeout=180)
    at.session_state[pacing.DRAWN] = True
    at.run()
    for lang in LANGS:
        at.query_params["lang"] = lang
        for page in PAGES:
            at.switch_page(f"views/{page}.py").run()
            assert not at.exception
    assert len(calls) == 1


def test_the_language_switch_writes_lang_into_the_address():
    at = open_page("figures", "en")
    at.radio(key="lang_switch").set_value("ar").run()
    assert at.query_params["lang"] == "ar"
    assert 'dir="rtl"' in markdown(at)
    assert any(WORDING_850["ar"] in json.dumps(s, ensure_ascii=False) for s in chart_specs(at))


def test_the_timeline_can_zoom_to_the_months_around_publication():
    at = open_page("timeline", "en")
    assert chart_specs(at)[0]["layout"]["xaxis"]["range"][0].startswith("2010")
    at.segmented_control(key="timeline_window").set_value("recent").run()
    assert chart_specs(at)[0]["layout"]["xaxis"]["range"] == ["2020-08-01", "2022-01-31"]


def test_the_source_toggles_choose_which_kinds_are_marked():
    at = open_page("source", "en")
    at.pills(key="source_kinds").set_value(["figure"]).run()
    article = next(m.value for m in at.markdown if 'class="fd-' in m.value)
    assert article.count('class="fd-figure"') == 4
    assert "fd-claim" not in article and "fd-mention" not in article


def test_a_charts_data_table_is_drawn_once_its_expander_is_open():
    """Closed expanders send no grid (the browser draws the charts sooner); opening one runs
    the page again with the table, its columns described as the data dictionary says."""
    at = open_page("figures", "en")
    assert [len(d.value) for d in at.dataframe] == [15]  # only the context table, open
    at.session_state["data-hierarchy-f01"] = True  # what opening the expander sets
    at.run()
    table = next(d for d in at.dataframe if "figure_id" in d.value.columns)
    assert set(table.value["figure_id"]) == {"f01", "f02", "f03", "f04"}
    help_text = json.loads(table.proto.columns)["figure_id"]["help"]
    assert help_text == dashboard_data.column_help("figures")["figure_id"] != ""
