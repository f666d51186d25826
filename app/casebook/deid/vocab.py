"""Word lists the de-identification rules consult: common words, titles, relations, cue words.

The common-word lists are plain files in `deid/data/` (see `bench/build_wordlists.py` for how they
were made and `data/common_extra.txt` for the hand-curated part). Nothing is downloaded at run time.
All words here are lower case.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from casebook.deid import wordforms

DATA = Path(__file__).with_name("data")
LANGUAGES: tuple[str, ...] = ("en", "sv")


@cache
def _read(name: str) -> frozenset[str]:
    """One word list, read once per process (the redactor and the verifier each ask for
    the same lists several times)."""
    path = DATA / name
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and not word.startswith("#"):
            words.add(word.lower())
    return frozenset(words)


@cache
def listed(lang: str) -> frozenset[str]:
    """Every word the lists of `lang` hold, frequent (`common_<lang>.txt`) and rarer or
    inflected (`known_<lang>.txt`): "nb", "da" and "fi" rules ask it ("satuttaa", "naapuri")."""
    return _read(f"common_{lang}.txt") | _read(f"known_{lang}.txt")


def neighbour_word(word: str) -> bool:
    """Whether the lower-case `word` is a frequent word of Danish or Norwegian Bokmål
    (`data/common_da.txt`, `data/common_nb.txt`; see `bench/build_wordlists.py`): words the
    notes' languages ("en", "sv") do not hold but their neighbours' forms are labelled with
    ("navn", "pårørende")."""
    return word in _common("da") or word in _common("nb")


def common_words(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Ordinary (lower-case) words of the given languages, plus the curated extras: those of
    another language only when every language is asked for ("may", "bill" and "love" are
    English words, not Swedish ones: in a Swedish sentence "May" is a name), and the
    curated words of one language (`extra_<lang>.txt`: Swedish "max", "pat"). One set per
    languages however they are asked for: `common_words()` and `common_words(LANGUAGES)` were
    two equal sets, and each got its own slip filter and searches (`one_letter_short`)."""
    return _common_words(tuple(languages))


@lru_cache(maxsize=8)
def _common_words(languages: tuple[str, ...]) -> frozenset[str]:
    """`common_words`, cached by the languages' tuple."""
    extra = _read("common_extra.txt")
    own: dict[str, frozenset[str]] = {}
    for lang in LANGUAGES:
        own[lang] = _common(lang) | _read(f"known_{lang}.txt") | _own_extra(lang)
    words: set[str] = set()
    for lang in languages:
        if lang not in LANGUAGES:
            raise ValueError(f"no common-word list for language {lang!r}")
        others = set().union(*(own[o] for o in LANGUAGES if o != lang))
        words |= _common(lang) | _own_extra(lang)
        words |= {w for w in extra if w in own[lang] or w not in others}
    if "en" in languages:
        # English writes its months capitalised, so the dictionaries never list them in lower
        # case; they are ordinary English words all the same ("April was a hard month").
        words |= _ENGLISH_MONTHS
    return frozenset(words)


def _common(lang: str) -> frozenset[str]:
    """The common words of `lang` (`data/common_<lang>.txt`) and, for Swedish, the frequent
    words of speech and chat that its plain word list lacks, of the same frequency range
    (`data/spoken_sv.txt`: "såna", "jävlas", "hehe", "tjena"; made by
    `bench/build_spoken_words.py` with hunspell-sv, no name of the lexicon among them), and
    for English those of the forums (`data/spoken_en.txt`: "yikes", "congrats"; hunspell-en-us
    accepting them in lower case only)."""
    spoken = DATA / f"spoken_{lang}.txt"
    return _read(f"common_{lang}.txt") | (_read(spoken.name) if spoken.exists() else frozenset())


def frequent_words(lang: str) -> frozenset[str]:
    """The frequent words of `lang` (`data/common_<lang>.txt`, wordfreq's top 20,000 that a
    spelling dictionary lists, with `data/spoken_<lang>.txt` where there is one)."""
    return _common(lang)


@cache
def curated_ordinary() -> frozenset[str]:
    """The hand-curated ordinary words that are also names (`common_extra.txt`, `extra_<lang>.txt`):
    months, languages, "will", "rose", and the abbreviations of care notes "pat", "max", "ssk".
    A rule that makes a name of a word of the lexicon by its setting alone leaves them."""
    return _read("common_extra.txt").union(*(_own_extra(lang) for lang in LANGUAGES))


def _own_extra(lang: str) -> frozenset[str]:
    """The hand-curated ordinary words of one language only (`data/extra_<lang>.txt`)."""
    return _read(f"extra_{lang}.txt") if (DATA / f"extra_{lang}.txt").exists() else frozenset()


@cache
def name_words(lang: str) -> frozenset[str]:
    """Frequent words of `lang` ("sv", "nb", "da", "fi") that the lexicon also holds as a
    family name and that its spelling checker accepts in lower case, inflected forms the
    plain word lists lack among them: Swedish "pappas" (dad's), Finnish "tarhan" (of the
    yard), "luostari" (a monastery); no given name and no name the language's people bear
    (`data/name_words.tsv`, made by `bench/build_name_words.py`). Ordinary only where a
    sentence of the language opens (`name_words.py`, `note_language.ordinary_here`): inside
    one, a capitalised "Pappas" is the person."""
    rows = (DATA / "name_words.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(
        word
        for row in rows
        if not row.startswith("#")
        for language, _, word in [row.partition("\t")]
        if language == lang and word
    )


_ENGLISH_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


@cache
def function_words(count: int = 300) -> frozenset[str]:
    """The `count` most frequent English and Swedish words: ordinary in a note of either
    language ("The", "She", "Det", "Hon" at the start of a sentence). Kept for every count
    asked (the rules ask for 300 and 40: a cache of one read both lists again and again)."""
    return frozenset().union(*(most_frequent(lang, count) for lang in LANGUAGES))


@cache
def most_frequent(lang: str, count: int) -> frozenset[str]:
    """The `count` most frequent words of `lang` (`data/common_<lang>.txt` lists them by
    frequency)."""
    lines = (DATA / f"common_{lang}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset([w for w in lines if w and not w.startswith("#")][:count])


@cache
def german_words() -> frozenset[str]:
    """Ordinary German words (`common_de.txt`, `known_de.txt`): German is no language of a
    note, but notes quote it ("Danke.", "Viele Grüße")."""
    return _read("common_de.txt") | _read("known_de.txt")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Every ordinary word Casebook knows: the common words of both languages and the rarer
    ones of `data/known_*.txt` (inflected forms such as "kuratorn", "sköterskan", "carers")
    and the names of medicines (`data/clinical_en.txt`: "Lopressor", "Heparin").
    They say only that a capitalised word nobody knows as a name is a word; whether a name of
    the lexicon is also an ordinary word is decided by `common_words` alone."""
    words = set(common_words(LANGUAGES))
    for lang in LANGUAGES:
        words |= _read(f"known_{lang}.txt")
    words |= _read("clinical_en.txt")  # medicines: "Reglan given", "Dopamine started"
    return frozenset(words)


@lru_cache(maxsize=1 << 15)
def slip_of_known(word: str) -> str | None:
    """`wordforms.slip_of_word(word, known_words())`: the known word that `word` is one slip
    of. Several rules ask it of the same words (a stranger's name, a word after a relation, a
    cued name), so each word is searched once; bounded (a word's answer is its own)."""
    return wordforms.slip_of_word(word, known_words())


@lru_cache(maxsize=1 << 15)
def slip_of_common(word: str) -> str | None:
    """`wordforms.slip_of_word(word, common_words())`. The common words are known words too,
    so a word that is no slip of a known word (`slip_of_known`, most words asked, and asked
    by other rules as well) is none of a common word, and only the others are searched."""
    if slip_of_known(word) is None:
        return None
    return wordforms.slip_of_word(word, common_words())


@lru_cache(maxsize=4)
def ordinary_in(languages: tuple[str, ...]) -> frozenset[str]:
    """The ordinary words of these languages only, common and rare (`known_<lang>.txt`), and
    the medicines in English: "kristna" (Christians) is a Swedish word, not an English one."""
    words = set(common_words(languages))
    for lang in languages:
        words |= _read(f"known_{lang}.txt")
    if "en" in languages:
        words |= _read("clinical_en.txt")
    return frozenset(words)


@lru_cache(maxsize=1)
def _known_swedish() -> frozenset[str]:
    """Known Swedish words and the relation and role nouns ("terapeuten")."""
    return ordinary_in(("sv",)) | RELATIONS


# Last parts of Swedish compounds that are typical of family and place names ("Sjöberg",
# "Lindholm", "Karlstad"): a compound ending in one is not taken for an ordinary word.
NAME_ELEMENTS = frozenset(
    """berg bergs ström lund dahl dal holm sten mark vik by fors näs ås man hed feldt felt
    löf bom bäck borg blad gren qvist kvist quist stam lid sjö hall stedt stad ek lind bo
    rot ling ros blom hag ryd fält hult skog gård vall hammar sand sund kull torp ö ängen
    ruds son dotter""".split()
)


# Definite and plural endings a Swedish noun's last part may carry ("-n", "-en", "-na").
_ENDINGS_1 = frozenset("ntr")
_ENDINGS_2 = frozenset({"en", "et", "er", "ar", "or", "na", "rs"})


# English verbs cliticised onto a pronoun or a verb: "you're", "we've", "they'll", "I'd",
# "I'm", "don't".
_CLITICS = ("re", "ve", "ll", "d", "m", "t")


def contraction(word: str) -> bool:
    """Whether a lower-case word is an English contraction: a known word, an apostrophe and a
    clitic verb or "not" ("you're", "we've", "don't"), never a name ("O'Neill" has no clitic
    after its apostrophe, "D'Souza" no known word before it)."""
    for mark in "'’":
        head, found, tail = word.partition(mark)
        if found:
            if tail == "t" and head.endswith("n"):
                return head[:-1] in known_words() or head in known_words()  # "don't", "can't"
            return tail in _CLITICS and head in known_words()
    return False


def is_word_form(word: str) -> bool:
    """Whether a lower-case word is an ordinary word: known (`known_words`, with a plural s),
    a Swedish derivation, an "ex" before a known word, an English noun with a Swedish
    definite ending, a particle verb's participle, an English verb undone by "un-", an
    English agent noun in "-ator", an English adverb in "-ly" of a known word (`wordforms`:
    "öppenhet", "exfrun", "managern", "inklistrat", "unsync", "facilitator", "narratively"),
    or a Swedish compound of two known Swedish words ("sommarsemestern", "kaffebryggaren",
    "försäkringskassan", with or without a linking s, or a first part that is an agent noun
    in "-are" without its "e", as Swedish compounds write it: "arbetsgivarorganisationerna",
    "läkarintyget") whose last part is not typical of family or place names ("Sjöberg",
    "Lindholm")."""
    known = known_words()
    if word in known or (word.endswith("s") and word[:-1] in known):
        return True  # "Mondays", "Carers": a plural of a known word too
    if len(word) >= 5 and (
        wordforms.derived(word, _known_swedish())  # "Öppenhet"
        or wordforms.prefixed(word, is_word_form)  # "Exfrun"
        or wordforms.borrowed(word, common_words(("en",)))  # "managern"
        or wordforms.undone(word, common_words(("en",)))  # "Unsync", "Unmute"
        or wordforms.agent_of_verb(word, common_words(("en",)))  # "Facilitator"
        or wordforms.adverb(word, ordinary_in(("en",))) is not None  # "Narratively"
        or wordforms.particle_participle(word, _known_swedish())  # "Inklistrat"
    ):
        return True
    if len(word) < 8 or not word.isalpha():
        return False
    if len(word) >= 9 and word.endswith(ORGANISATION_ENDINGS):
        return True  # "Migrationsverket", "Kronofogden": a Swedish body, whatever comes first
    if len(word) >= 9 and word.endswith(ROLE_ENDINGS):
        return True  # "Boendestödjaren", "Familjebehandlaren": a role, whatever comes first
    if word.endswith(EN_ROLE_TAILS):  # "Fieldworker", "Caregiver", "Childminder"
        tail = next(t for t in EN_ROLE_TAILS if word.endswith(t))
        if len(word) - len(tail) >= 3 and word[: -len(tail)] in known:
            return True
    swedish = _known_swedish()
    for cut in range(len(word) - 5, 2, -1):  # a last part of five letters at least
        head, tail = word[:cut], word[cut:]
        if tail in NAME_ELEMENTS or not (
            tail in swedish
            or (tail[-1] in _ENDINGS_1 and tail[:-1] in swedish)
            or (tail[-2:] in _ENDINGS_2 and tail[:-2] in swedish)
        ):  # the last part may carry a definite or plural ending ("stödjare-n"), not any
            continue  # letter: "Kristinaa" is a slip in "Kristina", not "kris" + "tina" + "a"
        if (
            head in swedish
            or (head.endswith("ar") and head + "e" in swedish)  # "arbetsgivar-organisationerna"
            or (head.endswith("s") and (head[:-1] in swedish or head[:-1] + "e" in swedish))
        ):  # "försäkrings-kassan", "arbets-terapeuten" (arbete)
            return True
    return False


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and relation words: a registered name right after one of these is a name
# ("Dr Mark", "my daughter May", "dottern May").
TITLES = _words(
    """dr dr. doctor doktor mr mr. mrs mrs. ms ms. miss mx prof prof. professor nurse
    sister fru herr fröken sjuksköterska skötare herra rouva neiti tohtori frau"""
)
# Titles that only ever stand before a name: after one even a lower-case ordinary word is a
# name ("dr may changed the dose", "fru strand ringde"); not "nurse", "sister". With the
# neighbours' and the largest immigrant languages' own ("herra Rácz", "rouva", "tohtori",
# "Frau"): names travel with their titles.
FORMAL_TITLES = _words(
    """dr dr. doctor doktor mr mr. mrs mrs. ms ms. miss mx prof prof. herr fru fröken
    herra rouva neiti tohtori frau"""
)
# Titles written abbreviated, whose full stop is the abbreviation's ("Dr. Rand", "Mrs. Brown"):
# after a title written in full a full stop ends the sentence ("about the new nurse. Faith
# in the plan is low").
ABBREVIATED_TITLES = _words("dr dr. mr mr. mrs mrs. ms ms. mx prof prof.")
# Phrases that give a nickname, whatever word it is ("aka Stretch", "goes by Bunny"): the word
# after one is taken as the word after a formal title is.
NAMING_PHRASES = ("aka", "a.k.a.", "alias", "nicknamed", "smeknamnet", "goes by", "went by")
RELATIONS = _words(
    """daughter son mother father mum mom mam dad mummy daddy wife husband partner spouse
    girlfriend boyfriend fiance fiancee friend friends aunt uncle cousin niece nephew
    grandma grandmother gran granny grandpa grandfather grandad granddaughter grandson
    brother sibling stepmother stepfather stepson stepdaughter neighbour neighbor colleague
    boss flatmate roommate carer caregiver psychiatrist psychologist therapist counsellor
    counselor manager coordinator keyworker worker officer mentor chaplain priest pastor locum
    landlord landlady tenant lodger interpreter teacher lawyer solicitor guardian trustee
    pharmacist dentist physiotherapist imam rabbi relative
    called named nicknamed
    dotter dottern son sonen mamma mamman pappa pappan mor modern far fadern mormor farmor
    morfar farfar moster faster morbror farbror kusin kusinen syster systern bror brodern
    brorsan syrran fru frun make maken hustru hustrun sambo sambon pojkvän pojkvännen
    flickvän flickvännen vän vännen väninna väninnan kompis kompisen granne grannen kollega
    kollegan chef chefen handläggare handläggaren kurator kuratorn läkare läkaren psykiater
    psykiatern psykolog psykologen terapeut terapeuten kontaktperson kontaktpersonen
    barnbarn barnbarnet svärmor svärfar svärson svärdotter heter kallad kallas hyresvärd
    hyresvärden tolk tolken lärare läraren advokat advokaten förvaltare förvaltaren
    tandläkare tandläkaren anhörig anhörige närstående jourhavande jourläkare jourläkaren"""
)

# Care and social-service roles and professions, English and Swedish (with the definite
# forms and the abbreviations of clinical notes: "ssk", "usk"): before a capitalised word
# they say person as relation words do ("överläkare Tarn", "ssk Baumbach", "the support
# worker Adaeze"), and after "is the" they say a person is meant ("Will is the case manager").
ROLES = _words(
    """nurse nurses doctor consultant registrar physician clinician practitioner gp midwife
    paramedic physio dietitian dietician caseworker advocate supervisor receptionist
    secretary administrator assistant aide volunteer coach supporter student intern
    ombudsman chaplain deacon vicar
    ssk usk ssk:n sjuksköterska sjuksköterskan undersköterska undersköterskan skötaren
    överläkare överläkaren underläkare underläkaren specialistläkare specialistläkaren
    distriktsläkare distriktsläkaren doktorn docent docenten arbetsterapeut
    arbetsterapeuten fysioterapeut fysioterapeuten sjukgymnast sjukgymnasten
    biståndshandläggare biståndshandläggaren boendestödjare boendestödjaren
    boendestödjaren socialsekreterare socialsekreteraren psykiatriker psykiatrikern
    ombud ombudet kontaktman kontaktmannen samordnare samordnaren behandlare
    behandlaren dietist dietisten barnmorska barnmorskan präst prästen diakon diakonen
    sekreterare sekreteraren stödperson stödpersonen coachen mentorn
    interviewee interviewees interviewer respondent respondents informant informants
    participant participants intervjuperson intervjupersonen intervjuaren respondenten
    informanten deltagare deltagaren"""
)  # the last two lines: a study's words for its own people ("Respondent's mother")
RELATIONS = RELATIONS | ROLES

# English nouns of a family or a set of its members: a name before one, after "the", is the
# family's ("the Okonkwo family", "the dahl twins"; `named_things`, `name_nouns`, each adding
# the few its slot needs).
FAMILY_NOUNS = _words("family families household kids children twins sisters brothers")

# The English verb forms that agree with a plural subject only (no singular subject but "you"
# and "I" takes them, and neither is a name): a closed class of English grammar.
PLURAL_VERBS = _words("are were have do aren't weren't haven't don't")

# Words that typically follow a name used as the subject of a sentence ("May said", "Per
# thinks", "Inga sa"). A registered ordinary word at the start of a sentence is a name when
# one of these follows it.
NAME_FOLLOWERS = _words(
    """said says told tells asked asks answered replied explained explains described
    describes mentioned mentions added adds agreed agrees thinks thought felt feels
    wants wanted wishes wished hopes hoped believes believed knows knew seems seemed
    came comes went goes left leaves arrived arrives called calls rang rings phoned phones
    texted texts wrote writes visited visits lives lived works worked stays stayed moved
    moves likes liked loves loved hates hated needs needed helps helped helps tried tries
    started starts stopped stops got gets gave gives took takes made makes kept keeps
    looked looks sounded sounds laughed laughs cried cries smiled smiles nodded nods sat
    sits stood stands joined joins attended attends chaired chairs led leads organised
    organized brought brings drove drives showed shows suggested suggests insisted insists
    refused refuses admitted admits summed interrupted interrupts spoke speaks talked talks
    listened listens apologised apologized apologises promised promises reported reports
    presented presents proposed proposes offered offers welcomed welcomes thanked thanks
    greeted greets wondered wonders complained complains argued argues shouted whispered
    sighed shared shares signed signs has had is was does did can could will would should
    might must may shall isn't wasn't doesn't didn't can't couldn't won't wouldn't hasn't
    hadn't also always never often sometimes usually still just again herself himself
    who whose som
    sa säger sade berättade berättar tycker tyckte tror trodde vill ville kan kunde ska
    skulle har hade är var kom kommer gick går ringde ringer bor bodde jobbar jobbade
    arbetar arbetade mår mådde brukar brukade hälsade hälsar träffade träffar hjälper
    hjälpte frågade frågar svarade svarar menar menade verkar verkade fick får gav ger
    pratade pratar lyssnade lyssnar lovade lovar sammanfattade sammanfattar avbröt avbryter
    talade talar läste läser skrev skriver föreslog föreslår tackade tackar visade visar
    också alltid aldrig ofta ibland själv
    påpekar påpekade nämnde nämner förklarade förklarar undrade undrar betalade betalar
    sagde siger sier fortalte fortæller forteller ringede ringte spurgte svarede svarte
    sanoi sanoo kertoi kertoo soitti soittaa kysyi vastasi sagte erzählte rief fragte
    antwortete paid pays"""
)  # no Norwegian, Danish or Finnish verbs of doing: in a short note whose language the
# words cannot tell, the common noun before one ("Lapsi lähti.", "Søster hjalp.") was read
# as a stranger; no German ones: German capitalises its nouns

# A person's contact details and identity numbers: a genitive before one is a person's
# ("Nomalangas mejl:", "Jafsris personnummer", "Eder's phone").
PERSONAL_DATA = _words(
    """mejl mejladress mail mailadress e-post epost e-postadress email e-mail phone
    telefon telefonnummer tel tfn mobil mobilnummer mobile number nummer personnummer
    adress address"""
)

# Swedish care notes' short words for a person in a role, capitalised at the start of a
# sentence and followed by a verb as a name would be: "Pat pratar mycket engelska", "Pt
# ringde", "Ssk föreslår". In a Swedish sentence they are the patient or the nurse, never a
# person called Pat (`unregistered.py`; a registered Pat is judged by `names.py`).
SWEDISH_ROLE_SHORTHAND = _words("pat pt ssk usk dsk")

# Pronouns and quantifiers that stand as the subject of a sentence ("Han kom", "Alla sa",
# "Inga kom"): followed by a verb they are still words, whatever names they also are.
PRONOUNS = _words(
    """i you he she it we they all none some many both several few each either neither one
    everyone everybody someone somebody nobody anyone anybody others another most
    jag du han hon den det vi ni de man alla inga ingen inget några någon något många båda
    flera vissa somliga andra ingenting allt allting varje samtliga"""
)

# Verbs of saying: after a word that also names a time (a month, a holiday) only these make
# it a person ("Ramadan starts soon" is the month of fasting; "Ramadan said" is a man).
SAYING_VERBS = _words(
    """said says told tells asked asks answered replied explained explains mentioned
    mentions added adds agreed agrees thinks thought wants wanted feels felt
    sa säger sade berättade berättar tycker tyckte tror trodde frågade frågar svarade
    svarar menar menade"""
)

# Weekdays and holidays (months are in MONTHS): time words, not people, unless a verb of
# saying follows.
WEEKDAYS = _words(
    """monday tuesday wednesday thursday friday saturday sunday måndag tisdag onsdag torsdag
    fredag lördag söndag"""
)
HOLIDAYS = _words(
    """christmas easter midsummer advent lent pentecost whitsun epiphany thanksgiving
    halloween ramadan ramazan eid bayram nowruz newroz norouz diwali deepavali holi navratri
    hanukkah chanukah passover pesach purim sukkot shavuot vesak ashura mawlid muharram
    iftar hajj umrah jul julafton påsk påskafton midsommar midsommarafton valborg nyår
    nyårsafton pingst trettondagen allhelgona fastan"""
)
TIME_WORDS = HOLIDAYS | WEEKDAYS


# Labels whose value is people: attendance lists, contacts, e-mail headers ("Present: Sahra
# (pt), ...", "Next of kin: ...", "Till: ...").
ATTENDANCE = _words(
    """present attendees attending attended apologies absent participants närvarande närv
    deltagare deltog deltok frånvarande förhinder contact contacts kontakt kontaktperson kin
    anhörig anhöriga from to cc till från kopia"""
)
# Abbreviated labels of notes and forms: never names ("Adr: ...", "Pnr: ...", "NB!").
LABELS = _words(
    """adr addr adress address pnr tel tfn mob tlf nb obs ref re fwd sv vb ang angående
    ämne subject sent skickat datum date kl ca pt personnr persnr
    adresse anschrift osoite adres adresa indirizzo dirección direccion"""
) | _words(
    # The header labels of a forwarded or pasted e-mail as the mail clients of the
    # neighbour languages write them (Outlook's: Danish and Norwegian "Fra:", "Sendt:",
    # "Til:", "Kopi:", "Emne:"; Finnish "Lähettäjä:", "Lähetetty:", "Vastaanottaja:",
    # "Kopio:", "Aihe:"; German "Gesendet:", "Betreff:"), and the senders' and
    # recipients' labels of other clients ("Afsender:", "Mottaker:", "Päivämäärä:").
    """sendt emne dato kopi afsender avsender modtager mottaker mottagare avsändare
    lähettäjä lähetetty vastaanottaja kopio aihe päivämäärä gesendet betreff"""
)
# The speakers' labels of Nordic interview transcripts: "Inf:" (the informant, the person
# interviewed) and "Int:" (the interviewer), as the Scandinavian dialect and speech corpora
# write them before every turn: a role, never a person's name.
TURN_LABELS = _words("inf int")
LABELS |= TURN_LABELS
# Verbs of speaking: with "with", "to", "med", "till" after them a person follows ("talked
# with Hanne", "pratade med Hanne").
SPEAKING = _words(
    """talked talk talks spoke speak speaks chatted chat met meet meets pratade pratar
    talade talar snackade träffade pratat talat"""
)
# Object pronouns: after a verb of saying the subject of the reported clause follows ("She
# told me Araya had been in hospital").
OBJECT_PRONOUNS = _words("me us him her them mig oss honom henne dem")
# English possessive pronouns that stand alone ("Mine came with a wall adapter", "Hers broke"):
# a pronoun, never a slip of a registered name one letter away ("Mine" for Mike, "Ours" for
# Ouri), though "mine" is a given name in Turkish and no closed word for that reason.
INDEPENDENT_POSSESSIVES = _words("mine yours hers ours theirs")
# Adverbs between a subject and its verb ("Yannis always says ...").
ADVERBS = _words(
    """always also never often sometimes usually still just again really alltid också
    aldrig ofta ibland bara fortfarande verkligen"""
)
# The additive focus adverbs ("also"), one of the closed words that open a sentence before
# its subject ("Også Liv i kommunen var med", "Also Bo at the pharmacy stayed") or end a
# clause of presence ("Til stede var også Liv"); Danish "ogsaa" in the old spelling.
ALSO_WORDS = ("also", "även", "också", "myös", "også", "ogsaa", "too")
# Services a person works at ("Jordan Connors at the pharmacy").
SERVICES = _words(
    """pharmacy council agency surgery practice library bank school clinic office centre
    center hospital ward unit service services department home shop church mosque"""
)

# Modal verbs, and verbs only a person does after one ("whether Karagiannis could join",
# "that Glde would phone"): an unknown capitalised word before them is a name.
MODALS = _words(
    """could would will can should might must may shall cannot can't won't wouldn't
    couldn't kan kunde ska skulle vill ville måste"""
)
PERSON_ACTIONS = _words(
    """join come attend visit phone call ring say tell ask talk speak meet drive bring
    komma delta besöka ringa säga prata träffa köra följa hälsa"""
)

# Subject pronouns: right before a capitalised ordinary word they make it a verb
# ("she Rose to the occasion", "I Will"), not a name.
SUBJECT_PRONOUNS = _words("i he she we they who jag han hon vi de man")

# Determiners: right before a lower-case possessive they make it an ordinary noun
# ("the rose's petals").
DETERMINERS = _words("the a an this that these those its some any each every den det en ett")

# Month words, and the words that make a capitalised month-name an ordinary month
# ("in May", "since June", "early May", "i maj").
MONTHS = _words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec januari februari mars maj juni juli
    augusti oktober okt"""
)
MONTH_PREPOSITIONS = _words(
    """in since until till til during early late mid last next this every through throughout
    before after by around about of from between end beginning start middle
    i sedan sen under innan efter före från mellan mitten början slutet"""
)

# Words that make "per" a preposition: "per week", "Per cent", "per vecka".
UNIT_WORDS = _words(
    """cent centum capita annum se day days week weeks month months year years hour hours
    minute minutes night nights person people patient patients session sessions visit visits
    meeting meetings time times occasion dose tablet tablets item unit head household
    dag dagen vecka veckan månad månaden år året timme timmen minut natt person gång gången
    tillfälle besök möte dos tablett styck st
    telefon phone telephone post mail mejl e-post email brev letter sms fax video länk link"""
)

# A few frequent words per language, for the cheap language guess of a text cell.
ENGLISH_MARKERS = (" the ", " and ", " to ", " was ")
SWEDISH_MARKERS = (" och ", " att ", " det ", " är ")

# Followers of a subject that are auxiliaries or adverbs rather than verbs of saying or doing:
# after a capitalised ordinary word at the start of a sentence they do not make it a name on
# their own ("Love is what she needs", "Will has to wait", "Hope was high").
WEAK_FOLLOWERS = _words(
    """has had is was does did can could will would should might must may shall isn't
    wasn't doesn't didn't can't couldn't won't wouldn't hasn't hadn't also always never
    often sometimes usually still just again herself himself who whose som needs needed
    helps helped makes made keeps kept gets got gives gave
    vill ville kan kunde ska skulle har hade är var mår brukar brukade också alltid aldrig
    ofta ibland själv fick får ger gav"""
)
# Verbs of saying and doing after a subject: a name before one is a name ("Bertil said").
STRONG_FOLLOWERS = NAME_FOLLOWERS - WEAK_FOLLOWERS

# Verbs whose object is a person: a capitalised word right after one is a name
# ("she rang Bertil", "told Hope", "träffade Gunnel").
PERSON_VERBS = _words(
    """told tell tells asked ask asks rang ring rings phoned phone phones called call calls
    met meet meets texted text texts emailed mailed hugged thanked invited contacted married
    named nicknamed introduced dated divorced
    träffade träffar ringde ringer frågade frågar hälsade mötte möter
    träffa ringa fråga möta kontakta kontaktade kontaktar
    sms:ade mejlade kallade kallad kallas heter hette
    remind reminds reminded påminn påminna påminner påminde"""
)
# Words after which an unknown capitalised word is taken as a name ("went out with Zlatko"),
# though an ordinary word that is also a name is not ("with Grace"). Not "to", "from", "in",
# "and": places follow them ("moved to Farsta", "between Malmö and Ystad").
# Verbs that take a person and an infinitive: "wants X to be told", "need Stig to sign".
WANTING = _words("want wants wanted expect expects expected need needs needed")
PERSON_PREPOSITIONS = _words("with med hos enligt bei chez")  # "bei"/"chez": at a person's

# Prepositions of place: a town or an unknown capitalised word right after one is a place
# ("Lived in Aleppo from 1998", "barndom i Erbil"), not a person.
LOCATIVES = _words("in i near nära outside utanför inside around kring across within throughout")
# Verbs of going somewhere: "to" or "till" after one opens a place ("wants to move to Erbil",
# "flyttar till Lund"), not a person.
MOTION_VERBS = _words(
    """move moves moved moving go goes went going travel travels travelled traveling
    return returns returned returning relocate relocated drive drove fly flew
    flytta flyttar flyttade flyttat åka åker åkte åkt resa reser reste rest köra körde
    återvända återvände flyga flög"""
)
# The heads of Swedish names of public bodies and services: a capitalised compound ending in
# one is an organisation ("Migrationsverket", "Kronofogden", "Beroendemottagningen"), or
# firms, the definite singular and plural of "företag" and "bolag" ("Bostadsbolaget",
# "Kreditkortsföretagen": the credit card companies).
ORGANISATION_ENDINGS = tuple(
    """verket kassan myndigheten förmedlingen mottagningen nämnden förbundet inspektionen
    styrelsen kliniken fogden föreningen missionen tjänsten centralen lasarettet sjukhuset
    akuten vården enheten förvaltningen avdelningen verksamheten boendet teamet huset
    gruppen kommunen regionen företaget företagen bolaget bolagen
    toimisto keskus virasto sairaala palvelut neuvola kontoret etaten sykehuset sygehuset
    partiet parti departementet ministeriet direktoratet tilsynet forbundet foreningen forening
    kommune sjukehus sykehus sygehus høgskulen høgskolen universitetet kyrkje kirken
    puolue ministeriö yhtiö osakeyhtiö
    partei ministerium verband verein gesellschaft behörde stiftung krankenhaus klinikum""".split()
)  # from "toimisto": Finnish, Norwegian, Danish and German bodies ("Sosiaalitoimisto",
# "NAV-kontoret", "Senterpartiet", "Helsetilsynet", "Kunnskapsdepartementet", "Sähköyhtiö")
# Definite endings of Swedish agent and role nouns ("behandlar-en", "sjuksköterskan",
# "terapeuten", "psykologen"): no given or family name of the lexicon ends so.
# English agent nouns that close a compound role ("fieldworker", "caregiver"), after a known
# word; a family name so made ("Shoemaker") is in the name lexicon and never asks.
EN_ROLE_TAILS = tuple(
    """worker workers keeper keepers giver givers taker takers minder minders leader leaders
    holder holders owner owners manager managers maker makers helper helpers""".split()
)
ROLE_ENDINGS = tuple("aren arens arna erskan uten ogen ören".split())
BODY_ENDINGS = ORGANISATION_ENDINGS + ROLE_ENDINGS

# Nouns that make a run of capitalised words a place or an organisation, not a person
# ("Maria Ungdom Clinic", "Astrid Hospital", "Erik Dahlbergsgatan"), when they follow it.
PLACE_WORDS = _words(
    """street road avenue lane square park hospital clinic centre center school college
    university church station office house hall court bridge gate centre library museum
    institute foundation company group team unit ward
    sjukhus sjukhuset vårdcentral vårdcentralen klinik kliniken skola skolan kyrka kyrkan
    kommun kommuns stiftelse centrum gymnasium gymnasiet park parken gatan vägen torg torget
    station stationen mottagning mottagningen avdelning
    police council county city airport region polis polisen län flygplats universitet"""
)
