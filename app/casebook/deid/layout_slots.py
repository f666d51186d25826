"""Lines of a note's layout that only a person fills, read whole whatever their words:

- the items one a line under a label of people alone on its line, with no bullet
  ("Present:⏎Ines Varga⏎tolle⏎Apologies: …", "Läsnä:⏎Aino Mäki⏎Kuro⏎1. Asia: …"): the
  block runs while each line is one to three words and nothing else, and ends at the first
  line that is not (a bullet, a numbered item, another label, a sentence, a blank line);
- the other party of a pasted chat or text-message thread: the one line between the
  thread's heading (the note's first line) and its first timed turn ("Sms 12⏎olle⏎[09:14]
  Jag: …"), as a phone shows the contact's name above the messages;
- a speaker's label opening a transcript's line (or a chat's line after its clock time,
  "[10:05] Tamsiro:", or before it, "Tamsiro (10:05):"), in a note whose other turns open
  with the label of an interview's party (`speaker_turns.PARTIES`: "Researcher:",
  "Forsker:") or a personal pronoun ("Me:", "Them:", "Jeg:", "Hun:"), before speech: four
  words or more after the colon with no digit, address or link opening them ("bodil: I
  never said that", not "Käyntiosoite: Koulukuja 28"); a label of one word nobody
  registered is a name there only when it is a name of the lexicon or a word no
  dictionary holds: another party's label is a word of the language ("Tutkittava:", the
  one studied), and so is a closed compound of two frequent words that is no name
  (`service_senders.compound`: "[07:55] Helpdesk:", a service answering).

The fact: in these slots a note writes who, and a person's name is what stands there unless
the line is plainly something else. An item is no person when a word of it is a closed-class,
frequent or curated ordinary word of the languages, a pronoun ("Me", "Meg", "Minä", "Jag",
"Mig", the sender), a relation, role, title, label, month, time or place word, or a greeting
(`attendance_lists.not_names`, `no_person`, `greetings`); an item of one word is a person
when the word is a name of the lexicon or no word of the 3000 most frequent of any language
(`person_slots.slot_word`: "Agenda", "Staff", "Item" stay), an item of two or three words
when one of them is. An acronym of four capitals or fewer alone ("NAV") is no person.

`find` gives the parts of those items no span covers yet (a stranger beside a registered
half: "Ines Burak", Burak registered, gives "Ines"), tagged as a stranger's; `in_slot`
tells `names.py` that a registered word stands in such a slot ("Present:⏎lisa"), so that it
is the person there, not the word it also is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from casebook.deid import (
    attendance_lists,
    greetings,
    lexicon,
    note_language,
    person_slots,
    service_senders,
    speaker_turns,
)

Found = tuple[int, int]

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_DROP = dict.fromkeys(map(ord, _INVISIBLE))
# A word of a name: letters, invisible characters inside it, a hyphen or an apostrophe
# between letters ("Per-Ingvar", "O'Neill", "Me\u00adrete").
_WORD = rf"[^\W\d_](?:[^\W\d_{_INVISIBLE}]|[{_INVISIBLE}]|[-'’](?=[^\W\d_]))*"
_ITEM_LINE = re.compile(rf"[ \t]*({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*[,.]?[ \t]*")
_WORDS = re.compile(_WORD)
# A timed turn of a chat or text-message log: a clock time, perhaps bracketed, then a
# sender's label and its colon ("[13:27] Me:", "09:14 Jag:", "[11:15] >:").
_TURN = re.compile(r"[ \t]*[\[(]?\d{1,2}[:.]\d{2}[\])]?[ \t]+[^\s:]{1,20}:")
# A transcript's line opening with a label of one to three words and its colon, perhaps
# after a chat's clock time ("[07:56] Ines:", "09:14 Ines Varga:") or with the time in
# brackets between the label and its colon ("Ines Varga (09:14):").
_LABEL_LINE = re.compile(
    rf"[ \t]*(?:[\[(]?\d{{1,2}}[:.]\d{{2}}[\])]?[ \t]+)?"
    rf"({_WORD}(?:[ \t]+{_WORD}){{0,2}})"
    rf"(?:[ \t]*[\[(]\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?[\])])?[ \t]*:[ \t]+(\S.*)"
)
_SPEECH_WORDS = 4
_LABEL_WORDS = re.compile(r"[^\W\d_]+")
_LABEL_MAX = 4  # words of a label of people ("Med på mötet")
_NOT_SPEECH = re.compile(r"\d|@|https?:|www\.")
_LANGUAGES = ("en", "sv", "nb", "da", "fi")
# The labels of a transcript's turns that no person bears: an interview's parties and the
# personal pronouns a chat or a transcript writes its speakers with ("Me:", "Them:", "Jeg:").
_PARTY_LABELS = speaker_turns.PARTIES | attendance_lists.PERSONAL


@cache
def _not_person() -> frozenset[str]:
    """Words no item of a person's slot holds: closed-class, curated ordinary, relation,
    role, title, label, pronoun, month, time and place words, greetings."""
    return (
        attendance_lists.not_names()
        | attendance_lists.no_person()
        | speaker_turns.PARTIES
        | greetings.OPENERS
        | greetings.FAREWELLS
        | greetings.INTERJECTIONS
        | greetings.CLOSINGS
    )


def _plain(written: str) -> str:
    return unicodedata.normalize("NFKC", written.translate(_DROP)).lower()


def _slot_words(words: Sequence[str]) -> bool:
    """Whether the words of a slot's item are no plain other thing (module docstring): a
    registered word among them is the person ("Present:⏎lisa")."""
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
        return False  # an acronym: "NAV", "INT"
    plain = [_plain(w) for w in words]
    if any(len(w) < 2 or w in _not_person() for w in plain):
        return False
    return not any(note_language.frequent(w, _LANGUAGES) for w in plain)


def _stranger_words(words: Sequence[str]) -> bool:
    """Whether the words of a slot's item are a name nobody registered may be: one of them a
    name of the lexicon or no word of the 3000 most frequent ("Agenda", "Staff" stay)."""
    return any(_plain(w) in lexicon.all_names() or person_slots.slot_word(_plain(w)) for w in words)


Item = tuple[int, int, bool]  # start, end, and whether a stranger's name may stand there


@lru_cache(maxsize=8)
def items(text: str) -> tuple[Item, ...]:
    """The spans of the items of `text`'s person slots (module docstring), each the words of
    its line, and whether its words may be a name nobody registered (`_stranger_words`)."""
    if "\n" not in text:
        return ()
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    out: list[Item] = []
    _listed(lines, starts, out)
    _thread_party(lines, starts, out)
    if ":" in text:
        _speakers(lines, starts, out)
    _signature(text, out)
    return tuple(sorted(set(out)))


def _item(line: str, start: int) -> Item | None:
    """The span of a line that is one to three words of a person's name, or None."""
    match = _ITEM_LINE.fullmatch(line)
    if match is None:
        return None
    return _words_item(match.group(1), start + match.start(1))


def _words_item(written: str, start: int) -> Item | None:
    """The item of a slot whose words are `written`, at `start`, or None when its words are
    plainly something else."""
    words = _WORDS.findall(written)
    if not _slot_words(words):
        return None
    return (start, start + len(written), _stranger_words(words))


def _listed(lines: list[str], starts: list[int], out: list[Item]) -> None:
    """The items one a line under a label of people alone on its line."""
    for i, line in enumerate(lines):
        label = line.strip()
        if not label.endswith(":"):
            continue
        words = _LABEL_WORDS.findall(label.lower())
        if not 0 < len(words) <= _LABEL_MAX or not attendance_lists.people_label(words):
            continue  # "Present:", "Til stede:", "Med på mötet:"; not "Agenda:"
        for j in range(i + 1, len(lines)):
            if _ITEM_LINE.fullmatch(lines[j]) is None:
                break  # a bullet, a numbered item, a label, a sentence: the block ends
            item = _item(lines[j], starts[j])
            if item is not None:
                out.append(item)


def _thread_party(lines: list[str], starts: list[int], out: list[Item]) -> None:
    """The line between a thread's heading, the note's first line, and its first turn."""
    if len(lines) < 3 or not lines[0].strip() or _TURN.match(lines[2]) is None:
        return
    item = _item(lines[1], starts[1])
    if item is not None:
        out.append(item)


def _speakers(lines: list[str], starts: list[int], out: list[Item]) -> None:
    """Speakers' labels opening the lines of a transcript whose other turns open with an
    interview party's label."""
    # (a label's colon is in every line the pattern takes: a line without one is passed
    # over in C, most lines of most notes)
    labels = [_LABEL_LINE.fullmatch(line) if ":" in line else None for line in lines]
    if not any(m and _plain(m.group(1)) in _PARTY_LABELS for m in labels):
        return
    for i, match in enumerate(labels):
        if match is None:
            continue
        opening = match.group(2).split()[:_SPEECH_WORDS]
        if len(opening) < _SPEECH_WORDS or _NOT_SPEECH.search(" ".join(opening)):
            continue  # a field's value ("Besöksadress: Parkgatan 6, …"), not speech
        item = _words_item(match.group(1), starts[i] + match.start(1))
        if item is not None:  # a stranger's label is names or words no dictionary holds
            words = [_plain(w) for w in _WORDS.findall(match.group(1))]
            alone = len(words) == 1  # "Tutkittava:"; a given and a family name are two
            stranger = item[2] and (not alone or person_slots.unknown_or_name(words[0]))
            if alone and service_senders.compound(words[0]):
                stranger = False  # "[07:55] Helpdesk:": a service's compound speaks, no one
            out.append((item[0], item[1], stranger))


def _signature(text: str, out: list[Item]) -> None:
    """The writer's line after a closing formula (`person_slots.signed`)."""
    for start, end in person_slots.signed(text):  # (read once per note, shared)
        out.append((start, end, True))


def find(text: str, taken: Sequence[Sequence[object]]) -> list[Found]:
    """The words of the person slots' items in `text` that no span of `taken` (start, end,
    ...) touches: the whole item, or the words beside a half another rule found."""
    found: list[Found] = []
    for start, end, stranger in items(text):
        if not stranger:
            continue
        inside = [
            (int(s[0]), int(s[1]))  # type: ignore[call-overload]
            for s in taken
            if int(s[0]) < end and start < int(s[1])  # type: ignore[call-overload]
        ]
        for word in _WORDS.finditer(text, start, end):
            found += _uncovered(word.start(), word.end(), inside)
    return _joined(text, found)


def _uncovered(start: int, end: int, inside: list[Found]) -> list[Found]:
    """The stretches of [start, end) that no span of `inside` covers: the whole word, or
    the letters a name found inside it left ("Grandes" after "Grande" registered: "s", the
    genitive, which would tell the name's ending)."""
    out: list[Found] = []
    at = start
    for b, e in sorted(inside):
        if e <= at or b >= end:
            continue
        if b > at:
            out.append((at, b))
        at = max(at, e)
    if at < end:
        out.append((at, end))
    return out


def _joined(text: str, found: list[Found]) -> list[Found]:
    """Adjacent words of one item as one span: "Nigatu Abate", one name, one tag."""
    out: list[Found] = []
    for start, end in sorted(found):
        if out and not text[out[-1][1] : start].strip(" \t"):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def in_slot(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a registered name, stands inside a person slot's item."""
    return any(b <= start and end <= e for b, e, _s in items(text))
