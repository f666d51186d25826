"""Registered names typed in lower case where the setting can only mean a person.

A registered name that is also an ordinary word ("klara", "may", "liv", "bill") is kept as the
word when typed in lower case (`names.py`, rule 4), unless its setting leaves no reading as the
word. `person_cues.names_in_lower_case` reads the general settings; this module adds three that
notes written in a hurry often have:

- at a person's home: after "hos" ("intervjun bokad hemma hos may", "bodde hos per."); a
  pronoun or quantifier there is the word ("hos alla", "hos många");
- talked with: after "med"/"with" that follows a verb or a noun of talking ("pratade med liv
  om", "møtet med per om", "talked with bill about", "samtal med ray (011 …)"); "med rosa
  kläder", "with love" keep their words, no talking comes before them;
- the subject of a Swedish, Danish or Norwegian modal where a clause starts, before the verb it
  governs ("10:21 klara vill bo kvar", "14:05 per skal flytte", "; saga ska flytta"); a
  pronoun or quantifier is the word ("inga vill", "man ska"), and a modal with no verb after
  it ("... bo vill.") decides nothing;
- the last of a list of people after "and"/"och"/"og"/"ja", where the list closes ("Present:
  Ana, Jon Lind and may.", "närvarande: bo, stina och liv", "Til stede: tolken og liv.");
  "Present: staff and family." keeps its words only because they are no registered names.

- the part a Swedish, Norwegian or Danish cleft lifts out, when it is no word of those
  languages ("Det var may som öppnade dörren", "det er will der bestemmer"): "det" and a
  copula, the one word, then "som" or "der" (`cleft`); a word of the language stays the
  word there ("det var liv som gällde", "det var hans som gick sönder");

- a speaker or a minute-taker by the note's layout: "[17:59] may: her mother laughed",
  "Vid protokollet: lotta" (`lower_labels.py`);
- the one asked or told, between a verb of asking or telling and "whether", "if" or "om" ("asked
  mats whether Eskil could sign": `asked_whether`); the one who went along, between a verb of
  going with "with"/"med" and "to"/"till"/"til" ("went with trout to the bank": `went_with`); whom
  a message was left for, after "message for", "note for", "beskjed til" and before "about"/"om"
  or the clause's end (`message_for`); the one thanked, after "thanks to" and before an article or
  a subject pronoun, where the word is an adjective only or no English word ("Thanks to strange
  the letter was translated": `thanks_to`; a noun there may close the phrase, its comma left out:
  "thanks to power we had light"). A thing there takes an article or another word ("asked the bank
  whether", "went with the trout to", "a message for power users", "thanks to strange weather");
  the one thanked in Swedish, Norwegian or Danish, after "tack till" ("takk til", "tak til") and
  before a relative "som"/"der" or the clause's end, when the word is none of those languages
  ("Tack till brush som lånade ut sin borrmaskin": `thanked_who`; "tack till personalen som",
  "tak til alle der" keep their words);
  in UD English, Swedish, Norwegian and Danish no bare lower-case common noun stands in these
  slots but "frågade servitrisen om", a definite form.

A registered name typed in lower case with a definite ending after an article and an
adjective in its weak form, as Swedish and Norwegian mark a noun twice ("den stora linden",
the big lime tree; "den store holmen"), is that noun (`definite_noun`), even one no word
list holds. So is the second of two nouns after a place preposition ("i skog och mark",
"i vind och sol": `coordinated_noun`).

`cue` is the cheap first test, run for every lower-case registered ordinary word before a word;
`person` decides.

One kind of word is never the person inside a sentence, whatever its setting: a registered
name that is one of the very most frequent words of Swedish, Norwegian or Danish (`FUNCTION`,
the first `note_language.FUNCTION_RANK` words of `vocab.most_frequent`: conjunctions, pronouns,
prepositions, auxiliaries), such as the relative pronoun "som" ("kvinnor, som arbetar med",
"nogle medarbejdere, som har været"). Typed in lower case it is that word
(`function_word`), except in the note's layout slots (a speaker before a colon, the
minute-taker, the last of a list of who was present), which still name the person.

A registered name typed in lower case with a bare "s" glued on, where the whole is itself an
ordinary word of its sentence's language ("ett par jeans", "langs kysten", "det lykkes dem"
beside a registered Jean, Lång or Lykke), is that word (`s_form_word`): a plural, a
preposition or a deponent verb. A genitive "s" stands before what the person owns or who
is kin to them ("jeans mamma", "langs bil"), which keeps the name. So too opening a sentence
before a noun of one or two words and a singular "was", "is" or "has" (`genitive_opening`:
"masons shed was mentioned again"): a plural heads no singular subject, the "s" is the
owner's genitive with its apostrophe left out. So too before a word of kin, with no article
or possessive before it (`kin_genitive`: "kits daughter called"), even where the form with
its "s" is an English plural: things have no daughters ("the kits mother" keeps the plural).
So too before a noun after a verb, where the form with its "s" is no word of any list
(`bare_owner`: "we used pettys laptop", "vi lånte heartys højttaler"); not after an article,
a count or a preposition ("the pettys", "two heartys").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    attendance_lists,
    closed_words,
    context,
    count_words,
    inverted_subjects,
    kin_names,
    lower_labels,
    namecontext,
    nordic_lower,
    note_language,
    person_slots,
    quote_tags,
    slot_slips,
    speaker_turns,
    vocab,
)

_AT_HOME = frozenset({"hos"})
_WITH = frozenset({"med"})  # not "with": "she spoke with love about her grandchildren"
_TALKING = vocab.SPEAKING | frozenset(
    """samtal samtalet samtalade samtalar telefonsamtal möte mötet träff träffen meeting
    conversation talking speaking chatting snakket snakkede snakker talte samtale samtalen
    møde mødet møte møtet""".split()
)
_MODALS = (" vill ", " ville ", " ska ", " skulle ", " måste ", " brukar ", " brukade ")
# Danish and Norwegian modals ("; per skal flytte", "14:05 liv vil bo hjemme").
_MODALS += (" vil ", " skal ", " måtte ")
_NOT_PERSONS = vocab.PRONOUNS | vocab.DETERMINERS | nordic_lower.PERSONAL_PRONOUNS

# The most frequent words of the Scandinavian languages: function words all, in lower case
# (as many as `note_language` reads as function words in its own sentences).
FUNCTION = frozenset().union(
    *(vocab.most_frequent(lang, note_language.FUNCTION_RANK) for lang in ("sv", "nb", "da"))
)

_AND = frozenset({"and", "och", "og", "ja"})  # English, Swedish, Danish/Norwegian, Finnish
# Danish, Norwegian and Finnish labels of who was there ("Til stede:", "Deltakere:", "Läsnä:"),
# besides the English and Swedish ones in `vocab.ATTENDANCE`.
_ATTENDANCE = vocab.ATTENDANCE | attendance_lists.NEIGHBOUR_ATTENDANCE
_LIST_END = frozenset(".;\n")
_SENTENCE_END = re.compile(r"[.!?][ \t]")

CUE_BEFORE = _AT_HOME | _WITH
# A cleft of Swedish, Norwegian and Danish: "det" and a copula before the part lifted out,
# "som" (or Danish "der") after it (`cleft_names.py` reads the capitalised parts).
_CLEFT_COPULAS = frozenset({"var", "är", "va", "er", "e"})
_CLEFT_AFTER = (" som ", " der ")
_SCANDINAVIAN = ("sv", "nb", "da")


def cue(low: str, start: int, end: int) -> bool:
    """Whether `person` may say yes for the lower-case word low[start:end] (cheap)."""
    if low.startswith(_MODALS, end) or lower_labels.cue(low, start, end):
        return True
    prev, gap = context.previous_word(low, start)
    if gap:
        return False
    return (
        prev in CUE_BEFORE
        or prev in _ASKING
        or prev in _ADDRESSED
        or prev in _BARE_SLOT_ENDS
        or (prev in _ACCOMPANYING and low.startswith(_TOWARDS, end))
        or (prev in _CLEFT_COPULAS and low.startswith(_CLEFT_AFTER, end))
        or prev in attendance_lists.PRESENCE_ENDS
        or prev in quote_tags.SAYING
        or (prev in _AND and (low[end : end + 1] or ".") in _LIST_END)
    )


def person(low: str, start: int, end: int, opens: bool) -> bool:
    """Whether the lower-case registered word low[start:end] is a person where it stands
    (`opens`: a clause starts there)."""
    if low[start:end] in _NOT_PERSONS:
        return False
    if lower_labels.person(low, start, end):
        return True  # "[17:59] may: her mother laughed", "Vid protokollet: lotta"
    prev, gap = context.previous_word(low, start)
    if (
        not gap
        and prev in attendance_lists.PRESENCE_ENDS
        and attendance_lists.after_presence(low, start)
    ):
        return True  # "Paikalla oli myös harri.": the first of who was there
    if not gap and (prev in _AT_HOME or quote_tags.speaker(low, start, end)):
        return True  # "hemma hos may", "bor hos per.", "..., sa bitten."
    if not gap and prev in _CLEFT_COPULAS and cleft(low, start, end):
        return True  # "Det var may som öppnade dörren"
    if not gap and prev in _WITH:
        words = low[max(0, start - 40) : start].split()
        return len(words) >= 2 and words[-2].strip("-•*,.:;()") in _TALKING
    if not gap and prev in _AND and (end == len(low) or low[end] in _LIST_END):
        return _closes_list(low, start)
    if not gap and (
        asked_whether(low, start, end)
        or went_with(low, start, end)
        or message_for(low, start, end)
        or thanks_to(low, start, end)
        or thanked_who(low, start, end)
        or awaited_or_beside(low, start, end)
    ):
        return True  # "asked mats whether", "went with trout to the bank", "a message for
        # mats about", "thanks to strange the letter was", "sat next to bent in the third row"
    if opens and low.startswith(_MODALS, end):
        kind, following, _index = context.next_word(low, low.index(" ", end + 1))
        return kind == "w" and following.isalpha() and following not in _NOT_PERSONS
    return False


# Verbs of telling. After them only, "that" and its Swedish, Norwegian and Danish forms open
# the news told, perhaps after a comma ("fortalte lone, at musikken", "told kit that the
# bus"), whether the word between is the one told (English) or the teller after a fronted
# phrase (verb second: "Efter filmen fortalte lone, at ..."); a thing told there takes its
# article or a definite ending ("fortalte historien, at").
_TELLING = frozenset(
    """tell tells told inform informs informed fortalte fortæller forteller fortalde fortel
    berättade berättar""".split()
)
# Verbs of asking and telling, whose first object is the person asked or told ("asked mats
# whether", "frågade stig huruvida", "spurte kari om"); a thing asked takes an article.
_ASKING = _TELLING | frozenset(
    """ask asks asked remind reminds reminded frågade frågar fråga spurte spør spurgte
    spørger""".split()
)
_THAT = re.compile(r",? (?:that|at|att) ")
# What opens the question or the news put to that person: an object that is a thing stands
# before no "whether" ("asked questions whether" has its noun in the plural; "asked the
# bank whether" its article). "om" is also "about" and still follows a person there.
_WHETHER = frozenset("whether if huruvida hvorvidt om".split())


def asked_whether(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] stands right after a verb of
    asking or telling and right before "whether", "if" or "om" ("Asked mats whether Eskil
    could sign", "told kit if the bus was late", "spurte kari om hun"): the person asked or
    told, a bare noun there being neither a question nor news."""
    prev, gap = context.previous_word(low, start)
    if gap or prev not in _ASKING or low[start:end] in _NOT_PERSONS:
        return False
    if prev in _TELLING and _THAT.match(low, end) and low[start:end] not in vocab.ADVERBS:
        return True  # "fortalte lone, at musikken", "told kit that the bus was late"
    kind, following, _index = context.next_word(low, end)
    return kind == "w" and following in _WHETHER


# Verbs of going somewhere, then "with" and whom, then "to" and where ("went with trout to
# the bank", "gick med may till apoteket"): the one who went along. A thing carried or a
# manner takes an article or is a plural ("came with the papers to", "went with bags to").
_ACCOMPANYING = frozenset({"with", "med"})
_TOWARDS = (" to ", " till ", " til ")
_GOING = vocab.MOTION_VERBS | frozenset(
    """walked walk walks came come comes coming followed follow gick går gikk gik kom
    kommer følgte fulgte följde följer""".split()
)


def went_with(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] is whom someone went with:
    right after a verb of going and "with"/"med", right before "to"/"till"/"til" ("Went with
    trout to the bank", "gikk med per til legen")."""
    if not low.startswith(_TOWARDS, end) or low[start:end] in _NOT_PERSONS:
        return False
    prev, gap = context.previous_word(low, start)
    if gap or prev not in _ACCOMPANYING:
        return False
    verb, gap = context.previous_word(low, start - len(prev) - 1)
    return not gap and verb in _GOING


# A message left for someone: "a message for", "a note for", "beskjed til", "meddelande
# till"; the word after is whom it is for, and what follows it the message's matter or the
# end of the clause ("left a message for mats about the bus pass").
_ADDRESSED = frozenset({"for", "till", "til"})
_MESSAGES = frozenset(
    """message note voicemail word meddelande meddelandet lapp lappen beskjed beskjeden
    besked beskeden""".split()
)
_MATTER = frozenset("about regarding re om angående angåande vedrørende".split())


def message_for(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] is whom a message was left for:
    right after "message for" (or "note for", "beskjed til", "meddelande till") and before
    "about"/"om" or the end of the clause ("Left a message for mats about the new bus
    pass", "la igjen beskjed til per."); "a message for power users" has its noun after."""
    prev, gap = context.previous_word(low, start)
    if gap or prev not in _ADDRESSED or low[start:end] in _NOT_PERSONS:
        return False
    noun, gap = context.previous_word(low, start - len(prev) - 1)
    if gap or noun not in _MESSAGES:
        return False
    kind, following, _index = context.next_word(low, end)
    return (kind == "w" and following in _MATTER) or kind in ("", ".", ",", ";", "\n")


# "thanks to" or "without" and a word, then a clause's own subject, an article or a pronoun
# ("Thanks to strange the letter was translated", "Without golden the discussion would have
# ended"): a word that is an adjective only, or no English word, cannot close the phrase
# "thanks to" or "without" opens, bare and alone, as a person's name does ("thanks to strange
# weather", "without golden light" have their noun after). A noun can, its comma left out
# ("thanks to power we had light", "without doubt the best", "without water the plants
# die"), and stays the word: in UD English (EWT, GUM, LinES, PUD) "without" and a bare word
# before an article or a subject pronoun is a verb's gerund 8 times of 100, an adjective or
# a noun none.
_THANKS_TO = re.compile(r"(?<![^\W_])(?:thanks to|without) \Z")
_CLAUSE_SUBJECTS = frozenset("the a an his her their my our this he she we they i".split())


@cache
def _adjectives_en() -> frozenset[str]:
    """English adjectives of the UD treebanks, never a noun there (`name_nouns.adjectives`,
    `data/adjectives_en.txt`)."""
    return vocab._read("adjectives_en.txt")


def thanks_to(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end], an English adjective only or no
    English word, follows "thanks to" or "without" and stands before an article or a subject
    pronoun opening a clause ("Thanks to strange the letter was translated", "Without golden
    the discussion would have ended"): the one thanked or missed."""
    word = low[start:end]
    if word in _NOT_PERSONS or _THANKS_TO.search(low, max(0, start - 12), start) is None:
        return False
    kind, following, _index = context.next_word(low, end)
    return (
        kind == "w"
        and low[end : end + 1] == " "
        and following in _CLAUSE_SUBJECTS
        and (word in _adjectives_en() or word not in vocab.common_words(("en",)))
    )


# The Swedish, Norwegian and Danish "thanks to" whom: "tack till", "takk til", "tak til", then
# the one thanked and the relative that says what they did ("Tack till brush som lånade ut sin
# borrmaskin", "takk til per som kom"), or the clause's end. A thing thanked there takes its
# definite ending or is a plural or a pronoun ("tack till personalen som", "tak til alle der"),
# all words of the language.
_THANKS_NORDIC = re.compile(r"(?<![^\W_])(?:tack|takk|tak) (?:till|til) \Z")
_THANKED_AFTER = re.compile(r" (?:som|der|för|for) |[.!,;]|\n|\Z")
_NORDIC = ("sv", "nb", "da")


def thanked_who(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end], no word of Swedish, Norwegian or
    Danish, follows "tack till" ("takk til", "tak til") and stands before a relative "som" or
    "der", "för"/"for" or the clause's end ("Tack till brush som lånade ut sin borrmaskin"):
    the one thanked."""
    word = low[start:end]
    if word in _NOT_PERSONS or _THANKS_NORDIC.search(low, max(0, start - 12), start) is None:
        return False
    return _THANKED_AFTER.match(low, end) is not None and not any(
        note_language.word_of(word, lang) for lang in _NORDIC
    )


# The one waited for and the one sat beside: "waited for signe outside the clubhouse", "sat
# next to bent in the third row", "stood beside mark at the gate". "next to" and "beside"
# after a verb of sitting or standing take a noun phrase, whose common noun takes an
# article or is a plural ("sat next to the door", "sat next to strangers"): in UD English
# (EWT, GUM, LinES, PUD) no bare lower-case common noun stands after "next to" (21 times)
# or "beside" (17) before a preposition or punctuation. "waited for" takes a bare mass noun
# there as well ("waited for help outside", "waited for news at home"), so only a word that
# is an adjective only or no English word is the person after it ("waited for signe
# outside"), as after "thanks to". The word must close its phrase: before a preposition or
# adverb of place or time, a conjunction, or punctuation ("sat next to bent nails", "waited
# for golden light" have their noun after): `slot_slips.beside_or_awaited`.
_BARE_SLOT_ENDS = frozenset({"without", "beside"})


def awaited_or_beside(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] is whom someone waited for or sat
    or stood beside (see above): "waited for signe outside", "sat next to bent in the third
    row"; not "sat next to bent nails", "waited for golden light", "waited for shell fish"."""
    word = low[start:end]
    if word in _NOT_PERSONS or word in vocab.ADVERBS:
        return False
    slot = slot_slips.beside_or_awaited(low, start, end)
    if slot == "awaited":
        return word in _adjectives_en() or word not in vocab.common_words(("en",))
    return slot == "beside"


def cleft(low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end] is the one word a Scandinavian cleft lifts
    out ("det var may som", "det er will der") and no word of Swedish, Norwegian or Danish,
    which could be lifted out as well ("det var liv som gällde")."""
    if not low.startswith(_CLEFT_AFTER, end):
        return False
    copula, gap = context.previous_word(low, start)
    if gap or copula not in _CLEFT_COPULAS:
        return False
    it, gap = context.previous_word(low, start - len(copula) - 1)
    word = low[start:end]
    return (
        not gap
        and it == "det"
        and not any(note_language.word_of(word, lang) for lang in _SCANDINAVIAN)
    )


def _closes_list(low: str, start: int) -> bool:
    """Whether the line before `start` is a list of people under a label ("Present: ...")."""
    line = low[low.rfind("\n", 0, start) + 1 : start]
    if ":" not in line:
        return False
    head, items = line.rsplit(":", 1)
    if _SENTENCE_END.search(items) or speaker_turns.turn_follows(
        low, start - len(line) + len(head) + 1
    ):
        return False  # more sentences, or a participant's turn ("Deltagare: han ... och may")
    words = _SENTENCE_END.split(head)[-1].split()
    return 0 < len(words) <= 3 and words[-1].strip("-•*") in _ATTENDANCE


def function_word(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] is a Swedish, Norwegian or Danish
    function word where it stands ("kvinnor, som arbetar"): one of `FUNCTION`, outside the
    note's layout slots ("[17:59] som: ...", "Vid protokollet: som", "närvarande: bo och som")."""
    if low[start:end] not in FUNCTION or lower_labels.person(low, start, end):
        return False
    prev, gap = context.previous_word(low, start)
    if not gap and prev in _AND and (end == len(low) or low[end] in _LIST_END):
        return not _closes_list(low, start)
    return True


# A noun of one or two lower-case words, then a singular finite verb of being or having.
_SINGULAR_SUBJECT = re.compile(
    r"[ \t]+([^\W\d_]+)(?:[ \t]+[^\W\d_]+)?[ \t]+(?:was|is|has)(?![^\W_])"
)
_NOT_NOUNS = frozenset("that which who what it this there here".split())


def genitive_opening(text: str, low: str, start: int, end: int) -> bool:
    """Whether low[start:end], a lower-case registered word with an "s" glued on, opens a
    sentence before a noun of one or two words and a singular "was", "is" or "has"
    ("masons shed was mentioned", "bakers kitchen shift is"): the plural would head a subject
    the singular verb cannot agree with, so the "s" is a genitive and the word the owner; not
    before a pronoun or a determiner ("bakers that is", "masons this has")."""
    match = _SINGULAR_SUBJECT.match(low, end)
    return (
        match is not None
        and text[start].islower()
        and match.group(1) not in _NOT_NOUNS
        and match.group(1) not in vocab.PRONOUNS
        and match.group(1) not in vocab.DETERMINERS
        and context.sentence_start(text, start)
    )


def glued_owner(text: str, low: str, start: int, end: int) -> bool:
    """Whether low[start:end], a lower-case registered word with a bare "s" glued on, is its
    owner's genitive with the apostrophe left out: right after a preposition of a person
    ("with", "med", "hos"), before a lower-case word, the form with its "s" no word of any
    word list Casebook reads (`person_slots.in_dictionary`): "went home with parishs
    youngest". A plural or a verb form the lists hold stays the word ("with bulls and cows",
    "with temples nearby"; "wolfs" is a listed verb form)."""
    prev, gap = context.previous_word(low, start)
    return (
        text[start].islower()
        and not gap
        and prev in vocab.PERSON_PREPOSITIONS
        and low[end : end + 1] == "s"
        and low[end + 1 : end + 2] == " "
        and text[end + 2 : end + 3].islower()
        and not person_slots.in_dictionary(low[start : end + 1])
    )


# Counts before a plural, and "to" (an infinitive's mark or a preposition `closed_words` leaves
# out): no owner's genitive follows them bare.
_COUNTS = frozenset("two three four five several many some all both few to".split())


def bare_owner(text: str, low: str, start: int, end: int) -> bool:
    """Whether low[start:end], a lower-case registered word with a bare "s" glued on, is its
    owner's genitive before the thing owned, with the apostrophe left out and no preposition
    before ("we used pettys laptop", "vi lånte heartys højttaler"): the form with its "s" no
    word of any list Casebook reads (`person_slots.in_dictionary`), no determiner, possessive
    or number right before it ("the pettys", "two heartys"), nor a preposition ("wrote to
    parishs nearby"; `glued_owner` reads those of a person), and a lower-case word after it
    that is no function word or preposition, the noun owned ("pettys and", "heartys in" say
    nothing).
    In UD English, Swedish, Norwegian and Danish (521,642 words), a known word with an "s"
    that no list holds stands so 47 times: 38 a noun's genitive before what it owns, as
    here ("informationens struktur", "konsulns hustru"), 6 an s-passive ("mattas
    aktiviteten"), 2 a plural ("schemas define", "divans borrowed"), 1 an adverb ("sers
    effektivt"); only "divan" is a name of the lexicon."""
    form = low[start : end + 1]
    if (
        not text[start].islower()
        or low[end : end + 2] != "s "
        or low[start:end] in _NOT_PERSONS
        or person_slots.in_dictionary(form)
    ):
        return False
    prev, gap = context.previous_word(low, start)
    if not gap and (
        prev in vocab.DETERMINERS
        or prev in _OWNER_WORDS
        or prev.isdigit()
        or prev in _COUNTS
        or closed_words.preposition(prev)
    ):
        return False  # "the pettys", "two heartys"; "wrote to parishs nearby" (`glued_owner`
        # reads the prepositions of a person)
    following = _NEXT_WORD.match(low, end + 1)
    if following is None or not text[following.start(1)].islower():
        return False
    noun = following.group(1)
    return (
        (person_slots.in_dictionary(noun) or vocab.is_word_form(noun))
        and noun not in vocab.function_words()
        and not closed_words.preposition(noun)
    )


def kin_genitive(low: str, start: int, end: int) -> bool:
    """Whether low[start:end], a lower-case registered word with a bare "s" glued on, is its
    owner's genitive before a word of kin ("kits daughter called", "chips sister", "trouts
    mamma"), with no article or possessive right before it: the "s" of a plural ("kits",
    "chips") heads no word of kin, since things have no daughters; "the kits mother" keeps
    the plural of the animal after its article."""
    if low[end : end + 2] != "s " or low[start:end] in _NOT_PERSONS:
        return False
    following = _NEXT_WORD.match(low, end + 1)
    if following is None or following.group(1) not in _KIN:
        return False
    prev, gap = context.previous_word(low, start)
    return gap != "" or (prev not in vocab.DETERMINERS and prev not in _OWNER_WORDS)


_OWNER_WORDS = frozenset("his her their my your our whose".split())
# Words of kin only, English and the neighbouring languages' ("daughter", "datter", "mamma"):
# not the roles and naming verbs `vocab.RELATIONS` holds besides ("towns called Miramar",
# "as far as", "the party's members make").
_KIN = (
    kin_names.KIN
    | kin_names.NEIGHBOUR_KIN
    | frozenset("dotter son mamma pappa bror syster fru sambo".split())
)  # not Swedish "make" (husband), an English verb; not "mor", as `kin_names` leaves it out


def s_form_word(text: str, low: str, start: int, end: int) -> bool:
    """Whether low[start:end + 1], a lower-case registered word with a bare "s" glued on, is an
    ordinary word of its sentence's language ("par jeans", "langs kysten", "lykkes dem"): of
    Norwegian or Danish in a sentence of theirs (`note_language.sentence_language`), of
    English or Swedish where the words around it are (`namecontext.local_language`, else the
    text's), of English in a Finnish sentence, which writes no genitive "s" ("```this```-
    objekti"). Not before a belonging or a relation, where the "s" is a genitive ("jeans
    mamma", "langs bil")."""
    form = low[start : end + 1]
    if namecontext.kin_possessive(
        low, end, kin_names.NEIGHBOUR_KIN
    ) or namecontext.owner_possessive(low, end, True):
        return False
    if form in nordic_lower.ordinary_words():
        languages = note_language.sentence_language(text, start, end + 1, count_word=False)
        if languages and not _NORDIC.isdisjoint(languages):
            return True
    ordinary = [lang for lang in vocab.LANGUAGES if form in vocab.common_words((lang,))]
    if not ordinary:
        return False
    if "en" in ordinary and note_language.no_genitive_s(text, start, end + 1):
        return True  # 'sanoissa "this" ja "bath"': an English word quoted in Finnish, which
        # writes no genitive "s"
    local = namecontext.local_language(low, start, end + 1)
    return local is not None and not set(local).isdisjoint(ordinary)


_NORDIC = frozenset({"nb", "da"})


# Swedish and Norwegian mark a noun after an adjective twice: an article before the adjective,
# which takes its weak form ("-a", "-e"), and a definite ending on the noun ("den stora
# linden", the big lime tree; "det gamla huset"; "den store mannen"). A person's name takes
# neither; a registered name typed so is the noun ("Linden", "Holmen").
_DEFINITE_ARTICLES = frozenset({"den", "det", "de"})
_WEAK_ENDINGS = ("a", "e")
_DEFINITE_ENDINGS = ("en", "et", "na", "ne")


def definite_noun(low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] carries a definite ending after
    an article and an adjective in its weak form ("den stora linden", "det gamla holmet"): the
    noun the article and adjective agree with, no person."""
    if not low[start:end].endswith(_DEFINITE_ENDINGS):
        return False
    adjective, gap = context.previous_word(low, start)
    if gap or len(adjective) < 3 or not adjective.endswith(_WEAK_ENDINGS):
        return False
    article, gap = context.previous_word(low, start - 1 - len(adjective))
    return not gap and article in _DEFINITE_ARTICLES


# The indefinite articles of Swedish ("en", "ett"), bokmål and Danish ("en", "ei", "et") and
# nynorsk ("ein", "ei", "eit"): a common noun follows them, at once or after one adjective
# ("en holm", "en liten holm", "ei gammal rune"); a name takes none, being definite. A clause
# puts its finite verb second, so a subject never stands between a fronted "en dag" and its
# verb ("En dag kom per"); a finite verb right after the word is checked all the same ("en
# gång per ringde" keeps Per). Dutch "en" (and), French "et" and Finnish "en" (I do not) are
# other words: only a Swedish, Norwegian or Danish sentence is read so.
_INDEFINITE = frozenset("en ett ei et ein eit".split())
_NORDIC_FINITE_ENDINGS = ("ar", "er", "ir", "ur", "de", "te")
# Sentence adverbs of Swedish, Norwegian and Danish, which stand between a clause's subject
# and its verb: after the word they show it the subject of a relative clause without "som"
# ("en start bill ikke fortjener", a start Bill does not deserve).
CLAUSE_ADVERBS = frozenset(
    """inte ikke ikkje icke aldri aldrig också også òg bara bare berre kun redan allerede
    alltid altid ofta ofte nog nok ju jo väl vel sällan sjelden sjeldan kanske kanskje
    måske gärna gjerne gerne heller""".split()
)
# Conjunctions and subjunctions between an article and the word: no adjective there.
_NOT_ADJECTIVES = frozenset("och og eller men som att at än enn end".split())


def indefinite_noun(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end] stands after a Swedish, Norwegian
    or Danish indefinite article, at once or after one lower-case word that is no relation,
    title or pronoun ("det finns en holm", "köpte en liten holm", "vi så en hauk ta"), before
    no finite verb or sentence adverb, in a sentence of those languages: the noun the article
    opens, no person ("en bror per", "en gång per ringde", "en start per ikke fortjener"
    keep Per)."""
    prev, gap = context.previous_word(low, start)
    if gap or not prev:
        return False
    if prev not in _INDEFINITE:
        article, gap = context.previous_word(low, start - 1 - len(prev))
        if (
            gap
            or article not in _INDEFINITE
            or not text[start - 1 - len(prev) : start - 1].islower()
            or prev in vocab.RELATIONS
            or prev in vocab.TITLES
            or prev in _NOT_PERSONS
            or prev in _NOT_ADJECTIVES
            or closed_words.preposition(prev)
        ):
            return False  # "ett av pers besök", "en och per": no adjective between
    following = _NEXT_WORD.match(low, end)
    if following is not None and (
        finite_form(following.group(1)) or following.group(1) in CLAUSE_ADVERBS
    ):
        return False  # "en gång per ringde", "en start bill ikke fortjener": a subject
    return scandinavian(text, low, start, end)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)\b")


def verb_before_article(text: str, low: str, start: int, end: int) -> bool:
    """Whether the lower-case registered word low[start:end], a word of Swedish, Norwegian or
    Danish, stands right after a comma and right before an indefinite article and its
    lower-case noun or adjective, in a sentence of those languages ("Om vinteren, brekke et
    bein er fort gjort", to break a leg): a verb before its object. A person's name before an
    article is a verb's first object ("ga kari en bok"), after the verb, never after a comma:
    UD Swedish-Talbanken, -LinES, Norwegian-Bokmål, -Nynorsk, -NynorskLIA and Danish-DDT (dev
    and test) put a proper noun between a comma and an indefinite article no time of 58
    (verbs 14, conjunctions 15, prepositions 13, adverbs and the rest), and before an article
    4 times, none after a comma ("ge Harry en vink")."""
    if not low.startswith(", ", start - 2) or start < 3 or low[start - 3] == ",":
        return False
    article = _NEXT_WORD.match(low, end)
    if article is None or article.group(1) not in _INDEFINITE:
        return False
    noun = _NEXT_WORD.match(text, article.end())
    if (
        noun is None
        or not noun.group(1).islower()
        or noun.group(1) in _NOT_PERSONS
        or noun.group(1) in vocab.function_words()
        or noun.group(1) in count_words.TIMES
        or noun.group(1) in vocab.UNIT_WORDS
    ):
        return False  # "..., per en av dem", "..., per en gång till": no object there
    word = low[start:end]
    return any(note_language.word_of(word, lang) for lang in _SCANDINAVIAN) and scandinavian(
        text, low, start, end
    )


def finite_form(word: str) -> bool:
    """Whether `word` may be a finite verb of Swedish, Norwegian or Danish by its form."""
    return word in inverted_subjects.FINITE or (
        len(word) > 3 and word.endswith(_NORDIC_FINITE_ENDINGS)
    )


def scandinavian(text: str, low: str, start: int, end: int) -> bool:
    """Whether the sentence holding text[start:end] is Swedish, Norwegian or Danish, the word
    itself not counted: Norwegian or Danish by `note_language.sentence_language`; Swedish
    where the Swedish lists (`vocab.listed`) hold more than half of its other lower-case
    words and at least three ("Jan en piet kwamen gisteren" is Dutch: Piet)."""
    languages = note_language.sentence_language(text, start, end, count_word=False)
    if languages:
        return not _NORDIC.isdisjoint(languages)
    begin = max(low.rfind(mark, 0, start) for mark in ".!?\n") + 1
    stop = _SENTENCE_STOP.search(low, end)
    words = _WORDS.findall(low, begin, start) + _WORDS.findall(
        low, end, stop.start() if stop else len(low)
    )
    swedish = vocab.listed("sv")
    known = sum(word in swedish for word in words)
    return known >= 3 and 2 * known > len(words)


_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_STOP = re.compile(r"[.!?\n]")


# English articles and possessive determiners: what follows them, at once or after one
# adjective, is the head of a noun phrase. Not "her" (also the object pronoun: "told her
# bill was late"), "that" (also the conjunction: "said that will was"), "no" (Norwegian
# "now": "no er anna her"). In UD English (EWT, GUM, GUMReddit, LinES, PUD, ParTUT, ESLSpok),
# 46 of 23,222 lower-case words there are proper nouns, none a person's name but "a boy
# david" (after a relation, which stops the reading here).
DETERMINERS = tuple("the a an my your his our their its every each another".split())
# A line wrapped inside the phrase goes on with its next word ("guide me to my\ncard's").
_DETERMINED = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(DETERMINERS)})(?:[ \t]+|\n)"
    r"(?:([a-z]+(?:-[a-z]+)*)(?:[ \t]+|\n))?\Z"
)
_DETERMINED_REACH = 48


def determined_noun(text: str, low: str, start: int) -> bool:
    """Whether the lower-case registered word at `start` stands after an English article or
    possessive determiner, at once or after one lower-case word that is no relation or title
    ("my guy's jacket", "a so-called guy", "a mutual guy's place"): the noun the phrase is
    built on, no person (a name there is capitalised, "my Anna"); "my son bill", "the nurse
    may" keep the person after the relation or title, and "told her bill" the pronoun's."""
    match = _DETERMINED.search(low, max(0, start - _DETERMINED_REACH), start)
    if match is None:
        return False
    between = match.group(1)
    return between is None or (
        text[match.start(1)].islower()
        and between not in vocab.RELATIONS
        and between not in vocab.TITLES
    )


# A place preposition governs both halves of a pair of nouns joined by "och"/"og" ("i skog
# och mark", "i vind och sol"): the second stands where the first does, a common noun, no
# person. In UD Swedish and Norwegian (Talbanken, LinES, Nynorsk, NynorskLIA) no word of 41
# after "<place preposition> <bare lower-case known word> och/og/eller" is a proper noun or
# a subject (`bench/lower_slots.py`).
# Swedish, Norwegian and Danish only: English leaves the article out after "in" in phrases
# that close a clause ("she was in hospital and will visited"), where "and" opens the next.
_PAIRING = frozenset({"och", "og", "eller"})
# A first noun with a definite ending ("i skolan och klara kom") often closes a clause that
# "och" joins to the next, whose subject follows: 3 subjects of 41 words there in UD.
DEFINITE_FIRST = ("en", "et", "na", "ne", "an")


def coordinated_noun(text: str, low: str, start: int) -> bool:
    """Whether the lower-case registered word at `start` is the second of two nouns after a
    place preposition ("bedriver i skog och mark", "i vind och sol kommer"): a common noun
    like the first. The first is a bare lower-case known word, no person word ("near mum
    and will" keeps its person), no pronoun, and no noun with a definite ending ("i parken
    och klara kom": "och" may join two clauses there)."""
    conjunction, gap = context.previous_word(low, start)
    if gap or conjunction not in _PAIRING:
        return False
    first, gap = context.previous_word(low, low.rfind(conjunction, 0, start))
    first_start = low.rfind(first, 0, low.rfind(conjunction, 0, start))
    if (
        gap
        or not first
        or not text[first_start : first_start + 1].islower()
        or first not in vocab.known_words()
        or first in vocab.RELATIONS
        or first in _NOT_PERSONS
        or first.endswith(DEFINITE_FIRST)
    ):
        return False
    preposition, gap = context.previous_word(low, first_start)
    return not gap and preposition in vocab.LOCATIVES
