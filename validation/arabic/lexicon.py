"""The Arabic words the extractor reads and writes: plain data, no logic.

This module is the one home of Arabic number words, currency words, country names and
places, hedge phrases, month and weekday names and the words of relative dates. The
readers in `validation.arabic` fold every entry (hamza, ة/ه, ى/ي…; `text._key`) on
import, so entries are written as a reader would write them. Lists inside one string are
separated by «، » (phrases) or by spaces (single words), as each table says.
"""

from decimal import Decimal

# (role, value, words). The role says what may follow a word (see `numbers._read_number`):
# a unit takes «و» + tens (خمسة وعشرون) or عشر (خمسة عشر); a teen_unit only عشر (أحد عشر);
# a scale multiplies what precedes it; a scale_dual alone means two of it (مليونا دولار).
NUMBER_WORD_ROWS = [
    ("unit", 0, "صفر"),
    ("unit", 1, "واحد واحدة"),
    ("teen_unit", 1, "أحد إحدى"),
    ("unit", 2, "اثنان اثنين اثنتان اثنتين"),
    ("teen_unit", 2, "اثنا اثني اثنى اثنتا اثنتي اثنتى"),
    # «وتسعا وستين ألفا»: the accusative of a unit before its ten, in amounts spelt out
    ("unit", 3, "ثلاث ثلاثة ثلاثا"),
    ("unit", 4, "أربع أربعة أربعا"),
    ("unit", 5, "خمس خمسة خمسا"),
    ("unit", 6, "ست ستة"),
    ("unit", 7, "سبع سبعة سبعا"),
    ("unit", 8, "ثمان ثماني ثمانية ثمانيا"),
    ("unit", 9, "تسع تسعة تسعا"),
    ("ten", 10, "عشر عشرة"),
    ("tens", 20, "عشرون عشرين"),
    ("tens", 30, "ثلاثون ثلاثين"),
    ("tens", 40, "أربعون أربعين"),
    ("tens", 50, "خمسون خمسين"),
    ("tens", 60, "ستون ستين"),
    ("tens", 70, "سبعون سبعين"),
    ("tens", 80, "ثمانون ثمانين"),
    ("tens", 90, "تسعون تسعين"),
    ("hundred", 100, "مائة مئة"),
    ("hundred", 200, "مائتان مائتين مائتا مائتي مئتان مئتين مئتا مئتي"),
    ("hundred", 300, "ثلاثمائة ثلاثمئة"),
    ("hundred", 400, "أربعمائة أربعمئة"),
    ("hundred", 500, "خمسمائة خمسمئة"),
    ("hundred", 600, "ستمائة ستمئة"),
    ("hundred", 700, "سبعمائة سبعمئة"),
    ("hundred", 800, "ثمانمائة ثمانمئة ثمانيمائة ثمانيمئة"),
    ("hundred", 900, "تسعمائة تسعمئة"),
    ("scale", 10**3, "ألف"),
    ("scale_plural", 10**3, "آلاف ألوف"),
    ("scale_dual", 10**3, "ألفا ألفي ألفين ألفان"),
    ("scale", 10**6, "مليون"),
    ("scale_plural", 10**6, "ملايين"),
    ("scale_dual", 10**6, "مليونا مليوني مليونين مليونان"),
    ("scale", 10**9, "مليار بليون مليارد"),  # مليارد: a typo (or the Persian word)
    (
        "scale_plural",
        10**9,
        "مليارات ملايير بلايين بليونات مليارت",
    ),  # ملايير: Maghrebi; مليارت: a typo
    ("scale_dual", 10**9, "مليارا ملياري مليارين ملياران بليونا بليوني بليونين بليونان"),
    ("scale", 10**12, "تريليون ترليون"),
    ("scale_plural", 10**12, "تريليونات ترليونات"),
    (
        "scale_dual",
        10**12,
        "تريليونا تريليوني تريليونين تريليونان ترليونا ترليوني ترليونين ترليونان",
    ),
    ("fraction", Decimal("0.5"), "نصف"),
    ("fraction", Decimal("0.25"), "ربع"),
    ("point", 0, "فاصلة فاصل"),
]


# Currency words → a base; the base and the country named after it give the ISO 4217 code.
CURRENCY_WORD_ROWS = [
    # the last: a space lost in typesetting; «الدولار» after a scale: «3 مليارات الدولار»
    ("dollar", "دولار دولارا دولارات دولارأمريكي الدولار"),
    ("euro", "يورو أورو يوروهات اليورو"),
    ("pound", "جنيه جنيها جنيهات"),
    ("sterling", "إسترليني إسترلينية"),
    ("dinar", "دينار دينارا دنانير"),
    ("riyal", "ريال ريالا ريالات"),
    ("dirham", "درهم درهما دراهم"),
    ("lira", "ليرة ليرات"),
    ("yen", "ين ينا"),
    ("yuan", "يوان يوانا يوانات"),
    ("ruble", "روبل روبلا روبلات"),
    ("shekel", "شيكل شيقل شواقل شواكل شيكلات شيقلات"),
    ("franc", "فرنك فرنكا فرنكات"),
    ("rupee", "روبية روبيات"),
    ("won", "وون"),
    ("ouguiya", "أوقية أوقيات"),  # «أوقيه» folds to the first
]
# Countries whose press writes a decimal comma («6,832 مليار درهم» is 6.832 billion).
DECIMAL_COMMA_COUNTRIES = ("MA", "DZ", "TN")
# Units of account named in several words, each with its ISO 4217 code: the IMF's special
# drawing rights («97.7 مليون وحدة حقوق سحب خاصة»). Phrases separated by «، ».
CURRENCY_PHRASES = {
    "XDR": "وحدة حقوق سحب خاصة، وحدات حقوق سحب خاصة، وحدة حقوق السحب الخاصة، "
    "وحدات حقوق السحب الخاصة، حقوق سحب خاصة، حقوق السحب الخاصة، وحدة سحب خاصة، "
    "وحدات سحب خاصة، وحدة من حقوق السحب الخاصة، وحدات من حقوق السحب الخاصة، "
    "من حقوق السحب الخاصة، من حقوق سحب خاصة",
    # Mauritania's ouguiya as the press names it across the 2018 redenomination (÷ 10).
    "MRU": "أوقية جديدة، أوقيات جديدة، أوقية موريتانية جديدة، أوقيات موريتانية جديدة",
    "MRO": "أوقية قديمة، أوقيات قديمة، أوقية موريتانية قديمة، أوقيات موريتانية قديمة",
}
# «أوقية» is also an ounce: followed by a metal («مليون أوقية من الذهب») it is no money.
OUNCE_METALS = "ذهب الذهب ذهبا فضة الفضة بلاتين البلاتين تروي"

# What a base word means with no country named: دولار alone is the US dollar; a bare
# جنيه, دينار, ريال, درهم or ليرة depends on the country (Duckling leaves جنيه unresolved).
BASE_DEFAULT = {
    "dollar": "USD",
    "euro": "EUR",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "ruble": "RUB",
    "shekel": "ILS",
    "ouguiya": "MRU",
}
# Each country's own currency, by the base word that names it there.
LOCAL_CURRENCIES = {
    "US": {"dollar": "USD"},
    "CA": {"dollar": "CAD"},
    "AU": {"dollar": "AUD"},
    "GB": {"pound": "GBP", "sterling": "GBP"},
    "EG": {"pound": "EGP"},
    "SD": {"pound": "SDG"},
    "LY": {"dinar": "LYD"},
    "KW": {"dinar": "KWD"},
    "JO": {"dinar": "JOD"},
    "BH": {"dinar": "BHD"},
    "TN": {"dinar": "TND"},
    "DZ": {"dinar": "DZD"},
    "IQ": {"dinar": "IQD"},
    "SA": {"riyal": "SAR"},
    "QA": {"riyal": "QAR"},
    "OM": {"riyal": "OMR"},
    "YE": {"riyal": "YER"},
    "IR": {"riyal": "IRR"},
    "AE": {"dirham": "AED"},
    "MA": {"dirham": "MAD"},
    "TR": {"lira": "TRY"},
    "LB": {"lira": "LBP"},
    "SY": {"lira": "SYP"},
    "JP": {"yen": "JPY"},
    "CN": {"yuan": "CNY"},
    "RU": {"ruble": "RUB"},
    "IL": {"shekel": "ILS"},
    "CH": {"franc": "CHF"},
    "IN": {"rupee": "INR"},
    "PK": {"rupee": "PKR"},
    "KR": {"won": "KRW"},
    "MR": {"ouguiya": "MRU"},
}

# The adjective of each country (masculine; the first is the one we write).
COUNTRY_ADJECTIVES = {
    "US": "أمريكي أميركي",
    "CA": "كندي",
    "AU": "أسترالي",
    "GB": "إسترليني بريطاني",
    "EG": "مصري",
    "SD": "سوداني",
    "LY": "ليبي",
    "KW": "كويتي",
    "JO": "أردني",
    "BH": "بحريني",
    "TN": "تونسي",
    "DZ": "جزائري",
    "IQ": "عراقي",
    "SA": "سعودي",
    "QA": "قطري",
    "OM": "عماني",
    "YE": "يمني",
    "IR": "إيراني",
    "AE": "إماراتي",
    "MR": "موريتاني",
    "MA": "مغربي",
    "TR": "تركي",
    "LB": "لبناني",
    "SY": "سوري",
    "JP": "ياباني",
    "CN": "صيني",
    "RU": "روسي",
    "IL": "إسرائيلي",
    "CH": "سويسري",
    "IN": "هندي",
    "PK": "باكستاني",
    "KR": "كوري",
}

# Institutions and turns of phrase only one country's press uses, for a text that names no
# country (Moroccan budget news says «المملكة» and «برسم 2023», never «المغرب»): a bare
# «درهم» there is the Moroccan dirham. Read only when no country is named.
COUNTRY_MARKERS = {
    "MA": "برسم، صندوق المقاصة، المندوبية السامية للتخطيط، الخزينة العامة للمملكة، مكتب الصرف، "
    "الخزينة العامة للمملكة، بنك المغرب",
}

COUNTRY_NAMES = {
    "US": "الولايات المتحدة، أمريكا، أميركا",
    "CA": "كندا",
    "AU": "أستراليا",
    "GB": "بريطانيا، المملكة المتحدة",
    "EG": "مصر",
    "SD": "السودان",
    "LY": "ليبيا",
    "KW": "الكويت",
    "JO": "الأردن",
    "BH": "البحرين",
    "TN": "تونس",
    "DZ": "الجزائر",
    "IQ": "العراق",
    "SA": "السعودية، المملكة العربية السعودية",
    "QA": "قطر",
    "OM": "سلطنة عمان",
    "YE": "اليمن",
    "IR": "إيران",
    "AE": "الإمارات",
    "MA": "المغرب",
    "TR": "تركيا",
    "LB": "لبنان",
    "SY": "سوريا، سورية",
    "JP": "اليابان",
    "CN": "الصين",
    "RU": "روسيا",
    "IL": "إسرائيل",
    "CH": "سويسرا",
    "IN": "الهند",
    "PK": "باكستان",
    "KR": "كوريا الجنوبية",
}
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}

# Abbreviations as Arab price tags write them (ج.م = جنيه مصري). «د.أ» (Jordanian dinar)
# folds to the same letters as «د.إ» (UAE dirham) and is left out.
CURRENCY_ABBREVIATIONS = {
    "ج.م": "EGP",
    "ر.س": "SAR",
    "ر.ق": "QAR",
    "ر.ع": "OMR",
    "د.ك": "KWD",
    "د.إ": "AED",
    "د.ل": "LYD",
    "د.ب": "BHD",
    "د.ت": "TND",
    "د.ج": "DZD",
    "د.ع": "IQD",
    "د.م": "MAD",
    "ل.ل": "LBP",
    "ل.س": "SYP",
    "ل.ت": "TRY",
    # Algerian papers write the dinar without its dot, glued after the scale: «مليار دج».
    "دج": "DZD",
}

# Hundredths of a currency: «20 دولار و43 سنت».
CENTS = "سنت سنتا سنتات سينت سنتيم سنتيما سنتيمات"

# Units of a currency to the US dollar where it has been fixed for decades (SAR since 1986,
# OMR 1986, BHD 1980, JOD 1995, AED 1997, QAR 2001): an article's «ريال (… دولار)» at 3.75
# is the Saudi riyal whatever country it names most (`pegs.pegged_country`).
DOLLAR_PEGS = {"SA": 3.75, "QA": 3.64, "OM": 0.3845, "AE": 3.6725, "BH": 0.376, "JO": 0.709}

# Cities, capitals and datelines that say which country a text is about (عمان alone is
# Amman; the Sultanate is «سلطنة عمان» above), governorates, provinces and regions, and
# institutions and news agencies whose names carry no country name or adjective, and a head
# of state or government an article on a budget names instead of the country (السيسي).
# Phrases separated by «، ». NOTE: a one-word entry loses its «ال» and takes the endings
# ه/ين/ون (money._COUNTRY), so a place whose bare name is a common word («الشرقية» eastern,
# «الجديدة» new, «الرمادي» grey, «حائل» barrier, «الطائف» → طائفة sect, «معان» meanings,
# «العيون» eyes, «الخبر» news, «مطروح» proposed, «عسير» hard, «الأحمدي» a surname, «المحرق»
# → محرقة) is listed only behind its «محافظة»/«منطقة», or not at all; and a name two
# countries share («القنيطرة»: Kenitra and Quneitra) is not listed.
COUNTRY_PLACES = {
    "US": "واشنطن، البيت الأبيض، الخارجية الأمريكية",
    "GB": "لندن",
    "EG": "القاهرة، الإسكندرية، الجيزة، أسوان، بورسعيد، وكالة أنباء الشرق الأوسط، السيسي، مدبولي، "
    "المنوفية، شبين الكوم، منوف، الدقهلية، القليوبية، بنها، كفر الشيخ، دمياط، بني سويف، "
    "الفيوم، المنيا، أسيوط، سوهاج، الوادي الجديد، شمال سيناء، جنوب سيناء، مرسى مطروح، "
    "السويس، طنطا، الزقازيق، دمنهور، المحلة الكبرى، الغردقة، شرم الشيخ، العريش، حلوان، "
    "محافظة الإسماعيلية، محافظة مطروح، محافظة الشرقية، محافظة الغربية، محافظة البحيرة، "
    "محافظة قنا، محافظة الأقصر",
    "SD": "الخرطوم، أم درمان، بورتسودان، دارفور",
    "LY": "طرابلس، بنغازي، مصراتة، سرت، سبها، الزاوية",
    "KW": "كونا، الجهراء، محافظة الأحمدي، محافظة حولي، الفروانية، مبارك الكبير، الفحيحيل",
    "JO": "عمان، إربد، الزرقاء، العقبة، المفرق، بترا، الهاشمية، البلقاء، مادبا، جرش، عجلون، "
    "الكرك، الطفيلة، محافظة معان، الرمثا، الرصيفة، صندوق المعونة الوطنية، "
    "دائرة الإحصاءات العامة، الديوان الملكي الهاشمي",
    "BH": "المنامة",
    "TN": "صفاقس، سوسة، بنزرت، القيروان، قابس، المنستير، قفصة",
    "DZ": "وهران، قسنطينة، عنابة، سطيف، باتنة، تلمسان، بجاية، البليدة",
    "IQ": "بغداد، البصرة، أربيل، الموصل، النجف، كربلاء، كركوك، ديالى، الأنبار، نينوى، ميسان، "
    "ذي قار، السليمانية، دهوك، الفلوجة، محافظة صلاح الدين، محافظة المثنى، محافظة القادسية، "
    "محافظة واسط، محافظة بابل، الحشد الشعبي",
    "SA": "الرياض، جدة، مكة المكرمة، المدينة المنورة، الدمام، خادم الحرمين الشريفين، واس، "
    "القصيم، تبوك، جازان، جيزان، نجران، منطقة عسير، أبها، الأحساء، القطيف، خميس مشيط، "
    "منطقة حائل، منطقة الباحة، أرامكو، سابك",
    "QA": "الدوحة، الوكرة، لوسيل",
    "OM": "مسقط، صلالة، صحار، نزوى",
    "YE": "صنعاء، عدن، تعز، الحديدة، مأرب، حضرموت، المكلا",
    "AE": "أبوظبي، أبو ظبي، دبي، الشارقة، وام، عجمان، رأس الخيمة، الفجيرة، أم القيوين",
    "MA": "الرباط، الدار البيضاء، مراكش، طنجة، فاس، مكناس، أكادير، تطوان، الناظور، "
    "الحسيمة، بني ملال، سوس ماسة، درعة تافيلالت، المكتب الشريف للفوسفاط، "
    "المندوبية السامية للتخطيط، مكتب الصرف، مغاربة، "
    # Months only Moroccan papers spell so (Algeria and Tunisia write جويلية، أوت، سبتمبر…).
    "يوليوز، غشت، شتنبر، نونبر، دجنبر",
    "TR": "أنقرة، إسطنبول، اسطنبول",
    "LB": "بيروت، صيدا، زحلة، جونية، بعلبك، النبطية",
    "SY": "دمشق، حلب، حمص، سانا، اللاذقية، طرطوس، دير الزور، إدلب، الحسكة، السويداء، محافظة درعا",
}

# Names that keep their «ال» when matched: bare, they are a common given name («كتب: هند
# إبراهيم» is a byline, not India).
NAMES_KEEPING_THE_ARTICLE = "الهند"

# Hedges written before the number (SPEC, consistency table), then after it.
HEDGE_WORDS_BEFORE = {
    "about": "نحو، حوالي، حوالى، زهاء، بحدود، بنحو، في حدود، يقارب، تقارب، ما يقارب، يناهز، "
    "ما يناهز، ناهز، ناهزت، تناهز، ما تناهز، "
    "يقدر ب، تقدر ب، ما يقدر ب، يقدر بما، قدر ب، قدرت ب، المقدر ب، المقدرة ب، تقريبا، "
    # the «ب» glued to the filler: «تقدر بمبلغ 7 مليارات دولار»
    "يقدر بمبلغ، تقدر بمبلغ، قدر بمبلغ، قدرت بمبلغ، المقدر بمبلغ، المقدرة بمبلغ، "
    "يقدر بقيمة، تقدر بقيمة، قدرت بقيمة، المقدرة بقيمة",
    "nearly": "ما يقرب من، يقرب من، ما يقترب من، قرابة، قرب، يقترب من، تقترب من، ما يقرب، "
    "اقترب من، اقتربت من، قارب، قاربت",
    "more_than": "أكثر من، أزيد من، ما يزيد على، ما يزيد عن، يزيد على، يزيد عن، تزيد على، "
    "تزيد عن، يفوق، تفوق، ما يفوق، فاق، فاقت، تجاوز، تجاوزت، يتجاوز، تتجاوز، تخطى، تخطت، "
    "يتخطى، تتخطى، ما يربو على، يربو على، تربو على، يربو عن، ما يربو عن، تربو عن، "
    "يتعدى، تتعدى، ما يتعدى، تعدت، "
    "ما يتجاوز، متجاوزة، متجاوزا، ما يزيد قليلا على، ما يزيد قليلا عن، يزيد قليلا على، "
    "يزيد قليلا عن",
    "at_least": "لا يقل عن، لا تقل عن، ما لا يقل عن، ما لا تقل عن، على الأقل، بحد أدنى، كحد أدنى، "
    "بحد أدناه، كحد أدناه، "
    "لم يقل عن، لم تقل عن",
    "less_than": "أقل من، ما يقل عن، يقل عن، تقل عن، دون، ما دون",
    "at_most": "لا يزيد عن، لا يزيد على، لا تزيد عن، لا تزيد على، ما لا يزيد عن، ما لا يزيد على، "
    "لا يتجاوز، لا تتجاوز، ما لا يتجاوز، على الأكثر، بحد أقصى، كحد أقصى، حتى، "
    "ما يصل إلى، ما يصل الى، ما تصل إلى، ما تصل الى، "  # «قرض بقيمة ما يصل إلى X»: up to
    "بحد أقصاه، كحد أقصاه، "
    # A negated «more than» is «at most»: «لم تتجاوز 30%» never exceeded 30%.
    "لم يتجاوز، لم تتجاوز، لم يزد عن، لم يزد على، لم تزد عن، لم تزد على، لم يتعد، لم تتعد، "
    "لا يتعدى، لا تتعدى، ما لا يتعدى، لم يتخط، لم تتخط، لا يتخطى، لا تتخطى، لم يفق، لم تفق، "
    "لا يفوق، لا تفوق",
}
# A hedging verb before its subject, the amount after («تجاوزت القروض المصروفة 3 مليارات
# ريال»: verb, subject, object): the hedge holds, and the amount's words are the number's
# alone. One to three words between, none a number.
HEDGE_VERBS_BEFORE_SUBJECT = {
    "more_than": "تجاوز، تجاوزت، يتجاوز، تتجاوز، فاق، فاقت، يفوق، تفوق، تخطى، تخطت، يتخطى، "
    "تتخطى، تعدى، تعدت، يتعدى، تتعدى",
    "about": "ناهز، ناهزت، يناهز، تناهز",
    "nearly": "قارب، قاربت",
}
HEDGE_WORDS_AFTER = {
    "about": "تقريبا",
    "at_least": "على الأقل، كحد أدنى",
    "at_most": "على الأكثر، كحد أقصى",
}
# Words that may stand between a hedge and its number: «ما يزيد على مبلغ 1.4 مليار».
# «تتجاوز حاجز التريليون درهم»: the «barrier» of a round sum is a filler too.
HEDGE_FILLERS = (
    "مبلغ، قيمة، قيمته، قيمتها، إجمالي، حجم، حجمه، حجمها، مجموع، مجموعه، الـ، حاجز، عتبة، "
    "إجمالا، سقف، غلاف"
)
# An amount with a scale but no currency takes the currency of the last amount of money
# in its sentence («بقيمة 40 مليار دولار، منها 17 مليار»), when the word after it is one
# of these (or punctuation, or a word glued to «لل»), not a counted noun («5 ملايين شخص»);
CARRY_NEXT_WORDS = (
    "في، على، عن، إلى، الى، خلال، مقابل، منها، لدعم، لتمويل، لصالح، لشراء، لسداد، لتغطية، "
    "لبناء، لإعادة، لمشروع، لمشاريع، لمشروعات، لقطاع، لتنفيذ، لإنشاء، لتطوير، إضافية، إضافي، "
    "إضافيان، إضافيين، أخرى، من، فقط، سنويا، شهريا، أي، حاليا"
)
# and never when one of these words stands between the two or right after the later one
# («3 ملايين من اللاجئين»): the later number counts people or things.
CARRY_BLOCKERS = (
    "عدد، سكان، نسمة، شخص، أشخاص، لاجئ، لاجئين، نازح، نازحين، طن، أطنان، برميل، متر، طالب، "
    "طلاب، مواطن، عامل، زائر، سائح، جرعة، وحدة، نسخة"
)
# Plurals of what a number counts, which right after it («و20 مليون المواطنين») keep it from
# taking an earlier currency, as CARRY_BLOCKERS do (but not between the two: «لدعم الأسر»).
COUNTED_PLURALS = (
    "مواطنين، مواطنون، عمال، عاملين، أسر، عائلات، أطفال، طلبة، لاجئون، نازحون، سكان، أشخاص، "
    "مستفيدين، مستفيدون، أطنان، براميل، أفراد، نسمات، زوار، سياح، مرضى، جرعات"
)
# After one of these lead-ins an amount with a scale compares with, or is part of, the
# sum of money before it in its sentence, and takes its currency whatever word follows
# («ارتفاعا من 5.6 مليار كانت مقدرة», «منها حوالي 16 مليار متأتية», «بواقع ثلاثة مليارات
# كل عام»), unless that word is something counted (CARRY_BLOCKERS, COUNTED_PLURALS,
# COUNTED_NOUNS, COUNTED_SINGULARS: «مقابل 3 ملايين طفل»).
CARRY_LEADS = (
    "ارتفاعا من، ارتفاع من، انخفاضا من، انخفاض من، تراجعا من، صعودا من، نزولا من، زيادة من، "
    "مقابل، في مقابل، منها، من بينها، بينها، بواقع، إلى، الى"
)
# More nouns a scaled number counts («2 مليون مستفيد»), besides COUNTED_NOUNS: never money,
# whatever came before.
COUNTED_SINGULARS = (
    "امرأة، رجل، مريض، مسافر، مسكن، شقة، مستخدم، مشترك، مشاهد، ناخب، صوت، جرعة، لقاح، رأس، "
    "هكتار، فدان، دونم، كيلوغرام، لتر، قدم، سهم، حاج، معتمر، مهاجر، تلميذ، هاتف، زيارة، "
    "رحلة، إصابة، ميغاوات، ميغاواط، كيلوواط، طفلة، فرد، مستفيد، نخلة، شجرة، كتاب، طرد"
)
# «للمليار السابق», «المليون الإضافي»: words after a scale with the article that say which
# sum of that size is meant, so that it is one (with a currency word after it, too:
# «المليار دولار»); never «نادي المليار» or «المليون نسمة».
WHICH_SCALE_WORDS = "السابق، الآخر، الأخير، الإضافي، المتبقي، الثاني، المقبل، الموعود"
# An amount range «بين 5 و10 ملايين» opens with these; its two ends are read as at_least
# and at_most. The first bound's span opens at «بين», even after «ما» («ما بين 250 و300
# مليون»: «بين 250», as the measured sets' gold writes it).
RANGE_OPENERS = "بين، ما بين"
# «من 5 إلى 10 ملايين» is a range (at_least, at_most) after these verbs, else a change.
RANGE_VERBS = "تتراوح، يتراوح، تراوحت، تراوح، يتراوحان، تتراوحان، متراوحة، تراوحا"
# The hedge phrase we write for each hedge (render_ar), and the few phrases synthetic
# articles vary among.
HEDGE_AR = {
    "exact": "",
    "about": "نحو",
    "nearly": "ما يقرب من",
    "more_than": "أكثر من",
    "at_least": "لا يقل عن",
    "less_than": "أقل من",
    "at_most": "لا يزيد على",
}
HEDGES_WRITTEN_BEFORE = {
    "exact": [""],
    "about": ["نحو", "حوالي", "زهاء", "ما يقارب"],
    "nearly": ["ما يقرب من", "قرابة"],
    "more_than": ["أكثر من", "ما يزيد على", "ما يفوق"],
    "at_least": ["ما لا يقل عن"],
    "less_than": ["أقل من"],
    "at_most": ["ما لا يزيد على", "حتى"],
}
HEDGES_WRITTEN_AFTER = {"about": "تقريبا", "at_least": "على الأقل", "at_most": "على الأكثر"}

# How scales and currencies are written back: (size, singular, plural).
SCALES_AR = (
    (10**12, "تريليون", "تريليونات"),
    (10**9, "مليار", "مليارات"),
    (10**6, "مليون", "ملايين"),
    (10**3, "ألف", "آلاف"),
)
# How each base is written, singular and plural, and whether it is feminine (ليرة تركية).
BASE_AR = {
    "dollar": ("دولار", "دولارات", False),
    "euro": ("يورو", "يورو", False),
    "pound": ("جنيه", "جنيهات", False),
    "sterling": ("جنيه", "جنيهات", False),
    "dinar": ("دينار", "دنانير", False),
    "riyal": ("ريال", "ريالات", False),
    "dirham": ("درهم", "دراهم", False),
    "lira": ("ليرة", "ليرات", True),
    "yen": ("ين", "ين", False),
    "yuan": ("يوان", "يوانات", False),
    "ruble": ("روبل", "روبلات", False),
    "shekel": ("شيكل", "شواكل", False),
    "franc": ("فرنك", "فرنكات", False),
    "rupee": ("روبية", "روبيات", True),
    "won": ("وون", "وون", False),
    "ouguiya": ("أوقية", "أوقيات", True),
}

# Month names: the Egyptian/Gulf name we write, the Levantine one, then every name read:
# Egyptian/Gulf, Levantine, Maghrebi (Algeria, Tunisia) and Moroccan, with variants.
MONTHS_WRITTEN = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
MONTHS_LEVANTINE = (
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
)  # fmt: skip
MONTH_NAMES = {
    1: "يناير، كانون الثاني، كانون ثاني، جانفي",
    2: "فبراير، شباط، فيفري، فيراير",  # فيراير: a common misprint, no word of its own
    3: "مارس، آذار",
    4: "أبريل، إبريل، نيسان، أفريل",
    5: "مايو، أيار، ماي",
    6: "يونيو، يونيه، حزيران، جوان",
    7: "يوليو، يوليه، تموز، جويلية، يوليوز",
    8: "أغسطس، آب، أوت، غشت",
    9: "سبتمبر، أيلول، شتنبر",
    10: "أكتوبر، تشرين الأول، تشرين أول",
    11: "نوفمبر، تشرين الثاني، تشرين ثاني، نونبر",
    12: "ديسمبر، كانون الأول، كانون أول، دجنبر",
}
# A month alone after one of these words is a date of the year nearest the reference date
# («حتى سبتمبر», «منذ مارس»); «آب» alone may be a father and stays a word.
MONTH_PREPOSITIONS = (
    "في، منذ، حتى، خلال، مطلع، نهاية، بداية، أواخر، أوائل، منتصف، أواسط، موفى، حلول، من"
)
MONTHS_NEVER_ALONE = "آب"
# «رمضان» without a year is the month when «شهر» stands before it («قبل حلول شهر رمضان»),
# or one of these words (the Ramadan nearest the publication day, or the one before or
# after it by «الماضي»/«المقبل»); elsewhere it may be a name («محمد رمضان»).
RAMADAN_CUES = "حلول، قبل، خلال، بعد، طوال، مطلع، بداية، نهاية، منتصف، أواخر، أيام، صيام"
# Hijri (Umm al-Qura) months: «13 جمادى الأولى 1444هـ», «رمضان 1445هـ». Read only with a
# year after them, so «رمضان» the name, «صفر» zero and «ربيع» spring stay words.
HIJRI_MONTH_NAMES = {
    1: "محرم، المحرم",
    2: "صفر",
    3: "ربيع الأول، ربيع الاول، ربيع أول",
    4: "ربيع الآخر، ربيع الثاني، ربيع ثاني، ربيع الأخير",
    5: "جمادى الأولى، جمادى الأول، جمادى الاولى",
    6: "جمادى الآخرة، جمادى الآخر، جمادى الثانية، جمادى الثاني، جمادى الأخيرة",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذو القعدة، ذي القعدة، ذو القعده، ذي القعده",
    12: "ذو الحجة، ذي الحجة",
}
# Day of the month as an ordinal word: «الأول من تموز».
ORDINAL_DAYS = {
    1: "الأول، أول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس",
    7: "السابع", 8: "الثامن", 9: "التاسع", 10: "العاشر", 11: "الحادي عشر",
    12: "الثاني عشر", 13: "الثالث عشر", 14: "الرابع عشر", 15: "الخامس عشر",
    16: "السادس عشر", 17: "السابع عشر", 18: "الثامن عشر", 19: "التاسع عشر",
    20: "العشرين", 21: "الحادي والعشرين", 22: "الثاني والعشرين", 23: "الثالث والعشرين",
    24: "الرابع والعشرين", 25: "الخامس والعشرين", 26: "السادس والعشرين",
    27: "السابع والعشرين", 28: "الثامن والعشرين", 29: "التاسع والعشرين", 30: "الثلاثين",
    31: "الحادي والثلاثين",
}  # fmt: skip
# The nominative a writer may keep after «في»: «الرابع والعشرون من شهر يناير».
for _day, _tens in ((20, "العشرون"), (30, "الثلاثون")):
    ORDINAL_DAYS[_day] += "، " + _tens
for _day in range(21, 30):
    ORDINAL_DAYS[_day] += "، " + ORDINAL_DAYS[_day].replace("العشرين", "العشرون")
ORDINAL_DAYS[31] += "، الحادي والثلاثون"
# Weekdays, Monday first (as date.weekday() counts).
WEEKDAYS = (
    "الاثنين، الإثنين",
    "الثلاثاء، الثلثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
)
# A weekday alone is a date («قال الوزير الثلاثاء»), except after these words: the Friday
# prayer, a market day, or «الاثنين» the two and «الأحد عشر» eleven.
WEEKDAY_NOT_AFTER = "صلاة، خطبة، خطيب، سوق، بين، كلا، هذين، الواحد"
WEEKDAY_NOT_BEFORE = "عشر، عشرة، معا، منهما، منهم، منا"
# A future verb (سيعقد، ستبدأ) before a weekday alone points forward, not back.
FUTURE_PREFIX = "س"

# After a month, a weekday or a period: which way from the reference date.
RELATIVE_WORDS = {
    -1: "الماضي، الفائت، المنصرم، السابق، الفارط",  # «الفارط»: Tunisia and Algeria
    1: "المقبل، القادم",
    0: "الجاري، الحالي",
}
# «العام قبل الماضي», «الشهر قبل الماضي»: two of the period back.
BEFORE_LAST = "قبل الماضي"
# «العامين المقبلين», «السنوات الثلاث الماضية», «الخمس سنوات الأخيرة»: whole years next to
# the reference year, how many by the dual or the count, which way by the last word.
# NOTE: the current year is never one of them, as «العام الماضي» is the year before it:
# «السنوات الثلاث الماضية» in 2020 are 2017–2019, «العامين المقبلين» 2021–2022.
YEAR_SPAN_DUALS = "العامين، السنتين"
YEAR_SPAN_PLURALS = "السنوات، الأعوام"
YEAR_SPAN_COUNTED = "سنوات، أعوام، عاما، سنة"  # after the count: «الخمس سنوات الماضية»
YEAR_SPAN_COUNTS = {
    3: "الثلاث، الثلاثة",
    4: "الأربع، الأربعة",
    5: "الخمس، الخمسة",
    6: "الست، الستة",
    7: "السبع، السبعة",
    8: "الثماني، الثمانية، الثمان",
    9: "التسع، التسعة",
    10: "العشر، العشرة",
    20: "العشرين",
}
YEAR_SPAN_WAYS = {
    -1: (
        "الماضيين، الماضيتين، السابقين، السابقتين، الأخيرين، الأخيرتين، المنصرمين، "
        "الفائتين، الماضية، السابقة، الأخيرة، المنصرمة، الفائتة، الفارطة"
    ),
    1: "المقبلين، المقبلتين، القادمين، القادمتين، المقبلة، القادمة",
}
# Days named relative to the reference: steps in days.
RELATIVE_DAYS = {
    -1: "أمس، الأمس",
    -2: "أول أمس، أمس الأول، أول من أمس، أول امس",
    0: "اليوم، هذا اليوم",
    1: "غدا، يوم غد",
    2: "بعد غد",
}
# «في مثل هذا اليوم من عام 1973» is a day of another year, not today.
TODAY_NOT_AFTER = "مثل"
# Outlets named «… اليوم» («المغرب اليوم»): in a dateline or byline (a separator before
# the name or after it) or after «صحيفة», the «اليوم» is the name's, not today.
OUTLETS_BEFORE_TODAY = "المغرب، مصر، الأردن، الاردن، وطنا، المصري، لبنان، الخليج، الجزائر"
OUTLET_NOUNS = "صحيفة، جريدة، موقع، موقعنا، يومية، شبكة"
# Periods that «الماضي/المقبل/الجاري» and «هذا/هذه» qualify.
RELATIVE_PERIODS = {"week": "الأسبوع", "month": "الشهر", "year": "العام، السنة"}
# «the previous year» says a year before the period just discussed, not before today: «بنمو
# 9٪ عن العام السابق» after «للعام 2024» is 2023 (with no dated period before it in the
# paragraph, the year before the reference's). So is «قبل سنة/عام» after a comparison
# («مقابل 184,9 مليار قبل سنة» after «في سنة 2017»): a span of months goes back whole.
YEAR_BEFORE_PHRASES = (
    "العام السابق، السنة السابقة، العام الذي سبقه، العام الذي سبق، العام الذي يسبقه، "
    "السنة التي سبقتها، السنة التي سبقت، السنة التي تسبقها، العام المنصرم الذي سبقه، "
    "سنة من قبل، عام من قبل"
)
# … and the month or year after it: «في حزيران/يونيو … في الشهر التالي» is July.
NEXT_PERIOD_PHRASES = {
    "month": "الشهر التالي، الشهر الذي يليه، الشهر الذي تلاه، الشهر اللاحق",
    # … and the month before it: «في يونيو … مقارنة بالشهر الذي سبقه» is May
    "month before": "الشهر السابق، الشهر الذي سبقه، الشهر الذي قبله، الشهر الذي يسبقه",
    "year": "العام التالي، السنة التالية، العام الذي يليه، العام الذي تلاه، السنة التي تليها، "
    "العام اللاحق، السنة اللاحقة",
}
COMPARED_WORDS = "مقابل، مقارنة، بالمقارنة، قياسا، مقارنه"
THIS_WORDS = "هذا، هذه"
# «نهاية العام», «بداية الشهر»: an edge of the period the reference date lies in, dated
# as that whole year or month (the words do not pin a day). Not the week: «نهاية الأسبوع»
# is most often the weekend, any weekend.
# «موفى»: the Tunisian «end of» («موفى 2016», «موفى السنة», «موفى شهر جوان»).
PERIOD_EDGES = "بداية، نهاية، مطلع، أواخر، أوائل، منتصف، أواسط، مستهل، ختام، موفى"
PERIOD_EDGE_NOUNS = {"year": "العام، السنة", "month": "الشهر"}
# After «نهاية العام» these make it another period («نهاية العام نفسه», «… العام ذاته»).
PERIOD_EDGE_NOT_BEFORE = "نفسه، نفسها، ذاته، ذاتها، من"
# «قبل ثلاثة أشهر»: how long ago, in units (the dual alone is two of them).
AGO_WORDS = "قبل، منذ"
AGO_UNITS = {
    "day": ("يوم يوما أيام", "يومين"),
    "week": ("أسبوع أسبوعا أسابيع", "أسبوعين"),
    "month": ("شهر شهرا أشهر شهور", "شهرين"),
    "year": ("عام عاما أعوام سنة سنوات", "عامين سنتين"),
}
# Parts of a year: «النصف الأول من العام» is January to June, «الربع الثالث» July to
# September (first month, last month). The Maghreb (Tunisia, Algeria) counts a year in
# «سداسي» (half-years) and «ثلاثي» (quarters): «السداسي الأول من سنة 2018», «الثلاثي الأول من
# 2020»; the Levant's quarters are «فصول»: «الفصل الثالث من العام الحالي».
HALF_NOUNS = "النصف، السداسي"
QUARTER_NOUNS = "الربع، الثلاثي، الفصل"
HALVES = {"الأول": (1, 6), "الثاني": (7, 12)}
QUARTERS = {
    "الأول": (1, 3),
    "الثاني": (4, 6),
    "الثالث": (7, 9),
    "الرابع": (10, 12),
    "الأخير": (10, 12),
}
YEAR_PARTS = {
    f"{noun} {which}": months
    for nouns, parts in ((HALF_NOUNS, HALVES), (QUARTER_NOUNS, QUARTERS))
    for noun in nouns.split("، ")
    for which, months in parts.items()
}
# «الأشهر الستة الأولى من العام», «الشهور الثلاثة الأخيرة من 2018»: the first or last
# months of a year, counted, read like its halves and quarters.
MONTHS_COUNTED = {
    "الثلاثة": 3, "الأربعة": 4, "الخمسة": 5, "الستة": 6, "السبعة": 7, "الثمانية": 8,
    "التسعة": 9, "العشرة": 10, "الأحد عشر": 11, "الإحدى عشر": 11, "الإحدى عشرة": 11,
}  # fmt: skip
# The noun after a count that comes first: plural up to ten, singular from eleven
# («التسعة أشهر الأولى», «الأحد عشر شهرا الأولى»). (Digits «الـ 11 شهرا الأولى» are read
# where the digits are, `dates._read_months_counted_in_digits`, and only with a year after.)
_COUNT_FIRST_NOUNS = {False: ("أشهر", "شهور"), True: ("شهرا",)}
YEAR_PARTS |= {
    phrase: (1, n) if which == "الأولى" else (13 - n, 12)
    for count, n in MONTHS_COUNTED.items()
    for which in ("الأولى", "الأخيرة")
    for phrase in (
        *(f"{noun} {count} {which}" for noun in ("الأشهر", "الشهور")),
        *(f"{count} {noun} {which}" for noun in _COUNT_FIRST_NOUNS[n > 10]),
    )
}
# «التسعة أشهر من العام 2020», «الأشهر التسعة من العام الجاري»: counted months with no
# «الأولى» before «من» and a year are that year's first months (never alone: «خلال الأشهر
# التسعة» is a duration), `dates.COUNTED_WITHOUT_WHICH`.
MONTHS_COUNTED_BARE = {
    phrase: (1, n)
    for count, n in MONTHS_COUNTED.items()
    for phrase in (
        *(f"{noun} {count}" for noun in ("الأشهر", "الشهور")),
        *(f"{count} {noun}" for noun in _COUNT_FIRST_NOUNS[n > 10]),
    )
}
YEAR_PARTS |= MONTHS_COUNTED_BARE
# «الشهرين الأولين من العام الحالي»: a year's first or last two months, the dual.
YEAR_PARTS |= {"الشهرين الأولين": (1, 2), "الشهرين الأخيرين": (11, 12)}
# «الأشهر الأربعة الماضية», «الشهرين المقبلين»: the months just before or after the
# reference month, which is in neither (as «السنوات الثلاث الماضية»); «الأخيرة» with no
# year after it («خلال الأشهر الثلاثة الأخيرة») is the same as «الماضية».
RECENT_MONTHS_WAYS = {
    -1: "الماضية، السابقة، الأخيرة، المنصرمة، الفائتة، الفارطة",
    1: "المقبلة، القادمة",
}
RECENT_MONTHS_DUALS = {
    -1: "الشهرين الماضيين، الشهرين السابقين، الشهرين الأخيرين، الشهرين المنصرمين، الشهرين الفائتين",
    1: "الشهرين المقبلين، الشهرين القادمين",
}
RECENT_MONTHS = {
    **{
        f"{noun} {count} {way_word}": (n, way)
        for count, n in MONTHS_COUNTED.items()
        for way, words in RECENT_MONTHS_WAYS.items()
        for way_word in words.split("، ")
        for noun in ("الأشهر", "الشهور")
    },
    **{
        phrase: (2, way)
        for way, phrases in RECENT_MONTHS_DUALS.items()
        for phrase in phrases.split("، ")
    },
}
# «أول 5 أشهر من العام 2024», «آخر ثلاثة أشهر من 2019»: the first or last months of a
# year, «أول»/«آخر» before the count (digits or a word) and an indefinite noun.
MONTHS_FIRST_LAST = {"أول": "first", "آخر": "last"}
MONTHS_COUNTED_NOUNS = "أشهر، شهور"
# Those two words are adjectives too: right after a definite noun («الاجتماع الثلاثي
# الأول», the first tripartite meeting) they describe it and name no part of a year.
YEAR_PART_ADJECTIVES = "السداسي، الثلاثي"
# Two consecutive quarters go in the dual: «للفصلين الأول والثاني», «الربعين الثالث والرابع».
YEAR_PARTS |= {
    f"{dual} {first} و{second}": (QUARTERS[first][0], QUARTERS[second][1])
    for dual in ("الفصلين", "الربعين")
    for first, second in (("الأول", "الثاني"), ("الثاني", "الثالث"), ("الثالث", "الرابع"))
}
# … but «الفصل الأول من العام الدراسي» is a school term: no part of a year before these.
YEAR_PART_NOT_OF = "الدراسي، الدراسية، الجامعي، الجامعية"
# The parts that stand for a part of a year even with no year after them: «أرباح الربع
# الأول» is the quarter nearest the reference date; a half alone is as often a match's.
YEAR_PARTS_ALONE = "الربع الأول، الربع الثاني، الربع الثالث، الربع الرابع، الربع الأخير"

# A year stands alone after these words: «عام 2011» (the word is part of the date) …
YEAR_WORDS = (
    "عام، العام، للعام، سنة، السنة، للسنة، عامي، سنتي، العامين، السنتين، العام المالي، أعوام، "
    "للعام المالي، "
    "السنة المالية، للسنة المالية، العامين الماليين، للعامين الماليين، الأعوام، السنوات، "
    "للعامين، للسنتين، السنتين الماليتين، للسنتين الماليتين"
)
# … or after these, which stay outside it: «منذ 2011».
# Words between a fiscal year's noun and its number: «للعام المالي الحالي 1430/1431».
FISCAL_QUALIFIERS = (
    "الحالي، الحالية، الجديد، الجديدة، المقبل، المقبلة، القادم، القادمة، الماضي، الماضية، "
    "السابق، السابقة، المنصرم، المنصرمة، الجاري، الجارية"
)
# «برسم 2023»: Moroccan for «for the year 2023».
YEAR_HINTS = (
    "منذ، مطلع، أوائل، أواخر، منتصف، أواسط، نهاية، بداية، موفى، بحلول، موازنة، ميزانية، برسم"
)
# … or after these when no counted noun follows: «في 2013 قررت», but «في 2000 حالة».
YEAR_WEAK_HINTS = "في، خلال، حتى، قبل، بعد، من، إلى، الى، بين"
# Words before a day and month without a year that point ahead: «السنة المالية التي تنتهي
# في 31 مارس», «حتى 30 يونيو»: the coming such day, not the nearest (which may be past).
FUTURE_DAY_WORDS = "تنتهي، ينتهي، ستنتهي، سينتهي، تنقضي، ينقضي، ستنقضي، حتى"
# Words up to five words before a month without a year that speak of what is to come: «حدد
# موعد الجلسة في …», «من المقرر أن …», «تعهدت بإنهائه بحلول …»; with them (or a verb in the
# present or future, or «ل» glued to the month: «لأكتوبر») a month ahead counts as near as
# one back. Without them a month back is the likelier reading (news reports what was done).
AHEAD_WORDS = "موعد، المقرر، المتوقع، المرتقب، المنتظر، تعهد، تعهدت، وعد، وعدت، بحلول، خطة"
# «لنفس السنة», «العام نفسه», «السنة ذاتها»: the year of the nearest year named before it
# in its paragraph (none there: no date).
SAME_YEAR_PHRASES = (
    "نفس السنة، نفس العام، ذات السنة، ذات العام، السنة نفسها، العام نفسه، السنة ذاتها، العام ذاته، "
    "للسنة نفسها، للعام نفسه، للسنة ذاتها، للعام ذاته"
)
# «نفس الفترة من العام الماضي», «الفترة المقابلة من (2017)»: the months of the span of months
# named before it in its paragraph, in the year written after it (no such span: that year).
SAME_PERIOD_PHRASES = (
    "نفس الفترة، ذات الفترة، الفترة نفسها، الفترة ذاتها، الفترة المقابلة، الفترة المماثلة، "
    "الفترة المناظرة، نفس الفترة الزمنية، الفترة عينها، عين الفترة، "
    "للفترة نفسها، للفترة ذاتها، للفترة عينها، للفترة المقابلة، للفترة المماثلة"
)
# Revolutions and uprisings named by their day without a year («ثورة 14 جانفي», «ثورة 25
# يناير»): (day, month) → the year, read only right after REVOLUTION_WORDS. Each date as
# the English Wikipedia article on the event gives it.
REVOLUTION_DAYS = {
    (14, 1): 2011,  # Tunisian revolution: Ben Ali fled on 14 January 2011
    (25, 1): 2011,  # Egyptian revolution of 2011: began 25 January 2011
    (11, 2): 2011,  # Yemeni revolution: «ثورة 11 فبراير», protests of 11 February 2011
    (17, 2): 2011,  # Libyan revolution: the «Day of Revolt», 17 February 2011
    (15, 3): 2011,  # Syrian revolution: protests of 15 March 2011
    (14, 3): 2005,  # Cedar Revolution (Lebanon): the rally of 14 March 2005
    (30, 6): 2013,  # June 2013 Egyptian protests: 30 June 2013
    (23, 7): 1952,  # Egyptian revolution of 1952: 23 July 1952
    (14, 7): 1958,  # 14 July Revolution (Iraq): 14 July 1958
    (1, 9): 1969,  # 1969 Libyan revolution (al-Fateh): 1 September 1969
    (26, 9): 1962,  # 26 September Revolution (North Yemen): 26 September 1962
    (14, 10): 1963,  # 14 October Revolution (South Yemen): 14 October 1963
    (1, 11): 1954,  # Algerian War of Independence: began 1 November 1954
    (22, 2): 2019,  # Hirak (Algeria): the marches of 22 February 2019
    (19, 12): 2018,  # Sudanese revolution: protests began in Atbara, 19 December 2018
}
REVOLUTION_WORDS = "ثورة، انتفاضة، حراك، ثورتي، الثورة"
# Events named by their year, which make a bare year after them one when no counted noun
# or amount follows, as YEAR_WEAK_HINTS do: «منذ انتفاضة 2011», «أحداث 2011», «حرب 2006».
YEAR_EVENT_NOUNS = (
    "ثورة، انتفاضة، أحداث، حرب، أزمة، انتخابات، انقلاب، زلزال، فيضانات، احتجاجات، حراك، "
    "مونديال، أولمبياد، دستور، استفتاء، نكسة، نكبة، هبة"
)
# A ledger's nouns make a bare year after them one, with up to two words starting «ال»
# between («إيرادات 2017 ستبلغ», «الميزانية الفلسطينية 2022», «ميزانية الحكومة الاتحادية
# 2015»), when no counted noun or amount follows, as YEAR_WEAK_HINTS do.
YEAR_LEDGER_NOUNS = (
    "إيرادات، نفقات، مصروفات، موازنة، ميزانية، الإيرادات، النفقات، المصروفات، الموازنة، "
    # «للميزانية 2022»: ل + الميزانية; «قانون المالية 2022»: the Maghreb's budget law
    "الميزانية، موازنات، ميزانيات، لميزانية، لموازنة، قانون المالية، لقانون المالية"
)
# A year compared with: «مقارنة بـ2024», «قياسا إلى 2023»; and «عن»/«على» right after a
# percent «بزيادة 1% عن 2025» or a change «ارتفاعا عن 2024،» (not «زيادة عن 2025 موظف»).
YEAR_COMPARED_WITH = "مقارنة ب، مقارنة بـ، مقارنة مع، بالمقارنة مع، قياسا ب، قياسا بـ، قياسا إلى"
YEAR_ABOVE = "عن، على"
YEAR_CHANGE_WORDS = (
    "زيادة، بزيادة، ارتفاع، بارتفاع، ارتفاعا، انخفاض، بانخفاض، انخفاضا، تراجع، بتراجع، "
    "تراجعا، نمو، بنمو، نموا، مرتفعا، منخفضا، مرتفعة، منخفضة"
)
# Nouns that a number counts: after one, «في 2000 حالة» is a count, not a year.
COUNTED_NOUNS = (
    "حالة حالات شخص شخصا أشخاص مواطن مواطنا لاجئ لاجئا نازح نازحا طفل طفلا أسرة عائلة منزل منزلا "
    "وحدة وحدات طن طنا كيلومتر متر مشروع مشروعا موظف موظفا طالب طالبا قتيل قتيلا جريح "
    "مصاب عامل عاملا سيارة شاحنة مدرسة مستشفى سرير فرصة وظيفة"
)
# Words for a year span between two years: «2015 إلى 2019».
YEAR_SPAN_WORDS = "إلى، الى، حتى"
# «بين عامي 2015 و2017», «بين يناير وأكتوبر 2018»: «بين» makes the «و» after it a span's.
SPAN_BETWEEN = "بين"
# … unless it compares two points: «قارن التقرير بين الأعوام 2019 و2020».
SPAN_BETWEEN_NOT_AFTER = (
    "قارن، قارنت، يقارن، تقارن، مقارنة، بمقارنة، المقارنة، بالمقارنة، الفرق، الفارق، فرق، فارق"
)
# «من جانفي إلى أكتوبر 2018»: the words that may open a span of months.
MONTH_SPAN_OPENERS = "من، بين"
# The last month of a span may follow one of these: «من يناير وحتى نهاية أبريل», «بين جانفي
# ونهاية شهر ماي»: the span still ends with that month.
SPAN_CLOSING_EDGES = "نهاية، آخر، أواخر، غاية"
# The Hijri era suffix «1436هـ» and the Gregorian «2014م».
HIJRI_SUFFIX = "هـ، هجري، هجرية، للهجرة"
GREGORIAN_SUFFIX = "م"
# A number after these is a label, never an amount: «القرار رقم 1973».
LABEL_WORDS = "رقم، القرار، قرار"
# Ordinals: «الحادي عشر» is eleventh, not the number ten.
# After «اليوم» these (and any adjective in «ي»: «اليوم العالمي», «اليوم الوطني») make a
# day's name or a day of a series, not today; a noun after it («اليوم العمل») leaves today.
DAY_NAME_WORDS = (  # written without «ال»
    "أول، أولى، ثالث، رابع، خامس، سادس، سابع، ثامن، تاسع، عاشر، أخير، سابق، مفتوح، موعود، "
    "مشهود، كامل، عالمية، وطنية، دولية، دراسية، تضامنية"
)
ORDINALS = (
    "الحادي الحادية الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس "
    "السادسة السابع السابعة الثامن الثامنة التاسع التاسعة"
)
