"""A capitalised word nobody knows, spoken to: the vocatives of dialogue, subtitles, chat and
notes that quote what was said ("Zlatko, come here.", "we were there, Zlatko.", "Tack Zlatko!",
"Kiitos Zlatko, nähdään!", "Zlatko?" alone on a line).

An unknown word (no ordinary word of any language Casebook reads, no town, no name of the
lexicon) is a name where it is addressed:

- `opening`: it opens a sentence or a line, a comma follows it and then a lower-case word
  or "I" ("Zlatko, we were there", "Zlatko, jag kommer"), not a relative word ("Erbil, where
  she grew up", "Erbil, där hon växte upp": a town the sentence tells of);
- `closing`: it closes a sentence after a comma and a lower-case word, a full stop, "!" or
  "?" right after it ("we were there, Zlatko.", "ja vel, Zlatko ?", "What, Zlatko?"; not
  "Uppsala, Sverige." nor "bor i Lund, Skåne.": a capitalised word before the comma, unless
  a frequent word or an interjection opening the sentence, is a place's list);
- `greeted`: right after a greeting, thanks or farewell of English, Swedish, Norwegian,
  Danish or Finnish (`greetings.FAREWELLS`, `greetings.PHRASES`: "Bye Zlatko!", "Tack
  Zlatko", "Kom igen Zlatko,", "Kiitos Zlatko."), a punctuation mark or the line's end after
  it;
- `called`: the only word of its line, with "!" or "?" ("Zlatko!", "- Zlatko?"): a line of a
  dialogue calls someone. With one full stop ("Zlatko.") only a word shaped like a name (two
  vowels: no abbreviation, "Tel.", "Pcv.") that is no slip of an ordinary word: headings
  are ordinary words, and without a stop.

Each reads only the characters around the word. The word must look like a name
(`lexicon.name_shaped`: three letters, two vowels; not "Hmm", "Pst", "Brr"); after a greeting
or alone with "!" or "?", three letters and one vowel ("Takk Ints", "Gjon?"), and no
interjection of `greetings.INTERJECTIONS` ("Ugh!", "Tjena, ..."), nor a compound ending in a
known word ("Läkarbesök, sjuksköterskan närvarande": a heading), nor a Danish, Norwegian
or Finnish compound opening a numbered note's heading ("Feltdagbog, dag 4")."""

from __future__ import annotations

from collections import Counter
from functools import cache

from casebook.deid import (
    closed_words,
    greetings,
    headings,
    lexicon,
    neighbour_forms,
    note_language,
    role_parentheses,
    vocab,
)
from casebook.deid.context import previous_word, sentence_start
from casebook.deid.registry import ascii_fold

# Words after "Erbil, ..." that tell of a place or thing, not of someone spoken to.
RELATIVES = frozenset(
    """where which who that whose där som vilket vilken dit hvor hvilket der dær kor
    jossa joka jonka missä mikä mistä minne jonne""".split()
)
# Second-person pronouns of English, Swedish, Norwegian, Danish and Finnish: who is spoken to.
SECOND_PERSON = frozenset(
    """you your you're yours yourself du dig din ditt dina ni er era ert deg dykk dere
    jer jeres sinä sinun sinua sinulle sinulla sä sun sua sulle sulla te teidän teitä""".split()
)
_MARKS = frozenset(".!?…")
_FINNISH_CASES = tuple("ssa ssä sta stä lla llä lta ltä lle ihin iin".split())
_ENDINGS = frozenset({"en", "et", "er", "ar", "or", "na"})
_FREQUENT = vocab.function_words()
_DASHES = frozenset("-–—•*\"'”«»“ \t")


def addressed(text: str, low: str, start: int, end: int, slip: bool = False) -> bool:
    """Whether the unknown capitalised word text[start:end] is spoken to (module docstring);
    a run of capitalised words is read by its first word and its last. A `slip` (a word one
    letter from an ordinary word: "Lacy", "Orna") counts only after a comma that closes
    the sentence or after a greeting, where no word but a name stands.
    The slots are read first (a character or two each); the word's own tests only then."""
    words = low[start:end].split()
    word = words[0]  # a given and a family name: "Ankje Holdinga, ..." as one
    if word in greetings.INTERJECTIONS or word in greetings.FAREWELLS or not _shaped(word):
        return False
    after = text[end : end + 1]
    if after == ",":
        slot = (
            not slip and lexicon.name_shaped(word) and opening(text, low, start, end)
        ) or greeted(low, start, end)
    elif after in _MARKS or after == " " or not after or after == "\n":
        slot = (
            (lexicon.name_shaped(word) and closing(text, low, start, end))
            or greeted(low, start, end)
            or (not slip and called(text, start, end, stop=_stop_shaped(word)))
        )
    else:
        return False
    if not slot:
        return False
    last = words[-1]
    if _compound(last) or _neighbour_word(last) or _definite_noun(last):
        return False
    return not (_neighbour_compound(last) and headings.numbered_heading(text, start, end))


def _definite_noun(word: str) -> bool:
    """Whether a word is the definite singular of a known noun of six letters or more, as
    Swedish, Danish and Norwegian glue the article on ("Segregationen, problem med ...",
    segregation): a person spoken to bears no article. A shorter noun's definite form is as
    often a name ("Karen", "Kristen"), and a name of the lexicon stays one ("Viljanen",
    "Pennanen": Finnish family names that end as a definite "villan", "pennan" would)."""
    base = word[:-2]
    return (
        word.endswith(("en", "et"))
        and len(base) >= 6
        and word not in lexicon.all_names()
        and base in vocab.known_words()
        and base not in lexicon.all_names()
    )


def _stop_shaped(word: str) -> bool:
    """Whether a word alone on its line before a full stop may be a name called: shaped
    like one (`lexicon.name_shaped`), three letters or more that differ (not a sound
    drawn out: "Ooh.", "Aah."), no Swedish agent noun (`_agent_noun`) and no German word
    a note quotes ("Danke.")."""
    return (
        lexicon.name_shaped(word)
        and len(set(word)) >= 3
        and not _agent_noun(word)
        and word not in vocab.german_words()
    )


def _agent_noun(word: str) -> bool:
    """Whether a word ends in a Swedish agent noun, a verb's stem and "-are" ("ridare"
    from "rida", "läkare", "Förridare", "Handläggare"): a verb of four letters or more
    in "-a" is a Swedish word at the end of the word, its "-a" become "-are"."""
    if len(word) < 6 or not word.endswith("are"):
        return False
    swedish = vocab.ordinary_in(("sv",))
    stem = word[:-3]
    return any(stem[cut:] + "a" in swedish for cut in range(len(stem) - 2))


def _neighbour_word(word: str) -> bool:
    """Whether a word of six letters or more is an ordinary word of Norwegian, Danish or
    Finnish (shorter ones are as often names: "Rada", "Maia") or, eight letters or more, a
    regular form of one ("Hereillä, rauhallinen.", "Seurataan, käynnistyykö";
    a shorter one is as often a name: "Nastja"), or a long word with a
    Finnish case ending, which no one spoken to carries ("Kotirespiraattorissa, limaa",
    "Iltayöstä, kun nukahti": a vocative is in the nominative)."""
    if len(word) >= 8 and word.endswith(_FINNISH_CASES):
        return True
    return any(
        (len(word) >= 6 and word in neighbour_forms.word_list(lang))  # "Rada", "Maia"
        or (len(word) >= 8 and neighbour_forms.is_form(word, lang))  # "Nastja" is a name
        for lang in ("nb", "da", "fi")
    )


# The shortest last part of a neighbour language's compound read here: "dag|bog" (diary),
# "päivä|kirja"; shorter ones ("-bo", "-maa", "-vik") end too many names of places and families.
_NEIGHBOUR_TAIL = 5
# The definite endings of Norwegian and Danish nouns: a family name made of a farm's name is
# the place's noun in its definite form ("Sol|bakken", "Nord|haugen", "Fjell|stua"); a
# heading's compound noun is written without one ("Feltdagbog").
_DEFINITE = ("en", "et", "a")


@cache
def family_tails() -> frozenset[str]:
    """The endings of five letters or more that two family names of the lexicon or more end
    in after a first part ("-järvi" of Kaukojärvi, "-gaard", "-strand"): typical of names."""
    counts = Counter(
        name[cut:] for name in lexicon.family_names() for cut in range(1, len(name) - 4)
    )
    return frozenset(tail for tail, count in counts.items() if count >= 2)


def _neighbour_compound(word: str) -> bool:
    """Whether a word no list holds whole is two ordinary words of one neighbour language
    written together, as Danish, Norwegian and Finnish write compound nouns ("Feltdagbog":
    felt + dagbog, a field diary; "Kenttäpäiväkirja": kenttä + päiväkirja): the heading of a
    field note before its day ("Feltdagbog, dag 4"), asked only of a word opening such a
    heading (`headings.numbered_heading`): there no one is spoken to. The last part,
    five letters or more, must be no name of the lexicon nor typical of names ("-berg", an
    ending several family names share, a Norwegian or Danish definite noun: "Solbakken"); the
    first may be a name, as many Finnish family names are words ("Kenttä")."""
    names = lexicon.all_names()
    for lang in ("nb", "da", "fi"):
        words = neighbour_forms.word_list(lang)
        for cut in range(3, len(word) - _NEIGHBOUR_TAIL + 1):
            tail = word[cut:]
            if (
                tail in words
                and word[:cut] in words
                and tail not in names
                and tail not in vocab.NAME_ELEMENTS
                and tail not in family_tails()
                and (lang == "fi" or not tail.endswith(_DEFINITE))
            ):
                return True
    return False


def given_addressed(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], a given name of the lexicon that is also an ordinary word
    ("Peter", "Rita", "Sally", "Linda"), is spoken to: after a greeting ("Hej Rita,", "Bye
    Sally!"), closing a sentence after a comma ("det stämmer inte, Rita."), or opening one
    before a comma when "you" follows in the sentence ("Peter, can you come?", "Rita, har du
    tid?", "Sally, mitä sinä teet?"): "Still, you must", "Mark, as in grade" stay words."""
    word = low[start:end]
    if word not in lexicon.given_names():
        return False
    after = text[end : end + 1]
    if after == ",":
        prev, gap = previous_word(low, start)
        if not gap and prev in greetings.OPENERS:
            return True
        return greeted(low, start, end) or (
            opening(text, low, start, end) and _second_person(text, low, start, end)
        )
    if after in _MARKS or after == " " or not after or after == "\n":
        prev, gap = previous_word(low, start)
        if not gap and prev in greetings.OPENERS and after != " ":
            return True
        return closing(text, low, start, end) or greeted(low, start, end)
    return False


# Second-person pronouns of one language that are another word in a neighbour's: Swedish
# "er" (you, your) is Norwegian and Danish "is" ("Neida, det er for farlig": no, no, it is).
_OTHER_WORD_IN = {"er": ("nb", "da")}


def _second_person(text: str, low: str, start: int, end: int) -> bool:
    """Whether a second-person pronoun stands in the rest of the sentence after `end`, the word
    at text[start:end] opening it: one of the language the sentence is written in."""
    stop = len(low)
    for mark in ".!?\n":
        found = low.find(mark, end, stop)
        if found >= 0:
            stop = found
    words = [w.strip("'’\"") for w in low[end:stop].replace(",", " ").split()]
    pronouns = [w for w in words if w in SECOND_PERSON]
    if pronouns and all(w in _OTHER_WORD_IN for w in pronouns):
        language = note_language.sentence_language(text, start, end)  # "Neida" counts
        return not all(_OTHER_WORD_IN[w] == language for w in pronouns)
    return bool(pronouns)


def _compound(word: str, depth: int = 1) -> bool:
    """Whether a word is two known words written together, as compound nouns are
    ("Läkarbesök": läkar(e) + besök; "Resursgruppsmöte": resurs + grupp(s) + möte; a
    heading's noun no list holds whole): a last part of four letters or more (three after
    a first part of five: "Uppsägnings|tid") that is no name and not typical of names
    ("-berg", "-lund"), after a known word, with or without a linking "s" or its final "e"
    ("arbets-", "läkar-", "familje-"); the last part may carry a definite or plural
    ending ("Familjegemenskapen")."""
    known = vocab.known_words()
    names = lexicon.all_names()
    if _particle_word(word, names):
        return True
    for cut in range(3, len(word) - 2):
        tail = word[cut:]
        if tail in vocab.NAME_ELEMENTS or tail in names or not _known_tail(tail, known):
            continue
        head = word[:cut]
        stems = [head, head + "e"]
        if head[-1] in "se":  # "arbets-", "familje-": a linking letter
            stems += [head[:-1], head[:-1] + "e"]
        shortest = 3 if len(tail) >= 4 else 5  # "uppsägnings|tid", not "hel|gard"
        if any(len(h) >= shortest and h in known and h not in names for h in stems):
            return True
        if depth and len(head) >= 7 and _compound(head, depth - 1):
            return True
    return False


# Swedish verb particles and prefixes written together with a verb or its participle
# ("avbokat", "inställt", "uppskjutet", "ombokad", "påbörjat", "tillsagd").
_PARTICLES = ("av", "an", "in", "om", "på", "ut", "upp", "till", "fram", "bort", "över", "under")


def _particle_word(word: str, names: frozenset[str]) -> bool:
    """Whether a word is a Swedish particle before a known Swedish word of four letters or
    more that is no name ("Avbokat, ny tid": av + bokat; "Inställt, ..."): a heading's
    participle, not someone spoken to. "Ingrid" (in + grid) stays, "grid" being no
    Swedish word; "Avram" (av + ram) stays, "ram" being too short to tell."""
    swedish = vocab.ordinary_in(("sv",))
    for particle in _PARTICLES:
        tail = word[len(particle) :]
        if word.startswith(particle) and len(tail) >= 4 and tail in swedish and tail not in names:
            return True
    return False


def _known_tail(tail: str, known: frozenset[str]) -> bool:
    """A known word, or one with a Swedish definite or plural ending ("gemenskap-en")."""
    return (
        tail in known
        or (len(tail) >= 5 and tail[-1] in "ntr" and tail[:-1] in known)
        or (len(tail) >= 6 and tail[-2:] in _ENDINGS and tail[:-2] in known)
    )


def _shaped(word: str) -> bool:
    """Three letters or more and a vowel ("Gjon", "Ints"; not "Pst", "Hmm"): right after a
    greeting or alone with "!", a shorter test than `lexicon.name_shaped` will do."""
    return len(word) >= 3 and any(c in "aeiouyə" for c in ascii_fold(word))


def opening(text: str, low: str, start: int, end: int) -> bool:
    """ "Zlatko, we were there": first in its sentence, a comma and a lower-case word next."""
    if text[end : end + 2] != ", " or not sentence_start(text, start):
        return False
    rest = text[end + 2 : end + 40]
    word = rest.split(None, 1)[0].strip(",.!?:;") if rest.strip() else ""
    if not word or word.lower() in RELATIVES:
        return False
    return word[0].islower() or word == "I" or word.startswith("I'")


def closing(text: str, low: str, start: int, end: int) -> bool:
    """ "we were there, Zlatko.": a comma after a lower-case word before it, the sentence's
    mark right after it (a space between, as transcripts write " ?")."""
    if text[start - 2 : start] != ", " or start < 3 or not text[start - 3].isalpha():
        return False
    begin = start - 3
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    before = low[begin : start - 2]
    if not text[begin].islower() and not (
        sentence_start(text, begin) and (before in greetings.INTERJECTIONS or before in _FREQUENT)
    ):
        return False  # "Uppsala, Sverige.", "i Lund, Skåne.": a place after a place; not
        # "What, Zlatko?", "Ugh, Zlatko!"
    i = end
    if text[i : i + 1] == " ":
        i += 1
    if text[i : i + 1] not in _MARKS:
        return False
    while i < len(text) and text[i] in _MARKS:
        i += 1
    rest = text[i : i + 3].lstrip(" \"'”»")
    return not rest or rest[0] == "\n" or rest[0].isupper()


def salutation(low: str, start: int, end: int) -> bool:
    """ "Dear small,⏎", "Hej lind!⏎": the one word between a letter's salutation
    (`greetings.SALUTATIONS`: "Dear", "Kjære", "Hallo") opening its line and the comma or "!"
    that ends the line, a letter's salutation, which names whom the letter is to (`low` in
    lower case). Not a closed-class word, relation,
    role or title ("Dear all,", "Hej mamma,", "Dear doctor,")."""
    if low[end : end + 1] not in (",", "!") or low[end + 1 : end + 2] not in ("", "\n", "\r"):
        return False
    prev, gap = previous_word(low, start)
    if gap:
        return False
    opening = start - 1 - len(prev)  # where the greeting starts
    if prev not in greetings.SALUTATIONS:  # "Kjære tone,", "Kære dal,", "Hallo gjerde,"
        first, first_gap = previous_word(low, opening)
        if first_gap or f"{first} {prev}" not in _LETTER_PHRASES:
            return False
        opening -= len(first) + 1  # "God dag tone,", "Good morning small,"
    line = low.rfind("\n", 0, start) + 1
    if low[line:opening].strip(" \t"):
        return False  # the greeting opens its line
    word = low[start:end]
    return not (
        word in closed_words.words()  # "Dear all,", "Hei kaikki!"
        or word in vocab.PRONOUNS  # "Dear everybody,"
        or word in vocab.RELATIONS  # "Hej mamma,"
        or word in vocab.TITLES  # "Dear sir,"
        or word in role_parentheses.ROLE_NOUNS  # "Dear doctor,"
        or word in _SALUTED  # "Dear colleagues,"
    )


# Two-word salutations opening a letter's line ("God dag tone,", "Good morning small,").
_LETTER_PHRASES = frozenset(
    """god dag|god morgen|god morgon|god kveld|god kväll|god aften|god ettermiddag|good
    morning|good afternoon|good evening""".replace("\n    ", " ").split("|")
)


# Who a letter is to when it names nobody: the salutation's nouns of a group or of courtesy
# ("Dear all, colleagues, friends, team, madam", "Hej allihop, kollegor").
_SALUTED = frozenset(
    """all everyone everybody colleagues friends friend team madam sir members parents
    allihop allesammen kollegor kolleger venner vänner kaikki kollegat ystävät""".split()
)


def greeted(low: str, start: int, end: int) -> bool:
    """ "Bye Zlatko!", "Kom igen Zlatko,": a greeting of `greetings.FAREWELLS` or
    `greetings.PHRASES` before it
    and a mark or the line's end after it."""
    nxt = low[end : end + 1]
    if nxt and nxt not in ",.!?…\n":
        return False
    prev, gap = previous_word(low, start)
    if gap or not prev:
        return False
    if prev in greetings.FAREWELLS:
        return True
    reach = max(0, start - 24)
    before = low[reach:start].rstrip()
    for phrase in greetings.PHRASES:
        if before.endswith(phrase):
            k = len(before) - len(phrase)
            return (k == 0 and reach == 0) or (k > 0 and not before[k - 1].isalpha())
    return False


def called(text: str, start: int, end: int, stop: bool = False) -> bool:
    """ "Zlatko!", "- Zlatko?": the only word of its line, with "!" or "?"; with one full
    stop ("Zlatko.") only where `stop` says the word looks like a name (two vowels): a line
    of a dialogue or a sign-off, an unknown word no abbreviation ("Tel.") is, and not
    where the line before ends in a letter or digit: a sentence wrapped onto the next line
    ("Danke für das\nGespräch.") ends there."""
    i = start
    while i > 0 and text[i - 1] in _DASHES:
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    rest = text[end:].split("\n", 1)[0].strip(" \"'”»")
    if bool(rest) and set(rest) <= {"!", "?"}:
        return True
    before = text[:i].rstrip(" \t\n")  # the line before, past blank lines
    wrapped = i > 0 and text[i - 2 : i - 1] != "\n" and bool(before) and before[-1].isalnum()
    return stop and rest == "." and not wrapped
