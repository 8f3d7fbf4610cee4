"""Downloads: the export bundle's own bytes (validation/export.py), only when the data
validates; the data dictionary, how to cite this dataset and its article, and how to read a
table with pandas."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import ui
from dashboard.data import checked_dataset, export_bundle
from dashboard.i18n import t
from validation.docs import data_dictionary
from validation.schemas import MODELS

MIME = {
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".json": "application/json",
    ".zip": "application/zip",
    ".md": "text/markdown",
    ".txt": "text/plain",
}


def mime_of(name: str) -> str:
    return next((m for suffix, m in MIME.items() if name.endswith(suffix)), "text/plain")


def ascii_name(name: str) -> str:
    """Download names stay ASCII (non-ASCII names broke downloads in past Streamlit releases)."""
    return name.encode("ascii", "replace").decode("ascii").replace("?", "_")


def button(label: str, name: str, data: bytes, key: str) -> None:
    st.download_button(
        label,
        data=data,
        file_name=ascii_name(name),
        mime=mime_of(name),
        key=key,
        icon=":material/download:",
    )


def table_buttons(files: dict[str, bytes], lang: str) -> None:
    ui.heading(t("downloads.tables", lang), lang, level=3)
    for table in MODELS:
        if f"{table}.csv" not in files:
            continue
        left, right, size = ui.columns([2, 2, 3], lang)
        with left:
            button(t("downloads.csv", lang, table=table), f"{table}.csv", files[f"{table}.csv"],
                   f"dl-{table}-csv")  # fmt: skip
        with right:
            name = f"{table}.excel.csv"
            button(t("downloads.excel_csv", lang, table=table), name, files[name], f"dl-{table}-xl")
        size.caption(t("downloads.bytes", lang, n=f"{len(files[f'{table}.csv']):,}"))


def package_buttons(dataset_id: str, files: dict[str, bytes], zipped: bytes, lang: str) -> None:
    ui.heading(t("downloads.package", lang), lang, level=3)
    button(t("downloads.zip", lang), f"{dataset_id}.zip", zipped, "dl-zip")
    xlsx = f"{dataset_id}.xlsx"
    if xlsx in files:
        button(t("downloads.xlsx", lang), xlsx, files[xlsx], "dl-xlsx")
    if "report.json" in files:
        button(t("downloads.report", lang), "report.json", files["report.json"], "dl-report")
    tables = {f"{m}.csv" for m in MODELS} | {f"{m}.excel.csv" for m in MODELS}
    shown = {xlsx, "report.json"} | tables
    others = [name for name in files if name not in shown]
    if others:
        with st.expander(t("downloads.other", lang)):
            for name in others:
                button(name, name, files[name], f"dl-other-{name}")
    if "SHA256SUMS" in files:
        with st.expander(t("downloads.sha", lang)):
            st.code(files["SHA256SUMS"].decode("utf-8"), language=None)


def snippet(dataset_id: str) -> str:
    return (
        "import pandas as pd\n\n"
        f'folder = "{dataset_id}"  # the unzipped download\n'
        "# canonical CSV: UTF-8 without BOM; an empty cell is a missing value\n"
        'figures = pd.read_csv(f"{folder}/figures.csv", dtype={"figure_id": "string"})\n'
        'claims = pd.read_csv(f"{folder}/claims.csv", encoding="utf-8")\n'
        "# the Excel variant carries a BOM: read it with utf-8-sig\n"
        'claims_xl = pd.read_csv(f"{folder}/claims.excel.csv", encoding="utf-8-sig")\n'
        'print(figures[["figure_id", "amount", "hedge", "wording_en"]])\n'
    )


def main() -> None:
    lang = ui.current_language()
    checked = checked_dataset(ui.selection().folder)
    ui.heading(t("downloads.heading", lang), lang)
    ui.text(t("downloads.lede", lang), lang)
    if not checked.valid:
        st.error(t("downloads.not_valid", lang, failed=checked.counts()["failed"]))
        ui.footer(lang, checked.article)
        return
    bundle = export_bundle(ui.selection().folder)
    if bundle is None:
        st.warning(t("downloads.no_export", lang))
    else:
        files, zipped = bundle
        table_buttons(files, lang)
        package_buttons(checked.dataset.id, files, zipped, lang)
    ui.heading(t("downloads.cite", lang), lang, level=3)
    citation = export_citation(checked)
    if citation:
        st.code(citation, language=None, wrap_lines=True)
    article_citation = checked.dataset.metadata.get("citation")
    if article_citation:
        ui.text(t("downloads.cite_article", lang), lang, tag="b")
        st.code(article_citation, language=None, wrap_lines=True)
    ui.heading(t("downloads.snippet", lang), lang, level=3)
    st.code(snippet(checked.dataset.id), language="python")
    with st.expander(t("downloads.dictionary", lang)):
        st.markdown(data_dictionary(examples_of(checked)))
    ui.footer(lang, checked.article)


def examples_of(checked) -> dict[str, dict[str, str]]:
    """Each table's first row, as the dictionary's examples: the dataset's own values."""
    return {
        name: {
            column: "" if pd.isna(value) else str(value) for column, value in frame.iloc[0].items()
        }
        for name, frame in checked.dataset.tables.items()
        if len(frame)
    }


def export_citation(checked) -> str:
    from validation.export import citation  # openpyxl: imported when this page is opened

    return citation(checked.dataset)


main()
