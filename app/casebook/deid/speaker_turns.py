"""A turn of a transcript after its speaker's label: what follows "Interviewer:", "Doctor:",
"Läkare:" is what the speaker said, not a person.

`namecontext.in_attendance` reads the first word after a label whose value is people as a name
("Present: Will, Grace", "Granne: Rose Lind", "Kontaktperson: Mark Holm, 070-…"): a label
naming a role ("Granne:", "Kontaktperson:") gives a field, and its value is a person. An
interview or a consultation typed as a transcript has labels of the same shape before every
turn ("Interviewer: Will you tell me more?", "Nurse: May I take your blood pressure?",
"Läkare: Inga smärtor?", "Mother: Mark my words"), and there the first word opens a sentence
and is an ordinary word as often as anywhere.

`speech_follows` tells a turn from a field by what follows the word on its line: a field's
value is a name, alone or with its family name (a capitalised word), a list ("Will and Grace",
"Per, Ole"), a phone number or an address; a turn goes on with a word in lower case that is no
conjunction, or with the pronoun "I" ("May I", "Will you", "Inga smärtor", "Mark my").
`opens_speech` asks it only of a word that is an ordinary word as well: a word that is
nothing but a name opens speech as its subject ("Från träffpunkten: Firuze rapporterar att").
A word alone before a full stop stays a person ("Nurse: Rose. Time for your tablets": she is
spoken to), as does a word at the end of its line. A name used in speech still meets the
rules that find a name anywhere ("Doctor: Mark said it hurts": a verb of saying after it;
"Interviewer: Anna Berg came": a lexicon name).

`turn_follows` tells the same by the shape of all that follows a label of people up to the end
of its sentence, for the rules that read every item there as a person (`attendance_lists`,
`lowercase_names`, `lowercase_registered`, `namecontext.in_attendance`). Interview transcripts
label the participant's turn with the very words of an attendance list ("Deltagare: han
klängde vid bärgjättens sidor", "Deltakere: ho kom inn", "Participants: we went home"), and
there an unknown word in lower case is a word of the sentence, not a person. A list is short
items (one to three words, a role in brackets, "Sara L", "tolk (Ahmed)") separated by commas,
semicolons or "och", "og", "and", "ja"; a turn is a clause: a question or an exclamation ("?",
"!"), or an item that is one: five words or more, a personal pronoun as its subject ("han
kom", "we went", "det gör jag", "sa ho"), a verb of being, having or a modal after its first
word ("det är", "visst var det"), a finite verb by its shape after a function word or in an
item of three words ("alla skrattade", "de kallade till"). A pronoun alone is an item
("Present: Anna and I", "Närvarande: jag, Anna"); the pronouns that are also particles or
halves of family names ("de", "du") and "den", "det" count for nothing there. Two items or
more with a word no list holds (a name's) before a clause make a list whose last item ran
into a sentence left without its full stop ("Attendees: Darwish; Farhad Najafi; Per The
patient will ..."): `list_end` ends it after that item's first word; a role in brackets
that no separator follows ends a list as well ("Szwajkowski, Will (tolk) Hon gick hem").
"""

from __future__ import annotations

import re
from functools import lru_cache

from casebook.deid import clause_verbs, lexicon, note_language, quote_tags, vocab

# The parties of an interview, whose labels open a transcript's turns in the five languages
# ("Forsker:", "Tutkija:", "Osallistuja:", "Haastateltava:"): the interviewer or researcher,
# the person interviewed. After them comes speech; after another role's label ("Nabo:",
# "Sagsbehandler:", "Tulkki:") the person in that role.
PARTIES = frozenset(
    """interviewer intervjuer intervjueren intervjuare intervjuaren haastattelija
    researcher forsker forskeren forskare forskaren tutkija informant informanten
    informantti participant deltaker deltakeren deltakar deltager deltageren deltagare
    deltagaren osallistuja interviewee haastateltava intervjuperson intervjupersonen
    respondent respondenten vastaaja""".split()
)
# Words that join a list of people in a field's value ("Present: Will and Grace", "Till: Per
# och Inga", "Fremmødt: Bo og Liv", "Anwesend: Frank und Ernst", "Läsnä: Satu ja Toivo").
_JOINERS = frozenset("and och og und ja & or eller samt".split())
_NEXT = re.compile(r"[ \t]+([^\W\d_]+|&)")


def speech_follows(text: str, end: int) -> bool:
    """Whether the word that ends at text[end] is followed, on its line, by a word in lower
    case that is no conjunction, or by "I": the rest of a spoken sentence ("Will you", "Inga
    smärtor"), not the rest of a field's value ("Mark Holm", "Will and Grace", "Rose, 070-…")."""
    following = _NEXT.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return (word.islower() and word not in _JOINERS) or word == "I"  # "May I ask"


def opens_speech(text: str, low: str, start: int, end: int) -> bool:
    """Whether text[start:end], first after a label, is an ordinary word (of the study's
    languages' lists, or of the neighbours' when no name of the lexicon: "Tabletti
    palautetaan") that opens a spoken sentence (`speech_follows`): "Will you", not "Firuze
    rapporterar"."""
    if not speech_follows(text, end):
        return False
    word = low[start:end]
    return word in vocab.known_words() or (
        word not in lexicon.all_names()
        and any(word in vocab.listed(lang) for lang in ("da", "nb", "fi"))
    )  # "Mentor: Tabletti palautetaan" (the tablet is returned), no name of the lexicon


# The first person singular of the notes' languages, subject and object, and the languages
# each is a word of: the writer's own turn in a chat or an interview copied into a note
# ("Me:", "Jag:", "[10:02] Minä:"). Some are names too (English "Meg", Danish "Mie").
_SELF = {
    "i": ("en",),
    "me": ("en",),
    "jag": ("sv",),
    "mej": ("sv",),
    "mig": ("sv", "da"),
    "jeg": ("nb", "da"),
    "eg": ("nb",),
    "meg": ("nb",),
    "minä": ("fi",),
    "mä": ("fi",),
    "mie": ("fi",),
}
# A clock time as chats and transcripts write it ("09:45", "9.45", "09:45:12").
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?"
# The time stamp of a chat's line before its speaker ("[11:02] ", "11:02 ").
_STAMP = re.compile(rf"[ \t]*(?:\[?{_CLOCK}\]?[ \t]+)?\Z")
# The colon after a speaker, perhaps after the line's time in brackets as some chat exports
# write it ("Meg (21:24): ...").
_COLON = re.compile(rf"(?:[ \t]?\({_CLOCK}\))?:")


def self_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], first on its line (after a time stamp, if any) and before a
    colon (perhaps after the time in brackets), is a first person pronoun labelling the
    writer's own turn ("[11:02] Meg: Eg kjem i morgon", "Meg (21:24): Eg kjem", Norwegian
    "me"), not somebody of that name. A pronoun that is also a name of the lexicon ("Meg",
    "Mie") is the pronoun only when the turn is in its language ("Meg: I'll be late" is
    Meg's)."""
    word = text[start:end].lower()
    languages = _SELF.get(word)
    colon = _COLON.match(text, end)
    if languages is None or colon is None:
        return False
    end = colon.end() - 1
    line = text.rfind("\n", 0, start) + 1
    if _STAMP.match(text, line, start) is None:
        return False
    if word not in lexicon.all_names():
        return True
    line_end = text.find("\n", end)
    words = _TURN_WORD.findall(text, end + 1, len(text) if line_end < 0 else line_end)
    own = sum(any(note_language.word_of(w, lang) for lang in languages) for w in words)
    english = sum(w in vocab.common_words(("en",)) for w in words)
    return own > english  # "Meg: eg kjem i morgon"; not "Meg: I will be late"


_TURN_WORD = re.compile(r"(?<![^\W_])[^\W\d_A-Z]+(?![^\W_])")

# A chat's turn labelled with its clock time in brackets after the speaker and before the
# colon ("Ulla (15:03): ...", "Ines Varga [09:14]: ..."), as some phones export a thread.
_TIME_THEN_COLON = re.compile(rf"[ \t]*[\[(]{_CLOCK}[\])][ \t]*:")
_LABEL_WORDS = 3  # words of a speaker's name in such a label, at most


def timed_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a speaker's name in a chat's turn label whose clock time
    stands in brackets after it, before the colon, opening its line ("Ulla (15:03): Vi ses
    sen", "Ines Varga (09:14): ..."): the layout of "[15:03] Ulla:" with the time
    moved, and the same slot for who wrote the line. (The writer's own label, "Meg (21:24):",
    is a pronoun: `self_label`'s, not a person's.)"""
    if _TIME_THEN_COLON.match(text, end) is None:
        return False
    line = text.rfind("\n", 0, start) + 1
    before = text[line:start].split()  # other words of the name, capitalised: "Ines Varga"
    return len(before) < _LABEL_WORDS and all(w[0].isupper() and w.isalpha() for w in before)


# A turn's label before a colon: the interview's parties ("Int:", "Informant:"), the writer's
# own ("Jag:", "Meg:"), a speaker nobody could tell ("?:"), or any label after a chat's clock
# time ("[09:45] Tove:").
_TURN_LABEL = re.compile(rf"[ \t]*(\[?{_CLOCK}\]?[ \t]+)?([^\W\d_]+|\?)[ \t]*:[ \t]*\Z")


# One-letter turn labels of transcripts: the interviewer, the participant, the researcher.
_LETTER_TURNS = frozenset("i p r".split())


def turn_before(text: str, start: int) -> bool:
    """Whether text[start] follows, on its line, a speaker's turn label ("Int: Opfølgning
    Herodes", "[09:45] Meg: Oppfølging Sissel", "?: Uppföljning Love"): what follows is what
    was said, not a field's value, so two words there may be a sentence."""
    line = text.rfind("\n", 0, start) + 1
    label = _TURN_LABEL.match(text, line, start)
    if label is None:
        return False
    word = label.group(2).lower()
    return (
        bool(label.group(1))
        or word == "?"
        or word in PARTIES
        or word in _SELF
        or word in vocab.TURN_LABELS
        or word in _LETTER_TURNS
    )


# Where a list after a label ends: a line break, a mark that ends a sentence; a full stop after
# one letter is an initial ("Närvarande: A. Berg").
_END = re.compile(r"\n|[!?]|(?<![\s(][^\W\d_])\.(?=\s|$)")
_REACH = 160  # characters looked at after a label (a list is shorter)
_ITEMS = re.compile(r"\s*[,;]\s*|\s+(?:and|och|og|ja|&|samt|sekä|eller|or)\s+")
_BRACKETED = re.compile(r"\([^()]*\)?")  # a role in brackets ends its item: "tolk (Ahmed)"
_ITEM_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
# What may follow an item's role in brackets within the list: a separator or the end.
_AFTER_ITEM = re.compile(r"[ \t]*(?:[,;.!?:]|\n|\Z|(?:and|och|og|ja|&|samt|sekä|eller|or)\s)")
_LONG = 5  # words of an item that make it a clause
# Personal pronouns as subjects, Swedish, Norwegian (both), Danish and English: one opening an
# item with a word after it opens a clause. Not "de", "du", "den", "det": particles of family
# names ("de Souza", "du Toit") or words of a role ("den nya tolken").
_SUBJECTS = frozenset("i he she we they jag han hon hen vi ni jeg hun dere eg ho dei".split())
# Verbs of being, having and becoming, and modals, of Swedish, Norwegian, Danish and English:
# one after an item's first word makes it a clause ("det är skuldkänslans", "visst är det").
# Not "kan", "will", "may": names as well.
_AUXILIARIES = frozenset(
    """är var har hade blir blev ska skall skulle vill ville måste er hadde havde ble vart
    skal vil må is was are were has had""".split()
)


def turn_follows(low: str, start: int) -> bool:
    """Whether what follows a label at low[start] (just after its colon; `low` the note in
    lower case) up to its sentence's end is a turn of speech, not a list (module docstring):
    "han klängde vid bärgjättens sidor", "hun gik hjem", "känner du kraften?"; not "anna, bo
    och kalle", "sara l, tolk (ahmed)"."""
    return list_end(low, start) is None


@lru_cache(maxsize=1 << 12)
def list_end(low: str, start: int) -> int | None:
    """Where the list of people that a label opens at low[start] ends (its sentence's end, or
    a role in brackets that no separator follows: "Szwajkowski, Will (tolk) Hon gick ..."),
    or None when a turn of speech follows the label instead (`turn_follows`)."""
    reach = min(len(low), start + _REACH)
    stop = _END.search(low, start, reach)
    end = stop.start() if stop else reach
    asks = stop is not None and stop.group() in "!?"  # "känner du kraften?", "ack!"
    for bracket in _BRACKETED.finditer(low, start, end):
        if not _AFTER_ITEM.match(low, bracket.end()):
            end, asks = bracket.end(), False  # "Saffi (tolk) De er ...": a sentence after it
            break
    if asks:
        return None
    value = _BRACKETED.sub(_as_comma, low[start:end])  # (as long as what it stands for)
    at = 0
    listed = 0  # items before, no clause, with a word no list holds (a name's)
    for separator in [*_ITEMS.finditer(value), None]:
        item_end = separator.start() if separator else len(value)
        words = list(_ITEM_WORD.finditer(value, at, item_end))
        if _clause([w.group() for w in words]):
            if listed < 2:
                return None
            # "Darwish; Farhad Najafi; Per The patient will ...": a list whose last item runs
            # into a sentence left without its full stop ends after that item's first word
            return start + words[0].end()
        listed += any(not _ordinary(w.group()) for w in words)  # "darwish", not "lugn"
        if separator is None:
            break
        at = separator.end()
    return end


def _ordinary(word: str) -> bool:
    return word in vocab.known_words() or vocab.is_word_form(word)


def _as_comma(bracket: re.Match[str]) -> str:
    return "," + " " * (len(bracket.group()) - 1)


# Articles, possessives and demonstratives that open a noun phrase, of Swedish, Norwegian,
# Danish and English ("en", "din", "denne", "your"): after an item's first word, the
# object of a verb ("välj en fil", "ange din kod", "merk denne redigeringen", "enter your
# code"). Not "hans", "er", "dess"... that are names or verbs as well.
_OBJECT_OPENERS = frozenset(
    """en ett et ei eit din dina ditt dine min mina mitt mine sin sina sitt sine vår våra vårt
    våre era ert jeres dykkar denna detta dessa denne dette disse the a an your my our this
    these those""".split()
)


def _verb_then_object(words: list[str]) -> bool:
    """Whether an item of three words or more is a verb and its object: an ordinary word of
    the English, Swedish or Norwegian lists, no function word, then an article, possessive
    or demonstrative and a noun that names nobody's kin or role ("välj en lokal fil", "ange
    din kod", "slett denne filen"; not "per min bror", "anna, en tolk")."""
    return (
        len(words) >= 3
        and words[1] in _OBJECT_OPENERS
        and (words[0] in vocab.known_words() or note_language.word_of(words[0], "nb"))
        and words[0] not in vocab.function_words()
        and words[0] not in _OBJECT_OPENERS
        and not any(word in vocab.RELATIONS for word in words)
    )


def _clause(words: list[str]) -> bool:
    """Whether the words of one item make a clause, not a person's name or role."""
    if len(words) >= _LONG:
        return True
    if len(words) < 2:
        return False
    return (
        (words[0] in _SUBJECTS and words[1] in vocab.known_words())  # "han kom", "we went"
        or any(word in _SUBJECTS and word != "i" for word in words[2:])  # "det gör jag"
        or (words[1] in _SUBJECTS and _verb(words[0]))  # "sa ho", "sagde hun", "kom han"
        or any(word in _AUXILIARIES for word in words[1:])  # "det är", "visst är det"
        or _verb_then_object(words)  # "ange din kod": a verb and its object
        or (
            (len(words) >= 3 or words[0] in vocab.function_words())
            and any(_finite(word) or word == _NEGATION for word in words[1:])  # "alla surrade"
        )
    )


# Swedish's negation after an item's first word ("kunde inte hämta"): a clause, no name or
# role (`clause_verbs` does not read it as a weak past, "in" + "-te", which it only ends as).
_NEGATION = "inte"


def _verb(word: str) -> bool:
    """Whether a word opening an item is a verb that its subject follows ("sa ho", "var
    han"): a verb of saying, of being or having, a finite verb by its shape."""
    return word in quote_tags.SAYING or word in _AUXILIARIES or _finite(word)


def _finite(word: str) -> bool:
    """Whether a word after an item's first is a finite verb by its shape ("alla surrade",
    "de kallade till ..."), no name of the lexicon. Asked only of an item of three words or
    one that a function word opens: a family name ends as a verb does ("peter lager")."""
    return clause_verbs.finite_verb(word) and word not in lexicon.all_names()


# Verbs of having and holding in English ("has the keys", "got my card", "kept our van").
_HOLDING = frozenset("has had got gets kept keeps".split())
# A definite or possessive determiner, one noun, and the end of the clause: what is held.
_HELD = re.compile(r" (?:the|my|your|his|her|our|their) [^\W\d_A-Z]+(?=[ \t]*(?:[.!?,;\n]|\Z))")


def chat_holder(text: str, start: int, end: int, verb: str, index: int) -> bool:
    """Whether the capitalised word text[start:end] opens a chat message after its clocked
    speaker label ("[09:23] Office: ") before an English verb of having or holding `verb` (at
    `index`) whose object is one particular thing, a definite or possessive determiner and a
    noun closing the clause ("[09:23] Office: Pepper has the keys.", "[14:02] Tom: Hope got
    our tickets!"): who holds the keys or the tickets right now, as a chat tells its readers,
    is a person. A substance or quality holds no particular thing so ("Pepper has a strong
    taste", "Sugar has gone up", "Sugar has the most calories of all"): an indefinite object,
    a participle or an adjective after the determiner is left to the other rules."""
    if verb not in _HOLDING or index != end + 1 or not text[start].isupper():
        return False
    line = text.rfind("\n", 0, start) + 1
    label = _TURN_LABEL.match(text, line, start)
    if label is None or not label.group(1):
        return False
    return _HELD.match(text, index + len(verb)) is not None
