"""A chart as one HTML file a desk can drop into an article page, and the same chart's words
as the HTML the dashboard puts around it.

Following Datawrapper's split, a chart is two things: a plotly figure that holds marks and
axes only, and its words (title, description, notes, source line, alt text) as HTML around
it — they wrap at any width, read right to left in Arabic, can be selected, and are read by
screen readers. :func:`caption_html` and :func:`notes_html` are those words; the dashboard's
views show them above and below ``st.plotly_chart`` and :func:`embed_html` puts them in the
file, so the page and the embed say the same thing.

>>> import plotly.graph_objects as go
>>> words = ChartWords(lang="ar", title="عنوان", alt="وصف")
>>> page = embed_html(go.Figure(go.Bar(x=[1], y=["a"])), words, "demo").decode()
>>> '<html lang="ar" dir="rtl">' in page, 'aria-describedby="demo-ar-alt"' in page
(True, True)

Bytes are deterministic: the plot's element id comes from the chart's name and language,
nothing random or dated is written, and plotly's own script is the installed plotly's.
A single file inlines plotly.js (about 4.8 MB: it works offline, from ``file://`` and in any
CMS); a bundle (:func:`bundle_files`) writes one ``plotly.min.js`` beside its charts and each
chart names it, so N charts cost N small files plus one script.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

DIRECTION = {"en": "ltr", "ar": "rtl"}
PLOTLY_SCRIPT = "plotly.min.js"
# The first Noto family the machine has draws the text; Arabic glyphs come from Noto Arabic.
FONT = "Noto Sans, Noto Sans Arabic, Noto Naskh Arabic, Arial, sans-serif"
SAFE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*")
# The page's own style: the words wrap inside the container, the plot takes its width.
EMBED_CSS = f"""
html, body {{ margin: 0; padding: 0; background: #fff; color: #222; font-family: {FONT}; }}
.fd-chart {{ margin: 0; padding: 8px 10px; max-width: 100%; box-sizing: border-box; }}
.fd-chart h2 {{ font-size: 1.1rem; line-height: 1.35; margin: 0 0 0.3rem; }}
.fd-chart p {{ margin: 0 0 0.3rem; overflow-wrap: anywhere; }}
.fd-description {{ font-size: 0.95rem; color: #333; }}
.fd-notes {{ font-size: 0.8rem; color: #555; line-height: 1.4; }}
.fd-plot {{ width: 100%; }}
.fd-alt {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  clip-path: inset(50%); white-space: nowrap; }}
""".strip()


@dataclass(frozen=True)
class ChartWords:
    """Everything a reader reads around one chart, in one language.

    ``notes`` are (text, its language) pairs: an engine message stays English inside an
    Arabic chart, isolated left to right. ``alt`` says in words what the chart shows, from
    its data (see ``dashboard.alt_text``).
    """

    lang: str
    title: str
    alt: str
    description: str = ""
    source: str = ""
    notes: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def direction(self) -> str:
        return DIRECTION[self.lang]


def element_id(name: str, lang: str) -> str:
    """The plot's element id: the chart's name and language, never random."""
    if not SAFE_NAME.fullmatch(name):
        raise ValueError(f"chart name {name!r}: lowercase letters, digits and '-' only")
    return f"{name}-{lang}"


def in_language(text: str, text_lang: str, page_lang: str) -> str:
    """Escaped text; text in another language than the page's in its own isolate."""
    escaped = html.escape(text)
    if text_lang == page_lang:
        return escaped
    return f'<bdi dir="{DIRECTION[text_lang]}" lang="{text_lang}">{escaped}</bdi>'


def caption_html(words: ChartWords, heading: str = "h2", title_id: str = "") -> str:
    """The title (the finding) and the description, escaped, for above the plot."""
    id_attr = f' id="{title_id}"' if title_id else ""
    parts = [f'<{heading} class="fd-title"{id_attr}>{html.escape(words.title)}</{heading}>']
    if words.description:
        parts.append(f'<p class="fd-description">{html.escape(words.description)}</p>')
    return "".join(parts)


def notes_html(words: ChartWords) -> str:
    """The source line, then the chart's notes, one paragraph each, escaped."""
    lines = [(words.source, words.lang)] if words.source else []
    lines += [note for note in words.notes if note[0]]
    return "".join(
        f"<p>{in_language(text, text_lang, words.lang)}</p>" for text, text_lang in lines
    )


def safe_json(value) -> str:
    """JSON for inside a <script>: no text can close the element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("</", "<\\/").replace("<!--", "<\\!--")


def plot_call(fig: go.Figure, plot_id: str, config: dict | None) -> str:
    """``Plotly.newPlot`` for the figure: width from the container, height from the figure."""
    spec = json.loads(pio.to_json(fig, validate=False))
    layout = spec.get("layout", {})
    layout.pop("width", None)
    layout["autosize"] = True
    settings = {"displaylogo": False, **(config or {}), "responsive": True}
    return (
        f"Plotly.newPlot({json.dumps(plot_id)},{safe_json(spec.get('data', []))},"
        f"{safe_json(layout)},{safe_json(settings)});"
    )


def plotly_script() -> str:
    """plotly.js as installed with plotly, checked safe to inline in a <script> element."""
    script = get_plotlyjs()
    if "</script" in script.lower():  # pragma: no cover - plotly's build never holds it
        raise ValueError("plotly.js holds '</script': it cannot be inlined")
    return script


def embed_html(
    fig: go.Figure,
    words: ChartWords,
    name: str,
    config: dict | None = None,
    plotly_js: str = "inline",
) -> bytes:
    """One HTML document: the chart's words around its plot, in the language's direction.

    ``plotly_js`` is ``"inline"`` (a self-contained file) or ``"directory"`` (the page loads
    ``plotly.min.js`` from its own folder, as in a bundle).
    """
    if plotly_js not in ("inline", "directory"):
        raise ValueError(f"plotly_js {plotly_js!r}: 'inline' or 'directory'")
    plot_id = element_id(name, words.lang)
    title_id, alt_id = f"{plot_id}-title", f"{plot_id}-alt"
    library = (
        f"<script>{plotly_script()}</script>"
        if plotly_js == "inline"
        else f'<script src="{PLOTLY_SCRIPT}"></script>'
    )
    notes = notes_html(words)
    document = (
        "<!DOCTYPE html>\n"
        f'<html lang="{words.lang}" dir="{words.direction}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(words.title)}</title>\n<style>\n{EMBED_CSS}\n</style>\n</head>\n"
        f'<body>\n<figure class="fd-chart" aria-labelledby="{title_id}" '
        f'aria-describedby="{alt_id}">\n'
        f"<figcaption>{caption_html(words, title_id=title_id)}</figcaption>\n"
        # Plot areas stay left to right in an Arabic page: tooltips misplace otherwise.
        f'<div class="fd-plot" dir="ltr" role="img" aria-labelledby="{title_id}" '
        f'aria-describedby="{alt_id}"><div id="{plot_id}"></div></div>\n'
        f'<p class="fd-alt" id="{alt_id}">{html.escape(words.alt)}</p>\n'
        + (f'<footer class="fd-notes">{notes}</footer>\n' if notes else "")
        + f"</figure>\n{library}\n<script>{plot_call(fig, plot_id, config)}</script>\n"
        "</body>\n</html>\n"
    )
    return document.encode("utf-8")


def embed_file_name(name: str, lang: str) -> str:
    """ASCII file name of a chart's embed: ``hierarchy-ar.html``."""
    return f"{element_id(name, lang)}.html"


def bundle_files(
    charts: list[tuple[str, go.Figure, ChartWords]],
    configs: Mapping[tuple[str, str], dict] | None = None,
) -> dict[str, bytes]:
    """Every chart as a page that loads one shared ``plotly.min.js``, and that script.

    ``charts`` holds (name, figure, words) triples; a name and language may appear once.
    ``configs`` gives a chart's plotly config by (name, language), as its page has it.
    """
    files: dict[str, bytes] = {}
    for name, fig, words in charts:
        file_name = embed_file_name(name, words.lang)
        if file_name in files:
            raise ValueError(f"two charts named {name!r} in {words.lang}")
        config = (configs or {}).get((name, words.lang))
        files[file_name] = embed_html(fig, words, name, config, plotly_js="directory")
    files[PLOTLY_SCRIPT] = plotly_script().encode("utf-8")
    return dict(sorted(files.items()))
