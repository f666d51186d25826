"""A family name that is one of the language's common words, right after a given name: "det
var Ada Mitt på boendet", "Olga Vara kom sent", "Olga Namn soitti eilen".

A given name of the lexicon is redacted by `unregistered.py` on its own, and the rules that
take the word after it along refuse the few hundred commonest words of a language; so a
capitalised "Mitt", "Vara" or "Namn" right after it stayed in the release: half a name, and
with the given name gone the half that identifies. A
capitalised word right after a given name is its family name, unless it is a word that
follows names for other reasons: one of the commonest words ("Anna Och Lisa"), a verb or
adverb typed in a hurry ("Anna Said"), a title or role ("Anna Kurator"), a month or day
("told Anna Monday"), a place word ("Maria Church"), a people's adjective ("Anna Swedish"),
or a word in capitals. A lower-case word or the sentence's end must follow it, so that a
title in title case ("Notes From Anna Over The Weekend") or a longer proper noun is left to
their rules.
"""

from __future__ import annotations

from casebook.deid import lexicon, peoples, vocab

_ENDS = frozenset(".,!?;:")


def end(text: str, low: str, start: int, stop: int) -> int:
    """Where the name that begins with the given name text[start:stop] ends: after an
    ordinary word in capitals that is its family name, else `stop`."""
    if low[start:stop] not in lexicon.given_names():
        return stop
    if text[stop : stop + 1] != " " or not text[stop + 1 : stop + 2].isupper():
        return stop
    last = stop + 1
    while last < len(text) and text[last].isalpha():
        last += 1
    written, word = text[stop + 1 : last], low[stop + 1 : last]
    if (
        len(word) < 3
        or written.isupper()
        or word not in vocab.known_words()
        or word in vocab.function_words(40)  # "Anna Och"; not "Mitt", "Vara", "Namn"
        or word in vocab.NAME_FOLLOWERS  # "Anna Said" typed in a hurry: a verb
        or word in vocab.MODALS
        or word in vocab.ADVERBS
        or word in vocab.TITLES
        or word in vocab.RELATIONS
        or word in vocab.MONTHS
        or word in vocab.TIME_WORDS
        or word in vocab.PLACE_WORDS
        or word in peoples.ADJECTIVES
    ):
        return stop
    after = text[last : last + 2]
    if after == "" or after[:1] in _ENDS or (after[:1] == " " and after[1:].islower()):
        return last
    return stop
