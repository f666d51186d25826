"""Registered names that are words of one language, written in a sentence of another.

Notes switch language within a line ("Inga problem, she said in Swedish"), so the words
around a capitalised registered name may say English while the name is a word only in
Swedish. Two readings are possible at the start of a sentence: a person ("Inga came") or the
Swedish phrase the word opens ("Inga problem", "Bo själv"). The word right after decides:

- a word of the other language (the one where the registered name is an ordinary word) that
  cannot be an English finite verb (it does not end in "-s" or "-ed", is no verb that follows
  a subject in `vocab.NAME_FOLLOWERS`, and no irregular past such as "spent", "lost") makes
  the pair that language's phrase, and the name is judged as that language's word;
- anything else leaves the English reading (a person, as before).

Only looked at for a capitalised word the sentence's language does not make ordinary, with a
lower-case word right after it: one set lookup per such word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid import vocab

# Irregular English past-tense forms (the common strong verbs of English grammar books): a
# subject's verb even without "-ed" ("Inga spent a year", "Bo lost her phone").
IRREGULAR_PAST = frozenset(
    """ate became began bent bet bit bled blew bore bought bound bred broke brought built
    burnt caught chose clung crept cut dealt did drank drew drove dug dwelt fed fell felt
    fled flew flung forbade forgot forgave froze got grew hid hit held hung hurt kept knelt
    knew laid led leant leapt learnt left lent let lay lit lost made meant met mistook paid
    put quit ran rang read rode rose said sang sank sat saw sent set sewed shed shone shook
    shot shut slept slid sold sought spent spoke spun split spread sprang stole stood stuck
    stung struck strove swam swept swore swung taught tore told thought threw took understood
    went woke won wore wept wound wrote came gave found heard fought""".split()
)


def _finite_verb(word: str) -> bool:
    """Whether `word` may be an English verb after a subject ("said", "spent", "comes")."""
    return (
        word in vocab.NAME_FOLLOWERS
        or word in IRREGULAR_PAST
        or word.endswith(("s", "ed", "'s", "’s"))
    )


def opens_phrase_of(text: str, end: int, languages: tuple[str, ...]) -> bool:
    """Whether the lower-case word right after text[:end] (one space between) is a word of one
    of `languages` that cannot be an English finite verb: then the word before it opens a
    phrase of that language ("Inga problem", "Bo själv") rather than naming a subject."""
    if text[end : end + 1] != " ":
        return False
    stop = end + 1
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    following = text[end + 1 : stop]
    if len(following) < 2 or not following.islower():
        return False
    if _finite_verb(following):
        return False
    return any(following in vocab.common_words((lang,)) for lang in languages)


# Names that are also nouns of something paid ("Bill from the dentist still unpaid"), and the
# words of paying that make the noun the reading in the same sentence (a person is not paid
# off, overdue or outstanding).
PAYABLE_NOUNS = frozenset({"bill"})
PAYMENT_WORDS = frozenset(
    """paid unpaid pay pays paying payment overdue due owed owing outstanding settled
    reminder invoice invoiced amount betald betalt obetald obetalt betala betalas betalat
    förfallen förfallet påminnelse faktura""".split()
)
_SENTENCE_END = ".!?\n"


def paid_for(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] is a noun of something paid and its sentence speaks of paying
    ("Bill from the dentist still unpaid"; not "Bill from the council rang")."""
    if low[start:end] not in PAYABLE_NOUNS:
        return False
    stop = min((i for i in (low.find(c, end) for c in _SENTENCE_END) if i != -1), default=len(low))
    words = [w.strip("()\"'”’:") for w in low[end:stop].replace(",", " ").split()]
    for i, word in enumerate(words):
        if word in PAYMENT_WORDS:
            following = words[i + 1] if i + 1 < len(words) else ""
            if word.startswith("pai") or word.startswith("pay"):  # "paid us a visit": a verb
                if following in vocab.OBJECT_PRONOUNS or following in ("a", "an", "you"):
                    continue
            return True
    return False


def given_names(entries: Iterable[Any]) -> dict[str, frozenset[str]]:
    """Each registered person's given names and aliases in lower case, by key."""
    out: dict[str, frozenset[str]] = {}
    for entry in entries:
        words = {g.lower() for g in getattr(entry, "given_names", ())}
        words.update(a.lower() for a in getattr(entry, "aliases", ()) if " " not in a)
        if words:
            out[entry.key] = frozenset(words)
    return out


def given_before_near_miss(
    text: str,
    spans: list[Any],
    given: dict[str, frozenset[str]],
    tags: Mapping[str, str] | None = None,
) -> list[Any]:
    """A misspelt family name (a near miss tagged with its person) takes in the capitalised
    word right before it when that word is the same person's given name, though the word alone
    was read as an ordinary one ("Dag Delliić", "Inga Wójccik", "Mark Kovačeviić"). A near
    miss several people's family names are as near (`candidates`: "Joahnsen" beside Bo, Emma
    and Henrik Johansen) takes it in too when the word is the given name of exactly one of
    them, and then gets that person's tag (`tags`, by key): "Bo Joahnsen", "Liv Pualsen"."""
    out = list(spans)
    for i, span in enumerate(out):
        if text[span.start - 1 : span.start] != " " or span.kind != "name":
            continue
        if span.via != "near" and (span.key is None or span.via):
            continue  # a registered family name as written: only a slip of the given name
        if span.key is None and not (span.candidates and tags):
            continue
        begin = span.start - 1
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        word = text[begin : span.start - 1]
        if not (
            word[:1].isupper()
            and (begin == 0 or not text[begin - 1].isalnum())
            and (i == 0 or out[i - 1].end <= begin)
        ):
            continue
        low = word.lower()
        if span.via != "near":  # "Roe Stewart" for Rose Stewart: the given name misspelt
            if _slip_of_given(low, given.get(span.key, ())):
                out[i] = span._replace(start=begin)
            continue
        if span.key is not None:
            if low in given.get(span.key, ()) or _slip_of_given(low, given.get(span.key, ())):
                out[i] = span._replace(start=begin)
            continue
        owners = [key for key in span.candidates if low in given.get(key, ())]
        if len(owners) == 1 and tags is not None and owners[0] in tags:
            out[i] = span._replace(start=begin, key=owners[0], tag=tags[owners[0]], candidates=())
    return out


def _slip_of_given(word: str, names: frozenset[str]) -> bool:
    """Whether `word` (lower case, three letters or more, no function word) is one edit (a
    transposition counting one) from one of a person's given names, beginning as it does."""
    if len(word) < 3 or word in names or word in vocab.function_words():
        return False
    return any(
        name[:1] == word[:1] and DamerauLevenshtein.distance(word, name, score_cutoff=1) <= 1
        for name in names
    )


# Only a person (or an animal) is born: "Bo är född 1989", "Bill was born on 10/7 1952".
_BORN = re.compile(r"(?:was|is|were|är|var|blev)[ \t]+(?:born|född|fött)\b|föddes\b")


def born(low: str, index: int) -> bool:
    """Whether the words at `index` say someone was born ("was born", "är född", "föddes"):
    the word before them is a person, though at the start of a sentence and also a word."""
    return _BORN.match(low, index) is not None


# Modal verbs that are also given names: a modal takes a bare verb ("May I ask", "Will she
# manage"), never a past tense, so before one the word can only be the person ("Will lost
# her phone", "Will gave us a new number").
# "May" is left out: it is a month too, and a month takes any verb ("May was a hard month").
_MODALS = frozenset("will can must might shall".split())
# (without the verbs whose past is their bare form, "Will cut it", and "was", "had": "Will
# was signed" may be a testament; those wait for the person to be named elsewhere)
_PAST = (IRREGULAR_PAST | frozenset({"did"})) - frozenset(
    "bet bid burst cast cost cut hit hurt let put quit read set shed shut split spread".split()
)
_BARE_ED = frozenset("embed imbed shred sled wed bed".split())


# Pasts of an intransitive verb that are the bare form of a transitive one (lie/lay, "lay a
# trap"; fall/fell, "fell a tree"): with an object after them, the bare verb.
_INTRANSITIVE_PASTS = frozenset({"lay", "fell"})
_OBJECT_OPENERS = frozenset("a an the it them him her me us you this that these those".split())


def bare_with_object(following: str, after: str) -> bool:
    """Whether `following`, a past of an intransitive verb that is also a transitive verb's
    bare form ("lay", "fell"), has an object after it (`after`, the next word: an article or
    an object pronoun): the bare verb a modal takes ("they will lay a trap", "will lay it at
    my feet"), since the intransitive past takes no object ("Will lay on the sofa")."""
    return following in _INTRANSITIVE_PASTS and after in _OBJECT_OPENERS


def object_opener(word: str) -> bool:
    """Whether the lower-case `word` is an article or an object pronoun, which opens the
    object a transitive verb takes ("drew a bird", "told her")."""
    return word in _OBJECT_OPENERS


def modal_then_past(word: str, following: str) -> bool:
    """Whether `word` (lower case) is a modal verb that is also a name and `following` a
    past tense, which no modal takes."""
    return word in _MODALS and (
        following in _PAST
        # "-ed" of the past ("lived", "used"), not the bare verbs "need", "feed", "shed"
        or (
            following.endswith("ed")
            and not following.endswith("eed")
            and len(following) > 4
            and following not in _BARE_ED
        )
    )
