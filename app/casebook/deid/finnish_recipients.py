"""Whom a Finnish note gave, told or rang: a stranger in the allative after a verb of giving,
telling, sending or calling in the same clause ("Jätin esitteen Jensignelle", "Soitin vielä
Jensignelle", "Kerroin asiasta Marjatalle").

Mid-sentence Finnish writes only proper nouns capitalised, but a capitalised word in a case
is a town or a body as often as a person (`inner_strangers` takes one there only when it is
written as no Finnish word is). The allative ("-lle") after these verbs is their recipient:
one gives, tells, sends or phones to a person, and to a body or a town only by its name,
which the word lists hold ("Soitin Kelalle", Kela being a word too; "Tampereelle", a town).

Taken here: a capitalised word ending in "-lle", not in capitals, of class U (no ordinary
word, no name of the lexicon, no town: `UnregisteredNames.word_class`), in a sentence
`note_language` reads as Finnish, when one of the three words before it on its line, with
no punctuation between, is such a verb in the first or third person, present or past, or
its infinitive, and no name the word may be a case of (`name_inflection.bases`) is an
ordinary word of any language or a town ("Postille", "Imatralle" stay).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, name_inflection, note_language, vocab
from casebook.deid.overlaps import Overlaps

# Verbs whose recipient is in the allative: give, leave (a leaflet with), send, tell, say,
# explain, answer, announce, show, write, phone; first and third person singular and plural,
# present and past, and the infinitive.
RECIPIENT_VERBS = frozenset(
    """annoin antoi annoimme antoivat annan antaa antavat
    jätin jätti jätimme jättivät jätän jättää
    lähetin lähetti lähetimme lähettivät lähetän lähettää
    kerroin kertoi kerroimme kertoivat kerron kertoo kertovat kertoa
    sanoin sanoi sanoimme sanoivat sanon sanoo sanovat sanoa
    selitin selitti selitimme selittivät selitän selittää
    vastasin vastasi vastasimme vastasivat vastaan vastaa vastata
    ilmoitin ilmoitti ilmoitimme ilmoittivat ilmoitan ilmoittaa
    näytin näytti näytimme näyttivät näytän näyttää
    kirjoitin kirjoitti kirjoitimme kirjoittivat kirjoitan kirjoittaa
    soitin soitti soitimme soittivat soitan soittaa soittavat""".split()
)
# (The capital first, no letter before it checked behind it: `re` skips in C to the capitals.)
_ALLATIVE = re.compile(
    r"([A-ZÀ-ÖØ-ÞĀ-ɏ](?<![^\W\d_][A-ZÀ-ÖØ-ÞĀ-ɏ])[a-zß-öø-ÿā-ɏ]{2,}lle)(?![^\W\d_'’-])"
)
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_REACH = 3


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a recipient stands in `text`, outside the spans `taken` ((start, end, ...))."""
    if "lle" not in text:
        return []
    out = []
    hits = Overlaps(taken)  # type: ignore[arg-type]
    for match in _ALLATIVE.finditer(text):
        start, end = match.span(1)
        if hits.hit(start, end) or not _after_verb(text, start):
            continue
        word = match.group(1)
        if word_class(word) != "U" or not _no_word_base(word.lower()):
            continue
        if note_language.sentence_language(text, start, end, count_word=False) != ("fi",):
            continue
        out.append((start, end))
    return out


def _after_verb(text: str, start: int) -> bool:
    """Whether a recipient verb stands among the few lower-case words before `start` on its
    line, nothing but spaces between them."""
    at = start
    for _ in range(_REACH):
        match = _BEFORE.search(text, max(0, at - 40), at)
        if match is None:
            return False
        word = match.group(1)
        if word.lower() in RECIPIENT_VERBS:
            return True
        if not word.islower():
            return False
        at = match.start(1)
    return False


def _no_word_base(word: str) -> bool:
    """Whether no name `word` may be an allative of is an ordinary word or a town."""
    stems = name_inflection.bases(word)
    if not stems:
        return False
    known, places = vocab.known_words(), lexicon.places()
    neighbours = note_language.neighbour_words()
    return lexicon.name_shaped(stems[0]) and not any(
        stem in known or stem in neighbours or stem in places or vocab.is_word_form(stem)
        for stem in stems
    )
