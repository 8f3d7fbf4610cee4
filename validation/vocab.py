"""Controlled vocabularies: one place, so the schemas, the README and the export agree.

Each code is what a CSV cell holds; the README data dictionary lists them from here.
"""

HEDGES = ("exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most")
DATE_PRECISIONS = ("day", "month", "year")
DATE_BASES = ("stated", "inferred", "external")
EVENT_STATUSES = ("occurred", "scheduled", "reference", "postponed")
ENTITY_TYPES = ("person", "organization", "country", "document", "event")
CLAIM_TYPES = ("factual", "position", "commitment", "goal", "assessment")
# Base (masculine past) forms; «وأكدت» is curated as أكد, «معتبرا» as اعتبر.
# A broad list, so an ordinary article's verbs pass without a code change: saying, stating,
# adding, stressing, announcing, revealing, explaining, warning, calling for, denying, …
REPORTING_VERBS = (
    "قال", "أكد", "أضاف", "ذكر", "أشار", "لفت", "أعرب", "اعتبر", "صرح", "أوضح", "أعلن",
    "كشف", "شدد", "تابع", "بين", "أفاد", "نوه", "حذر", "دعا", "طالب", "رأى", "نفى",
    "أفصح", "أبلغ", "أورد", "نقل", "روى", "زعم", "ادعى", "أقر", "اعترف", "رجح", "توقع",
    "قدر", "أوصى", "ناشد", "انتقد", "رفض", "نبه", "استبعد", "أردف", "استطرد", "ختم",
    "لاحظ", "وصف", "علق", "أبدى", "جدد", "تعهد", "وعد", "أعلم",
    "كتب", "غرد", "نشر", "أجاب", "سأل", "رد", "أشاد", "ثمن", "رحب", "دان", "أدان",
)  # fmt: skip
FIGURE_UNITS = ("money", "percent", "count")
# Four vocabularies come in two layers: the universal codes below, which the engine itself
# reads ("total" is a headline), and the codes each dataset declares, with an English and an
# Arabic label, in its metadata.json under "vocabularies" (checks/schema.py, declared_codes).
FIGURE_CATEGORIES = ("total", "other")
TOPICS: tuple[str, ...] = ()
EVENT_TYPES = ("other",)
CONTEXT_SCOPES = ("total",)
# metadata.json "vocabularies" key → (table, column, the universal codes it extends)
EXTENSIBLE = {
    "figure_categories": ("figures", "category", FIGURE_CATEGORIES),
    "topics": ("claims", "topics", TOPICS),
    "event_types": ("events", "event_type", EVENT_TYPES),
    "context_scopes": ("context_figures", "scope", CONTEXT_SCOPES),
}
# A code a dataset may declare: a lowercase slug, as every universal code is.
CODE_PATTERN = r"^[a-z][a-z0-9_]*$"
VERDICTS = (
    "confirmed",
    "paraphrased",
    "disputed_attribution",
    "contradicted",
    "unresolved",
    "not_checked",
)
# ISO 4217: every active code (funds and precious metals included; the testing code XTS and
# "no currency" XXX left out), and the former codes of FORMER_CODES, for articles written
# before a redenomination. A figure's currency is one of them, and so is every code the
# extractor can name (tests/test_arabic_forms.py holds it to that).
CURRENCIES = (
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
    "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE",
    "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
    "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
    "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD",
    "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
    "MNT", "MOP", "MRO", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN",
    "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR",
    "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS",
    "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD",
    "TWD", "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND",
    "VUV", "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF",
    "XPD", "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG",
)  # fmt: skip
# A currency redenominated since: its code before the day the new one began. «أوقية» in a
# Mauritanian story of 2015 is the old ouguiya (MRO), ten of which made one MRU in 2018.
FORMER_CODES = {"MRU": ("MRO", "2018-01-01")}
# How firmly an external statement stands: on the issuer's own official site (primary), an
# official text reposted with credit (mirror), or a news outlet's report (secondary).
FIRMNESS = ("primary", "mirror", "secondary")
# How a check came out, as a mark in text, the dashboard and the charts (text marks, not
# emoji: a reader's machine may have no emoji font).
STATUS_MARK = {"pass": "✓", "warn": "!", "fail": "✗"}
