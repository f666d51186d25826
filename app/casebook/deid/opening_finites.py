"""A registered given name that is a Swedish, Norwegian, Danish or English word, opening a
sentence before a finite verb: the sentence's subject, a person.

A person called Frank, Per, Mark, Dag, Bo, Inga, Ask, Love or Rose is written where the note
would have said "he" or "she": "10:42 Frank strålade", "- Dag drog fram fotografiet", "Per
lade handen på bordet", "• Rose denied this". The word that follows such an opening says
which reading it has. Swedish, Norwegian and Danish put the finite verb second in a main
clause: a subject opening the sentence is followed by its verb ("Dag drog"), while a word
opening the sentence as an adverbial, preposition or determiner is followed by what it
governs, a noun or adjective ("Per telefon", "Dag för dag", "Inga problem"), or by the verb
and then the subject ("Till slut kom han"). A bare singular noun is rarely the subject of
these languages (they say "Dagen", "Livet"), so before a finite verb the opening word is the
person. English, which has no verb-second order, reads the same way for a past tense: a
noun opening a sentence before a past ("Frank admitted", "Mark decided") is a name far more
often than a bare noun is a subject.

The finite verb is read by shape and list: a Swedish, Norwegian or Danish present or weak
past whose infinitive the lists hold, or a listed strong past (`clause_verbs.finite_verb`);
an English past in "-ed" of a verb the lists hold ("denied", "decided") or an irregular past
of `_ENGLISH_PASTS`. Left to the other rules: an opening word that is itself a pronoun,
determiner, quantifier, preposition or other function word ("Alla nickade", "Inga kom",
"Even so", "Will you"), a verb followed by a subject pronoun (verb-second after a fronted
word: "Dag kom han hem"), a verb of being or having (`vocab.WEAK_FOLLOWERS`: "Love is",
"Hope was"; `names.py` asks there for more), Finnish and German sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import adverb_pasts, clause_verbs, neighbour_openings, note_language, vocab

_NEXT = re.compile(r"[ \t]+([^\W\d_]+)(?![^\W\d_'’-])")
# Irregular English pasts, from the common irregular verbs of English grammars (the weak
# followers "had", "did", "was", "made", "got", "gave", "kept" are left to `names.py`).
_ENGLISH_PASTS = frozenset(
    """ate became began bit blew broke brought built bought caught chose came drank drove
    drew dug fell felt fought found fled flew forgot forgave froze grew hid held hurt knew
    laid led left lent lied lost meant met paid put quit ran rang rode rose sang sat saw
    said sent shook shot showed slept spoke spent stood stole stuck swam swore taught told
    thought threw took understood woke wore won wrote""".split()
)
# Subject pronouns of Swedish, Norwegian and Danish after the verb: a word fronted before
# the verb, as in "Dag kom han hem" (verb second). Not "den"/"det", objects as often ("Dag
# tog det lugnt"), nor English, which puts no verb second.
SUBJECT_AFTER = frozenset("han hon hen vi jag de man du ni eg dei hun jeg dere".split())
# Quantifiers and indefinite, interrogative and demonstrative pronouns of Swedish,
# Norwegian, Danish and English: subjects of their own before a verb.
_INDEPENDENT = """alla allt ingen inga inget ingenting någon några något många få fler flera
    båda bägge varje vem vad vilka man denna detta dessa samtliga somliga
    alle alt noen nogen noe noget mange flere begge hver hvert hvem hva hvad denne dette
    disse samtlige
    all none some any many few both each either neither everyone everybody someone
    somebody nobody one this that these those who what several most more much such
    andra annan annat andre annen anden andet other others another"""
# Of those, determiners that take a noun and are no subject alone: UD Swedish, Norwegian and
# English (Talbanken, LinES, Nynorsk, NynorskLIA, EWT, GUM, LinES) tag not one of their 12
# "inga", 17 "inget", 52 "varje" and 126 "such" a subject ("Inga problem", "Varje dag").
_DETERMINERS_ONLY = frozenset("inga inget varje such".split())
# Pronouns and quantifiers that stand alone as a clause's subject ("Alla sa", "Ingen kom",
# "Everyone agreed"): before a verb they are the subject themselves.
_SUBJECTS_ALONE = frozenset(_INDEPENDENT.split()) - _DETERMINERS_ONLY
_SUBJECT_WORDS = frozenset(
    _INDEPENDENT.split()
    # possessive determiners, before their noun ("Mina tankar", "My plans"): "-ar" and "-s"
    # end a plural as well as a present
    + """min mina mitt din dina ditt sin sina sitt vår våra vårt era ert deras hennes dess
    mine dine sine våre vores jeres dykkar hennar my your his her its our their""".split()
)
# Prepositions: before an English past in "-ed" they govern a participle ("Over charged",
# "After finished"), as hurried notes write.
_PREPOSITIONS = frozenset(
    """over under after before till until since per about above across against along among
    around behind below beside between beyond by despite down during except for from in
    inside into like near of off on onto out outside past round through to toward towards up
    upon via with within without""".split()
)
# Strong and irregular finite forms of Swedish, Norwegian (bokmål) and Danish verbs, from the
# strong-verb tables of their grammars, that the lists' shapes miss ("Per bar", "Ole løp",
# "Bent sad"). A form English has as a word ("bar", "sad", "dog", "red") counts only in a
# sentence read as Norwegian or Danish.
_STRONG_FORMS = frozenset(
    """band bar bet bjöd bröt dog drack dök flög flöt frös fann grep gjorde gled hann kröp
    kunde lade lät ljög red rev sade sjöng sjönk skar sköt skrek slapp slet smög sprack
    stack stal strök svalt svek visste åt
    ba bant brant brast brøt drakk dro falt fant fløy frøs gråt hjalp knakk krøp lot løy løp
    rant rakk sang sank skjøt skreik sleit sprakk stakk stjal strakk traff trakk vant sa
    gjorde la solgte spurte valgte satte syntes bestemte begynte glemte smilte
    bandt blev brændte brød drak faldt fandt fløj græd greb hed lod løj løb rendte sad skød
    skreg slap sled stak steg traf trak vandt vidste lagde spurgte begyndte besluttede
    spør spørger legger lægger kler""".split()
)
_NORDIC = frozenset(("nb", "da"))
_BE_HAVE = frozenset("er var har hadde havde".split())


def person(text: str, low: str, start: int, end: int) -> bool:
    """Whether the capitalised registered word text[start:end], opening a sentence (the
    caller asks), is the person: a finite verb of a sentence in Swedish, Norwegian, Danish
    or English follows it, and the word is no function word and no subject pronoun follows
    the verb."""
    following = _NEXT.match(low, end)
    if following is None or not text[following.start(1)].islower():
        return False
    word, verb = low[start:end], following.group(1)
    if _function_word(word):
        return False
    past = adverb_pasts.past_after_adverb(low, start, end)
    if past is not None:  # "Love then developed", "Mark later admitted": the past decides
        return _english_past_at(text, low, past, start, end)
    if verb in vocab.WEAK_FOLLOWERS:
        return False
    english = _english_past(verb) and word not in _PREPOSITIONS
    listed = verb in _STRONG_FORMS and not english
    if not english and not listed and not (clause_verbs.finite_verb(verb) or _nordic_finite(verb)):
        return False
    after = _NEXT.match(low, following.end())
    if not english and after is not None and after.group(1) in SUBJECT_AFTER:
        return False  # "Dag kom han hem", "Till slut kom hon": a word fronted before the verb
    if not english and after is not None and _second_finite(text, low, after):
        return False  # "Hans händer var blodiga": the determiner, its noun, then the verb
    # None: Swedish, English or too few words to tell (`note_language` names only the
    # neighbour languages), where the verb's shape says enough.
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if languages is None:
        return not listed or verb not in vocab.common_words(("en",))
    return not english and not _NORDIC.isdisjoint(languages)


def _english_past_at(text: str, low: str, index: int, start: int, end: int) -> bool:
    """Whether a lower-case English past starts at `index` in a sentence read as no neighbour
    language (English or Swedish), the word text[start:end] no preposition."""
    verb = _WORD.match(low, index)
    if verb is None or not text[index].islower() or low[start:end] in _PREPOSITIONS:
        return False
    if not _english_past(verb.group()):
        return False
    return note_language.sentence_language(text, start, end, count_word=False) is None


_WORD = re.compile(r"[^\W\d_]+")


# Answer particles of Swedish, Norwegian and Danish that are given names as well ("Jo").
_ANSWERS = frozenset("jo joo ja nej nei".split())


def answer_particle(low: str, start: int, end: int) -> bool:
    """Whether the word low[start:end], opening a sentence (the caller asks), is an answer
    particle before its comma and the clause it answers with ("Jo, kvinnorna måste ...",
    "Jo, det stemmer"): the word, not a person addressed (a note speaks of a person, it does
    not call out to one)."""
    if low[start:end] not in _ANSWERS or low[end : end + 2] != ", ":
        return False
    return low[end + 2 : end + 3].isalpha() and low[end + 2 : end + 3].islower()


_FUNCTION_WORDS = _SUBJECT_WORDS | vocab.PRONOUNS | vocab.DETERMINERS | vocab.SUBJECT_PRONOUNS


# Verbs of being and having, finite: one of them right after a finite verb cannot be a main
# clause's (verb-second puts one finite verb there), so the "verb" before it was a noun
# ("Hans händer var", his hands were; "Hans barn har", "Per stund är"). "var" is also
# "where" ("Hans vet var hon bor"): only before a word that opens no clause of its own.
_SECOND_FINITES = frozenset("är var har hade er hadde havde blev ble".split())
_WHERE_CLAUSE = frozenset(vocab.DETERMINERS | vocab.PRONOUNS | vocab.SUBJECT_PRONOUNS) | (
    SUBJECT_AFTER
)


def _second_finite(text: str, low: str, after: re.Match[str]) -> bool:
    """Whether the word matched by `after` (the one after an opening word's "verb") is a
    second finite verb of being or having, not "var" opening a clause of place ("var hon
    bor", "var Anna är", "var nycklarna ligger": any word but an adverb or adjective)."""
    word = after.group(1)
    if word not in _SECOND_FINITES or not text[after.start(1)].islower():
        return False
    if word != "var":
        return True
    then = _NEXT.match(low, after.end())
    return (
        then is not None
        and text[then.start(1)].islower()
        and then.group(1) not in _WHERE_CLAUSE
        and then.group(1) in vocab.ADVERBS | _DEGREE
    )


_DEGREE = frozenset("helt mycket väldigt så för alldeles riktigt inte också alltid".split())


def _nordic_finite(verb: str) -> bool:
    """A Norwegian or Danish finite verb (`neighbour_openings.finite`) other than a verb of
    being or having ("Liv er", "Dag har": a bare noun may stand there too)."""
    return verb not in _BE_HAVE and neighbour_openings.finite(verb, False)


def _function_word(word: str) -> bool:
    """A pronoun, quantifier or determiner: a word that is a subject itself ("Alla nickade",
    "Inga kom", "None came")."""
    return word in _FUNCTION_WORDS


def subject_word(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word low[start:end] is a pronoun or quantifier of the language its
    sentence is written in that stands alone as a subject (`_SUBJECTS_ALONE`; not a
    possessive, "Mina", nor a determiner that takes a noun, "Inga"): a subject of its own
    before a verb ("Alla sa samma sak", "att alla tyckte om mig"), so that a verb after it
    says nothing of a person. Not where the sentence is Norwegian, Danish or Finnish and the
    word is no frequent word of theirs ("Alla fortalte om flyttingen": Norwegian says
    "alle", so "Alla" is the person)."""
    word = low[start:end]
    if word not in _SUBJECTS_ALONE:
        return False
    languages = note_language.sentence_language(text, start, end, count_word=False)
    # a pronoun of a language is among its most frequent words ("alle"; not "alla", which a
    # Norwegian list holds far down from Swedish quotes)
    return languages is None or note_language.frequent(word, languages)


@lru_cache(maxsize=4096)
def _english_past(verb: str) -> bool:
    """An English past: irregular and listed, or "-ed" on a stem the English list holds."""
    if verb in _ENGLISH_PASTS:
        return True
    if not verb.endswith("ed") or len(verb) < 5:
        return False
    english = vocab.common_words(("en",))
    if verb not in english and verb not in vocab.known_words():
        return False
    stems = (verb[:-2], verb[:-1], verb[:-3] + "y" if verb.endswith("ied") else "", verb[:-3])
    return any(len(stem) >= 2 and stem in english for stem in stems)
