"""The generator's words: countries, people, organisations, months, hedges, verbs, and the
shapes of the entities an article names. Data only; bench/synthetic/story.py uses it.

NOTE: every word here was chosen so that the extractor finds no number, month, relative
date or hedge in it (tests/test_synthetic.py holds it to that). A new entry must keep that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from validation.arabic.lexicon import (
    HEDGES_WRITTEN_AFTER,
    HEDGES_WRITTEN_BEFORE,
    MONTHS_LEVANTINE,
    MONTHS_WRITTEN,
)

CURATED_ON = "2026-11-28"  # fixed: a wall-clock date would break byte-identical output
SOURCE_URL = "https://example.org/factdesk-synthetic"  # reserved domain: plainly not a source


class Donor(NamedTuple):
    """A country whose statement an article reports, and its currency."""

    entity_id: str
    ar: str
    en: str
    adjective: str  # masculine: «الأمريكي»
    adjective_feminine: str  # «الأمريكية»
    currency: str


class Subject(NamedTuple):
    """The country an article is about."""

    entity_id: str
    ar: str
    en: str
    adjective: str  # of its people: «الليبي»


class Named(NamedTuple):
    """An organisation, or an invented person."""

    entity_id: str
    ar: str
    en: str
    feminine: bool


DONORS = [
    Donor("us", "الولايات المتحدة", "the United States", "الأمريكي", "الأمريكية", "USD"),
    Donor("germany", "ألمانيا", "Germany", "الألماني", "الألمانية", "EUR"),
    Donor("france", "فرنسا", "France", "الفرنسي", "الفرنسية", "EUR"),
    Donor("italy", "إيطاليا", "Italy", "الإيطالي", "الإيطالية", "EUR"),
    Donor("uk", "بريطانيا", "the United Kingdom", "البريطاني", "البريطانية", "GBP"),
    Donor("japan", "اليابان", "Japan", "الياباني", "اليابانية", "USD"),
    Donor("canada", "كندا", "Canada", "الكندي", "الكندية", "CAD"),
    Donor("qatar", "قطر", "Qatar", "القطري", "القطرية", "QAR"),
    Donor("uae", "الإمارات", "the United Arab Emirates", "الإماراتي", "الإماراتية", "AED"),
    Donor("saudi_arabia", "السعودية", "Saudi Arabia", "السعودي", "السعودية", "SAR"),
    Donor("turkey", "تركيا", "Turkey", "التركي", "التركية", "TRY"),
    Donor("egypt", "مصر", "Egypt", "المصري", "المصرية", "EGP"),
    Donor("netherlands", "هولندا", "the Netherlands", "الهولندي", "الهولندية", "EUR"),
    Donor("spain", "إسبانيا", "Spain", "الإسباني", "الإسبانية", "EUR"),
    Donor("kuwait", "الكويت", "Kuwait", "الكويتي", "الكويتية", "KWD"),
]
# The country an article is about.
SUBJECTS = [
    Subject("libya", "ليبيا", "Libya", "الليبي"),
    Subject("sudan", "السودان", "Sudan", "السوداني"),
    Subject("yemen", "اليمن", "Yemen", "اليمني"),
    Subject("syria", "سوريا", "Syria", "السوري"),
    Subject("iraq", "العراق", "Iraq", "العراقي"),
    Subject("lebanon", "لبنان", "Lebanon", "اللبناني"),
    Subject("somalia", "الصومال", "Somalia", "الصومالي"),
    Subject("chad", "تشاد", "Chad", "التشادي"),
    Subject("niger", "النيجر", "Niger", "النيجري"),
    Subject("tunisia", "تونس", "Tunisia", "التونسي"),
]
ORGANIZATIONS = [
    Named("un", "الأمم المتحدة", "United Nations", True),
    Named("eu", "الاتحاد الأوروبي", "European Union", False),
    Named("african_union", "الاتحاد الأفريقي", "African Union", False),
    Named("arab_league", "جامعة الدول العربية", "Arab League", True),
    Named("world_bank", "البنك الدولي", "World Bank", False),
    Named("who", "منظمة الصحة العالمية", "World Health Organization", True),
    Named("wfp", "برنامج الأغذية العالمي", "World Food Programme", False),
    Named("icrc", "اللجنة الدولية للصليب الأحمر", "International Committee of the Red Cross", True),
    Named("unicef", "منظمة الأمم المتحدة للطفولة", "UNICEF", True),
]
# Invented people.
PEOPLE = [
    Named("sami_khatib", "سامي الخطيب", "Sami al-Khatib", False),
    Named("layla_mansour", "ليلى منصور", "Layla Mansour", True),
    Named("karim_haddad", "كريم حداد", "Karim Haddad", False),
    Named("nadia_ali", "نادية العلي", "Nadia al-Ali", True),
    Named("youssef_omar", "يوسف بن عمر", "Youssef ben Omar", False),
    Named("maryam_shami", "مريم الشامي", "Maryam al-Shami", True),
    Named("tariq_sayed", "طارق السيد", "Tariq al-Sayed", False),
    Named("huda_bakri", "هدى البكري", "Huda al-Bakri", True),
    Named("john_miller", "جون ميلر", "John Miller", False),
    Named("anna_schmidt", "آنا شميدت", "Anna Schmidt", True),
    Named("pierre_laurent", "بيير لوران", "Pierre Laurent", False),
    Named("sophie_martin", "صوفي مارتان", "Sophie Martin", True),
    Named("marco_rossi", "ماركو روسي", "Marco Rossi", False),
    Named("emily_carter", "إميلي كارتر", "Emily Carter", True),
    Named("thomas_becker", "توماس بيكر", "Thomas Becker", False),
    Named("rania_abdallah", "رانيا عبد الله", "Rania Abdallah", True),
]
CITIES = [
    ("برلين", "Berlin"),
    ("باريس", "Paris"),
    ("روما", "Rome"),
    ("جنيف", "Geneva"),
    ("فيينا", "Vienna"),
    ("مدريد", "Madrid"),
    ("لندن", "London"),
    ("الرباط", "Rabat"),
]
# Month names and hedge phrases have one home, the extractor's lexicon (what it reads, we write).
MONTHS_AR = list(MONTHS_WRITTEN)
MONTHS_LEVANT = list(MONTHS_LEVANTINE)
MONTHS_EN = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]
HEDGES_BEFORE = HEDGES_WRITTEN_BEFORE
HEDGES_AFTER = HEDGES_WRITTEN_AFTER
# Headlines: {donor} and {subject} are the countries' Arabic names.
HEADLINES = [
    "{donor} تؤكد دعمها للعملية السياسية في {subject}",
    "{donor} تجدد التزامها بدعم الاستقرار في {subject}",
    "{donor} تدعو إلى انسحاب القوات الأجنبية من {subject}",
    "{donor} تعلن عن مساعدات جديدة إلى {subject}",
]
# What a headline total is for: (Arabic, English)
AIM_OF_TOTAL = [
    ("التنمية الشاملة", "comprehensive development"),
    ("المساعدات", "assistance"),
    ("دعم الاستقرار", "stabilisation support"),
]
# Hedges a headline total takes in the examples (a total is rarely «less than»).
ROOT_HEDGES = ("exact", "about", "nearly", "more_than", "at_least")
# What the money is for: (Arabic, English, category)
PURPOSES = [
    ("المساعدات الإنسانية", "humanitarian assistance", "humanitarian"),
    ("المساعدات التنموية والأمنية", "development and security assistance", "development_security"),
    ("دعم الاستجابة لجائحة كورونا", "the COVID-19 response", "covid_humanitarian"),
    ("برامج إزالة الألغام", "demining programmes", "other"),
    ("دعم التعليم والصحة", "support for education and health", "other"),
    ("مشاريع المياه والطاقة", "water and energy projects", "other"),
    ("دعم المسار الانتخابي", "support for the electoral process", "other"),
    ("برامج الحكم المحلي", "local governance programmes", "other"),
]
# (base, masculine past, feminine past, complementiser, English)
VERBS = {
    "أكد": ("أكد", "أكدت", "أن", "affirmed"),
    "قال": ("قال", "قالت", "إن", "said"),
    "أضاف": ("أضاف", "أضافت", "أن", "added"),
    "ذكر": ("ذكر", "ذكرت", "أن", "stated"),
    "أشار": ("أشار", "أشارت", "إلى أن", "pointed out"),
    "لفت": ("لفت", "لفتت", "إلى أن", "noted"),
}


@dataclass(frozen=True)
class EntityShape:
    """An entity every article of the same countries names alike: its cells as templates.

    Fields are ``str.format`` templates over ``donor`` (a Donor) and ``subject`` (a
    Subject); ``nested`` names the story's countries («donor», «subject») whose names stand
    inside this one's, so their mentions are recorded too.
    """

    entity_id: str
    entity_type: str
    name_ar: str
    name_en: str
    role_en: str
    feminine: bool = False
    nested: tuple[str, ...] = ()


# The entities drawn from nothing but the article's countries; Story.named makes them.
ENTITY_SHAPES = {
    "spokesperson": EntityShape(
        "{donor.entity_id}_spokesperson",
        "person",
        "المتحدث باسم الخارجية {donor.adjective_feminine}",
        "Spokesperson of the foreign ministry of {donor.en}",
        "Spokesperson of the foreign ministry (not named in the article)",
    ),
    "statement": EntityShape(
        "{donor.entity_id}_statement",
        "document",
        "بيان الخارجية {donor.adjective_feminine}",
        "Statement of the foreign ministry of {donor.en}",
        "The statement the article relays",
    ),
    "people": EntityShape(
        "{subject.entity_id}_people",
        "organization",
        "الشعب {subject.adjective}",
        "People of {subject.en}",
        "The people as a collective actor",
    ),
    "community": EntityShape(
        "international_community",
        "organization",
        "المجتمع الدولي",
        "International community",
        "Collective of states and organisations",
    ),
    "government": EntityShape(
        "{subject.entity_id}_government",
        "organization",
        "الحكومة الانتقالية في {subject.ar}",
        "Transitional government of {subject.en}",
        "The country's interim government",
        feminine=True,
        nested=("subject",),
    ),
    "elections": EntityShape(
        "{subject.entity_id}_elections",
        "event",
        "الانتخابات العامة في {subject.ar}",
        "General elections in {subject.en}",
        "National elections",
        feminine=True,
        nested=("subject",),
    ),
    "donors_conference": EntityShape(
        "{subject.entity_id}_donors_conference",
        "event",
        "مؤتمر المانحين لدعم {subject.ar}",
        "Donors' conference for {subject.en}",
        "Pledging conference",
        nested=("subject",),
    ),
    "ceasefire": EntityShape(
        "ceasefire_agreement",
        "document",
        "اتفاق وقف إطلاق النار",
        "Ceasefire agreement",
        "Nationwide ceasefire agreement",
    ),
}

# The codes the generated articles use beyond the universal ones (vocab.EXTENSIBLE), with
# their labels, declared in each article's metadata.json as a curated dataset declares its own.
VOCABULARIES = {
    "figure_categories": [
        {
            "code": "development_security",
            "en": "Development and security assistance",
            "ar": "المساعدات التنموية والأمنية",
        },
        {"code": "humanitarian", "en": "Humanitarian assistance", "ar": "المساعدات الإنسانية"},
        {
            "code": "covid_humanitarian",
            "en": "COVID-19 humanitarian assistance",
            "ar": "المساعدات الإنسانية لمواجهة كورونا",
        },
    ],
    "topics": [
        {"code": "aid", "en": "Aid", "ar": "المساعدات"},
        {"code": "ceasefire", "en": "Ceasefire", "ar": "وقف إطلاق النار"},
        {"code": "conference", "en": "Conference", "ar": "المؤتمر"},
        {"code": "counterterrorism", "en": "Counter-terrorism", "ar": "مكافحة الإرهاب"},
        {"code": "diplomacy", "en": "Diplomacy", "ar": "الدبلوماسية"},
        {"code": "elections", "en": "Elections", "ar": "الانتخابات"},
        {"code": "foreign_forces", "en": "Foreign forces", "ar": "القوات الأجنبية"},
        {"code": "governance", "en": "Governance", "ar": "الحكم"},
        {"code": "human_rights", "en": "Human rights", "ar": "حقوق الإنسان"},
        {"code": "political_process", "en": "Political process", "ar": "العملية السياسية"},
        {"code": "sovereignty", "en": "Sovereignty", "ar": "السيادة"},
        {"code": "un_resolutions", "en": "UN resolutions", "ar": "قرارات الأمم المتحدة"},
    ],
    "event_types": [
        {"code": "election", "en": "Elections", "ar": "الانتخابات"},
        {"code": "conference", "en": "Conference", "ar": "مؤتمر"},
        {"code": "ceasefire", "en": "Ceasefire", "ar": "وقف إطلاق النار"},
        {"code": "resolution", "en": "UN resolution", "ar": "قرار أممي"},
        {"code": "appointment", "en": "Appointment", "ar": "تعيين"},
        {"code": "press_conference", "en": "Press conference", "ar": "مؤتمر صحفي"},
        {"code": "aid_period", "en": "Aid period", "ar": "فترة المساعدات"},
        {"code": "postponement", "en": "Postponement", "ar": "تأجيل"},
    ],
    "context_scopes": [
        {"code": "humanitarian", "en": "Humanitarian", "ar": "إنسانية"},
        {"code": "development_security", "en": "Development and security", "ar": "تنموية وأمنية"},
        {"code": "covid", "en": "COVID-19 response", "ar": "الاستجابة لجائحة كورونا"},
    ],
}
