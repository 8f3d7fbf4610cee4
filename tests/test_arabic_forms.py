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
from validation.arabic.money import CURRENCY_CODES
from validation.arabic.phrases import read_phrases
from validation.arabic.quotes import parse_date_text
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

BARE_CURRENCIES = [
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
    ('ووثقت البعثة الحوادث بين 2012 و2014.', [('year', '2012', None, None, None, '2012', None, 'year'), ('year', '2014', None, None, None, '2014', None, 'year')]),
    ('وتغطي الدراسة الأعوام 2000 - 2010.', [('year', 'الأعوام 2000 - 2010', None, None, None, '2000', '2010', 'year')]),
    ('وصدر تقرير العام المالي ٢٠٢٢/٢٠٢٣ متأخرا.', [('year', 'العام المالي ٢٠٢٢/٢٠٢٣', None, None, None, '2022', '2023', 'year')]),
    ('وتنتهي الخطة الخمسية 2016–2020 هذا العام.', [('year', '2016–2020', None, None, None, '2016', '2020', 'year'), ('date', 'هذا العام', None, None, None, '2021', None, 'year')]),
    ('وبلغت الإيرادات للسنة المالية 2018 ـ 2019 نحو 20 مليار دينار.', [('year', 'للسنة المالية 2018 ـ 2019', None, None, None, '2018', '2019', 'year'), ('amount', 'نحو 20 مليار دينار', 20000000000, None, 'about', None, None, None)]),
    ('وامتدت الأزمة من 2011 إلى 2014.', [('year', '2011 إلى 2014', None, None, None, '2011', '2014', 'year')]),
    ('وارتفع عدد الطلاب من 2000 إلى 3000 طالب.', [('number', '2000', 2000, None, 'exact', None, None, None), ('number', '3000', 3000, None, 'exact', None, None, None)]),
    ('وشملت المرحلة 1436/1437هـ عددا من المشروعات.', [('year', '1436/1437هـ', None, None, None, '2014', '2016', 'year')]),
    ('وتصدر النشرة للفترة 2023 - 2024 مطلع الشهر.', [('year', '2023 - 2024', None, None, None, '2023', '2024', 'year')]),
    ('وبلغ الرقم 2015-2010 في الجدول.', [('number', '2015', 2015, None, 'exact', None, None, None), ('number', '2010', 2010, None, 'exact', None, None, None)]),
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
    ('وتحدث الجمعة محمد عن خطته.', []),
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
    ('وكانت الحصيلة 1440-1441 في المنطقتين.', [('number', '1440', 1440, None, 'exact', None, None, None), ('number', '1441', 1441, None, 'exact', None, None, None)]),
]  # fmt: skip

TABLES = {
    "bracketed": BRACKETED,
    "bare currency": BARE_CURRENCIES,
    "year": YEARS,
    "year span": YEAR_SPANS,
    "month pair": MONTH_PAIRS,
    "relative date": RELATIVE_DATES,
    "hedge apart": HEDGES_APART,
    "negated hedge": NEGATED_HEDGES,
    "spelling": SPELLINGS,
    "hijri day": HIJRI_DAYS,
    "hijri month": HIJRI_MONTHS,
    "hijri fiscal year": HIJRI_FISCAL_YEARS,
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


def test_parse_date_text_reads_a_year_span_as_its_first_year():
    assert parse_date_text("العام المالي 2014 - 2015") == ("2014", "year")


def test_a_hijri_day_the_month_lacks_is_no_day():
    # Ramadan 1445 has 30 days (11 March – 9 April 2024) and none has a 31st.
    with pytest.raises(ValueError, match="no day 31 in Hijri month 9 of 1445"):
        list(read_phrases("في 31 رمضان 1445هـ", strict=True))
