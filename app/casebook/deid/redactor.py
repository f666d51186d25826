"""The redactor: registered names and identifier patterns replaced by tags.

    redactor = Redactor(registry)          # once per release: builds the automaton
    for cell in cells:
        result = redactor.redact(cell)     # Redaction(text, counts_by_kind, spans)

Names and places get the tag their registry entry carries (`[patient P-9XZ2]`); patterns get a
typed tag (`[email]`, `[phone]`, `[personnummer]`, `[address]`, `[url]`, `[date]`). Where two
detections overlap (a name inside an e-mail address, a place at the end of an address) the
union is replaced once, with the tag of the longer one, so nothing either found survives.

Properties the release builder can rely on:

- Deterministic: the same text and registry always give the same output.
- Idempotent: redacting redacted text changes nothing. Tags are never matched: the registry's
  tags, the typed tags, and anything shaped like a pseudonym tag (`[words X-CODE]`) are
  protected before matching.
- Offsets in `spans` refer to the text after Unicode NFC normalisation (which is what the output
  is built from); for text typed in a browser that is almost always the input unchanged.
- An inflection after a name stays after its tag: "Elin's flat" -> "[patient P-9XZ2]'s flat".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from operator import itemgetter
from types import MappingProxyType
from typing import NamedTuple

from casebook.deid import (
    age_openings,
    clause_homographs,
    cleft_names,
    clinical_marks,
    contact_names,
    credential_names,
    cued_pairs,
    family_echoes,
    finnish_firms,
    finnish_inessives,
    finnish_recipients,
    finnish_speakers,
    finnish_strangers,
    fixed_expressions,
    foreign_halves,
    foreign_lower,
    function_edges,
    german_compounds,
    glued_answers,
    homographs,
    hyphen_halves,
    identity_numbers,
    initialled_names,
    inner_strangers,
    layout_slots,
    lexicon,
    line_roles,
    name_halves,
    named_near,
    named_things,
    nordic_capitals,
    opening_strangers,
    ordinary_near,
    owner_genitives,
    paired_subjects,
    person_cues,
    person_slots,
    preposition_names,
    readable,
    reported_speakers,
    reporting_subjects,
    residence_places,
    role_parentheses,
    space_slips,
    split_names,
    stranger_halves,
    trailing_surnames,
    typing_slips,
    vehicle_names,
    verb_subjects,
    vocab,
)
from casebook.deid.names import NameMatcher
from casebook.deid.patterns import TRIGGERS, find_patterns
from casebook.deid.phones import DEFAULT_REGIONS, PhoneFinder
from casebook.deid.registry import PLACE, NameEntry, Registry
from casebook.deid.unregistered import Found, UnregisteredNames

TYPED_TAGS: Mapping[str, str] = MappingProxyType(
    {
        "email": "[email]",
        "phone": "[phone]",
        "personnummer": "[personnummer]",
        "address": "[address]",
        "url": "[url]",
        "date": "[date]",
        "id": "[id]",
    }
)
NAME_TAG = "[name]"
KINDS: tuple[str, ...] = ("name", "place", *TYPED_TAGS)
# When detections overlap, the longer wins; on equal length, the higher priority.
_PRIORITY = {
    "personnummer": 7,
    "id": 6,  # "passport nr 19840512-1234" is a personnummer; "ID: 98765432" no phone
    "email": 6,
    "url": 5,
    "date": 4,  # "05.03.2026" reads as a date before it reads as a phone number
    "phone": 3,
    "address": 2,
    "name": 1,
    "place": 1,
}
_START_END = itemgetter(0, 1)
_BRACKETED = re.compile(r"\[[^\[\]\n]{1,80}\]")
TAG_SHAPE = re.compile(r"\[[a-z][a-z ]{0,40} [A-Z]{1,3}-[0-9A-Z]{2,12}\]")


class Span(NamedTuple):
    """One replaced stretch of the input: where, what kind, and what replaced it.

    `key` is the registry key for names and places; `candidates` lists every registry key the
    words could refer to when more than one could (the mention was ambiguous). `via` says how
    a name was found when it was not written as registered: "near" for a near miss of a
    registered name (`key` is that entry, or None with `candidates` when several are as
    near), "lexicon" for a name nobody registered (tag `[name]`, no key).
    """

    start: int
    end: int
    kind: str
    tag: str
    key: str | None = None
    candidates: tuple[str, ...] = ()
    via: str = ""

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


@dataclass(frozen=True, slots=True)
class Redaction:
    """The redacted text, how many stretches of each kind were replaced, and where (offsets in
    `source`, the NFC-normalised input)."""

    text: str
    counts_by_kind: Mapping[str, int]
    spans: tuple[Span, ...] = field(default=())
    source: str = ""  # the NFC-normalised input the spans' offsets refer to

    @property
    def ambiguous(self) -> tuple[Span, ...]:
        """Mentions of a word that belongs to more than one registered entry."""
        return tuple(s for s in self.spans if s.ambiguous)

    @property
    def near_misses(self) -> tuple[Span, ...]:
        """Words taken for a misspelt registered name: for the private review log."""
        return tuple(s for s in self.spans if s.via == "near")

    @property
    def unregistered(self) -> tuple[Span, ...]:
        """Names nobody registered, replaced by `[name]`."""
        return tuple(s for s in self.spans if s.via == "lexicon")


def normalise_text(text: str) -> str:
    """NFC, so that "Å" typed as A + ring matches the registered "Å"."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def lower_aligned(text: str) -> str:
    """`text.lower()` with the same length (a character whose lower case is longer is kept,
    except Turkish "İ", read as "i")."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # "İ" (Turkish capital dotted I) lowers to "i" and a combining dot: read as "i".
    return "".join(lc if len(lc := c.lower()) == 1 else "i" if c == "İ" else c for c in text)


class Redactor:
    """Compiled from a registry once, then applied to any number of texts.

    `safe_words` are words the study lead marked safe (never redacted as unregistered names,
    never offered for review; the registry's own safe words count too); `phone_regions` the
    regions whose national phone formats `phonenumbers` knows (ISO 3166 codes, default SE);
    `month_first` that the study writes a short date month first ("7/22", `month_day.py`);
    `unregistered=False` turns off names nobody registered and near misses (for comparison).
    """

    def __init__(
        self,
        registry: Registry,
        *,
        languages: tuple[str, ...] = vocab.LANGUAGES,
        safe_words: Iterable[str] = (),
        phone_regions: Iterable[str] = DEFAULT_REGIONS,
        unregistered: bool = True,
        month_first: bool = False,
    ) -> None:
        self.registry = registry
        self.month_first = month_first
        self.languages = languages
        self.names = NameMatcher(registry, languages, TRIGGERS)
        self.tags: frozenset[str] = (
            registry.tags | frozenset(TYPED_TAGS.values()) | frozenset([NAME_TAG])
        )
        self.safe_words: frozenset[str] = frozenset(w.lower() for w in safe_words) | (
            registry.safe_words
        )
        self.phones = PhoneFinder(phone_regions)
        self.unregistered = (
            UnregisteredNames(registry, languages, self.safe_words) if unregistered else None
        )
        self._entry_info = [
            ("place" if e.kind == PLACE else "name", e.tag, e.key) for e in registry.entries
        ]
        self._candidate_keys: dict[tuple[int, ...], tuple[str, ...]] = {}
        self._given = homographs.given_names(registry.entries)
        self._by_key = {e.key: e for e in registry.entries}
        self._tags = {e.key: e.tag for e in registry.entries if e.kind != PLACE}
        self._owners = registry.word_owners()
        self._words = frozenset(w for w in self._owners if len(w) >= 3)
        self._forms = registry.written_words()
        self._folds = ordinary_near.folds(self._forms)
        self._pairs = space_slips.pairs(registry)

    @property
    def warnings(self) -> list[str]:
        """What the registry holds that cannot be matched safely (see `Registry.warnings`)."""
        return self.registry.warnings()

    def __call__(self, text: str) -> str:
        return self.redact(text).text

    def __reduce__(self) -> tuple[object, ...]:
        # The automaton cannot be pickled; a worker process rebuilds it from the registry.
        options = (tuple(self.safe_words), self.phones.regions, self.unregistered is not None)
        options += (self.month_first,)
        return (_rebuild, (self.registry, self.languages, *options))

    def redact(self, text: str) -> Redaction:
        text = normalise_text(text)
        spans = self.spans(text)
        if not spans:
            return Redaction(text, {}, (), text)
        pieces: list[str] = []
        counts: dict[str, int] = {}
        position = 0
        for span in spans:
            pieces.append(text[position : span.start])
            pieces.append(span.tag)
            position = span.end
            counts[span.kind] = counts.get(span.kind, 0) + 1
        pieces.append(text[position:])
        return Redaction("".join(pieces), counts, tuple(spans), text)

    def spans(self, text: str) -> list[Span]:
        """The spans `redact` would replace in `text` (already NFC), in order, not overlapping.

        Matching runs on the text as a reader sees it (`readable.fold`); the offsets are in
        `text` itself, so an invisible character inside a name is replaced with it."""
        if not text:
            return []
        folded = readable.fold(text, split_names.joined(text, self._words))
        if folded is None:
            return self._spans(text)
        return [
            span._replace(start=folded.start(span.start), end=folded.end(span.end))
            for span in self._spans(folded.text)
        ]

    def _spans(self, text: str) -> list[Span]:
        low = lower_aligned(text)
        scan = self.names.scan(low)
        found: list[Span] = []
        info = self._entry_info
        language: list[tuple[str, ...]] = []  # guessed once, by whichever needs it first
        for start, end, entry, candidates in self.names.find(text, low, scan, language):
            kind, tag, key = info[entry]
            if kind != PLACE and residence_places.registered_town(text, low, start, end):
                continue  # "bor i Larsen" with a Larsen registered: the town, not the person
            end = owner_genitives.doubled_s_end(text, start, end)  # "Tarass" for Taras
            if len(candidates) > 1:
                found.append(Span(start, end, kind, tag, key, self._keys(candidates)))
            else:
                found.append(Span(start, end, kind, tag, key))
        # "Abdu sOmidsen", "Nicolai aLvik": a slipped space or shift key
        for start, end, entries in space_slips.find(text, self._pairs, self._owners):
            found.append(self._unregistered_span(Found(start, end, entries, "near")))
        patterns = find_patterns(
            text, low, scan.triggers, scan.digits, self.phones, self.month_first
        )
        for start, end, kind in patterns:
            found.append(Span(start, end, kind, TYPED_TAGS[kind]))
        protected = self.protected(text)
        if protected and found:
            found = [s for s in found if not any(s.start < e and b < s.end for b, e in protected)]
        merged = (
            _whole_double_names(text, _with_initials(text, _merge(found)), self._by_key)
            if found
            else []
        )
        merged = owner_genitives.patronymic_surnames(text, merged, NAME_TAG)  # "Ewan Edwards"
        merged = owner_genitives.whole_before_verb(text, merged)  # "Enligt Marks har"
        if self.unregistered is None:
            return fixed_expressions.kept(text, identity_numbers.cue_labels(text, merged))
        taken = sorted(
            [(s.start, s.end, s.kind == "name") for s in merged]
            + [(b, e, False) for b, e in protected]
        )
        extra = [
            self._unregistered_span(f)
            for f in self.unregistered.find(text, low, taken, language, scan.titles)
        ]
        if any(s.kind == "phone" or s.kind == "email" for s in merged):
            extra += self._contact_names(text, low, merged, extra)  # "Zaneta, tel 070-…"
        extra += name_halves.find(  # "Ulaal Jansson": a registered half, the other misspelt
            text, sorted([*merged, *extra]), self._by_key, self.unregistered.word_class
        )
        extra += [  # "Peter Merritt", "Eldar Mustafalı": a stranger sharing a name's half
            Span(start, end, "name", NAME_TAG, via="lexicon")
            for start, end in stranger_halves.find(
                text,
                sorted([*merged, *extra]),
                self.unregistered.word_class,
                self.unregistered.registered,
            )
            + foreign_halves.find(text, sorted([*merged, *extra]), self._by_key)  # "Aino Ebeltoft"
            + verb_subjects.find(text, [*merged, *extra], self.unregistered.word_class)
            + opening_strangers.find(text, [*merged, *extra], self.unregistered.word_class)
            + finnish_strangers.find(text, [*merged, *extra], self.unregistered.word_class)
            + finnish_speakers.find(text, [*merged, *extra], self.unregistered.word_class)
            + finnish_recipients.find(text, [*merged, *extra], self.unregistered.word_class)
            + inner_strangers.find(text, [*merged, *extra], self.unregistered.word_class)
            + cleft_names.find(text, [*merged, *extra], self.unregistered.word_class)
            + reported_speakers.find(text, low, [*merged, *extra], self.unregistered.word_class)
            + preposition_names.find(text, [*merged, *extra], self.unregistered.word_class)
            + clause_homographs.find(text, low, [*merged, *extra], self.unregistered.word_class)
            + role_parentheses.find(text, [*merged, *extra], self.unregistered.word_class)
            + initialled_names.find(text, [*merged, *extra])  # "Z. Miller in to", "EARL N. RAND"
            + reporting_subjects.find(text, [*merged, *extra])  # "Radu verbalizes", "JOHN STATES"
            + age_openings.find(text, [*merged, *extra])  # "lorrie morales is a 70 yr old"
            + credential_names.find(text, [*merged, *extra])  # "Andrwe O'connell MD"
            + family_echoes.find(text, [*merged, *extra])  # "Sami Aavikko ... Aavikon"
            + foreign_lower.find(text, low, [*merged, *extra], self.unregistered.word_class)
            + person_slots.find(text, low, [*merged, *extra])  # "Hilsen⏎perine strommen"
            + layout_slots.find(text, [*merged, *extra])  # "Present:⏎Ines Varga⏎tolle"
            + cued_pairs.find(text, [*merged, *extra])  # "Ifølge Mai Nan", "læreren Lai Buhl"
            + paired_subjects.beside_a_person(text, [*merged, *extra])  # "Phoebe and Huong Nguyen"
        ]
        if not extra:
            merged = homographs.given_before_near_miss(  # "Roe Stewart": a slip before
                text, merged, self._given, self._tags
            )
            return self._last_readings(text, merged)
        extra = named_near.keyed(text, extra, self.unregistered, self._unregistered_span, NAME_TAG)
        extra = _with_initials(text, extra)
        extra = name_halves.swallowed(  # "Olivvia Pedersen": one registered person
            text, merged + extra, self._by_key, self.unregistered.word_class
        )
        spans = _resolve_near_misses(_merge(extra))
        spans = name_halves.retagged(  # "Jonnie Barford": one person, not two
            text, spans, self._by_key, self.unregistered.word_class
        )
        spans = name_halves.one_person(text, spans, self._by_key)  # "Dennnis Jensen"
        spans = _join_near_misses(text, spans)
        spans = _with_family_words(text, spans)
        spans = homographs.given_before_near_miss(  # "Dag Delliić", "Bo Joahnsen"
            text, spans, self._given, self._tags
        )
        spans = german_compounds.trimmed(text, spans)  # "Vorstandschef Horst Görtz"
        spans = function_edges.trimmed(text, spans)  # "Good Morning Debra", "Sinä Inkku"
        spans = typing_slips.kept(text, spans, NAME_TAG)  # "Neice called", "+ boel sounds"
        spans = glued_answers.kept(text, spans, NAME_TAG)  # "Yesplease confirm", "Surei am"
        spans = clinical_marks.kept(text, spans, NAME_TAG)  # "Monitor CKs", "Neo 5 mcg/min"
        spans = line_roles.kept(text, spans)  # "Saunavært: ...", "Värd: ...": a role's label
        return self._last_readings(text, spans)

    def _last_readings(self, text: str, spans: list[Span]) -> list[Span]:
        """The readings every set of spans ends with, with or without names nobody
        registered: things named after people, firms, places in a case, capitals of a
        Nordic sentence, identity numbers' labels, double family names, near misses that are
        ordinary words, fixed expressions."""
        spans = named_things.kept(text, spans)  # "the Kaiser Building", "Marion, Ohio"
        spans = vehicle_names.kept(text, spans)  # "My car make is toyoto", "Nisson sunny"
        spans = finnish_firms.kept(text, spans)  # "ohjelmistojätti Microsoft"
        spans = finnish_inessives.kept(text, spans)  # "Twitterissä", "Las Vegasissa"
        spans = nordic_capitals.kept(text, spans)  # "Jo, det vet jag", "Book et bord"
        spans = identity_numbers.cue_labels(text, spans)  # "PESEL nr 71022142759"
        spans = hyphen_halves.joined(text, spans, self._by_key)  # "Marie Buchan-jepburn"
        spans = ordinary_near.kept(text, spans, self._forms, self._folds)  # "Norge må betale"
        return fixed_expressions.kept(text, spans)  # "aloe vera", "a bloody mary"

    def _contact_names(
        self, text: str, low: str, merged: list[Span], extra: list[Span]
    ) -> list[Span]:
        assert self.unregistered is not None
        taken = [(s.start, s.end) for s in merged] + [(s.start, s.end) for s in extra]
        found = contact_names.find(
            text, low, [(s.start, s.end, s.kind) for s in merged], sorted(taken), self.unregistered
        )
        return [self._unregistered_span(f) for f in found]

    def _unregistered_span(self, found: Found) -> Span:
        if not found.entries:
            return Span(found.start, found.end, "name", NAME_TAG, via=found.via)
        if len(found.entries) == 1:
            kind, tag, key = self._entry_info[found.entries[0]]
            return Span(found.start, found.end, kind, tag, key, via=found.via)
        keys = self._keys(found.entries)
        return Span(found.start, found.end, "name", NAME_TAG, None, keys, found.via)

    def _keys(self, candidates: tuple[int, ...]) -> tuple[str, ...]:
        keys = self._candidate_keys.get(candidates)
        if keys is None:
            keys = tuple(self.registry.entries[i].key for i in candidates)
            self._candidate_keys[candidates] = keys
        return keys

    def protected(self, text: str) -> list[tuple[int, int]]:
        """Stretches of `text` that are tags already and must not be matched again."""
        if "[" not in text:
            return []
        return [
            m.span()
            for m in _BRACKETED.finditer(text)
            if m.group() in self.tags or TAG_SHAPE.fullmatch(m.group())
        ]


def _rebuild(
    registry: Registry,
    languages: tuple[str, ...],
    safe_words: tuple[str, ...],
    phone_regions: tuple[str, ...] = DEFAULT_REGIONS,
    unregistered: bool = True,
    month_first: bool = False,
) -> Redactor:
    return Redactor(
        registry,
        languages=languages,
        safe_words=safe_words,
        phone_regions=phone_regions,
        unregistered=unregistered,
        month_first=month_first,
    )


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one, covering both, with the dominant one's kind and tag."""
    spans.sort(key=_START_END)  # the union below does not depend on the order of ties
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            winner = max((last, span), key=lambda s: (s.end - s.start, _PRIORITY[s.kind], -s.start))
            merged[-1] = Span(
                last.start,
                max(last.end, span.end),
                winner.kind,
                winner.tag,
                winner.key,
                winner.candidates,
                winner.via,
            )
        else:
            merged.append(span)
    return merged


def _with_initials(text: str, spans: list[Span]) -> list[Span]:
    """A person's name takes the given-name initials right before it ("J. Bakker", "A.-L.
    Sundberg"), the "O'" of "O'Brien" and the family name's initial after it ("Lisa Ö."):
    left outside the tag, they name the person in part."""
    out: list[Span] = []
    for index, span in enumerate(spans):
        if span.kind == "name" and text[span.start].isupper():
            start = person_cues.initials_before(text, span.start)
            if start < span.start and (not out or out[-1].end <= start):
                span = span._replace(start=start)
            end = person_cues.initial_after(text, span.end)
            if end > span.end and (index + 1 == len(spans) or spans[index + 1].start >= end):
                span = span._replace(end=end)
        out.append(span)
    return out


def _with_family_words(text: str, spans: list[Span]) -> list[Span]:
    """A stranger's name takes the family name after it that is also a word ("Lisa Fang"), and
    so does a one-word near miss of a registered name ("Vi ringte Kristians Damm", "nevnte en
    Fredriks Thatcher"): a misspelt or genitive-looking given name is no certain person, and
    the word after it, left outside the tag, would name them in part."""
    out: list[Span] = []
    for index, span in enumerate(spans):
        if span.kind == "name" and (
            span.tag == NAME_TAG or (span.via == "near" and " " not in text[span.start : span.end])
        ):
            limit = spans[index + 1].start if index + 1 < len(spans) else len(text)
            span = span._replace(end=trailing_surnames.end_after(text, span.start, span.end, limit))
            if span.tag == NAME_TAG:  # "someone called Mar Linnaeus": the given name too
                before = out[-1].end if out else 0
                span = span._replace(
                    start=trailing_surnames.start_before(text, span.start, span.end, before)
                )
        out.append(span)
    return out


_SECOND_PART = re.compile(r"-[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?")
# The first part of a double given name before a name found: "Ville-" + "Pekka".
_FIRST_PART = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ][^\W\d_]+-\Z")


def _whole_double_names(
    text: str, spans: list[Span], by_key: Mapping[str, NameEntry] | None = None
) -> list[Span]:
    """A registered name that is one part of a double name ("Maja-Lena" where Maja is
    registered, "Ville-Pekka" where Pekka is, "Aino-Elina" where both are) takes the other
    part too, as `[name]`: the rest would name someone in part, and "Maja-Lena" need not be
    the registered Maja. A whole name before a second family name ("Maja Lindqvist-Berg"),
    two parts of one person's name, a near miss of one part and a part of a person whose
    registered name is a double name ("Hiilda-Hilma Loftin" for Hilda-Hilma Loftin) keep their
    person's tag. A first part is a given name of the lexicon or no ordinary word
    ("Veli-Pekka", not "Anti-Maja")."""
    by_key = by_key or {}
    out: list[Span] = []
    for i, span in enumerate(spans):
        if span.kind == "name" and text[span.start : span.start + 1].isupper():
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == "name"
                and last.end + 1 == span.start
                and text[last.end] == "-"
                and text[last.start].isupper()
                and (" " in text[last.start : last.end] or _given_pair(text, last, span))
            ):  # "Aino-Elina", "Maja Lindqvist-Berg": both parts found
                same = last.key is not None and last.key == span.key
                double = text[last.start : span.end].split(" ")[0]
                own = next((s for s in (last, span) if _own_double(by_key, s, double)), None)
                if " " in text[last.start : last.end] or same:
                    out[-1] = last._replace(end=span.end)
                elif own is not None and own.key:  # "Hiilda-Hilma": her double name, misspelt
                    out[-1] = own._replace(start=last.start, end=span.end)
                else:
                    end = _family_after(text, span.end, spans[i + 1 :])
                    out[-1] = Span(last.start, end, "name", NAME_TAG, via=last.via)
                continue
            first = _FIRST_PART.search(text, max(0, span.start - 30), span.start)
            if (
                first is not None
                and (last is None or last.end <= first.start())
                and _double_name_part(text[first.start() : first.end() - 1])
            ):  # "Ville-Pekka", "Esa-Pekka Korkiakangas"
                double = text[first.start() : span.end].split(" ")[0]
                if _own_double(by_key, span, double):  # "Hiilda-" + "Hilma Loftin": hers
                    span = span._replace(start=first.start())
                else:
                    end = span.end
                    if " " not in text[span.start : span.end]:
                        end = _family_after(text, end, spans[i + 1 :])
                    span = Span(first.start(), end, "name", NAME_TAG, via=span.via)
        if span.kind == "name" and text[span.end : span.end + 1] == "-":
            rest = _SECOND_PART.match(text, span.end)
            following = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if rest and rest.end() <= following and text[span.start].isupper():
                if " " in text[span.start : span.end]:  # "Maja Lindqvist-Berg": her, surely
                    span = span._replace(end=rest.end())
                else:
                    end = _family_after(text, rest.end(), spans[i + 1 :])
                    span = Span(span.start, end, "name", NAME_TAG, via=span.via)
        out.append(span)
    return out


# A capitalised word after a double given name, and the word after that.
_FAMILY_AFTER = re.compile(r"[ ]([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][^\W\d_]*)(?:[ ]+([^\W\d_]+))?")


def _family_after(text: str, end: int, later: list[Span]) -> int:
    """The end of a double given name found at `end` over the family name after it: a
    capitalised word that is no ordinary word, even a town's name ("Veli-Pekka Heinola"),
    with no place word after it (`later`: the spans after the name, which it must not reach)."""
    match = _FAMILY_AFTER.match(text, end)
    if not match or (later and later[0].start < match.end(1)):
        return end
    word = match.group(1).lower()
    after = (match.group(2) or "").lower()
    if word in vocab.known_words() or word in vocab.PLACE_WORDS or after in vocab.PLACE_WORDS:
        return end
    return match.end(1)


def _own_double(by_key: Mapping[str, NameEntry], span: Span, double: str) -> bool:
    """Whether the double name `double` ("Hiilda-Hilma") is, as typed or misspelt, the double
    given name of the registered person `span` names (Hilda-Hilma Loftin), not another
    person's ("Veli-Pekka" beside a registered Juha-Pekka)."""
    entry = by_key.get(span.key) if span.key else None
    if entry is None:
        return False
    low = double.lower()
    return any(
        SequenceMatcher(None, low, word).ratio() >= 0.8
        for name in (entry.canonical, *entry.aliases)
        for word in name.lower().split()
        if "-" in word
    )


def _given_pair(text: str, first: Span, second: Span) -> bool:
    """Whether two one-word names joined by a hyphen are given names of the lexicon, a double
    given name ("Aino-Elina"), not two family names ("Sjöberg-Åkesson" names both people)."""
    names = lexicon.given_names()
    return all(
        text[s.start : s.end].lower() in names and " " not in text[s.start : s.end]
        for s in (first, second)
    )


def _double_name_part(word: str) -> bool:
    """Whether a capitalised word before a hyphen can be the first part of a double name."""
    low = word.lower()
    return low in lexicon.given_names() or low not in vocab.known_words()


def _resolve_near_misses(spans: list[Span]) -> list[Span]:
    """A near miss of a name several people share ("Ghorrbani" when two Ghorbanis are
    registered) gets the person among them named nearest before it in the same text, else
    nearest after it; if none is named, it stays `[name]` with its candidates."""
    if not any(s.via == "near" and s.key is None and s.candidates for s in spans):
        return spans
    keyed = [(i, s.key) for i, s in enumerate(spans) if s.key is not None and s.via != "near"]
    resolved = []
    for index, span in enumerate(spans):
        if span.via == "near" and span.key is None and span.candidates:
            before = [key for i, key in keyed if i < index and key in span.candidates]
            after = [key for i, key in keyed if i > index and key in span.candidates]
            chosen = before[-1] if before else after[0] if after else None
            if chosen is not None:
                source = next(s for s in spans if s.key == chosen)
                span = span._replace(kind=source.kind, tag=source.tag, key=chosen)
        resolved.append(span)
    return resolved


def _join_near_misses(text: str, spans: list[Span]) -> list[Span]:
    """A near miss next to a mention of the same person is one mention ("Kristna Ek")."""
    joined: list[Span] = []
    for span in spans:
        if joined:
            last = joined[-1]
            if (
                (span.via == "near" or last.via == "near")
                and span.key is not None
                and span.key == last.key
                and 0 < span.start - last.end <= 3
                and not text[last.end : span.start].strip(" ")
            ):
                joined[-1] = last._replace(end=span.end, via="near")
                continue
        joined.append(span)
    return joined


def redact(text: str, registry: Registry | Redactor) -> Redaction:
    """Redact one text. Pass a `Redactor`, or a registry (whose redactor is built on first use
    and cached on it), when redacting many texts."""
    if isinstance(registry, Redactor):
        return registry.redact(text)
    return registry.redactor().redact(text)
