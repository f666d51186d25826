"""Names nobody registered, typed in lower case (or alone on a line), in the slots a note's
layout or syntax keeps for a person:

- a sign-off: the line right after a line that is a closing formula and nothing else
  (`greetings.CLOSINGS`: "Hilsen", "Best wishes", "Terveisin"), when that line is the last of
  its block (the end of the note, a blank line, or a phone number, perhaps after its word
  ("Ring 86 89 03 83", "Tel: …"), or an e-mail address after it): "Hilsen⏎perine
  strommen⏎488 44 501", "Hälsningar⏎Kamma"; also a line of one capital letter there, the
  writer's initial ("Venlig hilsen⏎K⏎070-…");
- an e-mail address's display name whose every word the address's local part spells:
  "From: chas acker <chasacker@…>", "dawid anis <dawid.anis14@…>" (two words or more);
- an apposition after a relation or a role: the words between commas right after one ("Her
  neighbour, robbin leech, helps", "En vikarie, avdar siddiq, tog över"), the words after one
  with a colon ("Interviewer: scheherazade ghaffari"), or, with no comma, words that no
  dictionary holds ("Naapuri thora ackert auttaa").

The same slots hold a registered person's name typed in lower case, which `names.py` would
read as the word it also is ("Best wishes⏎sol", "Venlig hilsen⏎liv", "Från: inga
<n.lovgren@…>"): `registered_slot` tells it the slot is a person's, the writer's line after
a closing formula, the display name of a "From" header ("From", "Från", "Fra", "Lähettäjä",
"Von"), or the value of a form's name field, its label opening the line ("Name: worth",
"Namn:", "Navn:", "Nimi:"; the value's other words names or words no dictionary holds, not
"Name: button battery"), the registration being the evidence that the word is a name.

A word of such a slot is no word of a closed class (`closed_words`), no relation, role
(`role_parentheses.role_noun`, the role nouns of the five languages: "Hilsen⏎Verge", a
guardian signing), title, label or greeting, and none of the 3000 most frequent words of
English, Swedish, Norwegian, Danish or Finnish (`data/common_<lang>.txt`, wordfreq's
order): "Best wishes⏎the team", "Hälsningar⏎mamma", "Hennes granne, en pensionär," stay;
nor a compound of two ordinary words with its article ("Hälsningar⏎Boendestödet": a service
signs, and no one is called by a noun with its article).
In an apposition or after a label the words are a lower-case pair or triple, and one of
them at least is a name of the lexicon or a word no dictionary holds ("robbin leech",
"goldie frater"): a phrase of ordinary words ("His brother, deeply upset, left") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from casebook.deid import (
    closed_words,
    compound_nouns,
    greetings,
    lexicon,
    note_tokens,
    phones,
    role_parentheses,
    service_senders,
    vocab,
)
from casebook.deid.registry import ascii_fold

Found = tuple[int, int]

_WORD = r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*"
_LINE_NAME = re.compile(rf"[ \t]*({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*[,.]?[ \t]*")
_WORDS = re.compile(_WORD)
# A form's name field opening its line, and its value of one to three words to the line's end
# ("Name: worth", "Namn: Tine Juhl", "Navn:", "Nimi:").
_NAME_FIELD = re.compile(
    rf"[ \t]*(?:name|namn|navn|nimi)[ \t]*:"
    rf"[ \t]*({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*[,.]?[ \t]*",
    re.IGNORECASE,
)
# A line of one capital letter, perhaps with its full stop: an initial signing a message.
_INITIAL_LINE = re.compile(r"[ \t]*([^\W\d_])\.?[ \t]*")
# What may follow a sign-off's name on the next line: a phone number or an e-mail address.
_CONTACT_LINE = re.compile(r"[ \t]*(?:[+(]?\d|\S+@\S+\.[a-z]{2,})")
# Or the phone number after its word, as a signature writes it: "Ring 86 89 03 83", "Tel:
# 06-20510331", "nr. +45 (26) 50 27 42" (the phone words are `phones.py`'s).
_PHONE_LABEL = re.compile(r"[ \t]*([^\W\d_]+)\.?:?[ \t]*(?=[+(]?\d)")
# Or a few words of reaching and a phone number closing the line: "nås på (07) 108 022",
# "træffes på +46 70 105 18 50", "reach me on 0701 234 567" (a number of seven digits or more,
# no date's shape).
_REACHED_ON = re.compile(
    r"[ \t]*(?:[^\W\d_]+\.?:?[ \t]+){1,3}([+(]?\d[\d \t()+-]*\d)[ \t]*\.?[ \t]*"
)
_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")
_MAIL = re.compile(r"<([^\s<>@]+)@[^\s<>@]+>")
# A "From" header of an e-mail, its display name and the address after it.
_FROM = re.compile(
    rf"[ \t]*(?:from|fra|från|lähettäjä|von|afsender|avsender|avsändare)[ \t]*:[ \t]*"
    rf"({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*<[^\s<>@]+@[^\s<>@]+>",
    re.IGNORECASE,
)
# Relations and roles of Norwegian, Danish and Finnish nouns in their base forms (the
# English and Swedish ones are `vocab.RELATIONS`): neighbour, substitute, colleague, friend,
# the nuclear family, interpreter, interviewer, contact person.
_NORDIC_RELATIONS = frozenset(
    """nabo naboen vikar vikaren kollega kollegaen kollegen venn vennen ven vennen veninde
    venninne søster søsteren bror broren datter datteren sønn sønnen søn mor moren far faren
    kone kona konen tolk tolken intervjuer intervjueren interviewer intervieweren
    kontaktperson kontaktpersonen intervjuare vikarie vikarien
    naapuri sijainen kollega ystävä sisko sisar veli äiti isä tytär vaimo aviomies tulkki
    haastattelija yhteyshenkilö""".split()
)
# Not the verbs that name things as often as people ("en så kallad reccobricka").
_RELATIONS = (vocab.RELATIONS | _NORDIC_RELATIONS) - frozenset(
    "called named nicknamed heter kallad kallas".split()
)
_RELATION_RUNS = note_tokens.RunsAmong(_RELATIONS)
_REL_AFTER = re.compile(r"(?<![^\W_])([^\W\d_]+)([ \t]*[,:]?[ \t]+)")
_PAIR = re.compile(rf"({_WORD})[ \t]+({_WORD})(?:[ \t]+({_WORD}))?")
_OFF_SLOT = (
    vocab.TITLES
    | vocab.LABELS
    | vocab.ATTENDANCE
    | vocab.PRONOUNS
    | vocab.MONTHS
    | vocab.TIME_WORDS
    | greetings.FAREWELLS
    | greetings.OPENERS
    | greetings.INTERJECTIONS
)
_FREQUENT_RANK = 3000
_STRANGER = "[name]"  # the tag of a name nobody registered (`redactor.NAME_TAG`)


@cache
def _frequent() -> frozenset[str]:
    """The most frequent words of each language Casebook reads (`data/common_<lang>.txt`
    lists wordfreq's words by frequency)."""
    languages = ("en", "sv", "nb", "da", "fi")
    return frozenset().union(*(vocab.most_frequent(lang, _FREQUENT_RANK) for lang in languages))


def slot_word(written: str) -> bool:
    """Whether a word in a person's slot may be a name (module docstring)."""
    word = written.lower()
    if written.isupper() and len(written) <= 4:
        return False  # an acronym: "NAV", "BUP"
    if word in _frequent() or word in _OFF_SLOT or word in _RELATIONS:
        return False
    if closed_words.closed(word) or word in greetings.CLOSINGS or _contraction(word):
        return False
    if role_parentheses.role_noun(word):
        return False  # "Hilsen⏎Verge", "Venlig hilsen⏎Sagsbehandleren": a role signs
    if _definite_noun(word):
        return False  # "Hälsningar⏎Boendestödet": a service signing with its article
    tail = word.rsplit("-", 1)[-1]
    return not (len(tail) >= 9 and tail.endswith(vocab.BODY_ENDINGS))  # "Socialtjänsten"


# The clitics English writes after an apostrophe: "it's", "I'm", "you're", "we've", "he'll",
# "she'd", "don't".
_CLITICS = frozenset("s m re ve ll d t".split())


def _contraction(word: str) -> bool:
    """Whether the lower-case `word` is an English contraction of a function word and a
    clitic ("it's", "that's", "don't", "I'm"): the start of a clause, as in a chat turn
    ("Mentor: it's beeping"), never a name; not a function word that is a name too ("will's",
    Will's), nor a name's own apostrophe ("o'brien", "d'arcy")."""
    head, mark, tail = word.replace("’", "'").rpartition("'")
    if not mark or tail not in _CLITICS:
        return False
    if tail == "t" and head.endswith("n"):
        head = head[:-1]  # "don't", "isn't", "can't", "won't": "do", "is", "ca", "wo"
        if head in ("ca", "wo"):
            return True
    if head == "i":
        return True
    return head in vocab.function_words() and head not in lexicon.all_names()


# The last part of a compound in a person's slot may be a short noun when its article follows
# ("boende|stöd|et"): no one is called by a noun with its article.
_DEFINITE_TAIL = 4


def _definite_noun(word: str) -> bool:
    """A compound of two ordinary words whose last part carries its definite article
    (`compound_nouns.definite_compound`, "boende|stöd|et", "kund|tjänst|en"), no name of the
    lexicon nor a name's shape (`compound_nouns.is_compound_noun`)."""
    return compound_nouns.is_compound_noun(word) and compound_nouns.definite_compound(
        word, _DEFINITE_TAIL
    )


@cache
def _dictionary() -> frozenset[str]:
    """Every word of the word lists of the languages Casebook reads (`data/common_<lang>.txt`,
    `data/known_<lang>.txt`): Finnish "käski" and "paeta" are words, though no English or
    Swedish ones."""
    words: set[str] = set()
    for lang in ("en", "sv", "nb", "da", "fi", "de"):
        words |= vocab._read(f"common_{lang}.txt") | vocab._read(f"known_{lang}.txt")
    return frozenset(words)


def in_dictionary(word: str) -> bool:
    """Whether the lower-case `word` stands as written in a word list of a language Casebook
    reads (`_dictionary`, `vocab.known_words`); no inflection is guessed ("parishs" is none,
    "wolfs" and "bulls" are)."""
    return word in _dictionary() or word in vocab.known_words()


def _unheard(word: str) -> bool:
    """A word no dictionary of Casebook holds, in any language it reads."""
    return (
        word not in _dictionary()
        and word not in vocab.known_words()
        and not (vocab.is_word_form(word))
    )


def _names_only(words: list[str]) -> bool:
    """Words no dictionary holds nor misspells, a name of the lexicon among them: a name
    with no comma to mark it off ("naapuri thora ackert"), not a verb typed with a slip
    ("kuratorn antecnkade planen")."""
    return all(_unheard(w) and vocab.slip_of_known(w) is None for w in words) and any(
        w in lexicon.all_names() for w in words
    )


def unknown_or_name(word: str) -> bool:
    """A name of the lexicon, or a word no dictionary of Casebook holds."""
    return word in lexicon.all_names() or _unheard(word)


def find(text: str, low: str, taken: Sequence[Sequence[object]]) -> list[Found]:
    """The names in a person's slot in `text` (`low` its lower case), by the module's rules:
    none that overlaps a span of `taken` (start, end, kind, tag, ...) other than a stranger's
    name (a registered person's keeps its tag), nor one whose every letter strangers' spans
    hold already (a half found grows to the whole name: "chas acker"; a name found word by
    word stays so)."""
    found = signed(text)
    if "<" in text and "@" in text:
        found += _displayed(text, low)
    found += _apposed(text, low)
    if not found:
        return []
    # A stranger's span ("[name]") may grow; a registered person's keeps its tag and extent.
    spans = [
        (int(s[0]), int(s[1]), s[2] == "name" and s[3] == _STRANGER)  # type: ignore[call-overload]
        for s in taken
    ]
    return [
        (start, end)
        for start, end in sorted(set(found))
        if not any(b < end and start < e and not grows for b, e, grows in spans)
        and not _covered(text, start, end, [(b, e) for b, e, grows in spans if grows])
    ]


def _covered(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether every letter of text[start:end] stands in one of `names` already: "tolk ahmed
    hassan" found word by word stays so."""
    return all(any(b <= i < e for b, e in names) for i in range(start, end) if text[i].isalnum())


def registered_slot(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a registered name, stands in a person's slot of the layout:
    the line after a closing formula alone on its line, that line the name alone and the last
    of its block ("Best wishes⏎sol"), the display name of a "From" header ("Från: inga
    <…@…>"), or the value of a form's name field ("Namn: worth")."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    header = _FROM.fullmatch(text, line, stop) if "@" in text[end:stop] else None
    if header is not None:
        return header.start(1) <= start and end <= header.end(1)
    if signed_on_line(text, start, end):
        return True  # "Terveisin liv": the closing and the writer's name on one line
    field = _NAME_FIELD.fullmatch(text, line, stop)
    if field is not None and field.start(1) <= start and end <= field.end(1):
        others = [
            w for w in _WORDS.finditer(text, field.start(1), field.end(1)) if w.start() != start
        ]
        # "Name: worth"; not "Name: button battery"
        return all(slot_word(w.group()) for w in others)
    if line == 0:
        return False
    name = _LINE_NAME.fullmatch(text, line, stop)
    if not name or not (name.start(1) <= start and end <= name.end(1)):
        return False
    others = [w for w in _WORDS.finditer(text, name.start(1), name.end(1)) if w.start() != start]
    if not all(slot_word(w.group()) for w in others):
        return False  # "Hälsningar⏎alla på kontoret": the line says who in words
    above = text.rfind("\n", 0, line - 1) + 1
    closing = text[above : line - 1].strip().rstrip(",.!-–— \t").lower()
    if closing not in greetings.CLOSINGS:
        return False
    after_end = text.find("\n", stop + 1)
    after = text[stop + 1 : len(text) if after_end < 0 else after_end]
    return not after.strip() or contact_line(after)


# Any closing formula of `greetings.CLOSINGS`, the longest first, as a pattern's alternative.
CLOSING = (
    "(?:" + "|".join(re.escape(c) for c in sorted(greetings.CLOSINGS, key=len, reverse=True)) + ")"
)
# A sign-off on one line: a closing formula, perhaps a comma, and the writer's name of one to
# three words ending the line ("Best wishes, Sol", "Terveisin liv").
_SIGNED_LINE = re.compile(
    r"[ \t]*" + CLOSING + rf"[ \t]*,?[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*[,.!]?[ \t]*",
    re.IGNORECASE,
)


def signed_on_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the writer's name after a closing formula on the same line,
    that line the last of its block (the end of the note, a blank line, or the writer's phone
    or e-mail address after it): "Best wishes, Sol", "Terveisin liv". The name's other words
    may be a name (`slot_word`): "Best wishes, all the team" names nobody."""
    line = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    signed = _SIGNED_LINE.fullmatch(text, line, stop)
    if signed is None or not (signed.start(1) <= start and end <= signed.end(1)):
        return False
    words = _WORDS.finditer(text, signed.start(1), signed.end(1))
    if not all(slot_word(w.group()) for w in words if w.start() != start):
        return False
    after_end = text.find("\n", stop + 1)
    after = text[stop + 1 : len(text) if after_end < 0 else after_end]
    return stop == len(text) or not after.strip() or contact_line(after)


def contact_line(line: str) -> bool:
    """Whether `line`, the one after a sign-off's name, gives the writer's phone or e-mail
    address, perhaps after the phone's word ("Ring 86 89 03 83", "Tel: 06-20510331") or a
    few words of where to reach the writer ("nås på (07) 108 022")."""
    if _CONTACT_LINE.match(line):
        return True
    reached = _REACHED_ON.fullmatch(line)
    if reached is not None and not _DATE_SHAPE.fullmatch(reached.group(1).strip()):
        return sum(c.isdigit() for c in reached.group(1)) >= 7
    label = _PHONE_LABEL.match(line)
    if label is None or label.group(1).lower() not in _PHONE_WORDS:
        return False
    return sum(c.isdigit() for c in line[label.end() :]) >= 6  # a number, not "Tel 2 times"


_PHONE_WORDS = phones.STRONG_CUES | phones.WEAK_CUES


def signed(text: str) -> list[Found]:
    """Names on the line after a closing formula alone on its line. Read once per note:
    `find` and `layout_slots` both ask, and each used to split the note into lines and read
    every line again."""
    return list(_signed(text))


@lru_cache(maxsize=8)
def _signed(text: str) -> tuple[Found, ...]:
    found: list[Found] = []
    lines = text.split("\n")
    offset = 0
    starts = []
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for i, line in enumerate(lines[:-1]):
        closing = line.strip().rstrip(",.!-–— \t").lower()
        if closing not in greetings.CLOSINGS:
            continue
        name = _LINE_NAME.fullmatch(lines[i + 1]) or _INITIAL_LINE.fullmatch(lines[i + 1])
        if not name:
            continue
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if after.strip() and not contact_line(after):
            continue  # the line goes on into more text: no sign-off
        if len(name.group(1)) == 1:  # "Venlig hilsen⏎K": the writer's initial
            if name.group(1).isupper():
                found.append((starts[i + 1] + name.start(1), starts[i + 1] + name.end(1)))
            continue
        words = [(m.group(), m.start()) for m in _WORDS.finditer(name.group(1))]
        capitals = {w[0].isupper() for w, _ in words}
        if len(capitals) > 1 or not all(slot_word(w) for w, _ in words):
            continue  # "Bästa hälsningar⏎Mamma", "Best wishes⏎the Team"
        if len(words) == 1 and service_senders.service(words[0][0], ""):
            continue  # "Ystävällisin terveisin⏎Vastaanotto": a service signs (the reception)
        start = starts[i + 1] + name.start(1)
        found.append((start, start + len(name.group(1))))
    return tuple(found)


def _displayed(text: str, low: str) -> list[Found]:
    """Display names whose every word the address's local part spells."""
    found: list[Found] = []
    for mail in _MAIL.finditer(text):
        local = "".join(c for c in ascii_fold(mail.group(1).lower()) if c.isalpha())
        line_start = text.rfind("\n", 0, mail.start()) + 1
        words = list(_WORDS.finditer(text, max(line_start, mail.start() - 80), mail.start()))
        if not words or text[words[-1].end() : mail.start()].strip(" \t"):
            continue
        kept: list[re.Match[str]] = []
        for word in reversed(words):
            folded = ascii_fold(word.group().lower())
            gap = text[word.end() : kept[-1].start()] if kept else ""
            if kept and gap.strip(" \t"):
                break
            if len(folded) < 2 or folded not in local or not slot_word(word.group()):
                break
            kept.append(word)
        if len(kept) >= 2 and any(unknown_or_name(low[w.start() : w.end()]) for w in kept):
            found.append((kept[-1].start(), kept[0].end()))
    return found


def _relation_cues(low: str) -> list[re.Match[str]]:
    """The matches of `_REL_AFTER` whose word is a relation, in order: those its `finditer`
    gives, read only where a relation word of the note stands (most words of a note are
    none, and a Python step for each cost more than the rest of `_apposed`). Each such match
    starts a run of letters, so it is the match at that place."""
    present = _RELATION_RUNS.among(low)  # (read per distinct token, `note_tokens`)
    if not present:
        return []
    starts: set[int] = set()
    for word in present:
        at = low.find(word)
        while at >= 0:
            starts.add(at)
            at = low.find(word, at + 1)
    cues = []
    for at in sorted(starts):
        cue = _REL_AFTER.match(low, at)
        if cue is not None and cue.group(1) in _RELATIONS:
            cues.append(cue)
    return cues


def _apposed(text: str, low: str) -> list[Found]:
    """Lower-case names after a relation or a role: between commas, after a colon, or words
    no dictionary holds right after it."""
    found: list[Found] = []
    for cue in _relation_cues(low):
        pair = _PAIR.match(low, cue.end())
        if not pair or not text[pair.start()].islower():
            continue
        gap = cue.group(2).strip(" \t")
        words = [w for w in pair.groups() if w]
        end = pair.end()
        if gap == ",":
            if low[end : end + 1] != "," and len(words) == 3:
                words, end = words[:2], pair.end(2)  # "neighbour, x y helps": two words
            if low[end : end + 1] != ",":
                continue  # the apposition closes with a comma: "neighbour, x y, helps"
        else:
            words, end = words[:2], pair.end(2)
            if not gap and not _names_only(words):
                continue  # "naapuri thora ackert": names, no words ("isä käski paeta")
        if not text[pair.start(2)].islower():
            continue
        if all(slot_word(w) for w in words) and any(unknown_or_name(w) for w in words):
            found.append((pair.start(), end))
    return found
