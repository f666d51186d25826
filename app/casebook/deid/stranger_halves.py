"""The other half of a stranger's name when one half is a name already found: "Peter Merritt
from the housing office" (another Peter than the registered one), "Fredine Mikkelsen" (not
the registered Mikkelsen), "Eldar Mustafalı", "Daniel Mädamürk".

People share given names and family names with the people a study registered, and with the
names of the lexicon; the half nobody knows is then left beside a replaced one, which tells the
analyst who it was ("[P-3] Mustafalı"). `unregistered.py` reads runs of capitalised words, but
leaves the registered words of a run to `names.py`, which finds only the registered person: so
a run that mixes a registered word and an unknown one was nobody's. Here, after every rule has
run, the capitalised word right beside a name that was found (same line, one space between) is
taken as `[name]` when

- it is no ordinary word, no town, no title or role (`UnregisteredNames.word_class` says a
  name of the lexicon, an unknown word or a name's genitive: "Mustafalı", "Merritt"), on
  either side; or
- it stands before the name and is a registered given name ("Peter Merritt") that is no
  frequent word, no month and no holiday, and either stands inside a sentence or comes before a
  family name of the lexicon: "Hope Anna is fine" keeps its "Hope" (a wish), "Peter Merritt
  came" loses "Peter"; or
- it is a rare word or a place of the lexicons and the two open a sentence, a line or a chat
  log's message closed by a colon or comma: a speaker's label or the person addressed
  ("15:37 < Narcissus Dunker: Stone was ...", "Gudbrand Namsen, Dette vil ..."); before a
  colon even where the word is one of the sentence's language ("Abba Nilssen: Dette ...");
  or
- it is any capitalised word, on either side of a one-word name, and the two are all of a
  speaker's label, of a header's or field's value or of a chat's timed label ("Sol Brekke:
  Ja, ...", "Från: Sky Brekke⏎", "Rain Laitinen (10:02): ..."), unless it is a title, role,
  contact label, pronoun, verb of saying, greeting or closing, or, before the name, a word
  of the 40 most frequent ("To Brekke: ..."); not in what a speaker's turn says ("Int:
  Opfølgning Herodes", `speaker_turns.turn_before`) (`_slot_half`).

Not a pronoun, question word or interjection of `closed_words` after the name: it opens the
next clause ("Ilmo Mitä suurempi", what), nor a Finnish inflected word opening the next
sentence (`function_edges.finnish_opener`: "Ahmed Tainio Asiakkaalla on"). Not a word
before the name that is an ordinary word of its sentence's neighbour language
("Fordi Hagen greier", "Lääkäri Eskola", "Präsident Franjo Tudjman": `note_language`), nor a
closing formula of one word opening its line ("Mvh Nela Dułak, 070-…", `greetings.CLOSINGS`).
A family name's particles go with it, on either side ("Leah ter Slight", "Femke De Smedt").
Not after a name typed in lower case, not beside a word in capitals, not before a place or
organisation word ("Anna Lindh Hospital" is no person) nor a legal form ("Merritt Kraft AB").
Runs on the names already found, reading one word either side of each; no scan of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from casebook.deid import (
    capital_halves,
    closed_words,
    common_halves,
    function_edges,
    greetings,
    lexicon,
    note_language,
    organisations,
    speaker_turns,
    vocab,
)
from casebook.deid.context import sentence_start

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

_AFTER = re.compile(r"[ \t]([^\W\d_][^\W\d_'’-]+)")
# Particles of a family name ("Leah ter Slight", "Robert De Snaijer", "Naomi van Wegberg"):
# after one, a capitalised word is the family name whatever else it is.
_PARTICLED = re.compile(
    r"[ \t]((?:(?:van|von|de|der|den|te|ter|ten|da|di|du|del|della|af|zu|dos|das)[ \t]){1,2}"
    r"[^\W\d_][^\W\d_'’-]+)",
    re.IGNORECASE,
)
_NEXT = re.compile(r"[ \t]+([^\W\d_]+)")
_BLANKS = frozenset(" \t")
_STRANGERS = frozenset({"U", "N", "N+s"})  # a lexicon name, an unknown word, a genitive


def find(
    text: str,
    spans: list[Span],
    word_class: Callable[[str], str | None],
    registered: Collection[str],
) -> list[tuple[int, int]]:
    """Stretches (start, end) of the words beside the names of `spans` (sorted, not
    overlapping) that are the other half of the same stranger's name."""
    out: list[tuple[int, int]] = []
    for index, span in enumerate(spans):
        if span.kind != "name" or not text[span.start : span.start + 1].isupper():
            continue
        if text[span.start : span.end].isupper():
            continue  # a name in capitals: capitals say nothing about the word beside it
        following = spans[index + 1].start if index + 1 < len(spans) else len(text)
        after = (
            _AFTER.match(text, span.end)
            if text[span.end : span.end + 1] in _BLANKS
            and text[span.end + 1 : span.end + 2].isalpha()
            else None
        )  # (a character test first: most names stand before a small word or punctuation)
        if after and after.end(1) <= following:
            word = after.group(1)
            if closed_words.closed(word.lower()):
                pass  # a pronoun or question word opening the next clause: "Ilmo Mitä suurempi"
            elif " " in text[span.start : span.end] and function_edges.finnish_opener(
                text, after.start(1), after.end(1)
            ):  # after a given and a family name; after "Azraa" alone, "Ahooja" is hers
                pass  # an inflected Finnish word opening the next sentence: "Tainio Asiakkaalla on"
            elif (
                _capitalised(word)
                and (
                    word_class(word) in _STRANGERS
                    or (  # "Karen Lee": an ordinary word capitalised inside a sentence (a
                        # stranger's name takes it itself: `trailing_surnames`, "Wang Fang")
                        _registered(span)
                        and capital_halves.part_of_name(
                            text, after.start(1), after.end(1), False, text[span.start : span.end]
                        )
                    )
                )
            ):
                if not _body_follows(text, after.end(1)):
                    out.append((after.start(1), after.end(1)))
            elif (
                _capitalised(word)
                and " " not in text[span.start : span.end]
                and _slot_half(text, span.start, after.end(1), word, False)
            ):
                out.append((after.start(1), after.end(1)))  # "Tove Sand: Ja, det stämmer."
            elif word[0].isupper() or word in _PARTICLE_WORDS:
                particled = _PARTICLED.match(text, span.end)
                if particled and particled.end(1) <= following and _family(particled.group(1)):
                    if not _body_follows(text, particled.end(1)):
                        out.append((particled.start(1), particled.end(1)))
        if out and out[-1][1] > span.start:
            continue
        if span.start < 3 or text[span.start - 1] not in _BLANKS:
            continue
        begin = span.start - 1
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1  # letters only: "I'm Henke" holds no name "I'm"
        word = text[begin : span.start - 1]
        preceding = spans[index - 1].end if index else 0
        if not word or begin < preceding or (begin and text[begin - 1].isalnum()):
            continue
        if word.lower() in _PARTICLE_WORDS:
            window = max(preceding, span.start - 40)
            particles = _PARTICLES_BEFORE.search(text, window, span.start)
            if particles and _given_before_particles(text, particles, word_class):
                out.append((particles.start(1), span.start - 1))  # "Femke De Smedt"
            continue
        if not word[0].isupper() or _body_follows(text, span.end):
            continue  # (a single capital may be an initial: "Deltagere: K Lund")
        if greetings.salutation_word(text, begin, span.start - 1):
            continue  # "Kære Maja,", "Dear Lund,": the letter's salutation, then the name
        if capital_halves.part_of_name(
            text, begin, span.start - 1, True, text[span.start : span.end]
        ):
            out.append((begin, span.start - 1))  # "av Lina Holm", "Sagsbehandler: Anker Lund"
            continue
        if not _capitalised(word):
            continue  # "OT Henna", "RG Dag Bolin": an abbreviation in capitals
        if text[span.end : span.end + 1] == ":" and _label_pair(text, begin, span.end):
            if word_class(word) in _LABEL_HALVES:
                out.append((begin, span.start - 1))  # "23:49 > Abba Nilssen: Dette ..."
                continue
        if " " not in text[span.start : span.end] and _slot_half(text, begin, span.end, word, True):
            out.append((begin, span.start - 1))  # "Sol Brekke: Ja", "Från: Sky Brekke"
            continue
        if word.lower() not in registered and common_halves.opening_given(
            text, begin, span.start - 1, span.end
        ):  # (a registered one is the person's: `homographs.given_before_near_miss`)
            out.append((begin, span.start - 1))  # "Kaj Holm ringede": V2 holds one phrase
            continue
        if note_language.opens_a_name(text, begin, word.lower()):
            continue  # "Fordi Hagen greier", "Präsident Franjo Tudjman": a word, then the name
        if _closing_word(text, begin, word):
            continue  # "Mvh Nela Dułak, 070-…": the closing, then the writer's name
        if word_class(word) in _STRANGERS or _shared_given(text, word, begin, span, registered):
            out.append((begin, span.start - 1))
        elif _label_pair(text, begin, span.end) and word_class(word) in _LABEL_HALVES:
            out.append((begin, span.start - 1))  # "15:37 < Narcissus Dunker: Stone was ..."
    return out


def _slot_half(text: str, start: int, end: int, word: str, before: bool) -> bool:
    """Whether the capitalised `word` beside a one-word name found makes, with it, all of a
    label or a field's value (`common_halves.whole_field`: "Sol Brekke: Ja, ...", "Från: Sky
    Brekke⏎", "Tove Sand: ...") or a chat's speaker with the clock time after it ("Rain
    Laitinen (10:02): ..."): no sentence is two words there, so the ordinary word is the other
    half of the person's name. Not a title, relation or role ("Doctor Lund:"), a contact
    detail's label ("Lund Tel:"), a pronoun, a verb of saying ("Lund Says:"), a greeting or a
    closing ("Dear Lund:", "Hi Anna:"), nor one of the 40 most frequent words `before` the
    name ("To Anna:", "From Lund:"; after it, short family names such as "Do" or "Le" are
    words too)."""
    low = word.lower()
    if (
        low in vocab.TITLES
        or low in vocab.RELATIONS
        or low in vocab.PERSONAL_DATA
        or low in vocab.PRONOUNS
        or low in vocab.SAYING_VERBS
        or low in greetings.CLOSINGS
        or low in greetings.OPENERS
        or closed_words.closed(low)
        or (before and low in vocab.function_words(40))
    ):
        return False
    if speaker_turns.turn_before(text, start):
        return False  # "Int: Opfølgning Herodes": said in a turn, no field's value
    return common_halves.whole_field(text, start, end) or speaker_turns.timed_label(
        text, start, end
    )


# What else a given name may be in the lexicons: a rare word ("Narcissus"), a place ("Abba").
_LABEL_HALVES = frozenset({"R", "P"})


def _label_pair(text: str, begin: int, end: int) -> bool:
    """Whether two capitalised words, the second a name found, open a sentence or a line and
    end at a colon or comma: a speaker's or sender's label ("Narcissus Dunker: ...") or the
    person a message turns to ("Gudbrand Namsen, ..."), both halves one person's."""
    return text[end : end + 1] in (":", ",") and sentence_start(text, begin)


_PARTICLES_BEFORE = re.compile(
    r"([^\W\d_][^\W\d_'’-]+)[ \t]((?:(?:van|von|de|der|den|te|ter|ten|da|di|du|del|della|af|zu"
    r"|dos|das)[ \t]){1,2})\Z",
    re.IGNORECASE,
)


def _given_before_particles(
    text: str, match: re.Match[str], word_class: Callable[[str], str | None]
) -> bool:
    """Whether a given name and particles stand before a family name ("Femke De| Smedt")."""
    word = match.group(1)
    if match.start(1) and text[match.start(1) - 1].isalnum():
        return False
    particles = match.group(2).split()
    return (
        _capitalised(word)
        and all(p.islower() or p.istitle() for p in particles)
        and (word_class(word) in _STRANGERS or word.lower() in lexicon.given_names())
    )


_PARTICLE_WORDS = frozenset(
    "van von de der den te ter ten da di du del della af zu dos das".split()
)


def _family(words: str) -> bool:
    """Whether the words after a name are particles, each lower case or capitalised, and a
    capitalised family name that is no place or organisation word ("ter Slight", "De Marco")."""
    *particles, family = words.split()
    return (
        all(p.islower() or p.istitle() for p in particles)
        and _capitalised(family)
        and family.lower() not in vocab.PLACE_WORDS
        and family.lower() not in vocab.function_words()
    )


def _closing_word(text: str, begin: int, word: str) -> bool:
    """Whether `word` opens its line as a closing formula of one word ("Mvh", "Hälsningar",
    "Regards", "Terveisin"), not one that is also a given name ("Love Nyström")."""
    low = word.lower()
    return (
        low in greetings.CLOSINGS
        and low not in lexicon.given_names()
        and sentence_start(text, begin)
    )


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not word.isupper() and len(word) >= 2


def _shared_given(
    text: str, word: str, start: int, span: Span, registered: Collection[str]
) -> bool:
    """Whether `word` before the name `span` is a registered given name the stranger shares."""
    low = word.lower()
    if (
        low not in registered
        or low in vocab.function_words()
        or low in vocab.MONTHS
        or low in vocab.TIME_WORDS
        or low in vocab.TITLES
        or low in vocab.RELATIONS
    ):
        return False
    if not sentence_start(text, start):
        return True  # "then Peter Merritt rang"
    first = text[span.start : span.end].split(" ", 1)[0].lower()
    names = lexicon.given_names()
    return first in lexicon.family_names() and first not in names  # "Peter Merritt came"


def _registered(span: Span) -> bool:
    """Whether a name found is a registered person's (one or several candidates)."""
    return span.key is not None or bool(span.candidates)


def _body_follows(text: str, end: int) -> bool:
    """A place or organisation word, or a firm's legal form, right after: no person."""
    if organisations.legal_form_follows(text, end):
        return True
    following = _NEXT.match(text, end)
    return bool(following) and following.group(1).lower() in vocab.PLACE_WORDS
