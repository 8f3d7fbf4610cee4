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
# ISO 4217 codes the extractor can name; a figure's currency must be one of them.
CURRENCIES = (
    "AED", "AUD", "BHD", "CAD", "CNY", "DZD", "EGP", "EUR", "GBP", "IQD", "JOD", "JPY",
    "KWD", "LBP", "LYD", "MAD", "OMR", "QAR", "RUB", "SAR", "SYP", "TND", "TRY", "USD",
    "YER",
)  # fmt: skip
CONTEXT_SCOPES = ("total", "humanitarian", "development_security", "covid")
# How firmly an external statement stands: on a US-government site (primary), a US-government
# text reposted with credit (mirror), or a news outlet's report (secondary).
FIRMNESS = ("primary", "mirror", "secondary")
