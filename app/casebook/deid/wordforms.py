"""Ordinary words that no word list holds but a reader knows at once: Swedish builds them,
borrows them or the writer slipped on the keyboard.

- a Swedish derivation of a known Swedish word: "öppen" + "het" = "Öppenhet", "samtal" +
  "ande"; a quality, an action or a state ("-het", "-ning", "-skap", "-ande", with their
  definite and plural endings), and an adjective of a noun ("punkt" + "lig", "-liga",
  "-ligt");
- "ex" before a known word: "exfrun", "expojkvännen", "exmaken" (the former wife, boyfriend,
  husband), as hurried notes write them without the hyphen;
- an English noun with a Swedish definite ending, as Swedish notes borrow them: "managern",
  "teamet", "mejlet"; an English verb in the Swedish past tense: "mailade", "chattade";
- "jätte-" (very) before a known word: "jättenöjd", "jättebra";
- a participle of a Swedish particle verb, which puts its particle first ("klistra in":
  "inklistrat", "skriva ut": "utskriven", "ringa upp": "uppringd", "boka av": "avbokat");
- an English word ending in a consonant with a Finnish case glued on after the linking "i",
  as Finnish inflects a borrowed word or a program's or service's name: "Wordista" (from
  Word), "Exceliin", "Zoomissa"; `unregistered` asks for it before it reads a word of a
  Finnish sentence as a registered name misspelt and inflected (`finnish_loan`);
- an English manner adverb in "-ly" of a known English word: "Narratively", "Passably",
  "ineptly" (`adverb`);
- a common word of six letters or more misspelt by one slip (a letter doubled or in
  excess, two letters swapped, a letter left out of a long word, and in a word of seven
  letters or more a key next to the right one struck instead): "föresllår", "behövdse",
  "explanied", "anändes", "Dottwrn", "Sjukskötersksn".

`vocab.is_word_form` asks for the first four; the rules for names nobody registered ask for
the last (`slip_of_word`) only for words no name list holds and no registered name is near.
Every function takes the word lists it needs, so that this module imports none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from casebook.deid import one_letter_short

# Swedish suffixes that make a noun of an adjective or a verb, longest first, and "-lig", which
# makes an adjective of a noun ("punkt" + "lig": punctual).
_DERIVATIONS = (
    "heterna", "heten", "heter", "het",
    "ningarna", "ningar", "ningen", "ning",
    "skapen", "skapet", "skap",
    "andet", "andes", "ande", "endet", "endes", "ende",
    "liga", "ligt", "lig",
)  # fmt: skip
# Swedish definite endings glued to a borrowed English noun: "-n" after "-er" ("managern",
# "designerns"), "-et" after a consonant ("teamet", "mejlet"). Not "-en": it ends too many
# family names ("Clausen", "Salonen", "Warren").
_AFTER_ER = ("ns", "n")
_AFTER_CONSONANT = ("ets", "et")
# Swedish "-lös" (English "-less") makes an adjective of any noun ("trådlös", wireless;
# "hemlös"; its neuter "-löst" and plural "-lösa"); no family or given name of the lexicon
# ends so, so a noun of three letters is stem enough ("tråd", "hem", "ljud").
_PRIVATIVES = ("lösa", "löst", "lös", "fria", "fritt", "fri")  # "-less", "-free"
_PRIVATIVE_STEM_MIN = 3
_DERIVED_ENDINGS = _DERIVATIONS + _PRIVATIVES  # (one C test for the words ending in none)
_STEM_MIN = 4  # a stem of four letters at least (five before a derivation: "Svenning")


def derived(word: str, swedish: Collection[str]) -> bool:
    """A Swedish derivation of a known Swedish word ("öppenhet", "ensamhet", "punktlig"), or
    an adjective in "-lös" ("-less") or "-fri" ("-free") of a known noun ("trådlös",
    "trådlöst", "hemlösa", "rökfri", "fossilfri")."""
    if not word.endswith(_DERIVED_ENDINGS):
        return False  # most words asked: no suffix to try
    for suffix in _DERIVATIONS:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) > _STEM_MIN and (stem in swedish or stem + "a" in swedish):
                return True  # "öppen-het"; "samtal-ande"; "bedöm-ning" (bedöma)
    for suffix in _PRIVATIVES:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return len(stem) >= _PRIVATIVE_STEM_MIN and stem in swedish  # "tråd-lös"
    return False


# Swedish "jätte-" (giant) makes any adjective or noun stronger, written as one word
# ("jättenöjd", very pleased; "jättebra"), as Svenska Akademiens ordlista lists it.
_INTENSIFIER = "jätte"


def prefixed(word: str, is_word: Callable[[str], bool]) -> bool:
    """A former relation written as one word ("exfrun", "exsambon"), or a word made stronger
    by "jätte-" ("jättenöjd")."""
    if word.startswith(_INTENSIFIER) and len(word) - len(_INTENSIFIER) >= 3:
        return is_word(word[len(_INTENSIFIER) :])
    rest = word[3:] if word.startswith("ex-") else word[2:] if word.startswith("ex") else ""
    return len(rest) >= 3 and is_word(rest)


def undone(word: str, english: Collection[str]) -> bool:
    """An English verb with the prefix "un-" of reversal before a frequent English word of
    four letters or more ("unsync", "unmute", "unpin" no: "pin" is too short to tell from a
    name's letters): an app's command, typed at a request's start as "Unsync from my phone".
    The caller has made sure the word is no name of the lexicon ("Undine")."""
    return word.startswith("un") and len(word) >= 6 and word[2:] in english


def agent_of_verb(word: str, english: Collection[str]) -> bool:
    """An English agent noun in "-ator" made from a frequent verb in "-ate" ("facilitator",
    "moderators", "narrator", "coordinator": the Oxford English Dictionary's suffix "-or" after
    the verb's stem); no given or family name is so made, and a transcript's role label
    ("Facilitator: Why did you ...") is one."""
    stem = word[:-1] if word.endswith("ators") else word
    return stem.endswith("ator") and len(stem) >= 7 and stem[:-2] + "e" in english


# Endings of the English words that "-ly" also ends in a name of the lexicon ("Kimberly",
# "Amberly", "Kennelly", "Fennelly", "Devilly"): a noun in "-er", "-el" or "-il" with "-ly"
# makes family and given names, and the adverbs of such words are frequent enough for the
# word lists ("properly", "bitterly", "cruelly").
_NAME_LIKE_LY = ("erly", "elly", "illy")
_ADVERB_BASE_MIN = 4


def adverb(word: str, english: Collection[str]) -> str | None:
    """The English word a manner adverb in "-ly" is made of, when the word lists lack the
    adverb itself but hold its base: "narrative" + "ly", "inept" + "ly", "lurid" + "ly",
    "contrasting" + "ly" (a participle), "passable" with "-ble" made "-bly", "lethargic"
    with "-ally", "hasty" with "-ily" (the Oxford English Dictionary's suffix "-ly"). A film
    review or a study note opens a sentence with one ("Narratively, ...", "Passably
    entertaining"), a word, no name; a name in "-erly", "-elly" or "-illy" is not read so.
    The caller asks only of a word that is no name of the lexicon."""
    if not word.endswith("ly") or word.endswith(_NAME_LIKE_LY) or len(word) < 7:
        return None
    candidates = (
        word[:-2],  # "inept-ly"
        word[:-3] + "y" if word.endswith("ily") else "",  # "hast-ily"
        word[:-1] + "e" if word.endswith("bly") else "",  # "passab-ly"
        word[:-4] if word.endswith("ically") else "",  # "lethargic-ally"
    )
    for base in candidates:
        if len(base) >= _ADVERB_BASE_MIN and base in english:
            return base
    return None


def english_pair(word: str, english: Collection[str], names: Collection[str]) -> bool:
    """Two frequent English words of four letters or more, neither a name, written as one
    ("printlist", "sortnames", "openfile"): a program's identifier or an English term quoted in
    a sentence of another language, not a name ("Ashton", "Bayram" are split only with a part
    of three letters; "Rockwell", "Townsend" are in the lexicon). The caller asks only of a
    word that is no name of the lexicon."""
    return any(
        word[:cut] in english
        and word[cut:] in english
        and word[:cut] not in names
        and word[cut:] not in names
        for cut in range(4, len(word) - 3)
    )


# The particles of Swedish particle verbs, which a participle of the verb carries in front
# (a fact of Swedish grammar, Norwegian and Danish alike): "klistra in" gives
# "inklistrad", "skriva ut" "utskriven", "ta tillbaka" "tillbakatagen". Longest first.
_PARTICLES = (
    "tillbaka", "sönder", "undan", "under", "efter", "fram", "bort", "ihop", "igen", "till",
    "över", "upp", "ned", "ner", "hem", "mot", "med", "fast", "ut", "in", "av", "på", "om",
)  # fmt: skip
# The endings of a Swedish past participle (common, neuter, plural and definite) and supine,
# with the infinitive each is made from: "-ad", "-at", "-ade" of "-a" verbs ("klistrad",
# "klistrat"), "-d", "-t", "-da", "-de" of the second conjugation ("ringd", "ringt") and
# "-en", "-et", "-na", "-ne" of strong verbs ("skriven", "skrivet", "skrivna"). Longest first.
_PARTICIPLE_ENDINGS = (
    "ade", "ada", "ad", "at", "da", "de", "en", "et", "na", "ne", "d", "t",
)  # fmt: skip
_PARTICIPLE_MIN = 4  # the participle after the particle: "lagt", "ringd", "bokat"


def particle_participle(word: str, swedish: Collection[str]) -> bool:
    """A participle of a Swedish particle verb, the particle first ("inklistrat", "utskriven",
    "uppringd", "avbokat", "påbörjat", "överlämnad"): a particle, then a participle of a known
    verb, the infinitive being its stem with "-a" ("klistr-at": "klistra"; "skriv-en":
    "skriva"). A consonant written thrice where the two meet is written twice ("till" +
    "lagt": "tillagt"). The participle is a known word itself, or its stem one of four letters
    or more ("ringd" of "ringa", rarer than "ringt" in the word lists)."""
    if not word.startswith(_PARTICLES):
        return False  # most words asked: no particle to try
    for particle in _PARTICLES:
        if not word.startswith(particle):
            continue
        rest = word[len(particle) :]
        rests = (rest, particle[-1] + rest) if particle[-1] == particle[-2] else (rest,)
        for rest in rests:
            if len(rest) < _PARTICIPLE_MIN:
                continue
            known = rest in swedish
            for ending in _PARTICIPLE_ENDINGS:
                stem = rest[: -len(ending)]
                if (
                    rest.endswith(ending)
                    and (known or len(stem) >= _PARTICIPLE_MIN)
                    and stem + "a" in swedish
                ):
                    return True
    return False


# The past tense of Swedish verbs of the first conjugation, which every verb borrowed from
# English joins ("maila": "mailade", "chatta": "chattade"; "-ades" its passive). No name of the
# lexicon is an English word of four letters or more with it (`tests/test_deid_name_rules.py`).
_PAST = ("ades", "ade")


def borrowed_past(word: str, english: Collection[str]) -> bool:
    """An English verb in the Swedish past tense ("mailade", "chattade", its last consonant
    doubled; "mailades", its passive)."""
    for suffix in _PAST:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _STEM_MIN:
            return stem in english or (stem[-1] == stem[-2] and stem[:-1] in english)
    return False


def borrowed(word: str, english: Collection[str]) -> bool:
    """An English noun with a Swedish definite ending ("managern", "teamet"), or an English
    verb in the Swedish past tense (`borrowed_past`)."""
    if word.endswith(_PAST):
        return borrowed_past(word, english)
    for suffix in _AFTER_ER:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _STEM_MIN and stem.endswith("er"):
            return stem in english
    for suffix in _AFTER_CONSONANT:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _STEM_MIN and stem[-1] not in "aeiouy":
            return stem in english
    return False


# The Finnish case endings glued after the linking "i" of a borrowed word that ends in a
# consonant (VISK § 61: "Facebookissa", "Wordista", "Exceliin", "Zoomin"): genitive,
# partitive, the six local cases, essive, translative, illative; and the plural's nominative
# and genitive, which keep the "i" too ("vektorit", "vektorien": vectors, of vectors).
_FINNISH_LOAN_CASES = (
    "n", "a", "ä", "ssa", "ssä", "sta", "stä", "in", "lla", "llä", "lta", "ltä", "lle",
    "na", "nä", "ksi", "t", "en",
)  # fmt: skip


def finnish_loan(word: str, english: Collection[str], names: Collection[str]) -> str | None:
    """The borrowed word (of `english`, no name of `names`) that a lower-case word is with a
    Finnish case after the linking "i" ("wordista": "word"), or None."""
    for ending in _FINNISH_LOAN_CASES:
        stem = word[: -len(ending) - 1]
        if (
            len(stem) >= _STEM_MIN  # first: a word no longer than its ending has no "i" before
            and word.endswith(ending)
            and word[-len(ending) - 1] == "i"
            and stem[-1] not in "aeiouyåäö"
            and stem in english
            and stem not in names
        ):
            return stem
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéü"
SLIP_MIN = 6  # shorter words are one slip from too many others
_ADDED_MIN = 8  # a letter left out: only of long words ("anändes" for "användes")
_NEIGHBOUR_MIN = 7  # a key next to the right one: only in words of seven letters or more
# The shortest words of a list whose forms with a letter removed `one_letter_short` filters:
# a letter left out of a word of `_ADDED_MIN` letters leaves such a form, and so does a key
# struck for its neighbour in a word that long (a filter of the words of seven letters too
# cost more to build than it saved on the few words of seven letters asked).
_FILTERED_MIN = _ADDED_MIN
# The Swedish keyboard (an English one is the same but for its last keys), row by row.
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
_AT = {c: (row, col) for row, keys in enumerate(_ROWS) for col, c in enumerate(keys)}


def _neighbours(c: str) -> str:
    """The keys next to `c` on its own row and the rows above and below (a row is shifted
    half a key to the right of the one above it)."""
    if c not in _AT:
        return ""
    row, col = _AT[c]
    out = []
    for other, keys in enumerate(_ROWS):
        if abs(other - row) > 1:
            continue
        for k, key in enumerate(keys):
            if key != c and abs(k - col + (other - row) * 0.5) <= 1.0:
                out.append(key)
    return "".join(out)


_NEIGHBOURS = {c: _neighbours(c) for c in _AT}


def keys_near(c: str) -> str:
    """The keys around the lower-case letter `c` on a Swedish (or English) keyboard: those
    next to it and, on the rows above and below, one further along ("m" and "l", "v" and "h")."""
    if c not in _AT:
        return ""
    row, col = _AT[c]
    return "".join(
        key
        for other, keys in enumerate(_ROWS)
        if abs(other - row) <= 1
        for k, key in enumerate(keys)
        if key != c and abs(k - col + (other - row) * 0.5) <= (1.0 if other == row else 1.5)
    )


_VOWELS = "aeiouyåäöæøü"


def slip_of_word(word: str, words: Collection[str]) -> str | None:
    """A word of `words` (of `SLIP_MIN` letters or more) that `word` is one slip away from,
    else None: a letter typed twice or in excess ("föresllår"), two neighbours swapped
    ("explanied"), or in a long word a letter left out ("anändes"). A mistyped letter counts
    only when it is a neighbour of the right key on the keyboard in a word of seven letters or
    more ("Dottwrn"): too many names are one letter from a shorter word ("Jesper", "vesper"),
    and of the lexicon's 12,500 names only 19 are one neighbouring key from a common word.
    A word of five letters is read only for its closing consonant typed once where the word
    doubles it ("tyvär" for "tyvärr")."""
    length = len(word)
    if length == SLIP_MIN - 1 and word.isalpha() and word[-1] not in _VOWELS + word[-2]:
        return _first_in([word + word[-1]], words)  # "Tyvär" for "tyvärr": a double consonant
        # closing a word typed single; of the lexicon's names of five letters two read so
    if length < SLIP_MIN or not word.isalpha():
        return None  # (no candidate below has SLIP_MIN letters)
    if length > SLIP_MIN:  # a letter in excess or two swapped, place by place, in that order
        shorter = [word[:i] + word[i + 1 :] for i in range(length)]  # (the letter in excess)
        candidates = []
        for i, without in enumerate(shorter):
            candidates.append(without)
            if i + 1 < length and word[i] != word[i + 1]:  # not "Quist" for "quits"
                candidates.append(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    else:  # one letter out leaves too few: two swapped only
        shorter = []
        candidates = [
            word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            for i in range(length - 1)
            if word[i] != word[i + 1]
        ]
    found = _first_in(candidates, words)
    if found is not None or length < min(_ADDED_MIN - 1, _NEIGHBOUR_MIN):
        return found  # (no search below for a word of six letters)
    # The filter of the words with a letter removed (None while the list has none: then
    # every search runs) says, from one hash, where no word can be found.
    short = one_letter_short.filter_for(words, _FILTERED_MIN, _LETTERS)
    if length + 1 >= _ADDED_MIN and (short is None or short.may_be(word)):
        splits = [(word[:i], word[i:]) for i in range(length + 1)]
        found = _first_in([a + c + b for a, b in splits for c in _LETTERS], words)
    if found is None and length >= _NEIGHBOUR_MIN:  # "Dottwrn" for "dottern", "Sjukskötersksn"
        # A key struck for its neighbour at place i leaves the word as the right one is with
        # its letter at i removed (`shorter[i]`), and every key is one of `_LETTERS`: in a
        # word as long as the filter's, only the places it cannot rule out are tried, in
        # the same order.
        places = range(length) if short is None or length < _FILTERED_MIN else short.places(shorter)
        found = _first_in(
            [
                word[:i] + key + word[i + 1 :]
                for i in places
                for key in _NEIGHBOURS.get(word[i], "")
            ],
            words,
        )
    return found


def _first_in(candidates: list[str], words: Collection[str]) -> str | None:
    """The first of `candidates` that `words` holds, or None: most words are no slip, and a
    set says so of all the candidates in one C call (`isdisjoint`)."""
    if isinstance(words, (set, frozenset)) and words.isdisjoint(candidates):
        return None
    return next((candidate for candidate in candidates if candidate in words), None)
