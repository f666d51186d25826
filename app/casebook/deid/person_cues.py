"""More settings that say whether a capitalised word is a person, read from a few words
around it (`text` the text, `low` its lower case, same length). Used by `names.py` for
registered names that are ordinary words, and by `unregistered.py` and `lowercase_names.py`
for names nobody registered.

- `swedish_perfect`: opening a sentence before "har"/"hade" and a supine ("Stig hade
  skottat trappan"): a Swedish noun there takes its article, so the word is a name.
- `modifies_role`: right before a role noun ("Case managern", "Social worker"): part of the
  role's name, no person; not before "called"/"named"/"heter", which are verbs ("Sven
  called his daughter").
- `after_inverted_subject`: a verb whose object is a person, then its subject ("På väg ut
  träffade vi X", "Sen ringde hon X"), as Swedish puts the subject after the verb.
- `coordinated_with_role`: after "and"/"och" that joins it to a role ("the social worker
  from church and X", "kuratorn och X"): another person.
- `role_then_copula`: after a role and "is"/"är" ("the duty doctor was X", "jourhavande var
  X").
- `described_as_person`: before "is"/"är" and a word for a person ("X is someone who"), or
  after "är" and before one ("Enl. pat är X en gammal vän").
- `named_as`: after a phrase that gives a person's name, with at most one adverb between
  ("goes by X", "known as X", "aka X", "alias X", "heter egentligen X", "is actually called X").
- `initial_follows`: before a surname's initial ("Lena S.", "Viking R. ringer"): a person.
- `initials_before`: where a name's given-name initials start ("J. Bakker", "A.-L. Sundberg",
  "J.P. Okafor"), or its "O'" ("O'Brien"): they belong to the name, and an unknown word after
  initials is a family name.
- `names_in_lower_case`: a registered name that is an ordinary word, typed in lower case,
  where the setting leaves no reading as the word: before "who" ("with bill, who knows";
  not closing a noun phrase an article, a numeral or a demonstrative opens, "the guy who"),
  after "enligt" ("enl. sol har"), as the object of a verb of calling or meeting before a
  preposition or the end ("phone may about", "ringde stig igen"), as the agent of a passive
  ("leddes av grace,"), or opening a Swedish perfect ("punkt stig hade skottat").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    context,
    kin_partners,
    lowercase_registered,
    mention_cues,
    namecontext,
    spoken_to,
    vocab,
    wordforms,
)

_WORD = re.compile(r"[^\W\d_]+")
_DEFINITE = ("ens", "ns", "en", "n")


# Between the words of a role: a space, a space typed twice, or the line wrapped.
_ROLE_GAP = re.compile(r"[ \t]{1,3}|[ \t]?\n")


def modifies_role(text: str, low: str, end: int) -> bool:
    """Right before a role noun in lower case: "Case managern", "Social worker", "Peer
    supportern" (a Swedish note borrowing an English role keeps it capitalised and adds its
    own ending), also with a space typed twice or the line wrapped between ("Case
    managerns", "Case\nmanagern") or the role typed with one slip ("Case managerrn"): the
    word is part of the role's name, not a person's."""
    gap = _ROLE_GAP.match(text, end)
    if gap is None or not text[gap.end() : gap.end() + 1].islower():
        return False
    match = _WORD.match(low, gap.end())
    if not match or match.group() in _NAMING_VERBS:
        return False
    return _role(match.group()) or _slipped_role(match.group())


# Words that `vocab.RELATIONS` holds because a name follows them ("called Pat", "heter
# Stina"), but that are verbs, no role: before one a capitalised word is its subject ("Sven
# called his daughter"), not part of a role's name.
_NAMING_VERBS = frozenset("called named nicknamed heter hette kallad kallas".split())


_PERFECT = frozenset({"har", "hade"})
_NOT_SUPINE = frozenset({"mycket", "inte", "gott", "ont", "rätt", "fel", "kvitt"})


def swedish_perfect(text: str, word: str, auxiliary: str, index: int) -> bool:
    """A sentence opened by a word, then "har"/"hade" and a supine ("Stig hade skottat
    trappan", "Grace har fått ny läkare"): the subject of a Swedish perfect is a name or a
    pronoun, since a noun there takes its article ("Stigen har ..."; "Inga har kommit" is
    the pronoun). `index` is where `auxiliary` starts in `text`."""
    if auxiliary not in _PERFECT or word in vocab.PRONOUNS:
        return False
    match = _WORD.match(text, index + len(auxiliary) + 1)
    if not match or match.start() != index + len(auxiliary) + 1:
        return False
    verb = match.group().lower()
    return (
        len(verb) >= 3
        and verb.endswith("t")
        and verb not in _NOT_SUPINE
        and verb not in vocab.PRONOUNS
        and verb not in vocab.DETERMINERS
    )


_SUBJECTS = frozenset({"vi", "jag", "hon", "han", "de", "hen", "man"})


def after_inverted_subject(low: str, start: int) -> bool:
    """After a verb whose object is a person and its subject pronoun, one space each:
    "träffade vi X", "ringde hon X"."""
    words = low[max(0, start - 30) : start].split()
    return (
        len(words) >= 2
        and low[start - 1 : start] == " "
        and words[-1] in _SUBJECTS
        and words[-2] in vocab.PERSON_VERBS
    )


_AND = frozenset({"and", "och", "&"})
_CLAUSE_STOP = frozenset(",.;:!?()\n")


def coordinated_with_role(low: str, start: int) -> bool:
    """After "and"/"och" whose first member, within six words of the same clause, is a role
    or a relation ("mentions the locum from the football club and X", "dottern och X")."""
    before = low[max(0, start - 80) : start]
    for stop in _CLAUSE_STOP:
        before = before.rsplit(stop, 1)[-1]
    words = _WORD.findall(before)
    if len(words) < 2 or words[-1] not in _AND:
        return False
    return any(_role(w) for w in words[-7:-1])


_COPULA = frozenset({"is", "was", "är", "var"})
_COPULAS = tuple(_COPULA)
_SOMEONE = frozenset({"someone", "somebody", "någon", "person", "personen"})


def described_as_person(low: str, end: int, inverted: bool = False) -> bool:
    """Before "is"/"är" and, within three words, a word for a person: "X is someone who
    interferes", "X was her teacher"; or, when the copula stands before the word
    (`inverted`: "Enl. pat är X en gammal vän"), the same three words right after it."""
    words = _WORD.findall(low[end : end + 50])[:4]
    if not inverted:
        if not words or words[0] not in _COPULA:
            return False
        words = words[1:]
    return any(w in _SOMEONE or _role(w) for w in words[:3])


def role_then_copula(low: str, start: int) -> bool:
    """After a role and "is"/"was"/"är"/"var", one space between: "the duty doctor was X",
    "jourhavande var X", "new contact at the pharmacy is X"."""
    if low[start - 1 : start] != " ":
        return False  # (shortcuts to the same answer: no space before the word, or a word
    if low[start - 2 : start - 1].isalpha() and not low.endswith(_COPULAS, 0, start - 1):
        return False  # before it that, read last below, is no copula)
    before = low[max(0, start - 60) : start]
    for stop in _CLAUSE_STOP:
        before = before.rsplit(stop, 1)[-1]  # the same clause only
    words = _WORD.findall(before)[-6:]
    return (
        len(words) >= 2
        and low[start - 1 : start] == " "
        and words[-1] in _COPULA
        and any(_role(w) for w in words[:-1])
    )


def _role(word: str) -> bool:
    if word in vocab.RELATIONS:
        return True
    return any(word.endswith(e) and word[: -len(e)] in vocab.RELATIONS for e in _DEFINITE)


@cache
def _role_forms() -> frozenset[str]:
    """The role nouns with their definite and genitive endings ("managern", "managerns")."""
    roles = vocab.RELATIONS - _NAMING_VERBS
    return roles | frozenset(r + e for r in roles for e in _DEFINITE)


def _slipped_role(word: str) -> bool:
    """Whether a word is a role noun typed with one slip ("managerrn", "manahern",
    "mannagerns"): still the role, and the capitalised word before it still part of its name."""
    return (
        len(word) >= wordforms.SLIP_MIN and wordforms.slip_of_word(word, _role_forms()) is not None
    )


# A phrase that gives a name, then at most one adverb ("heter egentligen", "is actually called").
_NAMING_ADVERBS = (
    "actually really just also now still simply egentligen faktiskt bara också även nu numera "
    "fortfarande"
).split()
# Norwegian and Danish "som heter", "ved navn", "hedder", "kaldt"; Finnish "nimen" (the name,
# "mainitsi nimen X": mentioned the name X), "nimeltä"/"nimeltään" (by name); Swedish "vid
# namn"; English "by the name (of)".
_NAMING = re.compile(
    r"(?:\b(?:go|goes|went|going) by|\bknown as|\baka|\ba\.k\.a\.?|\balias|\bnicknamed|"
    r"\bsmeknamnet|\bsmeknamn|\bkallad|\bkallas|\bheter|\bhette|\bcalled|\bnamed|"
    r"\bhedder|\bhed|\bhet|\bkalt|\bkaldt|\bkalles|\bkaldes|\b(?:ved|vid) navn(?:et)?|"
    r"\bvid namn(?:et)?|\bby the name(?: of)?|\bnimen|\bnimeltä|\bnimeltään)"
    r"(?: (?:" + "|".join(_NAMING_ADVERBS) + r"))?[ ,:]*$"
)
_NAMING_LAST = frozenset(
    "by as aka a.k.a alias nicknamed smeknamnet smeknamn kallad kallas heter hette called "
    "named hedder hed het kalt kaldt kalles kaldes navn navnet namn namnet name of nimen "
    "nimeltä nimeltään".split()
) | frozenset(_NAMING_ADVERBS)


def named_as(low: str, start: int, prev: str) -> bool:
    """After a phrase that gives a person's name, at most one adverb between: "goes by X",
    "known as X", "(aka X)", "alias X", "heter egentligen X", "is actually called X". `prev`
    is the word before `start` (`context.previous_word`): most words are no such phrase's
    last word, and only those that are read further back."""
    if prev not in _NAMING_LAST:
        return False
    return _NAMING.search(low, max(0, start - 40), start) is not None


# "I" without a full stop is the English pronoun ("May I ask", "Will I see her?").
_INITIAL = re.compile(r" (?:[A-ZÅÄÖÆØÞ]\.|[A-HJ-ZÅÄÖÆØÞ])(?=[,.;:)\s]|$)")


def initial_follows(text: str, end: int) -> bool:
    """Before a surname's initial, one space between: "(Lena S.)", "Viking R. ringer", "Rose T,
    the night nurse": a given name with the initial of a family name is a person."""
    return text[end : end + 1] == " " and _INITIAL.match(text, end) is not None


# One or two given-name initials, each a capital and a full stop, joined by nothing, a hyphen
# or a space, right before a name: "J. ", "A.-L. ", "J.P. ", "J. P. ". The first initial must
# stand alone, after a space or "(" (not the end of "Dr.", of a word or of "N/V.").
_INITIALS_BEFORE = re.compile(r"(?<![^\s(])[A-ZÀ-ÖØ-Þ]\.(?:(?:-| ?)[A-ZÀ-ÖØ-Þ]\.)?[ -]?$")


_NOT_INITIALS = frozenset({"P.S.", "N.B.", "O.K.", "PS.", "NB."})
_IRISH = ("O'", "O’")
# The Arabic article and the words for father and son that open a family name, joined to it
# by a hyphen ("Al-Hassan", "el-Sayed", "Abu-Bakr", "Bin-Laden"; Wikipedia, "Arabic name").
_ARABIC_PARTICLE = re.compile(r"(?<![\w-])(?:[Aa]l|[Ee]l|Abu|Ibn|Bin|Bint)-\Z")


def initials_before(text: str, start: int) -> int:
    """Where the initials right before a name at `start` begin ("Notes by J. Bakker" gives
    the offset of "J."), the Irish "O'" of "O'Brien" or the Arabic "Al-" of "Al-Hassan";
    `start` when none stand there.
    "P.S." and "N.B." are no initials."""
    if start < 2:
        return start
    if text.startswith(_IRISH, start - 2) and (start == 2 or not text[start - 3].isalnum()):
        return start - 2
    if text[start - 1] == "-":
        particle = _ARABIC_PARTICLE.search(text, max(0, start - 6), start)
        if particle is not None:
            return particle.start()  # "Ibrahim Al-Hassan": the article is the family name's
    if text[start - 1] not in " .-":
        return start
    found = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if found is None or found.group().replace(" ", "") in _NOT_INITIALS:
        return start
    return found.start()


# One capital and a full stop after a name, then a space, a comma, a bracket or the end:
# the family name's initial ("Lisa Ö. och hennes man", "Present: Kristina H., Love A.").
_INITIAL_AFTER = re.compile(r" [A-HJ-ZÀ-ÖØ-Þ]\.(?=[\s,;:)/]|$)")


def initial_after(text: str, end: int) -> int:
    """Where the family name's initial right after a name ending at `end` ends ("Lisa Ö."
    gives the offset after "Ö."), or `end` when none stands there. "I." is left alone."""
    found = _INITIAL_AFTER.match(text, end)
    return found.end() if found else end


_WHO_NEXT = re.compile(r",? who(?:m|se)?\b")
# Words that give whose account follows: "enl. sol", "ifølge tom", "ifølgje dag", "laut may";
# a noun after one takes its article or genitive ("ifølge loven", "enligt planen").
_SOURCE = frozenset("enligt enl ifølge ifølgje iflg ifølje ifolge laut".split())
# What follows the object of a verb of calling or meeting, never a verb: "phone may about
# the new time", "ringde stig igen", "met will at the café"; a modal "may" or "will" takes a verb.
_AFTER_OBJECT = frozenset(
    """about at on in for to from and but or again back today yesterday tomorrow this
    om på i för till från och men eller igen tillbaka idag igår imorgon""".split()
)
_AGENT = frozenset({"av", "by"})
_PASSIVE_EN = frozenset(
    "led chaired run hosted organised organized arranged signed written visited seen".split()
)


# "according to will of the people": the words after a noun there; pronouns and articles
# that are also registered names ("ifølgje han", "according to an assessment").
_PLAN = frozenset("of and to in for".split())
_NOT_SOURCES = (
    vocab.PRONOUNS
    | vocab.DETERMINERS
    | vocab.OBJECT_PRONOUNS
    | frozenset("ho hun dei meg deg oss dykk dem ihm ihr ihnen".split())
)
_CUE_BEFORE = vocab.PERSON_VERBS | _SOURCE | _AGENT | mention_cues.LOWER_CASE_BEFORE


def lower_case_cue(low: str, start: int, end: int) -> bool:
    """A cheap first test for `names_in_lower_case`: a word before or after that it reads."""
    if low.startswith((" who", ", who", " har ", " hade "), end) or kin_partners.with_kin(low, end):
        return True
    prev, gap = context.previous_word(low, start)
    return (
        prev in _CUE_BEFORE
        or prev in spoken_to.CUE_BEFORE
        or lowercase_registered.cue(low, start, end)
        or namecontext.bare_s_owner(low, start, end, prev, gap)  # "rolls termokande gik"
    )


def names_in_lower_case(text: str, low: str, start: int, end: int, opens: bool) -> bool:
    """Whether a registered ordinary word in lower case, text[start:end], is a name here
    (see the module docstring; `opens`: a clause starts there)."""
    prev, gap = context.previous_word(low, start)
    kind, following, _index = context.next_word(low, end)
    if _WHO_NEXT.match(low, end) and not _determined(low, start):
        return True  # "with bill, who knows her best"; not "the guy who won"
    if (prev in _SOURCE and gap in ("", ".")) or (
        prev == "to" and not gap and low.endswith("according to", 0, start - 1)
    ):  # "enl. sol har det varit lugnare", "ifølgje tom må alle", "according to mark, the"
        return low[start:end] not in _NOT_SOURCES and (kind != "w" or following not in _PLAN)
    if kin_partners.with_kin(low, end) and not _determined(low, start):
        return True  # "miller and her sister run the café": a person and their kin
    if mention_cues.lower_case_person(low, start, end, prev, gap):
        return True  # "nytt nummer till dag: 030-51 28 79", "text from bo at 22.40"
    if lowercase_registered.person(low, start, end, opens):
        return True  # "hemma hos may", "pratade med liv om", "10:21 klara vill bo kvar"
    if spoken_to.person(low, start, end):
        return True  # "rang mark after lunch", "snakket med may i går", "soitin stig eilen"
    if prev in vocab.PERSON_VERBS and not gap:
        return kind != "w" or following in _AFTER_OBJECT  # "phone may about the new time"
    if prev in _AGENT and not gap and kind != "w":
        before, between = context.previous_word(low, start - len(prev) - 1)
        if not between and (before.endswith("des") or before in _PASSIVE_EN):
            return True  # "mötet leddes av grace, ...", "chaired by will."
    return (
        opens
        and kind == "w"
        and swedish_perfect(text, low[start:end], following, _index_of(low, end, following))
    )  # "punkt stig hade skottat trappan"


# Words that open a noun phrase, so that the noun after them (and after one adjective) is a
# common noun: a name takes no article, numeral or demonstrative ("the guy who won", "one
# guy who", "this old guy who").
_NOUN_OPENERS = vocab.DETERMINERS | frozenset("one another no every".split())


def _determined(low: str, start: int) -> bool:
    """Whether the lower-case word at `start` closes a noun phrase an article, a numeral or a
    demonstrative opens, right before it or before one lower-case word that is no person
    word ("the guy", "this old guy"; not "the nurse bill", where the role names whom)."""
    prev, gap = context.previous_word(low, start)
    if gap or not prev:
        return False
    if prev in _NOUN_OPENERS:
        return True
    if prev in vocab.RELATIONS or not prev.isalpha():
        return False
    before, gap = context.previous_word(low, start - len(prev) - 1)
    return not gap and before in _NOUN_OPENERS


def _index_of(low: str, end: int, word: str) -> int:
    return low.find(word, end)
