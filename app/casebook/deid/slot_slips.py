"""A registered given name misspelt into an ordinary word, where the sentence keeps the place
for a person: "Enligt Rida har ..." (Rinda), "Vi pratade länge med Hinna om flytten" (Hina),
"Jeg mødte Karls uden for butikken" (Karlos).

A capitalised ordinary word one slip from a registered name is the word unless the context
says it is a name (`unregistered._NEAR_IF_NAMED`): "Rida", "Hinna", "Karls" are Swedish and
Danish words. But Swedish, Norwegian, Danish and English write common nouns and verbs in
lower case: inside a sentence (not where a sentence or a line opens, where every word is
capitalised) a capitalised word is a proper noun. Where the syntax also keeps the place for
a person, such a word is a person, and the registered person it is one slip from is meant:

- the source of a report, right after "enligt", "ifølge", "ifølgje" or "according to";
- the part a cleft puts in focus ("Det var Hala som tog upp frågan", Halla; `cleft_names`);
- the one met or talked with: right after a verb of meeting ("träffade", "mötte", "møtte",
  "mødte", "traff", "met"), or after "med"/"with" that follows a verb or noun of talking,
  one adverb between allowed ("pratade länge med Hinna", "talte længe med");
- whom someone sat or stood beside or waited for: right after "next to" or "beside" and a
  verb of sitting or standing, or after "for" and a verb of waiting ("I sat next to Wae in
  the third row", Wake; `beside_or_awaited`, which `lowercase_registered` and
  `unregistered` read as well).

A cue capitalised inside a sentence is part of a name itself ("the Met Garage"), no cue.
The caller asks only about a word whose near miss names exactly one registered person (a word
as near to two is not read as either here). A capitalised word that is a label of a screen
("klikk deretter Blokker, Tillat", `neighbour_labels.py`) stands after no such word. German
capitalises every noun, so "mit" and "traf" are not among the cues.
"""

from __future__ import annotations

from casebook.deid import cleft_names, context, vocab

# Prepositions that name the source of a report ("Enligt Rida har ...").
_SOURCES = frozenset({"enligt", "ifølge", "ifølgje"})
# Verbs of meeting someone, whose object follows right after.
_MEETING = frozenset({"träffade", "träffat", "mötte", "møtte", "mødte", "traff", "met"})
# "med"/"with" after talking ("pratade med", "talked with", "snakket med").
_WITH = frozenset({"med", "with"})
_TALKING = vocab.SPEAKING | frozenset(
    """snakket snakka snakkede snakker talte taler samtalade samtalar pratet prata""".split()
)


def person_slot(text: str, low: str, start: int) -> bool:
    """Whether the capitalised word at text[start] stands inside a sentence where the syntax
    keeps the place for a person (module docstring)."""
    if context.sentence_start(text, start):
        return False
    prev, gap = context.previous_word(low, start)
    if gap or not prev:
        return False
    cue = start - len(prev) - 1
    if text[cue].isupper() and not context.sentence_start(text, cue):
        return False  # "west of the Met Garage": a capitalised cue is a name's own word
    if beside_or_awaited(low, start, context.word_end(low, start)) is not None:
        return True  # "I sat next to Wae in the third row", "waited for Fiar outside"
    if prev in _SOURCES or prev in _MEETING or cleft_names.focus(text, start):
        return True
    before = low[max(0, start - 40) : start - len(prev) - 1].split()
    if prev == "to":
        return bool(before) and before[-1] == "according"
    if prev in _WITH:
        return any(word.strip(",") in _TALKING for word in before[-2:])
    return False


# Verbs of sitting, standing and lying, after which "next to" and "beside" say whom or what
# is beside (a person, or a thing with its article: "sat next to the door"); verbs of
# waiting, after which "for" says whom or what is awaited.
_SITTING = frozenset("sat sit sits sitting seated stood stand stands standing lay lying".split())
_WAITING = frozenset("wait waits waited waiting".split())


# What may follow the one waited for or sat beside, closing the phrase: a preposition or
# adverb of place or time, a conjunction, punctuation ("sat next to Wae in the third row",
# "waited for Bryony outside the clubhouse"); a word of another kind continues the phrase
# ("sat next to bent nails", "waited for golden light", "sat next to Lake Vättern").
_PHRASE_CLOSERS = frozenset(
    """outside inside in at on by near during for with until till after before behind and
    while when throughout""".split()
)


def beside_or_awaited(low: str, start: int, end: int) -> str | None:
    """ "beside" where the word low[start:end] follows "next to" or "beside" after a verb of
    sitting or standing ("sat next to Wae in", "stood beside mark at"), "awaited" where it
    follows "for" after a verb of waiting ("waited for Bryony outside"), and closes the
    phrase (`_PHRASE_CLOSERS`); else None."""
    kind, following, _index = context.next_word(low, end)
    if not (
        (kind == "w" and following in _PHRASE_CLOSERS and low[end : end + 1] == " ")
        or kind in ("", ".", ",", ";", "\n")
    ):
        return None
    prev, gap = context.previous_word(low, start)
    if gap or prev not in ("to", "beside", "for"):
        return None
    before, gap = context.previous_word(low, start - len(prev) - 1)
    if gap:
        return None
    if prev == "for":
        return "awaited" if before in _WAITING else None
    if prev == "beside":
        return "beside" if before in _SITTING else None
    if before != "next":
        return None
    verb, gap = context.previous_word(low, start - len(prev) - len(before) - 2)
    return "beside" if not gap and verb in _SITTING else None
