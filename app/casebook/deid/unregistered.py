"""Names nobody registered: a third party typed once ("Bertil Wahlgren from the housing office
joined late"), a misspelt registered name ("Kristna").

Runs after the registered names and the patterns, on the capitalised words they left (one
regular-expression pass; only the rare word that is not an ordinary word is looked at further).
Each such word is one of:

- N, a name: in the name lexicon (`lexicon.py`) and not an ordinary word of the note's
  language, or shaped like a family name ("-sson", "-gren", "-ović", ...);
- C, an ordinary word that is also a name ("Will", "Hope", "Grace", "Mark", "Rose", "Young");
- U, unknown: neither ordinary nor in the lexicon ("Zlatko", "Konsum", "Farsta").

Words already registered are left to `names.py` (it has decided), and so are the words the
study lead marked safe. Rules, the first that applies deciding:

1. U: a near miss of a registered name (`nearmiss.py`) takes that person's tag, or `[name]`
   when several people are as near. So does an ordinary word that is a near miss where the
   context says it is a name ("Kristna came": "kristna" is Swedish for Christians).
2. A run of adjacent capitalised words ("Bertil Wahlgren", "Anna-Lena Wiik") with two N, or
   with one N and no place or organisation word after it ("Bertil Green", not "Maria
   Ungdom Clinic"): one name, replaced whole by one `[name]`.
3. After a title ("Dr", "Mrs", "herr", "fru"), a relation word ("my neighbour", "dottern")
   or a verb whose object is a person ("told", "rang", "met", "träffade"): a name, N, C or U.
4. N alone: a name, wherever it stands, unless a place or organisation word follows.
5. Any class where the setting says person (`namecontext.py`): before an e-mail address in
   angle brackets ("From: X <x@…>"), first on the line after a sign-off ("Best regards,"),
   first after "Present:", before "'s sister" or "s mamma".
6. A pronoun or quantifier of the sentence's language ("Han kom", "Alla sa"), or one of the
   most frequent words of Swedish, Norwegian or Danish (`lowercase_registered.FUNCTION`:
   "Och gick min väg", a conjunction opening the sentence), or a subject pronoun of a
   Norwegian or Danish sentence ("Ho kom inn", she came in; `nordic_lower`): a word. So is a
   town or an unknown word right after a preposition of place, or after "to"/"till" after a
   verb of going ("barndom i Erbil", "wants to move to Lund", "flyttar till Prishtina"), even
   one a slip or two from a registered name ("i Pune" beside a registered June).
7. U after "with", "med" or "m." (a person is meant more often than not; not after "to",
   "in", "and": places follow those; a word shaped like a name, of three letters with two
   vowels at least, not the abbreviation of "with Lt. side down"), or after "by"/"av"
   after a passive ("told by X", "ersätts av X"), or followed by a verb of saying or doing
   ("Zlatko said", not "Konsum has"), by "from" ("Zlatko from the choir"), by a modal
   verb and a verb only a person does ("X could join"); in a list or coordination next to
   a name ("X and dr Y"); after "instead of" with a name earlier in the sentence: a name.
8. C followed by a verb of saying or doing ("Grace said", "and Hope came"; for a word that
   names a time, a verb of saying only: "Ramadan starts" is the month), with a possessive in
   mid-sentence and no article before it ("with Grace's help", not "the Church's"), or next
   to a name in a list: a name.

Words after a formal title ("Dr", "Mrs", "herr", "fru") are names whatever they are ("Dr
Rand", "Mrs Brown"). Which language a word is judged in is read from the words around it
(`namecontext.local_language`) when the note mixes languages, else from the whole note.
One of the most frequent words of Swedish, Norwegian or Danish (`lowercase_registered.
FUNCTION`) opening a turn after a label is judged by the next word alone, the label being
no word of the turn: "Int: Och sedan?" keeps its conjunction in a Swedish note, though
"Int" is an English word ("Int: Och said he would come" still names Och). An
unknown word that is a rarer dictionary word or a Swedish compound of known words
(`vocab.is_word_form`: "Kuratorn", "Sommarsemestern") is ordinary, not U.

Everything else stays, and the review list (`review.py`) offers what still looks like a name.
ALL-CAPS words count only in runs ("BERTIL WAHLGREN"); acronyms ("NHS", "ADHD") never do, nor
does a short unknown word in capitals on a line typed in mixed case ("Tele SR", "CV-MP").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid import (
    attendance_lists,
    bare_contractions,
    by_language,
    calling_verbs,
    caseless,
    closed_words,
    common_halves,
    compound_nouns,
    context,
    cued_names,
    document_titles,
    finnish_compounds,
    finnish_derivation,
    finnish_family_nouns,
    finnish_imperatives,
    finnish_owners,
    genitive_slips,
    greetings,
    headings,
    inner_strangers,
    kin_names,
    lexicon,
    lowercase_names,
    lowercase_registered,
    mention_cues,
    name_inflection,
    name_nouns,
    name_words,
    namecontext,
    near_openings,
    neighbour_forms,
    neighbour_labels,
    neighbour_openings,
    nordic_lower,
    note_language,
    note_tokens,
    ordinary_family,
    ordinary_given,
    organisations,
    owner_genitives,
    paired_subjects,
    partitive_predicates,
    peoples,
    person_cues,
    possessive_determiners,
    registered_cases,
    residence_places,
    role_parentheses,
    service_senders,
    shouted_names,
    slot_near,
    slot_slips,
    speaker_turns,
    town_names,
    vocab,
    vocatives,
    weekday_runs,
    whole_words,
    word_readings,
    wordforms,
    workplace_names,
)
from casebook.deid.clause_verbs import subject as clause_subject
from casebook.deid.context import guess_languages, previous_word, sentence_start
from casebook.deid.foreign_letters import foreign_stranger
from casebook.deid.nearmiss import MIN_LENGTH, NearMiss, NearMisses
from casebook.deid.registry import Registry, ascii_fold

# A capitalised word: an upper-case Latin, Greek or Cyrillic letter (str.isupper decides for
# Latin Extended), then letters; one class, a fast C loop; "McKenzie"'s inner capital is dropped.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΏΑ-ΩЀ-Я][^\W\d_]*")
_NAME, _COMMON, _UNKNOWN, _PLACE, _RARE, _NEAR_IF_NAMED, _GENITIVE = "N C U P R near? N+s".split()
_NEIGHBOURLY = (_NAME, _UNKNOWN, _RARE, _GENITIVE)  # a neighbour language may change ("Potilas")
_MISSING = object()
_RUN_JOINERS = frozenset({" ", "-"})
_APOSTROPHES = frozenset("'’")
_POSSESSIVE = ("'s", "’s")
_FROM = frozenset({"from", "från", "fra"})  # "Zlatko from the choir", "... fra NAV"
_AND = frozenset({"and", "och", "&"})
_SAINT = ("s:t", "sankt", "saint")  # "S:t Görans sjukhus", "Saint Thomas"
_SUBSTITUTE_ENDS = frozenset({"of", "than", "för", "än"})  # "instead of", "istället för"
_COPULA = frozenset({"is", "was", "är", "var"})
_DETERMINERS = frozenset("the a an this that these those our their its".split())
_LEGAL_FORMS_LOW = frozenset(f.lower() for f in organisations.LEGAL_FORMS)


# Capitalised words that are never the given name before a family name.
_NOT_GIVEN = (
    vocab.TITLES
    | vocab.PLACE_WORDS
    | vocab.MONTHS
    | vocab.TIME_WORDS
    | vocab.ATTENDANCE
    | vocab.LABELS
    | vocab.PRONOUNS
)


def _greeting_with(text: str, low: str, found: Found, slipped: set[tuple[int, int]]) -> bool:
    """Whether `found`, a stranger's name of the lexicon, is a letter's greeting read with
    the slip of a registered name it is written to ("Kære Halvro," for Halvor): the slip is
    that person and the greeting no name, so the two are not read as one stranger."""
    return not found.entries and any(
        found.start < start and found.end == end and slot_near.saluted(text, low, start, end)
        for start, end in slipped
    )


class Found(NamedTuple):
    start: int
    end: int
    entries: tuple[int, ...]  # registry entries for a near miss, else ()
    via: str  # "near" or "lexicon"


class _Word(NamedTuple):
    start: int
    end: int
    cls: str
    caps: bool


class UnregisteredNames:
    """Finds names that are not in the registry. Build once per registry."""

    def __init__(self, registry: Registry, languages: tuple[str, ...], safe: Iterable[str]):
        self.languages = languages
        self.registered = frozenset(registry.word_owners())
        self.safe = frozenset(w.lower() for w in safe)
        self.near = NearMisses(registry)
        self.names = lexicon.all_names() - lexicon.lands_not_given()  # "Ruotsi", "Saksa"
        self.places = lexicon.places()
        self._sets = _language_sets(languages)  # the possible outcomes of guess_languages
        # Very frequent words of either language are ordinary in every note ("The" in a
        # Swedish note), unless they are names as well ("Hans", "Inga"): their class is then
        # the same whatever the language, and most notes need no language guess here.
        shared = vocab.function_words() - self.names
        self._common = {langs: vocab.common_words(langs) | shared for langs in self._sets}
        self._any_common = vocab.common_words(languages)
        # Each capitalised word's class under each language guess (cached: the same wherever
        # the word stands), and the words of no interest under any.
        self._classes: dict[str, tuple[object, ...]] = {}
        self._boring: set[str] = set()
        self._varies: set[str] = set()  # words whose class depends on the language
        # Compounds of two ordinary words (`compound_nouns`, lower case), with the class each
        # had otherwise: a common noun only where any word is capitalised, a sentence's or a
        # line's opening or after a label's colon ("Skogshuggare sa"); inside a sentence a
        # capitalised compound is still a name ("träffade Benedetta", "Zurab Viergiver").
        self._compounds: dict[str, str] = {}  # as written
        self._compound_kinds: dict[str, str] = {}  # lower case

    def find(
        self,
        text: str,
        low: str,
        taken: list[tuple[int, int, bool]],
        language: list[tuple[str, ...]],
        titles: set[int] | None = None,
    ) -> list[Found]:
        """Names in `text` (see `_capitalised`), and strangers typed in lower case where the
        setting leaves no doubt (`lowercase_names`: "kontakt: niklas lindbäck")."""
        found = [_whole(text, f) for f in self._capitalised(text, low, taken, language, titles)]
        if self.near:  # "From: Am", "Namn: Sad", "Uf (14:48):": a person's slot, a slip
            # (found as a stranger's word alone, it gets the person's tag: "Från: Hom")
            spans = [
                *((s, e) for s, e, _n in taken),
                *((f.start, f.end) for f in found if f.entries),
            ]
            slipped = slot_near.find(text, low, spans, self.near)
            slipped += genitive_slips.find(text, low, spans, self.near)  # "Betes bike"
            if slipped:
                ours = {(s, e) for s, e, _n in slipped}
                found = [
                    f
                    for f in found
                    if (f.start, f.end) not in ours and not _greeting_with(text, low, f, ours)
                ]
                found = sorted([*found, *(Found(s, e, n.entries, "near") for s, e, n in slipped)])
        shouted = caseless.stretches(text)  # no lower-case letter: capitals say nothing there
        if shouted:
            found = caseless.keep(found, shouted, low)
            text = caseless.lowered(text, shouted)  # ... judged as lower-case text is
        if text.isupper() or not any(c.islower() for c in text):
            return found  # no lower-case letter: no stranger typed in lower case
        busy = [*taken, *((f.start, f.end, True) for f in found)]
        misspelt = (lambda word: self.near.find(word) is not None) if self.near else None
        tokens = set(note_tokens.tokens(low))  # split once, shared (`note_tokens`)
        lower = lowercase_names.find(text, low, busy, misspelt, tokens)
        if titles is None or titles:  # the name automaton saw a title ("dr ", "mrs. ")
            lower += caseless.after_titles(text, low, [*busy, *((s, e, True) for s, e in lower)])
        lower += caseless.signed(text, [*busy, *((s, e, True) for s, e in lower)], tokens)
        lower += [
            (s, e)
            for s, e in kin_names.after_kin(text, low, [*busy, *((s, e, True) for s, e in lower)])
            if low[s:e].split(" ", 1)[0] not in self.safe
            and low[s:e].split(" ", 1)[0] not in self.registered
        ]  # "daughter pat lives close by", "SON ROB 285-…"
        lower += cued_names.after_cues(text, low, [*busy, *((s, e, True) for s, e in lower)])
        lower += attendance_lists.items(
            text,
            low,
            [*busy, *((s, e, True) for s, e in lower)],
            [(f.start, f.end) for f in found if not f.entries],  # "Alaster Shek": Shek found
            (lambda word: self.near.listed(word) is not None) if self.near else None,
            [(s, e) for s, e, named in taken if named],  # the registered names found
        )
        lower += registered_cases.find(text, low, tokens, self.near, self.registered)
        lower.sort()
        if not lower:
            return found
        lower = [
            (s, e)
            for s, e in lower
            if not context.closing_formula(text, low, s, e)
            and not context.after_negation_or_article(low, s)  # "ei peritä", "eivät ole"
            and not context.broken_word(low, s, low.find(" ", s) if " " in low[s:e] else e)
            and not finnish_derivation.hyphen_second_part(low, s, e)  # "tasa-arvo ei ole"
        ]
        for s, e in lower:  # "pratade med ssten", "soitin maaritille": that person
            near = self._lower_reading(text, low[s:e], s, e) if self.near else None
            if near is None and self.near and attendance_lists.listed(text, low, s):
                near = self.near.listed(low[s:e])  # "Afbud: Brag": Brage misspelt
            found.append(Found(s, e, *((near.entries, "near") if near else ((), "lexicon"))))
        return sorted(found)

    def _registered_inflected(self, word: str) -> bool:
        """Whether the lower-case `word` is a registered one-word form with a case glued on
        ("ennen", Enne's; "dagin", Dag's): the registered name, not a slip of one."""
        return bool(self.near) and bool(self.near.inflected(word) or self.near.finnish_case(word))

    def _lower_reading(self, text: str, word: str, start: int, end: int) -> NearMiss | None:
        """Whose registered name the word found by the lower-case passes is: an exact form
        with a Finnish case in a Finnish sentence ("Norellin" is Norell's, not a slip of
        Norlin), else `NearMisses.reading`."""
        if note_language.sentence_language(text, start, end, count_word=False) == (
            "fi",
        ) and not note_language.word_of(word, "fi"):
            found = self.near.finnish_case(word)
            if found is not None:
                return found
        return self.near.reading(word)

    def _capitalised(
        self,
        text: str,
        low: str,
        taken: list[tuple[int, int, bool]],
        language: list[tuple[str, ...]],
        titles: set[int] | None = None,
    ) -> list[Found]:
        """Names in `text` (`low` is its lower case, same length) outside the sorted,
        non-overlapping stretches `taken` (start, end, whether it is a name). `language`
        holds the guessed languages of the text once guessed (shared with the caller);
        `titles` the starts of words right after a formal title ("dr ", "fru ")."""
        self._text = text
        found = self._after_titles(text, low, taken, titles) if titles else []
        if "<" in text and "@" in text:
            found += self._display_names(low, taken, found)
        # Most texts end here: only ordinary and registered words. (`-`, not `-=`: the
        # in-place form walks the whole of `_boring` whenever it is under 8x the text's words.)
        capitalised = set(_CAPITALISED.findall(text))
        distinct = capitalised - self._boring
        compounds = capitalised.intersection(self._compounds)  # ordinary at an opening only
        if not distinct and not compounds:
            return found
        if len(self._classes) > 50_000:  # bounded memory on a very large release
            self._classes.clear()
            self._boring.clear()
            self._varies.clear()
            self._compounds.clear()
            self._compound_kinds.clear()
        rows = {}
        for written in distinct:
            per_language = self._classes.get(written)
            if per_language is None:
                per_language = self._classes[written] = by_language.per_language(
                    self._word_kind(written), written, self._sets, self._common
                )
                if not any(per_language):
                    self._boring.add(written)
                elif len(set(per_language)) > 1:
                    self._varies.add(written)
            rows[written] = per_language
        varying = self._varies.intersection(rows)
        column = 0
        if varying:
            if not language:
                language.append(guess_languages(low, self.languages))
            column = self._sets.index(language[0])
        classes = {w: row[column] for w, row in rows.items() if row[column] or w in varying}
        compounds |= capitalised.intersection(self._compounds)  # judged for the first time
        classes.update((w, None) for w in compounds if w not in classes)
        if not classes:
            return found
        words: list[_Word] = []
        labels: set[int] = set()  # indices in `words` of the neighbour languages' labels
        index, count = 0, len(taken)
        for start, written in whole_words.between_non_letters(text, list(classes)):
            end = start + len(written)
            while index < count and taken[index][1] <= start:
                index += 1
            if index < count and taken[index][0] < end:
                continue
            cls = classes[written]
            if cls is None and written in compounds and not sentence_start(text, start):
                cls = self._compounds[written]  # "Hon träffade Benedetta", "Zurab Viergiver"
            if written in varying:  # a mixed note: the words around it decide (after a
                # label, for a function word, the words of the turn: "Int: Och sedan?")
                local = namecontext.local_language(
                    low, start, end, next_only=_turn_function_word(low, start, end)
                )
                if local is not None:
                    cls = rows[written][self._sets.index(local)]
            if (
                cls in _NEIGHBOURLY
                and (
                    (
                        note_language.ordinary_here(
                            text, low, start, written.lower(), name=cls == _NAME
                        )
                        and not (
                            cls == _UNKNOWN
                            and (
                                near_openings.name_not_form(written.lower(), self.near)
                                or near_openings.signed_slip(low, start, end, self.near)
                            )
                        )
                    )
                    or (cls == _NAME and partitive_predicates.opening_subject(text, start, written))
                    or (
                        cls == _NAME and neighbour_openings.unregistered_word(text, low, start, end)
                    )
                    or (cls == _NAME and name_words.swedish_opening(text, start, written.lower()))
                )
                and not (cls == _NAME and name_words.subject_here(text, low, start, end))
            ):
                # "Hun", "Siksi", "Heute" in a sentence in Norwegian, Finnish, German; "Onni
                # oli lyhyttä": a Finnish noun before a partitive predicate; "Pappas bil"
                cls = _COMMON if cls == _NAME else None
                if cls and note_language.nobodys_name_here(text, start, written.lower()):
                    cls = None  # "Isä kertoi", "Mies sanoi": a word none of them bears
            if cls == _NAME and finnish_family_nouns.opening_noun(text, start, written):
                cls = _COMMON  # "Järvi on neljä mailia leveä": the lake, nobody of that family
            if cls in _NEIGHBOURLY and _hyphen_compound(text, start, end):
                continue  # "Keski-ikäinen mies": a compound's first part, no name
            if cls == _NAME and weekday_runs.names_day(text, start, end):
                cls = _COMMON  # "Tor och fre är hon ledig": the weekday, nobody named Tor
            label = (
                cls == _UNKNOWN
                and not written.isupper()
                and neighbour_labels.common_inside(text, start, end, written.lower())
                and not self._registered_inflected(written.lower())  # "Kävimme Ennen luona"
                and not vocatives.addressed(text, low, start, end)  # "Terve Meno, ..."
                and not _named_here(
                    text,
                    low,
                    start,
                    end,
                    taken,
                    index,
                    beside=self.near.find(written.lower()) is not None,
                )
            )  # "klikk deretter Tillat for økt": a word of the sentence's language, as a
            # Swedish or English common word is, unless the context names a person (a name
            # beside it does so only for a near miss of a registered name: "Lopuksi Reino")
            if cls is None:
                continue
            if cls == _UNKNOWN and len(written) <= 4 and written.isupper():
                if _lower_case_on_line(text, start, end) and not (
                    self.near and self.near.find(written.lower())
                ):
                    continue  # "Tele SR", "Pos BS", "CV-MP": an abbreviation in mixed case
            shouted = (
                cls in (_NAME, _GENITIVE)
                and written.isupper()
                and not _in_a_run(text, start, end)
                and shouted_names.alone(
                    text, start, end, written[:-1].lower() if cls == _GENITIVE else written.lower()
                )
                and _lower_case_on_line(text, start, end)
            )  # "Men när VICTORIA skrek": a name shouted in mixed case, judged as if capitalised
            if (
                (cls == _PLACE or written.isupper())
                and not shouted
                and not _in_a_run(text, start, end)
                and (written.isupper() or not context.after_person_word(low, start))
            ):
                # A town or an acronym alone ("Sverige", "PHQ") is no name: skip the rules,
                # unless an acronym-like word is a misspelt registered name ("KRISTNA").
                if cls != _UNKNOWN or not (self.near and self.near.find(written.lower())):
                    continue
            if cls == _NEAR_IF_NAMED:
                # An ordinary word may still be a misspelt registered name where the context
                # says it is a name ("Kristna came", "Kristna Ek"; "kristna" is Swedish), or
                # the word belongs to another language than the words around it.
                if greetings.salutation_word(text, start, end):
                    continue  # "Dear Gitte Holm,": the letter's salutation, no slip of Dean
                if written.lower() in vocab.INDEPENDENT_POSSESSIVES and sentence_start(text, start):
                    continue  # "Mine came with a wall adapter": the pronoun, where the capital
                    # says nothing; "met Mine at the gate" inside a sentence stays a slip
                if (
                    written[-1] == "s"
                    and written[:-1].lower() in self.registered
                    and owner_genitives.word_not_genitive(text, low, start, end)
                ):
                    continue  # "Annars går det": names.py read the word, no slip of Annar
                slot = False
                if _named_here(text, low, start, end, taken, index) or _foreign_here(
                    text, low, start, end
                ):
                    near = self.near.find(written.lower())
                elif slot := written[1:].islower() and slot_slips.person_slot(text, low, start):
                    near = self.near.find(written.lower())  # "Enligt Rida har": one person
                    near = near if near and len(near.entries) == 1 else None
                else:
                    near = None
                if near:
                    if (
                        written[-1] == "s"
                        and not all(form.endswith("s") for form in near.forms)
                        and _genitive_before_noun(text, low, end)
                    ):  # "att Firs skickar" (Fors): a name's own "s" is no genitive
                        bare = self.near.find(written[:-1].lower())
                        if bare or not slot:  # "Jeg mødte Karls uden": all of it (Karlos)
                            near = bare or near
                            end -= 1  # "Kristnas mother": the slip, then its genitive s
                    found.append(Found(start, end, near.entries, "near"))
                continue
            if cls == _RARE and _given_genitive(text, low, start, end):
                cls = _NAME  # "mellan Svens energi", "påbörjade vi Britts träning"
                end -= 1
            if cls == _GENITIVE and owner_genitives.verb_before_pronoun(text, low, start, end):
                continue  # "Rejs dig op" (get up): a verb before its object, no Rej's
            if cls == _GENITIVE and note_language.no_genitive_s(text, start, end):
                cls = _UNKNOWN  # "Leivos maistui": Finnish has no genitive "s" ("Leivo's")
            if cls == _GENITIVE:  # "Bertils place": the name without its genitive s
                cls = _NAME  # ... but "Dimitris Nikolaidis came", "Dimitris said": all of it
                if _genitive_before_noun(text, low, end):
                    end -= 1
            if label:
                labels.add(len(words))
            words.append(_Word(start, end, str(cls), written.isupper() and not shouted))
        if labels:
            words = _without_labels(text, words, labels)
        if words:
            found += _Decision(self, text, low, taken, words).found()
        return found

    def _after_titles(
        self, text: str, low: str, taken: list[tuple[int, int, bool]], titles: set[int]
    ) -> list[Found]:
        """A capitalised word right after a formal title is a name, even an ordinary word
        ("Dr Rand", "Mrs Brown"); not after "miss", which is a verb as well."""
        found = []
        for start in sorted(titles):
            if start >= len(text) or not text[start].isupper():
                continue
            end = start + 1
            if text[end : end + 1] in _APOSTROPHES and text[end + 1 : end + 2].isalpha():
                end += 1  # "Dr. O'brien", "Dr D'Souza"
            while end < len(text) and text[end].isalpha():
                end += 1
            word = low[start:end]
            if (
                text[max(0, start - 4) : start].rstrip(" .").endswith("MS")
                and word in vocab.known_words()
                and word not in self.names
            ):
                continue  # "monitor MS. Restart ...": mental state or morphine, not "Ms"
            if (
                len(word) < 2
                or word in vocab.TITLES
                or word in vocab.PLACE_WORDS
                or word in vocab.MONTHS
                or word in vocab.TIME_WORDS
                or word in self.safe
                or word in self.registered  # names.py has decided
                or low[max(0, start - 6) : start].rstrip(" .").endswith("miss")
                or any(s < end and start < e for s, e, _n in taken)
            ):
                continue
            near = self.near.find(word) if self.near else None
            if not near:
                end = self._rest_of_name(text, low, end)  # "doktor Zeinab Haj Omar"
            found.append(
                Found(start, end, near.entries if near else (), "near" if near else "lexicon")
            )
        return found

    def _display_names(
        self, low: str, taken: list[tuple[int, int, bool]], found: list[Found]
    ) -> list[Found]:
        """The words of a display name in an e-mail header ("From: Ene <…>"), whatever they
        are, unless registered (names.py has decided) or found already."""
        text = self._text
        out = []
        for start, end in namecontext.header_names(text):
            word = low[start:end]
            if (
                word in self.registered
                or word in self.safe
                or (word in vocab.TITLES and text[end:].lstrip(" \t")[:1] != "<")
                or any(s < end and start < e for s, e, _n in taken)
                or any(f.start < end and start < f.end for f in found)
            ):
                continue  # (a title last before the address titles nobody: "Fra: Mx <…>")
            if self.word_class(text[start:end]) not in (None, _COMMON, _RARE, _PLACE):
                continue  # a name or an unknown word: the rules decide, near misses too
            near = self.near.find(word, named=True) if self.near else None
            if not near and service_senders.service(
                text[start:end], service_senders.rest_of_slot(text, end)
            ):
                continue  # "Från: Mottagningen <…>", "From: The front desk <…>": a service
            # (a rare word or a town is taken here: a display name names its sender, and a
            # rule for such a word alone would leave it, "From: Balster Kukulski <…>")
            out.append(
                Found(start, end, near.entries if near else (), "near" if near else "lexicon")
            )
        return out

    def _rest_of_name(self, text: str, low: str, end: int) -> int:
        """The end of up to two more capitalised words after a name that a title opens, when
        they are names or no ordinary words."""
        for _ in range(2):
            if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
                break
            stop = end + 1
            while stop < len(text) and text[stop].isalpha():
                stop += 1
            word = low[end + 1 : stop]
            if (
                stop - end < 3
                or text[end + 1 : stop].isupper()
                or word in self.registered
                or (word not in self.names and word in vocab.function_words())
                or word in _NOT_GIVEN
                or word in vocab.RELATIONS
            ):
                break
            end = stop
        return end

    def word_class(self, written: str) -> str | None:
        """A capitalised word's class, ordinary in any of the study's languages."""
        return by_language.resolve(self._word_kind(written), self._any_common)

    def _word_kind(self, written: str) -> by_language.Kind:
        """What a capitalised word is, the same wherever it stands (so it is cached), but for
        the note's language (`by_language`)."""
        if len(written) < 2 or not written[0].isupper() or word_readings.glued_capitals(written):
            return None  # "NOTto": emphasis run into the next word
        word = written.lower()
        if word_readings.drawn_out(word, self.registered) and not self._typed_for_name(word):
            return None  # "Åååå", "Neeej": a word drawn out as it is spoken ("Seeell" is Sewell)
        if (
            self.near
            and word not in self.names
            and word not in self.places
            and word not in vocab.known_words()
            and word not in peoples.ADJECTIVES  # "Asian" beside a registered Asia
            and not finnish_imperatives.is_imperative(word)  # "Toivota" (wish), not Toivo's
            and self.near.inflected(word)
        ):
            return _UNKNOWN  # "Kristinalle", "Lundqvistarna": a registered name, inflected
        if word not in self.names and (word in self._any_common or vocab.is_word_form(word)):
            if (
                len(word) >= MIN_LENGTH
                and word not in self.safe
                and word not in vocab.function_words()  # "Vill", "Hade": too frequent to be slips
                and self.near
                and self.near.plausible(word)
                and self.near.find(word)
            ):
                return _NEAR_IF_NAMED
            if word in self._any_common or word in self.safe or word in self.registered:
                return None
            # A rare dictionary word ("Alver"): a name only where the setting says person.
            if (
                len(word) < 3
                or written.isupper()
                or word in _NOT_GIVEN
                or word[:-1] in _NOT_GIVEN  # "Saturdays", "Mondays"
                or word in vocab.RELATIONS
                or (word[-1] == "s" and word[:-1] in vocab.RELATIONS)  # "Vännens bild"
                or (len(word) >= 9 and word.endswith(vocab.BODY_ENDINGS))
            ):
                return None  # "Kusinen", "Beroendemottagningen": a role or a body, no name
            if compound_nouns.is_compound_noun(word):
                if self._named_inside(word):  # "Läkarbesök, läkaren ..."
                    self._compounds[written] = _RARE
                return None
            return _RARE
        cls = self._classify(word)
        if cls is None and word in self._compound_kinds:
            self._compounds[written] = self._compound_kinds[word]
        if cls == _PLACE and len(word) >= MIN_LENGTH and self.near and _one_slip(word, self.near):
            return _UNKNOWN  # a registered name slipped into a town ("Lubny"), one slip only
        if cls == _UNKNOWN and word.endswith("s") and len(word) > 3:
            base = word[:-1]
            if base in self.registered or base in self.safe:
                return None  # a registered name's genitive: names.py has decided
            if isinstance(base_cls := self._classify(base), by_language.Either):
                return by_language.Either(base, _UNKNOWN, _GENITIVE)  # unless a word there
            return _GENITIVE if base_cls == _NAME else _PLACE if base in lexicon.lands() else cls
        return cls

    def _named_inside(self, word: str) -> bool:
        """Whether a compound noun (`compound_nouns`) capitalised inside a sentence may be a
        name: not one with its definite ending ("Folkpensionen": nobody is called by a noun
        with its article) nor a town's Finnish case ("Tampereelle")."""
        return not compound_nouns.definite_compound(word) and not any(
            base in self.places for base in name_inflection.bases(word)
        )

    def _typed_for_name(self, word: str) -> bool:
        """Whether a word with a letter thrice is a registered name misspelt ("Seeell")."""
        near = self.near.find(word) if self.near else None
        return near is not None and word_readings.typed_for(word, near.forms)

    def _classify(self, word: str) -> by_language.Kind:
        if word in self.registered or word in self.safe or word in vocab.TITLES:
            return None
        if word in vocab.ATTENDANCE or word in vocab.LABELS or word in attendance_lists.LABELS:
            return None  # "Attendees:", "Adr:", "Pnr:", "Paikalla:"
        if word in lexicon.lands() and word not in _GIVEN_LANDS:
            # "America will persevere": a country, though some bear it as a given name; like
            # an ordinary word that is a name, a person only where the setting says so ("met
            # Kenia", "Kenia said"). A registered one has decided already.
            return _COMMON if word in self.names else _PLACE
        if word in self.names or ascii_fold(word) in self.names:
            # Only here does the note's language matter: "Inga" in English, "inga" in Swedish.
            return by_language.Either(word, _COMMON, _NAME)
        if word in self._any_common or vocab.is_word_form(word) or word in peoples.ADJECTIVES:
            return None  # an ordinary word of either language is no name ("Several", "Asian")
        if word in self.places and not town_names.given(word):  # "Gyula": as U
            return _PLACE  # a town nobody knows as a name ("Aleppo"), unless in a name
        if wordforms.slip_of_word(word, self._any_common) and not (
            self.near and self.near.find(word)
        ):
            return _RARE  # a word misspelt in a hurry ("Föresllår", "Kontaktpersson"),
            # unless the setting says person ("Maricel Riveros": not "rivers")
        if word in vocab.RELATIONS or (word[-1] == "s" and word[:-1] in vocab.RELATIONS):
            return None  # "Informanten", "Intervjupersonens": a role, never a name
        if (
            word in role_parentheses.FINNISH_ROLE_NOUNS
            or word in role_parentheses.COMPANION_NOUNS
            or word in role_parentheses.CIRCLE_NOUNS
            or role_parentheses.role_compound(word)
        ):
            return None  # "Omainen:", "Vastuuhenkilö:": a Finnish role, no name, and a
            # companion's or peer worker's title ("Følgesvenn:", "Ledsagare:") or a club's
            # office ("Tovholder:", "Arvostelija:"); the other Scandinavian ones, "Naboen
            # Abdullo", stay in the run `function_edges` cuts
        if finnish_compounds.naming_noun(word):
            return None  # "Käyttäjänimi, josta ...": a user name, a kind of name
        if any(
            base in lexicon.lands() and base not in _GIVEN_LANDS
            for base in name_inflection.bases(word)
        ):
            return _PLACE  # "Libyan hallitus", "Amerikkaan": a country's Finnish case
        kind = _NAME if name_inflection.name_shaped(word) else _UNKNOWN  # "-nen", "Jukalle"
        if compound_nouns.is_compound_noun(word):
            if self._named_inside(word):
                self._compound_kinds[word] = kind
            return None  # "Skogshuggare sa", "Kotikäynti:": two words of one language as one
        return kind


# Countries that English speakers commonly bear as given names (the three of `lexicon.lands()`
# that Faker's en_US and en_GB person providers list as first names, checked 2026-12-05): a
# stranger so named stays a name without a cue ("Jordan pudistelee päätään", "Jordan shook
# his head"), as before the country rule; "America" and "Kenia" are no such names.
_GIVEN_LANDS = frozenset({"chad", "georgia", "jordan"})


class _Decision:
    """The rules of the module docstring over the candidate words of one text."""

    def __init__(
        self,
        finder: UnregisteredNames,
        text: str,
        low: str,
        taken: list[tuple[int, int, bool]],
        words: list[_Word],
    ) -> None:
        self.finder, self.text, self.low, self.words, self.taken = finder, text, low, words, taken
        self._names: dict[int, int] | None = None  # start -> end of every name so far
        self._found: dict[int, int] = {}

    @property
    def name_spans(self) -> dict[int, int]:
        if self._names is None:  # built when a rule first needs it
            self._names = {s: e for s, e, is_name in self.taken if is_name}
            self._names.update((w.start, w.end) for w in self.words if w.cls == _NAME)
        self._names.update(self._found)
        return self._names

    def is_name(self, start: int, end: int) -> bool:
        return any(s <= start < e for s, e in self.name_spans.items())

    def found(self) -> list[Found]:
        found: list[Found] = []
        words = self.words
        i = 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and _joined(self.text, words[j], words[j + 1]):
                j += 1
            run = words[i : j + 1]
            i = j + 1
            whole = self._run(run)
            cut = _without_opener(self.text, run, whole)
            for hit in cut if cut == whole else [self._alone(run, hit) for hit in cut]:
                found.append(hit)
                self._found[hit.start] = hit.end
        return found

    def _run(self, run: list[_Word]) -> list[Found]:
        text, low, finder = self.text, self.low, self.finder
        if context.closing_before_signer(low, run[0].start, run[0].end):
            run = run[1:]  # "Hilsen NAV-kontoret", "Mvh Kari Nord": the closing, then the signer
            if not run:
                return []
        if (
            len(run) == 1
            and run[0].caps
            and not self._near(run[0])
            and not self._genitive_near(run[0])
        ):
            return []  # a word in capitals alone is found only as a near miss (`_words`):
            # the rules below would all end in nothing (a third of the runs of clinical notes)
        if all(w.caps for w in run) and shouted_names.heading_line(text, run[0].start, run[-1].end):
            return []  # a heading typed in capitals: "HAVAINTOLOKI NRO 12", "FELTDAGBOK NR"
        if (
            len(run) == 1
            and (
                namecontext.signature_name(low, run[0].start, run[0].end)
                or namecontext.display_name(text, run[0].end)
                or namecontext.labelled_person(text, low, run[0].start, run[0].end)
            )
            and service_senders.service(
                text[run[0].start : run[0].end], service_senders.rest_of_slot(text, run[0].end)
            )
            and not self._near(run[0])
        ):
            return []  # "Ystävällisin terveisin,⏎Vastaanotto": a service signs, no person;
            # "From: Helpdesk": a service sends
        if len(run) == 1 and _NEGATED.match(text, run[0].end) and low[run[0].end - 1] == "n":
            return []  # "Don't", "Won't": English "not" cliticised onto its verb, no Don
        if len(run) == 1 and bare_contractions.opens_clause(text, low, run[0].start, run[0].end):
            return []  # "Ive moved", "Theres a movie": "I've", "there's" without the apostrophe
        if len(run) > 1 and run[0].caps and run[0].end - run[0].start >= 3 and not run[1].caps:
            run = run[1:]  # an acronym opens an organisation's name: "RSMH Stockholm"
        town = residence_places.town_in(low, [w.start for w in run], run[-1].end)
        if town is not None:
            # where somebody lives or moved: "vaks opp i Tangen", "Muutti Taipalsaari:iin"
            run = run[:town]
            if not run:
                return []
        if len(run) == 1 and residence_places.residence_verb(low, run[0].start, run[0].end):
            return []  # the verb of that setting opening a line: "Vaks opp i Tangen"
        if all(w.cls == _UNKNOWN for w in run) and headings.heading_line(
            text, run[0].start, run[-1].end
        ):
            return []  # a heading alone on its line over the note: "Samandrag:"
        if (
            len(run) == 1
            and run[0].cls == _UNKNOWN
            and (part := headings.document_part(text, run[0].start, run[0].end))
            and document_titles.title_noun(low[run[0].start : run[0].end], part)
        ):
            return []  # a numbered document's title: "Transkripsjon, samtale 112a"
        if len(run) == 1 and (around := headings.numbered_label(text, run[0].start, run[0].end)):
            if note_language.heading_word(low[run[0].start : run[0].end], around):
                return []  # a numbered part's heading: "Loki 9 – kierros" (log 9, round)
        names = _count(run, _NAME)
        if len(run) > 1 and low[run[0].start : run[-1].end] in finder.safe:
            return []  # the study lead marked the whole name safe
        if organisations.legal_form_follows(text, run[0].end) and not _owner_named(low, run):
            return []  # a firm: "Lindqvist AB", "Nilsson Bygg AB", "Garcia LLC"
        if len(run) == 1 and (
            finnish_compounds.common_tail(text, run[0].end)
            or finnish_compounds.suspended_part(text, run[0].end)
        ):
            return []  # "Tasa-arvoon liittyviä", "Mäki- tai metsämaastossa": a compound
        if len(run) == 1 and possessive_determiners.opens_sentence(
            text, low, run[0].start, run[0].end
        ):
            return []  # "Hans nummer i journalen är", "Hendes nummer:": his, her
        if len(run) == 1 and sentence_start(text, run[0].start):
            if (
                context.abbreviated(text, run[0].end)
                or context.sign_off_line(low, run[0].start)
                or context.speaker_label(text, run[0].start, run[0].end)
                or speaker_turns.self_label(text, run[0].start, run[0].end)
            ):
                return []  # "Pat. lugn", "Pat: mår bra" (patient), "Best wishes,", "Meg: eg"
        if context.closing_formula(text, low, run[0].start, run[-1].end):
            return []  # "Best, Guled Farah", "Viele Grüße, Filip": the closing, then the name
        if context.dose_follows(low, run[0].start, run[-1].end):
            return []  # a medicine: "Abilify Maintena 400 mg"
        if (
            len(run) == 1
            and low[run[0].start : run[0].end] in finder._any_common
            and person_cues.modifies_role(text, low, run[0].end)
        ):
            return []  # "Case managern förklarade": a word of the role's name, no person
        if low[max(0, run[0].start - 6) : run[0].start].rstrip().endswith(_SAINT):
            return []  # a saint, and the hospital or church named after one: "S:t Görans"
        unknown = _count(run, _UNKNOWN) + _count(run, _PLACE)
        if (
            unknown == len(run)
            and all(w.cls == _PLACE for w in run)
            and not context.after_person_word(low, run[0].start)
        ):
            given = _given_lead(text, low, run)
            return [given] if given else []  # "then Jasper Mackay came"; towns ("Aleppo")
        if unknown == len(run) > 1 and context.place_position(low, run[0].start):
            return []  # a town of two words after "i", "in", as one: "bor i Kuala Lumpur"
        if _from_workplace(text, run):  # "Florin Krenarsen på legekontoret kom sent"
            return [Found(run[0].start, run[-1].end, (), "lexicon")]
        if len(run) > 1 and (
            names >= 2 or ((names or unknown >= 2) and not _place_follows(low, run[-1].end))
        ):  # "Bertil Wahlgren", "Aleksei Aasa": a given and a family name
            return [Found(run[0].start, run[-1].end, (), "lexicon")]
        if common_halves.pair(text, low, [(w.start, w.end) for w in run], [w.cls for w in run]):
            return [Found(run[0].start, run[-1].end, (), "lexicon")]  # "Roman Dlamini"
        if len(run) > 1 and _next_word(low, run[-1].end) in vocab.STRONG_FOLLOWERS:
            if any(w.cls != _COMMON for w in run):  # "Grace Akinlabi said", not "Hope Grace"
                return [Found(run[0].start, run[-1].end, (), "lexicon")]
        if len(run) == 1 and run[0].cls == _UNKNOWN and not run[0].caps:
            pair_end = _family_word_then_verb(text, low, run[0].end)
            if pair_end:  # "Shannan Roe works": a family name that is also a word
                return [Found(run[0].start, pair_end, (), "lexicon")]
            lead = common_halves.field_lead(text, low, run[0].start, run[0].end)
            if lead is not None and not self.is_name(lead, lead + 1):
                return [Found(lead, run[0].end, (), "lexicon")]  # "Participant: Piers Oyelaran"
        given = _given_lead(text, low, run)
        if given:
            return [given]  # "with Basil Ndlovu of"
        lead = _lead_word(text, low, run[0].start)
        found = self._words(run, lead)
        if len(run) == len(found) == 1 and run[0].cls == _NAME and found[0].via == "lexicon":
            found[0] = found[0]._replace(end=ordinary_family.end(text, low, *run[0][:2]))
        if found and lead is not None and not _place_follows(low, run[-1].end):
            # A capitalised word before it is the given name ("then Eden Kahsay rang").
            found.append(Found(lead, run[0].start - 1, (), "lexicon"))
        if found and len(run) > len(found) and not _place_follows(low, run[-1].end):
            # One word of a run is a name: so is the run ("Eden Tekle", "Bailie McCourt").
            inside = {f.start for f in found}
            found += [
                Found(w.start, w.end, (), "lexicon")
                for w in run
                if w.start not in inside
                and (w.cls not in (_COMMON, _RARE) or not sentence_start(text, w.start))
            ]
            found.sort()
        return found

    def _alone(self, run: list[_Word], hit: Found) -> Found:
        """A name of a run whose opening word was cut off ("Soitin Nasrinille": an ordinary
        word of the sentence, then the name), read again as the one word it now is: the
        registered person it is the near miss or the case of ("Nasrinille", Nasrin's), as it
        would be without the word before it; else as it was."""
        if hit.entries or hit.via != "lexicon":
            return hit
        word = next((w for w in run[1:] if (w.start, w.end) == (hit.start, hit.end)), None)
        near = self._near(word) if word is not None else None
        return hit._replace(entries=near.entries, via="near") if near else hit

    def _words(self, run: list[_Word], lead: int | None) -> list[Found]:
        low, finder = self.low, self.finder
        found = []
        for word in run:
            near = None
            if (
                len(run) == 1
                and (word.cls == _UNKNOWN or low[word.start : word.end] in finder.places)
                and context.place_position(low, word.start)
                and not self._owner_after_preposition(word)
            ):
                continue  # a town after "i" or "move to" ("i Pune", "till Prishtina"), even
                # one that is a slip or two from a registered name
            end = word.end
            near = self._near(word)
            if near is None:
                near = self._genitive_near(word)  # "Keivns lägenhet"
                end = word.end - 1 if near else end  # the "s" stays after the tag
            if near:
                found.append(Found(word.start, end, near.entries, "near"))
            elif word.caps and len(run) == 1:
                continue  # an acronym or a shouted word alone
            elif self._is_name(word, run, run[0].start if lead is None else lead):
                near = None
                if word.cls == _UNKNOWN and finder.near:
                    near = finder.near.find(low[word.start : word.end], named=True)
                if near:
                    found.append(Found(word.start, word.end, near.entries, "near"))
                else:
                    found.append(Found(word.start, word.end, (), "lexicon"))
        return found

    def _near(self, word: _Word) -> NearMiss | None:
        """The registered names an unknown word is a near miss of (or None)."""
        finder = self.finder
        written = self.low[word.start : word.end]
        if closed_words.closed(written):
            return None  # a pronoun or an interjection ("Minä:", I, as a message's sender;
            # "Mitä", what): the list holds no name of the lexicon, and none is one slip away
        if greetings.salutation_word(self.text, word.start, word.end):
            return None  # "Dear Gitte Holm,", "Kære Maja,": the letter's salutation, no slip
            # of a registered "Dean" or "Käte"
        if finder.near and (
            word.cls == _UNKNOWN or (word.cls == _NAME and written not in finder.names)
        ):  # ... or shaped like a family name: "Þorrfinnursson" for Þorfinnursson
            finnish = (
                note_language.sentence_language(self.text, word.start, word.end, count_word=False)
                == ("fi",)
                and not note_language.word_of(written, "fi")  # "Hänen" after a lost stop
            )
            found = finder.near.finnish_case(written) if finnish else None  # "Dagin": Dag's
            if found is None and finnish and word.cls == _UNKNOWN:
                if _borrowed_word(written, finder):
                    return None  # "Wordista": from Word; "Vektorien", "Vektorit": no slips
            found = found or finder.near.reading_at(self.text, word.start, written)
            if found is None and word.cls == _UNKNOWN and written[1:].islower():
                found = finder.near.short_slip(written)  # "Foxx" (Fox), "Knt" (Knut)
            if found is None and finnish and word.cls == _UNKNOWN:
                found = finder.near.inflected_slip(written)  # "Aksalin": Aksel's, misspelt
            return found
        return None

    def _genitive_near(self, word: _Word) -> NearMiss | None:
        """The registered names an unknown word with a genitive "s" before a noun is a near
        miss of ("Keivns lägenhet"), or None."""
        finder = self.finder
        written = self.low[word.start : word.end]
        if (
            finder.near
            and (word.cls == _UNKNOWN or (word.cls == _NAME and written not in finder.names))
            and _genitive_before_noun(self.text, self.low, word.end)
        ):
            return finder.near.genitive(written)
        return None

    def _owner_after_preposition(self, word: _Word) -> bool:
        """An unknown word in the genitive before its noun right after a preposition of
        place: the owner, not a town ("in Łucja's speech"; `owner_genitives`)."""
        if word.cls != _UNKNOWN:
            return False
        prev, gap = previous_word(self.low, word.start)
        return owner_genitives.after_preposition(
            self.text, self.low, word.start, word.end, prev, gap
        )

    def _beside_or_awaited(self, run: list[_Word], first: int, last: int) -> bool:
        """Whether the run of capitalised words low[first:last] is whom someone sat beside or
        waited for (`slot_slips.beside_or_awaited`): no word of it a place, none before it
        ("sat next to Lake Vättern"), and after "waited for" every word a name of the
        lexicon, since an unknown word there is as often an event or a firm ("waited for
        Brexit", "for Ryanair")."""
        if first != run[0].start or any(word.cls == _PLACE for word in run):
            return False  # "sat next to Lake Vättern": a common word leads the run
        slot = slot_slips.beside_or_awaited(self.low, first, last)
        if slot is None:
            return False
        return slot == "beside" or all(word.cls == _NAME for word in run)

    def _is_name(self, word: _Word, run: list[_Word], first: int) -> bool:
        text, low, finder = self.text, self.low, self.finder
        start, end, cls, _caps = word
        last = run[-1].end
        prev, gap = previous_word(low, first)
        if prev and (gap in ("", ",") or (gap == "." and prev in vocab.ABBREVIATED_TITLES)):
            if (
                prev in vocab.TITLES
                or prev in vocab.RELATIONS
                or prev in vocab.PERSON_VERBS
                or (not gap and person_cues.after_inverted_subject(low, first))
                or (not gap and self._beside_or_awaited(run, first, last))
            ):
                word_low = low[start:end]
                if word_low not in vocab.TIME_WORDS and word_low not in vocab.MONTHS:
                    return True  # rule 3 ("träffade vi Hans, som bor ...", "sat next to
                    # Wae in the third row", "waited for Bryony outside")
        if namecontext.says_person(text, low, start, end, last, first, prev, gap):
            # rule 5, not "according to Christian belief": an adjective before its noun, nor
            # "Hilsen⏎Meg" (regards, me)
            return not peoples.adjective(
                text, low, start, last, None if gap else prev
            ) and not nordic_lower.signed_by_pronoun(text, low, start, end)
        if start == first and person_cues.named_as(low, first, prev):
            word_low = low[start:end]
            if word_low not in vocab.TIME_WORDS and word_low not in vocab.MONTHS:
                return True  # rule 3 with a phrase: "goes by Kiki", "heter egentligen Sanna"
        if start == first and mention_cues.person_cue(text, low, first, last, prev, gap):
            word_low = low[start:end]  # rule 3 with a phrase: "says Budai", "när X nämndes"
            if word_low not in vocab.TIME_WORDS and word_low not in vocab.MONTHS:
                if cls != _PLACE and word_low not in finder.places:
                    return True
        if end == last and person_cues.initial_follows(text, last):
            return True  # rule 5: "(Lena S.)", "Viking R. ringer"
        if cls == _RARE:  # a rare word: only the settings above make it a name, and a call
            return start == first and vocatives.addressed(text, low, first, last, slip=True)
        lowered = low[start:end]
        if (
            (cls == _UNKNOWN or lowered in finder.places)
            and context.place_position(low, first)
            and not self._owner_after_preposition(word)
        ):
            return False  # rule 6: "barndom i Erbil", "in Karesuando", "flytta till Lund"
        if cls == _COMMON and (
            lowered in vocab.PRONOUNS
            or lowered in lowercase_registered.FUNCTION
            or nordic_lower.subject_pronoun_here(text, start, lowered)
        ):
            return False  # rule 6; "Och gick min väg", "Ho kom inn" (Nynorsk "she")
        if prev in _FROM and not gap and mention_cues.someone_from(low, first):
            return False  # rule 6: "Nobody from Postnord came", a body, not a person
        if cls == _COMMON and lowered in lexicon.lands() and _with_person(low, first, prev, gap):
            return not _place_follows(low, last)  # "samtal m. Jordan", as an unknown word
        if cls == _NAME:  # rule 4
            if _place_follows(low, last):
                return False
            if len(run) == 1 and role_parentheses.role_label(text, start, end):
                return False  # "Asukas: Norm", "Tulkki: Anna Lind": a role's label
            if peoples.adjective(text, low, start, last, None if gap else prev):
                return False  # "her German lessons", "they are Muslim": an adjective
            return not _in_proper_noun(text, low, run[0].start)
        after = _next_word(low, last)
        if after == "thanks" and (
            greetings.thanks_alone(low, last)
            or (lowered in name_nouns.adjectives() and greetings.thanks_for(low, last))
        ):
            after = ""  # "Good thanks, how about you?", "Good thanks for your response."
        if after in vocab.ADVERBS:  # "Yannis always says"
            after = _next_word(low, last + 1 + len(after))
        listed = namecontext.may_be_listed(text, low, start, end, prev, after)
        if cls == _UNKNOWN:  # rule 7
            if _with_person(low, first, prev, gap):
                # "med Zlatko", "samtal m. Zlatko"; not "with Lt.", "with Vts < 300"
                return not _place_follows(low, last) and lexicon.name_shaped(low[start:end])
            if context.passive_agent(low, first, prev, gap):
                return not _place_follows(low, last)  # "ersätts av Zlatko", "told by Zlatko"
            if prev in calling_verbs.TO and not gap and calling_verbs.called_to(low, first):
                return not _place_follows(low, last)  # "ringde till Zlatko"
            if person_cues.initials_before(text, first) < first:
                return not _place_follows(low, last)  # "Notes by J. Bakker", "H. Sato"
            return (
                after in vocab.STRONG_FOLLOWERS
                or after in _FROM
                or (prev in _FROM and namecontext.message_from(low, first))
                or namecontext.coordinated_subject(text, low, last)
                or (prev in _AND and namecontext.second_subject(text, low, first, last))
                or (  # "Andronis og Cozzi deler", "Söderqvist ja Kusler asuvat"
                    lexicon.name_shaped(lowered)
                    and not inner_strangers.noun_shaped(lowered)  # "Europautvalet og ..."
                    and (
                        paired_subjects.first_conjunct(text, last)
                        or (start == first and paired_subjects.second_conjunct(text, start, last))
                    )
                )
                or (text[end : end + 1] == ":" and namecontext.labelled(text, start, end))
                or (
                    (after in vocab.MODALS or after in namecontext.DO_FORMS)
                    and namecontext.acts_as_person(low, last)
                )  # "X could join", "X did not want to say more"
                or namecontext.not_to_be_contacted(low, last)
                or (clause_subject(low, last, prev, gap) and lexicon.name_shaped(lowered))
                or foreign_stranger(text, start, end)  # "Işıl", "Hưng": no letters of ours
                or (start == first and vocatives.addressed(text, low, first, last))  # "Zlatko!"
                or finnish_owners.owner(low, start, end)  # "Xhevdetin kanssa", "-n äiti"
                or (start == first and owner_genitives.owner(text, low, start, end, prev, gap))
                or (prev in _AND and person_cues.coordinated_with_role(low, first))
                or (after in _COPULA and person_cues.described_as_person(low, last))
                or (
                    prev in _COPULA
                    and not gap
                    and (
                        person_cues.described_as_person(low, last, inverted=True)
                        or person_cues.role_then_copula(low, first)
                    )
                )
                or (after == "at" and namecontext.at_service(low, last))
                or (listed and namecontext.listed_with_name(text, low, start, end, self.is_name))
                or (
                    prev in _SUBSTITUTE_ENDS
                    and namecontext.substituted(low, first, list(self.name_spans))
                )
            )
        if lowered in vocab.TIME_WORDS or lowered in vocab.MONTHS:  # rule 8
            return after in vocab.SAYING_VERBS
        if len(run) == 1 and vocatives.given_addressed(text, low, start, end):
            return True  # rule 8: "Hej Rita,", "det stämmer inte, Rita.", "Peter, can you"
        if after in vocab.STRONG_FOLLOWERS and word_readings.topic_raised(low, last):
            return False  # "Hope came up a lot today": a topic
        if after in vocab.STRONG_FOLLOWERS or listed:
            if _in_proper_noun(text, low, run[0].start):
                return False  # "the Red Cross took notes": an organisation of ordinary words
            if after in vocab.STRONG_FOLLOWERS:
                return True
            if namecontext.listed_with_name(text, low, start, end, self.is_name):
                return True
        return (
            text.startswith(_POSSESSIVE, end)
            and not sentence_start(text, first)
            and not (prev in _DETERMINERS and not gap)  # "the Church's programme"
        )


# English "not" cliticised onto the verb before it ("don't", "won’t"): what stands before
# the apostrophe is a verb's form, not a name.
_NEGATED = re.compile(r"['’]t(?![^\W\d_])")


# How Danish and Norwegian family names made of a father's name end ("Ingvartsen", "Hansen").
_PATRONYMIC = ("sen", "ssen")


def _without_opener(text: str, run: list[_Word], found: list[Found]) -> list[Found]:
    """The names found in a run, less its first word when that is an ordinary word of the
    sentence's neighbour language ("Kun Esko", "Präsident Franjo Tudjman": the name only).
    A word read as a name's form ("Kotona" as Koto's essive) is cut the same way: whether a
    name of the lexicon may open so is `note_language.opens_a_name`'s to say."""
    first = run[0]
    if (
        len(run) < 2
        or not any(f.start == first.start and f.via == "lexicon" for f in found)
        or not (
            note_language.opens_a_name(
                text, first.start, low := text[first.start : first.end].lower()
            )
            or note_language.swedish_opening(text, first.start, low)
        )
        or _given_before_family(text, run, low)
        or _from_workplace(text, run)  # "Senaa Mäkivaara asuntotoimistosta tuli"
    ):
        return found
    cut = run[1].start
    return [
        f._replace(start=cut) if f.start == first.start and f.via == "lexicon" else f
        for f in found
        if f.end > cut or f.via != "lexicon"
    ]


def _finnish_form(word: str) -> bool:
    return neighbour_forms.is_form(word, "fi")


# Verbs of saying, calling and coming whose subject is a person: a hyphened compound before
# one is a double family name ("Ranta-aho kertoi"), not a compound noun ("Keski-ikä on").
_PERSON_VERBS = name_inflection.SUBJECT_VERBS - {"on", "oli", "ei"}


def _hyphen_compound(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the first part of a Finnish compound written with a hyphen
    (`finnish_derivation.hyphen_compound_end`) before no verb a person does."""
    compound_end = finnish_derivation.hyphen_compound_end(text, start, end, _finnish_form)
    if not compound_end:
        return False
    following = context.NEXT_WORD.match(text, compound_end)
    return following is None or following.group(1) not in _PERSON_VERBS


def _with_person(low: str, first: int, prev: str, gap: str) -> bool:
    """Whether the word before the run at `first` is "with", "med" or their abbreviation
    ("m.", "enl."), which a person follows more often than not (rule 7)."""
    return (prev in vocab.PERSON_PREPOSITIONS and not gap) or (prev in ("m", "enl") and gap == ".")


def _from_workplace(text: str, run: list[_Word]) -> bool:
    """Whether a run of two capitalised words, one of them a name or a word nobody knows,
    opens a sentence before the office the person comes from ("Senaa Mäkivaara
    asuntotoimistosta tuli", "Cilia Lövfeldt på vårdcentralen kom"; `workplace_names`)."""
    return (
        len(run) == 2
        and not any(w.caps for w in run)
        and any(w.cls in (_NAME, _UNKNOWN) for w in run)
        and workplace_names.named_by_workplace(text, run[0].start, run[1].end)
    )


def _borrowed_word(word: str, finder: UnregisteredNames) -> bool:
    """Whether a lower-case word of a Finnish sentence is an English or Swedish word, no name
    of the lexicon nor registered, with a Finnish case ("wordista": from Word; "vektorien":
    of vectors, Swedish "vektor"; `wordforms`): a word, no registered name misspelt."""
    stem = wordforms.finnish_loan(word, vocab.known_words(), finder.names)
    return stem is not None and stem not in finder.registered


def _given_before_family(text: str, run: list[_Word], first: str) -> bool:
    """Whether the lower-case `first` word of a run of two, no word the neighbour languages
    list (only read as a Norwegian or Danish inflection: "avd|ar", "bolet|te"; a Finnish
    one is a word, Finnish inflecting most of its words), stands before a
    family name: of the lexicon and no given name ("Avdar Hammoud"), or a word nobody knows
    ending as a Danish or Norwegian patronymic does ("Bolette Ingvartsen"). A given name
    opens such a pair; a sentence's opening word is one the lists hold ("Kun Esko toi")."""
    if (
        len(run) != 2
        or first in note_language.neighbour_words()
        or neighbour_forms.is_form(first, "fi")  # "Kiistämättä Linna": undeniably, Linna
    ):
        return False
    second = run[1]
    family = text[second.start : second.end].lower()
    if family in lexicon.given_names():
        return False  # "Rensdyret Rudolf": the reindeer, then the name
    if second.cls == _NAME:
        return family in lexicon.family_names() or lexicon.surname_shaped(family)
    return second.cls == _UNKNOWN and len(family) >= 6 and family.endswith(_PATRONYMIC)


def _lower_case_on_line(text: str, start: int, end: int) -> bool:
    """Whether a lower-case letter stands near the word on its line (up to 40 characters
    either side): the note is typed in mixed case there, and a short word in capitals is an
    abbreviation, not a name typed in capitals."""
    before = text[max(0, start - 40) : start].rsplit("\n", 1)[-1]
    after = text[end : end + 40].split("\n", 1)[0]
    return caseless._has_lower(before) or caseless._has_lower(after)  # in C, mostly


def _whole(text: str, found: Found) -> Found:
    """A name with what belongs to it around it: the initial before it ("E. Nessenson"), the
    "O'" or "D'" that opens it ("O'Connell"), and a second part typed in lower case after a
    hyphen ("Retterer-moore")."""
    start, end = found.start, found.end
    if (
        start >= 3
        and text[start - 2 : start] == ". "
        and text[start - 3].isupper()
        and (start == 3 or not text[start - 4].isalnum())
    ):
        start -= 3
    elif (
        start >= 2
        and text[start - 1] in _APOSTROPHES
        and text[start - 2] in "ODod"
        and (start == 2 or not text[start - 3].isalnum())
    ):
        start -= 2
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
        stop = end + 1
        while stop < len(text) and text[stop].isalpha():
            stop += 1
        part = text[end + 1 : stop]
        if len(part) >= 2 and (part in lexicon.all_names() or part not in vocab.known_words()):
            end = stop  # not "Wahlgren-based"
    if (start, end) == (found.start, found.end):
        return found
    return found._replace(start=start, end=end)


def _owner_named(low: str, run: list[_Word]) -> bool:
    """Whether a run before a legal form opens with a given name and another word: the
    owner's name that a one-person firm carries ("Anna Berg AB", "Anna Berg Consulting AB")."""
    words = [w for w in run if low[w.start : w.end] not in _LEGAL_FORMS_LOW]
    return len(words) >= 2 and low[words[0].start : words[0].end] in lexicon.given_names()


def _one_slip(word: str, near: NearMisses) -> bool:
    """Whether `word` is one edit from a registered form (a town two edits from one is the
    town: a known place is likelier meant than a name misspelt twice)."""
    found = near.find(word)
    if not found:
        return False
    folded = ascii_fold(word)
    return any(
        min(DamerauLevenshtein.distance(word, f), DamerauLevenshtein.distance(folded, f)) <= 1
        for f in found.forms
    )


def _count(run: list[_Word], cls: str) -> int:
    """How many words of `run` are of class `cls` (most runs are one word)."""
    if len(run) == 1:
        return 1 if run[0].cls == cls else 0
    return sum(1 for w in run if w.cls == cls)


def _given_lead(text: str, low: str, run: list[_Word]) -> Found | None:
    """A one-word run with a given name people bear right before it, the run its family name
    ("then Jasper Mackay came", "with Basil Ndlovu of"): the two as one name, else None."""
    lead = _lead_word(text, low, run[0].start)
    if lead is None or len(run) != 1:
        return None
    if not ordinary_given.given_before(text, low, lead, *run[0][:3]):
        return None
    return Found(lead, run[0].end, (), "lexicon")


def _lead_word(text: str, low: str, start: int) -> int | None:
    """Where a capitalised word that may be a given name stands right before `start` (one
    space between) in mid-sentence: "Eden" in "then Eden Kahsay rang", else None."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return None
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = low[begin : start - 1]
    if (
        len(word) < 2
        or not text[begin].isupper()
        or text[begin : start - 1].isupper()
        or (begin and text[begin - 1].isalnum())
        or word in vocab.function_words()
        or word in _NOT_GIVEN
        or (len(word) >= 9 and word.endswith(vocab.BODY_ENDINGS))  # "Beroendemottagningen"
        or sentence_start(text, begin)
    ):
        return None
    return begin


def _in_proper_noun(text: str, low: str, start: int) -> bool:
    """Whether a capitalised ordinary word stands right before `start` in mid-sentence."""
    prev, gap = previous_word(low, start)
    if not prev or gap or prev not in vocab.common_words():
        return False
    if prev in vocab.TITLES or prev in vocab.MONTHS or prev in vocab.TIME_WORDS:
        return False
    begin = start - 1 - len(prev)
    if "\n" in text[begin + len(prev) : start]:
        return False  # "… from Chile\nMaryam spent": a line ends, no proper noun goes on
    return begin >= 0 and text[begin].isupper() and not sentence_start(text, begin)


def _family_word_then_verb(text: str, low: str, end: int) -> int:
    """Where a capitalised word right after `end` ends, when a verb of saying or doing follows
    it (the family name of "Shannan Roe works at ..."), else 0."""
    if low[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return 0
    stop = end + 2
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    if stop - end < 3 or text[end + 1 : stop].isupper() or low[end + 1 : stop] in vocab.PLACE_WORDS:
        return 0
    return stop if _next_word(low, stop) in vocab.STRONG_FOLLOWERS else 0


def _foreign_here(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word low[start:end] is an ordinary word only of another language than the
    words around it ("The interview with Kristna was cut short": Kristina misspelt; "Kristna
    och muslimer" keeps its word); opening a sentence, than the next word ("Resan till").
    Not a word of the sentence's own neighbour language ("Passer det for deg hvis ...":
    Norwegian "suits", which English lists too, no slip of Nasser)."""
    local = namecontext.local_language(low, start, end, next_only=sentence_start(low, start))
    if local is None:
        return False
    word = low[start:end]
    if note_language.ordinary_here(text, low, start, word, name=False):
        return False
    forms = (word, word[:-1]) if word.endswith("s") else (word,)  # "Kristnas mother"
    own = vocab.ordinary_in(local)
    if any(form in own for form in forms):
        return False
    others = vocab.ordinary_in(tuple(lang for lang in vocab.LANGUAGES if lang not in local))
    return any(form in others for form in forms)


def _named_here(
    text: str,
    low: str,
    start: int,
    end: int,
    taken: list[tuple[int, int, bool]],
    index: int,
    beside: bool = True,
) -> bool:
    """Whether the context says the word text[start:end] is a name: a title, relation word or
    person verb before it, a verb of saying or doing after it, or (`beside`) a name right
    next to it (`index` is that of the first stretch of `taken` after the word)."""
    prev, gap = previous_word(low, start)
    if prev and (gap in ("", ",") or (gap == "." and prev in vocab.ABBREVIATED_TITLES)):
        if prev in vocab.TITLES or prev in vocab.RELATIONS or prev in vocab.PERSON_VERBS:
            return not word_readings.title_case_verb(text, start, prev)  # "Margin Call Margin"
    if _next_word(low, end) in vocab.STRONG_FOLLOWERS:
        return True
    if (
        namecontext.signed_off(low, start)
        or namecontext.greeted(low, start)
        or namecontext.in_attendance(low, start)
        or namecontext.spoken_with(low, start)
        or namecontext.display_name(text, end)
        or namecontext.kin_possessive(low, end)
        or namecontext.acts_as_person(low, end)
        or namecontext.role_follows(low, end)
    ):
        return True
    if not beside:
        return False
    after = taken[index] if index < len(taken) else None
    before = taken[index - 1] if index else None
    return bool(
        (after and after[2] and after[0] == end + 1 and text[end] in _RUN_JOINERS)
        or (before and before[2] and before[1] == start - 1 and text[start - 1] in _RUN_JOINERS)
    )


def _language_sets(languages: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [languages, *((lang,) for lang in languages if (lang,) != languages)]


_PARTICLE_GAP = re.compile(
    r" (?:(?:van|von|de|der|den|te|ter|ten|da|di|du|del|della|la|le|af|al|el|bin|ibn|zu|dos|"
    r"das|Ó) ){1,2}"  # Ó: Irish "Seán Ó Súilleabháin" (Ní, Nic, Mac are words of the run)
)


def _without_labels(text: str, words: list[_Word], labels: set[int]) -> list[_Word]:
    """`words` without the common words of a neighbour language's sentence among them
    (`labels`, `neighbour_labels`) that stand alone: no other candidate word joined to them
    in a run, which the rules read together as before ("Naboen Abdullo havde", "ledet av
    Petrikke Nansen": "nansen" is in Debian's Norwegian list)."""
    return [
        word
        for i, word in enumerate(words)
        if i not in labels
        or (i and _joined(text, words[i - 1], word))
        or (i + 1 < len(words) and _joined(text, word, words[i + 1]))
    ]


def _joined(text: str, left: _Word, right: _Word) -> bool:
    """Adjacent capitalised words, or two joined by particles ("Deniz te Woort")."""
    if right.start - left.end == 1:
        return text[left.end] in _RUN_JOINERS
    return (
        right.start - left.end <= 9
        and left.cls in (_NAME, _UNKNOWN)
        and right.cls in (_NAME, _UNKNOWN)
        and _PARTICLE_GAP.fullmatch(text, left.end, right.start) is not None
    )


def _next_word(low: str, index: int) -> str:
    rest = low[index : index + 24].split(None, 1)
    return rest[0].strip(",.;:!?") if rest else ""


def _place_follows(low: str, index: int) -> bool:
    return _next_word(low, index) in vocab.PLACE_WORDS


def _given_genitive(text: str, low: str, start: int, end: int) -> bool:
    """Whether a rare word text[start:end], capitalised inside a sentence, is a given name of
    the lexicon with a Scandinavian genitive "s" before its noun ("mellan Svens energi",
    "påbörjade vi Britts träning"; "svens", "britts", "axels" are words' genitives too, but
    Swedish, Norwegian and Danish write a common noun in lower case there). Not in English
    ("the Brits"), nor opening a sentence, nor in capitals."""
    if (
        end - start < 4
        or low[end - 1] != "s"
        or not text[start + 1 : end].islower()
        or low[start : end - 1] not in lexicon.given_names()
        or sentence_start(text, start)
        or not _genitive_before_noun(text, low, end)
    ):
        return False
    prev, gap = previous_word(low, start)
    if not prev or gap or prev in _DETERMINERS or prev in vocab.DETERMINERS:
        return False  # "the Brits", "den Svens": a word after its determiner
    return namecontext.local_language(low, start, end) != ("en",)


def _genitive_before_noun(text: str, low: str, end: int) -> bool:
    """Whether a name with an "s" ends before a lower-case word that is not a verb, as a
    genitive does ("Bertils place", "Bertils mamma"; not "Dimitris said", "Dimitris Vlachos");
    nor a preposition, before which no genitive stands ("Alwa Rosås på kommunen")."""
    if low[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    return not owner_genitives.not_owned(_next_word(low, end))


def _in_a_run(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands next to another one ("Tavita Hakkari", "BERTIL
    WAHLGREN"), with a space or a hyphen between."""
    after = text[end : end + 2]
    if len(after) == 2 and after[0] in _RUN_JOINERS and after[1].isupper():
        return True
    if start >= 2 and text[start - 1] in _RUN_JOINERS and text[start - 2].isalpha():
        begin = start - 2
        while begin > 0 and text[begin - 1].isalpha():
            begin -= 1
        return text[begin].isupper()
    return False


# A label opening a line before the word ("Int: ", "D (12:05): "): a short run of words, no
# sentence mark, and the colon with its space right before the word.
_LABEL_BEFORE = re.compile(r"[^\W\d_][^.!?\n]{0,30}: \Z")


def _turn_function_word(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] is one of the most frequent words of Swedish, Norwegian or
    Danish (`lowercase_registered.FUNCTION`) opening a turn after a label on its line ("int:
    och sedan?"): the label is no word of the turn, so the words after it decide its
    language."""
    if low[start:end] not in lowercase_registered.FUNCTION:
        return False
    line = low.rfind("\n", 0, start) + 1
    return _LABEL_BEFORE.match(low, line, start) is not None
