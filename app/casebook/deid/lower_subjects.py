"""Registered names that are ordinary words, typed in lower case as the subject of a clause.

`names.py` keeps a registered word in lower case ("dag", "lisa", "mark", "may") as the word
unless its setting says person (`person_cues.names_in_lower_case`). The subject of a clause
before its finite verb is such a setting in the Scandinavian languages: right after a
conjunction that opens a subordinate clause (`subordinate_subjects.SUBORDINATORS`) and right
before the clause's finite verb or negation (`subordinate_subjects.FINITE`), "at dag er ein av
dei to", "att lisa inte kom", "sidan mark har" (not the infinitive marker of the future
"komma att": "kommer att klara också" is the verb). A Swedish, Norwegian or Danish common noun
there takes its article ("att dagen är", "at merket er"), so a bare word is the person; a
pronoun, determiner or quantifier is none ("att alla har", "om man vill"). Finnish has no
articles: after "että", "kun", "koska", "jos"... and before a common finite verb or "ei",
only a word that is no Finnish word is the person ("että peter tulee toimeen").

A clause that opens with the word right before a Swedish, Norwegian or Danish finite verb
("bror hadde pågangsmot", "britt vart teken imot") is led by its subject in the same way;
an adverb stands there too ("no er det") and stays.

English and the clause that opens a sentence are read more warily: a bare abstract noun is a
subject in English ("because love is blind", "if will is lacking"), and a lower-case line may
open with any noun ("hope is what keeps her going"). There the word is the person only if the
note names the same person elsewhere (`names.py`'s evidence: "Love Åberg came late. ... that
love is tired"), as a capitalised word opening a sentence before a weak verb already is.

Where a clause opens before "has", "had" or "have" and the participle of a verb of the mind,
of speech or of writing ("fisher had forgotten the code", "kit has never said", "rod had
written the code down"), the word is the person without more (`english_perfect_of_person`):
only a person forgets, says or writes, and a common noun there takes its article ("the
fisher had forgotten"); a verb a thing does too ("power had gone out") keeps the word.

A modal verb that is also a name ("may", "will", "can") before a past tense is the person
wherever it stands ("later may said she was tired", "will lost his phone"): a modal takes a
bare verb; after a possessive or article it is a noun ("his will stated") and stays.
"""

from __future__ import annotations

from casebook.deid import (
    context,
    homographs,
    inverted_subjects,
    neighbour_openings,
    note_language,
    person_cues,
    subordinate_subjects,
    vocab,
)

NO, YES, EVIDENCE = 0, 1, 2

# Subordinating conjunctions of English: a subject after one may be a bare noun.
_ENGLISH = frozenset(
    "if whether when because since while although though unless once until".split()
)
_SCANDINAVIAN = subordinate_subjects.SUBORDINATORS - _ENGLISH
_FINITE = subordinate_subjects.FINITE
_NOT_PERSONS = (
    vocab.PRONOUNS
    | vocab.DETERMINERS
    | frozenset(
        """alla allt alle alt ingen inget inga ingenting intet mange många få fleire flere
    begge båda nokon noen någon något några somliga andra andre hver varje var""".split()
    )
)


# Modal verbs that are also names ("may", "will"): a modal takes a bare verb, never a past
# tense, so before one the word is the person ("later may said she was tired", "will lost
# his phone"), unless a possessive or article makes it a noun ("his will stated").
_MODAL_NAMES = frozenset("may will can must might shall".split())
_OWNERS = vocab.DETERMINERS | frozenset("his her their my your our its".split())


# Finnish conjunctions that open a clause, and the commonest finite verbs and the negation
# after its subject ("että peter tulee toimeen", "kun may ei vastannut"). Finnish has no
# articles, so a bare Finnish noun is a subject there too: only a word that is no Finnish
# word is read as the person.
_FINNISH = frozenset("että ettei kun koska jos vaikka kunnes jotta".split())
_FINNISH_FINITE = frozenset(
    """on oli ei ole olisi voi voisi saa sai tulee tuli menee meni haluaa halusi pitää piti
    asuu asui sanoo sanoi kertoo kertoi tietää tiesi aikoo aikoi""".split()
)


# Finite verbs of Swedish, Norwegian and Danish (no negation, no adverb, no English): a
# clause that opens with a bare word right before one is led by its subject, and a common
# noun there takes its article ("mannen kom", "hesten gjekk"), so the bare word is the person.
# The existential "finns", "fanns" is left out: its subject is a bare indefinite noun ("vilja
# finns", "tid fanns").
_NORDIC_FINITE = (inverted_subjects.FINITE | _FINITE) - frozenset(
    """finns fanns inte aldrig också alltid redan bara ikkje ikke aldri òg også berre bare
    is was has had will would can could should might must does did doesn't didn't isn't
    wasn't hasn't hadn't won't can't couldn't wouldn't never always also still""".split()
)


def danish_past(word: str) -> bool:
    """Whether a lower-case word is a Danish weak past in "-ede" whose present or participle
    the lists hold ("hoppede" with "hopper", "ringede" with "ringer"), by
    `neighbour_openings.finite`'s shapes: a finite verb no closed list of `_NORDIC_FINITE`
    can hold. A clause that opens with a bare word right before one is led by its subject,
    as before "gik" or "kom" ("blue hoppede i først", a person's name typed in lower case):
    in UD Danish (DDT) and Norwegian (Bokmål, Nynorsk, LIA) the words opening a sentence
    before such a past are pronouns, proper nouns, two adverbs ("Her gravede", "Imens
    bankede") and nouns in their definite form ("Løbet startede", "Kampen afslørede"),
    never a bare noun."""
    return (
        word.endswith("ede")
        and word not in _NORDIC_FINITE
        and neighbour_openings.finite(word, False)
    )


# Relative pronouns and subordinators open a clause of their own before its verb ("som har").
_RELATIVES = subordinate_subjects.SUBORDINATORS | frozenset("som der hvor var vad hva kva".split())


# Swedish "komma att" + infinitive is the future ("det kommer att regna", "vi kommer att
# klara det"): "att" after a form of "komma" is the infinitive marker, and the word after it a
# verb, no subject. In UD Swedish (Talbanken, LinES) the lower-case word after "kommer/kom/
# komma/kommit att" is a verb or auxiliary 34 times of 35 (once an adverbial phrase), never a
# proper noun nor a subject (`bench/lower_slots.py`).
_KOMMA = frozenset({"kommer", "kom", "komma", "kommit"})


def _future_marker(low: str, start: int) -> bool:
    """Whether the "att" right before `start` follows a form of "komma" ("kommer att")."""
    marker = low.rfind("att", 0, start)
    verb, gap = context.previous_word(low, marker)
    return not gap and verb in _KOMMA


def _finite_next(low: str, end: int) -> bool:
    kind, following, _index = context.next_word(low, end)
    return kind == "w" and (
        following in _FINITE
        or following in _FINNISH_FINITE
        or following in _NORDIC_FINITE
        or danish_past(following)  # "blue hoppede i først"
    )


def _modal_then_past(low: str, start: int, end: int) -> bool:
    if low[start:end] not in _MODAL_NAMES:
        return False
    kind, following, index = context.next_word(low, end)
    if kind != "w":
        return False
    _kind, after, _index = context.next_word(low, index + len(following))
    # (homographs' list leaves "may" out for the month, which is capitalised where it is one)
    return homographs.modal_then_past("will", following) and not homographs.bare_with_object(
        following, after
    )


# English perfect auxiliaries, the adverbs that may stand between one and its participle,
# and the participles of verbs of the mind and of speech, whose subject only a person is
# ("had forgotten", "has decided", "had told"): a noun opening a clause before them is a
# person's name typed in lower case ("fisher had forgotten the code"), as a common noun there
# takes its article ("the fisher had forgotten"). Not verbs a thing does too ("power had
# gone", "the sun has risen", "brain has evolved"): in UD English (EWT, GUM, LinES, PUD) the
# bare nouns opening a clause before "has"/"had"/"have" and a verb ("restaurant has gone",
# "authorities have taken") stand before none of these participles. Writing is a person's
# doing too ("rod had written the code on a sticky note"): in the same treebanks only
# pronouns and proper nouns stand before "has"/"had"/"have" and "written", "wrote", "typed",
# "noted", "jotted" or "scribbled" ("she had written", "Meyer had written").
_PERFECT = frozenset({"has", "had", "have"})
_PERFECT_ADVERBS = frozenset("not never already just also finally probably clearly".split())
_PERSON_PARTICIPLES = frozenset(
    """forgotten forgot remembered decided said told asked answered replied explained
    mentioned agreed promised refused understood realised realized wondered complained
    apologised apologized admitted insisted suggested phoned rung texted emailed signed
    wanted hoped believed thought laughed cried smiled written wrote typed noted jotted
    scribbled""".split()
)


def english_perfect_of_person(low: str, end: int) -> bool:
    """Whether "has"/"had"/"have", perhaps one adverb, then a participle of a verb of the mind
    or of speech follow the word ending at `end` ("fisher had forgotten", "kit has never
    said")."""
    words = low[end : end + 40].split(None, 3)[:3]
    if len(words) < 2 or words[0] not in _PERFECT:
        return False
    verb = words[1]
    if verb in _PERFECT_ADVERBS and len(words) == 3:
        verb = words[2]
    return verb.strip(",.;:!?") in _PERSON_PARTICIPLES


def cue(low: str, start: int, end: int) -> bool:
    """Whether `use` may say more than `person_cues` for low[start:end] (cheap): a finite
    verb or negation right after it, or a past tense after a modal."""
    if low[end : end + 1] != " ":
        return False
    return (
        _finite_next(low, end)
        or _modal_then_past(low, start, end)
        or inverted_subjects.cue(low, end)
    )


def use(text: str, low: str, start: int, end: int, opens: bool) -> int:
    """YES, NO or EVIDENCE (a name if the note names the same person elsewhere) for the
    registered ordinary word low[start:end] typed in lower case (`opens`: a clause starts
    there)."""
    if person_cues.names_in_lower_case(text, low, start, end, opens):
        return YES
    if inverted_subjects.person(low, start, end):
        return YES  # "Tidigare hade alf inte", "I dag kom tove ikke", "lutade dale sig"
    prev, gap = context.previous_word(low, start)
    if _modal_then_past(low, start, end):
        if not gap and (prev in _OWNERS or prev in vocab.MONTH_PREPOSITIONS):
            return NO  # "his will stated", "in may moved to Lund": a noun, a month
        return YES  # "later may said she was tired"
    word = low[start:end]
    kind, following, _index = context.next_word(low, end)
    if word in _NOT_PERSONS or kind != "w":
        return NO
    if not gap and prev == "att" and _future_marker(low, start):
        return NO  # "kommer att klara också": the infinitive "komma att" takes, a verb
    if not gap and prev in _SCANDINAVIAN:
        return YES if following in _FINITE else NO  # "at dag er ein av dei to"
    if not gap and prev in _FINNISH:
        finnish = note_language.word_of(word, "fi")
        return YES if following in _FINNISH_FINITE and not finnish else NO  # "että peter tulee"
    if (
        opens
        and (following in _NORDIC_FINITE or danish_past(following))
        and gap.strip() not in (",", "(")  # "en kusin, som är": a relative clause
        and low[:start].rstrip()[-1:] != ":"  # "Vid protokollet: rose var fin": a label's value
        and word not in inverted_subjects.ADVERBS
        and word not in _RELATIVES
    ):
        return YES  # "bror hadde pågangsmot", "britt vart teken imot som ein helt"
    if opens and gap.strip() != "," and english_perfect_of_person(low, end):
        return YES  # "fisher had forgotten the code": only a person forgets
    if (not gap and prev in _ENGLISH) or opens:
        return EVIDENCE if following in _FINITE else NO  # "because love is", "Love Åberg ..."
    return NO
