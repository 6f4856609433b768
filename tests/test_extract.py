"""The extractor on texts written for these tests (never copies of real articles).

Names of officials here are invented; places and institutions are real, since the
gazetteer is what the extractor resolves them with.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import moroccan_social_news as msn
from moroccan_social_news import (
    AgreementKind,
    AmountQualifier,
    AttendanceMode,
    Beneficiary,
    MeetingKind,
    OrganizationKind,
    ParticipantGroup,
    PostRole,
    Weekday,
)

SOUSS = (
    "ترأس والي جهة سوس ماسة عامل عمالة أكادير إداوتنان، سعيد المرابطي، يوم الخميس "
    "12 ماي 2022 بمقر الولاية، اجتماعا تنسيقيا خصص لتتبع تنزيل برنامج الحد من الفوارق "
    "المجالية، بحضور رئيس مجلس جهة سوس ماسة كريم الوزاني، ورؤساء المصالح اللاممركزة، "
    "وممثلي السلطات المحلية."
)

CASABLANCA_SESSION = (
    "عقد مجلس جهة الدار البيضاء سطات، يوم الاثنين 7 مارس 2022، دورته العادية لشهر مارس "
    "برئاسة رئيسة المجلس نادية الشرقاوي، وصادق خلالها على عدد من النقاط المدرجة في جدول "
    "الأعمال."
)

ONLINE_DIACRITICS = (
    "انْعَقَـــدَ يَوْمَ الأَرْبِعَاء، عن بعد، الاجتماعُ التَّشاوري الجهوي الخامس حول البرنامج "
    "الوطني للتكفل بالأطفال، برئاسة كاتبة الدولة المكلفة بالأسرة، سلمى الفاسي، وبمشاركة "
    "ممثلي القطاعات الحكومية والجمعيات العاملة في مجال الطفولة."
)

AGREEMENT_CENTIMES = (
    "وقعت وكالة التنمية الاجتماعية ومجلس جهة الشرق، الجمعة بوجدة، اتفاقية شراكة بغلاف مالي "
    "يناهز 6 ملايير سنتيم، تهدف إلى دعم التمكين الاقتصادي للنساء القرويات والشباب، "
    "تساهم فيها الوكالة بـ 20 مليون درهم."
)

MOU_EUROS = (
    "جرى، أمس الثلاثاء بالرباط، التوقيع على مذكرة تفاهم بين وزارة التضامن والإدماج "
    "الاجتماعي والأسرة وشريك أوروبي، بقيمة 10 ملايين أورو، لفائدة الأشخاص المسنين."
)

LAUNCH = (
    "أعطى عامل إقليم الحسيمة، يوسف البقالي، صباح السبت بمدينة الحسيمة، انطلاقة أشغال بناء "
    "مركز لاستقبال الأشخاص في وضعية إعاقة، بكلفة إجمالية تصل إلى 15 مليون درهم."
)

NO_MEETING = (
    "عرفت أسعار الخضر والفواكه ارتفاعا ملحوظا في أسواق مدينة فاس خلال الأسبوع الجاري، "
    "وعزا مهنيون ذلك إلى تراجع العرض بسبب موجة البرد التي تعرفها المنطقة.",
    "أعلنت المديرية العامة للأرصاد الجوية عن تساقطات مطرية مرتقبة يوم الأحد بعدد من "
    "أقاليم المملكة، مع انخفاض في درجات الحرارة.",
    "فاز فريق الرجاء الرياضي على ضيفه بهدفين دون رد، في المباراة التي جمعتهما مساء "
    "الأحد برسم الدورة السابعة من البطولة الوطنية.",
    "دعت النقابة الوطنية للتعليم إلى اجتماع عاجل مع الوزارة لمناقشة الملف المطلبي.",
)


def _chair_name(meeting: msn.Meeting) -> str | None:
    """The chair's name, ``None`` when there is no chair or it has no name."""
    chair = meeting.chair
    return chair.person.name if chair is not None and chair.person is not None else None


def _only_meeting(text: str) -> msn.Meeting:
    result = msn.extract(text)
    assert len(result.meetings) == 1, result
    return result.meetings[0]


def test_coordination_meeting_chaired_by_a_wali() -> None:
    m = _only_meeting(SOUSS)
    assert m.kind is MeetingKind.COORDINATION_MEETING
    assert m.weekday is Weekday.THURSDAY
    assert m.date == dt.date(2022, 5, 12)
    assert m.region is not None
    assert m.region.code == "MA-09"
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "سعيد المرابطي"
    roles = [p.role for p in m.chair.posts]
    assert roles == [PostRole.WALI, PostRole.GOVERNOR]
    people = [p.person.name for p in m.participants if p.person is not None]
    assert people == ["كريم الوزاني"]
    groups = {p.group_kind: p.group for p in m.participants if p.group is not None}
    assert groups[ParticipantGroup.EXTERNAL_SERVICES] == "رؤساء المصالح اللاممركزة"
    assert groups[ParticipantGroup.AUTHORITIES] == "ممثلي السلطات المحلية"
    span = m.evidence.get("chair")[0]
    assert "سعيد المرابطي" in SOUSS[span.start : span.end]


def test_council_session_with_a_full_date_and_a_female_chair() -> None:
    m = _only_meeting(CASABLANCA_SESSION)
    assert m.kind is MeetingKind.COUNCIL_SESSION
    assert (m.weekday, m.date) == (Weekday.MONDAY, dt.date(2022, 3, 7))
    assert m.region is not None
    assert m.region.code == "MA-06"
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "نادية الشرقاوي"
    assert m.chair.person.gender is msn.Gender.FEMALE


def test_diacritics_tatweel_online_and_feminine_ordinal() -> None:
    m = _only_meeting(ONLINE_DIACRITICS)
    assert m.kind is MeetingKind.REGIONAL_CONSULTATION
    assert m.weekday is Weekday.WEDNESDAY
    assert m.attendance_mode is AttendanceMode.ONLINE
    assert m.ordinal == 5
    assert _chair_name(m) == "سلمى الفاسي"
    # Evidence points into the published text, diacritics included.
    span = m.evidence.get("ordinal")[0]
    assert ONLINE_DIACRITICS[span.start : span.end] == "الخامس"


def test_agreement_in_centimes_with_a_contribution_and_two_parties() -> None:
    result = msn.extract(AGREEMENT_CENTIMES)
    (a,) = result.agreements
    assert a.kind is AgreementKind.PARTNERSHIP_AGREEMENT
    assert a.total_cost is not None
    assert a.total_cost.amount == Decimal("60000000")
    assert a.total_cost.currency == "MAD"
    assert a.total_cost.qualifier is AmountQualifier.APPROXIMATE
    assert [c.amount.amount for c in a.contributions] == [Decimal("20000000")]
    assert Beneficiary.WOMEN in a.beneficiaries
    assert Beneficiary.YOUTH in a.beneficiaries
    assert a.purpose == "دعم التمكين الاقتصادي للنساء القرويات والشباب"
    assert a.region is not None
    assert a.region.code == "MA-02"
    span = a.evidence.get("total_cost")[0]
    assert "6 ملايير سنتيم" in AGREEMENT_CENTIMES[span.start : span.end]


def test_memorandum_in_euros_for_the_elderly() -> None:
    (a,) = msn.extract(MOU_EUROS).agreements
    assert a.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert a.total_cost is not None
    assert (a.total_cost.amount, a.total_cost.currency) == (Decimal("10000000"), "EUR")
    assert a.beneficiaries == (Beneficiary.ELDERLY,)
    assert any(p.id == "ministry-solidarity" for p in a.parties)


def test_launch_in_a_city_with_an_upper_bound_cost() -> None:
    result = msn.extract(LAUNCH)
    m = result.meetings[0]
    assert m.kind is MeetingKind.LAUNCH
    assert m.weekday is Weekday.SATURDAY
    assert m.region is not None
    assert m.region.code == "MA-01"


def test_relative_dates_need_a_reference() -> None:
    text = "انعقد أمس بمقر عمالة سلا لقاء تشاوري جهوي برئاسة عامل العمالة."
    assert msn.extract(text).meetings[0].date is None
    with_ref = msn.extract(text, reference_date=dt.date(2023, 4, 11))
    assert with_ref.meetings[0].date == dt.date(2023, 4, 10)


@pytest.mark.parametrize("text", NO_MEETING)
def test_texts_without_a_meeting_give_nothing(text: str) -> None:
    result = msn.extract(text)
    assert result.meetings == ()
    assert result.agreements == ()


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="takes an Article or a str"):
        msn.extract(b"bytes")  # type: ignore[arg-type]  # wrong type is the point
    with pytest.raises(TypeError, match=r"reference_date must be a datetime\.date"):
        msn.extract("نص", reference_date="2023-01-01")  # type: ignore[arg-type]  # the point


def test_deterministic() -> None:
    assert msn.extract(SOUSS) == msn.extract(SOUSS)


def test_seed_article_reproduces_its_curated_record() -> None:
    article = msn.load_article("000_f74c56cb0e906b4f")
    result = msn.extract(article)
    assert result.meetings == msn.load_meetings()
    assert result.agreements == msn.load_agreements()
    assert msn.to_dict(result) == msn.to_dict(
        msn.ExtractionResult(
            article_id=article.id,
            meetings=msn.load_meetings(),
            agreements=msn.load_agreements(),
        )
    )
    span = result.evidence_for(result.meetings[0], "ordinal")
    assert span is not None
    assert article.text[span.start : span.end] == "السابع"
    assert result.agreements[0].total_cost is not None
    assert result.agreements[0].total_cost.amount == Decimal("20000000")


# (text, kind, weekday, region code, chair name, participants as (name or group))
MORE_MEETINGS = [
    (
        # a ministerial work visit: the visitor leads it; "رفقة" introduces company
        "قام وزير الصحة والحماية الاجتماعية، يوسف العلوي، يوم الجمعة 3 يونيو 2022، بزيارة "
        "عمل إلى مدينة مراكش، تفقد خلالها أشغال بناء المستشفى الجامعي الجديد، رفقة والي "
        "جهة مراكش آسفي عامل عمالة مراكش، عبد الله الكبير.",
        MeetingKind.OFFICIAL_VISIT,
        Weekday.FRIDAY,
        "MA-07",
        "يوسف العلوي",
        ["عبد الله الكبير"],
    ),
    (
        # installation; a post named without a person is a described participant
        "جرى، اليوم الخميس بمقر عمالة إقليم تاونات، حفل تنصيب العامل الجديد على الإقليم، "
        "السيد رشيد الحسني، بحضور رئيس المجلس الإقليمي ومنتخبين وممثلي السلطات المحلية.",
        MeetingKind.INSTALLATION,
        Weekday.THURSDAY,
        "MA-03",
        None,
        ["رئيس المجلس الإقليمي", "منتخبين", "ممثلي السلطات المحلية"],
    ),
    (
        # a study day in a city known to the gazetteer
        "نظمت جمعية الأمل لرعاية الأطفال، السبت الماضي بالعيون، يوما دراسيا حول حماية الطفولة.",
        MeetingKind.STUDY_DAY,
        Weekday.SATURDAY,
        "MA-11",
        None,
        [],
    ),
    (
        # an online coordination meeting chaired by a secretary of state
        "ترأست كاتبة الدولة المكلفة بالاقتصاد الاجتماعي، فاطمة الزهراء بنعلي، عبر تقنية "
        "التناظر المرئي، اجتماعا تنسيقيا مع المديرين الجهويين، خصص لتتبع برنامج الدعم.",
        MeetingKind.COORDINATION_MEETING,
        None,
        None,
        "فاطمة الزهراء بنعلي",
        [],
    ),
    (
        # Mashriqi month name; groups split at "و" that opens another group
        "انعقد في 15 كانون الثاني 2023 بالرباط لقاء تشاوري جهوي حول مخطط العمل 2027-2023 "
        "لجهة الرباط سلا القنيطرة، بحضور ممثلي القطاعات الحكومية وفعاليات المجتمع المدني.",
        MeetingKind.REGIONAL_CONSULTATION,
        None,
        "MA-04",
        None,
        ["ممثلي القطاعات الحكومية", "فعاليات المجتمع المدني"],
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "weekday", "region", "chair", "participants"), MORE_MEETINGS
)
def test_more_meetings(
    text: str,
    kind: MeetingKind,
    weekday: Weekday | None,
    region: str | None,
    chair: str | None,
    participants: list[str],
) -> None:
    m = _only_meeting(text)
    assert m.kind is kind
    assert m.weekday is weekday
    assert (m.region.code if m.region else None) == region
    assert (m.chair.person.name if m.chair and m.chair.person else None) == chair
    assert [p.person.name if p.person else p.group for p in m.participants] == participants
    for field in m.evidence.fields():
        for span in m.evidence.get(field):
            assert 0 <= span.start < span.end <= len(text)


def test_mashriqi_date_and_reversed_plan_period() -> None:
    m = _only_meeting(MORE_MEETINGS[4][0])
    assert m.date == dt.date(2023, 1, 15)
    assert m.strategy is not None
    assert m.strategy.period == msn.YearRange(2023, 2027)


def test_digit_ordinal_of_an_edition() -> None:
    text = (
        "افتتحت، مساء الأربعاء بأكادير، فعاليات الدورة 12 من المنتدى الجهوي للاقتصاد "
        "الاجتماعي والتضامني، برئاسة والي جهة سوس ماسة."
    )
    m = _only_meeting(text)
    assert (m.kind, m.ordinal, m.region and m.region.code) == (MeetingKind.CONFERENCE, 12, "MA-09")
    # a title without a name: a chair described by its post, no person
    assert m.chair is not None
    assert m.chair.person is None
    assert m.chair.group == "والي جهة سوس ماسة"
    assert m.chair.group_kind is ParticipantGroup.AUTHORITIES
    assert [p.role for p in m.chair.posts] == [PostRole.WALI]
    assert m.evidence.get("chair.posts[0]") == m.evidence.get("chair")


def test_agreement_signed_during_a_study_day_is_attached_to_it() -> None:
    text = (
        "نظمت جمعية محلية، السبت الماضي بالعيون، يوما دراسيا حول حماية الطفولة، تم خلاله "
        "توقيع اتفاقية شراكة بقيمة مليون و500 ألف درهم لفائدة الأطفال."
    )
    result = msn.extract(text)
    (a,) = result.agreements
    assert a.total_cost is not None
    assert a.total_cost.amount == Decimal("1500000")
    assert a.beneficiaries == (Beneficiary.CHILDREN,)
    assert result.meetings[0].agreements == (a,)


def test_contribution_without_a_named_party_is_kept() -> None:
    text = (
        "وقعت وزارة التضامن والإدماج الاجتماعي والأسرة والتعاون الوطني، اليوم بالرباط، "
        "مذكرة تفاهم بكلفة إجمالية تبلغ 50 مليون درهم، منها 30 مليون درهم، لفائدة الأشخاص "
        "المسنين."
    )
    (a,) = msn.extract(text).agreements
    assert a.total_cost is not None
    assert a.total_cost.amount == Decimal("50000000")
    assert [c.amount.amount for c in a.contributions] == [Decimal("30000000")]
    assert {p.id for p in a.parties} == {"ministry-solidarity", "entraide-nationale"}


def test_statistics_and_budget_news_are_not_meetings() -> None:
    for text in (
        "كشفت المندوبية السامية للتخطيط أن معدل البطالة بلغ 13 في المائة خلال الفصل الثالث "
        "من سنة 2023.",
        "خصصت الحكومة في مشروع قانون المالية لسنة 2024 غلافا ماليا يناهز 9 مليارات درهم "
        "لدعم الأسر المعوزة.",
    ):
        result = msn.extract(text)
        assert (result.meetings, result.agreements) == ((), ())


def test_evidence_spans_keep_the_marks_of_their_last_letter() -> None:
    text = "انعقد يوم الخميسِ بمدينة وجدة الاجتماعُ التنسيقيُّ السابعُ برئاسة عامل الإقليم."
    m = _only_meeting(text)
    span = m.evidence.get("ordinal")[0]
    assert text[span.start : span.end] == "السابعُ"
    assert m.weekday is Weekday.THURSDAY
    assert (m.region.code if m.region else None) == "MA-02"


def test_venue_as_object_of_a_hosting_verb_and_posts_are_not_venues() -> None:
    text = (
        "احتضنت قاعة الاجتماعات بولاية جهة فاس مكناس، صباح اليوم الأربعاء، لقاء تواصليا "
        "حول برنامج دعم السكن، بحضور عامل إقليم صفرو وعدد من المنتخبين."
    )
    m = _only_meeting(text)
    assert m.place is not None
    assert m.place.name == "قاعة الاجتماعات بولاية جهة فاس مكناس"
    assert m.region is not None
    assert m.region.code == "MA-03"
    assert m.topic == "برنامج دعم السكن"
    assert [p.group for p in m.participants] == ["عامل إقليم صفرو", "عدد من المنتخبين"]


def test_cost_stated_in_the_next_sentence_and_purpose_as_verbal_noun() -> None:
    text = (
        "وقع الطرفان، أمس بطنجة، على اتفاقية تعاون لتأهيل المراكز الاجتماعية بجهة طنجة "
        "تطوان الحسيمة. وتبلغ الكلفة الإجمالية للمشروع 120 مليون درهم، تساهم فيها الجهة "
        "بـ 40 مليون درهم."
    )
    (a,) = msn.extract(text).agreements
    assert a.kind is AgreementKind.COOPERATION_AGREEMENT
    assert a.total_cost is not None
    assert a.total_cost.amount == Decimal("120000000")
    assert [(c.party_name, c.amount.amount) for c in a.contributions] == [
        ("الجهة", Decimal("40000000"))
    ]
    assert a.purpose == "تأهيل المراكز الاجتماعية بجهة طنجة تطوان الحسيمة"


def test_council_approving_an_agreement_in_its_session() -> None:
    text = (
        "عقد مجلس جهة الداخلة وادي الذهب، أمس الثلاثاء، دورة استثنائية، صادق خلالها على "
        "اتفاقية إطار لتمويل مشاريع التنمية بغلاف مالي يفوق 300 مليون درهم."
    )
    result = msn.extract(text)
    m = result.meetings[0]
    assert (m.kind, m.weekday) == (MeetingKind.COUNCIL_SESSION, Weekday.TUESDAY)
    (a,) = result.agreements
    assert a.kind is AgreementKind.FRAMEWORK_AGREEMENT
    assert a.purpose == "تمويل مشاريع التنمية"
    assert a.total_cost is not None
    assert a.total_cost.qualifier is AmountQualifier.LOWER_BOUND
    assert m.agreements == (a,)  # approved "خلالها": during the session


def test_possessive_meeting_noun_numeric_date_and_unnamed_chair() -> None:
    text = (
        "عقدت اللجنة الإقليمية للتنمية البشرية بإقليم الرشيدية، يوم 20/10/2022، اجتماعها "
        "الدوري برئاسة الكاتب العام للعمالة، صادقت خلاله على 35 مشروعا."
    )
    m = _only_meeting(text)
    assert m.date == dt.date(2022, 10, 20)
    assert m.region is not None
    assert m.region.code == "MA-08"
    assert m.chair is not None
    assert m.chair.person is None
    assert [p.role for p in m.chair.posts] == [PostRole.GENERAL_SECRETARY]


def test_chair_named_after_the_meeting_it_chairs() -> None:
    text = (
        "ترأس أشغال هذا الاجتماع التنسيقي والي جهة الشرق عامل عمالة وجدة أنكاد، خالد "
        "المرزوقي، يوم الثلاثاء بمقر الولاية."
    )
    m = _only_meeting(text)
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "خالد المرزوقي"
    assert [p.role for p in m.chair.posts] == [PostRole.WALI, PostRole.GOVERNOR]
    assert m.region is not None
    assert m.region.code == "MA-02"


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        (
            "أفادت مصادر أن عامل إقليم تازة، السيد مصطفى المعزة، قام صباح اليوم الخميس بزيارة "
            "ميدانية إلى جماعة أكنول للوقوف على تقدم الأشغال.",
            "مصطفى المعزة",
            "MA-03",
        ),
        (
            "عامل إقليم الجديدة، السيد امحمد العطفاوي، يترأس اجتماعا تنسيقيا حول الموسم "
            "الفلاحي.\nوحضر الاجتماع رؤساء المصالح الخارجية.",
            "امحمد العطفاوي",
            "MA-06",
        ),
        (
            "الرباط: وزيرة الانتقال الطاقي، السيدة ليلى بنعلي، ترأست الثلاثاء لقاء تشاوريا "
            "جهويا حول النجاعة الطاقية.",
            "ليلى بنعلي",
            "MA-04",
        ),
    ],
)
def test_chair_named_before_the_verb(text: str, name: str, region: str) -> None:
    m = _only_meeting(text)
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == name
    assert m.region is not None
    assert m.region.code == region


@pytest.mark.parametrize(
    "text",
    [
        # the named person says that someone else visited: not next to the verb
        "وأكد رئيس الجمعية، السيد كريم الودغيري، أن الوالي قام بزيارة إلى المركز.",
        # the person is the object of a relative clause's verb, not its subject
        "وحضر رئيس الجماعة، السيد أحمد بلقاسم، الذي ترأسه الوالي، حفل افتتاح المركز.",
    ],
)
def test_a_name_before_the_verb_that_is_not_its_subject(text: str) -> None:
    result = msn.extract(text)
    chairs = [m.chair.person.name for m in result.meetings if m.chair and m.chair.person]
    assert "كريم الودغيري" not in chairs
    assert "أحمد بلقاسم" not in chairs


def test_the_verb_after_a_title_is_not_a_name_and_the_fuller_mention_gives_the_posts() -> None:
    # The headline names the minister by her short title and the verb follows; the body
    # gives her full title. "حلت" is not her name, and her post is the body's.
    text = (
        "الوزيرة نادية الفاسي حلت بالعيون\n"
        "قامت وزيرة التضامن والإدماج الاجتماعي والأسرة، نادية الفاسي، يوم الخميس بزيارة "
        "عمل إلى مدينة العيون."
    )
    m = _only_meeting(text)
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "نادية الفاسي"
    assert [p.title for p in m.chair.posts] == ["وزيرة التضامن والإدماج الاجتماعي والأسرة"]


def test_a_coordinated_post_after_a_comma_is_the_next_participant_not_a_name() -> None:
    # "والي الجهة، ورئيسة مجلس الجهة، وعمال الأقاليم": three described participants, not
    # a wali named "ورئيسة مجلس الجهة"
    text = (
        "ترأس وزير الصحة، أمين التهراوي، يوم الجمعة بمراكش، لقاء جهويا حول العرض الصحي، "
        "بحضور والي جهة مراكش آسفي، ورئيسة مجلس الجهة، وعمال أقاليم الجهة، والمنتخبين."
    )
    m = _only_meeting(text)
    assert all(p.person is None for p in m.participants)
    groups = [p.group for p in m.participants]
    assert groups[:3] == ["والي جهة مراكش آسفي", "رئيسة مجلس الجهة", "عمال أقاليم الجهة"]


def _people_named(result: msn.ExtractionResult) -> set[str]:
    m = result.meetings[0]
    named = {p.person.name for p in m.participants if p.person is not None}
    named |= {q.speaker.name for q in m.quotes if q.speaker is not None}
    if m.chair is not None and m.chair.person is not None:
        named.add(m.chair.person.name)
    return named


def test_a_bodys_proper_name_after_its_noun_is_no_persons_name() -> None:
    # "المدير العام لوكالة تنمية واحات الجنوب أن": the agency's name, not a director's;
    # the director named next to the same title is read up to his given name.
    text = (
        "ترأس والي جهة درعة تافيلالت، يوم الثلاثاء بالرشيدية، لقاء تشاوريا حول الواحات. "
        "وأوضح المدير العام لوكالة تنمية واحات الجنوب أن « البرنامج سيشمل عشرات "
        "القصور بالجهة ». وقال رئيس جماعة تنجداد رشيد الوزاني إن « الساكنة تنتظر "
        "الكثير من هذا البرنامج »."
    )
    result = msn.extract(text)
    assert "تنمية واحات الجنوب" not in _people_named(result)
    assert [q.speaker.name if q.speaker else None for q in result.meetings[0].quotes] == [
        None,
        "رشيد الوزاني",
    ]


def test_a_preposition_with_a_pronoun_after_a_title_is_no_name() -> None:
    # "قام عامل الإقليم والوفد المرافق له بزيارة": no official called "له بزيارة …"
    from moroccan_social_news._people import mention_at

    text = msn.normalize("قام عامل الإقليم والوفد المرافق له بزيارة لموقع السد التلي", "search")
    mention = mention_at(text, text.index("عامل"), [])
    assert mention is None or mention.name_start == mention.name_end


def test_speakers_named_again_in_full_or_by_their_post() -> None:
    text = (
        "ترأست رئيسة مجلس جهة كلميم واد نون، مباركة أيت بها، يوم الأربعاء بكلميم، "
        "الدورة العادية للمجلس. وقالت رئيسة مجلس الجهة، في كلمة افتتاحية، إن « الجهة "
        "تراهن على الطاقات المتجددة ». وأضافت مباركة أيت بها أن « المجلس سيواصل دعم "
        "التعاونيات النسائية ». وأكد أحد المستشارين الجماعيين أن « الميزانية غير كافية "
        "لحاجيات الساكنة »."
    )
    m = _only_meeting(text)
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "مباركة أيت بها"  # "بها" after "أيت" is her name's
    assert [q.speaker.name if q.speaker else None for q in m.quotes] == [
        "مباركة أيت بها",
        "مباركة أيت بها",
        None,  # an unnamed councillor is nobody the text named
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an obituary recalls the meetings a life held
        "خنيفرة تودع رئيس مجلسها الإقليمي السابق\n\nووري الثرى، أمس، بمقبرة المدينة جثمان "
        "الراحل الحسن أمزيان، الذي ترأس خلال ولايته عشرات الاجتماعات، ووقع اتفاقيات "
        "شراكة كثيرة مع القطاعات الحكومية لإنجاز الطرق والمدارس.",
        # a demand, the verbal noun glued to ب through a quotation mark
        "طالبت تنسيقية الأساتذة المدير الإقليمي للتعليم بالجديدة بـ«عقد اجتماع عاجل» "
        "لمناقشة الخصاص في الأطر.",
        # a past state whose relative clause tells the old session and approval
        "قضت المحكمة الإدارية بوجدة بإلغاء قرار الجماعة. وكانت الاتفاقية، التي صادق "
        "عليها المجلس الجماعي لبركان خلال دورته العادية لشهر فبراير 2020، تمنح الشركة "
        "حق الاستغلال مقابل 2 مليون درهم سنويا.",
    ],
    ids=["obituary", "demand", "past-state"],
)
def test_an_obituary_a_demand_and_a_past_state_report_nothing(text: str) -> None:
    result = msn.extract(text)
    assert (result.meetings, result.agreements) == ((), ())


def test_holding_told_with_qama_and_the_verbal_noun() -> None:
    m = _only_meeting("قامت اللجنة الإقليمية لليقظة بعقد اجتماع بمقر عمالة الجديدة يوم الخميس.")
    assert m.kind is MeetingKind.OTHER
    assert m.weekday is Weekday.THURSDAY


def test_a_dateline_after_a_blank_line_dates_a_day_of_the_current_month() -> None:
    # "16 أبريل 2025" is the dispatch's date; the meeting was on "11 أبريل الجاري"
    text = (
        "بني ملال: والي الجهة يستقبل وفدا من المستثمرين\n\n"
        "بني ملال – 16 أبريل 2025 – استقبل والي جهة بني ملال خنيفرة، محمد بنريباك، يوم "
        "الجمعة 11 أبريل الجاري، بمقر الولاية، وفدا من المستثمرين."
    )
    m = _only_meeting(text)
    assert (m.date, m.weekday) == (dt.date(2025, 4, 11), Weekday.FRIDAY)


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_short_place_headline_does_not_hide_the_dateline(newline: str) -> None:
    # "الحسيمة: العامل يترأس اجتماعا" reads like a dateline with no date; the dateline
    # is on the line after it (Windows line ends as scraped pages have them)
    text = newline.join(
        [
            "الحسيمة: العامل يترأس اجتماعا",
            "",
            "الحسيمة – 20 ماي 2025 – ترأس عامل إقليم الحسيمة، فريد الشوراق، يوم الجمعة 16 "
            "ماي الجاري، اجتماعا تنسيقيا حول الموسم الصيفي.",
        ]
    )
    m = _only_meeting(text)
    assert (m.date, m.weekday) == (dt.date(2025, 5, 16), Weekday.FRIDAY)


def test_a_secretary_of_state_to_a_minister_with_a_remit_then_the_name() -> None:
    text = (
        "ترأست كاتبة الدولة لدى وزير الاقتصاد والمالية، المكلفة بالميزانية، السيدة سلمى "
        "بنعزوز، يوم الثلاثاء بطنجة، لقاء تواصليا حول الجبايات المحلية."
    )
    m = _only_meeting(text)
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "سلمى بنعزوز"
    assert [p.title for p in m.chair.posts] == ["كاتبة الدولة لدى وزير الاقتصاد والمالية"]
    # a head without the article governs a genitive without one: no name "تحديث الإدارة"
    other = _only_meeting(
        "ترأس وزير تحديث القطاعات العامة، السيد كريم الودغيري، يوم الاثنين بفاس، لقاء."
    )
    assert _chair_name(other) == "كريم الودغيري"


def test_the_session_as_object_and_its_council_named_sentences_before() -> None:
    text = (
        "عقد المجلس الإقليمي لتنغير، يوم الأربعاء بمقره، دورته العادية. وتضمن جدول "
        "الأعمال عشر نقط. وترأس أشغال الدورة رئيس المجلس، إبراهيم أوحمو، الذي دعا إلى "
        "تسريع المشاريع."
    )
    m = _only_meeting(text)
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == "إبراهيم أوحمو"
    assert [p.role for p in m.chair.posts] == [PostRole.PROVINCIAL_COUNCIL_PRESIDENT]


def test_a_name_first_mention_opening_the_sentence_chairs() -> None:
    text = (
        "سناء العمراني، المديرة الجهوية للصحة بجهة فاس مكناس، ترأست يوم الاثنين بفاس "
        "اجتماعا تنسيقيا حول الحملة الوطنية للتلقيح."
    )
    m = _only_meeting(text)
    assert _chair_name(m) == "سناء العمراني"
    # not a clause opening: "ومن جهته، مدير …" names no one called "ومن جهته"
    other = msn.extract(
        "ترأس عامل إقليم صفرو اجتماعا يوم الاثنين. ومن جهته، مدير الوكالة الحضرية قدم عرضا."
    )
    named = {p.person.name for p in other.meetings[0].participants if p.person}
    assert not named


def test_names_beginning_with_waw_or_fa_and_clause_ends() -> None:
    text = (
        "انعقد يوم الاثنين بالحسيمة لقاء تشاوري بحضور عامل إقليم الحسيمة فريد الطاهري "
        "وممثلي الجمعيات. وبهذه المناسبة تم توقيع اتفاقية شراكة بقيمة 3 ملايين درهم."
    )
    result = msn.extract(text)
    m = result.meetings[0]
    assert [(p.person.name if p.person else p.group) for p in m.participants] == [
        "فريد الطاهري",
        "ممثلي الجمعيات",
    ]
    assert m.agreements == result.agreements
    other = msn.extract("بحضور رئيس المجلس الإقليمي وعدد من المنتخبين انعقد لقاء تشاوري.")
    assert [p.group for p in other.meetings[0].participants] == [
        "رئيس المجلس الإقليمي",
        "عدد من المنتخبين",
    ]
    chair = msn.extract("ترأس السيد أحمد العلوي اجتماعا بمقر الجماعة يوم الاثنين.")
    assert _chair_name(chair.meetings[0]) == "أحمد العلوي"


def test_hinted_scanners_find_what_the_plain_patterns_find() -> None:
    from moroccan_social_news import _extract

    texts = [
        msn.load_article("000_f74c56cb0e906b4f").text,
        SOUSS,
        CASABLANCA_SESSION,
        ONLINE_DIACRITICS,
        AGREEMENT_CENTIMES,
        MOU_EUROS,
        LAUNCH,
        *NO_MEETING,
        *(row[0] for row in MORE_MEETINGS),
        # every table entry spelled out, with glued prefixes
        " ".join(
            f"و{p}" for p in ("اللقاء التشاوري", "للاجتماع", "بالدوره العاديه", "ومذكره تفاهم")
        ),
    ]
    for scanner in (_extract._MEETING, _extract._AGREEMENT):
        for text in texts:
            normalized = msn.normalize(text)
            expected = [m.span() for m in scanner.pattern.finditer(normalized)]
            assert [m.span() for m in scanner.finditer(normalized)] == expected, text


@pytest.mark.parametrize(
    ("text", "name", "roles", "feminine"),
    [
        # title, comma, honorific, name: the usual way a governor or wali is named
        (
            "أشرف والي جهة فاس مكناس عامل عمالة فاس، السيد سعيد بناني، صباح الاثنين،"
            " على إعطاء انطلاقة أشغال بناء مستشفى إقليمي.",
            "سعيد بناني",
            ["wali", "governor"],
            False,
        ),
        (
            "ترأست عاملة إقليم الحسيمة، السيدة سلمى العلوي، اجتماعا تنسيقيا حول الموسم الفلاحي.",
            "سلمى العلوي",
            ["governor"],
            True,
        ),
        # "under the effective chairmanship of": a preposition glued to the title
        (
            "انعقد بأكادير اجتماع اللجنة الجهوية للاستثمار تحت الرئاسة الفعلية لوالي جهة"
            " سوس ماسة عامل عمالة أكادير إداوتنان، السيد يوسف المريني.",
            "يوسف المريني",
            ["wali", "governor"],
            False,
        ),
        # honorific, name, then the title without a comma (apposition)
        (
            "انعقدت الدورة العادية لمجلس جهة العيون الساقية الحمراء برئاسة السيد حمدي"
            " الكوري رئيس المجلس.",
            "حمدي الكوري",
            ["regional_council_president"],  # "رئيس المجلس": the council named before
            False,
        ),
    ],
)
def test_honorific_between_title_and_name_or_title_after_it(
    text: str, name: str, roles: list[str], feminine: bool
) -> None:
    chair = msn.extract(text).meetings[0].chair
    assert chair is not None
    assert chair.person is not None
    assert chair.person.name == name
    assert [post.role.value for post in chair.posts] == roles
    assert (chair.person.gender is msn.Gender.FEMALE) is feminine


def test_groups_of_walis_governors_directors_and_security_services() -> None:
    text = (
        "ترأس وزير الداخلية اجتماعا لتتبع البرنامج بالرباط، بحضور ولاة الجهات وعمال"
        " الأقاليم والمديرين الجهويين للقطاعات المعنية والمصالح الأمنية."
    )
    groups = [
        (p.group, p.group_kind and p.group_kind.value)
        for p in msn.extract(text).meetings[0].participants
    ]
    assert groups == [
        ("ولاة الجهات", "authorities"),  # و is the word's own letter, not "and"
        ("عمال الأقاليم", "authorities"),
        ("المديرين الجهويين للقطاعات المعنية", "external_services"),
        ("المصالح الأمنية", "authorities"),
    ]


# --- parties: gazetteer bodies, generic bodies and ministries named by their minister -------

PARTY_CASES = [
    (
        # signatories named by their posts: the minister signs for the ministry, the
        # university and the academy are read from the posts' complements
        "وقع كل من وزير التربية الوطنية ورئيس جامعة ابن زهر ومدير الأكاديمية الجهوية "
        "للتربية والتكوين لجهة سوس ماسة، أمس بأكادير، مذكرة تفاهم لتطوير التكوين.",
        [
            ("ministry-education", "وزير التربية الوطنية"),
            (None, "جامعة ابن زهر"),
            ("aref-MA-09", "الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة"),
        ],
    ),
    (
        # the short form of ONEE, and a commune the gazetteer does not list
        "وقع المكتب الوطني للماء والكهرباء والمجلس الجماعي لسيدي بيبي اتفاقية شراكة "
        "لتزويد الدواوير بالماء الصالح للشرب.",
        [("onee", "المكتب الوطني للماء والكهرباء"), (None, "المجلس الجماعي لسيدي بيبي")],
    ),
    (
        # an association and a cooperative sign; the officials after بحضور only attend
        'وقعت جمعية الأمل للتنمية والتضامن وتعاونية "تيفاوين" اتفاقية شراكة بحضور وزير '
        "الداخلية ورئيس المجلس الإقليمي لتيزنيت.",
        [(None, "جمعية الأمل للتنمية والتضامن"), (None, 'تعاونية "تيفاوين"')],
    ),
    (
        "تم التوقيع على اتفاقية إطار بين الغرفة الجهوية للفلاحة لجهة سوس ماسة ووكالة "
        "التنمية الفلاحية بكلفة 12 مليون درهم.",
        [(None, "الغرفة الجهوية للفلاحة لجهة سوس ماسة"), ("ada", "وكالة التنمية الفلاحية")],
    ),
    (
        # a minister who presides the ceremony is not a party; the named bodies are
        "ترأس وزير الداخلية حفل توقيع اتفاقية بين المركز الجهوي للاستثمار لجهة الشرق "
        "ومجموعة العمران وصندوق الإيداع والتدبير.",
        [
            ("cri-MA-02", "المركز الجهوي للاستثمار لجهة الشرق"),
            ("al-omrane", "مجموعة العمران"),
            ("cdg", "صندوق الإيداع والتدبير"),
        ],
    ),
    (
        # a body named twice is one party; a university named by its city
        "وقعت وزيرة الانتقال الطاقي والتنمية المستدامة وجامعة محمد الأول بوجدة اتفاقية "
        "تعاون، وتلتزم وزارة الانتقال الطاقي بتمويلها.",
        [
            ("ministry-energy-transition", "وزيرة الانتقال الطاقي والتنمية المستدامة"),
            (None, "جامعة محمد الأول بوجدة"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_CASES)
def test_agreement_parties(text: str, expected: list[tuple[str | None, str]]) -> None:
    (a,) = msn.extract(text).agreements
    got = []
    for i, party in enumerate(a.parties):
        (span,) = a.evidence.get(f"parties[{i}]")
        got.append((party.id, text[span.start : span.end]))
    assert got == expected
    for party, (org_id, published) in zip(a.parties, expected, strict=True):
        if org_id is None:
            assert party.name == published  # a generic body keeps its published name


def test_generic_parties_carry_kind_and_region() -> None:
    text = (
        "وقعت جامعة القاضي عياض والمجلس الجماعي لتيديلي وغرفة الصناعة التقليدية لجهة "
        "مراكش آسفي اتفاقية شراكة."
    )
    (a,) = msn.extract(text).agreements
    assert [(p.kind, p.region.code if p.region else None) for p in a.parties] == [
        (OrganizationKind.PUBLIC_INSTITUTION, None),
        (OrganizationKind.COMMUNE, None),
        (OrganizationKind.PUBLIC_INSTITUTION, "MA-07"),
    ]


def test_a_post_names_its_body_in_a_meeting() -> None:
    text = "ترأس رئيس جامعة ابن طفيل، عبد الحفيظ الدباغ، اجتماعا تنسيقيا حول الدخول الجامعي."
    (m,) = msn.extract(text).meetings
    assert m.chair is not None
    (post,) = m.chair.posts
    assert post.organization is not None
    assert (post.organization.name, post.organization.id) == ("جامعة ابن طفيل", None)


def test_no_generic_party_outside_a_signed_agreement() -> None:
    # bodies in a sentence without an agreement are never parties (there is none)
    text = "نظمت جمعية الأمل للتنمية، أمس، يوما تحسيسيا لفائدة التلاميذ."
    assert msn.extract(text).agreements == ()


@pytest.mark.parametrize(
    ("text", "kind", "chair"),
    [
        (
            "استقبل رئيس الحكومة، السيد كريم الفاسي، اليوم الخميس بالرباط، وفدا عن البنك الدولي.",
            MeetingKind.AUDIENCE,
            "كريم الفاسي",
        ),
        (
            "استقبلت والية الجهة، السيدة سعاد البقالي، صباح اليوم، ممثلي الجمعيات.",
            MeetingKind.AUDIENCE,
            "سعاد البقالي",
        ),
        (
            "أجرى وزير الشؤون الخارجية، عمر الإدريسي، يوم الاثنين بالرباط، مباحثات مع نظيره"
            " البرتغالي.",
            MeetingKind.WORKING_MEETING,
            "عمر الإدريسي",
        ),
    ],
)
def test_audiences_and_talks(text: str, kind: MeetingKind, chair: str) -> None:
    m = _only_meeting(text)
    assert m.kind is kind
    assert m.chair is not None
    assert m.chair.person is not None
    assert m.chair.person.name == chair


@pytest.mark.parametrize(
    "text",
    [
        "استقبلت المستشفيات الجهوية أزيد من 300 حالة خلال عطلة نهاية الأسبوع.",
        "استقبل ميناء طنجة المتوسط أكبر سفينة حاويات في العالم يوم السبت.",
        "تستقبل مدينة أكادير، ابتداء من الغد، فعاليات المهرجان الدولي للسينما.",
    ],
)
def test_receiving_without_an_official_is_no_audience(text: str) -> None:
    assert msn.extract(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "kind", "chair"),
    [
        # a visit with no qualifier, made by an official
        (
            "قام وزير الصحة، السيد سمير الناصري، يوم الأربعاء، بزيارة إلى المستشفى الجهوي"
            " بالعيون.",
            MeetingKind.OFFICIAL_VISIT,
            "سمير الناصري",
        ),
        (
            "حل وزير التجهيز، السيد عادل الوزاني، صباح اليوم بمدينة الحسيمة في زيارة"
            " تستغرق يومين.",
            MeetingKind.OFFICIAL_VISIT,
            "عادل الوزاني",
        ),
        # a plenary sitting, the proceedings of a board, a workshop
        (
            "انعقدت، أمس الثلاثاء، الجلسة العامة لمجلس النواب المخصصة للأسئلة الشفهية.",
            MeetingKind.COUNCIL_SESSION,
            None,
        ),
        (
            "ترأس والي جهة سوس ماسة، السيد هشام الكراوي، أشغال المجلس الإداري لمركز الاستثمار"
            " الجهوي.",
            MeetingKind.OTHER,
            "هشام الكراوي",
        ),
        (
            "نظمت الأكاديمية الجهوية للتربية والتكوين لجهة فاس مكناس، يوم الخميس، ورشة"
            " تكوينية لفائدة الأساتذة.",
            MeetingKind.CONFERENCE,
            None,
        ),
    ],
)
def test_visits_plenaries_boards_and_workshops(
    text: str, kind: MeetingKind, chair: str | None
) -> None:
    m = _only_meeting(text)
    assert m.kind is kind
    name = m.chair.person.name if m.chair is not None and m.chair.person is not None else None
    assert name == chair


@pytest.mark.parametrize(
    "text",
    [
        # visits by no official are no meeting
        "شهدت المدينة العتيقة بفاس زيارة آلاف السياح خلال عطلة نهاية الأسبوع.",
        "تم تسجيل ارتفاع في عدد الزيارات إلى المتاحف هذا العام.",
        # construction works are not the proceedings of a meeting
        "تتواصل أشغال بناء الطريق الرابطة بين المدينتين رغم التساقطات المطرية.",
    ],
)
def test_tourist_visits_and_works_are_no_meeting(text: str) -> None:
    assert msn.extract(text).meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "احتضن الملعب الكبير لطنجة، مساء السبت، لقاء الفريقين برسم الجولة العاشرة من"
        " البطولة الاحترافية، وانتهى اللقاء بالتعادل.",
        "ينظم فريق المدينة، يوم الأحد، لقاء وديا أمام ضيفه من العاصمة.",
        "ترأس المدرب الحصة التدريبية الأولى للمنتخب استعدادا للقاء الأسبوع المقبل.",
    ],
)
def test_a_match_in_sports_news_is_no_meeting(text: str) -> None:
    assert msn.extract(text).meetings == ()


def test_a_meeting_about_sport_is_still_a_meeting() -> None:
    text = (
        "ترأس وزير الشباب، السيد كمال البقالي، اجتماعا مع مسؤولي الجامعة الملكية لكرة"
        " القدم حول تنظيم كأس العالم، وحول الأهداف المسطرة للدوري."
    )
    assert _only_meeting(text).kind is MeetingKind.OTHER


def test_a_call_for_a_meeting_is_no_meeting() -> None:
    text = "دعت النقابة الوطنية للتعليم إلى عقد اجتماع عاجل مع الوزارة لمناقشة الملف المطلبي."
    assert msn.extract(text).meetings == ()


@pytest.mark.parametrize(
    "text",
    [
        "ترأس جلالة الملك، يوم الثلاثاء بالقصر الملكي بالرباط، مجلسا وزاريا.",
        "انعقد المجلس الحكومي، يوم الخميس، برئاسة رئيس الحكومة، السيد نبيل الشرقاوي.",
    ],
)
def test_cabinet_meetings(text: str) -> None:
    m = _only_meeting(text)
    assert m.kind is MeetingKind.OTHER
    assert m.weekday is not None


def test_the_cabinet_approving_a_bill_is_no_meeting() -> None:
    assert msn.extract("صادق المجلس الحكومي على مشروع قانون يتعلق بالماء.").meetings == ()


def test_an_inauguration_is_a_launch_and_a_surname_is_no_venue() -> None:
    # the chair's surname "الدريوش" is also a province of the Oriental: the place of the
    # meeting is Safi, named after it
    text = (
        "أشرفت كاتبة الدولة المكلفة بالصيد البحري، السيدة نادية الدريوش، يوم الاثنين 10"
        " مارس 2025 بآسفي، على تدشين سوق جديد للسمك."
    )
    m = _only_meeting(text)
    assert m.kind is MeetingKind.LAUNCH
    assert m.region is not None
    assert m.region.code == "MA-07"
    assert msn.extract("يعود تاريخ تدشين هذا المسجد إلى القرن الماضي.").meetings == ()


def test_a_numbered_session_of_a_committee_is_a_meeting_with_its_rank() -> None:
    text = (
        "انعقدت يوم 12/05/2025 بمقر ولاية جهة فاس مكناس أشغال الدورة الثانية للجنة "
        "الجهوية للتنمية البشرية، تحت رئاسة والي الجهة السيد معاذ الجامعي."
    )
    m = _only_meeting(text)
    assert (m.kind, m.ordinal, m.date) == (MeetingKind.OTHER, 2, dt.date(2025, 5, 12))
    assert m.region is not None
    assert m.region.code == "MA-03"
    council = "عقد المجلس الإقليمي، أمس، الدورة الثالثة لمجلسه الإداري برئاسة العامل."
    assert _only_meeting(council).kind is MeetingKind.COUNCIL_SESSION
    # a festival's or a league's numbered edition is no meeting
    assert msn.extract("انطلقت الدورة الثالثة لمهرجان الموسيقى الأندلسية بفاس.").meetings == ()


def test_a_general_assembly_and_a_numbered_forum() -> None:
    assembly = "عقدت جمعية الأمل للتنمية، يوم الأحد، جمعها العام العادي بمقرها بتيزنيت."
    assert _only_meeting(assembly).kind is MeetingKind.OTHER  # "جمعها العام": its assembly
    text = "احتضنت مدينة العيون، يومي 10 و11 أبريل 2025، الملتقى الجهوي الثالث للتشغيل."
    m = _only_meeting(text)
    assert (m.kind, m.ordinal, m.date) == (MeetingKind.CONFERENCE, 3, dt.date(2025, 4, 10))
    held = "انعقد، يوم السبت، الجمع العام لتعاونية أركان بتارودانت."
    assert _only_meeting(held).kind is MeetingKind.OTHER
    friday = "انعقد، يوم الجمعة، لقاء تواصلي بالرباط حول الجمعيات."
    assert _only_meeting(friday).kind is MeetingKind.OTHER


def test_two_coordinated_agreements_in_one_sentence() -> None:
    text = (
        "صادق مجلس جهة سوس ماسة، خلال دورته العادية، على اتفاقية لتمويل برنامج تأهيل "
        "المراكز القروية بكلفة 1,2 مليار درهم، واتفاقية أخرى لدعم التعاونيات النسائية "
        "بمبلغ 15 مليون درهم."
    )
    first, second = msn.extract(text).agreements
    assert first.total_cost is not None
    assert second.total_cost is not None
    assert (first.total_cost.amount, second.total_cost.amount) == (
        Decimal("1200000000"),
        Decimal("15000000"),
    )
    assert second.beneficiaries == (Beneficiary.WOMEN,)  # "التعاونيات النسائية"
    # the signers of a later agreement are those named before the first one
    signed = (
        "وقعت جامعة القاضي عياض والمكتب الوطني للسياحة، يوم الأربعاء بمراكش، اتفاقية "
        "شراكة لتكوين الشباب، ومذكرة تفاهم لتبادل الخبرات."
    )
    a, b = msn.extract(signed).agreements
    assert (a.kind, b.kind) == (
        AgreementKind.PARTNERSHIP_AGREEMENT,
        AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
    )
    assert [p.name for p in b.parties] == ["جامعة القاضي عياض", "المكتب الوطني للسياحة"]
    # "وتهدف الاتفاقية" goes on about the same agreement: one record
    one = "وقع الطرفان اتفاقية إطار، وتهدف الاتفاقية إلى دعم الشباب."
    assert len(msn.extract(one).agreements) == 1


def test_sentences_describing_an_agreement_after_its_signing() -> None:
    text = (
        "وقع الطرفان اتفاقية إطار. وتهدف الاتفاقية إلى دعم النساء القرويات، وتبلغ "
        "كلفتها 12 مليون درهم. وتنص هذه الاتفاقية على مواكبة حاملي المشاريع. وفي سياق "
        "آخر، تحدث الوالي عن الفلاحين."
    )
    (a,) = msn.extract(text).agreements
    assert a.total_cost is not None
    assert a.total_cost.amount == Decimal("12000000")  # "كلفتها": the possessive form
    # "النساء القرويات": rural women; "حاملي المشاريع": entrepreneurs; not the farmers of
    # the unrelated last sentence
    assert a.beneficiaries == (
        Beneficiary.WOMEN,
        Beneficiary.RURAL_POPULATION,
        Beneficiary.ENTREPRENEURS,
    )
    assert a.purpose == "دعم النساء القرويات"


def test_a_headline_agreement_merges_with_the_body_one() -> None:
    text = (
        "الداخلة: توقيع اتفاقية لتأهيل ميناء الصيد بقيمة 45 مليون درهم\n"
        "جرى يوم الجمعة 14 مارس 2025 بالداخلة توقيع اتفاقية شراكة بين مجلس جهة الداخلة "
        "وادي الذهب والمكتب الوطني للصيد، لفائدة البحارة، بغلاف مالي قدره 45 مليون درهم."
    )
    (a,) = msn.extract(text).agreements
    assert a.kind is AgreementKind.PARTNERSHIP_AGREEMENT  # the body's, more specific
    assert [p.name for p in a.parties] == ["مجلس جهة الداخلة وادي الذهب", "المكتب الوطني للصيد"]
    assert a.beneficiaries == (Beneficiary.FISHERS,)


@pytest.mark.parametrize(
    ("phrase", "beneficiary"),
    [
        ("لفائدة الفلاحين الصغار", Beneficiary.FARMERS),
        ("لدعم مربي الماشية", Beneficiary.FARMERS),
        ("لفائدة مهنيي الصيد البحري", Beneficiary.FISHERS),
        ("لفائدة الصناع التقليديين", Beneficiary.ARTISANS),
        ("لإدماج الباحثين عن الشغل", Beneficiary.JOB_SEEKERS),
        ("لمواكبة المقاولين الشباب", Beneficiary.ENTREPRENEURS),
        ("لتحسين التكفل بالمرضى", Beneficiary.PATIENTS),
    ],
)
def test_more_beneficiary_groups(phrase: str, beneficiary: Beneficiary) -> None:
    (a,) = msn.extract(f"وقع الطرفان، أمس، اتفاقية شراكة {phrase}.").agreements
    assert beneficiary in a.beneficiaries


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        # a wali's second post after a comma: one person holds both
        (
            "ترأس والي جهة سوس ماسة، عامل عمالة أكادير إدا وتنان، سعيد الوردي، يوم الاثنين، "
            "اجتماعا تنسيقيا.",
            "سعيد الوردي",
            [PostRole.WALI, PostRole.GOVERNOR],
        ),
        # a given name written with the article
        (
            "قام عامل إقليم الصويرة، المهدي بنحمو، يوم الجمعة، بزيارة ميدانية للميناء.",
            "المهدي بنحمو",
            [PostRole.GOVERNOR],
        ),
        # a post outside the usual ones, with its complement
        (
            "ترأس المفتش العام للإدارة الترابية، كمال الفيلالي، يوم الخميس، حفل تنصيب "
            "العامل الجديد على إقليم جرادة.",
            "كمال الفيلالي",
            [PostRole.OTHER],
        ),
        # who holds a meeting with subordinates leads it
        (
            "عقدت المديرة الجهوية للصحة، سناء القادري، يوم الثلاثاء، اجتماعا تنسيقيا مع "
            "مديري المستشفيات الإقليمية.",
            "سناء القادري",
            [PostRole.DIRECTOR],
        ),
        # a university named after a person: its name is the title's complement
        (
            "ترأس رئيس جامعة مولاي إسماعيل بمكناس، يوسف البقالي، يوم الأربعاء، لقاء "
            "تواصليا مع الطلبة.",
            "يوسف البقالي",
            [PostRole.PRESIDENT],
        ),
        (
            "ترأس رئيس الحكومة، سمير الإدريسي، أمس الخميس بالرباط، اجتماعا للجنة الاستثمارات.",
            "سمير الإدريسي",
            [PostRole.HEAD_OF_GOVERNMENT],
        ),
    ],
)
def test_chairs_in_more_shapes(text: str, name: str, roles: list[PostRole]) -> None:
    chair = _only_meeting(text).chair
    assert chair is not None
    assert chair.person is not None
    assert chair.person.name == name
    assert [p.role for p in chair.posts] == roles


def test_holding_talks_with_a_peer_is_not_chairing() -> None:
    text = (
        "عقد وزير الفلاحة، السيد كريم الزياني، يوم الاثنين بالعيون، جلسة عمل مع رئيس "
        "مجلس جهة العيون الساقية الحمراء، السيد حمدي ولد الرشيد."
    )
    assert _only_meeting(text).chair is None


def test_inaugurations_and_launches_by_verb() -> None:
    text = "دشن وزير التجهيز، السيد نبيل الحمري، يوم السبت بتاوريرت، قنطرة جديدة."
    m = _only_meeting(text)
    assert m.kind is MeetingKind.LAUNCH
    assert m.chair is not None
    assert m.region is not None
    assert m.region.code == "MA-02"
    launch = "أشرف عامل إقليم تنغير، يوم الخميس، على إطلاق برنامج لدعم الشباب."
    assert _only_meeting(launch).kind is MeetingKind.LAUNCH
    # a building inaugurates nothing, and a shooting is no launch
    assert msn.extract("دشنت الشركة مصنعا جديدا بطنجة.").meetings == ()
    assert msn.extract("أشرف الأمن على التحقيق بعد إطلاق النار بحي شعبي.").meetings == ()


def test_rank_after_a_possessive_edition_and_place_after_a_headline() -> None:
    text = (
        "وزيرة الانتقال الرقمي تترأس اللقاء الجهوي حول الرقمنة\n"
        "ترأست وزيرة الانتقال الرقمي، أمس الجمعة بمكناس، اللقاء الجهوي حول رقمنة "
        "الإدارة في نسخته الثانية عشرة."
    )
    m = _only_meeting(text)
    assert m.ordinal == 12
    assert m.region is not None
    assert m.region.code == "MA-03"  # from the body: the headline names no place


def test_agreements_announced_together_then_one_by_one() -> None:
    text = (
        "ترأس عامل إقليم الجديدة، يوم الثلاثاء، حفل توقيع اتفاقيتين لفائدة الساكنة. "
        "وتهم الاتفاقية الأولى، وهي اتفاقية شراكة مع جماعة أزمور، تأهيل السوق الأسبوعي "
        "بكلفة 6 ملايين درهم. أما الاتفاقية الثانية فتخص دعم الصناع التقليديين بغلاف "
        "مالي قدره مليون درهم."
    )
    first, second = msn.extract(text).agreements
    assert first.kind is AgreementKind.PARTNERSHIP_AGREEMENT
    assert first.total_cost is not None
    assert first.total_cost.amount == Decimal("6000000")
    assert second.total_cost is not None
    assert second.total_cost.amount == Decimal("1000000")
    assert second.beneficiaries == (Beneficiary.ARTISANS,)
    approved = (
        "صادق المجلس الإقليمي، خلال دورته العادية، على عدد من الاتفاقيات. ومن أبرز ما "
        "صادق عليه المجلس اتفاقية لتزويد الدواوير بالماء بكلفة 9 ملايين درهم."
    )
    (only,) = msn.extract(approved).agreements  # the summary gives way to the detail
    assert only.total_cost is not None
    assert only.total_cost.amount == Decimal("9000000")


@pytest.mark.parametrize(
    "text",
    [
        "ألغيت، صباح اليوم، مراسيم توقيع اتفاقية شراكة بين الجماعة والمكتب الوطني للماء.",
        "تقرر تأجيل الدورة العادية لمجلس جماعة آسفي إلى موعد لاحق.",
        "يجب ربط التوقيع بآليات تقييم صارمة تشمل كل اتفاقية.",
        "لا يتم تتبع كل اتفاقية شراكة يتم توقيعها.",
    ],
)
def test_cancelled_or_general_statements_give_nothing(text: str) -> None:
    result = msn.extract(text)
    assert (result.meetings, result.agreements) == ((), ())


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # "مجلس الجهة" stands for the council of the one region the article is about
        (
            "احتضنت مدينة الرشيدية، يوم الخميس، لقاء جهويا، توج بتوقيع اتفاقية شراكة بين "
            "مجلس الجهة والوكالة الألمانية للتعاون الدولي، تروم دعم الواحات.",
            ["مجلس جهة درعة تافيلالت", "الوكالة الألمانية للتعاون الدولي"],
        ),
        # "الوزارة" stands for the ministry of the minister named before
        (
            "قامت وزيرة التضامن والإدماج الاجتماعي والأسرة بزيارة لمدينة وجدة. وجرى "
            "بالمناسبة توقيع اتفاقية بين الوزارة وعمالة وجدة أنجاد لفائدة المسنين.",
            ["وزارة التضامن والإدماج الاجتماعي والأسرة", "عمالة وجدة أنجاد"],
        ),
        # a directorate signs, not the ministry its name contains
        (
            "وقعت المديرية الإقليمية لوزارة الصحة بتطوان وجمعية الأمل للتنمية اتفاقية شراكة.",
            ["المديرية الإقليمية لوزارة الصحة بتطوان", "جمعية الأمل للتنمية"],
        ),
        # the council that approves an agreement "with" a body is a party too
        (
            "صادق المجلس الجماعي لتطوان، خلال دورته العادية، على اتفاقية شراكة مع "
            "جامعة عبد المالك السعدي تتعلق بالنقل الجامعي.",
            ["جماعة تطوان", "جامعة عبد المالك السعدي"],
        ),
    ],
)
def test_parties_named_by_their_kind_or_by_the_approving_council(
    text: str, parties: list[str]
) -> None:
    (a,) = msn.extract(text).agreements
    assert [p.name for p in a.parties] == parties


def test_a_weekday_said_apart_from_the_datelines_date() -> None:
    text = (
        "مكناس – 4 مارس 2025 (ومع) – ترأس والي جهة فاس مكناس، يوسف الإدريسي، اليوم "
        "الثلاثاء بمكناس، اجتماعا تنسيقيا."
    )
    m = _only_meeting(text)
    assert (m.date, m.weekday) == (dt.date(2025, 3, 4), Weekday.TUESDAY)
    # "اليوم" is the dateline's day: a weekday that disagrees with it is a typo in one
    # of them, so only the weekday the text states is kept (docs/bad-inputs.md)
    wrong = _only_meeting(text.replace("الثلاثاء", "الجمعة"))
    assert (wrong.date, wrong.weekday) == (None, Weekday.FRIDAY)


def test_a_bare_name_after_presiding_markers() -> None:
    text = (
        "عقد المجلس الإقليمي لتارودانت، يوم الاثنين، دورته العادية برئاسة حميد "
        "الوردي، وصادق خلالها على برنامج العمل."
    )
    chair = _only_meeting(text).chair
    assert chair is not None
    assert chair.person is not None
    assert (chair.person.name, chair.posts) == ("حميد الوردي", ())  # no post is guessed
    # a common noun after "برئاسة" is no name, nor a phrase that goes on
    for other in (
        "عقد المجلس، يوم الاثنين، دورته العادية برئاسة وفد رفيع المستوى، وصادق على برنامج.",
        "عقد المجلس، يوم الاثنين، دورته العادية برئاسة حميد الوردي الذي قدم عرضا.",
    ):
        assert _only_meeting(other).chair is None


def test_an_announced_meeting_and_a_possessive_rank() -> None:
    announced = "سيترأس رئيس الحكومة، يوم الخميس المقبل بالرباط، اجتماع اللجنة الوطنية."
    assert _only_meeting(announced).kind is MeetingKind.OTHER
    text = (
        "عقدت اللجنة الإقليمية للتنمية البشرية بإقليم ميدلت، يوم الثلاثاء، اجتماعها "
        "الثالث برسم سنة 2025، برئاسة عامل الإقليم."
    )
    assert _only_meeting(text).ordinal == 3


def test_a_datelines_date_is_the_reference_for_today() -> None:
    text = (
        "الرباط – 14 أكتوبر 2025 (ومع)\n"
        "ترأست وزيرة التضامن، سعاد البقالي، اليوم الثلاثاء بالرباط، مراسيم توقيع اتفاقية "
        "شراكة."
    )
    m = _only_meeting(text)
    assert (m.date, m.weekday) == (dt.date(2025, 10, 14), Weekday.TUESDAY)
    # an article's own publication date wins over the dateline
    article = msn.Article(id="x", text=text, published=dt.date(2025, 10, 15))
    assert msn.extract(article).meetings[0].date is None  # "اليوم" is the 15th: a Wednesday


def test_a_meeting_named_only_in_the_headline() -> None:
    text = (
        "لقاء تنسيقي بين وزير الصحة والمديرين الجهويين\n"
        "جمع وزير الصحة، يوسف العلوي، يوم الإثنين 17 نونبر 2025 عبر تقنية التناظر "
        "المرئي، المديرين الجهويين للصحة."
    )
    m = _only_meeting(text)
    assert m.kind is MeetingKind.COORDINATION_MEETING
    assert _chair_name(m) == "يوسف العلوي"
    assert (m.date, m.attendance_mode) == (dt.date(2025, 11, 17), AttendanceMode.ONLINE)


def test_launch_by_a_secretary_of_state_with_her_remit_in_apposition() -> None:
    text = (
        "أطلقت كاتبة الدولة لدى وزير السياحة، المكلفة بالصناعة التقليدية، نوال "
        "الفاسي، يوم الثلاثاء بسلا، برنامجا لتأهيل قرية الفخار."
    )
    m = _only_meeting(text)
    assert m.kind is MeetingKind.LAUNCH
    assert _chair_name(m) == "نوال الفاسي"


def test_a_session_devoted_to_approving_agreements_described_by_rank() -> None:
    text = (
        "عقد مجلس جهة كلميم واد نون، يوم الثلاثاء، دورة استثنائية خصصت للمصادقة على "
        "اتفاقيتين. وتهم الأولى اتفاقية شراكة مع المكتب الوطني للماء لتزويد الدواوير "
        "بالماء. أما الثانية فهي مذكرة تفاهم مع الوكالة الوطنية لإنعاش التشغيل "
        "والكفاءات، بغلاف مالي قدره مليار سنتيم."
    )
    first, second = msn.extract(text).agreements
    assert first.kind is AgreementKind.PARTNERSHIP_AGREEMENT
    assert second.kind is AgreementKind.MEMORANDUM_OF_UNDERSTANDING
    assert second.total_cost is not None
    assert second.total_cost.amount == Decimal("10000000")
    # the kind word right after the rank ("الاتفاقية الأولى شراكة مع …")
    ranked = text.replace("وتهم الأولى اتفاقية شراكة", "وتهم الاتفاقية الأولى شراكة")
    assert msn.extract(ranked).agreements[0].kind is AgreementKind.PARTNERSHIP_AGREEMENT
    # the council that approves each is a party
    assert second.parties[0].name == "مجلس جهة كلميم واد نون"
    # the agenda formula of a postponed session approves nothing
    postponed = (
        "تأجلت أشغال دورة المجلس لعدم اكتمال النصاب. وكان جدول الأعمال يتضمن الدراسة "
        "والمصادقة على اتفاقية شراكة مع المجلس الإقليمي."
    )
    assert msn.extract(postponed).agreements == ()


def test_habits_opinion_columns_and_old_signings_give_nothing() -> None:
    for text in (
        "تكثر الاجتماعات التنسيقية التي تعقد أسبوعيا بمقرات العمالات دون نتائج.",
        "رأي: ثقافة الاجتماعات\nترأس الوالي اجتماعا تنسيقيا آخر، والتوقيع على الاتفاقيات "
        "لا يعني شيئا.",
        "أخلت الشركة بالتزاماتها الواردة في الاتفاقية الموقعة بين الطرفين سنة 2019.",
    ):
        result = msn.extract(text)
        assert (result.meetings, result.agreements) == ((), ()), text


def test_a_contract_noun_is_no_holding_verb_and_a_seat_is_no_party() -> None:
    text = (
        "جرى بمقر عمالة إقليم سطات توقيع عقد برنامج بين المديرية الإقليمية للتربية "
        "الوطنية بسطات وجامعة الحسن الأول، بكلفة 12 مليون درهم."
    )
    (a,) = msn.extract(text).agreements
    assert a.kind is AgreementKind.CONTRACT
    assert [p.name for p in a.parties] == [
        "المديرية الإقليمية للتربية الوطنية بسطات",
        "جامعة الحسن الأول",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an acronym in parentheses and a genitive with ل between the title and the name
        (
            "ترأس المدير العام للوكالة الوطنية لإنعاش التشغيل والكفاءات (أنابيك)، السيد "
            "كريم الساهل، يوم الأربعاء بالرباط، حفل توقيع اتفاقية شراكة مع جمعية النور.",
            "كريم الساهل",
        ),
        # a coordinated noun in the remit ("… وإصلاح الإدارة")
        (
            "ترأست الوزيرة المنتدبة المكلفة بالانتقال الرقمي وإصلاح الإدارة، سلوى "
            "الزهراوي، يوم الخميس بفاس، لقاء تواصليا.",
            "سلوى الزهراوي",
        ),
        # a foreign city the gazetteer lacks, after "مدينة"
        (
            "استقبل والي جهة طنجة تطوان الحسيمة، يوم الاثنين بطنجة، عمدة مدينة مالقة "
            "الإسبانية، خوان لوبيز، والوفد المرافق له.",
            None,  # the receiver chairs an audience; the visitor is not the chair
        ),
        # the opening session named with a possessive
        (
            "احتضنت مدينة فاس، يوم الثلاثاء، ورشة وطنية حول الماء، ترأس جلستها الافتتاحية "
            "الكاتب العام لقطاع الماء، السيد مراد الغازي.",
            "مراد الغازي",
        ),
    ],
)
def test_names_after_long_complements(text: str, name: str | None) -> None:
    chair = _only_meeting(text).chair
    got = chair.person.name if chair is not None and chair.person is not None else None
    assert got == name


def test_agreements_announced_together_then_each_described_in_its_own_sentence() -> None:
    text = (
        "بني ملال: توقيع مذكرة تفاهم واتفاقية شراكة لدعم السياحة القروية\n\n"
        "ترأس والي جهة بني ملال خنيفرة، محمد بنريباك، يوم الخميس ببني ملال، حفل توقيع "
        "مذكرة تفاهم واتفاقية شراكة. وتجمع مذكرة التفاهم مجلس الجهة والمكتب الوطني "
        "المغربي للسياحة، بكلفة 4 ملايين درهم. أما اتفاقية الشراكة، فتهم الجماعات "
        "الجبلية، بتمويل إجمالي قدره مليون يورو، لفائدة النساء القرويات."
    )
    result = msn.extract(text)
    assert [a.kind for a in result.agreements] == [
        AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        AgreementKind.PARTNERSHIP_AGREEMENT,
    ]
    costs = [
        (a.total_cost.amount, a.total_cost.currency) for a in result.agreements if a.total_cost
    ]
    assert costs == [(Decimal("4000000"), "MAD"), (Decimal("1000000"), "EUR")]
    assert Beneficiary.WOMEN in result.agreements[1].beneficiaries
    assert Beneficiary.WOMEN not in result.agreements[0].beneficiaries


def test_the_parties_are_the_list_after_bayna_not_the_bodies_in_the_purpose() -> None:
    text = (
        "وقع رئيس جامعة القاضي عياض ومدير المكتب الجهوي، يوم الثلاثاء بمراكش، اتفاقية "
        "تعاون بين جامعة القاضي عياض والوكالة الفرنسية للتنمية، تروم تجهيز مختبرات "
        "بالمدرسة الوطنية للعلوم التطبيقية بآسفي لفائدة الطلبة."
    )
    (agreement,) = msn.extract(text).agreements
    assert [p.name for p in agreement.parties] == [
        "جامعة القاضي عياض",
        "الوكالة الفرنسية للتنمية",
    ]
    # a council anaphor before the purpose "لتحويل …" is the region's council
    other = msn.extract(
        "وقع الوزير ورئيس مجلس جهة سوس ماسة اتفاقية شراكة بين وزارة التجهيز والماء "
        "ومجلس الجهة لتحويل المياه نحو سهل سوس، بكلفة مليار درهم."
    )
    assert [p.id for p in other.agreements[0].parties] == [
        "ministry-equipment-water",
        "regional-council-MA-09",
    ]


def test_council_reports_told_point_by_point() -> None:
    # the headline's present "يصادق" announces two agreements; each "point" describes one
    text = (
        "العرائش: المجلس الجماعي يصادق على اتفاقية وبروتوكول اتفاق\n\n"
        "العرائش – 14 أبريل 2025: صادق المجلس الجماعي للعرائش، خلال دورته الاستثنائية "
        "المنعقدة يوم الخميس 10 أبريل الجاري، على نقطتين. وتتعلق النقطة الأولى باتفاقية "
        "شراكة بين الجماعة ووكالة الحوض المائي للوكوس، لحماية المدينة من الفيضانات، بغلاف "
        "مالي قدره 900 مليون سنتيم. أما النقطة الثانية، فتهم بروتوكول اتفاق مع جمعية "
        "الأمل لدعم الأنشطة الرياضية لفائدة الأطفال."
    )
    result = msn.extract(text)
    assert result.meetings[0].date == dt.date(2025, 4, 10)  # the dateline ends with ":"
    assert [a.kind for a in result.agreements] == [
        AgreementKind.PARTNERSHIP_AGREEMENT,
        AgreementKind.OTHER,
    ]
    assert result.agreements[0].total_cost is not None
    assert result.agreements[0].total_cost.amount == Decimal("9000000")
    # "وفي مقدمة هذه النقط، اتفاقية …": the first of the points approved
    first = msn.extract(
        "صادق المجلس الإقليمي لتاونات، خلال دورته العادية يوم الاثنين، على عدة نقط. وفي "
        "مقدمة هذه النقط، اتفاقية شراكة مع جمعية النور لتوفير النقل المدرسي بكلفة 2 "
        "مليون درهم."
    )
    assert [a.kind for a in first.agreements] == [AgreementKind.PARTNERSHIP_AGREEMENT]


def test_a_dual_summary_gives_its_kind_to_the_ranked_agreements() -> None:
    text = (
        "ترأس والي جهة فاس مكناس، يوم الاثنين بفاس، حفل توقيع اتفاقيتي شراكة. وتهم "
        "الاتفاقية الأولى دعم التعاونيات النسائية بكلفة 5 ملايين درهم. أما الاتفاقية "
        "الثانية فتخص تأهيل المدينة العتيقة بكلفة 40 مليون درهم."
    )
    result = msn.extract(text)
    assert [a.kind for a in result.agreements] == [AgreementKind.PARTNERSHIP_AGREEMENT] * 2


@pytest.mark.parametrize(
    "text",
    [
        "قررت السلطات تجميد اتفاقية الشراكة الموقعة بين الجماعة والجهة لتهيئة الواجهة "
        "البحرية لآسفي.",
        "وأعاد المستشارون التذكير بالاتفاقية الموقعة قبل ثلاث سنوات بين الجماعة والجهة "
        "بكلفة 50 مليون درهم، والتي لم تنفذ بعد.",
    ],
    ids=["frozen", "signed-years-ago"],
)
def test_a_frozen_or_old_agreement_is_not_signed_news(text: str) -> None:
    assert msn.extract(text).agreements == ()


def test_attendance_told_by_the_edition_or_by_an_adjective() -> None:
    hybrid = _only_meeting(
        "افتتح رئيس جامعة ابن زهر، يوم السبت بأكادير، الملتقى الجهوي للتشغيل. وتنعقد "
        "هذه النسخة في صيغة هجينة."
    )
    assert hybrid.attendance_mode is AttendanceMode.HYBRID
    in_person = _only_meeting(
        "ترأس رئيس غرفة الفلاحة، يوم الخميس ببني ملال، يوما دراسيا في لقاء حضوري."
    )
    assert in_person.attendance_mode is AttendanceMode.IN_PERSON


def test_the_object_of_give_is_no_name() -> None:
    m = _only_meeting(
        "ترأس عامل إقليم ميدلت، يوم الثلاثاء، اجتماعا تنسيقيا. وفي ختام الاجتماع، أعطى "
        "عامل الإقليم تعليماته لمختلف المصالح."
    )
    assert m.chair is not None
    assert m.chair.person is None
    assert [p.role for p in m.chair.posts] == [PostRole.GOVERNOR]


def test_a_body_in_parentheses_names_the_part_of_the_party_that_signs() -> None:
    text = (
        "وقعت وزارة الداخلية (المديرية العامة للجماعات الترابية) ومجموعة البنك الشعبي، "
        "يوم الاثنين بالرباط، اتفاقية شراكة لتمويل مشاريع الجماعات القروية."
    )
    (agreement,) = msn.extract(text).agreements
    assert [p.id for p in agreement.parties] == ["ministry-interior", "banque-populaire"]


def test_agreements_announced_together_with_their_nouns_left_out() -> None:
    text = (
        "جرى، يوم الثلاثاء بالرباط، حفل توقيع ثلاث اتفاقيات تمويل بين المملكة المغربية "
        "والاتحاد الأوروبي. وتخص الاتفاقية الأولى، بقيمة 80 مليون يورو، دعم المهاجرين. "
        "وتتعلق الثانية، البالغة قيمتها 70 مليون يورو، بدعم الفئات الهشة. أما الثالثة، "
        "بقيمة 50 مليون يورو، فتستهدف الشباب. ويأتي توقيع هذه الاتفاقيات في إطار الشراكة."
    )
    result = msn.extract(text)
    costs = [a.total_cost.amount if a.total_cost else None for a in result.agreements]
    assert costs == [Decimal("80000000"), Decimal("70000000"), Decimal("50000000")]
    assert [a.beneficiaries for a in result.agreements] == [
        (Beneficiary.MIGRANTS,),
        (Beneficiary.VULNERABLE_PEOPLE,),
        (Beneficiary.YOUTH,),
    ]
    listed = (
        "صادق المجلس، خلال دورته، على ثلاث اتفاقيات. ويتعلق الأمر أولا باتفاقية شراكة مع "
        "المكتب الوطني للماء بكلفة 120 مليون درهم. كما صادق على ملحق تعديلي لاتفاقية "
        "الشراكة الموقعة مع وكالة الحوض المائي."
    )
    kinds = [a.kind for a in msn.extract(listed).agreements]
    assert kinds == [AgreementKind.PARTNERSHIP_AGREEMENT, AgreementKind.CONVENTION]


def test_a_bare_ceremony_with_a_signing_and_a_cost_two_sentences_on() -> None:
    text = (
        "وقع كل من مجلس جهة الشرق وجامعة محمد الأول بوجدة اتفاقية في حفل احتضنه مقر "
        "الجهة بوجدة يوم الثلاثاء 19 نونبر 2024. ووقع الاتفاقية رئيس المجلس ورئيس "
        "الجامعة. وتبلغ الكلفة الإجمالية للبرنامج 12 مليون درهم."
    )
    result = msn.extract(text)
    assert result.meetings[0].kind is MeetingKind.SIGNING_CEREMONY
    (a,) = result.agreements
    assert a.total_cost is not None
    assert a.total_cost.amount == Decimal("12000000")
    # a ceremony with no signing is no meeting
    assert msn.extract("أحيت الفرقة حفلا بمسرح محمد الخامس بالرباط.").meetings == ()


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the state as a signatory, next to a foreign body
        (
            "جرى، يوم الأربعاء، توقيع اتفاقية قرض بين المملكة المغربية والبنك الإفريقي "
            "للتنمية، بقيمة 100 مليون دولار.",
            ["المملكة المغربية", "البنك الإفريقي للتنمية"],
        ),
        (
            "وقعت الحكومة والجامعة الوطنية لغرف الصيد البحري عقد برنامج بكلفة 700 مليون درهم.",
            ["الحكومة", "الجامعة الوطنية لغرف الصيد البحري"],
        ),
        # "الوزارة" is the ministry of the minister named earlier in the same sentence
        (
            "ترأست وزيرة التضامن والإدماج الاجتماعي والأسرة، يوم الخميس بالرباط، حفل توقيع "
            "اتفاقية شراكة بين الوزارة ومجلس جهة الرباط سلا القنيطرة.",
            ["وزارة التضامن والإدماج الاجتماعي والأسرة", "مجلس جهة الرباط سلا القنيطرة"],
        ),
        # "المجلس الإقليمي" is the council of the one province the article names
        (
            "وقعت عمالة إقليم تارودانت والمجلس الإقليمي وجمعية الأمل للتنمية اتفاقية شراكة.",
            ["عمالة إقليم تارودانت", "مجلس إقليم تارودانت", "جمعية الأمل للتنمية"],
        ),
    ],
)
def test_the_state_and_more_back_references_as_parties(text: str, parties: list[str]) -> None:
    (a,) = msn.extract(text).agreements
    assert [p.name for p in a.parties] == parties


def test_a_foreign_government_named_with_an_adjective_is_no_moroccan_state() -> None:
    text = "وقع المغرب والحكومة الإسبانية اتفاقية تعاون في مجال الهجرة."
    (a,) = msn.extract(text).agreements
    assert [p.name for p in a.parties] == ["المغرب"]


def test_parties_of_a_presided_signing_and_of_agreements_announced_together() -> None:
    hosted = (
        "ترأس المدير العام للوكالة الوطنية لإنعاش التشغيل والكفاءات، السيد كريم الساهل، "
        "حفل توقيع اتفاقية شراكة مع الفيدرالية المغربية لمراكز النداء."
    )
    (a,) = msn.extract(hosted).agreements
    assert [p.name for p in a.parties] == [
        "الوكالة الوطنية لإنعاش التشغيل والكفاءات",
        "الفيدرالية المغربية لمراكز النداء",
    ]
    together = (
        "جرى توقيع اتفاقيتي تمويل بين المملكة المغربية والمنظمة الدولية للهجرة. وتهم "
        "الأولى، بقيمة 5 ملايين يورو، إدماج المهاجرين. وتخص الثانية، بقيمة 3 ملايين يورو، "
        "دعم النساء."
    )
    _, second = msn.extract(together).agreements
    assert [p.name for p in second.parties] == ["المملكة المغربية", "المنظمة الدولية للهجرة"]
    # a chair named between the approval and the agreement does not cut its parties off
    approved = (
        "صادق المجلس الإقليمي لسطات، خلال دورته العادية برئاسة رئيس المجلس، السيد مصطفى "
        "الحريزي، على اتفاقية شراكة مع المديرية الإقليمية للتربية الوطنية بسطات."
    )
    (c,) = msn.extract(approved).agreements
    assert [p.name for p in c.parties] == [
        "مجلس إقليم سطات",
        "المديرية الإقليمية للتربية الوطنية بسطات",
    ]


def test_a_headline_in_two_sentences_announces_the_body_agreement() -> None:
    text = (
        "4,2 مليار درهم لتنمية الجهة.. توقيع عقد برنامج بين الدولة والجهة\n"
        "ترأس رئيس الحكومة، يوم الاثنين بالرشيدية، حفل توقيع عقد برنامج بين الدولة ومجلس "
        "جهة درعة تافيلالت، بكلفة 4,2 مليار درهم."
    )
    (a,) = msn.extract(text).agreements
    assert [p.name for p in a.parties] == ["الدولة", "مجلس جهة درعة تافيلالت"]


@pytest.mark.parametrize(
    "text",
    [
        "من المرتقب أن توقع الوزارة ومجلس الجهة، الشهر المقبل، اتفاقية إطار بكلفة 3 مليارات درهم.",
        "ينتظر السكان تنفيذ اتفاقية موقعة منذ 2015 بين الجماعة والوزارة.",
        "وكان جدول أعمال الدورة يتضمن المصادقة على أربع اتفاقيات شراكة.",
    ],
)
def test_expected_old_or_scheduled_signings_are_no_agreement(text: str) -> None:
    assert msn.extract(text).agreements == ()


def test_a_signing_after_a_postponement_and_a_third_agreement_with_wa_ala() -> None:
    after = (
        "بعد تأجيل حفل التوقيع الشهر الماضي، وقعت جماعة الجديدة والمكتب الوطني للماء "
        "اتفاقية خاصة لتأهيل شبكة التطهير."
    )
    assert len(msn.extract(after).agreements) == 1
    listed = (
        "صادق المجلس على اتفاقية مع وكالة تنمية الجهة الشرقية بمبلغ 2 مليار سنتيم، وعلى "
        "اتفاقية تعاون مع غرفة الصناعة التقليدية لجهة الشرق لدعم الصناع التقليديين."
    )
    _, second = msn.extract(listed).agreements
    assert second.kind is AgreementKind.COOPERATION_AGREEMENT
    assert second.beneficiaries == (Beneficiary.ARTISANS,)


def test_beneficiaries_of_the_programme_or_loan_an_agreement_funds() -> None:
    text = (
        "جرى توقيع اتفاقية قرض بين المملكة المغربية والبنك الإفريقي للتنمية، بقيمة 100 "
        "مليون دولار. ويهدف القرض إلى تعزيز ولوج المقاولين الذاتيين إلى التمويل. وسيستفيد "
        "من البرنامج سكان الدواوير."
    )
    (a,) = msn.extract(text).agreements
    assert a.beneficiaries == (Beneficiary.ENTREPRENEURS, Beneficiary.RURAL_POPULATION)


def test_the_king_and_a_governor_named_as_the_official() -> None:
    king = _only_meeting("ترأس جلالة الملك محمد السادس، اليوم الخميس بالرباط، مجلسا وزاريا.")
    assert king.chair is not None
    assert king.chair.person is not None
    assert (king.chair.person.name, king.chair.posts[0].role) == (
        "محمد السادس",
        PostRole.HEAD_OF_STATE,
    )
    governor = _only_meeting(
        "احتضن مقر عمالة إقليم ميدلت، يوم الاثنين، اجتماعا للجنة الإقليمية لليقظة، ترأسه "
        "العامل مصطفى النوحي."
    )
    assert governor.chair is not None
    assert governor.chair.posts[0].role is PostRole.GOVERNOR
    # "العامل" before anything but a given name is a worker, not a post
    worker = msn.extract("ترأس العامل الزراعي اجتماعا للتعاونية يوم الأحد.").meetings
    assert all(m.chair is None for m in worker)


def test_a_conference_reported_by_its_participle() -> None:
    text = "شارك وزير الفلاحة في أشغال المؤتمر الدولي حول الأمن الغذائي المنعقد بروما."
    assert _only_meeting(text).kind is MeetingKind.CONFERENCE


@pytest.mark.parametrize(
    "text",
    [
        # what a speaker recalls inside a quotation
        "وقال الوالي: « وقعنا سنة 2024 اتفاقية مع المكتب الوطني للماء بقيمة 900 مليون درهم "
        "لتزويد العالم القروي ».",
        # background in the pluperfect
        "وكان النادي قد وقع، قبل انطلاق الموسم، عقد شراكة مع المجلس الجماعي بقيمة 12 مليون درهم.",
        # a signing dated to an earlier year than the article's
        "أصدرت المحكمة، يوم 12 مارس 2025، حكمها. وتعود القضية إلى سنة 2019، حين وقعت الجماعة "
        "اتفاقية شراكة مع جمعية محلية.",
        # a tally, and agreements only followed up
        "تجاوز عدد الاتفاقيات الموقعة من طرف مجالس الجهات 2300 اتفاقية شراكة.",
        "صادق المجلس على برمجة الفائض وعلى إحداث لجنة خاصة بتتبع تنفيذ الاتفاقيات الموقعة.",
        "سبق أن وقع المجلس اتفاقيتين مماثلتين مع الأكاديمية.",
        # "أجرأة": putting agreements already signed into practice
        "صادق المجلس على خطة عمل لأجرأة الاتفاقيات المبرمة مع القطاعات الحكومية.",
        # many agreements, counted or not
        "أبرمت الجماعة مئات الاتفاقيات منذ إحداثها دون أثر يذكر على الساكنة.",
        "وقعت الوكالة عشرات الاتفاقيات مع الجمعيات خلال العقد الأخير.",
        "ينتقد المستشارون كثرة الاتفاقيات الموقعة مع الجامعة دون تتبع.",
        # a delay, a possibility
        "تساءل المستشار عن سبب تعثر توقيع اتفاقية النقل المدرسي بالإقليم.",
        "ناقش الطرفان إمكانية إبرام اتفاقية شراكة في مجال السياحة الجبلية.",
        # an agreement signed earlier, named in passing
        "وتستفيد التعاونية من دعم تقني بموجب الاتفاقية الموقعة سابقا مع المكتب الجهوي.",
        # a plan told in the past
        "وكان برنامج الوفد يشمل زيارة سوق الحرفيين ثم حضور حفل توقيع اتفاقية تعاون مع غرفة "
        "الصناعة التقليدية بفاس.",
        "وكان من المقرر أن توقع الوزارة اتفاقية شراكة مع الجهة بقيمة 12 مليون درهم.",
        # signed in past years, counted
        "وترتبت على الجماعة ديون بسبب الاتفاقيات الموقعة خلال الولاية السابقة مع الجهة.",
        "وأفاد التقرير أن عددا من الاتفاقيات أبرم دون دراسة للجدوى.",
    ],
)
def test_background_agreements_give_nothing(text: str) -> None:
    assert msn.extract(text).agreements == ()


def test_a_quoted_meeting_is_no_meeting_and_a_later_rank_is_not_this_ones() -> None:
    quoted = (
        "قال الوالي في حوار: « أبرز محطة كانت الاجتماعات التي عقدناها في ربيع 2024 مع المنتخبين »."
    )
    assert msn.extract(quoted).meetings == ()
    text = (
        "ترأس وزير الصحة، يوم الاثنين بالرباط، جلسة عمل مع الوفد الكوري. ويأتي هذا اللقاء "
        "بعد الاجتماع الثاني للجنة المشتركة المغربية الكورية."
    )
    assert _only_meeting(text).ordinal is None


def test_a_rank_already_described_refers_back() -> None:
    text = (
        "جرى توقيع اتفاقيتين. وتتعلق الاتفاقية الأولى بشراكة بين مجلس الجهة والوكالة "
        "الوطنية لإنعاش التشغيل. أما الاتفاقية الثانية فهي اتفاقية قرض مع صندوق الإيداع "
        "والتدبير. ووقع الاتفاقية الأولى رئيس مجلس الجهة والمدير العام للوكالة."
    )
    first, second = msn.extract(text).agreements
    assert first.kind is AgreementKind.PARTNERSHIP_AGREEMENT  # "الأولى بشراكة"
    assert second.kind is AgreementKind.CONVENTION


def test_ceremonies_hybrid_wording_and_quoted_beneficiaries() -> None:
    handover = (
        "ترأس عامل إقليم ورزازات، السيد كريم الودغيري، يوم السبت بتازناخت، حفل تسليم "
        "مفاتيح 86 مسكنا لأسر متضررة من الفيضانات."
    )
    assert _only_meeting(handover).kind is MeetingKind.OTHER
    hybrid = (
        "ترأس المدير الجهوي للفلاحة، يوم الخميس بالقنيطرة، اجتماعا انعقد بصيغة حضورية وعن بعد."
    )
    assert _only_meeting(hybrid).attendance_mode is AttendanceMode.HYBRID
    quoted = (
        "وقع الطرفان اتفاقية شراكة لتسيير المركز لفائدة الشباب. وقال العامل إن « المشروع "
        "يحقق حلم آلاف الأسر »."
    )
    (a,) = msn.extract(quoted).agreements
    assert a.beneficiaries == (Beneficiary.YOUTH,)


def test_a_plan_in_a_relative_clause_leaves_the_signing_reported() -> None:
    text = (
        "بعد إرجاء اللقاء الذي كان مبرمجا الأسبوع الماضي، وقع المجلس الإقليمي لتازة "
        "وجمعية أصدقاء البيئة اتفاقية شراكة لتشجير المدارس."
    )
    (agreement,) = msn.extract(text).agreements
    assert agreement.kind is msn.AgreementKind.PARTNERSHIP_AGREEMENT


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("انعقد أمس بمقر عمالة سلا لقاء تشاوري جهوي برئاسة عامل العمالة.", "مقر عمالة سلا"),
        ("ترأس السيد أحمد العلوي اجتماعا بمقر الجماعة يوم الاثنين.", "مقر الجماعة"),
        (
            "انعقد بقاعة الاجتماعات بمقر الولاية اجتماع تنسيقي برئاسة الوالي.",
            "قاعة الاجتماعات بمقر الولاية",
        ),
        (
            "عقد المجلس دورته العادية بمقر الجماعة برئاسة العمدة عبد السلام البقالي.",
            "مقر الجماعة",
        ),
    ],
)
def test_a_venue_ends_where_another_part_of_the_sentence_begins(text: str, venue: str) -> None:
    (meeting,) = msn.extract(text).meetings
    assert meeting.place is not None
    assert meeting.place.name == venue


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        # the dateline, when nothing else says where
        (
            "وجدة – انعقد، صباح اليوم، بمقر الولاية، اجتماع تنسيقي برئاسة الكاتب العام.",
            "MA-02",
            None,
        ),
        ("تارودانت: ترأس رئيس المجلس الجماعي، أحمد الفاسي، دورة عادية.", "MA-09", "تارودانت"),
        # the dateline gives way to the place the report names
        ("الرباط – ترأس وزير الفلاحة اجتماعا بجهة سوس ماسة حول الموسم الفلاحي.", "MA-09", None),
        # a venue named by its body alone, in the city the sentence names
        ("عقد مجلس جماعة فاس دورته العادية لشهر فبراير بمقر الجماعة.", "MA-03", None),
        # a headline label that is no place
        ("عاجل: ترأس رئيس المجلس الجماعي، أحمد الفاسي، دورة عادية بقاعة الاجتماعات.", None, None),
    ],
)
def test_the_region_falls_back_on_the_dateline_and_the_sentences_place(
    text: str, region: str | None, place: str | None
) -> None:
    (meeting,) = msn.extract(text).meetings
    assert (meeting.region.code if meeting.region is not None else None) == region
    if place is not None:
        assert meeting.place is not None
        assert meeting.place.name == place


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        # the name Ali is written with yeh; search text spells it like "على"
        ("ترأس والي جهة الشرق، علي الإدريسي، اجتماعا تنسيقيا حول الموسم الفلاحي.", "علي الإدريسي"),
        ("في لقاء ترأسه عامل الإقليم، علي بنعمر، تم تقديم حصيلة الموسم الفلاحي.", "علي بنعمر"),
        ("برئاسة علي الخليفي، انعقد اجتماع تنسيقي بمقر عمالة تازة.", "علي الخليفي"),
        ("ترأس رئيس الجماعة، مولاي علي الصقلي، دورة عادية للمجلس.", "مولاي علي الصقلي"),
        # the preposition "على" after a title or a comma is no name
        ("أشرف عامل إقليم تازة على إعطاء انطلاقة الموسم الفلاحي.", None),
    ],
)
def test_the_name_ali_is_told_from_the_preposition(text: str, chair: str | None) -> None:
    (meeting,) = msn.extract(text).meetings
    person = meeting.chair.person if meeting.chair is not None else None
    assert (person.name if person is not None else None) == chair


def test_a_dateline_city_is_the_place_only_in_the_region_read() -> None:
    same = msn.extract("أكادير – ترأس والي جهة سوس ماسة اجتماعا تنسيقيا حول الموسم السياحي.")
    (meeting,) = same.meetings
    assert meeting.place is not None
    assert meeting.place.name == "أكادير"
    other = msn.extract("الرباط – ترأس وزير الفلاحة اجتماعا بجهة سوس ماسة حول الموسم الفلاحي.")
    assert other.meetings[0].place is None


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("ترأس العامل اجتماعا تنسيقيا بتقنية المناظرة المرئية مع رؤساء الجماعات.", "online"),
        ("ترأس الوالي اجتماعا عبر تقنية الفيديو كونفرانس حول الحرائق.", "online"),
        ("عقد الوزير لقاء عبر منصة زووم مع مديري الأكاديميات.", "online"),
        ("انعقدت الدورة العادية حضوريا وعبر تقنية المناظرة المرئية.", "hybrid"),
        ("انعقد اللقاء التشاوري بتقنية الفيديو وحضوريا بمقر الولاية.", "hybrid"),
    ],
)
def test_ways_of_meeting_at_a_distance(text: str, mode: str) -> None:
    (meeting,) = msn.extract(text).meetings
    assert meeting.attendance_mode is AttendanceMode(mode)


def test_a_sentence_about_the_ceremony_may_come_before_the_agreements_description() -> None:
    text = (
        "جرى، أمس الخميس بمقر عمالة ورزازات، توقيع اتفاقية شراكة بين المجلس الإقليمي "
        "وجمعية واحة درعة للتنمية. وترأس حفل التوقيع عامل الإقليم، بحضور عدد من المنتخبين. "
        "وتهدف الاتفاقية، التي تبلغ كلفتها 4 ملايين درهم، إلى دعم الأنشطة المدرة للدخل "
        "لفائدة النساء القرويات."
    )
    (agreement,) = msn.extract(text).agreements
    assert {b.value for b in agreement.beneficiaries} >= {"women"}
    assert agreement.purpose is not None
    # a second sentence between them is one too many
    far = text.replace("وتهدف", "وألقيت كلمات بالمناسبة. وتهدف")
    (agreement,) = msn.extract(far).agreements
    assert agreement.beneficiaries == ()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "ترأس عامل إقليم جرادة، سعيد الوزاني-الشريف، اجتماعا موسعا.",
            "سعيد الوزاني-الشريف",
            "governor",
        ),
        (
            "أشرف قائد قيادة أولاد تايمة، كريم الصافي، على إعطاء انطلاقة عملية الدعم.",
            "كريم الصافي",
            "other",
        ),
        (
            "ترأس المستشار البرلماني أحمد التويزي يوما دراسيا حول التقاعد.",
            "أحمد التويزي",
            "member_of_parliament",
        ),
        ("ترأس رئيس الجماعة، حسن الدرقاوي، دورة استثنائية.", "حسن الدرقاوي", "commune_president"),
        (
            "ترأس أشغال الدورة العادية لمجلس جهة سوس ماسة رئيس المجلس، كريم أشنكلي.",
            "كريم أشنكلي",
            "regional_council_president",  # "المجلس" is the region's council named before
        ),
        (
            "ترأس الجلسة الافتتاحية للملتقى والي جهة فاس مكناس، معاد الجامعي، بحضور المنتخبين.",
            "معاد الجامعي",
            "wali",
        ),
    ],
)
def test_more_chairs_and_posts(text: str, name: str, role: str) -> None:
    (meeting,) = msn.extract(text).meetings
    assert meeting.chair is not None
    assert meeting.chair.person is not None
    assert meeting.chair.person.name == name
    assert meeting.chair.posts[0].role is msn.PostRole(role)


@pytest.mark.parametrize(
    "text",
    [
        "انعقد بمقر العمالة اجتماع برئاسة عامل الإقليم، خصص للمصادقة على المشاريع المقترحة.",
        "ترأس قائد الفريق الوطني حصة تدريبية بالملعب.",  # a team captain, no post
    ],
)
def test_no_chair_is_made_up(text: str) -> None:
    for meeting in msn.extract(text).meetings:
        assert meeting.chair is None or meeting.chair.person is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # datelines with a colon or a comma date "أمس" and "الأربعاء الماضي"
        ("وجدة: 14 مارس 2025\nترأس والي الجهة، مساء أمس، اجتماعا تنسيقيا.", dt.date(2025, 3, 13)),
        (
            "بركان، الثلاثاء 24 يونيو 2025\nانعقدت يوم الأربعاء الماضي دورة استثنائية للمجلس.",
            dt.date(2025, 6, 18),
        ),
    ],
)
def test_datelines_with_a_colon_or_a_comma(text: str, date: dt.date) -> None:
    (meeting,) = msn.extract(text).meetings
    assert meeting.date == date


def test_a_denied_meeting_in_the_headline_is_no_meeting() -> None:
    text = (
        "عمالة تازة تنفي عقد أي لقاء مع ممثلي الباعة الجائلين\n"
        "نفت عمالة إقليم تازة ما راج حول عقد عامل الإقليم للقاء مع ممثلي الباعة الجائلين."
    )
    assert msn.extract(text).meetings == ()


def test_the_second_of_two_agreements_by_its_rank_after_a_semicolon() -> None:
    text = (
        "وتميز اللقاء بتوقيع اتفاقيتين؛ الأولى اتفاقية تعاون بين الغرفة الفلاحية لجهة الشرق "
        "والمكتب الجهوي للاستثمار الفلاحي بملوية، لمواكبة الفلاحين؛ والثانية اتفاقية إطار "
        "بين مجلس جهة الشرق وجمعية نساء المستقبل، لتشغيل الشباب."
    )
    kinds = [a.kind for a in msn.extract(text).agreements]
    assert kinds == [
        msn.AgreementKind.COOPERATION_AGREEMENT,
        msn.AgreementKind.FRAMEWORK_AGREEMENT,
    ]


def test_an_official_ceremony_is_a_meeting() -> None:
    text = "ترأس باشا مدينة الجديدة، كريم العلمي، صباح اليوم حفلا رسميا لتحية العلم الوطني."
    (meeting,) = msn.extract(text).meetings
    assert meeting.kind is msn.MeetingKind.OTHER
    assert meeting.chair is not None


def test_a_dateline_place_the_gazetteer_reads_only_with_a_clitic() -> None:
    # "إفران" is also "ovens": before a dateline's colon it can only be the town
    text = (
        "إفران: انطلاق عملية الدعم\n"
        "أشرف قائد قيادة تيمحضيت، هشام الكبير، على إعطاء انطلاقة العملية."
    )
    (meeting,) = msn.extract(text).meetings
    assert meeting.region is not None
    assert meeting.region.code == "MA-03"


def test_a_group_in_a_ministrys_name_is_no_beneficiary() -> None:
    text = (
        "صادق المجلس على اتفاقية شراكة بين جماعة مكناس ووزارة الشباب والثقافة والتواصل، "
        "تتعلق بتأهيل دار للثقافة لفائدة الحرفيين."
    )
    (agreement,) = msn.extract(text).agreements
    assert [b.value for b in agreement.beneficiaries] == ["artisans"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("أشرف عامل إقليم أزيلال، محمد العطفاوي، على افتتاح مستوصف قروي بجماعة تبانت.", "launch"),
        ("أشرف الوالي على افتتاح الدورة الخامسة للمعرض الجهوي للكتاب بمدينة الداخلة.", "launch"),
        ("ترأس رئيس المجلس الجماعي افتتاح الدورة العادية لشهر ماي.", "council_session"),
    ],
)
def test_an_opening_is_a_launch(text: str, kind: str) -> None:
    (meeting,) = msn.extract(text).meetings
    assert meeting.kind is msn.MeetingKind(kind)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "وقعت المديرية الجهوية للفلاحة اتفاقية تعاون لمواكبة 1200 فلاح صغير بالإقليم.",
            "farmers",
        ),
        ("وقعت الوزارة اتفاقية شراكة لفائدة 15 ألف بحار بموانئ الجهة.", "fishers"),
        ("وقعت الغرفة اتفاقية شراكة لتكوين 450 حرفي في التسويق الرقمي.", "artisans"),
    ],
)
def test_a_group_counted_in_the_singular(text: str, group: str) -> None:
    (agreement,) = msn.extract(text).agreements
    assert [b.value for b in agreement.beneficiaries] == [group]


def test_a_bare_singular_is_no_group() -> None:
    # "البحار" are also the seas; without a number before it the word names no group
    (agreement,) = msn.extract("وقعت الجهة اتفاقية شراكة لحماية البحار والسواحل.").agreements
    assert agreement.beneficiaries == ()


def test_a_signing_on_the_sidelines_of_a_numbered_fair_is_the_event() -> None:
    text = (
        "على هامش فعاليات الدورة الثانية عشرة للمعرض الدولي للسياحة بمراكش، ترأست وزيرة "
        "السياحة، فاطمة الزهراء عمور، يوم الجمعة حفل توقيع اتفاقية شراكة بين الوزارة ومجلس "
        "جهة مراكش آسفي. وترصد لهذه الاتفاقية اعتمادات إجمالية تبلغ 90 مليون درهم."
    )
    result = msn.extract(text)
    (meeting,) = result.meetings
    assert meeting.kind is msn.MeetingKind.SIGNING_CEREMONY
    assert meeting.ordinal is None  # the twelfth is the fair's rank
    (agreement,) = result.agreements
    assert agreement.total_cost is not None
    assert agreement.total_cost.amount == 90_000_000


def test_a_total_raised_from_one_amount_to_another_is_the_new_one() -> None:
    text = (
        "صادق مجلس جماعة وجدة على ملحق تعديلي لاتفاقية تأهيل الأسواق. ويقضي الملحق "
        "التعديلي برفع الكلفة الإجمالية من 80 مليون درهم إلى 95 مليون درهم."
    )
    (agreement,) = msn.extract(text).agreements
    assert agreement.total_cost is not None
    assert agreement.total_cost.amount == 95_000_000


def test_a_renewal_is_a_signing() -> None:
    text = (
        "ترأس عامل إقليم الحسيمة، السيد فريد شوراق، يوم الخميس حفل تجديد اتفاقية الشراكة "
        "بين المجلس الإقليمي وجمعية «الأمل» لرعاية المسنين."
    )
    result = msn.extract(text)
    assert result.meetings[0].kind is msn.MeetingKind.SIGNING_CEREMONY
    (agreement,) = result.agreements
    assert [b.value for b in agreement.beneficiaries] == ["elderly"]
    # "جدد" far from any agreement noun renews something else
    renewed = "جدد الوزير التأكيد على أهمية تنفيذ الاتفاقية الموقعة سنة 2019 مع الجهة."
    assert msn.extract(renewed).agreements == ()


def test_a_headline_meeting_whose_chair_comes_after_a_sentence_of_context() -> None:
    text = (
        "اجتماع تنسيقي بأزيلال لتتبع موسم الثلوج\n"
        "الأربعاء 8 يناير 2025 – انكبت السلطات الإقليمية على تقييم الاستعدادات لموسم الثلوج.\n"
        "وأشرف عامل إقليم أزيلال، السيد محمد العطفاوي، على تسيير الأشغال."
    )
    (meeting,) = msn.extract(text).meetings
    assert meeting.kind is msn.MeetingKind.COORDINATION_MEETING
    assert _chair_name(meeting) == "محمد العطفاوي"


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        # co-chairs: the first named leads
        (
            "نظم بتنغير يوم دراسي حول السياحة الجبلية، ترأسه مناصفة كل من وزيرة السياحة، "
            "السيدة فاطمة الزهراء عمور، ورئيس مجلس الجهة.",
            "فاطمة الزهراء عمور",
        ),
        # a title of degree between the post and the name
        (
            "ترأس المدير الجهوي للصحة بجهة الشرق، الدكتور يحيى بوزيد، اجتماعا تنسيقيا.",
            "يحيى بوزيد",
        ),
        # the present tense of "احتضن", and "تحت رئاسة"
        (
            "تحتضن مدينة زاكورة، اليوم، أشغال الملتقى الجهوي للواحات، تحت رئاسة وزير الفلاحة، "
            "السيد أحمد البواري.",
            "أحمد البواري",
        ),
    ],
)
def test_chairs_named_in_other_ways(text: str, chair: str) -> None:
    (meeting,) = msn.extract(text).meetings
    assert meeting.chair is not None
    assert meeting.chair.person is not None
    assert meeting.chair.person.name == chair


def test_a_signing_expected_anywhere_before_the_agreement_is_no_agreement() -> None:
    text = "ومن المرتقب أن يتم على هامش الملتقى توقيع اتفاقية شراكة بين الوزارة ومجلس الجهة."
    assert msn.extract(text).agreements == ()


def test_a_protocol_of_agreement_is_an_agreement_of_kind_other() -> None:
    text = (
        "جرى بمقر عمالة طاطا توقيع بروتوكول اتفاق بين المجلس الإقليمي وجمعية الواحة، يهم "
        "إحداث وحدة طبية متنقلة لفائدة المرضى."
    )
    (agreement,) = msn.extract(text).agreements
    assert agreement.kind is msn.AgreementKind.OTHER


def test_the_parties_a_describing_sentence_lists_join_the_venues_body() -> None:
    text = (
        "احتضن مقر وزارة الداخلية بالرباط، يوم الجمعة، حفل توقيع اتفاقية خاصة لتأهيل مدينة "
        "ميدلت. ووقع الاتفاقية كل من وزارة الداخلية، ومجلس جهة درعة تافيلالت، وجماعة ميدلت."
    )
    (agreement,) = msn.extract(text).agreements
    assert len(agreement.parties) == 3


def test_a_region_in_a_participants_title_or_in_the_topic_is_not_the_venues() -> None:
    text = (
        "شارك والي جهة الشرق، السيد محمد المهيدية، أمس بالرباط، في اجتماع عمل ترأسه وزير "
        "الداخلية، خصص لتتبع وضعية التزود بالماء الصالح للشرب بجهة الشرق."
    )
    (meeting,) = msn.extract(text).meetings
    assert meeting.region is not None
    assert meeting.region.code == "MA-04"  # held in Rabat, about the Oriental


def test_entrepreneurs_served_but_not_contractors_who_build() -> None:
    served = "وقعت الغرفة مذكرة تفاهم لتنظيم لقاءات أعمال لفائدة المقاولين من البلدين."
    (agreement,) = msn.extract(served).agreements
    assert [b.value for b in agreement.beneficiaries] == ["entrepreneurs"]
    builders = "وقعت الجماعة اتفاقية شراكة مع المقاولين المكلفين بإنجاز الأشغال."
    (agreement,) = msn.extract(builders).agreements
    assert agreement.beneficiaries == ()


def test_an_announced_meeting_is_read_and_the_body_names_the_headlines_kind() -> None:
    text = (
        "عامل تيزنيت يترأس الأسبوع المقبل اجتماعا حول الموسم الفلاحي\n"
        "يرتقب أن يترأس عامل إقليم تيزنيت، حسن خليل، الأسبوع المقبل، اجتماعا تنسيقيا "
        "حول الموسم الفلاحي بحضور رؤساء المصالح الخارجية."
    )
    (meeting,) = msn.extract(text).meetings
    assert meeting.kind is msn.MeetingKind.COORDINATION_MEETING
    # a signing announced the same way is not an agreement
    signing = "يرتقب أن توقع الجماعة والمكتب الوطني للماء اتفاقية شراكة الأسبوع المقبل."
    assert msn.extract(signing).agreements == ()
