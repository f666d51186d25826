"""Names nobody registered, typed in lower case by someone in a hurry: "dr mocanu called",
"kontakt: niklas lindbäck, 072-…", "närvarande: stacy, altaf (tolk)", "samtal m. zoja
rubene", "till adnan toufic som hjälper till", "obdulia från sahlgrenska kom in sent".

`unregistered.py` reads capitalised words only; a lower-case word is a name here only where
the setting leaves no doubt, and only a word that cannot be an ordinary one:

- after a verb that gives a person's name ("heter", "nicknamed"), any word that is no ordinary
  word, no town and no slip of a word ("hans pojkvän heter hartwik"); not after a question
  word, where the name is asked for and none given ("Hva heter klasehodepine på engelsk?");
- after a title or a role, "dr", "kurator", "sjuksköterska", "nurse", and in clinical notes
  "md" and "ho" (house officer) (the title is not part of the name), any word that is no
  ordinary word and no town ("dr mocanu", "kurator jankauskas", "md wyman aware");
- elsewhere, a given or family name of the lexicon that is no ordinary word of either
  language and no town ("jenny", "niklas", not "lisa", "max", "bo", "lund"):
  on a line or list of people after "kontakt:", "contact:", "närvarande:", "present:";
  anywhere on a line that opens with a network map's label, "nätverkskarta:", "network map:"
  (Norwegian, Danish, Finnish alike), which lists the people around a client ("nätverkskarta:
  utöver kusinen nämner pat lene från jobbet"); after
  "med", "m.", "with", "enligt", "hos" or a verb whose object is a person ("träffade",
  "met"), after "asked for" / "frågade efter", after "from" / "från" / "fra" that follows a
  message ("brev fra jenny"), or after "to" spoken or written to ("talked to", "according
  to"); before "som" / "who" after "till" / "to" ("till adnan toufic som"); before a role in
  parentheses ("altaf (tolk)"); before "från" / "from" and a capitalised or known place of
  work and a verb; or opening a clause before a verb of saying or doing ("nur berättade");
  after a verb and its inverted subject ("träffade vi paulina"); after a verb of saying or
  thinking, before a verb of saying or doing ("Bo thinks hilda talks too much");
- a given name of the lexicon and a family name of the lexicon right after it, neither an
  ordinary word nor a town, wherever they stand ("bertil wahlgren from the housing office");
- between a relation and its verb, any word that is no ordinary word ("grannen fikru har");
- after a relation or a word that takes a person, two such words in a row, a given and a
  family name ("his brother nattapong boonmee", "samtal m. þóroddur brynjólfursdóttir"),
  neither a slip of a word of the dictionaries ("psykologen atnecknade delmål"); not the
  "med" of Swedish "till och med" (even), which takes no object ("vill man till och med
  tvångsdela föräldraförsäkringen");
- before its possessive and a contact detail, a home or a relative, a name of the lexicon
  ("at jessica's flat", "hiwas mamma", "agnieszka's email",
  "sabris mejl"; `lowercase_pairs.py`).
  A word one slip from a common word is a misspelt word, not a stranger ("ssk föresllår");
  an ordinary word of the sentence's neighbour language that its people bear as no name is
  a word ("med bakte grønsaker", "hos alle saman"; `note_language.ordinary_lower_here`).

A second such word right after the first is the family name ("niklas lindbäck"), and a given
name of the lexicon right before it is the given name ("hiba mansour (ex-sambo)"). Everything
found is `[name]`, listed in the review log like every unregistered name; except a registered
name misspelt in lower case (`find`'s `misspelt`, five letters or more, no slip of a word):
it counts as a lexicon name in the settings above, and also after "to" spoken or written to
("talked to brgitta") and after "att"/"that" before a word ("att hadadd bokar"), and takes
its person's tag (`unregistered.py`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from casebook.deid import (
    lexicon,
    lowercase_pairs,
    mention_cues,
    name_inflection,
    namecontext,
    neighbour_forms,
    note_language,
    person_cues,
    role_parentheses,
    speaker_turns,
    vocab,
    whole_words,
    word_readings,
)
from casebook.deid.lowercase_pairs import next_word as _next
from casebook.deid.lowercase_pairs import previous_word as _prev
from casebook.deid.overlaps import Overlaps

Found = tuple[int, int]

_WORD = re.compile(r"(?<![^\W_])[^\W\d_]{2,}(?:-[^\W\d_]{2,})?(?![^\W_])")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_PEOPLE_LABEL = re.compile(
    r"(?:kontakt|contact|närvarande|present|attendees|deltagare|kontaktperson)[ \t]*:[ \t]*\Z"
)
_TITLES = frozenset(
    """dr dr. doktor doctor kurator sjuksköterska ssk usk nurse pastor präst fader imam
    handläggare handläggaren psykolog läkare överläkare socionom tolk interpreter
    mr mrs ms fru herr md ho""".split()
)
_AFTER_WORDS = frozenset("med with enligt hos".split()) | vocab.PERSON_VERBS
_SOM = frozenset({"som", "who"})
# Verbs that give a person's name ("pojkvännen heter hartwik"): an unknown word after one is
# a name. Not "kallas", "named": those name things as often ("kallas psykofarmaka").
_NAMING = frozenset("heter hette nicknamed".split())
# Verbs that name things as often as people: Swedish "kallas", "kallad", "kallade", Norwegian
# "kalles", "kalt", Danish "kaldes", "kaldt", English "called", "named" ("det som kallas
# analytikermassage", "en så kallad reccobricka", "what is called burnout"). A lower-case word
# after one is a term unless it is a name of the lexicon and no ordinary word ("hon kallas
# lotta"); after "så"/"so" ("så kallad", "so called"), or glued ("so-called"), always a term.
_THING_NAMING = frozenset("kallas kallad kallade kalles kalt kaldes kaldt called named".split())
_SO = frozenset({"så", "so", "såkallad", "såkalt", "såkaldt", "so-called"})
# Verbs of saying and thinking that open a clause without "that" ("Bo thinks hilda talks").
_CLAUSE_VERBS = frozenset(
    "thinks think thought says said believes believed feels felt knows knew tror trodde".split()
)
# Question words before "heter": "Vad heter X?" asks the name of X, a thing or a person already
# named ("Hva heter språkfamilien", "Vad heter hunden"), and gives none.
_ASKING = frozenset("vad hva hvad kva what".split())
_TO = frozenset({"till", "to"})
_FROM = frozenset({"från", "from", "fra"})  # "fra": Norwegian, Danish


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Lexicon names that are never an ordinary word nor a town."""
    return lexicon.all_names() - vocab.known_words() - lexicon.places() - vocab.RELATIONS


@lru_cache(maxsize=1 << 16)
def _stranger(word: str) -> bool:
    """A lower-case word that can only be a name here: a name of the lexicon, or shaped like
    a family name ("gestursson")."""
    if word in _names():
        return not vocab.is_word_form(word)
    return name_inflection.name_shaped(word) and _unknown(word)  # "gestursson", "jukalle"


@lru_cache(maxsize=1 << 16)
def _unknown(word: str) -> bool:
    """A lower-case word nobody knows: no ordinary word, no town, no title or label."""
    return not (
        word in vocab.known_words()
        or word in lexicon.places()
        or word in _TITLES
        or word in vocab.RELATIONS
        or word in vocab.ATTENDANCE
        or vocab.is_word_form(word)
        or vocab.slip_of_common(word) is not None  # "föresllår"
        or word_readings.joined_words(word)  # "påväg": two words run together
        or neighbour_forms.derived_noun(word)  # "hjelpeløshet": an abstract noun's ending
    )


_VOWELS = frozenset("aeiouyåäöæøéèêëáàâíìîïóòôõúùûüýăâîșțąęėįųū")


def _name_shaped(word: str) -> bool:
    """Three letters or more with two vowels: "altaf", "okonjo"; not the abbreviations of
    care notes typed in lower case ("cpn", "rmn", "amhp", "läk")."""
    return len(word) >= 3 and sum(c in _VOWELS for c in word) >= 2


def _occurrences(low: str, words: set[str], text: str) -> list[tuple[int, int]]:
    """Where each of `words` stands in `low` as a whole word starting with a lower-case
    letter in `text` (the original of `low`): most candidates are names written capitalised,
    skipped here by one test per occurrence."""
    return [(s, e) for s, e in whole_words.between_non_word(low, words) if text[s].islower()]


@lru_cache(maxsize=1 << 17)
def _token_candidates(token: str) -> frozenset[str]:
    """The candidate words (`_candidate`) in one white-space token of a lower-cased text
    ("bergström,", "(altaf)"): cached, since the same tokens come back in note after note."""
    known = vocab.known_words()
    return frozenset(w for w in _LETTERS.findall(token) if w not in known and _candidate(w))


@lru_cache(maxsize=1 << 17)
def _unknown_words(token: str) -> tuple[str, ...]:
    """The words of 5 letters or more in a token that are no word or town (`_unknown`) and
    no slip of one: the words that may be a registered name misspelt in lower case (shorter
    ones are too often a word typed in haste: "oten", "sice")."""
    known = vocab.known_words()
    return tuple(
        w
        for w in _LETTERS.findall(token)
        if len(w) >= 5
        and w not in known
        and _unknown(w)
        and vocab.slip_of_known(w) is None  # "vääninnan": a word, misspelt
    )


class _TokenTable(dict[str, frozenset[str]]):
    """White-space token -> `_token_candidates` of it, none for a known word: the same
    answer as those, looked up by `dict.__getitem__` in C for the tokens seen before (most
    of a note). Depends on Casebook's word lists only, like the caches above; bounded."""

    def __missing__(self, token: str) -> frozenset[str]:
        if len(self) >= _TOKENS_MAX:
            self.clear()
        known = token in vocab.known_words()
        value = self[token] = _NONE if known else _token_candidates(token)
        return value


class _UnknownTable(dict[str, tuple[str, ...]]):
    """White-space token -> `_unknown_words` of it, looked up in C like `_TOKENS`; bounded."""

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= _TOKENS_MAX:
            self.clear()
        value = self[token] = _unknown_words(token)
        return value


_NONE: frozenset[str] = frozenset()
_TOKENS_MAX = 1 << 17
_TOKENS = _TokenTable()
_UNKNOWN = _UnknownTable()


@lru_cache(maxsize=1 << 16)
def _candidate(word: str) -> bool:
    """A word that may be a stranger's name somewhere (`find` then reads its setting).
    Cached, like `_stranger` and `_unknown`: each depends on the word and Casebook's own
    word lists only, and the same words come back in note after note."""
    return _stranger(word) or (_name_shaped(word) and _unknown(word))


def find(
    text: str,
    low: str,
    taken: list[tuple[int, int, bool]],
    misspelt: Callable[[str], bool] | None = None,
    tokens: AbstractSet[str] | None = None,
) -> list[Found]:
    """Lower-case strangers in `text` (`low` its lower case), outside `taken`. `misspelt`
    says whether an unknown word is a registered name misspelt ("ssten", "caorlinsson"): such
    a word is taken where a stranger's name would be ("pratade med ssten om ..."). `tokens`
    are `set(low.split())` if the caller has them already."""
    found: list[Found] = []
    # Each distinct white-space token that is no known word (a known word has no candidates)
    # and its candidates, in C-level passes: set operations, then one look-up per token.
    rest = (set(low.split()) if tokens is None else tokens) - vocab.known_words()
    candidates = set().union(*map(_TOKENS.__getitem__, rest))
    near = _Near(rest, misspelt)
    if not candidates and not near.any():
        return found
    busy = Overlaps(taken)
    listing = ":" in low or " (" in low  # else no word of the note is `_listed`
    for start, end in sorted(_occurrences(low, candidates | near.unknown, text)):
        word = low[start:end]
        if busy.hit(start, end):
            continue
        if found and start < found[-1][1]:
            continue
        misspelt_here = word in near.unknown and word in near  # (asked once: a call, made
        # only for a word that may be misspelt: most are none)
        if not misspelt_here and word not in candidates:
            continue  # an unknown word, no registered name misspelt
        stranger = misspelt_here or _stranger(word)  # (else a name-shaped unknown word)
        prev, gap = previous_word(low, start)
        if not (
            (prev in _TITLES and gap in ("", ".") and not _pronoun(text, start, prev, gap))
            or (  # "pojkvännen heter hartwik"; not "Hva heter klasehodepine på engelsk?"
                prev in _NAMING and not gap and _no_slip(word) and not _asked_name(low, start)
            )
            or (listing and _listed(low, start, end))  # "närvarande: stacy, altaf (tolk)"
            or (stranger and listing and _network_line(low, start))  # "nätverkskarta: ... eliza"
            or (stranger and _named_by_setting(low, start, end, prev, gap))
            or (misspelt_here and lowercase_pairs.misspelt_named(low, end, prev, gap))
            or (
                prev in vocab.RELATIONS
                and not gap
                and _next(low, end) in vocab.NAME_FOLLOWERS
                and not (prev in _NAMING and _asked_name(low, start))
            )
            or (stranger and not gap and person_cues.after_inverted_subject(low, start))
            or (
                stranger
                and name_inflection.finnish_setting(word, _next(low, end), "" if gap else prev)
                and _finnish_here(text, start, end, _next(low, end))
            )
            or (not gap and person_cues.role_then_copula(low, start))  # "jourhavande var x"
            or (  # "his brother nattapong boonmee", "samtal m. þóroddur brynjólfursdóttir"
                _person_before(prev, gap, low, start)
                and _no_slip(word)
                and lowercase_pairs.pair_follows(text, low, end, _paired)
            )
            or (  # "bertil wahlgren from the housing office joined late": anywhere
                stranger
                and word not in _TITLES  # "md quintanilla": "Md" is a name too
                and word in lexicon.given_names()
                and lowercase_pairs.pair_follows(text, low, end, _family_or_genitive)
            )
        ):  # ... "grannen annunziata har klagat": a relation, the name, its verb
            continue
        if _term_named(low, start, word, prev, gap):  # (asked second: most words have no
            continue  # setting above) "det som kallas analytikermassage", "så kallad reccobricka"
        if note_language.ordinary_lower_here(text, start, word):
            continue  # "med bakte grønsaker": a word of the sentence's neighbour language
        word_start = start
        given = lowercase_pairs.given_before(text, low, start, _stranger)
        if (
            given is not None
            and low[given:start].strip() not in _TITLES  # "md wyman": "Md" is a name too
            and not busy.hit(given, start)
        ):
            start = given  # "hiba mansour (ex-sambo)": the given name before the found one
        family = _WORD.match(low, end + 1) if low[end : end + 1] == " " else None
        if (
            family
            and text[family.start()].islower()
            and (_stranger(family.group()) or _unknown(family.group()))
            and family.group() not in name_inflection.CUES  # "gezim kertoi", "jukan kanssa"
        ):
            end = family.end()  # "niklas lindbäck", "zoja rubene"
        if any(
            note_language.ordinary_lower_here(text, m.start(), m.group())
            for m in _WORD.finditer(low, start, end)
            if m.start() != word_start
        ):
            continue  # "med reproduktiv helse", "med jamne mellomrom": the pair is words
        found.append((start, end))
    return lowercase_pairs.with_contacts(text, low, found, taken, _stranger)


class _Near:
    """The words of a note's tokens that may be a registered name misspelt (`_unknown_words`),
    and which of them are (`misspelt`), asked only of those standing where a name can: most
    are capitalised in the note or inside a span taken, and a comparison with every
    registered name costs more than all the rest of the lower-case pass."""

    __slots__ = ("unknown", "_misspelt", "_answers")

    def __init__(self, tokens: AbstractSet[str], misspelt: Callable[[str], bool] | None) -> None:
        self.unknown: set[str] = set()
        if misspelt is not None:
            self.unknown = set().union(*filter(None, map(_UNKNOWN.__getitem__, tokens)))
        self._misspelt = misspelt
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        if word not in self.unknown:
            return False
        answer = self._answers.get(word)
        if answer is None:
            assert self._misspelt is not None
            answer = self._answers[word] = self._misspelt(word)
        return answer

    def any(self) -> bool:
        """Whether some unknown word is a registered name misspelt."""
        return any(word in self for word in self.unknown)


def _term_named(low: str, start: int, word: str, prev: str, gap: str) -> bool:
    """Whether the lower-case word at `start` is a term that a verb naming things introduces
    (see `_THING_NAMING`): "kallas analytikermassage", "så kallad reccobricka", "so-called
    flow". Also the word after such a term ("reccobricka insydd") is no family name, as the
    term stands where the name would."""
    if gap or not prev:
        return False
    if prev in _SO or (prev.endswith("-called") or prev.endswith("-kallad")):
        return True
    if prev in _THING_NAMING:
        before, _gap = previous_word(low, start - 1 - len(prev))
        return before in _SO or word not in _names()
    return False


def _pronoun(text: str, start: int, prev: str, gap: str) -> bool:
    """Whether the title before text[start] is a pronoun of its sentence's neighbour
    language ("ho hevdar": Nynorsk "she", not a house officer)."""
    return prev == "ho" and note_language.function_word_here(
        text, start - 1 - len(gap) - len(prev), prev
    )


def _finnish_here(text: str, start: int, end: int, following: str) -> bool:
    """Whether the Finnish verb `following` a lexicon name at text[start:end] is read as one.
    A verb that is also an English word (`_english_verb_forms`: "on", is) outside a Finnish
    sentence is not, after an English adverb in "-ly" typed with a letter left out ("we rely
    soley on volunteers": "solely", and "on" the preposition); a name stays one ("i saw aino
    on the bus", as before)."""
    if following not in _english_verb_forms() or _adverb_left_out(text[start:end].lower()) is None:
        return True  # the cached word test first: the sentence's language only for a slip
    languages = note_language.sentence_language(text, start, end, count_word=False)
    return bool(languages and "fi" in languages)


@lru_cache(maxsize=1)
def _english_verb_forms() -> frozenset[str]:
    """The Finnish verbs after a subject that are English words too ("on")."""
    return name_inflection.SUBJECT_VERBS & vocab.common_words(("en",))


@lru_cache(maxsize=1 << 12)
def _adverb_left_out(word: str) -> str | None:
    """The common English adverb in "-ly" that `word` (five letters or more) is with one letter
    left out inside it ("soley", solely), else None."""
    if len(word) < 5 or not word.isalpha():
        return None
    common = vocab.common_words(("en",))
    for i in range(1, len(word)):  # inside the word: "bill" is no "billy", "earl" no "early"
        for letter in "abcdefghijklmnopqrstuvwxyz":
            whole = word[:i] + letter + word[i:]
            if whole.endswith("ly") and whole in common:
                return whole
    return None


def _no_slip(word: str) -> bool:
    """No slip of a word of the dictionaries, rare ones too ("atnecknade")."""
    return vocab.slip_of_known(word) is None


@lru_cache(maxsize=1 << 14)
def _family_stranger(word: str) -> bool:
    """A family name of the lexicon (or shaped like one) that can be no ordinary word or
    town: the second of a given and a family name typed in lower case."""
    return _stranger(word) and (word in lexicon.family_names() or lexicon.surname_shaped(word))


def _family_or_genitive(word: str) -> bool:
    """A family name that can be no ordinary word or town (`_family_stranger`), bare or with
    the genitive "s" of Swedish, Norwegian and Danish ("sandra larssons arbete")."""
    return _family_stranger(word) or (
        len(word) > 4 and word[-1] == "s" and _family_stranger(word[:-1])
    )


def _paired(word: str) -> bool:
    """A word that may be the second of a pair of names: a candidate, no slip of a word."""
    return _candidate(word) and _no_slip(word)


def _asked_name(low: str, start: int) -> bool:
    """Whether the naming verb before `start` follows a question word: "Hva heter X", which
    asks for a name and gives none."""
    verb, _gap = previous_word(low, start)
    asking, gap = previous_word(low, start - len(verb) - 1)
    return not gap and asking in _ASKING


def _person_before(prev: str, gap: str, low: str, start: int) -> bool:
    """A relation or a word that takes a person before: "his brother", "med", "m."; not the
    "med" of Swedish "till och med" (even), which takes no object ("vill man till och med
    tvångsdela föräldraförsäkringen")."""
    if prev in ("m", "enl"):
        return gap == "."
    if prev == "med" and low[max(0, start - 13) : start].endswith("till och med "):
        return False
    return gap == "" and (prev in _AFTER_WORDS or prev in vocab.RELATIONS)


_STOPS = re.compile(r"[.;!?]")


def _listed(low: str, start: int, end: int) -> bool:
    """In a list of people after a label on its line, or before a role in parentheses. (Read
    in place, with no copy of the line: this is asked of most lower-case words of a note.)"""
    line_start = low.rfind("\n", 0, start) + 1
    label = low.rfind(":", line_start, start)
    if label >= 0 and _PEOPLE_LABEL.search(low, line_start, label + 1):
        stop = speaker_turns.list_end(low, label + 1)  # None: a turn ("Deltagare: han ...")
        if (
            stop is not None
            and start < stop
            and _STOPS.search(low, label + 1, start) is None
            and not _bracketed_note(low, start, end)
        ):
            return True  # "närvarande: annie stendahl, nadežda, altaf (tolk)"
    if low[end : end + 2] == " (":
        role = _next(low, end + 2).split(")", 1)[0].removeprefix("ex-")  # "(ex-sambo)"
        if role == "significant":  # "charlie (significant other)"
            return low.startswith("significant other", end + 2)
        return role in vocab.RELATIONS or role in _TITLES  # "altaf (tolk)", "(daughter)-"
    return False


def _bracketed_note(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] stands alone in brackets after an item of a list that is no
    relation or title ("Antit (kasserer)", "Hodan Hadzic (sekretær)") and is an ordinary word
    of a neighbour language (Danish, Norwegian, Finnish: `vocab.listed`) or a role noun that
    no list holds (`role_parentheses.role_noun`: "Kaisu (erfaringskonsulent)"): the item's role,
    as `attendance_lists` reads what stands in brackets, not a second person. A word no list
    knows stays a name there ("mor (stina)": the mother's name), as does one after a
    relation ("mor (tor)")."""
    if low[start - 2 : start] != " (" or low[end : end + 1] != ")":
        return False
    item, _gap = previous_word(low, start - 1)
    if not item or item in vocab.RELATIONS or item in _TITLES:
        return False
    word = low[start:end]
    return any(word in vocab.listed(lang) for lang in ("da", "nb", "fi")) or (
        role_parentheses.role_noun(word)  # "(erfaringskonsulent)", "(vertaisohjaaja)"
    )


# Labels of a network map, the people around a client that a social worker's or a
# psychologist's note lists, in the study's languages: every person it names is one.
_NETWORK_LABEL = re.compile(
    r"(?:nätverkskarta|network map|nettverkskart|netværkskort|verkostokartta)[ \t]*:"
)


def _network_line(low: str, start: int) -> bool:
    """Whether the word at `start` stands on a line that opens with a network map's label
    ("nätverkskarta: utöver kusinen nämner pat lene från jobbet", "Network map: besides the
    brother, the client mentions greger from church")."""
    line_start = low.rfind("\n", 0, start) + 1
    while low[line_start : line_start + 1] in (" ", "\t"):
        line_start += 1
    label = _NETWORK_LABEL.match(low, line_start)
    return label is not None and label.end() <= start


_BEFORE_WINDOW = 40


def previous_word(low: str, start: int) -> tuple[str, str]:
    """The word before `start` and what stands between (spaces stripped), as
    `lowercase_pairs.previous_word` reads it a character at a time; asked of every lower-case
    word of a note, so the common case, one word of letters and one space ("med jenny"), is
    read with two string methods in C, and only the rest by that loop."""
    if low[start - 1 : start] == " ":
        lo = start - _BEFORE_WINDOW
        if lo < 0:
            lo = 0
        space = low.rfind(" ", lo, start - 1)
        if space >= 0 or not lo:  # (the word starts the note, or after a space in reach)
            word = low[space + 1 : start - 1]
            if word.isalpha():  # (so no space, stop or dot before the space)
                return word, ""
    return _prev(low, start)


def _named_by_setting(low: str, start: int, end: int, prev: str, gap: str) -> bool:
    """Whether the setting of a lexicon name in lower case says person (see the docstring)."""
    if (prev in _AFTER_WORDS or prev in vocab.RELATIONS) and gap == "":
        return True  # "samtal med jenny", "träffade jenny", "hennes chef amalia popa"
    if prev in ("m", "enl") and gap == ".":
        return True  # "samtal m. jenny"
    if prev in ("for", "efter") and gap == "" and mention_cues.asked_for(low, start):
        return True  # "asked for jenny", "frågade efter jenny"
    if prev in _FROM and gap == "" and namecontext.message_from(low, start):
        return True  # "brev från jenny", "text from jenny"
    after = _next(low, end)
    second = _next(low, end + 1 + len(after)) if after else ""
    if end - start > 2 and lowercase_pairs.spoken_to(low, end, prev, gap):
        return True  # "talked to bertil wahlgren from the housing office"
    if (prev in _TO or prev in _FROM) and gap == "" and (after in _SOM or second in _SOM):
        return True  # "till adnan toufic som hjälper till", "sms från nur som"
    opens = gap != "" or not prev or prev in ("och", "and", "att", "that") or prev in _CLAUSE_VERBS
    if opens and (after in vocab.STRONG_FOLLOWERS or after in _FROM):
        return True  # "nur berättade", "obdulia från sahlgrenska kom in sent"
    return False
