"""A person named right after a word that announces one, in notes typed in lower case or in
capitals (and after a clinical title in any case): "pt of dr. john bowman", "NP grace made
aware", "psych nurse leslie kiezulas", "HO Falco notified", "Seen by Dr.Sawtelle", "Drs'
Ballou and Dutter pronounced", "Dr B Muse in to see pt", "per carol wolfe", "per d ross",
"pratade med ssk anna berg", "ifølge overlege kari nordmann", "laut Oberarzt Weber".

Care staff write each other's names after a title or role ("dr", "np", "rn", "attending",
"ssk", "overlege", "læge", "Oberärztin"), after a verb of reporting or contact ("per",
"spoke with", "enligt", "ringte til", "talte med", "sprach mit") and relatives' names after a
kin word of the neighbouring languages ("datter", "sønn", "Tochter"; English kin words are
`kin_names.py`'s, Swedish ones the lower-case pass's). The other name rules take there only
words that cannot be ordinary ones; but the names staff and families carry most are words as
well ("grace", "john", "carol", "rob"). Right after such a cue this module takes:

- after a title or role: an initial and the name after it, or a name of the lexicon that is
  no function word, no verb or adverb that follows a person ("dr aware", "np notified", "rn
  will"), no relation, time or month word, or a word nobody knows that is shaped like a name
  ("falco", "kiezulas"); in a note typed in mixed case, a capitalised word there too ("Dr B
  Muse"); and a second name after it ("john bowman", "Ballou and Dutter" after a plural
  title);
- after an English title of office ("Judge", "Secretary", "Officer"), which as often opens a
  body's or a rank's name ("Justice Department", "Secretary General"): a name of the lexicon
  or a word nobody knows shaped like a name, capitalised or not, and a family name after it
  written in the same case ("Judge Scalia", "mayor john smith");
- after a verb of reporting or contact, which as often has a thing after it ("per protocol",
  "called back", "enligt plan"): a given name of the lexicon and a family name after it
  ("per carol wolfe"), an initial and a family name ("per d ross"), or one word nobody knows
  that is shaped like a name;
- after a kin word of Norwegian, Danish or German: a given name of the lexicon that is none
  of the words above ("datter kari", "sønn ola"), and its family name.

One pass of a small regular expression, each cue with its own look-behind, finds the cues;
the words after them are looked up in sets, nothing else of the note is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import ahocorasick_rs

from casebook.deid import (
    kin_names,
    lexicon,
    neighbour_openings,
    note_language,
    peoples,
    vocab,
)
from casebook.deid.caseless import CREDENTIALS

Found = tuple[int, int]

# Clinical titles and roles that stand before a colleague's name, per language (lower case;
# German nouns are matched lower-cased too). Abbreviations of clinical notes included: "np"
# nurse practitioner, "ho" house officer, "ssk"/"usk" (Swedish nurse, assistant nurse), "spl"
# (Norwegian and Danish nurse).
ROLE_TITLES = {
    "en": """dr dr. drs drs. drs' doctor doctors np rn md ho pa nurse attending resident
        intern physician surgeon intensivist hospitalist cardiologist interpreter""",
    "sv": """doktor läkare överläkare underläkare specialistläkare ssk usk sjuksköterska
        undersköterska kurator tolk tolken""",
    "nb": """lege legen overlege overlegen turnuslege sykepleier sykepleieren spl tolk""",
    "da": """læge lægen overlæge overlægen reservelæge sygeplejerske sygeplejersken tolk""",
    "de": """arzt ärztin oberarzt oberärztin stationsarzt assistenzarzt schwester pfleger
        pflegerin dolmetscher dolmetscherin""",
    # Finnish: care staff, and the offices a named person holds in news and web text
    # ("toimitusjohtaja Sami Aavikko", "presidentti Barack Obama", "analyytikko Lee Sun Tae")
    "fi": """lääkäri ylilääkäri erikoislääkäri sairaanhoitaja lähihoitaja terveydenhoitaja
        psykologi fysioterapeutti sosiaalityöntekijä tulkki johtaja toimitusjohtaja
        varatoimitusjohtaja pääjohtaja puheenjohtaja presidentti pääministeri ministeri
        perustaja analyytikko tutkija professori asiantuntija tiedottaja""",
}
# English titles of office, capitalised before the holder's name ("Judge Scalia", "Secretary
# Cardona", "Officer Baker"): a role cue, but one that as often opens a body's or a rank's name
# ("Justice Department", "Secretary General", "Officer Training"), so after one only a name
# of the lexicon or a word nobody knows shaped like a name is taken, capitalised or not.
OFFICE_TITLES = frozenset(
    "president senator governor mayor judge justice secretary reverend officer".split()
)
# Languages an interpreter is booked for, which are no names ("tolk dari", "interpreter
# tigrinya"), beside the adjectives of peoples and languages (`peoples.ADJECTIVES`).
LANGUAGES = frozenset(
    """dari farsi pashto tigrinya tigrinja sorani kurmanji badinani amharic urdu hindi
    swahili oromo somaliska arabiska persiska""".split()
)
# Verbs and prepositions of reporting or contact after which a person often stands.
REPORT_CUES = {
    "en": """per|according to|spoke with|spoke to|talked with|talked to|called|paged|reached|
        reach|notified|informed""",
    "sv": """enligt|pratade med|talade med|ringde|ringde till|meddelade""",
    "nb": """ifølge|snakket med|snakket med|ringte|ringte til|varslet""",
    "da": """ifølge|talte med|snakkede med|ringede|ringede til""",
    "de": """laut|gemäß|sprach mit|telefonierte mit|informierte""",
}
# Verbs of meeting or speaking with someone, per language: the one word after them is a
# person when it is a name or a word nobody knows, and no frequent word of that language
# ("met him", "traff noen", "spoke with the nurse", "met criteria"). Not "mötte", "møtte",
# "mødte": those meet things as often ("mötte logistiska utmaningar", "møtte motstand").
MEETING_CUES = {
    "en": """met|met with|spoke with|spoke to|talked with|talked to|chatted with|speaking with|
        meeting with""",
    "sv": """träffade|pratade med|talade med|pratat med|träffat""",
    "nb": """traff|snakket med|snakka med|pratet med|prata med""",
    "da": """talte med|snakkede med""",
    "de": """traf|sprach mit|telefonierte mit""",
}


# Words that follow a colleague's name in a note, said of a person only (not "ordered": "h.
# pylori ordered").
NAME_THEN = {
    "en": "aware notified paged informed",
    "sv": "informerad underrättad kontaktad meddelad",
    "nb": "informert varslet kontaktet orientert",
    "da": "informeret underrettet kontaktet orienteret",
    "de": "informiert benachrichtigt verständigt",
}

_ROLES = frozenset(w for ws in ROLE_TITLES.values() for w in ws.split()) | OFFICE_TITLES
# Roles in the definite form of Swedish, Norwegian and Danish, whose suffixed article the list
# shows beside the bare noun ("legen" by "lege", "lægen" by "læge", "tolken" by "tolk"): the
# doctor, a subject, and a clause's finite verb follows a subject there ("Lægen rådede mig",
# "Om bare legen hadde kommet"). A name follows one only as an apposition, so a word nobody
# knows after it is the verb; a name of the lexicon or a capitalised word is still taken.
_DEFINITE_ROLES = frozenset(
    word
    for lang in ("sv", "nb", "da")
    for word in ROLE_TITLES[lang].split()
    if any(word[: -len(a)] in ROLE_TITLES[lang].split() for a in ("en", "n") if word.endswith(a))
)
_FINNISH_ROLES = frozenset(ROLE_TITLES["fi"].split())
_THEN = frozenset(w for ws in NAME_THEN.values() for w in ws.split())
_REPORTS = frozenset(w.strip() for ws in REPORT_CUES.values() for w in ws.split("|"))
_KIN = kin_names.NEIGHBOUR_KIN
_MEETS = {
    cue.strip(): tuple(lang for lang, other in MEETING_CUES.items() if cue in other.split("|"))
    for ws in MEETING_CUES.values()
    for cue in ws.split("|")
}
# Every cue in one automaton, each with the character before it (a space, a line break, a
# bracket, a slash or a punctuation mark) and after it (a space, a full stop, an apostrophe):
# one pass over a note finds only cues that stand as words ("per", never "perfusion",
# "pain", "hours").
_BEFORE = " \n\t(/,:;"
_AFTER = " .')"
# English kin words say who a name is from their brackets ("(daughter)"); after a name they
# are `kin_names.py`'s.
_BRACKETED = kin_names.KIN
_CUES = sorted(_ROLES | _REPORTS | _KIN | _THEN | _BRACKETED | set(_MEETS))
_CUE_FINDER = ahocorasick_rs.AhoCorasick(
    [f"{b}{cue}{a}" for cue in _CUES for b in _BEFORE for a in _AFTER],
    implementation=ahocorasick_rs.Implementation.DFA,
)
# After the cue, a space; an abbreviated title may carry its full stop ("dr. john",
# "Dr.Sawtelle", "Drs' Ballou"); any other full stop ends the sentence ("4l np. Breath
# sounds", "per MD. Pain has decreased").
_GAP = re.compile(r"[ ]+(?=[a-zà-öø-ÿ])")
_TITLE_GAP = re.compile(r"(?:\.?'?[ ]*|[ ]+)(?=[a-zà-öø-ÿ])")
_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]|[a-z](?![a-zà-öø-ÿ'’-])")
# "Drs' Ballou and Dutter": a plural title names two.
_PLURAL = frozenset({"drs", "drs.", "drs'", "doctors"})


# Cues that are also frequent words of a neighbour language (Nynorsk "ho", she).
_NEIGHBOUR_HOMOGRAPHS = frozenset({"ho"})


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that are never the person's name after a cue: a kin word's list (function words,
    verbs after a person, modals, relations, time words), credentials, titles, roles."""
    followers = """aware notified informed updated paged called ordered consulted made here
        in to see at of on by for and or bedside team service notes note order orders
        states stated note""".split()
    return (
        kin_names._not_names()
        | CREDENTIALS
        | vocab.TITLES
        | _ROLES
        | _KIN
        | frozenset(followers)
        | vocab.SAYING_VERBS
        | vocab.PRONOUNS
        | peoples.ADJECTIVES
        | LANGUAGES
    )


def _unknown(word: str) -> bool:
    """A word nobody knows that is shaped like a name ("falco", "kiezulas"): no form of a
    known word ("evals"), no verb's form ("suctioned", "suctioning"), no possessive, no word
    joined to a known word before it by a hyphen ("called-pt"), no slip of a common word
    ("ssk föresllår att", "ssk rekommenderrar vila")."""
    return (
        lexicon.name_shaped(word)
        and not vocab.is_word_form(word)
        and not word.endswith(("ed", "ing", "'s", "’s"))
        and not vocab.contraction(word)  # "the doctor you're looking for"
        and "'" not in word[1:2]
        and not any(vocab.is_word_form(part) for part in word.split("-")[:-1])  # "called-pt"
        and vocab.slip_of_common(word) is None  # "ssk föresllår"
    )


def _named(word: str) -> bool:
    """A name of the lexicon or a name-shaped word nobody knows, and none of `_not_names`."""
    if len(word) < 3 or word in _not_names():
        return False
    return word in lexicon.all_names() or _unknown(word)


def _met(word: str, cue: str) -> bool:
    """Whether `word`, right after a verb of meeting or speaking (`cue`), is a person: a name
    of the lexicon or a word nobody knows shaped like one (no hyphened compound of a word,
    "st-läkaren", no vowel's slip of a common word, "bernen"), and no frequent word of
    English, Swedish or the cue's language ("him", "noen", "nurse", "friday", "grace")."""
    if not _named(word) or word in vocab.common_words():
        return False
    if word not in lexicon.all_names() and (
        any(vocab.is_word_form(part) for part in word.split("-"))  # "st-läkaren": a role
        or _vowel_slip(word)  # "pat träffade bernen": the children, mistyped
    ):
        return False
    return not any(
        word in note_language.common_words(lang) for lang in _MEETS[cue] if lang not in ("en", "sv")
    )


def _met_here(text: str, low: str, first: re.Match[str], cue: str) -> bool:
    """`_met` for the word `first` matched in `low`, written in lower case (a capitalised word
    is the other rules' to judge: "Meeting With Anna About Housing" is a heading) and, when
    nobody knows it, not before a role or title it qualifies ("spoke with sicu resident")."""
    if not text[first.start() : first.end()].islower() or not _met(first.group(), cue):
        return False
    if first.group() in lexicon.all_names():
        return True
    after = _WORD.match(low, first.end() + 1)
    return not (after and after.group() in _ROLES | vocab.TITLES | CREDENTIALS)


_VOWELS = "aeiouyåäöæø"


def _vowel_slip(word: str) -> bool:
    """Whether one vowel of `word` put for another makes a common word ("bernen" for
    "barnen"): a word nobody knows that close to one is more likely that word mistyped."""
    common = vocab.common_words()
    return any(
        word[:i] + vowel + word[i + 1 :] in common
        for i, char in enumerate(word)
        if char in _VOWELS
        for vowel in _VOWELS
        if vowel != char
    )


def _capitalised(text: str, start: int, end: int) -> bool:
    """A word written with a capital and then small letters ("Muse", not "CRI" or "LLL": an
    abbreviation in capitals says nothing of a name, and in a note in capitals nor does any
    word); a single letter is an initial and counts as capitalised."""
    word = text[start:end]
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _family(word: str) -> bool:
    if len(word) < 3 or word in _not_names():
        return False
    return word in lexicon.family_names() or _unknown(word)


def after_cues(text: str, low: str, taken: Sequence[tuple[int, int, bool]]) -> list[Found]:
    """Names right after a title, a role, a verb of reporting or a kin word in `text` (`low`
    its lower case; stretches in capitals already lowered in `text`), outside `taken`."""
    found: list[Found] = []
    width = len(_BEFORE) * len(_AFTER)
    for index, _start, end in _CUE_FINDER.find_matches_as_indexes(" " + low, overlapping=True):
        cue = _CUES[index // width]
        end -= 2  # the space put before `low`, the character matched after the cue
        start = end - len(cue)
        if cue in _THEN or (low[start - 1 : start] == "(" and low[end : end + 1] == ")"):
            for word in _name_before(low, start, cue in _THEN):
                if not any(s < word[1] and word[0] < e for s, e, _n in taken):
                    found.append(word)  # each word: another rule may have taken one
            continue
        if cue not in _ROLES and cue not in _REPORTS and cue not in _KIN and cue not in _MEETS:
            continue  # an English kin word outside brackets
        if cue in _NEIGHBOUR_HOMOGRAPHS and note_language.function_word_here(text, start, cue):
            continue  # Nynorsk "ho" (she), not a house officer: "ho hevdar ho veit"
        gap = (_TITLE_GAP if cue.startswith("dr") else _GAP).match(low, end)
        if not gap:
            continue
        hit = _name_after(text, low, cue, gap.end())
        if not hit:
            continue
        for start, end in hit:
            if not any(s < end and start < e for s, e, _n in taken):
                found.append((start, end))
                continue
            for word in _WORD.finditer(low, start, end):  # another rule took one word of it
                if len(word.group()) > 1 and not any(
                    s < word.end() and word.start() < e for s, e, _n in taken
                ):
                    found.append((word.start(), word.end()))
    return sorted(set(found))


# Two words (or an initial and a word) right before a cue: "grace dudak aware", "Z. MILLER
# ORDERED", "DICK CUCCHIARA (RESIDENT)".
_BEFORE_NAME = re.compile(
    r"(?:(?<![\w.'’-])([a-zà-öø-ÿ])\.? ?|(?<![\w'’-])([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+) )"
    r"([a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+)[ ]*\(?$"
)


def _name_before(low: str, start: int, follower: bool) -> list[Found]:
    """The name before a word that follows one ("aware", "notified") or before a role or kin
    word in brackets ("(resident)", "(daughter)"), each word apart: an initial with a family
    name of the lexicon, or a given name of the lexicon and a family name; in brackets, a word
    nobody knows may be the given name too ("ursla moretti (daughter)")."""
    match = _BEFORE_NAME.search(low, max(0, start - 60), start)
    if not match:
        return []
    family = match.group(3)
    if match.group(1):  # an initial: its family name must be one of the lexicon
        if match.group(1) in "ai" or family in _not_names() or family not in lexicon.family_names():
            return []
        return [(match.start(1), match.end(3))]
    given = match.group(2)
    if given in _not_names() or not _family(family):
        return []
    if given in lexicon.given_names() or (not follower and _unknown(given)):
        return [(match.start(2), match.end(2)), (match.start(3), match.end(3))]
    return []


def _neighbour_word(text: str, word: re.Match[str]) -> bool:
    """Whether `word`, matched in the lower case of `text` and written in lower case there, is
    an ordinary word of its sentence's neighbour language that none of its people bears as a
    name (`note_language.ordinary_lower_here`): a verb or adverb after the doctor, not the
    doctor's name ("Lægen rådede mig", "legen hadde kommet", "Ifølge Manfred lukker
    klubben", "snakket med skuespillerinnen"). Checked only for a word some neighbour
    language's lists know (one set look-up), so an English or Swedish note reads nothing more."""
    return text[word.start()].islower() and note_language.ordinary_lower_here(
        text, word.start(), word.group()
    )


def _neighbour_verb(text: str, word: re.Match[str]) -> bool:
    """Whether `word`, after a name a cue announced, is that person's finite verb in a
    Norwegian or Danish sentence ("Ifølge Manfred lukker klubben"): an ordinary word of the
    sentence's language (`_neighbour_word`) shaped as a finite verb (`neighbour_openings`),
    not a family name that is a noun as well ("overlege kari nordmann")."""
    return _neighbour_word(text, word) and neighbour_openings.finite(word.group(), False)


def _name_after(text: str, low: str, cue: str, at: int) -> list[Found] | None:
    first = _WORD.match(low, at)
    if not first:
        return None
    if len(first.group()) > 1 and _neighbour_word(text, first):
        return None  # "Lægen undersøger ham", "legen hadde kommet": the verb, no name
    word = first.group()
    capital = _capitalised(text, first.start(), first.end())
    role = cue in _ROLES
    if len(word) == 1:  # an initial: "dr b muse", "per d ross", "dr. j. smith"
        if cue in _KIN or word in "ai":  # "son a", "per a day"
            return None
        rest = re.compile(r"\.? ?").match(low, first.end())
        second = _WORD.match(low, rest.end()) if rest else None
        if not second or len(second.group()) < 3:
            return None
        caps = _capitalised(text, second.start(), second.end())
        if not (_family(second.group()) or (role and caps and second.group() not in _not_names())):
            return None
        return [(first.start(), second.end())]
    if cue in _FINNISH_ROLES and not capital:
        return None  # Finnish writes a verb there in lower case: "toimitusjohtaja ilmoitti"
    office = cue in OFFICE_TITLES
    if office:
        ok = _named(word)  # "Judge Scalia", not "Justice Department"
    elif role and cue in _DEFINITE_ROLES and not capital:
        ok = word in lexicon.all_names() and word not in _not_names() and len(word) >= 3
    elif role:
        ok = _named(word) or (capital and word not in _not_names() and len(word) >= 3)
    elif cue in _KIN:
        ok = word in lexicon.given_names() and word not in _not_names() and len(word) >= 3
    elif cue in _MEETS and (_met_here(text, low, first, cue) or cue not in _REPORTS):
        ok = _met_here(text, low, first, cue)  # "spoke with eloise", "vi traff kornel"
    else:  # a verb of reporting, which as often has a thing after it: two names
        if word not in lexicon.given_names() or word in _not_names():
            return None  # "per carevue", "per flowsheet", "spoke with sicu resident"
        gap = low[first.end() : first.end() + 1] == " "
        second = _WORD.match(low, first.end() + 1) if gap else None
        if (
            second
            and _family(second.group())
            and not _lower_after_capital(text, first, second)
            and not _neighbour_verb(text, second)
        ):
            return [(first.start(), second.end())]
        return None
    if not ok:
        return None
    out = [(first.start(), first.end())]
    if low[first.end() : first.end() + 1] != " ":
        return out
    if cue in _PLURAL and low.startswith(("and ", "& "), first.end() + 1):
        other = _WORD.match(low, low.index(" ", first.end() + 1) + 1)
        if other and (_named(other.group()) or _capitalised(text, other.start(), other.end())):
            return [*out, (other.start(), other.end())]
    second = _WORD.match(low, first.end() + 1)
    second_capital = second and _capitalised(text, second.start(), second.end())
    if cue in _FINNISH_ROLES and not second_capital:
        return out  # "lääkäri Virtasen vastaanotolla": a Finnish word after the name
    if (
        second
        and (
            (
                _family(second.group())
                and not _lower_after_capital(text, first, second)
                and not (office and capital and not second_capital)
            )
            or (second_capital and not office and second.group() not in _not_names())
        )
        and not _neighbour_verb(text, second)  # "overlege kari gikk": her verb, no family name
    ):  # after an office the family name is written as the given name is: "president
        # Obama kunne" (Nynorsk "could")
        out = [(first.start(), second.end())]
    return out


def _lower_after_capital(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether the word after a capitalised name is a word nobody knows in lower case:
    whoever capitalised the given name would have capitalised the family name, so the word
    is the clause's own ("Ifølge Manfred lukker klubben": the verb); a family name of the
    lexicon is taken still ("per Carol wolfe")."""
    return (
        _capitalised(text, first.start(), first.end())
        and text[second.start()].islower()
        and second.group() not in lexicon.family_names()
    )
