"""Settings that leave a capitalised word that is also a name only its reading as a word.

Three shapes of real text put an ordinary word that is also a given name ("Hope", "Love",
"May", "My", "Will", "Mark") where a rule would take it for a person:

- a topic that "came up": notes of an interview or a meeting list what was talked about
  ("Hope came up a lot today", "Faith comes up again and again"). "Come up" with nothing
  after it but a count, a time or the end of the clause is said of a subject, not of a
  person coming up somewhere ("Will came up to me", "Love came up the stairs");
- a verb in capitals for emphasis after a subject and a modal ("you will LOVE it", "we can
  Hope for the best"): a modal there takes a bare verb, never a person;
- a verb of calling or meeting in a heading written in title case ("Original Margin Call
  Margin Due Today"): capitalised in mid-sentence it is a word of the title, and the word
  after it is no person it calls;
- a sentence that opens after one left without its full stop ("Cheap and clean My mother
  loved it", "great service May is a hard month for her"), common in typed notes, e-mail and
  web text: after an ordinary word that ends a clause (a noun, an adjective, an adverb; not
  a verb, a preposition or a word that stands before a person) the capitalised word opens
  the sentence and is judged as at a sentence start, where the words after it decide.

Three shapes of typing make a word that no dictionary lists, and no name either:

- a word in capitals for emphasis run into the next one ("asked them NOTto do it"): both
  halves are ordinary words;
- two words written as one, as learners and hurried typists do ("påväg" for "på väg",
  "tillslut", "infront"): a preposition, then an ordinary word;
- a word drawn out as speech is written in chat and subtitles, a letter typed three times
  or more ("Åååå", "Neeej", "Jaaa", "Nooo"): one letter drawn out, or a word that,
  shortened back, is an ordinary word or interjection and no name (a name slipped so,
  "Dennnis", shortens to a name and stays one).

Each test reads a few characters around a word some rule already took for a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from casebook.deid import bare_verb_objects, closed_words, greetings, homographs, lexicon, vocab
from casebook.deid.context import previous_word, sentence_start

# "came up" and its forms, then what may end the topic's clause: punctuation, the end, a
# count or a time ("a lot", "again", "often", "twice", "today", "during the visit").
_CAME_UP = re.compile(
    r"[ \t]+(?:came|comes|come|coming|keeps[ \t]+coming|kept[ \t]+coming)[ \t]+up"
    r"(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:a[ \t]+lot|a[ \t]+few|again|often|repeatedly|"
    r"several|many|more|twice|once|frequently|constantly|today|yesterday|during|throughout|"
    r"as[ \t]+a|as[ \t]+well|too|also|when|whenever|while|at[ \t]+(?:the|every|each|our)|"
    r"in[ \t]+(?:the[ \t]+)?(?:interview|conversation|discussion|meeting|session|group|talk))"
    r"(?![^\W\d_]))"
)


def topic_raised(low: str, end: int) -> bool:
    """Whether the word before low[end:] is the subject of "came up" as a topic does ("Hope
    came up a lot today", "Faith comes up again"), not a person who came up to someone."""
    return _CAME_UP.match(low, end) is not None


# Modals after which a capitalised word is the bare verb; the subjects before the modal.
_MODALS = frozenset("will would can could should must might shall".split())
_SUBJECTS = frozenset("i you he she we they it".split())


def verb_after_modal(low: str, start: int) -> bool:
    """Whether the word at `start` follows a subject and a modal ("you will LOVE it", "we
    can Hope", "you'll Love it"): a bare verb, as a person never stands there."""
    prev, gap = previous_word(low, start)
    if gap or not prev:
        return False
    at = low.rfind(prev, 0, start)
    if prev == "ll" and low[at - 1 : at] in ("'", "’"):  # "you'll"
        at -= 1
    elif prev not in _MODALS:
        return False
    subject, gap = previous_word(low, at)
    return not gap and subject in _SUBJECTS


# Words after which a person is often named, though they are ordinary words: they never end
# a clause that runs into the next sentence.
_BEFORE_PERSON = (
    vocab.PERSON_VERBS
    | vocab.SAYING_VERBS
    | vocab.SPEAKING
    | vocab.PERSON_PREPOSITIONS
    | vocab.RELATIONS
    | vocab.TITLES
    | greetings.OPENERS
    | vocab.MOTION_VERBS
    | vocab.MODALS
    | vocab.NAME_FOLLOWERS
    | homographs.IRREGULAR_PAST
    | frozenset(
        """thank thanks see saw seen visit help remind ask invite give gives given send sends
        sent show shows shown bring brings offer offers pay pays let lets make makes owe owes
        lend lends teach wish wishes buy buys taken written""".split()
    )
    # verbs that take a clause, whose subject may be the person ("I think Will is ...")
    | frozenset(
        """think thinks know knows believe believes guess suppose say says feel feels hope
        hopes mean means hear hears remember remembers forget understand suspect expect
        doubt fear reckon imagine claim claims admit realise realize notice assume wonder
        bet suggest suggests insist insists""".split()
    )
)


def before_person(word: str) -> bool:
    """Whether a person is often named right after the lower-case `word`: a verb of meeting,
    calling, saying, moving or thinking, a preposition of persons, a title or relation, or a
    Swedish word of the closed classes a name may follow inside a sentence ("bredvid Klara")."""
    return word in _BEFORE_PERSON or word in _SWEDISH_BEFORE_NAME


# Words of the closed classes a name may follow inside a sentence: prepositions,
# conjunctions, determiners, pronouns, auxiliaries and adverbs of degree or time.
_CLOSED_CLASS = frozenset(
    """the and but for nor yet than that this these those then when while where whom whose
    which what who why how because since until till unless though although whether about
    above across after against along among around before behind below beneath beside
    besides between beyond despite down during except from inside into like near off
    onto out outside over past per round through throughout toward towards under unlike
    upon with within without via our your their his her its any some each every all both
    either neither another other such many much more most few less least not only even
    just also too very quite rather really still already again ever never always often
    sometimes soon now here there today tonight tomorrow yesterday are were was has have
    had does did can may must shall should would could will being been let lets""".split()
)


# Endings of Swedish verbs ("mejla", "tar", "ringer", "hämtade", "köpte"): a word of both
# languages with one may be a Swedish verb whose object is the person.
_SWEDISH_VERB = ("a", "ar", "er", "de", "te")
# The same for a Swedish word before the capitalised one, less the infinitive's "a", which
# Swedish nouns end in as often ("vecka", "flicka"): the present ("ser", "hör", "tar"), the
# past, the supine ("sökt", "ringt", "träffat") and the passive ("kallas"); nouns with these
# endings ("barnet", "händelser") are given up.
_SWEDISH_FINITE = ("r", "t", "de", "te", "as", "es")
# Swedish closed classes as Svenska Akademiens grammatik lists them (prepositions,
# conjunctions and subjunctions, pronouns and determiners, adverbs of time, place, degree and
# negation), the past of the strong verbs and the imperatives that take a person ("såg
# Inga", "hjälp Per"): a name may follow any of them inside a sentence ("bredvid Hans", "och
# Inga", "än Per").
_SWEDISH_BEFORE_NAME = frozenset(
    """av bakom bland bortom bredvid efter emellan enligt framför från för förbi före genom
    hos i inför inom intill kring med mellan mot nära om ovanför på runt sedan sen till trots
    under ur utan utanför utom vid via åt över jämte gentemot angående beträffande och men
    eller samt att som när då eftersom medan innan fast fastän så än ifall den det de dess
    hans hennes deras sin sitt sina min mitt mina din ditt dina vår vårt våra er ert era
    denna detta dessa någon något några ingen inget inga varje alla båda vem vad vilken
    vilket vilka jag du han hon vi ni man mig dig honom henne oss dem sig också även bara
    redan igen nu alltid aldrig ofta inte ej ju väl nog kanske snart här där hit dit hem ut
    in upp ner fram bort tillbaka mycket lite mer mest mindre minst helt ganska väldigt
    såg fick gav tog bad fann bjöd drog höll bar lät slog sade sa bad mötte
    hjälp följ väck möt kolla hör låt ring""".split()
)


# A capitalised word, then "to" and a verb in lower case: the object of "want X to ...".
_TO_INFINITIVE = re.compile(r"[^\W\d_]+[ \t]+to[ \t]+[a-z]+")


def unpunctuated_start(text: str, low: str, start: int) -> bool:
    """Whether the capitalised word at `start` opens a sentence whose previous one was left
    without its full stop: one space after an ordinary lower-case English or Swedish word
    that ends a clause (a noun, an adjective: "quick delivery Will
    never", "var 4:e vecka Inga nya"; not a verb, which may take a person, "given Bill",
    "mejla Klara", "ringde Per", nor a closed-class word or a contact label "tel")."""
    if start < 5 or text[start - 1] != " " or not text[start - 2].islower():
        return False
    if not text[start + 1 : start + 2].islower():
        return False  # a word in capitals in mid-sentence is emphasis or a name ("tar PER med")
    prev, gap = previous_word(low, start)
    if gap or len(prev) < 3 or not prev.isalpha():
        return False
    if text[start - 1 - len(prev) : start - 1] != prev:  # written in lower case
        return False
    if prev in _BEFORE_PERSON or prev in vocab.PERSONAL_DATA:  # "tel Klara: 8664 42279"
        return False
    if prev in vocab.WANTING and _TO_INFINITIVE.match(text, start):
        return False  # "does not want Sharp to know": the person who is to know, no new sentence
    if bare_verb_objects.object_of_bare_verb(low, start):
        return False  # "not to quote Jasper on", "them blame Clay for": the verb's object
    if prev in vocab.common_words(("en",)):
        return not (
            prev in _CLOSED_CLASS
            or prev.endswith(("ed", "ing", "en", "wn"))
            or (prev.endswith(_SWEDISH_VERB) and prev in vocab.common_words(("sv",)))  # "mejla"
        )
    return _swedish_clause_end(prev)


def _swedish_clause_end(prev: str) -> bool:
    """Whether a Swedish word ends a clause the way a noun, an adjective or an adverb of
    manner does ("var 4:e vecka Inga nya händelser", "missbruk Hans mamma ringde"): no closed
    class word, no word before a person, no finite verb or supine by its ending."""
    return (
        prev in vocab.common_words(("sv",))
        and prev not in _SWEDISH_BEFORE_NAME
        and not prev.endswith(_SWEDISH_FINITE)
        and prev not in vocab.function_words()
    )


def title_case_verb(text: str, start: int, prev: str) -> bool:
    """Whether `prev`, the word right before text[start:], is a verb of calling or meeting
    written capitalised inside a title-cased heading ("Margin Call Margin Due Today"): the
    word before it is capitalised too, and opens no sentence ("Please Call Margit" is a
    request). Not a title ("Dr", "Mrs"), which is always written so."""
    if prev not in vocab.PERSON_VERBS or prev in vocab.TITLES:
        return False
    at = start - 1
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    at -= len(prev)
    if at < 2 or not text[at : at + 1].isupper() or text[at - 1] != " ":
        return False
    before = text.rfind(" ", 0, at - 1) + 1
    word = text[before : at - 1]
    return word[:1].isupper() and word.isalpha() and not sentence_start(text, before)


_GLUED = re.compile(r"([A-ZÅÄÖ]{3,})([a-zåäö]{2,})")


def glued_capitals(written: str) -> bool:
    """Whether a word is an ordinary word in capitals run into an ordinary word in lower case
    ("NOTto", "NEVERagain"), as emphasis is typed, rather than a name."""
    match = _GLUED.fullmatch(written)
    if match is None:
        return False
    common = vocab.common_words()
    return match.group(1).lower() in common and match.group(2) in common


# The short words learners and hurried typists run into the next word ("påväg", "tillslut",
# "infront", "incase"); not one letter ("i", "a"): "asad", "aman" would be words.
_JOINED_FIRST = ("på", "till", "för", "om", "av", "in", "on")


_DRAWN = re.compile(r"(.)\1\1+")


def drawn_out(word: str, registered: Collection[str] = frozenset()) -> bool:
    """Whether a lower-case word is drawn out as speech is typed: one letter three times or
    more ("åååå", "mmm"), or an ordinary word (`vocab.known_words`) or interjection
    (`closed_words`) with a letter typed thrice or more ("neeej", "jaaa"), shortened to one
    or two, that is no name of the lexicon nor of `registered` ("dennnis" stays "dennis",
    "pillla" a registered Pilla)."""
    if not word.isalpha():
        return False
    if _DRAWN.search(word) is None:
        return _doubled_interjection(word, registered)
    if len(set(word)) == 1:
        return True
    shorts = _drawn_back(word)
    names, known = lexicon.all_names(), vocab.known_words()
    if any(short in names or short in registered for short in shorts):
        return False
    return any(short in known or closed_words.closed(short) for short in shorts)


def _drawn_back(word: str) -> tuple[str, str]:
    """`word` with each letter typed thrice or more written once, and twice."""
    return _DRAWN.sub(r"\1", word), _DRAWN.sub(r"\1\1", word)


def typed_for(word: str, forms: Collection[str]) -> bool:
    """Whether a lower-case word with a letter typed thrice ("seeell") is one of the
    registered `forms` (its near misses) with one letter typed for another ("sewell": "w"
    and "e" are neighbours on the keyboard), not speech drawn out: a form of its length that
    differs from it in one place, where the word drawn back ("sell") is no interjection or
    pronoun, which speech draws out ("jaaa" stays "ja", though one letter from "jana")."""
    if _DRAWN.search(word) is None:
        return False
    if any(closed_words.closed(short) for short in _drawn_back(word)):
        return False
    return any(
        len(form) == len(word) and sum(a != b for a, b in zip(form, word, strict=True)) == 1
        for form in forms
    )


_DOUBLED = re.compile(r"(.)\1")


def _doubled_interjection(word: str, registered: Collection[str]) -> bool:
    """Whether a lower-case word is an interjection of `closed_words` with one letter typed
    twice, as speech is drawn out ("ohh", "ooh", "ahh" for "oh", "ah"), no name of the
    lexicon nor of `registered`: the interjection, not a stranger."""
    if _DOUBLED.search(word) is None or word in registered or word in lexicon.all_names():
        return False
    return any(
        closed_words.interjection(word[: m.start()] + word[m.start() + 1 :])
        for m in _DOUBLED.finditer(word)
    )


def joined_words(word: str) -> bool:
    """Whether a lower-case word no dictionary lists is a preposition run into an ordinary
    word of three letters or more ("påväg", "infront")."""
    common = vocab.common_words()
    return any(
        word.startswith(first) and len(word) - len(first) >= 3 and word[len(first) :] in common
        for first in _JOINED_FIRST
    )
