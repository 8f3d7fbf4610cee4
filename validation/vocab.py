"""Controlled vocabularies: one place, so the schemas, the README and the export agree.

Each code is what a CSV cell holds; the README data dictionary lists them from here.
"""

HEDGES = ("exact", "about", "nearly", "more_than", "at_least", "less_than", "at_most")
DATE_PRECISIONS = ("day", "month", "year")
DATE_BASES = ("stated", "inferred", "external")
EVENT_STATUSES = ("occurred", "scheduled", "reference", "postponed")
EVENT_TYPES = (
    "election",
    "conference",
    "ceasefire",
    "resolution",
    "appointment",
    "press_conference",
    "aid_period",
    "postponement",
    "other",
)
ENTITY_TYPES = ("person", "organization", "country", "document", "event")
CLAIM_TYPES = ("factual", "position", "commitment", "goal", "assessment")
TOPICS = (
    "aid",
    "ceasefire",
    "conference",
    "counterterrorism",
    "diplomacy",
    "elections",
    "foreign_forces",
    "governance",
    "human_rights",
    "political_process",
    "sovereignty",
    "un_resolutions",
)
# Base (masculine past) forms; «وأكدت» is curated as أكد, «معتبرا» as اعتبر. The broad list
# of the verbs Arabic news uses to attribute words (SPEC, "Many articles").
REPORTING_VERBS = (
    "أكد", "قال", "أضاف", "ذكر", "أشار", "لفت", "أعرب", "اعتبر", "صرح", "أوضح", "أعلن",
    "كشف", "شدد", "تابع", "بين", "أفاد", "نوه", "حذر", "دعا", "طالب", "رأى", "نفى",
)  # fmt: skip
FIGURE_UNITS = ("money", "percent", "count")
FIGURE_CATEGORIES = ("total", "development_security", "humanitarian", "covid_humanitarian", "other")
VERDICTS = (
    "confirmed",
    "paraphrased",
    "disputed_attribution",
    "contradicted",
    "unresolved",
    "not_checked",
)
# ISO 4217: every active code (funds and precious metals included; the testing code XTS and
# "no currency" XXX left out). A figure's currency is one of them, and so is every code
# the extractor can name (tests/test_arabic_forms.py holds it to that).
CURRENCIES = (
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
    "CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP", "CVE",
    "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
    "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
    "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD",
    "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK",
    "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MXV", "MYR", "MZN", "NAD", "NGN", "NIO",
    "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON",
    "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD",
    "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD",
    "TZS", "UAH", "UGX", "USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV",
    "WST", "XAF", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD",
    "XPF", "XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG",
)  # fmt: skip
CONTEXT_SCOPES = ("total", "humanitarian", "development_security", "covid")
# How firmly an external statement stands: on a US-government site (primary), a US-government
# text reposted with credit (mirror), or a news outlet's report (secondary).
FIRMNESS = ("primary", "mirror", "secondary")
