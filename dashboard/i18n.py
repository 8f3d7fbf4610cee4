"""Every interface string of the dashboard, in English and Arabic.

Data (quotes, labels, names, wordings of figures) comes from the dataset and validation/;
only the words around it live here. tests/test_i18n.py keeps the two languages in step:
the same keys, and the same {placeholders} in each pair.

>>> t("nav.figures", "ar")
'الأرقام'
"""

from __future__ import annotations

from validation.arabic.lexicon import MONTHS_WRITTEN as MONTHS_AR  # the one home of month names

LANGUAGES = ("en", "ar")
DIRECTION = {"en": "ltr", "ar": "rtl"}

EN: dict[str, str] = {
    # the desk: many datasets
    "app.title": "factdesk",
    "app.footer": (
        "Data: {data} · Code: {code} · Every number is checked by factdesk's validation engine."
    ),
    "nav.datasets": "Datasets",
    "desk.dataset": "Dataset",
    "desk.no_such": "There is no dataset “{asked}” here. These are the datasets of this desk:",
    "desk.empty": "This desk holds no dataset yet: {root} has no dataset folder.",
    "datasets.heading": "Datasets",
    "datasets.lede": (
        "Every article on this desk, each a dataset of its own: its claims, figures and dates, "
        "each checked against the article's exact words. Open one to see its pages."
    ),
    "datasets.published": "Published {date}",
    "datasets.published_unknown": "publication date unknown",
    "datasets.counts": "{claims} claims · {figures} figures · {events} dates",
    "datasets.headlines": "Headline figures",
    "datasets.no_headline": "No headline total",
    "datasets.draft": "Draft: not yet reviewed",
    "review.heading": "{n} drafted row(s) still to review",
    "review.how": (
        "factdesk drafted these rows from the article. Check each, then mark it reviewed in "
        "review.csv (reviewed = true) and set the status in metadata.json once none is left."
    ),
    "review.table": "Table",
    "review.row": "Row",
    "review.to_check": "What to check",
    "datasets.open": "Open {dataset_id}",
    "datasets.badge.pass": "validated",
    "datasets.badge.warn": "validated, with warnings",
    "datasets.badge.fail": "does not validate",
    "chart.source_default": "Source: the article “{title}”, as curated in this dataset",
    "axis.amount": "Amount ({currency})",
    "axis.percent": "Percent",
    "axis.count": "Count",
    "overview.figures": "The figures, as the article hedges them",
    "figures.intervals_title": (
        "{measure}: {hedged} of {n} figures are hedged; each is a range, not a point"
    ),
    "context.lede": (
        "What the same issuer said of the same total before and after the article, each drawn "
        "as the range its words allow and coloured by how firmly its source stands. The table "
        "links every statement to its source."
    ),
    "context.title": (
        "The article's {article} ({article_date}) follows {previous} ({previous_date}); its "
        "parts add up to as much as {parts}"
    ),
    "context.panel_scope": (
        "Partial totals ({scope}), on their own: not comparable over time (they cover "
        "different periods)"
    ),
    "firmness.primary": "Primary source (the issuer's own site)",
    "firmness.mirror": "Official text reposted with credit",
    "timeline.window_every": "Every date",
    "timeline.title_article": (
        "{n} dates in the article ({scheduled} still scheduled at publication, {inferred} "
        "inferred rather than stated)"
    ),
    "code.figure_categories.total": "Total",
    "code.figure_categories.other": "Other",
    "code.event_types.other": "Other",
    "code.context_scopes.total": "Cumulative total",
    # app and navigation
    "nav.overview": "Overview",
    "nav.figures": "Figures",
    "nav.timeline": "Timeline",
    "nav.claims": "Claims",
    "nav.source": "Source",
    "nav.consistency": "Consistency",
    "nav.downloads": "Downloads",
    "lang.label": "Language · اللغة",
    "lang.en": "English",
    "lang.ar": "العربية",
    # every chart
    "chart.hedge_note": (
        "Hedged numbers are ranges, not points. Tight reading (what a reader assumes): within "
        "{tight} of the stated number. Strict reading (what the words guarantee): within "
        "{strict}; “more than” has no upper bound."
    ),
    "chart.data": "The chart's data",
    "chart.png": "Use the camera icon above a chart to save it as PNG.",
    "chart.embed": "Embed (HTML)",
    "chart.embed_help": (
        "The chart as one HTML file, with its title, notes, source line and a text "
        "description: it works offline and can be dropped into an article page."
    ),
    # a chart's text description (alt text), written from its data: dashboard/alt_text.py
    "alt.figures": "Chart of {n} figures from the article; axis: {measure}.",
    "alt.largest": "The largest: {label} ({figure_id}), {wording}.",
    "alt.smallest": "The smallest: {label} ({figure_id}), {wording}.",
    "alt.hedged": "Hedged: {hedged} of {n}, each drawn as the range its words allow.",
    "alt.parts": "Parts of another figure: {parts}.",
    "alt.parts_fit": (
        "The parts {parts} add up to between {low} and {high}; the stated total is {total}. "
        "Check {check_id}: {status}."
    ),
    "alt.parts_exact": (
        "The parts {parts} add up to {low}; the stated total is {total}. "
        "Check {check_id}: {status}."
    ),
    "alt.parts_open": (
        "The parts {parts} add up to at least {low}; the stated total is {total}. "
        "Check {check_id}: {status}."
    ),
    "alt.timeline": (
        "Timeline of {n} dated events of the article, from {first} to {last}: "
        "{occurred} occurred, {scheduled} scheduled, {other} other."
    ),
    "alt.inferred": "Inferred, not stated: {inferred} of the article's dates.",
    "alt.external": (
        "From outside the article: {external} dates, {postponed} of them a postponement."
    ),
    "alt.context": (
        "The total as {n} statements gave it, from {first} ({first_date}) to {last} ({last_date})."
    ),
    "alt.context_panel": "Below, on a panel of its own: {m} statements of {scope}.",
    "alt.checks": (
        "Intervals behind {n} checks of parts against their whole: {passed} passed, "
        "{warned} with a warning, {failed} failed."
    ),
    "legend.strict": "Strict reading (what the words guarantee)",
    "legend.tight": "Tight reading (what a reader assumes)",
    "legend.stated": "Stated number",
    "legend.no_upper": "no upper bound",
    "legend.sum_parts": "Parts added up (tight reading, from the check)",
    "legend.stated_total": "Stated total",
    "axis.date": "Date",
    "money.million": "{value} million",
    "money.billion": "{value} billion",
    "hover.article": "Article",
    "hover.reads_as": "Reads as",
    "hover.tight": "Tight reading",
    "hover.strict": "Strict reading",
    "hover.exact": "exact: a single value",
    "hover.hedge": "Hedge",
    "hover.verification": "Verification",
    "hover.source": "Source",
    "hover.accessed": "read on {date}",
    "axis.stated_on": "When it was stated",
    "page.no_rows": (
        "No row of this table passed the checks ({failed} failed): the consistency page says why."
    ),
    # overview
    "overview.heading": "Overview",
    "overview.source_card": "The source",
    "overview.publisher": "Publisher",
    "overview.publisher_unknown": "not known",
    "overview.published": "Publication date",
    "overview.how": "How it was established: {basis}",
    "overview.received": "How the article reached us",
    "overview.primary_sources": "Primary sources the article reports on",
    "overview.badge": "Validation",
    "overview.badge_counts": "{passed} checks passed · {warned} warned · {failed} failed",
    "overview.sha": "sha256 of the article text: {sha}",
    "overview.sha_status": "Checked against the article file ({check}): {status}",
    "overview.key_claims": "Claims with numbers and dates",
    "overview.open_claim": "Open claim {claim_id}",
    "overview.see_consistency": "See every check",
    "overview.external": "Against primary sources",
    "overview.external_counts": (
        "{n} verdicts on the claims and on the figures, dates and names in them:"
    ),
    "overview.claim_counts": "The {n} claims themselves:",
    "overview.no_external": "This dataset holds no verification against primary sources.",
    "overview.see_claims": "See each claim with both verdicts",
    "basis.stated": "stated in the article",
    "basis.inferred": "inferred",
    "basis.external": "from an outside source",
    "basis.unknown": "unknown",
    "basis.verified": "verified",
    # figures
    "figures.heading": "Figures",
    "figures.lede": (
        "The article hedges its numbers: “more than”, “nearly”. Each figure is drawn as the "
        "range its words allow, and the parts are set against the whole."
    ),
    "figures.hierarchy_title": "{root} in all, with {parts} as named parts",
    "figures.hierarchy_note": (
        "Boxes are sized by the stated parts; the article states the total as {root}."
    ),
    "figures.parts_title.pass": "The parts, {parts}, fit “{total}”",
    "figures.parts_title.pass_excess": (
        "The parts, {parts}, fit “{total}” — and exceed its number by up to {excess}"
    ),
    "figures.parts_title.warn": "The parts, {parts}, fit “{total}” only under the strict reading",
    "figures.parts_title.fail": "The parts, {parts}, cannot fit “{total}”",
    "figures.check": "The engine's check {check_id} ({status}): {message}",
    "figures.gap": "the parts exceed the stated number by up to {excess}",
    "figures.check_note": "The engine's check {check_id}:",
    "figures.row_parts": "Parts as stated",
    "figures.row_total": "Stated total",
    "figures.table": "All figures with their intervals",
    # figures: in context
    "context.heading": "In context",
    "context.title_plain": "The cumulative total as stated: from {first} ({first_date}) to "
    "{last} ({last_date})",
    "context.panel_totals": (
        "Cumulative total as each statement gave it: from {first} ({first_date}) to {last} "
        "({last_date})"
    ),
    "context.since": "since {start}",
    "context.period": "{start} to {end}",
    "context.legend_step": "Total as last stated (step)",
    "context.legend_tight": "Tight reading: band above the number",
    "context.legend_strict": "Strict reading: dotted; ▲ no upper bound",
    "context.legend_article": "The article's figure ({figure_id})",
    "context.legend_parts": "The article's parts added up ({parts}; from the check)",
    "context.article_label": "the article ({figure_id}): {words}",
    "context.parts_label": "its parts {parts}: {low} – {high}",
    "context.drop_label": "lower than the statement before",
    "context.checks": "What the engine's checks say",
    "context.axis_break": "axis broken: no total stated between {start} and {end}",
    "firmness.secondary": "News report (secondary)",
    # timeline
    "timeline.heading": "Timeline",
    "timeline.lede": (
        "Every dated thing in the article and, in a lane of their own, the dates from outside "
        "it that the verifications rest on. A day is a point; a month or a year is drawn as "
        "the whole span it covers, because that is all the article says."
    ),
    "timeline.title": (
        "{n} dates in the article ({scheduled} still scheduled at publication, {inferred} "
        "inferred rather than stated) and {external} from outside it, {postponed} postponed"
    ),
    "timeline.lane_article": "In the article ({n} dates)",
    "timeline.lane_external": (
        "From outside the article ({n}): dated by primary sources, each with its verification"
    ),
    "timeline.postponed_mark": "{event_id} postponed: {date} was the date scheduled in the "
    "article ({ids})",
    "timeline.window": "Period shown",
    "timeline.publication": "Publication ({basis}): {date}",
    "timeline.legend_span": "{status}: a month or a year (span)",
    "timeline.legend_point": "{status}: a day",
    "timeline.legend_inferred": "Date inferred, not stated",
    "timeline.inferred": "inferred",
    "timeline.legend_external": "From outside the article: {status}",
    "timeline.events": "Every event",
    "status.occurred": "Occurred",
    "status.scheduled": "Scheduled",
    "status.reference": "Reference date",
    "status.postponed": "Postponed",
    "precision.day": "day",
    "precision.month": "month",
    "precision.year": "year",
    # claims
    "claims.heading": "Claims",
    "claims.lede": (
        "Every claim in the article: who makes it, how it is reported, what it rests on, and "
        "its two verdicts side by side: whether its figures and dates agree with the rest of "
        "the article, and what primary sources say of it."
    ),
    "claims.speaker": "Speaker",
    "claims.topic": "Topic",
    "claims.type": "Type of claim",
    "claims.search": "Search the text (Arabic or English)",
    "claims.any": "Any",
    "claims.count": "{shown} of {total} claims shown",
    "claims.permalink": "Showing claim {claim_id} from the link.",
    "claims.permalink_missing": "There is no claim {claim_id}; showing all claims.",
    "claims.show_all": "Show all claims",
    "claims.verb": "Reporting verb",
    "claims.paragraph": "Paragraph {n}",
    "claims.topics": "Topics",
    "claims.figures": "Figures",
    "claims.events": "Dates",
    "claims.internal": "Internal consistency",
    "claims.internal_lede": "The engine's checks on this claim's figures and dates.",
    "claims.no_verdicts": "No consistency check concerns this claim's figures or dates.",
    "claims.link": "Link to this claim",
    "claims.in_source": "See it in the article",
    "claims.checkable": "Checkable against an outside source",
    "claims.not_checkable": "Not checkable against an outside source",
    "claims.none": "No claim matches these filters.",
    "claims.external": "Against primary sources",
    "claims.external_lede": "What outside sources say of the claim and of what it contains.",
    "claims.no_verifications": "No verification against a primary source is on record.",
    "claims.verdict": "Verdict against primary sources",
    "claims.via_claims": "on this claim",
    "claims.via_figures": "on figure {target_id}",
    "claims.via_events": "on date {target_id}",
    "claims.via_entities": "on {name}",
    "claims.read_on": "read on {date}",
    "claims.external_value": "the source gives {value}",
    "verdict.confirmed": "confirmed",
    "verdict.paraphrased": "paraphrased",
    "verdict.disputed_attribution": "attribution disputed",
    "verdict.contradicted": "contradicted",
    "verdict.unresolved": "unresolved",
    "verdict.not_checked": "not checked",
    "claim_type.factual": "Factual",
    "claim_type.position": "Position",
    "claim_type.commitment": "Commitment",
    "claim_type.goal": "Goal",
    "claim_type.assessment": "Assessment",
    # source
    "source.heading": "The article",
    "source.lede": (
        "The article exactly as received, right to left, with every captured span marked. "
        "Marks nest: a figure sits inside its claim."
    ),
    "source.highlight": "Mark",
    "source.legend": "Legend",
    "source.target": "Marked from the link: {kind} {span_id}",
    "source.target_missing": "Nothing in the article has the id {span_id}.",
    "source.jump": "Go to it in the article",
    "source.header_note": (
        "Lines before character {body_start} (headline and page furniture) are not body text."
    ),
    "kind.claim": "Claims",
    "kind.figure": "Figures",
    "kind.event": "Dates",
    "kind.mention": "Entity mentions",
    # consistency
    "consistency.heading": "Consistency",
    "consistency.lede": (
        "Every check the engine ran, grouped by kind, with its arithmetic in plain words."
    ),
    "consistency.summary": "{passed} passed · {warned} warned · {failed} failed",
    "consistency.kind": "{kind} ({count})",
    "consistency.findings": "Findings",
    "consistency.intervals": "The intervals behind each hierarchy check",
    "consistency.intervals_title": (
        "{n} hierarchy checks: {pass} passed, {warn} warned, {fail} failed — each part set "
        "against its whole under both readings"
    ),
    "consistency.interval_part": "{figure_id} (part)",
    "consistency.interval_whole": "{figure_id} (whole)",
    "consistency.interval_sum": "{parts} added up",
    "check_kind.schema": "Schema",
    "check_kind.referential": "References",
    "check_kind.provenance": "Provenance",
    "check_kind.consistency": "Consistency",
    "check_kind.coverage": "Coverage",
    "check_kind.verification": "Verification against primary sources",
    "check_status.pass": "passed",
    "check_status.warn": "warning",
    "check_status.fail": "failed",
    "upload.heading": "Re-check an edited table",
    "upload.lede": (
        "Download a table, edit it, upload it here: the whole dataset is checked again in memory "
        "with your table in place of the curated one. Nothing is saved."
    ),
    "upload.table": "Table to replace",
    "upload.file": "Edited CSV (UTF-8; at most {mb} MB and {rows} rows)",
    "upload.unreadable": "Unreadable upload — {line}",
    "upload.too_many_rows": (
        "{rows} rows: more than the limit of {limit}. Nothing was checked; split the file."
    ),
    "upload.result": (
        "Re-checked in memory with your {table}.csv ({rows} rows): {passed} passed, "
        "{warned} warned, {failed} failed. Nothing was saved."
    ),
    "upload.changed": "Checks whose verdict changed",
    "upload.findings": "Findings by row and column",
    "upload.no_findings": "No findings: the edited table validates with the rest of the dataset.",
    "upload.unchanged": "No verdict changed.",
    # downloads
    "downloads.heading": "Downloads",
    "downloads.lede": (
        "Only validated data is offered. Each table comes as canonical CSV (UTF-8) and as an "
        "Excel-friendly CSV (with a byte-order mark; cells that look like formulas escaped)."
    ),
    "downloads.not_valid": (
        "Nothing to download: the data does not validate ({failed} failed check(s)). "
        "See the consistency page for what to fix."
    ),
    "downloads.no_export": (
        "The export module (validation/export.py) is not available in this installation, so no "
        "file is offered: the dashboard does not write files of its own."
    ),
    "downloads.tables": "Validated tables",
    "downloads.csv": "{table}.csv",
    "downloads.excel_csv": "{table} for Excel",
    "downloads.package": "The whole dataset",
    "downloads.zip": "Everything as one zip",
    "downloads.xlsx": "Workbook (.xlsx)",
    "downloads.report": "Check report (JSON)",
    "downloads.other": "Other files",
    "downloads.dictionary": "Data dictionary",
    "downloads.cite": "How to cite",
    "downloads.snippet": "Read it with pandas",
    "downloads.sha": "SHA-256 of each file",
    "downloads.bytes": "{n} bytes",
    "downloads.cite_article": "The article this dataset is built from:",
}

AR: dict[str, str] = {
    "app.title": "factdesk",
    "app.footer": "البيانات: {data} · الشيفرة: {code} · كل رقم يفحصه محرك التحقق في factdesk.",
    "nav.datasets": "مجموعات البيانات",
    "desk.dataset": "مجموعة البيانات",
    "desk.no_such": "لا توجد هنا مجموعة بيانات باسم «{asked}». هذه مجموعات البيانات المتاحة:",
    "desk.empty": "لا تضم هذه المنصة أي مجموعة بيانات بعد: لا يوجد مجلد بيانات في {root}.",
    "datasets.heading": "مجموعات البيانات",
    "datasets.lede": (
        "كل مقال هنا مجموعة بيانات قائمة بذاتها: تصريحاته وأرقامه وتواريخه، وكلٌّ منها "
        "مُتحقَّق منه مقابل كلمات المقال نفسها. افتح إحداها لتصفح صفحاتها."
    ),
    "datasets.published": "نُشر في {date}",
    "datasets.published_unknown": "تاريخ النشر غير معروف",
    "datasets.counts": "{claims} تصريحًا · {figures} رقمًا · {events} تاريخًا",
    "datasets.headlines": "الأرقام الرئيسية",
    "datasets.no_headline": "لا إجمالي رئيسيًا",
    "datasets.draft": "مسودة: لم تُراجع بعد",
    "review.heading": "{n} صفًا مُسوّدًا بانتظار المراجعة",
    "review.how": (
        "صاغ factdesk هذه الصفوف من المقال. راجِع كلًّا منها ثم علّمه مُراجَعًا في review.csv "
        "(reviewed = true)، وغيّر الحالة في metadata.json حين لا يبقى منها شيء."
    ),
    "review.table": "الجدول",
    "review.row": "الصف",
    "review.to_check": "ما يجب التحقق منه",
    "datasets.open": "فتح {dataset_id}",
    "datasets.badge.pass": "اجتازت التحقق",
    "datasets.badge.warn": "اجتازت التحقق مع تحذيرات",
    "datasets.badge.fail": "لم تجتز التحقق",
    "chart.source_default": "المصدر: المقال «{title}» كما نُقّح في مجموعة البيانات هذه",
    "axis.amount": "المبلغ ({currency})",
    "axis.percent": "النسبة المئوية",
    "axis.count": "العدد",
    "overview.figures": "الأرقام بالصيغة التي قيّدها بها المقال",
    "figures.intervals_title": "{measure}: {hedged} من {n} أرقام مقيدة؛ كلٌّ منها نطاق لا نقطة",
    "context.lede": (
        "ما قالته الجهة نفسها عن الإجمالي نفسه قبل المقال وبعده، وكلٌّ منها مرسوم نطاقًا بقدر "
        "ما تسمح به ألفاظه وملوَّن بحسب متانة مصدره. الجدول يربط كل تصريح بمصدره."
    ),
    "context.title": (
        "رقم المقال «{article}» ({article_date}) يأتي بعد {previous} ({previous_date})، "
        "وأجزاؤه يصل مجموعها إلى {parts}"
    ),
    "context.panel_scope": (
        "مجاميع جزئية ({scope})، وحدها: لا تصح مقارنتها عبر الزمن (تغطي فترات مختلفة)"
    ),
    "firmness.primary": "مصدر أولي (موقع الجهة نفسها)",
    "firmness.mirror": "نص رسمي أعيد نشره مع الإسناد",
    "timeline.window_every": "كل التواريخ",
    "timeline.title_article": (
        "{n} تواريخ في المقال ({scheduled} منها ما زالت مقررة عند النشر، و{inferred} مستنتجة لا "
        "مذكورة)"
    ),
    "code.figure_categories.total": "إجمالي",
    "code.figure_categories.other": "أخرى",
    "code.event_types.other": "أخرى",
    "code.context_scopes.total": "الإجمالي التراكمي",
    "nav.overview": "نظرة عامة",
    "nav.figures": "الأرقام",
    "nav.timeline": "التسلسل الزمني",
    "nav.claims": "التصريحات",
    "nav.source": "النص المصدر",
    "nav.consistency": "الاتساق",
    "nav.downloads": "التنزيلات",
    "lang.label": "Language · اللغة",
    "lang.en": "English",
    "lang.ar": "العربية",
    "chart.hedge_note": (
        "الأرقام المقيدة بألفاظ مثل «أكثر من» و«ما يقرب من» نطاقات لا نقاط. القراءة الضيقة (ما "
        "يفهمه القارئ): ضمن {tight} من الرقم المذكور. القراءة الواسعة (ما تضمنه الألفاظ): ضمن "
        "{strict}؛ و«أكثر من» بلا حد أعلى."
    ),
    "chart.data": "بيانات الرسم",
    "chart.png": "استخدم أيقونة الكاميرا فوق الرسم لحفظه بصيغة PNG.",
    "chart.embed": "تضمين (HTML)",
    "chart.embed_help": (
        "الرسم في ملف HTML واحد، مع عنوانه وملاحظاته وسطر المصدر ووصف نصي له: يعمل دون "
        "اتصال ويمكن وضعه في صفحة مقال."
    ),
    "alt.figures": "رسم لـ{n} أرقام من المقال؛ المحور: {measure}.",
    "alt.largest": "أكبرها: {label} ({figure_id})، {wording}.",
    "alt.smallest": "أصغرها: {label} ({figure_id})، {wording}.",
    "alt.hedged": "بصيغة تقريبية: {hedged} من {n}، يُرسم كلٌّ منها مدىً تسمح به كلماته.",
    "alt.parts": "أجزاء من رقم آخر: {parts}.",
    "alt.parts_fit": (
        "الأجزاء {parts} مجموعها بين {low} و{high}؛ والإجمالي المذكور {total}. "
        "الفحص {check_id}: {status}."
    ),
    "alt.parts_exact": (
        "الأجزاء {parts} مجموعها {low}؛ والإجمالي المذكور {total}. الفحص {check_id}: {status}."
    ),
    "alt.parts_open": (
        "الأجزاء {parts} مجموعها {low} على الأقل؛ والإجمالي المذكور {total}. "
        "الفحص {check_id}: {status}."
    ),
    "alt.timeline": (
        "خط زمني لـ{n} أحداث مؤرخة في المقال، من {first} إلى {last}: {occurred} وقعت، "
        "و{scheduled} مقررة، و{other} غير ذلك."
    ),
    "alt.inferred": "مستنتجة وغير مذكورة صراحة: {inferred} من تواريخ المقال.",
    "alt.external": "من خارج المقال: {external} تواريخ، منها {postponed} تأجيل.",
    "alt.context": (
        "الإجمالي كما ورد في {n} تصريحات، من {first} ({first_date}) إلى {last} ({last_date})."
    ),
    "alt.context_panel": "وفي الأسفل، في لوحة مستقلة: {m} تصريحات عن {scope}.",
    "alt.checks": (
        "المجالات وراء {n} فحوص للأجزاء مقابل الكل: {passed} ناجحة، و{warned} بتحذير، "
        "و{failed} فاشلة."
    ),
    "legend.strict": "القراءة الواسعة (ما تضمنه الألفاظ)",
    "legend.tight": "القراءة الضيقة (ما يفهمه القارئ)",
    "legend.stated": "الرقم المذكور",
    "legend.no_upper": "بلا حد أعلى",
    "legend.sum_parts": "مجموع الأجزاء (القراءة الضيقة، من الفحص)",
    "legend.stated_total": "الإجمالي المذكور",
    "axis.date": "التاريخ",
    "money.million": "{value} مليون",
    "money.billion": "{value} مليار",
    "hover.article": "في المقال",
    "hover.reads_as": "بالإنجليزية",
    "hover.tight": "القراءة الضيقة",
    "hover.strict": "القراءة الواسعة",
    "hover.exact": "رقم محدد: قيمة واحدة",
    "hover.hedge": "صيغة التقييد",
    "hover.verification": "التحقق",
    "hover.source": "المصدر",
    "hover.accessed": "قُرئ في {date}",
    "axis.stated_on": "تاريخ التصريح",
    "page.no_rows": "لم يجتز أي صف من هذا الجدول الفحوص ({failed} إخفاق): صفحة الاتساق تبيّن السبب.",
    "overview.heading": "نظرة عامة",
    "overview.source_card": "المصدر",
    "overview.publisher": "الناشر",
    "overview.publisher_unknown": "غير معروف",
    "overview.published": "تاريخ النشر",
    "overview.how": "كيف تحدد: {basis}",
    "overview.received": "كيف وصلنا المقال",
    "overview.primary_sources": "المصادر الأولية التي ينقل عنها المقال",
    "overview.badge": "التحقق",
    "overview.badge_counts": "{passed} فحصًا ناجحًا · {warned} تحذيرات · {failed} إخفاقات",
    "overview.sha": "بصمة sha256 لنص المقال: {sha}",
    "overview.sha_status": "مطابقة لملف المقال ({check}): {status}",
    "overview.key_claims": "تصريحات فيها أرقام وتواريخ",
    "overview.open_claim": "فتح التصريح {claim_id}",
    "overview.see_consistency": "عرض كل الفحوص",
    "overview.external": "مقارنةً بالمصادر الأولية",
    "overview.external_counts": "{n} حكمًا على التصريحات وعلى ما فيها من أرقام وتواريخ وأسماء:",
    "overview.claim_counts": "التصريحات نفسها ({n}):",
    "overview.no_external": "لا تتضمن هذه البيانات أي تحقق من المصادر الأولية.",
    "overview.see_claims": "عرض كل تصريح بحكميه",
    "basis.stated": "مذكور في المقال",
    "basis.inferred": "مستنتج",
    "basis.external": "من مصدر خارجي",
    "basis.unknown": "غير معروف",
    "basis.verified": "مُتحقَّق منه",
    "figures.heading": "الأرقام",
    "figures.lede": (
        "يقيّد المقال أرقامه بألفاظ مثل «أكثر من» و«ما يقرب من». يُرسم كل رقم نطاقًا بقدر ما "
        "تسمح به ألفاظه، وتُقارن الأجزاء بالكل."
    ),
    "figures.hierarchy_title": "{root} إجمالًا، منها {parts} أجزاءً مسمّاة",
    "figures.hierarchy_note": (
        "أحجام المربعات بحسب الأجزاء المذكورة؛ أما الإجمالي فيذكره المقال بصيغة {root}."
    ),
    "figures.parts_title.pass": "الأجزاء ({parts}) تتسع لها عبارة «{total}»",
    "figures.parts_title.pass_excess": (
        "الأجزاء ({parts}) تتسع لها عبارة «{total}»، وتزيد على رقمها بما يصل إلى {excess}"
    ),
    "figures.parts_title.warn": (
        "الأجزاء ({parts}) لا تتسع لها عبارة «{total}» إلا بالقراءة الواسعة"
    ),
    "figures.parts_title.fail": "الأجزاء ({parts}) لا يمكن أن تتسع لها عبارة «{total}»",
    "figures.check": "فحص المحرك {check_id} ({status}): {message}",
    "figures.gap": "تزيد الأجزاء على الرقم المذكور بما يصل إلى {excess}",
    "figures.check_note": "فحص المحرك {check_id}:",
    "figures.row_parts": "الأجزاء كما ذُكرت",
    "figures.row_total": "الإجمالي المذكور",
    "figures.table": "كل الأرقام مع نطاقاتها",
    "context.heading": "في سياقه",
    "context.title_plain": "الإجمالي التراكمي كما ذُكر: من {first} ({first_date}) إلى "
    "{last} ({last_date})",
    "context.panel_totals": (
        "الإجمالي التراكمي كما ذكره كل تصريح: من {first} ({first_date}) إلى {last} ({last_date})"
    ),
    "context.since": "منذ {start}",
    "context.period": "من {start} إلى {end}",
    "context.legend_step": "الإجمالي كما ذُكر آخر مرة (درج)",
    "context.legend_tight": "القراءة الضيقة: شريط فوق الرقم",
    "context.legend_strict": "القراءة الواسعة: منقّطة؛ ▲ بلا حد أعلى",
    "context.legend_article": "رقم المقال ({figure_id})",
    "context.legend_parts": "مجموع أجزاء رقم المقال ({parts}؛ من الفحص)",
    "context.article_label": "المقال ({figure_id}): {words}",
    "context.parts_label": "أجزاؤه {parts}: {low} – {high}",
    "context.drop_label": "أقل من التصريح السابق",
    "context.checks": "ما تقوله فحوص المحرك",
    "context.axis_break": "المحور مقطوع: لا إجمالي مذكور بين {start} و{end}",
    "firmness.secondary": "تقرير إخباري (مصدر ثانوي)",
    "timeline.heading": "التسلسل الزمني",
    "timeline.lede": (
        "كل ما له تاريخ في المقال، وفي مسار مستقل التواريخ من خارجه التي تستند إليها عمليات "
        "التحقق. اليوم نقطة، أما الشهر أو السنة فيُرسم امتدادًا يغطي المدة كلها، لأن المقال "
        "لا يقول أكثر من ذلك."
    ),
    "timeline.title": (
        "{n} تواريخ في المقال ({scheduled} منها ما زالت مقررة عند النشر، و{inferred} مستنتجة لا "
        "مذكورة) و{external} من خارجه، {postponed} منها مؤجل"
    ),
    "timeline.lane_article": "في المقال ({n} تواريخ)",
    "timeline.lane_external": "من خارج المقال ({n}): تواريخ من مصادر أولية، لكلٍّ منها تحققه",
    "timeline.postponed_mark": "{event_id} مؤجل: {date} هو الموعد المقرر في المقال ({ids})",
    "timeline.window": "الفترة المعروضة",
    "timeline.publication": "النشر ({basis}): {date}",
    "timeline.legend_span": "{status}: شهر أو سنة (امتداد)",
    "timeline.legend_point": "{status}: يوم",
    "timeline.legend_inferred": "تاريخ مستنتج لا مذكور",
    "timeline.inferred": "مستنتج",
    "timeline.legend_external": "من خارج المقال: {status}",
    "timeline.events": "كل الأحداث",
    "status.occurred": "وقع",
    "status.scheduled": "مقرر",
    "status.reference": "تاريخ مرجعي",
    "status.postponed": "مؤجل",
    "precision.day": "يوم",
    "precision.month": "شهر",
    "precision.year": "سنة",
    "claims.heading": "التصريحات",
    "claims.lede": (
        "كل تصريح في المقال: من قاله، وكيف نُقل، وعلامَ يستند، وحكماه جنبًا إلى جنب: هل تتفق "
        "أرقامه وتواريخه مع بقية المقال، وماذا تقول عنه المصادر الأولية."
    ),
    "claims.speaker": "المتحدث",
    "claims.topic": "الموضوع",
    "claims.type": "نوع التصريح",
    "claims.search": "ابحث في النص (بالعربية أو الإنجليزية)",
    "claims.any": "الكل",
    "claims.count": "عرض {shown} من {total} تصريحًا",
    "claims.permalink": "عرض التصريح {claim_id} من الرابط.",
    "claims.permalink_missing": "لا يوجد تصريح {claim_id}؛ تُعرض كل التصريحات.",
    "claims.show_all": "عرض كل التصريحات",
    "claims.verb": "فعل النقل",
    "claims.paragraph": "الفقرة {n}",
    "claims.topics": "الموضوعات",
    "claims.figures": "الأرقام",
    "claims.events": "التواريخ",
    "claims.internal": "الاتساق الداخلي",
    "claims.internal_lede": "فحوص المحرك على أرقام هذا التصريح وتواريخه.",
    "claims.no_verdicts": "لا يتناول أي فحص اتساق أرقام هذا التصريح أو تواريخه.",
    "claims.link": "رابط هذا التصريح",
    "claims.in_source": "عرضه في المقال",
    "claims.checkable": "قابل للتحقق من مصدر خارجي",
    "claims.not_checkable": "غير قابل للتحقق من مصدر خارجي",
    "claims.none": "لا يطابق أي تصريح هذه المرشحات.",
    "claims.external": "مقارنةً بالمصادر الأولية",
    "claims.external_lede": "ما تقوله المصادر الخارجية عن التصريح وعمّا يتضمنه.",
    "claims.no_verifications": "لا يوجد تحقق مسجَّل من مصدر أولي.",
    "claims.verdict": "الحكم مقارنةً بالمصادر الأولية",
    "claims.via_claims": "على هذا التصريح",
    "claims.via_figures": "على الرقم {target_id}",
    "claims.via_events": "على التاريخ {target_id}",
    "claims.via_entities": "على {name}",
    "claims.read_on": "قُرئ في {date}",
    "claims.external_value": "يذكر المصدر {value}",
    "verdict.confirmed": "مؤكَّد",
    "verdict.paraphrased": "منقول بتصرف",
    "verdict.disputed_attribution": "نسبته موضع خلاف",
    "verdict.contradicted": "تناقضه المصادر",
    "verdict.unresolved": "لم يُحسم",
    "verdict.not_checked": "لم يُتحقق منه",
    "claim_type.factual": "واقعة",
    "claim_type.position": "موقف",
    "claim_type.commitment": "التزام",
    "claim_type.goal": "هدف",
    "claim_type.assessment": "تقدير",
    "source.heading": "المقال",
    "source.lede": (
        "المقال كما وصل تمامًا، من اليمين إلى اليسار، مع تمييز كل مقطع مُلتقط. العلامات "
        "متداخلة: الرقم داخل تصريحه."
    ),
    "source.highlight": "ميّز",
    "source.legend": "دليل الألوان",
    "source.target": "مميَّز من الرابط: {kind} {span_id}",
    "source.target_missing": "لا شيء في المقال يحمل المعرّف {span_id}.",
    "source.jump": "الانتقال إليه في المقال",
    "source.header_note": (
        "الأسطر التي تسبق الحرف {body_start} (العنوان وعناصر الصفحة) ليست من متن المقال."
    ),
    "kind.claim": "التصريحات",
    "kind.figure": "الأرقام",
    "kind.event": "التواريخ",
    "kind.mention": "ذكر الكيانات",
    "consistency.heading": "الاتساق",
    "consistency.lede": "كل فحص أجراه المحرك، مجمّعًا بحسب نوعه، مع حسابه بكلمات واضحة.",
    "consistency.summary": "{passed} ناجح · {warned} تحذير · {failed} إخفاق",
    "consistency.kind": "{kind} ({count})",
    "consistency.findings": "الملاحظات",
    "consistency.intervals": "النطاقات التي يستند إليها كل فحص للتسلسل الهرمي",
    "consistency.intervals_title": (
        "{n} فحوص للتسلسل الهرمي: {pass} ناجح، {warn} تحذير، {fail} إخفاق — كل جزء مقابل كُلّه "
        "بالقراءتين"
    ),
    "consistency.interval_part": "{figure_id} (جزء)",
    "consistency.interval_whole": "{figure_id} (كل)",
    "consistency.interval_sum": "مجموع {parts}",
    "check_kind.schema": "البنية",
    "check_kind.referential": "المراجع",
    "check_kind.provenance": "المصدر",
    "check_kind.consistency": "الاتساق",
    "check_kind.coverage": "التغطية",
    "check_kind.verification": "التحقق من المصادر الأولية",
    "check_status.pass": "ناجح",
    "check_status.warn": "تحذير",
    "check_status.fail": "إخفاق",
    "upload.heading": "إعادة فحص جدول معدَّل",
    "upload.lede": (
        "نزّل جدولًا وعدّله ثم ارفعه هنا: تُفحص البيانات كلها من جديد في الذاكرة بجدولك بدل "
        "الجدول المنقّح. لا يُحفظ شيء."
    ),
    "upload.table": "الجدول المراد استبداله",
    "upload.file": "ملف CSV معدَّل (UTF-8؛ {mb} ميغابايت و{rows} صف على الأكثر)",
    "upload.unreadable": "تعذرت قراءة الملف المرفوع — {line}",
    "upload.too_many_rows": "{rows} صفًا: أكثر من الحد ({limit}). لم يُفحص شيء؛ قسّم الملف.",
    "upload.result": (
        "أُعيد الفحص في الذاكرة بملفك {table}.csv ({rows} صفًا): {passed} ناجح، {warned} تحذير، "
        "{failed} إخفاق. لم يُحفظ شيء."
    ),
    "upload.changed": "الفحوص التي تغيّر حكمها",
    "upload.findings": "الملاحظات بحسب الصف والعمود",
    "upload.no_findings": "لا ملاحظات: الجدول المعدَّل سليم مع بقية البيانات.",
    "upload.unchanged": "لم يتغير أي حكم.",
    "downloads.heading": "التنزيلات",
    "downloads.lede": (
        "لا يُعرض إلا ما اجتاز التحقق. كل جدول بصيغة CSV قياسية (UTF-8) وبصيغة ملائمة لإكسل "
        "(مع علامة ترتيب البايتات، وتُعطَّل الخلايا التي تبدو صيغًا)."
    ),
    "downloads.not_valid": (
        "لا شيء للتنزيل: البيانات لم تجتز التحقق ({failed} فحص أخفق). "
        "راجع صفحة الاتساق لمعرفة ما يجب إصلاحه."
    ),
    "downloads.no_export": (
        "وحدة التصدير (validation/export.py) غير متوفرة في هذا التثبيت، لذا لا يُعرض أي ملف: "
        "لوحة المعلومات لا تكتب ملفات من عندها."
    ),
    "downloads.tables": "الجداول المُتحقَّق منها",
    "downloads.csv": "{table}.csv",
    "downloads.excel_csv": "{table} لإكسل",
    "downloads.package": "البيانات كاملة",
    "downloads.zip": "كل شيء في ملف zip واحد",
    "downloads.xlsx": "مصنف إكسل (.xlsx)",
    "downloads.report": "تقرير الفحوص (JSON)",
    "downloads.other": "ملفات أخرى",
    "downloads.dictionary": "قاموس البيانات",
    "downloads.cite": "كيف تستشهد بالبيانات",
    "downloads.snippet": "قراءتها باستخدام pandas",
    "downloads.sha": "بصمة SHA-256 لكل ملف",
    "downloads.bytes": "{n} بايت",
    "downloads.cite_article": "المقال الذي بُنيت عليه البيانات:",
}

STRINGS = {"en": EN, "ar": AR}


def language_or_default(value: object) -> str:
    """A supported language code; anything else (a typo in a link) falls back to English."""
    return value if value in LANGUAGES else "en"


def date_words(iso: str, english: str, lang: str) -> str:
    """A date at its precision in the interface language; ``english`` is the engine's own
    display_date. '2021-06-23' → '23 يونيو 2021'; '2020-10' → 'أكتوبر 2020'."""
    if lang != "ar" or not isinstance(iso, str):
        return english
    parts = iso.split("-")
    if len(parts) == 1:
        return iso
    month = MONTHS_AR[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


def t(key: str, lang: str, **values: object) -> str:
    """The interface string ``key`` in ``lang``, with its {placeholders} filled."""
    text = STRINGS[language_or_default(lang)][key]
    return text.format(**values) if values else text
