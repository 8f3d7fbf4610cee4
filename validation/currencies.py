"""How the interface names a currency: its symbol and English name, and its Arabic name.

The codes themselves are vocab.CURRENCIES (one ISO 4217 list for the schema, the extractor
and the interface); this table only adds words for the ones a reader meets often. A code
without an entry is shown as its code, in both languages, which is never wrong.

>>> symbol("USD"), name_en("EUR"), name_ar("JOD")
('$', 'euros', 'دينار أردني')
>>> symbol("VES"), name_en("VES"), name_ar("VES")
(None, 'VES', 'VES')
"""

from __future__ import annotations

# code → (symbol or None, English name, Arabic name). A symbol only where it is unambiguous
# in an English sentence ("$" is read as US dollars; "£" as pounds sterling).
NAMES: dict[str, tuple[str | None, str, str]] = {
    "USD": ("$", "US dollars", "دولار أمريكي"),
    "EUR": ("€", "euros", "يورو"),
    "GBP": ("£", "pounds sterling", "جنيه إسترليني"),
    "JPY": ("¥", "yen", "ين ياباني"),
    "CNY": (None, "yuan", "يوان صيني"),
    "CHF": (None, "Swiss francs", "فرنك سويسري"),
    "CAD": (None, "Canadian dollars", "دولار كندي"),
    "AUD": (None, "Australian dollars", "دولار أسترالي"),
    "RUB": (None, "roubles", "روبل روسي"),
    "TRY": (None, "Turkish lira", "ليرة تركية"),
    "INR": (None, "Indian rupees", "روبية هندية"),
    "IRR": (None, "Iranian rials", "ريال إيراني"),
    "ILS": (None, "shekels", "شيكل"),
    "LYD": (None, "Libyan dinars", "دينار ليبي"),
    "EGP": (None, "Egyptian pounds", "جنيه مصري"),
    "SDG": (None, "Sudanese pounds", "جنيه سوداني"),
    "JOD": (None, "Jordanian dinars", "دينار أردني"),
    "IQD": (None, "Iraqi dinars", "دينار عراقي"),
    "KWD": (None, "Kuwaiti dinars", "دينار كويتي"),
    "BHD": (None, "Bahraini dinars", "دينار بحريني"),
    "TND": (None, "Tunisian dinars", "دينار تونسي"),
    "DZD": (None, "Algerian dinars", "دينار جزائري"),
    "MAD": (None, "Moroccan dirhams", "درهم مغربي"),
    "AED": (None, "UAE dirhams", "درهم إماراتي"),
    "SAR": (None, "Saudi riyals", "ريال سعودي"),
    "QAR": (None, "Qatari riyals", "ريال قطري"),
    "OMR": (None, "Omani rials", "ريال عماني"),
    "YER": (None, "Yemeni rials", "ريال يمني"),
    "SYP": (None, "Syrian pounds", "ليرة سورية"),
    "LBP": (None, "Lebanese pounds", "ليرة لبنانية"),
    "MRU": (None, "Mauritanian ouguiyas", "أوقية موريتانية"),
    "MRO": (None, "Mauritanian ouguiyas (before 2018)", "أوقية موريتانية قديمة"),
    "XDR": (None, "special drawing rights", "وحدة حقوق سحب خاصة"),
}


def symbol(code: str | None) -> str | None:
    return NAMES.get(code or "", (None, "", ""))[0]


def name_en(code: str | None) -> str:
    return NAMES[code][1] if code in NAMES else str(code or "")


def name_ar(code: str | None) -> str:
    return NAMES[code][2] if code in NAMES else str(code or "")
