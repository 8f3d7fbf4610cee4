"""The entities an Arabic news article names, found by a small gazetteer and a few patterns.

>>> [(f.entity_id, f.surface) for f in find_entities("قال الوزير خالد منصور في عمّان إن الأردن")]
[('khald_mnswr', 'خالد منصور'), ('amman', 'عمّان'), ('jordan', 'الأردن')]

Countries, capitals, ministries, central banks, UN and other international bodies, and
people named after a title (الوزير، الرئيس، السفير…). A draft's guess: the curator
reviews every entity and mention. Matching runs on folded text (validation.arabic.fold),
which keeps offsets, so «عمّان» and «عمان» are one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from validation.arabic.lexicon import COUNTRY_NAMES
from validation.arabic.text import fold

# ISO 3166 code → English name, for the countries the extractor knows (COUNTRY_NAMES)
# and a few more Arabic news names often.
COUNTRY_EN = {
    "US": "United States", "CA": "Canada", "AU": "Australia", "GB": "United Kingdom",
    "EG": "Egypt", "SD": "Sudan", "LY": "Libya", "KW": "Kuwait", "JO": "Jordan",
    "BH": "Bahrain", "TN": "Tunisia", "DZ": "Algeria", "IQ": "Iraq", "SA": "Saudi Arabia",
    "QA": "Qatar", "OM": "Oman", "YE": "Yemen", "IR": "Iran", "AE": "United Arab Emirates",
    "MA": "Morocco", "TR": "Turkey", "LB": "Lebanon", "SY": "Syria", "JP": "Japan",
    "CN": "China", "RU": "Russia", "IL": "Israel", "CH": "Switzerland", "IN": "India",
    "FR": "France", "DE": "Germany", "IT": "Italy", "ES": "Spain", "PS": "Palestine",
    "MR": "Mauritania", "SO": "Somalia", "DJ": "Djibouti", "KM": "Comoros", "NL": "Netherlands",
    "BE": "Belgium", "NO": "Norway", "SE": "Sweden", "KR": "South Korea", "UA": "Ukraine",
}  # fmt: skip
MORE_COUNTRY_NAMES = {
    "FR": "فرنسا", "DE": "ألمانيا", "IT": "إيطاليا", "ES": "إسبانيا", "PS": "فلسطين",
    "MR": "موريتانيا", "SO": "الصومال", "DJ": "جيبوتي", "KM": "جزر القمر", "NL": "هولندا",
    "BE": "بلجيكا", "NO": "النرويج", "SE": "السويد", "KR": "كوريا الجنوبية", "UA": "أوكرانيا",
}  # fmt: skip
# Capitals (and seats of government) → (English name, country code).
CAPITALS = {
    "عمان": ("Amman", "JO"), "بيروت": ("Beirut", "LB"), "القاهرة": ("Cairo", "EG"),
    "بغداد": ("Baghdad", "IQ"), "دمشق": ("Damascus", "SY"), "طرابلس": ("Tripoli", "LY"),
    "الرباط": ("Rabat", "MA"), "الرياض": ("Riyadh", "SA"), "الدوحة": ("Doha", "QA"),
    "أبوظبي": ("Abu Dhabi", "AE"), "أبو ظبي": ("Abu Dhabi", "AE"), "مسقط": ("Muscat", "OM"),
    "المنامة": ("Manama", "BH"), "صنعاء": ("Sanaa", "YE"), "الخرطوم": ("Khartoum", "SD"),
    "باريس": ("Paris", "FR"), "لندن": ("London", "GB"), "برلين": ("Berlin", "DE"),
    "واشنطن": ("Washington", "US"), "موسكو": ("Moscow", "RU"), "بروكسل": ("Brussels", "BE"),
    "جنيف": ("Geneva", "CH"), "أنقرة": ("Ankara", "TR"), "طهران": ("Tehran", "IR"),
    "روما": ("Rome", "IT"), "مدريد": ("Madrid", "ES"), "بكين": ("Beijing", "CN"),
    "طوكيو": ("Tokyo", "JP"), "نواكشوط": ("Nouakchott", "MR"), "مقديشو": ("Mogadishu", "SO"),
}  # fmt: skip
# International bodies: Arabic names (first is how we name it) → (id, English name).
ORGANISATIONS = {
    "الأمم المتحدة": ("un", "United Nations"),
    "مجلس الأمن الدولي، مجلس الأمن": ("unsc", "UN Security Council"),
    "الجمعية العامة للأمم المتحدة": ("unga", "UN General Assembly"),
    "مفوضية الأمم المتحدة لشؤون اللاجئين، المفوضية السامية للأمم المتحدة لشؤون اللاجئين، "
    "مفوضية اللاجئين، المفوضية": ("unhcr", "UNHCR"),
    "منظمة الأمم المتحدة للطفولة، اليونيسف، يونيسف": ("unicef", "UNICEF"),
    "برنامج الأغذية العالمي": ("wfp", "World Food Programme"),
    "منظمة الصحة العالمية": ("who", "World Health Organization"),
    "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين، الأونروا، أونروا": (
        "unrwa", "UNRWA"),
    "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، أوتشا": ("ocha", "UN OCHA"),
    "برنامج الأمم المتحدة الإنمائي": ("undp", "UN Development Programme"),
    "منظمة الأغذية والزراعة، الفاو": ("fao", "Food and Agriculture Organization"),
    "البنك الدولي": ("world_bank", "World Bank"),
    "صندوق النقد الدولي": ("imf", "International Monetary Fund"),
    "الاتحاد الأوروبي": ("eu", "European Union"),
    "المفوضية الأوروبية": ("european_commission", "European Commission"),
    "الاتحاد الأفريقي، الاتحاد الإفريقي": ("african_union", "African Union"),
    "جامعة الدول العربية، الجامعة العربية": ("arab_league", "Arab League"),
    "مجلس التعاون الخليجي": ("gcc", "Gulf Cooperation Council"),
    "حلف شمال الأطلسي، الناتو": ("nato", "NATO"),
    "اللجنة الدولية للصليب الأحمر": ("icrc", "International Committee of the Red Cross"),
    "الهلال الأحمر": ("red_crescent", "Red Crescent"),
}  # fmt: skip
# Titles after which a name follows (الوزير خالد منصور، وزير المالية محمد عبد الرحيم).
TITLES = (
    "الوزير، الوزيرة، الرئيس، الرئيسة، السفير، السفيرة، رئيس الوزراء، رئيس الحكومة، "
    "الأمين العام، المبعوث، المبعوثة، المتحدث، المتحدثة، النائب، النائبة، المدير، المديرة، "
    "الدكتور، الدكتورة، الملك، الأمير، الشيخ، العاهل، المستشار، المستشارة، المفوض، المفوضة, "
    "المنسق، المنسقة، المحافظ، السيد، السيدة"
)
# A titled office (وزير المالية، رئيس البنك الدولي): the title, then a noun with ال.
OFFICES = "وزير، وزيرة، رئيس، رئيسة، سفير، سفيرة، محافظ، مدير، مديرة، أمين عام، مبعوث"
# Words that end a name: a name is at most three words that are none of these.
NOT_NAME = set(
    fold(
        "أن إن في من على إلى عن خلال يوم أمس مساء صباح الذي التي لدى مع بأن قوله إنه إنها "
        "وأن لـ ل و ثم كما حيث باسم عقب بعد قبل منذ أمام خلال اليوم غدا بشأن حول ضمن عبر"
    ).split()
)
LETTER = r"[^\W\d_]"
GLUE = r"(?<!" + LETTER + r")(?:[وف]ـ*)?(?:[بلك]ـ*)?"  # و، ف، ب، ل، ك glued to the name
WORD = LETTER + r"[^\W\d_]*"


@dataclass(frozen=True)
class Found:
    """One mention of one entity: its id, its kind and names, and the words as written."""

    entity_id: str
    entity_type: str
    name_ar: str
    name_en: str | None
    role_en: str | None
    start: int
    end: int
    surface: str


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def name_pattern(name: str) -> str:
    """A folded name as a regex: marks (folded to tatweel) may follow any letter."""
    letters = [re.escape(c) if c != " " else r"[^\S\n]+" for c in fold(name)]
    return "ـ*".join(letters) + r"ـ*(?!" + LETTER + ")"


def gazetteer() -> list[tuple[str, str, str, str | None, str | None]]:
    """(Arabic form, id, type, English name, role) for every fixed name, longest first."""
    rows = []
    for code, names in {**COUNTRY_NAMES, **MORE_COUNTRY_NAMES}.items():
        english = COUNTRY_EN.get(code, code)
        for form in names.split("، "):
            rows.append((form, slug(english), "country", english, None))
    for form, (english, country) in CAPITALS.items():
        # NOTE: the vocabulary has no "place": a capital is typed country, its role says so.
        role = f"Capital of {COUNTRY_EN[country]} (a place; no closer type in the vocabulary)"
        rows.append((form, slug(english), "country", english, role))
    for forms, (entity_id, english) in ORGANISATIONS.items():
        for form in forms.split("، "):
            rows.append((form, entity_id, "organization", english, None))
    return sorted(rows, key=lambda row: -len(row[0]))


FIXED = gazetteer()
FIXED_NAMES = {fold(row[0]): row for row in FIXED}
FIXED_PATTERN = re.compile(
    GLUE + "(?P<name>" + "|".join(f"(?:{name_pattern(row[0])})" for row in FIXED) + ")"
)
# «للأمم المتحدة»: ل + الأمم loses the alef; the name then begins at the second lam.
LAM_FORMS = re.compile(
    r"(?<!"
    + LETTER
    + r")(?:[وف]ـ*)?ل(?P<name>"
    + "|".join(f"(?:ل{name_pattern(form[2:])})" for form, *_ in FIXED if form.startswith("ال"))
    + ")"
)
# NOTE: «أعلنت وزارة التخطيط الأحد»: a weekday (or «اليوم») after a ministry's name says
# when it spoke, as the extractor reads it; it is no word of the name.
WHEN_WORDS = "|".join(
    name_pattern(w[2:])
    for w in ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم"]
)
MINISTRY = re.compile(
    GLUE
    + r"(?P<name>"
    + name_pattern("وزارة")
    + r"(?:[^\S\n]+(?:و|ل)?ال(?!"
    + WHEN_WORDS
    + r")"
    + WORD
    + r"){1,4})"
)
CENTRAL_BANK = re.compile(
    GLUE
    + r"(?P<name>(?:"
    + name_pattern("البنك المركزي")
    + r"(?:[^\S\n]+ال"
    + WORD
    + r")?|(?:"
    + name_pattern("مصرف")
    + "|"
    + name_pattern("بنك")
    + r")[^\S\n]+"
    + WORD
    + r"[^\S\n]+"
    + name_pattern("المركزي")
    + "))"
)
# «المتحدث باسم الخارجية الأمريكية»: an office that speaks, named by whom it speaks for.
SPOKESPERSON = re.compile(
    GLUE
    + r"(?P<name>(?:"
    + name_pattern("المتحدث")
    + "|"
    + name_pattern("المتحدثة")
    + r"|"
    + name_pattern("الناطق")
    + r")(?:[^\S\n]+"
    + name_pattern("الرسمي")
    + r")?[^\S\n]+"
    + name_pattern("باسم")
    + r"(?:[^\S\n]+(?:و)?ال"
    + WORD
    + r"){1,3})"
)
TITLE_THEN_NAME = re.compile(
    GLUE
    + r"(?P<title>(?:"
    + "|".join(name_pattern(t) for t in TITLES.replace(",", "،").split("، "))
    + r")|(?:"
    + "|".join(name_pattern(t) for t in OFFICES.split("، "))
    + r")(?:[^\S\n]+(?:و)?ال"
    + WORD
    + r"){1,3})[^\S\n]+(?P<name>"
    + WORD
    + r"(?:[^\S\n]+"
    + WORD
    + r"){0,2})"
)


TITLE_WORDS = {
    fold(w).removeprefix("ال")
    for w in (TITLES.replace(",", "،") + "، " + OFFICES).replace("، ", " ").split()
}
FUTURE_VERB = re.compile(r"س[يتن]" + LETTER + "{3,}")  # سيؤكد: a verb, never a name


def not_a_name(word: str) -> bool:
    """A word that ends a name: a future verb, or a title with a glued «ك»/«ب» (كمبعوث)."""
    return bool(FUTURE_VERB.fullmatch(word)) or (word[:1] in "كبل" and word[1:] in TITLE_WORDS)


def person_name(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after a title: up to three words, stopping at a word that ends names."""
    words = list(re.finditer(r"\S+", folded[start:end]))
    kept = []
    for word in words:
        plain = word.group().replace("ـ", "")
        if plain in NOT_NAME or (not kept and plain.startswith("ال")) or not_a_name(plain):
            break
        kept.append(word)
    if not kept or (len(kept) == 1 and kept[0].group().replace("ـ", "") == "عبد"):
        return None
    return start + kept[0].start(), start + kept[-1].end()


def fixed_entity(folded_name: str) -> tuple | None:
    plain = folded_name.replace("ـ", "")
    plain = re.sub(r"\s+", " ", plain)
    if plain in FIXED_NAMES:
        return FIXED_NAMES[plain]
    if plain.startswith("ل") and "ا" + plain in FIXED_NAMES:  # للأمم → الأمم
        return FIXED_NAMES["ا" + plain]
    return None


def find_entities(text: str, start: int = 0) -> list[Found]:
    """Every mention found in ``text[start:]``, sorted, never overlapping (longest wins)."""
    folded = fold(text)
    candidates: list[Found] = []
    for pattern in (FIXED_PATTERN, LAM_FORMS):
        for match in pattern.finditer(folded, start):
            row = fixed_entity(match["name"])
            if row is None:
                continue
            _, entity_id, kind, english, role = row
            s, e = match.span("name")
            if pattern is LAM_FORMS:
                s -= 1  # «للأمم المتحدة»: the mention is the whole word
            candidates.append(Found(entity_id, kind, row[0], english, role, s, e, text[s:e]))
    for pattern, kind, role in (
        (SPOKESPERSON, "person", "Spokesperson"),
        (MINISTRY, "organization", "Ministry"),
        (CENTRAL_BANK, "organization", "Central bank"),
    ):
        for match in pattern.finditer(folded, start):
            s, e = match.span("name")
            name = text[s:e]
            candidates.append(Found(slug_ar(name), kind, name, None, role, s, e, name))
    for match in TITLE_THEN_NAME.finditer(folded, start):
        span = person_name(folded, match.start("name"), match.end("name"))
        if span is None:
            continue
        name = text[span[0] : span[1]]
        candidates.append(Found(slug_ar(name), "person", name, None, None, *span, name))
    kept: list[Found] = []
    for found in sorted(candidates, key=lambda f: (f.start, -(f.end - f.start))):
        if kept and found.start < kept[-1].end:
            continue
        kept.append(found)
    return kept


# Arabic letters → Latin, for an entity id a curator can type (خالد منصور → khalid_mansour).
LATIN = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j",
        "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh",
        "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q",
        "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w", "ي": "y",
        "ى": "a", "ء": "", "ئ": "", "ؤ": "",
    }
)  # fmt: skip


def slug_ar(name: str) -> str:
    """A lowercase slug from Arabic words (a guess the curator may rename)."""
    latin = slug(fold(name).replace("ـ", "").translate(LATIN))
    return latin if re.match(r"[a-z]", latin) else f"entity_{latin}".rstrip("_")
