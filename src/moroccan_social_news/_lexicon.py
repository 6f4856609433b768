"""Word lists the extractor matches, as data, in ``search``-normalised spelling.

Every entry is written the way the ``search`` preset prints it: one alef (ا) for
أ إ آ, ي for ى, ه for a final ة, ASCII digits, "," for "،" and '"' for any
quotation mark. Entries are regular-expression fragments without capturing groups;
``\\s`` between words is added by the matcher. Each table says which record field
it feeds, so extending the extractor to new phrasings is an edit here, not in code.
"""

from __future__ import annotations

from types import MappingProxyType

__all__: list[str] = []  # private tables, used by _extract only

# --- meeting frame -----------------------------------------------------------------

# Event nouns -> MeetingKind value. Longer, more specific phrases first; the generic
# "اجتماع"/"لقاء" only count as a meeting when an event verb supports them.
MEETING_NOUNS: tuple[tuple[str, str], ...] = (
    # Adjectives agree with their noun, accusative included: "لقاء تشاوريا جهويا".
    (
        r"(?:ال)?لقاء(?:ات)? (?:ال)?تشاوري(?:ا|ه)?(?: (?:ال)?جهوي(?:ا|ه)?)?",
        "regional_consultation",
    ),
    (r"(?:ال)?لقاء(?:ات)? (?:ال)?جهوي(?:ا|ه)? (?:ال)?تشاوري(?:ا|ه)?", "regional_consultation"),
    (
        r"(?:ال)?اجتماع(?:ا|ات)? (?:ال)?تشاوري(?:ا|ه)?(?: (?:ال)?جهوي(?:ا|ه)?)?",
        "regional_consultation",
    ),
    (r"(?:ال)?مشاورات (?:ال)?جهويه", "regional_consultation"),
    (r"(?:ال)?(?:اجتماع|لقاء)(?:ا|ات)? (?:ال)?تنسيقي(?:ا|ه)?", "coordination_meeting"),
    (r"(?:ال)?(?:اجتماع|لقاء)(?:ا)? (?:لل)?تنسيق", "coordination_meeting"),
    (r"(?:اجتماع|لقاء|جلسه)(?:ا)? عمل", "working_meeting"),
    (r"(?:ال)?زياره (?:عمل|رسميه)", "official_visit"),
    (r"(?:ال)?(?:زياره|جوله) (?:ال)?(?:ميدانيه|تفقديه)", "field_visit"),
    # A visit with no qualifier counts only when an official makes it (see
    # UNQUALIFIED_VISITS).
    (r"(?:ال)?زياره", "official_visit"),
    (r"(?:ال)?انطلاقه(?: (?:ال)?رسميه)?", "launch"),
    # An inauguration ("أشرف الوزير على تدشين سوق للسمك") opens a project like a launch;
    # so does the verb with an official as its subject ("دشنت الوزيرة، السيدة …، محطة").
    (r"(?:ال)?تدشين", "launch"),
    (r"(?:دشن|دشنت|يدشن|تدشن|اطلق|اطلقت)", "launch"),
    # "أشرف العامل على إطلاق برنامج …" (not "إطلاق النار", "إطلاق سراح").
    (r"(?:ال)?اطلاق(?! (?:ال)?(?:نار|رصاص|سراح|صواريخ))", "launch"),
    # The opening of a facility or of a fair's edition ("أشرف العامل على افتتاح مركز
    # صحي", "افتتاح الدورة الثامنة للمعرض الجهوي"), not of a council's session.
    (
        r"(?:ال)?افتتاح(?= (?:ال)?(?:معرض|سوق|مركز|مستشفي|مستوصف|مدرسه|ثانويه|محطه|دار|فضاء"
        r"|مشروع|طريق|قنطره|مسبح|ملعب|مكتبه|مقر|وحده|مصنع)\b"
        r"| (?:ال)?دوره [^ ,]+ (?:لل|ل)(?:معرض|ملتقي|مهرجان|سوق|صالون))",
        "launch",
    ),
    (r"(?:حفل|مراسم|مراسيم) (?:ال)?(?:توقيع|للتوقيع|تجديد)", "signing_ceremony"),
    # "جرى، يوم …، توقيع مذكرة تفاهم": a signing reported as an event (with جرى/تم).
    (r"(?:ال)?توقيع(?= (?:علي )?(?:ال)?(?:اتفاقي|مذكر|عقد|ملحق))", "signing_ceremony"),
    (r"(?:ال)?(?:دوره|دورت(?:ه|ها)) (?:ال)?(?:عاديه|استثنائيه)", "council_session"),
    # A numbered session of a council or a committee ("الدورة الثانية للجنة الجهوية
    # للتنمية البشرية", "الدورة 12 لمجلس الإدارة"): a council sits, a committee meets.
    (r"(?:ال)?دوره(?= (?:ال)?[^ ,]+ (?:لل|ل)مجلس)", "council_session"),
    (r"(?:ال)?دوره(?= (?:ال)?[^ ,]+ (?:لل|ل)(?:لجنه|هيئه))", "other"),
    # An association's or a company's general assembly ("انعقد الجمع العام العادي",
    # "عقدت الجمعية جمعها العام").
    (r"(?:ال)?جمع(?:ه|ها|هم)? (?:ال)?عام", "other"),
    # A plenary sitting of parliament or of a council ("الجلسة العامة لمجلس النواب").
    (r"(?:ال)?جلس(?:ه|ات) (?:ال)?عام(?:ه)?", "council_session"),
    (r"(?:حفل|مراسم) (?:ال)?تنصيب", "installation"),
    # "تم، اليوم، تنصيب العامل الجديد": the installation itself, reported with an event verb.
    (r"(?:ال)?تنصيب", "installation"),
    (r"(?:ال)?(?:يوم|يوما) (?:ال)?دراسي(?:ا)?", "study_day"),
    # A press conference or briefing ("ندوة صحفية", "لقاء إعلامي") is not a meeting, nor
    # is the videoconference a meeting is held by ("عبر تقنية المناظرة المرئية").
    (
        r"(?:ال)?(?:ندوه|مؤتمر|منتدي|مناظره|ملتقي|ورشه)"
        r"(?! (?:ال)?(?:صحفي|صحافي|اعلامي|مرئي|بالفيديو))"
        r"(?: (?:ال)?(?:وطني|جهوي|دولي)(?:ه|ا)?)?",
        "conference",
    ),
    # The proceedings of a board or a committee ("ترأس أشغال المجلس الإداري للوكالة").
    (r"اشغال (?:ال)?(?:مجلس (?:ال)?اداري|لجنه)", "other"),
    # The cabinet: "ترأس جلالة الملك مجلسا وزاريا", "انعقد المجلس الحكومي".
    (r"(?:ال)?مجلس(?:ا)? (?:ال)?(?:وزاري|حكومي)(?:ا)?", "other"),
    # Talks between officials ("أجرى الوزير مباحثات مع نظيره …").
    (r"(?:ال)?(?:مباحثات|محادثات)", "working_meeting"),
    # An official receiving a visitor ("استقبل الوزير سفير …"): the verb is the event; it
    # counts only with a titled or honoured receiver right after it (see _extract).
    (r"(?:استقبل|استقبلت|يستقبل|تستقبل)", "audience"),
    # "وقعوا اتفاقية في حفل احتضنه مقر الجهة": a bare ceremony, with a signing in its
    # sentence (see BARE_CEREMONIES).
    # Other official ceremonies: "ترأس العامل حفل تسليم مفاتيح مساكن …".
    (r"(?:ال)?حفل (?:ال)?(?:تسليم|توزيع|تكريم|تخرج|اختتام|افتتاح)", "other"),
    # An official ceremony: "ترأس الباشا حفلا رسميا لتحية العلم".
    (r"(?:ال)?حفل(?:ا)? (?:ال)?رسمي(?:ا)?", "other"),
    (
        r"(?:ال)?حفل(?! (?:ال)?(?:فني|موسيقي|زفاف|تكريم|تسليم|توزيع|تخرج|اختتام|افتتاح|رسمي))",
        "signing_ceremony",
    ),
    (r"(?:ال)?(?:اجتماع|لقاء)(?:ا|ه|ها|هم)?(?! (?:ال)?(?:صحفي|صحافي|اعلامي))", "other"),
)

# In sports news "لقاء" is a match ("احتضن الملعب لقاء الوداد والرجاء"): a generic
# meeting noun in a sentence with one of these words reports no meeting.
SPORTS_WORDS: tuple[str, ...] = (
    # (not "الدوري", also "periodic", nor "جولة" or "أهداف", also "tour" and "aims")
    r"[وفبل]?(?:ال)?(?:ملعب|مباراه|مباريات|بطوله)",
    r"[وفب]?(?:ودي|وديا|وديه)",
    r"[وفب]?(?:ال)?(?:تعادل|فوز|هزيمه)",
    r"[وفبل]?(?:ال)?(?:مدرب|لاعبين|لاعبي)",
    r"(?:ال)?حصه (?:ال)?تدريبيه",
    r"(?:ضيفه|مضيفه|مستضيفه)",
)

# The bare visit nouns of MEETING_NOUNS: tourists visit too, so one is a meeting only
# when an official makes it ("قام وزير الصحة، السيد ...، بزيارة ...").
UNQUALIFIED_VISITS = frozenset({"زياره", "الزياره"})
# A bare ceremony noun is a signing ceremony only with a signing in its sentence.
BARE_CEREMONIES = frozenset({"حفل", "الحفل"})
# Verbs among MEETING_NOUNS: each reports the event itself, but only with an official
# (a title or an honorific) right after it as its subject.
EVENT_VERBS = frozenset({"دشن", "دشنت", "يدشن", "تدشن", "اطلق", "اطلقت"})
# Launch nouns written with this stem need a verb of giving (LAUNCH_VERBS); the others
# ("تدشين") take any event verb.
LAUNCH_STEM = "انطلاق"

# A signing is an event when reported with an impersonal event verb: "جرى توقيع …".
SIGNING_EVENT_VERBS: tuple[str, ...] = (r"[وف]?(?:جري|جرت|تم)",)

# A launch is reported with a verb of giving the start: "أعطى … انطلاقة أشغال".
LAUNCH_VERBS: tuple[str, ...] = (r"[وف]?(?:اعطاء|اعطي|اعطت|يعطي|تعطي|سيعطي|ستعطي)",)

# Determiners before a meeting noun that make it no particular meeting ("نفى عقد أي
# اجتماع", "لا يوجد أي لقاء"): such a noun never reports an event.
NON_SPECIFIC_LEADS: tuple[str, ...] = (r"اي", r"ايه", r"اي من", r"بدون", r"دون", r"كل")

# Adverbs of habit: a meeting noun in a sentence with one of these speaks of meetings in
# general ("الاجتماعات التي تعقد أسبوعيا"), not of one that took place.
# Only right after a present-tense verb of holding ("تنعقد شهريا"): "تكوين 1500 شاب
# سنويا" says nothing about the meeting.
HABITUAL_WORDS: tuple[str, ...] = (
    r"(?:تعقد|يعقد|تنعقد|ينعقد|تنظم|ينظم)(?: [^ ,]+){0,3}"
    r" (?:اسبوعيا|شهريا|يوميا|سنويا|دوريا|باستمرار|(?:في )?كل (?:اسبوع|شهر|سنه|عام))",
)

# Literal stems, one of which occurs in the first word of every MEETING_NOUNS match
# (the extractor scans for these first; keep this in step with the table above).
MEETING_HINT = (
    "لقاء|اجتماع|مشاورات|زياره|جوله|انطلاقه|حفل|مراسم|مراسيم|دور|يوم|ندوه|مؤتمر|منتدي"
    "|مناظره|ملتقي|جلسه|جلسات|تنصيب|توقيع|مباحثات|محادثات|ستقبل|ورشه|اشغال|مجلس|تدشين|جمع"
    "|دشن|اطلاق|اطلق|افتتاح"
)
# Literals no first word of a MEETING_NOUNS match contains, each beginning with a stem
# above: "الاجتماعية" (social) holds the stem اجتماع but never names a meeting.
MEETING_EXCLUDED: tuple[str, ...] = ("اجتماعي", "جمعي")

# The verb "عقد" (held), not the noun of "عقد برنامج", "عقد شراكة", "عقد التدبير المفوض".
NOT_A_CONTRACT = r"(?! (?:ال)?(?:برنامج|اهداف|شراكه|عمل|تدبير))"

# Markers strong enough to make a generic "اجتماع"/"لقاء" an event report (holding,
# chairing, hosting, organising); a subset of EVENT_MARKERS.
STRONG_EVENT_MARKERS: tuple[str, ...] = (
    # (not the verbal noun glued to ب through a quotation mark: "طالبت بـ«عقد لقاء»")
    r'(?<!ب")[وف]?(?:ان|ين|ت|س[يت])?عقد(?:ت|ه)?' + NOT_A_CONTRACT,
    # "قامت اللجنة بعقد اجتماع": the verbal noun after قام reports the holding
    r'[وف]?(?:قام|قامت|يقوم|تقوم|سيقوم|ستقوم)(?: [^ ,.]+){0,8} ب"?عقد' + NOT_A_CONTRACT,
    r"[وف]?التام(?:ت)?",
    r"[وف]?(?:س?[تي])?نظم(?:ت|ه)?",
    r"[وف]?(?:س?[تي])?احتضن(?:ت|ه|ها|ته|تها)?",  # "في حفل احتضنه مقر الجهة"
    r"[وف]?س?[تي]حتضن(?:ه|ها)?",  # the present: "تحتضن مدينة السمارة، اليوم، أشغال …"
    r"[وف]?(?:س?[تي])?ترا?س(?:ت|ه|ها|ته|تها)?",  # "سيترأس": announced, read as held
    r"[وف]?اشرف(?:ت)?",
    r"[وف]?برئاسه",
    r"[وف]?ترؤس(?:ه|ها)",
)

# Verbs and markers that report an event as having taken place (or being held):
# a meeting noun only makes a meeting when one of these is in the same sentence.
EVENT_MARKERS: tuple[str, ...] = (
    r"[وف]?(?:اجري|اجرت|يجري|تجري)",  # "أجرى … مباحثات"
    *STRONG_EVENT_MARKERS,
    r"[وف]?بحضور",
    r"[وف]?حضر(?:ه|ها|ت)?",
    r"[وف]?شارك(?:ت)? (?:في|فيه|فيها)",
    r"[وف]?(?:قام|قامت|يقوم|تقوم|سيقوم|ستقوم)",
    r"[وف]?(?:تفقد|تفقدت)",
    r"[وف]?(?:حل|حلت)",
    r"[وف]?(?:جري|جرت|تم|يتم)",
    r"[وف]?(?:اعطي|اعطت) (?:ال)?انطلاقه",
    r"[وف]?(?:افتتح|افتتحت|اختتم|اختتمت|خصص|خصصت)",
    # "انطلقت (فعاليات) الدورة …": the opening of the event is reported.
    r"[وف]?(?:انطلق|انطلقت|تنطلق|ستنطلق)",
    r"[وف]?(?:شهد|شهدت)",
    r"[وف]?(?:صادق|صادقت)",
    # "المؤتمر الدولي المنعقد بروما": the participle reports the event held
    r"(?:ال)?منعقد(?:ه)?",
)

# Literal stems: one occurs in the first word of every EVENT_MARKERS match.
EVENT_HINT = (
    "عقد|التام|نظم|احتضن|ترس|تراس|رئاس|ترؤس|اشرف|حضور|حضر|شارك|قام|قوم|تفقد|حل|جري|جرت"
    "|تم|اعط|افتتح|اختتم|خصص|نطلق|شهد|صادق|منعقد|حتضن"
)

# Phrases that introduce the chair of a meeting; the person follows.
CHAIR_MARKERS: tuple[str, ...] = (
    # The subject of a visit or a launch leads it: "قام وزير الصحة … بزيارة".
    r"[وف]?(?:قام|قامت|يقوم|تقوم)",
    # Who holds talks or receives a visitor leads the meeting.
    r"[وف]?(?:اجري|اجرت|استقبل|استقبلت|حل|حلت)",
    r"[وف]?(?:اعطي|اعطت|يعطي|تعطي)",
    r"[وف]?(?:افتتح|افتتحت|دشن|دشنت|اطلق|اطلقت)",
    # Who holds a meeting leads it: "عقد مدير الأكاديمية، فلان، اجتماعا تنسيقيا";
    # so does who gathers others ("جمع وزير الصحة، فلان، … المديرين الجهويين").
    r"[وف]?(?:(?:عقد|عقدت)" + NOT_A_CONTRACT + r"|جمع|جمعت)",
    r"[وف]?برئاسه",
    r"[وف]?(?:س?[تي])?ترا?س(?:ت|ه|ها|ته|تها)?",  # "سيترأس": announced, read as held
    # "… التي أشرف عليها المدير الجهوي للفلاحة": the chair after the object pronoun
    r"[وف]?اشرف(?:ت)? علي(?:ه|ها)?(?: (?:تنظيمه|اطواره|افتتاحه))?",
    # "أشرف وزير الداخلية، فلان، على حفل …": the subject comes before "على".
    r"[وف]?اشرف(?:ت)?",
    r"[وف]?تحت (?:ال)?(?:اشراف|رئاسه)(?: (?:ال)?فعلي(?:ه)?)?",  # "تحت الرئاسة الفعلية لـ"
)

# The chair verbs (of CHAIR_MARKERS) that may follow their subject: "أن المفتش العام،
# السيد فلان، قام بزيارة …", "عامل الإقليم، السيد فلان، يترأس اجتماعا". Bare forms only:
# with a glued و the subject is the previous clause's, and with an object pronoun
# ("الذي ترأسه") the verb sits in a relative clause. None of them begins a name
# (_people.STOPWORDS holds them).
SUBJECT_FIRST_CHAIR_VERBS: tuple[str, ...] = (
    "قام",
    "قامت",
    "يقوم",
    "تقوم",
    "اجري",
    "اجرت",
    "استقبل",
    "استقبلت",
    "حل",
    "حلت",
    "اعطي",
    "اعطت",
    "يعطي",
    "تعطي",
    "افتتح",
    "افتتحت",
    "دشن",
    "دشنت",
    "اطلق",
    "اطلقت",
    "عقد",
    "عقدت",
    "جمع",
    "جمعت",
    *(f"{p}{verb}" for p in ("", "ت", "ي") for verb in ("تراس", "ترس", "تراست", "ترست")),
    "اشرف",
    "اشرفت",
)

# Phrases that introduce attendees; a list of people and groups follows.
ATTENDANCE_MARKERS: tuple[str, ...] = (
    r"[وف]?بحضور",
    r"[وف]?(?:الذي|التي)?حضر(?:ه|ها)",  # "الذي حضره": the list follows حضره
    r"[وف]?بمشاركه",
    r"[وف]?شارك(?:ت)? (?:فيه|فيها)",
    r"[وف]?(?:حضر|حضرت)",
    r"[وف]?رفقه",
    r"[وف]?(?:مرفوقا|مرفوقه) ب",
)

# Literal stems: one occurs in the first word of every CHAIR_MARKERS match.
CHAIR_HINT = "قام|قوم|عط|افتتح|دشن|رئاس|ترس|تراس|اشرف|تحت|جري|جرت|ستقبل|حل|عقد|جمع|اطلق"
# Literal stems: one occurs in the first word of every ATTENDANCE_MARKERS match.
ATTENDANCE_HINT = "حضر|حضور|شارك|رفقه|مرفوق"

# Titles named without a person ("بحضور رئيس المجلس الإقليمي") become described
# participants; their group kind follows the post.
TITLE_GROUPS = MappingProxyType(
    {
        "wali": "authorities",
        "governor": "authorities",
        "regional_council_president": "elected_officials",
        "provincial_council_president": "elected_officials",
        "commune_president": "elected_officials",
        "mayor": "elected_officials",
        "member_of_parliament": "elected_officials",
    }
)

# "برئاسة رئيس المجلس": the council a bare "المجلس" stands for, named earlier in the
# sentence -> the PostRole value of its president (the nearest mention wins).
COUNCIL_ANTECEDENTS: tuple[tuple[str, str], ...] = (
    (r"مجلس (?:ال)?جهه|(?:ال)?مجلس (?:ال)?جهوي", "regional_council_president"),
    (
        r"(?:ال)?مجلس (?:ال)?اقليمي|(?:ال)?مجلس (?:ال)?(?:عماله|اقليم)",
        "provincial_council_president",
    ),
    (r"(?:ال)?مجلس (?:ال)?جماعي|مجلس جماعه", "commune_president"),
)

# Attendance mode phrases -> AttendanceMode value (hybrid phrases first).
# Ways of meeting at a distance: "عن بعد", "عبر تقنية المناظرة المرئية", "بتقنية
# الفيديو", "عبر منصة زووم".
_REMOTE = (
    r"(?:عن بعد|افتراضيا|(?:عبر |بواسطه |ب)(?:ال)?(?:فيديو|تقنيه (?:ال)?(?:مناظره|تناظر)"
    r" (?:ال)?مرئي(?:ه)?|تقنيه (?:ال)?فيديو(?: ?كونفرانس| ?كونفرنس)?|(?:ال)?مناظره"
    r" (?:ال)?مرئيه|منصه (?:زوم|زووم|تيمز|رقميه)))"
)
# The communes under the arrondissement regime (Organic Law 113-14 on communes, title
# on communes with arrondissements): Casablanca, Fès, Marrakech, Rabat, Salé and Tangier.
# Their council president is the city's mayor ("عمدة"), so "رئيس مجلس جماعة سلا" is
# read as a mayor. Search-normalised last words of their names.
ARRONDISSEMENT_COMMUNES = ("البيضاء", "فاس", "مراكش", "الرباط", "سلا", "طنجه")

# The two halves of a hybrid meeting told apart by its venue ("حضوريا بمقر الولاية وعن
# بعد عبر تقنية التناظر المرئي"): a remote mode coordinated after an in-person one, or
# the other way round, later in the sentence.
COORDINATED_REMOTE = rf"و ?{_REMOTE}"
COORDINATED_IN_PERSON = r"و ?حضوريا"
ATTENDANCE_MODES: tuple[tuple[str, str], ...] = (
    (rf"حضوري(?:ا|ه) و ?{_REMOTE}", "hybrid"),
    (rf"{_REMOTE} و ?حضوريا", "hybrid"),
    (r"ب?(?:صيغه|شكل|طريقه) (?:هجينه|مختلطه)", "hybrid"),
    (_REMOTE, "online"),
    (r"حضوري(?:ا|ه)?", "in_person"),  # "حضوريا", "في لقاء حضوري", "بصفة حضورية"
)
# Literal stems: one occurs in the first word of every ATTENDANCE_MODES match.
ATTENDANCE_MODE_HINT = "حضوري|عن|افتراضي|عبر|واسط|فيديو|تقني|مناظر|منصه|صيغه|شكل|طريقه"

# Words that tie an ordinal to the meeting series ("السابع ضمن سلسله اللقاءات").
SERIES_MARKERS: tuple[str, ...] = (
    r"ضمن سلسله",
    r"من سلسله",
    r"من نوعه(?:ا)?",
    r"في سلسله",
)
# Literals: one occurs in every SERIES_MARKERS match (anywhere in it).
SERIES_HINT = "سلسله|نوعه"

# Nouns an ordinal may qualify to count as the meeting's rank in a series.
ORDINAL_HOSTS: tuple[str, ...] = (
    r"(?:ال)?دوره",
    r"دورت(?:ه|ها)",  # "دورته الاستثنائية الثانية"
    r"(?:اجتماع|لقاء)(?:ه|ها)",  # "عقدت اللجنة اجتماعها الثالث"
    r"(?:ال)?نسخه",
    r"(?:ال)?لقاء",
    r"(?:ال)?اجتماع",
    r"(?:ال)?محطه",
    r"(?:في )?نسخت(?:ه|ها)",  # "اللقاء التشاوري … في نسخته الرابعة عشرة"
    r"(?:ال)?جوله",  # "الجولة الثانية من المشاورات الجهوية"
    # gatherings numbered like meetings: "الملتقى الجهوي الثالث", "المناظرة الوطنية الثانية"
    r"(?:ال)?(?:ملتقي|منتدي|مناظره|ندوه|مؤتمر|ورشه)",
)

# Speaker verbs that attribute a following quotation (masculine and feminine forms).
SPEAKER_VERBS: tuple[str, ...] = (
    r"[وف]?(?:اكد|اكدت|يؤكد|تؤكد)",
    r"[وف]?(?:قال|قالت|يقول|تقول)",
    r"[وف]?(?:اضاف|اضافت|يضيف|تضيف)",
    r"[وف]?(?:اوضح|اوضحت|يوضح|توضح)",
    r"[وف]?(?:اشار|اشارت|يشير|تشير)",
    r"[وف]?(?:اعتبر|اعتبرت|يعتبر|تعتبر)",
    r"[وف]?(?:شدد|شددت|يشدد|تشدد)",
    r"[وف]?(?:ابرز|ابرزت|يبرز|تبرز)",
    r"[وف]?(?:اعلن|اعلنت)",
    r"[وف]?(?:صرح|صرحت)",
)
# Literal stems: one occurs in the first word of every SPEAKER_VERBS match.
SPEAKER_HINT = "اكد|ؤكد|قال|قول|اضاف|ضيف|وضح|اشار|شير|عتبر|شدد|برز|اعلن|صرح"

# Groups of participants -> ParticipantGroup value. A group mention is the phrase
# from its head to the end of the list item.
PARTICIPANT_GROUPS: tuple[tuple[str, str], ...] = (
    (r"(?:ال)?منتخب(?:ين|ون|ي|ات)", "elected_officials"),
    (r"(?:ال)?برلماني(?:ين|ون|ي)", "elected_officials"),
    (r"رؤساء (?:ال)?جماعات", "elected_officials"),
    (r"(?:ال)?مجتمع (?:ال)?مدني", "civil_society"),
    (r"(?:ال)?جمعيات", "civil_society"),
    (r"(?:ال)?مصالح (?:ال)?خارجيه", "external_services"),
    (r"(?:ال)?مصالح (?:ال)?لاممركزه", "external_services"),
    # "المديرين الجهويين والإقليميين": ministries' regional and provincial directors
    (r"(?:ال)?(?:مديرين|مديري|مدراء) (?:ال)?(?:جهويين|اقليميين)", "external_services"),
    (r"(?:ال)?سلطات(?: (?:ال)?(?:محليه|اقليميه|جهويه|عموميه|امنيه))?", "authorities"),
    (r"رجال (?:ال)?سلطه", "authorities"),
    # "ولاة الجهات وعمال الأقاليم": the Interior ministry's walis and governors
    (r"(?:ال)?ولاه(?: (?:ال)?جهات)?", "authorities"),
    (r"عمال (?:ال)?(?:اقاليم|عمالات)", "authorities"),
    (r"(?:ال)?(?:مصالح|اجهزه) (?:ال)?امنيه", "authorities"),
    (r"(?:ال)?خبراء", "experts"),
    (r"(?:ال)?(?:باحثين|اكاديميين|جامعيين)", "experts"),
    (r"(?:ال)?قطاع (?:ال)?خاص", "private_sector"),
    (r"(?:ال)?(?:فاعلين|فاعلون) (?:ال)?اقتصادي(?:ين|ون)", "private_sector"),
    (r"(?:ال)?(?:مقاولات|مقاولين)", "private_sector"),
    (r"(?:ال)?(?:صحافيين|صحفيين|اعلاميين)|وسائل (?:ال)?اعلام", "media"),
    (r"(?:ال)?(?:فاعلين|فاعلون|متدخلين|شركاء|فعاليات)", "other"),
    (r"ممثلي", "other"),
)

# Literal stems: one occurs in the first word of every PARTICIPANT_GROUPS match.
PARTICIPANT_GROUPS_HINT = (
    "منتخب|برلماني|رؤساء|مجتمع|جمعيات|مصالح|مدير|مدراء|سلطات|رجال|ولاه|عمال|اجهزه|خبراء"
    "|باحثين|اكاديميين|جامعيين|قطاع|فاعل|مقاول|صحافيين|صحفيين|اعلاميين|وسائل|متدخلين"
    "|شركاء|فعاليات|ممثلي"
)

# Words that end a venue phrase: a chair or attendance marker, a date, a topic or the
# event itself begins ("بمقر الجماعة برئاسة العمدة …", "بقاعة الاجتماعات يوم الاثنين").
VENUE_ENDS: tuple[str, ...] = (
    r"[وف]?(?:ب|تحت )?(?:ال)?رئاسه",
    r"تحت (?:ال)?اشراف",
    r"[وف]?(?:بحضور|بمشاركه)",
    r"يوم(?:ه|ي)?",
    r"(?:صباح|مساء|زوال|عشيه)",
    r"(?:حول|بشان|لتدارس|لمناقشه|لدراسه)",
    r"(?:خصص|خصصت)",
    r"(?:اشغال|وذلك)",
)

# --- agreement frame ---------------------------------------------------------------

# Agreement nouns -> AgreementKind value (specific before generic).
AGREEMENT_NOUNS: tuple[tuple[str, str], ...] = (
    (
        r"(?:ال)?اتفاقي(?:ه|ات|تي|تين|تان) (?:ال)?شراكه(?: و ?(?:ال)?تعاون)?",
        "partnership_agreement",
    ),
    (r"(?:ال)?اتفاقي(?:ه|ات|تي|تين|تان) (?:ال)?اطار", "framework_agreement"),
    (r"(?:ال)?اتفاقي(?:ه|ات|تي|تين|تان) (?:ال)?تعاون", "cooperation_agreement"),
    (r"(?:ال)?مذكر(?:ه|ات|تي|تين|تان) (?:ال)?تفاهم", "memorandum_of_understanding"),
    (r"(?:ال)?(?:عقد|عقود) (?:ال)?(?:برنامج|اهداف|شراكه)", "contract"),
    (r"(?:ال)?اتفاقي(?:ه|ات|تي|تين|تان)", "convention"),  # "توقيع اتفاقيتين": a dual
    # A protocol of agreement or of cooperation ("بروتوكول اتفاق"): kind other.
    (r"(?:ال)?بروتوكول(?:ا)? (?:ال)?(?:اتفاق|تعاون|شراكه)", "other"),
    # An amendment to an agreement ("ملحق تعديلي لاتفاقية الشراكة"): a convention of its own.
    (r"(?:ال)?ملحق(?:ا)? (?:ال)?تعديلي(?:ا)?", "convention"),
)

# Literal stems, one of which occurs in the first word of every AGREEMENT_NOUNS match.
AGREEMENT_HINT = "اتفاقي|مذكر|عقد|عقود|ملحق|بروتوكول"

# A time before the news, within a few words after a signing verb or participle.
_EARLIER = (
    r"(?! (?:[^ ]+ ){0,4}(?:(?:في )?(?:سنه|عام) [0-9]{4}|منذ|سابقا"
    r"|في وقت سابق|من قبل|(?:ال)?(?:ماضيه|سابقه|فارطه|منصرمه)"
    r"|قبل (?:[^ ]+ )?(?:سنه|سنتين|سنوات|عام|عامين|اعوام|شهر|شهرين|اشهر|شهور)))"
)

# Verbs of signing: an agreement noun makes an agreement only when signed.
SIGNING_MARKERS: tuple[str, ...] = (
    # "تميز اللقاء بتوقيع اتفاقية": the verbal noun after ب reports the signing too.
    r"[وف]?ب?(?:ال)?توقيع",
    # "اتفاقية شراكة وقعت سنة 2019", "الاتفاقيات الموقعة سنة 2019", "الاتفاقية الموقعة
    # سابقا": an earlier signing, told as background.
    rf"[وف]?(?:وقع|وقعت|يوقع|توقع|وقعها|وقعه){_EARLIER}",
    rf"[وف]?(?:ال)?موقعه{_EARLIER}",
    r"[وف]?(?:ابرام|ابرم|ابرمت)",
    # a renewal signs the agreement anew: "حفل تجديد اتفاقية الشراكة", "جددت الجماعة …"
    r"[وف]?ب?(?:ال)?تجديد(?= (?:ال)?(?:اتفاقي|مذكر|عقد))",
    r"[وف]?(?:جدد|جددت|جددا)(?= (?:[^ ]+ ){0,4}(?:ال)?(?:اتفاقي|مذكر|عقد))",
    # Approval by a council ("صادق المجلس على اتفاقية شراكة") also records an agreement.
    r"[وف]?(?:صادق|صادقت|يصادق|تصادق|(?:ال)?مصادقه)",  # "المجلس يصادق على …": a headline
    r"(?:ال)?مصادق (?:عليه|عليها)",  # "النقاط المصادق عليها اتفاقيات شراكة"
    # A session held and devoted to approving ("دورة استثنائية خصصت للمصادقة على …").
    r"(?:خصصت|خصص) للمصادقه",
    # The first or chief of the points a council approved ("صادق المجلس على مجموعة من
    # النقط … وفي مقدمة هذه النقط، اتفاقية شراكة …", "ومن أبرز النقاط المصادق عليها").
    r"مقدمه (?:هذه )?(?:ال)?(?:نقط|نقاط)",
    r"و?ابرز (?:هذه )?(?:ال)?(?:نقط|نقاط) (?:ال)?مصادق عليها",
)

# A sentence in the pluperfect tells background, not the news: "وكان النادي قد وقع …",
# "وكانت الجماعة قد صادقت …".
PLUPERFECT: tuple[str, ...] = (
    r"[وف]?(?:كان|كانت)(?: [^ ,.]+){0,10} قد",
    # A plan told in the past ("وكان برنامج الزيارة يتضمن …", "كان من المقرر أن …",
    # "كانت مبرمجة"): what was to happen, not what happened; but not in a relative
    # clause ("بعد تأجيل الحفل الذي كان مقررا …، وقعت الجماعة …").
    r"(?<!الذي )(?<!التي )[وف]?(?:كان|كانت)(?: [^ ,.]+){0,4} "
    r"(?:يتضمن|تتضمن|يشمل|تشمل|يرتقب|ينتظر|يعتزم|تعتزم|ينوي|تنوي"
    r"|من المقرر|من المرتقب|من المنتظر|مقرر(?:ا|ه)?|مبرمج(?:ا|ه)?|مرتقب(?:ا|ه)?)",
    # A past state opening its sentence, its subject described by a relative clause
    # ("وكانت الاتفاقية، التي صادق عليها المجلس خلال دورته …، تمنح …"): what the clause
    # tells happened before the news.
    r"(?<![^.:\n] )(?<![^\s.:])[وف]?(?:كان|كانت)(?: [^ ,.]+){1,3} ?, ?(?:التي|الذي)",
)
# Literal stem: it occurs in the first word of every PLUPERFECT match.
PLUPERFECT_HINT = "كان"

# Words of cancellation or postponement: an event or a signing after one of these in
# its sentence did not take place ("ألغيت، في آخر لحظة، مراسيم توقيع …", "تقرر تأجيل
# الدورة العادية …").
# (Not after "بعد": "بعد تأجيل حفل التوقيع … وقعت الجماعة …" reports the signing.)
CANCELLATION_WORDS: tuple[str, ...] = (
    r"(?<!بعد )[وف]?(?:ال)?(?:الغاء|الغيت|الغي|الغت|يلغي|تلغي)",
    # a denial: "نفت الولاية ما تم تداوله بخصوص عقد اجتماع …"
    r"[وف]?(?:نفت|نفي|تنفي|ينفي)",
    r"(?<!بعد )[وف]?(?:ال)?(?:تاجيل|تاجلت|تاجل|اجلت|يؤجل|تؤجل|ارجاء|ارجئ|ارجئت)",
    # a freeze: "تجميد اتفاقية تهيئة الكورنيش", "جمدت السلطات العمل بالاتفاقية"
    r"(?<!بعد )[وف]?(?:ال)?(?:تجميد|جمدت|جمد|يجمد|تجمد)",
)
# Literal stems: one occurs in the first word of every CANCELLATION_WORDS match.
CANCELLATION_HINT = "لغاء|لغي|لغت|نفت|نفي|اجيل|اجل|ؤجل|رجاء|رجئ|جميد|جمد"

# Verbs and adjectives of expectation, shared by the two tables below: "يرتقب أن توقع",
# "من المنتظر أن يتم توقيع", "كان من المفترض أن توقع".
_EXPECTING = r"(?:يرتقب|ينتظر|تنتظر|يتوقع|يعتزم|تعتزم)"
_EXPECTED = r"(?:مرتقب|منتظر|مقرر|متوقع|مزمع|مفترض)"

# A signing expected or supposed, anywhere before the agreement in its sentence ("ومن
# المرتقب أن يتم على هامش المناظرة توقيع اتفاقية", "كان من المفترض أن توقع"): not signed.
# (Meetings announced this way are still read: see docs/extraction.md, Limits.)
EXPECTED_SIGNING: tuple[str, ...] = (rf"[وف]?من (?:ال)?{_EXPECTED}", rf"[وف]?{_EXPECTING}")

# Words right before a signing word that say it is expected, planned or intended ("من
# المرتقب أن توقع", "يعتزم أن يوقع"): not signed. A meeting announced this way is still
# read as a meeting (docs/extraction.md, Limits), so these lead only signings.
EXPECTATION_LEADS: tuple[str, ...] = (
    rf"[وف]?{_EXPECTING}",
    rf"(?:ال)?{_EXPECTED} ان",
    rf"[وف]?(?:{_EXPECTING}|يقرر|تقرر|قرر|قررت) ان",
)

# Literal stems: one occurs in the first word of every SIGNING_MARKERS match.
SIGNING_HINT = "توقيع|وقع|ابرام|ابرم|صادق|خصص|تجديد|جدد|مقدمه|ابرز"

# Words right before an event or signing word that say it has not happened: a demand,
# a wait or a negation ("طالبت بتسريع توقيع اتفاقية", "لم يتم عقد", "لن تنعقد").
UNREALISED_LEADS: tuple[str, ...] = (
    r"لم (?:يتم|يجر|تتم)",
    r"(?:لم|لن)",
    r"[وف]?(?:نفي|نفت|ينفي|تنفي)",
    r"(?:ب|ل)?عدم",
    # a delay or a possibility: "أسباب تأخر توقيع اتفاقية", "دراسة إمكانية إبرام اتفاقية"
    r"[وبل]?(?:ال)?(?:تاخر|تاخير|تعثر|امكانيه|امكان)",
    r"(?:ب)?دون",
    r"[وفبل]?(?:ال)?(?:تسريع|تعجيل|اسراع|انتظار|ضروره)",
    # "ليس توقيع المزيد من الاتفاقيات", "كثيرا ما وقعت الجماعات …": a negated or
    # habitual statement reports no particular event.
    r"[وف]?(?:ليس|ليست)",
    r"(?:كثيرا|غالبا|عاده) ما",
    # "تفعيل ما وقع منها": what was signed, not a signing (but "من أبرز ما صادق عليه
    # المجلس، اتفاقية …" reports the approval)
    r"(?<!ابرز )(?<!اهم )ما",
    r"[وف]?(?:ينبغي|يجب)",
    r"[وف]?(?:طالب|طالبت|يطالب|تطالب|دعا|دعت|يدعو|تدعو) الي",
    # a call or an aim: "دعت النقابة إلى عقد اجتماع", "من أجل عقد لقاء"
    r"(?:الي|اجل|قصد|بهدف)",
    # the agenda formula "الدراسة والمصادقة على": an item to approve, not approved;
    # "كان جدول الأعمال يتضمن المصادقة على …"
    r"(?:ال)?دراسه",
    r"(?:يتضمن|تتضمن|يشمل|تشمل|تضمن)",
    # done before, told as background: "سبق أن وقع المجلس …"
    r"سبق (?:ان|لل?)",
    r"(?:علي )?ان (?:يتم|تتم)",
)

# What an agreement is for: its purpose follows one of these.
# A relative clause between the agreement and "إلى" ("وتهدف الاتفاقية، التي تبلغ
# كلفتها …، إلى …").
_ASIDE = r"(?: ?, ?(?:التي|الذي) [^,.]{1,80},)?"
PURPOSE_MARKERS: tuple[str, ...] = (
    # The verb may take the agreement as its subject: "وتهدف (هذه) الاتفاقية إلى …".
    r"[وف]?(?:تروم|يروم|ترومان)(?: (?:هذه |هذا )?ال(?:اتفاقيه|مذكره|شراكه|اتفاق))?",
    rf"[وف]?(?:تهدف|يهدف)(?: (?:هذه |هذا )?ال[^ ,]+{_ASIDE})? (?:الي)",
    rf"[وف]?(?:ترمي|يرمي)(?: (?:هذه |هذا )?ال[^ ,]+{_ASIDE})? (?:الي)",
    r"[وف]?(?:تتوخي|يتوخي)(?: (?:هذه |هذا )?ال(?:اتفاقيه|مذكره|شراكه|اتفاق))?",
    rf"[وف]?(?:تسعي|يسعي)(?: (?:هذه |هذا )?ال[^ ,]+{_ASIDE})? (?:الي)",
    r"[وف]?(?:تتعلق|يتعلق) ب",
    r"[وف]?بهدف",
    r"[وف]?من اجل",
)
# Literal stems: one occurs in the first word of every PURPOSE_MARKERS match ("من" for
# "من أجل").
PURPOSE_HINT = "روم|هدف|رمي|توخي|سعي|تعلق|من"

# Beneficiary phrases -> Beneficiary value. "وضعي{1,2}ه" tolerates a doubled ي as in
# the typo "وضعيىة" (normalised "وضعييه").
# After a number, a group is counted in the singular: "900 فلاح صغير", "60 ألف بحار",
# "300 صانع تقليدي".
_AFTER_A_NUMBER = r"(?:(?<=[0-9] )|(?<=الف )|(?<=الاف ))"
BENEFICIARIES: tuple[tuple[str, str], ...] = (
    (r"(?:ال)?اشخاص (?:في|ذوي) (?:ال)?وضعي{1,2}ه (?:ال)?اعاقه", "persons_with_disabilities"),
    (
        r"(?:ال)?اشخاص (?:ال)?معاقين|(?:ال)?معاقين|ذوي (?:ال)?احتياجات (?:ال)?خاصه",
        "persons_with_disabilities",
    ),
    (r"(?:ال)?اشخاص (?:في|ذوي) (?:ال)?اعاقه", "persons_with_disabilities"),
    # "الأطفال في وضعية إعاقة": the disability qualifies another group (both are kept).
    (r"(?:في|ذوي) (?:ال)?وضعي{1,2}ه (?:ال)?اعاقه", "persons_with_disabilities"),
    (r"(?:ال)?اشخاص (?:ال)?مسنين|(?:ال)?مسنين|(?:ال)?مسنات", "elderly"),
    # "التعاونيات النسائية": an adjective of women's bodies names them too.
    (
        r"(?:ال)?نساء|(?:ال)?مراه|(?:ال)?نسويه|(?:ال)?نسائي(?:ه|ات)",
        "women",
    ),
    (r"(?:ال)?اطفال|(?:ال)?طفوله", "children"),
    (r"(?:ال)?شباب|شاب(?:ه|ات)?", "youth"),  # "لتكوين 3000 شاب"
    (r"(?:ال)?اسر|(?:ال)?عائلات", "families"),
    (r"(?:ال)?فئات (?:ال)?هشه|(?:في )?وضعي{1,2}ه (?:ال)?هشاشه|(?:ال)?معوزين", "vulnerable_people"),
    (r"(?:ال)?(?:تلاميذ|تلميذات|طلبه|طالبات)", "students"),
    (
        r"(?:ال)?(?:ساكنه|ساكنات|مناطق|جماعات) (?:ال)?قرويه|(?:ال)?(?:عالم|وسط) (?:ال)?قروي"
        r"|(?:ال)?(?:قرويات|قرويين|دواوير)",  # "النساء القرويات", "سكان الدواوير"
        "rural_population",
    ),
    (r"(?:ال)?مهاجرين|(?:ال)?مهاجرات", "migrants"),
    (
        r"(?:ال)?(?:فلاحين|فلاحات|مزارعين|كسابه)|(?:ال)?(?:مربي|مربيي) (?:ال)?(?:ماشيه|مواشي)"
        rf"|{_AFTER_A_NUMBER}(?:فلاح|مزارع|كساب)",
        "farmers",
    ),
    (
        rf"(?:ال)?(?:بحاره|صيادين)|(?:ال)?مهنيي (?:ال)?صيد|{_AFTER_A_NUMBER}(?:بحار|صياد)",
        "fishers",
    ),
    (
        r"(?:ال)?(?:صناع|صانعات) (?:ال)?تقليدي(?:ين|ون|ات)|(?:ال)?(?:حرفيين|حرفيون|حرفيات)"
        rf"|{_AFTER_A_NUMBER}(?:صانع(?:ه)? تقليدي(?:ه)?|حرفي(?:ه)?)",
        "artisans",
    ),
    (r"(?:ال)?باحثين عن (?:ال)?(?:شغل|عمل)|(?:ال)?عاطلين", "job_seekers"),
    (
        # (not "الشباب" of "المقاولين الشباب": young entrepreneurs are youth too)
        r"(?:ال)?(?:حاملي|حاملات) (?:ال)?مشاريع|(?:ال)?مقاولين(?= (?:ال)?شباب)"
        r"|(?:ال)?مقاولين (?:ال)?ذاتيين|(?:ال)?مقاولات (?:ال)?(?:صغري|صغيره)"
        # "لفائدة المقاولين": served by the agreement (elsewhere "المقاولين" may be the
        # contractors who build)
        r"|(?<=لفائده )(?:ال)?(?:مقاولين|مقاولات)",
        "entrepreneurs",
    ),
    (r"(?:ال)?مرضي", "patients"),
)

# Literal stems: one occurs in the first word of every BENEFICIARIES match.
BENEFICIARY_HINT = (
    "اشخاص|معاقين|ذوي|في|مسن|نساء|مراه|نسويه|اطفال|طفوله|شاب|شباب|اسر|عائلات|فئات|وضعي|معوزين"
    "|تلاميذ|تلميذات|طلبه|طالبات|ساكن|مناطق|عالم|وسط|جماعات|مهاجر|نسائي|فلاح|مزارع|كساب"
    "|مربي|بحار"
    "|صياد|مهنيي|صناع|صانع|حرفي|باحثين|عاطلين|حامل|مقاول|مرضي|قروي|دواوير"
)

# Markers after which beneficiaries are listed.
BENEFICIARY_MARKERS: tuple[str, ...] = (
    r"لفائده",
    r"لصالح",
    r"(?:تستهدف|يستهدف|تستفيد منها|يستفيد منه|الموجه(?:ه)? ل)",
)

# Words before an agreement noun that make it one already in force, followed up or
# carried out, not one signed here ("لجنة لتتبع تنفيذ الاتفاقيات", "تفعيل الاتفاقية").
FOLLOW_UP_NOUNS: tuple[str, ...] = (
    r"تنفيذ",
    r"تتبع",
    r"تفعيل",
    r"تقييم",
    r"مال",
    r"حصيله",
    r"تنزيل",
    r"اجراه",  # أجرأة
)

# Counts right before an agreement noun: a tally ("أزيد من 40 اتفاقية", "وقعت 25
# اتفاقية", "عدد الاتفاقيات"), not one agreement being reported.
TALLY_LEADS: tuple[str, ...] = (
    r"(?:ازيد|اكثر|نحو|حوالي) من [0-9]+",
    r"[0-9]{2,}",
    r"عدد(?:ا)?(?: من)?",
    # "وقعت عشرات الاتفاقيات", "كثرة الاتفاقيات الموقعة": many, counted or not
    r"(?:عشرات|مئات|كثره)(?: من)?",
)

# Words that make a year a plan's horizon ("في أفق 2030"), not the year of a signing.
HORIZON_WORDS: tuple[str, ...] = ("افق", "غايه", "حدود", "افاق")

# Demonstratives: an agreement noun after one names an agreement already reported
# ("هذه الاتفاقية", "هاتين الاتفاقيتين").
DEMONSTRATIVES: tuple[str, ...] = ("هذه", "هاتين", "هاتان", "هذين", "هاته", "تلك", "هذا")

# Definite nouns that take up the agreement just read in the next sentence ("وتتوخى
# هذه الشراكة …", "وتخصص المذكرة …", "ويهم القرض …"), and "عقد" + a definite complement.
BACK_REFERENCE_NOUNS: tuple[str, ...] = (
    r"مذكره",
    r"اتفاقيه",
    r"شراكه",
    r"اتفاق",
    r"قرض",
    r"برنامج",
    r"مشروع",
    r"مشاريع",
    r"عقد",
    r"بروتوكول",
)
BACK_REFERENCE_CONTRACTS: tuple[str, ...] = (r"عقد ال(?:برنامج|شراكه)",)

# Words of a council's approval: "صادق المجلس … على اتفاقية مع X" makes the council
# a party of the agreement.
APPROVAL_WORDS: tuple[str, ...] = (r"[وف]?(?:صادق|صادقت|(?:ال|لل)?مصادقه)",)

# The cost of an agreement named in a describing sentence ("وتبلغ كلفتها …", "بغلاف
# مالي …"): an amount after one of these belongs to the agreement just read.
COST_WORDS: tuple[str, ...] = (
    r"[وفب]?(?:ال)?(?:(?:كلف|تكلف|ميزاني|قيم)(?:ه|تها|ته)|(?:غلاف|مبلغ)(?:ها|ه|ا)?)",
    # "وترصد لها اعتمادات إجمالية تبلغ …", "رصد له مبلغ …"
    r"[وفب]?(?:ال)?اعتمادات",
    r"[وف]?(?:ت|ي)?رصد(?:ت)? (?:لها|له)",
)

# --- parties -------------------------------------------------------------------------

# The Moroccan state or government as a signatory ("بين الدولة و…", "وقعت الحكومة …").
STATE_NAMES: tuple[str, ...] = (
    r"المملكه المغربيه",
    r"المغرب",
    r"الدوله",
    r"الحكومه(?: المغربيه)?",
)
# Literal stems: one occurs in the first word of every state party ("بين الدولة",
# "وقعت الحكومة", "والمغرب").
STATE_HINT = "بين|وقع|مملكه|مغرب|دوله|حكومه"

# A body's seat ("بمقر الوزارة"): the body there is a venue, not a party, when two
# other bodies sign.
SEAT_WORDS: tuple[str, ...] = ("مقر", "بمقر")

# Councils named by kind alone, standing for the council of the one region or province
# the article names ("بين الوزارة ومجلس الجهة").
REGIONAL_COUNCIL_ANAPHORS: tuple[str, ...] = (r"مجلس (?:ال)?جهه", r"(?:ال)?مجلس (?:ال)?جهوي")
PROVINCIAL_COUNCIL_ANAPHORS: tuple[str, ...] = (r"(?:ال)?مجلس (?:ال)?اقليمي",)

# Bodies named by kind alone ("الوزارة", "الجامعة"): each stands for the body of that
# head noun named earlier in the article. Value: (OrganizationKind value or None, the
# head noun that body's name begins with).
ANTECEDENT_HEADS = MappingProxyType(
    {
        "الوزاره": ("ministry", "وزاره"),
        "الجماعه": ("commune", "جماعه"),
        "الجامعه": (None, "جامعه"),
        "الوكاله": (None, "وكاله"),
        "المؤسسه": (None, "مؤسسه"),
        "الاكاديميه": (None, "اكاديميه"),
        "الغرفه": (None, "غرفه"),
    }
)

# --- background entities ------------------------------------------------------------

# Strategy heads; a period (year range) and pillars may follow.
STRATEGY_HEADS: tuple[str, ...] = (r"(?:ال)?استراتيجيه", r"(?:ال)?مخطط")
STRATEGY_HINT = "استراتيجيه|مخطط"

# Markers introducing a strategy's pillars.
PILLAR_MARKERS: tuple[str, ...] = (
    r"ترتكز علي",
    r"ترتكز",
    r"تقوم علي",
    r"مرتكزات(?:ها)?",
    r"محاور(?:ها)?",
)
# Literal stems: one occurs in the first word of every PILLAR_MARKERS match.
PILLAR_HINT = "ترتكز|تقوم|مرتكز|محاور"

# Programme heads: the programme's name is the quoted word that follows.
PROGRAMME_HEADS: tuple[str, ...] = (
    r"[وفبل]?(?:ال)?برنامج",
    r"[وفبل]?(?:ال)?مفهوم",
    r"[وفبل]?(?:ال)?مبادره",
    r"[وفبل]?(?:ال)?مشروع",
    r"[وفبل]?(?:ال)?منصه",
)
PROGRAMME_HINT = "برنامج|مفهوم|مبادره|مشروع|منصه"

# Topic markers: what a meeting is about follows ("لقاء ... حول X").
TOPIC_MARKERS: tuple[str, ...] = (r"حول", r"بشان", r"لمناقشه", r"لتدارس", r"خصص ل")
# Purposes that also open what a meeting is about, though they too often end a body's
# name ("اللجنة الإقليمية لتتبع آثار الجفاف") to give the topic: a region after one is
# the meeting's subject, not its venue ("خصص لتتبع وضعية الماء بجهة سوس ماسة").
FOLLOW_UP_TOPICS: tuple[str, ...] = (r"لتتبع", r"لتقييم")

KIND_LABELS = MappingProxyType(
    {
        "regional_consultation": "regional consultation",
        "coordination_meeting": "coordination meeting",
        "working_meeting": "working meeting",
        "official_visit": "official visit",
        "field_visit": "field visit",
        "launch": "launch",
        "signing_ceremony": "signing ceremony",
        "council_session": "council session",
        "installation": "installation",
        "study_day": "study day",
        "conference": "conference",
        "audience": "audience",
        "other": "meeting",
    }
)
