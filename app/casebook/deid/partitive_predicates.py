"""A Finnish noun opening a sentence as the subject of "on"/"oli" with a predicate in the
partitive: a thing, never a person.

Finnish puts a predicate adjective in the partitive singular only where the subject is a
mass or abstract noun or a clause ("Toivo on tärkeää", hope is important; "Ilta oli pitkää
odottamista"; "Aina ei ole edes tarpeellista yrittää", it is not always needed to try). A
person takes the nominative ("Toivo on tärkeä", Toivo is important; "Aina ei ole väsynyt").
So a name that is a Finnish word (registered, `neighbour_openings`, or of the lexicon,
`unregistered`), opening a sentence before "on", "oli", "olisi"
or "ei ole"/"ei ollut" (perhaps after a degree adverb) and a partitive singular of a listed
word, is the word. Partitives are read by shape: a vowel doubled or "-a"/"-ä" after a vowel
on a listed stem ("hyvää", "huonoa"), "-ta"/"-tä" on a listed word ("kaunista"), "-sta"/
"-stä" on a listed "-nen" adjective ("tarpeellista"); a nominative in a long vowel
("vapaa", whose own partitive "vapaata" the list holds) is no partitive. A partitive noun
with a genitive attribute before it is such a predicate too, the subject of an existential
sentence that the opening adverb or noun precedes ("Aina on parantamisen varaa", there is
always room for improvement): a listed word in "-n" before the partitive.

Left unfinished says the same: "Satu jäi kesken, koska lapset nukahtivat" (the story was
left unfinished); "jäädä kesken" closing its clause is said of what is done, never of who does
it.

A clause as the predicate says the same: "Onni oli, että naapuri oli kotona" (the luck was
that the neighbour was at home), "Toivo on se, että ...", "Ongelma on siinä, että ..." (the
trouble lies in that): the copula, perhaps "se" or "siinä", a comma and "että" or its forms
fused with the negation verb ("Onni oli, ettei kukaan loukkaantunut", the luck was that
nobody got hurt). What a person is cannot be a that-clause; a person's sentence puts a
word of its own before the comma ("Onni oli iloinen, että ...", glad that) and is judged as
before.

A general noun of "thing" or "matter" as the predicate noun says the same: "Usko on hänelle
tärkeä asia" (faith is an important thing to him), "Toivo oli hyvä juttu": the copula, up to
three lower-case words (an experiencer's dative, adjectives, adverbs), then "asia", "juttu"
or "seikka" closing the clause. A person is never called an "asia" or a "juttu" (a person is
"ihminen", "henkilö", "tyyppi"); a form with a possessive suffix ("asiansa") or a noun after
it is not read.

A noun of weather with the strength of weather as its predicate says the same: "Tuuli oli
kova koko päivän" (the wind was strong all day), "Tuuli on navakka", "Lumi oli märkä": the
opening word one of `WEATHER_NOUNS`, the copula, perhaps a degree adverb, and an adjective of
`_WEATHER_STRENGTH` in the nominative closing the clause or before an adverbial of time
("koko päivän", "aamulla"). Only adjectives that a person is not plainly said to be for a
while are listed ("kova" of a person, tough, comes with a noun or an infinitive, "kova
tyttö", "kova tekemään", and is left; "heikko", "tyyni", "kylmä" are said of people and left
out). So does a verb of the weather's course after a noun of weather (`weather_course`):
"Tuuli yltyi yöllä" (the wind rose), "Myrsky laantui", "Lumi tuiversi"; a person rises to
do something ("yltyi huutamaan", an infinitive after it) and blows something ("puhalsi
kynttilät"), so "puhaltaa" counts only closing its clause, before a time adverbial or from a
point of the compass ("puhalsi lännestä"); verbs said of people too ("tyyntyi", calmed down;
"heikkeni", grew weak; "kiihtyi", got worked up) are left out.
"""

from __future__ import annotations

import re

from casebook.deid import context, note_language, vocab
from casebook.deid.neighbour_forms import FINNISH_VOWELS

_VALUE = re.compile(r" [\d\w]")  # a measure's value after it: "kokoa L", "ikää 40 vuotta"
_COPULA = frozenset("on oli olisi".split())
_NEGATED = frozenset("ole ollut olisi".split())
# Degree and focus adverbs that may stand between the copula and its predicate.
# Adverbs of degree and sentence adverbs that may stand between the copula and its predicate
# ("on todella tärkeää", "on toki mahdollista", of course; "on kai turhaa", perhaps).
_BETWEEN = frozenset(
    """edes aina vielä niin hyvin todella tosi aika jo myös kovin erittäin yhä ihan melko
    aivan varsin hieman vähän liian kuitenkin kyllä toki tietysti tietenkin kai varmaan
    varmasti ehkä""".split()
)


def opening_subject(text: str, start: int, word: str) -> bool:
    """Whether `word` (as written) at text[start], a Finnish word of the lists, opens a
    sentence of Finnish before a partitive predicate or a clause: a thing, for a name of the
    lexicon nobody registered as much as for a registered one ("Onni oli lyhyttä", the luck
    was short; "Luostari on tärkeää"; "Onni oli, että ...")."""
    end = start + len(word)
    if not word[:1].isupper() or not thing_predicate(text, end):
        return False  # the copula and a partitive first: cheap, and rarely there
    if not note_language.word_of(word.lower(), "fi") or not context.sentence_start(text, start):
        return False
    return "fi" in (note_language.sentence_language(text, start, end, count_word=False) or ())


# " on|oli|olisi [se|siinä], että": a that-clause as what the opening word is; "että" also
# in its forms fused with the negation verb ("ettei", that not; "etten", "ettemme" ...).
_CLAUSE = re.compile(
    r" (?:on|oli|olisi)(?: (?:se|siinä))?, (?:että|ettei|etten|ettet|ettemme|ettette|etteivät)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# " jää|jäi|jäävät|jäivät kesken" closing its clause: "jäädä kesken", to be left unfinished,
# is said of a task, a story, a meal or a game, never of a person (a person "keskeyttää",
# breaks off; "kesken" before a genitive is the postposition, "kesken matkan", and is left).
_UNFINISHED = re.compile(
    r" (?:jää|jäi|jäävät|jäivät|on jäänyt|oli jäänyt|ovat jääneet|olivat jääneet) kesken"
    r"(?=[ \u00a0]*(?:[.,;:!?)]|\Z))",
    re.IGNORECASE,
)


# " on|oli|olisi", up to three lower-case words, then a general noun of thing or matter closing
# its clause: "on hänelle tärkeä asia", "oli hyvä juttu", "on ratkaiseva seikka".
_MATTER = re.compile(
    r" (?:on|oli|olisi)(?: [^\W\d_A-ZÅÄÖ][^\W\d_]*){0,3} (?:asia|juttu|seikka)"
    r"(?=[ \u00a0]*(?:[.,;:!?)]|\Z))"
)
# The Finnish nouns of weather (wind, snow, rain, heat, storm, frost, fog, sleet, hail, dew,
# thunder) in the nominative: those that are given names too ("Tuuli", "Lumi", "Helle",
# "Myrsky", "Halla", "Usva") open sentences about the weather as the word.
WEATHER_NOUNS = frozenset(
    "tuuli lumi sade helle myrsky halla usva sumu pakkanen räntä rae kaste ukkonen tuisku".split()
)
# Adjectives of the weather's strength in the nominative, none of them said plainly of a
# person for a while: strong, brisk, gusty, violent, mild, freezing, damp, wet, thick, dense.
_WEATHER_STRENGTH = frozenset(
    "kova navakka puuskainen raju leuto jäätävä kostea märkä sakea tiheä".split()
)
# What may close the predicate: the clause's end, or an adverbial of time after it (on the
# next line too where a line was wrapped there).
_WEATHER_AFTER = re.compile(
    r"(?:[ \u00a0]*(?:[.,;:!?)]|\Z)|\s+(?:koko|aamulla|illalla|yöllä|päivällä|eilen|tänään|"
    r"silloin|edelleen|vielä|taas|aamusta|illasta|yöstä|pitkään|jo)(?![^\W\d_]))"
)
_DEGREE = re.compile(r"(?: (?:niin|todella|tosi|aika|hyvin|melko|erittäin|varsin|yhä|aivan))?")


def matter_predicate(text: str, index: int) -> bool:
    """Whether `text` at `index` (just after a sentence's opening word) reads " on|oli|olisi
    ... asia|juttu|seikka" closing the clause: a thing or a matter, which a person is never
    called ("Usko on hänelle tärkeä asia"; not "Usko on tärkeä ihminen")."""
    return _MATTER.match(text, index) is not None


def weather_predicate(text: str, index: int) -> bool:
    """Whether the opening word before `index` is a Finnish noun of weather (`WEATHER_NOUNS`)
    and " on|oli [degree] ADJECTIVE" of the weather's strength follows, closing the clause or
    before an adverbial of time ("Tuuli oli kova koko päivän"; not "Tuuli oli kova tyttö",
    "Tuuli oli väsynyt")."""
    begin = index
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    if text[begin:index].lower() not in WEATHER_NOUNS:
        return False
    copula = _WEATHER_COPULA.match(text, index)
    if copula is None:
        return False
    degree = _DEGREE.match(text, copula.end())
    at = degree.end() if degree else copula.end()
    adjective = context.NEXT_WORD.match(text, at)
    if adjective is None or adjective.group(1) not in _WEATHER_STRENGTH:
        return False
    return _WEATHER_AFTER.match(text, adjective.end()) is not None


_WEATHER_COPULA = re.compile(r" (?:on|oli|olisi|ollut)(?![^\W\d_])")

# Finite verbs of the weather's course (present and past): to rise, to abate, to whirl, to
# drift with snow (yltyä, laantua, tuivertaa, pyryttää, tuiskuta), said of wind, snow or a
# storm and of no person but with an infinitive ("yltyi huutamaan", went so far as to shout).
_WEATHER_COURSE = frozenset(
    "yltyy yltyi laantuu laantui tuivertaa tuiversi pyryttää pyrytti tuiskuaa tuiskusi".split()
)
# To blow: a person blows too ("puhalsi kynttilät sammuksiin"), so only closing its clause,
# before a time adverbial or from a point of the compass ("puhalsi pohjoisesta").
_BLOWING = frozenset("puhaltaa puhalsi".split())
_COMPASS = re.compile(
    r" (?:pohjoisesta|etelästä|idästä|lännestä|koillisesta|kaakosta|lounaasta|luoteesta|"
    r"mereltä|tuntureilta)(?![^\W\d_])"
)
_INFINITIVE = ("maan", "mään", "massa", "mässä")  # "yltyi huutamaan": what a person goes on to do


def weather_course(text: str, index: int) -> bool:
    """Whether the opening word before `index` is a Finnish noun of weather (`WEATHER_NOUNS`)
    and a verb of the weather's course follows ("Tuuli yltyi yöllä", the wind rose; "Myrsky
    laantui", "Lumi tuiversi"; "Tuuli puhalsi lännestä"), not with an infinitive ("Tuuli yltyi
    itkemään", Tuuli went on to cry) nor, for "puhaltaa", an object ("puhalsi kuplia")."""
    begin = index
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    if text[begin:index].lower() not in WEATHER_NOUNS:
        return False
    verb = context.NEXT_WORD.match(text, index)
    if verb is None:
        return False
    word = verb.group(1)
    if word in _WEATHER_COURSE:
        after = context.NEXT_WORD.match(text, verb.end())
        return after is None or not after.group(1).endswith(_INFINITIVE)
    if word in _BLOWING:
        return (
            _WEATHER_AFTER.match(text, verb.end()) is not None
            or _COMPASS.match(text, verb.end()) is not None
        )
    return False


def clause_predicate(text: str, index: int) -> bool:
    """Whether `text` at `index` (just after a sentence's opening word) reads " on|oli|olisi
    [se|siinä], että": the word's predicate is a clause, which only a thing has ("Onni oli,
    että naapuri oli kotona"; not "Onni oli iloinen, että ...")."""
    return _CLAUSE.match(text, index) is not None


def unfinished_predicate(text: str, index: int) -> bool:
    """Whether `text` at `index` (just after a sentence's opening word) reads " jäi kesken"
    closing its clause: left unfinished, which a story or a task is, never a person ("Satu jäi
    kesken, koska lapset nukahtivat", the fairy tale was left unfinished)."""
    return _UNFINISHED.match(text, index) is not None


def thing_predicate(text: str, index: int) -> bool:
    """Whether the opening word before `index` has a predicate only a thing takes: a
    partitive (`partitive_predicate`), a that-clause (`clause_predicate`), "jäi kesken"
    (`unfinished_predicate`), a noun of thing or matter (`matter_predicate`) or, after a noun
    of weather, the weather's strength (`weather_predicate`) or a verb of its course
    (`weather_course`)."""
    return (
        clause_predicate(text, index)
        or partitive_predicate(text, index)
        or unfinished_predicate(text, index)
        or matter_predicate(text, index)
        or weather_predicate(text, index)
        or weather_course(text, index)
    )


def partitive_predicate(text: str, index: int) -> bool:
    """Whether `text` at `index` (just after a sentence's opening word) reads " on|oli|olisi
    [adverb] PARTITIVE" or " ei ole|ollut [adverb] PARTITIVE", the partitive not a noun of
    measure before its value ("Ilta on kokoa L": a person's size)."""
    words: list[str] = []
    ends: list[int] = []
    at = index
    while len(words) < 5:
        match = context.NEXT_WORD.match(text, at)
        if match is None:
            break
        words.append(match.group(1).lower())
        at = match.end()
        ends.append(at)
        if len(words) == 1 and words[0] not in _COPULA and words[0] != "ei":
            return False  # no copula after the word: the common case, read no further
    if not words:
        return False
    if words[0] in _COPULA:
        k = 1
    elif words[0] == "ei" and len(words) > 1 and words[1] in _NEGATED:
        k = 2
    else:
        return False
    while k < len(words) and words[k] in _BETWEEN:
        k += 1
    if k + 1 < len(words) and _genitive(words[k]) and partitive(words[k + 1]):
        k += 1  # "Aina on parantamisen varaa": a genitive before the partitive noun it modifies
    if k >= len(words) or not partitive(words[k]):
        return False
    if k + 1 < len(words) and words[k + 1] in _OPINION:
        return False  # "Onni on varmasti samaa mieltä": of an opinion, which only a person holds
    value = _VALUE.match(text, ends[k])
    return value is None or not (value.group()[1].isupper() or value.group()[1].isdigit())


# "olla samaa mieltä", to be of the same opinion: a partitive before "mieltä" says what a
# person thinks.
_OPINION = frozenset({"mieltä"})


def _genitive(word: str) -> bool:
    """Whether a lower-case word reads as a Finnish genitive of the lists, an attribute of the
    noun after it ("parantamisen varaa", room for improvement; "ajan hukkaa")."""
    return len(word) > 3 and word[-1] == "n" and word in note_language.ordinary_words("fi")


def partitive(word: str) -> bool:
    """Whether a lower-case word reads as a Finnish partitive singular of a listed word."""
    if len(word) < 4 or word[-1] not in "aä" or word in vocab.function_words():
        return False
    ordinary = note_language.ordinary_words("fi")
    if word[-2] in FINNISH_VOWELS:
        nominative = word[:-1]
        if word[-2] == word[-1] and word + "t" + word[-1] in ordinary:
            return False  # "vapaa", whose partitive is "vapaata": a nominative
        return nominative in ordinary
    if word.endswith(("sta", "stä")) and word[:-3] + "nen" in ordinary:
        return True  # "tarpeellista", "iloista"
    return word[-2] == "t" and word[:-2] in ordinary and word[-3] not in FINNISH_VOWELS
