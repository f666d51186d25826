"""Every item of a list that a label of who was there or whom to contact opens, whatever its
case: "Til stede: Feｌix, NYSTRÖM og ALFIE.", "Närvarande: Saag, Aaltonen och EVA.",
"Kontaktperson: victor.", "Paikalla: RISSANEN, Toivo Vaisanen ja Bonnie.", "Present: Willl,
Alexandra and tadhg hickey.".

A minute or a contact field lists people after its label, and its writer types them as they
come: in lower case, in capitals, with a family name first. The other rules take there only
what the capitals or a name's shape give away (a shouted word alone is mostly an acronym, a
lower-case word mostly a word); after such a label, at the start of its line or sentence,
each item of the list up to the sentence's end (split at commas, semicolons and "and",
"och", "og", "ja", "&") is a person when every word of it, one to three, is a name of the
lexicon or a word no list of ours knows shaped like a name ("saag" is no word), and none is
a frequent or closed-class word of any of the languages ("Närvarande: alla", "Present: all
staff", "Paikalla: kaikki"), a relation, title or role ("Present: patient and mother"), a
place or time word, or a word the curated lists hold as ordinary though a name ("pat", the
patient; "will"). What stands in brackets is a role, not looked at ("Ulf (pat.)"). E-mail
headers ("To:", "Från:") are no such label: a body is as often written there.

An item of one word, capitalised, that the test leaves (an ordinary word, "Brag", "Hoe", or
one of three letters) is a person still when it is one slip from a registered name
(`nearmiss.NearMisses.listed`: a letter dropped, added, changed or two swapped, the first
kept): the slot holds people, and the registration says who. An item of two or three
capitalised words opening with a rarer word is a person when its last word is a name of
the lexicon or a word no common list holds ("Nemesis Brager", "Siren Essen").

One search for a colon and a space finds the candidates; a label is read only before each.

A clause of presence opening its line or sentence is such a label written as prose: a word for
"present" and a copula, "also" before or after them ("Paikalla oli myös Hilvi.", "Läsnä
olivat Hilvi ja Vella.", "Also present were Ann and Bo.", "Til stede var også Liv.",
"Närvarande var även Bo."); its items are read as a label's are, so a thing or a role present
stays ("Mukana oli myös koira", "Also present was the interpreter").

A minute lists its people as often one a line, each after a bullet, under the label alone on
its line ("Närvarande:⏎- Per (handläggare)⏎- Ute (förälder)", "Läsnä:⏎- Hope (tulkki)"). Each
item of such a block (one to three words, a note in brackets after them) is a person:

- whatever its words when a role noun stands in its brackets (`role_parentheses.ROLES`:
  "(förälder)", "(sagsbehandler)", "(tulkki)", "(parent)"): "Per", "Will", "Set Begić";
- else when its words pass the test of a list after a label (above): "- Frans", "- Ebba".

A block with no label is a list of people when it has two items or more and a role noun in
the brackets of each ("- Per (tolk)⏎- Anna (förälder)"): there an item is a person when it is
a registered name (`block_person`, read by `names.py`) or passes the same test. An item with
a relation, title, role, pronoun, month or time word in it is no person ("- mamma (förälder)",
"- Tolk (tulkki)"), nor one with digits or other signs; a list of things has no role in its
brackets and no label of people ("Handla:⏎- Mjölk (2 liter)⏎- Bröd").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from casebook.deid import (
    closed_words,
    lexicon,
    note_language,
    role_parentheses,
    service_senders,
    speaker_turns,
    vocab,
)
from casebook.deid.registry import ascii_fold

Found = tuple[int, int]

# Labels whose value is people, per language, besides `vocab.ATTENDANCE`'s English and Swedish
# ones: minutes' "who was there" and forms' contact person.
NEIGHBOUR_ATTENDANCE = frozenset(
    """stede tilstede deltakere deltagere fremmødte fremmøtt møtt fraværende afbud forfall
    läsnä paikalla osallistujat poissa yhteyshenkilö yhteyshenkilöt kontaktperson
    kontaktpersoner kontaktpersonen""".split()
)
# The sender's and recipient's labels of an e-mail header as the mail clients of the neighbour
# languages write them (Outlook's Danish and Norwegian "Fra:", "Til:"; Finnish "Lähettäjä:",
# "Vastaanottaja:"; German "Von:", "An:" is left out, a word of English), and the senders'
# and recipients' labels of other clients ("Afsender:", "Avsender:", "Avsändare:",
# "Modtager:", "Mottaker:", "Mottagare:"): their value is a person, as "From:" and "Från:"
# in `vocab.ATTENDANCE` ("Fra: glen⏎Hej Axel,").
NEIGHBOUR_HEADERS = frozenset(
    """fra til afsender avsender avsändare lähettäjä vastaanottaja modtager mottaker
    mottagare von""".split()
) | frozenset("kirjoittaja".split())  # the writer's label of a letter kept on file (Finnish)
# The neighbours' labels of who was there or away and of a contact, which no transcript uses
# for a speaker: a lower-case registered word as a whole item after one is the person ("Til
# stede: dag, Irene", `namecontext.in_attendance`); not "Deltagere:", which opens a
# participant's turn as often ("Deltagere: Mosebrinken, sagde hun, var smuk"); and the
# neighbours' header labels of sender and recipient (`NEIGHBOUR_HEADERS`: "Fra: glen").
NEIGHBOUR_PRESENCE = (
    NEIGHBOUR_ATTENDANCE - frozenset("deltakere deltagere osallistujat".split())
) | NEIGHBOUR_HEADERS
# Labels of several words whose last word is no label alone ("med på møtet", "also there").
PHRASES = (
    ("med", "på", "møtet"),
    ("med", "på", "mødet"),
    ("med", "på", "mötet"),
    ("mødt", "op"),  # Danish minutes: "Mødt op: ..." (turned up)
    ("møtt", "opp"),
    ("also", "there"),
    ("also", "present"),
    ("at", "the", "meeting"),  # "Also at the meeting: Dale Agnew", as "med på mötet"
    # The people fields of a helpdesk ticket, as ServiceNow and Jira name them ("Reported
    # by: Nils", "Assigned to: Ulla Berg", "Opened by", "Requested by").
    ("reported", "by"),
    ("assigned", "to"),
    ("requested", "by"),
    ("opened", "by"),
    ("raised", "by"),
    ("logged", "by"),
    # The author's field of a report, letter or visit record ("Written by: Åse"), as
    # "Reported by" is a ticket's, and the sender's of a letter or message passed on ("Sent
    # by: Åse"), as "From:" is an e-mail's.
    ("written", "by"),
    ("sent", "by"),
    # Minutes' absentees with or without leave ("Absent with notice: ...", "Absent with
    # apologies: ..."), whose last word alone is no label.
    ("absent", "with", "notice"),
    ("absent", "without", "notice"),
    ("absent", "with", "apologies"),
)
# E-mail headers and their Swedish forms: a body is as often their value ("Till: Socialtjänsten").
_HEADERS = frozenset("from to cc till från kopia".split())
# A companion's or peer worker's label ("Følgesvenn: Sirpa", "Ledsagare: sterling"): the
# value is the person in that role (`role_parentheses.COMPANION_NOUNS`).
# The sender's own label of a letter or card, no mail client's header ("Avsändare: Amund",
# "Kirjoittaja: strange"): the value is who wrote it, a person or a service
# (`service_senders`), never a body.
SENDER_LABELS = frozenset("afsender avsender avsändare lähettäjä kirjoittaja".split())
LABELS = (
    (vocab.ATTENDANCE - _HEADERS)
    | NEIGHBOUR_ATTENDANCE
    | role_parentheses.COMPANION_NOUNS
    | SENDER_LABELS
)

# What ends a label before its list: a colon and a space, a colon ending its line (the list
# on the next line: "Mødt op:⏎Lisa Hadsund og Vernon"), or a dash between spaces, as minutes
# typed in haste write it ("Attending - Tia and Bo", "Närv. - Jill, Ingolf").
# Each alternative opens with its mark, so `re` skips in C to where a colon or dash stands.
_COLON = re.compile(r":[ \t]*\n(?=[ \t]*[^\W\d_])|:[ \t]+|[-–—](?<=[ \t].)[ \t]+")
# The same list written as a clause of presence, a word for "present" and a copula, with "also"
# before or after them: "Paikalla oli myös Hilvi.", "Also present were Ann and Bo.",
# "Til stede var også Liv.", "Närvarande var även Bo." (Finnish "mukana", with us).
_COPULAS = ("was", "were", "var", "vore", "oli", "olivat", "er")
_ALSO = "(?:" + "|".join(vocab.ALSO_WORDS) + ")"
_PRESENT_WORDS = ("present", "närvarande", "paikalla", "läsnä", "mukana", "til stede", "tilstede")
_PRESENT = "|".join(w.replace(" ", r"[ \t]+") for w in _PRESENT_WORDS)
_PRESENCE = re.compile(
    rf"(?<![^\W\d_])(?:{_ALSO}[ \t]+)?(?:{_PRESENT})"
    rf"[ \t]+(?:{'|'.join(_COPULAS)})[ \t]+(?:{_ALSO}[ \t]+)?"
)
# The last word of each word for "present": a text that holds none has no clause of presence,
# and the clause's pattern (which opens with a look-behind, so no fast scan) is not run on it.
PRESENCE_KEYS = tuple(dict.fromkeys(w.split()[-1] for w in _PRESENT_WORDS))
_LABEL_WORD = re.compile(r"[^\W\d_]+")
# Where a list ends: a line break, a mark that ends a sentence, a bracket that opens a note on
# it; a full stop after one letter is an initial ("A. Berg").
_END = re.compile(r"\n|[!?]|(?<![\s(][^\W\d_])\.(?=\s|$)")
_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:and|och|og|ja|&|samt|sekä)\s+", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_ITEM_WORD = re.compile(r"\S+")
_BRACKETED = re.compile(r"\([^()]*\)?")  # a role or note in brackets: "Ulf (pat.)", "Anna (ssk)"
_TRIM = "\"'’()[]*-–"
_MAX_WORDS = 3
_REACH = 160  # characters of a list looked at after its label
_BULLETS = "-–—•*·"
# A line of a bulleted list: its words up to a note in brackets, and that note.
_BULLET_LINE = re.compile(
    r"[ \t]*[-–—•*·][ \t]+(?P<item>[^\s()][^\n()]*?)[ \t]*(?:\((?P<note>[^()\n]*)\))?"
    r"[ \t]*[.,;]?[ \t]*"
)
# Personal pronouns of the five languages and German ("- Jag (intervjuare)", "- Hun
# (tolk)"): never a person's name in a list; `vocab.PRONOUNS`' quantifiers ("alla", "inga")
# are a registered name's only.
PERSONAL = frozenset(
    """i me you he him she her it we us they them jag mig du dig han honom hon henne hen den
    det vi oss ni er de dem man jeg meg deg ham hun dere minä sinä hän me te he ich er sie
    wir ihr""".split()
)
_NOTE_WORD = re.compile(r"(?:ex-)?([^\W\d_]+)")
_LETTERS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


class Item(NamedTuple):
    """One line of a bulleted list of people: its words' span, a role in its brackets, and
    whether a label of people opens the list."""

    start: int
    end: int
    role: bool
    labelled: bool
    quantifier: bool  # a quantifier among its words ("Alla", "Inga"): a registered name only


def items(
    text: str,
    low: str,
    taken: Sequence[tuple[int, int, bool]],
    strangers: Sequence[tuple[int, int]] = (),
    slipped: Callable[[str], bool] | None = None,
    registered: Sequence[tuple[int, int]] = (),
) -> list[Found]:
    """The people listed after a label of attendance or contact in `text` (`low` its lower
    case), each word that no stretch of `taken` (start, end, is a name) covers. An item of
    which the other rules found only a part as a stranger's name (`strangers`, among
    `taken`: "Til stede: Alaster Shek", Shek alone) is found whole, one name, one tag; a
    registered name's half is left to the rules that found it, with its own tag, and after a
    label's colon the item's other words are found as a stranger's when every name found in
    it is one of the `registered` ("Forfall: Torleif Essen", Torleif registered). An item of
    one capitalised word that is an ordinary word or too short to pass as a name is a
    person too when `slipped` says it is one slip from a registered name ("Afbud: Brag",
    "Present: Ars, Schluter": `nearmiss.NearMisses.listed`)."""
    found: list[Found] = [
        (item.start, item.end)
        for item in people_items(text)
        if not item.quantifier
        and (item.labelled or _name(text[item.start : item.end].split()[0]))
        and (item.role or _plain_person(text[item.start : item.end]))
        and (
            not _overlaps(taken, item.start, item.end)
            or _made_of(taken, strangers, item.start, item.end)
        )
    ]
    if any(key in low for key in PRESENCE_KEYS):
        for clause in _PRESENCE.finditer(low):
            if _clause_opens(low, clause.start()):
                found += _listed_after(text, low, clause.end(), taken, strangers, slipped)
    if ":" not in text and " - " not in text and " – " not in text and " — " not in text:
        return sorted(set(found))
    for colon in _COLON.finditer(low):
        if _labelled(low, _label_end(low, colon.start())):
            found += _listed_after(text, low, colon.end(), taken, strangers, slipped, registered)
        elif low[colon.start()] == ":":
            found += among_names(text, colon.end(), taken)
    return sorted(set(found))


_MIN_NAMED = 2  # other items of the list that are names found: "Imran, Arvin and Helen-Rita"


def among_names(text: str, start: int, taken: Sequence[tuple[int, int, bool]]) -> list[Found]:
    """The item of one capitalised word in the list after a colon (up to the sentence's or
    line's end) whose every other item, two or more, is a name found whole (`taken`), when
    the word is no frequent or closed-class word of any language, relation, title, role,
    place or time: whatever label opens the list ("New in the pool of companions: Arvin,
    Ørjan Fjellstad and Ake Akesson", "Arvin" a Finnish verb form), its items are people.
    A list of things has no names among its items ("New in the pool: two bikes and a pram")."""
    stop = _END.search(text, start, min(len(text), start + _REACH))
    if stop is None:
        return []
    items: list[Found] = []
    position = start
    for part in _SPLIT.split(text[start : stop.start()]):
        at = text.index(part, position, stop.start()) if part else position
        position = at + len(part)
        stripped = part.strip()
        if not stripped:
            return []
        lead = at + part.index(stripped)
        items.append((lead, lead + len(stripped)))
    if len(items) <= _MIN_NAMED:
        return []
    named = [item for item in items if _named_whole(taken, *item)]
    rest = [item for item in items if item not in named]
    if len(rest) != 1 or len(named) < _MIN_NAMED:
        return []
    written = text[rest[0][0] : rest[0][1]]
    word = written.lower()
    if (
        not written[:1].isupper()
        or not written[1:].islower()
        or not word.isalpha()
        or not _unlisted_name_shape(word)
        or _overlaps(taken, *rest[0])
    ):
        return []
    return [rest[0]]


_AMONG_LANGUAGES = ("en", "sv", "nb", "da", "fi", "de")
_AMONG_LONGEST = 10  # letters: a longer word unlisted is mostly a compound ("Dataformat" is)


def _unlisted_name_shape(word: str) -> bool:
    """Whether a lower-case word may be a name nobody lists among names: shaped like one
    (`lexicon.name_shaped`), ten letters at most, no word (or plural of one) of any language's
    lists (`vocab.listed`: "Apples", "Askew", "Tomatar"), no place or land, and none of the
    words no item of a list of people is; measured on the forms of the Universal
    Dependencies treebanks put in the slot "New in the pool: X, Ørjan Fjellstad and Ake
    Akesson."."""
    if not lexicon.name_shaped(word) or len(word) > _AMONG_LONGEST:
        return False
    if word in not_names() or word in no_person() or word in vocab.common_words():
        return False
    if word in lexicon.lands():
        return False  # "Venäjä"; a town stays a candidate, as a given name may be one
        # ("Arvin", a town in California): among names found, the item is read with them
    for lang in _AMONG_LANGUAGES:
        listed = vocab.listed(lang)
        if word in listed or (word[-1] == "s" and word[:-1] in listed):
            return False
    return not note_language.frequent(word, ("en", "sv", *note_language.NEIGHBOURS))


def _named_whole(taken: Sequence[tuple[int, int, bool]], start: int, end: int) -> bool:
    """Whether names found cover text[start:end] from its start to its end."""
    inside = sorted((a, b) for a, b, named in taken if named and start <= a and b <= end)
    return bool(inside) and inside[0][0] == start and inside[-1][1] == end


def _listed_after(
    text: str,
    low: str,
    start: int,
    taken: Sequence[tuple[int, int, bool]],
    strangers: Sequence[tuple[int, int]],
    slipped: Callable[[str], bool] | None = None,
    registered: Sequence[tuple[int, int]] = (),
) -> list[Found]:
    """The people of the list that opens at text[start], after its label (module docstring);
    given the `registered` names found (after a label and its colon only: a clause of
    presence runs on into prose, "Paikalla oli myös Päivi Saarinen nuorisotalolta", from the
    youth centre), also the other words of an item of which they are a part ("Forfall:
    Torleif Essen", Torleif registered: Essen)."""
    found: list[Found] = []
    stop = _END.search(text, start, min(len(text), start + _REACH))
    end = stop.start() if stop else min(len(text), start + _REACH)
    if not stop and end < len(text):
        return found  # no end in reach: prose, not a list
    last = speaker_turns.list_end(low, start)
    if last is None:
        return found  # a participant's turn after the label ("Deltagare: han klängde ...")
    end = min(end, last)
    for item in _pieces(text, start, end, slipped):
        whole = (item[0][0], item[-1][1])  # "tobias wuoleth": one name, one tag
        if not _overlaps(taken, *whole) or _made_of(taken, strangers, *whole):
            found.append(whole)
        elif _made_of(taken, registered, *whole):  # "Forfall: Torleif Essen"
            found += [word for word in item if not _overlaps(taken, *word)]
    return found


# The last words of a clause of presence: its copulas and "also".
PRESENCE_ENDS = frozenset(_COPULAS + vocab.ALSO_WORDS)


def after_presence(low: str, start: int) -> bool:
    """Whether low[start] is the first item after a clause of presence opening its line or
    sentence ("paikalla oli myös harri"): a person, as after "Present:"."""
    begin = max(0, start - 40)
    for clause in _PRESENCE.finditer(low, begin, start):
        if clause.end() == start and _clause_opens(low, clause.start()):
            return True
    return False


def _clause_opens(low: str, start: int) -> bool:
    """Whether low[start] opens its line or sentence."""
    before = low[max(0, start - 3) : start].rstrip(" \t")
    return not before or before.endswith(("\n", ".", "!", "?", ":"))


def block_person(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a registered name, is (a word of) an item of a bulleted list
    of people (`people_items`): "Närvarande:⏎- Per", "- Will (sagsbehandler)"."""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start].lstrip(" \t")
    if not head or head[0] not in _BULLETS:
        return False  # cheap: no bullet opening the line
    return any(
        item.start <= start and end <= item.end and (item.role or item.labelled)
        for item in people_items(text)
    )


@lru_cache(maxsize=8)
def people_items(text: str) -> tuple[Item, ...]:
    """The items of the bulleted lists of people in `text` (module docstring): under a label
    of people alone on its line, or, with no label, two items or more each with a role noun
    in brackets. An item with a word no person bears is left out."""
    if "\n" not in text or not any(b in text for b in _BULLETS):
        return ()
    out: list[Item] = []
    block: list[tuple[int, int, bool]] = []
    labelled = False
    offset = 0
    for line in [*text.split("\n"), ""]:
        match = _BULLET_LINE.fullmatch(line)
        if match is not None:
            note = (match.group("note") or "").lower()
            role = _NOTE_WORD.match(note.strip())
            block.append(
                (
                    offset + match.start("item"),
                    offset + match.end("item"),
                    role is not None and role.group(1) in role_parentheses.ROLES,
                )
            )
        else:
            if block and (labelled or (len(block) >= 2 and all(r for _s, _e, r in block))):
                for s, e, r in block:
                    reading = _item_words(text[s:e])
                    if reading is not None:
                        out.append(Item(s, e, r, labelled, reading))
            block = []
            stripped = line.strip()
            labelled = stripped.endswith(":") and _labelled(stripped.lower(), len(stripped) - 1)
        offset += len(line) + 1
    return tuple(out)


def _item_words(item: str) -> bool | None:
    """Whether a list's item is one to three words that a person's name may be (None if
    not): letters only, no relation, title, role, personal pronoun, determiner, label, month
    or time word among them; True when a quantifier is ("Alla", "Inga", "All": a registered
    name's only, a stranger's never)."""
    words = item.split()
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    quantifier = False
    for written in words:
        word = unicodedata.normalize("NFKC", written.translate(_INVISIBLE)).lower()
        if not _LETTERS.fullmatch(word) or word in no_person():
            return None
        quantifier = quantifier or word in vocab.PRONOUNS
    return quantifier


def _plain_person(item: str) -> bool:
    """Whether an item with no role in brackets passes the test of a list after a label."""
    first, *later = item.split()
    return _name(first) and all(_name(w, later=True) for w in later)


@cache
def no_person() -> frozenset[str]:
    """Words no item of a list of people is a person by: relations, roles, titles,
    personal pronouns, determiners, labels, months and time words."""
    return (
        role_parentheses.ROLES
        | vocab.TITLES
        | PERSONAL
        | vocab.DETERMINERS
        | vocab.LABELS
        | LABELS
        | vocab.MONTHS
        | vocab.TIME_WORDS
    )


def listed(text: str, low: str, start: int) -> bool:
    """Whether text[start] stands in the list a label of people opens on its line ("Paikalla:
    Avdar ja ..."): what is written there is a person's name, even a word one slip from an
    ordinary one (`typing_slips`)."""
    colon = low.rfind(": ", max(0, start - _REACH), start)
    if colon < 0 and (colon := low.rfind(":\t", max(0, start - _REACH), start)) < 0:
        return False
    if not _labelled(low, colon):
        return False
    stop = speaker_turns.list_end(low, colon + 1)  # None: a turn ("Deltagare: han ...")
    return stop is not None and start < stop and _END.search(text, colon + 2, start) is None


def _overlaps(taken: Sequence[tuple[int, int, bool]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b, _n in taken)


def _made_of(
    taken: Sequence[tuple[int, int, bool]],
    spans: Sequence[tuple[int, int]],
    start: int,
    end: int,
) -> bool:
    """Whether what `taken` holds of text[start:end] is names of `spans` inside it only: the
    strangers' names found ("Alaster Shek", Shek), or the registered names ("Torleif
    Essen", Torleif)."""
    inside = [(a, b) for a, b, _n in taken if a < end and start < b]
    return all(start <= a and b <= end and (a, b) in spans for a, b in inside)


def _label_end(low: str, at: int) -> int:
    """Where the label before a colon or dash at `at` ends: before the spaces and the one full
    stop of an abbreviation before a dash ("Närv. - ...")."""
    if low[at] == ":":
        return at
    while at > 0 and low[at - 1] in " \t":
        at -= 1
    return at - 1 if at > 0 and low[at - 1] == "." else at


def _labelled(low: str, colon: int) -> bool:
    """Whether the words before a colon are a label of people opening their line or sentence."""
    stop = low.rfind(". ", 0, colon)
    begin = max(low.rfind("\n", 0, colon) + 1, stop + 2 if stop >= 0 else 0)
    words = _LABEL_WORD.findall(low[begin:colon])
    return 0 < len(words) <= 4 and people_label(words)


def people_label(words: Sequence[str]) -> bool:
    """Whether a label's words (lower case) end as a label of people does: "Deltagere",
    "Med på mötet", "Also there"."""
    return words[-1] in LABELS or phrase_label(words)


def phrase_label(words: Sequence[str]) -> bool:
    """Whether a label's words (lower case) end in a label of people of several words ("Med
    på mötet", "Also there"), which no word of it alone says."""
    return any(tuple(words[-len(p) :]) == p for p in PHRASES)


def _pieces(
    text: str, start: int, end: int, slipped: Callable[[str], bool] | None = None
) -> list[list[Found]]:
    """The items of the list text[start:end] that are people, each as the spans of its words
    ("Present: Anna, her mother and eloise": Anna and eloise; "Afbud: Brag" when `slipped`
    says Brag is one slip from a registered name)."""
    out: list[list[Found]] = []
    position = start
    for part in [*_SPLIT.split(text[start:end]), None]:
        if part is None:
            break
        at = text.index(part, position, end) if part else position
        position = at + len(part)
        words = [
            (at + m.start() + _lead(m.group()), at + m.end() - _tail(m.group()))
            for m in _ITEM_WORD.finditer(_BRACKETED.sub(_blank, part))
        ]
        words = [(s, e) for s, e in words if s < e]
        if (
            words
            and len(words) <= _MAX_WORDS
            and (
                _name(text[words[0][0] : words[0][1]])
                or _capitalised_pair(text, words)  # "Svend Jordal", "Tia Hidalgo"
            )
            and all(_name(text[s:e], later=True) for s, e in words[1:])
        ):
            out.append(words)
        elif len(words) == 1 and slipped is not None and _slip(text[words[0][0] : words[0][1]]):
            if slipped(text[words[0][0] : words[0][1]].lower()):
                out.append(words)
        elif len(words) == 1 and slipped is not None and _lone_title(text, *words[0]):
            if slipped(text[words[0][0] : words[0][1]].lower()):
                out.append(words)  # "Til stede: Fru, Lone": a title alone, a slip of Fry
    return out


def _lone_title(text: str, start: int, end: int) -> bool:
    """Whether a list's item of one word is a formal title alone, capitalised ("Fru",
    "Herr"), one slip from a registered name: a title names nobody without the name after it,
    so an item that is nothing else is the registered name typed with a slip ("Til stede:
    Fru, Lone Thygesen", Fry registered; not "Til stede: fru Berg")."""
    written = text[start:end]
    word = written.lower()
    return (
        word in vocab.FORMAL_TITLES
        and len(word) >= 3
        and written[:1].isupper()
        and written[1:].islower()
    )


def _slip(written: str) -> bool:
    """Whether a list's item of one word may be a registered name typed with a slip: one
    capital and then small letters, three letters or more, and no frequent or closed-class
    word, relation, role, title, place, time or label ("Brag", not "All", "Mor", "Staff")."""
    word = written.lower()
    return (
        len(word) >= 3
        and written[:1].isupper()
        and written[1:].islower()
        and word.isalpha()
        and word not in not_names()
        and word not in no_person()
        and not note_language.frequent(word, ("en", "sv", *note_language.NEIGHBOURS))
    )


def _capitalised_pair(text: str, words: list[Found]) -> bool:
    """Whether an item of two or three words, each written with one capital and then small
    letters, ends in a name of the lexicon or a word no common list holds, and opens with a
    word that is no frequent or closed-class word: a given name that is also a rarer word
    ("Svend", a journeyman; "Tia", a ten-crown coin) before a family name, in a list of
    people, whose family name may itself be a rarer word ("Essen", a town and German "to
    eat"; "Brager", a Danish verb's present)."""
    if len(words) < 2:
        return False
    written = [text[s:e] for s, e in words]
    if not all(w[:1].isupper() and w[1:].islower() for w in written):
        return False
    first = unicodedata.normalize("NFKC", written[0].translate(_INVISIBLE)).lower()
    return (
        len(first) >= 3
        and first.isalpha()
        and first not in not_names()
        and not note_language.frequent(first, note_language.NEIGHBOURS)
        and _name(written[-1], later=True)
    )


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _lead(word: str) -> int:
    return len(word) - len(word.lstrip(_TRIM))


def _tail(word: str) -> int:
    return len(word) - len(word.rstrip(_TRIM + ".:"))


def _name(written: str, later: bool = False) -> bool:
    """Whether a word of a list item may be a person's name; after its first word (`later`),
    a rare word too, as many family names are ("tadhg hickey")."""
    word = unicodedata.normalize("NFKC", written.translate(_INVISIBLE)).lower()
    if not word.replace("-", "").isalpha() or len(word) < 2:
        return False
    if word in not_names() or note_language.frequent(word, note_language.NEIGHBOURS):
        return False
    if role_parentheses.role_noun(word) or role_parentheses.role_compound(word):
        return False  # "Lähettäjä: Tukihenkilö" (the support person), "Til stede: naboen"
    if not later and service_senders.compound(word):
        return False  # "Assigned to: Helpdesk": a service's compound, help + desk, no one
    if word in lexicon.all_names() or ascii_fold(word) in lexicon.all_names():
        # a family name that is a word is the word ("Läsnä: hoitaja, tulkki", an interpreter)
        return later or word in lexicon.given_names() or not _ordinary(word)
    if later and len(word) >= 3 and word not in vocab.common_words():
        return True
    return len(word) >= 3 and lexicon.name_shaped(word) and not _ordinary(word)


def _ordinary(word: str) -> bool:
    return (
        word in vocab.known_words()
        or vocab.is_word_form(word)
        or word in note_language.neighbour_words()
    )


@cache
def not_names() -> frozenset[str]:
    """Words never a person's name in a list: the most frequent and closed-class words of
    every language, relations, titles, places, times, months and the labels themselves."""
    return (
        vocab.function_words()
        | closed_words.words()
        | vocab.PRONOUNS
        | vocab.RELATIONS
        | vocab.TITLES
        | vocab.PLACE_WORDS
        | vocab.TIME_WORDS
        | vocab.MONTHS
        | vocab.LABELS
        | LABELS
        | vocab.curated_ordinary()  # "pat", "ssk", "will", months, languages
    )
