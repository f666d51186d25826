"""Readings of a word that opens a sentence before a weak verb and is no subject there.

`names.py` (rule 7) judges a registered name that is also a word ("Bo", "Love", "Hope"), opening
a sentence before a weak verb ("is", "har", "vill", "själv"), a name only when the note names the
same person elsewhere; a note about Love Nyström does name her, and then "Love is not enough"
lost its word. Three shapes of the clause leave the word no place as a person, whoever the
note is about:

- a verb phrase put first before a modal and its own subject, the clause ending there
  ("Bo själv vill hon inte, och ...", "Klara sig själv kan han inte.", "Bo alene vil hun ikke",
  "Allein wohnen will sie nicht."): in Swedish, Norwegian, Danish and German the finite verb
  comes second and the subject right after it, so the words before are what the modal takes,
  a verb and its adverbs; a person put first as the object would need a verb of its own after
  the subject ("Per vill hon inte träffa" is not this shape and is judged as before);
- a modal that is also a name, an adverb and a bare verb ("Will never use again", "Will
  definitely go back"): a person there takes a verb in "-s" or the past ("Will never came
  back"), and a word that has no "-ing" form is no verb ("Will still unwell" is the person);
- a copula with a negation before what defines a word or an amount ("Love is not the word
  she would use", "Love is not enough", "Hope är inte nog"): a person is not "enough", and what
  `namecontext.defines_word` reads after "is" it reads after "is not" too;
- a Swedish question word opening a question, before the finite verb and its subject pronoun
  ("Var kan jag hitta kuratorn?", "Var har du varit?"): a question asked for yes or no opens
  with its verb, so in a question only a question word stands before the verb and its
  subject, and a person put first as the object cannot ("Per kan jag ringa?" is no Swedish
  question). "Var" (where) is a name in some registries.

A word, a preposition and the same word again ("Dag för dag", "day by day") is a set phrase
wherever it stands, even in mid-sentence where a sentence lost its full stop ("bättre än sist
Dag för dag blir det lättare"): `names.py` asks `repeated` there (rule 6).

What is said of a person stays as it was ("Bo själv kom inte", "Love is not tired", "Hope
was late", "Will is not the case manager").
"""

from __future__ import annotations

import re

from casebook.deid import homographs, namecontext, vocab, word_mentions

# Modal verbs that take a verb phrase (Swedish, Norwegian, Danish, German).
_MODALS = (
    "vill ville kan kunde ska skall skulle måste får fick brukar brukade orkar orkade vågar "
    "vågade vil kunne skal må måtte gidder will wollte kann konnte soll sollte muss musste "
    "darf durfte möchte"
)
# Subject pronouns of those languages that are no other word ("de", "det", "er" left out).
_SUBJECTS = "hon han jag vi ni hun jeg dere sie ich wir"
# What may stand between the subject and the end of the clause: a negation or a small adverb.
_AFTER_SUBJECT = (
    "inte ej icke ikke nicht heller alls längre lenger mehr gärna gerne gern nu nå jetzt "
    "riktigt egentligen mer mere"
)
_WORD = r"[^\W\d_]+"
_FRONTED = re.compile(
    rf"(?:{_WORD}[ \t]+){{1,2}}(?:{'|'.join(_MODALS.split())})[ \t]+"
    rf"(?:{'|'.join(_SUBJECTS.split())})"
    rf"(?:[ \t]+(?:{'|'.join(sorted(set(_AFTER_SUBJECT.split())))})){{0,2}}"
    r"[ \t]*(?:[,.;!?)\n]|\Z|(?:och|og|und|men|aber|eller|oder)(?![^\W\d_]))"
)

# Modal verbs that are also given names, and adverbs that may stand between a modal and its
# verb: a person before one takes a verb in "-s" or the past ("Will never uses", "Will also
# came"), a modal a bare verb ("Will never use again").
_MODAL_NAMES = frozenset("will may can must might shall".split())
# Swedish question words (the grammar's closed class) and subject pronouns: "Var kan jag ...?"
_QUESTION_WORDS = frozenset("var vart vad vem vems hur när varför vilken vilket vilka".split())
_QUESTION = re.compile(
    r"[ \t]+(?:jag|du|han|hon|hen|vi|ni|de|dom|man|den|det)(?![^\W\d_])[^.!?\n]*\?"
)
_ADVERBS = frozenset(
    "never always also often sometimes usually still just probably definitely certainly "
    "surely really".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)(?![^\W\d_])")


def _bare_verb(low: str, end: int) -> bool:
    """Whether the word after low[:end] is an English verb's bare form: no "-s" or "-ed", not
    a past tense, and one whose "-ing" form is an English word ("use", "stay", "be"; not
    "late", "unwell", "happy": "Will still unwell" is the person, in a note's shorthand)."""
    match = _NEXT_WORD.match(low, end)
    if match is None:
        return False
    verb = match.group(1)
    if verb.endswith(("s", "ed")) or verb in homographs.IRREGULAR_PAST:
        return False
    common = vocab.common_words(("en",))
    if verb not in common:
        return False
    stem = verb[:-1] if verb.endswith("e") and len(verb) > 2 else verb
    return f"{stem}ing" in common or f"{verb}{verb[-1]}ing" in common


_COPULAS = frozenset({"is", "was", "är", "var"})
_NEGATION = re.compile(r"[ \t]+(?:not|inte|ej)(?![^\W\d_])")
# Amounts no person is, then the end of the clause or what it is enough for.
_AMOUNT = re.compile(
    r"[ \t]+(?:enough|sufficient|plenty|nog|tillräckligt|tillräcklig)"
    r"(?:[ \t]*(?:[,.;!?)\n]|\Z)|[ \t]+(?:to|for|att|för)[ \t])"
)


def no_subject(text: str, low: str, word: str, verb: str, index: int) -> bool:
    """Whether `word` (lower case), opening a sentence before the weak verb or adverb `verb`
    (lower case, starting at `index` in `text`; `low` is its lower case), is a word there,
    not the subject: what `namecontext.defines_word` reads after "is", a modal and an adverb
    before a bare verb, a verb phrase put first before a modal and its subject, a Swedish
    question word before the verb and its subject in a question, or a copula and a negation
    before what defines a word or an amount."""
    if namecontext.defines_word(text, verb, index + len(verb)):
        return True  # "Hope is the word she uses", "May is what she dreads"
    if word_mentions.named_as_word(low, index):
        return True  # "Vilja är inte ett ord hon använder": the word itself
    if word in _MODAL_NAMES and verb in _ADVERBS and _bare_verb(low, index + len(verb)):
        return True  # "Will never use again", "May also need a referral"
    if _FRONTED.match(low, index) is not None:
        return True  # "Bo själv vill hon inte, och ..."
    if word in _QUESTION_WORDS and _QUESTION.match(low, index + len(verb)) is not None:
        return True  # "Var kan jag hitta kuratorn?": the question word, no person
    if verb not in _COPULAS:
        return False
    negation = _NEGATION.match(low, index + len(verb))
    if negation is None:
        return False
    if _AMOUNT.match(low, negation.end()) is not None:
        return True  # "Love is not enough"
    return namecontext.defines_word(text, verb, negation.end())  # "Love is not the word"


# A word, a preposition and the same word again: a set phrase of steps or time ("Dag för dag",
# "day by day", "Steg för steg", "dag etter dag"), which no person opens.
_REPEATED = re.compile(
    r"[ \t]+(?:för|efter|by|after|for|etter|til|till|to|in|um|für|nach)[ \t]+([^\W\d_]+)"
    r"(?![\w@]|[.:'’-][\w@])"  # a word, not the start of an address ("dag.lindholm@")
)


def repeated(low: str, end: int) -> bool:
    """Whether the word that ends at `end` in `low` (lower case) comes back after a preposition
    ("Dag för dag", "day by day"): a set phrase, wherever it stands, not a person."""
    match = _REPEATED.match(low, end)
    if match is None:
        return False
    begin = end
    while begin > 0 and low[begin - 1].isalpha():
        begin -= 1
    return match.group(1) == low[begin:end]
