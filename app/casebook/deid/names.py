"""Finding registered names in text.

One Aho-Corasick automaton (`ahocorasick_rs`, a DFA built once per registry) holds every word of
every registered form in lower case, and the pattern detectors' trigger words (see
`patterns.TRIGGERS`). A text is lowered once and scanned once; each name hit is then kept only if
it stands as a word:

- Word boundaries are Unicode letters: a hit preceded or followed by a letter is part of a
  longer word ("Per" in "person", "Åsa" in "påsar") and dropped. Digits, hyphens, apostrophes and
  punctuation are boundaries, so "Berg-family", "Anna-Karin", "elin88" all match.
- Names of up to four letters ("Bo", "Ek", "Åsa", "Elin") would hit inside countless words
  ("about", "week", "feeling"), so they are entered once per character that may stand before a
  name instead: white space, ASCII punctuation and digits, and the common quotation marks,
  dashes, ellipsis and bullets (`_BOUNDARY_BEFORE`). After any other character (a rare symbol
  such as "→Elin") a short name is not found; the independent verification pass still looks for
  it (`verify.py`), which is why a release must always be verified.
- Inflections after a name: `s` (Swedish genitive "Elins"), `'s`, `’s`, `:s`, `-s`, and a bare
  apostrophe after a name ending in s ("Jonas'"). The inflection stays in the text after the tag.
  A lower-case name with a bare "s" that makes a common English word and no Swedish one, in a
  note written in English, is that word ("brings in bodies" beside a registered Bodie):
  English writes its genitive with the apostrophe.
- Adjacent words of the same registered entry are one mention ("Per Lind", "ANNA BERG"), and a
  multi-word form (a place such as "Sankt Görans sjukhus", a multi-word alias) is matched only
  whole. Adjacent words of one entry also settle which of two people named Per is meant.
- A word that belongs to several entries (two people named Per) gets the entry named
  unambiguously nearest before it in the same text, else nearest after it, else the first in
  registry order; the mention is reported as ambiguous either way.

Registered names that are ordinary words (see `vocab.common_words`) are replaced only when the
context says they are names. The rules, in order (the first that applies decides):

1. Possessive with an apostrophe or colon ("May's flat", "Rose’s", "Per:s"): a name, unless it
   is lower case after a determiner ("the rose's petals", also before a home, "a hunter's
   house": a name takes no article) or right after an English subject pronoun, which takes
   its verb next ("They player's interface is easy": "The" mistyped). Capitalised with a
   Swedish genitive "s" ("Mays mamma", "Pers bror"): a name, unless the form with "s" is
   itself an ordinary word ("Marks", "Roses") and no relation, also of Norwegian or Danish,
   or belonging follows ("Marks bil", "Jacks datter"); such a form before no word is that
   word ("Guys, come on").
2. Right after a title or relation word ("Dr Mark", "Dr. Mark", "my daughter May",
   "her friend, Will", "dottern Inga"): a name if capitalised, or if lower case and not followed
   by another word ("my friend mark." but not "my daughter may come"). After a formal title
   (`vocab.FORMAL_TITLES`: "dr", "mrs", "herr", "fru") a lower-case word is a name even
   before another word ("dr may changed the dose", "fru strand ringde").
3. Known ordinary phrases: a month word after a time preposition or before a number
   ("in May", "since May", "May 2026"); "per" before a unit ("per week", "Per cent").
4. Lower case otherwise: ordinary ("I will", "love it", "rose early", "said so"), unless a
   clause starts there and a verb of saying or doing follows (`vocab.STRONG_FOLLOWERS`):
   "then love rang the ward", "; will said yes" (not a pronoun of the sentence's language,
   "att alla tyckte om mig", nor "the electricity bill came", nor an
   adverb whose clause's subject follows its verb, "sen ringde Imani": `inverted_subjects`), or a
   setting of `person_cues.names_in_lower_case` leaves no reading as the word ("with bill,
   who", "enl. sol har", "phone may about", "leddes av grace,", "hemma hos may", "samtal
   med saga", "14:05 klara vill bo kvar": `lowercase_registered.py`), or a genitive comes
   before a relative ("mays mamma"), or its sentence is in a neighbour language that has no
   such word ("da may promenerte", "odotin bill": `neighbour_homographs.py`). A lower-case
   name with a definite ending after an article and a weak adjective ("den stora linden")
   is the noun they agree with, whatever the word (`lowercase_registered.definite_noun`).
   In any case, a noun of a family or its members and a verb after the word make it the
   family's name ("Pine sisters were singing", "the pine kids came", "the pine family
   moved"; not "the pine family is large": `name_nouns.members_follow`).
5. Capitalised after a subject pronoun ("she Rose to the occasion"): ordinary; not after a
   Swedish pronoun inverted after its verb ("Efteråt ringde jag Hannes", `inverted_subjects`).
6. Capitalised in mid-sentence: a name ("went out with Hope"); not right after an English
   article before a noun or ending its phrase, nor after a title's "The" ("the Ivory room",
   "After the Flood,", "the film The Brink is": `article_modifiers.py`), not after a subject
   and a modal ("you will LOVE it") nor in "X för X" ("Dag för dag"), and judged as by rule 7
   where a sentence lost its full stop ("quick delivery Will never go there",
   `word_readings.py`).
7. Capitalised at the start of a sentence, a line, a quotation or after a colon: a name only
   when what follows marks a subject or a label: nothing or punctuation ("Present: May, Per"), a
   hyphenated compound ("Berg-familjen"), a verb of saying or doing ("May said", "Per thinks",
   "Inga sa"; not a pronoun or quantifier of the sentence's language, a subject of its own:
   "Alla sa" keeps its word unless the same person is named elsewhere,
   `opening_finites.subject_word`), or "and"/"och" followed by a capitalised word ("Love and
   Per came"),
   "from"/"från" ("Per från kommunen"; not "Love from all of us"), an e-mail address in angle
   brackets ("Från: May <may@…>"). An aside of saying ("Love, she said, is ...") is skipped and
   what follows it decides. What only a person is, does or has makes it a name ("Joy quiet",
   "Bo ej hemma", "Hope saw her", "Roar gets", "Bill and the patient", `note_subjects.py`). An
   auxiliary or adverb after it ("Love is", "Will has", `vocab.WEAK_FOLLOWERS`) makes it a name
   only if the same person is named elsewhere in the text ("Love Nyström came late. Love is
   tired"; not "Love is what she needs", "Love is not enough", "Bo själv vill hon inte":
   `initial_readings.py`), except a Swedish "har"/"hade" before a supine ("Stig hade målat
   köket": a noun there takes its article). A sentence starts after the mark of an item too
   ("- [x]", "§4", "12 min", "+40:") and after punctuation spoken into a dictation ("punkt",
   "ny rad"). A topic that "came up" is no subject ("Hope came up a lot today"). Otherwise
   ordinary ("May I ask", "Will she manage", "Mark the date", "Per week", "My mother").

ALL-CAPS words between ALL-CAPS words carry no case information and are judged as lower case
("THE BILL CAME" keeps its bill; "MAY SAID" is a name by rule 4).

Which words are ordinary depends on the language of the text: a cheap count of frequent words
guesses English or Swedish for each cell (both when unsure), so "inga" is an ordinary word in
Swedish notes ("inga problem") but a name in English ones.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import NamedTuple

import ahocorasick_rs

from casebook.deid import (
    article_modifiers,
    attendance_lists,
    attributive_nouns,
    clause_subjects,
    compound_openings,
    context,
    establishment_names,
    finnish_lower,
    glued_openings,
    homographs,
    initial_readings,
    inverted_subjects,
    kin_names,
    layout_slots,
    lower_labels,
    lower_subjects,
    lowercase_registered,
    name_lists,
    name_nouns,
    namecontext,
    neighbour_homographs,
    neighbour_openings,
    nordic_lower,
    nordic_verbs,
    note_language,
    note_subjects,
    noun_pairs,
    opening_finites,
    owner_genitives,
    person_cues,
    person_slots,
    possessive_determiners,
    quantities,
    shouted_names,
    slot_near,
    speaker_turns,
    stamped_openings,
    swedish_infinitives,
    vocab,
    vocatives,
    weekday_runs,
    word_mentions,
    word_readings,
)
from casebook.deid.context import guess_languages, previous_word, sentence_start
from casebook.deid.registry import Registry

_SPACE = " \t\u00a0"
_POSSESSIVE = frozenset({"'s", "’s", ":s", "'", "’"})
# English subject pronouns: a subject takes its verb next, never a genitive ("They
# player's interface", "The" mistyped); in the UD English treebanks none stands before a
# word and its "'s". Not Swedish "i" (in) nor "de", which are more than pronouns.
_SUBJECT_PRONOUNS_EN = frozenset({"he", "she", "we", "they"})
_END_PUNCTUATION = frozenset(".!?,;:)]\n\r")
_CONJUNCTIONS = frozenset({"and", "och", "or", "eller", "&"})
_FROM = frozenset({"from", "från"})
# "thanks to" right before a word: whom the thanks go to, a person or a household ("Thanks to
# Halls, the loan went through": the Hall family, or Hall's with the apostrophe left out).
_THANKS_TO = re.compile(r"(?<![^\W_])thanks to \Z")
# After "Love from": a closing ("Love from all of us"), not a person from somewhere.
_NOT_AFTER_FROM = frozenset({"all", "us", "everyone", "everybody", "alla", "oss", "mig", "me"})
# An aside of saying after a sentence-initial word: ", she said," ", he thinks,", ", sa hon,".
_ASIDE = re.compile(
    r",[ \t\n]+(?:(?:he|she|they|i|we|you|han|hon|de|jag|vi)[ \t\n]+[^\W\d_]+|"
    r"(?:sa|säger|sade|tycker|menar|tror)[ \t\n]+(?:han|hon|de|jag|vi))[ \t\n]*,"
)

# A mention: (start, end, entry, candidates): the characters to replace, the registry entry
# chosen, and every entry the words could refer to (more than one when ambiguous).
NameHit = tuple[int, int, int, tuple[int, ...]]
# A token: (start, end, word id, end of inflection, inflection).
_Token = tuple[int, int, int, int, str]
# Name words of at most this many letters are entered in the automaton after each character
# of _BOUNDARY_BEFORE instead of on their own (see NameMatcher.__init__).
_SHORT = 4
_BOUNDARY_BEFORE = (
    " \t\n\r\f\v\u00a0\u2009\u202f0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»‹›„‚“”‘’‐‑‒–—―…•·¡¿"
)
_DFA_KEYS_MAX = 20_000  # above this the automaton is left to choose a smaller representation
# What `_name_use` decides.
_NO, _YES, _EVIDENCE = lower_subjects.NO, lower_subjects.YES, lower_subjects.EVIDENCE
_WORD_AT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CAPS_BEFORE = re.compile(r"([^\W\d_]{2,})[ \t,.:;-]+\Z")
_CAPS_AFTER = re.compile(r"[ \t,.:;-]+([^\W\d_]{2,})")
# Words after which a clause, and so a subject, may start: a lower-case ordinary word after
# one and before a verb of saying or doing is a name ("then love rang", "and will said").
_CLAUSE_OPENERS = frozenset(
    """then and but so when because that while after before since until if though although
    also och men sen så då när eftersom att medan innan efter sedan om fast""".split()
)
_NEVER, _ALWAYS, _BY_LANGUAGE = 0, 1, 2  # ordinary-word modes of a registered word


@functools.lru_cache(maxsize=4)
def _automaton(keys: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    """The automaton over `keys` (immutable), shared by the matchers built for the same
    registry with the same triggers: a second Redactor for one project (a release after a
    review, a test's registry built again) skips its ~0.025 s build. Keyed by every key, so a
    registry's automaton never serves another's."""
    implementation = ahocorasick_rs.Implementation.DFA if len(keys) <= _DFA_KEYS_MAX else None
    return ahocorasick_rs.AhoCorasick(list(keys), implementation=implementation)


class Scan(NamedTuple):
    """What one automaton pass over a text found."""

    tokens: list[_Token]
    triggers: list[tuple[str, int, int]]
    digits: list[int]
    alternatives: dict[int, _Token]  # start -> a shorter reading of the token there
    titles: set[int] | None = None  # where a word right after a title ("dr ", "fru ") starts


class NameMatcher:
    """Registered names in text. Build once per registry; `find` is safe to call repeatedly.

    The automaton also carries `triggers` (word -> trigger kind) for the pattern detectors, so
    one pass over a text serves both; `scan` returns the name hits and the trigger hits.
    """

    def __init__(
        self,
        registry: Registry,
        languages: tuple[str, ...] = vocab.LANGUAGES,
        triggers: Mapping[str, str] | None = None,
    ) -> None:
        self.registry = registry
        self.languages = languages
        ids: dict[str, int] = {}
        for form in registry.forms():
            for word in form.words:
                ids.setdefault(word, len(ids))
        self.name_words = len(ids)
        # The registry's name words, for rules that ask whether a word is somebody's name.
        self._name_set: frozenset[str] = frozenset(ids)
        trigger_of: dict[int, str] = {}
        for word, kind in (triggers or {}).items():
            trigger_of[ids.setdefault(word, len(ids))] = kind
        self.words: list[str] = list(ids)
        self._trigger: list[str | None] = [trigger_of.get(i) for i in range(len(self.words))]
        # What a word is (its owners, the languages it is ordinary in, ...) is asked only of a
        # name token's word, always one of the registry's: the ~32,000 trigger words after
        # them never reach those questions, so the lists below stop at the name words (a
        # Redactor builds in ~0.04 s instead of ~0.3 s, which `casebook publish`, the review
        # page and the tests' thousands of small registries all pay).
        names = self.words[: self.name_words]
        owners: list[list[int]] = [[] for _ in names]
        multi: dict[int, dict[tuple[int, ...], list[int]]] = {}
        for form in registry.forms():
            word_ids = tuple(ids[w] for w in form.words)
            if len(word_ids) == 1:
                if form.entry not in owners[word_ids[0]]:
                    owners[word_ids[0]].append(form.entry)
            else:
                bucket = multi.setdefault(word_ids[0], {}).setdefault(word_ids, [])
                if form.entry not in bucket:
                    bucket.append(form.entry)
        self._owners: list[tuple[int, ...]] = [tuple(sorted(o)) for o in owners]
        self._multi: dict[int, list[tuple[tuple[int, ...], tuple[int, ...]]]] = {
            first: sorted(((k, tuple(sorted(v))) for k, v in forms.items()), key=_longest_first)
            for first, forms in multi.items()
        }
        per_language = {lang: vocab.common_words((lang,)) for lang in languages}
        self._ordinary_in: list[tuple[str, ...]] = [
            tuple(lang for lang, common in per_language.items() if word in common) for word in names
        ]
        self._ordinary_sets = [frozenset(langs) for langs in self._ordinary_in]
        every = set().union(*per_language.values()) if per_language else set()
        # Whether the word with an "s" is itself an ordinary word ("marks", "roses"), so that
        # a capitalised "Mays" or "Pers" can be read as a genitive while "Marks" cannot.
        self._s_form_common: list[bool] = [word + "s" in every for word in names]
        neighbour = note_language.neighbour_words()
        # Words of Norwegian, Danish, Finnish, English or Swedish: a capitalised one opening
        # a sentence of a neighbour language is read by the word after it
        # (`neighbour_openings`).
        self._neighbour_word: list[bool] = [
            word in neighbour or bool(langs)
            for word, langs in zip(names, self._ordinary_in, strict=True)
        ]
        nordic = nordic_lower.ordinary_words()
        # Words only Norwegian or Danish write ("tove", "mai"): read by their setting in lower
        # case in a sentence of theirs (`nordic_lower`).
        self._nordic_word: list[bool] = [
            not langs and word in nordic
            for word, langs in zip(names, self._ordinary_in, strict=True)
        ]
        # Common Norwegian or Danish words, whatever English or Swedish make of them ("bjørn",
        # "ane", "stein"): in lower case inside a sentence of theirs, the word unless they
        # stand where their grammar holds a noun or a verb (`nordic_lower.word_slot`).
        self._nordic_common: list[bool] = [word in nordic for word in names]
        borrowed = nordic_lower.borrowed_names()
        # Norwegian or Danish words no Norwegian or Dane bears as a name ("meg", "meir",
        # "verda"): read as homographs in lower case in a sentence of theirs (`nordic_lower`).
        self._nordic_borrowed: list[bool] = [
            not langs and word in borrowed
            for word, langs in zip(names, self._ordinary_in, strict=True)
        ]
        written = registry.written_words()
        # Norwegian or Danish words that the registry holds only as a name written with its
        # diacritics dropped ("lang" of Lång): read by `nordic_lower.folded_here`.
        self._folded_word: list[bool] = [word not in written and word in nordic for word in names]
        finnish = finnish_lower.ordinary_words()
        # Words only Finnish writes ("aina", "usko", "kai"): read as English or Swedish
        # homographs are, in lower case in a Finnish sentence (`finnish_lower`).
        self._finnish_word: list[bool] = [
            not langs and word in finnish
            for word, langs in zip(names, self._ordinary_in, strict=True)
        ]
        self._mode: list[int] = [
            _NEVER if not langs else _ALWAYS if len(langs) == len(languages) else _BY_LANGUAGE
            for langs in self._ordinary_in
        ]
        # The automaton's keys, in three blocks: name words, trigger words, digit triggers.
        # A short name word is entered once per character that may stand before it ("(bo",
        # " bo", "\nbo") instead of on its own, so that the many places where it sits inside
        # another word ("about", "week") never reach Python.
        keys: list[str] = []
        self._key_word: list[int] = []
        self._key_lead: list[int] = []  # characters before the word in the key (0 or 1)
        self._key_trigger: dict[int, str] = {}  # name keys that are trigger words as well
        for index in range(self.name_words):
            word, trigger = self.words[index], self._trigger[index]
            if trigger is None and len(word) <= _SHORT and word.isalpha():
                for before in _BOUNDARY_BEFORE:
                    keys.append(before + word)
                    self._key_word.append(index)
                    self._key_lead.append(1)
                continue
            if trigger is not None:
                self._key_trigger[len(keys)] = trigger
            keys.append(word)
            self._key_word.append(index)
            self._key_lead.append(0)
        self._names_to = len(keys)
        others = range(self.name_words, len(self.words))
        plain = [i for i in others if self._trigger[i] != "digits"]
        self._trigger_of_key: list[str | None] = [None] * len(keys)
        for index in plain:
            keys.append(self.words[index])
            self._trigger_of_key.append(self._trigger[index])
        self._digits_from = len(keys)
        keys += [self.words[i] for i in others if self._trigger[i] == "digits"]
        self._automaton = _automaton(tuple(keys)) if keys else None

    # --- scanning -----------------------------------------------------------------------

    def scan(self, low: str) -> Scan:
        """One automaton pass over `low`: name tokens (word-bounded, with their inflection,
        longest first where they overlap), trigger hits (kind, start, end) and the starts of
        "digits" triggers, each in text order."""
        tokens: list[_Token] = []
        triggers: list[tuple[str, int, int]] = []
        digits: list[int] = []
        titles: set[int] = set()
        if self._automaton is None or not low:
            return Scan(tokens, triggers, digits, {})
        n = len(low)
        key_word, key_lead, key_trigger = self._key_word, self._key_lead, self._key_trigger
        names_to, digits_from = self._names_to, self._digits_from
        trigger_of_key = self._trigger_of_key
        # A newline before the text lets a short name match at its start, one after it lets
        # trigger words with their next character match at its end (offsets: `low`'s + 1).
        haystack = "\n" + low + "\n"
        digits_end = -1
        for key, start, end in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            if key >= names_to:
                if key >= digits_from:
                    if start > digits_end:  # one seed per run of overlapping digit triggers
                        digits.append(start - 1)
                    digits_end = end
                else:
                    kind = trigger_of_key[key]
                    if kind == "title":
                        # not glued to a letter or a digit: "HU5 3DR. Well" is a
                        # postcode's last part, no doctor
                        if start < 2 or not haystack[start - 1].isalnum():
                            titles.add(end - 1)
                        continue
                    triggers.append((kind, start - 1, end - 1))  # type: ignore[arg-type]
                continue
            end -= 1
            if not key_lead[key]:  # with a lead, the key's first character precedes the word
                start -= 1
                if start and low[start - 1].isalpha():
                    continue
                if key in key_trigger:
                    triggers.append((key_trigger[key], start, end))
            word = key_word[key]
            if end == n:
                tokens.append((start, end, word, end, ""))
                continue
            c = low[end]
            if not c.isalpha():
                if c in "'’:-" and end + 1 < n and low[end + 1] == "s":
                    if end + 2 >= n or not low[end + 2].isalpha():
                        tokens.append((start, end, word, end + 2, c + "s"))
                        continue
                if c in "'’" and low[end - 1] in "sxz":  # "Jonas'", "Max'"
                    if end + 1 >= n or not low[end + 1].isalpha():
                        tokens.append((start, end, word, end + 1, c))
                        continue
                tokens.append((start, end, word, end, ""))
            elif c == "s" and (end + 1 == n or not low[end + 1].isalpha()):
                tokens.append((start, end, word, end + 1, "s"))
        alternatives: dict[int, _Token] = {}
        if len(tokens) > 1:
            tokens.sort(key=_by_start_longest)
            kept = [tokens[0]]
            for token in tokens[1:]:
                if token[0] >= kept[-1][1]:
                    kept.append(token)
                elif token[0] == kept[-1][0] and token[3] == kept[-1][3]:
                    # The same letters read another way: "Görans" is a word of "Sankt Görans
                    # sjukhus" and "Göran" with a genitive s. Kept in case the first fails.
                    alternatives.setdefault(token[0], token)
            tokens = kept
        return Scan(tokens, triggers, digits, alternatives, titles)

    def find(
        self,
        text: str,
        low: str,
        scan: Scan | None = None,
        language: list[tuple[str, ...]] | None = None,
    ) -> list[NameHit]:
        """Mentions in `text` (`low` is its lower case, the same length), in text order.

        `scan` is `self.scan(low)` if the caller has it already; `language` holds the guessed
        languages of the text once guessed (an empty list: not yet), shared with the caller."""
        if scan is None:
            scan = self.scan(low)
        tokens, alternatives = scan.tokens, scan.alternatives
        if not tokens:
            return []
        hits: list[NameHit] = []
        pending: list[NameHit] = []  # names only if the same person is named elsewhere
        joined: list[NameHit] = []  # names only if "and"/"och" joins them to a name found
        if language is None:
            language = []  # guessed at most once, when needed
        owners_of, mode_of = self._owners, self._mode
        count = len(tokens)
        n = len(text)
        ambiguous = False
        i = 0
        while i < count:
            token = tokens[i]
            if (
                i + 1 < count
                and tokens[i + 1][0] - token[1] <= 3
                and not token[4]
                and _adjacent(low, token[1], tokens[i + 1][0])
            ):
                j = i + 1
                while (
                    j + 1 < count
                    and not tokens[j][4]
                    and _adjacent(low, tokens[j][1], tokens[j + 1][0])
                ):
                    j += 1
                hits.extend(self._run(text, low, tokens[i : j + 1], language, alternatives))
                ambiguous = True  # possibly; _resolve_ambiguous checks
                i = j + 1
                continue
            i += 1
            owners = owners_of[token[2]]
            if not owners:  # a word that only counts inside a multi-word form
                if token[0] not in alternatives:
                    continue
                token = alternatives[token[0]]
                owners = owners_of[token[2]]
            if _acronym(text, token[0], token[1]):
                continue  # "SCB:s ULF-enkät": an acronym opening a compound
            if not token[4] and weekday_runs.names_day(text, token[0], token[1], self._name_set):
                continue  # "Tor och fre är hon ledig", "Tor 14.30": the weekday (torsdag)
            if not token[4] and _layout_slot(text, token[0], token[1]):
                hits.append((token[0], token[1], owners[0], owners))  # "Närvarande:⏎- Per"
                ambiguous = ambiguous or len(owners) > 1
                continue
            if not token[4] and (
                word_mentions.named_as_word(low, token[1])
                or word_mentions.after_word_noun(text, low, token[0])
            ):
                continue  # "Typ, Holm är ordet för en ö", "lärt sig ordet tindra": the word
                # itself, no person
            if (
                self._neighbour_word[token[2]]
                and not token[4]
                and text[token[0]].isupper()
                and text[token[0] + 1 : token[1]].islower()
            ):
                opening = (
                    neighbour_openings.reading(text, low, token[0], token[1])
                    if sentence_start(text, token[0])
                    or glued_openings.opens(text, low, token[0], token[1])
                    else None
                )
                if opening is not None:  # "Hans mor er syg": the word; "Hans er syg": Hans
                    if opening:
                        hits.append((token[0], token[1], owners[0], owners))
                        ambiguous = ambiguous or len(owners) > 1
                    elif name_lists.may_join(
                        low, token[0], token[1]
                    ) and not neighbour_openings.finnish_nouns_joined(
                        text, low, token[0], token[1]
                    ):
                        joined.append((token[0], token[1], owners[0], owners))
                    continue
            if token[4] == "s" and self._s_word(text, low, token, language):
                continue  # "mies", "brings in bodies", "ett par jeans": the word
            if (
                not token[4]
                and text[token[0]].islower()
                and lowercase_registered.function_word(low, token[0], token[1])
            ):
                if name_lists.may_join(low, token[0], token[1]):
                    joined.append((token[0], token[1], owners[0], owners))
                continue  # "kvinnor, som arbetar": the relative pronoun, no person
            if (
                not token[4]
                and text[token[0]].islower()
                and (
                    lowercase_registered.definite_noun(low, token[0], token[1])
                    or lowercase_registered.indefinite_noun(text, low, token[0], token[1])
                    or lowercase_registered.verb_before_article(text, low, token[0], token[1])
                    or swedish_infinitives.infinitive(text, low, token[0], token[1])
                    or attributive_nouns.noun_here(text, low, token[0], token[1])
                )
            ):
                continue  # "den stora linden", "en liten holm": a noun after its article;
                # "Om vinteren, brekke et bein": a verb before its object; "Snön fick
                # tindra": a Swedish verb where an infinitive stands; "tuo pieni taimi",
                # "av ljus lönn": a noun after its attribute
            if (
                not token[4]
                and text[token[0]].islower()
                and noun_pairs.swedish_among_nouns(text, low, token[0], token[1])
            ):
                continue  # "kottar, kvist och stenar": an item of a list of bare nouns
            if (
                not token[4]
                and text[token[0]].islower()
                and nordic_verbs.verb_here(text, low, token[0], token[1])
            ):
                continue  # "begynte å snorre", "måtte berge møblene": a Norwegian verb there
            if not token[4] and compound_openings.modifier(text, low, token[0], token[1]):
                continue  # "Wren song carried over the hedge": the noun's modifier, no person
            if not token[4] and article_modifiers.modifier(text, token[0], token[1]):
                continue  # "the Ivory room", "a Golden kiosk": a thing named, no person
            if not token[4] and establishment_names.headed(text, token[0], token[1]):
                continue  # "Rise Tools", "the Wheat Room": a shop's or a room's name
            if not token[4] and noun_pairs.english_pair(text, low, token[0], token[1]):
                continue  # "squire and knight were": two nouns of people, no person
            mode = mode_of[token[2]]
            if (
                not mode
                and not token[4]
                and (
                    name_nouns.determined(text, low, token[0], token[1])
                    or name_nouns.quantified(text, low, token[0], token[1])
                )
            ):
                continue  # "planted a rowan", "the fowler and his dog", "with some prudence":
                # a rarer English noun
            if (
                mode
                and not token[4]
                and text[token[0]].islower()
                and lowercase_registered.coordinated_noun(text, low, token[0])
            ):
                continue  # "i skog och mark": a noun paired with a noun after a preposition
            if (
                not mode
                and self._finnish_word[token[2]]
                and not token[4]
                and text[token[0]].islower()
                and finnish_lower.word_here(text, token[0], token[1])
            ):
                mode = _ALWAYS  # "en usko", "aina seksin jälkeen": read as a homograph is
            if mode and neighbour_homographs.person(text, low, token, language, self.languages):
                mode = _NEVER  # "da may promenerte": no Norwegian word (`neighbour_homographs`)
            elif (
                not mode
                and self._nordic_word[token[2]]
                and text[token[0]].islower()
                and nordic_lower.word_here(text, low, token[0], token[1])
            ):
                continue  # "i mai", "en kim", "å vera": a Norwegian or Danish word there
            if (
                not token[4]
                and self._folded_word[token[2]]
                and text[token[0]].islower()
                and nordic_lower.folded_here(text, token[0], token[1])
                and not (
                    low[token[1] : token[1] + 1] == " " and _strong_follower(low, token[1] + 1)
                )
            ):
                continue  # "hvor lang tid" beside a registered Lång: the Norwegian word
            if (
                not mode
                and self._nordic_borrowed[token[2]]
                and not token[4]
                and text[token[0]].islower()
                and nordic_lower.borrowed_here(text, token[0], token[1])
            ):
                if self.words[token[2]] in nordic_lower.PERSONAL_PRONOUNS:
                    continue  # "til meg", "hos deg": a pronoun there, never a person
                mode = _ALWAYS  # "det beste", "over verda": read as a homograph is
            if (
                mode != _ALWAYS
                and self._nordic_common[token[2]]
                and not token[4]
                and text[token[0]].islower()
                and nordic_lower.word_slot(low, token[0], token[1])
                and nordic_lower.common_here(text, token[0], token[1])
            ):
                mode = _ALWAYS  # "jakt på bjørn", "at ane": a word of its sentence there
            if mode == _BY_LANGUAGE and not text[token[0]].isupper():
                # Lower case: ordinary when the whole text's language makes it so (the
                # common case, "may", "will" in an English note), decided without a call.
                if not language:
                    language.append(guess_languages(low, self.languages))
                if not self._ordinary_sets[token[2]].isdisjoint(language[0]):
                    mode = _ALWAYS
            if mode and (mode == _ALWAYS or self._ordinary(token[2], text, low, language, token)):
                # Lower case and followed by a word that is not a verb of saying or doing
                # ("I will go", "my mother"): ordinary. The common case, decided here without
                # a call (see `_name_use`).
                after = token[3]
                if (
                    not token[4]
                    and after + 1 < n
                    and text[after] == " "
                    and text[after + 1].isalpha()
                    and not text[token[0]].isupper()
                    and not _strong_follower(low, after + 1)
                    and not (scan.titles and token[0] in scan.titles)
                    and not low.startswith(("and ", "och "), after + 1)
                    and low[token[0] - 3 : token[0]] not in ("to ", "ll ")
                    and not person_cues.lower_case_cue(low, token[0], after)
                    and not lower_subjects.cue(low, token[0], after)
                    and not name_nouns.members_follow(low, token[0], after)  # "pine kids came"
                ):
                    if name_lists.may_join(low, token[0], token[1]):
                        joined.append((token[0], token[1], owners[0], owners))
                    continue
                if (
                    not token[4]
                    and text[after : after + 1] in _CLOSING
                    and not text[token[0]].isupper()
                    and low[token[0] - 3 : token[0]] not in ("to ", "ll ")
                    and low[token[0] - 2 : token[0]] not in (": ", ", ")  # "present: love,"
                    and not _after_relation(low, token[0])
                    and not person_cues.lower_case_cue(low, token[0], after)
                    and not vocatives.salutation(low, token[0], token[1])  # "Dear small,⏎"
                ):
                    if name_lists.may_join(low, token[0], token[1]):
                        joined.append((token[0], token[1], owners[0], owners))
                    continue  # lower case before punctuation ("10 cig/dag.", "she said,")
                use = self._name_use(text, low, token)
                if use == _EVIDENCE and shouted_names.registered_alone(text, token[0], token[1]):
                    use = _YES  # "Hej. ROSE har ringt": the word alone in capitals, a name
                if use == _EVIDENCE:
                    pending.append((token[0], token[1], owners[0], owners))
                if use != _YES:
                    if name_lists.may_join(low, token[0], token[1]):
                        joined.append((token[0], token[1], owners[0], owners))
                    continue
            hits.append((token[0], token[1], owners[0], owners))
            if len(owners) > 1:
                ambiguous = True
        if joined:  # "love and maja both came", "Rodolfo, Wojciech ja mark": a list of people
            joined = name_lists.joined(low, hits, joined)
        if pending or joined:
            named = {entry for hit in hits for entry in hit[3]}
            confirmed = [hit for hit in pending if named.intersection(hit[3])]
            confirmed += [hit for hit in joined if hit not in confirmed]
            if confirmed:
                hits = sorted(hits + confirmed)
                ambiguous = ambiguous or any(len(hit[3]) > 1 for hit in confirmed)
        return _resolve_ambiguous(hits) if ambiguous else hits

    def _s_word(self, text: str, low: str, token: _Token, language: list[tuple[str, ...]]) -> bool:
        """Whether a registered word with a bare "s" glued on, text[token[0]:token[3]], is an
        ordinary word there rather than the name's genitive, alone or after another
        registered word ("family love this": not Love, then Thi's): a Finnish word in a
        Finnish sentence ("mies", "Mies antoi"; Finnish has no genitive "s"); capitalised, a
        Scandinavian word opening a sentence before no noun (`owner_genitives.word_not_genitive`:
        "Annars ringer jag"); in lower case, a
        common English word and no Swedish one in an English note ("brings in bodies" beside
        a registered Bodie: English writes its genitive with the apostrophe), or a word of
        its sentence's language (`lowercase_registered.s_form_word`: "ett par jeans", "langs
        kysten", "love this")."""
        if finnish_lower.genitive_word(text, low, token[0], token[3]):
            return True
        if not text[token[0]].islower():  # "Annars ringer jag" beside a registered Annar
            return owner_genitives.word_not_genitive(text, low, token[0], token[3])
        if lowercase_registered.genitive_opening(text, low, token[0], token[3]):
            return False  # "masons shed was mentioned": the owner's genitive
        if lowercase_registered.kin_genitive(low, token[0], token[1]):
            return False  # "kits daughter called": whose daughter, not a plural
        if namecontext.bare_s_owner(low, token[0], token[3], *previous_word(low, token[0])):
            return False  # "Borrowed bolts towel": a person's towel, in the singular
        if self._english_plural(low, token):
            if not language:
                language.append(guess_languages(low, self.languages))
            if language[0] == ("en",):
                return True
        return lowercase_registered.s_form_word(text, low, token[0], token[1])

    @staticmethod
    def _english_plural(low: str, token: _Token) -> bool:
        """Whether a lower-case registered name with an "s" glued on, low[token[0]:token[3]],
        is a common English word and no Swedish one ("bodies" after a registered Bodie)."""
        word = low[token[0] : token[3]]
        return word in vocab.common_words(("en",)) and word not in vocab.common_words(("sv",))

    def _run(
        self,
        text: str,
        low: str,
        run: list[_Token],
        language: list[tuple[str, ...]],
        alternatives: dict[int, _Token],
    ) -> list[NameHit]:
        """Mentions in a run of adjacent tokens: multi-word forms, then words of one entry."""
        hits: list[NameHit] = []
        i = 0
        while i < len(run):
            token = run[i]
            multi = self._multi_match(run, i)
            if multi:
                size, entries = multi
                hits.append((token[0], run[i + size - 1][1], entries[0], entries))
                i += size
                continue
            owners = self._owners[token[2]]
            if not owners:
                if token[0] not in alternatives:
                    i += 1
                    continue
                token = run[i] = alternatives[token[0]]
                owners = self._owners[token[2]]
            j, shared = i, set(owners)
            while j + 1 < len(run):
                both = shared.intersection(self._owners[run[j + 1][2]])
                if not both:
                    break
                shared, j = both, j + 1
            if j > i:
                entries = tuple(sorted(shared))
                hits.append((token[0], run[j][1], entries[0], entries))
                i = j + 1
                continue
            i += 1
            if token[4] == "s" and self._s_word(text, low, token, language):
                continue  # "family love this", "hope this was": the word after a registered one
            mode = self._mode[token[2]]
            if mode and (mode == _ALWAYS or self._ordinary(token[2], text, low, language, token)):
                if self._name_use(text, low, token) != _YES:
                    continue
            elif not mode and not token[4] and name_nouns.modified(text, low, token[0], token[1]):
                continue  # "a palm sander.": the noun after a registered word that modifies it
            hits.append((token[0], token[1], owners[0], owners))
        return hits

    def _multi_match(self, run: list[_Token], i: int) -> tuple[int, tuple[int, ...]] | None:
        forms = self._multi.get(run[i][2])
        if not forms:
            return None
        for word_ids, entries in forms:
            size = len(word_ids)
            if i + size <= len(run) and all(run[i + k][2] == word_ids[k] for k in range(size)):
                return size, entries
        return None

    # --- ordinary words -----------------------------------------------------------------

    def _ordinary(
        self, word: int, text: str, low: str, language: list[tuple[str, ...]], token: _Token
    ) -> bool:
        """Whether a word ordinary in some languages only is ordinary where it stands: in the
        language of its sentence when the words around it say ("Inga pengar kvar" in an
        English note), else in the language of the whole text `low`. A lower-case word the
        whole text makes ordinary is not looked at further (the common case), nor one that
        stands where no person does: after a preposition of place or an article ("en
        inflammation i iris"), or a slash ("10 cig/dag"). A lower-case word ordinary only in
        another of the study's languages is a name where a clause starts ("; miles har slutat",
        "om summer inte svarar") and right after a verb whose object is a person, "with" or
        a verb of speaking and "to" ("she met inga at the shop", "he spoke to ebba about it");
        inside a clause its context decides, as for any lower-case word, since notes borrow
        words ("hon har faith i att det ordnar sig")."""
        if possessive_determiners.inside(text, low, token[0], token[1]):
            return True  # "with my delivery", "cheap enough My son loved": the determiner
        if not language:
            language.append(guess_languages(low, self.languages))
        ordinary_in = self._ordinary_in[word]
        whole = any(lang in ordinary_in for lang in language[0])
        if not text[token[0]].isupper():
            if whole or low[token[0] - 1 : token[0]] == "/":
                return True
            prev, gap = previous_word(low, token[0])
            if not gap and (prev in vocab.LOCATIVES or prev in vocab.DETERMINERS):
                return True
            if not gap and (
                prev in vocab.PERSON_VERBS
                or prev in vocab.PERSON_PREPOSITIONS
                or prev in vocab.RELATIONS  # "väninna faith var med hela mötet"
                or namecontext.spoken_with(low, token[0])
            ):
                return False
            local = namecontext.local_language(low, token[0], token[1])
            if local is not None and any(lang in ordinary_in for lang in local):
                return True  # "Inga tecken på psykos, inga hallucinationer" in an English note
            return not (gap != "" or not prev or prev in _CLAUSE_OPENERS)
        local = namecontext.local_language(low, token[0], token[1])
        if local is None:
            return whole
        if any(lang in ordinary_in for lang in local):
            return True
        return not token[4] and homographs.opens_phrase_of(text, token[1], ordinary_in)

    def _name_use(self, text: str, low: str, token: _Token) -> int:
        """Whether a registered ordinary word is used as a name here (rules in the docstring):
        _YES, _NO, or _EVIDENCE (a name only if the same person is named elsewhere)."""
        start, end, _word, after, suffix = token
        cap = _capitalised(text, start, end)
        word_low = low[start:end]
        n = len(text)
        prev, gap = previous_word(low, start)
        if (
            not suffix
            and word_low not in vocab.MODALS
            and name_nouns.members_follow(low, start, end)
        ):
            return _YES  # "Pine sisters were singing", "the pine kids came": whose they are
        if not cap and lowercase_registered.determined_noun(text, low, start):
            return _NO  # "my guy's jacket", "a so-called guy": the noun after its article
        if not suffix and namecontext.bare_s_owner(low, start, end, prev, gap):
            return _YES  # "Woods termokande gik rundt", "Mats bil": a name ending in "s" is
            # its own genitive in the Nordic languages
        if (
            not cap
            and prev in ("to", "till")
            and not gap
            and text[after : after + 1] in ("", "\n", ".", ",", ";")
            and namecontext.spoken_with(low, start)
        ):
            return _YES  # "spoke to mark\non the phone", "pratade med stina."
        if (
            not cap
            and prev in vocab.PERSON_PREPOSITIONS
            and not gap
            and "sv" not in self._ordinary_in[token[2]]
            and not any(note_language.word_of(word_low, lang) for lang in ("nb", "da"))
            and namecontext.local_language(low, start, end) == ("sv",)
        ):
            return _YES  # "Vi satt med sparrow på bänken" in an English note: no Swedish word
            # stands after the Swedish sentence's preposition of company, a person does
        if (
            not cap
            and suffix
            and not (prev in vocab.DETERMINERS and not gap)
            and namecontext.owner_possessive(low, end)
        ):
            return _YES  # "björns lägenhet": a person's home, not a bear's ("a hunter's house")
        if (
            not cap
            and suffix
            and not (prev in vocab.DETERMINERS and not gap)
            and namecontext.kin_possessive(low, end)
        ):
            return _YES  # "franks pojkvän", "mays mamma": a person's kin ("I typed this.
            # kits daughter called": the determiner closes the sentence before)
        if (
            not cap
            and suffix == "s"
            and lowercase_registered.genitive_opening(text, low, start, after)
        ):
            return _YES  # "masons shed was mentioned": the owner's genitive opening a sentence
        if not cap and suffix == "s" and lowercase_registered.glued_owner(text, low, start, end):
            return _YES  # "went home with parishs youngest": no word is "parishs"
        if not cap and suffix == "s" and lowercase_registered.bare_owner(text, low, start, end):
            return _YES  # "we used pettys laptop": no word is "pettys", a noun follows
        if (
            not cap
            and low[start - 2 : start].strip(" \t").endswith((":", ","))
            and word_low not in vocab.PRONOUNS
            and namecontext.in_attendance(low, start, neighbours=True)
        ):
            return _YES  # "present: love, tobias", "Från: bo": a list or header of people
        if not cap and vocatives.salutation(low, start, end):
            return _YES  # "Dear small,⏎": a letter's salutation line names whom it is to
        if not cap and suffix not in _POSSESSIVE:
            # Lower case and followed by a word: a title before it ("dr may changed"), or a
            # verb of saying or doing after it where a clause starts ("then love rang the
            # ward"; not "the bill came", "the electricity bill came", "I will go").
            nxt = after + 1 if after < n and text[after] == " " else after
            if nxt < n and nxt > after and text[nxt].isalpha():
                if (
                    prev in vocab.FORMAL_TITLES
                    and gap in ("", ".")
                    and not _determined_title(low, start - len(prev) - 1 - len(gap))
                ):
                    return _YES  # rule 2
                opens = (
                    gap
                    or not prev
                    or prev in _CLAUSE_OPENERS
                    or prev in vocab.RELATIONS
                    or (  # "34 min love kom sent"; not "the electricity\nbill came"
                        "\n" not in text[start - 2 : start] and sentence_start(text, start)
                    )
                )
                if opens and word_low in _CLAUSE_OPENERS and inverted_subjects.opener(text, nxt):
                    return _NO  # "sen ringde Imani", "sen blev det": the adverb that opened it
                if (
                    opens
                    and not opening_finites.subject_word(text, low, start, end)
                    and (
                        _strong_follower(low, nxt)
                        or namecontext.coordinated_subject(text, low, after)
                    )
                ):
                    return _YES  # rule 4: "then love rang", "love and Bill Qvist agreed"
                return lower_subjects.use(text, low, start, after, opens)
        word = low[start:end]
        next_kind, next_word, next_index = context.next_word(text, after)
        if (
            suffix == "s"
            and cap
            and (
                not self._s_form_common[token[2]]
                or namecontext.kin_possessive(low, end, kin_names.NEIGHBOUR_KIN)  # "Jacks datter"
                or namecontext.owner_possessive(low, end, True)  # "Marks bil", "Dags journal"
                or _owner_inside(text, low, start, end, next_word, next_index)  # "i Pers kök"
            )
        ):
            return _YES  # rule 1, Swedish genitive: "Mays mamma", "Pers bror", "Loves mamma"
        if (
            suffix == "s"
            and self._s_form_common[token[2]]
            and next_kind != "w"
            and not (
                cap
                and not gap
                and (
                    prev in _FROM
                    or prev in vocab.PERSON_PREPOSITIONS
                    or _THANKS_TO.search(low, max(0, start - 12), start) is not None
                )
            )
        ):
            return _NO  # "Guys, come on": the plural; a genitive "s" stands before its noun
        # (not capitalised after a preposition of a person: "help from Peters.", "hos Pers.",
        # the household or the genitive with its apostrophe left out)
        if suffix in _POSSESSIVE:  # rule 1
            if not cap and not gap and prev in _SUBJECT_PRONOUNS_EN:
                return _NO  # "They player's interface is easy": "The" mistyped, no owner
            return _YES if cap or not (prev in vocab.DETERMINERS and not gap) else _NO
        if prev and (gap in ("", ",") or (gap == "." and prev in vocab.ABBREVIATED_TITLES)):
            if prev in vocab.TITLES or prev in vocab.RELATIONS:  # rule 2
                if cap or next_kind != "w":
                    return _YES
        if word in vocab.MONTHS and (  # rule 3
            (prev in vocab.MONTH_PREPOSITIONS and not gap) or next_kind.isdigit()
        ):
            return _YES if cap and note_subjects.message_or_contact(low, start) else _NO
        if word == "per" and next_word in vocab.UNIT_WORDS:
            return _NO
        if namecontext.role_follows(low, after) or namecontext.role_in_next_cell(low, start, after):
            return _YES  # "björn (contact person)", "Per (pt)", "Mark | case manager |"
        if not cap and namecontext.subject_apposition(low, start, after):
            return _YES  # "The supplier, mason, has not been paid": who the subject is
        if not cap and namecontext.subject_bracketed(low, start, after):
            return _YES  # "The canoe instructor (mason) counted": who the subject is
        if not cap:  # rule 4
            return lower_subjects.use(text, low, start, after, False)
        if possessive_determiners.inside(text, low, start, end):
            return _NO  # "cheap enough My son was": the determiner before its noun
        at_start = sentence_start(text, start) or stamped_openings.opens(text, start, end)
        if (
            prev in vocab.SUBJECT_PRONOUNS
            and not gap
            and not at_start
            and not inverted_subjects.after_verb(low, start)  # "ringde jag Hannes"
            and not _preposition_i(text, low, start, end)  # "Mötet hölls i Vara."
        ):
            return _NO  # rule 5
        limit = quantities.limit(text, low, start, after, prev, gap)
        if limit is not None:
            return _YES if limit else _NO  # "Max 30 år" a person; "(Max 2 h)" a limit
        if not at_start:  # rule 6, unless a modal or a missing full stop comes before
            if word_readings.verb_after_modal(low, start) or initial_readings.repeated(low, end):
                return _NO  # "you will LOVE it": the verb; "sist Dag för dag": a set phrase
            if not word_readings.unpunctuated_start(text, low, start) and not glued_openings.opens(
                text, low, start, end
            ):
                return _YES  # "went out with Hope"; not "please help Mark the date"
        # rule 7
        if noun_pairs.joined_to_noun(text, low, start, end):
            return _NO  # "Informant: Sten och grus låg kvar": two things, not a list of people
        if namecontext.labelled_person(text, low, start, end, neighbours=True):
            return _YES  # "Present: Per (pt)", "Til stede: Jo, Ola Berg"; not "Nurse: Will you"
        if next_kind in ("<", "["):
            if speaker_turns.timed_label(text, start, end):
                return _YES  # "Ulla [10:02]: vi ses": a chat's speaker, the time after
            return _YES if namecontext.display_name(text, after) else _NO
        if next_kind == "(" and speaker_turns.timed_label(text, start, end):
            return _YES  # "Ulla (10:02): vi ses": a chat's speaker, the time after
        if namecontext.signature_name(low, start, end):
            return _YES  # "Mvh\nInga\nkuratorn": the writer's name under the closing
        if next_kind == "\n":  # a wrapped line goes on: "Will\nshe manage"
            unwrapped = context.unwrapped(text, next_index)
            next_kind, next_word, next_index = unwrapped or (next_kind, next_word, next_index)
        if next_kind == "." and context.abbreviated(text, next_index):
            return _NO  # "Pat. lugn": an abbreviation, not a name ending a sentence
        if next_kind in (".", ":") and quantities.figure_follows(text, next_index + 1):
            return _NO  # "Max. 2 st", "Hope: 6/10": a heading or a limit with its figure
        if context.sign_off_line(low, start):
            return _NO  # "Love,\nMum", "Best wishes,"
        if next_kind == "," and opening_finites.answer_particle(low, start, end):
            return _NO  # "Jo, kvinnorna måste": an answer, no person addressed
        if next_kind == ",":
            aside = _ASIDE.match(low, next_index)
            if aside:  # "Love, she said, is ...": judged by what follows the aside
                next_kind, next_word, next_index = context.next_word(text, aside.end())
                if next_kind != "w":
                    return _NO
        if next_kind == "" or next_kind in _END_PUNCTUATION:
            return _YES
        if next_kind == "-":
            return _YES if next_index + 1 < n and text[next_index + 1].isalpha() else _NO
        if next_kind == "w":
            if next_word in vocab.STRONG_FOLLOWERS:
                if opening_finites.subject_word(text, low, start, end):
                    return _EVIDENCE  # "Alla sa samma sak": the pronoun is a subject itself
                return _NO if word_readings.topic_raised(low, after) else _YES
            if namecontext.not_to_be_contacted(low, after):
                return _YES  # "NB! Rose not to be contacted"
            if note_subjects.person_predicate(low, start, word, next_word, next_index):
                return _YES  # "Bo är född 1989", "Joy quiet", "Hope saw her daughter"
            if homographs.modal_then_past(word, next_word):
                return _YES  # "May did not come", "Will lost her phone"
            if opening_finites.person(text, low, start, end):
                return _YES  # "Frank strålade", "Dag drog fram", "Rose denied it"
            if next_word in vocab.WEAK_FOLLOWERS:
                if initial_readings.no_subject(text, low, word, next_word, next_index):
                    return _NO  # "Hope is the word she uses", "Bo själv vill hon inte,"
                if person_cues.swedish_perfect(text, word, next_word, next_index):
                    return _YES  # "Stig hade skottat": a bare noun opens no Swedish clause
                if clause_subjects.person_subject(text, low, word, next_word, next_index):
                    return _YES  # "Dag vill att ...", "May has changed her number"
                if speaker_turns.chat_holder(text, start, end, next_word, next_index):
                    return _YES  # "[09:23] Office: Pepper has the keys.": who holds them
                return _EVIDENCE  # "Love is tired" after "Love Nyström came"; not "Love is..."
            if next_word in _FROM:  # "Per från kommunen", "Will from the council"
                kind, following, _i = context.next_word(text, next_index + len(next_word))
                if homographs.paid_for(low, start, end):
                    return _NO  # "Bill from the plumber, still unpaid": an invoice
                return _YES if kind == "w" and following not in _NOT_AFTER_FROM else _NO
            if namecontext.coordinated_with_me(low, after):
                return _YES  # "Talman och jag gick igenom", "X ja minä kävimme"
            if next_word in _CONJUNCTIONS:
                kind, _w, index = context.next_word(text, next_index + len(next_word))
                if kind == "w" and text[index].isupper():
                    return _YES  # "Glen and Anna went"
                if noun_pairs.english_person_partner(text, low, start, end, next_index):
                    return _YES  # "Glen and baby were asleep", "Glen and her baby"
                return _NO
        return _NO


def _capitalised(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] is capitalised in a way that says something: an
    ALL-CAPS word between ALL-CAPS words ("THE BILL CAME") says nothing."""
    if not text[start].isupper():
        return False
    if end - start < 2 or not text[start:end].isupper():
        return True
    before = _CAPS_BEFORE.search(text, max(0, start - 24), start)
    after = _CAPS_AFTER.match(text, end)
    return not ((before and before.group(1).isupper()) or (after and after.group(1).isupper()))


_CLOSING = frozenset([".", ",", ";", "!", "?", ""])


def _preposition_i(text: str, low: str, start: int, end: int) -> bool:
    """Whether the word before text[start:end] is the Scandinavian preposition "i" (in), not the
    English pronoun: written in lower case, in a sentence that leans to no English ("Vi bodde
    i Vara", "Mötet hölls i Mark."; English writes its "I" capitalised, and a lower-case
    "i" of chat, "i Rose to it", stands in an English sentence)."""
    return (
        text[start - 2 : start] == "i "
        and (start < 3 or not text[start - 3].isalnum())
        and namecontext.local_language(low, start, end) != ("en",)
    )


def _after_relation(low: str, start: int) -> bool:
    """Right after a title or relation word ("my friend mark.", "dr. may,"): rule 2."""
    prev, gap = previous_word(low, start)
    return bool(prev) and (
        (gap in ("", ",") and (prev in vocab.TITLES or prev in vocab.RELATIONS))
        or (gap == "." and prev in vocab.ABBREVIATED_TITLES)
    )


# English articles and possessives before a noun phrase ("the doctor", "your nurse").
_ENGLISH_DETERMINERS = frozenset("the a an this that our your my his her their its".split())


def _determined_title(low: str, title: int) -> bool:
    """Whether the title word starting at `title` has an article or possessive before it,
    right there or one word before ("the doctor", "the town doctor", "your nurse"): a title
    is a person's title only bare ("dr may", "doctor will"); with a determiner it is a common
    noun, the subject of its own clause ("the town doctor will not come": the modal)."""
    before, gap = previous_word(low, title)
    if gap:
        return False
    if before in _ENGLISH_DETERMINERS:
        return True
    further, gap = previous_word(low, title - len(before) - 1)
    return not gap and further in _ENGLISH_DETERMINERS


def _layout_slot(text: str, start: int, end: int) -> bool:
    """Whether the note's layout keeps the place of text[start:end] for a person, whatever
    the word: an item of a bulleted list of people ("Närvarande:⏎- Per", "- Will
    (sagsbehandler)"), the writer's line after a closing formula ("Best wishes⏎sol"), the
    display name of a "From" header ("Från: inga <…@…>")."""
    return (
        attendance_lists.block_person(text, start, end)
        or person_slots.registered_slot(text, start, end)
        or layout_slots.in_slot(text, start, end)  # "Present:⏎lisa", "Sms 4⏎berg⏎[09:14]"
        or slot_near.first_person_turn(text, start, end)  # "rut: I never said that"
        or lower_labels.speaker_line(text, start, end)  # "stamp: His flatmate was proud"
    )


def _acronym(text: str, start: int, end: int) -> bool:
    """An all-capitals word that opens a compound with a hyphen ("ULF-enkät", "KBT-grupp"):
    an acronym, not a name typed in capitals."""
    return (
        text[end : end + 1] == "-"
        and text[end + 1 : end + 2].islower()
        and end - start >= 2
        and text[start:end].isupper()
    )


def _strong_follower(low: str, index: int) -> bool:
    """Whether the word at `index` is a verb of saying or doing ("said", "rang", "ringde")."""
    if low[index : index + 2] not in _FOLLOWER_STARTS:
        return False  # the common case, decided without a regular expression
    match = _WORD_AT.match(low, index)
    return match is not None and match.group() in vocab.STRONG_FOLLOWERS


_FOLLOWER_STARTS = frozenset(word[:2] for word in vocab.STRONG_FOLLOWERS)


def _longest_first(item: tuple[tuple[int, ...], tuple[int, ...]]) -> int:
    return -len(item[0])


def _by_start_longest(token: _Token) -> tuple[int, int]:
    return token[0], -token[1]


def _adjacent(low: str, end: int, start: int) -> bool:
    """Two tokens separated only by one to three spaces or tabs."""
    return 0 < start - end <= 3 and not low[end:start].strip(_SPACE)


def _resolve_ambiguous(hits: list[NameHit]) -> list[NameHit]:
    """Give each ambiguous mention the entry named unambiguously nearest before it in the same
    text (else nearest after), else the first candidate in registry order."""
    if all(len(h[3]) == 1 for h in hits):
        return hits
    # A name hundreds share in a large study has hundreds of candidates, and a note names few
    # people unambiguously: the mentions so far are looked up in the candidates (as a set,
    # made once per call for each tuple), not the other way round. Same pairs, same answer.
    sets: dict[int, frozenset[int]] = {}
    before: list[int | None] = []
    last: dict[int, int] = {}  # entry -> position of its latest unambiguous mention
    for start, _end, entry, candidates in hits:
        if len(candidates) == 1:
            last[entry] = start
            before.append(None)
        else:
            seen = _seen(last, candidates, sets)
            before.append(max(seen)[1] if seen else None)
    after: list[int | None] = [None] * len(hits)
    first: dict[int, int] = {}
    for index in range(len(hits) - 1, -1, -1):
        start, _end, entry, candidates = hits[index]
        if len(candidates) == 1:
            first[entry] = start
        else:
            seen = _seen(first, candidates, sets)
            after[index] = min(seen)[1] if seen else None
    resolved: list[NameHit] = []
    for hit, b, a in zip(hits, before, after, strict=True):
        if len(hit[3]) > 1:
            chosen = b if b is not None else a if a is not None else hit[3][0]
            hit = (hit[0], hit[1], chosen, hit[3])
        resolved.append(hit)
    return resolved


def _seen(
    mentioned: dict[int, int], candidates: tuple[int, ...], sets: dict[int, frozenset[int]]
) -> list[tuple[int, int]]:
    """(position, entry) for each of `candidates` in `mentioned` (entry -> position)."""
    if not mentioned:
        return []
    if len(mentioned) >= len(candidates):
        return [(mentioned[e], e) for e in candidates if e in mentioned]
    members = sets.get(id(candidates))  # (the tuples live as long as the call: ids are safe)
    if members is None:
        members = sets[id(candidates)] = frozenset(candidates)
    return [(at, e) for e, at in mentioned.items() if e in members]


def _owner_inside(text: str, low: str, start: int, end: int, following: str, at: int) -> bool:
    """Whether a capitalised registered name with an "s" whose "s" form is also a word
    ("Pers", a strain) stands inside a sentence right before a lower-case word a genitive may
    own ("Vi satt i Pers kök"): Swedish, Norwegian and Danish write the common noun and the
    word itself in lower case there, so the capital marks the name's genitive. Not in an
    English sentence ("the Guys"), nor before a verb, pronoun or preposition (`following`,
    the next word, lower case, starting at `at`)."""
    return (
        bool(following)
        and text[at].islower()
        and not sentence_start(text, start)
        and not owner_genitives.not_owned(following)
        and namecontext.local_language(low, start, end) != ("en",)
    )
