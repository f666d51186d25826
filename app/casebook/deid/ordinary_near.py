"""A near miss or a spelling without diacritics of a registered name that is a common word
of its sentence's language where a sentence or a list item opens, and nothing says a person:
the word ("Norge må betale" beside a registered Børge, "Andre må gerne dele" beside a
registered André, "1) Bare de rike" beside a registered Bure, "Kerran meidän" beside a
registered Kamran).

The near-miss rules (`nearmiss.py` and its callers) take a capitalised word one slip from a
registered name for that name misspelt, and the name matcher takes a word written without a
registered name's diacritics ("Andre" for André) for the name. At an opening the capital says
nothing, and the frequent words of Norwegian, Danish and Finnish are a letter or a mark away
from many names. Such a span is left out when it is one word:

- opening a sentence, a list item ("15) Ainoa valmiste"), a turn or a label's value, or
  written in lower case; a capitalised word inside a sentence stays (the capital is the cue
  there), and so does a word cased as no word is ("oH" for Ho);
- that is a common word of its sentence's language (`note_language.common_words`; for
  Finnish also a spoken form `spoken_finnish` undoes; in a sentence of Swedish or English, a
  common word of the one the words around it are written in, `namecontext.local_language`:
  not "Kristna was tired", Kristina misspelt as a Swedish word), a closed-class word
  (`closed_words`), or a country or nationality word ("Norge");
- whose spelling is no registered form, nor one with an ending ("Viljalla", "Perin": Vilja's,
  Per's): an exactly spelled registered name, inflected or not, is not judged here;
- and where nothing says a person: the same text names none of the people it could be (a
  mention found as registered), no title or relation word stands before it, no verb of
  saying or doing after it ("Andre sagde", "Aina kertoi"; not the "thanks" of a reply after
  an English adjective, "Nice thanks for your help", `greetings.thanks_for`), no second
  finite verb after a word that is a verb of being or having ("Var hadde med kaffe" for
  Vår), nor a conjunction and a capitalised word ("Sade og Emad"), it stands in no list of
  people nor in a line only a person fills, in no e-mail header's display name ("From:
  Gynnar <…>"), on no signature's line, and is no one addressed ("Bare, kom hit!").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from casebook.deid import (
    attendance_lists,
    closed_words,
    context,
    greetings,
    layout_slots,
    lexicon,
    name_inflection,
    name_nouns,
    namecontext,
    neighbour_openings,
    note_language,
    peoples,
    slot_near,
    spoken_finnish,
    vocab,
    vocatives,
)
from casebook.deid.registry import ascii_fold

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

# The mark of a numbered or lettered item, or a bullet, alone before the word on its line:
# "15) ", "2. ", "b) ", "- ", "• ".
_ITEM = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}[.)]|[a-zA-Z]\)|[-•*–])[ \t]+\Z")
_NEXT = re.compile(r"[ \t]*([^\W\d_]+)")
# An e-mail address in angle brackets after a display name's words ("Gynnar Wiklund
# <g.w@…>", "<g.w[at]…>"): the words are the sender's name.
_ADDRESS_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_][^\W\d_'’-]*){0,3}[ \t]*<[^<>\s]{1,64}?(?:@|\[at\]|\(at\))"
)
# Finite verbs of being and having: one opening a main clause is followed by its subject,
# never by a second finite verb (verb-second), so before one it is a noun or a name.
_BE_HAVE = frozenset("var er har hadde havde blev ble är hade".split())
_AND = frozenset({"and", "och", "og", "ja", "und", "eller", "or", "tai"})


def folds(forms: Iterable[str]) -> frozenset[str]:
    """The registered words as written (lower case), those with diacritics written without
    them."""
    forms = frozenset(forms)
    return frozenset(ascii_fold(f) for f in forms if not f.isascii()) - forms


def kept(
    text: str, spans: Sequence[Span], forms: frozenset[str], folded: frozenset[str]
) -> list[Span]:
    """`spans` without the near misses and folds of registered names that are ordinary words
    where they stand (module docstring); `forms` are the registry's words as written
    (`Registry.written_words`),
    `folded` those with diacritics written without them (`folds`)."""
    doubtful = [
        i
        for i, s in enumerate(spans)
        if s.kind == "name" and (s.via == "near" or (not s.via and s.key is not None))
    ]
    if not doubtful:
        return list(spans)
    low = text.lower()
    drop: set[int] = set()
    for i in doubtful:
        span = spans[i]
        word = low[span.start : span.end]
        written = text[span.start : span.end]
        if not word.isalpha() or word in forms or not (written.islower() or written.istitle()):
            continue  # "oH" for Ho: no word is written so
        if not span.via and word not in folded:
            continue  # an inflection or a case of the registered form: the name as registered
        if _registered_stem(word, forms):
            continue  # "Viljalla", "Perin": a registered name with a case, no slip
        if not _ordinary(text, span.start, span.end, word):
            continue
        if _named_elsewhere(spans, i) or _person_here(text, low, span.start, span.end):
            continue
        drop.add(i)
    return [s for i, s in enumerate(spans) if i not in drop]


def _registered_stem(word: str, forms: frozenset[str]) -> bool:
    """Whether the lower-case `word` is a registered form with an ending: it begins with one
    ("perin", Per's), or a Finnish case of one leaves it (`name_inflection.bases`)."""
    return any(word[:cut] in forms for cut in range(2, len(word))) or any(
        base in forms for base in name_inflection.bases(word)
    )


def _ordinary(text: str, start: int, end: int, word: str) -> bool:
    """Whether the word text[start:end] (`word` in lower case) opens a sentence or an item,
    or is written in lower case, and is an ordinary word of its sentence's language."""
    if text[start].isupper() and not _opening(text, start):
        return False
    if word in lexicon.lands() or word in peoples.ADJECTIVES or closed_words.closed(word):
        return True
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if not languages and note_language.frequent(word, note_language.NEIGHBOURS):
        # "Dere må få med alt.": a short sentence Swedish shares but for its first word
        languages = note_language.sentence_language(text, start, end)
    if not languages:  # Swedish or English: the words around it say which ("Svar: Bent",
        # not "Kristna was tired", Kristina misspelt as a Swedish word in an English note)
        local = namecontext.local_language(text.lower(), start, end)
        return local is not None and word in vocab.common_words(local)
    if "fi" in languages and spoken_finnish.written_form(word):
        return True
    return any(word in note_language.common_words(lang) for lang in languages)


def _opening(text: str, start: int) -> bool:
    """Whether text[start] opens a sentence, a line's item after its mark, or a label's value."""
    return context.sentence_start(text, start) or bool(
        _ITEM.search(text, max(0, start - 12), start)
    )


def _named_elsewhere(spans: Sequence[Span], index: int) -> bool:
    """Whether another span of the text is a mention, found as registered, of a person the
    span at `index` may be."""
    span = spans[index]
    people = {span.key, *span.candidates} - {None}
    return any(i != index and s.via != "near" and s.key in people for i, s in enumerate(spans))


def _person_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether the setting says a person: a title or relation before, a verb of saying or
    doing after, a list or slot of people, an e-mail header's display name, a signature's line, an
    address."""
    if context.after_person_word(low, start):
        return True
    following = _NEXT.match(low, end)
    if (
        following
        and following.group(1) == "thanks"
        and low[start:end] in name_nouns.adjectives()
        and (greetings.thanks_alone(low, end) or greetings.thanks_for(low, end))
    ):
        following = None  # "Nice thanks for your help.": an answer's thanks, not the verb
    if following and (
        following.group(1) in vocab.STRONG_FOLLOWERS
        or following.group(1) in name_inflection.HUMAN_SUBJECT_VERBS
    ):
        return True
    if (
        following
        and low[start:end] in _BE_HAVE
        and text[following.start(1)].islower()
        and neighbour_openings.finite(following.group(1), False)
    ):
        return True  # "Var hadde med kaffe" (Vår): "var" (was) before a verb is no verb
    if following and following.group(1) in _AND:
        second = _NEXT.match(text, following.end())
        if second and second.group(1)[0].isupper():
            return True  # "Sade og Emad deler værelse": one of two people
    if _ADDRESS_AFTER.match(text, end):
        return True  # "From: Gynnar <gunnar[at]…>": a display name, the sender's
    return (
        attendance_lists.listed(text, low, start)
        or attendance_lists.block_person(text, start, end)
        or layout_slots.in_slot(text, start, end)
        or slot_near.in_slot(text, low, start, end)  # "From: Am", "Namn: Sad"
        or namecontext.signature_name(low, start, end)
        or vocatives.addressed(text, low, start, end)
    )
