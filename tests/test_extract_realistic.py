"""The extractor on dispatch-style texts from all twelve regions, written for these tests.

Every text is invented in the way Moroccan agency dispatches (MAP, Hespress, Le360) are
written, never copied from a real article; names of officials are invented, places and
institutions are real (the gazetteer resolves them). Each row states the value of every
key field. ``None`` (or an empty tuple) means the text does not support the field and
the extractor must leave it empty: precision matters more than recall.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import moroccan_social_news as msn
from moroccan_social_news import (
    AgreementKind,
    AttendanceMode,
    Beneficiary,
    Gender,
    MeetingKind,
    PostRole,
    Weekday,
)

_M = MeetingKind
_R = PostRole
_B = Beneficiary


@attrs.frozen
class Case:
    """Expected values for one text; every field is checked (``None`` = must be empty)."""

    text: str
    kind: MeetingKind | None = None
    chair: str | None = None
    posts: tuple[PostRole, ...] = ()
    gender: Gender | None = None  # checked only when a chair is expected
    region: str | None = None
    weekday: Weekday | None = None
    date: dt.date | None = None
    ordinal: int | None = None
    mode: AttendanceMode | None = None
    agreement: AgreementKind | None = None
    total: tuple[str, str] | None = None  # (amount, currency)
    beneficiaries: tuple[Beneficiary, ...] = ()
    parties: tuple[str, ...] = ()  # gazetteer ids
    agreement_region: str | None = None
    reference: dt.date | None = None


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


MEETINGS: list[Any] = [
    pytest.param(
        Case(
            # hyphenated region; "رئيس المجلس" is the president of the council the
            # sentence named before it (مجلس جهة …), so a regional council president
            "عقد مجلس جهة طنجة-تطوان-الحسيمة، يوم الاثنين 7 أكتوبر 2024 بمقر الجهة بطنجة، "
            "دورته العادية لشهر أكتوبر، برئاسة رئيس المجلس عمر الصديقي، وبحضور والي الجهة. "
            "وصادق المجلس بالإجماع على جميع النقاط المدرجة في جدول الأعمال.",
            kind=_M.COUNCIL_SESSION,
            chair="عمر الصديقي",
            posts=(_R.REGIONAL_COUNCIL_PRESIDENT,),
            gender=Gender.MALE,
            region="MA-01",
            weekday=Weekday.MONDAY,
            date=_d("2024-10-07"),
        ),
        id="MA-01-council-session",
    ),
    pytest.param(
        Case(
            # chained wali + governor titles, a hyphenated prefecture inside the title
            "ترأس والي جهة الشرق عامل عمالة وجدة-أنكاد، محمد الزهراوي، صباح الثلاثاء 15 "
            "أكتوبر 2024 بمقر الولاية بوجدة، اجتماعا تنسيقيا خصص لتتبع تنزيل برنامج الدعم "
            "الاجتماعي المباشر، بحضور عمال أقاليم الجهة ورؤساء المصالح الخارجية.",
            kind=_M.COORDINATION_MEETING,
            chair="محمد الزهراوي",
            posts=(_R.WALI, _R.GOVERNOR),
            gender=Gender.MALE,
            region="MA-02",
            weekday=Weekday.TUESDAY,
            date=_d("2024-10-15"),
        ),
        id="MA-02-coordination-wali",
    ),
    pytest.param(
        Case(
            # "الخميس الماضي" without a reference date: a weekday, no date
            "قام وزير الصحة والحماية الاجتماعية، خالد بنعيسى، يوم الخميس الماضي، بزيارة "
            "ميدانية إلى المركز الاستشفائي الجهوي بمكناس، اطلع خلالها على سير الخدمات الصحية "
            "المقدمة للمواطنين. وكان الوزير مرفوقا بعامل عمالة مكناس وعدد من المسؤولين.",
            kind=_M.FIELD_VISIT,
            chair="خالد بنعيسى",
            posts=(_R.MINISTER,),
            gender=Gender.MALE,
            region="MA-03",
            weekday=Weekday.THURSDAY,
        ),
        id="MA-03-field-visit-minister",
    ),
    pytest.param(
        Case(
            # the same text with a publication date: "الخميس الماضي" resolves
            "قام وزير الصحة والحماية الاجتماعية، خالد بنعيسى، يوم الخميس الماضي، بزيارة "
            "ميدانية إلى المركز الاستشفائي الجهوي بمكناس.",
            kind=_M.FIELD_VISIT,
            chair="خالد بنعيسى",
            posts=(_R.MINISTER,),
            gender=Gender.MALE,
            region="MA-03",
            weekday=Weekday.THURSDAY,
            date=_d("2024-10-17"),
            reference=_d("2024-10-20"),
        ),
        id="MA-03-last-thursday-resolved",
    ),
    pytest.param(
        Case(
            # a female minister chairs a signing ceremony "مع" (with) another body: her
            # ministry is the other party
            "ترأست وزيرة التضامن والإدماج الاجتماعي والأسرة، نعيمة بن يحيى، يوم الأربعاء 23 "
            "أكتوبر 2024 بالرباط، حفل توقيع اتفاقية شراكة مع التعاون الوطني بكلفة إجمالية "
            "تبلغ 45 مليون درهم، تروم إحداث مراكز لاستقبال الأشخاص في وضعية إعاقة.",
            kind=_M.SIGNING_CEREMONY,
            chair="نعيمة بن يحيى",
            posts=(_R.MINISTER,),
            gender=Gender.FEMALE,
            region="MA-04",
            weekday=Weekday.WEDNESDAY,
            date=_d("2024-10-23"),
            agreement=AgreementKind.PARTNERSHIP_AGREEMENT,
            total=("45000000", "MAD"),
            beneficiaries=(_B.PERSONS_WITH_DISABILITIES,),
            parties=("ministry-solidarity", "entraide-nationale"),
        ),
        id="MA-04-signing-ceremony-minister",
    ),
    pytest.param(
        Case(
            # Arabic-Indic digits in a numeric date; an INDH committee chaired by an
            # unnamed governor (a chair by post alone); the date gives its own weekday
            "عقدت اللجنة الإقليمية للتنمية البشرية بإقليم أزيلال، يوم ٠٣/١١/٢٠٢٥، اجتماعا "
            "برئاسة عامل الإقليم، صادقت خلاله على ٢٤ مشروعا في إطار المرحلة الثالثة من "
            "المبادرة الوطنية للتنمية البشرية بغلاف مالي قدره ١٢ مليون درهم.",
            kind=_M.OTHER,
            posts=(_R.GOVERNOR,),
            region="MA-05",
            date=_d("2025-11-03"),
        ),
        id="MA-05-indh-committee-indic-digits",
    ),
    pytest.param(
        Case(
            # an installation: the minister presides over it ("أشرف ... على")
            "أشرف وزير الداخلية، يونس العماري، يوم الجمعة 18 أكتوبر 2024 بمقر عمالة "
            "المحمدية، على حفل تنصيب العامل الجديد على عمالة المحمدية، بحضور والي جهة "
            "الدار البيضاء-سطات ومنتخبين وشخصيات مدنية وعسكرية.",
            kind=_M.INSTALLATION,
            chair="يونس العماري",
            posts=(_R.MINISTER,),
            gender=Gender.MALE,
            region="MA-06",
            weekday=Weekday.FRIDAY,
            date=_d("2024-10-18"),
        ),
        id="MA-06-installation",
    ),
    pytest.param(
        Case(
            # a launch priced in centimes: a cost, but no agreement; the commune is not in
            # the gazetteer, so the region is that of the governor's province
            "أعطى عامل إقليم الحوز، رشيد بنحمو، يوم السبت 2 نونبر 2024، انطلاقة أشغال بناء "
            "دار للطالبة بجماعة أمزميز، بكلفة مالية تناهز 800 مليون سنتيم، في إطار برنامج "
            "المبادرة الوطنية للتنمية البشرية.",
            kind=_M.LAUNCH,
            chair="رشيد بنحمو",
            posts=(_R.GOVERNOR,),
            gender=Gender.MALE,
            region="MA-07",
            weekday=Weekday.SATURDAY,
            date=_d("2024-11-02"),
        ),
        id="MA-07-launch-governor",
    ),
    pytest.param(
        Case(
            # hybrid session of a regional council; a convention approved in it, priced
            # in "مليارات سنتيم"
            "انعقدت، أمس الثلاثاء بمقر مجلس جهة درعة-تافيلالت بالرشيدية، الدورة الاستثنائية "
            "للمجلس، حضوريا وعن بعد، برئاسة رئيس مجلس الجهة، أحمد أوحمو. وصادق المجلس خلال "
            "هذه الدورة على اتفاقية شراكة لتأهيل المراكز الصحية بغلاف مالي قدره 3 مليارات "
            "سنتيم.",
            kind=_M.COUNCIL_SESSION,
            chair="أحمد أوحمو",
            posts=(_R.REGIONAL_COUNCIL_PRESIDENT,),
            gender=Gender.MALE,
            region="MA-08",
            weekday=Weekday.TUESDAY,
            mode=AttendanceMode.HYBRID,
            agreement=AgreementKind.PARTNERSHIP_AGREEMENT,
            total=("30000000", "MAD"),
        ),
        id="MA-08-extraordinary-session-hybrid",
    ),
    pytest.param(
        Case(
            # a female director leads a study day ("تحت إشراف"); the academy's name
            # carries the region
            "نظمت الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة، يوم الأربعاء 6 نونبر "
            "2024 بأكادير، يوما دراسيا حول الهدر المدرسي بالوسط القروي، تحت إشراف مديرة "
            "الأكاديمية، سعاد الإدريسي، وبمشاركة فاعلين تربويين وممثلي جمعيات آباء التلاميذ.",
            kind=_M.STUDY_DAY,
            chair="سعاد الإدريسي",
            posts=(_R.DIRECTOR,),
            gender=Gender.FEMALE,
            region="MA-09",
            weekday=Weekday.WEDNESDAY,
            date=_d("2024-11-06"),
        ),
        id="MA-09-study-day-academy",
    ),
    pytest.param(
        Case(
            # en dash in the region's name; chair introduced after the meeting ("ترأسه")
            "احتضن مقر ولاية جهة كلميم – واد نون، صباح الاثنين، اجتماعا للجنة الجهوية لتتبع "
            "الموسم الفلاحي، ترأسه والي الجهة عامل إقليم كلميم، سعيد الحافظي.",
            kind=_M.OTHER,
            chair="سعيد الحافظي",
            posts=(_R.WALI, _R.GOVERNOR),
            gender=Gender.MALE,
            region="MA-10",
            weekday=Weekday.MONDAY,
        ),
        id="MA-10-en-dash-region",
    ),
    pytest.param(
        Case(
            "ترأس والي جهة العيون-الساقية الحمراء عامل إقليم العيون، حسن الطالبي، يوم الخميس "
            "10 أكتوبر 2024، عبر تقنية التناظر المرئي، اجتماع عمل خصص لتدارس حصيلة برامج "
            "المبادرة الوطنية للتنمية البشرية بالجهة.",
            kind=_M.WORKING_MEETING,
            chair="حسن الطالبي",
            posts=(_R.WALI, _R.GOVERNOR),
            gender=Gender.MALE,
            region="MA-11",
            weekday=Weekday.THURSDAY,
            date=_d("2024-10-10"),
            mode=AttendanceMode.ONLINE,
        ),
        id="MA-11-working-meeting-online",
    ),
    pytest.param(
        Case(
            # a signing reported as an event ("جرى ... التوقيع على"): a signing ceremony
            # and its agreement; the regional council (a party) names the region
            # covered; an equivalent in dirhams in parentheses is not a second amount
            "جرى، يوم الجمعة 8 نونبر 2024 بالداخلة، التوقيع على مذكرة تفاهم بين مجلس جهة "
            "الداخلة-وادي الذهب والاتحاد الأوروبي، بقيمة 5 ملايين أورو (حوالي 54 مليون "
            "درهم)، لفائدة النساء والشباب حاملي المشاريع.",
            kind=_M.SIGNING_CEREMONY,
            region="MA-12",
            weekday=Weekday.FRIDAY,
            date=_d("2024-11-08"),
            agreement=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
            total=("5000000", "EUR"),
            beneficiaries=(_B.WOMEN, _B.YOUTH, _B.ENTREPRENEURS),  # "حاملي المشاريع"
            parties=("regional-council-MA-12", "european-union"),
            agreement_region="MA-12",
        ),
        id="MA-12-mou-euros",
    ),
    pytest.param(
        Case(
            # a communal council president (feminine) of Casablanca, a commune with
            # arrondissements, so its mayor; no place is stated, so the region is the
            # territory of the chair's post (the city in her title)
            "ترأست رئيسة المجلس الجماعي للدار البيضاء، سميرة الحلوي، مساء الثلاثاء، أشغال "
            "الدورة العادية لشهر أكتوبر، التي خصصت لدراسة مشروع ميزانية الجماعة برسم سنة "
            "2025.",
            kind=_M.COUNCIL_SESSION,
            chair="سميرة الحلوي",
            posts=(_R.MAYOR,),
            gender=Gender.FEMALE,
            region="MA-06",
            weekday=Weekday.TUESDAY,
        ),
        id="commune-president-session",
    ),
    pytest.param(
        Case(
            # a female governor ("عاملة"); no place stated: her province gives the region
            "قامت عاملة إقليم الفحص-أنجرة، نادية الوزاني، صباح الأربعاء، بزيارة تفقدية لعدد "
            "من المشاريع الاجتماعية المنجزة في إطار المبادرة الوطنية للتنمية البشرية.",
            kind=_M.FIELD_VISIT,
            chair="نادية الوزاني",
            posts=(_R.GOVERNOR,),
            gender=Gender.FEMALE,
            region="MA-01",
            weekday=Weekday.WEDNESDAY,
        ),
        id="female-governor-inspection-visit",
    ),
    pytest.param(
        Case(
            # "فاتح" for the first; Arabic-Indic digits in the amount; hamza on الإثنين
            "أعطت كاتبة الدولة المكلفة بالإدماج الاجتماعي، ليلى بنسودة، يوم الإثنين فاتح "
            'يوليوز 2024 بمدينة بني ملال، الانطلاقة الرسمية لبرنامج "رعاية" لفائدة الأشخاص '
            "المسنين، بميزانية تبلغ ٢٥ مليون درهم.",
            kind=_M.LAUNCH,
            chair="ليلى بنسودة",
            posts=(_R.SECRETARY_OF_STATE,),
            gender=Gender.FEMALE,
            region="MA-05",
            weekday=Weekday.MONDAY,
            date=_d("2024-07-01"),
        ),
        id="MA-05-launch-secretary-of-state",
    ),
    pytest.param(
        Case(
            # a regional director of ANAPEC; the venue names the city
            "احتضن مقر المديرية الجهوية للوكالة الوطنية لإنعاش التشغيل والكفاءات بالقنيطرة، "
            "يوم الثلاثاء 12 نونبر 2024، لقاء تنسيقيا ترأسه المدير الجهوي للوكالة، يوسف "
            "القادري، خصص لتقديم برامج دعم تشغيل الشباب.",
            kind=_M.COORDINATION_MEETING,
            chair="يوسف القادري",
            posts=(_R.DIRECTOR,),
            gender=Gender.MALE,
            region="MA-04",
            weekday=Weekday.TUESDAY,
            date=_d("2024-11-12"),
        ),
        id="MA-04-anapec-director",
    ),
    pytest.param(
        Case(
            # an edition ordinal ("النسخة الثالثة"); the wali is unnamed: a chair by
            # post alone
            "افتتحت، مساء الجمعة بمراكش، أشغال النسخة الثالثة من المنتدى الجهوي للتشغيل، "
            "تحت إشراف والي جهة مراكش-آسفي، بمشاركة أزيد من 300 شاب وشابة.",
            kind=_M.CONFERENCE,
            posts=(_R.WALI,),
            region="MA-07",
            weekday=Weekday.FRIDAY,
            ordinal=3,
        ),
        id="MA-07-forum-edition-ordinal",
    ),
    pytest.param(
        Case(
            # "انطلقت فعاليات" reports the event; compound feminine ordinal
            "انطلقت، يوم الأربعاء 20 نونبر 2024 بفاس، فعاليات الدورة الحادية عشرة للملتقى "
            "الجهوي للاقتصاد الاجتماعي والتضامني، بمشاركة أزيد من 150 تعاونية من مختلف "
            "أقاليم الجهة.",
            kind=_M.CONFERENCE,
            region="MA-03",
            weekday=Weekday.WEDNESDAY,
            date=_d("2024-11-20"),
            ordinal=11,
        ),
        id="MA-03-eleventh-edition",
    ),
    pytest.param(
        Case(
            # a ministry's secretary-general: "لوزارة …" is his title's complement, not
            # his name
            "ترأس الكاتب العام لوزارة الصحة والحماية الاجتماعية، عبد الكريم المنصوري، يوم "
            "الاثنين 14 أكتوبر 2024 بالرباط، اجتماعا تنسيقيا مع المديرين الجهويين للصحة، "
            "خصص لتتبع حملة التلقيح ضد الحصبة.",
            kind=_M.COORDINATION_MEETING,
            chair="عبد الكريم المنصوري",
            posts=(_R.GENERAL_SECRETARY,),
            gender=Gender.MALE,
            region="MA-04",
            weekday=Weekday.MONDAY,
            date=_d("2024-10-14"),
        ),
        id="secretary-general-of-a-ministry",
    ),
    pytest.param(
        Case(
            # a convention signed by a utility and a commune, decimal comma in millions,
            # no meeting noun: an agreement only; the commune of Tiznit (a party) places
            # it in Souss-Massa
            "وقع المكتب الوطني للكهرباء والماء الصالح للشرب وجماعة تيزنيت، الأربعاء 9 أكتوبر "
            "2024، اتفاقية لتزويد الدواوير المجاورة بالماء الصالح للشرب، بكلفة إجمالية تقدر "
            "بـ 18,5 مليون درهم لفائدة الساكنة القروية.",
            agreement=AgreementKind.CONVENTION,
            total=("18500000", "MAD"),
            beneficiaries=(_B.RURAL_POPULATION,),
            # the commune is a generated gazetteer body (one per city of cities.json)
            parties=("onee", "commune-tiznit"),
            agreement_region="MA-09",
        ),
        id="MA-09-onee-convention",
    ),
    pytest.param(
        Case(
            # "تم تنصيب" without "حفل": still an installation ceremony
            "تم، صباح اليوم الاثنين بمقر عمالة إقليم ورزازات، تنصيب العامل الجديد على "
            "الإقليم، وذلك بحضور والي جهة درعة-تافيلالت وعدد من المنتخبين.",
            kind=_M.INSTALLATION,
            region="MA-08",
            weekday=Weekday.MONDAY,
        ),
        id="MA-08-installation-without-ceremony-noun",
    ),
    pytest.param(
        Case(
            # a regional council president on a "جولة تفقدية"; tatweel and diacritics
            "قـــام رئيسُ مجلس جهة بني ملال-خنيفرة، عادل البركاوي، يوم السبت، بجولة تفقدية "
            "لأوراش تأهيل الطرق القروية بإقليم خنيفرة.",
            kind=_M.FIELD_VISIT,
            chair="عادل البركاوي",
            posts=(_R.REGIONAL_COUNCIL_PRESIDENT,),
            gender=Gender.MALE,
            region="MA-05",
            weekday=Weekday.SATURDAY,
        ),
        id="MA-05-tour-tatweel",
    ),
    pytest.param(
        Case(
            # an agreement signed "بهذه المناسبة" at a consultation, in dirhams
            "احتضنت مدينة آسفي، يوم الخميس 14 نونبر 2024، لقاء تشاوريا جهويا حول إدماج "
            "الأشخاص في وضعية إعاقة، ترأسته وزيرة التضامن والإدماج الاجتماعي والأسرة، نعيمة "
            "بن يحيى. وبهذه المناسبة، تم توقيع اتفاقية شراكة مع مجلس جهة مراكش-آسفي بقيمة 12 "
            "مليون درهم لفائدة الأطفال في وضعية إعاقة.",
            kind=_M.REGIONAL_CONSULTATION,
            chair="نعيمة بن يحيى",
            posts=(_R.MINISTER,),
            gender=Gender.FEMALE,
            region="MA-07",
            weekday=Weekday.THURSDAY,
            date=_d("2024-11-14"),
            agreement=AgreementKind.PARTNERSHIP_AGREEMENT,
            total=("12000000", "MAD"),
            beneficiaries=(_B.CHILDREN, _B.PERSONS_WITH_DISABILITIES),
            parties=("regional-council-MA-07",),
            agreement_region="MA-07",
        ),
        id="MA-07-consultation-with-agreement",
    ),
    pytest.param(
        Case(
            # an official visit by a minister delegate (feminine): who arrives ("حلت")
            # on a visit leads it, as with "قام … بزيارة"
            "حلت الوزيرة المنتدبة المكلفة بالانتقال الرقمي، سلوى الكتاني، أمس الأربعاء "
            "بمدينة الداخلة، في زيارة عمل اطلعت خلالها على تقدم مشاريع رقمنة الخدمات الإدارية "
            "بالجهة.",
            kind=_M.OFFICIAL_VISIT,
            chair="سلوى الكتاني",
            posts=(_R.MINISTER,),
            gender=Gender.FEMALE,
            region="MA-12",
            weekday=Weekday.WEDNESDAY,
        ),
        id="MA-12-minister-delegate-visit",
    ),
    pytest.param(
        Case(
            # an INDH provincial committee session presided over by the secretary-general
            # of the province (named after the title)
            "ترأس الكاتب العام لعمالة إقليم الجديدة، مصطفى الشرقي، يوم الجمعة 4 أكتوبر 2024، "
            "اجتماع اللجنة الإقليمية للتنمية البشرية، الذي خصص للمصادقة على برنامج سنة 2025.",
            kind=_M.OTHER,
            chair="مصطفى الشرقي",
            posts=(_R.GENERAL_SECRETARY,),
            gender=Gender.MALE,
            region="MA-06",
            weekday=Weekday.FRIDAY,
            date=_d("2024-10-04"),
        ),
        id="MA-06-indh-secretary-general",
    ),
    pytest.param(
        Case(
            # Mashriqi month, weekday after the date, a coordination meeting in a province
            "عقدت السلطات الإقليمية بتاوريرت، يوم 5 تشرين الثاني 2024 (الثلاثاء)، اجتماعا "
            "تنسيقيا بحضور المصالح الخارجية لتتبع الاستعدادات لموسم البرد.",
            kind=_M.COORDINATION_MEETING,
            region="MA-02",
            weekday=Weekday.TUESDAY,
            date=_d("2024-11-05"),
        ),
        id="MA-02-mashriqi-month",
    ),
    pytest.param(
        Case(
            # a provincial council president (masculine), a session in a province town
            "عقد المجلس الإقليمي لتنغير، يوم الخميس 3 أكتوبر 2024، دورته العادية برئاسة رئيس "
            "المجلس الإقليمي، حميد أوبلا، وصادق خلالها على اتفاقية شراكة مع وكالة التنمية "
            "الاجتماعية لدعم التعاونيات النسوية بغلاف مالي يبلغ 4 ملايين درهم.",
            kind=_M.COUNCIL_SESSION,
            chair="حميد أوبلا",
            posts=(_R.PROVINCIAL_COUNCIL_PRESIDENT,),
            gender=Gender.MALE,
            region="MA-08",
            weekday=Weekday.THURSDAY,
            date=_d("2024-10-03"),
            agreement=AgreementKind.PARTNERSHIP_AGREEMENT,
            total=("4000000", "MAD"),
            beneficiaries=(_B.WOMEN,),
            # the council (its subject) and ADS; the provincial council, a party with a
            # region, says which region the agreement covers
            parties=("provincial-council-MA-TIN", "ads"),
            agreement_region="MA-08",
        ),
        id="MA-08-provincial-council",
    ),
    pytest.param(
        Case(
            # a hybrid meeting phrased "بصيغة هجينة"; a ministry named in full
            "نظمت وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات، يوم الاثنين "
            "بالرباط، لقاء تواصليا بصيغة هجينة لتقديم برنامج أوراش لفائدة الشباب.",
            kind=_M.OTHER,
            region="MA-04",
            weekday=Weekday.MONDAY,
            mode=AttendanceMode.HYBRID,
        ),
        id="MA-04-hybrid-communication-meeting",
    ),
    pytest.param(
        Case(
            # an MoU signed during a forum, in dollars: the forum is in Casablanca, but
            # the city where an agreement is signed does not say which region it covers;
            # the news is the signing, the forum only where it took place ("على هامش")
            "على هامش المنتدى الدولي للمرأة المقاولة المنعقد بالدار البيضاء، تم يوم الثلاثاء "
            "توقيع مذكرة تفاهم بين وكالة التنمية الاجتماعية والبنك الدولي، بقيمة 20 مليون "
            "دولار، لفائدة النساء في العالم القروي.",
            kind=_M.SIGNING_CEREMONY,
            region="MA-06",
            weekday=Weekday.TUESDAY,
            agreement=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
            total=("20000000", "USD"),
            beneficiaries=(_B.WOMEN, _B.RURAL_POPULATION),
            parties=("ads", "world-bank"),
        ),
        id="MA-06-mou-dollars-at-forum",
    ),
    pytest.param(
        Case(
            # an INDH coordinator (a post of kind "other"); "بإقليم" continues his title
            "أشرف منسق المبادرة الوطنية للتنمية البشرية بإقليم تارودانت، عبد الله الراشدي، "
            "يوم الأحد، على إعطاء انطلاقة قافلة طبية لفائدة ساكنة العالم القروي.",
            kind=_M.LAUNCH,
            chair="عبد الله الراشدي",
            posts=(_R.OTHER,),
            gender=Gender.MALE,
            region="MA-09",
            weekday=Weekday.SUNDAY,
        ),
        id="MA-09-indh-coordinator-launch",
    ),
    pytest.param(
        Case(
            # name first after an honorific, title after a comma
            "ترأس السيد عبد اللطيف الناصري، عامل إقليم تارودانت، اجتماعا للجنة الإقليمية "
            "للتنمية البشرية يوم الأربعاء 16 أكتوبر 2024.",
            kind=_M.OTHER,
            chair="عبد اللطيف الناصري",
            posts=(_R.GOVERNOR,),
            gender=Gender.MALE,
            region="MA-09",
            weekday=Weekday.WEDNESDAY,
            date=_d("2024-10-16"),
        ),
        id="MA-09-honorific-then-title",
    ),
    pytest.param(
        Case(
            # a female mayor; a date without "يوم"
            "ترأست عمدة مدينة الرباط، نجاة العلمي، الاثنين 14 أكتوبر 2024، اجتماعا لمكتب "
            "المجلس الجماعي خصص لإعداد جدول أعمال دورة فبراير.",
            kind=_M.OTHER,
            chair="نجاة العلمي",
            posts=(_R.MAYOR,),
            gender=Gender.FEMALE,
            region="MA-04",
            weekday=Weekday.MONDAY,
            date=_d("2024-10-14"),
        ),
        id="MA-04-female-mayor",
    ),
    pytest.param(
        Case(
            # DD-MM-YYYY; a provincial director of education ("بإقليم" in his title)
            "ترأس المدير الإقليمي للتعليم بإقليم تارودانت، محمد أمين، يوم 05-10-2024، لقاء "
            "تواصليا مع مديري المؤسسات التعليمية.",
            kind=_M.OTHER,
            chair="محمد أمين",
            posts=(_R.DIRECTOR,),
            gender=Gender.MALE,
            region="MA-09",
            date=_d("2024-10-05"),
        ),
        id="MA-09-provincial-director-dash-date",
    ),
    pytest.param(
        Case(
            # "خلال ترؤسه اجتماعا": the meeting is real, its chair is the subject before
            # the verbal noun (not read: no chair claimed)
            "أكد رئيس الحكومة، خلال ترؤسه اجتماعا للجنة الوزارية لقيادة إصلاح منظومة "
            "الحماية الاجتماعية، الخميس بالرباط، على ضرورة تسريع تعميم التغطية الصحية.",
            kind=_M.OTHER,
            region="MA-04",
            weekday=Weekday.THURSDAY,
        ),
        id="MA-04-head-of-government-verbal-noun",
    ),
    pytest.param(
        Case(
            # a prefectoral council president: the place begins inside his title's head
            "ترأس رئيس مجلس عمالة الدار البيضاء، عبد الحق البيضاوي، يوم الجمعة، دورة "
            "استثنائية للمجلس.",
            kind=_M.COUNCIL_SESSION,
            chair="عبد الحق البيضاوي",
            posts=(_R.PROVINCIAL_COUNCIL_PRESIDENT,),
            gender=Gender.MALE,
            region="MA-06",
            weekday=Weekday.FRIDAY,
        ),
        id="MA-06-prefectoral-council-president",
    ),
    pytest.param(
        Case(
            # compound centimes ("مليار و200 مليون سنتيم"); a provincial council
            # written with a glued ل
            "وقعت جهة بني ملال خنيفرة والمجلس الإقليمي لأزيلال اتفاقية شراكة بقيمة مليار "
            "و200 مليون سنتيم لفك العزلة عن الدواوير الجبلية.",
            agreement=AgreementKind.PARTNERSHIP_AGREEMENT,
            total=("12000000", "MAD"),
            beneficiaries=(_B.RURAL_POPULATION,),  # "الدواوير": villages
            parties=("provincial-council-MA-AZI",),
            agreement_region="MA-05",
        ),
        id="MA-05-agreement-compound-centimes",
    ),
    pytest.param(
        Case(
            # one of Casablanca's prefectures of arrondissements; "رئيس المجلس" of the
            # "مجلس العمالة" named before it, unnamed: a chair by post alone
            "انعقدت يوم أمس الأربعاء بمقر عمالة عين الشق أشغال الدورة العادية لمجلس "
            "العمالة، برئاسة رئيس المجلس.",
            kind=_M.COUNCIL_SESSION,
            posts=(_R.PROVINCIAL_COUNCIL_PRESIDENT,),
            region="MA-06",
            weekday=Weekday.WEDNESDAY,
        ),
        id="MA-06-arrondissement-prefecture",
    ),
    pytest.param(
        Case(
            # the governor of a prefecture of arrondissements, named after his title
            "ترأس عامل عمالة مقاطعات ابن مسيك، سعيد الزياني، يوم الاثنين بمقر العمالة، "
            "اجتماعا تنسيقيا حول الاستعداد لموسم الأمطار.",
            kind=_M.COORDINATION_MEETING,
            chair="سعيد الزياني",
            posts=(_R.GOVERNOR,),
            gender=Gender.MALE,
            region="MA-06",
            weekday=Weekday.MONDAY,
        ),
        id="MA-06-governor-of-ben-msick",
    ),
]


NO_MEETING: list[Any] = [
    # crime: "تم وضعه" and "تشرف" are no event without a meeting noun
    "أوقفت عناصر الشرطة القضائية بمدينة سلا، مساء الثلاثاء، شخصا يبلغ من العمر 32 سنة "
    "للاشتباه في تورطه في قضية سرقة تحت التهديد بالسلاح الأبيض، وتم وضعه تحت تدبير "
    "الحراسة النظرية رهن إشارة البحث الذي تشرف عليه النيابة العامة المختصة.",
    # weather, with a full date and a hyphenated region
    "توقعت المديرية العامة للأرصاد الجوية أن يعرف طقس يوم الخميس 14 نونبر 2024 أجواء "
    "باردة بالمرتفعات، مع زخات مطرية رعدية بجهة طنجة-تطوان-الحسيمة، ورياحا قوية "
    "بالأقاليم الجنوبية.",
    # sport: "احتضنها" hosts a match, "الدورة" is a round of a league
    "تأهل فريق نهضة بركان إلى دور المجموعات بعد فوزه، مساء الأحد، على مضيفه بهدفين "
    "لصفر، في المباراة التي احتضنها الملعب البلدي ببركان برسم الدورة الثانية.",
    # price statistics
    "أفادت المندوبية السامية للتخطيط بأن الرقم الاستدلالي للأثمان عند الاستهلاك عرف، "
    "خلال شهر شتنبر 2024، ارتفاعا بنسبة 0,4 في المائة مقارنة مع الشهر السابق، نتيجة "
    "ارتفاع أثمان المواد الغذائية بـ 1,2 في المائة.",
    # opinion: meeting nouns, no event
    "يرى عدد من المتتبعين أن تعدد اللقاءات التشاورية حول النموذج التنموي لم يواكبه تنزيل "
    "فعلي على أرض الواقع، وأن المواطن ينتظر نتائج ملموسة بدل الاجتماعات والبلاغات.",
    # a parliamentary question asking for a meeting
    "وجه فريق برلماني سؤالا كتابيا إلى وزير الصحة والحماية الاجتماعية حول الخصاص الذي "
    "تعرفه المستشفيات بإقليم خنيفرة، مطالبا بعقد اجتماع عاجل مع المنتخبين لتدارس الوضع.",
    # a court ruling with an amount
    "قضت غرفة الجنايات الابتدائية بمحكمة الاستئناف بمراكش، يوم الاثنين، بالسجن النافذ "
    "خمس سنوات في حق موظف سابق بجماعة قروية، بعد متابعته بتهمة اختلاس أموال عمومية "
    "قدرت بحوالي 2 مليون درهم.",
    # a ministry statement without an event
    "أعلنت وزارة التربية الوطنية والتعليم الأولي والرياضة، في بلاغ لها، أن نتائج الحركة "
    "الانتقالية الخاصة بهيئة التدريس ستعلن ابتداء من يوم الجمعة المقبل، داعية المعنيين "
    "إلى تتبع المستجدات عبر البوابة الرسمية.",
    # a budget allocation: an amount, no agreement
    "رصدت الحكومة غلافا ماليا بقيمة 3 مليارات درهم لدعم مربي الماشية، حسب ما أعلنه "
    "الناطق الرسمي باسمها، مؤكدا أن العملية ستشمل مختلف جهات المملكة.",
    # a protest organised in front of a building ("نظم", "مقر")
    "نظم عشرات من الأساتذة، صباح الأربعاء، وقفة احتجاجية أمام مقر المديرية الإقليمية "
    "للتعليم بالجديدة، للمطالبة بتحسين أوضاعهم المهنية.",
    # a road accident: "وقعت" is not a signing
    "لقي شخصان مصرعهما وأصيب ثلاثة آخرون بجروح متفاوتة الخطورة، في حادثة سير وقعت، "
    "ليلة السبت، على الطريق الوطنية رقم 8 بين مراكش وبني ملال.",
    # a health bulletin with a date and a region
    "أكدت وزارة الصحة والحماية الاجتماعية، في بلاغ صدر اليوم الثلاثاء، تسجيل 12 حالة "
    "إصابة جديدة بداء الحصبة بجهة سوس ماسة، داعية الأسر إلى تلقيح أطفالها.",
    # a minister answering in parliament: a plenary question time is no meeting report
    "قال وزير الإدماج الاقتصادي والتشغيل، كريم الصبار، خلال جلسة الأسئلة الشفوية بمجلس "
    "النواب، إن معدل البطالة في صفوف الشباب ما يزال مرتفعا.",
    # an agreement not (yet) signed: a demand, not a signing
    "طالبت جمعيات المجتمع المدني بإقليم تنغير بتسريع توقيع اتفاقية الشراكة الخاصة "
    "بتأهيل المراكز الاجتماعية، والتي لم يتم توقيعها بعد رغم مرور سنتين.",
    # sport: a press conference is no meeting
    "عقد مدرب المنتخب الوطني، وليد الحسني، يوم الخميس ندوة صحفية أعلن خلالها عن لائحة "
    "اللاعبين المستدعين للمباراتين المقبلتين.",
    # a denial: "أي اجتماع" is no particular meeting
    "نفى مصدر من وزارة الداخلية عقد أي اجتماع مع ممثلي التنسيقية خلال الأسبوع الماضي.",
    # a session that did not take place
    "لم يتم عقد الدورة العادية لمجلس جماعة الجديدة، صباح الثلاثاء، بسبب عدم اكتمال "
    "النصاب القانوني.",
    # an audit report about agreements signed in the past: "عددا من" counts them
    "كشف تقرير للمجلس الأعلى للحسابات أن عددا من الاتفاقيات الموقعة بين الجماعات "
    "والجمعيات لم تنفذ.",
]


def _check_meeting(case: Case, result: msn.ExtractionResult) -> None:
    if case.kind is None:
        assert result.meetings == ()
        return
    assert len(result.meetings) == 1, result
    m = result.meetings[0]
    got_chair = m.chair.person.name if m.chair and m.chair.person else None
    got = {
        "kind": m.kind,
        "chair": got_chair,
        "posts": tuple(p.role for p in m.chair.posts) if m.chair else (),
        "gender": m.chair.person.gender if m.chair and m.chair.person else None,
        "region": m.region.code if m.region else None,
        "weekday": m.weekday,
        "date": m.date,
        "ordinal": m.ordinal,
        "mode": m.attendance_mode,
    }
    want = {
        "kind": case.kind,
        "chair": case.chair,
        "posts": case.posts,
        "gender": case.gender,
        "region": case.region,
        "weekday": case.weekday,
        "date": case.date,
        "ordinal": case.ordinal,
        "mode": case.mode,
    }
    assert got == want


def _check_agreement(case: Case, result: msn.ExtractionResult) -> None:
    if case.agreement is None:
        assert result.agreements == ()
        return
    assert len(result.agreements) == 1, result
    a = result.agreements[0]
    total = a.total_cost
    got = {
        "kind": a.kind,
        "total": (str(total.amount), total.currency) if total else None,
        "beneficiaries": a.beneficiaries,
        "parties": tuple(p.id for p in a.parties),
        "region": a.region.code if a.region else None,
    }
    want = {
        "kind": case.agreement,
        "total": case.total,
        "beneficiaries": case.beneficiaries,
        "parties": case.parties,
        "region": case.agreement_region,
    }
    assert got == want


@pytest.mark.parametrize("case", MEETINGS)
def test_dispatch(case: Case) -> None:
    result = msn.extract(case.text, reference_date=case.reference)
    _check_meeting(case, result)
    _check_agreement(case, result)
    records: list[msn.Meeting | msn.Agreement] = [*result.meetings, *result.agreements]
    for record in records:
        for field in record.evidence.fields():
            for span in record.evidence.get(field):
                assert 0 <= span.start < span.end <= len(case.text)


@pytest.mark.parametrize("text", NO_MEETING)
def test_no_meeting_no_agreement(text: str) -> None:
    result = msn.extract(text)
    assert result.meetings == ()
    assert result.agreements == ()


def test_enough_cases() -> None:
    """The brief: at least 30 meeting or agreement texts and 10 without a meeting."""
    assert len(MEETINGS) + len(NO_MEETING) >= 40
    assert len(NO_MEETING) >= 10
    regions = {c.values[0].region or c.values[0].agreement_region for c in MEETINGS}
    assert regions >= {f"MA-{n:02d}" for n in range(1, 13)}
