"""Names written beside a contact detail: the person a phone number or e-mail address is for.

Notes list people with their numbers, and the word next to a number is its owner far more
often than anything else: "Kontakter: Zaneta, tel 0701 …", "Chidera 0046 70 …", "(Oyelaran,
mob. 070-…)", "new number for Tanvir: …", "ring Ilkka on +33 …", "070-… – Nkechi", a number
ending its line and its owner's name opening the next, "Mejl från Ebere (e@…)", "skrev
ebere obi <e@…>". Such a word is a name when it is no ordinary word (nor a pronoun of
`closed_words`: "[16:35] Minä: 020 …", I, as a message's sender): an unknown word, a name of
the lexicon, a misspelt registered name (it takes that person's tag, `nearmiss.py`), a
town's name or, typed in lower case, a word of no dictionary that is shaped like a name.
The word before it joins it when it is one too ("Chidera Obi, tel …").

Runs after the other name rules, only where the patterns found a phone number or an e-mail
address (no whole-text scan): it reads at most a line's tail before each and the start of
the next line after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from casebook.deid import (
    closed_words,
    possessive_determiners,
    role_parentheses,
    service_senders,
    vocab,
)
from casebook.deid.context import place_position, sentence_start
from casebook.deid.phones import STRONG_CUES, WEAK_CUES
from casebook.deid.registry import ascii_fold

if TYPE_CHECKING:
    from casebook.deid.unregistered import Found, UnregisteredNames

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) \Z")
# What may stand between a phone number and the words before it ("X, tel ", "X: ", "(X, mob. ",
# "X on +"), and between an e-mail address and its owner's display name ("X <", "X (").
_PHONE_GAP = frozenset(" \t,:;(–|-+")
_MAIL_GAP = frozenset(" \t(<")
# After a phone number: a dash ("070-… – X"), or the end of its line ("Phone 070-…" and the
# owner's name opening the next line).
_AFTER_PHONE = re.compile(r"[ \t]*\)?[ \t]*(?:[–|-][ \t]*|\n[ \t]*)(?=[^\W\d_])")
# Labels of a number and words joining it to its owner, read past ("X, tel 070-…", "X on
# +33 …"); never a verb ("cousin in Homs rang, number …": the town does not own the number).
_SKIPPED = frozenset(
    """tel tele tfn tlf tlfn telefon telefonnr phone ph mob mobil mobile cell fax puh
    puhelin nr no number nummer on at på""".split()
)
# Those of them that are nouns written out, which a possessive determiner goes before
# ("hans nummer", his number); not the abbreviated labels of a list ("Hans tel 070-…").
_NOUNS = frozenset("telefon phone mobil mobile puhelin number nummer".split())
_NOT_OWNERS = (
    STRONG_CUES
    | WEAK_CUES
    | _SKIPPED
    | vocab.TITLES
    | vocab.MONTHS
    | vocab.TIME_WORDS
    | vocab.PRONOUNS
    | vocab.LABELS
    | vocab.ATTENDANCE
    | vocab.RELATIONS
    | role_parentheses.ROLE_NOUNS  # "Haastateltava: 040 …": the interviewee's, a label
    | frozenset("email e-mail mail mejl epost e-post från from and och or eller for för".split())
)
# The nouns for a number and the endings a neighbour language glues to them: the definite
# article of Norwegian and Danish ("Nummeret 335 95 684 står feil", the number; "telefonen"),
# the cases and possessive suffixes of Finnish ("Hän antoi numeronsa 040 …", his number;
# "numeroon", "puhelinnumeroni"). Such a word before a number is the number's noun, however
# it is written and whatever comes before it ("puhelinnumeronsa"), never its owner.
_NUMBER_NOUNS = ("nummer", "number", "numero", "telefon", "mobil")
_NORDIC_ENDINGS = ("et", "en", "a", "ene", "er", "ets", "ens")
_FINNISH_CASES = ("", "n", "a", "on", "ssa", "sta", "lla", "lta", "lle", "ksi", "t", "ja")
_FINNISH_OWNERS = ("", "ni", "si", "nsa", "mme", "nne", "an", "aan")
_NUMBER_ENDINGS = frozenset(
    (
        *_NORDIC_ENDINGS,
        *(case + owner for case in _FINNISH_CASES for owner in _FINNISH_OWNERS),
        *("ni si nsa mme nne".split()),  # the genitive's "n" gives way: "numeroni", my number
    )
)
_OWNER_CLASSES = frozenset({"N", "U", "near?", "N+s"})  # not a town: "sister in Oulu: 070-…"
_MOST_WORDS = 3
_WROTE = ("skrev", "wrote", "writes", "skriver")


def find(
    text: str,
    low: str,
    spans: Iterable[tuple[int, int, str]],
    taken: list[tuple[int, int]],
    finder: UnregisteredNames,
) -> list[Found]:
    """Names beside the phone numbers and e-mail addresses among `spans` (start, end, kind),
    outside the stretches `taken` (every span found so far)."""
    contacts = [(s, e, k) for s, e, k in spans if k == "phone" or k == "email"]
    if not contacts:
        return []
    from casebook.deid.unregistered import Found

    found: list[Found] = []
    busy = list(taken)
    for start, end, kind in contacts:
        groups = [_before(text, low, start, kind == "email", busy, finder)]
        if kind == "phone":
            groups.append(_after(text, low, end, busy, finder))
        for words in groups:
            if not words or not _whole_name(text, low, words[0][0], finder):
                continue
            s, e = words[0][0], words[-1][1]  # one name, its words next to each other
            near = (
                finder.near.find(low[s:e], named=True) if len(words) == 1 and finder.near else None
            )
            if (
                not near
                and len(words) == 1
                and service_senders.service(text[s:e], service_senders.rest_of_slot(text, e))
            ):
                continue  # "Lähettäjä: Vastaanotto <…>": a service writes (the reception)
            found.append(Found(s, e, near.entries, "near") if near else Found(s, e, (), "lexicon"))
            busy.append((s, e))
    return found


def _before(
    text: str,
    low: str,
    start: int,
    mail: bool,
    busy: list[tuple[int, int]],
    finder: UnregisteredNames,
) -> list[tuple[int, int]]:
    """The owner's words right before a contact detail starting at `start`, on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    words = [m.span() for m in _WORD.finditer(text, max(line_start, start - 60), start)]
    out: list[tuple[int, int]] = []
    right = start
    skipped, label = 0, ""
    for s, e in reversed(words):
        gap, word = text[e:right], low[s:e]
        skip = not out and not mail and word in _SKIPPED and skipped < 2
        if out:
            if gap != " " or text[s].isupper() != text[out[-1][0]].isupper():
                break  # the words of one name, all capitalised or all in lower case
        elif mail:
            if gap.strip(" \t") not in ("(", "<"):
                break  # "X <x@…>", "X (x@…)"; not "skicka till x@…"
        elif not gap or not set(gap) <= (_PHONE_GAP | {"."} if skip else _PHONE_GAP):
            break
        if skip:
            right, skipped, label = s, skipped + 1, word  # "X, tel 070-…", "X on +33 …"
            continue
        if any(b < e and s < f for b, f in busy):
            break
        if not out and gap == " " and label in _NOUNS:
            if word in possessive_determiners.S_DETERMINERS:
                break  # "Hendes nummer: …", "Hans telefon 070-…": his or her number
        if not _owner(text[s:e], word, finder, mail, True):
            break
        out.append((s, e))
        right = s
        if len(out) == _MOST_WORDS:
            break
    out.reverse()
    if out and not text[out[0][0]].isupper() and not _item_starts(text, out[0][0]):
        if not all(_owner(text[s:e], low[s:e], finder, mail) for s, e in out):
            return []  # "ja jätti numeron 070-…": lower-case words mid-sentence, no names
    return out


def _after(
    text: str, low: str, end: int, busy: list[tuple[int, int]], finder: UnregisteredNames
) -> list[tuple[int, int]]:
    """The owner's words right after a phone number that ends at `end`: after a dash
    ("070-… – Nkechi"), or the whole of the next line when the number ends its own ("Tel
    070-…" and "Nkechi Obi" below it)."""
    gap = _AFTER_PHONE.match(text, end)
    if not gap:
        return []
    own_line = "\n" in gap.group()
    out: list[tuple[int, int]] = []
    position = gap.end()
    while len(out) < 2:
        m = _WORD.match(text, position)
        if not m or any(b < m.end() and m.start() < f for b, f in busy):
            break
        if out and text[m.start()].isupper() != text[out[-1][0]].isupper():
            break
        if not _owner(m.group(), low[m.start() : m.end()], finder, False, True):
            break
        out.append(m.span())
        if text[m.end() : m.end() + 1] != " ":
            break
        position = m.end() + 1
    if out and not _line_ends(text, out[-1][1]):
        if own_line:
            return []  # more than a name on the line: a sentence that opens with a word
        if not text[out[0][0]].isupper() and not all(
            _owner(text[s:e], low[s:e], finder, False) for s, e in out
        ):
            return []
    return out


def _whole_name(text: str, low: str, start: int, finder: UnregisteredNames) -> bool:
    """Whether words starting at `start` can be a whole name: not after a preposition of place
    ("systern i Oulu: 070-…"), nor the end of a longer proper noun ("in Gran Canaria: …"; a
    capitalised word before it that is no ordinary word opening a sentence, as "Ring" is)."""
    if place_position(low, start):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not word or not word.group()[0].isupper() or word.group(1).lower() in finder.registered:
        return True  # "(Kaveh Jofarl, mob. …)": a registered given name, then its family name
    return finder.word_class(word.group(1)) in (None, "C") and sentence_start(text, word.start())


def _line_ends(text: str, position: int) -> bool:
    """Whether nothing but spaces and a full stop or comma follows on the line."""
    stop = text.find("\n", position)
    return not text[position : len(text) if stop < 0 else stop].strip(" \t.,")


def _item_starts(text: str, start: int) -> bool:
    """Whether a word opens an item of a list or a line ("Contacts: x 070-…; y 08-…") or
    follows "skrev"/"wrote" in a quoted header: lower-case words there need no lexicon
    ("case mannagern <…>" does)."""
    before = text[max(0, start - 8) : start].rstrip(" \t")
    return not before or before[-1] in ".:;(|\n" or before.endswith(_WROTE)


def _owner(
    written: str, word: str, finder: UnregisteredNames, mail: bool, alone: bool = False
) -> bool:
    """Whether a word beside a contact detail is a name: no ordinary word of the note; in lower
    case, a name of the lexicon, or any word shaped like a name on a line of its own."""
    if len(word) < 2 or word in _NOT_OWNERS or word in finder.safe or word in finder.registered:
        return False
    if number_noun(word):
        return False  # "Nummeret 335 95 684", "antoi numeronsa 040 …": the number's noun
    if closed_words.closed(word):
        return False  # a pronoun of any study language: "[16:35] Minä: 020 …", I as the sender
    tail = word.rsplit("-", 1)[-1]
    if tail in vocab.RELATIONS or (len(tail) >= 9 and tail.endswith(vocab.BODY_ENDINGS)):
        return False  # a role or a body: "LSS-handläggaren", "Socialtjänsten"
    if written[0].isupper():
        if written.isupper() and len(written) <= 4:
            return False  # an acronym: "BUP 08-…", "SOS 112"
        cls = finder.word_class(written)
        return cls in _OWNER_CLASSES or (mail and cls == "C")
    if word in vocab.known_words() or vocab.is_word_form(word):
        return False
    folded = ascii_fold(word)
    if not alone:
        return word in finder.names or folded in finder.names
    return len(word) >= 3 and sum(c in "aeiouy" for c in folded) >= 2


def number_noun(word: str) -> bool:
    """Whether the lower-case `word` is a noun for a (phone) number with an ending of a
    neighbour language's grammar, perhaps after another noun ("nummeret", "numeronsa",
    "puhelinnumeroon", "telefonnummeret"); the bare nouns are labels of `_SKIPPED`."""
    for noun in _NUMBER_NOUNS:
        at = word.rfind(noun)
        if at >= 0 and word[at + len(noun) :] in _NUMBER_ENDINGS and word != noun:
            return True
    return False
