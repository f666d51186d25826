"""A registered name that is a word of Norwegian, Danish or Finnish, opening a sentence written
in that language: the word after it says which it is.

A person called Hans, Mai, Dag, Tuli, Toivo, Aina or Kai is registered; the note's lines in
Danish, Norwegian or Finnish open sentences with the same letters as words: "Hans mor er syg"
(his mother), "Mai er en god måned" (May), "Tuli kotiin myöhään" (came home), "Aina kun hän
menee ulos" (always when), "Kai hän tulee" (probably he comes). English and Swedish lists
(`vocab.common_words`) do not hold "mai", "tuli" or "kai", so `names.py` took every one of
them, and its English and Swedish readings of a word it does hold ("Hans", "Mark") ask for a
verb of saying in those languages, so "Hans er syg" (Hans is ill) was left standing.

These languages put the subject first in a plain sentence and the finite verb right after
it (Norwegian and Danish, which put the verb second in every main clause; Finnish, whose
unmarked order is subject, verb, object). A person opening the sentence is its subject, so a
finite verb follows, perhaps after a negation or a small adverb ("Hans er syg", "Mai kom
ikke", "Tuli kertoi", "Kai ei tullut", "Per også sa"). A word that opens the sentence as a
determiner, adverb, preposition or a verb itself is followed by what it governs: a noun or
adjective ("Hans mor", "Mai måned"), a subject pronoun after a fronted verb or adverb ("Kai
hän tulee", "Veit du"), an adverb of place ("Tuli kotiin"). So where the next word is a
lower-case word of the sentence's language and no finite verb of it, the opening word is
the word; before a finite verb it is the person; anything else (a capital, a number,
punctuation, the next cell of a table, an inflection on the name, a word no list holds) is
left to `names.py`'s rules. A name that is an English or Swedish word the sentence's
language lacks ("Bill", "Inga", "Will" opening a Finnish or Norwegian sentence) is no word
there: before the language's finite verb it is the person ("Bill tuli vasta illalla"), as
`names.py`'s English and Swedish readings, which wait for a verb of their own languages,
could not say.

Finite verbs are read by shape and list (`clause_verbs`, `neighbour_forms`): Norwegian and
Danish presents in "-r", weak pasts in "-te", "-de", "-ede", "-et" whose infinitive the
lists hold, strong pasts and auxiliaries listed; Finnish third persons ("on", "ei", a long
vowel or "-isi" at the end, a past in "-i" of a verb the lists hold, "-vat"/"-vät").

A noun that is a name ("Ilta oli pitkä", the evening was long; "Toivo on tärkeää", hope is
important) stands before a verb as a person does, and stays taken: the next word cannot tell
them apart. A noun English or Swedish has as well ("Mark er eit anna ord") is then left to
`names.py`'s readings of those languages, which ask more of the person; one of the
language's most frequent words ("Hans", "Dag", "Kai") is the person before a verb.
A verb of Swedish ("visade") counts as finite too: a short line's language is easily
misread, and a person may stand before it. A note of more than a few lines with no frequent
word of a neighbour language and no Finnish letters is not read at all
(`neighbour_homographs.neighbour_marked`, once per note): its sentences are English or Swedish.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import (
    calling_verbs,
    clause_verbs,
    closed_words,
    compound_nouns,
    context,
    finnish_imperatives,
    finnish_owners,
    initial_readings,
    inverted_subjects,
    lexicon,
    neighbour_forms,
    neighbour_homographs,
    neuter_predicates,
    nordic_verb_shapes,
    note_language,
    noun_pairs,
    noun_predicates,
    partitive_predicates,
    vocab,
    word_mentions,
)

# Finite verbs of Norwegian (bokmål and nynorsk) and Danish a list must hold: auxiliaries,
# modals, and frequent short or irregular presents and pasts; among them the pasts of the
# irregular weak verbs of the grammars' tables whose stem changes its vowel, so that no
# other form of the lists shares it ("velge" - "valgte", "selge" - "solgte", "vide" -
# "vidste"): "Bent valgte filmen" has its subject before them. In UD Danish-DDT and
# Norwegian Bokmål, Nynorsk and NynorskLIA three sentences open with a word before one, all
# pronouns ("Hun syntes"); no bare singular common noun stands right before one.
_SCANDINAVIAN_FINITE = frozenset(
    """er var har hadde havde vil ville skal skulle kan kunne må måtte bør burde tør turde
    blir ble blev bliver vart vert får fikk fik fekk går gikk gik gjekk gjør gør gjer gjorde
    sa sagde sier siger seier ser så såg tar tok tog gir gav gjev står stod sto kom kjem
    kommer fortalte fortel forteller ligger ligg lå sitter sit sat bor budde boede
    spurde spurte kjenner kjente tenkte trur tror
    valgte solgte spurgte syntes vidste lagde""".split()
)
# Adverbs that may stand between a Norwegian or Danish subject and its verb in a note's
# shorthand or after a fronted subject ("Mai også sa", "Per selv ringte", "Hans ikke
# hjemme") - the verb after them decides.
_SCANDINAVIAN_BETWEEN = frozenset(
    "også og ikke ikkje selv sjølv sjøl alltid altid aldri aldrig bare berre kun nå nu".split()
)
# Finnish third-person finite forms of "olla" and the negation verb, and short presents.
_FINNISH_FINITE = frozenset(
    """on ei oli olisi ovat olivat eivät ole voi voivat saa sai käy kävi juo joi syö söi
    jää jäi lyö löi vie vei tuo toi""".split()
)
_FINNISH_BETWEEN = frozenset(
    "myös vielä jo nyt sitten kyllä aina usein taas itse vain heti yhä edelleen".split()
)
# Finnish verbs of a process, an event, time, weather or growth, whose subject is never a
# person (present and past of "sujua", "jatkua", "loppua", "päättyä", "tapahtua", "kulua",
# "kukkia", "sataa", "pitkittyä", "pimetä", "valjeta"): before one, the opening word is the
# thing ("Ilta sujui", the evening went well; "Valo pimeni").
_FINNISH_THING_VERBS = frozenset(
    """sujuu sujui jatkuu jatkui loppuu loppui päättyy päättyi tapahtuu tapahtui kuluu kului
    kukkii kukki sataa satoi pitkittyy pitkittyi pimenee pimeni valkenee valkeni""".split()
)
# Finnish verbs of necessity and advisability whose subject is a genitive or a clause, never a
# nominative ("Aina kannattaa kysyä", it always pays to ask; "Kai täytyy odottaa"): a word
# opening the sentence before one is no subject, so not the person.
_FINNISH_IMPERSONAL = frozenset("täytyy täytyi täytyisi kannattaa kannatti kannattaisi".split())
_LANGUAGES = ("nb", "da", "fi")
_VOWELS = neighbour_forms.FINNISH_VOWELS


# Conjunctions that join two subjects: after one, the word may head a list of people. With
# Swedish "och": a registered word Norwegian or Danish share with Swedish ("Kvist och grenar
# bröts", twig and branches) opens a Swedish sentence as well, and `noun_pairs` reads the
# pair whatever the language.
_COORDINATING = frozenset("og och eller samt ja tai sekä".split())
# "or" and a negation closing the phrase at a comma: "X or not, ..." ("Haug eller ikke, barna
# skal ut", heap or not; "Frost eller inte, hon cyklar"), a concessive phrase whose first
# word is a thing or state, never a person: UD Norwegian-Bokmål, Norwegian-Nynorsk, Danish-DDT
# and Swedish-Talbanken (dev and test) hold the slot once, with a common noun ("moder eller
# ej ,"), and no proper noun.
_OR = frozenset(("eller",))
_NEGATIONS = frozenset("ikke ikkje inte ej".split())


def reading(text: str, low: str, start: int, end: int) -> bool | None:
    """Whether the capitalised registered word text[start:end] (`low` the lower-cased text),
    opening a sentence (the caller asks `context.sentence_start` or `glued_openings.opens`)
    written in Norwegian, Danish or Finnish where it is a word, is the
    person (True: a finite verb follows) or the word (False: another word of the language
    follows); None where this does not apply or the next word does not tell."""
    word = low[start:end]
    following = context.NEXT_WORD.match(text, end)
    if following is None and context.unwrapped(text, end):
        # "Satu\nluettiin lapsille": a line hard-wrapped inside the sentence (an e-mail
        # program's, a PDF's) goes on with its next word as if a space stood there; read so,
        # it tells the word only (a break there may also end a line of its own: "Sikiö\n
        # alkaa" is left to the other rules, as before)
        joined = text[:end] + " " + text[end + 1 :], low[:end] + " " + low[end + 1 :]
        return False if reading(*joined, start, end) is False else None
    if low.startswith(", ", end):  # a list the conjunction closes: "Stein, grus og sand"
        if noun_pairs.joined_to_company(text, low, start, end):
            return True  # "Stein, mor og far kom": people
        if noun_pairs.finnish_list_of_nouns(text, low, start, end):
            return False  # "Usko, toivo ja rakkaus": faith, hope and love
        return False if noun_pairs.joined_to_noun(text, low, start, end) else None
    if following is None or not following.group(1).islower():
        return None  # punctuation, a capital ("Hans Berg"), a number: `names.py` decides
    if word_mentions.named_as_word(low, end):
        # "Ulla var ikke et ord hun brugte", "Holm är ordet för en ö": the word itself, no
        # person, whatever language the sentence is read in (a short one may be read in none)
        return False
    if following.group(1).lower() in _COORDINATING:
        return _coordinated(text, low, start, end, following.end())
    if not neighbour_homographs.neighbour_marked(low):
        return None  # a longer note with no frequent word of a neighbour language
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if not languages:
        # Too few or too rare words to tell the sentence's language ("Lahja
        # syntymäpäiväksi ilahdutti"): two Finnish words, the second no finite verb.
        next_word = following.group(1).lower()
        if _finnish_pair(word, next_word) or (
            note_language.word_of(word, "fi")
            and (_finnish_case_form(next_word) or next_word in _FINNISH_THING_VERBS)
        ):
            return False
        if _finnish_verb_after_stranger(word, next_word):
            return True  # "16:19 Bill otti kassistaan kissanmakkaroita": Finnish's subject
        return None
    if languages == ("de",):
        return None
    languages = tuple(lang for lang in languages if lang in _LANGUAGES)
    finnish = languages == ("fi",)
    next_word, index = following.group(1).lower(), following.end()
    between = _FINNISH_BETWEEN if finnish else _SCANDINAVIAN_BETWEEN
    verb = (next_word in between and _finite_at(low, index, finnish)) or _finite(next_word, finnish)
    if not any(note_language.word_of(word, lang) for lang in languages):
        # An English or Swedish word that this language lacks ("Will", "Bill", "Inga" in a
        # Finnish sentence): before the language's finite verb, the subject, a person
        # ("Bill tuli Maijan sijasta", "Will kom for sent").
        return True if verb else None
    if initial_readings.repeated(low, end):
        return False  # "Dag for dag": a set phrase
    if "fi" in languages and partitive_predicates.thing_predicate(text, end):
        return False  # "Toivo on tärkeää", "Onni oli, että ...": a noun's predicate, no person's
    if finnish and (next_word in _FINNISH_THING_VERBS or next_word in _FINNISH_IMPERSONAL):
        return False  # "Ilta sujui hyvin", "Aina kannattaa kysyä": no person's verb
    if finnish and _imperative_clause(low, word, index - len(next_word)):
        return False  # "Anna kaksivaiheisen tunnistuksen koodi": give (enter) the code
    if verb and not finnish and neuter_predicates.thing_predicate(low, end):
        return False  # "Strøm er blevet dyrt": a neuter predicate, no person's
    if verb and not finnish and noun_predicates.thing_predicate(low, end, languages):
        return False  # "Smed er et gammelt håndværk": a thing's predicate noun, no person's
    if verb:
        # "Hans er syg", "Mai også sa", "Toivo myös kertoi": a subject before its verb. A noun
        # English or Swedish has as well stands so too ("Mark er eit ord"): left to the rules
        # of those languages, unless it is one of the language's most frequent words.
        if (
            not finnish
            and word in vocab.common_words()
            and not note_language.frequent(word, languages)
        ):
            return None
        # In Finnish the word of English or Swedish ("Lilja", "Lotta") reads as Finnish does:
        # before a Finnish verb it is the subject ("Lotta suuttui"), as "Toivo kertoi" is.
        return True
    if (
        not finnish
        and closed_words.nordic_preposition(next_word)
        and _person_verb_after(low, index)
    ):
        return True  # "Tone på kontoret ringte", "Gry i kommunen sa at": a person's verb
    if (
        next_word not in vocab.known_words()
        and not (not finnish and closed_words.nordic_preposition(next_word))
        and not any(note_language.word_of(next_word, lang) for lang in languages)
    ):  # a preposition is a word of the language, "i" too, which no list holds (one letter)
        if finnish and (
            _finnish_case_form(next_word) or compound_nouns.is_compound_noun(next_word)
        ):
            return False  # "Lahja syntymäpäiväksi", "Suomalainen elinkeinoelämä": a compound
        return None  # a word no list holds: too little to go on
    return False


# What ends a clause: a comma too, before a relative clause or another main clause.
_CLAUSE_END = re.compile(r"[.,;:!?\n]")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
# Verbs only a person is the subject of: saying, asking, answering, calling, writing, and
# coming or going (Norwegian, Danish, Swedish).
_PERSON_VERBS = (
    inverted_subjects.SAYING
    | calling_verbs.CALLING
    | frozenset("kom kommer kjem gikk gjekk gik går gick sagt svart spurt fortalt kommet".split())
)
# What may stand between the phrase and such a verb: an auxiliary, a negation.
_AUXILIARIES = frozenset(
    "har hadde havde hade er var vil ville skal skulle kan kunne må måtte ikke ikkje inte".split()
)
_PHRASE_WORDS = 4  # a preposition's phrase: "på kontoret", "i resepsjonen hos oss"


def _person_verb_after(low: str, index: int) -> bool:
    """Whether a verb of `_PERSON_VERBS` follows within a few words of the preposition ending
    at `index`, in the same clause: the word-name opening the sentence before the phrase is
    the verb's subject, a person ("Tone på kontoret ringte i dag", "Gry i kommunen sa at ...");
    the word stays a word before other verbs ("Tone i stemmen ble skarpere")."""
    stop = _CLAUSE_END.search(low, index)
    clause = _CLAUSE_WORD.findall(low, index, stop.start() if stop else len(low))
    for word in clause[1 : _PHRASE_WORDS + 1]:  # the first is the preposition's noun
        if word in _PERSON_VERBS:
            return True
        if word not in _AUXILIARIES and _finite(word, False):
            return False  # the clause's verb is another: "Tone i stemmen endret seg da vi kom"
    return False


# A word the object of "give" cannot be: a case of place or state, a participle
# ("kotona", "töissä", "väsynyt", "sairaana": a note's shorthand about a person).
_NOT_OBJECT_ENDINGS = (
    "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "na", "nä", "ksi",
    "nut", "nyt", "neet", "tu", "ty",
)  # fmt: skip
_CLAUSE_WORDS = 12  # read no further


def _imperative_clause(low: str, word: str, index: int) -> bool:
    """Whether the opening `word` is a Finnish verb's imperative singular
    (`finnish_imperatives.singular_of_listed`: "anna", give; "usko", believe) and the clause it
    opens, from `index` (the space after it) to its end or a comma, holds no finite verb, no
    "ja" and a first word that can be its object: a clause needs a
    finite verb, so the opening word is it ("Anna kaksivaiheisen tunnistuksen koodi", enter
    the code; "Anna päättymisajankohta, joka on ...", give an end time). A person opening a
    clause comes before its verb ("Anna kertoi"), and a note's shorthand about one puts a
    place or state after the name ("Anna kotona", "Anna väsynyt"), left alone."""
    if not finnish_imperatives.singular_of_listed(word):
        return False
    stop = _CLAUSE_END.search(low, index)
    clause = _CLAUSE_WORD.findall(low, index, stop.start() if stop else len(low))
    if not clause or len(clause) > _CLAUSE_WORDS or clause[0].endswith(_NOT_OBJECT_ENDINGS):
        return False
    if word == _LET and len(clause) > 1 and _permissive(clause[0], clause[1]):
        return True  # "Anna koneen päivittää itsensä": let the machine update itself
    if _finite(clause[0], True):
        return False  # "Anna tuli kotiin": the person's verb right after
    return all(
        (w not in _JOINING or _recipients_joined(clause, k)) and not _finite_not_noun(w)
        for k, w in enumerate(clause[1:], 1)
    )


# The permissive: "antaa" (give, let), a genitive agent and a first infinitive ("Anna lapsen
# leikkiä", let the child play; VISK § 1525). A person opening the clause is followed by a
# finite verb, and a genitive after a name is a possessor before its noun ("Anna äidin
# luona"), never before an infinitive: so "Anna", a genitive and a first infinitive of the
# "-da"/"-dä" verbs ("syödä", "tehdä", "ympäröidä": a long vowel, a diphthong or "h" before
# it; a noun so ending has a consonant there, "agenda", "panda") is the imperative.
_LET = "anna"
_VOWELS_BEFORE_D = frozenset("aeiouyäö")


def _permissive(agent: str, verb: str) -> bool:
    """Whether `agent` reads as a Finnish genitive and `verb` as a first infinitive in
    "-da"/"-dä" after two vowels or "h" ("biomassan ympäröidä", "lapsen syödä")."""
    if len(agent) < 4 or not agent.endswith("n") or _finite(agent, True):
        return False
    if len(verb) < 5 or not verb.endswith(("da", "dä")):
        return False
    before = verb[-4:-2]
    return before[1] == "h" or (before[0] in _VOWELS_BEFORE_D and before[1] in _VOWELS_BEFORE_D)


_JOINING = frozenset(("ja", "tai"))
_ALLATIVE = ("lle",)


def _recipients_joined(clause: list[str], k: int) -> bool:
    """Whether "ja"/"tai" at clause[k] joins two allatives, the recipients of "give"
    ("Anna lupa pelaajalle tai katselijalle", give leave to the player or the onlooker): a
    list of people after a person opening the sentence joins their names ("Anna ja Pekka",
    "Anna, Pekka tai Liisa"), never two words in a case of whom something goes to."""
    return (
        0 < k < len(clause) - 1
        and clause[k - 1].endswith(_ALLATIVE)
        and clause[k + 1].endswith(_ALLATIVE)
    )


def _finite_not_noun(word: str) -> bool:
    """Whether a lower-case word read as a Finnish finite verb is no noun in "-i" as well,
    whose genitive the lists hold ("koodi", code: "koodin"; "tunti"): after the object's first
    word, a noun ends the object more often than a verb follows."""
    if not _finite(word, True):
        return False
    return not (
        word.endswith("i")
        and word not in _FINNISH_FINITE
        and not word.endswith(("oi", "öi"))
        and word + "n" in vocab.listed("fi")
    )


# Endings of a Finnish noun's case or a participle's partitive that no finite verb has: a word
# no list holds (a compound, most often) that ends so is a Finnish word, the opening word's
# complement ("Lahja syntymäpäiväksi", "Usko tulevaisuuteen", "Tuli soitettua").
_FINNISH_CASE_ENDINGS = ("ksi", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä",
                         "lle", "ttua", "ttyä", "seen", "siin")  # fmt: skip
_FINNISH_LETTERS = frozenset("abcdefghijklmnopqrstuvyäö")


def _finnish_case_form(word: str) -> bool:
    return (
        len(word) > 6
        and word.endswith(_FINNISH_CASE_ENDINGS)
        and set(word) <= _FINNISH_LETTERS
        and not _finnish_finite(word)
    )


# The third person's possessive before a relative ("hänen siskonsa"): the word's own relative.
_THIRD_POSSESSIVES = frozenset(["hänen"])


def _coordinated(text: str, low: str, start: int, end: int, after: int) -> bool | None:
    """After "ja"/"og": the person before "hänen" and a relative ("Anna ja hänen siskonsa": a
    verb or a noun has no sister); the person before a kin, role or company noun ("Stein
    og kona"), the word before a bare common noun of Norwegian or Danish ("Stein og grus",
    `noun_pairs`); else a list of people ("Anna og mark kom"), which
    `names.py` reads, unless the sentence is Finnish and the next conjunct is a Finnish word
    in lower case and no kin, role or company noun ("Rauha ja hiljaisuus auttavat", "Pilvi
    ja sumu peittivät": two nouns, the word; "Pilvi ja äiti soittivat" two people); or the
    conjunction is "eller" and a negation closes the phrase ("Haug eller ikke, ...")."""
    second = context.NEXT_WORD.match(text, after)
    if second is None or not second.group(1).islower():
        return None
    conjunct = second.group(1)
    conjunction = low[after - len("eller") : after]
    if conjunction in _OR and conjunct in _NEGATIONS and low.startswith(",", second.end()):
        return False  # "Haug eller ikke, barna skal ut": heap or not, no person
    if conjunct in _THIRD_POSSESSIVES:
        kin = context.NEXT_WORD.match(text, second.end())
        if kin is not None and kin.group(1) in finnish_owners.KIN:
            return True  # "Anna ja hänen siskonsa": her sister
    if noun_pairs.joined_to_company(text, low, start, end):
        return True  # "Stein og kona flyttet", "Liv og mannen hennes": two people
    if noun_pairs.joined_to_noun(text, low, start, end):
        return False  # "Stein og grus lå igjen": two things, the word (`noun_pairs`)
    return False if _finnish_noun_joined(text, low, start, end, conjunct) else None


def _finnish_noun_joined(text: str, low: str, start: int, end: int, conjunct: str) -> bool:
    """Whether the lower-case `conjunct` after "ja"/"tai" is a Finnish word and no kin, role or
    company noun, and the opening word text[start:end] a Finnish word, in a Finnish sentence.
    A name of the lexicon in lower case is a word here ("Pilvi ja sumu peittivät", cloud and
    mist): Finnish writes a person's name with a capital wherever it stands (UD Finnish-TDT
    and -FTB, dev and test, hold no given or family name in lower case among 3,450 proper
    nouns; their 39 lower-case ones are foreign titles' words, particles such as "von" and
    "da", and a nickname used as a noun), so the lower case tells the noun."""
    return not (
        noun_pairs.finnish_person(conjunct)
        or not note_language.word_of(low[start:end], "fi")
        or not note_language.word_of(conjunct, "fi")
        or not neighbour_homographs.neighbour_marked(low)
        or note_language.sentence_language(text, start, end, count_word=False) != ("fi",)
    )


_FINNISH_JOINING = frozenset(("ja", "tai"))


def finnish_nouns_joined(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] opening a Finnish sentence is joined by "ja"/"tai" to
    a Finnish word in lower case that is no kin, role or company noun ("Pilvi ja sumu
    peittivät koko laakson"): two nouns, no list of people for `name_lists` to read, even
    where the second is a given name of the lexicon (written so, it is the word)."""
    conjunction = context.NEXT_WORD.match(low, end)
    if conjunction is None or conjunction.group(1) not in _FINNISH_JOINING:
        return False
    second = context.NEXT_WORD.match(text, conjunction.end())
    if second is None or not second.group(1).islower():
        return False
    return _finnish_noun_joined(text, low, start, end, second.group(1))


# Finnish pronouns that may follow a fronted word as the subject or a resumed one ("Kai se
# oli", "Satu se oli": a name and its pronoun in speech), so they say nothing of the word.
_FINNISH_PRONOUNS = frozenset(
    """se sitä sen ne niitä hän häntä hänen he mä minä sä sinä me te mie sie tämä tätä tuo
    tuota""".split()
)


def unregistered_word(text: str, low: str, start: int, end: int) -> bool:
    """Whether a capitalised name of the lexicon nobody registered, text[start:end], opening
    a sentence of Finnish, is the word: the next word is a word of Finnish, neither a finite
    verb nor a pronoun ("Suomalainen sarjakuva tarvitsee", "Vanha nainen yski", "Alan
    kannattavuus on"; not "Pinja juo", "Satu se oli"). Finnish only: the Norwegian and Danish
    lists lack too many verbs of nynorsk ("meiner", "leikar") to say a person is none."""
    following = context.NEXT_WORD.match(text, end)
    if following is None or not following.group(1).islower():
        return False
    if following.group(1).lower() in _FINNISH_PRONOUNS or not note_language.word_of(
        low[start:end], "fi"
    ):
        return False  # cheap first: most names opening a sentence are no Finnish word
    if not context.sentence_start(text, start):
        return False
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if not languages:
        return _finnish_pair(low[start:end], following.group(1).lower())
    if languages != ("fi",):
        return False
    return reading(text, low, start, end) is False


def _finnish_verb_after_stranger(word: str, next_word: str) -> bool:
    """Where the sentence's words are too few or too rare to tell its language ("Bill otti
    kassistaan kissanmakkaroita"): the opening word is no word of Finnish, Norwegian or
    Danish, and the next is a Finnish finite verb that no other language has as a word
    ("otti", "tuli", "kertoi"): the verb's subject, as in a sentence read as Finnish."""
    if any(note_language.word_of(word, lang) for lang in _LANGUAGES):
        return False
    if not note_language.word_of(next_word, "fi") or next_word in vocab.known_words():
        return False  # known_words: English's and Swedish's
    if any(note_language.word_of(next_word, lang) for lang in ("nb", "da")):
        return False
    return _finite(next_word, True)


def _finnish_pair(word: str, next_word: str) -> bool:
    """Where the sentence's words are too few or too rare to tell its language ("Vanha nainen
    yski läkähtymäisillään"): both words are Finnish and no other language's, and the second
    is no finite verb."""
    if not (note_language.word_of(word, "fi") and note_language.word_of(next_word, "fi")):
        return False
    if next_word in vocab.known_words() or any(
        note_language.word_of(w, lang) for w in (word, next_word) for lang in ("nb", "da")
    ):
        return False
    return not _finite(next_word, True) and not _finite(next_word, False)


def _finite_at(low: str, index: int, finnish: bool) -> bool:
    after = context.NEXT_WORD.match(low, index)
    return after is not None and _finite(after.group(1), finnish)


def finite(verb: str, finnish: bool) -> bool:
    """Whether a lower-case word is a finite verb of Finnish (`finnish`) or of Norwegian or
    Danish, by list and shape."""
    return _finite(verb, finnish)


@lru_cache(maxsize=4096)
def _finite(verb: str, finnish: bool) -> bool:
    """Whether a lower-case word is a finite verb of Finnish (`finnish`) or of Norwegian or
    Danish, by list and shape."""
    if finnish:
        return _finnish_finite(verb)
    if verb in _SCANDINAVIAN_FINITE or (len(verb) > 4 and clause_verbs.finite_verb(verb)):
        return True  # a Swedish verb as well ("visade"): a short line's language is misread
    if verb in vocab.function_words() or verb in vocab.PRONOUNS:
        return False  # "for", a preposition, though a Swedish past
    if clause_verbs.strong_past(verb):
        return True
    if len(verb) < 4 or verb in lexicon.all_names() or verb.endswith(("ande", "ende")):
        return False  # a participle: "gjennomgåande", "liggende"
    # "forstår", "skjønte": a vowel-final infinitive's present, a doubling verb's past
    return _weak_finite(verb) or nordic_verb_shapes.finite(verb)


# A present's ending and the endings of the same verb that no noun or adjective has, one of
# which the lists must hold as well: a past or a present participle for a present ("ringer"
# with "ringte"; not "penger", "venner", "søster", plural and singular nouns), a present or
# participle for a past ("ringede" with "ringer"; not "hytte").
_OTHER_FORMS = (
    ("ede", ("er", "ende")),
    ("dde", ("r",)),
    ("er", ("te", "de", "ede", "ende", "dde")),
    ("ar", ("ande", "de")),
    ("te", ("er", "ar", "ende", "r")),
    ("de", ("er", "ar", "ende", "r")),
    ("et", ("er", "ende")),
)


def _weak_finite(verb: str) -> bool:
    """A Norwegian or Danish present in "-er"/"-ar" or weak past in "-te", "-de", "-ede",
    "-dde", "-et" whose stem the lists hold with another ending only a verb takes."""
    for ending, others in _OTHER_FORMS:
        if not verb.endswith(ending):
            continue
        stem = verb[: -len(ending)]
        return any(_listed(stem + other) for other in others)
    return False


def _listed(word: str) -> bool:
    return any(word in note_language.ordinary_words(lang) for lang in ("nb", "da"))


def _noun_in_i(word: str) -> bool:
    """Whether a Finnish word in "-i" is a listed noun and no past in "-i": its partitive or
    illative is listed ("hyvinvointia", "kahviin"), and no present of the same verb is
    ("mietti" with "miettii", "muisti" with "muistaa", "tunti" with "tuntee" stay verbs); or a
    compound of a listed word and such a noun ("ruoka|kulttuuri")."""
    words = vocab.listed("fi")
    if word in words and _noun_not_verb(word, words):
        return True
    return any(
        word[:cut] in words and word[cut:] in words and _noun_not_verb(word[cut:], words)
        for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_PART)
    )


def _noun_not_verb(word: str, words: frozenset[str]) -> bool:
    vowel = "a" if any(c in "aou" for c in word) else "ä"
    if word + vowel not in words and word + "in" not in words:
        return False
    presents = (word + "i", word[:-1] + vowel + vowel, word[:-1] + "ee")
    return not any(present in words for present in presents)


_SHORTEST_PART = 3  # "työ|..."; the last part as long: "kahvi", "tunti"


def _finnish_finite(verb: str) -> bool:
    """A Finnish third-person finite verb: listed, a present with a long vowel at the end
    ("tulee", "sanoo"), a conditional ("tulisi"), a plural ("tulevat") or a past in "-i"
    ("kertoi", "soitti") that reads as a verb form of the lists."""
    if verb in _FINNISH_FINITE or clause_verbs.finnish_finite(verb):
        return True
    if len(verb) > 5 and verb.endswith("ni"):
        return False  # a noun with "my" on it ("harrastukseni", "äitini"), no past in "-i"
    if len(verb) >= 5 and verb.endswith(("oi", "öi")) and verb[-3] not in _VOWELS:
        return True  # a past of a verb in "-aa"/"-ää" ("auttoi", "kertoi", "pyysi" aside)
    if verb.endswith(("vat", "vät")) and len(verb) > 5:
        return neighbour_forms.is_finnish_verb_form(verb)
    if verb.endswith(("koon", "köön")) and len(verb) > 5:
        return True  # a third person's imperative ("kertokoon", let him tell)
    if verb.endswith("ksi"):
        return False  # a translative ("kauemmaksi", "hyväksi"), no past
    if verb.endswith("i") and _noun_in_i(verb):
        return False  # "hyvinvointi", "kahvi": a noun whose partitive the lists hold, no past
    return len(verb) >= 4 and verb.endswith("i") and neighbour_forms.is_finnish_verb_form(verb)
