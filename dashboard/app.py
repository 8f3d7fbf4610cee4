"""factdesk dashboard: the first page. It shows what validation/ says, and computes nothing.

The full seven pages arrive with the dashboard issue; this page already reads the dataset
through the engine so that what it shows has passed the same checks as the CLI.
"""

from __future__ import annotations

import html
from pathlib import Path

import streamlit as st

from validation.engine import check_dataset
from validation.load import load_dataset

DATASET = Path(__file__).resolve().parent.parent / "datasets" / "us-libya-berlin2-2021"


@st.cache_data(show_spinner=False)
def load_checked(folder: str) -> dict:
    """Load and check once per session; pages read this, never the files."""
    dataset = load_dataset(Path(folder))
    report, tables = check_dataset(dataset)
    return {
        "metadata": dataset.metadata,
        "checks": [c.as_json() for c in report.checks],
        "figures": tables.get("figures"),
        "claims": tables.get("claims"),
    }


def main() -> None:
    st.set_page_config(page_title="factdesk — US aid to Libya", layout="wide")
    data = load_checked(str(DATASET))
    meta = data["metadata"]
    st.title(meta["title"]["en"])
    st.markdown(
        f'<div dir="rtl" lang="ar">{html.escape(meta["title"]["ar"])}</div>',
        unsafe_allow_html=True,
    )
    statuses = [c["status"] for c in data["checks"]]
    st.caption(
        f"Checks: {statuses.count('pass')} passed · {statuses.count('warn')} warned · "
        f"{statuses.count('fail')} failed — source sha256 {meta['source']['sha256'][:16]}…"
    )
    figures = data["figures"]
    if figures is not None:
        st.subheader("The aid figures, as the article hedges them")
        st.dataframe(
            figures[["figure_id", "label_en", "hedge", "amount", "currency", "quote_ar"]],
            hide_index=True,
        )


main()
