"""The forms real Arabic newspaper articles write, class by class (issue 14).

Every phrase below was written for these tests, in the style of Saudi, Egyptian, Jordanian,
Lebanese and Libyan outlets; none is copied from an article. Each row is a sentence and
the exact mentions `extract` finds in it, read as if published on Thursday 24 June 2021:
(kind, text, value, currency, hedge, date, date_end, precision). Near misses that must
not match sit among them: «مصرف» is not «مصر», «خميس» the name is no Thursday, «آب» the
father no August, a resolution number or a document symbol no year.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from validation.arabic.lexicon import LOCAL_CURRENCIES
from validation.arabic.money import CURRENCY_CODES, guess_country
from validation.arabic.phrases import read_phrases
from validation.arabic.quotes import parse_amount, parse_date_text
from validation.extract import extract, mentions_to_json
from validation.vocab import CURRENCIES

D = Decimal
THURSDAY = date(2021, 6, 24)


def found(sentence: str, reference: date | None = THURSDAY) -> list[tuple]:
    return [
        (m.kind, m.text, m.value, m.currency, m.hedge, m.date, m.date_end, m.precision)
        for m in extract(sentence, reference)
    ]


BRACKETED = [
    ('ورصدت الوزارة (2571) مليون ريال للمشروعات الجديدة في الرياض.', [('amount', '(2571) مليون ريال', 2571000000, 'SAR', 'exact', None, None, None)]),
    ('وبلغت قيمة العقود ما يزيد على (2571) مليون ريال سعودي.', [('amount', 'ما يزيد على (2571) مليون ريال سعودي', 2571000000, 'SAR', 'more_than', None, None, None)]),
    ('وخصص الصندوق (2571.20) مليون ريال للإسكان في جدة.', [('amount', '(2571.20) مليون ريال', 2571200000, 'SAR', 'exact', None, None, None)]),
    ('وتجاوزت التكاليف (١٢٥) مليون دولار.', [('amount', '(١٢٥) مليون دولار', 125000000, 'USD', 'exact', None, None, None)]),
    ('واعتمدت الهيئة ( 48 ) مليار ريال سعودي للطرق.', [('amount', '( 48 ) مليار ريال سعودي', 48000000000, 'SAR', 'exact', None, None, None)]),
    ('وأنفق المركز أكثر من (300) ألف دولار على الأدوية.', [('amount', 'أكثر من (300) ألف دولار', 300000, 'USD', 'more_than', None, None, None)]),
    ('ووقع المركز (14) اتفاقية بقيمة (96) مليون دولار.', [('number', '14', 14, None, 'exact', None, None, None), ('amount', '(96) مليون دولار', 96000000, 'USD', 'exact', None, None, None)]),
    ('وتسلمت البلدية (750) ألف ريال سعودي من الوزارة.', [('amount', '(750) ألف ريال سعودي', 750000, 'SAR', 'exact', None, None, None)]),
    ('ودعمت المملكة القطاع الصحي بـ(1.5) مليار ريال سعودي.', [('amount', '(1.5) مليار ريال سعودي', 1500000000, 'SAR', 'exact', None, None, None)]),
    ('وأعلن البنك صرف (85) مليون يورو للمشاريع الصغيرة.', [('amount', '(85) مليون يورو', 85000000, 'EUR', 'exact', None, None, None)]),
    ('وقدم الصندوق نحو (40) مليون دينار كويتي للقطاع الخاص.', [('amount', 'نحو (40) مليون دينار كويتي', 40000000, 'KWD', 'about', None, None, None)]),
    ('وتبرعت الجمعية بـ (500) ريال سعودي لكل أسرة.', [('amount', '(500) ريال سعودي', 500, 'SAR', 'exact', None, None, None)]),
    ('ووزعت اللجنة قرابة (12) ألف سلة غذائية.', [('amount', 'قرابة (12) ألف', 12000, None, 'nearly', None, None, None)]),
    ('وبلغ عدد المستفيدين (2500) شخص.', [('number', '2500', 2500, None, 'exact', None, None, None)]),
    ('واعتمد مجلس الأمن القرار 2254 (2015) بالإجماع.', [('number', '2254', 2254, None, 'exact', None, None, None), ('year', '2015', None, None, None, '2015', None, 'year')]),
    ('وصدر المرسوم رقم (45) لسنة 2020.', [('number', '45', 45, None, 'exact', None, None, None), ('year', 'سنة 2020', None, None, None, '2020', None, 'year')]),
    ('وتضم القائمة (16) دولة.', [('number', '16', 16, None, 'exact', None, None, None)]),
    ('وارتفعت الصادرات بنسبة (7) في المئة.', [('percent', '(7) في المئة', 7, None, 'exact', None, None, None)]),
    ('وحصل المقاول على دفعة قدرها (2) مليون دولار أمريكي.', [('amount', '(2) مليون دولار أمريكي', 2000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت المصروفات (١٫٢) مليار درهم إماراتي.', [('amount', '(١٫٢) مليار درهم إماراتي', 1200000000, 'AED', 'exact', None, None, None)]),
]  # fmt: skip

BRACKETED_COMPOUNDS = [
    ('وبلغت المخصصات (2) مليار و(500) مليون ريال سعودي.', [('amount', '(2) مليار و(500) مليون ريال سعودي', 2500000000, 'SAR', 'exact', None, None, None)]),
    ('واعتمدت الوزارة (1) مليار و(200) مليون و(300) ألف ريال سعودي.', [('amount', '(1) مليار و(200) مليون و(300) ألف ريال سعودي', 1200300000, 'SAR', 'exact', None, None, None)]),
    ('وخصص الصندوق 2 مليار و(500) مليون دولار.', [('amount', '2 مليار و(500) مليون دولار', 2500000000, 'USD', 'exact', None, None, None)]),
    ('وقدم المركز مليار و(200) مليون دولار.', [('amount', 'مليار و(200) مليون دولار', 1200000000, 'USD', 'exact', None, None, None)]),
    ('ورصدت الهيئة (٢) مليار و(٣٠٠) مليون ريال سعودي.', [('amount', '(٢) مليار و(٣٠٠) مليون ريال سعودي', 2300000000, 'SAR', 'exact', None, None, None)]),
    ('وبلغت التكاليف (4) مليارات و(750) مليون درهم إماراتي.', [('amount', '(4) مليارات و(750) مليون درهم إماراتي', 4750000000, 'AED', 'exact', None, None, None)]),
    ('ووزعت الجمعية (3) ملايين و(250) ألف ريال سعودي.', [('amount', '(3) ملايين و(250) ألف ريال سعودي', 3250000, 'SAR', 'exact', None, None, None)]),
    ('وأنفقت البلدية ما يزيد على (1) مليار و(100) مليون ريال سعودي.', [('amount', 'ما يزيد على (1) مليار و(100) مليون ريال سعودي', 1100000000, 'SAR', 'more_than', None, None, None)]),
    ('وبلغ الدعم نحو (6) مليارات و(400) مليون دولار.', [('amount', 'نحو (6) مليارات و(400) مليون دولار', 6400000000, 'USD', 'about', None, None, None)]),
    ('وسلم المقاول ( 2 ) مليار و( 50 ) مليون ريال سعودي.', [('amount', '( 2 ) مليار و( 50 ) مليون ريال سعودي', 2050000000, 'SAR', 'exact', None, None, None)]),
    ('وصرفت الوزارة (12) مليون و(600) ألف دينار كويتي.', [('amount', '(12) مليون و(600) ألف دينار كويتي', 12600000, 'KWD', 'exact', None, None, None)]),
    ('وبلغت المنح (1.5) مليار و(20) مليون ريال سعودي.', [('amount', '(1.5) مليار و(20) مليون ريال سعودي', 1520000000, 'SAR', 'exact', None, None, None)]),
    ('وأنفق الصندوق (9) ملايين و(900) ألف دولار على الأدوية.', [('amount', '(9) ملايين و(900) ألف دولار', 9900000, 'USD', 'exact', None, None, None)]),
    ('وخصصت (5) ملايين و(7) ملايين ريال سعودي لمشروعين.', [('amount', '(5) ملايين', 5000000, None, 'exact', None, None, None), ('amount', '(7) ملايين ريال سعودي', 7000000, 'SAR', 'exact', None, None, None)]),
    ('ورصد البنك (2) مليون و(14) مشروعا.', [('amount', '(2) مليون', 2000000, None, 'exact', None, None, None), ('number', '14', 14, None, 'exact', None, None, None)]),
    ('وبلغت الإيرادات (3.5) مليار ريال سعودي و(120) مليون دولار.', [('amount', '(3.5) مليار ريال سعودي', 3500000000, 'SAR', 'exact', None, None, None), ('amount', '(120) مليون دولار', 120000000, 'USD', 'exact', None, None, None)]),
    ('وتسلمت المدارس (300) ألف و(20) جهازا.', [('amount', '(300) ألف', 300000, None, 'exact', None, None, None), ('number', '20', 20, None, 'exact', None, None, None)]),
    ('وحصل المشروع على (1) مليار ثم (200) مليون ريال سعودي.', [('amount', '(1) مليار', 1000000000, None, 'exact', None, None, None), ('amount', '(200) مليون ريال سعودي', 200000000, 'SAR', 'exact', None, None, None)]),
    ('وضخت الحكومة (2) مليار و(3) مليارات دولار على دفعتين.', [('amount', '(2) مليار', 2000000000, None, 'exact', None, None, None), ('amount', '(3) مليارات دولار', 3000000000, 'USD', 'exact', None, None, None)]),
    ('وكلف المستشفى (750) مليون و(500) ألف ريال سعودي.', [('amount', '(750) مليون و(500) ألف ريال سعودي', 750500000, 'SAR', 'exact', None, None, None)]),
    ('وقدمت المملكة (10) مليارات و(500) مليون ريال سعودي منها (2) مليار للإسكان.', [('amount', '(10) مليارات و(500) مليون ريال سعودي', 10500000000, 'SAR', 'exact', None, None, None), ('amount', '(2) مليار', 2000000000, 'SAR', 'exact', None, None, None)]),
]  # fmt: skip

BARE_CURRENCIES = [
    ('وعرض وزير المالية على الرئيس السيسي موازنة قدرها 3 تريليونات جنيه.', [('amount', '3 تريليونات جنيه', 3000000000000, 'EGP', 'exact', None, None, None)]),
    ('وقال رئيس الوزراء مصطفى مدبولي إن الدعم بلغ 600 مليار جنيه.', [('amount', '600 مليار جنيه', 600000000000, 'EGP', 'exact', None, None, None)]),
    ('القاهرة - أعلنت وزارة المالية المصرية تخصيص 600 مليون جنيه للدعم.', [('amount', '600 مليون جنيه', 600000000, 'EGP', 'exact', None, None, None)]),
    ('وقال البنك المركزي المصري إن الاحتياطي زاد 300 مليون جنيه.', [('amount', '300 مليون جنيه', 300000000, 'EGP', 'exact', None, None, None)]),
    ('الرياض - خصصت وزارة المالية السعودية 12 مليار ريال للتعليم.', [('amount', '12 مليار ريال', 12000000000, 'SAR', 'exact', None, None, None)]),
    ('وأعلن مصرف ليبيا المركزي صرف 5 مليارات دينار للمرتبات.', [('amount', '5 مليارات دينار', 5000000000, 'LYD', 'exact', None, None, None)]),
    ('طرابلس - أقر مجلس النواب ميزانية قدرها 90 مليار دينار.', [('amount', '90 مليار دينار', 90000000000, 'LYD', 'exact', None, None, None)]),
    ('عمان - وقعت الحكومة اتفاقية بقيمة 20 مليون دينار لتوسعة شبكة المياه.', [('amount', '20 مليون دينار', 20000000, 'JOD', 'exact', None, None, None)]),
    ('بيروت - رفعت الحكومة بدل النقل إلى 95 ألف ليرة.', [('amount', '95 ألف ليرة', 95000, 'LBP', 'exact', None, None, None)]),
    ('دبي - استثمرت الشركة 2 مليار درهم في الموانئ.', [('amount', '2 مليار درهم', 2000000000, 'AED', 'exact', None, None, None)]),
    ('الرباط - رصدت الحكومة المغربية 3 مليارات درهم للطرق القروية.', [('amount', '3 مليارات درهم', 3000000000, 'MAD', 'exact', None, None, None)]),
    ('وقالت الحكومة إن 5 ملايين دينار ستذهب للبلديات.', [('amount', '5 ملايين دينار', 5000000, None, 'exact', None, None, None)]),
    ('وبلغت تكلفة الجسر 450 مليون جنيه.', [('amount', '450 مليون جنيه', 450000000, None, 'exact', None, None, None)]),
    ('وقررت إدارة مصرف الادخار رفع القرض إلى 200 ألف جنيه.', [('amount', '200 ألف جنيه', 200000, None, 'exact', None, None, None)]),
    ('الكويت - قدم الصندوق الكويتي قرضا بقيمة 15 مليون دينار.', [('amount', '15 مليون دينار', 15000000, 'KWD', 'exact', None, None, None)]),
    ('بغداد - أطلقت وزارة المالية العراقية 800 مليار دينار للمحافظات.', [('amount', '800 مليار دينار', 800000000000, 'IQD', 'exact', None, None, None)]),
    ('الدوحة - تبرعت قطر بمبلغ 50 مليون ريال.', [('amount', '50 مليون ريال', 50000000, 'QAR', 'exact', None, None, None)]),
    ('مسقط - رصدت سلطنة عمان 100 مليون ريال للإسكان.', [('amount', '100 مليون ريال', 100000000, 'OMR', 'exact', None, None, None)]),
    ('أنقرة - وزعت الحكومة التركية 1000 ليرة على كل أسرة.', [('amount', '1000 ليرة', 1000, 'TRY', 'exact', None, None, None)]),
    ('وقال التاجر إن سعر الكيلو بلغ 40 جنيها في أسواق القاهرة.', [('amount', '40 جنيها', 40, 'EGP', 'exact', None, None, None)]),
    ('وأودعت وكالة الأنباء الأردنية بترا خبر صرف 70 مليون دينار.', [('amount', '70 مليون دينار', 70000000, 'JOD', 'exact', None, None, None)]),
    ('وأعلن مصرف الرافدين عن قروض بقيمة 50 مليون دينار.', [('amount', '50 مليون دينار', 50000000, None, 'exact', None, None, None)]),
    ('وحصل اللاعب على 10 آلاف جنيه إسترليني.', [('amount', '10 آلاف جنيه إسترليني', 10000, 'GBP', 'exact', None, None, None)]),
    ('تونس - خصصت الدولة 300 مليون دينار للفلاحين.', [('amount', '300 مليون دينار', 300000000, 'TND', 'exact', None, None, None)]),
]  # fmt: skip

# A bare currency whose country only a governorate, a city or an institution names.
COUNTRY_CUES = [
    ('افتتح محافظ الدقهلية مشروعات للصرف بتكلفة 30 مليون جنيه.', [('amount', '30 مليون جنيه', 30000000, 'EGP', 'exact', None, None, None)]),
    ('ورصدت مديرية الصحة في أسيوط 12 مليون جنيه لتجهيز المستشفيات.', [('amount', '12 مليون جنيه', 12000000, 'EGP', 'exact', None, None, None)]),
    ('وقال رئيس مدينة طنطا إن رصف الشوارع تكلف 4 ملايين جنيه.', [('amount', '4 ملايين جنيه', 4000000, 'EGP', 'exact', None, None, None)]),
    ('وخصصت محافظة الشرقية 8 ملايين جنيه لمحطات مياه الشرب.', [('amount', '8 ملايين جنيه', 8000000, 'EGP', 'exact', None, None, None)]),
    ('وفي شبين الكوم بلغت تكلفة المدرسة الجديدة 3 ملايين جنيه.', [('amount', '3 ملايين جنيه', 3000000, 'EGP', 'exact', None, None, None)]),
    ('واعتمد محافظ بني سويف 25 مليون جنيه لتبطين الترع.', [('amount', '25 مليون جنيه', 25000000, 'EGP', 'exact', None, None, None)]),
    ('وصرف صندوق المعونة الوطنية 9 ملايين دينار للأسر المحتاجة.', [('amount', '9 ملايين دينار', 9000000, 'JOD', 'exact', None, None, None)]),
    ('وطرحت بلدية جرش عطاء لتأهيل الطرق بقيمة 3 ملايين دينار.', [('amount', '3 ملايين دينار', 3000000, 'JOD', 'exact', None, None, None)]),
    ('وقالت دائرة الإحصاءات العامة إن دخل الأسرة بلغ 11 ألف دينار في السنة.', [('amount', '11 ألف دينار', 11000, 'JOD', 'exact', None, None, None)]),
    ('وأنفقت بلدية الكرك 600 ألف دينار على صيانة الشوارع.', [('amount', '600 ألف دينار', 600000, 'JOD', 'exact', None, None, None)]),
    ('وصرفت مديرية التربية في البلقاء 400 ألف دينار للمدارس.', [('amount', '400 ألف دينار', 400000, 'JOD', 'exact', None, None, None)]),
    ('وأطلقت أمانة القصيم مشاريع بلدية بقيمة 150 مليون ريال.', [('amount', '150 مليون ريال', 150000000, 'SAR', 'exact', None, None, None)]),
    ('وأعلنت أرامكو توزيع أرباح نقدية بقيمة 70 مليار ريال.', [('amount', '70 مليار ريال', 70000000000, 'SAR', 'exact', None, None, None)]),
    ('وفي جازان بلغت تكلفة الطريق الساحلي 90 مليون ريال.', [('amount', '90 مليون ريال', 90000000, 'SAR', 'exact', None, None, None)]),
    ('وخصصت الحكومة لمحافظة نينوى 200 مليار دينار لإعادة الإعمار.', [('amount', '200 مليار دينار', 200000000000, 'IQD', 'exact', None, None, None)]),
    ('وقال محافظ كربلاء إن مشاريع الطرق كلفت 40 مليار دينار.', [('amount', '40 مليار دينار', 40000000000, 'IQD', 'exact', None, None, None)]),
    ('وصرفت هيئة الحشد الشعبي رواتب بلغت 300 مليار دينار.', [('amount', '300 مليار دينار', 300000000000, 'IQD', 'exact', None, None, None)]),
    ('وأعلن مجلس مدينة فاس تخصيص 50 مليون درهم للنقل الحضري.', [('amount', '50 مليون درهم', 50000000, 'MAD', 'exact', None, None, None)]),
    ('وقالت المندوبية السامية للتخطيط إن إنفاق الأسر بلغ 20 مليار درهم.', [('amount', '20 مليار درهم', 20000000000, 'MAD', 'exact', None, None, None)]),
    ('وفي أكادير رصد المجلس الجهوي 60 مليون درهم للسياحة.', [('amount', '60 مليون درهم', 60000000, 'MAD', 'exact', None, None, None)]),
    ('وقال محافظ الجهراء إن المستوصف الجديد كلف 5 ملايين دينار.', [('amount', '5 ملايين دينار', 5000000, 'KWD', 'exact', None, None, None)]),
    ('ورصدت بلدية الفروانية 800 ألف دينار للحدائق العامة.', [('amount', '800 ألف دينار', 800000, 'KWD', 'exact', None, None, None)]),
    ('وخصصت ولاية سطيف 600 مليون دينار لبناء المساكن.', [('amount', '600 مليون دينار', 600000000, 'DZD', 'exact', None, None, None)]),
    ('وأقرت حكومة عجمان ميزانية قدرها 3 مليارات درهم.', [('amount', '3 مليارات درهم', 3000000000, 'AED', 'exact', None, None, None)]),
    ('وفي اللاذقية ارتفع سعر ربطة الخبز إلى 200 ليرة.', [('amount', '200 ليرة', 200, 'SYP', 'exact', None, None, None)]),
]  # fmt: skip

# A text that names no country with such money may still write it as only one country's
# press does («3000 م د», «4747 مليار دج», «25 د.ت»), or in Moroccan month names; then its
# bare currency words are that country's. Near-misses: «د.م.» before a name, a named
# country, two marks of two countries, a mark of another currency, «45 د» minutes.
MONEY_MARKS = [
    ('وبلغ العجز 1700 مليون دينار مقابل 3000 م د قبل عام.', [('amount', '1700 مليون دينار', 1700000000, 'TND', 'exact', None, None, None), ('amount', '3000 م د', 3000000000, 'TND', 'exact', None, None, None), ('date', 'قبل عام', None, None, None, '2020', None, 'year')]),
    ('وارتفعت المداخيل الجبائية إلى 12 مليار دينار، أي بزيادة 900 م.د.', [('amount', '12 مليار دينار', 12000000000, 'TND', 'exact', None, None, None), ('amount', '900 م.د', 900000000, 'TND', 'exact', None, None, None)]),
    ('وسجلت الميزانية فائضا بـ 450 م د، وبلغت النفقات 9 مليارات دينار.', [('amount', '450 م د', 450000000, 'TND', 'exact', None, None, None), ('amount', '9 مليارات دينار', 9000000000, 'TND', 'exact', None, None, None)]),
    ('وقدرت خدمة الدين بـ 2,5 مليار دينار منها 800 م د فوائد.', [('amount', '2,5 مليار دينار', 2500000000, 'TND', 'exact', None, None, None), ('amount', '800 م د', 800000000, 'TND', 'exact', None, None, None)]),
    ('وبلغت الاستثمارات 640 مليون دينار، وتم صرف 120 مليون د منها.', [('amount', '640 مليون دينار', 640000000, 'TND', 'exact', None, None, None), ('amount', '120 مليون د', 120000000, 'TND', 'exact', None, None, None)]),
    ('وخصص الصندوق 25 د.ت لكل عائلة و3 ملايين دينار للبلديات.', [('amount', '25 د.ت', 25, 'TND', 'exact', None, None, None), ('amount', '3 ملايين دينار', 3000000, 'TND', 'exact', None, None, None)]),
    ('وقال الوزير إن الغلاف المالي يبلغ 4747 مليار دج، منها 300 مليار دينار للتجهيز.', [('amount', '4747 مليار دج', 4747000000000, 'DZD', 'exact', None, None, None), ('amount', '300 مليار دينار', 300000000000, 'DZD', 'exact', None, None, None)]),
    ('وبلغت قيمة المشروع 12 مليار دج، في حين رصد 500 مليون دينار للدراسات.', [('amount', '12 مليار دج', 12000000000, 'DZD', 'exact', None, None, None), ('amount', '500 مليون دينار', 500000000, 'DZD', 'exact', None, None, None)]),
    ('ورصدت الولاية 80 مليون د.ج للطرق و20 مليون دينار للإنارة.', [('amount', '80 مليون د.ج', 80000000, 'DZD', 'exact', None, None, None), ('amount', '20 مليون دينار', 20000000, 'DZD', 'exact', None, None, None)]),
    ('وبلغت الودائع 40 مليار د.ك، وارتفعت القروض إلى 38 مليار دينار.', [('amount', '40 مليار د.ك', 40000000000, 'KWD', 'exact', None, None, None), ('amount', '38 مليار دينار', 38000000000, 'KWD', 'exact', None, None, None)]),
    ('وبلغ سعر الغرام 45 د.ع، والكيلو 45 ألف دينار.', [('amount', '45 د.ع', 45, 'IQD', 'exact', None, None, None), ('amount', '45 ألف دينار', 45000, 'IQD', 'exact', None, None, None)]),
    ('وأنفقت الشركة 300 مليون ر.س على التوسعة و150 مليون ريال على التدريب.', [('amount', '300 مليون ر.س', 300000000, 'SAR', 'exact', None, None, None), ('amount', '150 مليون ريال', 150000000, 'SAR', 'exact', None, None, None)]),
    ('وبلغت الأرباح 70 مليون ج.م مقابل 55 مليون جنيه العام الماضي.', [('amount', '70 مليون ج.م', 70000000, 'EGP', 'exact', None, None, None), ('amount', '55 مليون جنيه', 55000000, 'EGP', 'exact', None, None, None), ('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وأنفقت البلدية 3 ملايين ل.ل على الإنارة و5 ملايين ليرة على الطرق.', [('amount', '3 ملايين ل.ل', 3000000, 'LBP', 'exact', None, None, None), ('amount', '5 ملايين ليرة', 5000000, 'LBP', 'exact', None, None, None)]),
    ('وبلغت التحويلات 105 مليارات درهم في متم نونبر.', [('amount', '105 مليارات درهم', 105000000000, 'MAD', 'exact', None, None, None)]),
    ('وسجلت الصادرات 238 مليار درهم عند نهاية شتنبر.', [('amount', '238 مليار درهم', 238000000000, 'MAD', 'exact', None, None, None), ('date', 'شتنبر', None, None, None, '2021-09', None, 'month')]),
    ('وأفاد مكتب الصرف بأن العجز التجاري بلغ 280 مليار درهم.', [('amount', '280 مليار درهم', 280000000000, 'MAD', 'exact', None, None, None)]),
    ('وقال مغاربة العالم إنهم حولوا 9 مليارات درهم خلال غشت.', [('amount', '9 مليارات درهم', 9000000000, 'MAD', 'exact', None, None, None), ('date', 'غشت', None, None, None, '2021-08', None, 'month')]),
    ('وبلغت مداخيل يوليوز 11 مليار درهم.', [('amount', '11 مليار درهم', 11000000000, 'MAD', 'exact', None, None, None)]),
    ('وارتفعت ودائع المغاربة المقيمين بالخارج إلى 200 مليار درهم.', [('amount', '200 مليار درهم', 200000000000, 'MAD', 'exact', None, None, None)]),
    ('قال د.م. أحمد إن الميزانية بلغت 5 مليارات دينار.', [('amount', '5 مليارات دينار', 5000000000, None, 'exact', None, None, None)]),
    ('وبلغ العجز في ليبيا 1700 مليون دينار مقابل 3000 م د في تونس.', [('amount', '1700 مليون دينار', 1700000000, None, 'exact', None, None, None), ('amount', '3000 م د', 3000000000, 'TND', 'exact', None, None, None)]),
    ('وبلغت الإيرادات في ليبيا 30 مليار دينار مقابل 300 م د للمؤسسة.', [('amount', '30 مليار دينار', 30000000000, 'LYD', 'exact', None, None, None), ('amount', '300 م د', 300000000, 'TND', 'exact', None, None, None)]),
    ('ورصدت 40 مليون د.ت و40 مليون دج، و10 ملايين دينار للطوارئ.', [('amount', '40 مليون د.ت', 40000000, 'TND', 'exact', None, None, None), ('amount', '40 مليون دج', 40000000, 'DZD', 'exact', None, None, None), ('amount', '10 ملايين دينار', 10000000, None, 'exact', None, None, None)]),
    ('وبلغ الدين 20 مليار ر.س و5 مليارات دينار.', [('amount', '20 مليار ر.س', 20000000000, 'SAR', 'exact', None, None, None), ('amount', '5 مليارات دينار', 5000000000, None, 'exact', None, None, None)]),
    ('واستغرقت الرحلة 45 د وبلغت كلفتها 300 دينار.', [('number', '45', 45, None, 'exact', None, None, None), ('amount', '300 دينار', 300, None, 'exact', None, None, None)]),
    ('وحضر 40 ممثلا عن الدول المغاربية، ورصد 6 مليارات درهم.', [('number', '40', 40, None, 'exact', None, None, None), ('amount', '6 مليارات درهم', 6000000000, None, 'exact', None, None, None)]),
]  # fmt: skip


# A bare riyal, dirham or dinar restated in dollars in brackets at a currency's fixed rate
# («1.38 مليار ريال (368 مليون دولار)»: 3.75, the Saudi riyal's peg) is that currency,
# whatever country the article names most. Near-misses: a floating rate (250), no
# bracket, another currency in it, an adjective already naming it, two pegs at once,
# currencies with no peg.
PEGGED_RATES = [
    ('وأعلنت السعودية تقديم 1.38 مليار ريال (368 مليون دولار) لدعم اليمن، وقال اليمن إن المنحة تصل اليمن قريبا.', [('amount', '1.38 مليار ريال', 1380000000, 'SAR', 'exact', None, None, None), ('amount', '368 مليون دولار', 368000000, 'USD', 'exact', None, None, None)]),
    ('وقدم البرنامج لليمن 750 مليون ريال (200 مليون دولار) لمشاريع الكهرباء في عدن وتعز.', [('amount', '750 مليون ريال', 750000000, 'SAR', 'exact', None, None, None), ('amount', '200 مليون دولار', 200000000, 'USD', 'exact', None, None, None)]),
    ('وتسلمت الحكومة اليمنية 1.5 مليار ريال (400 مليون دولار) ثم مليار ريال إضافي لليمن.', [('amount', '1.5 مليار ريال', 1500000000, 'SAR', 'exact', None, None, None), ('amount', '400 مليون دولار', 400000000, 'USD', 'exact', None, None, None), ('amount', 'مليار ريال', 1000000000, 'SAR', 'exact', None, None, None)]),
    ('وتعهدت الرياض لليمن بـ(375) مليون ريال (100 مليون دولار) في صنعاء.', [('amount', '(375) مليون ريال', 375000000, 'SAR', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('وتبرعت قطر للسودان بـ 364 مليون ريال (100 مليون دولار)، وشكر السودان والخرطوم قطر.', [('amount', '364 مليون ريال', 364000000, 'QAR', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('ووقعت مسقط مع اليمن منحة بـ 38.45 مليون ريال (100 مليون دولار) لليمن.', [('amount', '38.45 مليون ريال', 38450000, 'OMR', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('وأودعت الإمارات لدى مصر 5 مليارات درهم (1.36 مليار دولار)، وقالت مصر إن مصر ممتنة.', [('amount', '5 مليارات درهم', 5000000000, 'AED', 'exact', None, None, None), ('amount', '1.36 مليار دولار', 1360000000, 'USD', 'exact', None, None, None)]),
    ('ومولت أبوظبي في المغرب مشاريع بقيمة 367 مليون درهم (100 مليون دولار) في الرباط والمغرب.', [('amount', '367 مليون درهم', 367000000, 'AED', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('وقدم الأردن للعراق قرضا بـ 70.9 مليون دينار (100 مليون دولار)، ورحب العراق وبغداد بالقرض.', [('amount', '70.9 مليون دينار', 70900000, 'JOD', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('ومولت المنامة في مصر مشروعا بـ 37.6 مليون دينار (100 مليون دولار) في مصر والقاهرة.', [('amount', '37.6 مليون دينار', 37600000, 'BHD', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('وقدمت السعودية لليمن 3.75 مليار ريال ( 1 مليار دولار ) عبر البنك المركزي اليمني.', [('amount', '3.75 مليار ريال', 3750000000, 'SAR', 'exact', None, None, None), ('amount', '1 مليار دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وقال البنك المركزي اليمني إن اليمن صرف 250 مليار ريال (مليار دولار) رواتب في عدن.', [('amount', '250 مليار ريال', 250000000000, 'YER', 'exact', None, None, None), ('amount', 'مليار دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وخصص اليمن 1.38 مليار ريال لبرامج الإغاثة في صنعاء.', [('amount', '1.38 مليار ريال', 1380000000, 'YER', 'exact', None, None, None)]),
    ('وقدمت السعودية لليمن 1.38 مليار ريال سعودي (368 مليون دولار).', [('amount', '1.38 مليار ريال سعودي', 1380000000, 'SAR', 'exact', None, None, None), ('amount', '368 مليون دولار', 368000000, 'USD', 'exact', None, None, None)]),
    ('وأعلن اليمن أن 1.38 مليار ريال (368 مليون يورو) وصلت إلى عدن.', [('amount', '1.38 مليار ريال', 1380000000, 'YER', 'exact', None, None, None), ('amount', '368 مليون يورو', 368000000, 'EUR', 'exact', None, None, None)]),
    ('وقال اليمن إن 1.38 مليار ريال وصلت، وإن (368 مليون دولار) أخرى تنتظر في عدن.', [('amount', '1.38 مليار ريال', 1380000000, 'YER', 'exact', None, None, None), ('amount', '368 مليون دولار', 368000000, 'USD', 'exact', None, None, None)]),
    ('وتلقى اليمن 364 مليون ريال (100 مليون دولار) و375 مليون ريال (100 مليون دولار) من مانحين.', [('amount', '364 مليون ريال', 364000000, 'YER', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None), ('amount', '375 مليون ريال', 375000000, 'YER', 'exact', None, None, None), ('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('وقالت مصر إن مصر تلقت 3.75 مليار جنيه (مليار دولار) من الخليج.', [('amount', '3.75 مليار جنيه', 3750000000, 'EGP', 'exact', None, None, None), ('amount', 'مليار دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وأعلن العراق أن العراق تسلم 1.3 تريليون دينار (مليار دولار) من النفط.', [('amount', '1.3 تريليون دينار', 1300000000000, 'IQD', 'exact', None, None, None), ('amount', 'مليار دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وقال المغرب إن المغرب سجل 10 مليارات درهم (مليار دولار) من السياحة.', [('amount', '10 مليارات درهم', 10000000000, 'MAD', 'exact', None, None, None), ('amount', 'مليار دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وقال اليمن إن اليمن تسلم 4 مليارات ريال (مليار دولار) من المانحين في عدن.', [('amount', '4 مليارات ريال', 4000000000, 'YER', 'exact', None, None, None), ('amount', 'مليار دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وقدمت السعودية لليمن 2 مليار ريال (نحو 533 مليون دولار) لدعم الموازنة في اليمن وعدن.', [('amount', '2 مليار ريال', 2000000000, 'SAR', 'exact', None, None, None), ('amount', 'نحو 533 مليون دولار', 533000000, 'USD', 'about', None, None, None)]),
]  # fmt: skip


CARRIED_CURRENCIES = [
    ('وبلغت الإيرادات 7 تريليونات جنيه سوداني (13.03 مليار دولار)، والإنفاق ثمانية تريليونات (14.5 مليار دولار).', [('amount', '7 تريليونات جنيه سوداني', 7000000000000, 'SDG', 'exact', None, None, None), ('amount', '13.03 مليار دولار', 13030000000, 'USD', 'exact', None, None, None), ('amount', 'ثمانية تريليونات', 8000000000000, 'SDG', 'exact', None, None, None), ('amount', '14.5 مليار دولار', 14500000000, 'USD', 'exact', None, None, None)]),
    ('وقدرت النفقات بـ 900 مليار دينار عراقي (600 مليون دولار) منها 300 مليار للرواتب.', [('amount', '900 مليار دينار عراقي', 900000000000, 'IQD', 'exact', None, None, None), ('amount', '600 مليون دولار', 600000000, 'USD', 'exact', None, None, None), ('amount', '300 مليار', 300000000000, 'IQD', 'exact', None, None, None)]),
    ('ورصدت (2571) مليون ريال سعودي و(300) مليون للصحة.', [('amount', '(2571) مليون ريال سعودي', 2571000000, 'SAR', 'exact', None, None, None), ('amount', '(300) مليون', 300000000, 'SAR', 'exact', None, None, None)]),
    ('وموّل المصرف الحكومة بـ 3 مليارات دينار ليبي، ووعد بـ 4 مليارات إضافية.', [('amount', '3 مليارات دينار ليبي', 3000000000, 'LYD', 'exact', None, None, None), ('amount', '4 مليارات', 4000000000, 'LYD', 'exact', None, None, None)]),
    ('وتعهدت فرنسا بـ1.2 مليار يورو وهولندا بـ60 مليونا وبلجيكا بـ30 مليونا.', [('amount', '1.2 مليار يورو', 1200000000, 'EUR', 'exact', None, None, None), ('amount', '60 مليونا', 60000000, 'EUR', 'exact', None, None, None), ('amount', '30 مليونا', 30000000, 'EUR', 'exact', None, None, None)]),
    ('وقدم البنك 900 مليون يورو، بينها 400 مليون من القروض الميسرة.', [('amount', '900 مليون يورو', 900000000, 'EUR', 'exact', None, None, None), ('amount', '400 مليون', 400000000, 'EUR', 'exact', None, None, None)]),
    ('وخصصت المنظمة 10 ملايين دولار لإغاثة 3 ملايين من النازحين.', [('amount', '10 ملايين دولار', 10000000, 'USD', 'exact', None, None, None), ('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وبلغت الموازنة 20 مليار دينار، صرف منها 9 مليارات لمشروعات الكهرباء في ليبيا.', [('amount', '20 مليار دينار', 20000000000, 'LYD', 'exact', None, None, None), ('amount', '9 مليارات', 9000000000, 'LYD', 'exact', None, None, None)]),
    ('ووقعت الشركة عقودا بقيمة 40 مليار دولار، منها 17 مليار للطائرات.', [('amount', '40 مليار دولار', 40000000000, 'USD', 'exact', None, None, None), ('amount', '17 مليار', 17000000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الإيرادات 4 تريليونات جنيه مصري، بينما تبلغ المصروفات 4.9 تريليون.', [('amount', '4 تريليونات جنيه مصري', 4000000000000, 'EGP', 'exact', None, None, None), ('amount', '4.9 تريليون', 4900000000000, 'EGP', 'exact', None, None, None)]),
    ('وخصص الصندوق 600 مليون يورو، من بينها 150 مليونا لقطاع الصحة.', [('amount', '600 مليون يورو', 600000000, 'EUR', 'exact', None, None, None), ('amount', '150 مليونا', 150000000, 'EUR', 'exact', None, None, None)]),
    ('وقدمت المملكة ملياري ريال سعودي، و500 مليون لدعم الوقود.', [('amount', 'ملياري ريال سعودي', 2000000000, 'SAR', 'exact', None, None, None), ('amount', '500 مليون', 500000000, 'SAR', 'exact', None, None, None)]),
    ('ورصدت الحكومة 12 مليار درهم إماراتي للنقل و3 مليارات للمياه.', [('amount', '12 مليار درهم إماراتي', 12000000000, 'AED', 'exact', None, None, None), ('amount', '3 مليارات', 3000000000, 'AED', 'exact', None, None, None)]),
    ('وبلغ الدين 90 مليار دولار، منها 30 مليارا.', [('amount', '90 مليار دولار', 90000000000, 'USD', 'exact', None, None, None), ('amount', '30 مليارا', 30000000000, 'USD', 'exact', None, None, None)]),
    ('وأقرض البنك تونس 300 مليون دينار تونسي، ويصرف نحو 100 مليون خلال العام.', [('amount', '300 مليون دينار تونسي', 300000000, 'TND', 'exact', None, None, None), ('amount', 'نحو 100 مليون', 100000000, 'TND', 'about', None, None, None)]),
    ('وتعهد المانحون بـ5 مليارات دولار، أكثر من ملياري منها في شكل منح.', [('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None), ('amount', 'أكثر من ملياري', 2000000000, 'USD', 'more_than', None, None, None)]),
    ('وقيمة المشروع 8 ملايين دينار كويتي، دفع منها 2 مليون في العام الأول.', [('amount', '8 ملايين دينار كويتي', 8000000, 'KWD', 'exact', None, None, None), ('amount', '2 مليون', 2000000, 'KWD', 'exact', None, None, None)]),
    ('وكانت الوديعة 3 مليارات دولار وتلتها منحة بمليار على الأقل.', [('amount', '3 مليارات دولار', 3000000000, 'USD', 'exact', None, None, None), ('amount', 'مليار على الأقل', 1000000000, 'USD', 'at_least', None, None, None)]),
    ('وبلغت الصادرات 5 مليارات دولار، ويبلغ عدد السكان 30 مليونا.', [('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None), ('amount', '30 مليونا', 30000000, None, 'exact', None, None, None)]),
    ('ورصدت المنظمة 10 ملايين دولار لإيواء 3 ملايين لاجئ.', [('amount', '10 ملايين دولار', 10000000, 'USD', 'exact', None, None, None), ('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وقدم الاتحاد 5 ملايين يورو. وفي العام الماضي قدم 3 ملايين.', [('amount', '5 ملايين يورو', 5000000, 'EUR', 'exact', None, None, None), ('date', 'العام الماضي', None, None, None, '2020', None, 'year'), ('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وصدرت الشركة 2 مليون برميل بقيمة 150 مليون دولار.', [('amount', '2 مليون', 2000000, None, 'exact', None, None, None), ('amount', '150 مليون دولار', 150000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الموازنة 20 مليار دولار بعجز نسبته 3 في المئة.', [('amount', '20 مليار دولار', 20000000000, 'USD', 'exact', None, None, None), ('percent', '3 في المئة', 3, None, 'exact', None, None, None)]),
    ('وأنفقت الوزارة 7 ملايين دولار على تطعيم مليوني شخص.', [('amount', '7 ملايين دولار', 7000000, 'USD', 'exact', None, None, None), ('amount', 'مليوني', 2000000, None, 'exact', None, None, None)]),
    ('وحصل العراق على مليار دولار، وينتج 4 ملايين برميل يوميا.', [('amount', 'مليار دولار', 1000000000, 'USD', 'exact', None, None, None), ('amount', '4 ملايين', 4000000, None, 'exact', None, None, None)]),
    ('وقدمت قطر 50 مليون دولار، وأرسلت 200 ألف طن من القمح.', [('amount', '50 مليون دولار', 50000000, 'USD', 'exact', None, None, None), ('amount', '200 ألف', 200000, None, 'exact', None, None, None)]),
    ('وخصصت 100 مليون دولار لبناء مدارس تستوعب مليون طالب.', [('amount', '100 مليون دولار', 100000000, 'USD', 'exact', None, None, None), ('amount', 'مليون', 1000000, None, 'exact', None, None, None)]),
    ('وتبلغ كلفة السد 4 مليارات دولار، ويخزن 74 مليار متر مكعب.', [('amount', '4 مليارات دولار', 4000000000, 'USD', 'exact', None, None, None), ('amount', '74 مليار', 74000000000, None, 'exact', None, None, None)]),
    ('وبلغ العجز 15 مليارا في 2020 قبل أن يصل الدين إلى 30 مليار دولار.', [('amount', '15 مليارا', 15000000000, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year'), ('amount', '30 مليار دولار', 30000000000, 'USD', 'exact', None, None, None)]),
]  # fmt: skip

# «و14.5 مليار الإنفاق الفعلي»: a scaled number before a word with «ال» names what the sum
# is, not what it counts, and takes the currency of the sum of money before it in its
# sentence. Near-misses: another sentence, people or goods after it («المواطنين»,
# «الأطنان»), a blocker between («عدد السكان», «لإيواء»).
CARRIED_BEFORE_A_LABEL = [
    ('ـ 13.9 مليار ريال عماني الإيرادات الفعلية و14.5 مليار الإنفاق الفعلي بنهاية 2014.', [('amount', '13.9 مليار ريال عماني', 13900000000, 'OMR', 'exact', None, None, None), ('amount', '14.5 مليار', 14500000000, 'OMR', 'exact', None, None, None), ('year', '2014', None, None, None, '2014', None, 'year')]),
    ('وبلغت 8 مليارات دينار كويتي الإيرادات النفطية و2 مليار الإيرادات غير النفطية.', [('amount', '8 مليارات دينار كويتي', 8000000000, 'KWD', 'exact', None, None, None), ('amount', '2 مليار', 2000000000, 'KWD', 'exact', None, None, None)]),
    ('• 5 مليارات دولار القروض الميسرة و3 مليارات المنح.', [('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None), ('amount', '3 مليارات', 3000000000, 'USD', 'exact', None, None, None)]),
    ('ورصدت 40 مليار جنيه مصري للصحة و25 مليارا التعليم الفني.', [('amount', '40 مليار جنيه مصري', 40000000000, 'EGP', 'exact', None, None, None), ('amount', '25 مليارا', 25000000000, 'EGP', 'exact', None, None, None)]),
    ('وسجلت 900 مليون يورو الصادرات، و300 مليون الواردات.', [('amount', '900 مليون يورو', 900000000, 'EUR', 'exact', None, None, None), ('amount', '300 مليون', 300000000, 'EUR', 'exact', None, None, None)]),
    ('وبلغ 12 مليار درهم إماراتي الدعم الحكومي و4 مليارات الاستثمار الأجنبي.', [('amount', '12 مليار درهم إماراتي', 12000000000, 'AED', 'exact', None, None, None), ('amount', '4 مليارات', 4000000000, 'AED', 'exact', None, None, None)]),
    ('وقدر 60 مليون دولار التمويل الأول و40 مليونا التمويل الثاني.', [('amount', '60 مليون دولار', 60000000, 'USD', 'exact', None, None, None), ('amount', '40 مليونا', 40000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت 7 مليارات ريال سعودي الأرباح الصافية و1.5 مليار التوزيعات النقدية.', [('amount', '7 مليارات ريال سعودي', 7000000000, 'SAR', 'exact', None, None, None), ('amount', '1.5 مليار', 1500000000, 'SAR', 'exact', None, None, None)]),
    ('وتضمنت الخطة 3 مليارات دولار المرحلة الأولى و2 مليار المرحلة الثانية.', [('amount', '3 مليارات دولار', 3000000000, 'USD', 'exact', None, None, None), ('amount', '2 مليار', 2000000000, 'USD', 'exact', None, None, None)]),
    ('وخصص 500 مليون جنيه مصري الدعم النقدي و200 مليون الدعم العيني.', [('amount', '500 مليون جنيه مصري', 500000000, 'EGP', 'exact', None, None, None), ('amount', '200 مليون', 200000000, 'EGP', 'exact', None, None, None)]),
    ('وكانت 15 مليار ليرة لبنانية الفوائد و10 مليارات الرواتب.', [('amount', '15 مليار ليرة لبنانية', 15000000000, 'LBP', 'exact', None, None, None), ('amount', '10 مليارات', 10000000000, 'LBP', 'exact', None, None, None)]),
    ('وبلغت 4 مليارات دولار المساعدات الإنسانية و1.2 مليار المساعدات التنموية.', [('amount', '4 مليارات دولار', 4000000000, 'USD', 'exact', None, None, None), ('amount', '1.2 مليار', 1200000000, 'USD', 'exact', None, None, None)]),
    ('وتوزعت 100 مليون يورو على المنح و50 مليونا القروض.', [('amount', '100 مليون يورو', 100000000, 'EUR', 'exact', None, None, None), ('amount', '50 مليونا', 50000000, 'EUR', 'exact', None, None, None)]),
    ('ومنح البنك 20 مليار دينار عراقي القطاع الخاص و10 مليارات المصارف الحكومية.', [('amount', '20 مليار دينار عراقي', 20000000000, 'IQD', 'exact', None, None, None), ('amount', '10 مليارات', 10000000000, 'IQD', 'exact', None, None, None)]),
    ('وبلغت الصادرات 5 مليارات دولار، ويبلغ عدد السكان 30 مليون النسمة.', [('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None), ('amount', '30 مليون', 30000000, None, 'exact', None, None, None)]),
    ('وقدمت المنظمة 10 ملايين دولار. و3 ملايين اللاجئين في المخيمات.', [('amount', '10 ملايين دولار', 10000000, 'USD', 'exact', None, None, None), ('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وبلغت المنحة 5 ملايين دولار لإيواء 3 ملايين النازحين.', [('amount', '5 ملايين دولار', 5000000, 'USD', 'exact', None, None, None), ('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وخصصت الحكومة 8 مليارات دولار، ويعمل 2 مليون العمال في القطاع.', [('amount', '8 مليارات دولار', 8000000000, 'USD', 'exact', None, None, None), ('amount', '2 مليون', 2000000, None, 'exact', None, None, None)]),
    ('ورصدت 50 مليون دولار لشراء 2 مليون الأطنان من القمح.', [('amount', '50 مليون دولار', 50000000, 'USD', 'exact', None, None, None), ('amount', '2 مليون', 2000000, None, 'exact', None, None, None)]),
    ('وبلغت القيمة 40 مليون دولار، و20 مليون المواطنين استفادوا منها.', [('amount', '40 مليون دولار', 40000000, 'USD', 'exact', None, None, None), ('amount', '20 مليون', 20000000, None, 'exact', None, None, None)]),
    ('وقال التقرير إن 3 ملايين الأسر تحتاج إلى مساعدة.', [('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وبلغت الموازنة 20 مليار دولار بعجز نسبته 3 في المئة الناتج.', [('amount', '20 مليار دولار', 20000000000, 'USD', 'exact', None, None, None), ('percent', '3 في المئة', 3, None, 'exact', None, None, None)]),
]  # fmt: skip


YEARS = [
    ('وتأسست الهيئة عام 2014م بمرسوم ملكي.', [('year', 'عام 2014م', None, None, None, '2014', None, 'year')]),
    ('وصدر النظام في 2014 م بعد موافقة المجلس.', [('year', '2014 م', None, None, None, '2014', None, 'year')]),
    ('وأقر المجلس الخطة في العام 1436هـ.', [('year', 'العام 1436هـ', None, None, None, '2014', '2015', 'year')]),
    ('وبلغت الميزانية (2015) مليون ريال.', [('amount', '(2015) مليون ريال', 2015000000, None, 'exact', None, None, None)]),
    ('وافتتح المستشفى عام 1440 هـ في المدينة.', [('year', 'عام 1440 هـ', None, None, None, '2018', '2019', 'year')]),
    ('وفي 2013 قررت الحكومة رفع الدعم.', [('year', '2013', None, None, None, '2013', None, 'year')]),
    ('ومنذ 2011 تعيش البلاد أزمة اقتصادية.', [('year', '2011', None, None, None, '2011', None, 'year')]),
    ('وبدأ المشروع في 2018، ثم توقف.', [('year', '2018', None, None, None, '2018', None, 'year')]),
    ('وسجلت المحافظة في 2000 حالة إصابة.', [('number', '2000', 2000, None, 'exact', None, None, None)]),
    ('وقال الوزير إن الخطة ستكتمل بحلول 2030.', [('year', '2030', None, None, None, '2030', None, 'year')]),
    ('وشهد عام ٢٠١٩ تراجعا في السياحة.', [('year', 'عام ٢٠١٩', None, None, None, '2019', None, 'year')]),
    ('ووقع الاتفاق خلال 2016 في جنيف.', [('year', '2016', None, None, None, '2016', None, 'year')]),
    ('واستقبل المخيم منذ 2000 عام أول قافلة.', [('number', '2000', 2000, None, 'exact', None, None, None)]),
    ('وصادق المجلس على القرار 2216 بشأن اليمن.', [('number', '2216', 2216, None, 'exact', None, None, None)]),
    ('واستند البيان إلى القرار رقم 1973 الصادر عن مجلس الأمن.', [('number', '1973', 1973, None, 'exact', None, None, None)]),
    ('وتعود الوثيقة إلى العام 1435 هـ.', [('year', 'العام 1435 هـ', None, None, None, '2013', '2014', 'year')]),
    ('وأطلق البرنامج مطلع 2015 في عمان.', [('year', '2015', None, None, None, '2015', None, 'year')]),
    ('وتم تسليم 2019 منزلا للأسر المتضررة.', [('number', '2019', 2019, None, 'exact', None, None, None)]),
    ('وصدر القانون رقم 10 لسنة 2018.', [('number', '10', 10, None, 'exact', None, None, None), ('year', 'سنة 2018', None, None, None, '2018', None, 'year')]),
    ('وارتفعت الأسعار قبل 2020 بشكل ملحوظ.', [('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وأعلنت الرؤية في 1437هـ الموافق 2016م.', [('year', '1437هـ', None, None, None, '2015', '2016', 'year'), ('year', '2016م', None, None, None, '2016', None, 'year')]),
    ('وانطلقت الخطة أواخر ٢٠١٢م.', [('year', '٢٠١٢م', None, None, None, '2012', None, 'year')]),
]  # fmt: skip

YEAR_SPANS = [
    ('وبلغت موازنة 2015 - 2016 نحو 800 مليار جنيه.', [('year', '2015 - 2016', None, None, None, '2015', '2016', 'year'), ('amount', 'نحو 800 مليار جنيه', 800000000000, None, 'about', None, None, None)]),
    ('وتغطي الخطة الفترة 2015– 2016 بأكملها.', [('year', '2015– 2016', None, None, None, '2015', '2016', 'year')]),
    ('وأقرت الحكومة موازنة 2015/2016 أمس.', [('year', '2015/2016', None, None, None, '2015', '2016', 'year'), ('date', 'أمس', None, None, None, '2021-06-23', None, 'day')]),
    ('وبلغ العجز في العام المالي 2014 - 2015 نحو 10 في المئة.', [('year', 'العام المالي 2014 - 2015', None, None, None, '2014', '2015', 'year'), ('percent', 'نحو 10 في المئة', 10, None, 'about', None, None, None)]),
    ('وارتفع الإنفاق في السنة المالية 2010 - 2011.', [('year', 'السنة المالية 2010 - 2011', None, None, None, '2010', '2011', 'year')]),
    ('وتنفذ الاستراتيجية من 2015 إلى 2019م.', [('year', '2015 إلى 2019م', None, None, None, '2015', '2019', 'year')]),
    ('وتراجعت الصادرات خلال الفترة ٢٠١٠-٢٠١٤.', [('year', '٢٠١٠-٢٠١٤', None, None, None, '2010', '2014', 'year')]),
    ('ويبدأ العام المالي 2020/2021 في يوليو المقبل.', [('year', 'العام المالي 2020/2021', None, None, None, '2020', '2021', 'year'), ('date', 'يوليو المقبل', None, None, None, '2021-07', None, 'month')]),
    ('وأقر البرلمان موازنة 2019/20 بعد نقاش طويل.', [('year', '2019/20', None, None, None, '2019', '2020', 'year')]),
    ('وتمتد الخطة من عام 2021 حتى عام 2025.', [('year', 'عام 2021 حتى عام 2025', None, None, None, '2021', '2025', 'year')]),
    ('واعتمد المجلس الوثيقة S/2015/2016 بالأمس.', [('number', '2015', 2015, None, 'exact', None, None, None), ('number', '2016', 2016, None, 'exact', None, None, None), ('date', 'الأمس', None, None, None, '2021-06-23', None, 'day')]),
    ('ووثقت البعثة الحوادث بين 2012 و2014.', [('year', '2012 و2014', None, None, None, '2012', '2014', 'year')]),
    ('وتغطي الدراسة الأعوام 2000 - 2010.', [('year', 'الأعوام 2000 - 2010', None, None, None, '2000', '2010', 'year')]),
    ('وصدر تقرير العام المالي ٢٠٢٢/٢٠٢٣ متأخرا.', [('year', 'العام المالي ٢٠٢٢/٢٠٢٣', None, None, None, '2022', '2023', 'year')]),
    ('وتنتهي الخطة الخمسية 2016–2020 هذا العام.', [('year', '2016–2020', None, None, None, '2016', '2020', 'year'), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('وبلغت الإيرادات للسنة المالية 2018 ـ 2019 نحو 20 مليار دينار.', [('year', 'للسنة المالية 2018 ـ 2019', None, None, None, '2018', '2019', 'year'), ('amount', 'نحو 20 مليار دينار', 20000000000, None, 'about', None, None, None)]),
    ('وامتدت الأزمة من 2011 إلى 2014.', [('year', '2011 إلى 2014', None, None, None, '2011', '2014', 'year')]),
    ('وارتفع عدد الطلاب من 2000 إلى 3000 طالب.', [('number', '2000', 2000, None, 'exact', None, None, None), ('number', '3000', 3000, None, 'exact', None, None, None)]),
    ('وشملت المرحلة 1436/1437هـ عددا من المشروعات.', [('year', '1436/1437هـ', None, None, None, '2014', '2016', 'year')]),
    ('وتصدر النشرة للفترة 2023 - 2024 مطلع الشهر.', [('year', '2023 - 2024', None, None, None, '2023', '2024', 'year'), ('date', 'مطلع الشهر', None, None, None, '2021-06', None, 'month')]),
    ('وبلغ الرقم 2015-2010 في الجدول.', [('number', '2015', 2015, None, 'exact', None, None, None), ('number', '2010', 2010, None, 'exact', None, None, None)]),
]  # fmt: skip

SHORT_FISCAL_YEARS = [
    ('وتتوقع البحرين عجزا في ميزانيتي عامي 02/2003 و03/2004.', [('year', 'عامي 02/2003', None, None, None, '2002', '2003', 'year'), ('year', '03/2004', None, None, None, '2003', '2004', 'year')]),
    ('وبلغ العجز في ميزانية عام 02/2003 نحو 317 مليون دينار بحريني.', [('year', 'عام 02/2003', None, None, None, '2002', '2003', 'year'), ('amount', 'نحو 317 مليون دينار بحريني', 317000000, 'BHD', 'about', None, None, None)]),
    ('وتوقعت الحكومة عجزا للعامين الماليين 00/2001 و01/2002.', [('year', 'للعامين الماليين 00/2001', None, None, None, '2000', '2001', 'year'), ('year', '01/2002', None, None, None, '2001', '2002', 'year')]),
    ('وأقرت موازنة العام المالي 19/2020 بعجز كبير.', [('year', 'العام المالي 19/2020', None, None, None, '2019', '2020', 'year')]),
    ('وتغطي الخطة السنة المالية 09/2010 كاملة.', [('year', 'السنة المالية 09/2010', None, None, None, '2009', '2010', 'year')]),
    ('وارتفع الإنفاق في عام 99/2000 بشكل لافت.', [('year', 'عام 99/2000', None, None, None, '1999', '2000', 'year')]),
    ('وصدرت أرقام للعام 14/2015 أمس.', [('year', 'للعام 14/2015', None, None, None, '2014', '2015', 'year'), ('date', 'أمس', None, None, None, '2021-06-23', None, 'day')]),
    ('وناقش البرلمان حسابات سنة 17/2018.', [('year', 'سنة 17/2018', None, None, None, '2017', '2018', 'year')]),
    ('وتراجعت الإيرادات بين عامي 10/2011 و11/2012.', [('year', 'عامي 10/2011', None, None, None, '2010', '2011', 'year'), ('year', '11/2012', None, None, None, '2011', '2012', 'year')]),
    ('وتمت الموافقة على ميزانية العام 20/2021 بالإجماع.', [('year', 'العام 20/2021', None, None, None, '2020', '2021', 'year')]),
    ('ووقع العقد في 01/2002 بالعاصمة.', [('date', '01/2002', None, None, None, '2002-01', None, 'month')]),
    ('وبلغت الحصة 15/2003 في التقرير.', [('number', '15', 15, None, 'exact', None, None, None), ('number', '2003', 2003, None, 'exact', None, None, None)]),
    ('وانتهت الأعمال في 12/2020 كما كان مقررا.', [('date', '12/2020', None, None, None, '2020-12', None, 'month')]),
    ('وأعلنت نتائج عام 05/2003 المعدلة.', [('date', '05/2003', None, None, None, '2003-05', None, 'month')]),
    ('وبلغت النسبة 02/2003 في التقرير.', [('date', '02/2003', None, None, None, '2003-02', None, 'month')]),
    ('وسجل العجز عام 2003 و04/2005 رقما قياسيا.', [('year', 'عام 2003', None, None, None, '2003', None, 'year'), ('date', '04/2005', None, None, None, '2005-04', None, 'month')]),
    ('وبلغ العجز 708 ملايين دينار بحريني في 2019 و613 مليونا في 2020.', [('amount', '708 ملايين دينار بحريني', 708000000, 'BHD', 'exact', None, None, None), ('year', '2019', None, None, None, '2019', None, 'year'), ('amount', '613 مليونا', 613000000, 'BHD', 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وتوقعت الحكومة إيرادات بـ2.7 مليار دينار في 2019 و2.8 مليار في 2020.', [('amount', '2.7 مليار دينار', 2700000000, None, 'exact', None, None, None), ('year', '2019', None, None, None, '2019', None, 'year'), ('amount', '2.8 مليار', 2800000000, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وتراوح عدد المتقدمين من 2000 إلى 3000 طالب.', [('number', '2000', 2000, None, 'exact', None, None, None), ('number', '3000', 3000, None, 'exact', None, None, None)]),
    ('وسجلت الإحصاءات في 2000 و3000 حالة على التوالي.', [('number', '2000', 2000, None, 'exact', None, None, None), ('number', '3000', 3000, None, 'exact', None, None, None)]),
    ('وعدلت الحكومة موازنة العامين الماليين 2019/2020 و2020/2021.', [('year', 'العامين الماليين 2019/2020', None, None, None, '2019', '2020', 'year'), ('year', '2020/2021', None, None, None, '2020', '2021', 'year')]),
]  # fmt: skip

MONTH_PAIRS = [
    ('وعقد المؤتمر في آذار (مارس) الماضي.', [('date', 'آذار (مارس) الماضي', None, None, None, '2021-03', None, 'month')]),
    ('ويبدأ التسجيل في أغسطس (آب) 2021.', [('date', 'أغسطس (آب) 2021', None, None, None, '2021-08', None, 'month')]),
    ('وأعلنت الحكومة الخطة في يونيو حزيران 2020.', [('date', 'يونيو حزيران 2020', None, None, None, '2020-06', None, 'month')]),
    ('وبلغ التضخم ذروته في يناير كانون الثاني 2022.', [('date', 'يناير كانون الثاني 2022', None, None, None, '2022-01', None, 'month')]),
    ('وتبدأ السنة المالية في الأول من تموز (يوليو).', [('date', 'الأول من تموز (يوليو)', None, None, None, '2021-07-01', None, 'day')]),
    ('وتنتهي المهلة في الخامس عشر من كانون الأول 2021.', [('date', 'الخامس عشر من كانون الأول 2021', None, None, None, '2021-12-15', None, 'day')]),
    ('ووصل الوفد في العاشر من شهر مارس 2020.', [('date', 'العاشر من شهر مارس 2020', None, None, None, '2020-03-10', None, 'day')]),
    ('وفي شهر أيار أطلقت الوزارة الحملة.', [('date', 'أيار', None, None, None, '2021-05', None, 'month')]),
    ('ووقعت الاتفاقية في 15 آذار (مارس) 2019.', [('date', '15 آذار (مارس) 2019', None, None, None, '2019-03-15', None, 'day')]),
    ('وتم التوقيع في تشرين الأول (أكتوبر) 2018.', [('date', 'تشرين الأول (أكتوبر) 2018', None, None, None, '2018-10', None, 'month')]),
    ('وسيعقد الاجتماع في سبتمبر أيلول المقبل.', [('date', 'سبتمبر أيلول المقبل', None, None, None, '2021-09', None, 'month')]),
    ('وأعلن الاتفاق في أول يوليو المقبل.', [('date', 'أول يوليو المقبل', None, None, None, '2021-07-01', None, 'day')]),
    ('ووقع الحادث في 3 نيسان أبريل 2017.', [('date', '3 نيسان أبريل 2017', None, None, None, '2017-04-03', None, 'day')]),
    ('وقال أبو محمد إن آب البيت كان غائبا.', []),
    ('وانتهت الجولة في الحادي والعشرين من شباط (فبراير) 2016.', [('date', 'الحادي والعشرين من شباط (فبراير) 2016', None, None, None, '2016-02-21', None, 'day')]),
    ('وأغلقت الحدود في ديسمبر كانون الأول الماضي.', [('date', 'ديسمبر كانون الأول الماضي', None, None, None, '2020-12', None, 'month')]),
    ('وتبدأ الإجازة في مايو أيار.', [('date', 'مايو أيار', None, None, None, '2021-05', None, 'month')]),
    ('ووصل الأول من المتسابقين إلى القاهرة.', []),
    ('وصدر العدد الثاني من المجلة.', []),
    ('وتم التسليم في 20 أذار 2021.', [('date', '20 أذار 2021', None, None, None, '2021-03-20', None, 'day')]),
    ('ونشر التقرير في اذار الماضي.', [('date', 'اذار الماضي', None, None, None, '2021-03', None, 'month')]),
    ('وعقدت القمة في تموز/يوليو 2019.', [('date', 'تموز/يوليو 2019', None, None, None, '2019-07', None, 'month')]),
]  # fmt: skip

RELATIVE_DATES = [
    ('وقال الوزير أمس الخميس إن الحكومة ستدفع الرواتب.', [('date', 'أمس الخميس', None, None, None, '2021-06-23', None, 'day')]),
    ('وتعقد الجلسة الخميس المقبل في البرلمان.', [('date', 'الخميس المقبل', None, None, None, '2021-07-01', None, 'day')]),
    ('واجتمع المجلس الأحد الماضي في عمان.', [('date', 'الأحد الماضي', None, None, None, '2021-06-20', None, 'day')]),
    ('وسافر الوفد الأسبوع الماضي إلى جنيف.', [('date', 'الأسبوع الماضي', None, None, None, '2021-W24', None, 'week')]),
    ('وأعلنت الوزارة قبل ثلاثة أشهر عن الخطة.', [('date', 'قبل ثلاثة أشهر', None, None, None, '2021-03', None, 'month')]),
    ('وارتفعت الأسعار خلال النصف الأول من العام.', [('date', 'النصف الأول من العام', None, None, None, '2021-01', '2021-06', 'month')]),
    ('وتراجعت المبيعات في الربع الثالث من العام الماضي.', [('date', 'الربع الثالث من العام الماضي', None, None, None, '2020-07', '2020-09', 'month')]),
    ('وصدر القرار قبل عامين بعد نقاش طويل.', [('date', 'قبل عامين', None, None, None, '2019', None, 'year')]),
    ('وبدأ المشروع منذ 5 سنوات تقريبا.', [('date', 'منذ 5 سنوات', None, None, None, '2016', None, 'year')]),
    ('وعاد السفير قبل أسبوعين إلى بلاده.', [('date', 'قبل أسبوعين', None, None, None, '2021-W23', None, 'week')]),
    ('وقال محمد خميس إن الحصة زادت.', []),
    ('وتحدث الجمعة محمد عن خطته.', [('date', 'الجمعة', None, None, None, '2021-06-18', None, 'day')]),
    ('وأغلق المعبر قبل ثلاثة أشهر من الانتخابات.', [('number', 'ثلاثة', 3, None, 'exact', None, None, None)]),
    ('وأطلقت الحملة اليوم الأحد في الرياض.', [('date', 'اليوم الأحد', None, None, None, '2021-06-24', None, 'day')]),
    ('وبلغ النمو 3 في المئة في النصف الثاني من 2019.', [('percent', '3 في المئة', 3, None, 'exact', None, None, None), ('date', 'النصف الثاني من 2019', None, None, None, '2019-07', '2019-12', 'month')]),
    ('وتعهد المانحون الشهر الماضي بمبالغ كبيرة.', [('date', 'الشهر الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وعاد اللاجئون منذ شهرين إلى قراهم.', [('date', 'منذ شهرين', None, None, None, '2021-04', None, 'month')]),
    ('وسيعود الوزير الجمعة المقبلة إلى القاهرة.', [('date', 'الجمعة المقبلة', None, None, None, '2021-06-25', None, 'day')]),
    ('وأعلنت النتائج قبل يومين.', [('date', 'قبل يومين', None, None, None, '2021-06-22', None, 'day')]),
    ('ومن المقرر أن تنتهي الأعمال العام المقبل.', [('date', 'العام المقبل', None, None, None, '2022', None, 'year')]),
    ('وقال المسؤول إن الحساب أغلق قبل عام.', [('date', 'قبل عام', None, None, None, '2020', None, 'year')]),
    ('وقتل ثلاثة أشخاص أول أمس الثلاثاء.', [('number', 'ثلاثة', 3, None, 'exact', None, None, None), ('date', 'أول أمس الثلاثاء', None, None, None, '2021-06-22', None, 'day')]),
]  # fmt: skip

WEEKDAYS_ALONE = [
    ('نشر الخبر الجمعة 22 أيلول 2017 في بيروت.', [('date', '22 أيلول 2017', None, None, None, '2017-09-22', None, 'day')]),
    ('تم نشره السبت، 18 شباط / فبراير 2023 مساء.', [('date', '18 شباط / فبراير 2023', None, None, None, '2023-02-18', None, 'day')]),
    ('وأعلنت الجمعية أن يوم غد الثلاثاء سيكون يوما للتبرع.', [('date', 'يوم غد الثلاثاء', None, None, None, '2021-06-25', None, 'day')]),
    ('ويتطلع الشباب إلى غد أفضل.', []),
    ('وقال وزير التخطيط الثلاثاء إن المنحة وصلت.', [('date', 'الثلاثاء', None, None, None, '2021-06-22', None, 'day')]),
    ('وأعلنت الحكومة الأحد عن خطة للتقشف.', [('date', 'الأحد', None, None, None, '2021-06-20', None, 'day')]),
    ('ووقع الطرفان الاتفاق يوم الأربعاء في العاصمة.', [('date', 'يوم الأربعاء', None, None, None, '2021-06-23', None, 'day')]),
    ('وأقر البرلمان الموازنة الخميس بالأغلبية.', [('date', 'الخميس', None, None, None, '2021-06-24', None, 'day')]),
    ('وعاد الوفد إلى بلاده السبت بعد جولة طويلة.', [('date', 'السبت', None, None, None, '2021-06-19', None, 'day')]),
    ('وقالت الوزارة في بيان الإثنين إن القرض أقر.', [('date', 'الإثنين', None, None, None, '2021-06-21', None, 'day')]),
    ('وصرح المتحدث للصحفيين الاثنين بأن الدفعة الأولى صرفت.', [('date', 'الاثنين', None, None, None, '2021-06-21', None, 'day')]),
    ('وسيعقد المانحون مؤتمرهم السبت في جنيف.', [('date', 'السبت', None, None, None, '2021-06-26', None, 'day')]),
    ('وستبدأ المفاوضات الرسمية الأحد في الدوحة.', [('date', 'الأحد', None, None, None, '2021-06-27', None, 'day')]),
    ('وسيصل الوزير يوم الثلاثاء إلى عمان.', [('date', 'يوم الثلاثاء', None, None, None, '2021-06-29', None, 'day')]),
    ('وبحث الجانبان، الأربعاء، سبل التعاون.', [('date', 'الأربعاء', None, None, None, '2021-06-23', None, 'day')]),
    ('وتسلم البنك الوديعة والجمعة وصلت الدفعة الثانية.', [('date', 'الجمعة', None, None, None, '2021-06-18', None, 'day')]),
    ('وقال الوزير أمس الأربعاء إن العجز تراجع.', [('date', 'أمس الأربعاء', None, None, None, '2021-06-23', None, 'day')]),
    ('وتعقد الجلسة الثلاثاء المقبل.', [('date', 'الثلاثاء المقبل', None, None, None, '2021-06-29', None, 'day')]),
    ('وأدى الرئيس صلاة الجمعة في المسجد الكبير.', []),
    ('وألقى خطبة الجمعة إمام المسجد.', []),
    ('وقال محمد خميس إن المشروع تأخر.', []),
    ('وفاز الفريق بفضل الأحد عشر لاعبا.', [('number', 'عشر', 10, None, 'exact', None, None, None)]),
    ('ولا فرق بين الاثنين في الرأي.', []),
    ('وحضر الاثنين معا إلى الاجتماع.', []),
    ('وتم الاتفاق دون أن يحدد الخميس موعدا.', [('date', 'الخميس', None, None, None, '2021-06-24', None, 'day')]),
]  # fmt: skip

DAY_SPANS = [
    ('وتغطي المنحة الفترة من 1 يناير وحتى 30 يونيو 2025.', [('date', '1 يناير وحتى 30 يونيو 2025', None, None, None, '2025-01-01', '2025-06-30', 'day')]),
    ('ويمتد البرنامج من 1 يوليو حتى 31 ديسمبر 2022.', [('date', '1 يوليو حتى 31 ديسمبر 2022', None, None, None, '2022-07-01', '2022-12-31', 'day')]),
    ('وتقبل الطلبات من 15 مارس إلى 15 أبريل 2024.', [('date', '15 مارس إلى 15 أبريل 2024', None, None, None, '2024-03-15', '2024-04-15', 'day')]),
    ('وتجري الانتخابات من 10 إلى 12 نوفمبر 2022.', [('date', '10 إلى 12 نوفمبر 2022', None, None, None, '2022-11-10', '2022-11-12', 'day')]),
    ('وينعقد المعرض 10 - 12 نوفمبر 2022 في الرياض.', [('date', '10 - 12 نوفمبر 2022', None, None, None, '2022-11-10', '2022-11-12', 'day')]),
    ('وشملت الإحصاءات الفترة 1 يناير-31 مارس 2019.', [('date', '1 يناير-31 مارس 2019', None, None, None, '2019-01-01', '2019-03-31', 'day')]),
    ('وتستمر الحملة من 3 آب ولغاية 30 أيلول 2020.', [('date', '3 آب ولغاية 30 أيلول 2020', None, None, None, '2020-08-03', '2020-09-30', 'day')]),
    ('ويسري القرار من 1 كانون الثاني حتى 31 آذار 2023.', [('date', '1 كانون الثاني حتى 31 آذار 2023', None, None, None, '2023-01-01', '2023-03-31', 'day')]),
    ('وتمتد السنة المالية من 1 يوليو إلى 30 يونيو من العام 2021.', [('date', '1 يوليو إلى 30 يونيو من العام 2021', None, None, None, '2020-07-01', '2021-06-30', 'day')]),
    ('ونفذت الأعمال من 5 جانفي الى 20 فيفري 2024.', [('date', '5 جانفي الى 20 فيفري 2024', None, None, None, '2024-01-05', '2024-02-20', 'day')]),
    ('وأغلق المعبر من 2 إلى 9 أغسطس 2023 ثم أعيد فتحه.', [('date', '2 إلى 9 أغسطس 2023', None, None, None, '2023-08-02', '2023-08-09', 'day')]),
    ('ويستمر التسجيل من 1 حتى 15 سبتمبر 2025.', [('date', '1 حتى 15 سبتمبر 2025', None, None, None, '2025-09-01', '2025-09-15', 'day')]),
    ('وصرفت الدفعات من 1 مايو وحتى 31 مايو 2021.', [('date', '1 مايو وحتى 31 مايو 2021', None, None, None, '2021-05-01', '2021-05-31', 'day')]),
    ('وتعقد الدورة من 20 إلى 25 شهر مارس 2026.', [('date', '20 إلى 25 شهر مارس 2026', None, None, None, '2026-03-20', '2026-03-25', 'day')]),
    ('وامتدت المهلة من 1 أكتوبر 2020 حتى 30 يونيو 2021.', [('date', '1 أكتوبر 2020', None, None, None, '2020-10-01', None, 'day'), ('date', '30 يونيو 2021', None, None, None, '2021-06-30', None, 'day')]),
    ('ووصلت الشحنة في 24 ديسمبر 2021 حتى الميناء.', [('date', '24 ديسمبر 2021', None, None, None, '2021-12-24', None, 'day')]),
    ('وقدم البنك من 5 إلى 10 ملايين دولار.', [('amount', '5', 5000000, 'USD', 'exact', None, None, None), ('amount', '10 ملايين دولار', 10000000, 'USD', 'exact', None, None, None)]),
    ('وفاز الفريق 3 - 1 في مارس 2020.', [('number', '3', 3, None, 'exact', None, None, None), ('number', '1', 1, None, 'exact', None, None, None), ('date', 'مارس 2020', None, None, None, '2020-03', None, 'month')]),
    ('وتسلم الدفعة الأولى في 10 يناير.', [('date', '10 يناير', None, None, None, '2021-01-10', None, 'day')]),
    ('وعقدت الجلسات في 23/6/2021 و24/6/2021.', [('date', '23/6/2021', None, None, None, '2021-06-23', None, 'day'), ('date', '24/6/2021', None, None, None, '2021-06-24', None, 'day')]),
    ('ومن 1 إلى 31 فبراير 2023 لا يوجد يوم كهذا.', [('number', '1', 1, None, 'exact', None, None, None), ('number', '31', 31, None, 'exact', None, None, None), ('date', 'فبراير 2023', None, None, None, '2023-02', None, 'month')]),
]  # fmt: skip

MONTHS_OF_A_RELATIVE_YEAR = [
    ('واندلعت الاشتباكات منذ منتصف أبريل من العام الماضي.', [('date', 'أبريل من العام الماضي', None, None, None, '2020-04', None, 'month')]),
    ('ويبدأ التشغيل في سبتمبر من العام الجاري.', [('date', 'سبتمبر من العام الجاري', None, None, None, '2021-09', None, 'month')]),
    ('وتنتهي الأعمال في مارس من العام المقبل.', [('date', 'مارس من العام المقبل', None, None, None, '2022-03', None, 'month')]),
    ('وتوقفت الصادرات في أكتوبر من السنة الماضية.', [('date', 'أكتوبر من السنة الماضية', None, None, None, '2020-10', None, 'month')]),
    ('وصرفت الدفعة في 5 مارس من العام المقبل.', [('date', '5 مارس من العام المقبل', None, None, None, '2022-03-05', None, 'day')]),
    ('وأبرم الاتفاق في 12 ديسمبر من العام الماضي.', [('date', '12 ديسمبر من العام الماضي', None, None, None, '2020-12-12', None, 'day')]),
    ('ووقع العقد في أغسطس من العام الماضي.', [('date', 'أغسطس من العام الماضي', None, None, None, '2020-08', None, 'month')]),
    ('وتعقد القمة في تشرين الأول من العام الجاري.', [('date', 'تشرين الأول من العام الجاري', None, None, None, '2021-10', None, 'month')]),
    ('وافتتح المصنع في آذار من العام الفائت.', [('date', 'آذار من العام الفائت', None, None, None, '2020-03', None, 'month')]),
    ('وتصل الشحنة مطلع يناير من العام القادم.', [('date', 'يناير من العام القادم', None, None, None, '2022-01', None, 'month')]),
    ('وأعلنت النتائج أواخر فبراير من العام الحالي.', [('date', 'فبراير من العام الحالي', None, None, None, '2021-02', None, 'month')]),
    ('وتراجع التضخم في ماي من السنة الجارية.', [('date', 'ماي من السنة الجارية', None, None, None, '2021-05', None, 'month')]),
    ('وحل الجفاف في جويلية من السنة المنصرمة.', [('date', 'جويلية من السنة المنصرمة', None, None, None, '2020-07', None, 'month')]),
    ('وعاد الوفد في الأول من يونيو من العام الماضي.', [('date', 'الأول من يونيو من العام الماضي', None, None, None, '2020-06-01', None, 'day')]),
    ('ووقعت الاتفاقية في يناير من عام 2019.', [('date', 'يناير من عام 2019', None, None, None, '2019-01', None, 'month')]),
    ('وارتفعت الأسعار في أبريل الماضي.', [('date', 'أبريل الماضي', None, None, None, '2021-04', None, 'month')]),
    ('وتصل الدفعة في يناير المقبل.', [('date', 'يناير المقبل', None, None, None, '2022-01', None, 'month')]),
    ('وسافر الوفد في 1 مارس من العام.', [('date', '1 مارس', None, None, None, '2021-03-01', None, 'day')]),
    ('وقال آب من العائلة إن المنزل دمر.', []),
    ('وتحدث أيار من العام الماضي عن الحرب.', [('date', 'أيار من العام الماضي', None, None, None, '2020-05', None, 'month')]),
    ('ونشر التقرير في يوليو من هذا العام.', [('date', 'يوليو من هذا العام', None, None, None, '2021-07', None, 'month')]),
]  # fmt: skip

AMOUNT_RANGES = [
    ('ويتراوح الحد الأقصى للمنحة بين الـ20 والـ50 ألف دولار.', [('amount', 'بين الـ20', 20000, 'USD', 'at_least', None, None, None), ('amount', '50 ألف دولار', 50000, 'USD', 'at_most', None, None, None)]),
    ('وتتراوح القروض ما بين الـ5 والـ10 ملايين دينار كويتي.', [('amount', 'ما بين الـ5', 5000000, 'KWD', 'at_least', None, None, None), ('amount', '10 ملايين دينار كويتي', 10000000, 'KWD', 'at_most', None, None, None)]),
    ('ويتراوح النمو بين الـ3 والـ5 في المئة.', [('percent', 'بين الـ3', 3, None, 'at_least', None, None, None), ('percent', '5 في المئة', 5, None, 'at_most', None, None, None)]),
    ('وتبلغ كلفة المشروع بين 750 و800 مليون دولار.', [('amount', 'بين 750', 750000000, 'USD', 'at_least', None, None, None), ('amount', '800 مليون دولار', 800000000, 'USD', 'at_most', None, None, None)]),
    ('ويحتاج القطاع بين 2 و3 مليارات يورو.', [('amount', 'بين 2', 2000000000, 'EUR', 'at_least', None, None, None), ('amount', '3 مليارات يورو', 3000000000, 'EUR', 'at_most', None, None, None)]),
    ('وتتراوح الرواتب بين الـ400 والـ600 دينار أردني.', [('amount', 'بين الـ400', 400, 'JOD', 'at_least', None, None, None), ('amount', '600 دينار أردني', 600, 'JOD', 'at_most', None, None, None)]),
    ('وخسر السوق ما بين 10 و15 في المئة من قيمته.', [('percent', 'ما بين 10', 10, None, 'at_least', None, None, None), ('percent', '15 في المئة', 15, None, 'at_most', None, None, None)]),
    ('وتقدر الأضرار بين 5 إلى 7 مليارات دولار.', [('amount', 'بين 5', 5000000000, 'USD', 'at_least', None, None, None), ('amount', '7 مليارات دولار', 7000000000, 'USD', 'at_most', None, None, None)]),
    ('ويتراوح سعر الصرف بين 205 ريالات و210 ريالات يمني.', [('amount', 'بين 205 ريالات', 205, 'YER', 'at_least', None, None, None), ('amount', '210 ريالات يمني', 210, 'YER', 'at_most', None, None, None)]),
    ('وتراوحت التبرعات بين الـ100 والـ200 ألف درهم إماراتي.', [('amount', 'بين الـ100', 100000, 'AED', 'at_least', None, None, None), ('amount', '200 ألف درهم إماراتي', 200000, 'AED', 'at_most', None, None, None)]),
    ('وتتراوح المنح ما بين الـ1 والـ2 مليون جنيه مصري.', [('amount', 'ما بين الـ1', 1000000, 'EGP', 'at_least', None, None, None), ('amount', '2 مليون جنيه مصري', 2000000, 'EGP', 'at_most', None, None, None)]),
    ('ويتطلب الإعمار بين 15 و20 مليار دولار أمريكي.', [('amount', 'بين 15', 15000000000, 'USD', 'at_least', None, None, None), ('amount', '20 مليار دولار أمريكي', 20000000000, 'USD', 'at_most', None, None, None)]),
    ('وقدرت الخسائر بين الـ30 والـ40 مليون يورو.', [('amount', 'بين الـ30', 30000000, 'EUR', 'at_least', None, None, None), ('amount', '40 مليون يورو', 40000000, 'EUR', 'at_most', None, None, None)]),
    ('وبلغت نسبة البطالة بين الـ12 والـ14 بالمئة.', [('percent', 'بين الـ12', 12, None, 'at_least', None, None, None), ('percent', '14 بالمئة', 14, None, 'at_most', None, None, None)]),
    ('ويتراوح عدد المصابين بين الـ20 والـ30.', [('number', 'بين الـ20', 20, None, 'at_least', None, None, None), ('number', '30', 30, None, 'at_most', None, None, None)]),
    ('ويعمل في المصنع بين 300 و400 عامل.', [('number', 'بين 300', 300, None, 'at_least', None, None, None), ('number', '400', 400, None, 'at_most', None, None, None)]),
    ('وزار المعرض بين الـ5 والـ6 آلاف شخص.', [('amount', 'بين الـ5', 5000, None, 'at_least', None, None, None), ('amount', '6 آلاف', 6000, None, 'at_most', None, None, None)]),
    ('وقارن التقرير بين الأعوام 2019 و2020.', [('year', 'الأعوام 2019', None, None, None, '2019', None, 'year'), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وصادق البرلمان على قرض بقيمة 200 مليون دولارأمريكي.', [('amount', '200 مليون دولارأمريكي', 200000000, 'USD', 'exact', None, None, None)]),
    ('وأودعت الحكومة 50 مليون دولارأمريكي في البنك.', [('amount', '50 مليون دولارأمريكي', 50000000, 'USD', 'exact', None, None, None)]),
    ('والفرق بين الـ5 ملايين دولار المعلنة والمبلغ المدفوع كبير.', [('amount', '5 ملايين دولار', 5000000, 'USD', 'exact', None, None, None)]),
]  # fmt: skip

MONTHS_AFTER_A_PREPOSITION = [
    ('وأنفقت الحكومة 80 مليارا منذ بداية العام حتى سبتمبر.', [('amount', '80 مليارا', 80000000000, None, 'exact', None, None, None), ('date', 'بداية العام', None, None, None, '2021', None, 'year'), ('date', 'سبتمبر', None, None, None, '2021-09', None, 'month')]),
    ('وتوقفت الرحلات منذ مارس بسبب الجائحة.', [('date', 'مارس', None, None, None, '2021-03', None, 'month')]),
    ('ويبدأ العمل بالقانون في نوفمبر.', [('date', 'نوفمبر', None, None, None, '2021-11', None, 'month')]),
    ('وتسلمت الوزارة الدفعة الأولى في يناير.', [('date', 'يناير', None, None, None, '2021-01', None, 'month')]),
    ('وتنتهي المرحلة الثانية في ديسمبر.', [('date', 'ديسمبر', None, None, None, '2021-12', None, 'month')]),
    ('وارتفعت الأسعار خلال أبريل بشكل لافت.', [('date', 'أبريل', None, None, None, '2021-04', None, 'month')]),
    ('ويصل الوفد مطلع أغسطس إلى الرباط.', [('date', 'أغسطس', None, None, None, '2021-08', None, 'month')]),
    ('وصرفت المنحة أواخر فبراير.', [('date', 'فبراير', None, None, None, '2021-02', None, 'month')]),
    ('ووقعت الاتفاقية منتصف أيار في بيروت.', [('date', 'أيار', None, None, None, '2021-05', None, 'month')]),
    ('وتعقد الانتخابات في تموز.', [('date', 'تموز', None, None, None, '2021-07', None, 'month')]),
    ('وتراجعت الصادرات في جوان مقارنة بالعام الماضي.', [('date', 'جوان', None, None, None, '2021-06', None, 'month'), ('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('ويعود السفير إلى بلاده نهاية أكتوبر.', [('date', 'أكتوبر', None, None, None, '2021-10', None, 'month')]),
    ('ومارس الرئيس ضغوطا على البرلمان.', []),
    ('وقال آب الضحية إن ابنه فقد.', []),
    ('وزار الوزير مدينة أيار القديمة.', []),
    ('وسيصل الوفد للعام المقبل بخطة جديدة.', [('date', 'لعام المقبل', None, None, None, '2022', None, 'year')]),
    ('وخصصت الموازنة للعام القادم 5 مليارات دولار.', [('date', 'لعام القادم', None, None, None, '2022', None, 'year'), ('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None)]),
    ('وتراجعت المبيعات للشهر الماضي على التوالي.', [('date', 'لشهر الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وبلغت الإيرادات للسنة الماضية 4 مليارات دينار كويتي.', [('date', 'لسنة الماضية', None, None, None, '2020', None, 'year'), ('amount', '4 مليارات دينار كويتي', 4000000000, 'KWD', 'exact', None, None, None)]),
    ('وتقدمت الشركة بطلب في مايو (أيار) الماضي.', [('date', 'مايو (أيار) الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وتستمر الحملة حتى يوليو.', [('date', 'يوليو', None, None, None, '2021-07', None, 'month')]),
]  # fmt: skip

HEDGES_APART = [
    ('وقدمت المملكة ما يزيد على مبلغ 1.4 مليار دولار.', [('amount', 'ما يزيد على مبلغ 1.4 مليار دولار', 1400000000, 'USD', 'more_than', None, None, None)]),
    ('وبلغ سعر البرميل قرب 50 دولارا.', [('amount', 'قرب 50 دولارا', 50, 'USD', 'nearly', None, None, None)]),
    ('وبلغ حجم الاستثمارات ما يقدر بـ ٤٠ مليار ريال سعودي.', [('amount', 'ما يقدر بـ ٤٠ مليار ريال سعودي', 40000000000, 'SAR', 'about', None, None, None)]),
    ('وتتراوح الكلفة بين 5 و10 ملايين دولار.', [('amount', 'بين 5', 5000000, 'USD', 'at_least', None, None, None), ('amount', '10 ملايين دولار', 10000000, 'USD', 'at_most', None, None, None)]),
    ('وتحتاج الخطة ما بين 20 و30 مليار جنيه مصري.', [('amount', 'ما بين 20', 20000000000, 'EGP', 'at_least', None, None, None), ('amount', '30 مليار جنيه مصري', 30000000000, 'EGP', 'at_most', None, None, None)]),
    ('وارتفعت الأسعار بين 5 و10 في المئة.', [('percent', 'بين 5', 5, None, 'at_least', None, None, None), ('percent', '10 في المئة', 10, None, 'at_most', None, None, None)]),
    ('ويتراوح عدد النازحين بين 3 آلاف و5 آلاف.', [('amount', 'بين 3 آلاف', 3000, None, 'at_least', None, None, None), ('amount', '5 آلاف', 5000, None, 'at_most', None, None, None)]),
    ('وتقدر الخسائر بنحو 3 مليارات دولار.', [('amount', 'نحو 3 مليارات دولار', 3000000000, 'USD', 'about', None, None, None)]),
    ('وأنفقت الحكومة أكثر من مبلغ 500 مليون يورو.', [('amount', 'أكثر من مبلغ 500 مليون يورو', 500000000, 'EUR', 'more_than', None, None, None)]),
    ('وقد تصل الكلفة إلى ما يتجاوز 2 مليار دولار.', [('amount', 'ما يتجاوز 2 مليار دولار', 2000000000, 'USD', 'more_than', None, None, None)]),
    ('ويقدر بـ 15 مليون دولار حجم التمويل.', [('amount', 'يقدر بـ 15 مليون دولار', 15000000, 'USD', 'about', None, None, None)]),
    ('وحصلت البلدية على ما لا يقل عن 3 ملايين دولار.', [('amount', 'ما لا يقل عن 3 ملايين دولار', 3000000, 'USD', 'at_least', None, None, None)]),
    ('وتعدت قيمتها 7 مليارات دولار.', [('amount', 'تعدت قيمتها 7 مليارات دولار', 7000000000, 'USD', 'more_than', None, None, None)]),
    ('وبيعت الشقة بما يقارب 90 ألف دولار.', [('amount', 'ما يقارب 90 ألف دولار', 90000, 'USD', 'about', None, None, None)]),
    ('وجمعت الحملة قرابة مليون دولار.', [('amount', 'قرابة مليون دولار', 1000000, 'USD', 'nearly', None, None, None)]),
    ('وتقدر قيمتها بـ 120 مليون يورو تقريبا.', [('amount', '120 مليون يورو تقريبا', 120000000, 'EUR', 'about', None, None, None)]),
    ('ويتقاضى العامل بين 300 و500 دولار شهريا.', [('amount', 'بين 300', 300, 'USD', 'at_least', None, None, None), ('amount', '500 دولار', 500, 'USD', 'at_most', None, None, None)]),
    ('وبلغت الخسائر حوالى 2.5 مليار دولار.', [('amount', 'حوالى 2.5 مليار دولار', 2500000000, 'USD', 'about', None, None, None)]),
    ('وقدمت تركيا بين 60 إلى 75 مليون دولار.', [('amount', 'بين 60', 60000000, 'USD', 'at_least', None, None, None), ('amount', '75 مليون دولار', 75000000, 'USD', 'at_most', None, None, None)]),
    ('ووصل الوفد قرب الحدود صباحا.', []),
    ('وقالت إن العدد يزيد على 40 ألف لاجئ.', [('amount', 'يزيد على 40 ألف', 40000, None, 'more_than', None, None, None)]),
]  # fmt: skip

SPELLINGS = [
    ('وأنفقت الوزارة 20 ملیون دولار.', [('amount', '20 ملیون دولار', 20000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الكلفة 3 ملیارات یورو.', [('amount', '3 ملیارات یورو', 3000000000, 'EUR', 'exact', None, None, None)]),
    ('وحصلت الشركة على مـلـيـون دولار.', [('amount', 'مـلـيـون دولار', 1000000, 'USD', 'exact', None, None, None)]),
    ('وأعلن البنك عن 5 مليـارات دولار.', [('amount', '5 مليـارات دولار', 5000000000, 'USD', 'exact', None, None, None)]),
    ('وتم التوقيع في 15 أذار 2021.', [('date', '15 أذار 2021', None, None, None, '2021-03-15', None, 'day')]),
    ('وانعقد المؤتمر في اذار 2019.', [('date', 'اذار 2019', None, None, None, '2019-03', None, 'month')]),
    ('ووقعت الحكومة العقد في ابريل 2020.', [('date', 'ابريل 2020', None, None, None, '2020-04', None, 'month')]),
    ('وأنفقت الهيئة ۲۰۰ مليون دولار.', [('amount', '۲۰۰ مليون دولار', 200000000, 'USD', 'exact', None, None, None)]),
    ('وقدرت الخسائر بنحو ٣٫٥ مليار دولار.', [('amount', 'نحو ٣٫٥ مليار دولار', 3500000000, 'USD', 'about', None, None, None)]),
    ('وبلغت القيمة اكثر من 850 مليون دولار.', [('amount', 'اكثر من 850 مليون دولار', 850000000, 'USD', 'more_than', None, None, None)]),
    ('وخصصت الحكومة ١٠٠ مليون دولارٍ أمريكيٍ.', [('amount', '١٠٠ مليون دولارٍ أمريكيٍ', 100000000, 'USD', 'exact', None, None, None)]),
    ('وارتفع العجز الي 5 مليارات دولار في اغسطس 2019.', [('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None), ('date', 'اغسطس 2019', None, None, None, '2019-08', None, 'month')]),
    ('وتم الاتفاق في كانون ثاني 2018.', [('date', 'كانون ثاني 2018', None, None, None, '2018-01', None, 'month')]),
    ('وبلغ المبلغ مليـــون ونصف دولار.', [('amount', 'مليـــون ونصف دولار', 1500000, 'USD', 'exact', None, None, None)]),
    ('وصرفت الوزارة حوالي ٢٥٠ ألف دولار.', [('amount', 'حوالي ٢٥٠ ألف دولار', 250000, 'USD', 'about', None, None, None)]),
    ('وقدم الصندوق ما يقارب الـ 50 مليون دولار.', [('amount', 'ما يقارب الـ 50 مليون دولار', 50000000, 'USD', 'about', None, None, None)]),
    ('وبلغت الديون ثلاثه مليارات دولار.', [('amount', 'ثلاثه مليارات دولار', 3000000000, 'USD', 'exact', None, None, None)]),
    ('وتحدث الوزير في ايار الماضي.', [('date', 'ايار الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وقالت الوكالة إن 15 ألف دولار تم تحويلها.', [('amount', '15 ألف دولار', 15000, 'USD', 'exact', None, None, None)]),
    ('وحصل على جائزة قيمتها عشرون ألف دولار.', [('amount', 'عشرون ألف دولار', 20000, 'USD', 'exact', None, None, None)]),
    ('ونُشر القرار في تشرين الثانی 2020.', [('date', 'تشرين الثانی 2020', None, None, None, '2020-11', None, 'month')]),
    # Wire copy's «ر» decimal, the fraction typed first, and the Maghrebi «،» decimal.
    ('ووعدت الوكالة بعشرة ملايين يورو (5ر13 مليون دولار) للاجئين.', [('amount', 'عشرة ملايين يورو', 10000000, 'EUR', 'exact', None, None, None), ('amount', '5ر13 مليون دولار', 13500000, 'USD', 'exact', None, None, None)]),
    ('وخصصت الحكومة نحو 88ر5 مليار دولار للدفاع.', [('amount', 'نحو 88ر5 مليار دولار', 5880000000, 'USD', 'about', None, None, None)]),
    ('وتبلغ النفقات 91 ر 70 مليار دولار في مجملها.', [('amount', '91 ر 70 مليار دولار', 70910000000, 'USD', 'exact', None, None, None)]),
    ('وارتفع التضخم إلى 5ر3 بالمائة.', [('percent', '5ر3 بالمائة', D('3.5'), None, 'exact', None, None, None)]),
    ('وتقدر الإيرادات بمبلغ (000ر000ر000ر410) ريال سعودي.', [('amount', '(000ر000ر000ر410) ريال سعودي', 410000000000, 'SAR', 'exact', None, None, None)]),
    ('ويصل العجز إلى 6،7 بالمائة من الناتج.', [('percent', '6،7 بالمائة', D('6.7'), None, 'exact', None, None, None)]),
    ('وتبلغ الإيرادات 1،365 تريليون جنيه مصري.', [('amount', '1،365 تريليون جنيه مصري', 1365000000000, 'EGP', 'exact', None, None, None)]),
]  # fmt: skip

# A negated «more than» is «at most» (and a negated «less than» «at least»): «لم تتجاوز
# 30%» never went past 30%. The unnegated verbs stay more_than.
# «من 240 إلى 455 مليون يورو»: a change, two exact amounts, the first borrowing the scale
# and currency written once; after «تتراوح» a range (at_least, at_most, «من» in the first
# span, as «بين»). Near-misses: years, days, durations and plain counts (read as before),
# «من 5 بنوك إلى».
CHANGES_FROM_TO = [
    ('وتحولت الاعتمادات من 240 إلى 455 مليون يورو خلال ثلاث سنوات.', [('amount', '240', 240000000, 'EUR', 'exact', None, None, None), ('amount', '455 مليون يورو', 455000000, 'EUR', 'exact', None, None, None), ('number', 'ثلاث', 3, None, 'exact', None, None, None)]),
    ('وارتفع العجز من 3 إلى 5 مليارات دولار.', [('amount', '3', 3000000000, 'USD', 'exact', None, None, None), ('amount', '5 مليارات دولار', 5000000000, 'USD', 'exact', None, None, None)]),
    ('وانخفضت المساعدات من 800 إلى 500 مليون دولار أمريكي.', [('amount', '800', 800000000, 'USD', 'exact', None, None, None), ('amount', '500 مليون دولار أمريكي', 500000000, 'USD', 'exact', None, None, None)]),
    ('وقفز الدين من 40 الى 55 مليار دينار كويتي.', [('amount', '40', 40000000000, 'KWD', 'exact', None, None, None), ('amount', '55 مليار دينار كويتي', 55000000000, 'KWD', 'exact', None, None, None)]),
    ('ورفعت الحكومة الدعم من 1.2 إلى 1.8 مليار جنيه مصري.', [('amount', '1.2', 1200000000, 'EGP', 'exact', None, None, None), ('amount', '1.8 مليار جنيه مصري', 1800000000, 'EGP', 'exact', None, None, None)]),
    ('وتراجعت الإيرادات من 12 إلى 9 مليارات ريال سعودي.', [('amount', '12', 12000000000, 'SAR', 'exact', None, None, None), ('amount', '9 مليارات ريال سعودي', 9000000000, 'SAR', 'exact', None, None, None)]),
    ('وزادت المنحة من 150 إلى 200 ألف دولار.', [('amount', '150', 150000, 'USD', 'exact', None, None, None), ('amount', '200 ألف دولار', 200000, 'USD', 'exact', None, None, None)]),
    ('وارتفع التضخم من 3 إلى 5 في المئة.', [('percent', '3', 3, None, 'exact', None, None, None), ('percent', '5 في المئة', 5, None, 'exact', None, None, None)]),
    ('وزاد الإنفاق من 900 مليون إلى 1.1 مليار يورو.', [('amount', '900 مليون', 900000000, 'EUR', 'exact', None, None, None), ('amount', '1.1 مليار يورو', 1100000000, 'EUR', 'exact', None, None, None)]),
    ('ونمت الصادرات من 20 إلى 25 مليار درهم إماراتي.', [('amount', '20', 20000000000, 'AED', 'exact', None, None, None), ('amount', '25 مليار درهم إماراتي', 25000000000, 'AED', 'exact', None, None, None)]),
    ('وتتراوح قيمة القروض من 20 إلى 50 ألف دولار.', [('amount', 'من 20', 20000, 'USD', 'at_least', None, None, None), ('amount', '50 ألف دولار', 50000, 'USD', 'at_most', None, None, None)]),
    ('ويتراوح الدعم السنوي من 5 إلى 10 ملايين يورو.', [('amount', 'من 5', 5000000, 'EUR', 'at_least', None, None, None), ('amount', '10 ملايين يورو', 10000000, 'EUR', 'at_most', None, None, None)]),
    ('وتراوحت التبرعات من 100 الى 200 ألف درهم إماراتي.', [('amount', 'من 100', 100000, 'AED', 'at_least', None, None, None), ('amount', '200 ألف درهم إماراتي', 200000, 'AED', 'at_most', None, None, None)]),
    ('وتتراوح الرواتب الشهرية للموظفين من 400 إلى 600 دينار أردني.', [('amount', 'من 400', 400, 'JOD', 'at_least', None, None, None), ('amount', '600 دينار أردني', 600, 'JOD', 'at_most', None, None, None)]),
    ('وتتراوح نسبة الفائدة من 3 إلى 4 في المئة.', [('percent', 'من 3', 3, None, 'at_least', None, None, None), ('percent', '4 في المئة', 4, None, 'at_most', None, None, None)]),
    ('واستمر البرنامج من 2015 إلى 2019 بتمويل قدره 30 مليون دولار.', [('year', '2015 إلى 2019', None, None, None, '2015', '2019', 'year'), ('amount', '30 مليون دولار', 30000000, 'USD', 'exact', None, None, None)]),
    ('وتمتد الإجازة من 1 إلى 5 يوليو.', [('number', '1', 1, None, 'exact', None, None, None), ('date', '5 يوليو', None, None, None, '2021-07-05', None, 'day')]),
    ('وتمتد فترة السماح من 5 إلى 10 سنوات.', [('number', '5', 5, None, 'exact', None, None, None), ('number', '10', 10, None, 'exact', None, None, None)]),
    ('وارتفع عدد المستفيدين من 20 إلى 30 ألف أسرة.', [('amount', '20', 20000, None, 'exact', None, None, None), ('amount', '30 ألف', 30000, None, 'exact', None, None, None)]),
    ('ونقل الوفد من 3 إلى 5 ملايين شخص.', [('amount', '3', 3000000, None, 'exact', None, None, None), ('amount', '5 ملايين', 5000000, None, 'exact', None, None, None)]),
    ('وانتقل اللاعب من 10 إلى 12 مليون متابع.', [('amount', '10', 10000000, None, 'exact', None, None, None), ('amount', '12 مليون', 12000000, None, 'exact', None, None, None)]),
    ('ووصل عدد المدارس من 5 إلى 7 مدارس.', [('number', '5', 5, None, 'exact', None, None, None), ('number', '7', 7, None, 'exact', None, None, None)]),
    ('وتم تحويل 20 مليون دولار من 5 بنوك إلى الوزارة.', [('amount', '20 مليون دولار', 20000000, 'USD', 'exact', None, None, None), ('number', '5', 5, None, 'exact', None, None, None)]),
]  # fmt: skip


NEGATED_HEDGES = [
    ('وقال الوزير إن نسبة التنفيذ لم تتجاوز 30% حتى نهاية الربع.', [('percent', 'لم تتجاوز 30%', 30, None, 'at_most', None, None, None)]),
    ('وأوضح أن العجز لم يتجاوز 4 مليارات دولار.', [('amount', 'لم يتجاوز 4 مليارات دولار', 4000000000, 'USD', 'at_most', None, None, None)]),
    ('وذكر التقرير أن المنحة لم تزد على 12 مليون يورو.', [('amount', 'لم تزد على 12 مليون يورو', 12000000, 'EUR', 'at_most', None, None, None)]),
    ('وبين أن الدعم لم يزد عن 800 ألف دينار أردني.', [('amount', 'لم يزد عن 800 ألف دينار أردني', 800000, 'JOD', 'at_most', None, None, None)]),
    ('وأفادت الوزارة أن الصرف لم يتعد 150 مليون درهم.', [('amount', 'لم يتعد 150 مليون درهم', 150000000, None, 'at_most', None, None, None)]),
    ('وقال إن الكلفة لا تتعدى 200 مليون يورو.', [('amount', 'لا تتعدى 200 مليون يورو', 200000000, 'EUR', 'at_most', None, None, None)]),
    ('ولفت إلى أن المساهمة لا يتعدى حجمها 2 مليار ريال سعودي.', [('amount', 'لا يتعدى حجمها 2 مليار ريال سعودي', 2000000000, 'SAR', 'at_most', None, None, None)]),
    ('وأكد أن العجز لم يتخط 3 مليارات جنيه مصري.', [('amount', 'لم يتخط 3 مليارات جنيه مصري', 3000000000, 'EGP', 'at_most', None, None, None)]),
    ('وقال المتحدث إن الأضرار لا تتخطى 40 مليون دولار.', [('amount', 'لا تتخطى 40 مليون دولار', 40000000, 'USD', 'at_most', None, None, None)]),
    ('وأشار إلى أن التمويل لم يفق 9 ملايين دولار.', [('amount', 'لم يفق 9 ملايين دولار', 9000000, 'USD', 'at_most', None, None, None)]),
    ('وقالت الهيئة إن القرض لا يفوق 75 مليون دينار كويتي.', [('amount', 'لا يفوق 75 مليون دينار كويتي', 75000000, 'KWD', 'at_most', None, None, None)]),
    ('وأضاف أن نسبة البطالة لم تزد عن 11 في المئة.', [('percent', 'لم تزد عن 11 في المئة', 11, None, 'at_most', None, None, None)]),
    ('وذكرت أن التبرعات لم تقل عن 20 مليون دولار.', [('amount', 'لم تقل عن 20 مليون دولار', 20000000, 'USD', 'at_least', None, None, None)]),
    ('وأكد أن المخصصات لم تقل عن 5 مليارات درهم إماراتي.', [('amount', 'لم تقل عن 5 مليارات درهم إماراتي', 5000000000, 'AED', 'at_least', None, None, None)]),
    ('وقال إن نسبة الإنجاز لم تتجاوز 16 بالمائة.', [('percent', 'لم تتجاوز 16 بالمائة', 16, None, 'at_most', None, None, None)]),
    ('وأعلن أن عدد المستفيدين لم يتجاوز 3 آلاف أسرة.', [('amount', 'لم يتجاوز 3 آلاف', 3000, None, 'at_most', None, None, None)]),
    ('وقال إن المبلغ المصروف لم يتجاوز نصف مليار دولار.', [('amount', 'لم يتجاوز نصف مليار دولار', 500000000, 'USD', 'at_most', None, None, None)]),
    ('وأوضح أن الزيادة لم تتجاوز قيمتها 10 ملايين دولار.', [('amount', 'لم تتجاوز قيمتها 10 ملايين دولار', 10000000, 'USD', 'at_most', None, None, None)]),
    ('وقال إن التضخم تجاوز 30% في أيار الماضي.', [('percent', 'تجاوز 30%', 30, None, 'more_than', None, None, None), ('date', 'أيار الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وأضاف أن الإنفاق تخطى 6 مليارات ليرة تركية.', [('amount', 'تخطى 6 مليارات ليرة تركية', 6000000000, 'TRY', 'more_than', None, None, None)]),
    ('وكشف أن الواردات لا تتجاوز 7 ملايين طن.', [('amount', 'لا تتجاوز 7 ملايين', 7000000, None, 'at_most', None, None, None)]),
]  # fmt: skip

# Hijri days, «هـ» glued or spaced or absent: the Gregorian day (Umm al-Qura, hijridate).
# Outside the converter's years (1300) or without a year, the numbers stay numbers.
HIJRI_DAYS = [
    ('وانتهى التسجيل في 4 ربيع الأول 1443 دون تمديد.', [('date', '4 ربيع الأول 1443', None, None, None, '2021-10-10', None, 'day')]),
    ('وصدر القرار في 13 جمادى الأولى 1444هـ.', [('date', '13 جمادى الأولى 1444هـ', None, None, None, '2022-12-07', None, 'day')]),
    ('وافتتح المشروع يوم 13 جمادى الأولى 1444 هـ بحضور الأمير.', [('date', '13 جمادى الأولى 1444 هـ', None, None, None, '2022-12-07', None, 'day')]),
    ('وبدأ العمل بالنظام في 1 محرم 1440هـ.', [('date', '1 محرم 1440هـ', None, None, None, '2018-09-11', None, 'day')]),
    ('وتنتهي المهلة في 15 شعبان 1443 هـ.', [('date', '15 شعبان 1443 هـ', None, None, None, '2022-03-18', None, 'day')]),
    ('وعقد المجلس جلسته في 5 من شهر شوال 1442هـ.', [('date', '5 من شهر شوال 1442هـ', None, None, None, '2021-05-17', None, 'day')]),
    ('وأعلنت الهيئة النتائج في 20 ربيع الأول 1441هـ.', [('date', '20 ربيع الأول 1441هـ', None, None, None, '2019-11-17', None, 'day')]),
    ('ووقعت الاتفاقية في 7 ربيع الآخر 1439هـ في جدة.', [('date', '7 ربيع الآخر 1439هـ', None, None, None, '2017-12-25', None, 'day')]),
    ('وصدر المرسوم في 3 جمادى الآخرة 1438هـ.', [('date', '3 جمادى الآخرة 1438هـ', None, None, None, '2017-03-02', None, 'day')]),
    ('واكتمل التسليم في 10 رجب 1444 هجري.', [('date', '10 رجب 1444 هجري', None, None, None, '2023-02-01', None, 'day')]),
    ('وحددت الوزارة 25 ذي القعدة 1443هـ موعدا للتسجيل.', [('date', '25 ذي القعدة 1443هـ', None, None, None, '2022-06-24', None, 'day')]),
    ('ويبدأ الحج في 8 ذو الحجة 1445هـ.', [('date', '8 ذو الحجة 1445هـ', None, None, None, '2024-06-14', None, 'day')]),
    ('وانطلقت الحملة في ١٢ صفر ١٤٤٥هـ.', [('date', '١٢ صفر ١٤٤٥هـ', None, None, None, '2023-08-28', None, 'day')]),
    ('وأقيم الحفل في الأول من رمضان 1445هـ.', [('date', 'الأول من رمضان 1445هـ', None, None, None, '2024-03-11', None, 'day')]),
    ('وقال إن المنحة صرفت في العاشر من محرم 1441 هـ.', [('date', 'العاشر من محرم 1441 هـ', None, None, None, '2019-09-09', None, 'day')]),
    ('وصدر التعميم في 2 جمادى الثانية 1440هـ الموافق 7 فبراير 2019م.', [('date', '2 جمادى الثانية 1440هـ', None, None, None, '2019-02-07', None, 'day'), ('date', '7 فبراير 2019م', None, None, None, '2019-02-07', None, 'day')]),
    ('وتسلم المقاول الموقع في 18 ربيع الثاني 1442هـ.', [('date', '18 ربيع الثاني 1442هـ', None, None, None, '2020-12-03', None, 'day')]),
    ('وكتب في 9 شوال، 1444هـ أن العمل اكتمل.', [('date', '9 شوال، 1444هـ', None, None, None, '2023-04-29', None, 'day')]),
    ('وحدد الاجتماع في 14 جمادى الاولى 1445 هـ.', [('date', '14 جمادى الاولى 1445 هـ', None, None, None, '2023-11-28', None, 'day')]),
    ('ونشر القرار في 27 رجب 1441 للهجرة.', [('date', '27 رجب 1441 للهجرة', None, None, None, '2020-03-22', None, 'day')]),
    ('وتوقف الصرف في 30 صفر 1300هـ.', [('number', '30', 30, None, 'exact', None, None, None), ('number', 'صفر', 0, None, 'exact', None, None, None), ('number', '1300', 1300, None, 'exact', None, None, None)]),
    ('وأكد أن 12 رمضان موعد التوزيع.', [('number', '12', 12, None, 'exact', None, None, None)]),
    ('وحضر 40 شوال.', [('number', '40', 40, None, 'exact', None, None, None)]),
]  # fmt: skip

# A Hijri month with its year: the Gregorian months of its first and last day. Without a
# year «رمضان» is a name, «صفر» zero and «الربيع» spring; «رجب 2020» is no Hijri year.
HIJRI_MONTHS = [
    ('وتوزع السلال في رمضان 1445هـ على الأسر.', [('date', 'رمضان 1445هـ', None, None, None, '2024-03', '2024-04', 'month')]),
    ('وبدأ التطبيق في شهر رمضان 1445 هـ.', [('date', 'رمضان 1445 هـ', None, None, None, '2024-03', '2024-04', 'month')]),
    ('واكتمل المشروع في محرم 1440هـ.', [('date', 'محرم 1440هـ', None, None, None, '2018-09', '2018-10', 'month')]),
    ('ويصرف الدعم في صفر 1445هـ.', [('date', 'صفر 1445هـ', None, None, None, '2023-08', '2023-09', 'month')]),
    ('وأعلنت الميزانية في ربيع الأول 1442هـ.', [('date', 'ربيع الأول 1442هـ', None, None, None, '2020-10', '2020-11', 'month')]),
    ('وانطلقت المرحلة الثانية في ربيع الآخر 1443 هـ.', [('date', 'ربيع الآخر 1443 هـ', None, None, None, '2021-11', '2021-12', 'month')]),
    ('وأقر النظام في جمادى الأولى 1444هـ.', [('date', 'جمادى الأولى 1444هـ', None, None, None, '2022-11', '2022-12', 'month')]),
    ('وتنتهي الدراسة في جمادى الآخرة 1441هـ.', [('date', 'جمادى الآخرة 1441هـ', None, None, None, '2020-01', '2020-02', 'month')]),
    ('ووقع العقد في رجب 1439 هـ.', [('date', 'رجب 1439 هـ', None, None, None, '2018-03', '2018-04', 'month')]),
    ('وأغلق التسجيل في شعبان 1440 هجرية.', [('date', 'شعبان 1440 هجرية', None, None, None, '2019-04', '2019-05', 'month')]),
    ('وعاد الحجاج في ذي الحجة 1443هـ.', [('date', 'ذي الحجة 1443هـ', None, None, None, '2022-06', '2022-07', 'month')]),
    ('واستمرت الحملة حتى ذي القعدة 1442هـ.', [('date', 'ذي القعدة 1442هـ', None, None, None, '2021-06', '2021-07', 'month')]),
    ('وتخرجت الدفعة في شوال من عام 1444هـ.', [('date', 'شوال من عام 1444هـ', None, None, None, '2023-04', '2023-05', 'month')]),
    ('وسلمت الوحدات في برمضان 1443هـ.', [('date', 'رمضان 1443هـ', None, None, None, '2022-04', '2022-05', 'month')]),
    ('وقال إن التوزيع جرى في رمضان ١٤٤٤هـ.', [('date', 'رمضان ١٤٤٤هـ', None, None, None, '2023-03', '2023-04', 'month')]),
    ('وكانت الأسعار مستقرة في محرم 1437 هـ.', [('date', 'محرم 1437 هـ', None, None, None, '2015-10', '2015-11', 'month')]),
    ('وحل رمضان 1446هـ في الربيع.', [('date', 'رمضان 1446هـ', None, None, None, '2025-03', None, 'month')]),
    ('وقال رمضان إن العمل مستمر.', []),
    ('وقال الوزير إن شهر رمضان يشهد إقبالا.', []),
    ('وارتفع الرقم من صفر إلى 30 حالة.', [('number', 'صفر', 0, None, 'exact', None, None, None), ('number', '30', 30, None, 'exact', None, None, None)]),
    ('ويأتي الربيع كل عام.', []),
    ('ونشرت صحيفة رجب 2020 تقريرا.', [('number', '2020', 2020, None, 'exact', None, None, None)]),
]  # fmt: skip

# Hijri fiscal years without «هـ» after «المالي/المالية», or with «هـ»: the Gregorian years
# they span. Counts, resolution numbers, symbols and Gregorian spans are left as they were.
HIJRI_FISCAL_YEARS = [
    ('وبلغ الإنفاق في السنة المالية 1439/1440 نحو 900 مليار ريال.', [('year', 'السنة المالية 1439/1440', None, None, None, '2017', '2019', 'year'), ('amount', 'نحو 900 مليار ريال', 900000000000, None, 'about', None, None, None)]),
    ('وأقرت الميزانية للعام المالي 1439-1440.', [('year', 'للعام المالي 1439-1440', None, None, None, '2017', '2019', 'year')]),
    ('وتغطي الخطة العام المالي 1438/1439 كاملا.', [('year', 'العام المالي 1438/1439', None, None, None, '2016', '2018', 'year')]),
    ('وارتفعت الإيرادات في السنة المالية 1436 - 1437.', [('year', 'السنة المالية 1436 - 1437', None, None, None, '2014', '2016', 'year')]),
    ('وخصصت وزارة التعليم مبالغ للعام المالي 1440/1441هـ.', [('year', 'للعام المالي 1440/1441هـ', None, None, None, '2018', '2020', 'year')]),
    ('وأعلنت الوزارة موازنة السنة المالية 1435/1436 هـ.', [('year', 'السنة المالية 1435/1436 هـ', None, None, None, '2013', '2015', 'year')]),
    ('وقدرت النفقات للسنة المالية 1441-1442.', [('year', 'للسنة المالية 1441-1442', None, None, None, '2019', '2021', 'year')]),
    ('وجاء العجز في العام المالي 1437/38 أقل من المتوقع.', [('year', 'العام المالي 1437/38', None, None, None, '2015', '2017', 'year')]),
    ('وتخص البنود السنة المالية 1440 وحدها.', [('year', 'السنة المالية 1440', None, None, None, '2018', '2019', 'year')]),
    ('وشمل التقرير الأعوام 1430/1431هـ.', [('year', 'الأعوام 1430/1431هـ', None, None, None, '2008', '2010', 'year')]),
    ('وامتد البرنامج 1439-1440 هـ.', [('year', '1439-1440 هـ', None, None, None, '2017', '2019', 'year')]),
    ('وتوقع المسؤول أن يكون العام المالي ١٤٤٠/١٤٤١ أفضل.', [('year', 'العام المالي ١٤٤٠/١٤٤١', None, None, None, '2018', '2020', 'year')]),
    ('وانخفض الدين في العام المالي 2019/2020.', [('year', 'العام المالي 2019/2020', None, None, None, '2019', '2020', 'year')]),
    ('وجرت الانتخابات 2019/2020 بهدوء.', [('year', '2019/2020', None, None, None, '2019', '2020', 'year')]),
    ('وبلغ عدد العاملين 1440 موظفا.', [('number', '1440', 1440, None, 'exact', None, None, None)]),
    ('وصدر القرار 1439 بالإجماع.', [('number', '1439', 1439, None, 'exact', None, None, None)]),
    ('ونقل 1439-1440 طنا من القمح.', [('number', '1439', 1439, None, 'exact', None, None, None), ('number', '1440', 1440, None, 'exact', None, None, None)]),
    ('وشارك 1439/1440 طالبا في المسابقة.', [('number', '1439', 1439, None, 'exact', None, None, None), ('number', '1440', 1440, None, 'exact', None, None, None)]),
    ('وارتفع الرقم من 1300 إلى 1400 حالة.', [('number', '1300', 1300, None, 'exact', None, None, None), ('number', '1400', 1400, None, 'exact', None, None, None)]),
    ('وبلغ الإنفاق 1439 مليون ريال في العام المالي 2018.', [('amount', '1439 مليون ريال', 1439000000, None, 'exact', None, None, None), ('year', 'العام المالي 2018', None, None, None, '2018', None, 'year')]),
    ('وسجلت الوثيقة S/1439/1440 لدى الأمانة.', [('number', '1439', 1439, None, 'exact', None, None, None), ('number', '1440', 1440, None, 'exact', None, None, None)]),
    ('وأعلنت الوزارة نتائج العام المالي الحالي 1430/1431 كاملة.', [('year', 'العام المالي الحالي 1430/1431', None, None, None, '2008', '2010', 'year')]),
    ('وأقرت ميزانية العام المالي الجديد 1431/1432 بالإجماع.', [('year', 'العام المالي الجديد 1431/1432', None, None, None, '2009', '2011', 'year')]),
    ('وتضاعف الإنفاق في موازنة 20/21 كلها.', [('year', 'موازنة 20/21', None, None, None, '2020', '2021', 'year')]),
    ('مقابل 200 مليار جنيه عام 19/20 فقط.', [('amount', '200 مليار جنيه', 200000000000, None, 'exact', None, None, None), ('year', 'عام 19/20', None, None, None, '2019', '2020', 'year')]),
    ('وتراجع العجز في العام المالي الماضي 99/00 بوضوح.', [('year', 'العام المالي الماضي 99/00', None, None, None, '1999', '2000', 'year')]),
    ('ويبلغ الدعم في الموازنة 21/22 نحو 108 مليارات.', [('year', 'الموازنة 21/22', None, None, None, '2021', '2022', 'year'), ('amount', 'نحو 108 مليارات', 108000000000, None, 'about', None, None, None)]),
    ('وشارك 19/20 طالبا في الاختبار.', [('number', '19', 19, None, 'exact', None, None, None), ('number', '20', 20, None, 'exact', None, None, None)]),
    ('وفي عام 19/21 تغير الحال.', [('number', '19', 19, None, 'exact', None, None, None), ('number', '21', 21, None, 'exact', None, None, None)]),
    ('وكانت الحصيلة 1440-1441 في المنطقتين.', [('number', '1440', 1440, None, 'exact', None, None, None), ('number', '1441', 1441, None, 'exact', None, None, None)]),
]  # fmt: skip

# Hijri days in figures, as decrees and Saudi wires write them, the era after the year: the
# Gregorian day. Without the era the figures keep their Gregorian reading; a 13th month or a
# year outside the converter's range is no date.
HIJRI_NUMERIC_DAYS = [
    ('وصدر الأمر الملكي بتاريخ 23 / 3 / 1438هـ.', [('date', '23 / 3 / 1438هـ', None, None, None, '2016-12-22', None, 'day')]),
    ('وصدر النظام بالمرسوم رقم م/5 وتاريخ 27/8/1412هـ.', [('number', '5', 5, None, 'exact', None, None, None), ('date', '27/8/1412هـ', None, None, None, '1992-03-01', None, 'day')]),
    ('واعتمد المجلس اللائحة في 3-3-1414هـ.', [('date', '3-3-1414هـ', None, None, None, '1993-08-20', None, 'day')]),
    ('ونشر التعميم بتاريخ 12/9/1420ه في الجريدة الرسمية.', [('date', '12/9/1420ه', None, None, None, '1999-12-20', None, 'day')]),
    ('وأقرت الميزانية في 20 / 3 / 1438 هـ بعد مناقشتها.', [('date', '20 / 3 / 1438 هـ', None, None, None, '2016-12-19', None, 'day')]),
    ('وتسلمت الوزارة الخطاب المؤرخ 1/1/1440هـ.', [('date', '1/1/1440هـ', None, None, None, '2018-09-11', None, 'day')]),
    ('ووقع العقد في 15/6/1442 هـ مع الشركة.', [('date', '15/6/1442 هـ', None, None, None, '2021-01-28', None, 'day')]),
    ('وانتهت المهلة في 29/12/1443هـ دون تمديد.', [('date', '29/12/1443هـ', None, None, None, '2022-07-28', None, 'day')]),
    ('وبدأ العمل بالقرار من 1/7/1445 هجري.', [('date', '1/7/1445 هجري', None, None, None, '2024-01-13', None, 'day')]),
    ('وفق الأمر السامي رقم 4512 وتاريخ 16/3/1438هـ.', [('number', '4512', 4512, None, 'exact', None, None, None), ('date', '16/3/1438هـ', None, None, None, '2016-12-15', None, 'day')]),
    ('وصرفت الدفعة الأولى في ١٠/٥/١٤٤٤هـ.', [('date', '١٠/٥/١٤٤٤هـ', None, None, None, '2022-12-04', None, 'day')]),
    ('وحدد موعد التسجيل في 5.2.1443هـ للطلاب.', [('date', '5.2.1443هـ', None, None, None, '2021-09-12', None, 'day')]),
    ('وعقد الاجتماع بتاريخ 8/11/1441 للهجرة.', [('date', '8/11/1441 للهجرة', None, None, None, '2020-06-29', None, 'day')]),
    ('وبحسب الخطاب المؤرخ 2 / 4 / 1439هـ فإن المنحة صرفت.', [('date', '2 / 4 / 1439هـ', None, None, None, '2017-12-20', None, 'day')]),
    ('وانتهى المشروع في 30/6/1440هـ كما خطط له.', [('date', '30/6/1440هـ', None, None, None, '2019-03-07', None, 'day')]),
    ('وقال إن اللجنة اجتمعت في 11/10/1444هـ الموافق 1/5/2023م.', [('date', '11/10/1444هـ', None, None, None, '2023-05-01', None, 'day'), ('date', '1/5/2023', None, None, None, '2023-05-01', None, 'day')]),
    ('وصدر التقرير في 23/3/2021 عن الوزارة.', [('date', '23/3/2021', None, None, None, '2021-03-23', None, 'day')]),
    ('وأوضح أن الرقم 23/3/1438 ورد في المحضر.', [('date', '23/3/1438', None, None, None, '1438-03-23', None, 'day')]),
    ('وجاء في الخطاب المؤرخ 31/13/1440هـ خطأ في التاريخ.', [('number', '31', 31, None, 'exact', None, None, None), ('number', '13', 13, None, 'exact', None, None, None), ('number', '1440', 1440, None, 'exact', None, None, None)]),
    ('وصدر في 30/2/1300هـ قرار قديم.', [('number', '30', 30, None, 'exact', None, None, None), ('number', '2', 2, None, 'exact', None, None, None), ('number', '1300', 1300, None, 'exact', None, None, None)]),
    ('وأعلن في 7/7/2020م عن المنحة.', [('date', '7/7/2020', None, None, None, '2020-07-07', None, 'day')]),
    ('وتم التوقيع بتاريخ 4-9-1443هـ في الرياض.', [('date', '4-9-1443هـ', None, None, None, '2022-04-05', None, 'day')]),
]  # fmt: skip

# Scale plurals: the Maghrebi «ملايير», «بلايين», «بليونات», «ترليون/ترليونات»; «ملايير الأشجار»
# with no number before it is no amount.
SCALE_PLURALS = [
    ('وأعلن الصندوق تخصيص 5 ملايير دولار لمشاريع الطاقة.', [('amount', '5 ملايير دولار', 5000000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الاستثمارات الأجنبية 12 ملايير درهم مغربي هذا الموسم.', [('amount', '12 ملايير درهم مغربي', 12000000000, 'MAD', 'exact', None, None, None)]),
    ('وتقدر الكلفة الإجمالية بنحو 3 ملايير أورو.', [('amount', 'نحو 3 ملايير أورو', 3000000000, 'EUR', 'about', None, None, None)]),
    ('ورصدت الحكومة أكثر من 7 ملايير درهم للطرق القروية.', [('amount', 'أكثر من 7 ملايير درهم', 7000000000, None, 'more_than', None, None, None)]),
    ('وتحتاج الخطة إلى ما يناهز 4 ملايير دولار أمريكي.', [('amount', 'ما يناهز 4 ملايير دولار أمريكي', 4000000000, 'USD', 'about', None, None, None)]),
    ('وبلغ عجز الميزان التجاري ١٥ ملايير دينار جزائري.', [('amount', '١٥ ملايير دينار جزائري', 15000000000, 'DZD', 'exact', None, None, None)]),
    ('وقدمت المملكة منحة بقيمة 5 ملايير دولار على خمس سنوات.', [('amount', '5 ملايير دولار', 5000000000, 'USD', 'exact', None, None, None), ('number', 'خمس', 5, None, 'exact', None, None, None)]),
    ('وخسرت الشركة ثلاثة ملايير درهم في عام واحد.', [('amount', 'ثلاثة ملايير درهم', 3000000000, None, 'exact', None, None, None), ('number', 'واحد', 1, None, 'exact', None, None, None)]),
    ('وبلغت القروض 6 مليارات ريال سعودي.', [('amount', '6 مليارات ريال سعودي', 6000000000, 'SAR', 'exact', None, None, None)]),
    ('وقدرت الأصول بنحو 9 بلايين دولار.', [('amount', 'نحو 9 بلايين دولار', 9000000000, 'USD', 'about', None, None, None)]),
    ('وبلغت ديون الشركة 4 بليونات جنيه إسترليني.', [('amount', '4 بليونات جنيه إسترليني', 4000000000, 'GBP', 'exact', None, None, None)]),
    ('وتتجاوز قيمة السوق 2 ترليون دولار.', [('amount', '2 ترليون دولار', 2000000000000, 'USD', 'exact', None, None, None)]),
    ('وبلغ الناتج المحلي 3 ترليونات ين ياباني.', [('amount', '3 ترليونات ين ياباني', 3000000000000, 'JPY', 'exact', None, None, None)]),
    ('ووقع البلدان اتفاقيات بقيمة ترليوني دولار.', [('amount', 'ترليوني دولار', 2000000000000, 'USD', 'exact', None, None, None)]),
    ('وارتفع الاحتياطي إلى 20 مليار درهم.', [('amount', '20 مليار درهم', 20000000000, None, 'exact', None, None, None)]),
    ('وقال إن البلاد تضم ملايير الأشجار.', []),
    ('وصرفت الوزارة 8 ملايين درهم للمستشفيات.', [('amount', '8 ملايين درهم', 8000000, None, 'exact', None, None, None)]),
    ('وسجلت الموازنة عجزا قدره 6 ملايير دولار.', [('amount', '6 ملايير دولار', 6000000000, 'USD', 'exact', None, None, None)]),
    ('ويبلغ حجم المبادلات 30 ملايير دولار سنويا.', [('amount', '30 ملايير دولار', 30000000000, 'USD', 'exact', None, None, None)]),
    ('وأكد أن 5 ملايير من الدراهم خصصت للتعليم.', [('amount', '5 ملايير', 5000000000, None, 'exact', None, None, None)]),
    ('وتعهد المانحون بجمع مليارين ونصف المليار دولار.', [('amount', 'مليارين ونصف المليار دولار', 2500000000, 'USD', 'exact', None, None, None)]),
]  # fmt: skip

# A hedge opening with «ما» glued to its next word; «مايلي», «ماتم» are no hedges.
GLUED_HEDGES = [
    ('وبلغت التبرعات مايقرب من 6 ملايين جنيه مصري.', [('amount', 'مايقرب من 6 ملايين جنيه مصري', 6000000, 'EGP', 'nearly', None, None, None)]),
    ('وأنفقت المحافظة مايقرب من ٦مليون جنيه على الطرق.', [('amount', 'مايقرب من ٦مليون جنيه', 6000000, None, 'nearly', None, None, None)]),
    ('ورصدت الوزارة مايزيد على 3 ملايين دولار للمدارس.', [('amount', 'مايزيد على 3 ملايين دولار', 3000000, 'USD', 'more_than', None, None, None)]),
    ('وبلغ الدعم مايزيد عن 40 مليون ريال سعودي.', [('amount', 'مايزيد عن 40 مليون ريال سعودي', 40000000, 'SAR', 'more_than', None, None, None)]),
    ('وقدرت الخسائر بمايناهز 7 مليارات درهم إماراتي.', [('amount', 'مايناهز 7 مليارات درهم إماراتي', 7000000000, 'AED', 'about', None, None, None)]),
    ('وتبلغ الكلفة مايقارب 200 ألف دينار كويتي.', [('amount', 'مايقارب 200 ألف دينار كويتي', 200000, 'KWD', 'about', None, None, None)]),
    ('وخصص البنك مالا يقل عن 50 مليون يورو للقروض.', [('amount', 'مالا يقل عن 50 مليون يورو', 50000000, 'EUR', 'at_least', None, None, None)]),
    ('وتبلغ الميزانية مالا يزيد على 90 مليون دولار.', [('amount', 'مالا يزيد على 90 مليون دولار', 90000000, 'USD', 'at_most', None, None, None)]),
    ('وجمعت الحملة مايفوق 12 مليون درهم.', [('amount', 'مايفوق 12 مليون درهم', 12000000, None, 'more_than', None, None, None)]),
    ('وبلغت الصادرات مايتجاوز 5 مليارات دولار.', [('amount', 'مايتجاوز 5 مليارات دولار', 5000000000, 'USD', 'more_than', None, None, None)]),
    ('وتبرع المحسنون بمايربو على مليون ريال سعودي.', [('amount', 'مايربو على مليون ريال سعودي', 1000000, 'SAR', 'more_than', None, None, None)]),
    ('وصرفت اللجنة مايقل عن 20 ألف دولار.', [('amount', 'مايقل عن 20 ألف دولار', 20000, 'USD', 'less_than', None, None, None)]),
    ('ووزعت الجمعية مادون 500 ألف جنيه مصري.', [('amount', 'مادون 500 ألف جنيه مصري', 500000, 'EGP', 'less_than', None, None, None)]),
    ('وارتفعت الأسعار مايقرب من 10 في المئة.', [('percent', 'مايقرب من 10 في المئة', 10, None, 'nearly', None, None, None)]),
    ('وزار المعرض مايزيد على 30 ألف زائر.', [('amount', 'مايزيد على 30 ألف', 30000, None, 'more_than', None, None, None)]),
    ('وبلغت المنح ما يقرب من 6 ملايين جنيه مصري.', [('amount', 'ما يقرب من 6 ملايين جنيه مصري', 6000000, 'EGP', 'nearly', None, None, None)]),
    ('وقال مايلي: إن المشروع كلف 4 ملايين دولار.', [('amount', '4 ملايين دولار', 4000000, 'USD', 'exact', None, None, None)]),
    ('وهذا ماتم صرفه: 8 ملايين درهم.', [('amount', '8 ملايين درهم', 8000000, None, 'exact', None, None, None)]),
    ('وبلغ الإنفاق مايتعدى 70 مليون دينار أردني.', [('amount', 'مايتعدى 70 مليون دينار أردني', 70000000, 'JOD', 'more_than', None, None, None)]),
    ('وتصل القروض إلى مايقرب من مليار دولار.', [('amount', 'مايقرب من مليار دولار', 1000000000, 'USD', 'nearly', None, None, None)]),
    ('ومايزيد على 15 مليون يورو ذهبت إلى المدارس.', [('amount', 'مايزيد على 15 مليون يورو', 15000000, 'EUR', 'more_than', None, None, None)]),
]  # fmt: skip

# A quarter with no year is the one nearest the reference date (in June 2021, the fourth is
# 2021's); «من القرن», «من المباراة», «ربع الميزانية» are no dates.
QUARTERS_ALONE = [
    ('وسجلت الشركة أرباحا في الربع الأول بلغت 5 ملايين ريال سعودي.', [('date', 'الربع الأول', None, None, None, '2021-01', '2021-03', 'month'), ('amount', '5 ملايين ريال سعودي', 5000000, 'SAR', 'exact', None, None, None)]),
    ('وتراجعت المبيعات خلال الربع الثاني بنسبة 4 في المئة.', [('date', 'الربع الثاني', None, None, None, '2021-04', '2021-06', 'month'), ('percent', '4 في المئة', 4, None, 'exact', None, None, None)]),
    ('ويتوقع البنك نموا أقوى في الربع الثالث.', [('date', 'الربع الثالث', None, None, None, '2021-07', '2021-09', 'month')]),
    ('وتعهدت الوزارة بإنهاء المشروع في الربع الرابع.', [('date', 'الربع الرابع', None, None, None, '2021-10', '2021-12', 'month')]),
    ('وارتفعت الصادرات في الربع الأخير.', [('date', 'الربع الأخير', None, None, None, '2021-10', '2021-12', 'month')]),
    ('وسجل العجز في الربع الثاني من العام ارتفاعا.', [('date', 'الربع الثاني من العام', None, None, None, '2021-04', '2021-06', 'month')]),
    ('وبلغت الإيرادات في الربع الأول من العام الجاري 3 مليارات دولار.', [('date', 'الربع الأول من العام الجاري', None, None, None, '2021-01', '2021-03', 'month'), ('amount', '3 مليارات دولار', 3000000000, 'USD', 'exact', None, None, None)]),
    ('وانكمش الاقتصاد في الربع الثالث من العام الماضي.', [('date', 'الربع الثالث من العام الماضي', None, None, None, '2020-07', '2020-09', 'month')]),
    ('وتحسنت الأرقام في الربع الأول من عام 2019.', [('date', 'الربع الأول من عام 2019', None, None, None, '2019-01', '2019-03', 'month')]),
    ('ونما الناتج في الربع الثاني للعام 2020.', [('date', 'الربع الثاني للعام 2020', None, None, None, '2020-04', '2020-06', 'month')]),
    ('وسجلت الشركة خسائر في الربع الأول لعام 2018.', [('date', 'الربع الأول لعام 2018', None, None, None, '2018-01', '2018-03', 'month')]),
    ('وشهد الربع الأول من القرن تحولات كبيرة.', []),
    ('وتقدم الفريق في الربع الأخير من المباراة.', []),
    ('وأنفقت البلدية ربع مليون دولار على الحدائق.', [('amount', 'ربع مليون دولار', 250000, 'USD', 'exact', None, None, None)]),
    ('وخصصت الحكومة ربع الميزانية للتعليم.', []),
    ('وتسلمت الأسر ربع المبلغ في الدفعة الأولى.', []),
    ('وسجل النصف الأول من العام نموا.', [('date', 'النصف الأول من العام', None, None, None, '2021-01', '2021-06', 'month')]),
    ('وانتهى النصف الأول من المباراة بالتعادل.', []),
    ('وقال المدير إن نتائج الربع الأول فاقت التوقعات.', [('date', 'الربع الأول', None, None, None, '2021-01', '2021-03', 'month')]),
    ('وارتفعت الأسعار في الربع الثاني بأكثر من 3 في المئة.', [('date', 'الربع الثاني', None, None, None, '2021-04', '2021-06', 'month'), ('percent', 'أكثر من 3 في المئة', 3, None, 'more_than', None, None, None)]),
    ('وبلغ الإنتاج في الربع الأول من هذا الشهر ذروته.', [('date', 'هذا الشهر', None, None, None, '2021-06', None, 'month')]),
]  # fmt: skip

# «هذا اليوم» and «لهذا اليوم» are today, even before a noun with «ال»; «في مثل هذا اليوم»
# (that day in another year), «اليوم الوطني», «اليوم العالمي» are not.
THIS_DAY = [
    ('وذكرت الهيئة أن أبرز المتبرعين لهذا اليوم رجال أعمال.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وأعلنت اللجنة أن برنامج هذا اليوم يشمل ثلاث جلسات.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day'), ('number', 'ثلاث', 3, None, 'exact', None, None, None)]),
    ('وقال المنظمون إن حصيلة هذا اليوم بلغت 2 مليون درهم.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day'), ('amount', '2 مليون درهم', 2000000, None, 'exact', None, None, None)]),
    ('وأكد الوزير أن هذا اليوم تاريخي للبلاد.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وتستمر الحملة حتى هذا اليوم الخميس.', [('date', 'هذا اليوم الخميس', None, None, None, '2021-06-24', None, 'day')]),
    ('وشكر المتطوعين في هذا اليوم المبارك.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('ووزعت الجمعية لهذا اليوم 500 سلة غذائية.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day'), ('number', '500', 500, None, 'exact', None, None, None)]),
    ('وبلغت التبرعات حتى اليوم 40 مليون درهم.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day'), ('amount', '40 مليون درهم', 40000000, None, 'exact', None, None, None)]),
    ('وقال الوزير اليوم إن الميزانية جاهزة.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وأعلنت الهيئة اليوم الخميس نتائج الحملة.', [('date', 'اليوم الخميس', None, None, None, '2021-06-24', None, 'day')]),
    ('وتحتفل المدارس باليوم الوطني.', []),
    ('ويصادف اليوم العالمي للمياه موعد المؤتمر.', []),
    ('وفي مثل هذا اليوم من عام 1973 اندلعت الحرب.', [('year', 'عام 1973', None, None, None, '1973', None, 'year')]),
    ('وفي مثل هذا اليوم قبل عشر سنوات افتتح الجسر.', [('date', 'قبل عشر سنوات', None, None, None, '2011', None, 'year')]),
    ('وعقد المجلس جلسته أمس بحضور الوزراء.', [('date', 'أمس', None, None, None, '2021-06-23', None, 'day')]),
    ('وسيصل الوفد غدا إلى العاصمة.', [('date', 'غدا', None, None, None, '2021-06-25', None, 'day')]),
    ('وقالت الوزارة في بيان لها اليوم إن العمل مستمر.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وتبدأ الامتحانات بعد هذا اليوم بأسبوع.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('ولهذا اليوم أهمية خاصة لدى الأسر.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وأكد المدير أن العمل يبدأ من اليوم.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('واستمر الاجتماع طوال هذا اليوم.', [('date', 'هذا اليوم', None, None, None, '2021-06-24', None, 'day')]),
]  # fmt: skip

# «المغرب اليوم», «وطنا اليوم»… in a dateline or byline or after «صحيفة» is an outlet's name;
# «يشهد المغرب اليوم», «وقالت مصر اليوم:», «قال الوزير اليوم» are today.
OUTLETS_TODAY = [
    ('الرباط - المغرب اليوم: أعلنت وزارة المالية خطة جديدة.', []),
    ('المغرب اليوم - أعلنت الحكومة عن برنامج للسكن.', []),
    ('القاهرة - مصر اليوم: قررت المحافظة صرف منحة.', []),
    ('عمان - وطنا اليوم: أعلن صندوق المعونة زيادة المخصصات.', []),
    ('وطنا اليوم: قال وزير التنمية إن الصرف يبدأ الأحد.', [('date', 'الأحد', None, None, None, '2021-06-20', None, 'day')]),
    ('عمان / الأردن اليوم - أقر مجلس الوزراء الموازنة.', []),
    ('ونقلت صحيفة المصري اليوم عن مصدر رسمي أن القرار صدر.', []),
    ('وذكر موقع المغرب اليوم أن الاتفاق وقع في الرباط.', []),
    ('وقال الوزير اليوم إن الاتفاق سيوقع قريبا.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('ويشهد المغرب اليوم تحولات اقتصادية كبيرة.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وتواجه مصر اليوم تحديات في قطاع الطاقة.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وقالت مصر اليوم: إنها سترسل مساعدات.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وأعلن الأردن اليوم عن منحة جديدة للطلاب.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('ويحتفل لبنان اليوم بعيد الاستقلال.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وتستضيف الجزائر اليوم اجتماعا وزاريا.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('مصر اليوم تعلن خطة للتقشف.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وأكد المسؤول أن المغرب اليوم أقوى من أي وقت مضى.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('بيروت - لبنان اليوم: ارتفعت أسعار الوقود.', []),
    ('وقالت الحكومة اليوم - في بيان - إن الدعم مستمر.', [('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وزار الوفد المغرب اليوم الخميس.', [('date', 'اليوم الخميس', None, None, None, '2021-06-24', None, 'day')]),
    ('دبي - الخليج اليوم: أعلنت الهيئة إطلاق حملة.', []),
]  # fmt: skip

# «لشباط», «لتشرين الثاني»: a month glued to «ل» is a date; «لمايوكا», «لآب» (a father) are not.
MONTHS_AFTER_FOR = [
    ('وحدد المجلس موعد الجلسة لتشرين الثاني.', [('date', 'تشرين الثاني', None, None, None, '2021-11', None, 'month')]),
    ('وأرجأت اللجنة التصويت لشباط.', [('date', 'شباط', None, None, None, '2021-02', None, 'month')]),
    ('وأجل البنك القرار ليناير 2022.', [('date', 'يناير 2022', None, None, None, '2022-01', None, 'month')]),
    ('وعادت الأسعار إلى مستواها لأيلول الماضي.', [('date', 'أيلول الماضي', None, None, None, '2020-09', None, 'month')]),
    ('ونقلت الوزارة الاجتماع لأيار.', [('date', 'أيار', None, None, None, '2021-05', None, 'month')]),
    ('وتأجلت المحاكمة لكانون الأول المقبل.', [('date', 'كانون الأول المقبل', None, None, None, '2021-12', None, 'month')]),
    ('وحددت الشركة موعد الطرح لمارس.', [('date', 'مارس', None, None, None, '2021-03', None, 'month')]),
    ('وتعود البيانات لنيسان 2019.', [('date', 'نيسان 2019', None, None, None, '2019-04', None, 'month')]),
    ('وأرجئ المؤتمر لتموز.', [('date', 'تموز', None, None, None, '2021-07', None, 'month')]),
    ('ودعت النقابة لإضراب جديد لآذار المقبل.', [('date', 'آذار المقبل', None, None, None, '2022-03', None, 'month')]),
    ('وتم تمديد العقد لديسمبر القادم.', [('date', 'ديسمبر القادم', None, None, None, '2021-12', None, 'month')]),
    ('وأرجئت الانتخابات لحزيران (يونيو) 2022.', [('date', 'حزيران (يونيو) 2022', None, None, None, '2022-06', None, 'month')]),
    ('وأعلنت الإدارة الزيادة لأكتوبر.', [('date', 'أكتوبر', None, None, None, '2021-10', None, 'month')]),
    ('وتعود الأرقام لشهر آب الماضي.', [('date', 'آب الماضي', None, None, None, '2020-08', None, 'month')]),
    ('وقدم الابن الهدية لآب في العيد.', []),
    ('وكتب المقال لأيارات المدينة القديمة.', []),
    ('وقال لمايوكا إن الفريق جاهز.', []),
    ('وذهب لمارسيل صديقه القديم.', []),
    ('واستمع لتموزي الشاعر.', []),
    ('وأهدى الكتاب لنيساني العائلة.', []),
]  # fmt: skip
# «في تشرين الثاني وكانون الأول»: a month joined by «و» to a month just read is a second one.
SECOND_MONTHS = [
    ('وتراجعت المبيعات في تشرين الثاني وكانون الأول.', [('date', 'تشرين الثاني', None, None, None, '2021-11', None, 'month'), ('date', 'كانون الأول', None, None, None, '2021-12', None, 'month')]),
    ('وتراجعت المبيعات في تشرين الثاني 2015 وكانون الاول.', [('date', 'تشرين الثاني 2015', None, None, None, '2015-11', None, 'month'), ('date', 'كانون الاول', None, None, None, '2015-12', None, 'month')]),
    ('وارتفعت الأسعار في يناير 2020 وفبراير.', [('date', 'يناير 2020', None, None, None, '2020-01', None, 'month'), ('date', 'فبراير', None, None, None, '2020-02', None, 'month')]),
    ('وتوقف الإنتاج خلال مارس وأبريل.', [('date', 'مارس', None, None, None, '2021-03', None, 'month'), ('date', 'أبريل', None, None, None, '2021-04', None, 'month')]),
    ('وصدر التقرير في ديسمبر ويناير 2025.', [('date', 'ديسمبر', None, None, None, '2024-12', None, 'month'), ('date', 'يناير 2025', None, None, None, '2025-01', None, 'month')]),
    ('وسجل العجز في ديسمبر ويناير.', [('date', 'ديسمبر', None, None, None, '2021-12', None, 'month'), ('date', 'يناير', None, None, None, '2022-01', None, 'month')]),
    ('وتراجع الطلب منذ أيار وحزيران.', [('date', 'أيار', None, None, None, '2021-05', None, 'month'), ('date', 'حزيران', None, None, None, '2021-06', None, 'month')]),
    ('وتجري الامتحانات في أيار وحزيران 2022.', [('date', 'أيار', None, None, None, '2022-05', None, 'month'), ('date', 'حزيران 2022', None, None, None, '2022-06', None, 'month')]),
    ('وتوقفت الرحلات لشباط وآذار.', [('date', 'شباط', None, None, None, '2021-02', None, 'month'), ('date', 'آذار', None, None, None, '2021-03', None, 'month')]),
    ('وتنخفض الحرارة في كانون الثاني وشباط.', [('date', 'كانون الثاني', None, None, None, '2021-01', None, 'month'), ('date', 'شباط', None, None, None, '2021-02', None, 'month')]),
    ('وتتوقع الوزارة التعافي في شهر أكتوبر ونوفمبر.', [('date', 'أكتوبر', None, None, None, '2021-10', None, 'month'), ('date', 'نوفمبر', None, None, None, '2021-11', None, 'month')]),
    ('ونما الاقتصاد في يوليو الماضي وأغسطس.', [('date', 'يوليو الماضي', None, None, None, '2020-07', None, 'month'), ('date', 'أغسطس', None, None, None, '2020-08', None, 'month')]),
    ('وتراجعت الصادرات في مايو، ويونيو.', [('date', 'مايو', None, None, None, '2021-05', None, 'month'), ('date', 'يونيو', None, None, None, '2021-06', None, 'month')]),
    ('وعقدت الجلسات في مارس وآب.', [('date', 'مارس', None, None, None, '2021-03', None, 'month'), ('date', 'آب', None, None, None, '2021-08', None, 'month')]),
    ('وتحدث مارس وأبريل عن الخطة.', []),
    ('وقال الوزير إن سبتمبر وأكتوبر شهدا تراجعا.', []),
    ('وانتهت الأزمة في نيسان وبدأت أخرى.', [('date', 'نيسان', None, None, None, '2021-04', None, 'month')]),
    ('وتم التوقيع في أبريل وبعده في مايو 2022.', [('date', 'أبريل', None, None, None, '2021-04', None, 'month'), ('date', 'مايو 2022', None, None, None, '2022-05', None, 'month')]),
    ('وانخفض المؤشر في فبراير 2021 وفي مارس.', [('date', 'فبراير 2021', None, None, None, '2021-02', None, 'month'), ('date', 'مارس', None, None, None, '2021-03', None, 'month')]),
    ('وتراجعت الودائع في أغسطس وسبتمبر وأكتوبر.', [('date', 'أغسطس', None, None, None, '2021-08', None, 'month'), ('date', 'سبتمبر', None, None, None, '2021-09', None, 'month'), ('date', 'أكتوبر', None, None, None, '2021-10', None, 'month')]),
    ('وتراجع الإنتاج في تموز وآب.', [('date', 'تموز', None, None, None, '2021-07', None, 'month'), ('date', 'آب', None, None, None, '2021-08', None, 'month')]),
    ('وامتد الموسم من ديسمبر حتى مارس 2021.', [('date', 'ديسمبر حتى مارس 2021', None, None, None, '2020-12', '2021-03', 'month')]),
]  # fmt: skip
# «الأشهر الستة الأولى من العام»: counted first or last months of a year, a span of months.
COUNTED_MONTHS = [
    ('وارتفعت الصادرات في الأشهر الستة الأولى من العام.', [('date', 'الأشهر الستة الأولى من العام', None, None, None, '2021-01', '2021-06', 'month')]),
    ('ونمت الأرباح خلال الشهور الستة الأولى من 2018.', [('date', 'الشهور الستة الأولى من 2018', None, None, None, '2018-01', '2018-06', 'month')]),
    ('وتراجعت السياحة في الأشهر الثلاثة الأخيرة من العام الماضي.', [('date', 'الأشهر الثلاثة الأخيرة من العام الماضي', None, None, None, '2020-10', '2020-12', 'month')]),
    ('وبلغت المبيعات في الأشهر التسعة الأولى من عام 2020 مليون سيارة.', [('date', 'الأشهر التسعة الأولى من عام 2020', None, None, None, '2020-01', '2020-09', 'month'), ('amount', 'مليون', 1000000, None, 'exact', None, None, None)]),
    ('وسجل العجز في الأشهر الأربعة الأولى من العام الجاري ارتفاعا.', [('date', 'الأشهر الأربعة الأولى من العام الجاري', None, None, None, '2021-01', '2021-04', 'month')]),
    ('وانخفض التضخم في الأشهر الخمسة الأخيرة من 2019.', [('date', 'الأشهر الخمسة الأخيرة من 2019', None, None, None, '2019-08', '2019-12', 'month')]),
    ('وزادت الواردات في الاشهر الستة الاولى من العام الحالي.', [('date', 'الاشهر الستة الاولى من العام الحالي', None, None, None, '2021-01', '2021-06', 'month')]),
    ('وهبطت الأسعار في الشهور الثلاثة الأولى من سنة 2017.', [('date', 'الشهور الثلاثة الأولى من سنة 2017', None, None, None, '2017-01', '2017-03', 'month')]),
    ('وتحسن الأداء في الأشهر الثمانية الأولى من العام.', [('date', 'الأشهر الثمانية الأولى من العام', None, None, None, '2021-01', '2021-08', 'month')]),
    ('وتضاعفت الطلبات في الأشهر العشرة الأولى من 2016.', [('date', 'الأشهر العشرة الأولى من 2016', None, None, None, '2016-01', '2016-10', 'month')]),
    ('وتباطأ النمو في الأشهر السبعة الأخيرة من العام الماضي.', [('date', 'الأشهر السبعة الأخيرة من العام الماضي', None, None, None, '2020-06', '2020-12', 'month')]),
    ('وارتفع الدين في الأشهر الستة الأخيرة من عام 2018.', [('date', 'الأشهر الستة الأخيرة من عام 2018', None, None, None, '2018-07', '2018-12', 'month')]),
    ('وتراجعت الحوادث في الشهور الأربعة الأخيرة من العام.', [('date', 'الشهور الأربعة الأخيرة من العام', None, None, None, '2021-09', '2021-12', 'month')]),
    ('وزاد الإنفاق في الأشهر الثلاثة الأولى للعام 2020.', [('date', 'الأشهر الثلاثة الأولى للعام 2020', None, None, None, '2020-01', '2020-03', 'month')]),
    ('وتراجع الإنتاج في الأشهر الستة الأولى من الحرب.', []),
    ('وتحسن الأداء في الأشهر الستة الماضية.', []),
    ('وسجلت الشركة في الأشهر الستة الأولى نموا.', []),
    ('وانخفضت الأسعار في الأشهر الثلاثة الأخيرة من المشروع.', []),
    ('وقضى اللاعب الأشهر الستة الأولى من عقده مصابا.', []),
    ('وتحسنت النتائج في الأشهر الستة المقبلة.', []),
]  # fmt: skip
# «بحد أدناه», «بحد أقصاه»: a bound with its pronoun is the same hedge; «أدناه» alone (below) is none.
HEDGES_HIS_BOUND = [
    ('ويتقاضى العامل أجرا بحد أدناه 2000 شيكل.', [('amount', 'بحد أدناه 2000 شيكل', 2000, 'ILS', 'at_least', None, None, None)]),
    ('وحددت الغرامة بحد أقصاه 5000 دينار.', [('amount', 'بحد أقصاه 5000 دينار', 5000, None, 'at_most', None, None, None)]),
    ('ويحصل المتقاعد على معاش كحد أدناه 300 دينار.', [('amount', 'كحد أدناه 300 دينار', 300, None, 'at_least', None, None, None)]),
    ('وتبلغ الرسوم كحد أقصاه 100 دولار.', [('amount', 'كحد أقصاه 100 دولار', 100, 'USD', 'at_most', None, None, None)]),
    ('وتصل العقوبة بحد أقصاه 10 آلاف ريال.', [('amount', 'بحد أقصاه 10 آلاف ريال', 10000, None, 'at_most', None, None, None)]),
    ('ويمنح الصندوق قرضا بحد أدناه 50 ألف جنيه.', [('amount', 'بحد أدناه 50 ألف جنيه', 50000, None, 'at_least', None, None, None)]),
    ('ويبلغ الدعم بحد أدنى 200 دولار.', [('amount', 'بحد أدنى 200 دولار', 200, 'USD', 'at_least', None, None, None)]),
    ('وتبلغ المنحة بحد أقصى 400 يورو.', [('amount', 'بحد أقصى 400 يورو', 400, 'EUR', 'at_most', None, None, None)]),
    ('ويدفع المستأجر تأمينا بحد أدناه ألف شيكل.', [('amount', 'بحد أدناه ألف شيكل', 1000, 'ILS', 'at_least', None, None, None)]),
    ('وتصل الكفالة بحد أقصاه مليون درهم.', [('amount', 'بحد أقصاه مليون درهم', 1000000, None, 'at_most', None, None, None)]),
    ('وحدد الحد الأدنى للأجور بحد أدناه 1500 دينار أردني.', [('amount', 'بحد أدناه 1500 دينار أردني', 1500, 'JOD', 'at_least', None, None, None)]),
    ('وتكون الزيادة بحد أقصاه 5%.', [('percent', 'بحد أقصاه 5%', 5, None, 'at_most', None, None, None)]),
    ('وتقدم المنح بحد أدناه 20 مليون دولار سنويا.', [('amount', 'بحد أدناه 20 مليون دولار', 20000000, 'USD', 'at_least', None, None, None)]),
    ('ويبلغ السقف بحد أقصاه 3 مليارات ريال سعودي.', [('amount', 'بحد أقصاه 3 مليارات ريال سعودي', 3000000000, 'SAR', 'at_most', None, None, None)]),
    ('وتفرض الضريبة بحد أدناه 2.5 مليون جنيه.', [('amount', 'بحد أدناه 2.5 مليون جنيه', 2500000, None, 'at_least', None, None, None)]),
    ('وحددت المكافأة كحد أدناه 700 دولار.', [('amount', 'كحد أدناه 700 دولار', 700, 'USD', 'at_least', None, None, None)]),
    ('ويصرف البدل بحد أقصاه 250 دينارا.', [('amount', 'بحد أقصاه 250 دينارا', 250, None, 'at_most', None, None, None)]),
    ('وبلغ عدد المشاركين 2000 شخص بحدود القاعة.', [('number', '2000', 2000, None, 'exact', None, None, None)]),
    ('وقال إن أدناه 2000 شيكل فقط.', [('amount', '2000 شيكل', 2000, 'ILS', 'exact', None, None, None)]),
    ('وجاء في الجدول أدناه 500 دولار.', [('amount', '500 دولار', 500, 'USD', 'exact', None, None, None)]),
]  # fmt: skip

# «نهاية العام», «بداية الشهر»: an edge of the year or month the reference date lies in, dated as
# that whole year or month; «نهاية العام الماضي» stays «العام الماضي»; not a fiscal or school year,
# not «… نفسه», «… من الأزمة», not the weekend «نهاية الأسبوع».
PERIOD_EDGES = [
    ('وتعهدت الوزارة بصرف المستحقات قبل نهاية العام.', [('date', 'نهاية العام', None, None, None, '2021', None, 'year')]),
    ('وسيفتتح المستشفى الجديد مطلع العام بحسب المحافظ.', [('date', 'مطلع العام', None, None, None, '2021', None, 'year')]),
    ('وتوقع البنك أن يتراجع التضخم بحلول منتصف العام.', [('date', 'منتصف العام', None, None, None, '2021', None, 'year')]),
    ('وارتفعت أسعار الوقود منذ بداية الشهر.', [('date', 'بداية الشهر', None, None, None, '2021-06', None, 'month')]),
    ('وتصرف الرواتب في نهاية الشهر كالمعتاد.', [('date', 'نهاية الشهر', None, None, None, '2021-06', None, 'month')]),
    ('وأكد الوزير أن الطريق سيكتمل أواخر العام.', [('date', 'أواخر العام', None, None, None, '2021', None, 'year')]),
    ('وعادت الرحلات الجوية أوائل الشهر إلى طبيعتها.', [('date', 'أوائل الشهر', None, None, None, '2021-06', None, 'month')]),
    ('وتستمر الحملة حتى نهاية السنة في كل المحافظات.', [('date', 'نهاية السنة', None, None, None, '2021', None, 'year')]),
    ('وقدمت الشركة عرضها في مستهل الشهر.', [('date', 'مستهل الشهر', None, None, None, '2021-06', None, 'month')]),
    ('وتنتهي المرحلة الأولى بنهاية العام وفق الجدول.', [('date', 'نهاية العام', None, None, None, '2021', None, 'year')]),
    ('وستعلن النتائج مع ختام العام.', [('date', 'ختام العام', None, None, None, '2021', None, 'year')]),
    ('وقال المدير إن الأعمال بدأت أواسط الشهر.', [('date', 'أواسط الشهر', None, None, None, '2021-06', None, 'month')]),
    ('وسيعود الوفد في نهاية الشهر المقبل إلى عمان.', [('date', 'الشهر المقبل', None, None, None, '2021-07', None, 'month')]),
    ('وبلغ العجز ذروته أواخر العام الماضي.', [('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وستنشر الأرقام في بداية السنة القادمة.', [('date', 'السنة القادمة', None, None, None, '2022', None, 'year')]),
    ('وتوقف العمل في نهاية العام المالي بسبب نقص التمويل.', []),
    ('وانتهت الدراسة في ختام العام الدراسي.', []),
    ('وعاد اللاجئون في نهاية العام نفسه.', []),
    ('وتغيرت المعادلة منذ بداية العام من الأزمة.', []),
    ('وستصدر السندات مطلع العام 2022.', [('year', 'العام 2022', None, None, None, '2022', None, 'year')]),
    ('ويخرج السكان للتسوق في نهاية الأسبوع.', []),
    ('وحضر الوزير اجتماع نهاية الشهر الفضيل.', []),
]  # fmt: skip
# «33.5 ملياردولار»: a scale with its currency glued on (a space lost in typesetting); not the
# yen or the won, not «مليونير», not a counted noun glued on («مليونطن»).
GLUED_SCALES = [
    ('وقدر الإنفاق بنحو 12 مليار ريال عماني (33.5 ملياردولار) هذا العام.', [('amount', 'نحو 12 مليار ريال عماني', 12000000000, 'OMR', 'about', None, None, None), ('amount', '33.5 ملياردولار', 33500000000, 'USD', 'exact', None, None, None), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('ورصدت الحكومة 5 مليوندولار لإعادة تأهيل المدارس.', [('amount', '5 مليوندولار', 5000000, 'USD', 'exact', None, None, None)]),
    ('وتلقت البلدية منحة بقيمة 400 ألفدولار من البنك.', [('amount', '400 ألفدولار', 400000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الخسائر نحو 3 ملياراتدولار.', [('amount', 'نحو 3 ملياراتدولار', 3000000000, 'USD', 'about', None, None, None)]),
    ('واستثمرت الشركة 7 مليونيورو في المصنع الجديد.', [('amount', '7 مليونيورو', 7000000, 'EUR', 'exact', None, None, None)]),
    ('وخصص الصندوق 250 مليونريال للإسكان.', [('amount', '250 مليونريال', 250000000, None, 'exact', None, None, None)]),
    ('وبلغت قيمة العقد 2.5 مليارجنيه مصري.', [('amount', '2.5 مليارجنيه مصري', 2500000000, 'EGP', 'exact', None, None, None)]),
    ('وتبرع رجل الأعمال بـ 50 ألفدرهم للجمعية.', [('amount', '50 ألفدرهم', 50000, None, 'exact', None, None, None)]),
    ('وارتفعت الودائع إلى 18 ملياردينار كويتي.', [('amount', '18 ملياردينار كويتي', 18000000000, 'KWD', 'exact', None, None, None)]),
    ('ووصلت الديون إلى 90 ملياردولار أمريكي.', [('amount', '90 ملياردولار أمريكي', 90000000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الأرباح 1.2 بليوندولار العام الماضي.', [('amount', '1.2 بليوندولار', 1200000000, 'USD', 'exact', None, None, None), ('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وقدرت الأضرار بحوالي 600 مليونليرة.', [('amount', 'حوالي 600 مليونليرة', 600000000, None, 'about', None, None, None)]),
    ('وجمعت الحملة 3 ملايينيورو خلال أسبوع.', [('amount', '3 ملايينيورو', 3000000, 'EUR', 'exact', None, None, None)]),
    ('وكلف المشروع أكثر من 40 ملياردرهم.', [('amount', 'أكثر من 40 ملياردرهم', 40000000000, None, 'more_than', None, None, None)]),
    ('ودفعت الشركة غرامة قدرها 800 ألفشيكل.', [('amount', '800 ألفشيكل', 800000, 'ILS', 'exact', None, None, None)]),
    ('وأصبح التاجر مليونيرا بعد سنوات.', []),
    ('وقال إن 3 ملايين شخص تضرروا.', [('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وخرجت مسيرة مليونية في العاصمة.', []),
    ('وبلغ رصيده 9 ملايين دولار بعد الصفقة.', [('amount', '9 ملايين دولار', 9000000, 'USD', 'exact', None, None, None)]),
    ('وكرم النادي المليونير الشاب.', []),
    ('وتجاوزت الصادرات 2 مليونطن هذا العام.', [('number', '2', 2, None, 'exact', None, None, None), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('وحصل الفريق على 10 ملايينالجوائز.', [('number', '10', 10, None, 'exact', None, None, None)]),
]  # fmt: skip

# «70 ألف مليون دينار»: thousands of a larger scale, a billion (Tunisian, Algerian, Iraqi papers),
# «ألف مليار» a trillion, with digits or words before, hamza or none, the dual «ألفي»; «70 ألف
# ومليون» (joined by «و»), a comma or a line between them, «ألف مليونير», «آلاف ملايين الرسائل»
# (thousands of millions, no number) are no such amount.
THOUSANDS_OF_A_SCALE = [
    ('وقالت الوزيرة إن نفقات الدولة تقارب 52 ألف مليون دينار تونسي هذا العام.', [('amount', 'تقارب 52 ألف مليون دينار تونسي', 52000000000, 'TND', 'about', None, None, None), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('ورصدت الحكومة العراقية 9 آلاف مليون دينار عراقي لإعمار المدارس.', [('amount', '9 آلاف مليون دينار عراقي', 9000000000, 'IQD', 'exact', None, None, None)]),
    ('وتحتاج الخطة إلى ألف مليون دولار على الأقل.', [('amount', 'ألف مليون دولار على الأقل', 1000000000, 'USD', 'at_least', None, None, None)]),
    ('وبلغ الدين العام نحو ألف مليار دينار جزائري.', [('amount', 'نحو ألف مليار دينار جزائري', 1000000000000, 'DZD', 'about', None, None, None)]),
    ('وقدرت الخسائر بما يناهز خمسة آلاف مليار دينار عراقي.', [('amount', 'ما يناهز خمسة آلاف مليار دينار عراقي', 5000000000000, 'IQD', 'about', None, None, None)]),
    ('واقترضت الدولة الف مليون دولار من البنوك المحلية.', [('amount', 'الف مليون دولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وخصصت الميزانية ألفي مليون دينار ليبي للصحة.', [('amount', 'ألفي مليون دينار ليبي', 2000000000, 'LYD', 'exact', None, None, None)]),
    ('وارتفعت الودائع إلى ثلاثين ألف مليون دينار.', [('amount', 'ثلاثين ألف مليون دينار', 30000000000, None, 'exact', None, None, None)]),
    ('وبلغت الإيرادات ١٢ ألف مليون دينار تونسي.', [('amount', '١٢ ألف مليون دينار تونسي', 12000000000, 'TND', 'exact', None, None, None)]),
    ('وتتجاوز كلفة المشروع 3 آلاف مليار دينار عراقي.', [('amount', '3 آلاف مليار دينار عراقي', 3000000000000, 'IQD', 'exact', None, None, None)]),
    ('وطلبت الشركة ألف مليوندولار من المستثمرين.', [('amount', 'ألف مليوندولار', 1000000000, 'USD', 'exact', None, None, None)]),
    ('وأنفقت الوزارة 250 ألف مليون دينار عراقي على الكهرباء.', [('amount', '250 ألف مليون دينار عراقي', 250000000000, 'IQD', 'exact', None, None, None)]),
    ('وتبلغ قيمة العقود ما يقارب ألفا مليون دولار.', [('amount', 'ما يقارب ألفا مليون دولار', 2000000000, 'USD', 'about', None, None, None)]),
    ('وبلغت مخصصات الدعم 4 آلاف مليون دينار تونسي، منها ألف مليون للمحروقات.', [('amount', '4 آلاف مليون دينار تونسي', 4000000000, 'TND', 'exact', None, None, None), ('amount', 'ألف مليون', 1000000000, 'TND', 'exact', None, None, None)]),
    ('وقدر البنك حجم السيولة بحوالى 15 ألف مليار دينار.', [('amount', 'حوالى 15 ألف مليار دينار', 15000000000000, None, 'about', None, None, None)]),
    ('وتجاوزت الصادرات عشرة آلاف مليون دولار.', [('amount', 'عشرة آلاف مليون دولار', 10000000000, 'USD', 'exact', None, None, None)]),
    ('وقدم المانحون 70 ألف ومليون دينار أخرى للبلدية.', [('amount', '70 ألف', 70000, None, 'exact', None, None, None), ('amount', 'مليون دينار', 1000000, None, 'exact', None, None, None)]),
    ('وحضر المهرجان ألف، مليون زائر تابعوا البث.', [('amount', 'ألف', 1000, None, 'exact', None, None, None), ('amount', 'مليون', 1000000, None, 'exact', None, None, None)]),
    ('وتظاهر نحو ألف شخص، ومليون آخرون وقعوا العريضة.', [('amount', 'نحو ألف', 1000, None, 'about', None, None, None), ('amount', 'مليون', 1000000, None, 'exact', None, None, None)]),
    ('وشارك ألف متطوع في حملة كلفت مليون دولار.', [('amount', 'ألف', 1000, None, 'exact', None, None, None), ('amount', 'مليون دولار', 1000000, 'USD', 'exact', None, None, None)]),
    ('وتنقل الشبكة آلاف ملايين الرسائل يوميا.', []),
    ('وأضاف أن ألف مليونير يعيشون في المدينة.', [('amount', 'ألف', 1000, None, 'exact', None, None, None)]),
    ('ووصل عدد الزوار إلى 40 ألف\nمليون منهم من الخارج.', [('amount', '40 ألف', 40000, None, 'exact', None, None, None), ('amount', 'مليون', 1000000, None, 'exact', None, None, None)]),
    ('وقال إن حجم الموازنة يقارب 47 الف مليون دينار منها الثلث للأجور.', [('amount', 'يقارب 47 الف مليون دينار', 47000000000, None, 'about', None, None, None)]),
]  # fmt: skip

# A comma with one or two digits before a scale word («7,4 مليار», AFP style) is a decimal comma,
# and in a text that writes one, a comma and three digits before a scale word are a decimal too
# («21,635 مليار» is 21.635 billion). With no such comma in the text (or only a point, or the
# Maghrebi «3،5») «1,500 مليون» is 1.5 billion; before «ألف» or no scale, a comma groups thousands.
DECIMAL_COMMAS = [
    ('وارتفع العجز إلى 7,4 مليار دولار بعدما توقعت الوزارة إيرادات قدرها 21,635 مليار دينار كويتي.', [('amount', '7,4 مليار دولار', 7400000000, 'USD', 'exact', None, None, None), ('amount', '21,635 مليار دينار كويتي', 21635000000, 'KWD', 'exact', None, None, None)]),
    ('وبلغت النفقات 12,5 مليار دينار والإيرادات 9,870 مليار دينار.', [('amount', '12,5 مليار دينار', 12500000000, None, 'exact', None, None, None), ('amount', '9,870 مليار دينار', 9870000000, None, 'exact', None, None, None)]),
    ('وسجل الفائض 1,2 مليار دولار، وبلغت الصادرات 14,305 مليار دولار.', [('amount', '1,2 مليار دولار', 1200000000, 'USD', 'exact', None, None, None), ('amount', '14,305 مليار دولار', 14305000000, 'USD', 'exact', None, None, None)]),
    ('وقال البنك إن الاحتياطي بلغ 3,75 مليار يورو بعدما كان 2,940 مليار يورو.', [('amount', '3,75 مليار يورو', 3750000000, 'EUR', 'exact', None, None, None), ('amount', '2,940 مليار يورو', 2940000000, 'EUR', 'exact', None, None, None)]),
    ('وينتج الحقل 2,6 مليون برميل يوميا، وتبلغ عائداته 18,250 مليار دولار.', [('amount', '2,6 مليون', 2600000, None, 'exact', None, None, None), ('amount', '18,250 مليار دولار', 18250000000, 'USD', 'exact', None, None, None)]),
    ('وتقدر الكلفة بنحو 4,1 مليار دولار، منها 1,325 مليار دولار للبنية التحتية.', [('amount', 'نحو 4,1 مليار دولار', 4100000000, 'USD', 'about', None, None, None), ('amount', '1,325 مليار دولار', 1325000000, 'USD', 'exact', None, None, None)]),
    ('وقدرت الخسائر بـ3,5 مليار دولار وتجاوزت المساعدات 1,150 مليار دولار.', [('amount', '3,5 مليار دولار', 3500000000, 'USD', 'exact', None, None, None), ('amount', '1,150 مليار دولار', 1150000000, 'USD', 'exact', None, None, None)]),
    ('وتراجعت الإيرادات النفطية إلى 17,09 مليار دولار من 20,412 مليار دولار.', [('amount', '17,09 مليار دولار', 17090000000, 'USD', 'exact', None, None, None), ('amount', '20,412 مليار دولار', 20412000000, 'USD', 'exact', None, None, None)]),
    ('وبلغ عدد السكان 4,8 مليون نسمة، والناتج 160,125 مليار دولار.', [('amount', '4,8 مليون', 4800000, None, 'exact', None, None, None), ('amount', '160,125 مليار دولار', 160125000000, 'USD', 'exact', None, None, None)]),
    ('وأضاف أن المشروع كلف 5,25 مليون دولار و12,600 مليون دولار للمرحلة الثانية.', [('amount', '5,25 مليون دولار', 5250000, 'USD', 'exact', None, None, None), ('amount', '12,600 مليون دولار', 12600000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الديون 10,3 مليارات دولار و7,512 مليارات دولار في العام السابق.', [('amount', '10,3 مليارات دولار', 10300000000, 'USD', 'exact', None, None, None), ('amount', '7,512 مليارات دولار', 7512000000, 'USD', 'exact', None, None, None), ('date', 'العام السابق', None, None, None, '2020', None, 'year')]),
    ('وخصص الصندوق ٢,٥ مليار دولار و١٣,٧٥٠ مليار دولار للقروض.', [('amount', '٢,٥ مليار دولار', 2500000000, 'USD', 'exact', None, None, None), ('amount', '١٣,٧٥٠ مليار دولار', 13750000000, 'USD', 'exact', None, None, None)]),
    ('وارتفع العجز إلى 6,8 مليار دولار، أي نحو 2,085 مليار دينار كويتي.', [('amount', '6,8 مليار دولار', 6800000000, 'USD', 'exact', None, None, None), ('amount', 'نحو 2,085 مليار دينار كويتي', 2085000000, 'KWD', 'about', None, None, None)]),
    ('وبلغت الميزانية 1,500 مليون دولار هذا العام.', [('amount', '1,500 مليون دولار', 1500000000, 'USD', 'exact', None, None, None), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('وقالت الشركة إن أرباحها بلغت 2,750 مليون دولار.', [('amount', '2,750 مليون دولار', 2750000000, 'USD', 'exact', None, None, None)]),
    ('ووقع البلدان اتفاقا بقيمة 1,200,000 دولار بعد عجز بلغ 4,5 مليار دولار.', [('amount', '1,200,000 دولار', 1200000, 'USD', 'exact', None, None, None), ('amount', '4,5 مليار دولار', 4500000000, 'USD', 'exact', None, None, None)]),
    ('وبلغ عدد المسافرين 12,5 مليون مسافر ودفعوا 19,452 دينار رسوما.', [('amount', '12,5 مليون', 12500000, None, 'exact', None, None, None), ('amount', '19,452 دينار', 19452, None, 'exact', None, None, None)]),
    ('وقال إن 3,1 مليار دولار صرفت وإن 1,250 ألف عامل استفادوا.', [('amount', '3,1 مليار دولار', 3100000000, 'USD', 'exact', None, None, None), ('amount', '1,250 ألف', 1250000, None, 'exact', None, None, None)]),
    ('وبلغت المنحة 2,345 مليار دولار حسب البيان.', [('amount', '2,345 مليار دولار', 2345000000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت القروض 8,125 مليار دولار، وبلغت الفوائد 0.5 مليار دولار.', [('amount', '8,125 مليار دولار', 8125000000000, 'USD', 'exact', None, None, None), ('amount', '0.5 مليار دولار', 500000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت الكلفة 3،5 مليار دولار والتمويل 1,500 مليون دولار.', [('amount', '3،5 مليار دولار', 3500000000, 'USD', 'exact', None, None, None), ('amount', '1,500 مليون دولار', 1500000000, 'USD', 'exact', None, None, None)]),
    ('وبلغ العجز 5,7 مليار دولار.\nوتوقعت الوزارة إيرادات بـ11,215 مليار دينار.', [('amount', '5,7 مليار دولار', 5700000000, 'USD', 'exact', None, None, None), ('amount', '11,215 مليار دينار', 11215000000, None, 'exact', None, None, None)]),
    ('وبلغت الواردات 31,5 مليار دولار مقابل 28,060 مليار دولار قبل عام.', [('amount', '31,5 مليار دولار', 31500000000, 'USD', 'exact', None, None, None), ('amount', '28,060 مليار دولار', 28060000000, 'USD', 'exact', None, None, None), ('date', 'قبل عام', None, None, None, '2020', None, 'year')]),
    ('وبلغت الاستثمارات 9,45 مليار دولار في 1,250 مشروعا.', [('amount', '9,45 مليار دولار', 9450000000, 'USD', 'exact', None, None, None), ('number', '1,250', 1250, None, 'exact', None, None, None)]),
]  # fmt: skip

# «15 من الشهر الجاري», «العشرين من الشهر الماضي», «في 3 الجاري»: a day of the month a relative
# word names («من» makes the number a day); «الأسبوع الأول من يوليو» is that month, not its first
# day; a count before «الشهر الماضي» stays a count, and 31 June is no day.
DAYS_OF_A_RELATIVE_MONTH = [
    ('وتبدأ المرحلة الثانية في 15 من الشهر الجاري.', [('date', '15 من الشهر الجاري', None, None, None, '2021-06-15', None, 'day')]),
    ('وعقدت اللجنة اجتماعها يوم 10 من الشهر الماضي في الرياض.', [('date', '10 من الشهر الماضي', None, None, None, '2021-05-10', None, 'day')]),
    ('وتنتهي مهلة التسجيل في الأول من الشهر المقبل.', [('date', 'الأول من الشهر المقبل', None, None, None, '2021-07-01', None, 'day')]),
    ('وأقر المجلس الخطة في العشرين من الشهر الجاري.', [('date', 'العشرين من الشهر الجاري', None, None, None, '2021-06-20', None, 'day')]),
    ('وقال البيان إن الدفعة صرفت في 3 الجاري.', [('date', '3 الجاري', None, None, None, '2021-06-03', None, 'day')]),
    ('ويستمر المعرض حتى 30 من الشهر الجاري.', [('date', '30 من الشهر الجاري', None, None, None, '2021-06-30', None, 'day')]),
    ('وسيعقد المؤتمر في الخامس عشر من الشهر المقبل.', [('date', 'الخامس عشر من الشهر المقبل', None, None, None, '2021-07-15', None, 'day')]),
    ('ووقعت الاتفاقية في الـ12 من الشهر الحالي.', [('date', '12 من الشهر الحالي', None, None, None, '2021-06-12', None, 'day')]),
    ('وأعلنت الشركة نتائجها في 7 من هذا الشهر.', [('date', '7 من هذا الشهر', None, None, None, '2021-06-07', None, 'day')]),
    ('وبدأ الإضراب في الثامن من الشهر الماضي.', [('date', 'الثامن من الشهر الماضي', None, None, None, '2021-05-08', None, 'day')]),
    ('وانطلقت الحملة في 21 الحالي بمشاركة واسعة.', [('date', '21 الحالي', None, None, None, '2021-06-21', None, 'day')]),
    ('وصلت الشحنة الأولى في 2 من الشهر القادم.', [('date', '2 من الشهر القادم', None, None, None, '2021-07-02', None, 'day')]),
    ('وتعطلت المحطة منذ 18 من الشهر المنصرم.', [('date', '18 من الشهر المنصرم', None, None, None, '2021-05-18', None, 'day')]),
    ('وتصرف المنح في الأسبوع الأول من يوليو.', [('date', 'الأسبوع الأول من يوليو', None, None, None, '2021-07', None, 'month')]),
    ('وتجري الانتخابات في الأسبوع الثاني من الشهر المقبل.', [('date', 'الأسبوع الثاني من الشهر المقبل', None, None, None, '2021-07', None, 'month')]),
    ('وارتفع عدد المصابين إلى 40 الشهر الماضي.', [('number', '40', 40, None, 'exact', None, None, None), ('date', 'الشهر الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وسجلت المدينة 25 حالة الشهر الجاري.', [('number', '25', 25, None, 'exact', None, None, None), ('date', 'الشهر الجاري', None, None, None, '2021-06', None, 'month')]),
    ('وتوفي 12 من المصابين الشهر الماضي.', [('number', '12', 12, None, 'exact', None, None, None), ('date', 'الشهر الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وبلغت المبيعات 3 ملايين الشهر الجاري.', [('amount', '3 ملايين', 3000000, None, 'exact', None, None, None), ('date', 'الشهر الجاري', None, None, None, '2021-06', None, 'month')]),
    ('وقال إن 31 من الشهر الجاري موعد نهائي.', [('number', '31', 31, None, 'exact', None, None, None), ('date', 'الشهر الجاري', None, None, None, '2021-06', None, 'month')]),
    ('وتسلم 45 من العاملين رواتبهم هذا الشهر.', [('number', '45', 45, None, 'exact', None, None, None), ('date', 'هذا الشهر', None, None, None, '2021-06', None, 'month')]),
]  # fmt: skip

# «العام قبل الماضي», «السنة قبل الماضية», «الشهر قبل الماضي»: two of the period back, also after an
# edge word («مطلع العام قبل الماضي»); «قبل الماضي» after no period, a season or a term is no date.
PERIODS_BEFORE_LAST = [
    ('وارتفع العجز في العام قبل الماضي إلى مستوى قياسي.', [('date', 'العام قبل الماضي', None, None, None, '2019', None, 'year')]),
    ('وكانت الحكومة قد أعلنت الخطة السنة قبل الماضية.', [('date', 'السنة قبل الماضية', None, None, None, '2019', None, 'year')]),
    ('وصرفت الدفعة الأولى الشهر قبل الماضي.', [('date', 'الشهر قبل الماضي', None, None, None, '2021-04', None, 'month')]),
    ('وزار الوفد المدينة الأسبوع قبل الماضي.', [('date', 'الأسبوع قبل الماضي', None, None, None, '2021-W23', None, 'week')]),
    ('وبلغت الصادرات ذروتها للعام قبل الماضي.', [('date', 'لعام قبل الماضي', None, None, None, '2019', None, 'year')]),
    ('وتراجعت الأسعار منذ العام قبل الماضي.', [('date', 'العام قبل الماضي', None, None, None, '2019', None, 'year')]),
    ('وقارن التقرير الأرقام بأرقام الشهر قبل الماضي.', [('date', 'الشهر قبل الماضي', None, None, None, '2021-04', None, 'month')]),
    ('وتأجل المشروع من السنة قبل الماضية إلى اليوم.', [('date', 'السنة قبل الماضية', None, None, None, '2019', None, 'year'), ('date', 'اليوم', None, None, None, '2021-06-24', None, 'day')]),
    ('وأعلن البنك نتائج العام قبل الماضي أمس.', [('date', 'العام قبل الماضي', None, None, None, '2019', None, 'year'), ('date', 'أمس', None, None, None, '2021-06-23', None, 'day')]),
    ('وبدأت الأزمة مطلع العام قبل الماضي.', [('date', 'العام قبل الماضي', None, None, None, '2019', None, 'year')]),
    ('وسجلت المدينة أعلى حرارة في الشهر قبل الماضي.', [('date', 'الشهر قبل الماضي', None, None, None, '2021-04', None, 'month')]),
    ('وتضاعف الإنفاق بين العام قبل الماضي والعام الجاري.', [('date', 'العام قبل الماضي', None, None, None, '2019', None, 'year'), ('date', 'العام الجاري', None, None, None, '2021', None, 'year')]),
    ('ووصلت المساعدات في نهاية العام قبل الماضي.', [('date', 'العام قبل الماضي', None, None, None, '2019', None, 'year')]),
    ('وانخفض التضخم في العام الماضي.', [('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وارتفعت الأسعار الشهر الماضي.', [('date', 'الشهر الماضي', None, None, None, '2021-05', None, 'month')]),
    ('وقال قبل الماضي بأيام إن الوضع تحسن.', []),
    ('وفاز الفريق في الموسم قبل الماضي باللقب.', []),
    ('وتولى منصبه قبل عامين.', [('date', 'قبل عامين', None, None, None, '2019', None, 'year')]),
    ('وعاد في الأسبوع الماضي إلى عمله.', [('date', 'الأسبوع الماضي', None, None, None, '2021-W24', None, 'week')]),
    ('وتحدث الوزير عن العام قبل المقبل.', []),
    ('وجرت الانتخابات في الدورة قبل الماضية.', []),
]  # fmt: skip


# Issue 14, fourth round (branch m4dates): three date classes, read as if published on
# Thursday 24 June 2021. Spans of years next to the reference year: the reference year is in
# neither way («السنوات الثلاث الماضية» are 2018–2020, as «العام الماضي» is 2020).
RELATIVE_YEAR_SPANS = [
    ('وتتوقع الحكومة نمو الاقتصاد خلال العامين المقبلين.', [('date', 'العامين المقبلين', None, None, None, '2022', '2023', 'year')]),
    ('وتضاعفت الديون في العامين الماضيين.', [('date', 'العامين الماضيين', None, None, None, '2019', '2020', 'year')]),
    ('وخصصت الوزارة المبلغ للعامين القادمين.', [('date', 'للعامين القادمين', None, None, None, '2022', '2023', 'year')]),
    ('وتراجعت الصادرات في السنتين الماضيتين.', [('date', 'السنتين الماضيتين', None, None, None, '2019', '2020', 'year')]),
    ('وتعتزم الشركة توسيع مصانعها في السنتين المقبلتين.', [('date', 'السنتين المقبلتين', None, None, None, '2022', '2023', 'year')]),
    ('وارتفعت الأسعار خلال السنوات الثلاث الماضية.', [('date', 'السنوات الثلاث الماضية', None, None, None, '2018', '2020', 'year')]),
    ('وتستهدف الخطة السنوات الخمس المقبلة.', [('date', 'السنوات الخمس المقبلة', None, None, None, '2022', '2026', 'year')]),
    ('ولم تتغير الرسوم خلال السنوات الخمس الأخيرة.', [('date', 'السنوات الخمس الأخيرة', None, None, None, '2016', '2020', 'year')]),
    ('وستنفق الدولة على الطرق في الأعوام الثلاثة القادمة.', [('date', 'الأعوام الثلاثة القادمة', None, None, None, '2022', '2024', 'year')]),
    ('وتراجع عدد السياح في الأعوام العشرة الماضية.', [('date', 'الأعوام العشرة الماضية', None, None, None, '2011', '2020', 'year')]),
    ('وتضاعف الإنتاج في الخمس سنوات الأخيرة.', [('date', 'الخمس سنوات الأخيرة', None, None, None, '2016', '2020', 'year')]),
    ('ويتوقع البنك تحسن النمو في الثلاث سنوات المقبلة.', [('date', 'الثلاث سنوات المقبلة', None, None, None, '2022', '2024', 'year')]),
    ('وشهدت البلاد جفافا في السنوات الـ4 الماضية.', [('date', 'السنوات الـ4 الماضية', None, None, None, '2017', '2020', 'year')]),
    ('وتشمل الخطة للسنوات الأربع المقبلة مشاريع جديدة.', [('date', 'للسنوات الأربع المقبلة', None, None, None, '2022', '2025', 'year')]),
    ('وتغير وجه المدينة في العشرين عاما الماضية.', [('date', 'العشرين عاما الماضية', None, None, None, '2001', '2020', 'year')]),
    ('وانخفضت البطالة في العامين الأخيرين.', [('date', 'العامين الأخيرين', None, None, None, '2019', '2020', 'year')]),
    ('وتضاعف الدين في العامين الماضيين، وسيتراجع في العامين المقبلين.', [('date', 'العامين الماضيين', None, None, None, '2019', '2020', 'year'), ('date', 'العامين المقبلين', None, None, None, '2022', '2023', 'year')]),
    ('وأنجز المقاول الجسر خلال عامين.', []),
    ('وتعلم الطلاب اللغة في السنوات الثلاث الأولى من الدراسة.', []),
    ('وتوقفت الدروس في العامين الدراسيين بسبب الوباء.', []),
    ('وقال إن السنوات الماضية كانت صعبة.', []),
    ('وعرض المهرجان فيلم «العامين» للمخرج الشاب.', []),
    ('وتحسن الأداء في السنوات الأخيرة.', []),
]  # fmt: skip

# A year something is compared with: after «مقارنة بـ», «قياسا إلى», or «عن/على» right after a
# percent or a change word; a counted noun, a currency or a scale after it keeps it a number.
COMPARED_YEARS = [
    ('وقدرت الإيرادات بزيادة 4% عن 2020، بحسب الوزارة.', [('percent', '4%', 4, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وارتفعت المبيعات 12% على 2019.', [('percent', '12%', 12, None, 'exact', None, None, None), ('year', '2019', None, None, None, '2019', None, 'year')]),
    ('وتراجع العجز مقارنة بـ2020.', [('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وتحسنت الأرقام مقارنة ب 2018 حين تراجعت الأسعار.', [('year', '2018', None, None, None, '2018', None, 'year')]),
    ('وانخفضت الواردات بالمقارنة مع 2020.', [('year', '2020', None, None, None, '2020', None, 'year')]),
    ('ونمت الودائع قياسا إلى 2019.', [('year', '2019', None, None, None, '2019', None, 'year')]),
    ('وسجل الناتج ارتفاعا عن 2020، وفق التقرير.', [('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وجاءت الأرقام منخفضة عن 2019 بنسبة 3%.', [('year', '2019', None, None, None, '2019', None, 'year'), ('percent', '3%', 3, None, 'exact', None, None, None)]),
    ('وزادت الصادرات 7 في المئة عن 2020.', [('percent', '7 في المئة', 7, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وارتفع التضخم بنسبة 2.5% عن 2020 في المدن.', [('percent', '2.5%', D('2.5'), None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('ومقارنة بـ2019 تحسنت الخدمات.', [('year', '2019', None, None, None, '2019', None, 'year')]),
    ('وتراجعت الأسعار 3% مقارنة مع 2020.', [('percent', '3%', 3, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وارتفعت الحصيلة 4% على 2020 بسبب الضرائب.', [('percent', '4%', 4, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وتراجع الإنفاق بنسبة 6% مقارنة بـ2019، وفق البيان.', [('percent', '6%', 6, None, 'exact', None, None, None), ('year', '2019', None, None, None, '2019', None, 'year')]),
    ('وسجلت الشركة نموا عن 2020 بنسبة 9%.', [('year', '2020', None, None, None, '2020', None, 'year'), ('percent', '9%', 9, None, 'exact', None, None, None)]),
    ('وبلغ عدد العاملين زيادة عن 2025 موظف.', [('number', '2025', 2025, None, 'exact', None, None, None)]),
    ('وحصل المرشح على 2021 صوتا.', [('number', '2021', 2021, None, 'exact', None, None, None)]),
    ('وتزيد التكلفة عن 2020 دولار.', [('amount', '2020 دولار', 2020, 'USD', 'exact', None, None, None)]),
    ('وقفز عدد المسجلين بزيادة عن 2019 شخصا.', [('number', '2019', 2019, None, 'exact', None, None, None)]),
    ('وارتفع السعر 5% عن 2020 دينار.', [('percent', '5%', 5, None, 'exact', None, None, None), ('amount', '2020 دينار', 2020, None, 'exact', None, None, None)]),
    ('وقال إن الفائض يزيد على 2020 مليون.', [('amount', 'يزيد على 2020 مليون', 2020000000, None, 'more_than', None, None, None)]),
]  # fmt: skip

# A page stamp «الثلاثاء 06/22»: a weekday, then month/day (or day/month) with no year, a
# day of the reference year only when the weekday fits exactly one reading.
WEEKDAY_STAMPS = [
    ('الرياض – أعلنت الهيئة الثلاثاء 06/22 نتائج المسابقة.', [('date', 'الثلاثاء 06/22', None, None, None, '2021-06-22', None, 'day')]),
    ('وصدر القرار الأربعاء 06/23 بعد اجتماع طويل.', [('date', 'الأربعاء 06/23', None, None, None, '2021-06-23', None, 'day')]),
    ('عمان – وقع الوزير الاتفاقية الخميس 06/24 في مقر الوزارة.', [('date', 'الخميس 06/24', None, None, None, '2021-06-24', None, 'day')]),
    ('وافتتح المعرض الاثنين 06/21 في العاصمة.', [('date', 'الاثنين 06/21', None, None, None, '2021-06-21', None, 'day')]),
    ('القاهرة – أعلن البنك الثلاثاء 22/06 خفض الفائدة.', [('date', 'الثلاثاء 22/06', None, None, None, '2021-06-22', None, 'day')]),
    ('وأقر المجلس الموازنة الجمعة 02/05 بالأغلبية.', [('date', 'الجمعة 02/05', None, None, None, '2021-02-05', None, 'day')]),
    ('وزار الوفد الميناء الثلاثاء 3/9 للمرة الأولى.', [('date', 'الثلاثاء 3/9', None, None, None, '2021-03-09', None, 'day')]),
    ('وبدأ التسجيل الأربعاء 01/06 في كل المدارس.', [('date', 'الأربعاء 01/06', None, None, None, '2021-01-06', None, 'day')]),
    ('وانتهت المهلة الجمعة 04/30 دون اتفاق.', [('date', 'الجمعة 04/30', None, None, None, '2021-04-30', None, 'day')]),
    ('وصدر التقرير الاثنين، 11/15 بعد تأجيل.', [('date', 'الاثنين، 11/15', None, None, None, '2021-11-15', None, 'day')]),
    ('وأعلنت الشركة أرباحها الجمعة 06/18 في بيان.', [('date', 'الجمعة 06/18', None, None, None, '2021-06-18', None, 'day')]),
    ('وقدمت الوزارة الأربعاء 12/01 مشروع القانون.', [('date', 'الأربعاء 12/01', None, None, None, '2021-12-01', None, 'day')]),
    ('وعقد المؤتمر الثلاثاء 01/12 في الفندق.', [('date', 'الثلاثاء 01/12', None, None, None, '2021-01-12', None, 'day')]),
    ('وأعلنت النتائج الخميس 1/7 في بيان مقتضب.', [('number', '1', 1, None, 'exact', None, None, None), ('number', '7', 7, None, 'exact', None, None, None)]),
    ('وأعلنت النتائج الاثنين 2/8 في بيان مقتضب.', [('number', '2', 2, None, 'exact', None, None, None), ('number', '8', 8, None, 'exact', None, None, None)]),
    ('ووصل الوفد الأحد 06/22 إلى المطار.', [('number', '06', 6, None, 'exact', None, None, None), ('number', '22', 22, None, 'exact', None, None, None)]),
    ('وأعلن المصرف الثلاثاء 13/13 عن خطته.', [('number', '13', 13, None, 'exact', None, None, None), ('number', '13', 13, None, 'exact', None, None, None)]),
    ('وبدأت الحملة الثلاثاء 22/06/2021 في المدن.', [('date', '22/06/2021', None, None, None, '2021-06-22', None, 'day')]),
    ('وتسلم الموظفون رواتبهم الخميس 31/06 متأخرة.', [('number', '31', 31, None, 'exact', None, None, None), ('number', '06', 6, None, 'exact', None, None, None)]),
    ('وانعقد المجلس السبت 2/30 للمرة الثانية.', [('number', '2', 2, None, 'exact', None, None, None), ('number', '30', 30, None, 'exact', None, None, None)]),
    ('وقال الوزير الثلاثاء 5/3 إن الخطة جاهزة.', [('number', '5', 5, None, 'exact', None, None, None), ('number', '3', 3, None, 'exact', None, None, None)]),
]  # fmt: skip


def test_without_a_reference_date_a_span_of_years_has_no_date():
    assert found("في العامين المقبلين والسنوات الخمس الماضية", None) == [
        ("date", "العامين المقبلين", None, None, None, None, None, "relative"),
        ("date", "السنوات الخمس الماضية", None, None, None, None, None, "relative"),
    ]


# --- Issue 15: currencies of the Maghreb and the quoted Gulf style ----------------------
# «دج» is the Algerian dinar written without its dots; «دجاج» (chicken) and «دجلة» are no
# currency, and a full stop after «دج» ends the sentence, not the amount. «أوقية» is the
# Mauritanian ouguiya, unless it is an ounce of gold or silver.
UNDOTTED_ABBREVIATIONS = [
    (
        "وقدرت الحكومة نفقات التسيير بـ 5120 مليار دج في الموازنة الجديدة.",
        [("amount", "5120 مليار دج", 5120000000000, "DZD", "exact", None, None, None)],
    ),
    (
        "وبلغت مداخيل الجباية 812 مليار دج حسب الوزارة.",
        [("amount", "812 مليار دج", 812000000000, "DZD", "exact", None, None, None)],
    ),
    (
        "ورصدت الولاية 45 مليون دج لترميم المدارس.",
        [("amount", "45 مليون دج", 45000000, "DZD", "exact", None, None, None)],
    ),
    (
        "وسعر الكيلوغرام 350 دج في الأسواق الشعبية.",
        [("amount", "350 دج", 350, "DZD", "exact", None, None, None)],
    ),
    (
        "وخصصت البلدية غلافا قدره 12 مليار دج للطرق.",
        [("amount", "12 مليار دج", 12000000000, "DZD", "exact", None, None, None)],
    ),
    (
        "وتراجع العجز إلى 1900 مليار دج مقابل 2300 مليار دج قبل عام.",
        [
            ("amount", "1900 مليار دج", 1900000000000, "DZD", "exact", None, None, None),
            ("amount", "2300 مليار دج", 2300000000000, "DZD", "exact", None, None, None),
            ("date", "قبل عام", None, None, None, "2020", None, "year"),
        ],
    ),
    (
        "وارتفعت الأجور بنحو 3000 دج شهريا.",
        [("amount", "نحو 3000 دج", 3000, "DZD", "about", None, None, None)],
    ),
    (
        "وبلغت قيمة الصادرات أكثر من 700 مليار دج.",
        [("amount", "أكثر من 700 مليار دج", 700000000000, "DZD", "more_than", None, None, None)],
    ),
    (
        "وقدرت الخسائر بـ 2.5 مليار دج.",
        [("amount", "2.5 مليار دج", 2500000000, "DZD", "exact", None, None, None)],
    ),
    (
        "وبيع الدجاج بـ 420 دج للكيلوغرام.",
        [("amount", "420 دج", 420, "DZD", "exact", None, None, None)],
    ),
    (
        "وتضاعف سعر الدجاج مرتين هذا الشهر.",
        [("date", "هذا الشهر", None, None, None, "2021-06", None, "month")],
    ),
    ("واشترت العائلة 3 دجاجات من السوق.", [("number", "3", 3, None, "exact", None, None, None)]),
    (
        "وصرفت الوزارة 60 مليون د.ج للمستشفيات.",
        [("amount", "60 مليون د.ج", 60000000, "DZD", "exact", None, None, None)],
    ),
    (
        "ويكلف الاشتراك 1500 د. ج في السنة.",
        [("amount", "1500 د. ج", 1500, "DZD", "exact", None, None, None)],
    ),
    (
        "وبلغت الميزانية 9 مليارات د.ج بعد التعديل.",
        [("amount", "9 مليارات د.ج", 9000000000, "DZD", "exact", None, None, None)],
    ),
    (
        "ودفعت الشركة 40 مليون دجلة للمقاول.",
        [("amount", "40 مليون", 40000000, None, "exact", None, None, None)],
    ),
    (
        "وحصل الفلاح على دعم قيمته 200 ألف دج.",
        [("amount", "200 ألف دج", 200000, "DZD", "exact", None, None, None)],
    ),
    ("ويبلغ سعر التذكرة 80 دج.", [("amount", "80 دج", 80, "DZD", "exact", None, None, None)]),
    (
        "وحدد سعر الخبز بـ 10 دج للرغيف.",
        [("amount", "10 دج", 10, "DZD", "exact", None, None, None)],
    ),
    (
        "وقدر المبلغ بـ 600 مليار دج، أي نحو 4 مليارات دولار.",
        [
            ("amount", "600 مليار دج", 600000000000, "DZD", "exact", None, None, None),
            ("amount", "نحو 4 مليارات دولار", 4000000000, "USD", "about", None, None, None),
        ],
    ),
    (
        "وسجلت الخزينة 150 مليار دج فائضا.",
        [("amount", "150 مليار دج", 150000000000, "DZD", "exact", None, None, None)],
    ),
]

OUGUIYAS = [
    (
        "ورصدت الحكومة الموريتانية 16 مليار أوقية للتعليم.",
        [("amount", "16 مليار أوقية", 16000000000, "MRU", "exact", None, None, None)],
    ),
    (
        "وبلغت قيمة القرض 300 مليون أوقية جديدة.",
        [("amount", "300 مليون أوقية", 300000000, "MRU", "exact", None, None, None)],
    ),
    (
        "ودفع التاجر 5000 أوقيه رسوما جمركية.",
        [("amount", "5000 أوقيه", 5000, "MRU", "exact", None, None, None)],
    ),
    (
        "وتجاوزت الميزانية 80 مليار أوقية هذا العام.",
        [
            ("amount", "80 مليار أوقية", 80000000000, "MRU", "exact", None, None, None),
            ("date", "هذا العام", None, None, None, "2021", None, "year"),
        ],
    ),
    (
        "وقدرت الخسائر بنحو 12 مليون أوقية.",
        [("amount", "نحو 12 مليون أوقية", 12000000, "MRU", "about", None, None, None)],
    ),
    (
        "ووزعت الوكالة 250 ألف أوقية على الأسر الفقيرة.",
        [("amount", "250 ألف أوقية", 250000, "MRU", "exact", None, None, None)],
    ),
    (
        "ويبلغ الحد الأدنى للأجور 4000 أوقية.",
        [("amount", "4000 أوقية", 4000, "MRU", "exact", None, None, None)],
    ),
    (
        "وصرفت الوزارة أكثر من 2 مليار أوقية للمياه.",
        [("amount", "أكثر من 2 مليار أوقية", 2000000000, "MRU", "more_than", None, None, None)],
    ),
    (
        "وسجلت الخزينة عجزا قدره 7 مليارات أوقية.",
        [("amount", "7 مليارات أوقية", 7000000000, "MRU", "exact", None, None, None)],
    ),
    (
        "وبلغ سعر أوقية الذهب 2300 دولار.",
        [("amount", "2300 دولار", 2300, "USD", "exact", None, None, None)],
    ),
    (
        "وارتفع الذهب إلى 2300 دولار للأوقية.",
        [("amount", "2300 دولار", 2300, "USD", "exact", None, None, None)],
    ),
    (
        "وأنتج المنجم 300 ألف أوقية من الذهب العام الماضي.",
        [
            ("amount", "300 ألف", 300000, None, "exact", None, None, None),
            ("date", "العام الماضي", None, None, None, "2020", None, "year"),
        ],
    ),
    (
        "وباع البنك المركزي 5 ملايين أوقية الذهب.",
        [("amount", "5 ملايين", 5000000, None, "exact", None, None, None)],
    ),
    (
        "وتملك الشركة احتياطيا يقارب 2 مليون أوقية ذهبا.",
        [("amount", "يقارب 2 مليون", 2000000, None, "about", None, None, None)],
    ),
    (
        "وبيعت 40 ألف أوقية من الفضة في المزاد.",
        [("amount", "40 ألف", 40000, None, "exact", None, None, None)],
    ),
    (
        "وسعر الأوقية 24 دولارا في السوق.",
        [("amount", "24 دولارا", 24, "USD", "exact", None, None, None)],
    ),
    (
        "وصدر 100 ألف أوقية تروي من المعدن.",
        [("amount", "100 ألف", 100000, None, "exact", None, None, None)],
    ),
    (
        "وحصلت البلدية على 90 مليون أوقية من الدولة.",
        [("amount", "90 مليون أوقية", 90000000, "MRU", "exact", None, None, None)],
    ),
    (
        "وكلفت الطريق 30 مليار أوقية قديمة.",
        [("amount", "30 مليار أوقية", 30000000000, "MRU", "exact", None, None, None)],
    ),
    (
        "ودعمت الحكومة الصيادين بـ 600 مليون أوقيه.",
        [("amount", "600 مليون أوقيه", 600000000, "MRU", "exact", None, None, None)],
    ),
    (
        "وأنفق المستشفى 45 مليون أوقية على الأدوية.",
        [("amount", "45 مليون أوقية", 45000000, "MRU", "exact", None, None, None)],
    ),
]


# A number in quotation marks before its scale, as the bracketed Saudi style; a quoted
# number with no scale after it is a title or a name. The dual of a scale with the article
# after a hedge («تقارب الملياري دولار») is two of it only before a currency word:
# «الزحف المليوني» is a million-strong march, «عام الألفين» the year 2000.
QUOTED_NUMBERS = [
    (
        'وقدرت الوزارة الإيرادات بـ "2ر3" مليار ريال عماني.',
        [("amount", '"2ر3" مليار ريال عماني', 3200000000, "OMR", "exact", None, None, None)],
    ),
    (
        "وبلغ الإنفاق الاستثماري “9ر13” مليار ريال عماني في الخطة.",
        [("amount", "“9ر13” مليار ريال عماني", 13900000000, "OMR", "exact", None, None, None)],
    ),
    (
        "ووزعت الهيئة «5» ملايين ريال على الجمعيات.",
        [("amount", "«5» ملايين ريال", 5000000, None, "exact", None, None, None)],
    ),
    (
        'وسجل الفائض "4ر1" مليار ريال هذا الربع.',
        [("amount", '"4ر1" مليار ريال', 1400000000, None, "exact", None, None, None)],
    ),
    (
        'وخصص الصندوق "750" مليون دولار للطاقة.',
        [("amount", '"750" مليون دولار', 750000000, "USD", "exact", None, None, None)],
    ),
    (
        "ورصدت الحكومة ”2ر6“ مليار ريال قطري للنقل.",
        [("amount", "”2ر6“ مليار ريال قطري", 6200000000, "QAR", "exact", None, None, None)],
    ),
    (
        'وبلغت الديون نحو "3ر22" مليار ريال.',
        [("amount", 'نحو "3ر22" مليار ريال', 22300000000, None, "about", None, None, None)],
    ),
    (
        'وتجاوزت الصادرات " 12 " مليار دولار.',
        [("amount", '" 12 " مليار دولار', 12000000000, "USD", "exact", None, None, None)],
    ),
    (
        "واستثمرت الشركة «40» مليون يورو في المصنع.",
        [("amount", "«40» مليون يورو", 40000000, "EUR", "exact", None, None, None)],
    ),
    (
        'وصرف البنك أكثر من "8ر2" مليار ريال عماني.',
        [
            (
                "amount",
                'أكثر من "8ر2" مليار ريال عماني',
                2800000000,
                "OMR",
                "more_than",
                None,
                None,
                None,
            )
        ],
    ),
    (
        'وبلغ العجز "300" مليون ريال، والفائض "5ر1" مليار ريال.',
        [
            ("amount", '"300" مليون ريال', 300000000, None, "exact", None, None, None),
            ("amount", '"5ر1" مليار ريال', 1500000000, None, "exact", None, None, None),
        ],
    ),
    (
        "وارتفعت الودائع إلى “5ر27” مليار ريال عماني.",
        [("amount", "“5ر27” مليار ريال عماني", 27500000000, "OMR", "exact", None, None, None)],
    ),
    (
        "وقدم الصندوق «2» مليار درهم إماراتي للإسكان.",
        [("amount", "«2» مليار درهم إماراتي", 2000000000, "AED", "exact", None, None, None)],
    ),
    (
        'وتلقى القطاع "150" ألف دولار دعما.',
        [("amount", '"150" ألف دولار', 150000, "USD", "exact", None, None, None)],
    ),
    (
        'وبلغت المخصصات "1.5" مليار ريال عماني.',
        [("amount", '"1.5" مليار ريال عماني', 1500000000, "OMR", "exact", None, None, None)],
    ),
    ('وحصد الفيلم "3" جوائز في المهرجان.', [("number", "3", 3, None, "exact", None, None, None)]),
    (
        'وعرضت القناة مسلسل "30" يوما في رمضان.',
        [("number", "30", 30, None, "exact", None, None, None)],
    ),
    (
        'وقال الوزير "500" مرة إن الوضع مستقر.',
        [("number", "500", 500, None, "exact", None, None, None)],
    ),
    (
        'وفاز فريق "2030" بالمركز الأول.',
        [("number", "2030", 2030, None, "exact", None, None, None)],
    ),
    (
        'وأطلق البنك برنامج "100" دولار للطلاب.',
        [("number", "100", 100, None, "exact", None, None, None)],
    ),
    (
        "ووقعت الشركة عقدا بقيمة “6ر4” مليون ريال عماني.",
        [("amount", "“6ر4” مليون ريال عماني", 4600000, "OMR", "exact", None, None, None)],
    ),
]

DEFINITE_DUALS = [
    (
        "وتبلغ كلفة المشروع تقارب الملياري دولار.",
        [("amount", "تقارب الملياري دولار", 2000000000, "USD", "about", None, None, None)],
    ),
    (
        "وقدرت الخسائر بنحو المليوني دولار.",
        [("amount", "نحو المليوني دولار", 2000000, "USD", "about", None, None, None)],
    ),
    (
        "ورصدت الحكومة قرابة المليارين دولار للطرق.",
        [("amount", "قرابة المليارين دولار", 2000000000, "USD", "nearly", None, None, None)],
    ),
    (
        "وبلغت الاستثمارات ملياري دولار.",
        [("amount", "ملياري دولار", 2000000000, "USD", "exact", None, None, None)],
    ),
    (
        "وجمعت الحملة مليوني دولار في أسبوع.",
        [("amount", "مليوني دولار", 2000000, "USD", "exact", None, None, None)],
    ),
    (
        "وتخطت التكاليف حوالي المليوني جنيه مصري.",
        [("amount", "حوالي المليوني جنيه مصري", 2000000, "EGP", "about", None, None, None)],
    ),
    (
        "ووصل الدعم إلى نحو الملياري يورو.",
        [("amount", "نحو الملياري يورو", 2000000000, "EUR", "about", None, None, None)],
    ),
    (
        "وتقدر الصفقة بما يقارب الملياري ريال سعودي.",
        [("amount", "ما يقارب الملياري ريال سعودي", 2000000000, "SAR", "about", None, None, None)],
    ),
    ("وحشدت المعارضة الزحف المليوني في الميدان.", []),
    ("وشارك الآلاف في المسيرة المليونية.", []),
    ("واحتفل الناس بعام الألفين.", []),
    ("ووصلت القيمة إلى الألفي دينار.", []),
    ("وتجاوز عدد الزوار المليونين هذا الصيف.", []),
    (
        "وبلغ حجم التجارة نحو المليارين دولار سنويا.",
        [("amount", "نحو المليارين دولار", 2000000000, "USD", "about", None, None, None)],
    ),
    (
        "وخسرت البورصة قرابة المليوني دينار كويتي.",
        [("amount", "قرابة المليوني دينار كويتي", 2000000, "KWD", "nearly", None, None, None)],
    ),
    (
        "وحقق المصرف أرباحا تقارب المليوني درهم.",
        [("amount", "تقارب المليوني درهم", 2000000, None, "about", None, None, None)],
    ),
    (
        "وأنفقت الوزارة مليارين دولار على الدعم.",
        [("amount", "مليارين دولار", 2000000000, "USD", "exact", None, None, None)],
    ),
    ("وتبلغ ثروة الملياري المعروف عشرات المليارات.", []),
    (
        "وبلغ الاكتتاب حوالي الملياري درهم إماراتي.",
        [("amount", "حوالي الملياري درهم إماراتي", 2000000000, "AED", "about", None, None, None)],
    ),
    (
        "وتقترب الديون من المليارين يورو.",
        [("amount", "المليارين يورو", 2000000000, "EUR", "exact", None, None, None)],
    ),
    (
        "وتحتاج الخطة إلى ما يقارب المليوني دولار أمريكي.",
        [("amount", "ما يقارب المليوني دولار أمريكي", 2000000, "USD", "about", None, None, None)],
    ),
]


# Issue 14/15, m6: numeric day dates in day-month-year order (also a page stamp at the start
# of a line; not a version, a phone number or an impossible day), a span of years written
# backwards «2020/2017» (the smaller year first), the Tunisian «موفى» (= «نهاية») and «م د».
NUMERIC_DAY_DATES = [
    ('وصل الوفد إلى العاصمة يوم 14.01.2025 للمشاركة في القمة.', [('date', '14.01.2025', None, None, None, '2025-01-14', None, 'day')]),
    ('03.02.2024 - 09:15\nأعلنت الشركة عن أرباحها.', [('date', '03.02.2024', None, None, None, '2024-02-03', None, 'day'), ('number', '09', 9, None, 'exact', None, None, None), ('number', '15', 15, None, 'exact', None, None, None)]),
    ('تاريخ النشر : الخميس 10:20 5-11-2025\nقررت البلدية رفع الرسوم.', [('number', '10', 10, None, 'exact', None, None, None), ('number', '20', 20, None, 'exact', None, None, None), ('date', '5-11-2025', None, None, None, '2025-11-05', None, 'day')]),
    ('افتتح المعرض في 05-11-2025 بحضور الوزير.', [('date', '05-11-2025', None, None, None, '2025-11-05', None, 'day')]),
    ('وقع الطرفان المذكرة بتاريخ 14/01/2025 في الرباط.', [('date', '14/01/2025', None, None, None, '2025-01-14', None, 'day')]),
    ('جرى التصويت في 1.3.2023 داخل البرلمان.', [('date', '1.3.2023', None, None, None, '2023-03-01', None, 'day')]),
    ('أجلت المحكمة الجلسة إلى 28-02-2022.', [('date', '28-02-2022', None, None, None, '2022-02-28', None, 'day')]),
    ('صدر القرار يوم 7/9/2020 عن الوزارة.', [('date', '7/9/2020', None, None, None, '2020-09-07', None, 'day')]),
    ('نشر التقرير في 31.12.2019 على الموقع.', [('date', '31.12.2019', None, None, None, '2019-12-31', None, 'day')]),
    ('29.02.2024 | 18:40\nارتفعت أسعار الخبز.', [('date', '29.02.2024', None, None, None, '2024-02-29', None, 'day'), ('number', '18', 18, None, 'exact', None, None, None), ('number', '40', 40, None, 'exact', None, None, None)]),
    ('انطلقت الحملة بتاريخ 09-06-2021 في المدن الكبرى.', [('date', '09-06-2021', None, None, None, '2021-06-09', None, 'day')]),
    ('حدد الموعد النهائي بـ 15 . 04 . 2023 للتسجيل.', [('date', '15 . 04 . 2023', None, None, None, '2023-04-15', None, 'day')]),
    ('أغلق الباب في 2021/12/20 أمام المرشحين.', [('date', '2021/12/20', None, None, None, '2021-12-20', None, 'day')]),
    ('الإصدار 1.5.2 من البرنامج متاح الآن.', [('number', '1.5', Decimal('1.5'), None, 'exact', None, None, None), ('number', '2', 2, None, 'exact', None, None, None)]),
    ('للاستفسار اتصلوا على 71-234-5678 طيلة النهار.', [('number', '71', 71, None, 'exact', None, None, None), ('number', '234', 234, None, 'exact', None, None, None), ('number', '5678', 5678, None, 'exact', None, None, None)]),
    ('سجلت السنة الدراسية 2020-2021 نسبة نجاح مرتفعة.', [('year', '2020-2021', None, None, None, '2020', '2021', 'year')]),
    ('كتب في 32.01.2025 أن الموعد تغير.', [('number', '32.01', Decimal('32.01'), None, 'exact', None, None, None), ('number', '2025', 2025, None, 'exact', None, None, None)]),
    ('لا يوجد يوم اسمه 14.13.2025 في التقويم.', [('number', '14.13', Decimal('14.13'), None, 'exact', None, None, None), ('number', '2025', 2025, None, 'exact', None, None, None)]),
    ('لم يأت 30.02.2023 في أي تقويم.', [('number', '30.02', Decimal('30.02'), None, 'exact', None, None, None), ('number', '2023', 2023, None, 'exact', None, None, None)]),
    ('بلغت النسبة 3.14 في المائة.', [('percent', '3.14 في المائة', Decimal('3.14'), None, 'exact', None, None, None)]),
    ('نقل الخبر في 3-3-2022 عن مصدر رسمي.', [('date', '3-3-2022', None, None, None, '2022-03-03', None, 'day')]),
]  # fmt: skip
BACKWARDS_YEAR_SPANS = [
    ('اعتمدت الخطة للفترة 2020/2017 بعد نقاش طويل.', [('year', '2020/2017', None, None, None, '2017', '2020', 'year')]),
    ('وضع البرنامج الخماسي 2021/2016 أولويات التنمية.', [('year', '2021/2016', None, None, None, '2016', '2021', 'year')]),
    ('شمل المخطط 2019/2015 عدة مشاريع في الجنوب.', [('year', '2019/2015', None, None, None, '2015', '2019', 'year')]),
    ('ترمي استراتيجية 2025/2023 إلى خفض العجز.', [('year', '2025/2023', None, None, None, '2023', '2025', 'year')]),
    ('غطى البرنامج 2010/2005 مناطق الداخل.', [('year', '2010/2005', None, None, None, '2005', '2010', 'year')]),
    ('ارتفعت الصادرات خلال الفترة 2024/2022 بشكل ملحوظ.', [('year', '2024/2022', None, None, None, '2022', '2024', 'year')]),
    ('تقرير الفترة 2018/2014 صدر متأخرا.', [('year', '2018/2014', None, None, None, '2014', '2018', 'year')]),
    ('عرف الاقتصاد نموا ضعيفا في 2016/2013 وفق البنك.', [('year', '2016/2013', None, None, None, '2013', '2016', 'year')]),
    ('يمتد العقد 2030/2026 على خمس سنوات.', [('year', '2030/2026', None, None, None, '2026', '2030', 'year'), ('number', 'خمس', 5, None, 'exact', None, None, None)]),
    ('اعتمدت الخطة للفترة 2017/2020 بعد نقاش طويل.', [('year', '2017/2020', None, None, None, '2017', '2020', 'year')]),
    ('شمل المخطط 2015 - 2019 عدة مشاريع.', [('year', '2015 - 2019', None, None, None, '2015', '2019', 'year')]),
    ('انخفض المؤشر في 2/2017 إلى أدنى مستوياته.', [('date', '2/2017', None, None, None, '2017-02', None, 'month')]),
    ('أقرت الحكومة موازنة العام المالي 2019/20 أمس.', [('year', 'العام المالي 2019/20', None, None, None, '2019', '2020', 'year'), ('date', 'أمس', None, None, None, '2021-06-23', None, 'day')]),
    ('سجل المصنع 2020/1850 قطعة مصنوعة.', [('number', '2020', 2020, None, 'exact', None, None, None), ('number', '1850', 1850, None, 'exact', None, None, None)]),
    ('صدرت الوثيقة S/2020/2017 عن المجلس.', [('number', '2020', 2020, None, 'exact', None, None, None), ('number', '2017', 2017, None, 'exact', None, None, None)]),
    ('أقر البرلمان قانون المالية 2020/2019 بعد جدل.', [('year', '2020/2019', None, None, None, '2019', '2020', 'year')]),
    ('وصل الدين في الفترة 2022/2020 إلى مستوى قياسي.', [('year', '2022/2020', None, None, None, '2020', '2022', 'year')]),
    ('ناقشت اللجنة حصيلة 2012/2011 في جلستها.', [('year', '2012/2011', None, None, None, '2011', '2012', 'year')]),
    ('رصدت الخطة 2014/2010 اعتمادات للصحة.', [('year', '2014/2010', None, None, None, '2010', '2014', 'year')]),
    ('تتلاءم الاستراتيجية 2023/2019 مع أولويات البلاد.', [('year', '2023/2019', None, None, None, '2019', '2023', 'year')]),
    ('عرضت الوزارة مخطط 2022/2021 للنقاش.', [('year', '2022/2021', None, None, None, '2021', '2022', 'year')]),
]  # fmt: skip
END_OF_MAGHREB = [
    ('تسلمت الوزارة القرض قبل موفى 2016، حسب البلاغ.', [('year', '2016', None, None, None, '2016', None, 'year')]),
    ('ينتظر استكمال الأشغال موفى 2022 في الولاية.', [('year', '2022', None, None, None, '2022', None, 'year')]),
    ('سيتم تسديد القسط الأول في موفى 2023.', [('year', '2023', None, None, None, '2023', None, 'year')]),
    ('بلغ العجز هذه النسبة إلى موفى 2019.', [('year', '2019', None, None, None, '2019', None, 'year')]),
    ('تنتهي الدراسة قبل موفى السنة الحالية حسب المسؤول.', [('date', 'السنة الحالية', None, None, None, '2021', None, 'year')]),
    ('تنطلق الأشغال موفى السنة بعد إتمام الصفقة.', [('date', 'موفى السنة', None, None, None, '2021', None, 'year')]),
    ('تعهدت الوزارة بالإنجاز قبل موفى العام.', [('date', 'موفى العام', None, None, None, '2021', None, 'year')]),
    ('تستكمل الإجراءات موفى الشهر وفق الجدول.', [('date', 'موفى الشهر', None, None, None, '2021-06', None, 'month')]),
    ('بلغت الصادرات هذا الرقم موفى شهر جوان.', [('date', 'جوان', None, None, None, '2021-06', None, 'month')]),
    ('تصدر النتائج في موفى جوان عادة.', [('date', 'جوان', None, None, None, '2021-06', None, 'month')]),
    ('تراجع المخزون موفى شهر ماي بوضوح.', [('date', 'ماي', None, None, None, '2021-05', None, 'month')]),
    ('ارتفع الدين موفى العام الماضي إلى مستوى قياسي.', [('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('انتهى الموسم موفى السنة الماضية دون حوادث.', [('date', 'السنة الماضية', None, None, None, '2020', None, 'year')]),
    ('صرفت المنحة موفى أكتوبر 2020 للعائلات.', [('date', 'أكتوبر 2020', None, None, None, '2020-10', None, 'month')]),
    ('تسلم المشروع موفى ديسمبر الماضي.', [('date', 'ديسمبر الماضي', None, None, None, '2020-12', None, 'month')]),
    ('سجل النمو هذه النسبة إلى موفى سبتمبر 2019.', [('date', 'سبتمبر 2019', None, None, None, '2019-09', None, 'month')]),
    ('أعلن المعهد موفى مارس عن الأرقام.', [('date', 'مارس', None, None, None, '2021-03', None, 'month')]),
    ('يغلق باب الترشح موفى الشهر الجاري.', [('date', 'الشهر الجاري', None, None, None, '2021-06', None, 'month')]),
    ('يتوقع البنك تعافيا قبل موفى 2021.', [('year', '2021', None, None, None, '2021', None, 'year')]),
    ('أنهى الفريق الموسم موفى السنة نفسها.', []),
    ('قال الموفى بوعده إن المشروع يسير.', []),
]  # fmt: skip
# «من جانفي إلى أكتوبر 2018», «بين يناير وأكتوبر 2018», «يناير - أكتوبر 2018»: one span of months;
# «يناير وأكتوبر» without «بين» is two months, a first month with its own year two dates.
MONTH_SPANS = [
    ('وارتفعت المبيعات من جانفي إلى أكتوبر 2018 حسب المعهد.', [('date', 'جانفي إلى أكتوبر 2018', None, None, None, '2018-01', '2018-10', 'month')]),
    ('وسجلت الصادرات جانفي إلى أكتوبر 2018 تحسنا.', [('date', 'جانفي إلى أكتوبر 2018', None, None, None, '2018-01', '2018-10', 'month')]),
    ('وتراجع العجز بين يناير وأكتوبر 2018 بشكل واضح.', [('date', 'يناير وأكتوبر 2018', None, None, None, '2018-01', '2018-10', 'month')]),
    ('وبلغت الواردات يناير - أكتوبر 2018 مستوى قياسيا.', [('date', 'يناير - أكتوبر 2018', None, None, None, '2018-01', '2018-10', 'month')]),
    ('ونما الناتج خلال الفترة يناير-سبتمبر 2019.', [('date', 'يناير-سبتمبر 2019', None, None, None, '2019-01', '2019-09', 'month')]),
    ('ويمتد موسم الأمطار من تشرين الثاني/نوفمبر الى آذار/مارس عادة.', [('date', 'تشرين الثاني/نوفمبر الى آذار/مارس', None, None, None, '2020-11', '2021-03', 'month')]),
    ('وأغلق المنتجع من نوفمبر إلى فبراير 2020 للصيانة.', [('date', 'نوفمبر إلى فبراير 2020', None, None, None, '2019-11', '2020-02', 'month')]),
    ('وارتفع الإنتاج من شهر مارس إلى شهر يونيو 2019.', [('date', 'مارس إلى شهر يونيو 2019', None, None, None, '2019-03', '2019-06', 'month')]),
    ('ونفذت الأشغال من أفريل إلى جوان 2017 في الولاية.', [('date', 'أفريل إلى جوان 2017', None, None, None, '2017-04', '2017-06', 'month')]),
    ('وتوقف الاستيراد من أيار حتى أيلول 2016.', [('date', 'أيار حتى أيلول 2016', None, None, None, '2016-05', '2016-09', 'month')]),
    ('وشهدت البلاد من يناير إلى مارس الماضي موجة جفاف.', [('date', 'يناير إلى مارس الماضي', None, None, None, '2021-01', '2021-03', 'month')]),
    ('ويغلق الطريق من أكتوبر إلى فبراير المقبل.', [('date', 'أكتوبر إلى فبراير المقبل', None, None, None, '2021-10', '2022-02', 'month')]),
    ('وتستمر الأعمال من يوليو إلى ديسمبر من العام الجاري.', [('date', 'يوليو إلى ديسمبر من العام الجاري', None, None, None, '2021-07', '2021-12', 'month')]),
    ('وصرفت المنح ما بين فبراير وأبريل 2015.', [('date', 'فبراير وأبريل 2015', None, None, None, '2015-02', '2015-04', 'month')]),
    ('وتمتد الدورة من سبتمبر (أيلول) إلى ديسمبر (كانون الأول) 2022.', [('date', 'سبتمبر (أيلول) إلى ديسمبر (كانون الأول) 2022', None, None, None, '2022-09', '2022-12', 'month')]),
    ('وتجري الانتخابات من مارس حتى مايو.', [('date', 'مارس حتى مايو', None, None, None, '2021-03', '2021-05', 'month')]),
    ('وارتفعت الأسعار بين كانون الثاني وحزيران 2020.', [('date', 'كانون الثاني وحزيران 2020', None, None, None, '2020-01', '2020-06', 'month')]),
    ('وتوزع المساعدات من آب ولغاية تشرين الأول 2019.', [('date', 'آب ولغاية تشرين الأول 2019', None, None, None, '2019-08', '2019-10', 'month')]),
    ('وزار الوفد العاصمة في يناير وأكتوبر 2018.', [('date', 'يناير', None, None, None, '2018-01', None, 'month'), ('date', 'أكتوبر 2018', None, None, None, '2018-10', None, 'month')]),
    ('وتراجعت الأسعار من يناير.', []),
    ('وتقبل الطلبات من 15 مارس إلى 15 أبريل 2024.', [('date', '15 مارس إلى 15 أبريل 2024', None, None, None, '2024-03-15', '2024-04-15', 'day')]),
    ('وامتدت الأزمة من يناير 2017 إلى مارس 2018.', [('date', 'يناير 2017', None, None, None, '2017-01', None, 'month'), ('date', 'مارس 2018', None, None, None, '2018-03', None, 'month')]),
    ('وقارن التقرير بين يناير وأكتوبر 2018.', [('date', 'يناير', None, None, None, '2018-01', None, 'month'), ('date', 'أكتوبر 2018', None, None, None, '2018-10', None, 'month')]),
    ('وقال آب إلى جانب ابنه إن المنزل دمر.', []),
    ('وحضر يناير - فريق العمل الاجتماع.', []),
    ('وتضاعفت الأرباح من مارس/آذار إلى يونيو/حزيران 2020.', [('date', 'مارس/آذار إلى يونيو/حزيران 2020', None, None, None, '2020-03', '2020-06', 'month')]),
    ('وتراجع الطلب من يناير كانون الثاني إلى مارس آذار 2019.', [('date', 'يناير كانون الثاني إلى مارس آذار 2019', None, None, None, '2019-01', '2019-03', 'month')]),
    ('وتوقف الاستيراد من يناير إلى مارس العام الماضي.', [('date', 'يناير إلى مارس العام الماضي', None, None, None, '2020-01', '2020-03', 'month')]),
]  # fmt: skip
# «بين عامي 2015 و2017», «بين 2015 و2017»: one span of years; not without «بين», not counts,
# not a second year earlier than the first, not two years compared («قارن … بين»).
YEAR_SPANS_BETWEEN = [
    ('وارتفع الدين بين عامي 2015 و2017 بنسبة كبيرة.', [('year', 'عامي 2015 و2017', None, None, None, '2015', '2017', 'year')]),
    ('وتضاعفت الواردات بين عام 2015 وعام 2017.', [('year', 'عام 2015 وعام 2017', None, None, None, '2015', '2017', 'year')]),
    ('وتراجع الإنتاج بين 2015 و2017 بسبب الجفاف.', [('year', '2015 و2017', None, None, None, '2015', '2017', 'year')]),
    ('ونفذت الخطة ما بين عامي 2010 و2014.', [('year', 'عامي 2010 و2014', None, None, None, '2010', '2014', 'year')]),
    ('وبين سنتي 2008 و2012 تضاعف العجز.', [('year', 'سنتي 2008 و2012', None, None, None, '2008', '2012', 'year')]),
    ('وهاجر الآلاف بين سنة 2011 وسنة 2013.', [('year', 'سنة 2011 وسنة 2013', None, None, None, '2011', '2013', 'year')]),
    ('وتقلص الفقر بين العامين 2016 و2019.', [('year', 'العامين 2016 و2019', None, None, None, '2016', '2019', 'year')]),
    ('وارتفعت الصادرات بين عامي 2019 و2021م.', [('year', 'عامي 2019 و2021م', None, None, None, '2019', '2021', 'year')]),
    ('وتراجعت السياحة بين عامي 2019 و2020 بفعل الجائحة.', [('year', 'عامي 2019 و2020', None, None, None, '2019', '2020', 'year')]),
    ('وشهدت البلاد بين 1990 و1995 حربا أهلية.', [('year', '1990 و1995', None, None, None, '1990', '1995', 'year')]),
    ('وبنيت 500 مدرسة بين عامي 2000 و2005.', [('number', '500', 500, None, 'exact', None, None, None), ('year', 'عامي 2000 و2005', None, None, None, '2000', '2005', 'year')]),
    ('وبين عامي 2003 و2011 تغيرت الحكومة ست مرات.', [('year', 'عامي 2003 و2011', None, None, None, '2003', '2011', 'year'), ('number', 'ست', 6, None, 'exact', None, None, None)]),
    ('وانخفض التضخم بين عام 2012 والعام 2014.', [('year', 'عام 2012 والعام 2014', None, None, None, '2012', '2014', 'year')]),
    ('وتعاقب ثلاثة وزراء بين 2016 و2018 على الحقيبة.', [('number', 'ثلاثة', 3, None, 'exact', None, None, None), ('year', '2016 و2018', None, None, None, '2016', '2018', 'year')]),
    ('وتراجع الاستثمار بين سنة 2013 و2015، وفق البنك.', [('year', 'سنة 2013 و2015', None, None, None, '2013', '2015', 'year')]),
    ('وأجريت الانتخابات عامي 2020 و2021 على مرحلتين.', [('year', 'عامي 2020', None, None, None, '2020', None, 'year'), ('year', '2021', None, None, None, '2021', None, 'year')]),
    ('ووظفت الشركة بين 2015 و2017 موظفا جديدا.', [('year', '2015', None, None, None, '2015', None, 'year'), ('year', '2017', None, None, None, '2017', None, 'year')]),
    ('وتغير الوضع بين 2017 و2015 كما ورد.', [('year', '2017', None, None, None, '2017', None, 'year'), ('year', '2015', None, None, None, '2015', None, 'year')]),
    ('وقارن الخبراء بين عامي 2019 و2020.', [('year', 'عامي 2019', None, None, None, '2019', None, 'year'), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('والفرق بين 2018 و2019 كبير في الأرقام.', [('year', '2018', None, None, None, '2018', None, 'year'), ('year', '2019', None, None, None, '2019', None, 'year')]),
    ('وبلغت الأرباح بين 2015 و2017%.', [('year', '2015', None, None, None, '2015', None, 'year'), ('percent', '2017%', 2017, None, 'exact', None, None, None)]),
    ('وسافر الوفد بين 2019 و2019 مرتين.', [('year', '2019', None, None, None, '2019', None, 'year'), ('year', '2019', None, None, None, '2019', None, 'year')]),
    ('وتراجعت الأمطار العامين 2016 و2019 بوضوح.', [('year', 'العامين 2016', None, None, None, '2016', None, 'year'), ('year', '2019', None, None, None, '2019', None, 'year')]),
]  # fmt: skip
# «نهاية أيلول العام الماضي»: September of last year, with «من» or without (the edge word stays
# outside, as with «منتصف أبريل من العام الماضي»).
MONTHS_WITH_A_RELATIVE_YEAR = [
    ('وأعلن عن المشروع في نهاية أيلول العام الماضي.', [('date', 'أيلول العام الماضي', None, None, None, '2020-09', None, 'month')]),
    ('وتوقف العمل في حزيران من العام الجاري.', [('date', 'حزيران من العام الجاري', None, None, None, '2021-06', None, 'month')]),
    ('وتعطلت المحطة في أيلول من العام الماضي.', [('date', 'أيلول من العام الماضي', None, None, None, '2020-09', None, 'month')]),
    ('وتفتتح المدرسة في شهر مارس من العام المقبل.', [('date', 'مارس من العام المقبل', None, None, None, '2022-03', None, 'month')]),
    ('ووقعت الاتفاقية في مارس/آذار من العام الماضي.', [('date', 'مارس/آذار من العام الماضي', None, None, None, '2020-03', None, 'month')]),
    ('وتراجع الإنتاج في مطلع يناير العام الماضي.', [('date', 'يناير العام الماضي', None, None, None, '2020-01', None, 'month')]),
    ('وارتفعت الأسعار منتصف أكتوبر العام الماضي.', [('date', 'أكتوبر العام الماضي', None, None, None, '2020-10', None, 'month')]),
    ('وتنطلق الأشغال في مايو العام المقبل.', [('date', 'مايو العام المقبل', None, None, None, '2022-05', None, 'month')]),
    ('وسجل العجز في ديسمبر السنة الماضية.', [('date', 'ديسمبر السنة الماضية', None, None, None, '2020-12', None, 'month')]),
    ('ونشرت الأرقام في يوليو هذا العام.', [('date', 'يوليو هذا العام', None, None, None, '2021-07', None, 'month')]),
    ('وتوقفت الرحلات في آذار العام الجاري.', [('date', 'آذار العام الجاري', None, None, None, '2021-03', None, 'month')]),
    ('وتعافى القطاع في تشرين الأول العام الفائت.', [('date', 'تشرين الأول العام الفائت', None, None, None, '2020-10', None, 'month')]),
    ('وأقر المجلس الموازنة في نوفمبر/تشرين الثاني العام الماضي.', [('date', 'نوفمبر/تشرين الثاني العام الماضي', None, None, None, '2020-11', None, 'month')]),
    ('وتولى منصبه أواخر جوان السنة الماضية.', [('date', 'جوان السنة الماضية', None, None, None, '2020-06', None, 'month')]),
    ('واحتفل بعيد ميلاده نهاية أيار العام الماضي.', [('date', 'أيار العام الماضي', None, None, None, '2020-05', None, 'month')]),
    ('وبدأت الدراسة في سبتمبر العام الحالي.', [('date', 'سبتمبر العام الحالي', None, None, None, '2021-09', None, 'month')]),
    ('ووقع الانفجار في 4 آب العام الماضي.', [('date', '4 آب العام الماضي', None, None, None, '2020-08-04', None, 'day')]),
    ('وتحدد الموعد في العاشر من أيار العام المقبل.', [('date', 'العاشر من أيار العام المقبل', None, None, None, '2022-05-10', None, 'day')]),
    ('وتصدر النتائج في شهر فبراير العام القادم.', [('date', 'فبراير العام القادم', None, None, None, '2022-02', None, 'month')]),
    ('وعقدت القمة في يناير العام 2019.', [('date', 'يناير العام 2019', None, None, None, '2019-01', None, 'month')]),
    ('وهبطت الليرة في فبراير الماضي.', [('date', 'فبراير الماضي', None, None, None, '2021-02', None, 'month')]),
    ('وفي مارس. العام الماضي كان صعبا.', [('date', 'مارس', None, None, None, '2021-03', None, 'month'), ('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وتراجع النمو في أبريل، والعام الماضي كان أسوأ.', [('date', 'أبريل', None, None, None, '2021-04', None, 'month'), ('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وزار الوفد البلاد العام الماضي في تموز.', [('date', 'العام الماضي', None, None, None, '2020', None, 'year'), ('date', 'تموز', None, None, None, '2021-07', None, 'month')]),
    ('وقد مارس العام الماضي ضغوطا كبيرة على الحكومة.', [('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وقال آب العام الماضي إن ابنه سافر.', [('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('وتراجعت الصادرات لشباط العام الماضي.', [('date', 'شباط العام الماضي', None, None, None, '2020-02', None, 'month')]),
]  # fmt: skip
# Maghreb half-years «السداسي» and quarters «الثلاثي», read as «النصف» and «الربع»; after a definite
# noun («الاجتماع الثلاثي») the word is an adjective.
MAGHREB_HALVES_AND_QUARTERS = [
    ('وارتفعت الصادرات خلال السداسي الأول من سنة 2018.', [('date', 'السداسي الأول من سنة 2018', None, None, None, '2018-01', '2018-06', 'month')]),
    ('وتراجع العجز في السداسي الثاني 2019.', [('date', 'السداسي الثاني 2019', None, None, None, '2019-07', '2019-12', 'month')]),
    ('وسجل النمو 2% في الثلاثي الأول من 2020.', [('percent', '2%', 2, None, 'exact', None, None, None), ('date', 'الثلاثي الأول من 2020', None, None, None, '2020-01', '2020-03', 'month')]),
    ('وتحسنت المداخيل في الثلاثي الثاني من سنة 2017.', [('date', 'الثلاثي الثاني من سنة 2017', None, None, None, '2017-04', '2017-06', 'month')]),
    ('وارتفع الإنتاج خلال الثلاثي الثالث من العام الجاري.', [('date', 'الثلاثي الثالث من العام الجاري', None, None, None, '2021-07', '2021-09', 'month')]),
    ('وانخفضت البطالة في الثلاثي الرابع من السنة الماضية.', [('date', 'الثلاثي الرابع من السنة الماضية', None, None, None, '2020-10', '2020-12', 'month')]),
    ('وينتظر تحسن في الثلاثي الأخير لسنة 2022.', [('date', 'الثلاثي الأخير لسنة 2022', None, None, None, '2022-10', '2022-12', 'month')]),
    ('ونما الاستثمار في السداسي الأول من العام الماضي.', [('date', 'السداسي الأول من العام الماضي', None, None, None, '2020-01', '2020-06', 'month')]),
    ('وتراجع التضخم خلال السداسي الثاني من السنة الحالية.', [('date', 'السداسي الثاني من السنة الحالية', None, None, None, '2021-07', '2021-12', 'month')]),
    ('وبلغت الواردات في الثلاثي الأول 2021 مستوى مرتفعا.', [('date', 'الثلاثي الأول 2021', None, None, None, '2021-01', '2021-03', 'month')]),
    ('وسجلت البورصة أرباحا في السداسي الأول لعام 2016.', [('date', 'السداسي الأول لعام 2016', None, None, None, '2016-01', '2016-06', 'month')]),
    ('وارتفعت المبيعات في الثلاثي الثاني لسنة 2019 بنسبة 4%.', [('date', 'الثلاثي الثاني لسنة 2019', None, None, None, '2019-04', '2019-06', 'month'), ('percent', '4%', 4, None, 'exact', None, None, None)]),
    ('وتقلص العجز في السداسي الثاني من عام 2015.', [('date', 'السداسي الثاني من عام 2015', None, None, None, '2015-07', '2015-12', 'month')]),
    ('وارتفع الدخل في النصف الأول من 2018.', [('date', 'النصف الأول من 2018', None, None, None, '2018-01', '2018-06', 'month')]),
    ('وتراجعت الأرباح في الربع الأول من 2020.', [('date', 'الربع الأول من 2020', None, None, None, '2020-01', '2020-03', 'month')]),
    ('وارتفع الإنتاج في النصف الثاني 2019.', [('date', 'النصف الثاني 2019', None, None, None, '2019-07', '2019-12', 'month')]),
    ('وانعقد الاجتماع الثلاثي في الجزائر.', []),
    ('وانعقد الاجتماع الثلاثي الأول من نوعه.', []),
    ('وانطلق الاجتماع الثلاثي الأول من عام 2020 أمس.', [('year', 'عام 2020', None, None, None, '2020', None, 'year'), ('date', 'أمس', None, None, None, '2021-06-23', None, 'day')]),
    ('وصدر التقرير السداسي للبنك.', []),
    ('وفاز المنتخب في السداسي الدولي.', []),
    ('وبلغت أرباح الثلاثي الأول 2500 مليون دينار.', [('amount', '2500 مليون دينار', 2500000000, None, 'exact', None, None, None)]),
    ('وتحدث الثلاثي الأول في الترتيب عن السباق.', []),
]  # fmt: skip
# «فيراير», a misprint of «فبراير» real pages carry; no Arabic word is spelt so.
MISSPELT_FEBRUARY = [
    ('ووقع الاتفاق في 18 فيراير 2014 بالعاصمة.', [('date', '18 فيراير 2014', None, None, None, '2014-02-18', None, 'day')]),
    ('وتنطلق الحملة في فيراير 2022.', [('date', 'فيراير 2022', None, None, None, '2022-02', None, 'month')]),
    ('وصدر القرار في 3 فيراير الماضي.', [('date', '3 فيراير الماضي', None, None, None, '2021-02-03', None, 'day')]),
    ('وتجري الانتخابات في فيراير المقبل.', [('date', 'فيراير المقبل', None, None, None, '2022-02', None, 'month')]),
    ('وأعلنت النتائج منذ فيراير.', [('date', 'فيراير', None, None, None, '2021-02', None, 'month')]),
    ('وتقبل الطلبات من 1 فيراير حتى 28 فيراير 2019.', [('date', '1 فيراير حتى 28 فيراير 2019', None, None, None, '2019-02-01', '2019-02-28', 'day')]),
    ('وارتفعت الأسعار من يناير إلى فيراير 2020.', [('date', 'يناير إلى فيراير 2020', None, None, None, '2020-01', '2020-02', 'month')]),
    ('وتوقف المصنع في فيراير من العام الماضي.', [('date', 'فيراير من العام الماضي', None, None, None, '2020-02', None, 'month')]),
    ('وافتتح المعرض في الأول من فيراير 2016.', [('date', 'الأول من فيراير 2016', None, None, None, '2016-02-01', None, 'day')]),
    ('ويصل الوفد في 10 فيراير.', [('date', '10 فيراير', None, None, None, '2021-02-10', None, 'day')]),
    ('وارتفعت الصادرات في شهر فيراير.', [('date', 'فيراير', None, None, None, '2021-02', None, 'month')]),
    ('وصدر المرسوم في فيراير/شباط 2017.', [('date', 'فيراير/شباط 2017', None, None, None, '2017-02', None, 'month')]),
    ('وعقدت الجلسة في 5 فيراير 2020 بالبرلمان.', [('date', '5 فيراير 2020', None, None, None, '2020-02-05', None, 'day')]),
    ('وتسلم الفريق الدفعة أواخر فيراير.', [('date', 'فيراير', None, None, None, '2021-02', None, 'month')]),
    ('وتمتد المهلة حتى فيراير 2023.', [('date', 'فيراير 2023', None, None, None, '2023-02', None, 'month')]),
    ('وتراجعت الأسعار في فيراير العام الماضي.', [('date', 'فيراير العام الماضي', None, None, None, '2020-02', None, 'month')]),
    ('ويحل الموعد في 25 من فيراير 2025.', [('date', '25 من فيراير 2025', None, None, None, '2025-02-25', None, 'day')]),
    ('وجرت الانتخابات في 7 فيراير (شباط) 2021.', [('date', '7 فيراير (شباط) 2021', None, None, None, '2021-02-07', None, 'day')]),
    ('وتم ذلك في 18 فبراير 2014.', [('date', '18 فبراير 2014', None, None, None, '2014-02-18', None, 'day')]),
    ('وقال المدرب فيريرا إن الفريق جاهز.', []),
    ('وسجل فيراري الفوز في السباق.', []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "reference", "iso", "iso_end"),
    [
        ("من تشرين الثاني/نوفمبر الى آذار/مارس", date(2014, 2, 10), "2013-11", "2014-03"),
        ("من تشرين الثاني/نوفمبر الى آذار/مارس", date(2013, 9, 1), "2013-11", "2014-03"),
        ("من تشرين الثاني/نوفمبر الى آذار/مارس", date(2014, 6, 30), "2013-11", "2014-03"),
        ("من نوفمبر إلى فبراير 2014", None, "2013-11", "2014-02"),
        ("من يوليو إلى ديسمبر", None, None, None),
    ],
)
def test_a_span_of_months_without_a_year_is_the_one_nearest_the_reference(
    sentence, reference, iso, iso_end
):
    (mention,) = extract(sentence, reference)
    assert (mention.date, mention.date_end) == (iso, iso_end)
    assert mention.precision == ("month" if iso else "relative")


# «م د» after a figure is «مليون دينار» (Tunisian dinars) in Tunisian press; a lone «د» is not.
MILLION_DINARS_SHORT = [
    ('منح البنك قرضا بقيمة 645 م د للحكومة.', [('amount', '645 م د', 645000000, 'TND', 'exact', None, None, None)]),
    ('رصدت الدولة 120 م د لتهيئة الطرقات.', [('amount', '120 م د', 120000000, 'TND', 'exact', None, None, None)]),
    ('بلغت الكلفة 40.5 م د حسب الوزارة.', [('amount', '40.5 م د', 40500000, 'TND', 'exact', None, None, None)]),
    ('خصصت البلدية 7 م.د لبناء السوق.', [('amount', '7 م.د', 7000000, 'TND', 'exact', None, None, None)]),
    ('قدر العجز بـ 900 م. د في الميزانية.', [('amount', '900 م. د', 900000000, 'TND', 'exact', None, None, None)]),
    ('تبلغ الاعتمادات 1500 م د هذا العام.', [('amount', '1500 م د', 1500000000, 'TND', 'exact', None, None, None), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('أنفقت الشركة 12 مليون د على التجهيزات.', [('amount', '12 مليون د', 12000000, 'TND', 'exact', None, None, None)]),
    ('وقع اتفاق بقيمة 300 م د، منحه الصندوق.', [('amount', '300 م د', 300000000, 'TND', 'exact', None, None, None)]),
    ('سجلت المداخيل 85 م د (مقابل 70 م د) العام الماضي.', [('amount', '85 م د', 85000000, 'TND', 'exact', None, None, None), ('amount', '70 م د', 70000000, 'TND', 'exact', None, None, None), ('date', 'العام الماضي', None, None, None, '2020', None, 'year')]),
    ('تبلغ قيمة الصفقة حوالي 250 م د.', [('amount', 'حوالي 250 م د', 250000000, 'TND', 'about', None, None, None)]),
    ('كلف المشروع أكثر من 60 م د حسب التقرير.', [('amount', 'أكثر من 60 م د', 60000000, 'TND', 'more_than', None, None, None)]),
    ('استثمر المجمع 3 م د في الجهة.', [('amount', '3 م د', 3000000, 'TND', 'exact', None, None, None)]),
    ('تم رصد 18 م د\nلفائدة الفلاحين.', [('amount', '18 م د', 18000000, 'TND', 'exact', None, None, None)]),
    ('بلغت القروض 2،5 م د للصغار.', [('amount', '2،5 م د', 2500000, 'TND', 'exact', None, None, None)]),
    ('قرض بقيمة 645 مليون دينار تونسي من البنك.', [('amount', '645 مليون دينار تونسي', 645000000, 'TND', 'exact', None, None, None)]),
    ('انتظر المسافرون 5 د قبل الانطلاق.', [('number', '5', 5, None, 'exact', None, None, None)]),
    ('قطع العداء 10 م دون توقف.', [('number', '10', 10, None, 'exact', None, None, None)]),
    ('في 5 م دخل الفريق الملعب.', [('number', '5', 5, None, 'exact', None, None, None)]),
    ('صعد الفريق إلى المرتبة 3 مدة أسبوع.', [('number', '3', 3, None, 'exact', None, None, None)]),
    ('في سنة 2014 م دخلت الشركة السوق.', [('year', 'سنة 2014 م', None, None, None, '2014', None, 'year')]),
    ('تم تحويل 20 مليون دولار للمشروع.', [('amount', '20 مليون دولار', 20000000, 'USD', 'exact', None, None, None)]),
]  # fmt: skip


# «ناهزت العشرين مليار», «الخمسة ملايين», «المئة مليون»: a definite unit, ten or hundred is the
# number only before a scale word (not «القرن العشرين», «في العشرين من عمره», «الاثنين»); «ناهز» hedges.
DEFINITE_NUMBER_WORDS = [
    ('وقدرت الخسائر بمبلغ ناهز العشرين مليار دينار ليبي.', [('amount', 'ناهز العشرين مليار دينار ليبي', 20000000000, 'LYD', 'about', None, None, None)]),
    ('وبلغت الديون ناهزت العشرين مليار دينار ليبي حسب المصرف.', [('amount', 'ناهزت العشرين مليار دينار ليبي', 20000000000, 'LYD', 'about', None, None, None)]),
    ('ورصدت الحكومة الخمسة ملايين دولار لإعادة الإعمار.', [('amount', 'الخمسة ملايين دولار', 5000000, 'USD', 'exact', None, None, None)]),
    ('وتجاوز العجز الثلاثين مليار جنيه في الموازنة.', [('amount', 'الثلاثين مليار جنيه', 30000000000, None, 'exact', None, None, None)]),
    ('وأنفقت الوزارة المئة مليون دولار على الطرق.', [('amount', 'المئة مليون دولار', 100000000, 'USD', 'exact', None, None, None)]),
    ('وبلغت قيمة الصفقة ما يناهز الخمسين مليار درهم.', [('amount', 'ما يناهز الخمسين مليار درهم', 50000000000, None, 'about', None, None, None)]),
    ('وسجلت الخزينة عجزا ناهز الأربعين مليون دينار ليبي.', [('amount', 'ناهز الأربعين مليون دينار ليبي', 40000000, 'LYD', 'about', None, None, None)]),
    ('وارتفع الدين العام ليناهز الستين مليار دولار أمريكي.', [('amount', 'يناهز الستين مليار دولار أمريكي', 60000000000, 'USD', 'about', None, None, None)]),
    ('وتبلغ ميزانية البلدية تناهز الثلاثة ملايين دينار أردني.', [('amount', 'تناهز الثلاثة ملايين دينار أردني', 3000000, 'JOD', 'about', None, None, None)]),
    ('وخصص المانحون بالعشرين مليون يورو للمستشفى.', [('amount', 'العشرين مليون يورو', 20000000, 'EUR', 'exact', None, None, None)]),
    ('وارتفعت الصادرات إلى السبعين مليار دولار هذا العام.', [('amount', 'السبعين مليار دولار', 70000000000, 'USD', 'exact', None, None, None), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('وتقترب القروض من التسعين مليار جنيه مصري.', [('amount', 'التسعين مليار جنيه مصري', 90000000000, 'EGP', 'exact', None, None, None)]),
    ('وتحتاج الخطة المئتي مليون دولار إضافية.', [('amount', 'المئتي مليون دولار', 200000000, 'USD', 'exact', None, None, None)]),
    ('وقد ناهز عدد الزوار الخمسة آلاف زائر.', [('amount', 'الخمسة آلاف', 5000, None, 'exact', None, None, None)]),
    ('وتوفي الكاتب في القرن العشرين بعد مسيرة طويلة.', []),
    ('وانضم اللاعب إلى الفريق في العشرين من عمره.', []),
    ('ووصل الوفد في العشرين من الشهر الجاري.', [('date', 'العشرين من الشهر الجاري', None, None, None, '2021-06-20', None, 'day')]),
    ('واحتفلت المدينة بالذكرى المئة لتأسيسها.', []),
    ('وفاز المتسابق بالمركز الخمسين في السباق.', []),
    ('وتحدث الوزير يوم الاثنين مليون مرة عن الإصلاح.', [('date', 'يوم الاثنين', None, None, None, '2021-06-21', None, 'day'), ('amount', 'مليون', 1000000, None, 'exact', None, None, None)]),
    ('وناهزت الكلفة 12 مليون دولار.', [('amount', '12 مليون دولار', 12000000, 'USD', 'exact', None, None, None)]),
    ('وشارك الخمسة في الاجتماع بعد العشرين دقيقة الأولى.', []),
]  # fmt: skip
# «14 ألفا و862 مليار و736 مليون و986 ألف دينار»: thousands of a larger scale joined by «و», one
# amount (Algerian budgets); «14 ألفا و862 موظفا», «ألف و500 شخص» stay counts.
THOUSANDS_AND_A_LARGER_SCALE = [
    ('وبلغت النفقات 14 ألفا و862 مليار و736 مليون و986 ألف دينار جزائري.', [('amount', '14 ألفا و862 مليار و736 مليون و986 ألف دينار جزائري', 14862736986000, 'DZD', 'exact', None, None, None)]),
    ('وقدرت الإيرادات بـ13 ألفا و786 مليار دينار جزائري.', [('amount', '13 ألفا و786 مليار دينار جزائري', 13786000000000, 'DZD', 'exact', None, None, None)]),
    ('واقترضت الخزينة ألف و500 مليون دولار من البنوك.', [('amount', 'ألف و500 مليون دولار', 1500000000, 'USD', 'exact', None, None, None)]),
    ('ورصدت الدولة ألفين و300 مليار دينار للاستثمار.', [('amount', 'ألفين و300 مليار دينار', 2300000000000, None, 'exact', None, None, None)]),
    ('وبلغت الميزانية 8 آلاف و200 مليار دينار جزائري.', [('amount', '8 آلاف و200 مليار دينار جزائري', 8200000000000, 'DZD', 'exact', None, None, None)]),
    ('وتجاوزت الجباية 3 آلاف و450 مليار دينار.', [('amount', '3 آلاف و450 مليار دينار', 3450000000000, None, 'exact', None, None, None)]),
    ('وبلغ العجز نحو 5 آلاف و100 مليار دينار جزائري.', [('amount', 'نحو 5 آلاف و100 مليار دينار جزائري', 5100000000000, 'DZD', 'about', None, None, None)]),
    ('ووصل الإنفاق إلى 14 ألفًا و862 مليارًا من الدنانير.', [('amount', '14 ألفًا و862 مليارًا', 14862000000000, None, 'exact', None, None, None)]),
    ('وقدرت الخسائر بأكثر من ألف و200 مليون دولار.', [('amount', 'أكثر من ألف و200 مليون دولار', 1200000000, 'USD', 'more_than', None, None, None)]),
    ('وخصص البرلمان 10 آلاف و36 مليار دينار لقطاع التربية.', [('amount', '10 آلاف و36 مليار دينار', 10036000000000, None, 'exact', None, None, None)]),
    ('وبلغت الواردات 2 ألف و500 مليون دولار في عام 2019.', [('amount', '2 ألف و500 مليون دولار', 2500000000, 'USD', 'exact', None, None, None), ('year', 'عام 2019', None, None, None, '2019', None, 'year')]),
    ('وبلغ عدد الموظفين 14 ألفا و862 موظفا.', [('amount', '14 ألفا و862', 14862, None, 'exact', None, None, None)]),
    ('وحضر المهرجان ألف و500 شخص.', [('amount', 'ألف و500', 1500, None, 'exact', None, None, None)]),
    ('وشارك 3 آلاف و200 متطوع في الحملة.', [('amount', '3 آلاف و200', 3200, None, 'exact', None, None, None)]),
    ('ووزعت الجمعية ألفين و40 سلة غذائية.', [('amount', 'ألفين و40', 2040, None, 'exact', None, None, None)]),
    ('وجمع الصندوق 20 ألف دولار و5 ملايين دينار.', [('amount', '20 ألف دولار', 20000, 'USD', 'exact', None, None, None), ('amount', '5 ملايين دينار', 5000000, None, 'exact', None, None, None)]),
    ('وقدم المانحون 70 ألف ومليون دينار أخرى.', [('amount', '70 ألف', 70000, None, 'exact', None, None, None), ('amount', 'مليون دينار', 1000000, None, 'exact', None, None, None)]),
    ('وبلغت الكلفة 12 مليارًا و900 مليون دولار.', [('amount', '12 مليارًا و900 مليون دولار', 12900000000, 'USD', 'exact', None, None, None)]),
    ('وسجل الإحصاء 15 ألفا و300 مولود و2 مليون نسمة.', [('amount', '15 ألفا و300', 15300, None, 'exact', None, None, None), ('amount', '2 مليون', 2000000, None, 'exact', None, None, None)]),
    ('وارتفع الدين إلى ألف و100 مليار دينار عراقي.', [('amount', 'ألف و100 مليار دينار عراقي', 1100000000000, 'IQD', 'exact', None, None, None)]),
    ('وتتراوح أسعار الشقق بين 500 ألف و2 مليون دينار.', [('amount', 'بين 500 ألف', 500000, None, 'at_least', None, None, None), ('amount', '2 مليون دينار', 2000000, None, 'at_most', None, None, None)]),
    ('وتتراوح المنح ما بين 10 آلاف و20 مليون دولار.', [('amount', 'ما بين 10 آلاف', 10000, 'USD', 'at_least', None, None, None), ('amount', '20 مليون دولار', 20000000, 'USD', 'at_most', None, None, None)]),
    ('وجمعت الحملة 500 ألف و2 مليون دولار في جولتين.', [('amount', '500 ألف', 500000, None, 'exact', None, None, None), ('amount', '2 مليون دولار', 2000000, 'USD', 'exact', None, None, None)]),
    ('وخصص ألف و1.5 مليون دولار للمشروعين.', [('amount', 'ألف', 1000, None, 'exact', None, None, None), ('amount', '1.5 مليون دولار', 1500000, 'USD', 'exact', None, None, None)]),
]  # fmt: skip
# «ما يربو عن» (more than); an estimate verb before «نحو/حوالي» («تقدر بنحو») opens the about-span,
# not when words stand between («وقدرت الخسائر بنحو»).
ESTIMATE_HEDGES = [
    ('وبلغت الاستثمارات ما يربو عن 300 مليون دولار.', [('amount', 'ما يربو عن 300 مليون دولار', 300000000, 'USD', 'more_than', None, None, None)]),
    ('وجمعت الحملة ما يربو عن خمسة ملايين ريال سعودي.', [('amount', 'ما يربو عن خمسة ملايين ريال سعودي', 5000000, 'SAR', 'more_than', None, None, None)]),
    ('وتربو عن 40 مليار درهم قيمة الصادرات.', [('amount', 'تربو عن 40 مليار درهم', 40000000000, None, 'more_than', None, None, None)]),
    ('وخسر القطاع ما يربو على 2 مليار دولار.', [('amount', 'ما يربو على 2 مليار دولار', 2000000000, 'USD', 'more_than', None, None, None)]),
    ('وقال إن الخسائر تقدر بنحو 226 مليار دولار.', [('amount', 'تقدر بنحو 226 مليار دولار', 226000000000, 'USD', 'about', None, None, None)]),
    ('وبلغ حجم التجارة ما يقدر بحوالي 5 ملايين دولار.', [('amount', 'ما يقدر بحوالي 5 ملايين دولار', 5000000, 'USD', 'about', None, None, None)]),
    ('وكانت الأضرار قدرت بنحو 3 مليارات دولار.', [('amount', 'قدرت بنحو 3 مليارات دولار', 3000000000, 'USD', 'about', None, None, None)]),
    ('والقيمة يقدر بحوالي 40 مليون يورو.', [('amount', 'يقدر بحوالي 40 مليون يورو', 40000000, 'EUR', 'about', None, None, None)]),
    ('ورصدت الحكومة ميزانية تقدر بنحو 12 مليار جنيه مصري.', [('amount', 'تقدر بنحو 12 مليار جنيه مصري', 12000000000, 'EGP', 'about', None, None, None)]),
    ('وتحتاج البلاد إلى تمويل يقدر بنحو 9 مليارات دولار.', [('amount', 'يقدر بنحو 9 مليارات دولار', 9000000000, 'USD', 'about', None, None, None)]),
    ('وأعلنت الشركة أرباحا قدرت بحوالى 80 مليون درهم.', [('amount', 'قدرت بحوالى 80 مليون درهم', 80000000, None, 'about', None, None, None)]),
    ('وكلف المشروع المقدر بنحو 7 مليارات دولار الكثير.', [('amount', 'المقدر بنحو 7 مليارات دولار', 7000000000, 'USD', 'about', None, None, None)]),
    ('وجاءت المنحة المقدرة بنحو 30 مليون يورو في وقتها.', [('amount', 'المقدرة بنحو 30 مليون يورو', 30000000, 'EUR', 'about', None, None, None)]),
    ('وبلغت الكلفة تقدر بـ نحو 15 مليون دولار.', [('amount', 'تقدر بـ نحو 15 مليون دولار', 15000000, 'USD', 'about', None, None, None)]),
    ('والعجز تقدر بما يقارب 6 مليارات دولار.', [('amount', 'تقدر بما يقارب 6 مليارات دولار', 6000000000, 'USD', 'about', None, None, None)]),
    ('وقدرت الخسائر بنحو 4 ملايين دولار في الفيضانات.', [('amount', 'نحو 4 ملايين دولار', 4000000, 'USD', 'about', None, None, None)]),
    ('وتقدر الحكومة الخسائر بنحو مليار دولار.', [('amount', 'نحو مليار دولار', 1000000000, 'USD', 'about', None, None, None)]),
    ('وقدرت بأكثر من 5 ملايين دولار قيمة الأضرار.', [('amount', 'أكثر من 5 ملايين دولار', 5000000, 'USD', 'more_than', None, None, None)]),
    ('وتقدر بـ 8 ملايين دولار كلفة الطريق.', [('amount', 'تقدر بـ 8 ملايين دولار', 8000000, 'USD', 'about', None, None, None)]),
    ('ويربو عدد السكان على 3 ملايين نسمة.', [('amount', '3 ملايين', 3000000, None, 'exact', None, None, None)]),
    ('وقال إن قيمة العقد تقدر بنحو 60 مليون دولار، وإن العمل يبدأ قريبا.', [('amount', 'تقدر بنحو 60 مليون دولار', 60000000, 'USD', 'about', None, None, None)]),
]  # fmt: skip
# «التسعة أشهر الأولى من 2025», «أول 5 أشهر من العام 2024», «آخر ثلاثة أشهر من 2018»: counted months of a
# year, count first; not of a fiscal year, a war, a contract, nor without a year after them.
COUNTED_MONTHS_COUNT_FIRST = [
    ('وتراجع العجز في التسعة أشهر الاولى من 2025.', [('date', 'التسعة أشهر الاولى من 2025', None, None, None, '2025-01', '2025-09', 'month')]),
    ('وارتفعت الصادرات خلال أول 5 أشهر من العام 2024.', [('date', 'أول 5 أشهر من العام 2024', None, None, None, '2024-01', '2024-05', 'month')]),
    ('ونمت الأرباح في الخمسة أشهر الأولى من العام الجاري.', [('date', 'الخمسة أشهر الأولى من العام الجاري', None, None, None, '2021-01', '2021-05', 'month')]),
    ('وهبطت المبيعات في الثلاثة أشهر الأخيرة من العام الماضي.', [('date', 'الثلاثة أشهر الأخيرة من العام الماضي', None, None, None, '2020-10', '2020-12', 'month')]),
    ('وزادت الواردات في الستة شهور الأولى من عام 2019.', [('date', 'الستة شهور الأولى من عام 2019', None, None, None, '2019-01', '2019-06', 'month')]),
    ('وتحسن الأداء في أول ستة أشهر من العام.', [('date', 'أول ستة أشهر من العام', None, None, None, '2021-01', '2021-06', 'month')]),
    ('وتراجعت الحوادث في آخر ثلاثة أشهر من 2018.', [('date', 'آخر ثلاثة أشهر من 2018', None, None, None, '2018-10', '2018-12', 'month')]),
    ('وبلغت الإيرادات في أول شهرين من العام الحالي مستوى قياسيا.', [('date', 'أول شهرين من العام الحالي', None, None, None, '2021-01', '2021-02', 'month')]),
    ('وسجلت الشركة في اول 9 أشهر من سنة 2020 أرباحا.', [('date', 'اول 9 أشهر من سنة 2020', None, None, None, '2020-01', '2020-09', 'month')]),
    ('وانخفض التضخم في آخر 4 أشهر من العام الماضي.', [('date', 'آخر 4 أشهر من العام الماضي', None, None, None, '2020-09', '2020-12', 'month')]),
    ('وارتفع الإنتاج في الأربعة أشهر الأولى للعام 2022.', [('date', 'الأربعة أشهر الأولى للعام 2022', None, None, None, '2022-01', '2022-04', 'month')]),
    ('وتضاعف الطلب في لأول 3 أشهر من عام 2017.', [('date', 'أول 3 أشهر من عام 2017', None, None, None, '2017-01', '2017-03', 'month')]),
    ('وتعافى القطاع خلال العشرة أشهر الأولى من العام.', [('date', 'العشرة أشهر الأولى من العام', None, None, None, '2021-01', '2021-10', 'month')]),
    ('وتراجع العجز خلال أول 7 أشهر من العام المالي الحالي.', [('number', '7', 7, None, 'exact', None, None, None)]),
    ('ونمت الإيرادات خلال الأشهر الثمانية الأولى من السنة المالية الحالية.', []),
    ('وتراجع العجز في التسعة أشهر الأولى من العام المالي 2020.', [('year', 'العام المالي 2020', None, None, None, '2020', None, 'year')]),
    ('وتحسنت النتائج في أول 5 أشهر من الحرب.', [('number', '5', 5, None, 'exact', None, None, None)]),
    ('وسجل الفريق في أول 5 أشهر من عقده عشرة أهداف.', [('number', '5', 5, None, 'exact', None, None, None), ('number', 'عشرة', 10, None, 'exact', None, None, None)]),
    ('وتحسن الأداء في التسعة أشهر الأولى من الحمل.', []),
    ('وأعلن أول 500 مشترك عن رضاهم.', [('number', '500', 500, None, 'exact', None, None, None)]),
    ('وتغير الوضع في أول 5 أشهر فقط.', [('number', '5', 5, None, 'exact', None, None, None)]),
    ('وتضاعفت الخسائر في أول 13 أشهر من 2020.', [('number', '13', 13, None, 'exact', None, None, None), ('year', '2020', None, None, None, '2020', None, 'year')]),
    ('وتراجع الإنتاج في التسعة أشهر الأولى من الموسم.', []),
]  # fmt: skip
# «من 01 يناير إلى 31 أغسطس الماضي», «1 جانفي الى حدود 31 جويلية 2018»: a span of days whose last day
# carries the year (or «الماضي», «من العام الجاري»); the first day is in that year, or the one before.
DAY_SPANS_ACROSS_MONTHS = [
    ('وبلغت الصادرات من 01 يناير إلى 31 أغسطس الماضي نحو مليار دولار.', [('date', '01 يناير إلى 31 أغسطس الماضي', None, None, None, '2020-01-01', '2020-08-31', 'day'), ('amount', 'نحو مليار دولار', 1000000000, 'USD', 'about', None, None, None)]),
    ('وسجلت الموانئ الحركة من 1 جانفي الى حدود 31 جويلية 2018.', [('date', '1 جانفي الى حدود 31 جويلية 2018', None, None, None, '2018-01-01', '2018-07-31', 'day')]),
    ('وتستمر الحملة من 1 مارس حتى 15 أبريل 2023.', [('date', '1 مارس حتى 15 أبريل 2023', None, None, None, '2023-03-01', '2023-04-15', 'day')]),
    ('وتمتد الدورة من 1 جانفي إلى غاية 30 جوان من العام الجاري.', [('date', '1 جانفي إلى غاية 30 جوان من العام الجاري', None, None, None, '2021-01-01', '2021-06-30', 'day')]),
    ('ويغلق المتحف من 1 نوفمبر إلى 28 فبراير المقبل.', [('date', '1 نوفمبر إلى 28 فبراير المقبل', None, None, None, '2021-11-01', '2022-02-28', 'day')]),
    ('وتمتد السنة المالية من 1 يوليو إلى 30 يونيو 2021.', [('date', '1 يوليو إلى 30 يونيو 2021', None, None, None, '2020-07-01', '2021-06-30', 'day')]),
    ('وتعقد المعارض من 5 إلى 10 مارس الماضي.', [('date', '5 إلى 10 مارس الماضي', None, None, None, '2021-03-05', '2021-03-10', 'day')]),
    ('وتقبل الطلبات من 15 أكتوبر حتى 15 ديسمبر من العام الماضي.', [('date', '15 أكتوبر حتى 15 ديسمبر من العام الماضي', None, None, None, '2020-10-15', '2020-12-15', 'day')]),
    ('وتوقفت الرحلات من 20 ديسمبر إلى 5 يناير الماضي.', [('date', '20 ديسمبر إلى 5 يناير الماضي', None, None, None, '2020-12-20', '2021-01-05', 'day')]),
    ('وجرت الأشغال من 3 أفريل إلى حدود 30 ماي 2019.', [('date', '3 أفريل إلى حدود 30 ماي 2019', None, None, None, '2019-04-03', '2019-05-30', 'day')]),
    ('وتسري التخفيضات من 1 يونيو ولغاية 31 يوليو من العام الجاري.', [('date', '1 يونيو ولغاية 31 يوليو من العام الجاري', None, None, None, '2021-06-01', '2021-07-31', 'day')]),
    ('ويمتد الموسم من 10 سبتمبر وحتى 20 نوفمبر الماضي.', [('date', '10 سبتمبر وحتى 20 نوفمبر الماضي', None, None, None, '2020-09-10', '2020-11-20', 'day')]),
    ('وتعطلت الخدمة من 1 أيار حتى 15 حزيران الماضي.', [('date', '1 أيار حتى 15 حزيران الماضي', None, None, None, '2020-05-01', '2020-06-15', 'day')]),
    ('وسجلت البلاد من 1 يناير إلى 30 يونيو من هذا العام تراجعا.', [('date', '1 يناير إلى 30 يونيو من هذا العام', None, None, None, '2021-01-01', '2021-06-30', 'day')]),
    ('واستمرت الأزمة من 1 مارس 2019 إلى 31 مايو الماضي.', [('date', '1 مارس 2019', None, None, None, '2019-03-01', None, 'day'), ('date', '31 مايو الماضي', None, None, None, '2021-05-31', None, 'day')]),
    ('وتراجعت الأسعار من 1 يناير حتى 31 مارس.', [('date', '1 يناير', None, None, None, '2021-01-01', None, 'day'), ('date', '31 مارس', None, None, None, '2021-03-31', None, 'day')]),
    ('وجرت الانتخابات من 10 إلى 15 مارس.', [('number', '10', 10, None, 'exact', None, None, None), ('date', '15 مارس', None, None, None, '2021-03-15', None, 'day')]),
    ('ومن 1 إلى 31 فبراير الماضي لا يوجد يوم كهذا.', [('number', '1', 1, None, 'exact', None, None, None), ('number', '31', 31, None, 'exact', None, None, None), ('date', 'فبراير الماضي', None, None, None, '2021-02', None, 'month')]),
    ('وقدم البنك من 5 إلى 10 ملايين دولار.', [('amount', '5', 5000000, 'USD', 'exact', None, None, None), ('amount', '10 ملايين دولار', 10000000, 'USD', 'exact', None, None, None)]),
    ('وصلت الشحنة في 24 ديسمبر الماضي إلى الميناء.', [('date', '24 ديسمبر الماضي', None, None, None, '2020-12-24', None, 'day')]),
    ('ونفذت الأعمال من 5 جانفي الى 20 فيفري 2024.', [('date', '5 جانفي الى 20 فيفري 2024', None, None, None, '2024-01-05', '2024-02-20', 'day')]),
]  # fmt: skip


TABLES = {
    "bracketed": BRACKETED,
    "bracketed compound": BRACKETED_COMPOUNDS,
    "bare currency": BARE_CURRENCIES,
    "country cue": COUNTRY_CUES,
    "money marked as one country's": MONEY_MARKS,
    "dollar peg in brackets": PEGGED_RATES,
    "carried currency": CARRIED_CURRENCIES,
    "carried before a label with «ال»": CARRIED_BEFORE_A_LABEL,
    "year": YEARS,
    "year span": YEAR_SPANS,
    "short fiscal year": SHORT_FISCAL_YEARS,
    "month pair": MONTH_PAIRS,
    "relative date": RELATIVE_DATES,
    "weekday alone": WEEKDAYS_ALONE,
    "span of days": DAY_SPANS,
    "month of a relative year": MONTHS_OF_A_RELATIVE_YEAR,
    "month after a preposition": MONTHS_AFTER_A_PREPOSITION,
    "hedge apart": HEDGES_APART,
    "amount range": AMOUNT_RANGES,
    "change from one amount to another": CHANGES_FROM_TO,
    "negated hedge": NEGATED_HEDGES,
    "spelling": SPELLINGS,
    "hijri day": HIJRI_DAYS,
    "hijri day in figures": HIJRI_NUMERIC_DAYS,
    "hijri month": HIJRI_MONTHS,
    "hijri fiscal year": HIJRI_FISCAL_YEARS,
    "scale plural": SCALE_PLURALS,
    "glued hedge": GLUED_HEDGES,
    "quarter alone": QUARTERS_ALONE,
    "this day": THIS_DAY,
    "outlet named today": OUTLETS_TODAY,
    "month after a glued for": MONTHS_AFTER_FOR,
    "second month after and": SECOND_MONTHS,
    "counted months of a year": COUNTED_MONTHS,
    "hedge with its pronoun": HEDGES_HIS_BOUND,
    "edge of a period": PERIOD_EDGES,
    "scale glued to its currency": GLUED_SCALES,
    "thousands of a larger scale": THOUSANDS_OF_A_SCALE,
    "decimal comma": DECIMAL_COMMAS,
    "day of a relative month": DAYS_OF_A_RELATIVE_MONTH,
    "period before last": PERIODS_BEFORE_LAST,
    "relative span of years": RELATIVE_YEAR_SPANS,
    "year compared with": COMPARED_YEARS,
    "weekday stamp": WEEKDAY_STAMPS,
    "undotted abbreviation": UNDOTTED_ABBREVIATIONS,
    "ouguiya": OUGUIYAS,
    "quoted number": QUOTED_NUMBERS,
    "definite dual": DEFINITE_DUALS,
    "numeric day date": NUMERIC_DAY_DATES,
    "backwards span of years": BACKWARDS_YEAR_SPANS,
    "end of (Maghreb موفى)": END_OF_MAGHREB,
    "span of months": MONTH_SPANS,
    "span of years between": YEAR_SPANS_BETWEEN,
    "month with a relative year": MONTHS_WITH_A_RELATIVE_YEAR,
    "Maghreb half-year and quarter": MAGHREB_HALVES_AND_QUARTERS,
    "misspelt February": MISSPELT_FEBRUARY,
    "million dinars (م د)": MILLION_DINARS_SHORT,
    "definite number word before a scale": DEFINITE_NUMBER_WORDS,
    "thousands and a larger scale": THOUSANDS_AND_A_LARGER_SCALE,
    "estimate hedge": ESTIMATE_HEDGES,
    "counted months, count first": COUNTED_MONTHS_COUNT_FIRST,
    "span of days across months": DAY_SPANS_ACROSS_MONTHS,
}
CASES = [(name, sentence, expected) for name, rows in TABLES.items() for sentence, expected in rows]


@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_each_class_has_twenty_phrases_or_more(table):
    assert len(table) >= 20


@pytest.mark.parametrize(("name", "sentence", "expected"), CASES, ids=[c[1] for c in CASES])
def test_extract_reads_each_form(name, sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(("name", "sentence", "expected"), CASES, ids=[c[1] for c in CASES])
def test_every_span_is_the_text_it_quotes(name, sentence, expected):
    for m in extract(sentence, THURSDAY):
        assert sentence[m.start : m.end] == m.text


# --- Details the tables do not show -----------------------------------------------------


def test_every_code_the_extractor_can_name_is_in_the_one_iso_list():
    assert set(CURRENCIES) >= CURRENCY_CODES
    local = {code for currencies in LOCAL_CURRENCIES.values() for code in currencies.values()}
    assert local <= set(CURRENCIES)


def test_any_iso_code_written_after_a_number_is_read():
    assert found("وبلغت الصادرات 42 CHF و7 SDG") == [
        ("amount", "42 CHF", 42, "CHF", "exact", None, None, None),
        ("amount", "7 SDG", 7, "SDG", "exact", None, None, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("أمس الخميس", ("date", "أمس الخميس", None, None, None, None, None, "relative")),
        ("الخميس المقبل", ("date", "الخميس المقبل", None, None, None, None, None, "relative")),
        ("قبل ثلاثة أشهر", ("date", "قبل ثلاثة أشهر", None, None, None, None, None, "relative")),
        ("النصف الأول من العام", ("date", "النصف الأول من العام", None, None, None, None, None, "relative")),
        ("آذار (مارس)", ("date", "آذار (مارس)", None, None, None, None, None, "relative")),
        ("النصف الأول من 2015", ("date", "النصف الأول من 2015", None, None, None, "2015-01", "2015-06", "month")),
        ("لشباط", ("date", "شباط", None, None, None, None, None, "relative")),
        ("الأشهر الستة الأولى من العام", ("date", "الأشهر الستة الأولى من العام", None, None, None, None, None, "relative")),
        ("الأشهر الستة الأولى من 2018", ("date", "الأشهر الستة الأولى من 2018", None, None, None, "2018-01", "2018-06", "month")),
        ("حتى نهاية العام", ("date", "نهاية العام", None, None, None, None, None, "relative")),
        ("في 15 من الشهر الجاري", ("date", "15 من الشهر الجاري", None, None, None, None, None, "relative")),
    ],
)  # fmt: skip
def test_without_a_reference_date_relative_dates_have_no_date(sentence, expected):
    assert found(sentence, None) == [expected]


def test_a_hijri_year_spans_the_gregorian_years_it_covers():
    # 1 Muharram 1436 is 25 October 2014 and 29 Dhu al-Hijjah 1436 is 13 October 2015
    # (Umm al-Qura). Before 1343 AH, where the converter's range opens, it stays a number.
    assert found("عام 1436هـ") == [("year", "عام 1436هـ", None, None, None, "2014", "2015", "year")]
    assert found("عام 1300هـ") == [("number", "1300", 1300, None, "exact", None, None, None)]


def test_date_end_is_in_the_json_output():
    (row,) = mentions_to_json(extract("العام المالي 2014/2015"))
    assert (row["date"], row["date_end"], row["precision"]) == ("2014", "2015", "year")


def test_a_bare_currency_stays_null_when_two_countries_tie():
    sentence = "وقال وزير المالية الكويتي لنظيره الأردني إن 5 ملايين دينار رصدت."
    assert found(sentence)[0][3] is None


# Words that look like a governorate or a city but are a name, a common word or a place two
# countries share: they name no country, and the bare currency stays open.
@pytest.mark.parametrize(
    "sentence",
    [
     'كتبت هند سالم أن سعر الكتاب بلغ 60 جنيها.',
     'وقال إن المقترح مطروح على الطاولة وكلفته 5 ملايين دينار.',
     'ووصف الوزير العام بأنه عسير وأن العجز بلغ 9 ملايين دينار.',
     'وقال المهندس العسيري إن الكلفة بلغت 7 ملايين ريال.',
     'وأكد الباحث أحمدي أن الدعم بلغ 4 ملايين دينار.',
     'وقالت الطائفة إن التبرعات بلغت مليون ريال.',
     'ووقف الجدار حائلا دون وصول 3 ملايين دينار.',
     'وقرأ الخبر في الصحيفة الجديدة أن القرض بلغ 8 ملايين درهم.',
     'واجتمع مجلس الأمة وأقر 90 مليون دينار.',
     'وفاز نادي القادسية بجائزة قدرها مليون ريال.',
     'وقال صلاح الدين إن المنحة بلغت 5 ملايين دينار.',
     'وحذرت من محرقة جديدة تكلف 10 ملايين ريال.',
     'وشرح المحاضر معاني الكلمات وثمن الكتاب 12 دينارا.',
     'وقال الطالب إن الأمر من حولي تغير وإن الرسوم 300 دينار.',
     'وقال الكاتب الجيزاوي إن الكتاب بلغ 50 جنيها.',
     'ونقلت العيون الساهرة أن الكلفة 20 مليون درهم.',
     'وارتفع سعر الكركم إلى 30 جنيها.',
     'وتحدث عن الطائفة الإسماعيلية وميزانيتها 6 ملايين دينار.',
     'وفي المنطقة الشرقية من المدينة كلف الجسر 4 ملايين ريال.',
     'وفي القنيطرة بلغت الكلفة 15 مليون درهم.',
    ],
)  # fmt: skip
def test_a_near_miss_of_a_place_names_no_country(sentence):
    assert guess_country(sentence) is None
    (amount,) = [m for m in extract(sentence) if m.kind == "amount"]
    assert amount.currency is None


def test_parse_date_text_reads_a_year_span_as_its_first_year():
    assert parse_date_text("العام المالي 2014 - 2015") == ("2014", "year")


# An event's quote of a span opened by «من» leaves the «من» out; read alone it must still
# be the span the extractor read in its sentence (its first year), never the last year.
@pytest.mark.parametrize(
    "quote",
    ["2012 إلى 2016", "2012 الى 2016", "2012 حتى 2016", "2012 إلى عام 2016", "2012 إلى 2016م",
     "٢٠١٢ إلى ٢٠١٦"],
)  # fmt: skip
def test_parse_date_text_reads_a_span_quoted_without_its_opener_as_its_first_year(quote):
    assert parse_date_text(quote) == ("2012", "year")
    assert [m["date_end"] for m in mentions_to_json(extract("من " + quote))] == ["2016"]


@pytest.mark.parametrize(
    ("quote", "message"),
    [("2000 إلى 2500", "no date"),  # «من 2000 إلى 2500 طالب»: a count, no span of years
     ("2012 إلى 2250", "no date"),  # too long to be a span of years
     ("2012 إلى 2016 مليون", "no date")],
)  # fmt: skip
def test_two_numbers_that_are_no_span_of_years_are_not_read_as_one(quote, message):
    with pytest.raises(ValueError, match=message):
        parse_date_text(quote)


def test_a_hijri_day_the_month_lacks_is_no_day():
    # Ramadan 1445 has 30 days (11 March – 9 April 2024) and none has a 31st.
    with pytest.raises(ValueError, match="no day 31 in Hijri month 9 of 1445"):
        list(read_phrases("في 31 رمضان 1445هـ", strict=True))


# A day or a month named without a year lies in the year nearest the reference date
# (Wednesday 6 March 2024 here): five months back beats seven ahead.
MARCH_2024 = date(2024, 3, 6)
NEAREST_YEARS = [
    ("في السابع من أكتوبر", "2023-10-07", "day"),
    ("في 7 أكتوبر", "2023-10-07", "day"),
    ("في العاشر من نوفمبر", "2023-11-10", "day"),
    ("في 25 ديسمبر", "2023-12-25", "day"),
    ("في 10 يناير", "2024-01-10", "day"),
    ("في الأول من فبراير", "2024-02-01", "day"),
    ("في 15 مارس", "2024-03-15", "day"),
    ("في 20 أبريل", "2024-04-20", "day"),
    ("في الخامس من مايو", "2024-05-05", "day"),
    ("في 30 يونيو", "2024-06-30", "day"),
    ("في 4 يوليو", "2024-07-04", "day"),
    ("في 1 أغسطس", "2024-08-01", "day"),
    ("في 11 سبتمبر", "2024-09-11", "day"),
    ("حتى سبتمبر", "2024-09", "month"),
    ("منذ أكتوبر", "2023-10", "month"),
    ("في شهر نوفمبر", "2023-11", "month"),
    ("في 1 كانون الثاني", "2024-01-01", "day"),
    ("منذ تشرين الأول", "2023-10", "month"),
    ("في 7 أكتوبر الماضي", "2023-10-07", "day"),
    ("في 7 أكتوبر المقبل", "2024-10-07", "day"),
    ("في 7 أكتوبر من العام الجاري", "2024-10-07", "day"),
    ("في الربع الأخير", "2023-10", "month"),  # a quarter: three months back beats nine ahead
    ("في الربع الأول", "2024-01", "month"),
    ("في الربع الثاني", "2024-04", "month"),
    ("في الربع الثالث", "2024-07", "month"),
]


def test_without_a_reference_date_a_second_month_follows_only_a_month():
    """«أمس وآب» without a reference: «أمس» is relative too, but no month, so «آب» stays a father."""
    assert [m.text for m in extract("في تموز وآب", None)] == ["تموز", "آب"]
    assert [m.text for m in extract("أمس وآب", None)] == ["أمس"]


@pytest.mark.parametrize(("sentence", "iso", "precision"), NEAREST_YEARS)
def test_a_date_without_a_year_is_in_the_nearest_year(sentence, iso, precision):
    (mention,) = extract(sentence, MARCH_2024)
    assert (mention.date, mention.precision) == (iso, precision)
    assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("quote", "value", "currency", "hedge"),
    [
        ("4747 مليار دج", 4747 * 10**9, "DZD", "exact"),
        ("16 مليار أوقية", 16 * 10**9, "MRU", "exact"),
        ('"2ر3" مليار ريال عماني', 3_200_000_000, "OMR", "exact"),
        ("«5» ملايين دولار", 5_000_000, "USD", "exact"),
        ("تقارب الملياري دولار", 2 * 10**9, "USD", "about"),
    ],
)
def test_the_issue_15_forms_read_back_from_a_drafted_quote(quote, value, currency, hedge):
    amount = parse_amount(quote)
    assert (amount.value, amount.currency, amount.hedge) == (value, currency, hedge)
